#!/usr/bin/env python3
"""Large JSON inputs for measuring skillmatch's peak memory on feeds and JSON Resumes
(issue 21: JSON inputs used to peak at 35-40x their size). Stdlib only, deterministic.

    bench/generate_json_inputs.py --mb 60 --out /tmp/json-inputs
    bench/generate_json_inputs.py --mb 60 --posting-bytes 64 --out /tmp/json-tiny

Writes under --out, each about --mb megabytes:
    feed-array.json     [ {JobPosting}, ... ]       one JSON array of schema.org postings
    feed.ndjson         {JobPosting} per line        the same postings, one per line
    resume.json         one JSON Resume              "work" with as many entries as fit

--posting-bytes sets the rough size of one posting (default about 1.5 KB, like a real
feed's; 64 gives the issue's "1M postings in 64 MB", where per-posting overhead dominates).
Then, for example:
    /usr/bin/time -v build/skillmatch extract --format ndjson /tmp/json-inputs/feed.ndjson >/dev/null
"""
import argparse
import json
import os
import random

SKILLS = ["Python", "SQL", "Apache Spark", "Kafka", "Airflow", "Terraform", "Kubernetes", "Docker",
          "PostgreSQL", "AWS", "dbt", "Go", "Java", "React", "TypeScript", "Snowflake", "Pandas"]
VERBS = ["Built", "Designed", "Owned", "Migrated", "Scaled", "Maintained", "Automated"]
NOUNS = ["pipelines", "services", "dashboards", "data models", "deployments", "APIs", "batch jobs"]


def sentence(rng):
    return f"{rng.choice(VERBS)} {rng.choice(NOUNS)} with {rng.choice(SKILLS)} and {rng.choice(SKILLS)}."


def posting(rng, index, target_bytes):
    """One schema.org JobPosting whose JSON is about target_bytes long."""
    entry = {"@type": "JobPosting", "title": f"Engineer {index}", "description": ""}
    if target_bytes >= 200:
        entry.update({"@context": "https://schema.org/", "identifier": f"job-{index}",
                      "datePosted": "2024-05-02", "hiringOrganization": {"@type": "Organization", "name": "Northwind"},
                      "skills": ", ".join(rng.sample(SKILLS, 4))})
    items = []
    while len(json.dumps(entry)) + sum(len(i) + 9 for i in items) < target_bytes - 20:
        items.append(sentence(rng))
    entry["description"] = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else "SQL"
    return json.dumps(entry, ensure_ascii=False)


def write_feeds(out, total_bytes, posting_bytes, rng):
    with open(os.path.join(out, "feed-array.json"), "w", encoding="utf-8") as array, \
            open(os.path.join(out, "feed.ndjson"), "w", encoding="utf-8") as ndjson:
        array.write("[\n")
        written, index = 0, 0
        while written < total_bytes:
            line = posting(rng, index, posting_bytes)
            array.write(("," if index else "") + line + "\n")
            ndjson.write(line + "\n")
            written += len(line) + 2
            index += 1
        array.write("]\n")
    return index


def write_resume(out, total_bytes, rng):
    with open(os.path.join(out, "resume.json"), "w", encoding="utf-8") as resume:
        resume.write('{"basics": {"name": "Avery Example", "label": "Data Engineer"},\n "work": [\n')
        written, index = 0, 0
        while written < total_bytes:
            job = {"name": f"Company {index}", "position": "Engineer", "startDate": "2019-03", "endDate": "2021-06",
                   "summary": " ".join(sentence(rng) for _ in range(3)),
                   "highlights": [sentence(rng) for _ in range(4)]}
            line = ("," if index else "") + json.dumps(job) + "\n"
            resume.write(line)
            written += len(line)
            index += 1
        resume.write('],\n "skills": [{"name": "Data", "keywords": ["Python", "SQL"]}]}\n')
    return index


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=60, help="size of each file in megabytes (10^6 bytes)")
    parser.add_argument("--posting-bytes", type=int, default=1500, help="rough size of one posting's JSON")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    total = int(args.mb * 1_000_000)
    postings = write_feeds(args.out, total, args.posting_bytes, rng)
    jobs = write_resume(args.out, total, rng)
    print(f"{args.out}: {postings} postings in feed-array.json and feed.ndjson, {jobs} work entries in resume.json")


if __name__ == "__main__":
    main()
