// skillmatch._native: the pybind11 layer over skillmatch::Engine. It only converts types;
// every call that reads or scores runs without the GIL, so Python threads scale. The
// Python package (skillmatch/__init__.py) gives it its documented interface.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <skillmatch/byte_size.hpp>
#include <skillmatch/dates.hpp>

#include "native_engine.hpp"
#include "native_extract.hpp"
#include "native_match.hpp"
#include "native_screen.hpp"
#include "report_value.hpp"
#include "screen_wire.hpp"

namespace py = pybind11;
using namespace skillmatch::python;

namespace {

using Unlocked = py::call_guard<py::gil_scoped_release>;

// Runs `work` without the GIL (it must not touch Python objects).
template <class Work>
auto unlocked(Work&& work) {
  py::gil_scoped_release released;
  return work();
}

// Errors as the CLI's JSON has them: {"source", "message"}.
py::list error_dicts(const std::vector<ErrorPair>& errors) {
  py::list out;
  for (const auto& [source, message] : errors) out.append(py::dict(py::arg("source") = source, py::arg("message") = message));
  return out;
}

std::vector<ErrorPair> pairs_of(const py::iterable& errors) {
  std::vector<ErrorPair> pairs;
  for (const auto& error : errors) pairs.emplace_back(error["source"].cast<std::string>(), error["message"].cast<std::string>());
  return pairs;
}

py::class_<NativeEngine> define_engine(py::module_& module) {
  py::class_<NativeEngine> engine(module, "Engine");
  engine
      .def(py::init([](std::vector<std::string> plugin_dirs, std::string default_rules_dir,
                       std::vector<std::string> rules_dirs, bool no_default_rules,
                       std::optional<std::uint64_t> max_file_size, std::optional<std::uint64_t> max_uncompressed_size,
                       std::optional<std::uint64_t> max_documents, std::optional<std::uint32_t> max_nesting,
                       std::optional<double> parse_timeout, std::optional<std::uint64_t> max_memory, bool isolation) {
             const EngineArguments arguments{std::move(plugin_dirs), std::move(default_rules_dir),
                                             std::move(rules_dirs), no_default_rules, max_file_size,
                                             max_uncompressed_size, max_documents, max_memory, max_nesting,
                                             parse_timeout, isolation};
             return unlocked([&] { return std::make_unique<NativeEngine>(arguments); });
           }),
           py::kw_only(), py::arg("plugin_dirs"), py::arg("default_rules_dir"), py::arg("rules_dirs"),
           py::arg("no_default_rules"), py::arg("max_file_size"), py::arg("max_uncompressed_size"),
           py::arg("max_documents"), py::arg("max_nesting"), py::arg("parse_timeout"), py::arg("max_memory"),
           py::arg("isolation"))
      .def_property_readonly("warnings", &NativeEngine::warnings)
      .def("list_inputs", [](const NativeEngine& self, const std::vector<std::string>& paths) {
        auto listed = unlocked([&] { return self.list_inputs(paths); });
        return py::make_tuple(std::move(listed.first), error_dicts(listed.second));
      });
  return engine;
}

// extract: the CLI's JSON report (with the warnings it prints), or its NDJSON and errors.
void define_extract(py::class_<NativeEngine>& engine) {
  const auto report = [](ExtractedText extracted, bool as_json) {
    return std::make_pair(ReportValue::of(extract_json(extracted), as_json), std::move(extracted.warnings));
  };
  const auto returned = [](const std::pair<ReportValue, std::vector<std::string>>& value) {
    return py::make_tuple(value.first.object(), value.second);
  };
  engine
      .def(
          "extract_json",
          [report, returned](const NativeEngine& self, const std::vector<std::string>& paths, unsigned jobs,
                             bool as_json) {
            return returned(unlocked([&] { return report(extract_paths(self.engine(), paths, jobs), as_json); }));
          },
          py::arg("paths"), py::arg("jobs"), py::arg("as_json"))
      .def(
          "extract_bytes_json",
          [report, returned](const NativeEngine& self, const std::string& name, const py::bytes& data, bool as_json) {
            const std::string_view bytes = data;
            return returned(unlocked([&] { return report(extract_bytes(self.engine(), name, bytes), as_json); }));
          },
          py::arg("name"), py::arg("data"), py::arg("as_json"))
      .def(
          "extract_ndjson",
          [](const NativeEngine& self, const std::vector<std::string>& paths, unsigned jobs) {
            ExtractedText extracted = unlocked([&] { return extract_paths(self.engine(), paths, jobs); });
            return py::make_tuple(py::bytes(extracted.ndjson), error_dicts(error_pairs(extracted.errors)));
          },
          py::arg("paths"), py::arg("jobs"));
}

// match and audit: the CLI's JSON.
void define_reports(py::class_<NativeEngine>& engine) {
  engine
      .def(
          "match_json",
          [](const NativeEngine& self, const std::string& resume, const std::string& role,
             const std::vector<std::string>& postings, const std::string& today, bool as_json) {
            auto [value, errors] = unlocked([&] {
              ReportText report = match_json(self.engine(), resume, role, postings, parse_today(today));
              return std::make_pair(ReportValue::of(std::move(report.json), as_json), error_pairs(report.errors));
            });
            return py::make_tuple(value.object(), error_dicts(errors));
          },
          py::arg("resume"), py::arg("role"), py::arg("postings"), py::arg("today"), py::arg("as_json"))
      .def(
          "audit_json",
          [](const NativeEngine& self, const std::vector<std::string>& inputs, const std::vector<std::string>& roles,
             const std::string& today, unsigned jobs, bool as_json) {
            return unlocked([&] {
                     return ReportValue::of(audit_json(self.engine(), inputs, roles, parse_today(today), jobs), as_json);
                   })
                .object();
          },
          py::arg("inputs"), py::arg("roles"), py::arg("today"), py::arg("jobs"), py::arg("as_json"));
}

void define_screen(py::module_& module) {
  py::class_<NativeShortlists>(module, "Shortlists")
      .def_property_readonly("errors", [](const NativeShortlists& self) { return error_dicts(self.errors()); })
      .def_property_readonly("screened", [](const NativeShortlists& self) { return self.result.screened; })
      .def_property_readonly(
          "scored", [](const NativeShortlists& self) { return self.result.scored; },
          "(resume, posting) pairs scored, not pruned: depends on the split, threads and floors")
      .def_property_readonly("floors", &NativeShortlists::floors,
                             "per posting, the last score of its full shortlist (-inf while not full): "
                             "floors for Screener.screen of other resumes")
      .def_static("merged", &NativeShortlists::merged, Unlocked())
      .def(py::pickle([](const NativeShortlists& self) { return py::bytes(encode_screen(self.result)); },
                      [](const py::bytes& bytes) { return NativeShortlists{decode_screen(std::string_view(bytes))}; }));
  py::class_<NativeScreener>(module, "Screener")
      .def(py::init<const NativeEngine&, const std::vector<std::string>&, std::size_t, bool, const std::string&,
                    unsigned>(),
           py::arg("engine"), py::arg("postings"), py::arg("top"), py::arg("must_have"), py::arg("today"),
           py::arg("jobs"), Unlocked())
      .def_property_readonly("posting_count", &NativeScreener::posting_count)
      .def_property_readonly("errors", [](const NativeScreener& self) { return error_dicts(self.errors()); })
      .def("screen", &NativeScreener::screen, py::arg("files"), py::arg("first"), py::arg("floors"), Unlocked())
      .def("screen_bytes", &NativeScreener::screen_bytes, py::arg("uploads"), py::arg("first"), py::arg("floors"),
           Unlocked())
      .def(
          "render",
          [](const NativeScreener& self, const NativeShortlists& shortlists, const py::iterable& listing,
             const std::string& format, bool as_json) {
            const std::vector<ErrorPair> walk = pairs_of(listing);
            return unlocked([&] { return ReportValue::of(self.render(shortlists, walk, format), as_json); }).object();
          },
          py::arg("shortlists"), py::arg("listing"), py::arg("format"), py::arg("as_json"));
}

}  // namespace

PYBIND11_MODULE(_native, module) {
  module.doc() = "skillmatch's engine (see the skillmatch package)";
  module.attr("__version__") = SKILLMATCH_VERSION;
  module.def("parse_byte_size", &skillmatch::parse_byte_size, py::arg("text"));
  module.def("month", [](const std::string& text) { return parse_today(text).to_string(); }, py::arg("text"));
  auto engine = define_engine(module);
  define_extract(engine);
  define_reports(engine);
  define_screen(module);
}
