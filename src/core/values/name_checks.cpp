#include <cmath>
#include "core/values/name_checks.hpp"

#include <algorithm>
#include <string>

#include "core/vocab/indicator_names.hpp"
#include "core/vocab/name_units.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"

namespace jixiao::core {

namespace {

bool points_down(Comparison comparison) { return comparison == Comparison::at_most || comparison == Comparison::less; }
bool points_up(Comparison comparison) {
  return comparison == Comparison::at_least || comparison == Comparison::greater;
}

void remove_rule(ParsedTarget& target, RuleId rule_id) {
  std::erase_if(target.findings, [&](const Finding& finding) { return finding.rule_id == rule_id; });
}

}  // namespace

bool value_fits_name(NameExpectation expectation, const ParsedTarget& target) {
  const ValueKind kind = target.kind;
  switch (expectation) {
    case NameExpectation::rate:
      // A score out of a hundred (满意度 ≥90分) and nothing at all (事故发生率 0) are rates too.
      if (target.unit == "分") return true;
      if (target.number && *target.number == 0 && target.unit.empty()) return true;
      return kind == ValueKind::percent || kind == ValueKind::qualitative || kind == ValueKind::schedule;
    case NameExpectation::count:
      // Days, months and years are counted (驻村帮扶天数 ≥22天).
      return kind == ValueKind::count || kind == ValueKind::duration || kind == ValueKind::schedule;
    case NameExpectation::amount:
      return kind == ValueKind::amount || kind == ValueKind::schedule;
    case NameExpectation::quality:
      // 发放及时性 =100% measures the quality as a share; only a count or an amount is wrong.
      return kind == ValueKind::qualitative || kind == ValueKind::percent || kind == ValueKind::schedule;
    case NameExpectation::none:
      return true;
  }
  return true;
}

std::string quoted_value(const ParsedTarget& target) {
  if (!is_valid_utf8(target.original)) return {};
  return shortened_for_message(target.original);
}

bool names_a_cap(std::string_view name) {
  for (std::string_view cap : {"不超", "不高于", "不多于", "控制", "以内", "上限"})
    if (name.find(cap) != std::string_view::npos) return true;
  return false;
}

void point_bare_numbers_down(ParsedTarget& target) {
  for (Finding& finding : target.findings) {
    if (finding.rule_id != RuleId::bare_number) continue;
    for (auto& [name, value] : finding.arguments) {
      if (name == "meaning") value = "at-most";
      if (name == "operator") value = "≤";
    }
  }
}

// What a count counts, by its unit: people (1) or households (2); 0 for any other unit.
static int counted_group(std::string_view unit) {
  for (std::string_view people : {"人", "人次", "名", "位"})
    if (unit == people) return 1;
  for (std::string_view households : {"户", "家"})
    if (unit == households) return 2;
  return 0;
}

void add_name_checks(ParsedTarget& target, std::string_view indicator_name, const IndicatorNames& names) {
  if (target.kind == ValueKind::invalid || trim_outer_space(indicator_name).empty()) return;
  if (!is_valid_utf8(indicator_name)) return;
  const NameTraits traits = names.traits(indicator_name);
  // Message arguments, made only for a finding (this runs for every value a sheet has).
  const auto name = [&] { return shortened_for_message(trim_outer_space(indicator_name)); };
  const auto value = [&] { return quoted_value(target); };

  // Words around a number (每季度≥2次, 开展3个贫困村驻村帮扶) describe a quantity in prose: the
  // kind is the prose's, not a mismatch.
  const bool prose_with_number = target.kind == ValueKind::qualitative && has_ascii_digit(target.original);
  const bool kind_mismatch = traits.expectation && !prose_with_number && !value_fits_name(*traits.expectation, target);
  if (kind_mismatch) {
    // A bare number under a rate's name has most likely lost its % sign, under an amount's name
    // its 万元: the mismatch says so, and missing-unit would only repeat it. Under a count's name a
    // bare number is a count, and missing-unit is the whole story.
    const bool bare_number = target.number && target.unit.empty();
    if (bare_number) remove_rule(target, RuleId::missing_unit);
    // 人数 ≥4550%: the percent sign is the mistake, and the mismatch says so; "above 100%" would
    // only repeat it.
    remove_rule(target, RuleId::percent_above_100);
    target.findings.push_back(
        make_finding(RuleId::kind_mismatch_name, {{"name", name()},
                                            {"value", value()},
                                            {"kind", std::string(bare_number ? "number" : kind_code(target.kind))},
                                            {"expected", std::string(expectation_code(*traits.expectation))}}));
  }

  // 受益人数 | ≥10户, 帮扶户数 | ≥30人: people counted in households or households in people; the
  // count is of something else than the name says (人 and 人次, 户 and 家 count alike).
  if (!kind_mismatch && target.number && !target.unit.empty())
    if (const std::optional<ImpliedUnit> implied = implied_unit(indicator_name); implied && !implied->money) {
      const int named = counted_group(implied->unit);
      const int written = counted_group(target.unit);
      if (named != 0 && written != 0 && named != written)
        target.findings.push_back(make_finding(RuleId::unit_contradicts_name, {{"name", name()},
                                                                               {"value", value()},
                                                                               {"unit", target.unit},
                                                                               {"named_unit", implied->unit}}));
    }

  // A value of another kind than the name's (项目按时完成率 ≤2025年) is a deadline or a count, not the
  // rate the direction is about: the mismatch is the whole story.
  if (traits.direction && !kind_mismatch && is_numeric(target.kind) && target.comparison && !target.implicit_equal) {
    const bool better_higher = *traits.direction != NameDirection::lower;
    if ((better_higher && points_down(*target.comparison)) || (!better_higher && points_up(*target.comparison))) {
      target.findings.push_back(
          make_finding(RuleId::direction_mismatch, {{"name", name()},
                                              {"value", value()},
                                              {"direction", std::string(direction_code(*traits.direction))},
                                              {"operator", std::string(canonical_symbol(*target.comparison))}}));
    }
  }

  // ≥100% of a rate no one can exceed (合格率, 及时率): the rate is 100% or the target is wrong. A
  // completion or execution rate may run over its plan (非税收入预算完成率 ≥100%).
  const std::string trimmed_name = trim_outer_space(indicator_name);
  const bool may_exceed = std::string_view(trimmed_name).ends_with("完成率") || std::string_view(trimmed_name).ends_with("执行率");
  if (!kind_mismatch && traits.expectation == NameExpectation::rate && traits.direction == NameDirection::higher &&
      !may_exceed &&
      target.unit == "%" && target.number && std::abs(*target.number - 1.0) < 1e-12 && target.comparison &&
      !target.implicit_equal && (*target.comparison == Comparison::at_least || *target.comparison == Comparison::greater))
    target.findings.push_back(make_finding(RuleId::rate_at_least_full, {{"value", value()}}));

  // A bare number under a name that caps (经费预算不超指标, 投诉率) meant "at most" if not "equal".
  const bool caps = traits.direction == NameDirection::lower || names_a_cap(indicator_name);
  if (caps) point_bare_numbers_down(target);

  if (traits.direction == NameDirection::growth) {
    // A growth rate may well exceed 100%; still worth a look, hence info rather than nothing.
    for (Finding& finding : target.findings) {
      if (finding.rule_id == RuleId::percent_above_100) finding.severity = Severity::info;
    }
  }
}

}  // namespace jixiao::core
