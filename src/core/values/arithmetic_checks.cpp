#include "core/values/arithmetic_checks.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

#include "core/text/number_text.hpp"
#include "core/values/execution_rate.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

// Source systems carry amounts in 万元 with up to 6 decimals; more is floating-point noise.
constexpr int max_decimals = 6;

// Enough for any double in fixed notation: 309 integer digits, point, sign, and the shortest
// round-trip form of the smallest subnormal (324 decimals).
constexpr std::size_t fixed_buffer_size = 400;

// A number read from a cell, with the decimals it was written with.
struct WrittenNumber {
  double value = 0;
  int decimals = 0;
};

using ReadResult = std::variant<std::monostate, WrittenNumber, CalcError>;

bool is_blank(const std::string& text) { return trim_outer_space(text).empty(); }

// Digits after the decimal point as the text is written ("3782.10" -> 2), capped like
// written_decimals. A number stored as text keeps its trailing zeros, which show the precision
// its author meant; the double it parses to has lost them.
int decimals_in_text(std::string_view utf8) {
  const std::string text = trim_outer_space(nfkc(utf8));
  const std::size_t point = text.find('.');
  if (point == std::string::npos) return 0;
  int count = 0;
  for (std::size_t i = point + 1; i < text.size() && count < max_decimals; ++i) {
    if (text[i] < '0' || text[i] > '9') break;
    ++count;
  }
  return count;
}

// Empty cells and blank texts are "nothing written" (monostate); numbers and numbers stored as
// text are read with their decimals; anything else (words, units, NaN, infinity) -> #VALUE!.
ReadResult read_amount(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return std::monostate{};
  if (const double* number = std::get_if<double>(&cell)) {
    if (!std::isfinite(*number)) return CalcError::value;
    return WrittenNumber{*number, written_decimals(*number)};
  }
  const auto& text = std::get<std::string>(cell);
  if (is_blank(text)) return std::monostate{};
  const std::optional<double> number = parse_number_text(text);
  if (!number) return CalcError::value;
  return WrittenNumber{*number, std::max(written_decimals(*number), decimals_in_text(text))};
}

// "1234.50" with exactly `decimals` decimals, without locale (findings are rendered for any UI
// language, and a thousands separator would read as a second number in Chinese text).
std::string fixed(double number, int decimals) {
  if (number == 0) number = 0;  // no "-0.00"
  std::array<char, fixed_buffer_size> buffer{};
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), number, std::chars_format::fixed, decimals);
  if (error != std::errc()) return "?";  // cannot happen for finite numbers and this buffer
  std::string text(buffer.data(), end);
  // A tiny negative rounded to zero would still read "-0.00".
  if (text.find_first_not_of("-0.") == std::string::npos && text.front() == '-') text.erase(0, 1);
  return text;
}

// Half a unit in the `decimals`-th decimal: 2 -> 0.005.
double half_unit(int decimals) { return 0.5 / std::pow(10.0, decimals); }

// Slack for binary floating point only, never for the data: a billionth of the tolerance, plus
// the rounding a sum of `terms` values of this magnitude can accumulate. (A slack relative to the
// amount itself, 1e-9 * 3782.13, would exceed the tolerance of a 6-decimal amount.)
double float_slack(double tolerance, double magnitude, std::size_t terms) {
  return 1e-9 * tolerance + static_cast<double>(terms + 2) * std::numeric_limits<double>::epsilon() * magnitude;
}

// A share as written: a fraction (0.253, or "0.253" stored as text) or a percent text ("25.3%",
// "２５．３％"). Percent decimals are those written after the point of the percent figure.
struct WrittenShare {
  double fraction = 0;
  int percent_decimals = 0;
};

std::variant<WrittenShare, CalcError> read_share(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return CalcError::value;
  // A fraction is shown as a percentage in these tables: 0.5 reads "50%", whole percent at least.
  auto from_fraction = [](double fraction, int decimals) { return WrittenShare{fraction, std::max(decimals, 2) - 2}; };
  if (const double* number = std::get_if<double>(&cell)) {
    if (!std::isfinite(*number)) return CalcError::value;
    return from_fraction(*number, written_decimals(*number));
  }
  const std::string text = trim_outer_space(nfkc(std::get<std::string>(cell)));
  if (text.empty()) return CalcError::value;
  if (text.back() != '%') {
    const std::optional<double> number = parse_number_text(text);
    if (!number) return CalcError::value;
    return from_fraction(*number, std::max(written_decimals(*number), decimals_in_text(text)));
  }
  const std::string_view figure = std::string_view(text).substr(0, text.size() - 1);
  const std::optional<double> percent = parse_number_text(figure);
  if (!percent) return CalcError::value;
  // Capped so that the fraction's decimals (percent decimals + 2) stay within written_decimals' cap.
  const int decimals = std::min(decimals_in_text(figure), max_decimals - 2);
  return WrittenShare{*percent / 100.0, decimals};
}

