#pragma once

#include <optional>
#include <string_view>

namespace jixiao::core {

// A number stored as text: outer whitespace (as trim_outer_space) ignored; full-width digits/sign/point accepted (NFKC);
// optional leading + or -; digits with optional thousands separators "," only in valid groups of 3 ("1,234.5" ok, "1,23" not);
// optional decimal part (".5" and "5." accepted); nothing else (no internal spaces, no units, no %, no exponent, no "NaN"/"inf").
// Returns nullopt when the text is not such a number. Result always finite.
std::optional<double> parse_number_text(std::string_view utf8);

}  // namespace jixiao::core
