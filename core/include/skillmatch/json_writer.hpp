// Writes JSON straight into a string, for the per-document output of batch commands:
// building an nlohmann::json tree for every mention cost more than extracting it.
// The bytes are those nlohmann::json::dump() gives for the same values (keys are written
// in the order given, so callers list them sorted, as nlohmann's std::map does), except
// that each byte of broken UTF-8 becomes one U+FFFD, as the parsers repair text.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace skillmatch {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  // Writes into `out` and moves what it holds to `sink` whenever that passes kSpillBytes,
  // so a huge document's JSON is never held whole; flush() moves the rest.
  JsonWriter(std::string& out, std::ostream& sink) : out_(out), sink_(&sink) {}
  static constexpr std::size_t kSpillBytes = 1 << 16;

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The name of the next member of the current object.
  JsonWriter& key(std::string_view name);
  // A name written in the code, copied without escaping: it must need none.
  template <std::size_t N>
  JsonWriter& key(const char (&name)[N]) {
    separate();
    out_.push_back('"');
    out_.append(name, N - 1);
    out_ += "\":";
    after_key_ = true;
    return *this;
  }
  // A string value, escaped as nlohmann does.
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(std::uint32_t number) { return value(std::uint64_t{number}); }
  JsonWriter& value(bool flag);
  void flush();

 private:
  void separate();
  void spill() {
    if (sink_ != nullptr && out_.size() >= kSpillBytes) flush();
  }
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  std::string& out_;
  std::ostream* sink_ = nullptr;
  // Per open container: whether a value was written in it yet (a comma is due).
  std::vector<std::uint8_t> has_value_;
  bool after_key_ = false;
};

}  // namespace skillmatch
