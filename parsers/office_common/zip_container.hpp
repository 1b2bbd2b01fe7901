// Read-only access to a ZIP container held in memory, bounded by the request's Limits:
// a zip bomb or a lying header is an InputError, never an allocation of its claimed size.
#pragma once

#include <cstdint>
#include <map>
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

  // Part names compare case-insensitively (ASCII), as OPC (DOCX) requires.
  bool contains(std::string_view name) const;

  // The name of the entry `name` refers to, exactly as the archive spells it: the one
  // key to tell whether two references ("word/header1.xml", "word/HEADER1.xml") are the
  // same part. Nullopt when there is none.
  std::optional<std::string> entry_name(std::string_view name) const;

  // The inflated entry, or nullopt when there is none by that name. Checks the entry's
  // compression ratio before inflating and stops at its declared size while inflating.
  // What all reads inflate adds up against the limit on uncompressed size, so reading
  // one entry over and over is refused like a bomb.
  std::optional<std::string> read(std::string_view name) const;

 private:
  struct zip* archive_ = nullptr;
  plugin::Limits limits_;
  // ASCII-lowercased name -> index of the first entry by that name: one lookup instead of
  // libzip's case-insensitive scan of every entry.
  std::map<std::string, std::uint64_t, std::less<>> index_by_folded_name_;
  mutable std::uint64_t inflated_total_ = 0;  // reads keep the container logically const
};

}  // namespace skillmatch::parsers::office
