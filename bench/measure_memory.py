#!/usr/bin/env python3
"""Peak memory of skillmatch against the size of its input (issues 15 and 21: at most 4x
the largest document plus a constant). Not a timed test: one run per cell, peak RSS from
/usr/bin/time -v, stdout to /dev/null.

    bench/measure_memory.py build                      # 1, 10 and 50 MB
    bench/measure_memory.py build --mb 1 10 --work /tmp/mem

Inputs, written once under --work (default /tmp/skillmatch-memory) for each size:
    resume-lines.txt   bench/generate_corpus.py's resumes one after another, to that size
    resume-line.txt    the same words on one line
    feed.ndjson        a JSON feed of postings (bench/generate_json_inputs.py)
    resume.json        one JSON Resume of that size (the same script; its feed-array.json,
                       the same postings as feed.ndjson, is not measured)
Runs: extract --format json, extract --format ndjson, text --format json, and match of the
input as a resume against samples/postings/posting-senior-ml-engineer.txt (--format json);
and `skillmatch serve`, one fresh server per input: POST /api/extract with the input as the
raw body, and POST /api/match with it as the multipart "resume" beside the same posting.
A server's peak is the largest VmHWM among it and its parse workers (the CLI's, from
/usr/bin/time, is also the largest of the process and the workers it reaped).
Prints one row per (input, run): peak RSS in MB and its ratio to the input's size, and
the ratio after the process's constant is taken off, two ways:
    1 KB        its peak on a 1 KB resume (small.txt), the constant of earlier tables;
    every skill its peak on every-skill.txt, a resume of about 50 KB naming each skill of
                rules/skills/*.json once. The extractor compiles a skill's context patterns
                the first time a document mentions it, so a real 1 MB input pays several MB
                for them that the 1 KB resume never does, and its first ratio reads 5-8x.
                This constant compiles every skill's patterns, more than a real input
                mentions, so its column is a lower bound (negative on a 1 MB feed) where
                the 1 KB column is an upper one: the input's own share lies between.
A run past --timeout seconds (match on a one-line resume is slow) is reported as such.
"""
import argparse
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
POSTING = os.path.join(ROOT, "samples", "postings", "posting-senior-ml-engineer.txt")
RUNS = {
    "extract json": ["extract", "--format", "json"],
    "extract ndjson": ["extract", "--format", "ndjson"],
    "text json": ["text", "--format", "json"],
    "match posting": ["match", "--format", "json", "--today", "2026-01", "--posting", POSTING],
}


def corpus_resumes(work, total_bytes):
    """Lines of bench/generate_corpus.py's resumes, one after another, about total_bytes long."""
    corpus = os.path.join(work, "corpus")
    needed = total_bytes // 3000 + 100  # the corpus's resumes are 2-8 KB
    if not os.path.exists(os.path.join(corpus, f".{needed}")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), "--seed", "1", "--out", corpus,
                        "--resumes", str(needed), "--postings", "0", "--docx", "0", "--feed", "0", "--cohort", "0"],
                       check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(corpus, f".{needed}"), "w").close()
    lines, size = [], 0
    for folder in sorted(os.listdir(os.path.join(corpus, "resumes"))):
        for name in sorted(os.listdir(os.path.join(corpus, "resumes", folder))):
            with open(os.path.join(corpus, "resumes", folder, name), encoding="utf-8") as resume:
                for line in resume.read().splitlines():
                    lines.append(line)
                    size += len(line.encode()) + 1
                    if size >= total_bytes:
                        return lines
    return lines


def every_skill_resume(path):
    """Writes a short resume that names each skill of the built-in taxonomy once, ten a line."""
    names = []
    for name in sorted(os.listdir(os.path.join(ROOT, "rules", "skills"))):
        if name.endswith(".json"):
            with open(os.path.join(ROOT, "rules", "skills", name), encoding="utf-8") as rules:
                names.extend(skill["name"] for skill in json.load(rules)["skills"])
    lines = [", ".join(names[i:i + 10]) for i in range(0, len(names), 10)]
    with open(path, "w", encoding="utf-8") as out:
        out.write("Alex Doe\nData Engineer\n\nSkills\n" + "\n".join(lines) + "\n")


