#pragma once
// How a JSON value is named in an error message ("a number", "an array"...), for every reader
// of JSON input (events files, batch records), so their messages agree.
#include <nlohmann/json.hpp>

#include <string_view>

namespace chronicle {

inline std::string_view json_kind(const nlohmann::json& value) {
    if (value.is_string()) return "a string";
    if (value.is_number()) return "a number";
    if (value.is_boolean()) return "a boolean";
    if (value.is_null()) return "null";
    if (value.is_array()) return "an array";
    return "an object";
}

}  // namespace chronicle
