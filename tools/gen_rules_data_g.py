# Taxonomy data, part G: the long tail of tools, languages and platforms that real resumes
# and postings name (third accuracy pass, from the in-scope misses of bench/accuracy on the
# train/dev sets, checked against O*NET Technology Skills and Linguist names). Same line
# format as part A. EXTRA_ALIASES adds aliases to skills defined in earlier parts; the
# context rules of the ambiguous aliases are in CONTEXT_G.

PROG = ["programming", "language", "developer", "coding", r"\bcode\b", "software", "scripting"]

DATA_G = r"""
#F programming-and-software-engineering
#C Programming and Software Engineering / Programming Languages
classic-asp | Classic ASP | lang | =ASP; Classic ASP; Active Server Pages; ASP 3.0 |
pascal | Pascal | lang | ~Pascal; Turbo Pascal; Object Pascal; Free Pascal |
delphi | Delphi | lang | ~Delphi; Borland Delphi; Embarcadero Delphi | pascal
lua | Lua | lang | Lua scripting |
haskell | Haskell | lang | GHC Haskell |
rexx | REXX | lang | =REXX; =Rexx |
jcl | JCL | lang | =JCL; Job Control Language | mainframe
#C Programming and Software Engineering / APIs and Web Development
jpa | JPA | lib | =JPA; Java Persistence API; Spring Data JPA | java
java-ee-apis | Java EE APIs (JAX-RS, JAX-WS, JAXB, JTA, JSTL) | lib | JAX-RS; JAX-WS; =JAXB; =JTA; =JSTL; =JNDI; JavaMail; =JAX-RPC | java-ee
log4j | Log4j | lib | Log4j2; log4net; =SLF4J; Logback | java
mfc | MFC | lib | =MFC; Microsoft Foundation Classes | cpp
wpf | WPF | lib | =WPF; Windows Presentation Foundation | dotnet
winforms | Windows Forms | lib | WinForms; Windows Forms | dotnet
linq | LINQ | lib | =LINQ; LINQ to SQL | dotnet
ado-net | ADO.NET | lib | ADO.NET; ADO .NET | dotnet
java-awt | Java AWT | lib | =AWT; Abstract Window Toolkit | java
dwr | DWR | lib | =DWR; Direct Web Remoting | java, ajax
extjs | Ext JS | lib | ExtJS; Ext JS; Sencha Ext JS; Sencha | javascript
bootstrap | Bootstrap | lib | Twitter Bootstrap; ~Bootstrap; Bootstrap CSS | css
laravel | Laravel | lib | Laravel | php
symfony | Symfony | lib | Symfony2; Symfony 2 | php
codeigniter | CodeIgniter | lib | Code Igniter | php
zend | Zend Framework | lib | ~Zend; Zend Framework; Laminas | php
cakephp | CakePHP | lib | CakePHP | php
magento | Magento | plat | Magento 2 | php
liferay | Liferay | plat | Liferay Portal; Liferay DXP | java
alfresco | Alfresco | plat | Alfresco ECM; Alfresco CMS | cms
xamarin | Xamarin | plat | Xamarin.Forms; Xamarin.Android; Xamarin.iOS | csharp
opengl | OpenGL | lib | OpenGL ES; WebGL; =GLSL |
directx | DirectX | lib | Direct3D |
ogre3d | OGRE 3D | lib | ~Ogre; ~OGRE; OGRE3D; Ogre3D |
cegui | CEGUI | lib | =CEGUI |
web-components | Web Components | con | web components; custom elements; shadow DOM | javascript
responsive-design | Responsive Web Design | prac | responsive design; responsive web design; =RWD; responsive websites; mobile-first design | frontend-development
npm | npm | tool | =npm; =NPM | nodejs
ui-ux-design | UI/UX Design | prac | UI design; UX design; UI/UX; UX/UI; UI/UX design; user interface design; user experience design; ?user interface; ?user experience; ~UX; ~UI; UI development; web UI design |
web-design | Web Design | prac | web design; website design; web designing; web page design |
#C Programming and Software Engineering / Software Development Practices
testng | TestNG | tool |  | unit-testing, java
nunit | NUnit | tool |  | unit-testing, dotnet
netbeans | NetBeans | tool | NetBeans IDE |
xcode | Xcode | tool | =XCode |
jdeveloper | Oracle JDeveloper | tool | JDeveloper |
oracle-sql-developer | Oracle SQL Developer | tool | Oracle SQL Developer | sql
perforce | Perforce | tool | Perforce Helix; Helix Core; =P4V | version-control
visual-sourcesafe | Visual SourceSafe | tool | =VSS; Visual Source Safe; Microsoft Visual SourceSafe; MS VSS | version-control
bamboo | Atlassian Bamboo | tool | ~Bamboo; Bamboo CI | ci-cd
hudson | Hudson CI | tool | ~Hudson; Hudson CI | ci-cd
cloudbees | CloudBees | tool | CloudBees Jenkins; CloudBees CI | jenkins
rally | Rally | tool | ~Rally; Rally Software; CA Agile Central; Rally Dev | agile
putty | PuTTY | tool | =PuTTY; ?Putty; WinSCP |
wireshark | Wireshark | tool | Ethereal; tcpdump |
linux-performance-tools | Linux Performance Tools | tool | vmstat; iostat; =DTrace; =nmon; =strace; sysstat | linux
java-profilers | Java Profilers | tool | YourKit; Java Mission Control; Java Flight Recorder; JProfiler; VisualVM | java
browser-devtools | Browser Developer Tools | tool | Chrome DevTools; Chrome Developer Tools; Edge Developer Tools; Firefox Developer Tools; browser developer tools | frontend-development
singer-etl | Singer (ETL) | tool | ~Singer; Singer taps; Meltano; PipelineWise | etl
quality-assurance | Quality Assurance | prac | ?quality assurance; quality engineering | software-testing
test-management | Test Management | prac | test management; test management tools; test planning; TestLink | software-testing
#C Programming and Software Engineering / Software Architecture
cqrs | CQRS and Event Sourcing | con | =CQRS; command query responsibility segregation; event sourcing |
middleware | Middleware | con | middleware; middleware integration; middleware technologies | enterprise-integration
#C Programming and Software Engineering / Databases
hive | Apache Hive | db | ~Hive; HiveQL; Hive QL; Apache Hive; =HQL | hadoop
pentaho | Pentaho | tool | Pentaho Data Integration; Pentaho Kettle |
#F devops-and-automation
#C DevOps and Automation / Web Servers and Application Servers
openvms | OpenVMS | plat | VAX/VMS; =DCL; OpenVMS Alpha |
ms-dos | MS-DOS | plat | MSDOS; MS DOS; =DOS | operating-systems
aix | IBM AIX | plat | =AIX; IBM AIX | unix
hp-ux | HP-UX | plat | HP-UX; HPUX | unix
palm-os | Palm OS | plat | PalmOS |
mainframe | Mainframe | plat | mainframes; IBM mainframe; =z/OS; =MVS; =TSO/ISPF; =ISPF; =CICS; =File-AID; =Xpeditor; =MainView |
citrix | Citrix | plat | Citrix XenApp; XenApp; XenDesktop; Citrix XenServer; XenServer | virtualization
hyper-v | Hyper-V | plat | Microsoft Hyper-V | virtualization
#C DevOps and Automation / Configuration Management
control-m | Control-M | tool | BMC Control-M | workflow-orchestration
autosys | AutoSys | tool | CA AutoSys; Autosys | workflow-orchestration
itil | ITIL | prac | =ITIL; ITIL framework; ITIL v3; ITIL V4; IT service management; =ITSM |
servicenow | ServiceNow | plat | Service Now |
#C DevOps and Automation / Scripting
scripting | Scripting | prac | scripting; scripting languages; scripting language; automation scripts; automation scripting; batch scripting; batch scripts; client and server scripting |
#F data-analysis-and-visualization
#C Data Analysis and Visualization / BI and Reporting Tools
obiee | Oracle BI (OBIEE) | tool | =OBIEE; Oracle Business Intelligence; Oracle BI | business-intelligence
ssas | SSAS | tool | =SSAS; SQL Server Analysis Services | business-intelligence
logixml | LogiXML | tool | Logi Analytics; LogiXML 10 | business-intelligence
spagobi | SpagoBI | tool | | business-intelligence
data-science | Data Science | prac | data science; data scientist skills |
#F soft-skills
#C Soft Skills / Leadership and Management
strategic-planning | Strategic Planning | soft | strategic planning; strategy planning; strategic thinking; strategic planning and implementation |
technical-support | Technical Support | prac | technical support; tech support |
team-building | Team Building | soft | team building; team-building; building teams; build teams |
business-analysis | Business Analysis | prac | business analysis; gap analysis; business analyst skills; business process analysis | requirements-gathering
ms-project | Microsoft Project | tool | MS Project; Microsoft Project; MSP 2010 | project-management
"""

