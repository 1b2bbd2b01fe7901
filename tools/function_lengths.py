#!/usr/bin/env python3
"""Lists every function longer than a limit, in C++ and Python sources.

Usage: function_lengths.py [--limit N] [--exclude DIR]... PATH...

A function's length is its lines from the first line of its declaration to its closing
brace (C++) or its last line (Python), blank lines and comments included: what a reader
has to hold at once. A lambda or a local class counts toward the function it is in.
Exits 1 when a function is over the limit, listing each as "file:line: name is N lines".

C++ is read well enough for this code base, not parsed: comments, string, character and
raw string literals are blanked first, then braces are matched. A brace at namespace or
class scope opens a function body when what precedes it (since the last ';' or brace)
has a parameter list followed only by qualifiers, a trailing return type or a
constructor's initializers; `class`, `struct`, `union`, `enum`, `namespace` and `extern`
open a scope; any other brace is an initializer, skipped whole.
"""

import argparse
import ast
import pathlib
import re
import sys

CPP_SUFFIXES = {".cpp", ".hpp", ".cc", ".h", ".cxx", ".hxx"}
SCOPE_KEYWORD = re.compile(r"\b(class|struct|union|enum|namespace|extern)\b")
# What may follow a function's parameter list before its body.
QUALIFIERS = re.compile(r"^(\s*(const|volatile|noexcept|override|final|mutable|try|&&?|->\s*[\w:<>,*&\s]+))*\s*$")
ACCESS = re.compile(r"\b(public|private|protected)\s*:(?!:)")
# A constructor's initializer list ends with ')' or '}' (collapsed to "{}" below).
INITIALIZERS = re.compile(r"\)\s*:\s*[^;]*[)}]\s*$")


# What braces inside do not count: preprocessor lines (with their continuations), comments,
# raw strings, strings and character literals (not a digit separator: 1'000).
LITERALS = re.compile(
    r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*"
    r"|//[^\n]*|/\*.*?\*/"
    r'|(?<![\w])R"([^(\s]*)\(.*?\)\1"'
    r'|"(?:\\.|[^"\\\n])*"'
    r"|(?<![\w])'(?:\\.|[^'\\\n])*'",
    re.MULTILINE | re.DOTALL)


def blank_literals(text):
    """text with comments and literals replaced by spaces (newlines kept, so lines still count)."""
    return LITERALS.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def matching_brace(code, start):
    """The index of the '}' closing the '{' at start."""
    depth = 0
    for i in range(start, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(code) - 1


def strip_templates(header):
    """header without its `template <...>` prefixes, whose `class` names no scope."""
    while True:
        match = re.match(r"\s*template\s*<", header)
        if not match:
            return header
        depth, i = 1, match.end()
        while i < len(header) and depth:
            depth += {"<": 1, ">": -1}.get(header[i], 0)
            i += 1
        header = header[i:]


def is_function(header):
    """True when `header` (what precedes a brace, nested braces collapsed to "{}") declares a function."""
    header = strip_templates(header)
    # A brace inside parentheses (a lambda or an initializer passed as an argument) opens no
    # function at this scope.
    if header.count("(") > header.count(")"):
        return False
    if "(" not in header or SCOPE_KEYWORD.match(header.strip()) or SCOPE_KEYWORD.search(header.split("(")[0]):
        return False
    if INITIALIZERS.search(header):
        return True
    depth, last_close = 0, -1
    for i, c in enumerate(header):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                last_close = i
    return last_close >= 0 and bool(QUALIFIERS.match(header[last_close + 1:]))


def function_name(header):
    """The name before the parameter list, for the report."""
    before = strip_templates(header).split("(")[0].split()
    return before[-1] if before else "(lambda)"


def cpp_functions(text):
    """(name, first line, line count) of every function at namespace or class scope."""
    code = blank_literals(text)
    functions = []
    header_start = 0
    i = 0
    while i < len(code):
        c = code[i]
        if c in ";}":
            header_start = i + 1
        elif c == "{":
            header = re.sub(r"\s+", " ", code[header_start:i])
            if SCOPE_KEYWORD.match(strip_templates(header).strip()) and not is_function(header):
                header_start = i + 1  # inside the scope, declarations go on
            else:
                end = matching_brace(code, i)
                if is_function(header):
                    # The declaration starts at the header's first non-space character
                    # after any access specifier.
                    start = header_start
                    for access in ACCESS.finditer(code, header_start, i):
                        start = access.end()
                    first = start + (len(code[start:i]) - len(code[start:i].lstrip()))
                    first_line = code.count("\n", 0, first) + 1
                    last_line = code.count("\n", 0, end) + 1
                    functions.append((function_name(header), first_line, last_line - first_line + 1))
                    header_start = end + 1
                else:
                    # An initializer: part of the declaration it is in, collapsed.
                    code = code[:i] + "{" + re.sub(r"[^\n]", " ", code[i + 1:end]) + code[end:]
                i = end
        i += 1
    return functions


def python_functions(text):
    """(name, first line, line count) of every function, nested ones counted in their parent."""
    functions = []

    def visit(node, inside_function):
        for child in ast.iter_child_nodes(node):
            is_def = isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if is_def and not inside_function:
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                functions.append((child.name, first, child.end_lineno - first + 1))
            visit(child, inside_function or is_def)

    visit(ast.parse(text), False)
    return functions


def source_files(paths, excluded):
    for root in paths:
        root = pathlib.Path(root)
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            # Installed JavaScript packages (tests/serve/browser's) are not ours.
            if "node_modules" in path.parts or any(path.is_relative_to(e) for e in excluded):
                continue
            if path.suffix in CPP_SUFFIXES or path.suffix == ".py":
                yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60, help="the most lines a function may have")
    parser.add_argument("--exclude", action="append", default=[], help="a folder left out (repeatable)")
    parser.add_argument("paths", nargs="+", help="files or folders")
    args = parser.parse_args()
    excluded = [pathlib.Path(e) for e in args.exclude]
    over = 0
    for path in source_files(args.paths, excluded):
        text = path.read_text(encoding="utf-8", errors="replace")
        functions = python_functions(text) if path.suffix == ".py" else cpp_functions(text)
        for name, line, length in functions:
            if length > args.limit:
                print(f"{path}:{line}: {name} is {length} lines (limit {args.limit})")
                over += 1
    if over:
        print(f"{over} function(s) over {args.limit} lines", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
