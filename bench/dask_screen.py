#!/usr/bin/python3
"""The distributed screen against the CLI (issue 20): identity, wall time, memory.

    python3 bench/dask_screen.py build /tmp/corpus --resumes 100000 --workers 1 2 4
    python3 bench/dask_screen.py build /tmp/corpus --resumes 10000 --workers 1 2 --reps 3

CORPUS is bench/generate_corpus.py's layout (resumes/NNN/ and postings/NNN/, 1,000 files a
folder), generated there first when missing. The screen is the first --resumes resumes
against the first --postings postings, top --top, JSON, --today fixed. Each repetition
runs `skillmatch screen --jobs 1` and `--jobs 2`, then `skillmatch-dask screen` with each
--workers count (local worker processes of one thread), one after the other so that load
drifts hit all alike; prints the median wall times, their ratios, whether every output is
the CLI's bytes (cmp), and each worker's peak RSS (getrusage in the worker, at the end).

Wall times are whole commands, start to exit: the Dask runs include starting Python, the
cluster (about 3 s on this machine) and reading the postings in the driver.
"""
import argparse
import filecmp
import json
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-06"


def folders(corpus, kind, count):
    """The first `count` documents of `kind` as the folders holding them (1,000 a folder)."""
    names = sorted(os.listdir(os.path.join(corpus, kind)))[: (count + 999) // 1000]
    if count % 1000:
        raise SystemExit(f"--{kind} must be a multiple of 1,000 (whole folders)")
    return [os.path.join(corpus, kind, name) for name in names]


def ensure_corpus(corpus, resumes, postings):
    manifest = os.path.join(corpus, "MANIFEST.json")
    if os.path.exists(manifest):
        with open(manifest) as f:
            made = json.load(f)
        counts = made.get("counts", {})
        if made.get("seed") == 1 and counts.get("resumes", 0) >= resumes and counts.get("postings", 0) >= postings:
            return
    subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), "--seed", "1", "--out", corpus,
                    "--resumes", str(resumes), "--postings", str(postings), "--quiet"], check=True)


def timed(command, output, env=None):
    """Wall seconds of `command` with stdout to `output`; its stderr's last line on failure."""
    start = time.perf_counter()
    with open(output, "wb") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return seconds


def worker_rss_command(args, workers, postings, resumes, output):
    """This script, run as the Dask screen's driver: it prints the workers' peak RSS."""
    return [sys.executable, os.path.abspath(__file__), "--driver", "--workers", str(workers), "--top", str(args.top),
            "--partition-size", str(args.partition_size), "--output", output, "--postings-dirs", *postings,
            "--resume-dirs", *resumes]


def drive(args):
    """One distributed screen, as skillmatch-dask runs it, then each worker's peak RSS."""
    import skillmatch_dask
    from skillmatch_dask import cli

    options = skillmatch_dask.EngineOptions()
    spec = skillmatch_dask.ScreenSpec(tuple(args.postings_dirs), top=args.top, today=TODAY)
    with skillmatch_dask.connect(workers=args.workers) as client:
        result = skillmatch_dask.screen(client, options, spec, args.resume_dirs, args.partition_size, "json")
        with cli.atomic_output(args.output) as out:
            out.write(result.text.encode())
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"worker_peak_rss_mb": sorted(round(kb / 1024) for kb in peaks.values()),
                      "driver_peak_rss_mb": round(driver / 1024)}), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", nargs="?")
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--resumes", type=int, default=10000)
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--out", default="/tmp/skillmatch-dask-bench/out")
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--postings-dirs", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--resume-dirs", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver:
        args.workers = args.workers[0]
        return drive(args)
    run(args)


def run(args):
    ensure_corpus(args.corpus, args.resumes, args.postings)
    resumes, postings = folders(args.corpus, "resumes", args.resumes), folders(args.corpus, "postings", args.postings)
    os.makedirs(args.out, exist_ok=True)
    cli = os.path.join(args.build, "skillmatch")
    env = dict(os.environ, PYTHONPATH=os.path.join(os.path.abspath(args.build), "python"))
    walls, peaks = {}, {}
    for rep in range(args.reps):
        for jobs in (1, 2):
            command = [cli, "screen", "--top", str(args.top), "--format", "json", "--today", TODAY, "--jobs", str(jobs)]
            command += [arg for p in postings for arg in ("--posting", p)] + resumes
            walls.setdefault(f"cli-{jobs}", []).append(timed(command, os.path.join(args.out, f"cli-{jobs}.json")))
        for workers in args.workers:
            output = os.path.join(args.out, f"dask-{workers}.json")
            command = worker_rss_command(args, workers, postings, resumes, output)
            start = time.perf_counter()
            done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            walls.setdefault(f"dask-{workers}", []).append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                raise SystemExit(done.stderr.decode()[-2000:])
            peaks[workers] = json.loads(done.stderr.decode().strip().splitlines()[-1])
        print(f"rep {rep + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in walls.items()), flush=True)
    report(args, walls, peaks)


def report(args, walls, peaks):
    median = {name: statistics.median(times) for name, times in walls.items()}
    expected = os.path.join(args.out, "cli-1.json")
    print(f"\nscreen {args.resumes:,} resumes x {args.postings:,} postings, top {args.top}, "
          f"partitions of {args.partition_size}, median of {args.reps}; load average {os.getloadavg()[0]:.2f}")
    print("| run | wall s | identical to CLI | peak RSS per worker (MB) | driver RSS (MB) |")
    print("| --- | ---: | --- | --- | ---: |")
    for name, seconds in median.items():
        same = filecmp.cmp(expected, os.path.join(args.out, name + ".json"), shallow=False)
        workers = int(name.split("-")[1])
        peak = peaks.get(workers, {}) if name.startswith("dask") else {}
        print(f"| {name} | {seconds:.2f} | {'yes' if same else 'NO'} | {peak.get('worker_peak_rss_mb', '')} | "
              f"{peak.get('driver_peak_rss_mb', '')} |")
    if "dask-1" in median:
        print(f"\none worker / CLI --jobs 1: {median['dask-1'] / median['cli-1']:.2f}x (target <= 1.3x)")
    if "dask-1" in median and "dask-2" in median:
        print(f"two workers vs one: {median['dask-1'] / median['dask-2']:.2f}x (target >= 1.6x)")


if __name__ == "__main__":
    main()
