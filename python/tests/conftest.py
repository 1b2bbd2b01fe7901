"""What the binding's and the Dask screen's tests share: the CLI they are compared with,
the samples, and a corpus with a broken file in it."""
import os
import subprocess
import sys

import pytest

# Run by ctest, which sets these (python/CMakeLists.txt); PYTHONPATH holds build/python.
CLI = os.environ.get("SKILLMATCH_CLI", "")
SOURCE_DIR = os.environ.get("SKILLMATCH_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(SOURCE_DIR, "samples")
RESUMES = os.path.join(SAMPLES, "resumes")
POSTINGS = os.path.join(SAMPLES, "postings")
PRIYA = os.path.join(RESUMES, "ml-engineer-priya.txt")
# Scores depend on what "Present" means: every comparison fixes it.
TODAY = "2026-06"


def run_cli(*args, stdin=None):
    """The CLI's stdout (bytes) and exit status."""
    if not CLI:
        pytest.fail("SKILLMATCH_CLI is not set: run the tests through ctest")
    done = subprocess.run([CLI, *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return done.stdout, done.returncode


def write_broken_docx(path):
    """A file that starts as a ZIP (so no parser takes it for text) and stops there: an
    error for its file alone, in the CLI and here."""
    with open(path, "wb") as out:
        out.write(b"PK\x03\x04" + b"cut short" * 8)


@pytest.fixture(scope="module")
def engine():
    """One Engine with the built-in rules, shared by a module's tests."""
    import skillmatch  # after PYTHONPATH is read: conftest is imported first
    return skillmatch.Engine()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """A small generated corpus (bench/generate_corpus.py): postings/, and resumes/ in
    sorted folders of text resumes with one broken DOCX among them and, in a later folder,
    copies of one resume (equal scores, which rank by input order, across partitions)."""
    root = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "bench", "generate_corpus.py"), "--seed", "7", "--out",
                    str(root), "--resumes", "45", "--postings", "6", "--quiet"], check=True)
    write_broken_docx(root / "resumes" / "000" / "r0000010.docx")
    copies = root / "resumes" / "001"
    copies.mkdir()
    original = (root / "resumes" / "000" / "r0000003.txt").read_bytes()
    for name in ("copy-a.txt", "copy-b.txt"):
        (copies / name).write_bytes(original)
    return root
