#!/usr/bin/python3
"""Proposes taxonomy skills from ESCO, O*NET and Linguist, and reports what rules/ covers.

rules/ stays the hand-edited source: this script never writes there except the coverage
report. It reads

  ../shared/data/taxonomies/esco_v1.2.0/digitalSkillsCollection_en.csv   (ESCO, European Commission)
  ../shared/data/taxonomies/onet_29.2/Technology_Skills.txt               (O*NET 29.2, USDOL/ETA, CC BY 4.0)
  ../shared/data/taxonomies/linguist/languages.yml                        (GitHub Linguist, MIT)

and the skills of rules/skills/*.json, and merges the sources' entries into candidate skills
(entries sharing a name or an alias are one candidate). Each candidate either matches an
existing skill (it gains the source codes), is new (a draft skill with its aliases, kind,
category and codes), or is left out with the reason.

    /usr/bin/python3 tools/curate_taxonomy.py propose [--out DIR]   # proposals.tsv, proposals.json, drafts/*.json
    /usr/bin/python3 tools/curate_taxonomy.py coverage             # rewrites rules/coverage-sources.tsv
    /usr/bin/python3 tools/curate_taxonomy.py measure --cli build/skillmatch   # share of resumes' listed skills found

Standard library only. An alias that is an everyday English word (WordNet's index, Debian's
wordnet-base, when present) is flagged: the reviewer keeps it only as an ambiguous,
case-sensitive alias that goes through the sense model, or leaves it out (rules/README.md).
"""
import argparse
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = os.path.join(ROOT, "..", "shared", "data", "taxonomies")
WORDNET = "/usr/share/wordnet"
sys.path.insert(0, HERE)
import curation_measure  # noqa: E402
import curation_sources as sources  # noqa: E402
from curation_decisions import BROADER, DROP_ALIASES, LEFT_OUT, ONET_LISTED, category_for, phrase_alias, prose_phrase  # noqa: E402


def fold(text):
    """An alias as the locator folds it (case-insensitively): lowercase, runs of space and hyphen as one space."""
    return re.sub(r"[\s\-]+", " ", text.strip().lower())


def slug(name):
    """A skill id from a display name: lowercase, [a-z0-9.+#] kept, other runs as one hyphen."""
    text = name.lower().replace("c#", "c-sharp").replace("f#", "f-sharp")
    return re.sub(r"[^a-z0-9.+#]+", "-", text).strip("-.") or "skill"


def wordnet_lemmas():
    """Every WordNet lemma ("word", "access", "outlook"): the everyday words an alias may be."""
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        path = os.path.join(WORDNET, "index." + pos)
        if os.path.exists(path):
            with open(path, encoding="latin-1") as f:
                lemmas.update(line.split(" ", 1)[0].replace("_", " ") for line in f if not line.startswith(" "))
    return lemmas


def strip_comments(text):
    """JSON with // and /* */ comments (rules/ allows them) as plain JSON; strings are kept whole."""
    pattern = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', re.S)
    return pattern.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)


def existing_skills():
    """(skills, folded alias -> skill id, folded name -> skill id) of rules/skills/*.json; a
    skill's name counts as an alias."""
    skills, owner, names = [], {}, {}
    for path in sorted(glob.glob(os.path.join(ROOT, "rules", "skills", "*.json"))):
        with open(path, encoding="utf-8") as f:
            for skill in json.loads(strip_comments(f.read()))["skills"]:
                skill["file"] = os.path.basename(path)
                skills.append(skill)
                names.setdefault(fold(skill["name"]), skill["id"])
                for alias in [skill["name"]] + skill["aliases"]:
                    text = alias if isinstance(alias, str) else alias.get("text")
                    if text:
                        owner.setdefault(fold(text), skill["id"])
    return skills, owner, names


def merge(entries):
    """Entries of different sources that share a folded name or alias, as one candidate each.
    Two entries of one source stay apart (two ESCO concepts are two skills), and an entry joins
    one candidate at most, so a class listing many products cannot chain them into one."""
    candidates, by_key = [], {}
    for entry in entries:
        keys = {fold(a) for a in [entry["name"]] + entry["aliases"]}
        alone = entry.get("left_out") or entry.get("named") is False  # ESCO classes join nothing
        hits = [] if alone else sorted({by_key[k] for k in keys if k in by_key})
        hits = [h for h in hits if all(e["source"] != entry["source"] for e in candidates[h]["entries"])]
        if hits:
            candidates[hits[0]]["entries"].append(entry)
        else:
            candidates.append({"entries": [entry]})
        if not alone:  # an activity's or a class's labels ("MailWasher Pro") join nothing
            for k in keys:
                by_key.setdefault(k, hits[0] if hits else len(candidates) - 1)
    return candidates


SOURCE_RANK = {"esco": 0, "onet": 1, "linguist": 2}