std::string percent_text(double fraction, int decimals) { return fixed(fraction * 100.0, decimals) + "%"; }

}  // namespace

int written_decimals(double number) {
  if (!std::isfinite(number)) return 0;
  std::array<char, fixed_buffer_size> buffer{};
  // Without a precision, to_chars writes the shortest text that reads back as the same double:
  // 3782.13 -> "3782.13", not the 3782.1300000000001 that the binary value really is.
  const auto [end, error] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), number, std::chars_format::fixed);
  if (error != std::errc()) return max_decimals;
  const std::string_view text(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  const std::size_t point = text.find('.');
  if (point == std::string_view::npos) return 0;
  return static_cast<int>(std::min<std::size_t>(text.size() - point - 1, max_decimals));
}

std::variant<SumCheck, CalcError> sum_check(const CellValue& total, const std::vector<CellValue>& parts,
                                            std::optional<double> tolerance, Rounding rounding) {
  if (tolerance && (!std::isfinite(*tolerance) || *tolerance < 0)) return CalcError::value;

  const ReadResult total_read = read_amount(total);
  if (const CalcError* error = std::get_if<CalcError>(&total_read)) return *error;
  // A total nobody entered cannot be checked, and reporting it as "0 ≠ sum" would be misleading.
  if (std::holds_alternative<std::monostate>(total_read)) return CalcError::value;
  const WrittenNumber total_number = std::get<WrittenNumber>(total_read);

  int decimals = total_number.decimals;
  double sum = 0;
  double magnitude = std::abs(total_number.value);
  std::size_t terms = 1;
  for (const CellValue& part : parts) {
    const ReadResult read = read_amount(part);
    if (const CalcError* error = std::get_if<CalcError>(&read)) return *error;
    const WrittenNumber* number = std::get_if<WrittenNumber>(&read);
    if (!number) continue;  // an empty line adds nothing
    sum += number->value;
    magnitude += std::abs(number->value);
    decimals = std::max(decimals, number->decimals);
    ++terms;
  }
  if (!std::isfinite(sum) || !std::isfinite(magnitude)) return CalcError::value;

  SumCheck check;
  check.total = total_number.value;
  check.sum = sum;
  check.difference = total_number.value - sum;
  if (!std::isfinite(check.difference)) return CalcError::value;
  check.tolerance = tolerance                         ? *tolerance
                    : rounding == Rounding::each_rounded ? half_unit(decimals) * static_cast<double>(terms)
                                                         : half_unit(decimals);
  check.ok = std::abs(check.difference) <= check.tolerance + float_slack(check.tolerance, magnitude, terms);
  if (!check.ok) {
    // The messages say "differs by" (相差): the amount of the difference, its sign is in `difference`.
    check.finding = make_finding(RuleId::sum_mismatch, {{"total", fixed(check.total, decimals)},
                                                  {"sum", fixed(check.sum, decimals)},
                                                  {"difference", fixed(std::abs(check.difference), decimals)}});
  }
  return check;
}

std::variant<ShareCheck, CalcError> share_check(const CellValue& part, const CellValue& total, const CellValue& share) {
  // part / total has exactly the semantics of an execution rate: empty part 0, empty or zero
  // total #DIV/0!, words #VALUE!, the part's error first.
  const std::variant<double, CalcError> computed = execution_rate(part, total);
  if (const CalcError* error = std::get_if<CalcError>(&computed)) return *error;
  const std::variant<WrittenShare, CalcError> given = read_share(share);
  if (const CalcError* error = std::get_if<CalcError>(&given)) return *error;
  const WrittenShare written = std::get<WrittenShare>(given);

  ShareCheck check;
  check.computed = std::get<double>(computed);
  check.given = written.fraction;
  check.gap = check.given - check.computed;
  if (!std::isfinite(check.gap)) return CalcError::value;
  // Half a unit in the last written decimal of the percent figure, as a fraction: "25.3%" -> 0.0005.
  check.tolerance = half_unit(written.percent_decimals + 2);
  const double magnitude = std::abs(check.given) + std::abs(check.computed);
  check.ok = std::abs(check.gap) <= check.tolerance + float_slack(check.tolerance, magnitude, 2);
  if (!check.ok) {
    // One decimal more than the share was written with shows how the computed value rounds;
    // two at least, so that a whole-percent share still shows a gap like 0.40.
    const int shown = std::max(written.percent_decimals + 1, 2);
    check.finding = make_finding(RuleId::share_mismatch, {{"computed", percent_text(check.computed, shown)},
                                                    {"given", percent_text(check.given, shown)},
                                                    {"gap", fixed(std::abs(check.gap) * 100.0, shown)}});
  }
  return check;
}

}  // namespace jixiao::core
