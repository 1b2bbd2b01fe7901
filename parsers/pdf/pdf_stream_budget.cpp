#include "pdf/pdf_stream_budget.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <climits>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <vector>

namespace skillmatch::parsers::pdf {
namespace {

// Forms drawn inside forms deeper than this are refused (and the count's recursion bounded).
constexpr int kMaxFormDepth = 32;
// How far before "stream" its object's dictionary is looked for.
constexpr std::size_t kDictionaryWindow = 4096;
constexpr std::size_t kChunk = 1 << 16;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }
bool is_delimiter(char c) { return std::string_view("()<>[]{}/%").find(c) != std::string_view::npos; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_space(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  return pos;
}

// A name or a number or a keyword starting at `pos` (after a '/' for a name).
std::string_view read_word(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && !is_space(text[pos]) && !is_delimiter(text[pos])) ++pos;
  return text.substr(start, pos - start);
}

std::optional<std::uint64_t> read_integer(std::string_view text, std::size_t& pos) {
  pos = skip_space(text, pos);
  if (pos >= text.size() || !is_digit(text[pos])) return std::nullopt;
  std::uint64_t value = 0;
  while (pos < text.size() && is_digit(text[pos]) && value < (1ull << 40)) value = value * 10 + (text[pos++] - '0');
  return value;
}

// "N G R" at `pos`: the object number N.
std::optional<std::uint64_t> read_reference(std::string_view text, std::size_t& pos) {
  std::size_t at = pos;
  const auto number = read_integer(text, at);
  if (!number || !read_integer(text, at)) return std::nullopt;
  at = skip_space(text, at);
  if (at >= text.size() || text[at] != 'R') return std::nullopt;
  pos = at + 1;
  return number;
}

// Past the object at `pos`: a dictionary or an array (nested), a string, a name, a word.
std::size_t skip_object(std::string_view text, std::size_t pos) {
  int depth = 0;
  do {
    pos = skip_space(text, pos);
    if (pos >= text.size()) return pos;
    const char c = text[pos];
    if (text.compare(pos, 2, "<<") == 0 || text.compare(pos, 2, ">>") == 0) {
      depth += c == '<' ? 1 : -1;
      pos += 2;
    } else if (c == '[' || c == ']') {
      depth += c == '[' ? 1 : -1;
      ++pos;
    } else if (c == '(') {
      int parentheses = 0;
      for (; pos < text.size(); ++pos) {
        if (text[pos] == '\\') ++pos;
        else if (text[pos] == '(') ++parentheses;
        else if (text[pos] == ')' && --parentheses == 0) break;
      }
      pos = std::min(pos + 1, text.size());
    } else if (c == '<') {
      pos = std::min(text.find('>', pos), text.size() - 1) + 1;
    } else if (c == '%') {
      pos = std::min(text.find_first_of("\r\n", pos), text.size());
    } else {
      if (c == '/') ++pos;
      if (read_word(text, pos).empty()) ++pos;  // a stray delimiter
    }
  } while (depth > 0);
  return pos;
}

// The keys of a stream's dictionary that say how to decode it and what it is.
struct StreamDictionary {
  std::uint64_t object = 0;  // 0: not found
  std::string type;
  std::string subtype;
  std::vector<std::string> filters;  // in decoding order
  std::optional<std::uint64_t> length;  // when written directly, not as a reference
};

std::string read_name(std::string_view text, std::size_t& pos) {
  pos = skip_space(text, pos);
  if (pos >= text.size() || text[pos] != '/') return {};
  ++pos;
  return std::string(read_word(text, pos));
}

void read_value(std::string_view key, std::string_view text, std::size_t& pos, StreamDictionary& out) {
  pos = skip_space(text, pos);
  if (key == "Type") {
    out.type = read_name(text, pos);
  } else if (key == "Subtype") {
    out.subtype = read_name(text, pos);
  } else if (key == "Filter" && pos < text.size() && text[pos] == '[') {
    ++pos;
    for (std::string name; !(name = read_name(text, pos)).empty();) out.filters.push_back(std::move(name));
    if (pos < text.size() && text[pos] == ']') ++pos;
  } else if (key == "Filter") {
    if (std::string name = read_name(text, pos); !name.empty()) out.filters.push_back(std::move(name));
  } else if (key == "Length" && !read_reference(text, pos)) {
    out.length = read_integer(text, pos);
  } else if (!read_reference(text, pos)) {
    pos = skip_object(text, pos);
  }
}

// The dictionary of the object whose "stream" keyword is at `keyword`: the outermost
// keys only, so a /Subtype /Image in a nested dictionary does not make it an image.
StreamDictionary read_stream_dictionary(std::string_view bytes, std::size_t keyword) {
  StreamDictionary out;
  const std::size_t from = keyword > kDictionaryWindow ? keyword - kDictionaryWindow : 0;
  const std::string_view window = bytes.substr(from, keyword - from);
  const std::size_t obj = window.rfind(" obj");
  if (obj == std::string_view::npos) return out;
  std::size_t number_end = obj;
  while (number_end > 0 && is_space(window[number_end - 1])) --number_end;
  while (number_end > 0 && is_digit(window[number_end - 1])) --number_end;  // the generation
  std::size_t number_start = number_end;
  while (number_start > 0 && is_space(window[number_start - 1])) --number_start;
  while (number_start > 0 && is_digit(window[number_start - 1])) --number_start;
  if (const auto number = read_integer(window, number_start)) out.object = *number;
  std::size_t pos = window.find("<<", obj);
  if (pos == std::string_view::npos) return out;
  for (pos += 2;;) {
    const std::string key = read_name(window, pos);
    if (key.empty()) return out;
    read_value(key, window, pos, out);
  }
}

// --- Filters: each decodes one layer, handing its output to `sink` in chunks until the
// sink returns false or the data ends. PDF streams end with their own end markers.

using Sink = std::function<bool(std::string_view)>;

class ChunkedOutput {
 public:
  explicit ChunkedOutput(const Sink& sink) : sink_(sink) {}
  bool put(char c) {
    buffer_ += c;
    return buffer_.size() < kChunk || flush();
  }
  bool flush() {
    const bool more = sink_(buffer_);
    buffer_.clear();
    return more;
  }

