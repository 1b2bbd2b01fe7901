"""Reads ESCO, O*NET and Linguist into entries for tools/curate_taxonomy.py.

An entry is {"source", "code", "name", "aliases", "kind", "group", "left_out"?}: `code` is
what a skill records (ESCO's concept URI, O*NET's product title, Linguist's language name),
`group` what picks its category (curation_decisions.category_for), `left_out` the reason an
entry is no skill a resume names, decided from the source alone.
"""
import collections
import csv
import os
import re

# The branches of ESCO's digital skills collection whose lower-case concepts are technical
# practices ("incremental development", "cloud technologies"); elsewhere a lower-case concept
# is a trade or an activity ("audio mixing", "operate a forklift").
ESCO_TECH_BRANCHES = (
    "software and applications development", "database and network design", "computer programming",
    "designing ict systems", "setting up computer systems", "protecting ict devices", "ict project management",
    "information and communication technologies", "managing, gathering and storing digital data",
    "accessing and analysing digital data", "data extraction", "software configuration", "software frameworks",
    "penetration testing", "database management systems", "resolving computer problems")
# Words that make an ESCO label an activity ("use spreadsheets software"), not a name.
ACTIVITY = re.compile(r"^(use|using|operate|apply|perform|manage|develop|create|design|implement|maintain|"
                      r"install|monitor|identify|provide|ensure|configure|define|execute|integrate|interpret|"
                      r"migrate|plan|report|utilise|work|conduct|analyse|build|carry|deal|adapt)\b")


def esco(root):
    """ESCO's digital skills: named tools and languages, and technical practices of the ICT branches."""
    entries = []
    path = os.path.join(root, "esco_v1.2.0", "digitalSkillsCollection_en.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            label = re.sub(r"\s*\([^)]*\)$", "", row["preferredLabel"].strip())  # "Smalltalk (computer programming)"
            branch = row["broaderConceptPT"].lower()
            named = is_name(label)
            entry = {"source": "esco", "code": row["conceptUri"], "name": label, "group": branch, "named": named,
                     "aliases": esco_aliases(label, row["altLabels"], named), "kind": esco_kind(row, named, branch)}
            if row["skillType"] != "knowledge" or ACTIVITY.match(label):
                entry["left_out"] = "an activity (ESCO skill/competence), not a name a resume lists"
            elif not named and not any(b in branch for b in ESCO_TECH_BRANCHES):
                entry["left_out"] = "outside the ICT branches of the collection (a trade or a field)"
            elif not named and len(label.split()) > 4:
                entry["left_out"] = "a description, not a name a resume lists"
            elif not named and TOPIC.search(label):
                entry["left_out"] = "a topic of knowledge ESCO describes, not a skill a resume lists"
            entries.append(entry)
    return entries


# A practice's label or alternative label that describes a body of knowledge about something
# ("history of blockchain", "types of firmware", "ICT network cable limitations", "hardware
# industry"), not the name of a skill as people write it.
TOPIC = re.compile(r"\b(of|for|in)\b|\b(principles|history|terminology|characteristics|features|limitations|risks|"
                   r"vulnerabilities|regulation|suppliers|industry|industries|materials|components|areas|fields|"
                   r"specifications?|requirements|fundamentals|anomalies|business|company|trader|manufacture|"
                   r"mechanisms|methods|techniques|platforms|frameworks|theory|infrastructure)$", re.I)


# Words that end a generic label ("ICT communications protocols", "CAE software").
GENERIC = re.compile(r"\b(software|softwares|tools|libraries|platforms|protocols|standards|systems|languages|"
                     r"architecture|areas|fields|applications|methodologies|models|frameworks)$", re.I)


def is_name(label):
    """A proper name ("KDevelop", "Apache Solr"), not a class of things written with an acronym in it."""
    words = [w for w in label.split() if w not in ("ICT", "IT", "Software")]
    return any(any(ch.isupper() for ch in w) for w in words) and not GENERIC.search(label)


def esco_aliases(label, alt_labels, named):
    """ESCO's alternative labels that read as names: short, not "X techniques" or "X principles".
    A class ("computer programming") lists products among its labels: only its own names are kept."""
    kept = []
    for alt in (a.strip() for a in alt_labels.split("|")):
        if alt and len(alt.split()) <= 4 and (named or not is_name(alt)) and not ACTIVITY.match(alt) and not (
                re.search(r"\b(techniques|principles|methods?|basics)$", alt) or (not named and TOPIC.search(alt))):
            kept.append(alt)
    return kept


def esco_kind(row, named, branch):
    """language for ESCO's programming concepts, tool for other names, practice for the rest."""
    if named and "computer programming" in branch and "programming paradigms" in row["description"]:
        return "language"
    if named and "database management systems" in branch:
        return "database"
    return "tool" if named else "practice"


# How an O*NET title in sentence case ends when it names a class of software, not a product
# ("Business software applications", "Online databases", "Port scanners").
ONET_CLASS = r"\b(software|databases|applications|tools|charts|checkers|scanners|analyzers|shells|programs)$"
# O*NET commodity classes whose products a computer occupation names are tech resumes' tools
# even when only one occupation lists them.
ONET_DEV_CLASSES = {"43232402", "43232405", "43232408", "43232406", "43232304", "43232401", "43233004",
                    "43232403", "43232701", "43232801", "43232314", "43232307", "43232203", "43232404"}
