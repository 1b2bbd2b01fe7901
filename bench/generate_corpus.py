#!/usr/bin/env python3
"""Deterministic corpus generator for the skillmatch benchmarks (stdlib only).

Writes realistic, fictional resumes and job postings (2-8 KB each) that use the
taxonomy's skills (rules/skills/*.json) grouped the way the role profiles
(rules/roles/*.json) group them, in natural sentences, with varied section headings,
dated work entries in varied formats, negations and trap words.

    bench/generate_corpus.py --seed 1 --resumes 10000 --postings 1000 \
        --docx 2000 --feed 500 --cohort 200 --out /tmp/skillmatch-bench/s1

Layout under --out (at most 1000 files per folder):
    resumes/000/r0000000.txt ...       plain-text resumes
    postings/000/p0000000.txt ...      plain-text postings
    docx/000/d0000000.docx ...         DOCX resumes (same generator, separate seeds)
    feeds/postings-000.ndjson          schema.org JobPosting NDJSON feed(s), 1000 lines each
    cohort/g0000/resume.txt, notes.md  bootcamp graduates: one folder each (portfolio)
    MANIFEST.json                      counts, bytes, seed, generator version

Same seed and arguments give the same bytes: every document has its own random
generator seeded from (seed, kind, index), so a corpus of N is a prefix of one of 2N.
Files are streamed to disk one at a time, so 1M documents need no more memory than 1.
"""
import argparse
import glob
import io
import json
import os
import random
import re
import sys
import zipfile

VERSION = 1
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RULES = os.path.join(HERE, "..", "rules")


# ---------------------------------------------------------------- taxonomy
class Taxonomy:
    def __init__(self, rules_dir):
        self.skills = {}  # id -> {"name", "prose": [aliases safe in prose], "listed": [aliases for lists]}
        for path in sorted(glob.glob(os.path.join(rules_dir, "skills", "*.json"))):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            for skill in data["skills"]:
                prose, listed = [], []
                for alias in skill["aliases"]:
                    if isinstance(alias, str):
                        prose.append(alias)
                        listed.append(alias)
                    elif not alias.get("pattern"):
                        listed.append(alias["text"])
                        if not alias.get("ambiguous"):
                            prose.append(alias["text"])
                if not listed:
                    continue
                if not prose:  # only ambiguous aliases (Go, R...): add a cue in prose
                    prose = [listed[0] + " programming" if skill.get("kind") == "language" else listed[0]]
                self.skills[skill["id"]] = {"name": skill["name"], "prose": prose, "listed": listed,
                                            "kind": skill.get("kind", ""), "category": skill.get("category", "")}
        self.all_ids = sorted(self.skills)
        shared = {}
        for path in sorted(glob.glob(os.path.join(rules_dir, "roles", "shared", "*.json"))):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            shared[data["id"]] = data
        self.roles = []
        for path in sorted(glob.glob(os.path.join(rules_dir, "roles", "*.json"))):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            groups = list(data.get("groups", []))
            for inc in data.get("include", []):
                groups += shared.get(inc, {}).get("groups", [])
            core, extra = [], []
            for group in groups:
                ids = [s for s in group.get("skills", []) if s in self.skills]
                (core if group.get("level") == "required" else extra).append(ids)
            self.roles.append({"id": data["id"], "name": data["name"],
                               "titles": data.get("aliases", [data["name"]]) or [data["name"]],
                               "core": [g for g in core if g], "extra": [g for g in extra if g]})
        if not self.skills or not self.roles:
            sys.exit("generate_corpus: no skills or roles under " + rules_dir)

    def pick_skills(self, rng, role, n):
        """About n skill ids that belong together for the role, plus a few strays."""
        chosen = []
        for group in role["core"]:
            chosen += rng.sample(group, min(len(group), rng.choice((1, 1, 2, 3))))
        for group in role["extra"]:
            if rng.random() < 0.6:
                chosen += rng.sample(group, min(len(group), rng.choice((1, 2))))
        for _ in range(rng.randint(1, 4)):
            chosen.append(rng.choice(self.all_ids))
        seen, out = set(), []
        for s in chosen:
            if s not in seen:
                seen.add(s)
                out.append(s)
        rng.shuffle(out)
        return out[:max(n, 6)]

    def prose(self, rng, sid):
        s = self.skills[sid]
        if s["name"] in s["prose"] and rng.random() < 0.55:
            return s["name"]
        return rng.choice(s["prose"])

    def listed(self, rng, sid):
        s = self.skills[sid]
        return s["name"] if rng.random() < 0.7 else rng.choice(s["listed"])


