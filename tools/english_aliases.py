#!/usr/bin/python3
"""Lists the aliases of rules/skills/*.json that are English words or names in WordNet but
are not marked `ambiguous` (issue 16): each may be a skill in one sense and an everyday word
in another, and then needs the sense model. Needs Debian's wordnet-base; a check for people
editing the rules, never needed to build or run.

    /usr/bin/python3 tools/english_aliases.py            # kind, skill id, alias, WordNet senses
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from train_senses import ROOT, WORDNET, strip_comments  # noqa: E402


def wordnet_lemmas():
    """lemma -> number of senses, over every part of speech."""
    senses = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    fields = line.split(" ", 3)
                    senses[fields[0]] = senses.get(fields[0], 0) + int(fields[2])
    return senses


def main():
    lemmas = wordnet_lemmas()
    for path in sorted(glob.glob(os.path.join(ROOT, "rules", "skills", "*.json"))):
        with open(path, encoding="utf-8") as f:
            skills = json.loads(strip_comments(f.read()))["skills"]
        for skill in skills:
            for alias in skill["aliases"]:
                alias = {"text": alias} if isinstance(alias, str) else alias
                if "text" not in alias or alias.get("ambiguous"):
                    continue
                key = alias["text"].lower().replace(" ", "_").replace("-", "_")
                if key in lemmas:
                    print(f"{skill['kind']}\t{skill['id']}\t{alias['text']}\t{lemmas[key]}")


if __name__ == "__main__":
    main()
