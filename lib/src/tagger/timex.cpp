#include <chronicle/timex.hpp>

namespace chronicle {

std::string_view to_string(TimexType type) {
    switch (type) {
        case TimexType::Date: return "DATE";
        case TimexType::Time: return "TIME";
        case TimexType::Duration: return "DURATION";
        case TimexType::Set: return "SET";
    }
    return "DATE";
}

}  // namespace chronicle
