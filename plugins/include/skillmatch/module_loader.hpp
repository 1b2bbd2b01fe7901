// The one way skillmatch loads code at run time (parser plugins, the PDF engine, the serve
// module): read the module's stamp from the file, refuse a wrong kind, ABI version or
// build tag with one line, and only then dlopen it. What the module makes holds the
// module, so the library stays mapped until the last such object is gone.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <skillmatch/module_stamp.hpp>
#include <skillmatch/result.hpp>

namespace skillmatch::modules {

// What a caller needs the module to be.
struct Expectation {
  ModuleKind kind;
  std::uint32_t abi_version;
  std::string_view build_tag;
};

// How messages name a kind of module: "plugin", "PDF engine", "serve module".
std::string_view noun(ModuleKind kind);

// Reads the stamp of the shared library at `path` without loading it. The error is one
// line, without the path (the caller names the file); `wanted` only words it.
Result<Stamp> read_stamp(const std::filesystem::path& path, ModuleKind wanted);

// The error that `stamp` does not meet `expected`, or an empty string when it does.
std::string check_stamp(const Stamp& stamp, const Expectation& expected);

// A loaded shared library; unloaded when the last shared_ptr to it is gone.
class Module {
 public:
  explicit Module(void* handle) : handle_(handle) {}
  ~Module();
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;

  // The exported function `name`, or nullptr when the module does not export it.
  template <class Function>
  Function* function(const char* name) const {
    return reinterpret_cast<Function*>(symbol(name));
  }

 private:
  void* symbol(const char* name) const;
  void* handle_;
};

// Checks the stamp, then loads the library (every symbol bound now, none made global).
Result<std::shared_ptr<const Module>> load_module(const std::filesystem::path& path, const Expectation& expected);

// The file of the loaded module that holds `address` (a module finds files beside itself
// with the address of one of its own variables); empty when no module holds it.
std::filesystem::path file_holding(const void* address);

// Owns `made`, an object code in `module` created: its deleter holds the module, so the
// code that destroys it is still mapped when it runs.
template <class T>
std::shared_ptr<T> adopt(std::shared_ptr<const Module> module, T* made) {
  return std::shared_ptr<T>(made, [module = std::move(module)](T* object) { delete object; });
}

}  // namespace skillmatch::modules
