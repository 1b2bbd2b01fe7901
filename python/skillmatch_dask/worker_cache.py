"""Per worker process, the engines and compiled postings tasks share: a worker compiles
a screen's postings once, whatever the number of partitions it is given."""
import threading
from collections import OrderedDict

from .options import EngineOptions, ScreenSpec

# A long-lived worker may serve several screens; it keeps the last few it was asked for.
_KEEP = 4
# Reentrant: a screener is made from an engine taken from the same cache.
_lock = threading.RLock()
_cache: "OrderedDict[object, object]" = OrderedDict()


def _cached(key, make):
    # Held while making, so that a worker's threads never compile the same thing twice.
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        value = make()
        _cache[key] = value
        while len(_cache) > _KEEP:
            _cache.popitem(last=False)
        return value


def engine(options: EngineOptions):
    """This process's skillmatch.Engine for `options`."""
    return _cached(("engine", options), options.engine)


def screener(options: EngineOptions, spec: ScreenSpec):
    """This process's skillmatch.Screener: `spec`'s postings read and compiled once."""
    return _cached(("screener", options, spec),
                   lambda: engine(options).screener(list(spec.postings), top=spec.top,
                                                    must_have=spec.must_have, today=spec.today))
