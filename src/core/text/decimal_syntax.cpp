#include "core/text/decimal_syntax.hpp"

namespace jixiao::core {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t digit_run_length(std::string_view text, std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && is_ascii_digit(text[end])) ++end;
  return end - from;
}

std::size_t integer_part_length(std::string_view text) {
  const std::size_t leading = digit_run_length(text, 0);
  // "1234,567" is not grouped, so a lead of more than three digits cannot start groups.
  if (leading == 0 || leading > 3) return leading;
  std::size_t end = leading;
  while (end < text.size() && text[end] == ',' && digit_run_length(text, end + 1) == 3) end += 4;
  return end;
}

}  // namespace

std::size_t unsigned_decimal_length(std::string_view text, BarePoint bare_point) {
  const std::size_t integer = integer_part_length(text);
  if (integer < text.size() && text[integer] == '.') {
    const std::size_t fraction = digit_run_length(text, integer + 1);
    const bool bare_allowed = bare_point == BarePoint::allowed;
    const bool has_both_sides = integer > 0 && fraction > 0;
    const bool has_one_side = (integer > 0) != (fraction > 0);
    if (has_both_sides || (bare_allowed && has_one_side)) return integer + 1 + fraction;
  }
  return integer;
}

}  // namespace jixiao::core
