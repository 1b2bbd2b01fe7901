#include "office_common/zip_container.hpp"

#include <zip.h>

#include <array>

#include "office_common/office_error.hpp"

namespace skillmatch::parsers::office {
namespace {

// Entries smaller than this cannot hurt whatever their ratio (a 2 KB run of spaces
// compresses 500:1), so the ratio check only applies above it.
constexpr std::uint64_t kRatioCheckFloor = 64 * 1024;
constexpr std::size_t kReadChunk = 64 * 1024;

std::string libzip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

std::string open_failure_message(int code) {
  switch (code) {
    case ZIP_ER_NOZIP:
      return "not a ZIP container, or truncated (no ZIP central directory)";
    case ZIP_ER_INCONS:
    case ZIP_ER_CRC:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
      return "corrupt or truncated ZIP container (" + libzip_message(code) + ")";
    case ZIP_ER_MEMORY:
      throw std::bad_alloc();
    default:
      return "cannot open ZIP container: " + libzip_message(code);
  }
}

std::string ascii_folded(std::string_view name) {
  std::string folded(name);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return folded;
}

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

ZipContainer::ZipContainer(std::string_view bytes, const plugin::Limits& limits) : limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    throw InputError("cannot read ZIP container");
  }
  archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    const int code = zip_error_code_zip(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    throw InputError(open_failure_message(code));
  }
  zip_error_fini(&error);

  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > limits_.max_entries) {
    zip_discard(archive_);
    throw InputError("ZIP container has " + std::to_string(entries) + " entries, over the limit of " +
                     std::to_string(limits_.max_entries));
  }
  std::uint64_t declared_total = 0;
  for (zip_int64_t index = 0; index < entries; ++index) {
    zip_stat_t stat;
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) continue;
    if (stat.valid & ZIP_STAT_NAME) index_by_folded_name_.emplace(ascii_folded(stat.name), index);
    if (!(stat.valid & ZIP_STAT_SIZE)) continue;
    declared_total += stat.size;
    if (declared_total > limits_.max_uncompressed_bytes) {
      zip_discard(archive_);
      throw InputError("ZIP container inflates to more than " + std::to_string(limits_.max_uncompressed_bytes) +
                       " bytes (limit on uncompressed size)");
    }
  }
}

ZipContainer::~ZipContainer() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool ZipContainer::contains(std::string_view name) const {
  return index_by_folded_name_.contains(ascii_folded(name));
}

std::optional<std::string> ZipContainer::entry_name(std::string_view name) const {
  const auto found = index_by_folded_name_.find(ascii_folded(name));
  if (found == index_by_folded_name_.end()) return std::nullopt;
  return zip_get_name(archive_, found->second, 0);
}

std::optional<std::string> ZipContainer::read(std::string_view name) const {
  const std::string entry_name(name);
  const auto found = index_by_folded_name_.find(ascii_folded(name));
  if (found == index_by_folded_name_.end()) return std::nullopt;
  const zip_uint64_t index = found->second;

  zip_stat_t stat;
  if (zip_stat_index(archive_, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      !(stat.valid & ZIP_STAT_COMP_SIZE)) {
    throw InputError("ZIP entry " + entry_name + " has an unreadable header");
  }
  if (stat.size > limits_.max_uncompressed_bytes) {
    throw InputError("ZIP entry " + entry_name + " inflates to " + std::to_string(stat.size) +
                     " bytes, over the limit of " + std::to_string(limits_.max_uncompressed_bytes));
  }
  inflated_total_ += stat.size;
  if (inflated_total_ > limits_.max_uncompressed_bytes) {
    throw InputError("ZIP entries read add up to more than " + std::to_string(limits_.max_uncompressed_bytes) +
                     " bytes inflated (limit on uncompressed size)");
  }
  if (stat.size > kRatioCheckFloor && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > limits_.max_compression_ratio) {
    throw InputError("ZIP entry " + entry_name + " has a compression ratio over " +
                     std::to_string(limits_.max_compression_ratio) + ":1 (zip bomb?)");
  }

  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive_, index, 0));
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive_));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD) {
      throw InputError("password-protected ZIP entry " + entry_name);
    }
    throw InputError("cannot open ZIP entry " + entry_name + ": " + libzip_message(code));
  }

  // The header's size is what was checked against the limits, so inflating past it means
  // the header lied: stop there instead of trusting the stream.
  std::string content;
  content.reserve(static_cast<std::size_t>(stat.size));
  std::array<char, kReadChunk> chunk;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
    if (got < 0) {
      throw InputError("corrupt ZIP entry " + entry_name + ": " +
                       libzip_message(zip_error_code_zip(zip_file_get_error(file.get()))));
    }
    if (got == 0) break;
    if (content.size() + static_cast<std::uint64_t>(got) > stat.size) {
      throw InputError("ZIP entry " + entry_name + " inflates past the size its header declares (zip bomb?)");
    }
    content.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return content;
}

}  // namespace skillmatch::parsers::office
