// JSON text as Python objects, made in two steps so that the GIL is held only for the
// second: the text is read into a flat tape without the GIL (read), then the dicts, lists
// and values are made from the tape (objects). json.loads does both with the GIL held,
// and on the engine's reports it costs about as much as the engine: from two Python
// threads, that conversion, not the engine, was what ran one at a time (issue 20).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pybind11/pybind11.h>

namespace skillmatch::python {

class JsonTape {
 public:
  // Reads JSON text; std::invalid_argument if it is not JSON. Needs no GIL.
  static JsonTape read(std::string_view text);
  // What json.loads gives for the text (equal values). Needs the GIL.
  pybind11::object objects() const;

  // One value, in document order; a container's elements follow it.
  struct Token {
    // kShortString: a string of up to kShortUpTo bytes, numbered in order of first use.
    enum class Kind : std::uint8_t {
      kNull, kFalse, kTrue, kInteger, kUnsigned, kFloat, kString, kShortString, kObject, kArray
    };
    Kind kind = Kind::kNull;
    std::uint32_t size = 0;  // a string's bytes, an object's members or an array's elements
    union {
      std::int64_t integer = 0;
      std::uint64_t unsigned_integer;
      double floating;
      std::size_t offset;  // a string's place in strings_
      std::size_t number;  // a short string's place in short_strings_
    };
  };
  // Short strings (keys, skill ids, section names) repeat thousands of times in a report:
  // they are told apart while reading, without the GIL, so that each is made into a str once.
  static constexpr std::size_t kShortUpTo = 64;
  // Where a string's bytes are in the tape.
  struct Span {
    std::size_t offset;
    std::size_t size;
  };

 private:
  friend class TapeWriter;
  std::vector<Token> tokens_;  // an object's member is its key (a string) then its value
  std::string strings_;        // every string's bytes, unescaped, one after another
  std::vector<Span> short_strings_;  // each distinct short string's place in strings_
};

}  // namespace skillmatch::python
