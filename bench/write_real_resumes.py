#!/usr/bin/env python3
"""Writes the dotin resumes (train, 310 real resumes from ../shared/data/dev-sets) as the
text files bench/accuracy scores, so the extraction kernels can also be timed on real
resume text (extraction_kernels reads them from SKILLMATCH_BENCH_TEXT_DIR).

    python3 bench/write_real_resumes.py DIR [--data ../shared/data/dev-sets]
"""
import argparse
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "data", "dev-sets"))
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("run_accuracy", os.path.join(HERE, "accuracy", "run_accuracy.py"))
    accuracy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(accuracy)
    docs = accuracy.load_dotin(args.data)
    os.makedirs(args.dir, exist_ok=True)
    for doc in docs:
        with open(os.path.join(args.dir, doc.name), "wb") as out:
            out.write(doc.data)
    print(f"{len(docs)} resumes, {sum(len(d.data) for d in docs)} bytes -> {args.dir}")


if __name__ == "__main__":
    main()
