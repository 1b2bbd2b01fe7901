# Taxonomy data, part I: forbid patterns of the seventh accuracy pass (bench/accuracy: every
# dotin mention that overlaps no gold span, reviewed skill by skill) for products, companies,
# platforms and operating systems named inside other names (SAP, Oracle, Windows, Java...).
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

def _employer(word):
    """The employer of an Indeed-style work entry: "SAP -  Bengaluru, Karnataka -" (two spaces after the
    hyphen; the dates follow on the next line)."""
    return [r"\b(" + word + r") ?-\s\s[a-z .]+, ?[a-z .]+ ?-"]


# A quoted title presented at a conference or printed in a journal ("“Teaching X Using Y”, presented at ...").
# Written as alternations, not classes: a class of multi-byte quotes matches single bytes. Some texts
# carry the quotes as escaped UTF-8 bytes (\xe2\x80\x9c).
_OPEN_Q = r"(“|\"|\\xe2\\x80\\x9c)"
_CLOSE_Q = r"(”|\"|\\xe2\\x80\\x9d)"
_QUOTED_TITLE = [_OPEN_Q + r"[^\n]*" + _CLOSE_Q + r",? (presented|published|accepted) (at|in)\b",
                 _OPEN_Q + r"[^\n]*" + _CLOSE_Q + r",? (the )?[a-z ]*journal\b"]

