"""import skillmatch: the engine in-process gives the CLI's JSON, from paths, bytes or
text; a bad input is an error entry, a bad call an exception; threads share an engine."""
import json
import os
import pickle
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import skillmatch
from conftest import POSTINGS, PRIYA, RESUMES, SAMPLES, TODAY, run_cli, write_broken_docx

def test_extract_is_the_clis_json_byte_for_byte(engine):
    expected, status = run_cli("extract", "--format", "json", RESUMES)
    assert status == 0
    assert engine.extract(RESUMES, as_json=True).encode() == expected
    assert engine.extract(RESUMES) == json.loads(expected)


def test_extract_takes_several_paths_as_the_cli_does(engine):
    paths = [PRIYA, os.path.join(SAMPLES, "markup"), os.path.join(SAMPLES, "documents")]
    expected, _ = run_cli("extract", "--format", "json", *paths)
    assert engine.extract(paths, as_json=True).encode() == expected


def test_extract_reads_bytes_and_text_as_standard_input(engine):
    with open(PRIYA, "rb") as f:
        content = f.read()
    expected, _ = run_cli("extract", "--format", "json", "--stdin-name", "priya.txt", "-", stdin=content)
    assert engine.extract(content, name="priya.txt", as_json=True).encode() == expected
    assert engine.extract(text=content.decode(), name="priya.txt", as_json=True).encode() == expected
    docx = os.path.join(SAMPLES, "documents", "resume-priya-pandoc.docx")
    with open(docx, "rb") as f:
        from_bytes = engine.extract(f.read(), name="resume.docx")
    assert from_bytes["documents"][0]["parser"] == engine.extract(docx)["documents"][0]["parser"]


def test_the_clis_warnings_are_python_warnings(engine, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 and Python\n")
    with pytest.warns(UserWarning, match=r"latin.txt: not valid UTF-8 \(byte 3\); read as Windows-1252"):
        result = engine.extract(str(latin))
    assert result["errors"] == [] and result["documents"][0]["skills"][0]["id"] == "python"


def test_a_bad_file_is_an_error_entry_not_an_exception(engine, tmp_path):
    broken = tmp_path / "broken.docx"
    write_broken_docx(broken)
    expected, status = run_cli("extract", "--format", "json", str(broken), PRIYA)
    assert status == 1
    result = engine.extract([str(broken), PRIYA])
    assert result == json.loads(expected)
    assert [error["source"] for error in result["errors"]] == [str(broken)]
    assert len(result["documents"]) == 1
    missing = engine.extract(str(tmp_path / "missing.txt"))
    assert missing["documents"] == [] and missing["errors"][0]["source"] == str(tmp_path / "missing.txt")


def test_usage_errors_are_exceptions(engine, tmp_path):
    with pytest.raises(ValueError, match="did you mean data-engineer"):
        engine.match(PRIYA, role="data-enginer")
    with pytest.raises(ValueError, match="today expects YYYY-MM"):
        engine.audit(RESUMES, roles=["data-analyst"], today="June")
    with pytest.raises(ValueError):
        engine.extract(12)
    with pytest.raises(ValueError):
        skillmatch.Engine(rules=[str(tmp_path / "no-such-rules")])
    with pytest.raises(ValueError, match="max_file_size"):
        skillmatch.Engine(max_file_size="lots")


def test_match_screen_and_audit_are_the_clis_json(engine):
    # Each report as text (byte for byte the CLI's) and as dicts (what json.loads gives).
    posting = os.path.join(POSTINGS, "posting-senior-ml-engineer.txt")
    cases = [
        (lambda as_json: engine.match(PRIYA, posting=posting, today=TODAY, as_json=as_json),
         ["match", PRIYA, "--posting", posting]),
        (lambda as_json: engine.match(PRIYA, posting=POSTINGS, today=TODAY, as_json=as_json),
         ["match", PRIYA, "--posting", POSTINGS]),
        (lambda as_json: engine.match(PRIYA, role="data-engineer", today=TODAY, as_json=as_json),
         ["match", PRIYA, "--role", "data-engineer"]),
        (lambda as_json: engine.match(PRIYA, role="best", today=TODAY, as_json=as_json),
         ["match", PRIYA, "--role", "best"]),
        (lambda as_json: engine.screen(RESUMES, postings=POSTINGS, top=3, today=TODAY, as_json=as_json),
         ["screen", "--posting", POSTINGS, "--top", "3", RESUMES]),
        (lambda as_json: engine.audit(RESUMES, roles=["data-analyst", "ml-engineer"], today=TODAY, as_json=as_json),
         ["audit", "--role", "data-analyst", "--role", "ml-engineer", RESUMES]),
    ]
    for call, args in cases:
        expected, _ = run_cli(*args, "--today", TODAY, "--format", "json")
        assert call(True).encode() == expected, args
        assert call(False) == json.loads(expected), args
    assert engine.match(PRIYA, role="best", today=TODAY)["roles"][0]["rank"] == 1


def test_a_resume_that_cannot_be_read_is_named(engine, tmp_path):
    with pytest.raises(ValueError, match="missing.txt"):
        engine.match(str(tmp_path / "missing.txt"), role="best")


def test_two_threads_share_an_engine(engine):
    expected = engine.extract(RESUMES, as_json=True)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: engine.extract(RESUMES, as_json=True), range(6)))
    assert results == [expected] * 6


