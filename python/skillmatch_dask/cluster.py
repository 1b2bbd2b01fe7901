"""A Dask client: on a running scheduler, or on worker processes started here."""
import logging
import os
from contextlib import contextmanager

from distributed import Client, LocalCluster


@contextmanager
def connect(scheduler=None, workers=None, threads_per_worker=1):
    """A client of `scheduler` (tcp://HOST:8786), or of a LocalCluster of `workers` worker
    processes (default one per core) with `threads_per_worker` threads each, ended on exit.
    Processes, not threads: each worker holds its own engine and parse workers."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count(), threads_per_worker=threads_per_worker, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as local, Client(local) as client:
        yield client