FORBID_I = {
    # Vista as a place name or an address, not Windows Vista ("Linda Vista Cir.", "Vista Maria").
    "windows": [r"\bvista (cir|circle|dr|drive|ave|avenue|st|street|blvd|rd|road|way|ln|lane|ct|court|pl|place|"
                r"terrace|del|de|la|maria|verde|grande|hermosa|ridge)\b", r"\blinda vista\b"],
    # Linux in the name of a project, user group or publication; Linux products sold; Red Hat the employer.
    "linux": [r"linux (documentation project|users?'? groups?|journal|magazine|conference|expo|meetups?)\b",
              r"responsible for [^.\n]*\bsales in\b", r"\bsales of [^.\n]*\bportfolio\b"] + _employer(r"red ?hat"),
    # MySQL sold by a sales representative ("Responsible for MySQL, Oracle Linux and VM Sales in ...").
    "mysql": [r"responsible for [^.\n]*\bsales in\b"],
    # SAP the employer or the vendor ("SAP - Bengaluru, Karnataka - November 2017", "OSS messages to SAP").
    "sap": _employer("sap") + [r"messages?[^.\n]* to sap\b"],
    # Java inside other products' names: Java Message Service, Sun Java System servers, a Java training
    # institute.
    "java": [r"java messag(e|ing) service", r"(sun|oracle) java system\b",
             r"java training (institute|centre|center|academy)\b"],
    # SQL Azure is Azure's database service, not the SQL language.
    "sql": [r"sql azure\b"],
    # Oracle products other than the database (identity management, SaaS, Siebel, BI, load testing), and
    # Oracle the employer ("Oracle -  Bengaluru, Karnataka -").
    "oracle-database": [r"oracle (idm|saas|siebel|bi|transportation management|load tester)\b"] + _employer("oracle"),
    # Drupal community events and groups, not work in Drupal.
    "drupal": [r"drupal (meetups?|camps?|cons?|user groups?|association|summit)\b"],
    # Access lists of network routers, not MS Access.
    "ms-access": [r"access[- ]lists?\b"],
    # To excel: the verb ("give full play to my creativity to excel within").
    "excel": [r"excel within\b", r"(creativity|talents?|potential) to excel\b"] + _QUOTED_TITLE,
    # A capital C in an alphabetical list of action verbs ("Budgeted Built C Calculated"), or
    # the spaced heading "E D U C A T I O N".
    "c": [r"\bc (calculated|categorized|chaired|charted|clarified|classified|coached|collaborated|collected|"
          r"compiled|computed|conceived|conducted|consolidated|coordinated|counseled|critiqued|cultivated)\b",
          r"\bd u c a ?t"],
    # CPP as a security firm or the Certified Protection Professional credential, not C++.
    "cpp": [r"\bcpp (security|protection)\b", r"certified protection professional ?\(?cpp\b"],
    # CSS in an award's name ("CSS Design Awards").
    "css": [r"css (design )?awards?\b"],
    # MAC (media access control) switching terms, not the Mac.
    "macos": [r"\bmac (aging|flooding|learning|tables?|spoofing|limit(ing)?|move)\b"],
    # Quoted titles of papers and talks that name the language or the tool.
    "visual-basic": list(_QUOTED_TITLE),
    "tfs": list(_QUOTED_TITLE),
    # Titles of papers on Haskell followed by the journal ("... for Haskell. ACM SIGPLAN Notices, 50(12)").
    "haskell": [r"haskell[^.\n]*\. [^\n]*(notices|journal|proceedings|transactions|letters|reader),? (vol|issue|\d)"],
    # The Stata Journal and titles printed in it.
    "stata": [r"stata journal", r"stata,?\S* (the )?stata journal"] + _QUOTED_TITLE,
    # An author's initial R. in a list of authors ("Tolman, R. (2007)", "and R. A. Eisenberg").
    "r": [r"[a-z]+, r\. ?(\(|,|&|and\b)", r"\b(and|&) r\. ?[a-z]\.", r"\b(and|&) r\. [a-z]+\)",
          r"; [a-z]+ r\. [a-z]+;"],
    # NSF grant numbers of the IIS division ("grant IIS-9874747").
    "iis": [r"\biis-\d"],
    # Authorize.Net, the payment gateway.
    "dotnet": [r"authori[sz]ed? ?\.net"],
    # Denial of service, not MS-DOS.
    "ms-dos": [r"\bdos attacks?\b"],
    # GCP as Good Clinical Practice or an internal programme, not Google Cloud.
    "gcp": [r"clinical practices?\)? ?\(?gcp\b", r"\bgcp ?\(good clinical", r"(cgmp|\bgmp|\bglp)[^\n]*\bgcp\b",
            r"\bgcp (tracker|process|processes)\b", r"\bgcp ?\(global"],
    # TS as a technical specification or a team role, not TypeScript ("FS, TS and deployment guides").
    "typescript": [r"\b(fs|bs|brd|frs|srs|hld|lld),? (and |& )?ts\b", r"\bts,? (and |& )?(fs|deployment|ut)\b",
                   r"(manager|developer|lead|tester|architect), ts\b"],
    # A publisher's name.
    "prometheus": [r"prometheus books"],
    # Ray as the geometric ray of graphics, not the Ray framework.
    "ray": [r"\bray (intersection|casting|caster|marching|tracer)s?\b"],
    # E-Business Suite (Oracle EBS) releases, not Amazon EBS volumes.
    "amazon-ebs": [r"\b(r12|11i)\b[^\n]*\bebs\b", r"\bebs\b[^\n]*\b(r12|11i)\b",
                   r"\bebs (suite|release|financials|modules?)\b", r"apps dba[^\n]*\bebs\b"],
    # Companies named like their products, as the employer of a work entry ("MongoDB -  Gurgaon, Haryana -").
    **{sk: _employer(word) for sk, word in [
        ("mongodb", "mongodb"), ("salesforce", r"salesforce(\.com)?"), ("splunk", "splunk"), ("tableau", "tableau"),
        ("informatica", "informatica"), ("teradata", "teradata"), ("servicenow", "servicenow"),
        ("databricks", "databricks"), ("datadog", "datadog"), ("dynatrace", "dynatrace"), ("github", "github"),
        ("gitlab", "gitlab"), ("new-relic", "new relic"), ("snowflake", "snowflake"), ("sas", r"sas( institute)?"),
        ("sybase", "sybase"), ("docker", "docker"), ("jira", "atlassian|jira"), ("redis", r"redis( labs)?"),
        ("terraform", "hashicorp|terraform")]},
    # Electronic Merchandise Return labels, not Amazon EMR.
    "amazon-emr": [r"\bemr labels?\b"],
    # A bug bash is a testing session, not the shell.
    "bash": [r"bug[- ]?bash"],
    # Drupal's Node API, not Node.js.
    "nodejs": [r"(drupal|forms api|views api)[^\n]*\bnode api\b", r"\bnode api[^\n]*(drupal|views api)"],
    # Hudson as a town, not the CI server.
    "hudson": [r"hudson,? (tx|texas|ny|oh|ohio|ma|wi|nh|fl|nc|nj)\b"],
    # A programme's name ("Amazon Web Services in Education Research Grant").
    "aws": [r"(amazon web services|aws) in education\b"],
    # MuleSoft the vendor, to whom issues are reported, or the employer.
    "mulesoft": [r"(issues|tickets|cases|bugs) to mulesoft\b"] + _employer("mulesoft"),
    # Business objects in the generic sense of an application's entities (opportunities, quotations).
    "business-objects": [r"(these|various) business objects\b"],
    # "sed" in lorem ipsum filler text, not the stream editor.
    "command-line": [r"(suspendisse|pellentesque|aenean|vestibulum|curabitur|donec|aliquam|mauris|etiam|maecenas|"
                     r"phasellus|vivamus|quisque|praesent|morbi|fusce|nullam|proin|duis|cras|amet|elit) sed\b",
                     r"\bsed (ut|quam|facilisis|ornare|diam|nisl|nibh|tempor|eget|vitae|lectus|libero|magna|"
                     r"mauris|massa|neque|odio|orci|risus|sapien|tellus|tortor|turpis|urna|velit)\b"],
}
