#include <chronicle/version.hpp>

namespace chronicle {
std::string_view version() { return CHRONICLE_VERSION; }
}  // namespace chronicle
