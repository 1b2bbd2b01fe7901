"""Outputs that appear whole or not at all, as the CLI writes its --output."""
import os
import sys
import tempfile
from contextlib import contextmanager


def _umask() -> int:
    """The process's umask, read without setting it (os.umask sets it, which a worker's
    other threads writing at that moment would see)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


@contextmanager
def atomic_output(path):
    """stdout, or a temporary beside `path` renamed over it once complete (a device or a
    pipe is written in place)."""
    if not path or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if os.path.exists(path) and not os.path.isfile(path):
        with open(path, "wb") as out:
            yield out
        return
    target = os.path.realpath(path)
    descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".skillmatch-dask-")
    # mkstemp makes it private; the output gets the permissions any new file would.
    os.fchmod(descriptor, 0o666 & ~_umask())
    try:
        with os.fdopen(descriptor, "wb") as out:
            yield out
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
