#!/usr/bin/python3
"""Two builds of skillmatch side by side on one folder: where extraction's instructions go in
one pass and in a warm pass, the extraction kernel by the clock, and start-up.

    python3 bench/compare_builds.py BASE_BUILD NEW_BUILD /tmp/real-resumes --rounds 5

- callgrind (instructions, not noisy): `extract --jobs 1 --format ndjson FOLDER` once, and
  with the folder given twice (a copy under WORK); the second pass is the two-pass count
  less the one-pass count: what a long batch or the server pays per pass once every RE2
  automaton and cache is built. Parse workers are left out (`--no-isolation`, when the
  build has it) so that one process holds all the work.
- `skillmatch_bench_kernels --benchmark_filter=BM_Extract` with SKILLMATCH_BENCH_TEXT_DIR=
  FOLDER, the builds interleaved for --rounds rounds: medians of MB/s.
- start-up: `perf stat -r 20` task-clock of `extract` on one small sample, interleaved.
Prints a Markdown table per measure; every figure is of this run.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile

FUNCTIONS = [  # inclusive instructions of these (a prefix of the demangled name)
    "skillmatch::Extractor::extract(", "skillmatch::detail::AliasLocator::locate(",
    "skillmatch::detail::ContextRules::forbidden(", "skillmatch::detail::ContextRules::classify_pending(",
    "skillmatch::detail::SenseModel::judge(", "skillmatch::detail::NegationScope::mark(",
    "skillmatch::read_resume_structure(", "skillmatch::load_rules(", "skillmatch::Extractor::compile(",
]
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "resumes", "ml-engineer-priya.txt")


def has_no_isolation(build):
    out = subprocess.run([f"{build}/skillmatch", "extract", "--help"], capture_output=True, text=True).stdout
    return ["--no-isolation"] if "--no-isolation" in out else []


def callgrind(build, folders, work):
    out_file = os.path.join(work, "cg.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", f"{build}/skillmatch", "extract",
                    *has_no_isolation(build), "--jobs", "1", "--format", "ndjson", "--output", os.path.join(work, "x.ndjson"),
                    *folders], check=True, capture_output=True)
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
                            capture_output=True, text=True, check=True).stdout
    counts = {"whole process": 0}
    for line in report.splitlines():
        m = re.match(r"\s*([\d,]+) \(.*?\)\s+(?:\S*?:)?(.*?) \[", line)
        if "PROGRAM TOTALS" in line:
            counts["whole process"] = int(line.split()[0].replace(",", ""))
        elif m:
            for name in FUNCTIONS:
                if m.group(2).startswith(name):
                    counts[name] = counts.get(name, 0) + int(m.group(1).replace(",", ""))
    return counts


def kernels(build, folder):
    env = dict(os.environ, SKILLMATCH_BENCH_TEXT_DIR=folder)
    out = subprocess.run([f"{build}/bench/skillmatch_bench_kernels", "--benchmark_filter=BM_Extract"], env=env,
                         capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: float(re.search(r"bytes_per_second=([\d.]+)M/s", line).group(1))
            for line in out.splitlines() if line.startswith("BM_Extract") and "bytes_per_second" in line}


def startup(build):
    err = subprocess.run(["perf", "stat", "-r", "20", "-x,", "-e", "task-clock", f"{build}/skillmatch", "extract", SAMPLE],
                         capture_output=True, text=True, check=True).stderr
    return float(err.strip().splitlines()[-1].split(",")[0])


def table(title, header, rows):
    print(f"\n{title}\n\n| {' | '.join(header)} |\n|{'---|' * len(header)}")
    for row in rows:
        print(f"| {' | '.join(row)} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("folder")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    builds = [os.path.abspath(args.base), os.path.abspath(args.new)]
    with tempfile.TemporaryDirectory() as work:
        copy = shutil.copytree(args.folder, os.path.join(work, "copy"))
        one = [callgrind(b, [args.folder], work) for b in builds]
        two = [callgrind(b, [args.folder, copy], work) for b in builds]
    rows = []
    for name in ["whole process", *FUNCTIONS]:
        cells = [f"{one[i].get(name, 0) / 1e6:,.1f} M" for i in range(2)] + \
                [f"{(two[i].get(name, 0) - one[i].get(name, 0)) / 1e6:,.1f} M" for i in range(2)]
        rows.append([name.rstrip("("), *cells])
    table(f"callgrind, `extract --jobs 1 --format ndjson` of {args.folder}: one pass, and a second pass (instructions)",
          ["", "base, one pass", "new, one pass", "base, second pass", "new, second pass"], rows)
    speeds, clocks = [[], []], [[], []]
    for _ in range(args.rounds):
        for i, build in enumerate(builds):
            speeds[i].append(kernels(build, args.folder))
            clocks[i].append(startup(build))
    names = sorted(speeds[0][0])
    rows = []
    for name in names:
        medians = [statistics.median(s[name] for s in speeds[i]) for i in range(2)]
        rows.append([name, f"{medians[0]:.1f} MB/s", f"{medians[1]:.1f} MB/s", f"{medians[1] / medians[0]:.2f}x"])
    table(f"`skillmatch_bench_kernels --benchmark_filter=BM_Extract`, {args.rounds} interleaved rounds, medians",
          ["kernel", "base", "new", "new / base"], rows)
    medians = [statistics.median(c) for c in clocks]
    table(f"start-up, `perf stat -r 20 extract {os.path.relpath(SAMPLE)}` task-clock, {args.rounds} interleaved rounds, medians",
          ["base", "new", "new / base"], [[f"{medians[0]:.1f} ms", f"{medians[1]:.1f} ms", f"{medians[1] / medians[0]:.2f}x"]])


if __name__ == "__main__":
    main()
