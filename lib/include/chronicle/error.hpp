#pragma once
// The one error type of Chronicle. Its message is a complete one-line sentence meant for
// a user ("events.json: line 4: field 'when': expected a TIMEX3 date such as 2021-03-23").
#include <stdexcept>
#include <string>

namespace chronicle {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace chronicle
