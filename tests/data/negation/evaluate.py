#!/usr/bin/env python3
"""Figures for one half of the negation set, through the skillmatch CLI.

    python3 tests/data/negation/evaluate.py --cli build/skillmatch tests/data/negation/dev.tsv

Each sentence is written to its own .txt file and extracted (`extract --format ndjson`).
Prints the recall of the negated lines (the skill found and every mention negated), the
share of positive lines wrongly negated (found only negated), lines whose skill was not
found at all, and with --verbose every line that fails.
"""
import argparse
import json
import pathlib
import subprocess
import tempfile


def read_cases(path):
    cases = []
    for number, line in enumerate(pathlib.Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            expect, skill, sentence = line.split("\t", 2)
            cases.append((number, expect, skill, sentence))
    return cases


def extract_all(cli, cases):
    """Skill id -> list of negated flags, per case number."""
    with tempfile.TemporaryDirectory() as folder:
        for number, _, _, sentence in cases:
            (pathlib.Path(folder) / f"{number:05d}.txt").write_text(sentence + "\n", encoding="utf-8")
        out = subprocess.run([cli, "extract", "--format", "ndjson", folder], capture_output=True, text=True, check=True)
    flags = {}
    for line in out.stdout.splitlines():
        document = json.loads(line)
        number = int(pathlib.Path(document["source"]).stem)
        flags[number] = {s["id"]: [m["negated"] for m in s["mentions"]] for s in document["skills"] if s["mentions"]}
    return flags


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="build/skillmatch")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("tsv")
    args = parser.parse_args()
    cases = read_cases(args.tsv)
    flags = extract_all(args.cli, cases)
    counts = {"negated": [0, 0], "positive": [0, 0]}  # [lines, right]
    missing = 0
    for number, expect, skill, sentence in cases:
        mentions = flags.get(number, {}).get(skill)
        if not mentions:
            missing += 1
            if args.verbose:
                print(f"{args.tsv}:{number}: {skill} not found: {sentence}")
            continue
        right = all(mentions) if expect == "negated" else not all(mentions)
        counts[expect][0] += 1
        counts[expect][1] += right
        if not right and args.verbose:
            print(f"{args.tsv}:{number}: expected {expect} {skill}: {sentence}")
    negated, positive = counts["negated"], counts["positive"]
    print(f"negated lines {negated[0]}: recall {negated[1] / max(negated[0], 1):.3f}; "
          f"positive lines {positive[0]}: wrongly negated {(positive[0] - positive[1]) / max(positive[0], 1):.3f}; "
          f"skill not found {missing}")


if __name__ == "__main__":
    main()
