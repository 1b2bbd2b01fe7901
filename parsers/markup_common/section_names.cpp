#include "section_names.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace skillmatch::markup {
namespace {

// Variants are matched after simplify(): lowercase ASCII, "&" spelled "and", curly
// apostrophes straightened, whitespace collapsed, trailing punctuation removed.
constexpr auto kVariants = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"summary", "summary"}, {"professional summary", "summary"}, {"profile", "summary"},
    {"professional profile", "summary"}, {"about me", "summary"}, {"about", "summary"},
    {"objective", "summary"}, {"career objective", "summary"}, {"overview", "summary"},
    {"career summary", "summary"},
    {"experience", "experience"}, {"work experience", "experience"},
    {"professional experience", "experience"}, {"employment history", "experience"},
    {"employment", "experience"}, {"work history", "experience"}, {"work", "experience"},
    {"career history", "experience"}, {"relevant experience", "experience"},
    {"education", "education"}, {"education and training", "education"},
    {"academic background", "education"}, {"qualifications and education", "education"},
    {"skills", "skills"}, {"technical skills", "skills"}, {"core skills", "skills"},
    {"key skills", "skills"}, {"core competencies", "skills"}, {"competencies", "skills"},
    {"skills and tools", "skills"}, {"tools and technologies", "skills"},
    {"technologies", "skills"}, {"tech stack", "skills"}, {"skills and expertise", "skills"},
    {"projects", "projects"}, {"personal projects", "projects"}, {"selected projects", "projects"},
    {"side projects", "projects"}, {"open source", "projects"},
    {"certifications", "certifications"}, {"certificates", "certifications"},
    {"licenses and certifications", "certifications"}, {"certification", "certifications"},
    {"responsibilities", "responsibilities"}, {"key responsibilities", "responsibilities"},
    {"what you'll do", "responsibilities"}, {"what you will do", "responsibilities"},
    {"your role", "responsibilities"}, {"the role", "responsibilities"},
    {"duties", "responsibilities"}, {"about the role", "responsibilities"}, {"in this role you will", "responsibilities"},
    {"requirements", "requirements"}, {"qualifications", "requirements"},
    {"minimum qualifications", "requirements"}, {"basic qualifications", "requirements"},
    {"required qualifications", "requirements"}, {"what you'll bring", "requirements"},
    {"what you will bring", "requirements"}, {"what we're looking for", "requirements"},
    {"what we are looking for", "requirements"}, {"who you are", "requirements"},
    {"must have", "requirements"}, {"you have", "requirements"}, {"about you", "requirements"},
    {"education requirements", "requirements"}, {"experience requirements", "requirements"},
    {"preferred", "preferred"}, {"preferred qualifications", "preferred"},
    {"nice to have", "preferred"}, {"nice to haves", "preferred"}, {"bonus points", "preferred"},
    {"benefits", "benefits"}, {"perks", "benefits"}, {"perks and benefits", "benefits"},
    {"what we offer", "benefits"}, {"compensation and benefits", "benefits"},
    {"why join us", "benefits"},
});

constexpr std::array<std::string_view, 10> kCanonicalNames = {
    "summary",          "experience",   "education", "skills",    "projects", "certifications",
    "responsibilities", "requirements", "preferred", "benefits"};

bool is_trailing_punctuation(char c) { return c == ':' || c == '-' || c == '.' || c == ' ' || c == '*'; }

std::string simplify(std::string_view heading) {
  std::string out;
  out.reserve(heading.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < heading.size(); ++i) {
    const char c = heading[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (heading.substr(i, 3) == "\xE2\x80\x99") {  // U+2019 RIGHT SINGLE QUOTATION MARK
      out.push_back('\'');
      i += 2;
    } else if (c == '&') {
      out += "and";
    } else {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
  }
  while (!out.empty() && is_trailing_punctuation(out.back())) out.pop_back();
  return out;
}

}  // namespace

std::string canonical_section_name(std::string_view heading) {
  std::string simple = simplify(heading);
  const auto known = std::find_if(kVariants.begin(), kVariants.end(),
                                  [&](const auto& variant) { return variant.first == simple; });
  if (known != kVariants.end()) return std::string(known->second);
  return simple;
}

bool is_canonical_section_name(std::string_view name) {
  return std::find(kCanonicalNames.begin(), kCanonicalNames.end(), name) != kCanonicalNames.end();
}

}  // namespace skillmatch::markup
