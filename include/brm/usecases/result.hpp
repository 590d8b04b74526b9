#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "brm/model/diagnostic.hpp"

// The one error convention of the use cases (docs/architecture.md, "Errors"): a use
// case returns its value or a Failure, never prints, and the command prints the
// failure once at its edge and exits 2. A value carries its own warnings.
namespace brm {

/// Why a use case did nothing: the problems found in files (printed first, as
/// path:line:col), then what it refused, each a sentence, in the order found.
struct Failure {
  Diagnostics diagnostics;
  std::vector<std::string> errors;

  /// Adds a refusal; every check runs, so that one run names every problem.
  void add(std::string message) { errors.push_back(std::move(message)); }
  /// Adds another failure's problems after these.
  void add(Failure other) {
    diagnostics.insert(diagnostics.end(), other.diagnostics.begin(), other.diagnostics.end());
    errors.insert(errors.end(), other.errors.begin(), other.errors.end());
  }
  bool empty() const { return diagnostics.empty() && errors.empty(); }
};

/// A failure with one message.
inline Failure failure(std::string message) { return Failure{{}, {std::move(message)}}; }

/// Prints "brm: internal error: ..." and aborts: a Result was read without checking it.
[[noreturn]] void unchecked_result_abort();

/// A use case's value, or why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: a value converts, as with std::expected
  Result(Failure f) : v_(std::move(f)) {}    // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  // Reading the value of a failure (or the failure of a value) is a bug of the caller's:
  // it stops the program at once, with a line saying so, rather than an exception that a
  // command could catch and turn into some other message.
  T& operator*() { return check(true), std::get<0>(v_); }
  const T& operator*() const { return check(true), std::get<0>(v_); }
  T* operator->() { return &**this; }
  const T* operator->() const { return &**this; }
  const Failure& failure() const { return check(false), std::get<1>(v_); }

 private:
  void check(bool value) const {
    if (ok() != value) unchecked_result_abort();
  }
  std::variant<T, Failure> v_;
};

}  // namespace brm