 private:
  const Sink& sink_;
  std::string buffer_;
};

void inflate_layer(std::string_view in, const Sink& sink) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) return;  // zlib or gzip header
  std::array<char, kChunk> out;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT_MAX));
  for (int status = Z_OK; status == Z_OK;) {
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    status = inflate(&stream, Z_NO_FLUSH);
    if (!sink({out.data(), out.size() - stream.avail_out})) break;
    if (status == Z_BUF_ERROR && stream.avail_out != 0) break;  // input ran out
  }
  inflateEnd(&stream);
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void ascii_hex_layer(std::string_view in, const Sink& sink) {
  ChunkedOutput out(sink);
  int high = -1;
  for (const char c : in) {
    if (c == '>') break;
    const int digit = hex_value(c);
    if (digit < 0) continue;
    if (high < 0) {
      high = digit;
      continue;
    }
    if (!out.put(static_cast<char>(high << 4 | digit))) return;
    high = -1;
  }
  if (high >= 0) out.put(static_cast<char>(high << 4));
  out.flush();
}

void ascii85_layer(std::string_view in, const Sink& sink) {
  ChunkedOutput out(sink);
  std::uint64_t group = 0;
  int digits = 0;
  const auto emit = [&](int bytes) {
    for (int i = 0; i < bytes; ++i) {
      if (!out.put(static_cast<char>(group >> (24 - 8 * i)))) return false;
    }
    return true;
  };
  for (const char c : in) {
    if (c == '~') break;
    if (c == 'z' && digits == 0) {
      if (!emit(4)) return;
    } else if (c >= '!' && c <= 'u') {
      group = group * 85 + static_cast<std::uint64_t>(c - '!');
      if (++digits == 5) {
        if (!emit(4)) return;
        group = 0;
        digits = 0;
      }
    }
  }
  if (digits > 1) {
    for (int i = digits; i < 5; ++i) group = group * 85 + 84;
    emit(digits - 1);
  }
  out.flush();
}

void run_length_layer(std::string_view in, const Sink& sink) {
  ChunkedOutput out(sink);
  for (std::size_t pos = 0; pos < in.size();) {
    const auto length = static_cast<unsigned char>(in[pos++]);
    if (length == 128) break;
    const std::size_t copies = length < 128 ? 1 : 257 - length;
    const std::size_t literal = length < 128 ? length + 1u : 1;
    for (std::size_t i = 0; i < literal && pos < in.size(); ++i, ++pos) {
      for (std::size_t copy = 0; copy < copies; ++copy) {
        if (!out.put(in[pos])) return;
      }
    }
  }
  out.flush();
}

