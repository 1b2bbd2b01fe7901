// The skillmatch commands; each takes its own arguments (after the command name) and
// returns the exit code.
#pragma once

#include <string>
#include <vector>

namespace skillmatch::cli {

using Arguments = std::vector<std::string>;

int run_extract(const Arguments& args);
int run_text(const Arguments& args);
int run_plugins(const Arguments& args);
int run_skills(const Arguments& args);
int run_roles(const Arguments& args);
int run_rules(const Arguments& args);
int run_match(const Arguments& args);
int run_screen(const Arguments& args);
int run_audit(const Arguments& args);
int run_serve(const Arguments& args);

}  // namespace skillmatch::cli