# ---------------------------------------------------------------- word lists
FIRST = ["Ada", "Bilal", "Chiara", "Dmitri", "Elena", "Farah", "Gustavo", "Hana", "Ines", "Jonas", "Kwame", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tomasz", "Uma", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zofia", "Aiko", "Bruno", "Camille", "Diego", "Esther", "Felix", "Greta", "Hiro", "Ivana", "Jamal"]
LAST = ["Adeyemi", "Bianchi", "Chen", "Dubois", "Eriksen", "Fernandes", "Gupta", "Horvath", "Ibrahim", "Jansen",
        "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka",
        "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zielinski", "Andersson", "Becker", "Costa", "Novak"]
CITIES = ["Lisbon, Portugal", "Austin, TX", "Toronto, ON", "Berlin, Germany", "Nairobi, Kenya", "Pune, India",
          "Warsaw, Poland", "Chicago, IL", "Melbourne, VIC", "Madrid, Spain", "Remote", "Dublin, Ireland"]
COMPANIES = ["Northwind Analytics", "Tidewater Logistics", "Bluefin Health", "Quarry Labs", "Helios Energy",
             "Orchid Retail", "Meridian Bank", "Copperleaf Insurance", "Lumen Robotics", "Saffron Media",
             "Granite Telecom", "Juniper Mobility", "Atlas Freight", "Kestrel Games", "Pioneer Foods",
             "Harbor Payments", "Summit Travel", "Aurora Genomics", "Cobalt Security", "Willow Education"]
SCHOOLS = ["University of Lisbon", "University of Texas at Austin", "University of Toronto", "TU Munich",
           "University of Nairobi", "IIT Bombay", "Warsaw University of Technology", "Northwestern University",
           "Monash University", "Universidad Politecnica de Madrid", "Trinity College Dublin"]
