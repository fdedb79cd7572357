"""Programming, query, markup and hardware-description languages."""

LANGUAGES = """
python | Python | 80 | py, python3, python 3, python 2, python2, cpython, python programming | | ruby, julia, r |
javascript | JavaScript | 80 | js, ecmascript, es6, es2015, ecmascript 6, vanilla js, vanilla javascript, es2020, java script | html, css | typescript, nodejs |
typescript | TypeScript | 30 | ts, typescript language | javascript | javascript |
java | Java | 100 | java se, core java, java 8, java 11, java 17, java 21, j2se, openjdk, jdk | | kotlin, scala, csharp |
csharp | C# | 90 | c sharp, csharp, c-sharp, visual c#, c# programming | | java, dotnet |
cpp | C++ | 140 | cpp, c plus plus, cplusplus, c++11, c++14, c++17, c++20, modern c++, stl | | c, rust |
c | ~C | 100 | c language, ansi c, c programming, c99, c11, embedded c, c89 | | cpp, rust | embedded, firmware, pointers, programming, c++, microcontroller, kernel, language, gcc, linux, rtos, malloc
go | ~Go | 60 | golang, go lang, go language, go programming | | rust, python | goroutine, goroutines, gin, channels, programming, language, developer, backend, microservices, gopher, concurrency
rust | ~Rust | 120 | rustlang, rust lang, rust language, rust programming | | cpp, go | cargo, borrow checker, tokio, ownership, programming, language, systems, wasm, crates, memory safety
ruby | ~Ruby | 60 | ruby language, ruby programming, ruby lang, mri ruby | | python, php | rails, gems, rspec, programming, language, developer, sinatra, bundler, ror
php | PHP | 60 | php7, php 7, php8, php 8, php programming, hypertext preprocessor | html | ruby, python |
kotlin | Kotlin | 50 | kotlin language, kotlin/jvm, kotlin programming | | java, swift |
swift | ~Swift | 60 | swift language, swift 5, swift programming, swiftlang, apple swift | | objective_c, kotlin | ios, xcode, swiftui, uikit, apple, iphone, macos, cocoa, programming, language, developer, mobile
objective_c | Objective-C | 60 | objective c, objc, obj-c, objectivec | c | swift |
scala | Scala | 80 | scala language, scala 3, scala programming, scala 2 | java | java, kotlin, haskell |
r | ~R | 70 | r language, r programming, rlang, gnu r, r-lang, r script | | python, sas, stata | rstudio, tidyverse, ggplot2, dplyr, cran, shiny, statistics, statistical, programming, language, sas, stata, spss, matlab, data analysis, python
sql | SQL | 40 | structured query language, sql queries, sql query, ansi sql, sql programming, sql scripting | | nosql, plsql, tsql |
plsql | PL/SQL | 30 | pl sql, plsql, oracle pl/sql, pl-sql | sql | tsql, oracle_database |
tsql | T-SQL | 30 | transact-sql, transact sql, tsql, t sql | sql | plsql, sql_server |
bash | ~Bash | 25 | bash scripting, bash scripts, bash shell, bash script | linux | shell_scripting, powershell, zsh | shell, linux, unix, scripting, script, scripts, command line, terminal, sh, automation, devops
shell_scripting | Shell Scripting | 25 | shell scripts, shell script, unix shell scripting, linux shell scripting, sh scripting, ~shell, scripting | linux | bash, powershell | bash, linux, unix, scripting, script, command line, terminal, automation, ksh, zsh
zsh | Zsh | 5 | z shell, oh my zsh | bash | bash |
powershell | PowerShell | 30 | power shell, pwsh, powershell scripting, powershell core, ps1 | | bash, windows_server |
perl | Perl | 50 | perl5, perl 5, perl scripting | | python, bash |
lua | Lua | 25 | lua scripting, luajit | | python |
haskell | Haskell | 120 | ghc, haskell programming | | ocaml, scala, functional_programming |
elixir | ~Elixir | 60 | elixir lang, elixir language, elixir programming | | erlang, ruby | phoenix, erlang, beam, otp, programming, language, developer, functional, liveview
erlang | Erlang | 70 | erlang/otp, erlang otp | | elixir |
clojure | Clojure | 70 | clojurescript, clj, cljs | java | common_lisp, scala |
fsharp | F# | 60 | f sharp, fsharp, f-sharp | dotnet | csharp, ocaml |
ocaml | OCaml | 70 | objective caml, ocaml programming | | haskell, fsharp |
dart | ~Dart | 30 | dart language, dartlang, dart programming | | javascript, kotlin | flutter, mobile, programming, language, developer, widgets, android, ios
julia | ~Julia | 50 | julia language, julialang, julia programming | | python, r, matlab | programming, language, scientific computing, numerical, flux, data science, matlab, python
matlab | MATLAB | 40 | matlab programming, matlab scripting, mathworks matlab | | python, octave, julia |
octave | ~Octave | 20 | gnu octave | | matlab | matlab, gnu, numerical, scripting, programming
sas | SAS | 50 | sas programming, sas base, base sas, sas enterprise guide, sas/stat, sas eg | | r, spss, stata |
stata | Stata | 30 | stata programming, stata/se, stata/mp | statistics | r, sas, spss |
vba | VBA | 25 | visual basic for applications, excel vba, vba macros, vba programming, ms access vba | excel | vb_net, excel_macros |
vb_net | VB.NET | 50 | visual basic .net, visual basic.net, vb .net, visual basic, vbnet | dotnet | csharp, vba |
groovy | ~Groovy | 25 | groovy language, apache groovy, groovy scripting | java | java, gradle, jenkins | java, gradle, jenkins, jvm, scripting, pipeline, grails, spock, programming, language
cobol | COBOL | 60 | cobol programming, ibm cobol, enterprise cobol, cobol85 | | jcl, mainframe |
jcl | JCL | 20 | job control language, ibm jcl | | cobol, mainframe |
fortran | Fortran | 50 | fortran 90, fortran90, fortran 77, fortran77, modern fortran | | c, hpc |
assembly | ~Assembly | 80 | assembly language, x86 assembly, arm assembly, asm, assembler, mips assembly | c | c, reverse_engineering | assembler, x86, arm, registers, low-level, language, programming, microcontroller, reverse engineering, firmware, mips
solidity | ~Solidity | 40 | solidity programming, solidity smart contracts | javascript | ethereum, smart_contracts | ethereum, smart contract, smart contracts, blockchain, evm, web3, truffle, hardhat, programming, language, dapp
apex | ~Apex | 40 | salesforce apex, apex programming, apex code | java | salesforce, soql | salesforce, visualforce, lightning, soql, trigger, triggers, sfdc, programming, force.com
soql | SOQL | 10 | salesforce object query language, sosl | sql | apex, salesforce |
abap | ABAP | 60 | sap abap, abap objects, abap programming, abap oo | | sap |
html | HTML | 25 | html5, html 5, hypertext markup language, html/css, semantic html | | css, javascript |
css | CSS | 40 | css3, css 3, cascading style sheets, css grid, flexbox, css flexbox | html | sass, tailwind_css |
elm | ~Elm | 30 | elm lang, elm language, elm-lang | javascript | haskell | functional, frontend, programming, language, haskell, web
crystal | ~Crystal | 30 | crystal lang, crystal language, crystal-lang | ruby | ruby | ruby, programming, language, compiled
nim | ~Nim | 30 | nim lang, nim language, nim-lang | | python | programming, language, compiled, python
zig | ~Zig | 50 | ziglang, zig language, zig lang | c | c, rust | programming, language, systems, compiler, low-level, c
common_lisp | Common Lisp | 70 | lisp, sbcl, lisp programming | | clojure, scheme | lisp, programming, language, sbcl, macros
scheme | ~Scheme | 50 | scheme language, scheme programming, mit scheme, guile scheme | | common_lisp, racket | lisp, racket, sicp, functional, programming, language
racket | ~Racket | 40 | racket language, plt racket | | scheme | scheme, lisp, programming, language, functional
prolog | Prolog | 40 | swi-prolog, swi prolog, logic programming | | |
pascal | ~Pascal | 40 | object pascal, free pascal, turbo pascal | | delphi | delphi, programming, language, turbo, lazarus
delphi | ~Delphi | 40 | embarcadero delphi, delphi programming, rad studio | pascal | pascal | pascal, embarcadero, programming, language, vcl, developer, rad studio
ada | ~Ada | 60 | ada programming, ada 2012, spark ada, ada language | | c | programming, language, embedded, avionics, safety-critical, do-178, defense
verilog | Verilog | 60 | systemverilog, system verilog, verilog hdl | digital_logic | vhdl, fpga |
vhdl | VHDL | 60 | vhdl programming, vhsic hardware description language | digital_logic | verilog, fpga |
coffeescript | CoffeeScript | 10 | coffee script | javascript | javascript |
webassembly | WebAssembly | 40 | wasm, web assembly | javascript | rust, cpp |
cuda | CUDA | 60 | cuda programming, nvidia cuda, cuda c, cuda c++, gpu programming | cpp | opencl, parallel_computing |
opencl | OpenCL | 50 | open cl, opencl programming | c | cuda |
glsl | GLSL | 30 | opengl shading language, hlsl, shader programming, shaders | | opengl, vulkan |
q_kdb | kdb+/q | 60 | kdb+, kdb, q/kdb+, kx kdb | | sql |
sparql | SPARQL | 20 | sparql queries, sparql query language | sql | rdf, knowledge_graphs |
rpg_ibm | ~RPG | 50 | rpgle, rpg iv, rpg/400, ile rpg, ibm rpg | | cobol, ibm_i | as400, as/400, ibm i, iseries, rpgle, cl, db2, cobol, mainframe, programming
regex | Regular Expressions | 10 | regex, regexes, regexp, regular expression, pcre | | awk_sed |
awk_sed | awk/sed | 10 | awk, gawk, sed, sed/awk | linux | regex, bash |
tcl | Tcl | 20 | tcl/tk, tcl scripting, tool command language | | perl |
smalltalk | Smalltalk | 40 | pharo, squeak smalltalk | | |
latex | LaTeX | 15 | latex typesetting, tex, overleaf | | markdown |
markdown | Markdown | 2 | md syntax, github flavored markdown, gfm, commonmark | | latex |
xml | XML | 10 | extensible markup language, xml schema, xsd, xpath, xslt | | json, yaml |
json | JSON | 4 | javascript object notation, json schema, jsonpath | | xml, yaml |
yaml | YAML | 3 | yml, yaml ain't markup language | | json |
hcl | HCL | 10 | hashicorp configuration language | | terraform |
cypher | Cypher | 15 | cypher query language, opencypher | | neo4j, sparql |
dax | DAX | 30 | data analysis expressions, dax formulas, dax measures | | power_bi, power_query |
power_query | Power Query | 20 | power query m, m language, m query, powerquery, get & transform | excel | dax, power_bi |
mojo | ~Mojo | 30 | mojo language, mojo lang, mojo programming | python | python | modular, python, programming, language, ai, compiler
kotlin_script | Kotlin Script | 5 | kts, kotlin dsl, gradle kotlin dsl | kotlin | gradle |
"""

BLOCKS = [("programming_language", LANGUAGES)]
