"""skillmatch-dask: the distributed screen and extract give the CLI's bytes, whatever the
number of workers and partitions, with a broken file and with a worker killed mid-run."""
import io
import logging
import os
import signal
import subprocess
import sys

import pytest
from distributed import Client, LocalCluster, wait

import skillmatch
import skillmatch_dask
from skillmatch_dask import partitions
from skillmatch_dask.extract import extract_to_directory, part_name
from skillmatch_dask.screen import partition_submitter, plan, reduce_as_completed
from conftest import TODAY, run_cli

OPTIONS = skillmatch_dask.EngineOptions()


def local_client(workers):
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.CRITICAL)
    return cluster, Client(cluster)


@pytest.fixture(scope="module")
def client():
    """Two worker processes, shared by the tests of this file."""
    cluster, client = local_client(2)
    yield client
    client.close()
    cluster.close()


def spec(corpus, top):
    return skillmatch_dask.ScreenSpec((str(corpus / "postings"),), top=top, today=TODAY)


def cli_screen(corpus, top, format="json"):
    return run_cli("screen", "--posting", str(corpus / "postings"), "--top", str(top), "--today", TODAY,
                   "--format", format, str(corpus / "resumes"))


@pytest.mark.parametrize("top", [3, 50])
@pytest.mark.parametrize("partition_size", [1, 4, 1000])
def test_screen_is_the_clis_whatever_the_partitions(client, corpus, top, partition_size):
    expected, status = cli_screen(corpus, top)
    assert status == 1  # the broken DOCX
    result = skillmatch_dask.screen(client, OPTIONS, spec(corpus, top), [str(corpus / "resumes")],
                                    partition_size, "json")
    assert result.text.encode() == expected


def test_screen_prints_ndjson_as_the_cli(client, corpus):
    expected, _ = cli_screen(corpus, 5, "ndjson")
    result = skillmatch_dask.screen(client, OPTIONS, spec(corpus, 5), [str(corpus / "resumes")], 7, "ndjson")
    assert result.text.encode() == expected


def test_a_broken_file_is_an_error_of_its_own(client, corpus):
    result = skillmatch_dask.screen(client, OPTIONS, spec(corpus, 5), [str(corpus / "resumes")], 4, "json")
    broken = str(corpus / "resumes" / "000" / "r0000010.docx")
    assert [error["source"] for error in result.errors] == [broken]
    resumes = sum(len(files) for _, _, files in os.walk(corpus / "resumes"))
    assert f'"resumes_screened": {resumes - 1},' in result.text


def test_one_worker_gives_the_same_bytes(corpus):
    expected, _ = cli_screen(corpus, 5)
    cluster, client = local_client(1)
    with cluster, client:
        result = skillmatch_dask.screen(client, OPTIONS, spec(corpus, 5), [str(corpus / "resumes")], 6)
    assert result.text.encode() == expected


def test_a_worker_killed_mid_run_loses_nothing(corpus):
    # Once the first partition's shortlists are held by a worker, that worker is killed:
    # its results are lost with it, and the scheduler must compute them again elsewhere.
    expected, _ = cli_screen(corpus, 5)
    cluster, client = local_client(2)
    with cluster, client:
        fixed = plan(OPTIONS, spec(corpus, 5), [str(corpus / "resumes")])
        submit = partition_submitter(client, OPTIONS, fixed.spec)
        killed = []

        def submit_then_kill_after_the_first(part):
            future = submit(part)
            if not killed:
                wait(future)
                holder = client.who_has([future])[future.key][0]
                killed.append(client.run(os.getpid, workers=[holder])[holder])
                os.kill(killed[0], signal.SIGKILL)
            return future

        shortlists = reduce_as_completed(client, submit_then_kill_after_the_first,
                                         partitions.split(fixed.inputs.files, 3), window=4)
        result = fixed.finish(client, OPTIONS, shortlists, "json")
        assert killed and killed[0] not in client.run(os.getpid).values()
    assert result.text.encode() == expected


def test_a_partition_queued_behind_the_first_starts_from_its_floors(corpus):
    # One worker thread, two partitions in flight: the second waits for the first's floors
    # and scores what it would in process from them (not from empty shortlists).
    top, files = 3, skillmatch.Engine().inputs([str(corpus / "resumes")]).files
    half = (len(files) + 1) // 2  # two partitions
    screener = skillmatch.Engine().screener([str(corpus / "postings")], top=top, today=TODAY)
    first = screener.screen(files[:half], first=0)
    expected = first.scored + screener.screen(files[half:], first=half, floors=first.floors).scored
    assert expected < first.scored + screener.screen(files[half:], first=half).scored  # the floors prune
    cluster, client = local_client(1)
    with cluster, client:
        fixed = plan(OPTIONS, spec(corpus, top), [str(corpus / "resumes")])
        submit = partition_submitter(client, OPTIONS, fixed.spec, slots=1)
        merged = reduce_as_completed(client, submit, partitions.split(fixed.inputs.files, half), 2, submit.learn)
        assert merged.result().scored == expected


def test_extract_writes_the_clis_ndjson(client, corpus):
    expected, status = run_cli("extract", "--format", "ndjson", str(corpus / "resumes"), str(corpus / "postings"))
    out = io.BytesIO()
    errors = skillmatch_dask.extract(client, OPTIONS, [str(corpus / "resumes"), str(corpus / "postings")], out,
                                     partition_size=4)
    assert out.getvalue() == expected
    assert status == 1 and [error["source"] for error in errors] == [str(corpus / "resumes" / "000" / "r0000010.docx")]


def test_the_command_prints_the_clis_output_and_status(corpus):
    expected, status = cli_screen(corpus, 4)
    done = subprocess.run([sys.executable, "-m", "skillmatch_dask", "screen", "--workers", "2", "--partition-size", "5",
                           "--posting", str(corpus / "postings"), "--top", "4", "--today", TODAY, "--format",
                           "json", str(corpus / "resumes")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=False)
    assert (done.stdout, done.returncode) == (expected, status)
    assert b"r0000010.docx" in done.stderr


def test_the_command_refuses_a_bad_month_as_a_usage_error(corpus):
    done = subprocess.run([sys.executable, "-m", "skillmatch_dask", "screen", "--posting", str(corpus / "postings"),
                           "--today", "June", str(corpus / "resumes")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=False)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode().strip() == "skillmatch-dask screen: today expects YYYY-MM, got 'June'"


def test_extract_writes_partitions_that_concatenate_to_the_clis_ndjson(client, corpus, tmp_path):
    expected, _ = run_cli("extract", "--format", "ndjson", str(corpus / "resumes"))
    errors = extract_to_directory(client, OPTIONS, [str(corpus / "resumes")], str(tmp_path), partition_size=10)
    parts = sorted(tmp_path.iterdir())
    assert [part.name for part in parts] == [part_name(i) for i in range(len(parts))] and len(parts) == 5
    assert b"".join(part.read_bytes() for part in parts) == expected
    assert [error["source"] for error in errors] == [str(corpus / "resumes" / "000" / "r0000010.docx")]
