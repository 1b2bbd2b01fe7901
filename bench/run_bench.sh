#!/usr/bin/env bash
# Whole-process benchmarks of skillmatch over generated corpora (see bench/README.md).
#
#   bench/run_bench.sh [BUILD_DIR]            default BUILD_DIR: build-bench
#
# Settings (environment; defaults in brackets):
#   SEED [1]            corpus seed (bench/generate_corpus.py)
#   EXTRACT_N [20000]   text resumes for extract / bare scan
#   DOCX_N [2000]       DOCX resumes for extract vs mammoth
#   SCREEN ["1000x100 10000x100 10000x1000"]   resumes x postings for screen --top 50
#   COHORT [200]        graduate folders for audit (4 roles)
#   REPS [3]            timed repetitions per run
#   WARMUP [1]          untimed warm-up runs before them (page cache, lazy DFA states)
#   JOBS ["1 2"]        thread counts for extract, screen and audit
#   ONLY [all]          space-separated subset of: startup kernels extract docx screen audit
#   WORK [/tmp/skillmatch-bench]  corpora (cached by seed and size), mammoth, results
#   MAMMOTH_DIR [$WORK/node]      where `npm install mammoth` is run if missing
# The kernels step runs skillmatch_bench_kernels (median of REPS) on the samples and, when
# ../shared/data/dev-sets is there, on 310 real resumes (bench/write_real_resumes.py).
# Results: $WORK/results/<timestamp>/{runs.tsv,results.json,results.md}; the Markdown
# table is printed at the end. Files are read warm (page cache): each run is preceded by
# an untimed warm-up, and the medians are of the timed repetitions.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$repo/build-bench}" && pwd)
SEED=${SEED:-1}
EXTRACT_N=${EXTRACT_N:-20000}
DOCX_N=${DOCX_N:-2000}
SCREEN=${SCREEN:-"1000x100 10000x100 10000x1000"}
COHORT=${COHORT:-200}
REPS=${REPS:-3}
WARMUP=${WARMUP:-1}
JOBS=${JOBS:-"1 2"}
ONLY=${ONLY:-"startup kernels extract docx screen audit"}
WORK=${WORK:-/tmp/skillmatch-bench}
MAMMOTH_DIR=${MAMMOTH_DIR:-$WORK/node}
sm=$build/skillmatch
bare=$build/bench/skillmatch_bare_scan
rules=$repo/rules
for tool in "$sm" "$bare"; do
  [[ -x $tool ]] || { echo "missing $tool: build the targets skillmatch skillmatch_bare_scan and the parser plugins" >&2; exit 2; }
done
if [[ ! -x /usr/bin/time ]]; then apt-get install -y time >/dev/null; fi
wants() { [[ " $ONLY " == *" $1 "* ]]; }