def write_inputs(work, mb):
    folder = os.path.join(work, f"{mb}mb")
    done = os.path.join(folder, ".done")
    if os.path.exists(done):
        return folder
    os.makedirs(folder, exist_ok=True)
    lines = corpus_resumes(work, int(mb * 1_000_000))
    with open(os.path.join(folder, "resume-lines.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    with open(os.path.join(folder, "resume-line.txt"), "w", encoding="utf-8") as out:
        out.write(" ".join(lines) + "\n")
    subprocess.run([sys.executable, os.path.join(HERE, "generate_json_inputs.py"), "--mb", str(mb), "--out", folder],
                   check=True, stdout=subprocess.DEVNULL)
    open(done, "w").close()
    return folder


def measure(binary, name, run, path, timeout):
    """Peak RSS in MB of the CLI run `run`, or of the server run `name`."""
    return serve_peak_mb(binary, name, path, timeout) if run is None else peak_rss_mb(binary, run, path, timeout)


def peak_rss_mb(binary, run, path, timeout):
    """Peak RSS of one run in MB (10^6 bytes), or None when it ran past timeout seconds."""
    process = subprocess.Popen(["/usr/bin/time", "-v", binary] + run + [path], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: time and skillmatch, nothing else
        process.communicate()
        return None
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    if process.returncode != 0 or not found:
        sys.exit(f"no peak RSS for {run} {path}:\n{err[-2000:]}")
    return int(found.group(1)) * 1024 / 1e6


SERVE_RUNS = ["serve extract", "serve match"]


def process_tree(pid):
    """pid and every process under it, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(parent, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        tree.append(todo.pop())
        todo.extend(children.get(tree[-1], []))
    return tree


def peak_of_tree_mb(pid):
    """The largest VmHWM (peak RSS) among pid and its descendants, in MB (10^6 bytes)."""
    peak = 0
    for member in process_tree(pid):
        try:
            with open(f"/proc/{member}/status") as status:
                found = re.search(r"VmHWM:\s+(\d+) kB", status.read())
        except OSError:
            continue
        if found:
            peak = max(peak, int(found.group(1)))
    return peak * 1024 / 1e6


def post(port, run, path, timeout):
    """POSTs the input at path as `run` asks; the response is read and dropped. Its status."""
    with open(path, "rb") as data:
        body = data.read()
    name = os.path.basename(path)
    if run == "serve extract":
        target, headers = f"/api/extract?name={name}", {"Content-Type": "application/octet-stream"}
    else:
        boundary = uuid.uuid4().hex
        with open(POSTING, "rb") as posting:
            parts = [("resume", name, body), ("posting", os.path.basename(POSTING), posting.read())]
        body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file}\"\r\n"
                        f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n"
                        for field, file, content in parts) + f"--{boundary}--\r\n".encode()
        target, headers = "/api/match?today=2026-01", {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("POST", target, body=body, headers=headers)
    del body
    response = connection.getresponse()
    while response.read(1 << 20):
        pass
    connection.close()
    return response.status


def serve_peak_mb(binary, run, path, timeout):
    """Peak RSS of a fresh `skillmatch serve` answering one request for path, None past timeout,
    or "HTTP <status>" when it answered anything but 200 (a 408: its parse took too long)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--max-request-size", "1G",
                               "--max-file-size", "1G", "--parse-timeout", str(timeout)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        try:
            status = post(port, run, path, timeout)
        except (TimeoutError, socket.timeout):
            return None
        if status != 200:
            return f"HTTP {status}"
        return peak_of_tree_mb(server.pid)
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # its own session: the server and its workers
        server.communicate()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", help="a build folder holding skillmatch")
    parser.add_argument("--mb", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--work", default="/tmp/skillmatch-memory")
    parser.add_argument("--only", nargs="+", choices=sorted(RUNS) + SERVE_RUNS, help="these runs only")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a run is given up")
    args = parser.parse_args()
    binary = os.path.join(args.build, "skillmatch")
    runs = {name: RUNS.get(name) for name in (args.only or list(RUNS) + SERVE_RUNS)}
    small = os.path.join(args.work, "small.txt")
    os.makedirs(args.work, exist_ok=True)
    with open(small, "w", encoding="utf-8") as out:
        out.write("\n".join(corpus_resumes(args.work, 1000)) + "\n")
    constant = {name: measure(binary, name, run, small, args.timeout) for name, run in runs.items()}
    every_skill = os.path.join(args.work, "every-skill.txt")
    every_skill_resume(every_skill)
    constant_all = {name: measure(binary, name, run, every_skill, args.timeout) for name, run in runs.items()}
    print("| input | MB | run | peak RSS MB | x input | x input, less the 1 KB run's peak "
          "| x input, less the every-skill run's peak |")
    print("|---|---|---|---|---|---|---|")
    for name in runs:
        print(f"| constants | | {name} | 1 KB: {constant[name]:.0f}, every skill: {constant_all[name]:.0f} | | | |")
    for mb in args.mb:
        folder = write_inputs(args.work, mb)
        for input_name in ["resume-lines.txt", "resume-line.txt", "feed.ndjson", "resume.json"]:
            path = os.path.join(folder, input_name)
            size = os.path.getsize(path) / 1e6
            for name, run in runs.items():
                peak = measure(binary, name, run, path, args.timeout)
                if peak is None or isinstance(peak, str):
                    failed = f"over {args.timeout:.0f} s" if peak is None else peak
                    print(f"| {input_name} | {size:.1f} | {name} | {failed} | | | |", flush=True)
                    continue
                print(f"| {input_name} | {size:.1f} | {name} | {peak:.0f} | {peak / size:.1f} "
                      f"| {(peak - constant[name]) / size:.1f} | {(peak - constant_all[name]) / size:.1f} |", flush=True)


if __name__ == "__main__":
    main()
