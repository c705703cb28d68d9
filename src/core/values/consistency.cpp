#include <algorithm>
#include <cmath>
#include <string>

#include "core/vocab/indicator_names.hpp"
#include "core/values/name_checks.hpp"
#include "core/values/target_parse.hpp"

// check_consistency: the half-year against the full-year target of one indicator.
namespace jixiao::core {

namespace {

// 序时进度 for the half year and 100% for the year, or 完成市下达指标 beside a count, are the usual
// way to write a target that follows a schedule: a schedule value goes with any number.
//
// A number without a unit is taken for a count, but that is a guess: "=65万" beside "=65万元" or
// "100" beside "100%" is the same kind with a unit lost, which the value's own missing-unit reports.
bool compatible(const ParsedTarget& half, const ParsedTarget& full) {
  if (half.kind == full.kind) return true;
  const auto unitless_number = [](const ParsedTarget& t) { return t.number && t.unit.empty(); };
  const auto fits_any_number = [&](const ParsedTarget& t) {
    return t.kind == ValueKind::schedule || unitless_number(t);
  };
  return (fits_any_number(half) && is_numeric(full.kind)) || (fits_any_number(full) && is_numeric(half.kind));
}

std::string_view without_operator(std::string_view canonical) {
  for (Comparison comparison :
       {Comparison::at_least, Comparison::at_most, Comparison::equal, Comparison::greater, Comparison::less}) {
    const std::string_view symbol = canonical_symbol(comparison);
    if (canonical.starts_with(symbol)) return canonical.substr(symbol.size());
  }
  return canonical;
}

bool has_rule(const ParsedTarget& target, RuleId rule_id) {
  return std::any_of(target.findings.begin(), target.findings.end(),
                     [&](const Finding& finding) { return finding.rule_id == rule_id; });
}

// One column reads "2" followed by exactly what the other column says (≥280次 / 2280次): the
// OCR damage suspicious-ocr-operator describes, seen across the row. Values whose own check
// already suspects them are not reported twice.
std::optional<Finding> ocr_damage_across(const ParsedTarget& suspect, const ParsedTarget& other) {
  if (!suspect.implicit_equal || has_rule(suspect, RuleId::suspicious_ocr_operator)) return std::nullopt;
  const std::string_view body = without_operator(other.normalized);
  if (body.empty() || suspect.normalized != "2" + std::string(body)) return std::nullopt;
  return make_finding(RuleId::suspicious_ocr_operator,
                      {{"value", quoted_value(suspect)}, {"suggestion", "≥" + std::string(body)}});
}

bool greater_beyond_rounding(double a, double b) { return a > b + 1e-9 * std::max(std::abs(a), std::abs(b)); }

}  // namespace

std::vector<Finding> check_consistency(const ParsedTarget& half, const ParsedTarget& full,
                                       std::string_view indicator_name) {
  // An invalid value has findings of its own; comparing it would only repeat them.
  if (half.kind == ValueKind::invalid || full.kind == ValueKind::invalid) return {};
  const std::string half_text = quoted_value(half);
  const std::string full_text = quoted_value(full);
  if (!compatible(half, full)) {
    return {make_finding(RuleId::half_full_kind_mismatch, {{"half", half_text},
                                                     {"full", full_text},
                                                     {"half_kind", std::string(kind_code(half.kind))},
                                                     {"full_kind", std::string(kind_code(full.kind))}})};
  }
  if (half.kind != full.kind || !is_numeric(half.kind)) return {};

  // A missing unit on one side is that value's own missing-unit finding, not a second one here.
  if (!half.unit.empty() && !full.unit.empty() && half.unit != full.unit) {
    return {
        make_finding(RuleId::half_full_unit_mismatch,
                     {{"half", half_text}, {"full", full_text}, {"half_unit", half.unit}, {"full_unit", full.unit}})};
  }
  if (std::optional<Finding> damage = ocr_damage_across(full, half)) return {std::move(*damage)};
  if (std::optional<Finding> damage = ocr_damage_across(half, full)) return {std::move(*damage)};

  if (half.unit != full.unit || !half.number || !full.number) return {};
  if (!greater_beyond_rounding(*half.number, *full.number)) return {};
  // Durations are limits or spans (≤5个工作日), not totals that grow through the year.
  if (half.kind == ValueKind::duration) return {};
  Finding exceeds = make_finding(RuleId::half_exceeds_full, {{"half", half_text}, {"full", full_text}});
  if (half.kind == ValueKind::percent) {
    // A rate that is a ceiling (≤, <) or where lower is better (结转结余率) may well be higher at
    // half-year; otherwise half above full is odd rather than impossible.
    const auto ceiling = [](const ParsedTarget& t) {
      return t.comparison == Comparison::at_most || t.comparison == Comparison::less;
    };
    const NameTraits traits = builtin_indicator_names().traits(indicator_name);
    if (ceiling(half) || ceiling(full) || traits.direction == NameDirection::lower) return {};
    exceeds.severity = Severity::warning;
  }
  return {std::move(exceeds)};
}

}  // namespace jixiao::core
