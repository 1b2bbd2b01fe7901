"""skillmatch in Python: the engine of the skillmatch command, in this process.

    import skillmatch
    engine = skillmatch.Engine()                       # the built-in rules and plugins
    result = engine.extract("resumes/")                # {"documents": [...], "errors": [...]}
    engine.extract(pdf_bytes, name="cv.pdf")           # bytes; the name's extension hints the format
    engine.extract(text="Python, SQL", name="cv.txt")  # text
    engine.screen("resumes/", postings="postings/", top=5, as_json=True)

Every call returns what the CLI's `--format json` prints: parsed into dicts and lists, or
the exact text with `as_json=True`. A file that cannot be read is an entry in "errors",
as in the CLI; a call that cannot run (an unknown role, unusable rules, a bad limit)
raises ValueError. The engine works without the GIL, so threads sharing one Engine scale.
"""
import os
import warnings

from . import _native
from ._locations import PLUGIN_DIR, RULES_DIR

__version__ = _native.__version__
# Partial shortlists of a split screen: picklable; Shortlists.merged(parts) is one screen.
Shortlists = _native.Shortlists


def month(text=None):
    """What "Present" means: `text` checked ("YYYY-MM", else ValueError), or this month."""
    return _native.month(text or "")


__all__ = ["Engine", "Inputs", "Screener", "Shortlists", "month", "PLUGIN_DIR", "RULES_DIR"]


def _size(name, value):
    """A byte size as the CLI takes it: an int, or "64M", "512K", "1GiB"..."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    parsed = _native.parse_byte_size(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError(f"{name}: not a size: {value!r} (bytes, or a number with K, M, G...)")
    return parsed


def _paths(value, what="path"):
    """A path or a list of paths, as the CLI's arguments."""
    items = [value] if isinstance(value, (str, os.PathLike)) else value
    try:
        paths = [os.fspath(item) for item in items]
    except TypeError:
        raise ValueError(f"expected a {what} or a list of them, got {value!r}") from None
    if not paths:
        raise ValueError(f"no {what} given")
    return paths


class Inputs:
    """Files as the CLI would read them (folders walked, sorted, files no plugin claims
    left out) and the paths that could not be listed ({"source", "message"})."""

    def __init__(self, files, errors):
        self.files = files
        self.errors = errors


class Screener:
    """Postings read and compiled once; screens any subset of the resumes into Shortlists
    (`first` is the subset's place in the whole list: the tie-breaker), which merge in
    any grouping into the one screen, rendered as `skillmatch screen` prints it.

    `floors` (one per posting: other resumes' Shortlists.floors, -inf where not full, or
    their element-wise max) only prunes: the shortlists still merge into the same screen."""

    def __init__(self, native):
        self._native = native

    @property
    def posting_count(self):
        return self._native.posting_count

    @property
    def errors(self):
        """The postings that could not be read ({"source", "message"})."""
        return self._native.errors

    def screen(self, files, first=0, floors=None):
        return self._native.screen(_paths(files) if files else [], first, floors or [])

    def screen_bytes(self, uploads, first=0, floors=None):
        """Resumes in memory: (name, bytes) pairs, numbered from `first`."""
        return self._native.screen_bytes([(name, bytes(data)) for name, data in uploads], first, floors or [])

    def render(self, shortlists, inputs, format="json", as_json=True):
        """`skillmatch screen --format json|ndjson`'s text; `inputs` is the walk of the
        resumes (its errors are listed as the CLI lists them). With format "json",
        as_json=False gives the report parsed into dicts and lists instead."""
        return self._native.render(shortlists, inputs.errors, format, as_json)


