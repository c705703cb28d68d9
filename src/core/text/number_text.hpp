#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao::core {

// A number stored as text: outer whitespace (as trim_outer_space) ignored; full-width digits/sign/point accepted (NFKC);
// optional leading + or -; digits with optional thousands separators "," only in valid groups of 3 ("1,234.5" ok, "1,23" not);
// optional decimal part (".5" and "5." accepted); nothing else (no internal spaces, no units, no %, no exponent, no "NaN"/"inf").
// Returns nullopt when the text is not such a number. Result always finite.
std::optional<double> parse_number_text(std::string_view utf8);

// The shortest text that reads back as the same double ("0.1", not "0.10000000000000001").
std::string shortest_number_text(double value);

// std::from_chars for a double, as libstdc++ 12 does it (fast_float, correctly rounded, no locale),
// including result_out_of_range for a number that overflows or underflows to zero. The core
// calls this instead of std::from_chars because libstdc++ has that overload only since GCC 11
// (GLIBCXX_3.4.29), newer than the libstdc++ of the offices the component must load in.
std::from_chars_result decimal_from_chars(const char* first, const char* last, double& value,
                                          std::chars_format format = std::chars_format::general);

}  // namespace jixiao::core
