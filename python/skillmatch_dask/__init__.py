"""skillmatch's screen and extract spread over a Dask cluster, byte-identical to the CLI.

Resumes are split into partitions of consecutive files (in the order the CLI walks them);
each worker process compiles the postings once and screens partitions into bounded
shortlists, which a tree of merges reduces to the final ones; the driver renders them as
``skillmatch screen`` does. ``extract`` writes each partition's NDJSON in input order.
"""
from .cluster import connect
from .extract import extract
from .options import EngineOptions, ScreenSpec
from .screen import ScreenResult, screen

__all__ = ["connect", "extract", "screen", "ScreenResult", "EngineOptions", "ScreenSpec"]
