#include "json_tape.hpp"

#include <stdexcept>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace py = pybind11;

namespace skillmatch::python {

// nlohmann's SAX events, written to a tape; a container's size is filled in at its end.
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
  bool string(string_t& value) override { return add_string(value); }
  bool key(string_t& value) override { return add_string(value); }
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

  // A new token; it counts as an element of the open container, unless it is a key's value.
  JsonTape::Token& add(Kind kind) {
    if (!open_.empty() && !(tape_.tokens_[open_.back()].kind == Kind::kObject && awaiting_value_)) {
      ++tape_.tokens_[open_.back()].size;
    }
    awaiting_value_ = false;
    JsonTape::Token& token = tape_.tokens_.emplace_back();
    token.kind = kind;
    return token;
  }
  bool add_string(const std::string& value) {
    const bool is_key = !open_.empty() && tape_.tokens_[open_.back()].kind == Kind::kObject && !awaiting_value_;
    if (value.size() <= JsonTape::kShortUpTo) {
      const auto [found, added] = short_numbers_.try_emplace(value, tape_.short_strings_.size());
      if (added) tape_.short_strings_.push_back({append(value), value.size()});
      add(Kind::kShortString).number = found->second;
    } else {
      JsonTape::Token& token = add(Kind::kString);
      token.size = static_cast<std::uint32_t>(value.size());
      token.offset = append(value);
    }
    awaiting_value_ = is_key;
    return true;
  }
  // Where `value` starts in the tape's strings, once appended.
  std::size_t append(const std::string& value) {
    const std::size_t offset = tape_.strings_.size();
    tape_.strings_ += value;
    return offset;
  }
  bool open(Kind kind) {
    add(kind);
    open_.push_back(tape_.tokens_.size() - 1);
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  JsonTape& tape_;
  std::vector<std::size_t> open_;  // the containers not yet closed, innermost last
  bool awaiting_value_ = false;    // a key was just read
  std::unordered_map<std::string, std::size_t> short_numbers_;  // a short string's number
};

JsonTape JsonTape::read(std::string_view text) {
  JsonTape tape;
  TapeWriter writer(tape);
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &writer)) throw std::invalid_argument(writer.problem);
  return tape;
}

namespace {

// Makes the objects, holding the GIL; each short string once.
class ObjectMaker {
 public:
  ObjectMaker(const std::vector<JsonTape::Token>& tokens, const std::string& strings,
              const std::vector<JsonTape::Span>& short_strings)
      : tokens_(tokens), strings_(strings), short_strings_(short_strings), made_(short_strings.size()) {}

  py::object next() {
    const JsonTape::Token& token = tokens_[at_++];
    using Kind = JsonTape::Token::Kind;
    switch (token.kind) {
      case Kind::kNull: return py::none();
      case Kind::kFalse: return py::bool_(false);
      case Kind::kTrue: return py::bool_(true);
      case Kind::kInteger: return py::int_(token.integer);
      case Kind::kUnsigned: return py::int_(token.unsigned_integer);
      case Kind::kFloat: return py::float_(token.floating);
      case Kind::kString: return py::str(strings_.data() + token.offset, token.size);
      case Kind::kShortString: return short_string(token.number);
      case Kind::kObject: return object(token.size);
      case Kind::kArray: return array(token.size);
    }
    throw std::logic_error("unknown JSON tape token");
  }

 private:
  py::object short_string(std::size_t number) {
    py::object& made = made_[number];
    if (!made) made = py::str(strings_.data() + short_strings_[number].offset, short_strings_[number].size);
    return made;
  }
  py::object object(std::uint32_t members) {
    py::dict dict;
    for (std::uint32_t i = 0; i < members; ++i) {
      py::object key = next();
      if (PyDict_SetItem(dict.ptr(), key.ptr(), next().ptr()) != 0) throw py::error_already_set();
    }
    return dict;
  }
  py::object array(std::uint32_t elements) {
    py::list list(elements);
    for (std::uint32_t i = 0; i < elements; ++i) PyList_SET_ITEM(list.ptr(), i, next().release().ptr());
    return list;
  }

  const std::vector<JsonTape::Token>& tokens_;
  const std::string& strings_;
  const std::vector<JsonTape::Span>& short_strings_;
  std::size_t at_ = 0;
  std::vector<py::object> made_;  // the short strings made so far, by number
};

// Python's cycle collector, paused while it lives. It counts containers as they are made
// and, over the hundreds of thousands in a report, runs collections that walk every live
// object with the GIL held: with earlier results kept, most of json.loads's time on a
// report (0.49 s of CPU per 1,000 resumes against 0.11 s with it paused). A tree made
// from JSON has no cycles for it to find.
class CollectorPaused {
 public:
  CollectorPaused() : was_enabled_(PyGC_Disable() == 1) {}
  ~CollectorPaused() {
    if (was_enabled_) PyGC_Enable();
  }
  CollectorPaused(const CollectorPaused&) = delete;
  CollectorPaused& operator=(const CollectorPaused&) = delete;

 private:
  bool was_enabled_;
};

}  // namespace

py::object JsonTape::objects() const {
  if (tokens_.empty()) throw std::invalid_argument("no JSON value");
  const CollectorPaused paused;
  return ObjectMaker(tokens_, strings_, short_strings_).next();
}

}  // namespace skillmatch::python
