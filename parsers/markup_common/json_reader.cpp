#include "markup_common/json_reader.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace skillmatch::markup {
namespace {

using nlohmann::json;

// nlohmann's messages can quote a whole long token; a status line stays readable.
constexpr std::size_t kMaxErrorBytes = 240;

std::string without_exception_prefix(std::string message) {
  // "[json.exception.parse_error.101] parse error at line 1..." -> "parse error at line 1..."
  if (message.starts_with("[json.exception.")) {
    if (const std::size_t end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
  }
  if (message.size() > kMaxErrorBytes) {
    message.resize(kMaxErrorBytes);
    message += "...";
  }
  return message;
}

// Hands the text to nlohmann's lexer one byte at a time and counts the line breaks it
// has passed, so a streamed element knows the line it starts on.
class LineCountingIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  LineCountingIterator(const char* position, std::uint64_t* line) : position_(position), line_(line) {}
  reference operator*() const { return *position_; }
  LineCountingIterator& operator++() {
    if (*position_++ == '\n') ++*line_;
    return *this;
  }
  LineCountingIterator operator++(int) {
    LineCountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const LineCountingIterator& other) const { return position_ == other.position_; }

 private:
  const char* position_;
  std::uint64_t* line_;
};

// Builds the DOM like nlohmann's json_sax_dom_parser, plus the depth limit and streaming.
class BoundedDomBuilder : public nlohmann::json_sax<json> {
 public:
  BoundedDomBuilder(std::uint32_t max_depth, const StreamedArrays& streamed, const ElementHandler& on_element)
      : max_depth_(max_depth), streamed_(streamed), on_element_(on_element) {}

  bool null() override { return add_scalar(nullptr); }
  bool boolean(bool value) override { return add_scalar(value); }
  bool number_integer(number_integer_t value) override { return add_scalar(value); }
  bool number_unsigned(number_unsigned_t value) override { return add_scalar(value); }
  bool number_float(number_float_t value, const string_t&) override { return add_scalar(value); }
  bool string(string_t& value) override { return add_scalar(std::move(value)); }
  bool binary(binary_t& value) override { return add_scalar(json::binary(std::move(value))); }

  bool start_object(std::size_t) override { return open(json::object(), false); }
  bool start_array(std::size_t) override { return open(json::array(), starts_streamed_array()); }
  bool key(string_t& name) override {
    member_ = &(*containers_.back().value)[name];
    key_ = name;
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
    if (result_.outcome == JsonReadResult::Outcome::kComplete) {
      result_.outcome = JsonReadResult::Outcome::kInvalid;
      result_.error = without_exception_prefix(error.what());
    }
    return false;
  }

  JsonReadResult take_result() && { return std::move(result_); }
  // The line the lexer is on, advanced by LineCountingIterator.
  std::uint64_t* line_counter() { return &line_; }
  void fail(std::string message) {
    result_.outcome = JsonReadResult::Outcome::kInvalid;
    result_.error = std::move(message);
  }

 private:
  struct Container {
    json* value;
    bool streamed;
    std::string key;  // the member name it is under in its parent object, "" otherwise
  };

  // True when the array about to open is reached from the root through objects by `path`.
  bool at_member_path(const std::vector<std::string>& path) const {
    if (path.size() != containers_.size()) return false;
    for (std::size_t i = 0; i < path.size(); ++i) {
      const std::string& key = i + 1 < containers_.size() ? containers_[i + 1].key : key_;
      if (!containers_[i].value->is_object() || key != path[i]) return false;
    }
    return true;
  }

  bool starts_streamed_array() const {
    if (containers_.empty()) return streamed_.top_level_array;
    return std::any_of(streamed_.member_paths.begin(), streamed_.member_paths.end(),
                       [&](const std::vector<std::string>& path) { return at_member_path(path); });
  }

  json* place(json&& value) {
    // The lexer has just read the value's first token: its line is where an element starts.
    if (!containers_.empty() && containers_.back().streamed) element_line_ = line_;
    if (containers_.empty()) {
      result_.root = std::move(value);
      return &result_.root;
    }
    json& parent = *containers_.back().value;
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool add_scalar(json&& value) {
    place(std::move(value));
    return hand_over_if_streamed();
  }

  bool open(json&& empty_container, bool streamed) {
    if (containers_.size() >= max_depth_) {
      fail("JSON nested deeper than " + std::to_string(max_depth_) + " levels");
      return false;
    }
    const bool member = !containers_.empty() && containers_.back().value->is_object();
    containers_.push_back({place(std::move(empty_container)), streamed, member ? key_ : std::string()});
    return true;
  }

  bool close() {
    containers_.pop_back();
    return hand_over_if_streamed();
  }

  // A value just completed; if its parent streams, pass it on instead of keeping it.
  bool hand_over_if_streamed() {
    if (containers_.empty() || !containers_.back().streamed || !on_element_) return true;
    json& array = *containers_.back().value;
    json element = std::move(array.back());
    array.get_ref<json::array_t&>().pop_back();
    if (on_element_(containers_.back().key, element_line_, std::move(element))) return true;
    result_.outcome = JsonReadResult::Outcome::kStopped;
    return false;
  }

  std::uint32_t max_depth_;
  const StreamedArrays& streamed_;
  const ElementHandler& on_element_;
  std::vector<Container> containers_;
  json* member_ = nullptr;
  std::string key_;  // the last member name read
  std::uint64_t line_ = 1;
  std::uint64_t element_line_ = 0;  // where the streamed element being built starts
  JsonReadResult result_;
};

}  // namespace

JsonReadResult read_json(std::string_view json_text, std::uint32_t max_depth, const StreamedArrays& streamed,
                         const ElementHandler& on_element) {
  BoundedDomBuilder builder(max_depth, streamed, on_element);
  const LineCountingIterator begin(json_text.data(), builder.line_counter());
  const LineCountingIterator end(json_text.data() + json_text.size(), builder.line_counter());
  json::sax_parse(begin, end, &builder, nlohmann::detail::input_format_t::json, true);
  return std::move(builder).take_result();
}

}  // namespace skillmatch::markup
