"""Software testing and engineering methodologies / practices."""

TESTING = """
software_testing | Software Testing | 40 | ~testing, software qa testing, qa testing, software testing life cycle, stlc | | quality_assurance, test_automation | software, qa, quality, test, tests, automation, manual, automated, bugs, defects, selenium, unit, regression, test cases
quality_assurance | Quality Assurance | 40 | qa, quality assurance (qa), software quality assurance, sqa, qa/qc | | software_testing |
unit_testing | Unit Testing | 15 | unit tests, unit test, unit-testing, writing unit tests, unit and integration tests | | integration_testing, tdd |
integration_testing | Integration Testing | 15 | integration tests, integration test, system integration testing | unit_testing | end_to_end_testing |
end_to_end_testing | End-to-End Testing | 15 | e2e testing, e2e tests, end to end testing, e2e, end-to-end tests | | integration_testing, cypress, playwright |
functional_testing | Functional Testing | 12 | functional tests, system testing, black box testing, black-box testing | software_testing | regression_testing |
regression_testing | Regression Testing | 10 | regression tests, regression test suites, regression suite | software_testing | functional_testing |
manual_testing | Manual Testing | 15 | manual qa, manual test execution, manual tests | software_testing | exploratory_testing |
exploratory_testing | Exploratory Testing | 8 | ad hoc testing, session-based testing | software_testing | manual_testing |
smoke_testing | Smoke Testing | 3 | smoke tests, sanity testing, sanity tests, build verification testing | software_testing | regression_testing |
user_acceptance_testing | User Acceptance Testing | 8 | uat, acceptance testing, acceptance tests, user acceptance tests | software_testing | functional_testing |
test_automation | Test Automation | 40 | automation testing, automated testing, automated tests, qa automation, test automation frameworks, automation test engineering | software_testing, python | selenium, cypress, playwright |
test_planning | Test Planning | 10 | test plans, test strategy, test strategies, test plan, test management | software_testing | test_case_design |
test_case_design | Test Case Design | 10 | test cases, test case writing, test scenarios, test design techniques, boundary value analysis, equivalence partitioning | software_testing | test_planning |
api_testing | API Testing | 12 | api tests, rest api testing, web services testing, api automation testing | rest_api | postman, rest_assured |
performance_testing | Performance Testing | 20 | load testing, stress testing, load tests, performance tests, scalability testing, soak testing | software_testing | jmeter, gatling, k6 |
security_testing | Security Testing | 20 | security tests, vulnerability testing | software_testing | penetration_testing |
accessibility_testing | Accessibility Testing | 10 | a11y testing, axe-core, wcag testing, screen reader testing | web_accessibility | |
cross_browser_testing | Cross-Browser Testing | 5 | cross browser testing, browser compatibility testing | software_testing | browserstack |
mobile_testing | Mobile Testing | 15 | mobile app testing, mobile qa, device testing | software_testing | appium |
contract_testing | Contract Testing | 6 | consumer-driven contract testing, pact testing, pact.io | api_testing | |
visual_regression_testing | Visual Regression Testing | 5 | visual testing, percy.io, chromatic visual testing, applitools | end_to_end_testing | |
mutation_testing | Mutation Testing | 5 | mutation tests, pitest, stryker mutator | unit_testing | |
property_based_testing | Property-Based Testing | 6 | property based testing, ~hypothesis, quickcheck | unit_testing | pytest | python, testing, property, properties, tests, strategies, quickcheck, pytest
code_coverage | Code Coverage | 3 | test coverage, coverage.py, jacoco, istanbul.js, codecov | unit_testing | |
mocking | Mocking | 4 | mocks, test doubles, mock objects, mocking frameworks | unit_testing | mockito |
selenium | Selenium | 25 | selenium webdriver, webdriver, selenium grid, selenium ide | test_automation | cypress, playwright |
cypress | ~Cypress | 15 | cypress.io, cypress testing, cypress e2e | javascript | playwright, selenium | testing, test, tests, e2e, end-to-end, automation, javascript, qa, component testing, io
playwright | ~Playwright | 15 | playwright testing, microsoft playwright, playwright test | javascript | cypress, selenium | testing, test, tests, e2e, automation, browser, qa, typescript, javascript, python, microsoft
puppeteer | ~Puppeteer | 10 | puppeteer.js, headless chrome | javascript | playwright | chrome, headless, browser, automation, node, javascript, scraping, testing
webdriverio | WebdriverIO | 12 | wdio, webdriver.io | javascript | selenium |
protractor | ~Protractor | 8 | protractor e2e, protractor testing | angular | cypress | angular, e2e, testing, tests, selenium, automation, jasmine
testcafe | TestCafe | 8 | test cafe | javascript | cypress |
nightwatch | Nightwatch.js | 6 | nightwatchjs, nightwatch | javascript | selenium |
appium | Appium | 20 | appium automation, appium testing | test_automation | espresso, xcuitest |
espresso | ~Espresso | 8 | espresso testing, android espresso | android | appium | android, testing, ui testing, tests, instrumentation, kotlin, java, automation
xcuitest | XCUITest | 8 | xctest, xcui test, xcode ui testing | ios | appium |
detox | ~Detox | 6 | detox e2e, wix detox | react_native | appium | react native, e2e, testing, tests, mobile, wix, automation
junit | JUnit | 8 | junit5, junit 5, junit4, junit 4, junit jupiter | java | testng, pytest |
testng | TestNG | 6 | test ng | java | junit |
mockito | Mockito | 5 | mockito framework, powermock | junit | mocking |
spock | ~Spock | 6 | spock framework, spock testing | groovy | junit | groovy, testing, tests, specification, framework, java, grails
pytest | pytest | 8 | py.test, pytest fixtures, pytest framework | python | unittest_python |
unittest_python | Python unittest | 4 | unittest, pyunit, python unittest framework | python | pytest |
jest | ~Jest | 6 | jest.js, jestjs, jest testing | javascript | mocha, vitest | javascript, testing, tests, react, unit, typescript, snapshot, mock, mocks, enzyme, node
vitest | Vitest | 3 | vi test | javascript | jest |
mocha | ~Mocha | 5 | mocha.js, mochajs | javascript | jest, chai | javascript, testing, tests, chai, node, unit, sinon, framework
chai | ~Chai | 3 | chai.js, chaijs, sinon, sinon.js | mocha | mocha | javascript, testing, tests, mocha, assertion, assertions, node, sinon
jasmine | ~Jasmine | 5 | jasmine.js, jasminejs, jasmine testing | javascript | jest, karma | javascript, testing, tests, angular, karma, unit, spec, specs, framework
karma | ~Karma | 3 | karma test runner, karma runner | javascript | jasmine | javascript, angular, jasmine, test runner, testing, tests, unit
react_testing_library | React Testing Library | 5 | testing library, testing-library, @testing-library/react | react, jest | jest |
cucumber | ~Cucumber | 8 | cucumber bdd, cucumber.js, cucumberjs, cucumber jvm | bdd | specflow, behave | bdd, gherkin, testing, tests, automation, feature files, scenarios, selenium, qa, java, step definitions
gherkin | ~Gherkin | 3 | gherkin syntax, given when then | bdd | cucumber | cucumber, bdd, syntax, scenarios, feature files, testing, given, when, then, specflow
specflow | SpecFlow | 8 | spec flow, reqnroll | csharp, bdd | cucumber |
behave | ~Behave | 5 | behave bdd, python behave | python, bdd | cucumber | bdd, python, gherkin, testing, tests, feature, scenarios, cucumber, steps
robot_framework | Robot Framework | 12 | robotframework, robot framework automation | python | selenium |
rspec | RSpec | 8 | r spec, rspec rails | ruby | minitest |
minitest | Minitest | 4 | mini test | ruby | rspec |
phpunit | PHPUnit | 6 | php unit, pest php | php | |
nunit_xunit | NUnit/xUnit | 6 | nunit, xunit, xunit.net, mstest, moq | csharp | junit |
googletest | GoogleTest | 6 | gtest, google test, gmock, catch2 | cpp | |
jmeter | JMeter | 12 | apache jmeter, jmeter scripting | performance_testing | gatling, k6, loadrunner |
gatling | ~Gatling | 10 | gatling load testing, gatling scala | performance_testing | jmeter | load testing, performance testing, scala, simulations, load, performance, stress
k6 | k6 | 6 | grafana k6, k6 load testing, k6.io | javascript, performance_testing | jmeter |
locust | ~Locust | 6 | locust.io, locust load testing | python, performance_testing | jmeter | load testing, performance, python, load, users, stress, swarm, testing
loadrunner | LoadRunner | 15 | micro focus loadrunner, hp loadrunner, loadrunner enterprise, vugen | performance_testing | jmeter |
postman | ~Postman | 5 | postman api, postman collections, postman newman | api_testing | insomnia, soapui | api, apis, rest, collections, newman, testing, requests, endpoints, swagger, automation
insomnia | ~Insomnia | 2 | insomnia rest client | api_testing | postman | api, rest, client, graphql, requests, postman
soapui | SoapUI | 8 | soap ui, readyapi, ready api | api_testing | postman |
rest_assured | REST Assured | 8 | rest-assured, restassured | java, api_testing | postman |
karate_dsl | ~Karate | 8 | karate dsl, karate framework | api_testing | rest_assured | api, testing, dsl, framework, bdd, tests, automation, gherkin
wiremock | WireMock | 4 | wire mock, mockserver | mocking | |
testcontainers | Testcontainers | 5 | test containers | docker | integration_testing |
tricentis_tosca | Tricentis Tosca | 15 | tosca, tosca testsuite | test_automation | selenium |
uft | Micro Focus UFT | 15 | uft, qtp, quicktest professional, unified functional testing, uft one | test_automation | selenium |
katalon | Katalon Studio | 8 | katalon | test_automation | selenium |
ranorex | Ranorex | 8 | ranorex studio | test_automation | |
testrail | TestRail | 3 | test rail | test_planning | zephyr |
zephyr | ~Zephyr | 3 | zephyr scale, zephyr squad, xray for jira, xray test management | test_planning | testrail | jira, test management, test cases, xray, scale, squad, testing, qa
qtest | qTest | 3 | tricentis qtest | test_planning | testrail |
hp_alm | HP ALM | 6 | alm, quality center, hp quality center, micro focus alm, alm octane | test_planning | testrail |
browserstack | BrowserStack | 3 | browser stack, sauce labs, saucelabs, lambdatest | cross_browser_testing | |
sonarqube | SonarQube | 4 | sonarcloud, sonar qube, sonarlint | ci_cd | code_coverage |
istqb | ISTQB | 40 | istqb foundation, istqb certified tester, istqb ctfl, ctfl | software_testing | |
"""

