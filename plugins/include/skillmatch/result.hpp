// Expected failures as values: a Result holds either a value or an Error naming what failed.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace skillmatch {

// One problem with one input: `subject` is a file (or rule, or role), `message` one line.
struct Error {
  std::string subject;
  std::string message;
  std::string to_string() const { return subject.empty() ? message : subject + ": " + message; }
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace skillmatch
