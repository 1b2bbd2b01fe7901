#!/usr/bin/python3
"""The Python binding from threads (issue 20): `Engine.extract` on the same files from one
Python thread and from two, sharing one Engine, with parse workers and without
(isolation=False); the engine works without the GIL, so two threads should come near
twice one on two cores (target >= 1.7x).

    PYTHONPATH=build/python python3 bench/dask_binding_threads.py /tmp/corpus/resumes/00[0-4] \
        --chunk 100 --reps 3 --cli build/skillmatch

The files (sorted) are cut into chunks of --chunk; one thread extracts every chunk in
turn, two threads take chunks from a shared queue. Each repetition runs every setting
once, one thread then two, isolation on then off, so load drifts hit all alike; and, as
the machine's own reference in the same minutes, `skillmatch extract --format json` on
the same folders with --jobs 1 and --jobs 2 (with and without --no-isolation), whose CPU
time over wall time shows how many cores one thread already keeps busy: with parse
workers, one thread's files are parsed in a worker process while the thread extracts the
files before them, so one thread already uses more than one core. Prints the medians,
their ratio, and the load average before each repetition. as_json=False builds the
dicts, which holds the GIL, so it is measured apart.
"""
import argparse
import os
import resource
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import skillmatch


def run(engine, chunks, threads, as_json):
    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(lambda chunk: engine.extract(chunk, as_json=as_json), chunks))
    return time.perf_counter() - start, results


def run_cli(command):
    """Wall and CPU seconds (user + sys of the command and the workers it reaped)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def binding_rep(engines, chunks, walls):
    for isolation, engine in engines.items():
        for as_json in (True, False):
            one, expected = run(engine, chunks, 1, as_json)
            two, results = run(engine, chunks, 2, as_json)
            assert results == expected, "two threads gave other results than one"
            walls.setdefault(("binding", isolation, as_json), {1: [], 2: []})
            walls[("binding", isolation, as_json)][1].append(one)
            walls[("binding", isolation, as_json)][2].append(two)


def cli_rep(cli, folders, walls, cpus):
    for isolation in (True, False):
        for jobs in (1, 2):
            command = [cli, "extract", "--format", "json", "--jobs", str(jobs)]
            wall, cpu = run_cli(command + ([] if isolation else ["--no-isolation"]) + folders)
            walls.setdefault(("cli", isolation, None), {1: [], 2: []})[jobs].append(wall)
            cpus.setdefault((isolation, jobs), []).append(cpu / wall)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", help="folders of resumes")
    parser.add_argument("--chunk", type=int, default=25, help="files per extract call")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--cli", help="the skillmatch command, for the machine's reference (--jobs 1 vs 2)")
    args = parser.parse_args()
    engines = {True: skillmatch.Engine(), False: skillmatch.Engine(isolation=False)}
    files = engines[True].inputs(args.folders).files
    chunks = [files[i:i + args.chunk] for i in range(0, len(files), args.chunk)]
    for engine in engines.values():
        run(engine, chunks[:2], 1, True)  # warm: page cache, parse workers
    walls, cpus, loads = {}, {}, []
    for _ in range(args.reps):
        loads.append(os.getloadavg()[0])
        binding_rep(engines, chunks, walls)
        if args.cli:
            cli_rep(args.cli, args.folders, walls, cpus)
    print(f"{len(files)} files, binding calls of {args.chunk}, median of {args.reps}; "
          f"1-minute load average before each repetition: {', '.join(f'{load:.2f}' for load in loads)}")
    for (what, isolation, as_json), runs in walls.items():
        a, b = statistics.median(runs[1]), statistics.median(runs[2])
        label = f"binding as_json={as_json}" if what == "binding" else "CLI --jobs 1 vs 2"
        cores = ""
        if what == "cli":
            cores = (f" (cores busy: {statistics.median(cpus[(isolation, 1)]):.2f} with one, "
                     f"{statistics.median(cpus[(isolation, 2)]):.2f} with two)")
        print(f"{label}, isolation {'on' if isolation else 'off'}: one thread {a:.2f} s, two {b:.2f} s: "
              f"{a / b:.2f}x{cores}")


if __name__ == "__main__":
    main()