def describe(candidate, owner, names, lemmas):
    """Fills a candidate's name, aliases, codes, the existing skill it matches and its decision."""
    entries = sorted(candidate["entries"], key=lambda e: SOURCE_RANK[e["source"]])
    first = entries[0]
    kind = "language" if any(e["kind"] == "language" for e in entries) else first["kind"]
    candidate.update(name=first["name"], kind=kind, category=category_for(entries))
    candidate["esco"] = next((e["code"] for e in entries if e["source"] == "esco"), "")
    candidate["onet"] = next((e["code"] for e in entries if e["source"] == "onet"), "")
    candidate["linguist"] = next((e["name"] for e in entries if e["source"] == "linguist"), "")
    aliases = []
    for e in entries:
        for text in [e["name"]] + e["aliases"]:
            if fold(text) not in {fold(a) for a in aliases}:
                aliases.append(text)
    candidate["matches"] = existing_match(entries, aliases, owner, names)
    candidate["aliases"] = [a for a in aliases if fold(a) not in owner and fold(a) not in DROP_ALIASES]
    candidate["everyday"] = [a for a in candidate["aliases"] if is_everyday(a, lemmas)]
    # An everyday-word alias ("Teams", "Reports", "testing") is left out of the draft: the full
    # name finds the skill; a reviewer may add one back as ambiguous, through the sense model.
    candidate["aliases"] = [a for a in candidate["aliases"] if a not in candidate["everyday"]]
    # A practice named by a phrase of everyday words ("data storage", "customer service") is
    # drafted ambiguous (curation_decisions.phrase_alias): prose says it without naming a skill.
    candidate["phrases"] = [a for a in candidate["aliases"] if kind != "tool" and kind != "language" and prose_phrase(a, lemmas)]
    candidate["decision"] = decide(candidate)
    return candidate


def existing_match(entries, aliases, owner, names):
    """The existing skill a candidate is: the owner of an entry's own name, or the skill whose
    name is one of the candidate's aliases; a shared alternative label alone is not enough
    (ESCO's "algorithms" lists "ALGOL")."""
    if entries[0].get("left_out"):
        return ""
    if entries[0].get("named") is False:  # a class: its labels name other things ("shell scripting")
        return owner.get(fold(entries[0]["name"]), "")
    for e in entries:
        if fold(e["name"]) in owner:
            return owner[fold(e["name"])]
    return next((names[fold(a)] for a in aliases if fold(a) in names), "")


def is_everyday(alias, lemmas):
    """An English word or its plural ("reports", "sites"), or one or two characters ("A", "D")."""
    word = fold(alias)
    return len(word) <= 2 or word in lemmas or (word.endswith("s") and word[:-1] in lemmas) or (
        word.endswith("es") and word[:-2] in lemmas)


def decide(candidate):
    """'matches SKILL' (it takes the codes), 'within SKILL' (a broader skill covers it, without its
    codes), 'new', or 'left out: REASON' (curation_decisions.LEFT_OUT, or a rule below)."""
    reasons = [LEFT_OUT.get(fold(e["name"])) or e.get("left_out") for e in candidate["entries"]]
    if all(reasons) and not candidate["matches"]:
        return "left out: " + reasons[0]
    if candidate["matches"] and fold(candidate["name"]) in BROADER:
        return "within " + candidate["matches"]
    if candidate["matches"]:
        return "matches " + candidate["matches"]
    if not candidate["aliases"]:
        return "left out: every name is an everyday word or one or two letters (too ambiguous)"
    return "new"


def draft_skill(candidate, used_ids, claimed):
    """A rules/skills entry for a new candidate, or None when an earlier draft claimed all its
    names (`claimed`: folded alias -> skill id); an acronym alias matches only in capitals."""
    candidate["aliases"] = [a for a in candidate["aliases"] if fold(a) not in claimed]
    if not candidate["aliases"]:
        return None
    skill_id = slug(candidate["name"])
    while skill_id in used_ids:
        skill_id += "-" + candidate["kind"]
    used_ids.add(skill_id)
    claimed.update((fold(a), skill_id) for a in candidate["aliases"])
    aliases = []
    for text in candidate["aliases"]:
        if re.fullmatch(r"[A-Z0-9]{2,6}", text):  # an acronym ("SVN"): only in capitals
            aliases.append({"text": text, "case": "sensitive"})
        elif text in candidate["phrases"]:
            aliases.append(phrase_alias(text, candidate["category"][1]))
        else:
            aliases.append(text)
    skill = {"id": skill_id, "name": candidate["name"], "category": candidate["category"][1],
             "kind": candidate["kind"], "aliases": aliases}
    for key in ("esco", "onet"):
        if candidate[key]:
            skill[key] = candidate[key]
    return skill


def all_candidates():
    """Every candidate of the three sources, described against rules/skills."""
    _, owner, names = existing_skills()
    lemmas = wordnet_lemmas()
    entries = sources.esco(SOURCES) + sources.onet(SOURCES, ONET_LISTED) + sources.linguist(SOURCES)
    return [describe(c, owner, names, lemmas) for c in merge(entries)]


