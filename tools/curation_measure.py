"""The share of skills named in real resumes' skills sections that a skillmatch CLI finds
(tools/curate_taxonomy.py measure): the measure issue 17 sets for the taxonomy's breadth.

  - dotin resumes (../shared/data/dev-sets): gold Tech Tools, Job Specific Skills and Soft
    Skills spans inside a section the CLI names "skills", found when a mention overlaps them;
  - the JSON Resume sample (../shared/data/samples-public): every skills[].keywords item;
  - rendercv's CV in five PDF layouts (../shared/data/real-documents/rendercv): every item of
    the YAML's skills details, in each PDF.
A listed item is found when a mention's text and the item contain one another, case-folded.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(HERE), "..", "shared", "data")
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "bench", "accuracy"))
import run_accuracy  # noqa: E402  (the dev-set loader the accuracy bench uses)

SKILL_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")


def extract(cli, paths):
    """{file name: document JSON} of `skillmatch extract --format json` over paths."""
    out = subprocess.run([cli, "extract", "--format", "json", "--jobs", "2"] + paths, capture_output=True)
    return {os.path.basename(d["source"]): d for d in json.loads(out.stdout)["documents"]}


def dotin_documents(cli, docs):
    """{file name: document JSON} of the CLI over the dotin documents, written as text files."""
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            with open(os.path.join(tmp, d.name), "wb") as f:
                f.write(d.data)
        return extract(cli, [tmp])


def dotin(cli):
    """(found, total, missed texts) over the gold skill spans inside the dotin resumes' skills sections."""
    docs = run_accuracy.load_dotin(os.path.join(SHARED, "dev-sets"))
    out = dotin_documents(cli, docs)
    found = total = 0
    missed = []
    for d in docs:
        doc = out[d.name]
        spans = [(m["offset"], m["offset"] + m["length"]) for s in doc["skills"] for m in s["mentions"] if not m["negated"]]
        skills_sections = [(s["offset"], s["offset"] + s["length"]) for s in doc["sections"] if s["name"] == "skills"]
        for start, end, label, text in d.gold:
            if label in SKILL_LABELS and any(a <= start and end <= b for a, b in skills_sections):
                total += 1
                hit = any(a < end and start < b for a, b in spans)
                found += hit
                if not hit:
                    missed.append(text.strip())
    return found, total, missed


def listed(cli, paths, items_of):
    """(found, total, missed) over the items each document lists, by mention text."""
    out = extract(cli, paths)
    found = total = 0
    missed = []
    for path in paths:
        texts = [m["text"].lower() for s in out[os.path.basename(path)]["skills"] for m in s["mentions"]]
        for item in items_of(path):
            total += 1
            hit = any(item.lower() in t or t in item.lower() for t in texts)
            found += hit
            if not hit:
                missed.append(item)
    return found, total, missed


def jsonresume_items(path):
    with open(path, encoding="utf-8") as f:
        return [k for s in json.load(f).get("skills", []) for k in s.get("keywords", [])]


def rendercv_items(pdf):
    """The comma-separated items of the skills details in the YAML the PDF was rendered from."""
    with open(pdf[:-4] + ".yaml", encoding="utf-8") as f:
        text = f.read()
    block = re.search(r"\n    skills:\n((?:      .*\n)+)", text)
    details = re.findall(r"details: (.*)", block.group(1)) if block else []
    return [item.strip() for line in details for item in line.split(",") if item.strip()]


def measure(cli):
    """Prints the share per source and the items not found."""
    rows = [("dotin resumes, gold skill spans in skills sections", dotin(cli)),
            ("JSON Resume sample, skills keywords",
             listed(cli, [os.path.join(SHARED, "samples-public", "sample.resume.json")], jsonresume_items)),
            ("rendercv CV, 5 PDF layouts, skills details",
             listed(cli, sorted(glob.glob(os.path.join(SHARED, "real-documents", "rendercv", "*.pdf"))), rendercv_items))]
    for name, (found, total, missed) in rows:
        print(f"{name}: {found} of {total} found ({found / max(total, 1):.3f})")
        counts = {}
        for text in missed:
            counts[text] = counts.get(text, 0) + 1
        print("  not found: " + ", ".join(f"{t} ({n})" if n > 1 else t for t, n in sorted(counts.items(), key=lambda kv: -kv[1])[:40]))
