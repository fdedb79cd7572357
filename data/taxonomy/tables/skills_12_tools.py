"""Tools: collaboration, office, IDEs, messaging, automation, hardware/IoT, blockchain."""

TOOLS = """
jira | Jira | 5 | jira software, atlassian jira, jira cloud, jira service management, jira administration, jql | | confluence, trello |
confluence | ~Confluence | 3 | atlassian confluence, confluence wiki | | jira | atlassian, jira, wiki, documentation, pages, spaces, knowledge base
trello | Trello | 2 | trello boards | | jira, asana |
asana | ~Asana | 2 | asana project management | | trello, jira | project management, tasks, projects, tool, tools, jira, trello, monday, workflow
monday_com | monday.com | 2 | monday work management | | asana |
clickup | ClickUp | 2 | click up | | asana |
notion | ~Notion | 2 | notion.so, notion workspace | | confluence | wiki, docs, documentation, workspace, pages, databases, tool, tools, confluence, templates
airtable | Airtable | 4 | air table | | google_sheets |
smartsheet | Smartsheet | 4 | smart sheet | | ms_project |
ms_project | Microsoft Project | 10 | ms project, microsoft project, ms project server, project online, primavera p6, primavera | project_management | smartsheet |
linear_app | ~Linear | 2 | linear.app, linear issue tracker | | jira | issues, issue tracker, jira, tickets, project management, cycles, roadmap, tool, tools
slack | ~Slack | 1 | slack api, slack bots, slack workspace | | microsoft_teams | channels, workspace, bots, bot, integrations, teams, zoom, communication, messaging, api
microsoft_teams | Microsoft Teams | 2 | ms teams, teams app development | | slack | microsoft, ms, office 365, meetings, chat, sharepoint, outlook, collaboration, video calls
zoom | ~Zoom | 1 | zoom meetings, zoom video | | microsoft_teams | meetings, video, calls, conferencing, webinars, remote, teams, google meet
miro | Miro | 2 | miro board, miro boards, mural app, realtimeboard | | figma |
lucidchart | Lucidchart | 3 | lucid chart, lucidspark, draw.io, diagrams.net | | visio |
visio | Visio | 5 | microsoft visio, ms visio | | lucidchart |
microsoft_office | Microsoft Office | 20 | ms office, office 365, microsoft 365, m365, o365, ms office suite, microsoft office suite | | google_workspace, excel |
microsoft_word | Microsoft Word | 5 | ms word, ~word, microsoft word processing | | google_docs | microsoft, ms, office, excel, powerpoint, outlook, documents, document, processing, formatting, templates
powerpoint | PowerPoint | 6 | microsoft powerpoint, ms powerpoint, ppt, power point, powerpoint presentations | | google_slides, keynote_app |
outlook | ~Outlook | 2 | microsoft outlook, ms outlook, outlook calendar | | microsoft_office | microsoft, ms, email, calendar, office, excel, word, exchange, inbox
microsoft_exchange | Microsoft Exchange | 15 | exchange server, exchange online, ms exchange | windows_server | microsoft_office |
sharepoint | SharePoint | 15 | microsoft sharepoint, sharepoint online, spfx, sharepoint framework | | microsoft_office |
onedrive | OneDrive | 1 | microsoft onedrive | | sharepoint |
google_workspace | Google Workspace | 6 | g suite, gsuite, google apps, google workspace admin | | microsoft_office |
google_docs | Google Docs | 2 | gdocs, google doc | google_workspace | microsoft_word |
google_slides | Google Slides | 2 | gslides | google_workspace | powerpoint |
keynote_app | ~Keynote | 3 | apple keynote | | powerpoint | apple, presentation, presentations, slides, pages, numbers, mac, powerpoint
power_automate | Power Automate | 12 | microsoft power automate, microsoft flow, ms flow, power automate desktop | | power_apps, zapier |
power_apps | Power Apps | 15 | powerapps, microsoft power apps, canvas apps, model-driven apps | | power_automate, power_platform |
power_platform | Microsoft Power Platform | 20 | power platform, dataverse, common data service, copilot studio, power virtual agents | | power_apps, power_bi |
zapier | Zapier | 3 | make.com, integromat, n8n | | power_automate |
rpa | Robotic Process Automation | 25 | rpa, robotic process automation (rpa), process automation bots | | uipath |
uipath | UiPath | 20 | ui path, uipath studio, uipath orchestrator | rpa | automation_anywhere, blue_prism |
automation_anywhere | Automation Anywhere | 20 | automation anywhere a360 | rpa | uipath |
blue_prism | Blue Prism | 20 | blueprism | rpa | uipath |
vs_code | Visual Studio Code | 3 | vs code, vscode, visual studio code editor | | visual_studio, intellij_idea |
visual_studio | Visual Studio | 5 | microsoft visual studio, visual studio ide, msvc | | vs_code, rider |
intellij_idea | IntelliJ IDEA | 4 | intellij, intellij idea, jetbrains intellij, jetbrains ides, jetbrains | java | eclipse_ide |
pycharm | PyCharm | 3 | py charm, jetbrains pycharm | python | vs_code |
rider | ~Rider | 3 | jetbrains rider | csharp | visual_studio | jetbrains, ide, .net, c#, unity, resharper
eclipse_ide | ~Eclipse | 4 | eclipse ide, eclipse jee | java | intellij_idea | ide, java, plugins, jee, workspace, rcp, developer, development
vim | ~Vim | 6 | neovim, nvim, vi editor, vi/vim | linux | emacs | editor, neovim, terminal, linux, emacs, vimrc, text editor, ide, keybindings
emacs | Emacs | 8 | gnu emacs, spacemacs, doom emacs | linux | vim |
xcode_instruments | Xcode Instruments | 3 | instruments profiling | xcode | |
anaconda | ~Anaconda | 2 | conda, miniconda, conda environments, anaconda distribution | python | pip_venv | python, conda, environments, packages, distribution, jupyter, data science, navigator
pip_venv | pip and virtualenv | 2 | ~pip, virtualenv, venv, python virtual environments, pipenv, pip-tools, uv package manager | python | poetry, anaconda | python, install, packages, package, requirements.txt, pypi, virtualenv, venv, dependencies
poetry | ~Poetry | 2 | python poetry, poetry package manager | python | pip_venv | python, packaging, dependencies, dependency, pyproject, package manager, lock, virtualenv
homebrew | Homebrew | 1 | brew install, homebrew cask | macos | |
command_line | Command Line | 10 | command line, cli, command-line, command line interface, terminal usage, shell commands | | bash, linux |
tmux | tmux | 2 | terminal multiplexer, gnu screen | linux | |
wsl | WSL | 2 | windows subsystem for linux, wsl2 | linux | windows_server |
rabbitmq | RabbitMQ | 10 | rabbit mq, rabbitmq messaging, amqp | message_queues | apache_kafka, activemq |
activemq | ActiveMQ | 8 | apache activemq, amazon mq, activemq artemis | message_queues | rabbitmq |
ibm_mq | IBM MQ | 12 | websphere mq, mq series, mqseries, ibm websphere mq | message_queues | rabbitmq |
zeromq | ZeroMQ | 6 | 0mq, zmq, zero mq | message_queues | nats |
nats | ~NATS | 5 | nats.io, nats messaging, nats jetstream | message_queues | zeromq | messaging, jetstream, pub/sub, streaming, microservices, broker, cloud native
mqtt | MQTT | 5 | mqtt protocol, mosquitto | iot | rabbitmq |
iot | Internet of Things | 40 | iot, internet of things (iot), iiot, industrial iot, connected devices, smart devices | | embedded_systems, mqtt |
aws_iot | AWS IoT Core | 8 | aws iot, azure iot hub, iot hub, aws greengrass | iot, aws | |
arduino | Arduino | 10 | arduino ide, arduino programming, esp32, esp8266 | c | raspberry_pi |
raspberry_pi | Raspberry Pi | 10 | raspberry pi, rpi, raspberrypi | linux | arduino |
microcontrollers | Microcontrollers | 40 | stm32, pic microcontroller, avr, arm cortex-m, mcu, mcus, nrf52 | embedded_systems | arduino |
pcb_design | PCB Design | 40 | pcb layout, printed circuit board design, altium designer, altium, kicad, eagle pcb, orcad | | embedded_systems |
plc_programming | PLC Programming | 40 | plcs, plc programming (ladder logic), ladder logic, siemens tia portal, allen-bradley, rockwell automation, step 7 | | scada |
scada | SCADA | 30 | scada systems, hmi, dcs, ignition scada, wonderware | plc_programming | iot |
labview | LabVIEW | 25 | ni labview, lab view | | matlab |
robotics | Robotics | 80 | robotics engineering, robot programming, motion planning, slam algorithms, robotic systems | | ros, embedded_systems |
simulink | Simulink | 25 | matlab simulink, stateflow | matlab | labview |
blockchain | Blockchain | 40 | blockchain technology, distributed ledger, dlt blockchain, distributed ledger technology | | ethereum, smart_contracts |
ethereum | Ethereum | 30 | evm, ethereum development, web3.js, ethers.js | blockchain | solidity |
smart_contracts | Smart Contracts | 30 | smart contract, smart contract development, hardhat, truffle suite, foundry forge | blockchain | solidity |
web3 | Web3 | 30 | web 3, web3 development, dapps, decentralized applications, defi, nfts | blockchain | ethereum |
hyperledger | Hyperledger Fabric | 30 | hyperledger, hyperledger fabric | blockchain | ethereum |
solana | Solana | 30 | solana development, anchor framework | rust, blockchain | ethereum |
github_copilot | GitHub Copilot | 2 | copilot, ai pair programmer, cursor ide, ai coding assistants, ai-assisted development | | chatgpt |
chatgpt | ChatGPT | 2 | chat gpt, chatgpt usage, openai chatgpt | | github_copilot, prompt_engineering |
swagger_tools | API Documentation Tools | 4 | redoc, readme.io, stoplight, slate api docs | openapi | technical_documentation |
charles_proxy | Charles Proxy | 2 | charles web debugging proxy, fiddler proxy, mitmproxy, http debugging proxy | http | postman |
ngrok | ngrok | 1 | localtunnel | | |
docusign | DocuSign | 2 | docu sign, adobe sign, esignature | | |
tally | ~Tally | 10 | tally erp 9, tally erp, tally prime | accounting | quickbooks | accounting, gst, erp, bookkeeping, vouchers, ledger, prime, tally erp
sap_ariba | SAP Ariba | 15 | ariba, coupa | procurement | sap |
oracle_apex | Oracle APEX | 20 | apex oracle, oracle application express | oracle_database, plsql | power_apps |
low_code | Low-Code Development | 15 | low code, low-code, no-code, no code, low-code platforms, outsystems, mendix, appian, bubble.io | | power_apps |
pega | Pega | 40 | pegasystems, pega prpc, pega platform, pega cssa, pega csa | | bpm_suites |
bpm_suites | Business Process Management Suites | 30 | bpm, bpms, camunda, ibm bpm, jbpm, business process management | | pega |
mainframe_tools | Mainframe Tools | 15 | endevor, changeman, file-aid, xpediter, ispf | mainframe | |
ssms | SQL Server Management Studio | 3 | ssms, sql server management studio | sql_server | dbeaver |
dbeaver | DBeaver | 2 | datagrip, pgadmin, mysql workbench, toad for oracle, oracle sql developer | sql | ssms |
excel_power_tools | Solver and Data Tables | 4 | excel solver, what-if analysis, goal seek, data tables (excel) | excel | |
"""

BLOCKS = [("tool", TOOLS)]
