// A skill's name inside a company's legal name is no skill shown: "Spark Energy Inc.",
// "Kafka Law Group LLC", "Oracle Corporation" name an employer or a client (rules/extraction.json
// "company_names"). One rule for every skill, in place of a forbid phrase per skill and suffix.
#pragma once

#include <string_view>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch::detail {

class CompanyNames {
 public:
  // `rule` must outlive this; without suffixes nothing is a company name.
  explicit CompanyNames(const CompanyNameRule* rule = nullptr) : rule_(rule) {}

  // Whether the text from `end` (just after a mention) finishes a company's legal name on the
  // same line: at most rule.max_words_between capitalised words (or "&"), an optional comma,
  // then a suffix (capitalised, in any case after its first letter; an optional dot) that ends a word: " Energy Inc.", ", LLC".
  bool ends_name(std::string_view text, std::size_t end) const;

 private:
  // The suffix starting at text[at] that ends a word there; its length, or 0.
  std::size_t suffix_at(std::string_view text, std::size_t at) const;

  const CompanyNameRule* rule_;
};

}  // namespace skillmatch::detail
