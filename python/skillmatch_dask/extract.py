"""The distributed extract: each partition's documents as NDJSON, written in input order."""
import collections
import uuid
from typing import List, Sequence, TextIO

from . import partitions, worker_cache
from .options import EngineOptions


def extract_partition(options: EngineOptions, partition: partitions.Partition):
    """On a worker: a partition's documents as `skillmatch extract --format ndjson` prints
    them, and its files' errors."""
    _, files = partition
    return worker_cache.engine(options).extract_ndjson(files)


def extract(client, options: EngineOptions, paths: Sequence[str], out: TextIO, partition_size: int = 200,
            window: int = 0) -> List[dict]:
    """`skillmatch extract --format ndjson PATHS` on `client`'s workers, written to `out`;
    returns the errors the CLI reports on stderr ({"source", "message"}), in its order.

    At most `window` partitions (default four per worker thread) are in flight, so the
    output waiting to be written is bounded whatever the number of files.
    """
    inputs = options.engine().inputs(list(paths))
    errors = list(inputs.errors)
    parts = collections.deque(partitions.split(inputs.files, partition_size))
    window = window or 4 * max(1, sum(client.nthreads().values()))
    pending = collections.deque()
    run = uuid.uuid4().hex
    while parts or pending:
        while parts and len(pending) < window:
            part = parts.popleft()
            pending.append(client.submit(extract_partition, options, part, key=f"skillmatch-extract-{part[0]}-{run}"))
        text, part_errors = pending.popleft().result()
        out.write(text)
        errors += part_errors
    return errors