# Aliases added to skills of the earlier parts (id -> ';'-separated aliases, same syntax).
EXTRA_ALIASES = {
    "windows": "Win XP; WinXP; Win 7; Win7; Win 8; Win 10; Win NT; WinNT; Win2000; Win 2000; Windows Vista; ~Vista; "
               "Windows 98; Windows 95; Windows 2000; Windows 2003; Windows 2008; Windows 2012; Windows CE; Win CE; "
               "Windows 8; Windows 8.1; Windows ME",
    "java": "J2SE; J2ME; Java ME; Java Swing applets",
    "sql": "PLSQL; PL SQL",
    "drupal": "Drush",
    "php": "PHP4; PHP 4; PHP3",
    "hp-alm": "Mercury QC; Mercury Quality Center; Quality Center ALM; ~QC; TestDirector; Test Director",
    "object-oriented-programming": "=OOD; =OOAD; object oriented analysis and design; object-oriented analysis and design",
    "software-architecture": "hexagonal architecture; clean architecture; ports and adapters; infrastructure architecture",
    "web-services": "WebServices; Webservices",
    "visual-studio": "VS.NET; Visual Studio.NET; VisualStudio.NET; Visual Studio .NET",
    "operating-systems": "shared memory; inter-process communication; =IPC",
    "leadership": "team management; people management; team leading",
    "software-engineering": "application development; application development and maintenance; software application development",
    "shell-scripting": "~Shell; shell programming",
    "assembly-language": "?assembler",
    "excel": "~excel",
    "spring": "~spring",
    "verbal-communication": "oral presentation; oral presentations",
    "finance": "financial analysis; financial management",
    "high-availability": "capacity planning",
}

