#include <skillmatch/csv.hpp>

#include <cstdlib>

namespace skillmatch {
namespace {

bool is_number(const std::string& field) {
  char* end = nullptr;
  std::strtod(field.c_str(), &end);
  return !field.empty() && end == field.c_str() + field.size();
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
// formula: "=HYPERLINK(...)" in a file name would become a link. As OWASP advises, such a
// cell gets a leading ' and quotes; numbers ("-1.5") are left as they are.
bool may_run_as_formula(const std::string& field) {
  return !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos &&
         !is_number(field);
}

}  // namespace

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    const std::string& field = fields[i];
    const bool formula = may_run_as_formula(field);
    if (!formula && field.find_first_of(",\"\n\r") == std::string::npos) {
      out << field;
      continue;
    }
    out << '"' << (formula ? "'" : "");
    for (char c : field) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  }
  out << "\r\n";
}

}  // namespace skillmatch
