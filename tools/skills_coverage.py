#!/usr/bin/python3
"""Coverage of real resumes' skills sections (issue 17's first measure): every item a skills
section lists is either found by the CLI, left out on purpose (with the reason), or missed.

    python3 tools/skills_coverage.py --cli build/skillmatch            # shares, misses, left out
    python3 tools/skills_coverage.py --cli OLD --half odd --misses 80   # one half of the dotin resumes

Sources:
  - the dotin resumes (../shared/data/dev-sets, 310 real resumes): each section the CLI names
    "skills" is split into its items (a list line's label "Languages:" dropped, items split at
    commas, semicolons, bars and bullets, "(2 years)" and the like removed, a line of prose
    skipped, and so are a sub-heading over bulleted lines, a line naming an employer or school
    and a piece that starts with a quantifier, "Various Flavors..."; a line ending on a joining
    word or "&" goes on with the next); an item is found when a non-negated mention overlaps
    it. `--half even|odd` takes the resumes of even or odd number: additions were chosen on the
    even half, the odd half is the held-out figure;
  - the JSON Resume sample and rendercv's CV in five PDF layouts (../shared/data): their listed
    skills, found when a mention's text and the item contain one another (tools/curation_measure.py).
An item is left out on purpose when curation_decisions.SECTION_LEFT_OUT's patterns or a source
entry left out in rules/coverage-sources.tsv name it; the report prints how many per reason.
"""
import argparse
import collections
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import curation_measure  # noqa: E402  (the CLI runner and the JSON Resume and rendercv item readers)
from curation_decisions import EMPLOYER as EMPLOYER_WORD, SECTION_LEFT_OUT  # noqa: E402
from curate_taxonomy import fold  # noqa: E402

LABEL = re.compile(r"^[^,:;|]{1,40}:\s*")                # "Programming Languages: "
SEPARATORS = re.compile(r"\s*(?:[,;|•●➢▪◦■·]|\s-\s|\t)\s*")
PARENTHESES = re.compile(r"\s*\([^)]*\)?")              # "(Less than 1 year)", "(On-page"
BULLET = re.compile(r"^[\s\-*•●➢▪◦■·o]*(?=\S)")
BULLET_MARK = re.compile(r"^[\-*•●➢▪◦■·](?:\s|$)")    # a line that starts with a bullet
MAX_WORDS = 4                                            # longer items are prose, not a listed skill
HEADING = re.compile(r"[A-Z][A-Z &/]{2,40}")             # a heading line in capitals
# A line that ends on a word that cannot end a phrase goes on with the next one, whatever its case
# ("Multimedia Applications for" / "Mobile handsets.", "Satisfaction &" / "Expectation Management").
OPEN_END = re.compile(r"(?:[,&(/]|\b(?:and|or|of|for|to|in|on|with|the|a|an|by))$", re.I)
# A line naming an employer or school ("Company 1: Oracle India Private Limited, Bangalore"): its
# pieces are the employer and its town, not listed skills.
EMPLOYER = re.compile(EMPLOYER_WORD + r"|^company\s*\d*\s*:", re.I)
# A piece that starts with a quantifier is prose about skills ("Various Flavors and
# Distributions", "Other Applications"), not one named.
QUANTIFIER = re.compile(r"(?:various|other|several|multiple|many|different|all|some)\s", re.I)
# A list's joining word left at a piece's start when a comma precedes it ("..., and Samsung code").
JOINER = re.compile(r"^(?:and|or|&)\s+", re.I)


def joined_lines(text):
    """(line text, offset of its first character) of a section, a line that goes on with the one
    before (after a ',' or an open parenthesis, or starting in lower case) joined to it; a
    heading takes no continuation."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        previous = lines[-1][0] if lines else ""
        goes_on = not HEADING.fullmatch(previous.strip()) and (
            OPEN_END.search(previous.rstrip()) or previous.count("(") > previous.count(")") or (
                line[:1].islower() and previous.strip() != ""))
        if lines and goes_on and line.strip():
            lines[-1] = (previous + " " + line, lines[-1][1])
        else:
            lines.append((line, offset))
        offset += len(line) + 1
    return lines


def is_subheading(line, after):
    """Whether a line is a sub-heading of the section ("Server Applications", "Areas of Interest")
    rather than an item: one piece on a line without a bullet, and the next non-empty line is a
    bulleted one. A person's name that a page break left between bullets is caught too."""
    body = line.strip()
    following = next((a.strip() for a, _ in after if a.strip()), "")
    return (bool(body) and not BULLET_MARK.match(body) and len(SEPARATORS.split(body)) == 1
            and bool(BULLET_MARK.match(following)))


def items_of(text):
    """(item, character offset) of each listed item of a skills section's text, up to
    the next heading ("ADDITIONAL INFORMATION", which the section often runs into); lines of
    prose (a sentence, not a list), links, employer lines and sub-headings are skipped."""
    out = []
    lines = joined_lines(text)[1:]
    for index, (line, offset) in enumerate(lines):
        if HEADING.fullmatch(line.strip()):
            break
        if re.search(r"://|www\.|@", line) or EMPLOYER.search(line) or is_subheading(line, lines[index + 1:]):
            continue
        out.extend(line_items(line, offset))
    return out


