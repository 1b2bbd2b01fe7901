# Taxonomy data, part F: mainstream tools, languages and concepts within the seeds'
# categories (languages, web frameworks, databases, testing, build and version control,
# web/app servers, monitoring, BI and statistics software) that real resumes and postings
# name, added from the most frequent in-scope misses of bench/accuracy. Same line format
# as part A. Context rules for the ambiguous aliases are in CONTEXT_F below.

DATA_F = r"""
#F programming-and-software-engineering
#C Programming and Software Engineering / Programming Languages
matlab | MATLAB | lang | Matlab; MATLAB programming |
tcl | Tcl | lang | ~TCL; ~Tcl; Tcl/Tk; TCL scripting; Tcl scripting |
assembly-language | Assembly Language | lang | assembly language; assembly programming; x86 assembly; ARM assembly; 8085 assembly; 8086 assembly; ~Assembly |
actionscript | ActionScript | lang | ActionScript 3; ActionScript 2; ActionScript 3.0 |
xslt | XSLT | lang | =XSL; XSL-FO; XSLT transformations | xml
#C Programming and Software Engineering / APIs and Web Development
struts | Apache Struts | lib | Struts; Struts 2; Struts2; Jakarta Struts | java-ee, java
jdbc | JDBC | lib | Java Database Connectivity | java
swing | Java Swing | lib | ~Swing; Swing GUI | java
qt | Qt | lib | =Qt; Qt Creator; =QML; Qt framework; PyQt | cpp
wcf | WCF | lib | =WCF; Windows Communication Foundation | dotnet
entity-framework | Entity Framework | lib | Entity Framework Core; =EF Core | dotnet
mvc | MVC Architecture | con | =MVC; model-view-controller; model view controller; MVC pattern; MVC architecture; MVC framework; MVC frameworks |
apache-velocity | Apache Velocity | lib | ~Velocity; Velocity templates; Velocity template engine | java
apache-flex | Apache Flex | lib | Adobe Flex; ~Flex; =MXML | actionscript
wordpress | WordPress | tool | Wordpress | php
drupal | Drupal | tool | Drupal 7; Drupal 8; Drupal 6 | php
joomla | Joomla | tool | Joomla! | php
cms | Content Management Systems | con | =CMS; content management system; content management systems; CMS platforms |
lamp | LAMP Stack | con | =LAMP; LAMP stack | linux, php, mysql
sharepoint | SharePoint | plat | Sharepoint; MS SharePoint; Microsoft SharePoint; SharePoint Online; SharePoint Server |
jest | Jest | tool | ~Jest; ?jest | unit-testing, javascript
dom | DOM | con | =DOM; Virtual DOM; DOM manipulation; Document Object Model | javascript
#C Programming and Software Engineering / Software Development Practices
uml | UML | con | =UML; Unified Modeling Language; UML diagrams; UML modeling; UML modelling |
pair-programming | Pair Programming | prac | pair-programming |
waterfall | Waterfall | prac | ~Waterfall; Waterfall model; Waterfall methodology; waterfall development |
apache-ant | Apache Ant | tool | =ANT; ~Ant; Ant build | java
tfs | Team Foundation Server | tool | =TFS; Azure DevOps Server | version-control
bugzilla | Bugzilla | tool |  |
hp-alm | HP ALM / Quality Center | tool | HP ALM; HP Quality Center; Quality Center; HP QC; Micro Focus ALM | software-testing
uft | HP UFT / QTP | tool | =QTP; =UFT; HP UFT; Unified Functional Testing; QuickTest Professional; HP QTP | software-testing
jmeter | Apache JMeter | tool | JMeter | software-testing
loadrunner | LoadRunner | tool | HP LoadRunner; Micro Focus LoadRunner | software-testing
soapui | SoapUI | tool | SOAP UI; SoapUI Pro | software-testing
clearcase | ClearCase | tool | IBM ClearCase; Rational ClearCase | version-control
cvs | CVS | tool | ~CVS; Concurrent Versions System | version-control
toad | Toad | tool | =TOAD; Toad for Oracle; Toad for SQL Server; ~Toad |
#C Programming and Software Engineering / Databases
ms-access | Microsoft Access | db | MS Access; MS-Access; ~ACCESS; ~Access | relational-databases
db2 | IBM Db2 | db | DB2; IBM DB2; DB2 UDB | relational-databases
sybase | Sybase | db | Sybase ASE; SAP ASE | relational-databases
sqlite | SQLite | db | SQLite3 | relational-databases
#C Programming and Software Engineering / Software Architecture
message-brokers | Message Brokers and Queues | con | message broker; message brokers; message queues; message queue; message queuing; messaging systems; messaging frameworks; ActiveMQ; Apache ActiveMQ; RabbitMQ; IBM MQ; WebSphere MQ |
enterprise-integration | Enterprise Integration | con | Enterprise Integration Patterns; Apache Camel; enterprise service bus; =ESB; Oracle Service Bus |
mulesoft | MuleSoft | plat | Mule ESB; Mule 4; Anypoint Platform; Anypoint Studio; ~Mule; CloudHub; DataWeave | enterprise-integration
high-availability | High Availability | con | high-availability; highly available; fault tolerance; fault-tolerant; fault tolerant; failover |
disaster-recovery | Disaster Recovery | prac | disaster-recovery; backup and recovery; business continuity |
#F devops-and-automation
#C DevOps and Automation / Web Servers and Application Servers
iis | IIS | tool | =IIS; Internet Information Services; Microsoft IIS |
apache-http-server | Apache HTTP Server | tool | Apache httpd; =httpd; Apache web server; ~Apache; ~APACHE |
#C DevOps and Automation / Monitoring and Incident Management
nagios | Nagios | tool | Nagios Core; Nagios XI | observability
zabbix | Zabbix | tool |  | observability
new-relic | New Relic | tool | NewRelic | observability
appdynamics | AppDynamics | tool |  | observability
dynatrace | Dynatrace | tool |  | observability
incident-management | Incident Management | prac | incident response; incident handling; on-call rotation |
#F data-analysis-and-visualization
#C Data Analysis and Visualization / Statistical Software
sas | SAS | tool | ~SAS; SAS programming; Base SAS; SAS/STAT; SAS Enterprise Guide; SAS Enterprise Miner | statistics
spss | SPSS | tool | IBM SPSS; SPSS Statistics | statistics
stata | Stata | tool | =STATA |  statistics
#C Data Analysis and Visualization / BI and Reporting Tools
business-objects | SAP BusinessObjects | tool | Business Objects; BusinessObjects; SAP BO | business-intelligence
crystal-reports | Crystal Reports | tool | Crystal Report | reporting
cognos | IBM Cognos | tool | Cognos | business-intelligence
qlik | Qlik | tool | QlikView; Qlik Sense | business-intelligence
#F machine-learning-and-deep-learning
#C Machine Learning and Deep Learning / Machine Learning Fundamentals
artificial-intelligence | Artificial Intelligence | con | =AI; artificial-intelligence |
data-mining | Data Mining | con | data-mining |
"""

