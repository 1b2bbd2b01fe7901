#!/usr/bin/env python3
"""Checks `skillmatch extract --format jsonresume`: every line it prints is one JSON Resume
document that the JSON Resume schema validates (formats checked too: e-mail, URI), one per
resume given, and a resume's contacts, jobs and education are carried over.

    check_jsonresume.py SKILLMATCH SCHEMA PATH...   (exit 0: all valid)
"""
import json
import subprocess
import sys

import jsonschema


def main():
    skillmatch, schema_path, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    run = subprocess.run([skillmatch, "extract", "--format", "jsonresume", "--today", "2026-12", *paths],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        sys.exit(f"skillmatch exited {run.returncode}: {run.stderr.strip()}")
    lines = run.stdout.splitlines()
    problems = []
    for number, line in enumerate(lines, 1):
        document = json.loads(line)
        source = document.get("meta", {}).get("source", f"line {number}")
        problems += [f"{source}: {error.json_path}: {error.message}" for error in validator.iter_errors(document)]
        # What a resume always gives: a name, and the jobs and schools it lists.
        if not document["basics"].get("name"):
            problems.append(f"{source}: no basics.name")
        if not document["work"]:
            problems.append(f"{source}: no work entries")
        if not document["education"]:
            problems.append(f"{source}: no education entries")
    if len(lines) != len(paths):
        problems.append(f"{len(lines)} JSON Resume documents for {len(paths)} resumes")
    for problem in problems:
        print(problem)
    print(f"{len(lines)} documents, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
