// Text as a JSON string literal, for jixiao-check --format json.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::core {

// `text` quoted and escaped (RFC 8259) so that the literal is valid UTF-8 and reads back as the
// text the office had: well-formed UTF-8 passes through, an unpaired surrogate in its 3-byte form
// (how uno/common/strings.hpp carries one, e.g. ED A0 80) becomes its \uD800 escape, any other
// ill-formed byte \uFFFD, control characters \n, \r, \t or \u00XX.
std::string json_string(std::string_view text);

}  // namespace jixiao::core
