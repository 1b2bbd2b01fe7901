# Taxonomy data, part J: forbid patterns of the seventh accuracy pass (bench/accuracy, every dotin
# mention that overlaps no gold span reviewed skill by skill) for the long tail: every other skill's wrong mentions (events, titles, author initials,
# lists of words that are not skills).
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

FORBID_J = {
}
