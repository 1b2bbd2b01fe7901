#!/usr/bin/env python3
"""What parsing in worker processes costs (issue 21): CPU time (user + sys) of
`skillmatch extract --format ndjson --jobs 1 CORPUS` with parse workers and with
--no-isolation, runs interleaved so drift hits both alike; prints the medians.

    python3 bench/isolation_overhead.py build/skillmatch 15 samples /tmp/real-resumes

CPU time is getrusage(RUSAGE_CHILDREN) around each run, the accounting /usr/bin/time uses
but in microseconds rather than its 10 ms: a child's time arrives when it is reaped, and
the pool reaps its zygote, which reaps the workers, so their time is counted.

Each run with workers is paired with the in-process run after it; the quartiles of the
pairs' overheads show how much of a figure is noise (a busy machine moves single runs by
several percent).
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


def main():
    cli, reps, corpora = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    for corpus in corpora:
        base = [cli, "extract", "--format", "ndjson", "--jobs", "1", corpus]
        workers, in_process = [], []
        for _ in range(reps):
            workers.append(cpu_seconds(base))
            in_process.append(cpu_seconds(base + ["--no-isolation"]))
        a, b = statistics.median(workers), statistics.median(in_process)
        pairs = sorted(100 * (w - i) / i for w, i in zip(workers, in_process))
        low, _, high = statistics.quantiles(pairs, n=4)  # needs REPS >= 2
        print(f"{corpus}: workers {a * 1000:.1f} ms, in-process {b * 1000:.1f} ms CPU "
              f"(medians of {reps}, interleaved): {100 * (a - b) / b:+.1f}% "
              f"(pairs' quartiles {low:+.1f}% to {high:+.1f}%)")


if __name__ == "__main__":
    main()
