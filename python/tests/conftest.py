"""What the binding's tests share: the CLI they are compared with, the samples, a broken file."""
import os
import subprocess
import sys

import pytest

# Run by ctest, which sets these (python/CMakeLists.txt); PYTHONPATH holds build/python.
CLI = os.environ.get("SKILLMATCH_CLI", "")
SOURCE_DIR = os.environ.get("SKILLMATCH_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(SOURCE_DIR, "samples")
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
