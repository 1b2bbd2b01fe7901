"""The reviewer's decisions tools/curate_taxonomy.py applies: entries left out on purpose, and
the subject file and category a new skill goes to."""
import re
# Folded names (lowercase) of source entries that are no skill, with the reason. Everyday-word
# names are caught by the script itself (WordNet); these are the ones a word list cannot see.
_CONSUMER = "a consumer service or website, not a skill"
_FILE = "a configuration or tooling file format, not a skill"
LEFT_OUT = {
    **{name: _CONSUMER for name in (
        "facebook", "youtube", "pinterest", "twitter", "instagram", "linkedin", "google search", "yahoo",
        "wikipedia", "craigslist", "reddit", "tiktok", "snapchat", "whatsapp", "google maps", "bing",
        "web browser", "microsoft edge", "google chrome", "mozilla firefox", "apple safari", "netflix",
        "spotify", "ebay", "amazon.com", "google news", "flickr", "tumblr", "dropbox", "google drive",
        "yelp", "zillow", "mapquest", "waze")},
    **{name: _FILE for name in (
        "ignore list", "git attributes", "git config", "git revision list", "readline config", "ssh config",
        "browserslist", "npm config", "pip requirements", "wget config", "option list", "gemfile.lock",
        "editorconfig", "dotenv", "checksums", "public key", "raw token data", "adobe font metrics",
        "2 dimensional array", "text", "robots.txt", "type language", "e mail", "go checksums", "go module",
        "go workspace", "ini", "json with comments", "irc log", "jar manifest", "redirect rules", "vim help file",
        "xpages", "whitespace", "world of warcraft addon data", "gerber image", "collada", "x bitmap",
        "x pixmap", "x font directory index", "wavefront material", "wavefront object", "stl", "pov ray sdl",
        "nanorc", "cabal config", "cargo lock", "debian package control file", "filebench wml", "gcc machine description",
        "htmlhtml", "inno setup", "jest snapshot", "kicad layout", "kicad legacy layout", "kicad schematic",
        "linker script", "module management system", "nwscript", "openstep property list", "pickle", "pic",
        "poke", "quake", "record jar", "selinux policy", "sed", "ltspice symbol", "cue sheet", "unix assembly")},
    **{name: "a company's name far more often than a product on a resume" for name in (
        "cisco", "mcafee", "lexisnexis", "cisco systems", "intuit", "oracle", "ibm", "microsoft", "google")},
    # Names no resume means as the tool when it says them: kept out until the sense model knows them.
    "access": "everyday word: MS Access is found by its full name",
    "project": "everyday word: Microsoft Project is found by its full name",
    "teams": "everyday word: Microsoft Teams is found by its full name",
    "exchange": "everyday word: Microsoft Exchange is found by its full name",
    "office": "everyday word: Microsoft Office is found by its full name",
    # A given name far more often than the JVM assembler (dotin: "Lloyd Jasmin Lubowitz").
    "jasmin": "a person's name far more often than the language on a resume",
}