class Engine:
    """Plugins and rules loaded once, as the CLI's options give them: `rules` overlays,
    `plugins` folders (searched before SKILLMATCH_PLUGIN_PATH and the built-in ones),
    `no_default_rules`, and the CLI's limits (sizes as ints or "64M"; `parse_timeout`
    in seconds; `isolation=False` parses in this process, as --no-isolation)."""

    def __init__(self, rules=(), plugins=(), no_default_rules=False, *, max_file_size=None,
                 max_uncompressed_size=None, max_documents=None, max_nesting=None, parse_timeout=None,
                 max_memory=None, isolation=True):
        search = [p for p in os.environ.get("SKILLMATCH_PLUGIN_PATH", "").split(":") if p]
        self._native = _native.Engine(
            plugin_dirs=[os.fspath(p) for p in plugins] + search + [PLUGIN_DIR], default_rules_dir=RULES_DIR,
            rules_dirs=[os.fspath(r) for r in rules], no_default_rules=bool(no_default_rules),
            max_file_size=_size("max_file_size", max_file_size),
            max_uncompressed_size=_size("max_uncompressed_size", max_uncompressed_size),
            max_documents=_size("max_documents", max_documents), max_nesting=max_nesting,
            parse_timeout=parse_timeout, max_memory=_size("max_memory", max_memory), isolation=bool(isolation))
        for warning in self._native.warnings:
            warnings.warn(warning, stacklevel=2)

    def inputs(self, paths):
        """`paths` (files and folders) as the list of files the CLI would read."""
        return Inputs(*self._native.list_inputs(_paths(paths)))

    def screener(self, postings, *, top=10, must_have=False, today=None, jobs=1):
        """`postings` (files, feeds, folders) read and compiled with `jobs` threads."""
        return Screener(_native.Screener(self._native, _paths(postings, "posting"), top, must_have, today or "", jobs))

    def extract(self, source=None, *, text=None, name=None, jobs=1, as_json=False):
        """`skillmatch extract --format json`: of a path or a list of paths (folders
        walked, `jobs` threads), of bytes, or of `text`; bytes and text are read as the
        CLI reads standard input named `name` (its extension hints the format). The CLI's
        warnings are Python warnings."""
        if text is not None:
            if source is not None:
                raise ValueError("give a source or text=, not both")
            source = text.encode()
        if isinstance(source, (bytes, bytearray, memoryview)):
            report, notes = self._native.extract_bytes_json(name or "<stdin>", bytes(source), as_json)
        else:
            report, notes = self._native.extract_json(_paths(source), jobs, as_json)
        for note in notes:  # what the CLI prints as "warning:" lines (an encoding guessed...)
            warnings.warn(note, stacklevel=2)
        return report

    def extract_ndjson(self, files, jobs=1):
        """`skillmatch extract --format ndjson FILES`'s bytes, and the errors it reports
        ({"source", "message"}) in its order."""
        return self._native.extract_ndjson(_paths(files), jobs)

    def screen(self, resumes, *, postings, top=10, must_have=False, today=None, jobs=1, as_json=False):
        """`skillmatch screen --format json`: every resume of `resumes` (paths, folders
        walked) against every posting, a shortlist of `top` per posting. ValueError when no
        posting could be read (the CLI then prints nothing)."""
        screener = self.screener(postings, top=top, must_have=must_have, today=today, jobs=jobs)
        if screener.posting_count == 0:
            problems = "; ".join(f"{e['source']}: {e['message']}" for e in screener.errors)
            raise ValueError("no postings could be read" + (f" ({problems})" if problems else ""))
        inputs = self.inputs(resumes)
        return screener.render(screener.screen(inputs.files), inputs, as_json=as_json)

    def match(self, resume, *, role=None, posting=None, today=None, as_json=False):
        """`skillmatch match RESUME --format json`: against a role id (or "best": every role
        ranked), or `posting` (paths: one posting explained, several or a feed ranked).
        ValueError when the resume cannot be read (the CLI prints no report then); a
        posting that cannot be read is a warning, as the CLI's stderr line."""
        if (role is None) == (posting is None):
            raise ValueError("give either role= or posting=")
        report, errors = self._native.match_json(_paths(resume, "resume")[0], role or "",
                                                 _paths(posting, "posting") if posting is not None else [],
                                                 today or "", as_json)
        for error in errors:
            warnings.warn(f"{error['source']}: {error['message']}", stacklevel=2)
        return report

    def audit(self, inputs, *, roles, today=None, jobs=1, as_json=False):
        """`skillmatch audit --role ID... --format json INPUTS`: a file is one graduate, a
        folder a cohort whose files and sub-folders are graduates."""
        roles = [roles] if isinstance(roles, str) else list(roles)
        return self._native.audit_json(_paths(inputs), roles, today or "", jobs, as_json)
