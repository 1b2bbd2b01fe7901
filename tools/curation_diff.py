#!/usr/bin/python3
"""The mentions one taxonomy finds on the dev sets that another does not, grouped by skill,
with how many overlap a gold skill span: what a taxonomy change costs or gains in precision.

    python3 tools/curation_diff.py --base OLD/build/skillmatch --new build/skillmatch
    python3 tools/curation_diff.py --base OLD --new NEW --set dotin --contexts 5 --only-unmatched

A mention is a skill at a byte offset and length (negated ones left out, as the accuracy bench
does); "gold" means it overlaps a span bench/accuracy counts correct, "other" a span of another
label only (a job title, a company), "none" no span. Run it with the rules being judged, and
judge the "other" and "none" rows by bench/accuracy/README.md's judging rules.
"""
import argparse
import collections
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "bench", "accuracy"))
import run_accuracy  # noqa: E402  (the dev-set loaders and the CLI runner the accuracy bench uses)

DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "dev-sets")


def dev_sets(which):
    """(set name, documents, labels counted correct) of the dev sets asked for."""
    sets = []
    if which in ("skillspan", "all"):
        sets.append(("skillspan-dev", run_accuracy.load_skillspan(DATA, "dev"), {"SKILL", "KNOWLEDGE"}))
    if which in ("dotin", "all"):
        sets.append(("dotin", run_accuracy.load_dotin(DATA), set(run_accuracy.DOTIN_LABELS)))
    return sets


def mentions_of(cli, docs):
    """{(doc name, offset, length, skill id): mention} of the CLI's non-negated mentions."""
    found = run_accuracy.run_cli(cli, docs, [], 2)
    return {(name, m["offset"], m["length"], m["skill"]): m
            for name, by_span in found.items() for m in by_span.values() if not m["negated"]}


def gold_status(doc, m, labels):
    """gold, other or none: what the mention overlaps in the annotation."""
    start, end = m["offset"], m["offset"] + m["length"]
    over = [g[2] for g in doc.gold if g[0] < end and start < g[1]]
    return "gold" if any(label in labels for label in over) else ("other" if over else "none")


def report(title, keys, found, docs, labels, contexts, only_unmatched):
    """Prints the mentions of `keys` grouped by skill, most frequent first."""
    by_name = {d.name: d for d in docs}
    groups = collections.defaultdict(list)
    for k in keys:
        m = found[k]
        status = gold_status(by_name[k[0]], m, labels)
        if not (only_unmatched and status == "gold"):
            groups[m["skill"]].append((status, by_name[k[0]], m))
    total = sum(len(v) for v in groups.values())
    print(f"== {title}: {total} mentions, {len(groups)} skills (skill: count [gold/other/none])")
    for skill, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        counts = collections.Counter(r[0] for r in rows)
        texts = collections.Counter(r[2]["text"] for r in rows)
        print(f"{len(rows):5d}  {skill} [{counts['gold']}/{counts['other']}/{counts['none']}] "
              + ", ".join(f'"{t}" x{n}' for t, n in texts.most_common(4)))
        for status, doc, m in rows[:contexts]:
            print(f"         {status:5s} {doc.name}: "
                  + run_accuracy.context(doc, m["offset"], m["offset"] + m["length"], 50))


def sample(title, keys, found, docs, labels, n, seed):
    """Prints n random mentions of `keys` that overlap no gold skill span, to judge by hand
    (verdict<TAB>doc<TAB>offset<TAB>skill<TAB>text<TAB>context, as bench/accuracy's judged files)."""
    by_name = {d.name: d for d in docs}
    pool = [k for k in keys if gold_status(by_name[k[0]], found[k], labels) != "gold"]
    pick = sorted(random.Random(seed).sample(pool, min(n, len(pool))))
    print(f"== {title}: {len(pick)} of {len(pool)} unmatched mentions (seed {seed})")
    for k in pick:
        m = found[k]
        print(f"?\t{k[0]}\t{m['offset']}\t{m['skill']}\t{m['text']}\t"
              + run_accuracy.context(by_name[k[0]], m["offset"], m["offset"] + m["length"], 60))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the CLI of the taxonomy compared against")
    ap.add_argument("--new", required=True, help="the CLI of the taxonomy judged")
    ap.add_argument("--set", choices=["skillspan", "dotin", "all"], default="all")
    ap.add_argument("--contexts", type=int, default=2, help="contexts printed per skill")
    ap.add_argument("--only-unmatched", action="store_true", help="leave out mentions overlapping a gold skill span")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="instead, print N random unmatched mentions of each side to judge by hand")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for name, docs, labels in dev_sets(args.set):
        base, new = mentions_of(args.base, docs), mentions_of(args.new, docs)
        if args.sample:
            sample(f"{name}: only the new taxonomy finds", sorted(new.keys() - base.keys()), new, docs, labels,
                   args.sample, args.seed)
            sample(f"{name}: only the base taxonomy finds", sorted(base.keys() - new.keys()), base, docs, labels,
                   args.sample, args.seed)
            continue
        report(f"{name}: only the new taxonomy finds", sorted(new.keys() - base.keys()), new, docs, labels,
               args.contexts, args.only_unmatched)
        report(f"{name}: only the base taxonomy finds", sorted(base.keys() - new.keys()), base, docs, labels,
               args.contexts, args.only_unmatched)


if __name__ == "__main__":
    main()
