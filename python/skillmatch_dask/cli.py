"""skillmatch-dask: `skillmatch screen` and `skillmatch extract --format ndjson` on a Dask
cluster (a scheduler's address, or worker processes on this machine). Data goes to stdout
or --output, one line per problem to stderr; exit status 0 all inputs succeeded, 1 some
failed, 2 usage error, as the CLI."""
import argparse
import os
import sys

import skillmatch

from . import cluster
from .atomic import atomic_output
from .extract import extract, extract_to_directory
from .options import EngineOptions, ScreenSpec
from .screen import PARTITION_SIZE, screen

# The CLI's resource limits, as skillmatch.Engine keywords (values as the CLI takes them).
_LIMITS = ("max_file_size", "max_uncompressed_size", "max_documents", "max_nesting", "parse_timeout", "max_memory")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="skillmatch-dask", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    screen_command = commands.add_parser("screen", help="a ranked shortlist per posting, as skillmatch screen")
    screen_command.add_argument("--posting", action="append", required=True, help="a posting file, feed or folder")
    screen_command.add_argument("--top", type=int, default=10, help="shortlist size per posting")
    screen_command.add_argument("--must-have", action="store_true", help="only resumes with every required skill")
    screen_command.add_argument("--today", help="what 'Present' means, YYYY-MM (default: this month)")
    screen_command.add_argument("--format", default="json", choices=["json", "ndjson"], help="as skillmatch screen")
    extract_command = commands.add_parser("extract", help="every document's skills as NDJSON, as skillmatch extract")
    for command, partition_size in ((screen_command, PARTITION_SIZE), (extract_command, 200)):
        command.add_argument("inputs", nargs="+", metavar="PATH", help="files or folders, at the same paths on every worker")
        outputs = command.add_mutually_exclusive_group()
        outputs.add_argument("--output", "-o", help="write here (whole or not at all) instead of stdout")
        if command is extract_command:
            outputs.add_argument("--output-dir", help="each worker writes its partitions here, part-NNNNNN.ndjson "
                                                      "(a folder every worker sees)")
        command.add_argument("--partition-size", type=int, default=partition_size, help="files per task")
        cluster_options = command.add_argument_group("cluster")
        cluster_options.add_argument("--scheduler", help="a Dask scheduler, tcp://HOST:8786 (default: local workers)")
        cluster_options.add_argument("--workers", type=int, help="local worker processes (default: one per core)")
        cluster_options.add_argument("--threads-per-worker", type=int, default=1, help="local threads per worker")
        engine_options = command.add_argument_group("rules and plugins")
        engine_options.add_argument("--rules", action="append", default=[], help="a rules overlay folder")
        engine_options.add_argument("--plugin-dir", action="append", default=[], help="a parser plugin folder")
        engine_options.add_argument("--no-default-rules", action="store_true", help="only the --rules given")
        for limit in _LIMITS:
            engine_options.add_argument("--" + limit.replace("_", "-"), dest=limit, help="as in skillmatch")
    return parser


def _engine_options(args) -> EngineOptions:
    limits = tuple(sorted((name, getattr(args, name)) for name in _LIMITS if getattr(args, name) is not None))
    return EngineOptions(tuple(args.rules), tuple(args.plugin_dir), args.no_default_rules, limits)


def _report(errors) -> int:
    for error in errors:
        line = f"{error['source']}: {error['message']}" if error["source"] else error["message"]
        print("skillmatch-dask: " + line, file=sys.stderr)
    return 1 if errors else 0


def _run(args) -> int:
    options = _engine_options(args)
    with cluster.connect(args.scheduler, args.workers, args.threads_per_worker) as client:
        if args.command == "extract" and args.output_dir:
            os.makedirs(args.output_dir, exist_ok=True)
            if any(name.startswith("part-") for name in os.listdir(args.output_dir)):
                raise ValueError(f"{args.output_dir} holds parts of another run: give an empty folder")
            return _report(extract_to_directory(client, options, args.inputs, os.path.abspath(args.output_dir),
                                                args.partition_size))
        if args.command == "extract":
            with atomic_output(args.output) as out:
                return _report(extract(client, options, args.inputs, out, args.partition_size))
        spec = ScreenSpec(tuple(args.posting), args.top, args.must_have, args.today)
        result = screen(client, options, spec, args.inputs, args.partition_size, args.format)
        if result.text:
            with atomic_output(args.output) as out:
                out.write(result.text.encode())
        return _report(result.errors)


def main(argv=None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if "-" in args.inputs:
        parser.error("standard input cannot be spread over workers: give files or folders")
    if args.partition_size < 1 or getattr(args, "top", 1) < 1:
        parser.error("--partition-size and --top must be at least 1")
    try:
        skillmatch.month(getattr(args, "today", None))
        return _run(args)
    except ValueError as error:  # what cannot run: unusable rules, a bad --today or limit
        print(f"skillmatch-dask {args.command}: {error}", file=sys.stderr)
        return 2