PROG = ["programming", "language", "developer", "coding", r"\bcode\b", "software", "scripting"]
TEST = ["test(ing|s|ed)?\\b", "test cases?", r"\bqa\b", "automation", "selenium", "junit", "defects?",
        "bugs?", "jira", "regression", "unit", "manual", "functional", r"\buat\b", "quality"]

CONTEXT_F = {
    "tcl": {"cues": PROG + ["scripts?", r"\btk\b", "expect", "perl", "python", "shell", "automat", "eda"],
            "forbid": [r"\btcl (ltd|limited|communication|electronics|tv|corporation|group)"]},
    "assembly-language": {"cues": PROG + [r"\bx86\b", r"\barm\b", "808[56]", "microprocessors?", "microcontrollers?",
                                          "embedded", r"\bc\+\+", "intel", "mips", "registers?", "low[- ]level",
                                          "firmware", "device drivers?"],
                          "forbid": [r"(general|legislative|national|state|school|product|vehicle|car|final) assembly",
                                     r"assembly (line|lines|plant|hall|elections?|constituency|member|of)"]},
    "swing": {"cues": ["java", r"\bawt\b", r"\bgui\b", r"\bjfc\b", "javafx", "applets?", "j2ee", "jsp", "hibernate",
                       "spring", "desktop"],
              "forbid": [r"swing (dance|shift|trading|trader|state|voters?)", r"in full swing", r"golf swing"]},
    "apache-velocity": {"cues": ["java", "templates?", "struts", "spring", "jsp", "freemarker", "hibernate",
                                 "j2ee", "web development"],
                        "forbid": [r"(team|sprint|scrum|agile|story[- ]point|project|delivery) velocity",
                                   r"velocity (of|tracking|chart|metrics?|report)", r"(angular|linear|high|low) velocity"]},
    "apache-flex": {"cues": ["actionscript", "flash", "mxml", "air", r"\bflash builder\b", "adobe", "java", "blazeds"],
                    "forbid": [r"flex (time|hours|working|schedule|plan|benefits?|spending)", r"flex(ed|ing) (my|his|her|their)"]},
    "jest": {"cues": ["javascript", "typescript", "react", "enzyme", "mocha", "jasmine", "cypress", "testing",
                      "unit tests?", "node", "babel", "webpack", r"\bvue", r"\bnpm\b", "selenium", "angular",
                      "redux", "front[- ]?end"],
             "forbid": [r"in jest", r"jest(ed|ing|s)? (about|that)"]},
    "waterfall": {"cues": ["agile", "scrum", "sdlc", "methodolog", "models?", "projects?", "kanban", "v[- ]model",
                           "iterative", "software development"],
                  "forbid": [r"waterfall (chart|charts|plot|diagram|falls)", r"(a|the) waterfall of"]},
    "apache-ant": {"cues": ["maven", "gradle", "build", "jenkins", "java", "junit", r"\bmake\b", "hudson", "ivy"],
                   "forbid": [r"\bant (colony|farm|bite|hill)", r"\bants\b"]},
    "cvs": {"cues": ["svn", "subversion", r"\bgit\b", "version control", "clearcase", "perforce", "source control",
                     "vss", "mercurial", "repository"],
            "forbid": [r"cvs (pharmacy|health|caremark|store|stores)", r"\bcvs\b[^.\n]{0,20}(pharmacy|health)"]},
    "toad": {"cues": ["oracle", r"\bsql\b", "pl/sql", "databases?", "sql developer", "sql server", "queries",
                      "db2", r"\bdba\b"],
             "forbid": []},
    "ms-access": {"cues": ["excel", r"\bword\b", "powerpoint", "ms office", "microsoft office", "outlook", "databases?",
                           r"\bsql\b", "queries", "vba", "forms", "tables", "foxpro", "oracle", "mysql", "sql server"],
                  "forbid": [r"access (control|controls|management|rights?|points?|gateway|levels?|layer|network|"
                             r"token|keys?|logs?|to|for|and identity|request|requests|policy|policies|permissions?|"
                             r"card|cards|method|methods|modifiers?|specifiers?)\b",
                             r"(unified|remote|network|direct|internet|data|user|privileged|role[- ]based|"
                             r"identity and|identity &|secure|random|web|open|early|public|memory|file|database) access",
                             r"\bdirect memory access", r"have access", r"had access", r"gain(ed)? access"]},
    "mulesoft": {"cues": [r"\besb\b", "anypoint", r"\bapis?\b", "cloudhub", "dataweave", "integration", "soa",
                          "connectors?", "raml", "flows?"],
                 "forbid": []},
    "apache-http-server": {"cues": ["tomcat", "nginx", r"\biis\b", "php", "mysql", "linux", "lamp", "web ?servers?",
                                    "httpd", "jboss", "weblogic", "websphere", "application servers?", "unix",
                                    "virtual hosts?", "mod_"],
                           "forbid": [r"apache (software|foundation|license|camel|activemq|cordova|struts|poi|lucene|"
                                      r"solr|cassandra|hive|pig|storm|flume|zookeeper|nifi|beam|flink|velocity|ant|"
                                      r"commons|cxf|axis|karaf|tiles|wicket|derby|mina|shiro|jmeter|kylin|druid|"
                                      r"superset|ignite|geode|arrow|iceberg|hudi|parquet|avro|orc|thrift|httpclient|"
                                      r"tika|opennlp|mahout|giraph|sqoop|oozie|ambari|ranger|atlas|knox|sentry|phoenix|"
                                      r"drill|impala|kudu|zeppelin|livy|airflow|spark|kafka|hadoop|maven|tomcat|"
                                      r"subversion|hbase|mesos|myfaces|felix|servicemix|qpid|openjpa|jackrabbit|"
                                      r"helix|pulsar|samza|tez|crunch|flex|royale|groovy|log4j|xerces|xalan|fop|batik|"
                                      r"pdfbox|nutch|uima|ofbiz|openoffice|couchdb|synapse|ode|rave|shindig|wink|"
                                      r"abdera|jena|stanbol|clerezza|wookie|bloodhound|allura|sling|tapestry|cocoon|"
                                      r"click|isis|causeway|struts2)\b",
                                      r"apache (helicopters?|tribe|nation|county|junction|indian)"]},
    "sas": {"cues": ["statistic", "spss", r"\br\b", "analytics", r"\bdata\b", r"\bsql\b", "stata", "model",
                     "regression", "programming", "base", "enterprise guide", "clinical", "matlab", "excel"],
            "forbid": [r"\bsas (airlines?|institute of|scandinavian)", r"\bsas (drives?|disks?|controllers?|hba|"
                       r"interface|cables?|expanders?)\b", r"\b(sata|scsi)\b[^.\n]{0,15}\bsas\b"]},
}

