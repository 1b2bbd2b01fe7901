#!/usr/bin/env node
// The independent DOCX baseline for run_bench.sh: npm `mammoth` extracts the raw text of
// every .docx under a folder, one file at a time on one thread, after a warm-up, and
// prints one JSON line: files, failed, chars, warm-up and timed seconds, documents/s.
//
//   MAMMOTH_DIR=/tmp/skillmatch-bench/node node bench/mammoth_extract.js FOLDER
//
// MAMMOTH_DIR is a folder where `npm install mammoth` was run (default: resolve normally).
"use strict";
const fs = require("fs");
const path = require("path");

const mammothDir = process.env.MAMMOTH_DIR;
const mammoth = require(mammothDir ? path.join(mammothDir, "node_modules", "mammoth") : "mammoth");

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith(".docx")) out.push(full);
  }
  return out;
}

async function main() {
  const folder = process.argv[2];
  if (!folder) {
    console.error("usage: node mammoth_extract.js FOLDER");
    process.exit(2);
  }
  const files = walk(folder, []);
  if (files.length === 0) {
    console.error("no .docx under " + folder);
    process.exit(1);
  }
  // Warm-up: let the JIT compile mammoth's hot paths before the clock starts.
  const warmStart = process.hrtime.bigint();
  for (const file of files.slice(0, Math.min(50, files.length))) await mammoth.extractRawText({ path: file });
  const warmS = Number(process.hrtime.bigint() - warmStart) / 1e9;

  let chars = 0;
  let failed = 0;
  const start = process.hrtime.bigint();
  for (const file of files) {
    try {
      const result = await mammoth.extractRawText({ path: file });
      chars += result.value.length;
    } catch (error) {
      failed += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ files: files.length, failed, chars, warmup_s: +warmS.toFixed(3),
                               seconds: +seconds.toFixed(3), docs_per_s: +(files.length / seconds).toFixed(1) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