CONTEXT_G = {
    # Roles ("Backend Developer", "Front-End Engineer") name a job, not the practice.
    "backend-development": {"cues": ["services?", "logic", "systems?", "technolog", "apis?", "architecture", "frameworks?",
                                     "databases?", "servers?", "development", "code", "java", "python", "node", r"\bphp\b",
                                     "scala", "golang", r"\bgo\b", "ruby", "front[- ]?end", "integration", "performance"],
                            "forbid": [r"back[- ]?end (developers?|engineers?|devs?|programmers?|leads?|architects?)\b"]},
    "frontend-development": {"cues": ["components?", "logic", "frameworks?", "technolog", "features?", "architecture",
                                      "development", "code", "javascript", "typescript", "react", "angular", r"\bvue",
                                      "html", "css", "back[- ]?end", "web", r"\bui\b", "projects?", "practices", "performance"],
                             "forbid": [r"front[- ]?end (developers?|engineers?|devs?|programmers?|leads?|architects?)\b"]},
    # Degrees and school subjects name a field of study, not a skill shown.
    "mathematics": {"cues": ["linear algebra", "statistic", "calculus", "probabilit", "optimi[sz]", "model", "numerical",
                             "discrete", "algorithm", "skills?", "strong", "background", "knowledge", "quantitative",
                             "physics", "machine learning"],
                    "forbid": [r"(b\.? ?sc?|m\.? ?sc?|b\.? ?a|m\.? ?a|ph\.? ?d|bachelor'?s?|master'?s?|degree|major|minor|diploma|honou?rs|hons)\.?,? (of |in )?(science )?(in )?(applied |pure |financial |computational |engineering )?math(ematics|s)?\b",
                               r"(department|dept\.?|faculty|school|institute|olympiad|teacher|tutor\w*|lecturer|professor) (of |in )?(applied )?math(ematics|s)?",
                               r"math(ematics|s)? (teacher|tutor|olympiad|department|dept|faculty|club|grade|score|exam)",
                               r"\b(a[- ]?levels?|gcses?|o[- ]?levels?|hsc|ssc|cbse|icse|12th|10th|intermediate)\b[^\n]{0,60}math",
                               r"math(ematics|s)? ?\(\s*[a-f][*+]?\s*\)", r"(physics|chemistry|biology|english|science),? (and )?math(ematics|s)?\b",
                               r"math(ematics|s)?,? (and |& )?(physics|chemistry|biology|english|reading|science|social studies)"]},
    "shell-scripting": {"cues": ["scripts?", "scripting", "bash", "perl", "unix", "linux", r"\bksh\b", "korn", r"\bcsh\b",
                                 "python", "awk", "sed", "powershell", "batch"],
                        "forbid": [r"\bshell (oil|plc|gas|company|energy|petroleum|station|eco|global|india|companies)",
                                   r"royal dutch shell", r"(in a|egg|nut|sea|hard) ?shells?"]},
    "hp-alm": {"cues": ["testing", r"\btests?\b", "defects?", "jira", "bugzilla", r"\bqtp\b", r"\balm\b", "selenium",
                        "test management", "bugs?", "quality center", "loadrunner", "test cases?", "tools"],
               "forbid": [r"\bqc (inspector|inspection|department|lab|checks?|analyst|chemist|manager|of)\b", r"\bqa ?/ ?qc\b",
                          r"\bqc ?/ ?qa\b"]},
    "pascal": {"cues": PROG + ["delphi", "fortran", r"\bbasic\b", "cobol", r"\bc\+\+", r"\bc\b", "turbo", "lazarus"],
               "forbid": [r"(blaise|mr\.?|dr\.?) pascal", r"pascal'?s (triangle|law|principle|wager)", r"\d+ ?(k|m|g)?pa(scal)?s?\b"]},
    "delphi": {"cues": PROG + ["pascal", "borland", "embarcadero", r"\bvcl\b", "c\\+\\+ ?builder", "firebird", "interbase",
                               r"\bsql\b", "visual basic"],
               "forbid": [r"delphi (method|technique|study|survey|panel|automotive|technologies)", r"oracle of delphi"]},
    "ogre3d": {"cues": ["directx", "opengl", "3d", "game", "rendering", "engine", "cegui", "raknet", r"c\+\+", "graphics"],
               "forbid": []},
    "bootstrap": {"cues": ["css", "html", "javascript", "jquery", "front[- ]?end", "responsive", "sass", "less", "web",
                           "angular", "react", r"\bui\b", "tailwind"],
                  "forbid": [r"bootstrap(ped|ping)? (sampl|confidence|method|estimat|resampl|aggregat)", r"bootstrapp(ed|ing)",
                             r"(the|a) bootstrap (of|for)", r"bootstrap (a|the|our|my) (company|startup|business)"]},
    "zend": {"cues": ["php", "laravel", "symfony", "codeigniter", "mvc", "framework", "mysql", "web"],
             "forbid": [r"zend (studio|guard) license"]},
    "ui-ux-design": {"cues": ["design", "figma", "sketch", "wireframes?", "prototyp", "adobe xd", "usability", "css", "html",
                              "front[- ]?end", "web", "mobile", r"\bux\b", r"\bui\b", "user research", "interaction"],
                     "forbid": [r"\bui (thread|automation|tests?|testing)\b", r"\bui[- ]?path\b", r"user interface (layer|tier)"]},
    "bamboo": {"cues": [r"\bci\b", r"\bcd\b", "jenkins", "atlassian", "jira", "bitbucket", "builds?", "pipelines?",
                        "deploy", "teamcity", "continuous"],
               "forbid": [r"bamboo (forest|shoots?|furniture|flooring|plants?|fiber|fibre|products?)"]},
    "hudson": {"cues": [r"\bci\b", "jenkins", "builds?", "maven", "continuous integration", "bamboo", "subversion", r"\bgit\b",
                        "cruise ?control", r"\bant\b"],
               "forbid": [r"hudson (river|bay|valley|county|street|yards|city|university|institute)", r"(new|port|fort) hudson",
                          r"hudson'?s bay", r"(kate|jennifer|rock|mr\.?|ms\.?|dr\.?) hudson"]},
    "rally": {"cues": ["agile", "scrum", "jira", "user stories", "defects?", "sprints?", "versionone", "bug tracking",
                       "quality center", "kanban", "backlog", "tools"],
              "forbid": [r"rally(ing|ied)? (support|the|around|behind|team|teams|people|cry|car|driver|racing)",
                         r"(car|motor|political|peace|pep) rally"]},
    "putty": {"cues": ["ssh", "winscp", "filezilla", "telnet", "unix", "linux", "terminal", "toad", "eclipse", "tools",
                       "server", "wsftp", "textpad", "notepad\\+\\+"],
              "forbid": [r"putty (knife|color|colour|in (his|her|their) hands)", r"(window|wood|plumber'?s?) putty"]},
    "singer-etl": {"cues": [r"\betl\b", r"\belt\b", r"\bdbt\b", "meltano", "pipelinewise", r"\btaps?\b", "targets?",
                            "snowflake", "pipelines?", "data stack", "airflow", "fivetran", "stitch"],
                   "forbid": [r"(lead|backing|opera|pop|jazz|gospel|choir|professional) singers?", r"singer[- ]songwriter",
                              r"singers? (and|&) (dancers?|musicians?|actors?)"]},
    "quality-assurance": {"cues": ["software", "testing", "test", r"\bqa\b", "automation", "selenium", "defects?",
                                   "manual", "regression", "agile", "sdlc", "bugs?", "releases?", "quality control",
                                   "quality center", "jira", "uat"],
                          "forbid": [r"quality assurance (of|in) (food|manufacturing|production|construction|health ?care|patient|nursing)",
                                     r"(food|manufacturing|clinical|pharmaceutical|construction|nursing) quality assurance"]},
    "hive": {"cues": ["hadoop", "hdfs", "spark", "pig", "sqoop", "hbase", "mapreduce", "impala", "presto", "big data",
                      r"\bsql\b", "oozie", "emr", "cloudera", "hortonworks", "data warehous", "queries", "tables?"],
             "forbid": [r"hive (of|mind)", r"(bee|bees'?) ?hives?", r"hive[- ]?(five|mind)"]},
}

