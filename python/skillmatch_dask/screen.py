"""The distributed screen: partitions of resumes screened on workers, merged as they finish.

Shortlists keep the best rows under a strict total order (score, then input order), so
what a merge keeps does not depend on how resumes were split or in which order partial
shortlists meet: the result is the one `skillmatch screen` keeps on one machine.

Every finished partition is merged into one running result, whose per posting floors
(the score its full shortlist reaches, which the final shortlist's last row cannot fall
below) are the CLI's after as many resumes. A partition submitted later starts from them,
so it prunes as one screen of all resumes would, instead of starting from empty
shortlists (floors only prune: the bytes are the same).

Only a window of partitions is in flight and finished ones join the running result as
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
# shortlists are full; a partition starts from the floors of the partitions merged before
# it was submitted, so it lags one screen by the partitions still in flight (a worker
# thread merges between partitions): smaller partitions lag less, but each costs a task,
# a merge (10-20 ms for 1,000 postings x 50) and its paths' trip.
PARTITION_SIZE = 10000


def screen_partition(options: EngineOptions, spec: ScreenSpec, partition: partitions.Partition,
                     floors: Optional[List[float]] = None):
    """On a worker: one partition's resumes against the worker's compiled postings, pruned
    by the `floors` other resumes set (None: none yet)."""
    first, files = partition
    return worker_cache.screener(options, spec).screen(files, first=first, floors=floors)


def floors_of(shortlists) -> List[float]:
    """On a worker: the floors `shortlists` set (Shortlists.floors), for later partitions."""
    return shortlists.floors


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
    """submit(partition) -> the future of its partial shortlists, screened from the floors
    of the running merge learnt last (learn(merged)).

    Before any merge is learnt, the first `slots` partitions (one per worker thread) start
    with empty shortlists, as the CLI's first resumes do; a partition queued behind them
    waits for the floors of the one `slots` ahead of it, which costs nothing while every
    thread is busy and spares it a screen from empty shortlists."""

    def __init__(self, client, options: EngineOptions, spec: ScreenSpec, slots: int = 1):
        self._client, self._options, self._spec, self._slots = client, options, spec, slots
        self._run = uuid.uuid4().hex
        self._floors = None  # the future of the floors learnt last
        self._unfloored = []  # the partitions submitted before any floors were learnt

    def __call__(self, part: partitions.Partition):
        floors = self._floors
        if floors is None and len(self._unfloored) >= self._slots:
            floors = self._floors_of(self._unfloored[-self._slots])
        future = self._client.submit(screen_partition, self._options, self._spec, part, floors,
                                     key=f"skillmatch-screen-{part[0]}-{self._run}")
        if self._floors is None:
            self._unfloored.append(future)
        return future

    def learn(self, merged) -> None:
        self._floors = self._floors_of(merged)

    def _floors_of(self, shortlists):
        # Ahead of queued partitions: a few milliseconds that the next partition waits for.
        return self._client.submit(floors_of, shortlists, pure=False, priority=1)


def partition_submitter(client, options: EngineOptions, spec: ScreenSpec, slots: int = 1) -> PartitionSubmitter:
    return PartitionSubmitter(client, options, spec, slots)


def reduce_as_completed(client, submit: Callable, parts: Iterable, window: int,
                        learn: Callable = lambda merged: None):
    """The future of every part's result merged into one (None for no parts): `window`
    parts in flight, each finished one merged into the running result as it comes and
    replaced by the next; learn(merged) hears of each running result first.

    One running merge, not a tree: its floors are those of every part finished so far,
    as the CLI's shortlists are after as many resumes, while the best of the parts' own
    floors (a tree's, until its last merges) stays far lower: partitions 3 to 10 of the
    100,000 x 1,000 screen scored 2.3M pairs each against the parts' floors. A merge of
    two costs about 20 ms against seconds for a part, and the cluster holds the running
    result and the parts waiting to join it."""
    queue = collections.deque(parts)
    running = as_completed()
    for _ in range(min(window, len(queue))):
        running.add(submit(queue.popleft()))
    merged = None
    for future in running:
        # Ahead of queued partitions, which wait for its floors.
        merged = future if merged is None else client.submit(merge, merged, future, pure=False, priority=1)
        learn(merged)
        if queue:
            running.add(submit(queue.popleft()))
    return merged


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
    slots = max(1, sum(client.nthreads().values()))
    window = window or 2 * slots
    submit = partition_submitter(client, options, fixed.spec, slots)
    shortlists = reduce_as_completed(client, submit, partitions.split(fixed.inputs.files, partition_size), window,
                                     submit.learn)
    return fixed.finish(client, options, shortlists, format)
