// The PDF plugin the host loads: info and sniff only. Linking poppler here would make every
// skillmatch start-up load poppler and its dozen libraries (about 25 ms), whatever the
// input; the parsing engine is loaded from pdf-engine/ beside this plugin, once, the
// first time a PDF is parsed.
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <mutex>

#include "pdf/pdf_engine.hpp"
#include "pdf/pdf_identify.hpp"

namespace skillmatch::parsers {
namespace {

class LazyPdfParser {
 public:
  plugin::PluginInfo info() const { return pdf::info(); }
  int sniff(std::string_view path, std::string_view head) const { return pdf::sniff(path, head); }

  plugin::ParseStatus parse(const plugin::ParseRequest& request, plugin::DocumentSink& sink) const {
    std::call_once(loaded_, [this] { load_engine(); });
    if (parse_ == nullptr) return plugin::ParseStatus::failure(load_error_);
    return parse_(request, sink);
  }

 private:
  void load_engine() const {
    const boost::dll::fs::path path =
        boost::dll::this_line_location().parent_path() / pdf::kEngineDirectory / pdf::kEngineFile;
    boost::dll::fs::error_code error;
    engine_.load(path, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, error);
    if (error || !engine_.has(pdf::kEngineSymbol)) {
      load_error_ = "cannot load the PDF engine " + path.string() + (error ? ": " + error.message() : "");
      return;
    }
    parse_ = engine_.get_alias<pdf::EngineParse>(pdf::kEngineSymbol);
  }

  // Loaded at most once, then only read: parse() may run on several threads.
  mutable std::once_flag loaded_;
  mutable boost::dll::shared_library engine_;
  mutable pdf::EngineParse* parse_ = nullptr;
  mutable std::string load_error_;
};

}  // namespace
}  // namespace skillmatch::parsers

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::LazyPdfParser)