VENDORS = ("Microsoft", "Apache", "Oracle", "IBM", "Google", "Amazon", "Adobe", "Apple", "Autodesk", "SAP",
           "Atlassian", "Red Hat", "Cisco", "VMware", "Salesforce", "Intuit", "Epic Systems", "Facebook",
           "JetBrains", "The MathWorks", "MathWorks", "Hewlett Packard", "Dell", "Citrix", "Oracle Java", "JFrog")


def onet(root, listed=()):
    """O*NET's technology products that are hot, in demand, named by three or more occupations,
    named by a computer occupation in a software-development class, or `listed` (titles real
    resumes list in their skills sections that those flags miss)."""
    occupations, flags, rows = collections.defaultdict(set), collections.defaultdict(bool), {}
    path = os.path.join(root, "onet_29.2", "Technology_Skills.txt")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["Example"].strip()
            occupations[name].add(row["O*NET-SOC Code"])
            flags[name] |= row["Hot Technology"] == "Y" or row["In Demand"] == "Y"
            flags[name] |= row["O*NET-SOC Code"].startswith("15-12") and row["Commodity Code"] in ONET_DEV_CLASSES
            flags[name] |= name in listed
            rows[name] = row
    entries = []
    for name, row in rows.items():
        if not (flags[name] or len(occupations[name]) >= 3):
            continue
        entry = {"source": "onet", "code": name, "name": onet_name(name), "aliases": onet_aliases(name),
                 "kind": onet_kind(row["Commodity Code"]), "group": row["Commodity Code"]}
        if name[:1].islower() or re.search(ONET_CLASS, name) and not re.search(r"[A-Z]", name[1:]):
            entry["left_out"] = "a class of software, not a product"
        entries.append(entry)
    return entries


def language_free(name):
    """"Rust" for "Rust programming language": how a resume names it; a description stays whole
    ("Hardware description language", never "Hardware description")."""
    short = re.sub(r"\s+(programming\s+)?language$|\s+programming$", "", name)
    words = short.split()
    return short if len(words) == 1 or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) else name


def split_acronym(name):
    """("Customer relationship management", "CRM") for "Customer relationship management CRM";
    (name, "") when the last word is no acronym of the words before it ("Microsoft Dynamics CRM")."""
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    if re.fullmatch(r"[A-Z][A-Z0-9/+]{1,7}", last) and not re.fullmatch(r"[A-Z0-9]+", words[-2]):
        # Only an abbreviation of the words before it stands alone ("Customer relationship
        # management CRM", "Hypertext markup language HTML"); "Microsoft Dynamics CRM" would
        # otherwise join every CRM product into one candidate.
        if len(last) > 2 and abbreviates(last, words[:-1]):
            return " ".join(words[:-1]), last
    return name, ""


def abbreviates(acronym, words):
    """Whether `acronym` is the initials of the last words, or starts as they do and takes its
    letters in order from them (HTML from "Hypertext markup language")."""
    letters = acronym.lower()
    if "".join(w[0] for w in words).lower().endswith(letters):
        return True
    joined = "".join(words).lower()
    if joined[:1] != letters[:1]:
        return False
    position = 0
    for letter in letters:
        position = joined.find(letter, position) + 1
        if position == 0:
            return False
    return True


def onet_name(name):
    """O*NET's product title without its trailing acronym and " software"."""
    return language_free(split_acronym(re.sub(r"\s+software$", "", name))[0])


def onet_aliases(name):
    """The title, its acronym, and the product without its vendor ("Subversion", "Excel")."""
    base, acronym = split_acronym(re.sub(r"\s+software$", "", name))
    short = language_free(base)
    aliases = [name, base, short] + ([acronym] if acronym else [])
    for vendor in VENDORS:
        if short.startswith(vendor + " ") and len(short) > len(vendor) + 2:
            aliases.append(short[len(vendor) + 1:])
    return [a for a in dict.fromkeys(aliases) if a]


def onet_kind(commodity):
    """database for database systems, language-free: everything else O*NET names is a tool."""
    return "database" if commodity in {"43232304", "43232311"} else "tool"


def linguist(root):
    """Linguist's programming, markup and data languages, with their aliases."""
    entries = []
    for name, fields in linguist_languages(os.path.join(root, "linguist", "languages.yml")):
        if fields.get("type") not in ("programming", "markup", "data"):
            continue
        aliases = [a for a in fields.get("aliases", []) if len(a) >= 3 and a.lower() != name.lower()]
        entry = {"source": "linguist", "code": name, "name": name, "aliases": aliases,
                 "kind": "language", "group": "linguist:" + fields["type"]}
        if re.search(r"(config|ignore list|attributes|\block|manifest|checksums|requirements)$", name.lower()):
            entry["left_out"] = "one tool's settings file, not a skill"
        entries.append(entry)
    return entries


def linguist_languages(path):
    """(name, {"type": str, "aliases": [str]}) for each language of Linguist's languages.yml;
    reads only the two keys it needs, so no YAML library is needed."""
    name, fields, key = None, {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("---") or not line.strip():
                continue
            if not line.startswith(" "):
                if name:
                    yield name, fields
                name, fields, key = unquote(line.rstrip().rstrip(":")), {}, None
            elif re.match(r"  [a-z_]+:", line):
                key, _, value = line.strip().partition(":")
                if key == "type":
                    fields["type"] = value.strip()
            elif key == "aliases" and line.strip().startswith("- "):
                fields.setdefault("aliases", []).append(unquote(line.strip()[2:]))
    if name:
        yield name, fields


def unquote(text):
    """A YAML scalar without its quotes."""
    text = text.strip()
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'" else text
