#include "json_tape.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace skillmatch::python {

// nlohmann's SAX events, written to a tape; a container's size is filled in at its end,
// and an object's shape too, once all its keys are known.
class TapeWriter : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit TapeWriter(JsonTape& tape) : tape_(tape) {}

  bool null() override {
    add(Kind::kNull);
    return true;
  }
  bool boolean(bool value) override {
    add(value ? Kind::kTrue : Kind::kFalse);
    return true;
  }
  bool number_integer(number_integer_t value) override {
    add(Kind::kInteger).integer = value;
    return true;
  }
  bool number_unsigned(number_unsigned_t value) override {
    add(Kind::kUnsigned).unsigned_integer = value;
    return true;
  }
  bool number_float(number_float_t value, const string_t&) override {
    add(Kind::kFloat).floating = value;
    return true;
  }
  bool string(string_t& value) override {
    add(Kind::kString).string = number(value);
    return true;
  }
  bool key(string_t& value) override {
    const std::size_t string = number(value);
    add(Kind::kString).string = string;
    open_keys_.push_back(value.size() <= JsonTape::kShortUpTo ? string : JsonTape::kNoShape);
    awaiting_value_ = true;
    return true;
  }
  bool binary(binary_t&) override { return false; }  // JSON text has none
  bool start_object(std::size_t) override { return open(Kind::kObject); }
  bool start_array(std::size_t) override { return open(Kind::kArray); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
    problem = error.what();
    return false;
  }

  std::string problem;  // why the text is not JSON

 private:
  using Kind = JsonTape::Token::Kind;
  // A container not yet closed: its token, and where its keys start in open_keys_.
  struct Open {
    std::size_t token;
    std::size_t keys;
  };

  // A new token; it counts as an element of the open container, unless it is a key's value.
  JsonTape::Token& add(Kind kind) {
    if (!open_.empty() && !(tape_.tokens_[open_.back().token].kind == Kind::kObject && awaiting_value_)) {
      ++tape_.tokens_[open_.back().token].size;
    }
    awaiting_value_ = false;
    JsonTape::Token& token = tape_.tokens_.emplace_back();
    token.kind = kind;
    return token;
  }
  // The string's place in strings_: a short one's first place, a long one's own.
  std::size_t number(const std::string& value) {
    if (value.size() > JsonTape::kShortUpTo) return append(value);
    const auto [found, added] = short_numbers_.try_emplace(value, tape_.strings_.size());
    if (added) append(value);
    return found->second;
  }
  std::size_t append(const std::string& value) {
    const bool ascii = std::all_of(value.begin(), value.end(), [](char c) { return (c & 0x80) == 0; });
    tape_.strings_.push_back({tape_.bytes_.size(), static_cast<std::uint32_t>(value.size()), ascii});
    tape_.bytes_ += value;
    return tape_.strings_.size() - 1;
  }
  bool open(Kind kind) {
    add(kind);
    open_.push_back({tape_.tokens_.size() - 1, open_keys_.size()});
    return true;
  }
  bool close() {
    const Open closed = open_.back();
    open_.pop_back();
    JsonTape::Token& token = tape_.tokens_[closed.token];
    if (token.kind == Kind::kObject) {
      token.shape = shape(closed.keys);
      open_keys_.resize(closed.keys);
    }
    return true;
  }
  // The shape of the object whose keys are open_keys_ from `first` on.
  std::size_t shape(std::size_t first) {
    const auto begin = open_keys_.begin() + static_cast<std::ptrdiff_t>(first);
    if (begin == open_keys_.end() || std::find(begin, open_keys_.end(), JsonTape::kNoShape) != open_keys_.end()) {
      return JsonTape::kNoShape;
    }
    shape_name_.assign(reinterpret_cast<const char*>(&*begin), (open_keys_.size() - first) * sizeof(std::size_t));
    const auto [found, added] = shape_numbers_.try_emplace(shape_name_, tape_.shapes_.size());
    if (added) {
      tape_.shapes_.push_back({tape_.keys_.size(), static_cast<std::uint32_t>(open_keys_.size() - first)});
      tape_.keys_.insert(tape_.keys_.end(), begin, open_keys_.end());
    }
    return found->second;
  }

  JsonTape& tape_;
  std::vector<Open> open_;       // the containers not yet closed, innermost last
  bool awaiting_value_ = false;  // a key was just read
  std::vector<std::size_t> open_keys_;  // the keys read of the open objects (kNoShape: a long one)
  std::unordered_map<std::string, std::size_t> short_numbers_;  // a short string's place in strings_
  std::unordered_map<std::string, std::size_t> shape_numbers_;  // a shape's place, by its keys' bytes
  std::string shape_name_;  // the bytes of the keys of the object being closed
};

JsonTape JsonTape::read(std::string_view text) {
  JsonTape tape;
  TapeWriter writer(tape);
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &writer)) throw std::invalid_argument(writer.problem);
  return tape;
}

}  // namespace skillmatch::python
