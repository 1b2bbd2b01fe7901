// A report on its way to Python: the engine's JSON text and, when dicts are asked for, its
// tape (json_tape.hpp), both made in the same call without the GIL. Making the objects is
// then the only step that holds the GIL: a second call to convert the text (as
// `_native.loads(text)` did) waited for the GIL twice per report, and from two Python
// threads each wait could last a whole conversion of the other thread's report (issue 20).
#pragma once

#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "json_tape.hpp"

namespace skillmatch::python {

class ReportValue {
 public:
  // The report `json` as a str (as_json), or read now for dicts. Needs no GIL.
  static ReportValue of(std::string json, bool as_json);
  // The str, or the dicts and lists json.loads would give for it. Needs the GIL.
  pybind11::object object() const;

 private:
  std::string json_;
  std::optional<JsonTape> tape_;
};

}  // namespace skillmatch::python
