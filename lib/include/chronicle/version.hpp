#pragma once
#include <string_view>

namespace chronicle {
std::string_view version();  // "0.1.0"
}  // namespace chronicle
