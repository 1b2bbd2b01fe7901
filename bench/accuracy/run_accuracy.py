#!/usr/bin/env python3
"""Measured extraction accuracy of the real skillmatch CLI on the dev sets.

Runs `skillmatch extract --format json DIR` once per data set over documents rebuilt
from the gold annotations and scores the mentions against the gold spans:

  SkillSpan dev (tech postings)  precision: our mentions overlapping a gold SKILL or
                                 KNOWLEDGE span; recall: in-scope gold KNOWLEDGE spans
                                 overlapped by one of our mentions.
  dotin resumes (train)          precision: our mentions overlapping a gold Tech Tools,
                                 Job Specific Skills or Soft Skills span; recall: in-scope
                                 gold spans of those labels overlapped by a mention.

Mentions counted are the non-negated ones (skills reached only through `implies` have no
mentions and are never counted). Scope is decided by skillspan_scope.txt and
dotin_scope.txt beside this script (see README.md). Standard library only.

    python3 bench/accuracy/run_accuracy.py --cli build/skillmatch
"""
import argparse
import collections
import datetime
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOTIN_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")
# A posting's sections that ask for nothing (rules/extraction.json "posting_ignored_sections"):
# extract shows their mentions, which never count as requirements.
INFORMATIONAL_SECTIONS = {"company", "benefits", "equal-opportunity", "how-to-apply"}


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


# --------------------------------------------------------------------------- scope
class Scope:
    """`in|out <TAB> reason <TAB> text` lines; text is an exact (normalised) span text,
    or `re:PATTERN`, searched in the normalised span text. Exact lines win over patterns;
    patterns are tried in file order, the first that matches decides."""

    def __init__(self, path):
        self.path = path
        self.exact = {}
        self.patterns = []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3 or parts[0] not in ("in", "out"):
                    sys.exit(f"{path}:{n}: expected 'in|out<TAB>reason<TAB>text', got {line!r}")
                label, reason, text = parts
                if text.startswith("re:"):
                    try:
                        rx = re.compile(text[3:])
                    except re.error as e:
                        sys.exit(f"{path}:{n}: bad pattern: {e}")
                    self.patterns.append((rx, label == "in", reason))
                else:
                    key = norm(text)
                    if key in self.exact:
                        sys.exit(f"{path}:{n}: {key!r} labelled twice")
                    self.exact[key] = (label == "in", reason)

    def judge(self, text):
        """(in_scope: bool|None, reason). None means the file does not decide."""
        key = norm(text)
        if key in self.exact:
            return self.exact[key]
        for rx, inside, reason in self.patterns:
            if rx.search(key):
                return inside, reason
        return None, "unjudged"


# --------------------------------------------------------------------------- gold data
class Doc:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.data = text.encode("utf-8")
        self.gold = []  # (start_byte, end_byte, label, text)


def spans_from_bio(tags):
    spans, start = [], None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("B") or (tag.startswith("I") and start is None):
            if start is not None:
                spans.append((start, i))
            start = i
        elif not tag.startswith("I"):
            if start is not None:
                spans.append((start, i))
            start = None
    return spans


