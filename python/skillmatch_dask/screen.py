"""The distributed screen: partitions of resumes screened on workers, merged as they finish.

Shortlists keep the best rows under a strict total order (score, then input order), so
what a merge keeps does not depend on how resumes were split or in which order partial
shortlists meet: the result is the one `skillmatch screen` keeps on one machine.

Every finished result (a partition's or a merge's) raises per posting floors: the score a
full shortlist of resumes already screened reaches, which the final shortlist's last row
cannot fall below. A partition submitted later starts from them, so it prunes about as one
screen of all resumes would, instead of starting from empty shortlists (floors only prune:
the bytes are the same).

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
# shortlists are full; a partition submitted before any result has come back starts with
# empty ones. With floors, partitions of 2,000 scored 5.65M pairs for 20,000 resumes (9.2
# CPU-s in-process; 10.2M and 13.1 CPU-s without floors; 5.48M and 8.8 CPU-s in one call),
# but on 100,000 resumes partitions of 5,000 were no faster on Dask than of 10,000.
PARTITION_SIZE = 10000
# Partial shortlists merged per task: each holds (postings x top) rows, 7 MB for 1,000
# postings x 50; a merge of 8 reads 8 of them.
FAN_IN = 8


def screen_partition(options: EngineOptions, spec: ScreenSpec, partition: partitions.Partition,
                     floors: Optional[List[float]] = None):
    """On a worker: one partition's resumes against the worker's compiled postings, pruned
    by the `floors` other resumes set (None: none yet)."""
    first, files = partition
    return worker_cache.screener(options, spec).screen(files, first=first, floors=floors)


def raise_floors(floors: Optional[List[float]], shortlists) -> List[float]:
    """On a worker: `floors` raised to those `shortlists` set, posting by posting. Each is
    the last score of a full shortlist of some resumes, so the higher still cannot exceed
    the final shortlist's last score."""
    more = shortlists.floors
    return more if floors is None else [max(a, b) for a, b in zip(floors, more)]


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


class PartitionSubmitter:
    """submit(partition) -> the future of its partial shortlists, screened with the floors
    of every result learnt so far (learn(future))."""

    def __init__(self, client, options: EngineOptions, spec: ScreenSpec):
        self._client, self._options, self._spec = client, options, spec
        self._run = uuid.uuid4().hex
        self._floors = None  # the future of the floors learnt so far

    def __call__(self, part: partitions.Partition):
        return self._client.submit(screen_partition, self._options, self._spec, part, self._floors,
                                   key=f"skillmatch-screen-{part[0]}-{self._run}")

    def learn(self, finished) -> None:
        # Ahead of queued partitions: a few milliseconds that the next partition waits for.
        self._floors = self._client.submit(raise_floors, self._floors, finished, pure=False, priority=1)


def partition_submitter(client, options: EngineOptions, spec: ScreenSpec) -> PartitionSubmitter:
    return PartitionSubmitter(client, options, spec)


def reduce_as_completed(client, submit: Callable, parts: Iterable, window: int,
                        learn: Callable = lambda future: None):
    """The future of every part's result merged into one (None for no parts): `window`
    parts in flight, each finished one replaced by the next, and finished results merged
    FAN_IN at a time; learn(future) hears of each result (a part's or a merge's) first."""
    queue = collections.deque(parts)
    running = as_completed()
    for _ in range(min(window, len(queue))):
        running.add(submit(queue.popleft()))
    merges, finished = set(), []
    while True:
        for future in running:
            learn(future)
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
    submit = partition_submitter(client, options, fixed.spec)
    shortlists = reduce_as_completed(client, submit, partitions.split(fixed.inputs.files, partition_size), window,
                                     submit.learn)
    return fixed.finish(client, options, shortlists, format)
