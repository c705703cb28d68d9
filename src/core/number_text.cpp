#include "core/number_text.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include "core/decimal_syntax.hpp"
#include "core/text.hpp"

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
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude,
                                            std::chars_format::fixed);
  if (error == std::errc::result_out_of_range) {
    if (!integer_part_is_zero(digits)) return std::nullopt;
    magnitude = 0.0;
  } else if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(magnitude)) {
    return std::nullopt;
  }
  return negative ? -magnitude : magnitude;
}

}  // namespace jixiao::core
