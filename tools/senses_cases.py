#!/usr/bin/env python3
"""The word-sense sentence sets of tests/data/senses/: split them, and score the CLI on one.

    python3 tools/senses_cases.py split              # cases.tsv (+ dev-only.tsv) -> dev.tsv, heldout.tsv
    python3 tools/senses_cases.py split blind        # a later set: blind/cases.tsv -> blind/dev.tsv, blind/heldout.tsv
    python3 tools/senses_cases.py eval --cli build/skillmatch tests/data/senses/dev.tsv [--min-recall R --max-trap T]

A line is `expect<TAB>skill_id<TAB>sentence`; expect is `found` (the skill is reported with
a non-negated mention) or `absent` (a trap: the skill's name used in an everyday sense).
The split is by a hash of the sentence, so it does not depend on the order of the file and a
sentence written twice lands on the same side. Standard library only.
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SENSES = os.path.join(os.path.dirname(HERE), "tests", "data", "senses")


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0] not in ("found", "absent"):
                sys.exit(f"{path}:{n}: expected 'found|absent<TAB>skill_id<TAB>sentence'")
            cases.append(tuple(parts))
    return cases


def heldout(sentence):
    return hashlib.sha256(sentence.encode("utf-8")).digest()[0] % 2 == 1


def split(folder):
    """dev.tsv is cases.tsv's dev half, then every line of dev-only.tsv: sentences written
    later for training alone, never split (they were written knowing what the model missed
    on dev.tsv, so none of them may measure it). A later set in a folder of its own has no
    dev-only.tsv."""
    base = os.path.join(SENSES, folder)
    cases = read_cases(os.path.join(base, "cases.tsv"))
    dev_only = os.path.join(base, "dev-only.tsv")
    halves = {"dev.tsv": [c for c in cases if not heldout(c[2])] + (read_cases(dev_only) if os.path.exists(dev_only) else []),
              "heldout.tsv": [c for c in cases if heldout(c[2])]}
    for name, lines in halves.items():
        with open(os.path.join(base, name), "w", encoding="utf-8") as f:
            f.writelines("\t".join(c) + "\n" for c in lines)


def found_skills(cli, sentences):
    """Per sentence, the ids of the skills reported with a non-negated mention."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, sentence in enumerate(sentences):
            with open(os.path.join(tmp, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(sentence + "\n")
        out = subprocess.run([cli, "extract", "--format", "json", tmp], check=True, capture_output=True, text=True)
    found = {}
    for doc in json.loads(out.stdout)["documents"]:
        index = int(os.path.splitext(os.path.basename(doc["source"]))[0])
        found[index] = {s["id"] for s in doc["skills"] if any(not m["negated"] for m in s["mentions"])}
    return [found.get(i, set()) for i in range(len(sentences))]


def evaluate(args):
    cases = read_cases(args.cases)
    found = found_skills(args.cli, [c[2] for c in cases])
    wrong = collections.Counter()
    total = collections.Counter()
    for (expect, skill, sentence), skills in zip(cases, found):
        total[expect] += 1
        if (skill in skills) != (expect == "found"):
            wrong[expect] += 1
            print(f"wrong\t{expect}\t{skill}\t{sentence}")
    trap_rate = wrong["absent"] / max(total["absent"], 1)
    recall = 1 - wrong["found"] / max(total["found"], 1)
    print(f"{args.cases}: traps found as skills {wrong['absent']}/{total['absent']} = {trap_rate:.3f}; "
          f"recall {total['found'] - wrong['found']}/{total['found']} = {recall:.3f}")
    if trap_rate > args.max_trap or recall < args.min_recall:
        sys.exit(f"{args.cases}: trap rate {trap_rate:.3f} > {args.max_trap} or recall {recall:.3f} < {args.min_recall}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("split").add_argument("folder", nargs="?", default=".")
    ev = sub.add_parser("eval")
    ev.add_argument("--cli", required=True)
    ev.add_argument("--max-trap", type=float, default=1.0)
    ev.add_argument("--min-recall", type=float, default=0.0)
    ev.add_argument("cases")
    args = parser.parse_args()
    split(args.folder) if args.command == "split" else evaluate(args)


if __name__ == "__main__":
    main()