# Context for words that existing skills now also accept as ambiguous aliases (added from
# the accuracy misses: "cloud", "security", "monitoring", "analytics", "testing", ...) or
# that proved ambiguous in the dev sets ("HCL" is mostly HCL Technologies, "compliance"
# with SLAs, "Statistics about the monthly activities", "Operating Systems:" as a label).
DATA_SKILL_CUES = [r"\bsql\b", "python", "java", "linux", r"\baws\b", "azure", "cloud", "devops"]
LABEL = r"\s?:"  # a word used as the label of a skills line ("Operating Systems: Linux")

CONTEXT_F.update({
    "terraform": {"cues": ["terraform", "hashicorp", "packer", r"\bvault\b", "consul", "nomad",
                           "infrastructure[- ]as[- ]code", r"\biac\b", "modules?", "providers?"],
                  "forbid": [r"\bhcl (technologies|tech|infosystems|infosys|ltd|limited|america|software|global|"
                             r"comnet|services|corp|enterprise|healthcare|axon)\b", r"\b(at|with|for|in|joined) hcl\b"]},
    "compliance": {"cues": ["regulat", "gdpr", "hipaa", r"\bsox\b", "sarbanes", r"\bpci\b", r"\biso\b", "audit",
                            "governance", r"\brisks?\b", r"\bsoc ?2\b", "legal", "polic(y|ies)", "controls",
                            "security", "privacy", "fedramp", r"\bnist\b"],
                   "forbid": [r"compliance with (client|customer|the|service level|slas?|sla|timelines?|deadlines?|"
                              r"schedules?|process|processes|standards of|qa|quality|http|specifications?|coding standards?)\b",
                              r"compliance of all\b"]},
    "database-replication": {"cues": ["databases?", r"\bsql\b", "mysql", "postgres", "oracle", "mongodb",
                                      "sharding", "clusters?", "high availability", "backups?", "failover",
                                      "sql server", "always ?on", "mirroring", "log shipping"],
                             "forbid": [r"replication (objects?|of (results|findings|studies|the study))",
                                        r"(dna|viral|virus|study|experiment) replication"]},
    "technical-documentation": {"cues": ["technical", r"\bapis?\b", "software", r"\bcode\b", "user (guides?|manuals?)",
                                         "confluence", "wiki", "markdown", "sphinx", "specifications?",
                                         "design documents?", "writing", "docs", "readme", "architecture"],
                                "forbid": [r"documentation (pack|packs|fees?|charges)",
                                           r"(visa|travel|shipping|customs|export|import|trade|loan|kyc|"
                                           r"insurance|legal|medical|patient) documentation"]},
    "statistics": {"cues": ["statistical", "probability", "mathematic", r"\bdata\b", "regression",
                            r"\br\b", r"\bsas\b", "spss", "stata", "python", "model", "machine learning",
                            "hypothesis", "science", "econometric", "analytics", "calculus", "linear algebra",
                            "quantitative"],
                   "forbid": [r"(providing|provide|provided|prepare|prepared|preparing|maintain|maintained|"
                              r"collect|collected|collecting|compile|compiled|compiling|report|reported|reporting|"
                              r"monthly|weekly|daily|sales|call|usage|traffic|match|player|game) statistics",
                              r"statistics (about|of the|for the|on the|report|reports)\b",
                              r"(bachelor|master|b\.? ?sc|m\.? ?sc|b\.? ?a|m\.? ?a|degree|diploma|ph\.? ?d)\.?"
                              r"( of| in)?( science)?( in)? statistics"]},
    "operating-systems": {"cues": ["internals", "concepts", "kernel", "scheduling", "processes", "memory",
                                   "file systems?", "threads?", "system programming", "computer science",
                                   "knowledge of", "architecture", "networks?"],
                          "forbid": [r"operating systems?" + LABEL, r"operating systems? (used|worked|known|familiar)",
                                     r"operating systems? ?\(", r"operating system (support|environment)s?",
                                     # a label in front of its list without a colon ("Operating System Unix and Windows")
                                     r"operating systems? (windows|unix|linux|ms|microsoft|mac|solaris|aix|win|red ?hat|ubuntu)\b"]},
    "cybersecurity": {"cues": ["network", "application", "cloud", "devops", "compliance", "encryption",
                               "authentication", "vulnerabilit", "penetration", "threats?", "firewalls?",
                               r"\biam\b", "owasp", "siem", "soc\\b", "incident", "privacy", "secure",
                               "infrastructure", "monitoring", "data", "systems?\\b", "software"],
                      "forbid": [r"(social|job|food|national|financial|income|homeland|border|airport|retail|"
                                 r"event|physical|campus|building|energy|water|housing|economic) security",
                                 r"security (guards?|officers?|clearances?|deposits?|personnel|staff|services company|"
                                 r"check|checks|numbers?|council|forces?|agenc(y|ies))",
                                 r"(top secret|secret|sci|ts) ?/? ?(sci )?(security )?clearance",
                                 r"securities\b"]},
    "observability": {"cues": ["logging", "alert", "prometheus", "grafana", "nagios", "zabbix", "splunk",
                               "datadog", "observability", "metrics", "dashboards?", "incidents?", "infrastructure",
                               "servers?", "systems?\\b", "application performance", "uptime", "cloudwatch",
                               r"\belk\b", "kibana", "new ?relic", "appdynamics", "dynatrace", "devops", r"\bsre\b",
                               "release", "production"],
                      "forbid": [r"monitoring (and evaluation|& evaluation|of (students|patients|progress|staff|"
                                 r"employees|the team|team|work|projects?|budgets?|sales|performance of (the )?team))",
                                 r"(patient|fetal|cardiac|health|environmental|water|air quality|child|progress|"
                                 r"project|budget|sales|compliance) monitoring", r"\bm ?& ?e\b"]},
    "data-analysis": {"cues": [r"\bdata\b", r"\bsql\b", "python", r"\br\b", "tableau", "power bi", r"\bbi\b",
                               "reporting", "statistic", "machine learning", "big data", "cloud", "mobile",
                               "dashboards?", "insights", "predictive", "hadoop", "spark", "visuali", "warehous",
                               "excel", "security", "platforms?"],
                      "forbid": [r"(google|web|adobe|digital|social media|marketing|website|site|seo) analytics",
                                 r"analytics (team|department|division|company|firm|inc|llc|ltd|pvt)\b"]},
    "cloud-computing": {"cues": [r"\baws\b", "amazon", "azure", r"\bgcp\b", "google cloud", "devops", "saas",
                                 "paas", "iaas", "kubernetes", "docker", "serverless", "infrastructure",
                                 "migration", "hosting", "computing", "native", "platforms?", "services",
                                 "architect", "security", "openstack", "vmware", "virtuali", "terraform",
                                 "automation", "on[- ]prem", "technologies", "solutions?"],
                        "forbid": [r"(word|tag|point|rain|storm|dust|mushroom|thunder|dark|white|grey|gray) clouds?",
                                   r"clouds? (nine|9|of (dust|smoke|suspicion|doubt))", r"\bon cloud (nine|9)",
                                   r"cloud(ed|ing|s)? (my|his|her|their|the) (judg|mind|vision)"]},
    "software-testing": {"cues": TEST + ["software", "bugs? fix", "automat", r"\bqc\b", r"\balm\b", "qtp",
                                         "loadrunner", "jmeter", "cucumber", "testng", "black ?box", "white ?box",
                                         "integration", "performance", "system", "web", "mobile", "api",
                                         "development"],
                         "forbid": [r"(blood|drug|dna|covid|pcr|antigen|hiv|lab|laboratory|medical|diagnostic|soil|"
                                    r"water|material|materials|hardware|emissions?|genetic|paternity|pregnancy|"
                                    r"alcohol|standardi[sz]ed|psychometric|aptitude) testing",
                                    r"testing (times|the waters|positive|negative) ", r"testing (lab|laboratory|centre|center)"]},
    "analytical-thinking": {"cues": ["skills?", "thinking", "problem", r"\bminds?\b", "communicat", "logical",
                                     "critical", "team", "leadership", "interpersonal", "detail", "abilit",
                                     "creative", "innovat", "reasoning", "strong", "excellent", "good", "highly"],
                            "forbid": [r"analytical (chemistry|chemist|instruments?|instrumentation|laborator\w*|"
                                       r"balance|methods? (development|validation)|techniques?|services|lab|"
                                       r"development|r ?& ?d|testing|sciences?|tools?|reports?|solutions?|"
                                       r"applications?|platform|models?|engine|database|queries|processing|"
                                       r"workloads?|functions?|dashboards?|capabilit\w*)"]},
    "database-management": {"cues": [r"\bsql\b", "oracle", "mysql", "postgres", "sql server", "db2", "mongodb",
                                     "design", "administration", "queries", "tables", "schemas?", "stored procedures?",
                                     "backups?", "dbms", "rdbms", "normali[sz]", "indexes", "triggers", "pl/sql",
                                     "access", "sybase", "teradata", "nosql", "java", "php", "python"],
                            "forbid": [r"database" + LABEL, r"databases" + LABEL,
                                       r"(customer|client|candidate|contact|vendor|supplier|member|donor|student|"
                                       r"employee|patient|mailing|email|prospect|lead|alumni) databases?",
                                       r"databases? (of|containing) (customers|clients|contacts|candidates|members|"
                                       r"donors|students|employees|patients|leads)"]},
    "macos": {"cues": ["windows", "linux", "unix", r"\bpc\b", r"\bos\b", "ios", "systems?\\b", "platforms?",
                       "apple", "xcode", "desktop", "laptops?", "operating"],
              "forbid": [r"\bmac address(es)?", r"big mac", r"mac (and|&|n) cheese", r"\bmac (cosmetics|makeup)",
                         r"\bmac(-| )?(layer|protocol|sublayer|filtering)"]},
    "nodejs": {"cues": ["javascript", "typescript", "npm", "express", "react", "angular", "vue", "backend",
                        "back[- ]end", "front[- ]end", "mongodb", "rest", r"\bapis?\b", "web"],
               "forbid": [r"\bnodes?\b (cluster|pool|failure|count|types?|classification|embeddings?|degree)",
                          r"(graph|tree|leaf|root|master|worker|child|parent|lymph|network|edge|compute|cluster) node",
                          r"node (and|&) edge"]},
    "containerization": {"cues": ["docker", "kubernetes", r"\bk8s\b", "orchestration", "devops", "cloud",
                                  "openshift", "podman", "helm", "microservices?", "virtual machines?", r"\bvms?\b",
                                  "serverless", "ecs", "eks", "aks", "gke", "deploy"],
                         "forbid": [r"(shipping|cargo|intermodal|storage|plastic|food|waste|freight|sea|steel) containers",
                                    r"containers (of|terminal|port|yard|shipping|ships?)"]},
    "software-engineering": {"cues": [r"\bc\b", r"\bc\+\+", "java", "python", "languages?", "skills?", "object[- ]oriented",
                                      "software", "web", r"\bsql\b", "developer", "scripting", "data structures",
                                      "algorithms"],
                             "forbid": [r"(evidence[- ]based|tv|television|radio|event|neuro[- ]linguistic|public|"
                                        r"community|youth|after[- ]school|summer|educational|arts|cultural|"
                                        r"health|nutrition|program) programming",
                                        r"programming (for|of) (events|youth|students|children|the festival)",
                                        r"\bnlp\b[^.\n]{0,20}programming", r"programming languages?\b"]},
    "amazon-rds": {"cues": ["mysql", "postgres", r"\brds\b", r"\baws\b", "amazon", "dynamodb", "redshift",
                            "databases?", r"\bsql\b", "serverless"],
                   "forbid": [r"aurora (borealis|australis)", r"\baurora,? (il|illinois|colorado|ontario)\b"]},
})
