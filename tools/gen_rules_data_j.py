# Taxonomy data, part J: forbid patterns of the seventh accuracy pass (bench/accuracy: every
# dotin mention that overlaps no gold span, reviewed skill by skill) for concepts and soft
# skills (events, titles, author initials, lists of words that are not skills), and
# KIND_FORBID, the patterns shared by every concept, practice and soft skill.
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

# A name in Title Case that ends in the word of an event, award or body ("Excellence in Mentoring
# Award", "Southern California Mediation Association", "Norwegian Information Security Conference"),
# or that starts with it ("Institute for Communication Research", "International Conference on
# Emerging Security Information", "Symposium for Research and Innovation"). One pattern for both: a
# forbid match ends where the next one may start, so "International Conference" must not end a match
# that "Conference on Emerging Security" would have covered.
_TC = r"(?-i:[A-Z])[\w'&-]*"
# Further words of the name, as many as the window holds: a run, not copies of an optional
# group (RE2's DFA grows with every copy, and the forbid check slowed extraction by a third).
_TC_MORE = r"( " + _TC + r"| (?-i:(of|for|in|and|&)))*"
_BODY = (r"(?-i:(Awards?|Conferences?|Symposium|Summit|Forum|Institute|Association|Society|Council|Committees?|"
         r"Panel|Competitions?|Contests?|Championships?|Foundation|Meetup|Festival|Club|Group|SIG))")
_BODY_FIRST = (r"(?-i:(Conference|Symposium|Summit|Forum|Institute|Association|Society|Council|Committee|Awards?|"
               r"Workshop|Partners|Centre|Center|Foundation|Coalition))")
_NAME_REST = r" (?-i:(on|for|of|in)) (the )?" + _TC + _TC_MORE
_NAME_END = ("(" + _TC + _TC_MORE + " " + _BODY + r"\b(" + _NAME_REST + r"| ?[^\w\s]| (?-i:[a-z0-9])|$)|"
             + _BODY_FIRST + _NAME_REST + "|"
             # a programme's name ("Freshman Mentoring Program, Senior Week"), not "Led Program management"
             + _TC + _TC_MORE + r" (?-i:(Programs?|Programmes?))( ?[^\w\s]|$| (?-i:(for|at|in|of|and|to|with))\b))")
# A quoted title after the event, talk or list that names it (Workshop on “Intelligent Systems and
# Robotics”; Speaker “Mediation and Negotiation Techniques”; Finalist in “On Spot Robotics”). A quoted
# thesis title or a quoted reference ("she “demonstrates a quiet leadership”") stays evidence.
_QUOTED = (r"(workshops?|seminars?|symposi\w*|conferences?|courses?|training|sessions?|talks?|lectures?|"
           r"presentations?|speaker|panelist|finalist in|position in|publications?|articles?|papers?)"
           r":? (on |titled |entitled |at )?"
           r'(“[^”\n]*”|\\xe2\\x80\\x9c[^\\\n]*\\xe2\\x80\\x9d|""[^"\n]*"")')
# The topics of a paper or poster presentation at a college event ("Paper presentation 4G
# Technologies, Cloud Computing, Heuristic Algorithms").
_PRESENTATION = r"(paper|poster|multimedia) presentations?:? [^.\n]*"
# A bibliography entry: a journal's volume(issue) and pages ("Administration in Social Work, 33(2),
# 186-201"; "Bulletin of the Polish Academy of Sciences, 59(1):913"), a bulletin's or archive's
# pages or volume, a talk's ("Refereed paper presented at"), an edited volume's ("editors, Adaptive and Natural Computing Algorithms,
# volume 1"), or an edited book ("In M. Bastedo (ed.)").
_CITE = (r"[^\n]*?(\b(bulletin|archives|annals|letters|journal|proceedings|transactions|editors?)\b[^\n]*?"
         r"(\bpages \d|\bpp?\. ?\d|\bvol(ume)?\.? ?\d)|\b\d+ ?\(\d+\) ?[,:] ?\d+|\(eds?\.?\)|"
         r"\b(refereed|invited|juried) (paper|presentation)|\bpaper presented at\b)")