// LZW as PDF writes it: 9 to 12-bit codes, 256 clears the table, 257 ends the data, and
// the code width grows one code early (the /EarlyChange default).
void lzw_layer(std::string_view in, const Sink& sink) {
  struct Entry {
    int prefix = -1;
    char last = 0;
    char first = 0;
  };
  std::vector<Entry> table(4096);
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = {-1, static_cast<char>(c), static_cast<char>(c)};
  int size = 258, width = 9, previous = -1, pending = 0;
  std::uint32_t bits = 0;
  std::string word;
  ChunkedOutput out(sink);
  for (const char byte : in) {
    bits = bits << 8 | static_cast<unsigned char>(byte);
    pending += 8;
    if (pending < width) continue;
    const int code = static_cast<int>(bits >> (pending - width) & ((1u << width) - 1));
    pending -= width;
    if (code == 256) {  // clear
      size = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code == 257 || code > size || code >= 4096 || (previous < 0 && code >= 256)) break;
    if (previous >= 0 && size < 4096) {
      const int source = code < size ? code : previous;  // code == size: the entry being made
      table[static_cast<std::size_t>(size++)] = {previous, table[static_cast<std::size_t>(source)].first,
                                                 table[static_cast<std::size_t>(previous)].first};
    }
    word.clear();
    for (int at = code; at >= 0; at = table[static_cast<std::size_t>(at)].prefix) word += table[static_cast<std::size_t>(at)].last;
    for (auto it = word.rbegin(); it != word.rend(); ++it) {
      if (!out.put(*it)) return;
    }
    previous = code;
    width = size + 1 >= 2048 ? 12 : size + 1 >= 1024 ? 11 : size + 1 >= 512 ? 10 : 9;  // one code early
  }
  out.flush();
}

// Decodes one layer; false for a filter not known here (images' and Crypt).
bool decode_layer(std::string_view filter, std::string_view in, const Sink& sink) {
  if (filter == "FlateDecode" || filter == "Fl") inflate_layer(in, sink);
  else if (filter == "ASCIIHexDecode" || filter == "AHx") ascii_hex_layer(in, sink);
  else if (filter == "ASCII85Decode" || filter == "A85") ascii85_layer(in, sink);
  else if (filter == "RunLengthDecode" || filter == "RL") run_length_layer(in, sink);
  else if (filter == "LZWDecode" || filter == "LZW") lzw_layer(in, sink);
  else return false;
  return true;
}

// --- The stream index and the count.

struct Stream {
  StreamDictionary dictionary;
  std::string_view data;     // from the first data byte to the end of the file
  std::string_view encoded;  // the data /Length or "endstream" delimits
};

std::vector<Stream> index_streams(std::string_view bytes) {
  std::vector<Stream> streams;
  std::size_t pos = 0;
  while ((pos = bytes.find("stream", pos)) != std::string_view::npos) {
    const std::size_t keyword = pos;
    pos += 6;
    if (keyword > 0 && bytes[keyword - 1] == 'd') continue;  // "endstream"
    if (pos < bytes.size() && bytes[pos] == '\r') ++pos;
    if (pos < bytes.size() && bytes[pos] == '\n') ++pos;
    Stream stream{read_stream_dictionary(bytes, keyword), bytes.substr(pos), {}};
    const auto& length = stream.dictionary.length;
    const std::size_t end = length && *length <= bytes.size() - pos ? pos + *length : bytes.find("endstream", pos);
    stream.encoded = bytes.substr(pos, std::min(end, bytes.size()) - pos);
    streams.push_back(std::move(stream));
  }
  return streams;
}

// What the layers of `stream` decode to, every layer counted, up to just past `cap`.
// The last layer's output goes to `reader` in chunks, when given; the layers before it
// are held in memory, as the next one reads them.
std::uint64_t decoded_size(const Stream& stream, std::uint64_t cap, const Sink* reader) {
  const auto& filters = stream.dictionary.filters;
  if (filters.empty()) {
    if (reader != nullptr) (*reader)(stream.encoded);
    return stream.encoded.size();
  }
  std::uint64_t count = 0;
  std::string layer_input;
  std::string_view input = stream.data;
  for (std::size_t i = 0; i < filters.size(); ++i) {
    const bool last = i + 1 == filters.size();
    std::string output;
    const bool known = decode_layer(filters[i], input, [&](std::string_view chunk) {
      count += chunk.size();
      if (!last) output.append(chunk);
      else if (reader != nullptr) (*reader)(chunk);
      return count <= cap;
    });
    if (!known) return count + (i == 0 ? stream.encoded.size() : input.size());  // its encoded bytes stand for it
    if (count > cap) return count;
    layer_input = std::move(output);
    input = layer_input;
  }
  return count;
}

