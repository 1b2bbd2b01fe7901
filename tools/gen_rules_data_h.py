# Taxonomy data, part H: forbid patterns of the seventh accuracy pass (bench/accuracy: every
# dotin mention that overlaps no gold span, reviewed skill by skill) for generic words of
# practices (testing, programming, debugging, monitoring, reporting...) in their other senses.
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

FORBID_H = {
    "software-testing": [
        # testing of people, markets and physical things, not of software (the list in CONTEXT_F
        # has blood, lab, hardware, standardized...): behavioural and school tests, brand tests,
        # circuit boards, manufactured parts, geometric intersection tests
        r"\b(behaviou?ral|psychological|neuropsychological|cognitive|educational|achievement|hearing|"
        r"vision|state|student|students|curriculum|classroom) testing",
        r"\b(brand|taste|consumer|market) testing",
        r"(circuit boards?|pcbs?) testing", r"manufacturing and testing",
        r"intersection testing",
        # audit testing of financial controls (Sarbanes-Oxley)
        r"(sarbanes[- ]oxley|\bsox\b)[^.\n]*testing",
        # 'Testing' inside the name of an initiative, conference or association
        r"testing (initiative|conference|summit|meetup|symposium|association)\b",
        # the label of a tools line ("Testing Tools: QTP", "Defect Tracking Tool: Test Director")
        r"(testing|test management|defect (tracking|management)|bug tracking) tools? ?:",
        # QA as a role in a team's make-up ("2 QA engineers", "junior developers and QA")
        r"\d+ qa (engineers?|testers?|analysts?|members?)\b", r"developers,? (and |& )?qa\b", r"engineering, qa,",
    ],
    "test-management": [
        # the label of a tools line ("Test Management Tool: HP Quality Center")
        r"test management tools? ?:",
    ],
    "software-engineering": [
        # a role in a team ("support to programming team members", "reporting to the programming manager")
        r"programming (team members?|managers?)\b",
    ],
    "database-management": [
        # the label of a skills line ("Database Technologies: MySQL, SQLite")
        r"databases? technolog(y|ies) ?:",
    ],
    "debugging": [
        # troubleshooting of manufacturing tools, not of software ("troubleshooting of existing tooling (cutoff dies)")
        r"troubleshooting of (the )?(existing )?(tooling|dies|molds?|moulds?|machinery)\b",
    ],
    "observability": [
        # monitoring of people, energy, policies and institutions, not of systems
        r"(students?|attendance|energy) monitoring", r"monitoring (for|of) compliance",
        r"monitoring (the )?(justice|elections?|human rights)\b",
    ],
    "reporting": [
        # SQL Server Reporting Services (SSRS), a product
        r"reporting services",
        # a reporting line ("reporting the same to the programming manager", "reports directly to the CEO")
        r"report(ing|ed|s)? (the same )?(directly )?(in)?to (the |my |senior |a )?(\w+ )?"
        r"(manager|managers|director|head|ceo|cto|cfo|vp|president|supervisor|partner|board)\b",
    ],
    "web-development": [
        # a role in a team ("managed student computer lab and web development consultants")
        r"web development (consultants?|team members?)\b",
    ],
    "technical-documentation": [
        # the Linux Documentation Project, an organisation
        r"linux documentation project",
    ],
    "scripting": [
        # the label of a skills line ("Scripting Languages: PHP, JavaScript", "Scripting: Shell")
        r"scripting( languages?)? ?:",
    ],
    "version-control": [
        # the label of a skills line ("Version Control Systems: GIT", "Version Control: Git, SVN")
        r"version control( systems?| tools?)? ?:",
    ],
    "continuous-integration": [
        # the label of a skills line ("Continuous Integration: Jenkins")
        r"continuous integration( tools?)? ?:",
    ],
    "logging": [
        # logging of defects, bugs and tickets (recording them), and the timber industry
        r"(defects?|bugs?|issues?|tickets?|incidents?) (tracking )?(and )?logging",
        r"logging (and tracking )?(of )?(defects|bugs|issues|tickets|calls|hours)\b",
        r"(timber|forest|forestry) logging", r"logging (industry|company|trucks?|operations? in the forest)",
    ],
    "product-management": [
        # the product management group as one team among others ("Coordinated with design, QA,
        # product management, and marketing", "working closely with the product management team")
        r"product management,? (and |& )?(marketing|sales|professional services?)\b",
        r"with (the )?product management (team|group|department|staff)\b",
    ],
    "fine-tuning": [
        # tuning of vehicles and engines, not of models
        r"(vehicles?|cars?|engines?|handling) (and )?fine[- ]?tuning",
    ],
    "compliance": [
        # staff keeping to a school's or university's own policies and agreements, not regulatory compliance
        r"compliance with (operation and |the )?(academic|university|collective bargaining|campus|school)\b",
    ],
    "ui-ux-design": [
        # jQuery UI, a JavaScript library ("jQuery (Mobile & UI)")
        r"jquery (ui|\((including )?mobile (&|&amp;|and) ui\))",
    ],
    "data-visualization": [
        # the journal IEEE Transactions on Visualization and Computer Graphics
        r"transactions on visualization",
    ],
}
