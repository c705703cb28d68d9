// libFuzzer target: indicator target values (指标值) as they come out of cells, any bytes at all.
// Crashes, sanitizer reports and broken invariants (abort via check) are the findings.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/text/number_text.hpp"
#include "core/values/target_value.hpp"
#include "core/text/text.hpp"
#include "core/values/target_parse.hpp"
#include "core/values/meets.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace jixiao::core;
using jixiao::fuzz::check;

void normalize_is_idempotent(std::string_view input) {
  const std::string once = normalize_target(input);
  // Only for well-formed UTF-8: invalid bytes are kept as they are, so a second pass may see a
  // different neighbourhood; that is not a defect anyone can write into a cell.
  if (!is_valid_utf8(input)) return;
  check(is_valid_utf8(once), "normalize_target keeps valid UTF-8 valid", input);
  check(normalize_target(once) == once, "normalize_target(normalize_target(x)) == normalize_target(x)", input);
}

void number_text_is_finite(std::string_view input) {
  const std::optional<double> number = parse_number_text(input);
  check(!number || std::isfinite(*number), "parse_number_text gives a finite number", input);
}

void parsed_target_is_sane(const ParsedTarget& parsed, std::string_view input) {
  check(parsed.normalized == normalize_target(parsed.original), "ParsedTarget::normalized is normalize_target", input);
  check(!parsed.number || std::isfinite(*parsed.number), "a target number is finite", input);
  check(!parsed.implicit_equal || parsed.comparison == Comparison::equal, "a bare number reads as =", input);
  for (const Finding& finding : parsed.findings) check(jixiao::core::find_rule(jixiao::core::rule_code(finding.rule_id)) != nullptr, "findings have a rule of the catalog", input);
  (void)kind_code(parsed.kind);
}

void parse_never_throws(std::string_view input) {
  // An exception escaping here aborts the run: parse_target must report findings, never throw.
  const ParsedTarget alone = parse_target(input);
  check(alone.original == input, "ParsedTarget::original is the input", input);
  parsed_target_is_sane(alone, input);

  // The first half as the indicator name, the second as its value (the usual two-cell shape).
  const std::string_view name = input.substr(0, input.size() / 2);
  const std::string_view value = input.substr(input.size() / 2);
  const ParsedTarget named = parse_target(value, name);
  parsed_target_is_sane(named, input);
  const ParsedTarget full = parse_target(input, name);
  parsed_target_is_sane(full, input);
  (void)check_consistency(named, full, name);
}

void meets_never_throws(std::string_view input) {
  const std::string_view actual = input.substr(0, input.size() / 2);
  const std::string_view target = input.substr(input.size() / 2);
  (void)meets(CellValue{std::string(actual)}, target);
  if (const std::optional<double> number = parse_number_text(actual)) (void)meets(CellValue{*number}, target);
  (void)meets(CellValue{}, input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Cells hold at most a few kilobytes of text; longer inputs only slow the search down.
  if (size > 4096) return -1;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  normalize_is_idempotent(input);
  number_text_is_finite(input);
  parse_never_throws(input);
  meets_never_throws(input);
  return 0;
}