def load_skillspan(data_dir, split):
    conll = os.path.join(data_dir, "skillspan", f"skillspan_tech_{split}.conll")
    rows_json = os.path.join(data_dir, "skillspan", f"{split}.json")
    with open(conll, encoding="utf-8") as f:
        sents = [s for s in f.read().split("\n\n") if s.strip()]
    tech = []
    with open(rows_json, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("source") == "tech":
                tech.append(r)
    if len(tech) != len(sents):
        sys.exit(f"skillspan: {len(sents)} CoNLL sentences but {len(tech)} tech rows in {split}.json")
    postings = collections.OrderedDict()
    for sent, row in zip(sents, tech):
        rows = [l.split("\t") for l in sent.split("\n") if l]
        if len(rows) != len(row["tokens"]):
            sys.exit(f"skillspan: sentence of posting {row['idx']} does not align with {split}.json")
        postings.setdefault(row["idx"], []).append(rows)
    docs = []
    for idx, sentences in postings.items():
        parts, offsets, pos = [], [], 0  # offsets in bytes, per sentence per token
        for si, rows in enumerate(sentences):
            if si:
                parts.append("\n")
                pos += 1
            toks = []
            for ti, r in enumerate(rows):
                if ti:
                    parts.append(" ")
                    pos += 1
                b = r[0].encode("utf-8")
                toks.append((pos, pos + len(b)))
                parts.append(r[0])
                pos += len(b)
            offsets.append(toks)
        doc = Doc(f"posting-{idx:03d}.txt", "".join(parts) + "\n")
        for rows, toks in zip(sentences, offsets):
            for col, label in ((1, "SKILL"), (2, "KNOWLEDGE")):
                for a, b in spans_from_bio([r[col] for r in rows]):
                    s, e = toks[a][0], toks[b - 1][1]
                    doc.gold.append((s, e, label, doc.data[s:e].decode("utf-8")))
        docs.append(doc)
    return docs


def load_dotin(data_dir):
    docs = []
    files = sorted(glob.glob(os.path.join(data_dir, "dotin-resumes-train", "*.xml")),
                   key=lambda p: int(re.sub(r"\D", "", os.path.basename(p)) or 0))
    for path in files:
        root = ET.parse(path).getroot()
        parts, gold, pos = [], [], 0

        def add(s):
            nonlocal pos
            s = s or ""
            parts.append(s)
            pos += len(s.encode("utf-8"))

        add(root.text)
        for el in root:
            start = pos
            add(el.text)
            gold.append((start, pos, el.get("type"), el.text or ""))
            add(el.tail)
        text = "".join(parts).strip("\n") + "\n"
        lead = len("".join(parts).encode("utf-8")) - len("".join(parts).lstrip("\n").encode("utf-8"))
        name = "resume-%03d.txt" % int(re.sub(r"\D", "", os.path.basename(path)))
        doc = Doc(name, text)
        doc.gold = [(s - lead, e - lead, l, t) for s, e, l, t in gold if e > s]
        docs.append(doc)
    return docs


def load_gold_kinds(path):
    """norm(text) -> 'tools and languages' or 'concepts' from skillspan_gold_kinds.tsv."""
    kinds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, text = line.rstrip("\n").split("\t")
            kinds[text] = "tools and languages" if kind == "T" else "concepts"
    return kinds


def skillspan_title(doc):
    """The posting's first line: its title ("Java Backend Engineer ..."), never annotated."""
    return [(0, doc.data.index(b"\n"))]


def dotin_title(doc):
    """Gold spans labelled Designation (job titles) or Degree: the annotators never label a
    skill inside them, though "Java Developer" or "M.Sc. Statistics" is real evidence."""
    return [(g[0], g[1]) for g in doc.gold if g[2] in ("Designation", "Degree")]


# --------------------------------------------------------------------------- the CLI
def run_cli(cli, docs, extra_args, jobs):
    with tempfile.TemporaryDirectory(prefix="skillmatch-acc-") as tmp:
        for d in docs:
            with open(os.path.join(tmp, d.name), "wb") as f:
                f.write(d.data)
        cmd = [cli, "extract", "--format", "json", "--jobs", str(jobs)] + extra_args + [tmp]
        proc = subprocess.run(cmd, capture_output=True)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
        out = json.loads(proc.stdout)
    by_name = {d.name: d for d in docs}
    mentions = collections.defaultdict(dict)  # doc name -> (offset, length) -> mention
    bad_offsets = 0
    for err in out.get("errors", []):
        print(f"warning: {err.get('source')}: {err.get('message')}", file=sys.stderr)
    for jd in out["documents"]:
        name = os.path.basename(jd["source"])
        doc = by_name[name]
        for sk in jd["skills"]:
            for m in sk.get("mentions", []):
                if doc.data[m["offset"]:m["offset"] + m["length"]].decode("utf-8", "replace") != m["text"]:
                    bad_offsets += 1
                mentions[name][(m["offset"], m["length"])] = {
                    "skill": sk["id"], "text": m["text"], "negated": m["negated"],
                    "offset": m["offset"], "length": m["length"], "section": m.get("section", ""),
                    "informational": jd.get("kind") == "posting" and m.get("section", "") in INFORMATIONAL_SECTIONS}
    if bad_offsets:
        print(f"warning: {bad_offsets} mentions whose offset does not point at their text "
              "(the parser changed the text)", file=sys.stderr)
    return mentions


def context(doc, s, e, width=60):
    a = max(0, s - width)
    b = min(len(doc.data), e + width)
    pre = doc.data[a:s].decode("utf-8", "replace")
    mid = doc.data[s:e].decode("utf-8", "replace")
    post = doc.data[e:b].decode("utf-8", "replace")
    return re.sub(r"\s+", " ", f"{pre}[[{mid}]]{post}")


# --------------------------------------------------------------------------- scoring
def score(name, docs, mentions, precision_labels, recall_labels, scope, title_spans=None, recall_group=None):
    """title_spans(doc) -> [(start, end)] of non-skill spans that name a job title or a
    degree (the gold never labels skills inside them); mentions wholly inside one are
    left out of the separate title-adjusted precision, never out of the raw one.
    recall_group(gold) -> the group its recall is reported in apart (its label by default)."""
    recall_group = recall_group or (lambda g: g[2])
    tp = fp = unlabelled = 0
    in_title = 0
    informational = informational_tp = 0
    fp_by = collections.Counter()
    fp_examples = {}
    wrong_label = collections.Counter()
    unlabelled_list, other_label_list = [], []
    gold_in = gold_hit = gold_out = gold_unjudged = 0
    by_label = collections.defaultdict(lambda: [0, 0])  # label -> [found, in scope]
    miss_by = collections.Counter()
    miss_examples = {}
    unjudged = collections.Counter()
    for doc in docs:
        ms = [m for m in mentions.get(doc.name, {}).values() if not m["negated"]]
        for m in ms:
            s, e = m["offset"], m["offset"] + m["length"]
            over = [g for g in doc.gold if g[0] < e and s < g[1]]
            informational += m["informational"]
            if any(g[2] in precision_labels for g in over):
                tp += 1
                informational_tp += m["informational"]
                continue
            if title_spans and any(a <= s and e <= b for a, b in title_spans(doc)):
                in_title += 1
            key = f'{m["skill"]} "{m["text"]}"'
            fp_by[key] += 1
            fp_examples.setdefault(key, context(doc, s, e))
            if over:
                fp += 1
                wrong_label[over[0][2]] += 1
                other_label_list.append((doc, m))
            else:
                unlabelled += 1
                unlabelled_list.append((doc, m))
        for g in doc.gold:
            if g[2] not in recall_labels:
                continue
            inside, _ = scope.judge(g[3])
            if inside is None:
                gold_unjudged += 1
                unjudged[norm(g[3])] += 1
                continue
            if not inside:
                gold_out += 1
                continue
            gold_in += 1
            group = recall_group(g)
            by_label[group][1] += 1
            if any(m["offset"] < g[1] and g[0] < m["offset"] + m["length"] for m in ms):
                gold_hit += 1
                by_label[group][0] += 1
            else:
                miss_by[norm(g[3])] += 1
                miss_examples.setdefault(norm(g[3]), context(doc, g[0], g[1]))
    counted = tp + fp + unlabelled
    return {
        "set": name,
        "documents": len(docs),
        "mentions": counted,
        "true_positives": tp,
        "false_positives_other_label": fp,
        "false_positives_unlabelled": unlabelled,
        "false_positives_by_label": dict(wrong_label),
        "precision": tp / counted if counted else None,
        "mentions_in_titles": in_title,
        "precision_title_adjusted": tp / (counted - in_title) if counted - in_title else None,
        "mentions_informational": informational,
        "informational_true_positives": informational_tp,
        "precision_requirement_sections": (tp - informational_tp) / (counted - informational)
        if counted - informational else None,
        "gold_in_scope": gold_in,
        "gold_in_scope_found": gold_hit,
        "gold_out_of_scope": gold_out,
        "gold_unjudged": gold_unjudged,
        "recall": gold_hit / gold_in if gold_in else None,
        "recall_by_label": {label: {"found": f, "in_scope": n} for label, (f, n) in sorted(by_label.items())},
        "top_false_positives": [[k, n, fp_examples[k]] for k, n in fp_by.most_common()],
        "top_misses": [[k, n, miss_examples[k]] for k, n in miss_by.most_common()],
        "unjudged_texts": [[k, n] for k, n in unjudged.most_common()],
    }, unlabelled_list, other_label_list


def key(doc, m):
    """A judgement is of one skill's mention at one offset: another skill found there later
    (a rule change made "SQL Developer" a tool, not SQL) is a different mention, not judged."""
    return (doc.name, m["offset"], m["skill"])


class Batch:
    """One hand-judged random sample: its first header line, the digests of the rules it was
    drawn with (its `# rules: HEX` line; batches drawn before digests were kept have none) and
    of rules since verified to give the same mentions on the dev sets (`# rules, same
    mentions: HEX`), and its verdicts by key."""

    def __init__(self, title):
        self.title = title
        self.rules = set()
        self.verdicts = {}


def load_batches(path):
    """The judged file's batches in file order; a comment after a verdict starts a batch."""
    batches = []
    if not os.path.exists(path):
        return batches
    after_verdict = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                if after_verdict:
                    batches.append(Batch(line[1:].strip()))
                    after_verdict = False
                digest = re.match(r"#\s*rules(, same mentions)?:\s*([0-9a-f]{64})\b", line)
                if digest:
                    batches[-1].rules.add(digest.group(2))
                continue
            if not line.strip():
                continue
            if not batches:
                batches.append(Batch(""))
            after_verdict = True
            verdict, doc, offset, skill = line.rstrip("\n").split("\t")[:4]
            batches[-1].verdicts[(doc, int(offset), skill)] = verdict
    return batches


def rules_digest(dirs):
    """sha256 of the rules files the CLI reads (every .json under the rules folders: paths and
    bytes), so a batch records which rules it was drawn with; notes (README.md, coverage.tsv)
    are left out."""
    h = hashlib.sha256()
    for d in dirs:
        for base, subdirs, files in sorted(os.walk(d)):
            subdirs.sort()
            for name in sorted(f for f in files if f.endswith(".json")):
                path = os.path.join(base, name)
                h.update(os.path.relpath(path, d).encode() + b"\0")
                with open(path, "rb") as f:
                    h.update(f.read())
    return h.hexdigest()


def rate_figures(verdicts, pool_keys):
    """(judged, correct) over the verdicts whose mention is still found."""
    seen = [v for k, v in verdicts.items() if k in pool_keys]
    return len(seen), seen.count("correct")


def interval(ok, n):
    """The rate and its 95% interval (normal approximation, sampling error only)."""
    rate = ok / n
    half = 1.96 * (rate * (1 - rate) / n) ** 0.5
    return rate, max(0.0, rate - half), min(1.0, rate + half)


def requirement_estimate(r, pool, batches, digest):
    """The newest batch's estimate over the mentions that can become a requirement: those in
    a posting's company, benefits, equal-opportunity and how-to-apply sections (shown with
    their section, scored for nothing) left out of the pool, the batch's rows and the count."""
    counted = r["mentions"] - r["mentions_informational"]
    if not r["mentions_informational"] or not counted:
        return None
    kept = [(d, m) for d, m in pool if not m["informational"]]
    kept_keys = {key(d, m) for d, m in kept}
    newest = next((b for b in reversed(batches) if rate_figures(b.verdicts, kept_keys)[0]), None)
    if newest is None:
        return None
    n, ok = rate_figures(newest.verdicts, kept_keys)
    matched = r["true_positives"] - r["informational_true_positives"]
    rate, low, high = interval(ok, n)
    return {"judged": n, "correct": ok, "drawn_with_these_rules": digest in newest.rules,
            "precision_if_rate_held": round((matched + rate * len(kept)) / counted, 3),
            "interval": [round((matched + low * len(kept)) / counted, 3), round((matched + high * len(kept)) / counted, 3)]}


def estimate(r, strata, digest):
    """Adds r["unlabelled_sample"]: precision if the hand-judged share of real skills among
    unmatched mentions held for every one of them. strata: name -> (pool, batches), where
    "unlabelled" is the mentions overlapping no gold span and "other_label" (dotin) the ones
    overlapping only a non-skill label (a job title, a degree, a company).

    Three figures, from the least to the most optimistic:
    - newest: the newest batch alone, other-label mentions counted wrong. A batch drawn with
      the current rules is a fair sample; earlier batches are not, since the rules changed
      after them were written from their wrong rows, which then dropped out.
    - pooled: every batch's rows still found (the figure reported before batches were told
      apart); biased upward for that reason.
    - both_strata: the newest batch of each stratum, other-label mentions judged too."""
    pool, batches = strata["unlabelled"]
    pool_keys = {key(d, m) for d, m in pool}
    n_all, ok_all = 0, 0
    per_batch = []
    for b in batches:
        n, ok = rate_figures(b.verdicts, pool_keys)
        n_all, ok_all = n_all + n, ok_all + ok
        per_batch.append({"batch": b.title, "judged": len(b.verdicts), "still_found": n, "correct": ok,
                          "drawn_with_these_rules": digest in b.rules})
    if not n_all:
        return

    def est(counted_rate, other=0.0):
        return round((r["true_positives"] + counted_rate * len(pool) + other) / r["mentions"], 3)

    rate, low, high = interval(ok_all, n_all)
    sample = {"judged": n_all, "correct": ok_all, "wrong": n_all - ok_all,
              "precision_if_rate_held": est(rate), "interval": [est(low), est(high)], "batches": per_batch}
    newest = next((b for b in reversed(per_batch) if b["still_found"]), None)
    rate, low, high = interval(newest["correct"], newest["still_found"])
    sample["newest"] = dict(newest, precision_if_rate_held=est(rate), interval=[est(low), est(high)])
    if "other_label" in strata:
        other_pool, other_batches = strata["other_label"]
        other_keys = {key(d, m) for d, m in other_pool}
        counted = [rate_figures(b.verdicts, other_keys) for b in other_batches]
        counted = [c for c in counted if c[0]]
        if counted:
            n, ok = counted[-1]
            orate, olow, ohigh = interval(ok, n)
            sample["both_strata"] = {
                "other_label_judged": n, "other_label_correct": ok,
                "precision_if_rates_held": est(rate, orate * len(other_pool)),
                "interval": [est(low, olow * len(other_pool)), est(high, ohigh * len(other_pool))]}
    r["unlabelled_sample"] = sample


def load_second_judge(path):
    """stratum -> {key: verdict} of the blind second judge (second_judge.tsv)."""
    out = collections.defaultdict(dict)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                stratum, doc, offset, skill, verdict = line.rstrip("\n").split("\t")[:5]
                out[stratum][(doc, int(offset), skill)] = verdict
    return out


def agreement(first_batches, second):
    """(rows both judged, rows they agree on, Cohen's kappa) or None."""
    first = {}
    for b in first_batches:
        first.update(b.verdicts)
    both = [k for k in second if k in first]
    if not both:
        return None
    n = len(both)
    agree = sum(first[k] == second[k] for k in both)
    p1 = sum(first[k] == "wrong" for k in both) / n
    p2 = sum(second[k] == "wrong" for k in both) / n
    chance = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = (agree / n - chance) / (1 - chance) if chance < 1 else 1.0
    return n, agree, round(kappa, 2)


def sample_lines(pool, n, seed, judged_batches, digest):
    """n random unmatched mentions not judged yet, in the judged-file format, after the two
    header lines a new batch starts with."""
    judged = set().union(*(b.verdicts for b in judged_batches)) if judged_batches else set()
    rng = random.Random(seed)
    fresh = [x for x in pool if key(*x) not in judged]
    pick = rng.sample(fresh, min(n, len(fresh)))
    out = [f"# Batch (seed {seed}, {len(pick)} mentions not judged before, drawn {datetime.date.today()}): ...",
           f"# rules: {digest}"]
    for d, m in sorted(pick, key=lambda x: (x[0].name, x[1]["offset"])):
        ctx = context(d, m["offset"], m["offset"] + m["length"], 70)
        text = re.sub(r"\s+", " ", m["text"])
        out.append(f'?\t{d.name}\t{m["offset"]}\t{m["skill"]}\t{text}\t{ctx}')
    return out


def print_report(r, top):
    p = "n/a" if r["precision"] is None else f'{r["precision"]:.3f}'
    rc = "n/a" if r["recall"] is None else f'{r["recall"]:.3f}'
    print(f'== {r["set"]}: {r["documents"]} documents')
    print(f'precision {p}  ({r["true_positives"]} of {r["mentions"]} mentions overlap a gold span; '
          f'{r["false_positives_other_label"]} overlap only another label {r["false_positives_by_label"]}, '
          f'{r["false_positives_unlabelled"]} overlap nothing)')
    print(f'recall    {rc}  ({r["gold_in_scope_found"]} of {r["gold_in_scope"]} in-scope gold spans found; '
          f'{r["gold_out_of_scope"]} out of scope, {r["gold_unjudged"]} unjudged)')
    if len(r["recall_by_label"]) > 1:
        print("recall by kind of gold span: " + "; ".join(
            f'{label} {c["found"] / c["in_scope"]:.3f} ({c["found"]} of {c["in_scope"]})'
            for label, c in r["recall_by_label"].items() if c["in_scope"]))
    pa = r["precision_title_adjusted"]
    print(f'precision, title-adjusted {"n/a" if pa is None else f"{pa:.3f}"}  (leaves out the '
          f'{r["mentions_in_titles"]} unmatched mentions inside a job title or degree span; see README)')
    pr = r["precision_requirement_sections"]
    print(f'precision, requirement sections {"n/a" if pr is None else f"{pr:.3f}"}  (leaves out the '
          f'{r["mentions_informational"]} mentions in a posting\'s company, benefits, equal-opportunity and how-to-apply '
          f'sections, which count for nothing; see README)')
    if "unlabelled_sample" in r:
        s = r["unlabelled_sample"]
        print("unmatched mentions judged by hand, per batch (rows whose mention is no longer found drop out):")
        for b in s["batches"]:
            print(f'  {b["still_found"]:3d} of {b["judged"]:3d} still found, {b["correct"]:3d} real skills: {b["batch"][:90]}')
        n = s["newest"]
        drawn = "drawn with these rules, or rules verified to give the same mentions" if n["drawn_with_these_rules"] else \
            "NOT drawn with these rules: draw a new batch (--sample-unlabelled) for a fair figure"
        print(f'precision if the newest batch\'s rate held: {n["precision_if_rate_held"]} (95% interval '
              f'{n["interval"][0]}-{n["interval"][1]}; {n["correct"]} real of {n["still_found"]}; {drawn})')
        print(f'precision if the pooled rate held: {s["precision_if_rate_held"]} ({s["correct"]} real of {s["judged"]}; '
              f'biased upward: later rules removed the wrong rows of earlier batches)')
        if "requirement_sections" in s:
            q = s["requirement_sections"]
            print(f'precision in requirement sections if the newest batch\'s rate held there: {q["precision_if_rate_held"]} '
                  f'(95% interval {q["interval"][0]}-{q["interval"][1]}; {q["correct"]} real of {q["judged"]} rows outside '
                  f'the company, benefits, equal-opportunity and how-to-apply sections'
                  f'{"" if q["drawn_with_these_rules"] else "; NOT drawn with these rules"})')
        if "both_strata" in s:
            b = s["both_strata"]
            print(f'precision with the other-label mentions judged too: {b["precision_if_rates_held"]} (95% interval '
                  f'{b["interval"][0]}-{b["interval"][1]}; {b["other_label_correct"]} real of {b["other_label_judged"]} '
                  f'mentions overlapping only a job title, degree or company)')
    for stratum, a in r.get("second_judge", {}).items():
        if a:
            print(f"{stratum} rows judged blind by a second judge too: the recorded verdicts (settled where the two "
                  f"differed) agree with the second judge's on {a[1]} of {a[0]} (Cohen's kappa {a[2]})")
    print(f'-- worst false positives (skill "text" count: context)')
    for k, n, ex in r["top_false_positives"][:top]:
        print(f'  {n:4d}  {k}: {ex}')
    print(f'-- most frequent misses (gold text count: context)')
    for k, n, ex in r["top_misses"][:top]:
        print(f'  {n:4d}  "{k}": {ex}')
    if r["unjudged_texts"]:
        print(f'-- {len(r["unjudged_texts"])} distinct gold texts the scope file does not decide (first {top}):')
        for k, n in r["unjudged_texts"][:top]:
            print(f'  {n:4d}  "{k}"')
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "skillmatch"))
    ap.add_argument("--data", default=os.path.join(os.path.dirname(ROOT), "shared", "data", "dev-sets"))
    ap.add_argument("--rules", action="append", default=[],
                    help="passed to the CLI as --rules (repeatable)")
    ap.add_argument("--no-default-rules", action="store_true")
    ap.add_argument("--set", choices=["skillspan", "dotin", "all"], default="all")
    ap.add_argument("--skillspan-split", choices=["dev", "train"], default="dev",
                    help="train: the 80 tech postings of SkillSpan's train split, which no rule was written "
                         "from (scope decided for dev texts only: train recall leaves the rest unjudged)")
    ap.add_argument("--top", type=int, default=25, help="false positives and misses to print")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", default="accuracy-summary.json", help="summary JSON to write ('-' for none)")
    ap.add_argument("--sample-unlabelled", type=int, default=0, metavar="N",
                    help="print N random not-yet-judged dotin mentions that overlap no gold span, "
                         "for judging by hand")
    ap.add_argument("--sample-skillspan-fp", type=int, default=0, metavar="N",
                    help="print N random not-yet-judged SkillSpan false positives, for judging by hand")
    ap.add_argument("--sample-other-label", type=int, default=0, metavar="N",
                    help="print N random not-yet-judged dotin mentions that overlap only a non-skill label "
                         "(job title, degree, company), for judging by hand")
    ap.add_argument("--sample-seed", type=int, default=7)
    args = ap.parse_args()

    extra = []
    if args.no_default_rules:
        extra.append("--no-default-rules")
    for r in args.rules:
        extra += ["--rules", r]
    results = []
    digest = rules_digest(([] if args.no_default_rules else [os.path.join(ROOT, "rules")]) + args.rules)
    if args.set in ("skillspan", "all"):
        docs = load_skillspan(args.data, args.skillspan_split)
        mentions = run_cli(args.cli, docs, extra, args.jobs)
        kinds = load_gold_kinds(os.path.join(HERE, "skillspan_gold_kinds.tsv"))
        r, unmatched, _ = score(f"skillspan-tech-{args.skillspan_split}", docs, mentions, {"SKILL", "KNOWLEDGE"}, {"KNOWLEDGE"},
                                Scope(os.path.join(HERE, "skillspan_scope.txt")), skillspan_title,
                                lambda g: kinds.get(norm(g[3]), "not labelled"))
        judged = load_batches(os.path.join(HERE, "skillspan_fp_judged.tsv" if args.skillspan_split == "dev"
                                           else f"skillspan_{args.skillspan_split}_fp_judged.tsv"))
        estimate(r, {"unlabelled": (unmatched, judged)}, digest)
        requirement = requirement_estimate(r, unmatched, judged, digest)
        if requirement and "unlabelled_sample" in r:
            r["unlabelled_sample"]["requirement_sections"] = requirement
        stratum = f"skillspan-{args.skillspan_split}"
        r["second_judge"] = {stratum: agreement(judged, load_second_judge(os.path.join(HERE, "second_judge.tsv"))[stratum])}
        results.append(r)
        print_report(r, args.top)
        if args.sample_skillspan_fp:
            print("-- sample of SkillSpan false positives: verdict<TAB>doc<TAB>offset<TAB>skill<TAB>text<TAB>context")
            print("\n".join(sample_lines(unmatched, args.sample_skillspan_fp, args.sample_seed, judged, digest)))
    if args.set in ("dotin", "all"):
        docs = load_dotin(args.data)
        mentions = run_cli(args.cli, docs, extra, args.jobs)
        r, unlabelled, other_label = score("dotin-resumes-train", docs, mentions, set(DOTIN_LABELS),
                                           set(DOTIN_LABELS), Scope(os.path.join(HERE, "dotin_scope.txt")),
                                           dotin_title)
        judged = load_batches(os.path.join(HERE, "dotin_unlabelled_judged.tsv"))
        judged_other = load_batches(os.path.join(HERE, "dotin_other_label_judged.tsv"))
        estimate(r, {"unlabelled": (unlabelled, judged), "other_label": (other_label, judged_other)}, digest)
        second = load_second_judge(os.path.join(HERE, "second_judge.tsv"))
        r["second_judge"] = {stratum: agreement(batches, second[stratum])
                             for stratum, batches in (("unlabelled", judged), ("other-label", judged_other))}
        results.append(r)
        print_report(r, args.top)
        if args.sample_unlabelled:
            print("-- sample of unlabelled mentions: verdict<TAB>doc<TAB>offset<TAB>skill<TAB>text<TAB>context")
            print("\n".join(sample_lines(unlabelled, args.sample_unlabelled, args.sample_seed, judged, digest)))
        if args.sample_other_label:
            print("-- sample of mentions overlapping only another label: verdict<TAB>doc<TAB>offset<TAB>skill<TAB>text<TAB>context")
            print("\n".join(sample_lines(other_label, args.sample_other_label, args.sample_seed, judged_other, digest)))
    if args.json != "-":
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"cli": args.cli, "results": [
                {k: (v[:50] if isinstance(v, list) else v) for k, v in r.items()} for r in results]},
                f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
