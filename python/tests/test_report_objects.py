"""The dicts and lists a report becomes (python/src/json_tape.*, tape_objects.cpp): what
json.loads makes of the CLI's JSON, down to key order, types and what the cycle collector
tracks; the collector left as it was found, also when a call fails and from threads."""
import gc
import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import skillmatch
from conftest import POSTINGS, PRIYA, RESUMES, SAMPLES, SOURCE_DIR, TODAY

def assert_made_as_json_loads_makes(made, loaded, path="$"):
    """Equal is not enough: the same types, key order, GC tracking and dicts' tables
    (a list is made at its length, where json.loads's grows by appending)."""
    assert type(made) is type(loaded), path
    if isinstance(made, (dict, list)):
        assert gc.is_tracked(made) == gc.is_tracked(loaded), path
    if isinstance(made, dict):
        assert sys.getsizeof(made) == sys.getsizeof(loaded), path
        assert list(made) == list(loaded), path
        for key in made:
            assert_made_as_json_loads_makes(made[key], loaded[key], f"{path}.{key}")
    elif isinstance(made, list):
        assert len(made) == len(loaded), path
        for i, (a, b) in enumerate(zip(made, loaded)):
            assert_made_as_json_loads_makes(a, b, f"{path}[{i}]")
    else:
        assert made == loaded, path


def keys_of(value):
    """Every key of every dict in `value`."""
    if isinstance(value, dict):
        return set(value).union(*(keys_of(item) for item in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_of(item) for item in value))
    return set()


@pytest.mark.parametrize("report", ["extract", "match", "screen", "audit"])
def test_every_report_is_what_json_loads_makes_of_its_text(engine, report):
    calls = {
        "extract": lambda as_json: engine.extract([RESUMES, POSTINGS, os.path.join(SAMPLES, "markup")], as_json=as_json),
        "match": lambda as_json: engine.match(PRIYA, role="best", today=TODAY, as_json=as_json),
        "screen": lambda as_json: engine.screen(RESUMES, postings=POSTINGS, top=3, today=TODAY, as_json=as_json),
        "audit": lambda as_json: engine.audit(RESUMES, roles=["data-analyst"], today=TODAY, as_json=as_json),
    }
    call = calls[report]
    assert_made_as_json_loads_makes(call(False), json.loads(call(True)))


def test_strings_of_every_utf8_length_are_made_as_json_loads_makes(engine):
    # ASCII strs are copied, the others decoded.
    text = "Jos\u00e9 M\u00fcller \u2014 \U0001f600\nEmail: jose@example.com\n\nSkills\nPython, SQL, " + "x" * 70 + "\n"
    made = engine.extract(text=text, name="cv.txt")
    assert_made_as_json_loads_makes(made, json.loads(engine.extract(text=text, name="cv.txt", as_json=True)))


def test_an_object_with_a_key_over_64_bytes_is_made_as_json_loads_makes(tmp_path):
    # Keys up to 64 bytes are numbered and give objects a shape; a longer one (here a role
    # id, an audit's key) has the object made key by key.
    with open(os.path.join(SOURCE_DIR, "rules", "roles", "data-analyst.json")) as f:
        role = json.load(f)
    role["id"] = "data-analyst-" + "with-an-id-longer-than-64-bytes-" * 3
    role["aliases"] = ["Long Id Analyst"]
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "long.json").write_text(json.dumps(role))
    engine = skillmatch.Engine(rules=[str(tmp_path)])
    made = engine.audit(RESUMES, roles=[role["id"]], today=TODAY)
    assert role["id"] in keys_of(made)
    assert_made_as_json_loads_makes(made, json.loads(engine.audit(RESUMES, roles=[role["id"]], today=TODAY,
                                                                  as_json=True)))


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_found(engine, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        engine.extract(RESUMES)
        assert gc.isenabled() == enabled
        with pytest.raises(ValueError, match="did you mean data-engineer"):
            engine.match(PRIYA, role="data-enginer")
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_report_that_runs_out_of_memory_while_made_raises_and_leaves_the_collector_on():
    # Python's allocators made to fail from the Nth allocation on, for N across the whole
    # making of a report: each call gives the report or raises MemoryError, the partial
    # objects freed, never a crash; in a child process, so a crash is a failure, not a lost run.
    script = (
        "import gc, sys, _testcapi, skillmatch\n"
        "engine = skillmatch.Engine(isolation=False)\n"
        "expected = engine.extract(sys.argv[1])\n"
        "raised = 0\n"
        "for start in range(0, 1500, 3):\n"
        "    _testcapi.set_nomemory(start, 0)\n"
        "    try:\n"
        "        got = engine.extract(sys.argv[1])\n"
        "    except MemoryError:\n"
        "        got = None\n"
        "    finally:\n"
        "        _testcapi.remove_mem_hooks()\n"
        "    assert gc.isenabled(), start\n"
        "    raised += got is None\n"
        "    assert got is None or got == expected, start\n"
        "print(raised)\n")
    done = subprocess.run([sys.executable, "-c", script, PRIYA], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100  # the failures did land in the making of the report


def test_two_threads_making_dicts_at_once_give_what_one_gives(engine):
    inputs = [RESUMES, POSTINGS, PRIYA, os.path.join(SAMPLES, "markup")] * 3
    expected = [engine.extract(path) for path in inputs]
    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(engine.extract, inputs)) == expected


def test_a_thread_switching_the_collector_never_sees_it_switched_by_a_report(engine):
    # Each report is made with the collector paused and then put back as it was, the GIL
    # held all along: another thread that sets the collector finds it as it set it, however
    # its steps interleave with the makings of reports.
    was = gc.isenabled()
    stop = threading.Event()
    surprises = []

    def switch():
        while not stop.is_set():
            for setting, expected in ((gc.enable, True), (gc.disable, False)):
                setting()
                if gc.isenabled() != expected:
                    surprises.append(expected)

    switcher = threading.Thread(target=switch)
    try:
        switcher.start()
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(engine.extract, [RESUMES, POSTINGS] * 10))
        stop.set()
        switcher.join()
        assert surprises == []
        assert results == [engine.extract(RESUMES), engine.extract(POSTINGS)] * 10
    finally:
        stop.set()
        (gc.enable if was else gc.disable)()
