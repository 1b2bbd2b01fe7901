"""The distributed extract: each partition's documents as NDJSON, in input order, either
written by the driver to one output or by the workers to one file per partition."""
import collections
import os
import uuid
from typing import BinaryIO, List, Sequence

from . import partitions, worker_cache
from .atomic import atomic_output
from .options import EngineOptions


def extract_partition(options: EngineOptions, partition: partitions.Partition):
    """On a worker: a partition's documents as `skillmatch extract --format ndjson` prints
    them, and its files' errors."""
    _, files = partition
    return worker_cache.engine(options).extract_ndjson(files)


def extract_partition_to(options: EngineOptions, partition: partitions.Partition, path: str):
    """On a worker: extract_partition's NDJSON written to `path` (whole or not at all);
    its files' errors."""
    text, errors = extract_partition(options, partition)
    with atomic_output(path) as out:
        out.write(text)
    return errors


def part_name(index: int) -> str:
    """The file of the index-th partition: names sort in input order."""
    return f"part-{index:06d}.ndjson"


def extract(client, options: EngineOptions, paths: Sequence[str], out: BinaryIO, partition_size: int = 200,
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


def extract_to_directory(client, options: EngineOptions, paths: Sequence[str], directory: str,
                         partition_size: int = 200) -> List[dict]:
    """As extract(), each partition written by its worker to `directory`/part-NNNNNN.ndjson
    (a folder every worker sees): the files, concatenated in name order, are the CLI's
    output, and nothing of it passes through the driver."""
    inputs = options.engine().inputs(list(paths))
    parts = partitions.split(inputs.files, partition_size)
    run = uuid.uuid4().hex
    futures = [client.submit(extract_partition_to, options, part, os.path.join(directory, part_name(index)),
                             key=f"skillmatch-extract-{part[0]}-{run}") for index, part in enumerate(parts)]
    return list(inputs.errors) + [error for part_errors in client.gather(futures) for error in part_errors]
