// A role named by its id, as every front end looks one up (the CLI's --role, the Python
// binding's role=), with one message for an id that names none.
#pragma once

#include <string>

#include <skillmatch/taxonomy.hpp>

namespace skillmatch {

// "unknown role 'ID'", with "; did you mean A, B or C?" when some ids are close to it.
std::string unknown_role_message(const Taxonomy& taxonomy, const std::string& id);

}  // namespace skillmatch
