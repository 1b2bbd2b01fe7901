#include "screen_wire.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace skillmatch::python {
namespace {

// Bumped whenever the layout below changes: a worker of another build is refused.
constexpr std::uint64_t kFormat = 2;  // 2: with the count of pairs scored

class Writer {
 public:
  void number(std::uint64_t value) { raw(&value, sizeof value); }
  void real(double value) { number(std::bit_cast<std::uint64_t>(value)); }
  void text(std::string_view value) {
    number(value.size());
    out_.append(value);
  }
  std::string take() { return std::move(out_); }

 private:
  void raw(const void* data, std::size_t size) { out_.append(static_cast<const char*>(data), size); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::uint64_t number() {
    std::uint64_t value = 0;
    std::memcpy(&value, take(sizeof value).data(), sizeof value);
    return value;
  }
  double real() { return std::bit_cast<double>(number()); }
  std::string text() { return std::string(take(number())); }
  // A count of items of at least `item_bytes` each: one that could not fit is refused
  // before anything is reserved for it.
  std::size_t count(std::size_t item_bytes) {
    const std::uint64_t n = number();
    if (n > in_.size() / item_bytes) throw std::invalid_argument("screen bytes: a count past the end");
    return n;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view take(std::uint64_t size) {
    if (size > in_.size()) throw std::invalid_argument("screen bytes: cut short");
    const std::string_view part = in_.substr(0, size);
    in_.remove_prefix(size);
    return part;
  }
  std::string_view in_;
};

void write_entry(Writer& out, const ScreenEntry& entry) {
  out.number(entry.order);
  out.text(entry.resume);
  out.real(entry.score);
  out.number(static_cast<std::uint64_t>(entry.required_met));
  out.number(static_cast<std::uint64_t>(entry.required_total));
  for (const std::uint32_t skill : entry.gap.skills) out.number(skill);
  out.number(entry.gap.count);
  out.number(entry.gap.more);
}

ScreenEntry read_entry(Reader& in) {
  ScreenEntry entry;
  entry.order = in.number();
  entry.resume = in.text();
  entry.score = in.real();
  entry.required_met = static_cast<int>(in.number());
  entry.required_total = static_cast<int>(in.number());
  for (std::uint32_t& skill : entry.gap.skills) skill = static_cast<std::uint32_t>(in.number());
  entry.gap.count = static_cast<std::uint8_t>(in.number());
  entry.gap.more = in.number() != 0;
  return entry;
}

}  // namespace

std::string encode_screen(const ScreenResult& result) {
  Writer out;
  out.number(kFormat);
  out.text(SKILLMATCH_VERSION);
  out.number(result.top);
  out.number(result.screened);
  out.number(result.scored);
  out.number(result.shortlists.size());
  for (const auto& shortlist : result.shortlists) {
    out.number(shortlist.size());
    for (const auto& entry : shortlist) write_entry(out, entry);
  }
  out.number(result.errors.size());
  for (const auto& [order, error] : result.errors) {
    out.number(order);
    out.text(error.subject);
    out.text(error.message);
  }
  out.number(result.warnings.size());
  for (const auto& [order, warning] : result.warnings) {
    out.number(order);
    out.text(warning);
  }
  return out.take();
}

ScreenResult decode_screen(std::string_view bytes) {
  Reader in(bytes);
  if (in.number() != kFormat || in.text() != SKILLMATCH_VERSION) {
    throw std::invalid_argument("shortlists from another skillmatch version (" SKILLMATCH_VERSION " here)");
  }
  ScreenResult result;
  result.top = in.number();
  result.screened = in.number();
  result.scored = in.number();
  result.shortlists.resize(in.count(8));
  for (auto& shortlist : result.shortlists) {
    shortlist.resize(in.count(10 * 8));  // an entry: ten numbers at least
    for (auto& entry : shortlist) entry = read_entry(in);
  }
  result.errors.resize(in.count(3 * 8));
  for (auto& [order, error] : result.errors) {
    order = in.number();
    error.subject = in.text();
    error.message = in.text();
  }
  result.warnings.resize(in.count(2 * 8));
  for (auto& [order, warning] : result.warnings) {
    order = in.number();
    warning = in.text();
  }
  if (!in.done()) throw std::invalid_argument("screen bytes: more than one screen");
  return result;
}

}  // namespace skillmatch::python