# A book's publisher after its title ("Fundamentals of Regression Modeling, Los Angeles: Sage
# Publications"; "Johns Hopkins University Press").
_PUBLISHER = r"[^\n]*?(?-i:[A-Z])[\w&]* (?-i:(Press|Publications|Publishers))\b"
# An alphabetical list of action verbs from a resume guide ("Charted Classified Coached Collected").
_VERB = r"(?-i:[A-Z][a-z]+ed)"
_VERBS = _VERB + " " + _VERB + "( " + _VERB + ")+"
# An author's surname and initials, then the cited title ("Simmons, T.J., Collaboration of
# relevant participants"; "Gumport, P. 2012. Strategic Thinking in"; "Baer, R.M., (1997) Translating";
# "M. Bastedo. 2001. Academic Stratification and").
_AUTHOR = (r"((?-i:[A-Z][a-z]+), (?-i:[A-Z])\.(?-i:[A-Z])\.,? |(?-i:[A-Z][a-z]+), (?-i:[A-Z])\.,? \(?(\w+,? )?(19|20)\d\d[^)\n]*\)?[.,]? |"
           r"(?-i:[A-Z])\. (?-i:[A-Z][a-z]+)\.? (19|20)\d\d\. |\bet al\.,? )[^\n]*")
# An event's title before where and by whom it was held ("Seminar cum Demo Workshop - Cloud and
# Virtualization held at"; "summer school on Evolutionary Algorithms conducted by"), and an award
# for the best paper or teaching ("Best Paper in Innovation Education Track").
_EVENT_TITLE = (r"(workshops?|seminars?|webinars?|summer school|symposi\w*|conferences?) ?(-|:|–|on) [^.(\n]*?"
                r"\b(held|organi[sz]ed|conducted) (at|by|in)\b")
_BEST = r"(?-i:Best (Paper|Instructional|Poster|Student|Presentation|Teaching|Thesis))[^,.\n]*"
# A journal's special issue ("China Media Research, Special Issue: Sustainability, Resilience, and").
_SPECIAL_ISSUE = r"special issue:? [^\n]*"
# The citation patterns written before this pass ("Title," Journal ..., Vol. 93; Fitch, D. (2007).
# Title.; a quoted title closed by a comma; a quoted title after an initial or a year): already
# written with explicit white space.
_CITATIONS = [
    r'[^\n]*?((journal|proceedings|transactions|quarterly|review)\b|”|\\xe2\\x80\\x9d|"")[^\n]*?'
    r"(\bvol\.?\s*\d|\bv\d+,?\s*n\d|,\s*\d+\s*\(\d+\)|\bpp?\.\s*\d)",
    r"(?-i:[A-Z])\.,?\s+\((19|20)\d\d[^)\n]*\)\.[^\n]*",
    r'[^\n]*?[,?](”|\\xe2\\x80\\x9d|"")',
    r'(\b(?-i:[A-Z][a-z]*)\.|\b(19|20)\d\d\.?),?\s+(“|”|\\xe2\\x80\\x9[cd]|"")[^\n]*',
]

# Shared by every concept, practice and soft skill: rules/extraction.json's kind_forbid (tools/
# gen_rules.py writes its "forbid" list), compiled once as one RE2, not copied into each skill.
KIND_FORBID = _CITATIONS + [_NAME_END, _QUOTED, _CITE, _PUBLISHER, _VERBS, _AUTHOR, _EVENT_TITLE, _BEST,
                            _SPECIAL_ISSUE]

FORBID_J = {}


def _more(sid, patterns):
    FORBID_J.setdefault(sid, []).extend(patterns)


# leadership: the people who lead ("the leadership team", "client leadership"), a market position
# ("product leadership"), a section heading of student activities ("CAMPUS LEADERSHIP").
_more("leadership", [
    r"leadership teams?( [^b\s]|[^\w\s]|$)",  # not "leadership, team building"
    r"(client|customer|internal) leadership",
    r"(product|market|price|cost) leadership",
    r"campus leadership",
    r"(?-i:LEADERSHIP (EXPERIENCE|ACTIVITIES|ROLES))\b",
])

# communication: signals between machines and programs ("data communications", "a layer to
# communicate with the machines", "communication between the module and the server"), a
# marketing function ("marketing & communication campaigns"), a course number ("COM 310 Topics in
# Communication").
_more("communication", [
    r"\b(multimedia|data|digital|wireless|satellite|optical|mobile|high performance|serial|radio|personal|"
    r"processing (&|and)|networks? (&|and)) communications?\b",
    r"communicat\w* with (the |a |an )?(single |remote |external |back ?end |multiple )?(machines?|databases?|servers?|"
    r"devices?|hardware|controllers?|sensors?|apis?|(sql|oracle|mysql|db2)\b)",
    r"communication between (the )?[\w-]+ (\w+ )?(modules?|servers?|components?|processes|threads|devices|systems|"
    r"applications|services|clients?)\b",
    r"communicat\w* (via|over|through) (xpc|ipc|rpc|sockets?|tcp|udp|https?|rest|soap|apis?|serial|usb|bluetooth|mqtt|"
    r"message queues?)\b",
    r"(components?|modules?|daemons?|agents?|services?|layers?|threads?|process(es)?) (which is |that is |are )?"
    r"(responsible for )?communicat\w*",
    r"marketing (&|and) communications?\b",
    r"topics? in communications?\b",
    r"\b[a-z]{2,4} \d{3}\w? communications?\b",
])

