#!/usr/bin/python3
"""Trains the posting-zone model of rules/sections.json "zones" "model" (issue 16, item 5).

A posting's sentence asks for nothing when the employer speaks about itself, its product, its
benefits, equal opportunity or how to apply. The model is multinomial naive Bayes over two kinds
of evidence, so that it is linear and the extractor (core/src/posting_zones.cpp) scores it in a
few lines: each distinct word of the sentence (as normalize_words writes it), and the scores of
the hand-written cue lexicon's zones ("cues", the same section of the same file), which stand in
for the phrases a few hundred sentences cannot teach. The log-odds of "other" is

    bias + sum of words[word] over the sentence's distinct words + sum of zone_weights[z] * cue score of z

and a sentence is zoned when it reaches "threshold" (the cue lexicon then names the zone).
Trained on the build halves of tests/data/posting_zones/*.tsv only (never a heldout half):

    apt-get install -y python3-sklearn      # training only, never to build or run
    /usr/bin/python3 tools/train_zones.py    # rewrites the "model" of rules/sections.json "zones"

The threshold is calibrated by cross-validation on the build halves: the lowest that zones at
most --max-requirement of their requirement sentences. Output is deterministic.
"""
import argparse
import collections
import glob
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SECTIONS = os.path.join(ROOT, "rules", "sections.json")
DATA = os.path.join(ROOT, "tests", "data", "posting_zones")
ALPHA = 0.3   # additive smoothing: 0.2-1 cross-validated alike (session 12); 0.3 the middle
PRUNE = 0.05  # word weights smaller than this are left out of the file
# A word in fewer training sentences than this is left out: a word seen once weighs as much as
# "benefits" (cross-validated with the words of each training fold, zoned at 2% of requirement
# sentences: 0.857 of the other sentences with every word, 2,019 of them; 0.853 with words of 2
# sentences or more, a file of 878; 0.795 with 3 or more).
MIN_SENTENCES = 2
ROUNDS = 3    # cross-validation repeats (5 folds each, seeds 0..ROUNDS-1)


def normalize_words(text):
    """Mirrors detail::normalize_words (core/src/sections.cpp) byte for byte."""
    out = bytearray()
    data = text.replace("\u2019", "'").encode("utf-8")
    for c in data:
        if c == ord("&"):
            out += b"and " if not out or out[-1] == 32 else b" and "
        elif (c < 128 and chr(c).isalnum()) or c >= 0x80 or c in b"'-":
            out.append(c + 32 if 65 <= c <= 90 else c)
        elif out and out[-1] != 32:
            out.append(32)
    return out.decode("utf-8", "replace").rstrip(" ")


def read_commented_json(path):
    with open(path, encoding="utf-8") as f:
        return json.loads("\n".join(line for line in f.read().split("\n") if not line.lstrip().startswith("//")))


def cue_scores(words, cues):
    """Each zone's cue score: the weights of its phrases found in `words` (whole words, once)."""
    padded = " " + words + " "
    return {zone: sum(w for phrase, w in phrases.items() if " " + normalize_words(phrase) + " " in padded)
            for zone, phrases in cues.items()}


def features(sentence, cues, max_words):
    """The evidence of one sentence, or None when it is too long to be zoned (as in C++)."""
    words = normalize_words(sentence)
    if words.count(" ") >= max_words:
        return None
    f = {"w:" + w: 1.0 for w in set(words.split(" ")) if w}
    for zone, score in cue_scores(words, cues).items():
        if score:
            f["z:" + zone] = score
    return f


