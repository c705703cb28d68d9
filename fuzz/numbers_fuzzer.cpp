// libFuzzer target: amounts and shares stored as text, execution rates, the budget block checks
// and time progress, fed with arbitrary bytes. Crashes, sanitizer reports and broken invariants
// (abort via check) are the findings.

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/number_text.hpp"
#include "core/values/execution_rate.hpp"
#include "core/values/schedule.hpp"
#include "core/values/arithmetic_checks.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace jixiao::core;
using jixiao::fuzz::check;

// The input as cells: lines are cells; a line that parses as a number is also tried as a number
// cell, an empty line as an empty cell, so every kind of CellValue is reached.
std::vector<std::string_view> lines_of(std::string_view input) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= input.size() && lines.size() < 64) {
    const std::size_t end = std::min(input.find('\n', start), input.size());
    lines.push_back(input.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

CellValue as_text(std::string_view line) { return CellValue{std::string(line)}; }

// Text as is, empty line as an empty cell, a number text as the number (as Calc would store it).
CellValue as_cell(std::string_view line) {
  if (line.empty()) return CellValue{};
  if (const std::optional<double> number = parse_number_text(line)) return CellValue{*number};
  return as_text(line);
}

void numbers_parse_finitely(std::string_view input) {
  const std::optional<double> number = parse_number_text(input);
  check(!number || std::isfinite(*number), "parse_number_text gives a finite number", input);
  // Outer whitespace, ideographic space included, never changes the number.
  const std::optional<double> padded = parse_number_text(" " + std::string(input) + "\u3000");
  check(number.has_value() == padded.has_value() && (!number || *number == *padded),
        "outer whitespace does not change a number text", input);
}

void rate_is_finite(const CellValue& executed, const CellValue& base, std::string_view input) {
  const std::variant<double, CalcError> rate = execution_rate(executed, base);
  if (const double* value = std::get_if<double>(&rate)) check(std::isfinite(*value), "a rate is finite", input);
}

void rates_behave(const std::vector<std::string_view>& lines, std::string_view input) {
  const std::string_view first = lines.front();
  const std::string_view second = lines.size() > 1 ? lines[1] : std::string_view{};
  rate_is_finite(as_text(first), as_text(second), input);
  rate_is_finite(as_cell(first), as_cell(second), input);
}

// Time progress from four bytes of the input as day counts around 1970 (any int32 at all, far
// outside the calendar too) and the executed/base lines.
void schedule_behaves(const std::vector<std::string_view>& lines, std::string_view input) {
  std::int32_t numbers[3] = {0, 0, 0};
  std::memcpy(numbers, input.data(), std::min(sizeof numbers, input.size()));
  using std::chrono::days;
  using std::chrono::sys_days;
  const sys_days date{days{numbers[0]}};
  const sys_days start{days{numbers[1]}};
  const sys_days end{days{numbers[2]}};
  for (const auto& [from, to] :
       {std::pair<std::optional<sys_days>, std::optional<sys_days>>{std::nullopt, std::nullopt},
        {start, std::nullopt},
        {std::nullopt, end},
        {start, end}}) {
    const std::variant<double, CalcError> progress = time_progress(date, from, to);
    if (const double* value = std::get_if<double>(&progress)) {
      check(*value >= 0.0 && *value <= 1.0, "time progress lies in [0, 1]", input);
    }
  }
  const std::variant<double, CalcError> deviation =
      schedule_deviation(as_cell(lines.front()), as_cell(lines.size() > 1 ? lines[1] : ""), date);
  if (const double* value = std::get_if<double>(&deviation))
    check(std::isfinite(*value), "a deviation is finite", input);
}

void checks_agree_with_findings(const std::vector<std::string_view>& lines, std::string_view input) {
  // First line the total, the rest its parts; once as texts, once as Calc would store them.
  for (const bool typed : {false, true}) {
    std::vector<CellValue> parts;
    for (std::size_t i = 1; i < lines.size(); ++i) parts.push_back(typed ? as_cell(lines[i]) : as_text(lines[i]));
    const CellValue total = typed ? as_cell(lines.front()) : as_text(lines.front());
    const auto sum = sum_check(total, parts);
    if (const SumCheck* result = std::get_if<SumCheck>(&sum)) {
      check(std::isfinite(result->difference) && result->tolerance >= 0, "a sum check is finite", input);
      check(result->ok == !result->finding.has_value(), "a sum check fires exactly when not ok", input);
      // The float slack only ever widens the tolerance, so a difference within it always passes.
      check(std::abs(result->difference) > result->tolerance || result->ok, "a sum check within tolerance passes",
            input);
    }
  }
  if (lines.size() >= 3) {
    for (const bool typed : {false, true}) {
      auto cell = [&](std::string_view line) { return typed ? as_cell(line) : as_text(line); };
      const auto share = share_check(cell(lines[0]), cell(lines[1]), cell(lines[2]));
      if (const ShareCheck* result = std::get_if<ShareCheck>(&share)) {
        check(std::isfinite(result->gap) && result->tolerance > 0, "a share check is finite", input);
        check(result->ok == !result->finding.has_value(), "a share check fires exactly when not ok", input);
      }
    }
  }
  // The input's bytes as a double: written_decimals of anything, NaN and subnormals included.
  double number = 0;
  std::memcpy(&number, input.data(), std::min(sizeof number, input.size()));
  const int decimals = written_decimals(number);
  check(decimals >= 0 && decimals <= 6, "written_decimals lies in [0, 6]", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> lines = lines_of(input);
  numbers_parse_finitely(input);
  rates_behave(lines, input);
  schedule_behaves(lines, input);
  checks_agree_with_findings(lines, input);
  return 0;
}
