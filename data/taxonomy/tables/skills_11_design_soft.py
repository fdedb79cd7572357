"""Design skills and tools; soft skills and human languages."""

DESIGN = """
ux_design | UX Design | 60 | ux, user experience design, user experience, ux/ui design, ui/ux design, ui/ux, ux/ui, ux designer skills | | ui_design, user_research, interaction_design |
ui_design | UI Design | 50 | user interface design, ui designs, interface design, gui design, visual interface design, ~UI | | ux_design, visual_design | design, designer, designs, figma, sketch, ux, interface, interfaces, screens, mockups, wireframes, prototypes, prototyping, visual, layouts, adobe xd, components
user_research | User Research | 30 | ux research, user interviews, usability research, design research, customer interviews, user needs analysis | | usability_testing, ux_design |
usability_testing | Usability Testing | 12 | usability tests, user testing, moderated testing, unmoderated testing, usability studies, usertesting | user_research | a_b_testing |
interaction_design | Interaction Design | 30 | ixd, interaction designer skills, micro-interactions, microinteractions | ux_design | ui_design |
information_architecture | Information Architecture | 15 | site maps, sitemaps, card sorting, tree testing, content hierarchy | ux_design | |
wireframing | Wireframing | 8 | wireframes, wireframe, low-fidelity wireframes, lo-fi wireframes | | prototyping, balsamiq |
prototyping | Prototyping | 10 | prototypes, interactive prototypes, high-fidelity prototypes, hi-fi prototypes, rapid prototyping, clickable prototypes | wireframing | figma |
user_personas | User Personas | 4 | personas, persona development, customer personas, buyer personas | user_research | journey_mapping |
journey_mapping | Customer Journey Mapping | 6 | journey maps, user journeys, customer journey, user journey mapping, experience mapping, service blueprints | user_research | service_design |
service_design | Service Design | 25 | service blueprinting, service design thinking | | journey_mapping, design_thinking |
heuristic_evaluation | Heuristic Evaluation | 4 | ux audit, usability audit, expert review, nielsen heuristics | ux_design | usability_testing |
visual_design | Visual Design | 40 | visual communication, visual designs, layout design | | graphic_design, typography |
graphic_design | Graphic Design | 60 | graphics design, graphic designs, print design | | visual_design, adobe_illustrator |
typography | Typography | 10 | type design, font pairing, typesetting | | visual_design |
color_theory | Color Theory | 5 | colour theory, color palettes, colour palettes | | visual_design |
design_systems | Design Systems | 20 | design system, component libraries, component library, ui kits, design tokens, pattern libraries | ui_design | storybook, material_design |
material_design | Material Design | 6 | google material design, material design guidelines, material 3 | ui_design | design_systems |
human_interface_guidelines | Human Interface Guidelines | 4 | apple hig, ios design guidelines | ui_design | material_design |
responsive_design | Responsive Web Design | 10 | responsive design, responsive web design, mobile-first design, mobile first, responsive layouts, adaptive design | css | ui_design |
web_accessibility | Web Accessibility | 15 | ~accessibility, a11y, wcag, wcag 2.1, wcag 2.2, section 508, wai-aria, inclusive design, ada compliance | html | accessibility_testing | wcag, web, aria, screen reader, screen readers, a11y, inclusive, ui, design, html, frontend, front-end, testing, standards, keyboard
ux_writing | UX Writing | 10 | microcopy, content design, ux copywriting, ux content | | copywriting, ux_design |
motion_design | Motion Design | 30 | motion graphics, animation, ui animation, motion ui, 2d animation, lottie | | adobe_after_effects |
illustration | ~Illustration | 40 | digital illustration, illustrations, vector illustration, iconography, icon design | | graphic_design | digital, vector, drawing, illustrator, procreate, artwork, icons, design, visual, artist, character
branding | Branding | 20 | brand identity, visual identity, brand design, logo design, brand guidelines | graphic_design | brand_management |
figma | Figma | 15 | figma design, figjam, fig jam, figma prototyping | | sketch, adobe_xd |
sketch | ~Sketch | 10 | sketch app, sketch design, bohemian sketch | | figma, adobe_xd | figma, ui, design, designer, app, mac, invision, zeplin, prototypes, wireframes, symbols, abstract
adobe_xd | Adobe XD | 10 | ~xd, adobe experience design | | figma, sketch | adobe, figma, sketch, prototypes, prototyping, ui, ux, wireframes, design, designer
invision | InVision | 5 | invision app, invision studio | | figma |
zeplin | Zeplin | 2 | zeplin.io | | figma |
framer | ~Framer | 8 | framer motion, framer x, framer.com | | figma | prototyping, prototype, design, react, animation, motion, website, no-code, figma
axure | Axure RP | 10 | axure, axure rp 10 | | balsamiq |
balsamiq | Balsamiq | 3 | balsamiq mockups, balsamiq wireframes | | axure, wireframing |
protopie | ProtoPie | 6 | proto pie, principle app, origami studio | prototyping | framer |
webflow | Webflow | 10 | web flow | html, css | wordpress |
adobe_creative_suite | Adobe Creative Cloud | 40 | adobe creative suite, adobe cc, creative cloud, adobe suite, creative suite | | adobe_photoshop, adobe_illustrator |
adobe_photoshop | Adobe Photoshop | 25 | photoshop, ps cc, adobe ps | | adobe_illustrator, adobe_lightroom |
adobe_illustrator | Adobe Illustrator | 25 | ~illustrator, adobe ai | | adobe_photoshop, adobe_indesign | adobe, vector, photoshop, indesign, design, graphics, logo, creative cloud, ai files, graphic design, figma
adobe_indesign | Adobe InDesign | 20 | indesign, adobe indesign cc | | adobe_illustrator |
adobe_after_effects | Adobe After Effects | 30 | after effects, ~ae | | adobe_premiere_pro, motion_design | adobe, motion, animation, graphics, premiere, video, compositing, effects, motion graphics
adobe_premiere_pro | Adobe Premiere Pro | 25 | premiere pro, ~premiere, adobe premiere | | adobe_after_effects, final_cut_pro | adobe, video, editing, after effects, pro, timeline, cuts, footage
adobe_lightroom | Adobe Lightroom | 10 | lightroom, lightroom classic | | adobe_photoshop |
final_cut_pro | Final Cut Pro | 20 | final cut, fcpx, davinci resolve, avid media composer | | adobe_premiere_pro |
video_editing | Video Editing | 30 | video editor skills, video production, post-production, post production, video post-production | | adobe_premiere_pro |
photography | Photography | 40 | product photography, photo editing, photo retouching, retouching | | adobe_lightroom |
canva | Canva | 3 | canva pro | | adobe_creative_suite |
affinity_designer | Affinity Designer | 12 | affinity photo, affinity publisher, affinity suite | | adobe_illustrator |
coreldraw | CorelDRAW | 15 | corel draw, corel | | adobe_illustrator |
procreate | Procreate | 8 | procreate app | | illustration |
blender | ~Blender | 40 | blender 3d, blender3d | | autodesk_maya, cinema_4d | 3d, modeling, modelling, rendering, animation, render, cycles, eevee, sculpting, models, unity, unreal
autodesk_maya | Autodesk Maya | 50 | ~maya, maya 3d, autodesk maya animation | | blender, autodesk_3ds_max | 3d, autodesk, animation, modeling, modelling, rigging, rendering, arnold, vfx, zbrush, houdini
autodesk_3ds_max | Autodesk 3ds Max | 50 | 3ds max, 3dsmax, 3d studio max, v-ray, vray | | autodesk_maya |
cinema_4d | Cinema 4D | 40 | c4d, maxon cinema 4d, cinema4d | | blender |
zbrush | ZBrush | 40 | z brush, digital sculpting | | blender |
houdini | ~Houdini | 60 | sidefx houdini, houdini fx | | autodesk_maya | sidefx, vfx, 3d, procedural, simulation, effects, fx, maya, rendering, vex
substance_painter | Substance 3D Painter | 15 | substance painter, adobe substance, substance designer | | blender |
three_d_modeling | 3D Modeling | 40 | 3d modelling, 3d modeling and rendering, 3d design, 3d rendering, hard surface modeling | | blender, autodesk_maya |
game_design | Game Design | 40 | game designer skills, level design, game mechanics, gameplay design, systems design (games) | | game_development |
game_development | Game Development | 80 | game dev, gamedev, game programming, video game development | | unity, unreal_engine |
unity | ~Unity | 60 | unity3d, unity 3d, unity engine, unity game engine, unity developer | csharp | unreal_engine, godot | c#, game, games, 3d, engine, developer, gameplay, ar, vr, mobile, unity3d, scripting, physics
unreal_engine | Unreal Engine | 80 | ~unreal, ue4, ue5, unreal engine 5, unreal engine 4, unreal blueprints | cpp | unity, godot | engine, game, games, c++, blueprints, 3d, epic, ue5, ue4, developer, gameplay, rendering
godot | Godot | 40 | godot engine, gdscript | | unity |
autocad | AutoCAD | 30 | auto cad, autodesk autocad, autocad 2d, autocad civil 3d | | solidworks, revit |
revit | Revit | 40 | autodesk revit, revit architecture, bim, building information modeling | | autocad |
solidworks | SolidWorks | 40 | solid works, dassault solidworks | | autocad, catia |
catia | CATIA | 50 | catia v5, dassault catia | | solidworks |
fusion_360 | Fusion 360 | 20 | autodesk fusion 360, fusion360 | | solidworks |
sketchup | SketchUp | 15 | sketch up, trimble sketchup | | revit |
figma_plugins | Figma Plugin Development | 8 | figma plugins, figma api | figma, typescript | |
design_handoff | Design Handoff | 4 | developer handoff, design specs, redlines, design-to-development handoff | ui_design | zeplin |
ux_metrics | UX Metrics | 6 | sus score, system usability scale, heart framework, task success rate | user_research | product_analytics |
hci | Human-Computer Interaction | 40 | hci, human computer interaction, human-computer interaction (hci) | | ux_design |
"""

