#include "core/text/number_text.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include <fast_float/fast_float.h>

#include "core/text/decimal_syntax.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

std::string without_commas(std::string_view digits) {
  std::string result;
  result.reserve(digits.size());
  for (char c : digits) {
    if (c != ',') result.push_back(c);
  }
  return result;
}

// from_chars reports both overflow and underflow as out of range. Underflow is still a valid
// number (0.000…01 is "almost zero"), overflow is not representable: tell them apart by whether
// any non-zero digit stands before the decimal point.
bool integer_part_is_zero(std::string_view digits) {
  for (char c : digits) {
    if (c == '.') return true;
    if (c != '0') return false;
  }
  return true;
}

}  // namespace

std::optional<double> parse_number_text(std::string_view utf8) {
  const std::string text = trim_outer_space(nfkc(utf8));
  std::string_view rest = text;

  bool negative = false;
  if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
    negative = rest.front() == '-';
    rest.remove_prefix(1);
  }
  const std::size_t length = unsigned_decimal_length(rest, BarePoint::allowed);
  if (length == 0 || length != rest.size()) return std::nullopt;

  const std::string digits = without_commas(rest);
  double magnitude = 0.0;
  const auto [end, error] = decimal_from_chars(digits.data(), digits.data() + digits.size(), magnitude,
                                               std::chars_format::fixed);
  if (error == std::errc::result_out_of_range) {
    if (!integer_part_is_zero(digits)) return std::nullopt;
    magnitude = 0.0;
  } else if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(magnitude)) {
    return std::nullopt;
  }
  return negative ? -magnitude : magnitude;
}

std::string shortest_number_text(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc{} ? std::string(buffer, end) : "0";
}

std::from_chars_result decimal_from_chars(const char* first, const char* last, double& value,
                                          std::chars_format format) {
  const fast_float::chars_format fast_format = format == std::chars_format::fixed        ? fast_float::chars_format::fixed
                                               : format == std::chars_format::scientific ? fast_float::chars_format::scientific
                                                                                         : fast_float::chars_format::general;
  double parsed = 0.0;
  const fast_float::from_chars_result result = fast_float::from_chars(first, last, parsed, fast_format);
  if (result.ec != std::errc()) return {result.ptr, result.ec};
  // fast_float returns infinity or zero where the number is out of range; libstdc++ says so. The
  // text may itself spell infinity ("inf"): that is in range.
  const std::string_view text(first, static_cast<std::size_t>(result.ptr - first));
  const bool spelled_infinity = text.find_first_of("iI") != std::string_view::npos;
  const std::string_view mantissa = text.substr(0, text.find_first_of("eE"));
  const bool nonzero_digit = mantissa.find_first_of("123456789") != std::string_view::npos;
  if ((std::isinf(parsed) && !spelled_infinity) || (parsed == 0.0 && nonzero_digit))
    return {result.ptr, std::errc::result_out_of_range};
  value = parsed;
  return {result.ptr, std::errc()};
}

}  // namespace jixiao::core
