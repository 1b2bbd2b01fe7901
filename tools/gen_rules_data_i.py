# Taxonomy data, part I: forbid patterns of the seventh accuracy pass (bench/accuracy, every dotin
# mention that overlaps no gold span reviewed skill by skill) for products, companies, platforms and operating systems named inside other names
# (SAP, Oracle, Azure, Windows, Linux, Java, Android, SharePoint, Drupal, databases, security, APIs, UI).
# skill id -> forbid patterns added to the skill's context (rules/README.md: a forbid pattern
# vetoes every alias of its skill when it covers the mention).

FORBID_I = {
}
