"""The distributed screen: partitions of resumes screened on workers, merged as they finish.

Shortlists keep the best rows under a strict total order (score, then input order), so
what a merge keeps does not depend on how resumes were split or in which order partial
shortlists meet: the result is the one `skillmatch screen` keeps on one machine.

Only a window of partitions is in flight and finished ones are merged FAN_IN at a time as
they come, so what the cluster holds is a few partial shortlists (postings x top rows
each), never one per partition. The driver only walks the resumes (which fixes each one's
input order); a worker, which has the postings compiled, renders the result.
"""
import collections
import uuid
from dataclasses import dataclass
from typing import Callable, Iterable, List, Optional, Sequence

from distributed import as_completed

import skillmatch

from . import partitions, worker_cache
from .options import EngineOptions, ScreenSpec

# Resumes per partition. A screen prunes the postings a resume cannot reach once their
# shortlists are full, and each partition starts with empty ones: partitions of 1,000 cost
# 1.8x the CPU of one screen of 10,000 (1.3x for 5,000), so partitions are large.
PARTITION_SIZE = 10000
# Partial shortlists merged per task: each holds (postings x top) rows, 7 MB for 1,000
# postings x 50; a merge of 8 reads 8 of them.
FAN_IN = 8


def screen_partition(options: EngineOptions, spec: ScreenSpec, partition: partitions.Partition):
    """On a worker: one partition's resumes against the worker's compiled postings."""
    first, files = partition
    return worker_cache.screener(options, spec).screen(files, first=first)


def merge(*parts):
    """On a worker: partial shortlists into one, as the CLI merges its threads'."""
    return skillmatch.Shortlists.merged(list(parts))


def render(options: EngineOptions, spec: ScreenSpec, shortlists, listing: List[dict], format: str):
    """On a worker: the CLI's text for the final shortlists (None: no resumes), with every
    error in the CLI's order (None when no posting could be read)."""
    screener = worker_cache.screener(options, spec)
    if screener.posting_count == 0:
        return None, screener.errors + [{"source": "", "message": "no postings could be read"}]
    whole = shortlists if shortlists is not None else screener.screen([], first=0)
    return screener.render(whole, skillmatch.Inputs([], listing), format), screener.errors + listing + whole.errors


def partition_submitter(client, options: EngineOptions, spec: ScreenSpec) -> Callable:
    """submit(partition) -> the future of its partial shortlists."""
    run = uuid.uuid4().hex
    return lambda part: client.submit(screen_partition, options, spec, part, key=f"skillmatch-screen-{part[0]}-{run}")


def reduce_as_completed(client, submit: Callable, parts: Iterable, window: int):
    """The future of every part's result merged into one (None for no parts): `window`
    parts in flight, each finished one replaced by the next, and finished results merged
    FAN_IN at a time."""
    queue = collections.deque(parts)
    running = as_completed()
    for _ in range(min(window, len(queue))):
        running.add(submit(queue.popleft()))
    merges, finished = set(), []
    while True:
        for future in running:
            if future.key in merges:
                merges.discard(future.key)
            elif queue:
                running.add(submit(queue.popleft()))
            finished.append(future)
            if len(finished) == FAN_IN:
                _merge(client, finished, merges, running)
                finished = []
        if len(finished) <= 1:
            return finished[0] if finished else None
        _merge(client, finished, merges, running)
        finished = []


def _merge(client, futures, merges, running):
    """Submits the merge of `futures`, noted as a merge (its end frees no window place)."""
    merged = client.submit(merge, *futures, pure=False)
    merges.add(merged.key)
    running.add(merged)


@dataclass
class ScreenResult:
    """What `skillmatch screen` prints (`text`) and the problems it reports on stderr."""

    text: str
    errors: List[dict]  # {"source", "message"}, in the order the CLI reports them


@dataclass
class Plan:
    """What the driver fixes before any task runs: the spec with its month (so workers
    agree on "Present") and the walk of the resumes, which sets every one's input order."""

    spec: ScreenSpec
    inputs: object  # skillmatch.Inputs

    def finish(self, client, options: EngineOptions, shortlists: Optional[object], format: str) -> ScreenResult:
        """The final shortlists' future rendered on a worker (which has the postings)."""
        text, errors = client.submit(render, options, self.spec, shortlists, self.inputs.errors, format,
                                     pure=False).result()
        return ScreenResult(text or "", errors)


def plan(options: EngineOptions, spec: ScreenSpec, resumes: Sequence[str]) -> Plan:
    spec = ScreenSpec(spec.postings, spec.top, spec.must_have, skillmatch.month(spec.today))
    return Plan(spec, options.engine().inputs(list(resumes)))


def screen(client, options: EngineOptions, spec: ScreenSpec, resumes: Sequence[str], partition_size: int = PARTITION_SIZE,
           format: str = "json", window: int = 0) -> ScreenResult:
    """`skillmatch screen --posting spec.postings --top spec.top RESUMES` on `client`'s
    workers; `window` partitions in flight (default two per worker thread)."""
    fixed = plan(options, spec, resumes)
    window = window or 2 * max(1, sum(client.nthreads().values()))
    shortlists = reduce_as_completed(client, partition_submitter(client, options, fixed.spec),
                                     partitions.split(fixed.inputs.files, partition_size), window)
    return fixed.finish(client, options, shortlists, format)
