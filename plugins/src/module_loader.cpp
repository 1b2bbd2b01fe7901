// Checks a module's stamp, then loads it: nothing of the library runs (not even its static
// constructors, which dlopen would run) until its kind, ABI version and build tag match.
#include <dlfcn.h>

#include <skillmatch/module_loader.hpp>

namespace skillmatch::modules {
namespace {

// A tag read from a file, fit for a one-line message.
std::string printable(const char* tag) {
  std::string out(tag);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return out;
}

}  // namespace

std::string_view noun(ModuleKind kind) {
  switch (kind) {
    case ModuleKind::kParserPlugin: return "plugin";
    case ModuleKind::kPdfEngine: return "PDF engine";
    case ModuleKind::kServeModule: return "serve module";
  }
  return "module of an unknown kind";
}

std::string check_stamp(const Stamp& stamp, const Expectation& expected) {
  const auto kind = static_cast<ModuleKind>(stamp.kind);
  if (kind != expected.kind) {
    return "a skillmatch " + std::string(noun(kind)) + ", not a " + std::string(noun(expected.kind));
  }
  const std::string name(noun(kind));
  if (stamp.abi_version != expected.abi_version) {
    return name + " ABI version " + std::to_string(stamp.abi_version) + ", but this skillmatch needs version " +
           std::to_string(expected.abi_version) + ": rebuild the " + name;
  }
  if (std::string_view(stamp.build_tag) != expected.build_tag) {
    return "built with '" + printable(stamp.build_tag) + "', but this skillmatch was built with '" +
           std::string(expected.build_tag) + "'";
  }
  return "";
}

Module::~Module() { ::dlclose(handle_); }

void* Module::symbol(const char* name) const { return ::dlsym(handle_, name); }

std::filesystem::path file_holding(const void* address) {
  Dl_info info{};
  if (::dladdr(address, &info) == 0 || info.dli_fname == nullptr) return {};
  return info.dli_fname;
}

Result<std::shared_ptr<const Module>> load_module(const std::filesystem::path& path, const Expectation& expected) {
  const auto stamp = read_stamp(path, expected.kind);
  if (!stamp) return stamp.error();
  if (std::string problem = check_stamp(stamp.value(), expected); !problem.empty()) return Error{"", std::move(problem)};
  // RTLD_NOW: a missing symbol is an error here, not a crash mid-parse; RTLD_LOCAL: modules
  // never resolve each other's symbols.
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    return Error{"", std::string("dlopen failed: ") + (why != nullptr ? why : "no reason given")};
  }
  return std::shared_ptr<const Module>(std::make_shared<const Module>(handle));
}

}  // namespace skillmatch::modules
