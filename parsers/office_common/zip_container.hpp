// Read-only access to a ZIP container held in memory, bounded by the request's Limits:
// a zip bomb or a lying header is an InputError, never an allocation of its claimed size.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <skillmatch/parser_plugin.hpp>

struct zip;

namespace skillmatch::parsers::office {

class ZipContainer {
 public:
  // Opens the archive and checks what its central directory declares (entry count and
  // total inflated size) before anything is inflated. `bytes` must outlive the container.
  ZipContainer(std::string_view bytes, const plugin::Limits& limits);
  ~ZipContainer();
  ZipContainer(const ZipContainer&) = delete;
  ZipContainer& operator=(const ZipContainer&) = delete;

  // Part names compare case-insensitively, as OPC (DOCX) requires.
  bool contains(std::string_view name) const;

  // The inflated entry, or nullopt when there is none by that name. Checks the entry's
  // compression ratio before inflating and stops at its declared size while inflating.
  std::optional<std::string> read(std::string_view name) const;

 private:
  struct zip* archive_ = nullptr;
  plugin::Limits limits_;
};

}  // namespace skillmatch::parsers::office