def line_items(line, offset):
    """(item, character offset) of the items of one list line, none when it reads as prose."""
    line = PARENTHESES.sub(lambda m: " " * len(m.group(0)), line)  # same length: offsets stay
    body = line[BULLET.match(line).end():] if BULLET.match(line) else line
    at = offset + len(line) - len(body)
    label = LABEL.match(body)
    if label:
        body, at = body[label.end():], at + label.end()
    pieces = SEPARATORS.split(body)
    words = [len(p.split()) for p in pieces if p.strip()]
    if not words or max(words) > 6 or sum(words) > 3 * len(words) or (len(words) == 1 and words[0] > 3):
        return []  # a sentence, or prose with commas: not a list
    out = []
    position = 0
    for piece in pieces:
        where = body.find(piece, position)
        position = where + len(piece)
        item = JOINER.sub("", piece.strip(" .:-*&"))
        if (item and len(item.split()) <= MAX_WORDS and re.search(r"[A-Za-z]", item)
                and not QUANTIFIER.match(item)):
            out.append((item, at + where + piece.find(item[:1])))
    return out


def left_out_reasons():
    """folded name -> reason of every source entry rules/coverage-sources.tsv leaves out."""
    reasons = {}
    with open(os.path.join(ROOT, "rules", "coverage-sources.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["status"] == "left-out":
                reasons.setdefault(fold(row["entry"]), row["skill_or_reason"])
    return reasons


def why_left_out(item, sources):
    """The reason an item is left out on purpose, or None."""
    for pattern, reason in SECTION_LEFT_OUT:
        if re.fullmatch(pattern, item, re.I):
            return reason
    return sources.get(fold(item))


def dotin_items(cli, half):
    """[(item, found)] over the skills sections of the dotin resumes of that half."""
    docs = curation_measure.run_accuracy.load_dotin(os.path.join(curation_measure.SHARED, "dev-sets"))
    docs = [d for d in docs if half == "all" or int(re.sub(r"\D", "", d.name)) % 2 == (half == "odd")]
    out = curation_measure.dotin_documents(cli, docs)
    rows = []
    for d in docs:
        doc = out[d.name]
        spans = [(m["offset"], m["offset"] + m["length"]) for s in doc["skills"] for m in s["mentions"] if not m["negated"]]
        for section in doc["sections"]:
            if section["name"] != "skills":
                continue
            raw = d.data[section["offset"]:section["offset"] + section["length"]]
            text = raw.decode("utf-8")
            for item, at in items_of(text):
                start = section["offset"] + len(text[:at].encode("utf-8"))
                end = start + len(item.encode("utf-8"))
                rows.append((item, any(a < end and start < b for a, b in spans)))
    return rows


def listed_items(cli):
    """[(item, found)] of the JSON Resume sample and the rendercv CV."""
    rows = []
    for paths, items in (([os.path.join(curation_measure.SHARED, "samples-public", "sample.resume.json")],
                          curation_measure.jsonresume_items),
                         (sorted(glob.glob(os.path.join(curation_measure.SHARED, "real-documents", "rendercv", "*.pdf"))),
                          curation_measure.rendercv_items)):
        found, _, missed = curation_measure.listed(cli, paths, items)
        listed = [i for p in paths for i in items(p)]
        misses = collections.Counter(missed)
        for item in listed:
            hit = misses[item] == 0
            misses[item] -= not hit
            rows.append((item, hit))
    return rows


def report(name, rows, sources, show):
    """Prints the share found over the items not left out, the misses and the left-out counts."""
    expected = [(i, hit) for i, hit in rows if not why_left_out(i, sources)]
    left = collections.Counter(why_left_out(i, sources) for i, _ in rows if why_left_out(i, sources))
    found = sum(hit for _, hit in expected)
    print(f"== {name}: {found} of {len(expected)} listed skills found ({found / max(len(expected), 1):.3f}); "
          f"{len(rows) - len(expected)} items left out on purpose")
    for reason, n in left.most_common():
        print(f"   left out {n:4d}: {reason}")
    misses = collections.Counter(fold(i) for i, hit in expected if not hit)
    print("   missed: " + ", ".join(f"{t} ({n})" if n > 1 else t for t, n in misses.most_common(show)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "skillmatch"))
    ap.add_argument("--half", choices=["all", "even", "odd"], default="all", help="which dotin resumes")
    ap.add_argument("--misses", type=int, default=60, help="missed items to print per source")
    args = ap.parse_args()
    sources = left_out_reasons()
    report(f"dotin resumes ({args.half}), skills sections' items", dotin_items(args.cli, args.half), sources, args.misses)
    report("JSON Resume sample and rendercv CV (5 PDF layouts), listed skills", listed_items(args.cli), sources, args.misses)


if __name__ == "__main__":
    main()
