// JsonTape::objects: the Python objects of a tape, made with the GIL held, so with as few
// calls into Python as the objects allow. Raw CPython calls, each giving a new reference
// or nullptr with the error set: pybind11's wrappers cost a reference count and a check
// per value, and this is the part of a report that two threads cannot do at once.
#include <algorithm>
#include <stdexcept>

#include "json_tape.hpp"

namespace py = pybind11;

namespace skillmatch::python {

namespace {

// Python's cycle collector, paused while it lives, and left as it was found (another
// thread may have disabled it). It counts containers as they are made and, over the tens
// of thousands in a report, would run collections that walk every live object with the
// GIL held. A tree made from JSON has no cycles for it to find. Nothing in the making
// gives the GIL away (no Python code runs: only str, int, float, list and dict are made
// and freed), so no other thread sees the collector paused, and two threads cannot pause
// it at once.
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

// A str of the tape's bytes: ASCII ones copied, as json.loads makes them, without a
// second look at each byte; the others decoded (the reader has checked they are UTF-8).
PyObject* make_str(const char* bytes, const JsonTape::Span& span) {
  if (!span.ascii || span.size == 0) return PyUnicode_DecodeUTF8(bytes + span.offset, span.size, nullptr);
  PyObject* str = PyUnicode_New(span.size, 127);
  if (str != nullptr) std::copy_n(bytes + span.offset, span.size, static_cast<char*>(PyUnicode_DATA(str)));
  return str;
}

}  // namespace

// Made with each short string made once (keys, shared by every dict that has them, so
// their hashes are computed once) and each shape's dict made once with None for values:
// a dict of a shape is that dict copied (its keys' table copied whole: no rehashing as
// it grows, the same table json.loads ends with) and its values set in place.
class ObjectMaker {
 public:
  explicit ObjectMaker(const JsonTape& tape)
      : tape_(tape), strings_(tape.strings_.size()), shapes_(tape.shapes_.size()) {}

  // The next value; a new reference, or nullptr with the error set.
  PyObject* next() {
    const JsonTape::Token& token = tape_.tokens_[at_++];
    using Kind = JsonTape::Token::Kind;
    switch (token.kind) {
      case Kind::kNull: return Py_NewRef(Py_None);
      case Kind::kFalse: return Py_NewRef(Py_False);
      case Kind::kTrue: return Py_NewRef(Py_True);
      case Kind::kInteger: return PyLong_FromLongLong(token.integer);
      case Kind::kUnsigned: return PyLong_FromUnsignedLongLong(token.unsigned_integer);
      case Kind::kFloat: return PyFloat_FromDouble(token.floating);
      case Kind::kString: return Py_XNewRef(string(token.string));
      case Kind::kObject: return token.shape == JsonTape::kNoShape ? object(token.size) : shaped(token);
      case Kind::kArray: return array(token.size);
    }
    PyErr_SetString(PyExc_SystemError, "unknown JSON tape token");
    return nullptr;
  }

 private:
  // The str of strings_[number], borrowed: a short one made at its first use and kept,
  // a long one (used once) made anew and kept until the maker ends.
  PyObject* string(std::size_t number) {
    py::object& made = strings_[number];
    if (!made) made = py::reinterpret_steal<py::object>(make_str(tape_.bytes_.data(), tape_.strings_[number]));
    return made.ptr();
  }
  // A dict made key by key.
  PyObject* object(std::uint32_t members) {
    PyObject* dict = PyDict_New();
    for (std::uint32_t i = 0; dict != nullptr && i < members; ++i) {
      PyObject* key = next();
      PyObject* value = key != nullptr ? next() : nullptr;
      if (value == nullptr || PyDict_SetItem(dict, key, value) != 0) Py_CLEAR(dict);
      Py_XDECREF(key);
      Py_XDECREF(value);
    }
    return dict;
  }
  // A dict of a shape: the shape's dict copied, then each value set in its place.
  PyObject* shaped(const JsonTape::Token& token) {
    PyObject* model = shape(token.shape);
    PyObject* dict = model != nullptr ? PyDict_Copy(model) : nullptr;
    for (std::uint32_t i = 0; dict != nullptr && i < token.size; ++i) {
      PyObject* key = string(tape_.tokens_[at_++].string);
      PyObject* value = key != nullptr ? next() : nullptr;
      if (value == nullptr || PyDict_SetItem(dict, key, value) != 0) Py_CLEAR(dict);
      Py_XDECREF(value);
    }
    return dict;
  }
  // The dict of shape `number` with None for values, made at its first use (borrowed).
  PyObject* shape(std::size_t number) {
    py::object& made = shapes_[number];
    if (made) return made.ptr();
    const JsonTape::Shape& shape = tape_.shapes_[number];
    PyObject* dict = PyDict_New();
    for (std::uint32_t i = 0; dict != nullptr && i < shape.size; ++i) {
      PyObject* key = string(tape_.keys_[shape.first + i]);
      if (key == nullptr || PyDict_SetItem(dict, key, Py_None) != 0) Py_CLEAR(dict);
    }
    made = py::reinterpret_steal<py::object>(dict);
    return dict;
  }
  PyObject* array(std::uint32_t elements) {
    PyObject* list = PyList_New(elements);
    for (std::uint32_t i = 0; list != nullptr && i < elements; ++i) {
      PyObject* element = next();
      if (element == nullptr) Py_CLEAR(list);  // the list frees the elements set so far
      else PyList_SET_ITEM(list, i, element);
    }
    return list;
  }

  const JsonTape& tape_;
  std::size_t at_ = 0;
  std::vector<py::object> strings_;  // the strs made so far, by place in tape_.strings_
  std::vector<py::object> shapes_;   // the shapes' dicts made so far
};

py::object JsonTape::objects() const {
  if (tokens_.empty()) throw std::invalid_argument("no JSON value");
  const CollectorPaused paused;
  PyObject* made = ObjectMaker(*this).next();
  if (made == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(made);
}

}  // namespace skillmatch::python
