#!/usr/bin/env python3
"""Tests of tools/function_lengths.py: which braces open functions, and how long they are."""

import pathlib
import subprocess
import sys
import tempfile
import unittest

TOOL = pathlib.Path(__file__).resolve().parents[2] / "tools" / "function_lengths.py"
sys.path.insert(0, str(TOOL.parent))

import function_lengths  # noqa: E402


# (what is checked, a C++ source, its functions as (name, first line, lines)).
CPP_CASES = [
    ("a function counts from its declaration to its closing brace",
     "#include <x>\n\nint\nadd(int a,\n    int b) {\n  return a + b;\n}\n", [("add", 3, 5)]),
    ("braces in strings, comments and raw strings are not counted",
     'void f() {\n  const char* s = "}";  // }\n  /* { */ char c = \'{\';\n  auto r = R"x(}})x";\n}\nvoid g() {}\n',
     [("f", 1, 5), ("g", 6, 1)]),
    ("a lambda counts toward its function", "void f() {\n  auto l = [] {\n    return 1;\n  };\n}\n", [("f", 1, 5)]),
    ("member functions start after access specifiers",
     "namespace n {\nclass C : public B {\n public:\n  int get() const {\n    return 1;\n  }\n};\n}\n",
     [("get", 4, 3)]),
    ("a constructor with a lambda and braces among its initializers",
     "struct S {\n  S(int a)\n      : a_{a},\n        f_([this](int b) { return a_ + b; }) {\n    go();\n  }\n"
     "  int a_;\n};\n", [("S", 2, 5)]),
    ("initializers and scopes are not functions",
     "template <class T> struct W {\n  T t{};\n};\nconst int kTable[] = {\n  1,\n  2,\n};\n"
     "enum class E : int { kA, kB };\nextern \"C\" {\nint h() { return 0; }\n}\n", [("h", 10, 1)]),
    ("a template function with a trailing return type",
     "template <class T>\nauto twice(T x) noexcept -> T {\n  return x + x;\n}\n", [("twice", 1, 4)]),
    ("a test macro is a function", "TEST(Suite, Name) {\n  EXPECT_TRUE(true);\n}\n", [("TEST", 1, 3)]),
    ("a digit separator is not a character literal",
     "int f() {\n  return 1'000 + '}';\n}\nint g() { return '{'; }\n", [("f", 1, 3), ("g", 4, 1)]),
]


class CppFunctions(unittest.TestCase):
    def test_each_case(self):
        for what, source, expected in CPP_CASES:
            with self.subTest(what):
                self.assertEqual(function_lengths.cpp_functions(source), expected)


class PythonFunctions(unittest.TestCase):
    def test_nested_functions_count_in_their_parent(self):
        source = "@decorator\ndef outer():\n    def inner():\n        pass\n    return inner\n"
        self.assertEqual(function_lengths.python_functions(source), [("outer", 1, 5)])


class CommandLine(unittest.TestCase):
    def run_tool(self, folder, *args):
        return subprocess.run([sys.executable, str(TOOL), *args, str(folder)], capture_output=True, text=True)

    def test_a_function_over_the_limit_fails_naming_file_line_and_length(self):
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / "long.cpp"
            path.write_text("void f() {\n" + "  x();\n" * 4 + "}\n")
            over = self.run_tool(folder, "--limit", "5")
            self.assertEqual(over.returncode, 1)
            self.assertEqual(over.stdout, f"{path}:1: f is 6 lines (limit 5)\n")
            self.assertEqual(self.run_tool(folder, "--limit", "6").returncode, 0)

    def test_an_excluded_folder_is_not_read(self):
        with tempfile.TemporaryDirectory() as folder:
            (pathlib.Path(folder) / "third_party").mkdir()
            (pathlib.Path(folder) / "third_party" / "long.py").write_text("def f():\n" + "    x()\n" * 9)
            self.assertEqual(self.run_tool(folder, "--limit", "5").returncode, 1)
            excluded = str(pathlib.Path(folder) / "third_party")
            self.assertEqual(self.run_tool(folder, "--limit", "5", "--exclude", excluded).returncode, 0)


if __name__ == "__main__":
    unittest.main()
