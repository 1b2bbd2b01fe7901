// JSON text as Python objects, made in two steps so that the GIL is held only for the
// second: the text is read into a flat tape without the GIL (read), then the dicts, lists
// and values are made from the tape (objects). json.loads does both with the GIL held,
// and on the engine's reports it costs about as much as the engine: from two Python
// threads, that conversion, not the engine, was what ran one at a time (issue 20). So the
// tape also carries whatever can be worked out ahead, to leave the second step little
// more than allocating: each distinct short string once, with whether it is ASCII, and
// each object's keys as a shape shared by the objects with the same keys in the same order.
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
  // What json.loads gives for the text (equal values, the same key order). Needs the GIL;
  // leaves the cycle collector's state as it found it (tape_objects.cpp).
  pybind11::object objects() const;

  // One value, in document order; a container's elements follow it.
  struct Token {
    enum class Kind : std::uint8_t { kNull, kFalse, kTrue, kInteger, kUnsigned, kFloat, kString, kObject, kArray };
    Kind kind = Kind::kNull;
    std::uint32_t size = 0;  // an object's members or an array's elements
    union {
      std::int64_t integer = 0;
      std::uint64_t unsigned_integer;
      double floating;
      std::size_t string;  // a string's place in strings_
      std::size_t shape;   // an object's keys: its place in shapes_, or kNoShape
    };
  };
  // Short strings (keys, skill ids, section names) repeat thousands of times in a report:
  // they are told apart while reading, so that each is made into a str once.
  static constexpr std::size_t kShortUpTo = 64;
  // An object that has a key longer than kShortUpTo: its dict is made key by key.
  static constexpr std::size_t kNoShape = SIZE_MAX;
  // A string's bytes in bytes_ (UTF-8, unescaped).
  struct Span {
    std::size_t offset;
    std::uint32_t size;
    bool ascii;  // every byte below 0x80: the str's characters are its bytes
  };
  // The keys of the objects of one shape, in order: their places in keys_.
  struct Shape {
    std::size_t first;
    std::uint32_t size;
  };

 private:
  friend class TapeWriter;
  friend class ObjectMaker;
  std::vector<Token> tokens_;   // an object's member is its key (a string) then its value
  std::string bytes_;           // every string's bytes, one after another
  std::vector<Span> strings_;   // each distinct short string once, each long string each time
  std::vector<std::size_t> keys_;  // the shapes' keys, as places in strings_
  std::vector<Shape> shapes_;   // each distinct sequence of keys once
};

}  // namespace skillmatch::python
