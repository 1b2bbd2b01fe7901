#include <skillmatch/document.hpp>

namespace skillmatch {

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kResume: return "resume";
    case DocumentKind::kPosting: return "posting";
    case DocumentKind::kUnknown: break;
  }
  return "unknown";
}

}  // namespace skillmatch
