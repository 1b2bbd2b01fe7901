#!/usr/bin/env python3
"""Turns a skill's forbid patterns and cues that only name words and marks into phrase data.

    python3 tools/forbid_phrases.py [--check] [rules/skills/*.json ...]

A forbid pattern such as `\\bpuppet\\s+(show|theat\\w*)\\b` says no more than "the word
'puppet', any whitespace, then 'show' or a word starting with 'theat'". Such a pattern becomes
a list of phrases ("puppet show", "puppet theat*") that extraction matches from the words
around a mention without RE2 (core/src/extract/forbid_phrases.*), and that need not be compiled
when the rules load. A phrase is items joined by gaps:
- a word of a-z and 0-9, whole (`\\bword\\b`, any case);
- a stem, a word followed by `*`: any whole word starting with it (`stem\\w*`); last in a
  phrase, a word the window's end cuts counts too, as `\\w*` with no `\\b` after it matched;
- a mark, one ASCII punctuation byte (`&`, `.`, `/`, `(`...), matched as written;
- gaps: a space is any run of whitespace (`\\s+`), each `_` exactly one whitespace byte
  (`\\s`), and nothing between a mark and what is next to it means nothing there.
So `\\bray[-\\s]?tracing\\b` is "ray-tracing", "ray_tracing" and "raytracing", and
`\\br\\s*&\\s*d\\b` is "r&d", "r &d", "r& d" and "r & d".

A pattern is converted only when this script can say it exactly: its parse is `\\b` (or a
mark), then only ASCII letters and digits, marks, `\\s`, `\\s+`, `\\s*`, `\\s?`, `\\w*` after
letters, groups, alternations, small character sets of these and optional parts, then `\\b`
(or a mark, or `\\w*`); its language is then a finite set of phrases, enumerated here. Every
other pattern (`\\d`, `[a-z]+`, runs such as `[^.\\n]*`, case-sensitive groups, a trailing
`\\s+`, more than `MAX_PHRASES` phrases) stays a regex, untouched. Converting is idempotent:
run it again and nothing changes. `--check` only reports what it would convert and exits 1
if anything is left to convert.

A skill's cues are converted the same way into `cue_phrases`, as ContextRules searches them:
`\\b(?:cue)` anywhere in the window, open at its end, so a string the cue names that ends in a
letter or digit with no `\\b` after it becomes a stem (`\\bconfig\\s+management` is
"config management*", `cookbooks?` is "cookbook*"). Plain cues (letters, digits, spaces, `-`,
`/`) are left in `cues`: they are found without RE2 already.

Each conversion is checked before it is written: the regex the phrases stand for (as
core/src/extract/forbid_phrases.cpp matches them) and the pattern they replace, both with
Python's re (whose syntax these patterns share with RE2), agree on whether they match whole
strings written from the phrases and their near misses; tests/core/test_extract_forbid_phrases.cpp
compares the C++ matcher with that regex under RE2 at every word of the samples. A cue's check
compares the two followed by `\\w*`: whatever follows a cue's match is free.
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
# The marks a phrase may hold: ASCII punctuation but the phrase syntax's own `*` and `_`.
MARKS = set("!\"#$%&'()+,-./:;<=>?@[\\]^`{|}~")
# Symbols of an enumerated string besides letters, digits and marks.
RUN, ONE, STEM, BOUND = " ", "_", "*", "\x00"  # \s+, \s, \w*, \b


class NotPhrases(Exception):
    """The pattern says more than phrases can."""


def category(node):
    """The category a one-node character set is (\\s, \\w), or None."""
    op, arg = node
    if op is sre_constants.IN and len(arg) == 1 and arg[0][0] is sre_constants.CATEGORY:
        return arg[0][1]
    return None


def cross(left, right):
    out = [a + b for a in left for b in right]
    if len(out) > MAX_PHRASES:
        raise NotPhrases("too many phrases")
    return out


def strings(sequence):
    """Every string the parsed sequence matches, in the symbols above."""
    out = [""]
    for node in sequence:
        out = cross(out, node_strings(node))
    return out


def literal(code):
    char = chr(code)
    if char in WORD_CHARS:
        return char.lower()
    if char in MARKS:
        return char
    raise NotPhrases("not a word character or a mark: " + char)


def repeat_strings(low, high, body):
    if len(body) == 1 and category(body[0]) is sre_constants.CATEGORY_SPACE and high == sre_constants.MAXREPEAT:
        if low == 1:
            return [RUN]
        if low == 0:
            return ["", RUN]
    if len(body) == 1 and category(body[0]) is sre_constants.CATEGORY_WORD and (low, high) == (0, sre_constants.MAXREPEAT):
        return [STEM]
    if (low, high) == (0, 1):
        return [""] + strings(body)
    raise NotPhrases("a repeat phrases cannot say")


def set_strings(items):
    out = []
    for kind, code in items:
        if kind is sre_constants.LITERAL:
            out.append(literal(code))
        elif kind is sre_constants.CATEGORY and code is sre_constants.CATEGORY_SPACE:
            out.append(ONE)
        else:
            raise NotPhrases("a character set phrases cannot say")
    return out


def node_strings(node):
    op, arg = node
    if op is sre_constants.LITERAL:
        return [literal(arg)]
    if op is sre_constants.IN:
        return set_strings(arg)
    if op is sre_constants.MAX_REPEAT:
        return repeat_strings(*arg)
    if op is sre_constants.SUBPATTERN:
        if arg[1] or arg[2]:  # (?-i:...) and other flags: no longer a phrase of any case
            raise NotPhrases("a group with flags")
        return strings(arg[-1])
    if op is sre_constants.BRANCH:
        return [s for branch in arg[1] for s in strings(branch)]
    if op is sre_constants.AT and arg is sre_constants.AT_BOUNDARY:
        return [BOUND]
    raise NotPhrases("not a word, a mark, a gap or a group: " + str(op))


def word_char(c):
    """A letter or digit of a phrase (literals are ASCII: literal() refuses the rest)."""
    return c in WORD_CHARS


def kind(c):
    """What a symbol is for the boundary rules: word (letters, digits, a stem's end), mark, gap."""
    if c == STEM or word_char(c):
        return "word"
    return "gap" if c in (RUN, ONE) else "mark"


def phrase_of(text):
    """One enumerated string as a phrase, or None when it cannot be one (NotPhrases)."""
    # \b holds between a word and what is not; drop each one that the symbols around it make
    # true, and refuse the string when one cannot hold (between two words, two marks or gaps).
    out = []
    for i, c in enumerate(text):
        if c != BOUND:
            out.append(c)
            continue
        before = kind(text[i - 1]) if i > 0 and text[i - 1] != BOUND else None
        after = kind(text[i + 1]) if i + 1 < len(text) and text[i + 1] != BOUND else None
        if before == "word" and after != "word" or after == "word" and before != "word":
            continue  # at a phrase's end it says the word is whole, which a phrase's word is
        raise NotPhrases("a word boundary that cannot hold")
    phrase = "".join(out)
    starts_bounded, ends_bounded = text.startswith(BOUND), text.endswith(BOUND)
    if not phrase or phrase[0] in (RUN, ONE) or phrase[-1] in (RUN, ONE):
        raise NotPhrases("a gap at an end")
    # A word at an end is whole only after \b; a mark needs none, and a \b before one asks for a
    # word beyond the match, which a phrase cannot say. A stem last matches to the word's end,
    # as \w* does, but \w*\b would also refuse a word the window cuts.
    for edge, bounded in ((phrase[0], starts_bounded), (phrase[-1], ends_bounded)):
        if kind(edge) == "mark" and bounded:
            raise NotPhrases("a word boundary at a mark")
    if kind(phrase[0]) == "word" and not starts_bounded:
        raise NotPhrases("a word that may start inside another")
    if phrase[-1] == STEM and ends_bounded:
        raise NotPhrases("a stem that must end the word")
    if word_char(phrase[-1]) and not ends_bounded:
        raise NotPhrases("a word that may end inside another")
    # A gap is one run of whitespace or a count of single ones; a stem follows letters and ends a word.
    if any(gap != RUN and set(gap) != {ONE} for gap in re.findall(r"[ _]+", phrase)):
        raise NotPhrases("a gap phrases cannot say")
    if re.search(r"(^|[^a-z0-9])\*|\*[a-z0-9*]", phrase):
        raise NotPhrases("a stem phrases cannot say")
    return phrase


def phrases_of(pattern):
    """The phrases `pattern` names, or None when it says more than phrases can."""
    try:
        parsed = list(sre_parse.parse(pattern))
        phrases = []
        for text in strings(parsed):
            phrase = phrase_of(text)
            if phrase not in phrases:
                phrases.append(phrase)
    except (re.error, NotPhrases):
        return None
    if not proven(pattern, phrases):
        return None
    return phrases


# A cue that is a plain word or phrase: core/src/extract/cue_words.cpp finds it without RE2.
PLAIN_CUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 /-]*")


