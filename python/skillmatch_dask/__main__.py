# python3 -m skillmatch_dask: the skillmatch-dask command.
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