def draft_all(candidates):
    """{subject file: [draft skills]} of the new candidates; a candidate whose names an earlier
    draft took is left out."""
    used_ids = {s["id"] for s in existing_skills()[0]}
    drafts, claimed = {}, {}
    # Products and languages claim a shared alias before ESCO's classes ("active directory" is
    # Microsoft Active Directory, not "distributed directory information services").
    for c in sorted(candidates, key=lambda c: c["entries"][0].get("named") is False):
        skill = draft_skill(c, used_ids, claimed) if c["decision"] == "new" else None
        if skill:
            drafts.setdefault(c["category"][0], []).append(skill)
        elif c["decision"] == "new":
            c["decision"] = "left out: its names belong to another new skill"
    return drafts


def write_proposals(out, candidates):
    """proposals.tsv (one line a candidate, for reading) and proposals.json (the same, for tools)."""
    with open(os.path.join(out, "proposals.tsv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "decision", "kind", "file", "aliases", "everyday", "esco", "onet", "linguist"])
        for c in candidates:
            writer.writerow([c["name"], c["decision"], c["kind"], c["category"][0], " | ".join(c["aliases"]),
                             " | ".join(c["everyday"]), c["esco"], c["onet"], c["linguist"]])
    with open(os.path.join(out, "proposals.json"), "w", encoding="utf-8") as f:
        json.dump([{k: v for k, v in c.items() if k != "entries"} for c in candidates], f, indent=1, ensure_ascii=False)


def activity_codes():
    """[(skill id, ESCO URI, ESCO label)]: an ESCO activity ("use object-oriented programming")
    whose object, its leading verb and article taken off, is the name or an alias of a skill
    that has no ESCO code yet. The activity is the concept an ESCO-speaking system knows the
    skill by; each proposal is read by a person before it goes into rules/."""
    skills, owner, _ = existing_skills()
    names = {s["id"]: fold(s["name"]) for s in skills if not s.get("esco")}
    best = {}  # skill -> (rank, entry): the object that is the skill's name, else the shortest
    for entry in sources.esco(SOURCES):
        if not entry.get("left_out", "").startswith("an activity"):
            continue
        thing = fold(re.sub(r"^(an?|the)\s+", "", sources.ACTIVITY.sub("", entry["name"].lower()).strip()))
        skill = owner.get(thing)
        if skill in names:
            rank = (thing != names[skill], len(thing))
            if skill not in best or rank < best[skill][0]:
                best[skill] = (rank, entry)
    return sorted((skill, entry["code"], entry["name"]) for skill, (_, entry) in best.items())


def propose(out):
    """Writes proposals.tsv, proposals.json, codes.tsv (ESCO codes for existing skills) and
    drafts/<file>.json (new skills by subject file) under out."""
    candidates = all_candidates()
    drafts = draft_all(candidates)
    os.makedirs(os.path.join(out, "drafts"), exist_ok=True)
    write_proposals(out, candidates)
    with open(os.path.join(out, "codes.tsv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["skill", "esco", "esco_label"])
        writer.writerows(activity_codes())
    for name, skills in drafts.items():
        with open(os.path.join(out, "drafts", name), "w", encoding="utf-8") as f:
            f.write(json.dumps({"skills": skills}, indent=2, ensure_ascii=False) + "\n")
    counts = {}
    for c in candidates:
        key = c["decision"].split(" ")[0]
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(candidates)} candidates: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) + f"; written to {out}")


def coverage():
    """Rewrites rules/coverage-sources.tsv: each source entry covered (by which skill), left out (why) or open."""
    skills, owner, _ = existing_skills()
    by_code = {}
    for skill in skills:
        for key in ("esco", "onet"):
            if skill.get(key):
                by_code.setdefault(skill[key], skill["id"])
    rows, totals = [], {}
    for c in all_candidates():
        for e in c["entries"]:
            covered = by_code.get(e["code"]) or next(
                (owner[fold(a)] for a in [e["name"]] + e["aliases"] if fold(a) in owner), "")
            status = "covered" if covered else ("left-out" if c["decision"].startswith("left out") else "open")
            detail = covered or (c["decision"][len("left out: "):] if status == "left-out" else "")
            rows.append([e["source"], e["code"], e["name"], status, detail])
            totals[(e["source"], status)] = totals.get((e["source"], status), 0) + 1
    rows.sort()
    path = os.path.join(ROOT, "rules", "coverage-sources.tsv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(["source", "code", "entry", "status", "skill_or_reason"])
        writer.writerows(rows)
    for source in ("esco", "onet", "linguist"):
        counts = {s: totals.get((source, s), 0) for s in ("covered", "left-out", "open")}
        print(f"{source}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["propose", "coverage", "measure"])
    parser.add_argument("--out", default="/tmp/taxonomy-proposals", help="where propose writes (never rules/)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "skillmatch"), help="the CLI measure runs")
    args = parser.parse_args()
    if args.command == "propose":
        propose(args.out)
    elif args.command == "coverage":
        coverage()
    else:
        curation_measure.measure(args.cli)


if __name__ == "__main__":
    main()
