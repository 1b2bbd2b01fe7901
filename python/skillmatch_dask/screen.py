"""The distributed screen: a map over partitions of resumes, then a tree of merges.

Shortlists keep the best rows under a strict total order (score, then input order), so
what a merge keeps does not depend on how resumes were split or in which order partial
shortlists meet: the result is the one `skillmatch screen` keeps on one machine.
"""
import uuid
from dataclasses import dataclass
from typing import List, Sequence

import skillmatch

from . import partitions, worker_cache
from .options import EngineOptions, ScreenSpec

# Partial shortlists merged per task: each holds (postings x top) rows, so a merge of 8
# reads 8 of them; the tree is then log8(partitions) deep.
FAN_IN = 8


def screen_partition(options: EngineOptions, spec: ScreenSpec, partition: partitions.Partition):
    """On a worker: one partition's resumes against the worker's compiled postings."""
    first, files = partition
    return worker_cache.screener(options, spec).screen(files, first=first)


def merge(*parts):
    """On a worker: partial shortlists into one, as the CLI merges its threads'."""
    return skillmatch.Shortlists.merged(list(parts))


def map_partitions(client, options: EngineOptions, spec: ScreenSpec, files: Sequence[str], partition_size: int):
    """One future per partition of `files`, each its partial shortlists."""
    parts = partitions.split(files, partition_size)
    run = uuid.uuid4().hex
    return client.map(screen_partition, [options] * len(parts), [spec] * len(parts), parts,
                      key=[f"skillmatch-screen-{first}-{run}" for first, _ in parts])


def reduce_tree(client, futures: List):
    """The futures' shortlists merged FAN_IN at a time, level by level, into one future."""
    while len(futures) > 1:
        futures = [client.submit(merge, *futures[i:i + FAN_IN], pure=False) for i in range(0, len(futures), FAN_IN)]
    return futures[0]


@dataclass
class ScreenResult:
    """What `skillmatch screen` prints (`text`) and the problems it reports on stderr."""

    text: str
    errors: List[dict]  # {"source", "message"}, in the order the CLI reports them


@dataclass
class Plan:
    """What the driver fixes before any task runs: the spec with its month, the postings
    read here (their ids, titles and required skills are rendered here, their errors
    reported), and the walk of the resumes, which sets every resume's input order."""

    spec: ScreenSpec
    driver: object  # skillmatch.Screener
    inputs: object  # skillmatch.Inputs

    def result(self, shortlists, format: str) -> ScreenResult:
        """The final shortlists as the CLI prints them, with every error in its order."""
        return ScreenResult(self.driver.render(shortlists, self.inputs, format=format),
                            self.driver.errors + self.inputs.errors + shortlists.errors)


def plan(options: EngineOptions, spec: ScreenSpec, resumes: Sequence[str]) -> Plan:
    engine = options.engine()
    spec = ScreenSpec(spec.postings, spec.top, spec.must_have, spec.today or skillmatch.this_month())
    driver = engine.screener(list(spec.postings), top=spec.top, must_have=spec.must_have, today=spec.today)
    return Plan(spec, driver, engine.inputs(list(resumes)))


def screen(client, options: EngineOptions, spec: ScreenSpec, resumes: Sequence[str], partition_size: int = 1000,
           format: str = "json") -> ScreenResult:
    """`skillmatch screen --posting spec.postings --top spec.top RESUMES` on `client`'s workers."""
    fixed = plan(options, spec, resumes)
    if fixed.driver.posting_count == 0:
        return ScreenResult("", fixed.driver.errors + [{"source": "", "message": "no postings could be read"}])
    if not fixed.inputs.files:
        return fixed.result(fixed.driver.screen([], first=0), format)
    mapped = map_partitions(client, options, fixed.spec, fixed.inputs.files, partition_size)
    return fixed.result(reduce_tree(client, mapped).result(), format)