def load_sentences(half):
    rows = []
    for path in sorted(glob.glob(os.path.join(DATA, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                h, label, _, sentence = line.rstrip("\n").split("\t")
                if h == half:
                    rows.append((label == "other", sentence))
    return rows


def fit(X, y):
    """(bias, weights by feature) of naive Bayes' log-odds of "other", pruned."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.naive_bayes import MultinomialNB
    seen = collections.Counter(k for f in X for k in f)
    X = [{k: v for k, v in f.items() if k.startswith("z:") or seen[k] >= MIN_SENTENCES} for f in X]
    vectorizer = DictVectorizer()
    model = MultinomialNB(alpha=ALPHA).fit(vectorizer.fit_transform(X), y)
    log_odds = model.feature_log_prob_[1] - model.feature_log_prob_[0]
    bias = float(model.class_log_prior_[1] - model.class_log_prior_[0])
    weights = {name: round(float(v), 3) for name, v in zip(vectorizer.feature_names_, log_odds)}
    return round(bias, 3), {k: v for k, v in weights.items() if k.startswith("z:") or abs(v) >= PRUNE}


def score(model, f):
    bias, weights = model
    return bias + sum(weights.get(k, 0.0) * v for k, v in f.items())


def cross_validated(X, y):
    """Each sentence's mean score over ROUNDS of 5-fold cross-validation."""
    from sklearn.model_selection import StratifiedKFold
    scores = [0.0] * len(X)
    for seed in range(ROUNDS):
        for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y):
            model = fit([X[i] for i in train], [y[i] for i in train])
            for i in test:
                scores[i] += score(model, X[i]) / ROUNDS
    return scores


def calibrate(scores, y, max_requirement):
    """The lowest threshold that zones at most `max_requirement` of the requirement sentences."""
    requirement = sorted((s for s, other in zip(scores, y) if not other), reverse=True)
    allowed = int(max_requirement * len(requirement))
    return round(requirement[allowed] + 0.001, 3)


def write_model(bias, threshold, weights):
    """Replaces the "model" member of sections.json "zones" (its last), keeping the rest as written."""
    with open(SECTIONS, encoding="utf-8") as f:
        text = f.read()
    zones = {k[2:]: v for k, v in sorted(weights.items()) if k.startswith("z:")}
    words = sorted(((k[2:], v) for k, v in weights.items() if k.startswith("w:")), key=lambda kv: (-abs(kv[1]), kv[0]))
    lines = ['    "model": {',
             '      // Generated by tools/train_zones.py from the build halves of tests/data/posting_zones/: do not edit.',
             f'      "bias": {json.dumps(bias)}, "threshold": {json.dumps(threshold)},',
             f'      "zone_weights": {json.dumps(zones)},',
             '      "words": {']
    lines.append(",\n".join(f"        {json.dumps(w, ensure_ascii=False)}: {json.dumps(v)}" for w, v in words))
    lines += ["      }", "    }"]
    block = "\n".join(lines)
    model = re.compile(r'    "model": \{\n.*?\n    \}', re.S)
    if model.search(text):
        text = model.sub(lambda _: block, text, count=1)
    else:  # the first time: after "cues", the last member of "zones"
        text = re.sub(r'(\n    \}\n)(  \}\n\}\n?)$', lambda m: "\n    },\n" + block + "\n" + m.group(2), text, count=1)
    with open(SECTIONS, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-requirement", type=float, default=0.02,
                        help="share of the build halves' requirement sentences zoned, cross-validated")
    args = parser.parse_args()
    zones = read_commented_json(SECTIONS)["zones"]
    rows = [(other, features(s, zones["cues"], zones.get("max_words", 60))) for other, s in load_sentences("build")]
    rows = [(other, f) for other, f in rows if f is not None]
    y = [other for other, _ in rows]
    X = [f for _, f in rows]
    scores = cross_validated(X, y)
    threshold = calibrate(scores, y, args.max_requirement)
    zoned_other = sum(1 for s, other in zip(scores, y) if other and s >= threshold)
    zoned_requirement = sum(1 for s, other in zip(scores, y) if not other and s >= threshold)
    print(f"cross-validated on the build halves, threshold {threshold}: {zoned_other} of {sum(y)} other sentences zoned "
          f"({zoned_other / sum(y):.3f}), {zoned_requirement} of {len(y) - sum(y)} requirement sentences")
    bias, weights = fit(X, y)
    write_model(bias, threshold, weights)
    print(f"wrote {SECTIONS}: bias {bias}, {sum(1 for k in weights if k.startswith('w:'))} word weights")


if __name__ == "__main__":
    main()
