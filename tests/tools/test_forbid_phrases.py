#!/usr/bin/env python3
"""Tests of tools/forbid_phrases.py's cue conversion: which cues become cue phrases, and how."""

import pathlib
import sys
import unittest

TOOL = pathlib.Path(__file__).resolve().parents[2] / "tools" / "forbid_phrases.py"
sys.path.insert(0, str(TOOL.parent))

import forbid_phrases  # noqa: E402

# (a cue, the phrases it becomes or None when it stays RE2).
CUE_CASES = [
    (r"config\s+management", ["config management*"]),  # open at its end: a last word runs on
    (r"cookbooks?", ["cookbook*"]),                    # "cookbooks*" says no more than "cookbook*"
    (r"\bk8s\b", ["k8s"]),                             # a last word that must end stays a word
    (r"(in|with)\s+go\b", ["in go", "with go"]),
    (r"go\s*routines?", ["goroutine*", "go routine*"]),
    (r"c\+\+", ["c++"]),                               # a last mark needs nothing after it
    (r"\.net", None),                                  # \b before a mark asks for a word before it
    (r"data\w+s", None),                               # a run inside a word
    (r"\d+[cg]\b", None),
    (r"mod_", None),                                   # '_' is a word byte phrases cannot hold
    (r"ml\s*", None),                                  # a gap at the end
    (r"label", None),                                  # plain: already found without RE2
    (r"(?-i:Go)\b", None),                             # a case-sensitive group
]


class CuePhrases(unittest.TestCase):
    def test_cues(self):
        for cue, phrases in CUE_CASES:
            with self.subTest(cue=cue):
                self.assertEqual(forbid_phrases.cue_phrases_of(cue), phrases)

    def test_a_file_converts_once(self):
        text = ('{"skills": [{\n  "context": {\n    "cues": [\n      "ansible",\n      "\\\\bk8s\\\\b",\n'
                '      "\\\\.net"\n    ],\n    "forbid": []\n  }\n}]}')
        converted, counts = forbid_phrases.convert_file(text)
        self.assertEqual(counts, {"forbid": 0, "cues": 1})
        self.assertIn('"cue_phrases": [\n      "k8s"\n    ],', converted)
        self.assertIn('"cues": [\n      "ansible",\n      "\\\\.net"\n    ],', converted)
        self.assertEqual(forbid_phrases.convert_file(converted), (converted, {"forbid": 0, "cues": 0}))


if __name__ == "__main__":
    unittest.main()
