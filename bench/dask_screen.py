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
the CLI's bytes (cmp), each worker's peak RSS (getrusage in the worker, at the end), and
the CPU seconds (user + sys) of each run's whole process tree: the CLI with the parse
workers it reaps; the Dask driver, scheduler, workers and their parse workers, read from
/proc before the cluster ends. A busy shared machine moves CPU time far less than wall.

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


def timed(command, output):
    """Wall and CPU seconds of `command` (its parse workers reaped with it), stdout to `output`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(output, "wb") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def worker_rss_command(args, workers, postings, resumes, output):
    """This script, run as the Dask screen's driver: it prints the workers' peak RSS."""
    return [sys.executable, os.path.abspath(__file__), "--driver", "--workers", str(workers), "--top", str(args.top),
            "--partition-size", str(args.partition_size), "--output", output, "--postings-dirs", *postings,
            "--resume-dirs", *resumes]


# A Dask run's processes by depth under the driver: the driver itself (with the local
# scheduler and nannies, which run in it), the worker processes (and multiprocessing's
# resource tracker), and the workers' parse workers.
GROUPS = ("driver", "workers", "parse")


def tree_cpu_seconds(pid, depth=0, groups=None):
    """CPU seconds (user + sys) of `pid` and every process under it, alive or reaped by
    one of them, by GROUPS: a Dask run's driver, workers and parse workers."""
    groups = dict.fromkeys(GROUPS, 0.0) if groups is None else groups
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        group = GROUPS[min(depth, len(GROUPS) - 1)]
        groups[group] += sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime..cstime
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    tree_cpu_seconds(int(child), depth + 1, groups)
    except FileNotFoundError:  # it ended while being read
        pass
    return groups


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
        cpu = tree_cpu_seconds(os.getpid())
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"worker_peak_rss_mb": sorted(round(kb / 1024) for kb in peaks.values()),
                      "driver_peak_rss_mb": round(driver / 1024), "cpu_s": sum(cpu.values()), "cpu_groups": cpu}),
          file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build", nargs="?")
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--resumes", type=int, default=10000)
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--partition-size", type=int, default=10000)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--cli-jobs", type=int, nargs="+", default=[1, 2], help="the CLI's --jobs runs (1 first)")
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
    os.environ["PYTHONPATH"] = os.path.join(os.path.abspath(args.build), "python")
    runs, peaks, groups = {}, {}, {}  # name -> [(wall, cpu)], workers -> the driver's report, name -> [CPU by group]
    for rep in range(args.reps):
        for jobs in args.cli_jobs:
            command = [cli, "screen", "--top", str(args.top), "--format", "json", "--today", TODAY, "--jobs", str(jobs)]
            command += [arg for p in postings for arg in ("--posting", p)] + resumes
            runs.setdefault(f"cli-{jobs}", []).append(timed(command, os.path.join(args.out, f"cli-{jobs}.json")))
        for workers in args.workers:
            start = time.perf_counter()
            done = subprocess.run(worker_rss_command(args, workers, postings, resumes,
                                                     os.path.join(args.out, f"dask-{workers}.json")),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
            if done.returncode not in (0, 1):
                raise SystemExit(done.stderr.decode()[-2000:])
            peaks[workers] = json.loads(done.stderr.decode().strip().splitlines()[-1])
            runs.setdefault(f"dask-{workers}", []).append((time.perf_counter() - start, peaks[workers]["cpu_s"]))
            groups.setdefault(f"dask-{workers}", []).append(peaks[workers]["cpu_groups"])
        print(f"rep {rep + 1} (load {os.getloadavg()[0]:.1f}): " + ", ".join(
            f"{k} {v[-1][0]:.2f} s / {v[-1][1]:.2f} CPU-s" for k, v in runs.items()), flush=True)
    report(args, runs, peaks)
    for name, runs_groups in groups.items():
        print(f"{name} CPU-s by process (median): " + ", ".join(
            f"{group} {statistics.median(g[group] for g in runs_groups):.2f}" for group in GROUPS))


def report(args, runs, peaks):
    wall = {name: statistics.median(w for w, _ in times) for name, times in runs.items()}
    cpu = {name: statistics.median(c for _, c in times) for name, times in runs.items()}
    expected = os.path.join(args.out, "cli-1.json")
    print(f"\nscreen {args.resumes:,} resumes x {args.postings:,} postings, top {args.top}, "
          f"partitions of {args.partition_size}, median of {args.reps}; load average {os.getloadavg()[0]:.2f}")
    print("| run | wall s | CPU s | identical to CLI | peak RSS per worker (MB) | driver RSS (MB) |")
    print("| --- | ---: | ---: | --- | --- | ---: |")
    for name in wall:
        same = filecmp.cmp(expected, os.path.join(args.out, name + ".json"), shallow=False)
        peak = peaks.get(int(name.split("-")[1]), {}) if name.startswith("dask") else {}
        print(f"| {name} | {wall[name]:.2f} | {cpu[name]:.2f} | {'yes' if same else 'NO'} | "
              f"{peak.get('worker_peak_rss_mb', '')} | {peak.get('driver_peak_rss_mb', '')} |")
    if "dask-1" in wall:
        print(f"\none worker / CLI --jobs 1: wall {wall['dask-1'] / wall['cli-1']:.2f}x, "
              f"CPU {cpu['dask-1'] / cpu['cli-1']:.2f}x (target <= 1.3x)")
    if "dask-2" in wall:
        cli_two = f"; CLI --jobs 2 vs 1 in the same runs: {wall['cli-1'] / wall['cli-2']:.2f}x" if "cli-2" in wall else ""
        print(f"two workers vs one (wall): {wall['dask-1'] / wall['dask-2']:.2f}x (target >= 1.6x){cli_two}")


if __name__ == "__main__":
    main()