def subsumed(phrase, phrases):
    """Another phrase ends in a stem that `phrase` only runs on ("cookbook*" and "cookbooks*")."""
    return any(p != phrase and p.endswith(STEM) and phrase.startswith(p[:-1]) and
               re.fullmatch(r"[a-z0-9]*\*?", phrase[len(p) - 1:]) for p in phrases)


def cue_phrases_of(cue):
    """The phrases a cue names as ContextRules searches it, \\b(?:cue) open at its end, or None.

    A string the cue names that ends in a letter or digit with no \\b after it matches the start of
    a longer word too, so it becomes a stem ("config management*" from `\\bconfig\\s+management`).
    """
    if PLAIN_CUE.fullmatch(cue):
        return None  # already found without RE2
    pattern = r"\b(?:" + cue + ")"
    try:
        phrases = []
        for text in strings(list(sre_parse.parse(pattern))):
            text = re.sub("\x00+", "\x00", text)  # \b\b says no more than \b
            phrase = phrase_of(text + STEM if word_char(text[-1]) else text)
            if phrase not in phrases:
                phrases.append(phrase)
    except (re.error, NotPhrases, IndexError):
        return None
    phrases = [p for p in phrases if not subsumed(p, phrases)]
    if not proven(pattern, phrases, open_end=True):
        return None
    return phrases