# persuasion: a course's number and title ("COM 210 Persuasion").
_more("persuasion", [
    r"\b[a-z]{2,4} \d{3}\w? persuasion\b",
])

# operating-systems: the label of a skills line or of a project table's row ("Operating System •
# Windows, Linux"; "Operating System Languages Tools"; "Back end Operating System Tools : C").
_more("operating-systems", [
    r"operating systems? ?(:|•|\\xe2\\x80\\xa2)",
    r"operating systems? (languages|tools|rdbms|databases?)\b",
    r"(back ?end|proficiency) operating systems?",
])

# autonomous-systems: robotics as a student contest or club or a college presentation's topic,
# not a skill shown.
_more("autonomous-systems", [
    r"robotics (competitions?|events?|contests?|club|society|challenges?|championships?|festival)",
    _PRESENTATION,
])

# computer-networking: meeting people ("networking with individuals", "networking events",
# "career networking"), and a school's name (Networking Academy).
_more("computer-networking", [
    r"(social|professional|business|career|alumni) networking",
    r"networking (events?|opportunit\w+|receptions?|luncheons?|academy)",
    r"networking (with|among) (\w+ )?(individuals|people|professionals|alumni|peers|colleagues|clients|partners|"
    r"stakeholders|businesses)",
    r"(through|via) networking, (collaboration|communication|outreach)",
])

# team-building: "a team building a demo application" (a team that built something).
_more("team-building", [r"\ba team building (a|an|the)\b"])

# accountability: the tracking of drug supplies in clinical trials.
_more("accountability", [r"drug accountability"])

# relationship-management, risk-management: a product (SAP CRM, a CRM database, a risk management
# server), not the practice.
_more("relationship-management", [
    r"relationship management ?(\((sap )?crm\)|databases?|systems?|software|tools?|applications?|modules?|platforms?)\b",
])
_more("risk-management", [r"risk management (servers?|systems?|software|modules?)\b"])

# data-privacy: the name of a law (Family Educational Rights & Privacy Act).
_more("data-privacy", [r"privacy act\b"])

# mentoring: being mentored, not mentoring ("under the mentorship of", "mentored by alumni").
_more("mentoring", [r"under (the )?(mentorship|mentoring|guidance) of", r"\bmentored by\b"])

# knowledge-sharing: a cited title in an edited volume ("editors, Towards Modern Collaborative
# Knowledge Sharing Systems, pages 133144").
_more("knowledge-sharing", [_CITE])

# mentoring: coaching a sport ("Assisted the tennis coach and gained experience coaching a school
# team"; "Team Sports Principles of Coaching"). The match starts a character early: an earlier
# part's "tennis coach" would otherwise end the match at the first "coach".
_more("mentoring", [
    r"(^|[^\w\n])(basketball|football|soccer|tennis|volleyball|baseball|softball|swim\w*|athletic\w*|sports?|hockey|golf|"
    r"lacrosse|wrestling|gymnastics|rugby|cricket)\b[^.\n]*\bcoach\w*",
])

# teamwork: a partnership between companies ("in collaboration with M/s. Daimler Benz").
_more("teamwork", [r"in collaboration with (m/s|messrs)\b"])

# Acronyms and words of other trades: LAMP spelled out as something else ("LAMP (Learning Assessment
# Model Project)"), music ensembles, an electrical transformer, route summarization in networking, a
# university's RAG week (charity).
_more("lamp", [r"lamp \((?-i:([A-KM-Z][a-z]*|L[a-hj-z][a-z]*)) (?-i:[A-Z])"])
_more("ensemble-methods", [r"(directing|conducting|jazz|music\w*|choral|instrumental|chamber|wind|brass|string|vocal) ensembles?\b"])
_more("transformers", [
    r"(rectifiers?|diodes?|capacitors?|resistors?|motors?|potentiometers?|voltage|power|step[- ]down|step[- ]up),? transformers?\b",
    r"\btransformers?,? (dc|ac|motors?|rectifiers?|diodes?|capacitors?|resistors?)\b",
])
_more("text-summarization", [r"(vlsm|route|routes|routing|ip addressing|address|prefix),? summari[sz]ation"])
_more("retrieval-augmented-generation", [r"\brag (week|day|society|committee|mag)\b"])
