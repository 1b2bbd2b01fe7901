"""Resumes in partitions of consecutive files: each partition carries the input order of
its first file, the tie-breaker the CLI uses between equal scores."""
from typing import List, Sequence, Tuple

Partition = Tuple[int, List[str]]


def split(files: Sequence[str], size: int) -> List[Partition]:
    """`files` cut into runs of at most `size`, each with the index of its first file."""
    if size < 1:
        raise ValueError("a partition holds at least one file")
    return [(first, list(files[first:first + size])) for first in range(0, len(files), size)]
