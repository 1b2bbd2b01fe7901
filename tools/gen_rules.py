#!/usr/bin/env python3
"""Generates rules/skills/*.json, rules/roles/*.json and rules/roles/shared/*.json.

The JSON files are the committed artifacts; this script is how they were written.
Edit the data modules (gen_rules_data_*.py) or the tables below, then run:

    python3 tools/gen_rules.py && python3 tools/seed_coverage.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_rules_data_a import DATA_A  # noqa: E402
from gen_rules_data_b import DATA_B  # noqa: E402
from gen_rules_data_c import DATA_C  # noqa: E402
from gen_rules_data_d import DATA_D  # noqa: E402
from gen_rules_data_f import DATA_F, CONTEXT_F  # noqa: E402
from gen_rules_data_e import DATA_E  # noqa: E402
from gen_rules_data_g import DATA_G, CONTEXT_G, EXTRA_ALIASES, FORBID_MORE  # noqa: E402
from gen_rules_data_h import FORBID_H  # noqa: E402
from gen_rules_data_i import FORBID_I  # noqa: E402
from gen_rules_data_j import FORBID_J, KIND_FORBID  # noqa: E402

ROOT = os.path.dirname(HERE)
KINDS = {"lang": "language", "lib": "library", "tool": "tool", "plat": "platform",
         "db": "database", "con": "concept", "prac": "practice", "soft": "soft-skill",
         "cert": "certification"}

# Regex fragments reused by several contexts.
PROG = ["programming", "language", "developer", "coding", r"\bcode\b", "software", "scripting"]
DATA_ENG = [r"\betl\b", r"\belt\b", "pipelines?", "data engineering", "data warehouse", "sql", "spark",
            "kafka", "dbt", "databricks", "big data"]

CONTEXT = {
    "c": {"cues": PROG + ["embedded", "firmware", "pointers", "gcc", "clang", "low[- ]level",
                          "kernel", "posix", "microcontrollers?", "compilers?", "systems programming"],
          "forbid": [r"c[- ]?(suite|level|corp|class)\b", r"grade c\b", r"vitamin c\b",
                     r"type[- ]c\b", r"usb[- ]c\b", r"plan c\b", r"series c\b", r"class c\b",
                     r"objective[- ]c\b", r"c[- ]section", r"\d+ ?°? ?c\b", r"\bc/o\b",
                     r"\bc\. ?v\b", r"\bc(\.|,)? ?\d{4}\b", r"\bc ?& ?[a-z]\b", r"\b[a-z] ?& ?c\b"]},
    "r": {"cues": PROG + ["statistic", "rstudio", "tidyverse", "ggplot", "dplyr", r"\bcran\b",
                          "shiny", "data analysis", "analytics", "regression", "modell?ing",
                          r"\bsas\b", "spss", r"\bstata\b", "matlab", "bioconductor", "econometric"],
          "forbid": [r"\br ?& ?d\b", r"\br ?and ?d\b", r"\br ?n ?d\b", r"\br ?& ?b\b",
                     r"\br ?& ?r\b", r"\bq ?& ?a\b", r"\br[- ]?cnn", r"\br[- ]?squared",
                     r"\br ?²", r"\br\.i\.p\b", r"\bp ?& ?r\b", r"\br-value", r"\br ?= ?[-\d.]"]},
    "go": {"cues": PROG + ["golang", "goroutines?", r"\bgin\b", "grpc", "microservices?", "backend",
                           "concurrency", "written in", "kubernetes operators?", "docker"],
           "forbid": [r"go[- ]to[- ]market", r"go[- ]to\b", r"let'?s go\b", r"on the go\b",
                      r"go[- ]lives?\b", r"go[- ]getter", r"go[- ]ahead", r"go beyond",
                      r"go above", r"go the extra", r"go (after|through|back|out|forward|over)\b",
                      r"\bno[- ]go\b", r"go/no[- ]go", r"go[- ]between", r"ready to go",
                      r"pok[eé]mon go", r"game of go", r"go[- ]karts?", r"go[- ]green", r"go (the|a|an) ",
                      r"go[- ]fund[- ]?me", r"go (big|far|fast|live)\b", r"good to go"]},
    "scala": {"cues": PROG + ["spark", "jvm", "akka", "sbt", "functional", "java", "kafka",
                              "play framework", r"\bzio\b", r"\bcats\b"],
              "forbid": [r"la scala", r"teatro alla scala", r"scala (opera|theat)"]},
    "parquet": {"cues": ["avro", r"\borc\b", r"\bcsv\b", "json", "spark", "data lakes?", r"\bs3\b",
                         "columnar", "arrow", "delta", "file formats?", "pyarrow", r"\bhive\b", "athena"],
                "forbid": [r"parquet (floor|flooring|wood)", r"(wood|oak|hardwood) parquet"]},
    "pickle": {"cues": ["python", "serializ", "serialis", "joblib", "protobuf", "messagepack",
                        "json", "model files?", "numpy", "pandas"],
               "forbid": [r"in a pickle", r"pickle ?ball", r"pickle (jar|juice)"]},
    "postman": {"cues": [r"\bapis?\b", r"\brest(ful)?\b", "swagger", "openapi", "testing", "endpoints?", "newman",
                         "insomnia", "curl", "http", "graphql", "jmeter"],
                "forbid": [r"(the|a|as a|local) postman", r"postman (delivered|route|job)"]},
    "swagger": {"cues": [r"\bapis?\b", r"\brest(ful)?\b", "openapi", "postman", "endpoints?", "documentation",
                         "fastapi", "flask", "spring", "yaml"],
                "forbid": [r"swagger (and|&) (confidence|style)", r"walk(ed|s|ing)? (in|into \w+ )?with (a )?swagger"]},
    "flask": {"cues": ["python", r"\bapis?\b", r"\brest(ful)?\b", "fastapi", "django", r"\bweb\b", "endpoints?",
                       "microservices?", "backend", "jinja", "sqlalchemy", "gunicorn", "apps?\\b",
                       "deploy", "server"],
              "forbid": [r"(erlenmeyer|volumetric|laboratory|lab|round[- ]bottom|hip|vacuum) flasks?",
                         r"flasks? of"]},
    "jenkins": {"cues": [r"\bci\b", r"\bcd\b", "pipelines?", "builds?", "jobs?", "groovy",
                         "github actions", "gitlab", "circleci", "docker", "kubernetes", "deploy",
                         "automation", "devops", "maven", "sonarqube", "artifactory"],
                "forbid": [r"jenkins (&|and) (co|sons)"]},
    "logging": {"cues": ["monitor", "observability", r"\belk\b", "splunk", "structured",
                         "tracing", "metrics", "alert", "debug", "prometheus", "grafana",
                         "datadog", "python", "stack traces?", "cloudwatch", "kibana"],
                "forbid": [r"logging (industry|company|companies|truck|operations|camp|road)",
                           r"(timber|illegal|selective) logging", r"logging (in|into|on|onto|off)\b",
                           r"logging (hours|time|calls)"]},
    "sentry": {"cues": ["datadog", "error tracking", "monitoring", "logging", "new relic",
                        "observability", "crash", "alerting", "exceptions", "pagerduty", "grafana"],
               "forbid": [r"sentry (duty|post|gun|mode)"]},
    # Added with the accuracy measurements (bench/accuracy): words that are skills only in context.
    "communication": {"cues": ["skills?", "verbal", "written", "oral", "interpersonal", "excellent", "strong",
                               "effective", "good", "presentation", "stakeholders?", "teamwork", "listening",
                               "leadership", "soft skills?"],
                      "forbid": [r"(electronics?|electrical|computer|information|telecommunications?|data|mass|"
                                 r"wireless|digital|optical|mobile|satellite) (and|&) communications?",
                                 r"(electronics?|electrical|computer|information|mass|wireless|digital|optical|"
                                 r"mobile|satellite|business|corporate|marketing) communications?",
                                 r"communications? (engineering|systems?|technology|technologies|protocols?|networks?|"
                                 r"interface|channels?|links?|department|studies|degree|major|lab)",
                                 r"(ece|e ?& ?c|e ?and ?c)\b"]},
    "finance": {"cues": ["domain", "industry", "industries", "sector", "knowledge", "experience (in|with)",
                         "background", "expertise", "understanding", "clients?"],
                "forbid": [r"(head|director|department|vp|minister|ministry|chief|dept\.?) of finance",
                           r"finance (team|department|dept|office|manager|director|analyst|executive)",
                           r"(corporate|personal|project) finance (team|department)"]},
    "healthcare": {"cues": ["domain", "industry", "industries", "sector", "knowledge", "experience (in|with)",
                            "background", "expertise", "understanding", "clients?", "clinical", "patients?",
                            "hospitals?", r"\behr\b", "hipaa", "providers?", "payers?", "analytics"],
                   "forbid": [r"(pension|dental|private|free|comprehensive|full) healthcare",
                              r"healthcare (benefits?|insurance|plans?|coverage|cover|allowance|scheme|package)",
                              r"health care (benefits?|insurance|plans?|coverage)", r"transforming healthcare"]},
    "reinforcement-learning": {"cues": ["reinforcement", "agents?", "rewards?", "polic(y|ies)", "machine learning",
                                        "deep learning", r"\bml\b", "gym", "q[- ]learning", "ppo", "robotics",
                                        "markov", "bandits?"],
                               "forbid": []},
    "react": {"cues": ["javascript", "typescript", "front[- ]?end", "redux", r"\bjsx\b", "components?", "hooks",
                       r"next\.?js", "web", r"\bui\b", "angular", r"vue", "native", "css", "html", "node"],
              "forbid": [r"react (to|quickly|fast|promptly|accordingly|appropriately|swiftly|calmly|well|positively)\b",
                         r"(ability|able|how|quick|quickly) to react", r"chemical react"]},
    "angular": {"cues": ["javascript", "typescript", "front[- ]?end", "react", "components?", "rxjs", "ngrx",
                         "web", r"\bui\b", "css", "html", "node", "spa"],
                "forbid": [r"angular (momentum|velocity|acceleration|frequency|resolution|displacement|error|distribution)"]},
    "spring": {"cues": ["java", "boot", r"\bmvc\b", "hibernate", "microservices?", r"\bjpa\b", "j2ee", "jee",
                        "maven", "tomcat", "backend", "rest"],
               "forbid": [r"spring (semester|term|season|break|fair|festival|water|cleaning|internship)",
                          r"spring (19|20)\d\d", r"(19|20)\d\d spring", r"(this|next|last|in|of|the) spring\b",
                          r"spring(s)? of\b", r"hot spring"]},
    "hibernate": {"cues": ["java", "spring", r"\bjpa\b", r"\borm\b", "j2ee", "jee", r"\bsql\b", "jdbc",
                           "struts", "maven"],
                  "forbid": [r"hibernat(e|es|ing) (in|during|through|for the) winter"]},
    "windows": {"cues": ["linux", "unix", r"\bos\b", "operating systems?", "server", "mac ?os", "ubuntu",
                         "powershell", r"\b(xp|vista|nt|7|8|10|11|2003|2008|2012|2016|2019|2022)\b", "active directory",
                         "platforms?", "desktop", "environment"],
               "forbid": [r"windows? (of|and doors|cleaning|frames?|glass)", r"(time|maintenance|launch|delivery|"
                          r"market|opportunity|batch|sliding|context|rolling|service) windows?"]},
    "eclipse": {"cues": ["java", r"\bide\b", "netbeans", "intellij", "visual studio", "plugins?", "rcp", "maven",
                         "android", "pycharm", "tools"],
                "forbid": [r"(solar|lunar|total|partial) eclipse", r"eclipse(d|s|ing) (the|all|previous|its|his|her)"]},
    "maven": {"cues": ["java", "gradle", r"\bant\b", "build", "jenkins", "junit", "spring", "dependenc", "pom"],
              "forbid": [r"(marketing|social media|fashion|tech|data|sales|pr|content) maven", r"a maven"]},
    "travis-ci": {"cues": [r"\bci\b", "jenkins", "circleci", "github", "pipelines?", "builds?", "gitlab",
                           "continuous"],
                  "forbid": []},
    "rancher": {"cues": ["kubernetes", "docker", r"\bk8s\b", "containers?", "openshift", "helm", "cluster"],
                "forbid": [r"(cattle|horse|sheep) rancher", r"rancher (on|of|in) "]},
    "swift": {"cues": PROG + ["ios", "xcode", "apple", "objective[- ]c", "cocoa", "mobile", "kotlin", "swiftui"],
              "forbid": [r"swift(ly)? (action|response|delivery|resolution|decision|execution|turnaround)",
                         r"\bswift (code|network|messag|transfer|payments?|bic)\b", r"(be|was|were|is) swift"]},
    "ruby": {"cues": PROG + ["rails", "rspec", "sinatra", "gems?", "perl", "python", "php"],
             "forbid": [r"ruby (red|wedding|anniversary|jubilee)", r"(miss|ms\.?|mrs\.?) ruby"]},
    "agile": {"cues": ["scrum", "sprints?", "kanban", "jira", "methodolog", "stand[- ]?ups?",
                       "retrospectives?", "ceremon", r"\bsafe\b", "user stories", "backlog", "waterfall"],
              "forbid": [r"agile (learner|mind|thinker|and (adaptable|flexible))",
                         r"(mentally|physically) agile", r"agile (enough|organization)"]},
    "confluence": {"cues": ["jira", "atlassian", "wiki", "documentation", "bitbucket", "trello",
                            "notion", "knowledge base", "sharepoint", "slack"],
                   "forbid": [r"(the|a) confluence of", r"confluence (of|point)"]},
    "markdown": {"cues": ["documentation", "docs", "sphinx", "github", "readme", "latex", "html",
                          "mkdocs", "jupyter", "restructuredtext", "wiki"],
                 "forbid": [r"markdowns?( pricing| strategy| optimization)", r"price markdowns?",
                            r"markdown (pricing|strategy|optimi[sz]ation|events?)"]},
    "sphinx": {"cues": ["documentation", "docs", "python", "read ?the ?docs", "restructuredtext",
                        r"\brst\b", "autodoc", "markdown", "mkdocs", "docstrings"],
               "forbid": [r"great sphinx", r"sphinx (of|riddle)", r"cmu sphinx", r"pocketsphinx"]},
    "active-learning": {"cues": ["label", "annotat", "sampl", "machine learning", "models?",
                                 "uncertainty", "query strateg", "classifier", "dataset"],
                        "forbid": [r"active learning (classroom|environment|pedagog|activit)",
                                   r"(classroom|student|pedagog\w*) active learning"]},
    "ensemble-methods": {"cues": ["ensembles?", "models?", "xgboost", "random forests?", "bagging",
                                  "classifiers?", "machine learning", "gradient", "weak learners?",
                                  "adaboost", "regression", "trees"],
                         "forbid": [r"boosting (sales|revenue|morale|engagement|productivity|efficiency|performance by)",
                                    r"stacking (shelves|boxes|pallets)"]},
    "dropout": {"cues": ["regulari[sz]", "neural", "layers?", "batch ?norm", "overfitting",
                         "deep learning", r"\bcnns?\b", r"\brnns?\b", "lstm", "training", r"\brates?\b"],
                "forbid": [r"(school|college|university|student|high[- ]school) dropouts?",
                           r"dropout (rates? (among|of) students|prevention)"]},
    "adaptive-optimizers": {"cues": ["optimi[sz]er", "sgd", "rmsprop", "adagrad", "learning rate",
                                     "gradient", "training", "momentum", "adamw", "loss"],
                            "forbid": [r"adam (smith|jones|brown|lee|miller|johnson|williams)"]},
    "transformers": {"cues": ["attention", r"\bbert\b", "gpt", r"\bllms?\b", "neural", "deep learning",
                              r"\bnlp\b", "hugging ?face", r"\bcnns?\b", r"\brnns?\b", "lstm",
                              "language models?", "pytorch", "tensorflow", r"\bvision\b", "encoder",
                              "decoder", "t5", "fine[- ]tun", "embeddings?"],
                     "forbid": [r"(power|distribution|electrical|current|voltage|step[- ]up|step[- ]down|instrument) transformers?",
                                r"transformers? (substation|winding|oil|rating)", r"transformers (toys?|movie|franchise)"]},
    "fine-tuning": {"cues": ["models?", r"\bllms?\b", r"\bbert\b", "gpt", "pre[- ]?trained",
                             "transformers?", r"\blora\b", "hugging ?face", "neural", "weights",
                             "datasets?", "resnet", "language models?", "checkpoints?", "peft",
                             "llama", "mistral", "training", "deep learning"],
                    "forbid": [r"fine[- ]?tun(e|ed|ing) (the )?(process|processes|workflows?|strateg\w*|operations|approach|skills|budgets?|messaging)"]},
    "large-language-models": {"cues": ["gpt", "language models?", r"\brag\b", "langchain", "prompt",
                                       "fine[- ]tun", "transformers?", "openai", "embeddings?",
                                       "genai", "generative", "llama", "chatbots?", "agents?",
                                       "hugging ?face", "vector"],
                              "forbid": [r"\bllm (in|degree|program|candidate)", r"\bll\.?m\.", r"\bllm,? (law|tax|jd)",
                                         r"(law|jd|tax|legal)[^.\n]{0,20}\bllm\b", r"\bllm (from|at)\b"]},
    "tensorflow": {"cues": ["keras", "tensorflow", "pytorch", "models?", "deep learning", "neural",
                            "gpus?", r"\btpus?\b", "serving", r"\blite\b", "training", r"\bcnns?\b"],
                   "forbid": [r"\btf[- ]idf", r"\btf\b[^.\n]{0,30}terraform", r"terraform[^.\n]{0,30}\btf\b", r"\btf (plan|apply|state|modules?|files?|init|vars?|cloud)\b"]},
    "pandas": {"cues": ["python", "numpy", "data ?frames?", "scikit", "sklearn", "matplotlib",
                        "jupyter", "data manipulation", "data analysis", "data wrangling",
                        "librar", "sql", "etl", "polars", "seaborn", "pyspark", "csv", "flask", "django",
                        "fastapi", "airflow"],
               "forbid": [r"(red|giant) pandas?", r"pandas? bears?", r"pandas (at|in) the zoo",
                          r"(save|saving) (the )?pandas", r"kung fu panda"]},
    "oracle-database": {"cues": ["database", r"\bdb\b", "sql", "pl/sql", r"\bdba\b", r"\brac\b",
                                 "exadata", "postgres", "mysql", "sql server", "data warehouse",
                                 r"\d+[cg]\b", "mongodb", "rdbms"],
                        "forbid": [r"oracle (financials|erp|hcm|fusion|netsuite|ebs|e-business|corporation|corp|inc|cloud infrastructure|apex|java|certified java)",
                                   r"oracle (of|at) "]},
    "cassandra": {"cues": ["nosql", "database", r"\bdb\b", r"\bcql\b", "mongodb", "hbase",
                           "dynamodb", "apache", "wide[- ]column", "clusters?", "keyspaces?",
                           "redis", "scylla", "kafka"],
                  "forbid": []},
    "amazon-neptune": {"cues": ["aws", "amazon", "graph", "gremlin", "sparql", "database",
                                "neo4j", "dynamodb", "rds"],
                       "forbid": [r"planet neptune", r"neptune (orbit|moon)"]},
    "google-cloud-storage": {"cues": ["google", r"\bgcp\b", r"\bgcs\b", "buckets?", "bigquery",
                                      "dataflow", "dataproc", "vertex", "pub/?sub"],
                             "forbid": [r"cloud storage (solutions|providers?|services|options)"]},
    "snowflake": {"cues": ["data warehous", "warehouse", "sql", "dbt", "redshift", "bigquery",
                           "cloud data", r"\betl\b", r"\belt\b", "snowpipe", "snowpark", "databricks",
                           "data platform", "synapse", "fivetran", "airflow", "tableau", "looker"],
                  "forbid": [r"special snowflakes?", r"snowflakes? (fall|falling|ornament|decoration)",
                             r"snowflake (schema|effect)"]},
    "azure-synapse": {"cues": ["azure", "microsoft", "data warehous", "analytics", "sql pools?",
                               "spark pools?", "data factory", "power bi", "data lake", "databricks"],
                      "forbid": [r"synapses? (formation|function|plasticity)", r"neural synapses?"]},
    "apache-pulsar": {"cues": ["apache", "kafka", "stream", "messag", "pub/?sub", "topics?",
                               "rabbitmq", "event", "flink"],
                      "forbid": [r"pulsar (timing|astronomy|signals?|search)", r"millisecond pulsars?"]},
    "apache-spark": {"cues": ["apache", "pyspark", "hadoop", "databricks", r"\bemr\b", "big data",
                              "clusters?", r"\brdds?\b", "data ?frames?", "scala", "kafka", "etl",
                              "streaming", "jobs?", "mllib", r"\bhive\b", "distributed", "data pipelines?",
                              "dataproc", "delta lake", "airflow", "sql"],
                     "forbid": [r"spark(s|ed|ing)? (interest|joy|curiosity|conversations?|ideas?|innovation|change|creativity|debate|discussions?|enthusiasm|growth|engagement)",
                                r"spark ?plugs?", r"creative spark", r"(the|a) spark\b", r"spark of",
                                r"spark (ar|hire|award|program|initiative|post)\b", r"adobe spark"]},
    "apache-airflow": {"cues": [r"\bdags?\b", "orchestrat", "pipelines?", r"\betl\b", r"\belt\b", "workflows?",
                                "schedul", "apache", "spark", "python", "operators?", "dbt",
                                "data engineering", "prefect", "luigi", "dagster", "kubernetes"],
                       "forbid": [r"airflow (management|systems?|sensors?|rates?|direction|control|resistance|meters?)",
                                  r"\b(hvac|ventilation|duct|fan|cooling|nasal)\w*[^.\n]{0,40}airflow",
                                  r"airflow[^.\n]{0,40}(hvac|ventilation|ducts?|cooling)"]},
    "prefect": {"cues": ["orchestrat", "flows?", "pipelines?", "workflows?", "airflow", "dagster",
                         "python", "etl", "data engineering", "tasks?", "luigi"],
                "forbid": [r"prefect of", r"police prefect", r"prefect (system|duties|role|team)",
                           r"(school|head|house|senior|deputy) prefect", r"(as|was) (a |the )?prefect"]},
    "luigi": {"cues": ["pipelines?", "spotify", "workflows?", "orchestrat", "python", "etl",
                       "task dependenc", "airflow", "prefect", "hadoop"],
              "forbid": [r"(super )?mario (and|&) luigi", r"luigi's mansion"]},
    "amazon-emr": {"cues": ["aws", "amazon", "spark", "hadoop", r"\bhive\b", "clusters?", "pyspark",
                            "presto", r"\bs3\b", "glue", "athena", "redshift", r"\bhive\b"],
                   "forbid": [r"emr (system|software|data|records?|integration|implementation)",
                              r"emr ?/ ?ehr", r"ehr ?/ ?emr", r"(epic|cerner) emr",
                              r"electronic medical records? \(emr\)"]},
    "aws-glue": {"cues": ["aws", "amazon", "etl", "crawlers?", "data catalog", "athena", r"\bs3\b",
                          "spark", "redshift", "pyspark", "jobs?", "lake formation", "emr"],
                 "forbid": [r"glue (code|logic|layer|stick|gun|between)", r"(the|a) glue\b",
                            r"glue (that|for)\b"]},
    "google-dataflow": {"cues": ["google", r"\bgcp\b", "apache beam", r"\bbeam\b", "bigquery",
                                 "pub/?sub", "dataproc", "streaming", "cloud"],
                        "forbid": [r"dataflow (diagrams?|analysis|programming|architecture)"]},
    "google-cloud-data-fusion": {"cues": ["google", r"\bgcp\b", "bigquery", "etl", "cloud"],
                                 "forbid": [r"(sensor|multi[- ]sensor|multi[- ]modal) data fusion"]},
    "great-expectations": {"cues": ["data quality", "data validation", "validation", "dbt", "deequ",
                                    "pipelines?", "expectation suites?", "data testing", "airflow",
                                    "pandas", "spark", "soda"],
                           "forbid": [r"great expectations (by|novel)", r"great expectations[^.\n]{0,40}dickens", r"dickens'?s? great expectations"]},
    "aws-lambda": {"cues": ["aws", "amazon", "serverless", "api gateway", "dynamodb", r"\bs3\b",
                            "functions?", "event[- ]driven", "step functions", "cloudwatch",
                            r"\bsqs\b", r"\bsns\b", "python", r"node\.?js"],
                   "forbid": [r"lambda (calculus|expressions?|chi|phi|theta|pi|sigma|capture|syntax)"]},
    "amazon-s3-glacier": {"cues": ["aws", "amazon", r"\bs3\b", "archiv", "storage", "backups?",
                                   "lifecycle"],
                          "forbid": [r"glacier (national park|melt|retreat|lake)", r"glacier bay"]},
    "amazon-comprehend": {"cues": ["aws", "amazon", r"\bnlp\b", "sentiment", "entity", "textract",
                                   "rekognition", "sagemaker", r"\blex\b", r"\bpolly\b"],
                          "forbid": [r"(ability|able|unable|hard|difficult|easy) to comprehend"]},
    "google-cloud-functions": {"cues": ["google", r"\bgcp\b", "firebase", "pub/?sub", "serverless",
                                        "cloud run", "bigquery"],
                               "forbid": []},
    "google-ai-platform": {"cues": ["google", r"\bgcp\b", "vertex", "cloud ml", "bigquery",
                                    "tensorflow", "automl"],
                           "forbid": []},
    "computer-networking": {"cues": [r"\bvpcs?\b", r"\btcp", r"\bdns\b", "firewalls?", "subnets?",
                                     "cisco", "load balanc", r"\bcdns?\b", r"\bvpns?\b", "routing",
                                     r"\bswitch(es)?\b", "protocols?", r"\bip\b", r"\blan\b", r"\bwan\b",
                                     "security groups", r"\bhttp", "bgp", "ccna"],
                            "forbid": [r"networking (events?|skills|opportunit\w*|with (peers|professionals|industry|alumni)|sessions?|lunch)",
                                       r"(professional|social|business|career) networking"]},
    "helm": {"cues": ["kubernetes", r"\bk8s\b", "charts?", r"\beks\b", r"\baks\b", r"\bgke\b",
                      r"\bargo", "deploy", "docker", "terraform", "kustomize", "manifests?"],
             "forbid": [r"at the helm", r"helm of", r"\b(take|takes|took|taking) (the )?helm\b"]},
    "ray": {"cues": ["distributed", "ray tune", "ray serve", "anyscale", "clusters?", "python",
                     "pytorch", "horovod", "dask", "spark", "hyperparameter", "rllib", "parallel",
                     "gpus?", "deepspeed"],
            "forbid": [r"ray of", r"ray[- ]?tracing", r"x[- ]?ray", r"ray[- ]?ban",
                       r"(mr|dr|ms|mrs)\.? ray\b", r"ray (charles|dalio|kroc)", r"manta ray"]},
    "feast": {"cues": ["feature stores?", "tecton", "features", "mlops", "feature serving", "redis",
                       r"\bml\b", "machine learning", "mlflow", "kubeflow"],
              "forbid": [r"feast (day|of)", r"(a|the) feast\b", r"feast for"]},
    "nvidia-triton": {"cues": ["inference", "nvidia", "serving", "models?", "tensorrt", "onnx",
                               "gpus?", "kserve", "torchserve", "openai", "kernels?"],
                      "forbid": [r"triton (college|systems)"]},
    "ab-testing": {"cues": ["a/b", "hypothes", "statistic", "variants?", "control group", "metrics",
                            "significance", "causal", "uplift", "treatment",
                            "conversion"],
                   "forbid": [r"culture of experimentation", r"(open to|love of|encourag\w*) experimentation"]},
    "resilience": {"cues": ["stress", "pressure", "adapt", "setbacks?", "personal", "composure",
                            "challenges", "soft skills", "perseverance", "grit", "teamwork",
                            "communication", "leadership"],
                   "forbid": [r"(system|network|cyber|infrastructure|operational|data|service|platform|application|cloud|site|supply[- ]chain|climate|community) resilience",
                              r"resilience (engineering|testing|patterns?|of (the )?(system|service|platform|infrastructure|network))",
                              r"resilience4j"]},
    "integrity": {"cues": ["honest", "ethic", "professional", "accountab", "trust", "values",
                           "transparen", "respect", "teamwork", "communication", "leadership"],
                  "forbid": [r"data integrity", r"referential integrity", r"integrity (constraints?|checks?|of (the )?data|monitoring|verification)",
                             r"(signal|structural|file|system|message|database|code|model|pipeline|physical) integrity"]},
    "asana": {"cues": ["trello", "jira", "notion", "monday", "project management", "tasks?",
                       "clickup", "productivity", "kanban", "slack", "confluence"],
              "forbid": [r"yoga[^.\n]{0,40}asanas?", r"asanas? (practice|poses?|sequences?|flow)"]},
    "notion": {"cues": ["trello", "asana", "jira", "confluence", "workspace", "wiki",
                        "productivity", "documentation", "slack", "clickup", "google docs"],
               "forbid": [r"(the|a|any|no|this|that|my|our) notion", r"notions?\b (of|that)"]},
    "exploratory-data-analysis": {"cues": ["exploratory", "pandas", "visuali", "python", "notebooks?",
                                           "jupyter", "insights", "statistic", "data cleaning",
                                           "feature engineering", "matplotlib", "seaborn",
                                           "data analysis", r"\bsql\b"],
                                  "forbid": [r"eda (tools?|software|flows?|vendors?)", r"(cadence|synopsys|mentor graphics)[^.\n]{0,40}\beda\b",
                                             r"\beda\b[^.\n]{0,40}(cadence|synopsys)", r"electronic design automation \(eda\)"]},
    "reporting": {"cues": ["dashboards?", r"\bbi\b", "tableau", "power bi", r"\bkpis?\b", "metrics",
                           "excel", r"\bsql\b", "visuali", "analytics", "insights", "ssrs",
                           "looker", "data"],
                  "forbid": [r"reporting (to|directly|into|line|lines|structure|manager)",
                             r"(directly|who|which) reporting"]},
    "excel": {"cues": ["spreadsheets?", "pivot", "vlookup", "xlookup", "macros?", r"\bvba\b",
                       "microsoft", "ms office", "office", "power bi", "tableau", r"\bsql\b",
                       "formulas?", "dashboards?", "workbooks?", "data analysis", "reporting",
                       "power query", "google sheets", "charts?"],
              "forbid": [r"excel (at|in|under|as|with|when)\b",
                         r"(strive|strives|continue|eager|desire|drive|motivated|motivation|ability|opportunit(y|ies)|chance|help \w+|helping \w+) to excel"]},
    "chef": {"cues": ["puppet", "ansible", "salt", "configuration management", "cookbooks?",
                      "chef infra", "knife", "devops", "infrastructure", "automation", "terraform",
                      "provisioning"],
             "forbid": [r"(head|sous|pastry|executive|line|private|personal|master|top|celebrity|chef de) chef",
                        r"chef (de|at|in|for)\b", r"chef's"]},
    "puppet": {"cues": ["chef", "ansible", "salt", "configuration management", "manifests?",
                        "hiera", "devops", "infrastructure", "automation", "terraform",
                        "provisioning"],
               "forbid": [r"puppet (show|theat\w*|master|government|regime|state|shows)",
                          r"(sock|hand|finger) puppet"]},
}

CONTEXT.update(CONTEXT_F)
CONTEXT.update(CONTEXT_G)
for _forbid_more in (FORBID_MORE, FORBID_H, FORBID_I, FORBID_J):
    for _sid, _more in _forbid_more.items():
        _context = CONTEXT.get(_sid, {"cues": [], "forbid": []})
        CONTEXT[_sid] = dict(_context, forbid=_context["forbid"] + _more)


def spaced(fragment):
    """A context fragment as written ("operating systems? (windows|unix)") with each space
    outside a character class read as any run of white space (and " ?" as any or none), as
    an alias's space is: resumes often carry double spaces or tabs between words."""
    out, i, in_class = [], 0, False
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            out.append(fragment[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(r"\s" if c == " " else c)
        elif c == "[":
            in_class = True
            out.append(c)
            if fragment[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
            if fragment[i + 1:i + 2] == "]":  # a leading ']' is a literal in the class
                out.append("]")
                i += 1
        elif c == " ":
            nxt = fragment[i + 1:i + 2]
            if nxt in ("?", "*"):
                out.append(r"\s*")
                i += 1
            elif nxt == "+":
                out.append(r"\s+")
                i += 1
            else:
                out.append(r"\s+")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def context_of(sid):
    return {key: [spaced(f) for f in CONTEXT[sid].get(key, [])] for key in ("cues", "forbid")}


def parse(data):
    """Yields (file, category, fields) for each skill line."""
    fname = cat = None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#F "):
            fname = line[3:].strip()
            continue
        if line.startswith("#C "):
            cat = line[3:].strip()
            continue
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5:
            raise SystemExit("bad line (need 5 fields): " + line)
        yield fname, cat, parts


def alias_obj(a):
    if a.startswith("re:"):
        return {"pattern": a[3:]}
    if a.startswith("~"):
        return {"text": a[1:], "case": "sensitive", "ambiguous": True}
    if a.startswith("="):
        return {"text": a[1:], "case": "sensitive"}
    if a.startswith("?"):
        return {"text": a[1:], "ambiguous": True}
    return a


def norm(text):
    return re.sub(r"[\s-]+", " ", text.strip().lower())


def build_skills():
    files = {}
    for fname, cat, (sid, name, kind, aliases, implies) in parse(DATA_A + DATA_B + DATA_C + DATA_D + DATA_E + DATA_F + DATA_G):
        if sid in EXTRA_ALIASES:
            aliases = aliases + ";" + EXTRA_ALIASES[sid]
        als = [alias_obj(a.strip()) for a in aliases.split(";") if a.strip()]
        # the display name is not implied: list it unless an alias already spells it
        texts = set()
        for a in als:
            if isinstance(a, str):
                texts.add(norm(a))
            elif a.get("case") == "sensitive":
                texts.add(re.sub(r"[\s-]+", " ", a["text"].strip()))
            elif "text" in a:
                texts.add(norm(a["text"]))
        if norm(name) not in texts and re.sub(r"[\s-]+", " ", name.strip()) not in texts:
            als.insert(0, name)
        # drop duplicates inside a skill (same text, same case handling)
        seen, out = set(), []
        for a in als:
            if isinstance(a, str):
                key = ("i", norm(a))
            elif "pattern" in a:
                key = ("p", a["pattern"])
            elif a.get("case") == "sensitive":
                key = ("s", re.sub(r"[\s-]+", " ", a["text"]))
            else:
                key = ("i", norm(a["text"]))
            if key in seen or (key[0] == "s" and ("i", norm(key[1])) in seen):
                continue
            seen.add(key)
            out.append(a)
        skill = {"id": sid, "name": name, "category": cat, "kind": KINDS[kind], "aliases": out}
        imp = [i.strip() for i in implies.split(",") if i.strip()]
        if imp:
            skill["implies"] = imp
        if any(isinstance(a, dict) and a.get("ambiguous") for a in out):
            if sid not in CONTEXT:
                raise SystemExit("ambiguous alias without context: " + sid)
            skill["context"] = context_of(sid)
        elif sid in CONTEXT:
            # forbid patterns veto any alias; cues only ever support an ambiguous one
            if CONTEXT[sid].get("cues"):
                raise SystemExit("cues for a skill without ambiguous aliases: " + sid)
            skill["context"] = context_of(sid)
        files.setdefault(fname, []).append(skill)
    unknown = set(EXTRA_ALIASES) - {s["id"] for ss in files.values() for s in ss}
    if unknown:
        raise SystemExit("EXTRA_ALIASES for unknown skills: %s" % sorted(unknown))
    unused = set(CONTEXT) - {s["id"] for ss in files.values() for s in ss if "context" in s}
    if unused:
        raise SystemExit("contexts for unknown skills: %s" % sorted(unused))
    return files


def g(name, level, mode, skills, weight=1, min_=None):
    grp = {"name": name, "level": level, "mode": mode}
    if min_ is not None:
        grp["min"] = min_
    grp["weight"] = weight
    grp["skills"] = skills
    return grp


R, P, ALL, ANY = "required", "preferred", "all-of", "any-of"
S000, S001, S002, S003 = ("000_9ec7f7068f493ed3.txt", "001_fd2d785dcfab98f5.txt",
                          "002_42cd94faa144aa91.txt", "003_3ba9c08e5d60bd53.txt")

COMMON = {
    "id": "common-skills",
    "name": "Common Skills Across All Roles",
    "groups": [
        g("Python programming", R, ALL, ["python"], 3),
        g("Version control and collaborative development", R, ANY, ["git", "version-control", "github", "gitlab"], 2, 1),
        g("Linux/Unix systems administration", R, ANY, ["linux", "unix", "systems-administration"], 1, 1),
        g("Problem-solving and debugging", R, ANY, ["problem-solving", "debugging"], 1, 1),
        g("Communication with cross-functional teams", R, ANY, ["communication", "cross-functional-collaboration", "teamwork"], 1, 1),
        g("Continuous learning", P, ALL, ["continuous-learning"], 1),
    ],
}

ROLES = [
    {"id": "ai-infrastructure-engineer", "name": "AI Infrastructure Engineer",
     "aliases": ["AI Infrastructure Engineer", "AI Infra Engineer", "AI Platform Engineer",
                 "AI/ML Infrastructure Engineer", "ML Systems Engineer"],
     "summary": "Builds and runs the container, CI/CD, GPU and serving infrastructure that trains, deploys and scales ML models.",
     "seed": S000,
     "groups": [
         g("Container orchestration", R, ALL, ["kubernetes", "docker"], 3),
         g("Infrastructure as Code", R, ANY, ["terraform", "aws-cloudformation", "azure-resource-manager", "pulumi", "infrastructure-as-code"], 2, 1),
         g("CI/CD pipelines", R, ANY, ["ci-cd", "jenkins", "gitlab-ci", "github-actions", "circleci"], 2, 1),
         g("MLOps tools", R, ANY, ["mlflow", "kubeflow", "mlops", "tfx"], 2, 1),
         g("Monitoring and logging", R, ANY, ["prometheus", "grafana", "elk-stack", "observability", "logging"], 1, 1),
         g("Distributed systems and microservices", R, ALL, ["distributed-systems", "microservices"], 1),
         g("Model serving frameworks", R, ANY, ["tensorflow-serving", "torchserve", "onnx", "nvidia-triton", "model-serving"], 2, 1),
         g("GPU computing and CUDA", R, ALL, ["gpu", "cuda"], 2),
         g("ML model deployment and scaling", R, ALL, ["model-deployment", "scalability"], 2),
         g("Feature stores and model registries", P, ANY, ["feature-store", "model-registry", "feast", "tecton", "mlflow-model-registry"], 1, 1),
         g("A/B testing for ML models", P, ALL, ["ab-testing"], 1),
         g("Programming: Python and Bash", R, ALL, ["python", "bash"], 2),
         g("Programming: Go", P, ALL, ["go"], 1),
         g("ML frameworks (basic understanding)", P, ANY, ["ml-frameworks", "tensorflow", "pytorch", "scikit-learn"], 1, 1),
     ]},
    {"id": "cloud-engineer", "name": "Cloud Engineer",
     "aliases": ["Cloud Engineer", "Cloud Infrastructure Engineer", "Cloud Platform Engineer",
                 "Cloud DevOps Engineer", "AWS Cloud Engineer", "Azure Cloud Engineer", "GCP Cloud Engineer",
                 "Cloud Operations Engineer"],
     "summary": "Designs, automates and secures compute, storage, networking and database services on AWS, Azure or GCP.",
     "seed": S000,
     "groups": [
         g("Deep expertise in at least one major cloud", R, ANY, ["aws", "azure", "gcp"], 3, 1),
         g("Compute services", R, ANY, ["amazon-ec2", "aws-lambda", "azure-functions", "azure-virtual-machines", "google-compute-engine", "google-cloud-functions"], 2, 1),
         g("Storage solutions", R, ANY, ["amazon-s3", "azure-blob-storage", "google-cloud-storage"], 2, 1),
         g("Networking", R, ANY, ["virtual-private-cloud", "load-balancing", "cdn", "computer-networking", "dns"], 2, 1),
         g("Database services", R, ANY, ["amazon-rds", "azure-cosmos-db", "google-cloud-sql", "dynamodb", "azure-sql"], 1, 1),
         g("Infrastructure as Code", R, ANY, ["terraform", "azure-resource-manager", "aws-cloudformation", "infrastructure-as-code"], 3, 1),
         g("Configuration management", R, ANY, ["ansible", "chef", "puppet"], 2, 1),
         g("Monitoring and alerting", R, ANY, ["observability", "aws-cloudwatch", "prometheus", "grafana"], 1, 1),
         g("Security and compliance", R, ANY, ["identity-and-access-management", "encryption", "compliance", "cloud-security"], 2, 2),
         g("Programming: Python and Bash", R, ALL, ["python", "bash"], 2),
         g("Programming: PowerShell, YAML/JSON", P, ANY, ["powershell", "yaml", "json"], 1, 1),
     ]},
    {"id": "ml-specialist", "name": "ML Specialist",
     "aliases": ["ML Specialist", "Machine Learning Specialist", "AI/ML Specialist", "Applied ML Specialist"],
     "summary": "Applies mathematics, statistics and ML/DL methods with the Python ML stack to model, evaluate and ship models in a specific domain.",
     "seed": S000,
     "groups": [
         g("Linear algebra, calculus, probability theory", R, ALL, ["linear-algebra", "calculus", "probability"], 2),
         g("Statistical modeling and hypothesis testing", R, ALL, ["statistical-modeling", "hypothesis-testing"], 2),
         g("Optimization algorithms", P, ALL, ["mathematical-optimization"], 1),
         g("Supervised/unsupervised learning algorithms", R, ALL, ["supervised-learning", "unsupervised-learning"], 3),
         g("Deep learning (neural networks, CNNs, RNNs, Transformers)", R, ANY, ["deep-learning", "neural-networks", "cnn", "rnn", "transformers"], 2, 2),
         g("Model evaluation and validation", R, ANY, ["model-evaluation", "cross-validation"], 1, 1),
         g("Feature engineering and selection", R, ALL, ["feature-engineering", "feature-selection"], 2),
         g("Python libraries", R, ALL, ["scikit-learn", "pandas", "numpy"], 3),
         g("Deep learning frameworks", R, ANY, ["tensorflow", "pytorch"], 3, 1),
         g("Jupyter notebooks and experiment tracking", P, ALL, ["jupyter", "experiment-tracking"], 1),
         g("Model deployment and monitoring", P, ALL, ["model-deployment", "model-monitoring"], 1),
         g("Domain knowledge", P, ANY, ["nlp", "computer-vision", "recommendation-systems", "domain-knowledge"], 1, 1),
     ]},
    {"id": "data-engineer", "name": "Data Engineer",
     "aliases": ["Data Engineer", "Big Data Engineer", "ETL Developer", "ETL Engineer",
                 "Data Pipeline Engineer", "Data Platform Engineer", "Data Infrastructure Engineer"],
     "summary": "Builds and runs the pipelines, warehouses and lakes (ETL/ELT, batch and streaming) that move data to analysts and models.",
     "seed": S000 + ", " + S001,
     "groups": [
         g("Programming: Python and SQL", R, ALL, ["python", "sql"], 3),
         g("Programming: Scala or Java (for Spark)", P, ANY, ["scala", "java"], 1, 1),
         g("ETL/ELT pipeline design", R, ANY, ["etl", "elt", "data-pipelines"], 3, 1),
         g("Batch and stream processing", R, ALL, ["apache-spark", "apache-kafka"], 3),
         g("Orchestration tools", R, ANY, ["apache-airflow", "prefect", "luigi", "workflow-orchestration"], 2, 1),
         g("Hadoop ecosystem", P, ANY, ["hadoop", "hdfs", "big-data"], 1, 1),
         g("Data warehousing concepts", R, ANY, ["data-warehousing", "star-schema", "data-modeling", "dimensional-modeling"], 2, 1),
         g("Data lakes and warehouses", R, ANY, ["snowflake", "amazon-redshift", "bigquery", "azure-synapse", "data-lakes"], 2, 1),
         g("Relational databases", R, ANY, ["postgresql", "mysql", "relational-databases", "sql-server", "oracle-database"], 2, 1),
         g("NoSQL databases", R, ANY, ["mongodb", "cassandra", "nosql"], 1, 1),
         g("Distributed storage systems", P, ANY, ["hdfs", "amazon-s3", "distributed-storage"], 1, 1),
         g("Cloud platforms", R, ANY, ["aws", "azure", "gcp"], 2, 1),
         g("Cloud data services", P, ANY, ["managed-data-services", "aws-glue", "amazon-emr", "google-dataflow", "azure-data-factory", "databricks"], 1, 1),
         g("Data quality and governance", P, ANY, ["data-quality", "data-governance"], 1, 1),
         g("Version control and testing for data pipelines", P, ANY, ["data-testing", "great-expectations", "version-control", "software-testing"], 1, 1),
     ]},
    {"id": "data-analyst", "name": "Data Analyst",
     "aliases": ["Data Analyst", "Business Intelligence Analyst", "BI Analyst", "Business Data Analyst",
                 "Reporting Analyst", "Analytics Analyst", "Junior Data Analyst"],
     "summary": "Collects, cleans and analyzes data with SQL, Excel and BI tools and turns it into reports, dashboards and recommendations for stakeholders.",
     "seed": S001,
     "groups": [
         g("SQL", R, ALL, ["sql"], 3),
         g("Excel", R, ALL, ["excel"], 2),
         g("Data visualization tools", R, ANY, ["tableau", "power-bi", "looker"], 2, 1),
         g("Python/R for data analysis", R, ANY, ["python", "r"], 2, 1),
         g("Data analysis", R, ANY, ["data-analysis", "exploratory-data-analysis"], 2, 1),
         g("Reporting and dashboards", R, ANY, ["data-visualization", "dashboards", "reporting"], 2, 1),
         g("Statistical methods and hypothesis testing", R, ALL, ["statistics", "hypothesis-testing"], 2),
         g("Data cleaning and preprocessing", R, ANY, ["data-cleaning", "data-preprocessing"], 1, 1),
         g("Data collection", P, ANY, ["data-collection", "api-development", "web-scraping"], 1, 1),
         g("Stakeholder communication", R, ANY, ["stakeholder-management", "communication", "storytelling", "business-acumen"], 2, 1),
         g("Domain knowledge", P, ANY, ["domain-knowledge", "business-acumen"], 1, 1),
     ]},
    {"id": "ml-engineer", "name": "ML Engineer",
     "aliases": ["ML Engineer", "Machine Learning Engineer", "Applied ML Engineer", "Applied Machine Learning Engineer",
                 "Senior Machine Learning Engineer"],
     "summary": "Designs, trains, deploys, monitors and optimizes ML models in production with Python, ML frameworks, cloud and software engineering practice.",
     "seed": S001 + ", " + S003,
     "groups": [
         g("Python", R, ALL, ["python"], 3),
         g("ML frameworks", R, ANY, ["tensorflow", "pytorch", "scikit-learn"], 3, 2),
         g("ML algorithms", R, ALL, ["machine-learning"], 2),
         g("Model deployment and monitoring", R, ALL, ["model-deployment", "model-monitoring"], 2),
         g("Cloud platforms", R, ANY, ["aws", "azure", "gcp"], 2, 1),
         g("Version control and CI/CD", R, ALL, ["git", "ci-cd"], 2),
         g("Software engineering principles", P, ALL, ["software-engineering"], 1),
         g("Big data processing", P, ANY, ["apache-spark", "big-data", "hadoop", "apache-kafka"], 1, 1),
         g("Model optimization", P, ANY, ["model-optimization", "hyperparameter-tuning"], 1, 1),
         g("Production ML and scalability", P, ANY, ["mlops", "mlflow", "docker", "kubernetes", "scalability"], 1, 2),
     ]},
    {"id": "deep-learning-engineer", "name": "Deep Learning Engineer",
     "aliases": ["Deep Learning Engineer", "DL Engineer", "Deep Learning Developer", "Neural Network Engineer",
                 "Deep Learning Research Engineer"],
     "summary": "Designs, trains, optimizes and deploys deep networks (CNNs, RNNs, GANs, transformers) on GPUs/TPUs and distributed hardware.",
     "seed": S001,
     "groups": [
         g("Python", R, ALL, ["python"], 3),
         g("Deep learning frameworks", R, ANY, ["tensorflow", "pytorch", "keras"], 3, 1),
         g("Deep learning algorithms and neural networks", R, ALL, ["deep-learning", "neural-networks"], 2),
         g("Neural network architectures", R, ANY, ["cnn", "rnn", "gan", "transformers", "lstm"], 3, 2),
         g("Linear algebra, calculus, probability", R, ALL, ["linear-algebra", "calculus", "probability"], 2),
         g("Statistics", P, ALL, ["statistics"], 1),
         g("GPUs, TPUs and accelerators", R, ANY, ["gpu", "tpu", "cuda", "hardware-acceleration"], 2, 1),
         g("Distributed computing", R, ANY, ["distributed-training", "distributed-systems", "high-performance-computing"], 1, 1),
         g("Production deployment", R, ALL, ["model-deployment"], 1),
         g("Model optimization", P, ANY, ["model-optimization", "model-quantization", "tensorrt", "onnx"], 1, 1),
         g("Research and latest techniques", P, ANY, ["ml-research", "transfer-learning", "generative-models"], 1, 1),
     ]},
    {"id": "data-scientist", "name": "Data Scientist",
     "aliases": ["Data Scientist", "Applied Scientist", "Decision Scientist", "Senior Data Scientist",
                 "Product Data Scientist"],
     "summary": "Explores data, builds and evaluates ML and statistical models, runs experiments and turns results into business decisions.",
     "seed": S001,
     "groups": [
         g("Python/R", R, ANY, ["python", "r"], 3, 1),
         g("SQL", R, ALL, ["sql"], 2),
         g("Machine learning algorithms", R, ALL, ["machine-learning"], 3),
         g("Statistics and probability", R, ALL, ["statistics", "probability"], 3),
         g("Mathematical modeling", P, ANY, ["mathematical-modeling", "statistical-modeling"], 1, 1),
         g("Data visualization", R, ALL, ["data-visualization"], 2),
         g("Experimentation and hypothesis validation", R, ANY, ["ab-testing", "hypothesis-testing"], 2, 1),
         g("Data exploration and analysis", R, ANY, ["exploratory-data-analysis", "data-analysis"], 1, 1),
         g("Model development and evaluation", R, ALL, ["model-evaluation"], 1),
         g("Python data stack", P, ANY, ["pandas", "numpy", "scikit-learn", "jupyter"], 1, 2),
         g("Communication to non-technical stakeholders", R, ANY, ["communication", "storytelling", "stakeholder-management", "data-driven-decision-making"], 2, 1),
         g("Domain knowledge", P, ANY, ["domain-knowledge", "business-acumen"], 1, 1),
     ]},
    {"id": "ai-engineer", "name": "AI Engineer",
     "aliases": ["AI Engineer", "Artificial Intelligence Engineer", "AI/ML Engineer", "Applied AI Engineer",
                 "Generative AI Engineer", "GenAI Engineer", "LLM Engineer"],
     "summary": "Builds and ships AI systems end to end: software engineering, math, ML/DL, data engineering, cloud/MLOps, deployment and optimization (the full skill tree of seed 002).",
     "seed": S002 + ", " + S001 + ", " + S003,
     "groups": [
         # 1. Programming and Software Engineering
         g("Programming: Python", R, ALL, ["python"], 3),
         g("Programming: Java, C++ or R", P, ANY, ["java", "cpp", "r", "javascript"], 1, 1),
         g("Data structures, algorithms and development practices", R, ALL, ["data-structures", "algorithms", "git", "software-testing"], 2),
         g("ML frameworks", R, ANY, ["tensorflow", "pytorch", "scikit-learn"], 3, 2),
         g("Data manipulation libraries", R, ALL, ["numpy", "pandas"], 2),
         g("Visualization libraries", P, ANY, ["matplotlib", "seaborn", "plotly"], 1, 1),
         g("APIs and web services", R, ANY, ["rest-api", "api-development", "fastapi", "flask"], 2, 1),
         # 2. Mathematics and Statistics
         g("Mathematics: linear algebra, calculus, probability and statistics", R, ALL, ["linear-algebra", "calculus", "probability", "statistics"], 2),
         g("Optimization and Bayesian methods", P, ANY, ["mathematical-optimization", "gradient-descent", "bayesian-statistics", "hypothesis-testing"], 1, 1),
         # 3. Machine Learning and Deep Learning
         g("ML algorithms: supervised and unsupervised", R, ALL, ["supervised-learning", "unsupervised-learning"], 3),
         g("Deep learning architectures", R, ANY, ["deep-learning", "cnn", "rnn", "transformers"], 3, 2),
         g("Feature engineering", R, ALL, ["feature-engineering"], 2),
         g("Hyperparameter tuning", P, ANY, ["hyperparameter-tuning", "optuna", "bayesian-optimization"], 1, 1),
         g("AI algorithms and application areas", P, ANY, ["reinforcement-learning", "nlp", "computer-vision", "large-language-models"], 1, 1),
         # 4. Data Engineering
         g("Data processing and ETL", R, ANY, ["etl", "data-pipelines", "data-cleaning"], 1, 1),
         g("Databases", R, ANY, ["sql", "nosql", "mongodb", "postgresql"], 2, 1),
         g("Big data tools", P, ANY, ["apache-spark", "hadoop"], 1, 1),
         # 5. Cloud Computing and MLOps
         g("Cloud platforms", R, ANY, ["aws", "gcp", "azure"], 2, 1),
         g("Containerization", R, ALL, ["docker", "kubernetes"], 2),
         g("CI/CD", R, ALL, ["ci-cd"], 1),
         g("MLOps tools: workflow automation and experiment tracking", P, ANY, ["apache-airflow", "prefect", "mlflow", "weights-and-biases", "tensorflow-serving"], 1, 2),
         # 6. Model Deployment and Optimization
         g("Model deployment", R, ALL, ["model-deployment"], 2),
         g("Deployment techniques", P, ANY, ["api-development", "edge-deployment", "cloud-deployment", "model-serving"], 1, 1),
         g("Performance tuning", P, ANY, ["latency-optimization", "gpu-optimization", "model-quantization", "model-pruning"], 1, 1),
         # 7. Domain Knowledge
         g("Domain knowledge", P, ANY, ["domain-knowledge", "finance", "healthcare", "autonomous-systems"], 1, 1),
         # 8. Soft Skills
         g("Problem-solving and collaboration", R, ANY, ["problem-solving", "teamwork", "cross-functional-collaboration"], 1, 1),
         g("Research and continuous learning", P, ANY, ["ml-research", "continuous-learning"], 1, 1),
     ]},
    {"id": "mlops-engineer", "name": "MLOps Engineer",
     "aliases": ["MLOps Engineer", "ML Ops Engineer", "Machine Learning Operations Engineer", "ML DevOps Engineer",
                 "MLOps Platform Engineer"],
     "summary": "DevOps for ML: owns the end-to-end ML lifecycle (pipelines, CI/CD, deployment, monitoring, drift and retraining of models).",
     "seed": S003 + ", " + S002,
     "groups": [
         g("ML lifecycle: deployment and monitoring", R, ALL, ["mlops", "model-deployment", "model-monitoring"], 3),
         g("CI/CD for ML", R, ANY, ["ci-cd", "jenkins", "github-actions", "gitlab-ci", "azure-devops"], 2, 1),
         g("Containers and orchestration", R, ALL, ["docker", "kubernetes"], 2),
         g("Pipeline orchestration", R, ANY, ["kubeflow-pipelines", "apache-airflow", "tfx", "prefect", "sagemaker-pipelines", "vertex-ai-pipelines"], 2, 1),
         g("Experiment tracking and model registry", R, ANY, ["mlflow", "weights-and-biases", "model-registry", "experiment-tracking"], 2, 1),
         g("Cloud platform", R, ANY, ["aws", "gcp", "azure"], 2, 1),
         g("Drift detection and retraining", P, ANY, ["model-drift", "retraining-pipelines"], 1, 1),
         g("Infrastructure as Code", P, ANY, ["terraform", "infrastructure-as-code", "aws-cloudformation"], 1, 1),
         g("Managed ML platforms", P, ANY, ["amazon-sagemaker", "vertex-ai", "azure-ml"], 1, 1),
         g("DevOps practices and observability", P, ANY, ["devops", "observability", "prometheus", "grafana"], 1, 1),
         g("Data versioning and validation", P, ANY, ["dvc", "data-versioning", "great-expectations", "tfdv"], 1, 1),
         g("ML frameworks", P, ANY, ["tensorflow", "pytorch", "scikit-learn"], 1, 1),
     ]},
    {"id": "ml-research-engineer", "name": "ML Research Engineer",
     "aliases": ["ML Research Engineer", "Machine Learning Research Engineer", "AI Research Engineer",
                 "Research Engineer, Machine Learning", "Research Engineer"],
     "summary": "Bridges research and production: turns experimental models from research papers into tested prototypes with strong DL and engineering skills.",
     "seed": S003 + ", " + S002,
     "groups": [
         g("Research papers to prototypes", R, ALL, ["ml-research", "prototyping"], 3),
         g("Deep learning frameworks", R, ANY, ["pytorch", "tensorflow", "keras"], 3, 1),
         g("Deep learning", R, ALL, ["deep-learning"], 2),
         g("Model architectures", R, ANY, ["transformers", "cnn", "rnn", "gan", "diffusion-models", "large-language-models"], 2, 2),
         g("Mathematics", R, ALL, ["linear-algebra", "probability", "calculus"], 2),
         g("Model evaluation and experimentation", R, ANY, ["model-evaluation", "experiment-tracking", "hypothesis-testing"], 1, 1),
         g("Experiment tracking tools", P, ANY, ["weights-and-biases", "mlflow", "tensorboard"], 1, 1),
         g("Software engineering for prototypes", R, ALL, ["software-engineering", "git"], 1),
         g("Training at scale", P, ANY, ["distributed-training", "gpu", "cuda"], 1, 1),
     ]},
    {"id": "ml-infrastructure-specialist", "name": "ML Infrastructure Specialist",
     "aliases": ["ML Infrastructure Specialist", "ML Infra Specialist", "ML Infrastructure Engineer",
                 "Machine Learning Infrastructure Engineer", "ML Platform Engineer", "ML Infra Engineer"],
     "summary": "Owns the tools and platforms of the AI development lifecycle (TensorFlow, PyTorch, MLflow, TFX, Kubeflow) and the compute they run on.",
     "seed": S003 + ", " + S002,
     "groups": [
         g("ML infrastructure", R, ANY, ["ml-infrastructure", "mlops"], 2, 1),
         g("ML platforms and lifecycle tools", R, ANY, ["mlflow", "tfx", "kubeflow", "amazon-sagemaker", "vertex-ai", "azure-ml"], 3, 2),
         g("ML frameworks", R, ANY, ["tensorflow", "pytorch"], 2, 1),
         g("Containers and orchestration", R, ALL, ["kubernetes", "docker"], 2),
         g("GPU and distributed compute", R, ANY, ["gpu", "cuda", "distributed-training", "ray"], 2, 1),
         g("Cloud platform", R, ANY, ["aws", "gcp", "azure"], 2, 1),
         g("Model serving", P, ANY, ["model-serving", "nvidia-triton", "tensorflow-serving", "torchserve", "kserve", "ray-serve"], 1, 1),
         g("Feature stores", P, ANY, ["feature-store", "feast", "tecton"], 1, 1),
         g("Infrastructure as Code", P, ANY, ["terraform", "infrastructure-as-code"], 1, 1),
         g("Observability", P, ANY, ["prometheus", "grafana", "observability"], 1, 1),
     ]},
    {"id": "ai-product-manager", "name": "AI Product Manager",
     "aliases": ["AI Product Manager", "AI PM", "ML Product Manager", "Machine Learning Product Manager",
                 "Product Manager, AI", "Technical Product Manager, AI"],
     "summary": "Product management for AI-driven products: understands the AI project lifecycle from data acquisition to model interpretability and aligns it with business goals.",
     "seed": S003,
     "groups": [
         g("Product management", R, ANY, ["product-management", "ai-product-management"], 3, 1),
         g("AI/ML literacy", R, ANY, ["machine-learning", "deep-learning", "large-language-models", "generative-models"], 2, 1),
         g("Business alignment and requirements", R, ANY, ["business-acumen", "stakeholder-management", "requirements-gathering"], 2, 2),
         g("Communication", R, ANY, ["communication", "storytelling", "verbal-communication", "written-communication"], 2, 1),
         g("Data acquisition and quality", P, ANY, ["data-collection", "data-quality"], 1, 1),
         g("Model interpretability", P, ANY, ["model-explainability"], 1, 1),
         g("Data-driven decisions and experimentation", P, ANY, ["data-driven-decision-making", "ab-testing", "decision-making"], 1, 1),
         g("Responsible AI", P, ANY, ["ai-ethics", "ai-governance"], 1, 1),
         g("Leadership and delivery", P, ANY, ["leadership", "project-management", "cross-functional-collaboration", "agile"], 1, 1),
     ]},
    {"id": "ai-system-architect", "name": "AI System Architect",
     "aliases": ["AI System Architect", "AI Systems Architect", "AI Architect", "AI Solutions Architect",
                 "ML Architect", "Machine Learning Architect", "AI/ML Solutions Architect"],
     "summary": "Designs whole AI ecosystems: data pipelines, training infrastructure, inference optimization, cloud and MLOps architecture.",
     "seed": S003 + ", " + S002,
     "groups": [
         g("AI and software architecture", R, ANY, ["ai-system-architecture", "software-architecture"], 3, 1),
         g("Distributed, scalable system design", R, ANY, ["distributed-systems", "microservices", "scalability", "event-driven-architecture"], 2, 2),
         g("Data pipelines", R, ANY, ["data-pipelines", "etl", "stream-processing"], 2, 1),
         g("Training infrastructure", R, ANY, ["ml-infrastructure", "distributed-training", "gpu"], 2, 1),
         g("Inference optimization and serving", R, ANY, ["inference-optimization", "model-serving", "model-optimization", "latency-optimization"], 2, 1),
         g("Cloud platforms", R, ANY, ["aws", "gcp", "azure"], 2, 1),
         g("MLOps architecture", P, ANY, ["mlops", "kubernetes", "feature-store", "model-registry"], 1, 1),
         g("Security and compliance", P, ANY, ["cloud-security", "compliance", "identity-and-access-management"], 1, 1),
         g("Technical leadership", P, ANY, ["stakeholder-management", "leadership"], 1, 1),
     ]},
    {"id": "edge-ai-engineer", "name": "Edge AI Engineer",
     "aliases": ["Edge AI Engineer", "Edge ML Engineer", "Embedded ML Engineer", "Embedded AI Engineer",
                 "TinyML Engineer", "On-Device ML Engineer"],
     "summary": "Optimizes and deploys models on edge devices (smartphones, IoT) so they run with limited resources without losing performance.",
     "seed": S003 + ", " + S002,
     "groups": [
         g("Edge deployment", R, ANY, ["edge-deployment", "iot"], 3, 1),
         g("Edge runtimes", R, ANY, ["tensorflow-lite", "pytorch-mobile", "onnx-runtime", "tensorrt", "aws-iot-greengrass", "azure-iot-edge"], 3, 1),
         g("Model optimization for limited resources", R, ANY, ["model-quantization", "model-pruning", "knowledge-distillation", "model-optimization"], 3, 2),
         g("Deep learning frameworks", R, ANY, ["tensorflow", "pytorch"], 2, 1),
         g("Systems languages", P, ANY, ["cpp", "c"], 1, 1),
         g("Hardware acceleration", P, ANY, ["gpu", "fpga", "hardware-acceleration", "cuda"], 1, 1),
         g("Latency optimization", P, ALL, ["latency-optimization"], 1),
         g("Application areas", P, ANY, ["computer-vision", "autonomous-systems", "iot"], 1, 1),
     ]},
    {"id": "ai-ethics-governance-specialist", "name": "AI Ethics and Governance Specialist",
     "aliases": ["AI Ethics Specialist", "AI Governance Specialist", "AI Ethics and Governance Specialist",
                 "Responsible AI Specialist", "AI Ethicist", "AI Policy Specialist", "AI Regulation and Policy Expert",
                 "Responsible AI Lead"],
     "summary": "Governance, regulation and policy of AI: assesses ethical implications of models and designs fair, transparent, compliant systems (technical plus philosophical).",
     "seed": S003,
     "groups": [
         g("AI ethics, fairness and transparency", R, ANY, ["ai-ethics", "ai-fairness", "ai-transparency"], 3, 2),
         g("Governance and regulation", R, ANY, ["ai-governance", "ai-regulation", "compliance"], 2, 1),
         g("Model interpretability", R, ANY, ["model-explainability", "shap", "lime"], 2, 1),
         g("ML literacy", R, ALL, ["machine-learning"], 2),
         g("Privacy regulation", P, ANY, ["gdpr", "data-privacy", "ccpa", "hipaa", "differential-privacy"], 1, 1),
         g("Data governance", P, ANY, ["data-governance", "data-lineage"], 1, 1),
         g("Communication and policy writing", R, ANY, ["communication", "written-communication", "stakeholder-management"], 1, 1),
         g("Critical thinking and ethics", P, ANY, ["critical-thinking", "professional-ethics"], 1, 1),
     ]},
]


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_kind_forbid(path, patterns):
    """rules/extraction.json is written by hand, except the "forbid" list of its kind_forbid,
    which is replaced by KIND_FORBID (one pattern per line), everything around it kept."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("[", text.index('"forbid"', text.index('"kind_forbid"')))
    _, end = json.JSONDecoder().raw_decode(text, start)
    indent = " " * (start - text.rindex("\n", 0, start) - 1 - len('"forbid": '))
    listed = ",\n".join(indent + "  " + json.dumps(spaced(p), ensure_ascii=False) for p in patterns)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:start] + "[\n" + listed + "\n" + indent + "]" + text[end:])


def main():
    write_kind_forbid(os.path.join(ROOT, "rules", "extraction.json"), KIND_FORBID)
    files = build_skills()
    sdir = os.path.join(ROOT, "rules", "skills")
    rdir = os.path.join(ROOT, "rules", "roles")
    os.makedirs(os.path.join(rdir, "shared"), exist_ok=True)
    os.makedirs(sdir, exist_ok=True)
    for fname, skills in files.items():
        write_json(os.path.join(sdir, fname + ".json"), {"skills": skills})
    for role in ROLES:
        r = dict(role)
        r["include"] = ["common-skills"]
        ordered = {k: r[k] for k in ("id", "name", "aliases", "summary", "seed", "include", "groups")}
        write_json(os.path.join(rdir, r["id"] + ".json"), ordered)
    write_json(os.path.join(rdir, "shared", "common-skills.json"), COMMON)
    n = sum(len(v) for v in files.values())
    print("wrote %d skills in %d files, %d roles" % (n, len(files), len(ROLES)))


if __name__ == "__main__":
    main()
