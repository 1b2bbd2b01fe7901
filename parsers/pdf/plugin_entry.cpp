// The PDF plugin the host loads: info and sniff only. Linking poppler here would make every
// skillmatch start-up load poppler and its dozen libraries (about 25 ms), whatever the
// input; the parsing engine is loaded from pdf-engine/ beside this plugin, once, the
// first time a PDF is parsed, through the SDK's module loader (its stamp checked first).
#include <mutex>
#include <skillmatch/module_loader.hpp>

#include "pdf/pdf_engine.hpp"
#include "pdf/pdf_identify.hpp"

namespace skillmatch::parsers {
namespace {

// Its address names the file of this plugin, beside which the engine lies.
const char kThisPlugin = 0;

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
    const std::filesystem::path path =
        modules::file_holding(&kThisPlugin).parent_path() / pdf::kEngineDirectory / pdf::kEngineFile;
    auto loaded =
        modules::load_module(path, {modules::ModuleKind::kPdfEngine, plugin::kAbiVersion, SKILLMATCH_PLUGIN_BUILD_TAG});
    const auto entry = loaded ? loaded.value()->function<pdf::EngineEntry>(pdf::kEngineSymbol) : nullptr;
    if (entry == nullptr) {
      load_error_ = "cannot load the PDF engine " + path.string() + ": " +
                    (loaded ? "no " + std::string(pdf::kEngineSymbol) + " symbol" : loaded.error().message);
      return;
    }
    engine_ = std::move(loaded.value());
    parse_ = entry();
  }

  // Loaded at most once, then only read: parse() may run on several threads. The engine
  // stays loaded as long as this parser.
  mutable std::once_flag loaded_;
  mutable std::shared_ptr<const modules::Module> engine_;
  mutable pdf::EngineParse* parse_ = nullptr;
  mutable std::string load_error_;
};

}  // namespace
}  // namespace skillmatch::parsers

SKILLMATCH_EXPORT_PARSER(skillmatch::parsers::LazyPdfParser)