SOFT = """
communication | Communication | 40 | communication skills, strong communication, effective communication, excellent communication skills, communications skills | | written_communication, verbal_communication |
written_communication | Written Communication | 30 | written communication skills, writing skills, business writing, written english | | communication, technical_documentation |
verbal_communication | Verbal Communication | 30 | verbal communication skills, oral communication, spoken communication, oral and written communication | | communication, public_speaking |
presentation_skills | Presentation Skills | 20 | presentations, presenting, delivering presentations, executive presentations | | public_speaking, data_storytelling |
public_speaking | Public Speaking | 25 | speaking at conferences, conference speaking, keynote speaking, speaking engagements | | presentation_skills |
teamwork | Teamwork | 20 | team player, team work, team-player, working in teams, team spirit, team collaboration | | collaboration |
collaboration | Collaboration | 20 | cross-team collaboration, collaboration skills, cross-functional collaboration, cross-functional teamwork | | teamwork, stakeholder_management |
leadership | Leadership | 60 | leadership skills, leading teams, team leadership, technical leadership, tech leadership, thought leadership, lead by example | | people_management, mentoring |
people_management | People Management | 50 | team management, managing teams, line management, people leadership, direct reports, managing people, staff management, engineering management | leadership | leadership, mentoring |
mentoring | Mentoring | 15 | mentorship, mentoring junior developers, mentoring engineers, mentor junior, mentored, mentoring of junior engineers | | coaching, leadership |
coaching | Coaching | 25 | team coaching, agile coaching, executive coaching, performance coaching | | mentoring |
problem_solving | Problem Solving | 30 | problem-solving, problem solving skills, problem-solving skills, troubleshooting, solving complex problems, debugging skills | | critical_thinking, analytical_thinking |
critical_thinking | Critical Thinking | 30 | critical-thinking, critical thinking skills, logical reasoning, reasoning skills | | problem_solving |
analytical_thinking | Analytical Skills | 30 | analytical thinking, analytical skills, analytical mindset, analytic skills, analytical abilities, analytical problem solving | | problem_solving, critical_thinking |
decision_making | Decision Making | 20 | decision-making, sound judgment, data-driven decision making, data-driven decisions | | critical_thinking |
time_management | Time Management | 15 | time-management, managing time, meeting deadlines, deadline management, deadline-driven | | prioritization, organizational_skills |
prioritization | Prioritization | 10 | prioritisation, prioritizing, prioritising, priority management, ruthless prioritization | | time_management |
organizational_skills | Organizational Skills | 15 | organisational skills, organization skills, organisation skills, well organized, highly organized, planning and organizing | | time_management |
multitasking | Multitasking | 10 | multi-tasking, juggling multiple priorities, handle multiple tasks, manage multiple projects | | time_management |
attention_to_detail | Attention to Detail | 10 | detail-oriented, detail oriented, attention to details, eye for detail, meticulous, thoroughness | | |
adaptability | Adaptability | 15 | adaptable, flexibility and adaptability, ability to adapt, comfortable with ambiguity, dealing with ambiguity | | resilience |
resilience | Resilience | 15 | resilient, working under pressure, stress management, grace under pressure | | adaptability |
creativity | Creativity | 20 | creative thinking, creative problem solving, innovative thinking, out-of-the-box thinking, ideation | | problem_solving |
curiosity | Curiosity | 10 | intellectual curiosity, curious mindset, inquisitive, eagerness to learn, willingness to learn | | learning_agility |
learning_agility | Learning Agility | 15 | fast learner, quick learner, continuous learning, self-learning, growth mindset, learn quickly | | curiosity |
self_motivation | Self-Motivation | 10 | self-motivated, self motivated, self-starter, self starter, self-driven, proactive, proactivity, initiative-taking, takes initiative | | ownership |
ownership | ~Ownership | 10 | accountability, sense of ownership, take ownership, taking ownership, end-to-end ownership | | self_motivation | take, taking, sense, end-to-end, accountability, responsibility, projects, results, drive, proactive
work_ethic | Work Ethic | 10 | strong work ethic, hard working, hardworking, diligent, dependable | | self_motivation |
independent_work | Working Independently | 10 | work independently, independent worker, self-directed, minimal supervision | | self_motivation |
emotional_intelligence | Emotional Intelligence | 20 | eq, emotional quotient, self-awareness, social awareness | | empathy |
empathy | Empathy | 10 | empathetic, empathic, user empathy, customer empathy | | emotional_intelligence |
interpersonal_skills | Interpersonal Skills | 20 | interpersonal, people skills, relationship building, building relationships, rapport building, social skills | | communication |
active_listening | Active Listening | 6 | listening skills, good listener | | communication |
conflict_resolution | Conflict Resolution | 15 | conflict management, resolving conflicts, dispute resolution, mediation | | negotiation |
negotiation | Negotiation | 20 | negotiation skills, negotiating, negotiations, deal negotiation | | persuasion, conflict_resolution |
persuasion | Influencing | 15 | persuasion, influencing skills, influence without authority, influencing stakeholders, persuasive communication | | negotiation |
customer_focus | Customer Focus | 10 | customer orientation, customer-centric, customer centricity, client focus, customer obsession, client-facing | | customer_support |
client_management | Client Relationship Management | 20 | client relationships, client management, relationship management, client relations, client handling | | account_management |
strategic_thinking | Strategic Thinking | 30 | strategic mindset, big-picture thinking, strategic vision, long-term thinking | | business_strategy |
business_acumen | Business Acumen | 30 | commercial awareness, commercial acumen, business sense, business understanding | | strategic_thinking |
delegation | Delegation | 8 | delegating, delegating tasks, task delegation | people_management | |
feedback_skills | Giving and Receiving Feedback | 8 | giving feedback, receiving feedback, constructive feedback, feedback culture, performance feedback | | mentoring |
facilitation | Facilitation | 15 | workshop facilitation, meeting facilitation, facilitating workshops, facilitation skills | | communication |
storytelling | Storytelling | 15 | narrative skills, story telling, business storytelling | | data_storytelling |
team_building | Team Building | 15 | building teams, team development, building high-performing teams, hiring and growing teams | leadership | people_management |
cross_cultural | Cross-Cultural Communication | 15 | cultural awareness, intercultural communication, multicultural teams, global teams, cultural sensitivity | communication | |
remote_work | Remote Collaboration | 8 | async communication, asynchronous communication, remote collaboration tools | | collaboration |
professionalism | Professionalism | 8 | professional conduct, integrity and professionalism, business etiquette | | |
research_skills | Research Skills | 20 | desk research, literature review, research methodology, secondary research | | analytical_thinking |
teaching | Teaching | 30 | training delivery, knowledge transfer, knowledge sharing, corporate training | | mentoring |
english | ~English | 100 | english language, english proficiency, fluent english, business english, english fluency | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, level, c1, c2, b2, communication
spanish | ~Spanish | 200 | spanish language, fluent spanish, castellano | | portuguese | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
french | ~French | 200 | french language, fluent french, francais | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
german | ~German | 250 | german language, fluent german, deutsch | | dutch | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
portuguese | ~Portuguese | 200 | portuguese language, fluent portuguese, brazilian portuguese | | spanish | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
italian | ~Italian | 200 | italian language, fluent italian | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
dutch | ~Dutch | 200 | dutch language, fluent dutch, nederlands | | german | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
mandarin | ~Mandarin | 400 | mandarin chinese, chinese language, fluent mandarin, putonghua, ~chinese | | japanese | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, hsk, level
japanese | ~Japanese | 400 | japanese language, fluent japanese, jlpt, nihongo | | mandarin, korean | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, jlpt, n1, n2, level
korean | ~Korean | 400 | korean language, fluent korean, topik | | japanese | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
hindi | ~Hindi | 200 | hindi language, fluent hindi | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
arabic | ~Arabic | 400 | arabic language, fluent arabic, modern standard arabic | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
russian | ~Russian | 300 | russian language, fluent russian | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
danish | ~Danish | 250 | danish language, fluent danish, dansk | | swedish | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
swedish | ~Swedish | 250 | swedish language, fluent swedish, svenska | | danish | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
norwegian | ~Norwegian | 250 | norwegian language, fluent norwegian, norsk | | danish | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
finnish | ~Finnish | 300 | finnish language, fluent finnish, suomi | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
polish_language | ~Polish | 300 | polish language, fluent polish | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
turkish | ~Turkish | 300 | turkish language, fluent turkish | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
hebrew | ~Hebrew | 300 | hebrew language, fluent hebrew | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
greek | ~Greek | 300 | greek language, fluent greek | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
vietnamese | ~Vietnamese | 300 | vietnamese language, fluent vietnamese | | | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
tamil | ~Tamil | 250 | tamil language, fluent tamil | | hindi | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
telugu | ~Telugu | 250 | telugu language, fluent telugu | | hindi | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
cantonese | ~Cantonese | 400 | cantonese chinese, fluent cantonese | | mandarin | fluent, fluency, speaking, spoken, written, proficiency, native, language, languages, bilingual, level
"""

BLOCKS = [("design", DESIGN), ("soft_skill", SOFT)]