// How many times each object is named in a page's /Contents, in `text`.
void count_content_uses(std::string_view text, std::map<std::uint64_t, std::uint64_t>& uses) {
  for (std::size_t pos = 0; (pos = text.find("/Contents", pos)) != std::string_view::npos;) {
    pos = skip_space(text, pos + 9);
    const bool array = pos < text.size() && text[pos] == '[';
    if (array) ++pos;
    while (const auto object = read_reference(text, pos)) {
      ++uses[*object];
      if (!array) break;
    }
  }
}

// Resource names bound to form XObjects ("/Fm0 12 0 R"), each name to every form it
// names anywhere in the file: a Do of that name is charged the costliest of them.
using FormNames = std::map<std::string, std::set<std::uint64_t>, std::less<>>;

void bind_form_names(std::string_view text, const std::set<std::uint64_t>& forms, FormNames& names) {
  for (std::size_t pos = 0; (pos = text.find('/', pos)) != std::string_view::npos;) {
    ++pos;
    const std::string_view name = read_word(text, pos);
    std::size_t at = pos;
    const auto object = read_reference(text, at);
    if (object && forms.contains(*object)) names[std::string(name)].insert(*object);
  }
}

using Draws = std::map<std::string, std::uint64_t, std::less<>>;

// Counts in `draws` the form names `content` draws with Do ("/Fm0 Do"), for each Do
// from `from` on.
void count_draws(std::string_view content, std::size_t from, const FormNames& names, Draws& draws) {
  for (std::size_t pos = from; (pos = content.find("Do", pos)) != std::string_view::npos; pos += 2) {
    if (pos + 2 < content.size() && !is_space(content[pos + 2]) && !is_delimiter(content[pos + 2])) continue;
    std::size_t end = pos;
    while (end > 0 && is_space(content[end - 1])) --end;
    std::size_t start = end;
    while (start > 0 && !is_space(content[start - 1]) && !is_delimiter(content[start - 1])) --start;
    if (end == pos || start == 0 || content[start - 1] != '/') continue;
    const auto bound = names.find(content.substr(start, end - start));
    if (bound != names.end()) ++draws[bound->first];
  }
}

// count_draws over content that arrives in chunks, never held whole: a content stream
// may decode to hundreds of megabytes. The end of each chunk is kept for the next, as a
// name and its Do may straddle them (a Do whose name is longer than that is missed).
class DrawCounter {
 public:
  explicit DrawCounter(const FormNames& names) : names_(names) {}
  void read(std::string_view chunk) {
    window_.append(chunk);
    count_draws(window_, from_, names_, draws_);
    window_.erase(0, window_.size() - std::min(window_.size(), kKept));
    from_ = window_.empty() ? 0 : window_.size() - 1;  // a 'D' at the very end is looked at again
  }
  Draws draws() && { return std::move(draws_); }

 private:
  static constexpr std::size_t kKept = 256;
  const FormNames& names_;
  std::string window_;
  std::size_t from_ = 0;
  Draws draws_;
};

// Sums that stop just past the limit: nested forms can multiply without bound.
struct Saturating {
  std::uint64_t cap;
  std::uint64_t add(std::uint64_t a, std::uint64_t b) const { return std::min(cap, a + std::min(b, cap)); }
  std::uint64_t times(std::uint64_t a, std::uint64_t n) const { return n != 0 && a > cap / n ? cap : std::min(cap, a * n); }
};

// What poppler decodes to read a PDF's text, as PdfBudget::total() adds it up.
class PdfBudget {
 public:
  PdfBudget(std::string_view bytes, std::uint64_t limit) : bytes_(bytes), limit_(limit), sum_{limit + 1} {}

