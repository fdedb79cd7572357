"""Frontend frameworks, state management, styling and web build tooling."""

FRONTEND = """
react | ~React | 50 | react.js, reactjs, react js, react 18, react hooks, react framework | javascript | vue, angular, nextjs | jsx, hooks, redux, frontend, front-end, javascript, typescript, component, components, next.js, developer, ui, spa, native
angular | ~Angular | 60 | angular 2+, angular 15, angular 16, angular 17, angular framework, angular2 | typescript | react, vue, angularjs | typescript, rxjs, ngrx, frontend, front-end, component, components, developer, spa, cli, material, javascript
angularjs | AngularJS | 40 | angular.js, angular js, angular 1, angular 1.x | javascript | angular |
vue | Vue.js | 40 | vue, vuejs, vue js, vue 3, vue3, vue 2 | javascript | react, angular, nuxt |
nuxt | Nuxt | 20 | nuxt.js, nuxtjs, nuxt 3 | vue | nextjs |
nextjs | Next.js | 25 | nextjs, next js, next.js 13, next.js 14, next.js app router | react | nuxt, remix, gatsby |
remix | ~Remix | 15 | remix.run, remix framework, react remix | react | nextjs | react, framework, routes, loaders, next.js, ssr, javascript, typescript, shopify
gatsby | Gatsby | 15 | gatsby.js, gatsbyjs | react | nextjs |
svelte | ~Svelte | 25 | svelte.js, sveltejs | javascript | react, vue, sveltekit | sveltekit, javascript, frontend, front-end, framework, component, components, compiler
sveltekit | SvelteKit | 15 | svelte kit | svelte | nextjs |
solidjs | SolidJS | 15 | solid.js, solid js | javascript | react |
preact | Preact | 8 | preact.js, preactjs | react | react |
qwik | Qwik | 15 | qwik city, qwik framework | javascript | astro |
astro | ~Astro | 12 | astro.js, astro framework, astrojs | javascript | nextjs, gatsby | static, framework, islands, javascript, frontend, markdown, ssg, build
ember | ~Ember | 40 | ember.js, emberjs, ember js, ember octane | javascript | angular, react | javascript, frontend, framework, handlebars, component, components, glimmer, ember-cli
backbone | ~Backbone | 20 | backbone.js, backbonejs, backbone js | javascript | angular | javascript, underscore, marionette, model, views, frontend, mvc, jquery
jquery | jQuery | 15 | jquery ui, jquery.js, jquery plugins | javascript | javascript |
alpinejs | Alpine.js | 6 | alpine js, alpinejs | javascript | htmx |
htmx | htmx | 6 | htmx.org | html | alpinejs |
lit | ~Lit | 10 | lit-element, lit element, lit-html, polymer library | javascript | web_components | web components, element, custom elements, javascript, polymer, template
web_components | Web Components | 12 | custom elements, shadow dom | javascript | lit |
redux | Redux | 15 | redux.js, react redux, react-redux, redux saga, redux thunk | react | mobx, zustand, redux_toolkit |
redux_toolkit | Redux Toolkit | 8 | rtk, rtk query, reduxjs/toolkit | redux | redux |
mobx | MobX | 10 | mobx-state-tree, mobx react | react | redux |
zustand | Zustand | 4 | zustand store | react | redux |
recoil | ~Recoil | 6 | recoil.js, recoiljs | react | redux, zustand | react, state, atoms, selectors, facebook
vuex | Vuex | 6 | vuex store | vue | pinia |
pinia | Pinia | 5 | pinia store | vue | vuex |
ngrx | NgRx | 15 | ngrx store, ngrx effects, ngrx/store | angular, rxjs | redux |
rxjs | RxJS | 20 | reactive extensions, rx.js, reactivex, observables | javascript | ngrx, rxjava |
react_router | React Router | 5 | react-router, react router dom, react-router-dom | react | |
tanstack_query | TanStack Query | 8 | react query, react-query, tanstack react query | react | swr |
swr | ~SWR | 4 | swr hooks, vercel swr | react | tanstack_query | react, hooks, data fetching, vercel, cache, next.js
react_hook_form | React Hook Form | 4 | react-hook-form, formik | react | |
bootstrap | ~Bootstrap | 12 | twitter bootstrap, bootstrap 5, bootstrap 4, bootstrap css, react-bootstrap | css | tailwind_css, material_ui | css, html, responsive, frontend, front-end, grid, framework, ui, scss, components, sass, theme
tailwind_css | Tailwind CSS | 10 | tailwind, tailwindcss, tailwind css 3 | css | bootstrap, sass |
material_ui | Material UI | 10 | mui, material-ui, mui material, material ui react | react | chakra_ui, ant_design, angular_material |
angular_material | Angular Material | 8 | angular material design, angular cdk | angular | material_ui |
chakra_ui | Chakra UI | 6 | chakra-ui, chakra | react | material_ui |
ant_design | Ant Design | 6 | antd, ant design pro | react | material_ui |
shadcn_ui | shadcn/ui | 4 | shadcn, shadcn ui, radix ui | react, tailwind_css | material_ui |
foundation_css | Foundation (Zurb) | 8 | zurb foundation, foundation css | css | bootstrap |
sass | Sass | 8 | scss, sass/scss, sass css | css | less_css, tailwind_css |
less_css | Less CSS | 6 | lesscss, less.js, less preprocessor | css | sass |
postcss | PostCSS | 4 | post css, autoprefixer | css | sass |
styled_components | styled-components | 5 | styled components, css-in-js, css in js, emotion css | react, css | sass |
bem | BEM | 3 | block element modifier, bem methodology | css | sass |
storybook | ~Storybook | 8 | storybook.js, storybookjs, storybook ui | react | design_systems | component, components, ui, react, design system, stories, frontend, vue, angular
webpack | Webpack | 12 | webpack 5, webpack config, module bundler | javascript | vite, rollup |
vite | ~Vite | 5 | vitejs, vite.js | javascript | webpack | javascript, build, bundler, react, vue, frontend, typescript, dev server
rollup | ~Rollup | 5 | rollup.js, rollupjs | javascript | webpack | javascript, bundler, bundle, plugin, build, es modules, library
parcel | ~Parcel | 4 | parcel bundler, parcel.js, parceljs | javascript | webpack | javascript, bundler, build, web app
esbuild | esbuild | 3 | es build | javascript | vite |
babel | Babel | 5 | babel.js, babeljs, babel transpiler | javascript | webpack |
swc | SWC | 3 | speedy web compiler | javascript | babel |
turborepo | Turborepo | 5 | turbo repo, turbo monorepo | javascript | nx_monorepo, monorepo |
nx_monorepo | Nx | 8 | nx monorepo, nx workspace, nrwl nx | javascript | turborepo, monorepo |
npm | npm | 4 | node package manager, npm scripts, npm packages | nodejs | yarn, pnpm |
yarn | ~Yarn | 3 | yarn package manager, yarnpkg, yarn berry | nodejs | npm, pnpm | npm, node, javascript, package, packages, install, workspaces, lockfile
pnpm | pnpm | 3 | pnpm workspaces | nodejs | npm |
eslint | ESLint | 4 | eslint config, eslintrc, tslint | javascript | prettier |
prettier | ~Prettier | 2 | prettier code formatter, prettierrc | javascript | eslint | eslint, formatter, formatting, javascript, code style, lint, typescript
gulp | ~Gulp | 6 | gulp.js, gulpjs | nodejs | webpack, grunt | javascript, build, task runner, tasks, grunt, node, sass
grunt | ~Grunt | 6 | grunt.js, gruntjs | nodejs | gulp | javascript, build, task runner, tasks, gulp, node
d3js | D3.js | 30 | d3, d3js, data-driven documents | javascript | chartjs, data_visualization |
chartjs | Chart.js | 6 | chartjs, chart js | javascript | d3js, highcharts |
highcharts | Highcharts | 8 | highcharts js, highstock | javascript | chartjs |
echarts | ECharts | 8 | apache echarts, e-charts | javascript | chartjs |
threejs | Three.js | 30 | threejs, three js, three.js webgl, react three fiber, r3f | javascript | opengl, babylonjs |
babylonjs | Babylon.js | 25 | babylonjs, babylon js | javascript | threejs |
leaflet | ~Leaflet | 8 | leaflet.js, leafletjs, react-leaflet | javascript | mapbox | map, maps, mapping, gis, javascript, openstreetmap, tiles, geospatial, markers
mapbox | Mapbox | 10 | mapbox gl, mapbox gl js | javascript | leaflet, google_maps_api |
google_maps_api | Google Maps API | 8 | google maps platform, google maps javascript api, places api | javascript | mapbox |
pwa | Progressive Web Apps | 15 | pwa, pwas, progressive web app, service workers, service worker | javascript | |
spa | Single-Page Applications | 10 | ~spa, spas, single page application, single page applications, single-page app | javascript | react | javascript, react, angular, vue, frontend, front-end, application, applications, app, routing, web
ssr | Server-Side Rendering | 8 | ssr, server side rendering, ssg, static site generation | react | nextjs |
ajax | AJAX | 5 | asynchronous javascript and xml, xmlhttprequest, fetch api | javascript | rest_api |
dom | DOM Manipulation | 8 | dom, document object model, dom apis, dom scripting | javascript | |
web_performance | Web Performance Optimization | 20 | core web vitals, google lighthouse, page speed optimization, frontend performance, web vitals | javascript | |
browser_devtools | Browser DevTools | 5 | chrome devtools, chrome dev tools, firefox devtools, devtools | javascript | |
jamstack | Jamstack | 8 | jam stack | javascript | headless_cms |
micro_frontends | Micro Frontends | 15 | micro-frontends, microfrontends, module federation | javascript | microservices |
webgl | WebGL | 30 | web gl, webgl2 | javascript | threejs |
canvas_api | HTML Canvas | 8 | html5 canvas, canvas api, 2d canvas | html, javascript | webgl |
handlebars | Handlebars | 4 | handlebars.js, handlebarsjs, mustache templates | javascript | jinja |
pug | ~Pug | 3 | pug templates, jade templates, pugjs | nodejs | handlebars | template, templates, templating, express, node, html
ionic | ~Ionic | 20 | ionic framework, ionic angular, ionic react | javascript | capacitor, react_native | framework, angular, capacitor, cordova, mobile, hybrid, app, apps, react
mern_stack | MERN Stack | 60 | mern, mern stack development | react, nodejs, mongodb | mean_stack |
mean_stack | MEAN Stack | 60 | mean stack development, mean.js, meanjs | angular, nodejs, mongodb | mern_stack |
lamp_stack | LAMP Stack | 40 | ~lamp, linux apache mysql php | php, mysql, linux | | linux, apache, mysql, php, stack, developer, server, perl
"""

BLOCKS = [("framework", FRONTEND)]