def test_dicts_are_what_json_loads_gives(engine):
    # The binding reads its reports into dicts itself, without the GIL: UTF-8 of one to
    # four bytes comes out as json.loads gives it.
    text = "Jos\u00e9 M\u00fcller \u2014 \U0001f600\nEmail: jose@example.com\n\nSkills\nPython, SQL\n"
    report = engine.extract(text=text, name="cv.txt", as_json=True)
    dicts = engine.extract(text=text, name="cv.txt")
    assert dicts == json.loads(report)
    assert dicts["documents"][0]["profile"]["contact"]["name"] == "Jos\u00e9 M\u00fcller \u2014 \U0001f600"


def test_limits_are_the_clis(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Python and SQL.\n" * 200)
    small = skillmatch.Engine(max_file_size="1K")
    expected, status = run_cli("extract", "--format", "json", "--max-file-size", "1K", str(big))
    assert status == 1
    assert small.extract(str(big), as_json=True).encode() == expected


def test_a_screen_split_and_merged_in_any_order_is_the_whole_screen(engine):
    expected, _ = run_cli("screen", "--posting", POSTINGS, "--top", "3", "--today", TODAY, "--format", "json", RESUMES)
    screener = engine.screener(POSTINGS, top=3, today=TODAY)
    inputs = engine.inputs(RESUMES)
    files = inputs.files
    parts = [screener.screen(files[i:i + 3], first=i) for i in range(0, len(files), 3)]
    travelled = [pickle.loads(pickle.dumps(part)) for part in reversed(parts)]
    merged = skillmatch.Shortlists.merged(travelled[:2] + [skillmatch.Shortlists.merged(travelled[2:])])
    assert screener.render(merged, inputs).encode() == expected
    assert screener.render(screener.screen(files), inputs).encode() == expected


def test_a_part_screened_with_another_parts_floors_merges_into_the_whole_screen(engine):
    expected, _ = run_cli("screen", "--posting", POSTINGS, "--top", "2", "--today", TODAY, "--format", "json", RESUMES)
    screener = engine.screener(POSTINGS, top=2, today=TODAY)
    inputs = engine.inputs(RESUMES)
    files = inputs.files
    half = len(files) // 2
    later = pickle.loads(pickle.dumps(screener.screen(files[half:], first=half)))
    floors = later.floors
    assert len(floors) == screener.posting_count and any(floor > float("-inf") for floor in floors)
    # The earlier half with the later half's floors: its rows tying a floor win by order.
    pruned = screener.screen(files[:half], first=0, floors=floors)
    assert pruned.scored < screener.screen(files[:half], first=0).scored
    assert screener.render(skillmatch.Shortlists.merged([pruned, later]), inputs).encode() == expected
    with pytest.raises(ValueError, match="floors"):
        screener.screen(files, floors=[0.0])


def test_resumes_screened_from_bytes_are_screened_as_files(engine):
    expected, _ = run_cli("screen", "--posting", POSTINGS, "--top", "3", "--today", TODAY, "--format", "json", RESUMES)
    screener = engine.screener(POSTINGS, top=3, today=TODAY)
    inputs = engine.inputs(RESUMES)
    uploads = []
    for path in inputs.files:
        with open(path, "rb") as f:
            uploads.append((path, f.read()))
    assert screener.render(screener.screen_bytes(uploads), inputs).encode() == expected


def test_shortlists_cut_short_are_refused(engine):
    state = engine.screener(POSTINGS, top=3, today=TODAY).screen([PRIYA]).__getstate__()
    for broken in (state[:-5], state + b"x", b""):
        fresh = skillmatch.Shortlists.__new__(skillmatch.Shortlists)
        with pytest.raises(ValueError):
            fresh.__setstate__(broken)


def test_an_engine_made_on_a_thread_that_ended_still_reads(engine):
    # The zygote used to die with the thread that forked it (PR_SET_PDEATHSIG): an engine
    # made on a thread that had ended could not start a parse worker (core's ParsePool).
    made = []
    maker = threading.Thread(target=lambda: made.append(skillmatch.Engine()))
    maker.start()
    maker.join()
    time.sleep(0.5)  # the thread's end reaches its children as a signal: let it land
    assert made[0].extract(PRIYA) == engine.extract(PRIYA)


def test_engines_can_be_freed_in_any_order():
    # Each engine's parse pool forks a zygote, which used to inherit the pools made before
    # it; freed oldest first, an engine then waited for ever on its zygote (core's ParsePool).
    script = ("import gc, skillmatch\n"
              "first, second = skillmatch.Engine(), skillmatch.Engine()\n"
              "screener = second.screener(%r, top=1)\n"
              "del first; gc.collect()\n"
              "del second; gc.collect()\n"
              "del screener; gc.collect()\n"
              "print('freed')\n" % POSTINGS)
    done = subprocess.run([sys.executable, "-c", script], stdout=subprocess.PIPE, timeout=60, check=False)
    assert done.stdout == b"freed\n"
