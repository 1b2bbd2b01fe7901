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


def lengths(source):
    return [(name, line, length) for name, line, length in function_lengths.cpp_functions(source)]


class CppFunctions(unittest.TestCase):
    def test_a_function_counts_from_its_declaration_to_its_closing_brace(self):
        source = "#include <x>\n\nint\nadd(int a,\n    int b) {\n  return a + b;\n}\n"
        self.assertEqual(lengths(source), [("add", 3, 5)])

    def test_braces_in_strings_comments_and_raw_strings_are_not_counted(self):
        source = ('void f() {\n  const char* s = "}";  // }\n  /* { */ char c = \'{\';\n'
                  '  auto r = R"x(}})x";\n}\nvoid g() {}\n')
        self.assertEqual(lengths(source), [("f", 1, 5), ("g", 6, 1)])

    def test_a_lambda_counts_toward_its_function(self):
        source = "void f() {\n  auto l = [] {\n    return 1;\n  };\n}\n"
        self.assertEqual(lengths(source), [("f", 1, 5)])

    def test_member_functions_start_after_access_specifiers(self):
        source = "namespace n {\nclass C : public B {\n public:\n  int get() const {\n    return 1;\n  }\n};\n}\n"
        self.assertEqual(lengths(source), [("get", 4, 3)])

    def test_a_constructor_with_a_lambda_and_braces_among_its_initializers(self):
        source = ("struct S {\n  S(int a)\n      : a_{a},\n        f_([this](int b) { return a_ + b; }) {\n"
                  "    go();\n  }\n  int a_;\n};\n")
        self.assertEqual(lengths(source), [("S", 2, 5)])

    def test_initializers_and_scopes_are_not_functions(self):
        source = ("template <class T> struct W {\n  T t{};\n};\nconst int kTable[] = {\n  1,\n  2,\n};\n"
                  "enum class E : int { kA, kB };\nextern \"C\" {\nint h() { return 0; }\n}\n")
        self.assertEqual(lengths(source), [("h", 10, 1)])

    def test_a_template_function_and_a_trailing_return_type(self):
        source = "template <class T>\nauto twice(T x) noexcept -> T {\n  return x + x;\n}\n"
        self.assertEqual(lengths(source), [("twice", 1, 4)])

    def test_a_test_macro_is_a_function(self):
        self.assertEqual(lengths("TEST(Suite, Name) {\n  EXPECT_TRUE(true);\n}\n"), [("TEST", 1, 3)])


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