# ---------------------------------------------------------------- corpus (cached)
max_resumes=$EXTRACT_N
max_postings=0
for size in $SCREEN; do
  r=${size%x*}; p=${size#*x}
  ((r > max_resumes)) && max_resumes=$r
  ((p > max_postings)) && max_postings=$p
done
((max_postings < 100)) && max_postings=100
corpus=$WORK/corpus/s$SEED-r$max_resumes-p$max_postings-d$DOCX_N-c$COHORT
# A bigger corpus of the same seed will do: the generator's corpus of N is a prefix of 2N's.
for done in "$WORK"/corpus/s$SEED-r*-p*-d$DOCX_N-c$COHORT/.done; do
  [[ -f $done ]] || continue
  name=$(basename "$(dirname "$done")"); r=${name#*-r}; r=${r%%-*}; p=${name#*-p}; p=${p%%-*}
  if ((r >= max_resumes && p >= max_postings)); then corpus=$(dirname "$done"); break; fi
done
if [[ ! -f $corpus/.done ]]; then
  echo "generating $corpus" >&2
  rm -rf "$corpus"
  start=$(date +%s.%N)
  python3 "$repo/bench/generate_corpus.py" --seed "$SEED" --out "$corpus" --resumes "$max_resumes" \
    --postings "$max_postings" --docx "$DOCX_N" --feed 1000 --cohort "$COHORT"
  echo "generated in $(echo "$(date +%s.%N) - $start" | bc) s" >&2
  touch "$corpus/.done"
fi
df -h "$WORK" | tail -1 >&2

# The first N resumes: whole folders of 1000, then the files of a partial folder.
resume_paths() {
  local n=$1 i=0 full=$(( $1 / 1000 ))
  for ((i = 0; i < full; i++)); do printf '%s\n' "$corpus/resumes/$(printf %03d $i)"; done
  if (( n % 1000 )); then ls "$corpus/resumes/$(printf %03d $full)"/*.txt | head -n $((n % 1000)); fi
}
posting_args() {
  local n=$1 i
  if ((n % 1000 == 0)); then  # whole folders
    for ((i = 0; i < n / 1000; i++)); do printf -- '--posting\n%s\n' "$corpus/postings/$(printf %03d $i)"; done
    return
  fi
  for f in $(find "$corpus/postings" -name '*.txt' | sort | head -n "$n"); do printf -- '--posting\n%s\n' "$f"; done
}
bytes_of() { cat "$@" 2>/dev/null | wc -c; }
files_bytes() { find "$@" -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1; }

# ---------------------------------------------------------------- measuring
out=$WORK/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
runs=$out/runs.tsv
printf 'name\trep\twall_s\tmax_rss_kb\tuser_s\tsys_s\tdocs\tbytes\tloadavg\texit\n' > "$runs"
meta=$out/meta.tsv
: > "$meta"

# measure NAME DOCS BYTES -- CMD...: one warm-up, then REPS timed runs (stdout discarded).
measure() {
  local name=$1 docs=$2 bytes=$3; shift 4
  echo "== $name: $*" | cut -c1-220 >&2
  printf '%s\t%s\n' "$name" "$*" | cut -c1-2000 >> "$meta"
  : > "$out/$name.stderr"
  local rep
  for ((rep = 0; rep < WARMUP; rep++)); do "$@" > /dev/null 2>> "$out/$name.stderr" || true; done
  for ((rep = 1; rep <= REPS; rep++)); do
    local load t0 t1 status=0
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$out/time.txt" "$@" > /dev/null 2>> "$out/$name.stderr" || status=$?
    t1=$(date +%s%N)
    local rss user sys
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    user=$(awk -F': ' '/User time/ {print $2}' "$out/time.txt")
    sys=$(awk -F': ' '/System time/ {print $2}' "$out/time.txt")
    printf '%s\t%d\t%.4f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rep" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" \
      "$rss" "$user" "$sys" "$docs" "$bytes" "$load" "$status" >> "$runs"
    echo "   rep $rep: $(tail -1 "$runs" | cut -f3,4) (load $load, exit $status)" >&2
  done
}

# ---------------------------------------------------------------- start-up
if wants startup; then
  small=$repo/samples/resumes/ml-engineer-priya.txt
  measure startup 1 "$(bytes_of "$small")" -- "$sm" extract "$small"
  if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 3 --runs 20 --export-json "$out/startup.hyperfine.json" "$sm extract $small" > "$out/startup.hyperfine.txt" 2>&1 || true
  fi
fi

# ---------------------------------------------------------------- kernels (Google Benchmark)
if wants kernels && [[ -x $build/bench/skillmatch_bench_kernels ]]; then
  echo "== kernels" >&2
  real=$WORK/real-resumes
  if [[ ! -d $real ]] && ! python3 "$repo/bench/write_real_resumes.py" "$real" >&2; then real=; fi
  SKILLMATCH_BENCH_TEXT_DIR=$real "$build/bench/skillmatch_bench_kernels" --benchmark_repetitions="$REPS" \
    --benchmark_report_aggregates_only=true --benchmark_out="$out/kernels.json" --benchmark_out_format=json >&2
fi

# ---------------------------------------------------------------- extraction vs bare scan
if wants extract; then
  mapfile -t inputs < <(resume_paths "$EXTRACT_N")
  bytes=$(files_bytes "${inputs[@]}")
  measure bare_scan "$EXTRACT_N" "$bytes" -- "$bare" "$rules" "${inputs[@]}"
  "$bare" "$rules" "${inputs[@]}" > "$out/bare_scan.json"
  for j in $JOBS; do
    measure "extract_j$j" "$EXTRACT_N" "$bytes" -- "$sm" extract --format ndjson --jobs "$j" "${inputs[@]}"
  done
fi

# ---------------------------------------------------------------- DOCX vs mammoth
if wants docx && ((DOCX_N > 0)); then
  bytes=$(files_bytes "$corpus/docx")
  for j in $JOBS; do
    measure "docx_j$j" "$DOCX_N" "$bytes" -- "$sm" extract --format ndjson --jobs "$j" "$corpus/docx"
  done
  if [[ ! -d $MAMMOTH_DIR/node_modules/mammoth ]] && command -v npm > /dev/null; then
    mkdir -p "$MAMMOTH_DIR"
    (cd "$MAMMOTH_DIR" && { [[ -f package.json ]] || npm init -y > /dev/null; } && npm install --no-audit --no-fund mammoth > /dev/null 2>&1) || true
  fi
  if [[ -d $MAMMOTH_DIR/node_modules/mammoth ]]; then
    export MAMMOTH_DIR
    measure mammoth "$DOCX_N" "$bytes" -- node "$repo/bench/mammoth_extract.js" "$corpus/docx"
    node "$repo/bench/mammoth_extract.js" "$corpus/docx" > "$out/mammoth.json"
  else
    echo "mammoth not available: skipped" >&2
  fi
fi

# ---------------------------------------------------------------- screen
if wants screen; then
  for size in $SCREEN; do
    r=${size%x*}; p=${size#*x}
    mapfile -t inputs < <(resume_paths "$r")
    mapfile -t postings < <(posting_args "$p")
    bytes=$(files_bytes "${inputs[@]}")
    for j in $JOBS; do
      measure "screen_${r}x${p}_j$j" "$r" "$bytes" -- "$sm" screen --top 50 --today 2025-06 --format ndjson --jobs "$j" \
        "${postings[@]}" "${inputs[@]}"
    done
  done
fi

# ---------------------------------------------------------------- audit
if wants audit && ((COHORT > 0)); then
  bytes=$(files_bytes "$corpus/cohort")
  for j in $JOBS; do
    measure "audit_${COHORT}x4_j$j" "$COHORT" "$bytes" -- "$sm" audit --role data-analyst --role data-engineer \
      --role ml-engineer --role data-scientist --today 2025-06 --format json --jobs "$j" "$corpus/cohort"
  done
fi

# ---------------------------------------------------------------- summary
python3 - "$out" "$corpus" "$repo" <<'PY'
import csv, json, os, statistics, subprocess, sys
out, corpus, repo = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(os.path.join(out, "runs.tsv")), delimiter="\t"))
commands = dict(line.rstrip("\n").split("\t", 1) for line in open(os.path.join(out, "meta.tsv")) if "\t" in line)
def load(name):
    try:
        return json.load(open(os.path.join(out, name)))
    except Exception:
        return None
results = {"machine": {"nproc": os.cpu_count(), "uname": os.uname().release},
           "corpus": corpus, "runs": {}}
try:
    results["git"] = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"],
                                    capture_output=True, text=True).stdout.strip()
except Exception:
    pass
order = []
for r in rows:
    if r["name"] not in order:
        order.append(r["name"])
for name in order:
    rs = [r for r in rows if r["name"] == name]
    wall = statistics.median(float(r["wall_s"]) for r in rs)
    rss = max(int(r["max_rss_kb"] or 0) for r in rs)
    cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rs)
    docs, nbytes = int(rs[0]["docs"]), int(rs[0]["bytes"])
    results["runs"][name] = {"command": commands.get(name, ""), "reps": len(rs), "median_wall_s": round(wall, 4),
                             "walls_s": [float(r["wall_s"]) for r in rs], "peak_rss_mb": round(rss / 1024, 1),
                             "median_cpu_s": round(cpu, 3), "docs": docs, "bytes": nbytes,
                             "docs_per_s": round(docs / wall, 1), "mb_per_s": round(nbytes / 1e6 / wall, 2),
                             "mb_per_cpu_s": round(nbytes / 1e6 / cpu, 2) if cpu else None,
                             "docs_per_cpu_s": round(docs / cpu, 1) if cpu else None,
                             "loadavg": [float(r["loadavg"]) for r in rs], "exit": sorted({r["exit"] for r in rs})}
for extra in ("bare_scan.json", "mammoth.json", "startup.hyperfine.json"):
    data = load(extra)
    if data is not None:
        if extra == "startup.hyperfine.json":
            res = data["results"][0]
            data = {"median_ms": round(res["median"] * 1e3, 2), "mean_ms": round(res["mean"] * 1e3, 2),
                    "min_ms": round(res["min"] * 1e3, 2), "runs": len(res["times"])}
        results[extra.split(".")[0]] = data
kernels = load("kernels.json")
if kernels is not None:
    to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    results["kernels"] = {b["run_name"]: {"median_ms": round(b["real_time"] * to_ms[b["time_unit"]], 3),
                                          "mb_per_s": round(b.get("bytes_per_second", 0) / 1e6, 1)}
                          for b in kernels["benchmarks"] if b.get("aggregate_name") == "median"}
R = results["runs"]
def ratio(a, b):
    return round(R[a]["median_wall_s"] and R[b]["median_wall_s"] / R[a]["median_wall_s"], 2) if a in R and b in R else None
derived = {}
if "extract_j1" in R and "bare_scan" in R:
    derived["extract_j1_vs_bare_scan_wall"] = round(R["extract_j1"]["mb_per_s"] / R["bare_scan"]["mb_per_s"], 3)
    if R["extract_j1"]["mb_per_cpu_s"] and R["bare_scan"]["mb_per_cpu_s"]:
        derived["extract_j1_vs_bare_scan_cpu"] = round(R["extract_j1"]["mb_per_cpu_s"] / R["bare_scan"]["mb_per_cpu_s"], 3)
for base in sorted({n.rsplit("_j", 1)[0] for n in R if n.endswith("_j1")}):
    if base + "_j2" in R:
        derived[base + "_speedup_2_threads"] = ratio(base + "_j2", base + "_j1")
if "docx_j1" in R and "mammoth" in results:
    derived["docx_j1_vs_mammoth_warm"] = round(R["docx_j1"]["docs_per_s"] / results["mammoth"]["docs_per_s"], 2)
K = results.get("kernels", {})
for corpus_name in ("", "/real_resumes"):
    if "BM_Extract" + corpus_name in K and K.get("BM_BareAliasSetScan" + corpus_name, {}).get("mb_per_s"):
        derived["kernel_extract_vs_bare_scan" + corpus_name.replace("/", "_")] = round(
            K["BM_Extract" + corpus_name]["mb_per_s"] / K["BM_BareAliasSetScan" + corpus_name]["mb_per_s"], 3)
results["derived"] = derived
json.dump(results, open(os.path.join(out, "results.json"), "w"), indent=1)

md = ["| run | median wall s | docs/s | MB/s | CPU s (user+sys) | MB per CPU-s | docs per CPU-s | peak RSS MB | reps | load avg |",
      "|---|---|---|---|---|---|---|---|---|---|"]
for name in order:
    r = R[name]
    md.append("| %s | %.3f | %.0f | %.1f | %.2f | %s | %s | %.0f | %d | %s |" % (
        name, r["median_wall_s"], r["docs_per_s"], r["mb_per_s"], r["median_cpu_s"], r["mb_per_cpu_s"], r["docs_per_cpu_s"],
        r["peak_rss_mb"], r["reps"], "/".join("%.1f" % x for x in r["loadavg"])))
md.append("")
for name, k in K.items():
    md.append("- kernel %s: median %.3f ms per pass%s" % (name, k["median_ms"], ", %.1f MB/s" % k["mb_per_s"] if k["mb_per_s"] else ""))
if "startup" in results:
    md.append("- start-up (hyperfine, %d runs): median %.1f ms, min %.1f ms" % (
        results["startup"]["runs"], results["startup"]["median_ms"], results["startup"]["min_ms"]))
if "bare_scan" in results:
    b = results["bare_scan"]
    md.append("- bare scan in-process: %d files, %.1f MB, read+Match %.0f MB/s wall, %.0f MB per CPU-s, Match only %.0f MB/s, "
              "Set compile %.0f ms" % (b["files"], b["bytes"] / 1e6, b["scan_mb_s"], b.get("scan_mb_per_cpu_s", 0),
                                        b["match_mb_s"], b["compile_ms"]))
if "mammoth" in results:
    m = results["mammoth"]
    md.append("- mammoth warm in-process: %d files in %.2f s = %.0f docs/s (one thread)" % (m["files"], m["seconds"], m["docs_per_s"]))
for k, v in derived.items():
    md.append("- %s: %s" % (k, v))
md.append("")
md.append("Commands:")
md.append("")
md.append("(C = %s; long path lists shortened, full commands in results.json)" % corpus)
md.append("")
for name in order:
    cmd = R[name]["command"].replace(corpus, "$C")
    md.append("- `%s`: `%s`" % (name, cmd if len(cmd) < 300 else cmd[:300] + " ..."))
open(os.path.join(out, "results.md"), "w").write("\n".join(md) + "\n")
print("\n".join(md))
print("\nresults: " + out)
PY