_LANG_FILE = "programming-languages.json"
# O*NET commodity codes -> (subject file, category).
_ONET = {}
for _codes, _where in (
        (("43232402", "43232405", "43232404", "43232409", "43231511"),
         ("software-development-tools.json", "Programming and Software Engineering / Development Tools")),
        (("43232406",), ("software-development-tools.json", "Programming and Software Engineering / Testing Tools")),
        (("43232203", "43232401"),
         ("software-development-tools.json", "Programming and Software Engineering / Version Control and Configuration")),
        (("43232408", "43232107"), ("web-development.json", "Web and Mobile Development / Web Platforms and Frameworks")),
        (("43233004", "43233001", "43233405"), ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Operating Systems")),
        (("43232801", "43232804", "43232805", "43232901", "43232902", "43232905", "43232907", "43232908",
          "43232909", "43232911", "43232915", "43232806", "43233701"),
         ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Networks and Systems Management")),
        (("43232704", "43233201"), ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Identity and Directory")),
        (("43233203", "43233204", "43233205", "43233206"), ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Security")),
        (("43232701", "43232313", "43232403"), ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Servers and Middleware")),
        (("43233415", "43233513"), ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Backup and Storage")),
        (("43232304", "43232311", "43232306", "43232310"), ("databases-and-data-tools.json", "Data Engineering / Databases and Data Tools")),
        (("43232305", "43232314", "43232307", "43232301", "43232302", "43232309"),
         ("databases-and-data-tools.json", "Data Analysis and Visualization / BI, Reporting and Search")),
        (("43231513", "43232104", "43232110", "43232106", "43232105", "43232111", "43232503", "43232202", "43232201",
          "43232705", "43233413", "43233420"), ("office-and-collaboration.json", "Office and Collaboration / Office and Documents")),
        (("43233501", "43233502", "43233503", "43233504", "43233509", "43233511", "43232702", "43232108"),
         ("office-and-collaboration.json", "Office and Collaboration / Communication and Scheduling")),
        (("43231507", "43231518", "43231517", "43232407"), ("office-and-collaboration.json", "Office and Collaboration / Project and Process Management")),
        (("43232303", "43231514", "43231501"), ("business-applications.json", "Business Applications / CRM, Sales and Service")),
        (("43231601", "43231602", "43231603", "43231604", "43231605", "43232620"),
         ("business-applications.json", "Business Applications / ERP, Accounting and Finance")),
        (("43231505",), ("business-applications.json", "Business Applications / Human Resources")),
        (("43231503", "43231506", "43231508", "43232611", "43232606", "43232603"),
         ("business-applications.json", "Business Applications / Operations and Supply Chain")),
        (("43232102", "43232103", "43232005", "43232112", "43232101"),
         ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / Graphics, Video and Audio")),
        (("43232604", "43232612", "43232608"),
         ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / CAD, CAM and Control")),
        (("43232510", "43233506", "43232504"),
         ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / GIS and Mapping")),
        (("43232605",), ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / Analytical and Scientific")),
        (("43232610",), ("industry-software.json", "Industry Software / Healthcare")),
        (("43232502", "43232505", "43232609"), ("industry-software.json", "Industry Software / Education and Libraries"))):
    for _code in _codes:
        _ONET[_code] = _where

# ESCO branch keywords -> (subject file, category), first match wins.
_ESCO = (
    ("learning management", ("industry-software.json", "Industry Software / Education and Libraries")),
    ("penetration testing", ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Security")),
    ("protecting ict", ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Security")),
    ("database", ("databases-and-data-tools.json", "Data Engineering / Databases and Data Tools")),
    ("data extraction", ("databases-and-data-tools.json", "Data Engineering / Databases and Data Tools")),
    ("digital data", ("databases-and-data-tools.json", "Data Engineering / Databases and Data Tools")),
    ("software configuration", ("software-development-tools.json",
                                "Programming and Software Engineering / Version Control and Configuration")),
    ("software frameworks", ("web-development.json", "Web and Mobile Development / Web Platforms and Frameworks")),
    ("project management", ("software-development-tools.json", "Programming and Software Engineering / Development Methodologies")),
    ("game creation", ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / Game Development")),
    ("graphics", ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / Graphics, Video and Audio")),
    ("audio-visual", ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / Graphics, Video and Audio")),
    ("computer aided", ("design-engineering-and-science-software.json", "Engineering, Science and Design Software / CAD, CAM and Control")),
    ("collaboration", ("office-and-collaboration.json", "Office and Collaboration / Office and Documents")),
    ("computer use", ("office-and-collaboration.json", "Office and Collaboration / Office and Documents")),
    ("marketing", ("business-applications.json", "Business Applications / CRM, Sales and Service")),
    ("software and applications", ("software-development-tools.json", "Programming and Software Engineering / Development Tools")),
    ("programming", ("software-development-tools.json", "Programming and Software Engineering / Development Tools")),
)
_ESCO_DEFAULT = ("it-infrastructure-and-security.json", "IT Infrastructure and Security / Networks and Systems Management")


def category_for(entries):
    """(subject file, category) of a candidate: a language's from Linguist's type, then O*NET's
    commodity class, then ESCO's branch."""
    for e in entries:
        if e["source"] == "linguist" or e["kind"] == "language":
            kind = e["group"] if e["source"] == "linguist" else "linguist:programming"
            sub = "Programming Languages" if kind == "linguist:programming" else "Markup and Data Formats"
            return _LANG_FILE, "Programming and Software Engineering / " + sub
    for e in entries:
        if e["source"] == "onet" and e["group"] in _ONET:
            return _ONET[e["group"]]
    for e in entries:
        if e["source"] == "esco":
            return next((where for key, where in _ESCO if key in e["group"]), _ESCO_DEFAULT)
    return ("industry-software.json", "Industry Software / Other")


# Entries an existing skill covers as part of something broader (Ubuntu under Linux, MariaDB
# under MySQL, Sass under CSS): covered, but the skill does not take the entry's code, which
# names the narrower thing.
BROADER = {
    "sass", "iterative development", "image recognition", "distributed computing", "data protection", "vmware",
    "ubuntu", "elasticsearch", "adobe flex", "rabbitmq", "design of experiments", "awk", "sed", "dtrace",
    "ethereal", "tcpdump", "mariadb", "win ce", "glsl", "qml", "eq", "cql", "dataweave", "power query", "lookml",
    "transact-sql", "tsql", "system design", "data manipulation", "data manipulation language", "unix shell", "wildfly", "vbscript",
    "microsoft active server pages", "cloud technologies", "data models", "ml", "structure query",
    "structure query language",
    "source code management", "content management systems"}

# Aliases the sources give that the dev sets showed to name something else far more often:
# course codes ("COM 100"), list labels ("IDE/Tools:"), generic phrases, company names.
DROP_ALIASES = {
    "etc", "com", "ide", "sdl", "oms", "system test", "application server", "formatted", "cisco systems",
    "traveling salesman problem", "tsp", "pos", "cms", "ics", "lms", "mis", "gis software", "sms", "ems", "emr",
    "ehr", "cad", "cam", "ocr", "dss", "bi", "crm software", "erp software", "hr", "api", "ict", "iep", "rfx",
    "communication technology", "information technology",
    # A product's name without its vendor that is a phrase of everyday words ("Oracle Java Message
    # Service" as "Message Service"): the full name finds the product.
    "message service", "enterprise manager", "net manager", "virtual server", "network monitor", "business one",
    "replication server", "migration workbench", "earth pro", "tag manager", "commerce server", "enterprise edition ee",
    "data integrator"}

# Function words a phrase of everyday words may hold ("quality of service", "cloud and edge").
_FUNCTION_WORDS = {"of", "and", "or", "to", "for", "in", "on", "the", "a", "an", "with", "by"}
# Categories whose practices are named in business prose ("delivering excellent customer
# service", "a team of business development managers"): their everyday-phrase aliases need
# support. Elsewhere such a phrase names a technical practice ("penetration testing", "chaos
# engineering") nearly always, and only the sense model's veto removes it.
_PROSE_CATEGORIES = ("Sales and Business Development /", "Soft Skills /", "Business Applications /",
                     "AI Governance and Product /")


def prose_phrase(text, lemmas):
    """Whether an alias is written in lower case and every word of it is an everyday English word
    (a WordNet lemma or its plural, or a function word): "customer service", "help desk", "data
    storage". Such a phrase is as often ordinary prose as a skill named."""
    words = [w for w in re.split(r"[\s\-]+", text.strip()) if w]
    if text != text.lower() or len(words) < 2 or not all(re.fullmatch(r"[a-z]+", w) for w in words):
        return False
    return all(w in _FUNCTION_WORDS or w in lemmas or (w.endswith("s") and w[:-1] in lemmas) for w in words)


def phrase_alias(text, category):
    """The alias entry a practice's everyday-words phrase gets: ambiguous, so the sense model
    decides and it supports no other ambiguous mention; also mostly_skill outside business prose."""
    if category.startswith(_PROSE_CATEGORIES):
        return {"text": text, "ambiguous": True}
    return {"text": text, "ambiguous": True, "mostly_skill": True}

# Items of real resumes' skills sections that are no skill the taxonomy should find
# (tools/skills_coverage.py), as whole-item patterns (case-insensitive) with the reason.
_NATURAL = ("english|hindi|tamil|telugu|kannada|marathi|malayalam|bengali|gujarati|punjabi|urdu|french|german|"
            "spanish|arabic|chinese|mandarin|cantonese|japanese|russian|italian|portuguese|dutch|welsh|polish|korean")
# A word that names an employer or a school ("Oracle India Private Limited", "... University").
EMPLOYER = r"\b(pvt|private|ltd|limited|inc|llc|corporation|university|college|institute)\b"
# Words that label a list or say a level or a duration ("Languages and Software:", "Expert").
_LABEL = (r"(skills?|technical skills?|tools?|technologies|software|languages?|programming languages?|databases?|"
          r"operating systems?|os|platforms?|frameworks?|web technologies|others?|etc|misc(ellaneous)?|ide|"
          r"packages?|scripting|environment|domain|hardware|applications?|utilities|methodolog(y|ies)|concepts?|"
          r"certifications?|area of interest|development|design|management|technical|knowledge|basics?|"
          r"less than 1 year|\d+\+? years?|associate|professional|expert|beginner|intermediate|advanced)")
SECTION_LEFT_OUT = (
    (rf"({_NATURAL})(\s+(language|\(.*\)|fluent|native))?", "a natural language (out of the taxonomy's scope)"),
    (r"(hard[- ]?work(ing|er)|quick learner|fast learner|self[- ]?motivated|punctual(ity)?|honest(y)?|sincere|"
     r"dedicated|disciplined|flexible|positive attitude|smart work(er|ing)?|optimistic|confident|patient|"
     r"responsible|reliable|energetic|enthusiastic|dedication|sincerity|good learner)", "a personal trait, not a skill"),
    (rf"{_LABEL}(\s*(and|&|/)\s*{_LABEL})*", "a category label, level or duration, too vague to name a skill"),
    (r"(microsoft|google|ibm|apple|amazon|samsung|adobe)", "a vendor's name alone, not one of its products"),
    (r"(training|installation|upgradation|services|network|networking|rules|cost|templates|developing|notifications|"
     r"architecture|internet|content|multimedia|culture|case|support|testing|analysis|planning|research|"
     r"documentation|maintenance|configuration|implementation|troubleshooting|administration|operations|"
     r"reporting|coordination|communication|computer|computers|it|technology|engineering|performance)",
     "one everyday word alone, too vague to name a skill"),
    (r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(19|20)\d\d|till date|to date|present)",
     "a date, not a skill"),
    (r"(mpe?g|mp[34]|gif|jpe?g|png|avi|wav|mov)", "a media file format, not a skill"),
    (rf".*{EMPLOYER}.*", "an employer or school, not a skill"),
)

# O*NET products that real resumes list in their skills sections (tools/skills_coverage.py,
# misses of the even half of the dotin resumes) though no flag of curation_sources.onet
# selects them (not hot, in demand, nor named by three occupations).
ONET_LISTED = {"Secure shell SSH software", "Internet Protocol Security IPSEC", "Robot Framework",
               "Microsoft Windows Mobile"}
