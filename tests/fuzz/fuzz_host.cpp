// The host's side of reading one input: every built plugin loaded (as the CLI loads them),
// the sniff choice over the first bytes, then read_bytes (parse, validate the plugin's
// output, detect sections, guess the kind). The first input byte picks the file name, so
// extension hints and ties are exercised too.
#include <array>
#include <string>

#include <skillmatch/document_reader.hpp>
#include <skillmatch/plugin_host.hpp>
#include <skillmatch/rules_loader.hpp>

#include "fuzz_support.hpp"

namespace {

struct Host {
  skillmatch::PluginHost plugins;
  skillmatch::RulesLoad rules;
  Host() : rules(skillmatch::load_rules({std::string(SKILLMATCH_SOURCE_DIR) + "/rules"})) {
    plugins.load_directory(SKILLMATCH_BUILD_PLUGIN_DIR);
    if (plugins.parsers().size() < 8 || !rules.ok()) skillmatch::fuzz::invariant_broken("fuzz host setup failed");
  }
};

constexpr std::array<const char*, 16> kNames = {
    "cv.txt", "cv.docx", "cv.odt", "cv.pdf",  "feed.json", "resume.json", "page.html", "cv.md",
    "cv",     "CV.DOCX", "x.ndjson", "x.htm", "x.doc",     "x.jsonld",    "x.markdown", "x.rtf"};

const Host* g_host = nullptr;

}  // namespace

// Plugins and rules are loaded once, outside libFuzzer's per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_host = new Host();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Host& host = *g_host;
  static const skillmatch::plugin::Limits limits = skillmatch::fuzz::small_limits();
  if (size == 0) return 0;
  const std::string name = kNames[data[0] % kNames.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const skillmatch::LoadedParser* chosen = host.plugins.choose(name, bytes.substr(0, 8192));
  const auto result = skillmatch::read_bytes(name, bytes, host.plugins, limits, host.rules.taxonomy.sections);
  if (result.ok()) {
    if (chosen == nullptr) skillmatch::fuzz::invariant_broken("read_bytes succeeded without a chosen parser");
    if (result.value().documents.empty()) skillmatch::fuzz::invariant_broken("success without documents");
  } else if (result.error().message.empty() || result.error().message.find('\n') != std::string::npos) {
    skillmatch::fuzz::invariant_broken("error message empty or not one line");
  }
  return 0;
}
