"""Backend frameworks, runtimes, ORMs and API technologies."""

BACKEND = """
nodejs | Node.js | 40 | ~node, nodejs, node js, node.js runtime | javascript | deno, bun | javascript, npm, express, backend, server, runtime, typescript, api
express | ~Express | 20 | express.js, expressjs, express js, express framework | nodejs | nestjs, koa, fastify | node, nodejs, node.js, javascript, middleware, rest, api, mern, mean, router, backend, server
nestjs | NestJS | 30 | nest.js, nest js, nestjs framework | nodejs, typescript | express, angular |
koa | Koa | 10 | koa.js, koajs | nodejs | express |
fastify | Fastify | 10 | fastify.js | nodejs | express |
hapi | hapi | 15 | hapi.js, hapijs | nodejs | express |
adonisjs | AdonisJS | 20 | adonis.js, adonis js, adonis | nodejs | laravel |
deno | Deno | 15 | deno runtime, deno deploy | typescript | nodejs |
bun | ~Bun | 8 | bun.js, bun runtime, bunjs | javascript | nodejs | javascript, runtime, node, typescript, bundler, npm
meteor | ~Meteor | 25 | meteor.js, meteorjs | nodejs | | javascript, node, mongodb, framework, full-stack
django | Django | 40 | django framework, django 4, django orm | python | flask, fastapi, django_rest_framework |
django_rest_framework | Django REST Framework | 15 | drf, django rest, django-rest-framework | django | fastapi |
flask | ~Flask | 20 | flask framework, python flask, flask api, flask-restful | python | django, fastapi | python, jinja, api, rest, web, microframework, werkzeug, sqlalchemy, developer, backend
fastapi | FastAPI | 15 | fast api, fast-api | python | flask, django, pydantic |
pyramid | ~Pyramid | 20 | pyramid framework, pylons | python | django, flask | python, framework, web, wsgi
tornado | ~Tornado | 15 | tornado web, tornado framework | python | aiohttp | python, async, framework, web, asynchronous
aiohttp | aiohttp | 10 | aio http | python | fastapi, tornado |
starlette | Starlette | 8 | starlette framework | python | fastapi |
celery | ~Celery | 12 | celery workers, celery tasks | python | rabbitmq, redis | python, django, tasks, queue, worker, workers, rabbitmq, redis, asynchronous, broker
sqlalchemy | SQLAlchemy | 20 | sql alchemy, sqlalchemy orm, alembic | python, sql | django, orm |
pydantic | Pydantic | 6 | pydantic v2, pydantic models | python | fastapi |
spring | ~Spring | 60 | spring framework, spring mvc, spring core, spring ioc | java | spring_boot, jakarta_ee | java, boot, framework, mvc, hibernate, jpa, beans, dependency injection, maven, microservices, kotlin
spring_boot | Spring Boot | 40 | springboot, spring-boot, spring boot 3 | java, spring | quarkus, micronaut |
spring_cloud | Spring Cloud | 25 | spring cloud netflix, spring cloud gateway, netflix eureka, spring cloud config | spring_boot | microservices |
spring_security | Spring Security | 20 | spring security oauth2 | spring | oauth |
spring_data | Spring Data | 15 | spring data jpa, spring jdbc | spring | jpa, hibernate |
spring_batch | Spring Batch | 15 | spring-batch | spring | |
hibernate | Hibernate | 25 | hibernate orm, nhibernate | java, sql | jpa, spring_data |
jpa | JPA | 15 | java persistence api, jakarta persistence, eclipselink | java | hibernate |
jakarta_ee | Jakarta EE | 60 | java ee, j2ee, javaee, jee, java enterprise edition, ejb | java | spring |
servlets_jsp | Servlets & JSP | 20 | jsp, servlets, java servlets, javaserver pages, servlet | java | jakarta_ee |
jsf | JSF | 20 | javaserver faces, java server faces, primefaces | java | jakarta_ee |
quarkus | Quarkus | 25 | quarkus framework | java | spring_boot, micronaut |
micronaut | Micronaut | 25 | micronaut framework | java | spring_boot, quarkus |
vertx | Vert.x | 25 | vertx, eclipse vert.x | java | |
dropwizard | Dropwizard | 15 | drop wizard | java | spring_boot |
struts | ~Struts | 20 | apache struts, struts2, struts 2 | java | spring | java, apache, mvc, framework, jsp, action
play_framework | Play Framework | 25 | play! framework, playframework | scala | akka |
akka | Akka | 40 | akka actors, akka streams, akka http, pekko | scala | play_framework, erlang |
grails | Grails | 20 | grails framework | groovy | spring_boot |
ruby_on_rails | Ruby on Rails | 60 | ~rails, ror, ruby-on-rails, rails 7 | ruby | django, laravel | ruby, activerecord, gems, rspec, mvc, developer, framework, heroku, sidekiq
sinatra | ~Sinatra | 10 | sinatra framework, ruby sinatra | ruby | ruby_on_rails | ruby, framework, rack, web, microframework
hanami | Hanami | 15 | hanami framework | ruby | ruby_on_rails |
sidekiq | Sidekiq | 6 | sidekiq workers | ruby | celery |
laravel | Laravel | 40 | laravel framework, laravel 10, eloquent, laravel eloquent | php | symfony, ruby_on_rails |
symfony | Symfony | 40 | symfony framework, symfony 6 | php | laravel |
codeigniter | CodeIgniter | 20 | code igniter, codeigniter 4, ci4 | php | laravel |
cakephp | CakePHP | 20 | cake php | php | laravel |
yii | Yii | 20 | yii2, yii framework | php | laravel |
laminas | Laminas | 20 | zend framework, zend, laminas framework | php | symfony |
dotnet | .NET | 60 | dotnet, .net core, dotnet core, .net 6, .net 7, .net 8, asp.net core runtime, net core | csharp | java |
dotnet_framework | .NET Framework | 40 | .net framework 4, dotnet framework, .net fx | csharp | dotnet |
aspnet_core | ASP.NET Core | 40 | asp.net core, aspnet core, asp net core, asp.net core mvc, asp.net web api, web api 2 | csharp, dotnet | aspnet, spring_boot |
aspnet | ASP.NET | 40 | asp.net, asp.net mvc, asp.net web forms, aspnet mvc, asp net, webforms | csharp | aspnet_core |
entity_framework | Entity Framework | 20 | entity framework core, ef core, efcore, ef6 | dotnet, sql | hibernate |
blazor | Blazor | 25 | blazor server, blazor webassembly, blazor wasm | aspnet_core | react |
signalr | SignalR | 8 | asp.net signalr | aspnet_core | websockets |
linq | LINQ | 8 | language integrated query, linq to sql, linq to entities | csharp | |
wcf | WCF | 20 | windows communication foundation | dotnet_framework | soap |
wpf | WPF | 40 | windows presentation foundation, xaml | csharp | winforms |
winforms | WinForms | 25 | windows forms, win forms | csharp | wpf |
gin | ~Gin | 10 | gin-gonic, gin gonic, gin framework | go | echo_go, fiber_go | go, golang, framework, http, router, api, rest, middleware
echo_go | ~Echo | 10 | echo framework, labstack echo, echo go | go | gin | go, golang, framework, http, labstack, api, rest
fiber_go | ~Fiber | 10 | gofiber, go fiber, fiber framework | go | gin | go, golang, framework, http, express, api, gofiber
gorm | GORM | 8 | go orm | go | |
actix | Actix | 20 | actix-web, actix web | rust | axum |
axum | Axum | 15 | axum framework | rust, tokio | actix |
tokio | Tokio | 20 | tokio runtime, async rust | rust | |
phoenix | ~Phoenix | 30 | phoenix framework, phoenix liveview, elixir phoenix, liveview | elixir | ruby_on_rails | elixir, liveview, erlang, framework, ecto, web, channels
ktor | Ktor | 15 | ktor framework | kotlin | spring_boot |
graphql | GraphQL | 20 | graph ql, graphql api, graphql apis, graphql schema | | rest_api, apollo |
apollo | ~Apollo | 15 | apollo graphql, apollo client, apollo server, apollo federation | graphql | relay | graphql, client, server, federation, react, schema, resolvers
relay | ~Relay | 12 | relay graphql, relay modern, react relay | graphql, react | apollo | graphql, react, facebook, meta, client
hasura | Hasura | 10 | hasura graphql | graphql | postgresql |
grpc | gRPC | 15 | grpc api, grpc services, g rpc | | protobuf, rest_api |
protobuf | Protocol Buffers | 6 | protobuf, protobufs, proto3, protocol buffer | | grpc, apache_avro |
trpc | tRPC | 8 | trpc api | typescript | graphql |
openapi | OpenAPI | 8 | ~swagger, openapi 3, openapi spec, oas, swagger ui, openapi specification | rest_api | postman | api, openapi, rest, documentation, spec, specification, endpoints, ui
prisma | Prisma | 10 | prisma orm, prisma client | typescript | typeorm, sequelize |
typeorm | TypeORM | 10 | type orm | typescript | prisma |
sequelize | Sequelize | 10 | sequelize orm | nodejs | prisma |
mongoose | ~Mongoose | 8 | mongoose odm, mongoose.js, mongoosejs | mongodb, nodejs | | mongodb, node, nodejs, schema, odm, express, mern
knex | Knex.js | 6 | knex, knex query builder | nodejs, sql | |
socket_io | Socket.IO | 8 | socket.io, socketio, socket io | nodejs | websockets |
websockets | WebSockets | 8 | websocket, web sockets, ws protocol | | socket_io, webrtc |
webrtc | WebRTC | 25 | web rtc | javascript | websockets |
jinja | Jinja | 5 | jinja2, jinja templates | python | |
thymeleaf | Thymeleaf | 6 | thymeleaf templates | spring | |
wordpress | WordPress | 30 | wordpress development, word press, woocommerce, wordpress plugins, wordpress themes | php | drupal, joomla |
drupal | Drupal | 40 | drupal 9, drupal 10, drupal cms | php | wordpress |
joomla | Joomla | 20 | joomla cms | php | wordpress |
magento | Magento | 50 | adobe commerce, magento 2, magento2 | php | shopify |
shopify | Shopify | 20 | shopify plus, shopify development, liquid templates, shopify liquid | | magento |
contentful | Contentful | 10 | contentful cms | | headless_cms |
strapi | Strapi | 10 | strapi cms | nodejs | headless_cms |
headless_cms | Headless CMS | 10 | headless cms platforms, sanity cms, sanity.io | | contentful, strapi |
sitecore | Sitecore | 40 | sitecore cms, sitecore xp | csharp | |
aem | Adobe Experience Manager | 50 | aem, adobe aem, aem sites, day cq | java | sitecore |
liferay | Liferay | 40 | liferay portal, liferay dxp | java | |
salesforce_lightning | Salesforce Lightning | 30 | lightning web components, lwc, aura components, visualforce | salesforce, javascript | apex |
mulesoft | MuleSoft | 40 | mule esb, mule 4, anypoint platform, mulesoft anypoint | | apache_camel |
apache_camel | Apache Camel | 25 | camel integration | java | mulesoft |
boost_cpp | ~Boost | 30 | boost c++, boost libraries, boost.asio | cpp | qt | c++, cpp, libraries, library, asio, stl, templates, programming, spirit
qt | Qt | 40 | qt framework, qt5, qt6, qml, pyqt, pyside | cpp | |
gtk | GTK | 25 | gtk+, gtk3, gtk4 | c | qt |
electron | ~Electron | 20 | electron.js, electronjs, electron framework | javascript | tauri | desktop, app, apps, javascript, node, chromium, framework
tauri | Tauri | 15 | tauri apps | rust | electron |
opengl | OpenGL | 50 | open gl, opengl es | cpp | vulkan, directx |
vulkan | ~Vulkan | 60 | vulkan api | cpp | opengl, directx | graphics, api, gpu, rendering, shaders, khronos, opengl, directx
directx | DirectX | 60 | direct3d, d3d11, d3d12, directx 12 | cpp | opengl, vulkan |
ros | ROS | 50 | robot operating system, ros2, ros 2 | cpp | robotics |
"""

BLOCKS = [("framework", BACKEND)]
