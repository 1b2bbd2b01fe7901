// RFC 4180 fields: quoted when they hold a comma, quote or line break.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

namespace skillmatch {

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace skillmatch