GAP_REGEX = {RUN: r"\s+", ONE: r"\s"}


def phrase_regex(phrase):
    """The regex a phrase stands for (as the C++ test's reference writes it)."""
    out = r"\b" if word_char(phrase[0]) else ""
    for c in phrase:
        if c in GAP_REGEX:
            out += GAP_REGEX[c]
        elif c == STEM:
            out += r"\w*"
        else:
            out += re.escape(c)
    return out + (r"\b" if word_char(phrase[-1]) else "")


def samples(phrase):
    """Strings written from a phrase: the gaps as different whitespace, a stem run on, and near misses."""
    written = []
    for run, one, stem in ((" ", " ", ""), ("\t \n", "\t", "ing"), ("  ", "\n", "_2X")):
        written.append(phrase.replace(RUN, "\x01").replace(ONE, one).replace("\x01", run).replace(STEM, stem))
    near = []
    for text in written:
        near += [text + "s", "x" + text, text.replace(" ", ""), text.replace(" ", "  "), text.replace("-", " "),
                 text.replace("\t", "  "), text[:-1], text.upper()]
    return written, near


def proven(pattern, phrases, open_end=False):
    """The phrases' regex and `pattern` agree on every string written from the phrases; each phrase matches.

    With `open_end` both are followed by `\\w*`: a cue is found when a match starts anywhere, so
    what follows the match's end is free, and `\\w*` is the part of it a written string holds.
    """
    tail = r"\w*" if open_end else ""
    original = re.compile("(?:" + pattern + ")" + tail, re.IGNORECASE)
    replacement = re.compile("(?:" + "|".join("(?:" + phrase_regex(p) + ")" for p in phrases) + ")" + tail,
                             re.IGNORECASE)
    for phrase in phrases:
        written, near = samples(phrase)
        if not all(original.fullmatch(text) for text in written):
            return False
        if any(bool(original.fullmatch(text)) != bool(replacement.fullmatch(text)) for text in written + near):
            return False
    return True


def block_end(lines, start):
    """The index of the line closing the list opened at `start`."""
    end = start + 1
    while lines[end].strip() not in ("]", "],"):
        end += 1
    return end


def convert_block(lines, convert):
    """The patterns of one block's lines that stay (as written), and the phrases `convert` finds."""
    kept, phrases = [], []
    for line in lines:
        found = convert(json.loads(line.strip().rstrip(",")))
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


# The lists converted: a skill's forbid patterns and its cues, each into its phrases' list.
LISTS = (("forbid", "forbid_phrases", phrases_of), ("cues", "cue_phrases", cue_phrases_of))


def convert_file(text):
    """The file with its lists' blocks converted, and how many patterns of each list became phrases."""
    counts = {}
    for key, phrase_key, convert in LISTS:
        text, counts[key] = convert_blocks(text, key, phrase_key, convert)
    return text, counts


def convert_blocks(text, key, phrase_key, convert):
    """The file with its `key` blocks converted into `phrase_key`, and how many patterns became phrases."""
    lines = text.split("\n")
    out, converted, i = [], 0, 0
    while i < len(lines):
        line = lines[i]
        if line.strip() != json.dumps(key) + ": [":
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        end = block_end(lines, i)
        kept, phrases = convert_block(lines[i + 1 : end], convert)
        if not phrases:  # nothing to convert: the block stays as written
            out += lines[i : end + 1]
            i = end + 1
            continue
        converted += (end - i - 1) - len(kept)
        # The skill's phrases so far (a block right after this one) come first, the new ones after.
        comma, after = ("," if lines[end].strip() == "]," else ""), end + 1
        if after < len(lines) and lines[after].strip() == json.dumps(phrase_key) + ": [":
            old_end = block_end(lines, after)
            old = [json.loads(l.strip().rstrip(",")) for l in lines[after + 1 : old_end]]
            phrases = old + [p for p in phrases if p not in old]
            comma, after = ("," if lines[old_end].strip() == "]," else ""), old_end + 1
        out += render(key, kept, indent, ",")
        out += render(phrase_key, [json.dumps(p) for p in phrases], indent, comma)
        i = after
    return "\n".join(out), converted


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if a pattern is left to convert")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("rules/skills/*.json"))
    totals = dict.fromkeys([key for key, _, _ in LISTS], 0)
    verb = "convertible" if args.check else "converted"
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new_text, counts = convert_file(text)
        json.loads(new_text)  # still JSON
        if new_text != text and not args.check:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new_text)
        for key, converted in counts.items():
            totals[key] += converted
            if converted:
                print(f"{path}: {converted} {key} patterns {verb} to phrases")
    for key, total in totals.items():
        print(f"{total} {key} patterns {verb}")
    return 1 if args.check and any(totals.values()) else 0

if __name__ == "__main__":
    sys.exit(main())
