#pragma once
// Helpers shared by the doctest suites (tests/ is on every suite's include path).
#include <chronicle/error.hpp>

#include <string>
#include <utility>

namespace chronicle::test {

// Runs `action` and returns the message of the chronicle::Error it throws, or "(no error)"
// when it throws none, so that a test can compare the very line a user would read. Any
// other exception is left to propagate: doctest then reports it as a failure of its own.
template <typename Action>
std::string error_of(Action&& action) {
    try {
        std::forward<Action>(action)();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace chronicle::test
