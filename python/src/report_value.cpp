#include "report_value.hpp"

namespace skillmatch::python {

ReportValue ReportValue::of(std::string json, bool as_json) {
  ReportValue value;
  if (as_json) {
    value.json_ = std::move(json);
  } else {
    value.tape_ = JsonTape::read(json);
  }
  return value;
}

pybind11::object ReportValue::object() const {
  if (tape_) return tape_->objects();
  return pybind11::str(json_);
}

}  // namespace skillmatch::python
