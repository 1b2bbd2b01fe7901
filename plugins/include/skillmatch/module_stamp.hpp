// What a loadable module says about itself before any of its code runs: an ELF note in
// the section .note.skillmatch (`readelf -n` shows it) naming the module's kind, the ABI
// version and the build tag it was compiled with. The loader (module_loader.hpp) reads
// the note from the file and refuses a mismatch before dlopen runs a single constructor
// of the library, as DuckDB reads an extension's footer before loading it.
#pragma once

#include <cstddef>
#include <cstdint>

// C++ objects cross every module boundary, so both sides must agree on the standard
// library ABI; the tag says which one a module was compiled against.
#define SKILLMATCH_STRINGIFY_INNER(x) #x
#define SKILLMATCH_STRINGIFY(x) SKILLMATCH_STRINGIFY_INNER(x)
#define SKILLMATCH_PLUGIN_BUILD_TAG \
  "libstdc++ cxx11-abi=" SKILLMATCH_STRINGIFY(_GLIBCXX_USE_CXX11_ABI) " c++" SKILLMATCH_STRINGIFY(__cplusplus)

namespace skillmatch::modules {

// What a module is for; a module of one kind is never loaded as another.
enum class ModuleKind : std::uint32_t { kParserPlugin = 1, kPdfEngine = 2, kServeModule = 3 };

// The section the note lives in, the note's owner name and its type.
inline constexpr char kStampSection[] = ".note.skillmatch";
inline constexpr char kStampOwner[] = "skillmatch";
inline constexpr std::uint32_t kStampNoteType = 1;
// Room for the build tag, NUL included; a longer tag does not compile.
inline constexpr std::size_t kBuildTagBytes = 120;

// The note's descriptor: what the loader compares with what it expects.
struct Stamp {
  std::uint32_t kind = 0;         // a ModuleKind
  std::uint32_t abi_version = 0;  // of the boundary this kind of module crosses
  char build_tag[kBuildTagBytes] = {};
};

// An ELF note as it lies in the file: the header, the owner padded to 4 bytes, the stamp.
struct StampNote {
  std::uint32_t owner_size;
  std::uint32_t stamp_size;
  std::uint32_t type;
  char owner[(sizeof kStampOwner + 3) / 4 * 4];
  Stamp stamp;
};
static_assert(sizeof(StampNote) % 4 == 0 && sizeof(Stamp) % 4 == 0, "ELF notes are padded to 4 bytes");

}  // namespace skillmatch::modules

// Stamps the module being compiled; use once per shared library, at global scope.
#define SKILLMATCH_MODULE_STAMP(kind_value, abi_value, tag_value)                                       \
  [[gnu::section(".note.skillmatch"), gnu::used, gnu::aligned(4)]] static const ::skillmatch::modules::StampNote \
      skillmatch_module_stamp_note = {sizeof ::skillmatch::modules::kStampOwner,                          \
                                      sizeof(::skillmatch::modules::Stamp),                               \
                                      ::skillmatch::modules::kStampNoteType,                              \
                                      "skillmatch",                                                      \
                                      {static_cast<std::uint32_t>(kind_value), abi_value, tag_value}};