DEGREES = ["B.Sc. Computer Science", "M.Sc. Data Science", "B.Eng. Electrical Engineering", "M.Sc. Statistics",
           "B.A. Economics", "Ph.D. Machine Learning", "B.Sc. Mathematics", "M.Eng. Software Engineering"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DASHES = [" – ", " - ", " — ", " to ", "–"]
METRICS = ["30%", "2x", "45%", "$1.2M", "12 hours", "60%", "3x", "18%", "four teams", "200 GB a day"]
OBJECTS = ["the pricing service", "our reporting platform", "the customer churn model", "nightly batch jobs",
           "the recommendation engine", "fraud detection", "the data warehouse", "internal dashboards",
           "the onboarding funnel", "demand forecasting", "the search ranking stack", "claims processing"]

# Experience bullets: every {s} is a skill in prose; 15-30 words per skill.
BULLETS = [
    "Built and maintained {s} pipelines for {o}, cutting end-to-end latency by {m} and removing most manual reruns.",
    "Designed a {s} service that replaced a fragile legacy workflow for {o}; adopted by {m} within a quarter.",
    "Led the migration of {o} to {s}, coordinating with product and support so nobody noticed the switch.",
    "Used {s} and {s} to analyse {o}, and presented the findings to leadership in a monthly review.",
    "Introduced {c} for {o}, with documentation and a short workshop so the rest of the team could own it.",
    "Reduced cloud spend on {o} by {m} by profiling workloads and rewriting the hot paths with {s}.",
    "Partnered with analysts to model {o} in {s}; the new tables now back every weekly business report.",
    "Automated testing and deployment of {o} with {s}, which shortened the release cycle from weeks to days.",
    "Mentored two junior engineers on {s} and code review habits while shipping {o} on schedule.",
    "Applied {c} to {o}, which surfaced problems that the old process missed and improved accuracy by {m}.",
    "Championed {c} and {c} across the team; wrote the guidelines and reviewed the first dozen projects.",
    "Known for {k} and {k}: ran the weekly sync between engineering, product and operations for {o}.",
    "Combined {c} with {s} to rebuild {o}; the new version is simpler to operate and {m} cheaper.",
    "Relied on {k} to align four stakeholders on the scope of {o} before any code was written.",
    "Prototyped {o} with {s}, then hardened it for production with monitoring, alerting and runbooks.",
    "Owned on-call for {o}; wrote postmortems and fixed root causes in the {s} code rather than patching symptoms.",
    "Worked with {s} and {s} daily to keep {o} reliable while traffic grew by {m} over the year.",
    "Evaluated three vendors for {o} and recommended {s}, saving {m} compared with the incumbent contract.",
]
SUMMARIES = [
    "{t} with {y} years of experience delivering {o} for teams that care about reliability. Comfortable with {s}, "
    "{s} and {c}, and happiest turning vague questions into something measurable.",
    "Pragmatic {t} who has spent {y} years shipping {o}. Most of my recent work uses {s} and {s}; I also enjoy "
    "mentoring, {k} and writing clear documentation.",
    "I am a {t} focused on {o}. Over {y} years I have worked across {s}, {c} and {c}, and I like small teams that "
    "measure what they ship.",
]
TRAPS = [
    "Partnered with sales on the go-to-market plan for a new analytics tier.",
    "Collaborated with the R&D group on quarterly planning and budget reviews.",
    "I excel at explaining technical trade-offs to non-technical stakeholders.",
    "A statistics course sparked my interest in forecasting and experimentation.",
    "Presented quarterly results to the C-suite together with the finance team.",
    "Helped the company prepare for its Series C fundraising with data room reports.",
    "Took part in a spring hackathon; our team placed second out of forty.",
]
NEGATIONS = [
    "No professional experience with {s} yet, but I am working through a course in my own time.",
    "Have not used {s} in production; familiar with the concepts only.",
    "Not {s} - our stack deliberately avoided it for cost reasons.",
]
HEAD = {
    "summary": ["Summary", "PROFESSIONAL SUMMARY", "Profile", "About me", "Career Summary:", "## Summary", "Overview"],
    "experience": ["Experience", "WORK EXPERIENCE", "Professional Experience", "Employment History:",
                   "## Experience", "Work History", "Career History"],
    "skills": ["Skills", "TECHNICAL SKILLS", "Core Competencies", "Tools and Technologies:", "## Skills",
               "Tech Stack", "Key Skills"],
    "education": ["Education", "EDUCATION", "Academic Background", "## Education", "Education and Training"],
    "projects": ["Projects", "SELECTED PROJECTS", "Personal Projects", "## Projects", "Side Projects"],
    "certifications": ["Certifications", "CERTIFICATIONS", "Licenses and Certifications", "Courses"],
    "company": ["About us", "About the company", "Who we are", "Our company"],
    "responsibilities": ["Responsibilities", "What you'll do", "Key Responsibilities", "Your role", "In this role you will"],
    "requirements": ["Requirements", "Minimum qualifications", "What we're looking for", "Must have", "Who you are"],
    "preferred": ["Nice to have", "Preferred qualifications", "Bonus points", "Nice-to-have", "Desirable"],
    "benefits": ["Benefits", "What we offer", "Perks and benefits", "Why join us"],
}
RESP = [
    "Design, build and operate {s} systems that serve {o}.",
    "Own the roadmap for {o} together with product, using {s} and {s} where they fit.",
    "Write production code, reviews and documentation; most of our services use {s}.",
    "Monitor, debug and improve {o}; you will be on call one week in six.",
    "Work closely with analysts and scientists to turn requirements into {s} solutions.",
    "Bring {c} and {c} to how we design and review {o}.",
    "Show {k} and {k} when working with product, design and operations.",
    "Improve our tooling for {s}: testing, deployment and observability.",
]
REQ_YEARS = ["{n}+ years of {s}", "At least {n} years with {s}", "{n}-{n2} years of experience with {s}",
             "Minimum {n} years of professional {s} experience", "{n}+ years of hands-on experience with {s} and {s}"]
REQ = ["Strong experience with {s}", "Solid understanding of {c}", "Excellent {k}", "Practical experience with {c}", "Experience with {s} or {s}",
       "Hands-on experience with {s} in production", "Working knowledge of {s}", "Familiarity with {s} and {s}"]
NICE = ["Experience with {s}", "Exposure to {s}", "{s} is a plus", "Knowledge of {s} or similar", "Contributions to {s}"]
BENEFITS = ["Salary range ${a},000 - ${b},000 plus annual bonus.", "Health, dental and vision insurance.",
            "Learning budget of $2,000 a year and conference time.", "Remote-friendly with a hub in {c}.",
            "25 days of paid holiday plus public holidays.", "Parental leave of 20 weeks for every parent.",
            "Home-office stipend and a new laptop of your choice."]
BLURBS = ["{co} builds software for {o}. We are a team of {n} people across three time zones, and we ship "
          "small changes often.",
          "{co} helps thousands of businesses with {o}. Our data and platform teams are growing this year.",
          "At {co} we care about {o}. We are profitable, remote-friendly and serious about engineering craft."]


# ---------------------------------------------------------------- building blocks
class Doc:
    """A document as (style, text) paragraphs: style is 'title', 'heading' or 'body'."""

    def __init__(self):
        self.paras = []
        self.size = 0

    def add(self, style, text):
        self.paras.append((style, text))
        self.size += len(text.encode("utf-8")) + 1

    def text(self, rng):
        out = []
        for style, text in self.paras:
            if style == "heading":
                out.append("")
                out.append(text)
                if rng.random() < 0.15 and not text.startswith("#"):
                    out.append("-" * len(text))
            else:
                out.append(text)
        return "\n".join(out).lstrip("\n") + "\n"


TECH_KINDS = {"tool", "library", "platform", "language", "database", "certification"}
SLOT = re.compile(r"\{([sck])\}")


def slot_of(tax, sid):
    s = tax.skills[sid]
    if s["kind"] == "soft-skill" or s["category"].startswith("Soft Skills"):
        return "k"
    return "s" if s["kind"] in TECH_KINDS else "c"


def fill(rng, template, skills, tax, cursor):
    """Fills {s} (a tool, library, platform...), {c} (a concept or practice), {k} (a soft
    skill), {o}, {m}; takes each kind of skill from `skills` round robin (cursor: kind -> n),
    falling back to any skill when the document has none of that kind."""
    pools = cursor.setdefault("pools", {})
    if not pools:
        for sid in skills:
            pools.setdefault(slot_of(tax, sid), []).append(sid)

    def one(match):
        pool = pools.get(match.group(1)) or skills
        n = cursor.get(match.group(1), 0)
        cursor[match.group(1)] = n + 1
        return tax.prose(rng, pool[n % len(pool)])

    text = SLOT.sub(one, template)
    return text.replace("{o}", rng.choice(OBJECTS)).replace("{m}", rng.choice(METRICS))


def date_range(rng, start_y, start_m, end_y, end_m, present):
    style = rng.randrange(5)
    def one(y, m):
        if style == 0:
            return MONTHS[m - 1][:3] + " " + str(y)
        if style == 1:
            return str(y)
        if style == 2:
            return "%02d/%d" % (m, y)
        if style == 3:
            return MONTHS[m - 1] + " " + str(y)
        return "%d-%02d" % (y, m)
    end = rng.choice(["Present", "present", "Current", "now"]) if present else one(end_y, end_m)
    sep = "-" if style == 1 and rng.random() < 0.5 else rng.choice(DASHES)
    return one(start_y, start_m) + sep + end


def target_size(rng):
    # Mostly 3-5 KB, a tail up to 8 KB, never under 2 KB.
    return int(min(8000, max(2100, rng.lognormvariate(8.25, 0.3))))


def make_resume(tax, rng, graduate=False):
    role = rng.choice(tax.roles)
    skills = tax.pick_skills(rng, role, rng.randint(14, 28))
    cursor = {}
    name = rng.choice(FIRST) + " " + rng.choice(LAST)
    title = rng.choice(role["titles"])
    d = Doc()
    d.add("title", name)
    d.add("body", "%s | %s | %s.%s@example.com | +1 555 %04d" % (
        title, rng.choice(CITIES), name.split()[0].lower(), name.split()[1].lower(), rng.randrange(10000)))
    target = target_size(rng) if not graduate else rng.randint(2100, 3500)
    years = rng.randint(1, 3) if graduate else rng.randint(2, 18)
    d.add("heading", rng.choice(HEAD["summary"]))
    d.add("body", fill(rng, rng.choice(SUMMARIES), skills, tax, cursor).replace("{t}", title.lower() if rng.random() < .5
                                                                                    else title).replace("{y}", str(years)))
    order = ["experience", "skills", "education", "projects"] if rng.random() < 0.6 else \
        ["skills", "experience", "projects", "education"]
    y, m = 2025, rng.randint(1, 12)
    for section in order:
        d.add("heading", rng.choice(HEAD[section]))
        if section == "experience":
            first = True
            budget = target * 0.62
            while d.size < budget or first:
                length = rng.randint(10, 44)
                sy, sm = y - (length + m - 1) // 12, (m - 1 - length) % 12 + 1
                company = rng.choice(COMPANIES)
                job = title if first else rng.choice(tax.roles)["titles"][0]
                dates = date_range(rng, sy, sm, y, m, first and rng.random() < 0.7)
                if rng.random() < 0.5:
                    d.add("body", "%s, %s" % (job, company))
                    d.add("body", "%s | %s" % (dates, rng.choice(CITIES)))
                else:
                    d.add("body", "%s — %s (%s)" % (company, job, dates))
                for _ in range(rng.randint(3, 6)):
                    d.add("body", rng.choice(["- ", "• ", "* "]) + fill(rng, rng.choice(BULLETS), skills, tax, cursor))
                if rng.random() < 0.25:
                    d.add("body", "- " + rng.choice(TRAPS))
                if rng.random() < 0.12:
                    d.add("body", "- " + fill(rng, rng.choice(NEGATIONS), [rng.choice(tax.all_ids)], tax, {}))
                y, m = sy - (1 if rng.random() < 0.3 else 0), sm
                first = False
                if graduate:
                    break
        elif section == "skills":
            n = rng.randint(10, 25)
            listed = [tax.listed(rng, s) for s in (skills * 2)[:n]]
            if rng.random() < 0.5:
                d.add("body", ", ".join(listed))
            else:
                chunk = rng.randint(4, 7)
                labels = ["Languages", "Frameworks", "Data", "Cloud", "Tools", "Practices"]
                for i in range(0, len(listed), chunk):
                    d.add("body", "%s: %s" % (labels[(i // chunk) % len(labels)], ", ".join(listed[i:i + chunk])))
        elif section == "education":
            gy = y - rng.randint(0, 3)
            d.add("body", "%s, %s, %s" % (rng.choice(DEGREES), rng.choice(SCHOOLS), date_range(rng, gy - 4, 9, gy, 6, False)))
            if graduate or rng.random() < 0.4:
                d.add("body", "Full-time data bootcamp, Spring cohort %d" % rng.randint(2022, 2025))
        elif section == "projects":
            while d.size < target * 0.95:
                d.add("body", rng.choice(["- ", "• "]) + fill(rng, rng.choice(BULLETS), skills, tax, cursor))
                if rng.random() < 0.3:
                    d.add("body", "  Source: https://github.com/%s/%s" % (name.split()[1].lower(), rng.choice(
                        ["churn-lab", "tiny-etl", "forecast-kit", "dash-demo", "infra-notes"])))
    if rng.random() < 0.3:
        d.add("heading", rng.choice(HEAD["certifications"]))
        d.add("body", "%s (%d)" % (rng.choice(["AWS Certified Solutions Architect", "Google Professional Data Engineer",
                                                "Certified Kubernetes Administrator", "Azure Data Scientist Associate",
                                                "Databricks Certified Data Engineer"]), rng.randint(2018, 2025)))
    return d


def make_posting(tax, rng):
    role = rng.choice(tax.roles)
    skills = tax.pick_skills(rng, role, rng.randint(10, 20))
    cursor = {}
    company = rng.choice(COMPANIES)
    d = Doc()
    d.add("title", rng.choice(["", "Senior ", "Lead ", "Staff ", ""]) + rng.choice(role["titles"]))
    d.add("body", "%s | %s (%s)" % (company, rng.choice(CITIES), rng.choice(["hybrid", "remote", "on-site"])))
    d.add("heading", rng.choice(HEAD["company"]))
    d.add("body", rng.choice(BLURBS).replace("{co}", company).replace("{o}", rng.choice(OBJECTS))
          .replace("{n}", str(rng.randint(20, 900))))
    if rng.random() < 0.3:
        d.add("body", "We are an equal opportunity employer and value diverse teams; our go-to-market and R&D "
                      "groups sit together.")
    target = int(min(8000, max(2100, rng.lognormvariate(8.1, 0.3))))
    d.add("heading", rng.choice(HEAD["responsibilities"]))
    for i in range(40):
        if i >= 5 and d.size > target * 0.5:
            break
        d.add("body", "- " + fill(rng, rng.choice(RESP), skills, tax, cursor))
    d.add("heading", rng.choice(HEAD["requirements"]))
    for i in range(40):
        if i >= 5 and d.size > target * 0.75:
            break
        if rng.random() < 0.45:
            n = rng.randint(2, 8)
            t = rng.choice(REQ_YEARS).replace("{n2}", str(n + 2)).replace("{n}", str(n))
        else:
            t = rng.choice(REQ)
        d.add("body", "- " + fill(rng, t, skills, tax, cursor) + ".")
    d.add("heading", rng.choice(HEAD["preferred"]))
    for _ in range(rng.randint(3, 5)):
        d.add("body", "- " + fill(rng, rng.choice(NICE), skills, tax, cursor) + ".")
    d.add("heading", rng.choice(HEAD["benefits"]))
    for b in rng.sample(BENEFITS, rng.randint(3, len(BENEFITS))):
        a = rng.randint(80, 180)
        d.add("body", "- " + b.replace("{a}", str(a)).replace("{b}", str(a + rng.randint(20, 60)))
              .replace("{c}", rng.choice(CITIES)))
    return d, company


# ---------------------------------------------------------------- writers
def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ' + W + '>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
          '<w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>'
          '</w:styles>')


def docx_bytes(d, title):
    body = []
    for style, text in d.paras:
        text = text.lstrip("#").strip() if style == "heading" else text
        ppr = ""
        if style == "heading":
            ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        elif style == "title":
            ppr = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>'
        elif text[:2] in ("- ", "• ", "* "):
            ppr = '<w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>'
            text = text[2:]
        body.append('<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, xml_escape(text)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + W + '><w:body>' +
                "".join(body) + '<w:sectPr/></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>skillmatch bench</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % xml_escape(title))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/styles.xml", STYLES), ("docProps/core.xml", core)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # fixed: same seed, same bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


def posting_html(d):
    out, in_list = [], False
    for style, text in d.paras[2:]:
        bullet = text.startswith("- ")
        if in_list and not bullet:
            out.append("</ul>")
            in_list = False
        if style == "heading":
            out.append("<h3>%s</h3>" % xml_escape(text.lstrip("#").strip()))
        elif bullet:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % xml_escape(text[2:]))
        else:
            out.append("<p>%s</p>" % xml_escape(text))
    if in_list:
        out.append("</ul>")
    return "".join(out)


def rng_for(seed, kind, i):
    return random.Random("skillmatch-bench/%s/%s/%d" % (seed, kind, i))


def shard(out, folder, i):
    path = os.path.join(out, folder, "%03d" % (i // 1000))
    if i % 1000 == 0:
        os.makedirs(path, exist_ok=True)
    return path


def write_if_changed(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rules", default=DEFAULT_RULES)
    ap.add_argument("--resumes", type=int, default=1000, help="plain-text resumes")
    ap.add_argument("--postings", type=int, default=100, help="plain-text postings")
    ap.add_argument("--docx", type=int, default=0, help="DOCX resumes")
    ap.add_argument("--feed", type=int, default=0, help="postings in NDJSON feeds (schema.org JobPosting)")
    ap.add_argument("--cohort", type=int, default=0, help="graduate folders for audit")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    tax = Taxonomy(args.rules)
    out = args.out
    os.makedirs(out, exist_ok=True)
    manifest = {"generator": "bench/generate_corpus.py", "version": VERSION, "seed": args.seed, "counts": {}, "bytes": {}}

    def progress(kind, i, n):
        if not args.quiet and n >= 10000 and i % 10000 == 0 and i:
            print("  %s: %d/%d" % (kind, i, n), file=sys.stderr, flush=True)

    total = 0
    for i in range(args.resumes):
        progress("resumes", i, args.resumes)
        rng = rng_for(args.seed, "resume", i)
        data = make_resume(tax, rng).text(rng).encode("utf-8")
        total += len(data)
        write_if_changed(os.path.join(shard(out, "resumes", i), "r%07d.txt" % i), data)
    manifest["counts"]["resumes"], manifest["bytes"]["resumes"] = args.resumes, total

    total = 0
    for i in range(args.postings):
        progress("postings", i, args.postings)
        rng = rng_for(args.seed, "posting", i)
        data = make_posting(tax, rng)[0].text(rng).encode("utf-8")
        total += len(data)
        write_if_changed(os.path.join(shard(out, "postings", i), "p%07d.txt" % i), data)
    manifest["counts"]["postings"], manifest["bytes"]["postings"] = args.postings, total

    total = 0
    for i in range(args.docx):
        progress("docx", i, args.docx)
        rng = rng_for(args.seed, "docx", i)
        d = make_resume(tax, rng)
        data = docx_bytes(d, d.paras[0][1])
        total += len(data)
        write_if_changed(os.path.join(shard(out, "docx", i), "d%07d.docx" % i), data)
    manifest["counts"]["docx"], manifest["bytes"]["docx"] = args.docx, total

    total = 0
    if args.feed:
        os.makedirs(os.path.join(out, "feeds"), exist_ok=True)
    feed = None
    for i in range(args.feed):
        if i % 1000 == 0:
            if feed:
                feed.close()
            feed = open(os.path.join(out, "feeds", "postings-%03d.ndjson" % (i // 1000)), "wb")
        rng = rng_for(args.seed, "feed", i)
        d, company = make_posting(tax, rng)
        item = {"@context": "https://schema.org/", "@type": "JobPosting", "title": d.paras[0][1],
                "identifier": {"@type": "PropertyValue", "name": company, "value": "BENCH-%07d" % i},
                "datePosted": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                "hiringOrganization": {"@type": "Organization", "name": company},
                "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                              "addressLocality": rng.choice(CITIES)}},
                "description": posting_html(d)}
        line = (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")
        total += len(line)
        feed.write(line)
    if feed:
        feed.close()
    manifest["counts"]["feed"], manifest["bytes"]["feed"] = args.feed, total

    total = 0
    for i in range(args.cohort):
        rng = rng_for(args.seed, "graduate", i)
        folder = os.path.join(out, "cohort", "g%04d" % i)
        os.makedirs(folder, exist_ok=True)
        data = make_resume(tax, rng, graduate=True).text(rng).encode("utf-8")
        notes = make_resume(tax, rng, graduate=True)
        md = ["# Portfolio notes", ""] + ["- " + t for s, t in notes.paras if s == "body" and t[:2] in ("- ", "• ", "* ")
                                          for t in [t[2:]]][:8]
        md_data = ("\n".join(md) + "\n").encode("utf-8")
        total += len(data) + len(md_data)
        write_if_changed(os.path.join(folder, "resume.txt"), data)
        write_if_changed(os.path.join(folder, "portfolio.md"), md_data)
    manifest["counts"]["cohort"], manifest["bytes"]["cohort"] = args.cohort, total

    with open(os.path.join(out, "MANIFEST.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
