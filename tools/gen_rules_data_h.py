# Taxonomy data, part H: forbid patterns of the seventh accuracy pass (bench/accuracy, every dotin
# mention that overlaps no gold span reviewed skill by skill) for generic words of practices and soft skills (testing, programming, debugging, leadership,
# mentoring, monitoring, reporting...) in their other senses.
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

FORBID_H = {
}