# Fourth accuracy pass (bench/accuracy, dotin wrong mentions): words that are a skill except
# inside a name. A skill's forbid patterns veto every alias of it, ambiguous or not, so
# these skills need no cues (rules/README.md).
SPORTS = (r"(basketball|football|soccer|tennis|volleyball|baseball|softball|swim\w*|track|cross[- ]country|"
          r"athletic\w*|sports?|hockey|golf|lacrosse|wrestling|cheer\w*|gymnastics|rugby|cricket|debate|"
          r"little league|youth league|physical education)")
CONTEXT_G.update({
    # Organisations, programmes, journals and awards named after leadership.
    "leadership": {"forbid": [r"leadership (institute|programs?|programmes?|academy|cent(re|er)|alliance|journal|forum|"
                              r"council|project|summit|conference|awards?|course|network|foundation|society|circle|"
                              r"fellows(hip)?|(&|and) policy)\b",
                              r"(academy|institute|school|cent(re|er)|council|journal|forum|conference|society|"
                              r"foundation|chair|professor|department) (of|for|on|in) (\w+ )?leadership"]},
    # Sports and job coaching is not mentoring engineers.
    "mentoring": {"forbid": [SPORTS + r" coach(ing|ed|es)?\b", r"\b(head|line|assistant|job) coach(ing|ed|es)?\b",
                             r"coach(ing|ed|es)?[^.\n]{0,40}" + SPORTS,
                             r"coach(ing|ed)? (and|&) (playing|officiating)"]},
    # Bodies and offices, not the practice ("Project Management Institute", "Scrum Alliance").
    "project-management": {"forbid": [r"project management (institute|office)\b"]},
    "scrum": {"forbid": [r"scrum alliance"]},
    # Oracle SOA Suite is a product; "SOA" alone is service-oriented architecture.
    "microservices": {"forbid": [r"oracle (fusion middleware )?soa\b", r"\bsoa (suite|\d+[cg]|infrastructure|composites?|server)\b",
                                 r"\bsoa ?/ ?(osb|bpel|mft)\b"]},
    # Research in general (education, social science) is not ML research.
    "ml-research": {"cues": ["machine learning", r"\bml\b", r"\bai\b", "artificial intelligence", "deep learning",
                             "neural", "models?", "algorithms?", "data scien", r"\bnlp\b", "computer vision",
                             "reinforcement", r"\bllms?\b", "arxiv", "neurips", "icml", "pytorch", "tensorflow"],
                    "forbid": []},
    # The company and its offices, not the ERP ("SAP Labs India", "SAP AG").
    "sap": {"forbid": [r"\bsap (labs?|ag|se)\b"]},
    # A support centre's name ("Microsoft India Global Technical Support Center").
    "technical-support": {"forbid": [r"technical support (center|centre)s?\b"]},
    # Budget and business forecasting is not time-series forecasting.
    "time-series-forecasting": {"cues": ["time[- ]series", "models?", "modell?ing", "demand", "statistic", "predict",
                                         "arima", "prophet", "machine learning", "regression", r"\bml\b", "python",
                                         r"\br\b", r"\bsas\b", "analytics", "algorithms?", "lstm", "econometric",
                                         "data scien"],
                                "forbid": [r"(budget\w*|financial|revenue|cash[- ]flow|expense)[^.\n]{0,25}forecasting",
                                           r"forecasting[^.\n]{0,15}budgets?"]},
    # Sixth pass (bench/accuracy, the seed-17 batch). Ordering a product's backlog, a queue's
    # messages or a committee's programmes is not managing one's time; a task-management
    # system is a product.
    "time-management": {"forbid": [r"(backlog|features?|requirements?|stor(y|ies)|defects?|bugs?|tickets?|incidents?|"
                                   r"messages?|queues?|action lists?|programs?|programmes?|projects?|portfolios?|risks?) "
                                   r"prioriti[sz](ation|ing)",
                                   r"prioriti[sz]ation (problem|algorithms?|committee|model|engine)",
                                   r"task management (systems?|tools?|software|apps?|applications?|topics|and billing)"]},
    # "factors influencing the project" is not influencing people.
    "persuasion": {"forbid": [r"factors? influencing"]},
    # Working to requirements someone else gathered ("as per business requirements").
    "requirements-gathering": {"forbid": [r"(as per|according to|aligned (to|with)|in line with|to suit|to meet|meeting)\b"
                                          r"[^\n.;]*business requirements"]},
    # A school's Academic Performance Index ("API score increases", "a 900 API school").
    "api-development": {"forbid": [r"\bapi (scores?|growth|points?|schools?)\b"]},
    # BI Norwegian Business School ("Msc in Strategic Marketing, BI Norwegian Business School",
    # "the students' highest body at BI.").
    "business-intelligence": {"forbid": [r"\bbi (norwegian|stavanger|oslo|bergen)\b", r"\bbi (m\.? ?sc|b\.? ?sc|mba)\b",
                                         r"\b(at|the) bi\s?\."]},
    # Knowing a practice ("Domain knowledge of Manual Testing") is not an industry's domain knowledge.
    # Screen scraping reads another program's screens (terminals, UIs), not web pages.
    "web-scraping": {"forbid": [r"\bscreen[- ]?scraping"]},
    "domain-knowledge": {"forbid": [r"domain knowledge (of|in|on) (manual |automation |automated |functional |software )?testing"]},
})

