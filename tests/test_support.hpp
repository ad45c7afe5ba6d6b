#pragma once
// Helpers shared by the doctest suites (tests/ is on every suite's include path).
#include <chronicle/error.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

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

// The names (without extension) of the `.txt` articles in `dir`, sorted, so that every
// article in a folder of test articles is scored and the order is stable.
inline std::vector<std::string> article_stems(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace chronicle::test
