"""tools/skills_coverage.py's splitter: what it reads as a listed skill in a skills section
(issue 17's first measure counts these items). Standard library only:
python3 tests/tools/test_skills_coverage.py"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import skills_coverage  # noqa: E402


def items(section):
    """The item texts of a section (its first line is the heading)."""
    return [item for item, _ in skills_coverage.items_of(section)]


class Splitter(unittest.TestCase):
    def test_a_subheading_over_bullets_is_no_item(self):
        section = "SKILLS\nServer Applications\n• Microsoft SQL Server\n\nAreas of Interest\n\n➢ Network design\n"
        self.assertEqual(items(section), ["Microsoft SQL Server", "Network design"])

    def test_a_line_of_one_item_per_line_list_stays(self):
        self.assertEqual(items("SKILLS\nTechnology Planning\n\nDelivery Management\n"),
                         ["Technology Planning", "Delivery Management"])

    def test_an_employer_line_is_no_item(self):
        self.assertEqual(items("SKILLS\nCompany 1: Acme Software Private Limited, Pune\nLanguages: Java, SQL\n"),
                         ["Java", "SQL"])

    def test_a_line_ending_on_a_joining_word_goes_on(self):
        self.assertEqual(items("SKILLS\nBudgeting, Satisfaction &\nExpectation Management, Reporting\n"),
                         ["Budgeting", "Satisfaction & Expectation Management", "Reporting"])

    def test_prose_after_a_quantifier_is_no_item(self):
        self.assertEqual(items("SKILLS\n• Linux - Various Flavors and Distributions\n"), ["Linux"])

    def test_a_joining_word_before_an_item_is_dropped(self):
        self.assertEqual(items("SKILLS\nTools: Eclipse, Git, and Visual Studio\n"), ["Eclipse", "Git", "Visual Studio"])


class LeftOut(unittest.TestCase):
    def test_labels_joined_and_a_vendor_alone_are_left_out(self):
        self.assertIn("category label", skills_coverage.why_left_out("Languages and Software", {}))
        self.assertIn("vendor", skills_coverage.why_left_out("Microsoft", {}))
        self.assertIsNone(skills_coverage.why_left_out("Microsoft Excel", {}))


if __name__ == "__main__":
    unittest.main()