METHODOLOGY = """
agile | Agile | 20 | agile methodology, agile methodologies, agile development, agile software development, agile practices, agile/scrum | | scrum, kanban |
scrum | Scrum | 15 | scrum methodology, scrum framework, scrum ceremonies, sprint planning, sprints, daily stand-ups | agile | kanban, safe |
kanban | Kanban | 6 | kanban boards, kanban method | agile | scrum |
safe | Scaled Agile Framework | 30 | ~safe, safe agile, scaled agile, safe framework, leading safe, pi planning | agile | scrum | agile, scaled, framework, pi planning, release train, art, safe 6, certification, program increment
lean | ~Lean | 20 | lean methodology, lean principles, lean management, lean startup | | agile, lean_six_sigma | methodology, principles, manufacturing, six sigma, kaizen, waste, continuous improvement, startup, toyota
waterfall | ~Waterfall | 6 | waterfall methodology, waterfall model, waterfall project management | | agile | methodology, sdlc, agile, project management, model, v-model, traditional
extreme_programming | Extreme Programming | 10 | extreme programming (xp) | agile | pair_programming, tdd |
tdd | Test-Driven Development | 20 | tdd, test driven development, test-first development | unit_testing | bdd |
bdd | Behavior-Driven Development | 12 | bdd, behaviour driven development, behavior driven development, behaviour-driven development | | tdd, cucumber |
domain_driven_design | Domain-Driven Design | 30 | ddd, domain driven design, bounded contexts | object_oriented_programming | microservices, clean_architecture |
object_oriented_programming | Object-Oriented Programming | 30 | oop, ~oops, object oriented programming, object-oriented design, ood, object oriented design, ooad | | functional_programming, design_patterns | concepts, java, programming, c++, python, c#, classes, inheritance, polymorphism, encapsulation, object-oriented, design
functional_programming | Functional Programming | 40 | functional programming paradigm, functional programming concepts | | object_oriented_programming |
design_patterns | Design Patterns | 30 | software design patterns, gang of four, gof design patterns, gof patterns | object_oriented_programming | solid_principles |
solid_principles | SOLID Principles | 8 | ~solid, solid design principles | object_oriented_programming | design_patterns, clean_code | principles, design, oop, object-oriented, dry, kiss, clean code, patterns, code
clean_code | Clean Code | 15 | clean coding, code quality, maintainable code, readable code | | refactoring, solid_principles |
clean_architecture | Clean Architecture | 20 | hexagonal architecture, ports and adapters, onion architecture | design_patterns | domain_driven_design |
refactoring | Refactoring | 15 | code refactoring, legacy code refactoring, refactor | | clean_code |
code_review | Code Review | 8 | code reviews, peer code review, pull request reviews, peer review of code | | clean_code |
pair_programming | Pair Programming | 4 | mob programming, ensemble programming | | code_review |
microservices | Microservices | 40 | microservice, micro services, microservices architecture, microservice architecture, micro-services | rest_api | monolith_decomposition, service_oriented_architecture |
monolith_decomposition | Monolith Decomposition | 15 | strangler fig, monolith to microservices, legacy modernization, application modernization | microservices | cloud_migration |
service_oriented_architecture | Service-Oriented Architecture | 20 | soa, service oriented architecture, esb, enterprise service bus | | microservices |
event_driven_architecture | Event-Driven Architecture | 25 | event driven architecture, event-driven systems, event-driven microservices, pub/sub messaging, event sourcing, cqrs | microservices | message_queues |
message_queues | Message Queues | 12 | message queue, message brokers, message broker, messaging systems, asynchronous messaging | | rabbitmq, apache_kafka |
rest_api | REST APIs | 20 | ~rest, restful, restful apis, restful api, rest api, restful services, restful web services, rest services, rest api design | http | graphql, grpc | api, apis, restful, endpoint, endpoints, json, http, web services, services, design, development
soap | ~SOAP | 10 | soap web services, soap apis, soap api, wsdl | xml | rest_api | web services, wsdl, xml, api, apis, services, rest, endpoints, integration
api_design | API Design | 20 | api development, api architecture, designing apis, api-first design, api first | rest_api | openapi |
api_integration | API Integration | 15 | third-party api integration, third party integrations, api integrations, integrating apis, webhooks, apis | rest_api | api_design |
system_design | System Design | 60 | systems design, large-scale system design, scalable systems design, high-level design, low-level design, hld, lld | | distributed_systems, software_architecture |
software_architecture | Software Architecture | 60 | application architecture, solution architecture, software design, technical architecture, architecture design | system_design | design_patterns |
distributed_systems | Distributed Systems | 60 | distributed computing, distributed architectures, consensus algorithms, raft consensus, paxos | | system_design, concurrency |
concurrency | Concurrency and Multithreading | 30 | multithreading, multi-threading, concurrent programming, parallel programming, thread safety | | asynchronous_programming, parallel_computing |
asynchronous_programming | Asynchronous Programming | 15 | async programming, async/await, asyncio, async io, non-blocking io, event loop | | concurrency |
parallel_computing | Parallel Computing | 40 | high performance computing, hpc, mpi, openmp, parallel processing, gpu computing | | concurrency, cuda |
hpc | HPC Clusters | 30 | slurm, pbs pro, hpc clusters, supercomputing, job schedulers | linux | parallel_computing |
data_structures | Data Structures | 40 | data structure, data structures and algorithms, dsa, ds&a, linked lists, hash tables, binary trees | | algorithms |
algorithms | Algorithms | 50 | algorithm design, algorithmic problem solving, sorting algorithms, graph algorithms, dynamic programming, big o notation, complexity analysis | | data_structures |
competitive_programming | Competitive Programming | 40 | leetcode, hackerrank, codeforces, codechef, coding challenges | algorithms | |
operating_systems | Operating Systems | 40 | os internals, operating system concepts, os fundamentals, kernel internals | c | linux |
linux_kernel | Linux Kernel Development | 80 | linux kernel, kernel development, device drivers, kernel modules, linux device drivers | c, operating_systems | embedded_systems |
compilers | Compilers | 60 | compiler design, compiler construction, llvm, gcc internals, parser design | algorithms | |
memory_management | Memory Management | 15 | garbage collection, memory leaks, memory profiling, manual memory management | | performance_tuning |
caching | Caching | 8 | caching strategies, cache invalidation, distributed caching, in-memory caching | | redis, memcached |
scalability | Scalability | 30 | scalable systems, horizontal scaling, vertical scaling, scalable architecture, scaling systems | system_design | high_availability |
mvc | MVC | 8 | model-view-controller, model view controller, mvc architecture, mvc pattern | object_oriented_programming | mvvm |
mvvm | MVVM | 8 | model-view-viewmodel, mvvm architecture, mvvm pattern, mvp pattern, viper architecture | object_oriented_programming | mvc |
twelve_factor_app | Twelve-Factor App | 4 | 12-factor app, twelve factor, 12 factor app | | microservices |
sdlc | Software Development Lifecycle | 15 | sdlc, software development life cycle, software lifecycle, development lifecycle | | agile |
trunk_based_development | Trunk-Based Development | 3 | trunk based development, short-lived branches | git | ci_cd |
semantic_versioning | Semantic Versioning | 2 | semver, semantic versioning (semver) | | release_management |
technical_documentation | Technical Documentation | 15 | technical writing, documentation, api documentation, writing documentation, tech writing, docs-as-code | | written_communication |
uml | UML | 10 | unified modeling language, uml diagrams, sequence diagrams, class diagrams, use case diagrams | | object_oriented_programming |
itil | ITIL | 20 | itil v3, itil v4, itil 4, itil framework, it service management, itsm | | servicenow, incident_management |
lean_six_sigma | Lean Six Sigma | 40 | six sigma, six sigma green belt, six sigma black belt, lean six sigma green belt, dmaic, green belt, black belt | statistics | lean, process_improvement |
kaizen | ~Kaizen | 6 | kaizen events, continuous improvement (kaizen) | lean | lean_six_sigma | lean, continuous improvement, improvement, toyota, gemba, 5s, manufacturing
prince2 | PRINCE2 | 30 | prince 2, prince2 practitioner, prince2 foundation | | project_management |
pmp | PMP | 80 | project management professional, pmi pmp, pmp certification, pmp certified | project_management | prince2 |
capm | CAPM | 40 | certified associate in project management | | pmp |
certified_scrum_master | Certified ScrumMaster | 16 | certified scrum master, psm, psm i, professional scrum master | scrum | safe |
okrs | OKRs | 6 | okr, objectives and key results | | kpis |
design_thinking | Design Thinking | 15 | design-thinking, human-centred design, human-centered design | | ux_design, user_research |
jobs_to_be_done | Jobs to Be Done | 6 | jtbd, jobs-to-be-done, jobs to be done framework | | product_management |
crisp_dm | CRISP-DM | 4 | crisp dm, cross-industry standard process for data mining | data_mining | |
internationalization | Internationalization | 8 | i18n, l10n, localization, localisation, internationalisation | | |
open_source | Open Source Contribution | 20 | open source, open-source, oss, open source contributions, open-source software development | git | |
root_cause_analysis | Root Cause Analysis | 8 | rca, root cause, 5 whys, five whys, fishbone diagram, ishikawa | | problem_solving |
embedded_systems | Embedded Systems | 80 | ~embedded, embedded software, firmware, firmware development, embedded software development, embedded linux, bare metal | c | rtos, iot | firmware, microcontroller, microcontrollers, c, c++, rtos, arm, hardware, software, linux, mcu, stm32, devices, sensors
rtos | RTOS | 25 | real-time operating systems, real time operating system, freertos, zephyr rtos, vxworks, threadx | embedded_systems | |
digital_logic | Digital Logic Design | 40 | digital design, digital electronics, logic design, rtl design, asic design | | verilog, fpga |
fpga | FPGA | 60 | fpgas, field-programmable gate arrays, xilinx, vivado, intel quartus, altera | digital_logic | verilog, vhdl |
"""

BLOCKS = [("testing", TESTING), ("methodology", METHODOLOGY)]
