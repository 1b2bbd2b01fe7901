#!/usr/bin/env python3
"""What parsing in worker processes costs (issue 21): CPU time (user + sys) of
`skillmatch extract --format ndjson --jobs 1 CORPUS` with parse workers and with
--no-isolation, runs interleaved so drift hits both alike; prints the medians.

    python3 bench/isolation_overhead.py build/skillmatch 15 samples /tmp/real-resumes
    python3 bench/isolation_overhead.py --baseline /tmp/main/skillmatch build/skillmatch 31 samples
    python3 bench/isolation_overhead.py --jobs 2 build/skillmatch 15 samples

--jobs N (default 1) runs with N threads: with one, the files are read in order and sent
to the worker several at a time (ParsePool::read_input with `next`); with more, each file
is its own round trip.

CPU time is getrusage(RUSAGE_CHILDREN) around each run, the accounting /usr/bin/time uses
but in microseconds rather than its 10 ms: a child's time arrives when it is reaped, and
the pool reaps its zygote, which reaps the workers, so their time is counted.

Each run with workers is paired with the in-process run after it; the quartiles of the
pairs' overheads show how much of a figure is noise (a busy machine moves single runs by
several percent). With --baseline, another build's pair of runs is interleaved with each
pair, so a change to the pool is compared under the same moments of load.
"""
import resource
import statistics
import subprocess
import sys


def cpu_seconds(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(label, workers, in_process):
    a, b = statistics.median(workers), statistics.median(in_process)
    pairs = sorted(100 * (w - i) / i for w, i in zip(workers, in_process))
    low, _, high = statistics.quantiles(pairs, n=4)  # needs REPS >= 2
    print(f"{label}: workers {a * 1000:.1f} ms, in-process {b * 1000:.1f} ms CPU "
          f"(medians of {len(workers)}, interleaved): {100 * (a - b) / b:+.1f}% "
          f"(pairs' quartiles {low:+.1f}% to {high:+.1f}%)")


def main():
    args = sys.argv[1:]
    clis = []
    jobs = "1"
    while args and args[0] in ("--baseline", "--jobs"):
        if args[0] == "--baseline":
            clis.append(args[1])
        else:
            jobs = args[1]
        args = args[2:]
    clis.append(args[0])
    reps, corpora = int(args[1]), args[2:]
    for corpus in corpora:
        runs = {cli: ([], []) for cli in clis}
        for _ in range(reps):
            for cli in clis:
                base = [cli, "extract", "--format", "ndjson", "--jobs", jobs, corpus]
                runs[cli][0].append(cpu_seconds(base))
                runs[cli][1].append(cpu_seconds(base + ["--no-isolation"]))
        for cli in clis:
            report(f"{corpus} [{cli}]", *runs[cli])


if __name__ == "__main__":
    main()