# Forbid patterns added to contexts defined earlier.
FORBID_MORE = {
    # Oracle the company and its applications (EBS, SOA, Test Manager...), not the database.
    "oracle-database": [r"oracle (apps|applications|e-?business|ebso?|r12|11i|soa|mft|bpel|test manager|open ?script|"
                        r"retail|rms|order management|university|india|bangalore|hyderabad|internal|labs?|consulting|"
                        r"america|unite[ds] states|usa|on demand|osb|service bus|weblogic|identity manager|"
                        r"access manager|fusion middleware|jdeveloper|adf)\b",
                        r"oracle\s*-\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}",
                        r"oracle (linux|vm|virtualbox)\b"],
    "agile": [r"agile alliance"],
    "r": [r"\br ?/ ?3\b", r"\bsap r\b"],
    "backend-development": [r"back[- ]?end (databases?|db|dbs|data ?stores?|storage)\b"],
    "operating-systems": [r"operating systems? (and|&) (environments?|platforms?|tools)\s?:"],
    "cybersecurity": [r"(aviation|private|transaction|maritime|port|election) security"],
    # Fifth pass: places and products named like the skill.
    "windows": [r"(lake buena|buena|chula|bella|alta|monte|mira|sierra) vista\b"],
    "hp-alm": [r"(montr[eé]al|qu[eé]bec|laval|gatineau|sherbrooke|longueuil),? qc\b"],
    # Sixth pass: 'Database' and 'DBMS' as the label of a skills line, inside a product's
    # name, or a role in a team's make-up ("Team Size: 30 (Manager, BAs, Architect, DBA)").
    "database-management": [r"\b(r?dbms|database management systems?|database systems?|database management)\s?:",
                            r"lotus ?notes databases?", r"(customer relationship management|crm) databases?",
                            r"team size[^\n]*\bdbas?\b"],
}

