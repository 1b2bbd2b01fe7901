#!/usr/bin/python3
"""The Python binding from threads (issue 20): `Engine.extract` on the same files from one
Python thread and from two, sharing one Engine; the engine works without the GIL, so two
threads should come near twice one on two cores (target >= 1.7x).

    PYTHONPATH=build/python python3 bench/dask_binding_threads.py /tmp/corpus/resumes/00[0-4] --chunk 100 --reps 3

The files (sorted) are cut into chunks of --chunk; one thread extracts every chunk in
turn, two threads take chunks from a shared queue. Each repetition runs one thread, then
two, so load drifts hit both alike; prints the medians and their ratio, with and without
as_json (json.loads of the result holds the GIL, so it is measured apart).
"""
import argparse
import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import skillmatch


def run(engine, chunks, threads, as_json):
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda chunk: engine.extract(chunk, as_json=as_json), chunks))
    return time.perf_counter() - start, results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", help="folders of resumes")
    parser.add_argument("--chunk", type=int, default=25, help="files per extract call")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    engine = skillmatch.Engine()
    files = engine.inputs(args.folders).files
    chunks = [files[i:i + args.chunk] for i in range(0, len(files), args.chunk)]
    run(engine, chunks[:2], 1, True)  # warm: page cache, parse workers
    for as_json in (True, False):
        walls = {1: [], 2: []}
        for _ in range(args.reps):
            one, expected = run(engine, chunks, 1, as_json)
            two, results = run(engine, chunks, 2, as_json)
            assert results == expected, "two threads gave other results than one"
            walls[1].append(one)
            walls[2].append(two)
        a, b = statistics.median(walls[1]), statistics.median(walls[2])
        print(f"extract {len(files)} files in calls of {args.chunk}, as_json={as_json}: one thread {a:.2f} s, "
              f"two threads {b:.2f} s: {a / b:.2f}x (median of {args.reps}; load average {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
