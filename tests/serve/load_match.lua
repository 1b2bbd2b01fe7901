-- wrk script for tests/serve/load_test.sh: POSTs one resume and one posting as JSON to
-- /api/match (or the resume alone to /api/extract), and prints one RESULT line.
local function read(path)
  local file = assert(io.open(path, "rb"))
  local content = file:read("*a")
  file:close()
  return content
end

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function quote(text)
  local escaped = text:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\u%04x", c:byte()) end)
  return '"' .. escaped .. '"'
end

local resume = quote(read(os.getenv("RESUME")))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("ENDPOINT") == "extract" then
  wrk.body = '{"name":"resume.txt","text":' .. resume .. '}'
else
  wrk.body = '{"resume":{"name":"resume.txt","text":' .. resume .. '},"posting":{"name":"posting.txt","text":' ..
             quote(read(os.getenv("POSTING"))) .. '},"today":"2026-06"}'
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status, socket_errors))
end