  std::uint64_t total() {
    const std::vector<Stream> streams = index_streams(bytes_);
    for (const Stream& stream : streams) {
      if (stream.dictionary.subtype == "Form" && stream.dictionary.object != 0) forms_.insert(stream.dictionary.object);
    }
    count_content_uses(bytes_, uses_);
    bind_form_names(bytes_, forms_, names_);
    // Object streams first: the page dictionaries in them name content streams and forms too.
    for (const Stream& stream : streams) {
      if (stream.dictionary.type != "ObjStm") continue;
      std::string objects;
      const Sink keep = [&](std::string_view chunk) {
        objects.append(chunk);
        return true;
      };
      total_ = sum_.add(total_, decoded_size(stream, limit_ - std::min(total_, limit_), &keep));
      count_content_uses(objects, uses_);
      bind_form_names(objects, forms_, names_);
    }
    // Then every other stream, forms measured before any page's draws are costed: a page
    // may come before the forms it draws.
    std::vector<std::pair<std::uint64_t, Drawn>> page_contents;  // pages, what the content draws
    for (const Stream& stream : streams) {
      if (stream.dictionary.type != "ObjStm" && total_ <= limit_) measure(stream, page_contents);
    }
    for (const auto& [pages, drawn] : page_contents) total_ = sum_.add(total_, sum_.times(draws_cost(drawn, 0), pages));
    return total_;
  }

 private:
  struct Drawn {
    std::uint64_t size = 0;
    Draws draws;
  };

  // Adds a stream's decoded size, once per page that uses it as content; keeps what a
  // content stream or a form draws.
  void measure(const Stream& stream, std::vector<std::pair<std::uint64_t, Drawn>>& page_contents) {
    const std::uint64_t object = stream.dictionary.object;
    const auto used = uses_.find(object);
    const std::uint64_t pages = used == uses_.end() || object == 0 ? 0 : used->second;
    // Poppler skips image data when it extracts text, unless a page draws it as content.
    if (pages == 0 && stream.dictionary.subtype == "Image") return;
    const bool form = forms_.contains(object);
    DrawCounter counter(names_);
    const Sink read = [&](std::string_view chunk) {
      counter.read(chunk);
      return true;
    };
    const std::uint64_t size = decoded_size(stream, limit_ - total_, pages > 0 || form ? &read : nullptr);
    total_ = sum_.add(total_, sum_.times(size, std::max<std::uint64_t>(pages, 1)));
    if ((pages == 0 && !form) || total_ > limit_) return;
    Drawn drawn{size, std::move(counter).draws()};
    if (form) drawn_[object] = drawn;
    if (pages > 0) page_contents.emplace_back(pages, std::move(drawn));
  }

  std::uint64_t draws_cost(const Drawn& drawn, int depth) {
    std::uint64_t cost = 0;
    for (const auto& [name, count] : drawn.draws) cost = sum_.add(cost, sum_.times(name_cost(name, depth), count));
    return cost;
  }

  // The costliest form `name` may draw, with the forms it draws in turn. A form that
  // draws itself, directly or not, or forms nested deeper than any real document's,
  // cost everything.
  std::uint64_t name_cost(const std::string& name, int depth) {
    if (depth > kMaxFormDepth) return sum_.cap;
    if (const auto known = name_costs_.find(name); known != name_costs_.end()) return known->second;
    std::uint64_t cost = 0;
    for (const std::uint64_t form : names_.at(name)) {
      if (!costs_.contains(form)) {
        costs_[form] = sum_.cap;  // while it is being measured
        const auto drawn = drawn_.find(form);
        costs_[form] = drawn == drawn_.end() ? 0 : sum_.add(drawn->second.size, draws_cost(drawn->second, depth + 1));
      }
      cost = std::max(cost, costs_[form]);
    }
    return name_costs_[name] = cost;
  }

  std::string_view bytes_;
  std::uint64_t limit_;
  Saturating sum_;
  std::uint64_t total_ = 0;
  std::map<std::uint64_t, std::uint64_t> uses_;     // content stream -> pages that draw it
  std::set<std::uint64_t> forms_;                   // the object numbers of form XObjects
  FormNames names_;
  std::map<std::uint64_t, Drawn> drawn_;            // forms measured so far
  std::map<std::uint64_t, std::uint64_t> costs_;    // a form's cost with what it draws
  std::map<std::string, std::uint64_t, std::less<>> name_costs_;  // so each name is costed once
};

}  // namespace

std::optional<std::string> check_decoded_size(std::string_view bytes, std::uint64_t limit) {
  if (PdfBudget(bytes, limit).total() <= limit) return std::nullopt;
  return "PDF streams decode to more than " + std::to_string(limit) +
         " bytes, counted each time a page draws them (limit on uncompressed size, see --max-uncompressed-size)";
}

}  // namespace skillmatch::parsers::pdf
