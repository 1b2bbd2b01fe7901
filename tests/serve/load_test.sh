#!/usr/bin/env bash
# Load test of `skillmatch serve` with wrk on loopback: requests/s and p50/p99 latency for
# POST /api/match (a resume and a posting as JSON) at 2, 16 and 64 connections, then
# more 64-connection rounds until the server has answered 100,000 requests, printing
# its RSS along the way (it must not grow). Fails if any request errs.
#
#   tests/serve/load_test.sh [path/to/skillmatch]
#   DURATION=20s ENDPOINT=extract tests/serve/load_test.sh build/skillmatch
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
cli="${1:-$source_dir/build/skillmatch}"
duration="${DURATION:-15s}"
endpoint="${ENDPOINT:-match}"
total_wanted="${TOTAL_REQUESTS:-100000}"
export RESUME="${RESUME:-$source_dir/samples/resumes/ml-engineer-priya.txt}"
export POSTING="${POSTING:-$source_dir/samples/postings/posting-senior-ml-engineer.txt}"
export ENDPOINT="$endpoint"
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }

log="$(mktemp)"
"$cli" serve --port 0 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q 'serving http' "$log" && break; sleep 0.1; done
port="$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$')"
url="http://127.0.0.1:$port/api/$endpoint"
rss() { awk '/^VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$server/status"; }
answered() {  # requests the server has answered on this endpoint, from /metrics
  curl -s --noproxy '*' "http://127.0.0.1:$port/metrics" |
    awk -v route="/api/$endpoint" 'index($0, "skillmatch_http_requests_total{route=\"" route "\"") == 1 {n += $2} END {print n + 0}'
}

echo "skillmatch serve on :$port, $(nproc) cores; wrk -d $duration POST /api/$endpoint"
echo "resume: $RESUME"; if [ "$endpoint" = match ]; then echo "posting: $POSTING"; fi
wrk -c 2 -t 1 -d 3s -s "$here/load_match.lua" "$url" >/dev/null  # warm-up
echo "RSS after warm-up ($(answered) requests): $(rss)"
failed=0
run() {  # connections threads
  local line
  line="$(wrk -c "$1" -t "$2" -d "$duration" --timeout 10s -s "$here/load_match.lua" "$url" | grep '^RESULT')"
  printf '%3s connections: %s\n' "$1" "${line#RESULT }"
  case "$line" in *" non2xx=0 socket_errors=0"*) ;; *) failed=1 ;; esac
}
for connections in 2 16 64; do
  run "$connections" "$([ "$connections" -ge 2 ] && echo 2 || echo 1)"
  echo "    RSS after $(answered) requests: $(rss)"
done
while [ "$(answered)" -lt "$total_wanted" ]; do
  run 64 2
  echo "    RSS after $(answered) requests: $(rss)"
done
errors="$(curl -s --noproxy '*' "http://127.0.0.1:$port/metrics" | grep '^skillmatch_errors_total' || true)"
echo "server errors: ${errors:-none}"
[ -z "$errors" ] || failed=1
[ "$failed" = 0 ] && echo "PASS: zero errors" || echo "FAIL: some requests erred"
exit "$failed"
