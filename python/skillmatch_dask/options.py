"""What a task needs to rebuild the driver's engine and screen on a worker: small,
hashable values, so they travel with every task and key each worker's cache."""
from dataclasses import dataclass, field
from typing import Optional, Tuple

import skillmatch


@dataclass(frozen=True)
class EngineOptions:
    """skillmatch.Engine's arguments: rules overlays, plugin folders, limits."""

    rules: Tuple[str, ...] = ()
    plugins: Tuple[str, ...] = ()
    no_default_rules: bool = False
    # skillmatch.Engine's keyword limits (max_file_size=..., parse_timeout=...), sorted.
    limits: Tuple[Tuple[str, object], ...] = field(default=())

    def engine(self) -> "skillmatch.Engine":
        return skillmatch.Engine(rules=list(self.rules), plugins=list(self.plugins),
                                 no_default_rules=self.no_default_rules, **dict(self.limits))


@dataclass(frozen=True)
class ScreenSpec:
    """skillmatch screen's own options. `today` is fixed by the driver before any task
    runs, so that workers agree on what "Present" means even across a month's end."""

    postings: Tuple[str, ...]
    top: int = 10
    must_have: bool = False
    today: Optional[str] = None
