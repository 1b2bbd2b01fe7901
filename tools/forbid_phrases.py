#!/usr/bin/env python3
"""Turns a skill's forbid patterns that only name whole words into `forbid_phrases` data.

    python3 tools/forbid_phrases.py [--check] [rules/skills/*.json ...]

A forbid pattern such as `\\bpuppet\\s+(show|master)\\b` says no more than "the words
'puppet show' or 'puppet master', whole, with any whitespace between them". Such a pattern
becomes a list of phrases ("puppet show", "puppet master") that extraction matches from the
words around a mention without RE2 (core/src/extract/forbid_phrases.*), and that need not be
compiled when the rules load.

A pattern is converted only when this script proves the phrases say exactly what it did:
its parse is `\\b`, then only ASCII letters and digits, `\\s+`, groups, alternations and
optional parts (`s?`, `(of\\s+)?`), then `\\b`; its language is then a finite set of strings
of words joined by `\\s+`, which is enumerated here, and each word is whole (bounded by
`\\b`, by `\\s` or by the ends). Every other pattern (`\\w*`, `[-\\s]?`, punctuation, more than
`MAX_PHRASES` phrases) stays a regex, untouched. Converting is idempotent: run it again and
nothing changes. `--check` only reports what it would convert and exits 1 if anything is
left to convert.

The phrases also pass a check against the pattern they replace: each phrase, written with
one space or a tab between words, is matched whole by the pattern (Python's re, whose
syntax these patterns share with RE2); tests/core/test_forbid_phrases.cpp compares the
C++ matcher with RE2 on the samples' windows.
"""
import argparse
import glob
import json
import re
import sys

try:
    from re import _constants as sre_constants, _parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_constants, sre_parse

MAX_PHRASES = 256  # a pattern naming more is left a regex: a list that long is no easier to read
WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
GAP = " "  # one `\s+` in an enumerated string


class NotPhrases(Exception):
    """The pattern says more than whole words joined by whitespace."""


def is_space_run(node):
    op, arg = node
    if op is not sre_constants.MAX_REPEAT:
        return False
    low, high, body = arg
    return (low == 1 and high == sre_constants.MAXREPEAT and len(body) == 1 and body[0][0] is sre_constants.IN
            and list(body[0][1]) == [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)])


def cross(left, right):
    out = [a + b for a in left for b in right]
    if len(out) > MAX_PHRASES:
        raise NotPhrases("too many phrases")
    return out


def strings(sequence):
    """Every string the parsed sequence matches, `\\s+` written as GAP."""
    out = [""]
    for node in sequence:
        out = cross(out, node_strings(node))
    return out


def node_strings(node):
    op, arg = node
    if op is sre_constants.LITERAL:
        char = chr(arg)
        if char not in WORD_CHARS:
            raise NotPhrases("not a word character: " + char)
        return [char.lower()]
    if is_space_run(node):
        return [GAP]
    if op is sre_constants.SUBPATTERN:
        if arg[1] or arg[2]:  # (?-i:...) and other flags: no longer a phrase of any case
            raise NotPhrases("a group with flags")
        return strings(arg[-1])
    if op is sre_constants.BRANCH:
        return [s for branch in arg[1] for s in strings(branch)]
    if op is sre_constants.IN and all(kind is sre_constants.LITERAL for kind, _ in arg):
        return [s for kind, code in arg for s in node_strings((kind, code))]
    if op is sre_constants.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
        return [""] + strings(arg[2])
    raise NotPhrases("not a word, a gap or a group: " + str(op))


def is_boundary(node):
    return node == (sre_constants.AT, sre_constants.AT_BOUNDARY)


def phrases_of(pattern):
    """The phrases `pattern` names, or None when it says more than whole words."""
    try:
        parsed = list(sre_parse.parse(pattern))
    except re.error:
        return None
    if len(parsed) < 3 or not is_boundary(parsed[0]) or not is_boundary(parsed[-1]):
        return None
    try:
        found = strings(parsed[1:-1])
    except NotPhrases:
        return None
    phrases = []
    for text in found:
        # Words must be whole and gaps single: "a\s+\s+b" needs two whitespace bytes, and a
        # gap at an end would make the word boundary there one that a phrase cannot say.
        words = text.split(GAP)
        if not text or any(not word for word in words):
            return None
        phrase = " ".join(words)
        if phrase not in phrases:
            phrases.append(phrase)
    if not proven(pattern, phrases):
        return None
    return phrases


def proven(pattern, phrases):
    """Each phrase, its words joined by one space or by a tab, is matched whole by `pattern`."""
    regex = re.compile(pattern, re.IGNORECASE)
    return all(regex.fullmatch(phrase) and regex.fullmatch(phrase.replace(" ", "\t ")) for phrase in phrases)


def convert_block(lines):
    """The patterns of one "forbid" block's lines that stay (as written), and the phrases."""
    kept, phrases = [], []
    for line in lines:
        found = phrases_of(json.loads(line.strip().rstrip(",")))
        if found is None:
            kept.append(line.strip().rstrip(","))  # as written
        else:
            phrases.extend(p for p in found if p not in phrases)
    return kept, phrases


def render(key, values, indent, comma):
    """A list member, each value (already JSON) on a line of its own."""
    if not values:
        return []
    inner = indent + "  "
    body = [inner + v + ("," if i + 1 < len(values) else "") for i, v in enumerate(values)]
    return [indent + json.dumps(key) + ": ["] + body + [indent + "]" + comma]


def convert_file(text):
    """The file with its forbid blocks converted, and how many patterns became phrases."""
    lines = text.split("\n")
    out, converted, i = [], 0, 0
    while i < len(lines):
        line = lines[i]
        if line.strip() != '"forbid": [':
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        end = i + 1
        while lines[end].strip() not in ("]", "],"):
            end += 1
        comma = "," if lines[end].strip() == "]," else ""
        kept, phrases = convert_block(lines[i + 1 : end])
        if not phrases:  # nothing to convert: the block stays as written
            out += lines[i : end + 1]
            i = end + 1
            continue
        if end + 1 < len(lines) and lines[end + 1].strip() == '"forbid_phrases": [':
            raise SystemExit("a forbid block to convert is followed by forbid_phrases: merge them by hand first")
        converted += (end - i - 1) - len(kept)
        out += render("forbid", kept, indent, "," if phrases else comma)
        out += render("forbid_phrases", [json.dumps(p) for p in phrases], indent, comma)
        i = end + 1
    return "\n".join(out), converted


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if a pattern is left to convert")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("rules/skills/*.json"))
    total = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new_text, converted = convert_file(text)
        json.loads(new_text)  # still JSON
        total += converted
        if converted and not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new_text)
        if converted:
            print(f"{path}: {converted} forbid patterns {'convertible' if args.check else 'converted'} to phrases")
    print(f"{total} patterns {'convertible' if args.check else 'converted'}")
    return 1 if args.check and total else 0


if __name__ == "__main__":
    sys.exit(main())
