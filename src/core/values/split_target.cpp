#include "core/values/split_target.hpp"

#include <algorithm>

#include "core/vocab/indicator_names.hpp"
#include "core/values/name_checks.hpp"
#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/number_text.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/vocab.hpp"

namespace jixiao::core {

namespace {

std::string folded(std::string_view text) { return remove_all_space(nfkc(text)); }

// "50-%", "1-正向指标": a code and a hyphen before the word, as some exports write their lists.
std::string_view without_code(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < text.size() && text[digits] == '-') return text.substr(digits + 1);
  return text;
}

// A name that explains how it is computed (预算编制准确率（计算方法为：∣（执行数-预算数）/预算数∣）)
// says more in its note than in its ending: such a name gives no direction of its own.
bool name_has_formula(std::string_view name) {
  return name.find("计算") != std::string_view::npos || name.find("公式") != std::string_view::npos ||
         name.find("=") != std::string_view::npos || name.find("＝") != std::string_view::npos;
}

// What the row's second level says of an operator pointing down: a cost is kept under a cap
// (经济成本指标 | 工作经费 | ≤ | 4 | 万元) and a time within a limit (时效指标 | ≤ | 1 | 年), whatever
// 指标方向性 says. The budget system fills 正向指标 by default, so such a row is its convention,
// not a reversed operator.
bool section_caps(std::string_view second_level, ValueKind kind) {
  if (kind == ValueKind::amount) return second_level.find("成本") != std::string_view::npos;
  if (kind == ValueKind::duration) return second_level.find("时效") != std::string_view::npos;
  return false;
}

// A unit cell holding a name rather than a unit: 人数, 户数, 覆盖率. The unit it stands for when
// that is plain (人数 -> 人), for the fix.
struct UnitProblem {
  std::optional<std::string> meant;
};
std::optional<UnitProblem> unit_problem(const std::string& unit) {
  if (unit.empty()) return std::nullopt;
  const Vocab& vocab = builtin_vocab();
  if (unit.ends_with("数") && unit.size() > 3) {
    const std::string meant = unit.substr(0, unit.size() - 3);
    if (vocab.is_unit(meant)) return UnitProblem{meant};
    return UnitProblem{};
  }
  if (unit.ends_with("率") || unit.ends_with("度") || unit.ends_with("性")) return UnitProblem{};
  return std::nullopt;
}

// data/vocab/unit_spellings.tsv: a unit written incompletely (平米, 万) and its standard form.
struct UnitSpelling {
  std::string written, standard;
  bool certain = false;  // the fix may write the standard form
};

const std::vector<UnitSpelling>& unit_spellings() {
  static const std::vector<UnitSpelling> spellings = [] {
    std::vector<UnitSpelling> read;
    for_each_content_line(embedded_unit_spellings_tsv(), [&](int, std::string_view line) {
      const std::vector<std::string_view> fields = split_on_tabs(line);
      if (fields.size() < 3) return;
      read.push_back({folded(fields[0]), trim_outer_space(fields[1]), trim_outer_space(fields[2]) == "fix"});
    });
    return read;
  }();
  return spellings;
}

const UnitSpelling* unit_spelling(const std::string& unit) {
  for (const UnitSpelling& spelling : unit_spellings())
    if (spelling.written == unit) return &spelling;
  return nullptr;
}

Finding finding(RuleId rule, std::vector<std::pair<std::string, std::string>> arguments,
                std::optional<std::string> fix = std::nullopt) {
  return make_finding(rule, std::move(arguments), std::move(fix));
}

}  // namespace

std::optional<DeclaredDirection> declared_direction(std::string_view text) {
  const std::string word = folded(without_code(trim_outer_space(text)));
  if (word == "正向指标" || word == "正向") return DeclaredDirection::higher;
  if (word == "反向指标" || word == "反向") return DeclaredDirection::lower;
  return std::nullopt;
}

OperatorCell read_operator_cell(std::string_view text) {
  const std::string word = folded(text);
  if (word.empty()) return {};
  if (word == "定性") return {OperatorCell::Kind::qualitative, std::nullopt};
  if (const std::optional<OperatorMatch> match = builtin_vocab().longest_prefix_operator(word);
      match && match->length == word.size())
    return {OperatorCell::Kind::comparison, match->comparison};
  return {OperatorCell::Kind::other, std::nullopt};
}

std::string unit_of_cell(std::string_view text) { return folded(without_code(trim_outer_space(text))); }

SplitCheck check_split_target(const SplitCells& cells, std::string_view indicator_name) {
  SplitCheck check;
  const OperatorCell op = read_operator_cell(cells.operator_text);
  const std::string value = trim_outer_space(cells.value_text);
  const std::string unit = unit_of_cell(cells.unit_text);
  const std::string name = shortened_for_message(trim_outer_space(indicator_name));
  const std::string shown_value = shortened_for_message(value);
  const auto add = [&](TargetCell cell, Finding f) { check.findings.push_back({cell, std::move(f)}); };

  std::optional<DeclaredDirection> declared;
  if (cells.direction_text) {
    declared = declared_direction(*cells.direction_text);
    check.direction_missing = trim_outer_space(*cells.direction_text).empty();
  }

  if (value.empty()) {
    if (op.kind != OperatorCell::Kind::empty || !unit.empty()) add(TargetCell::value_cell, finding(RuleId::empty_value, {}));
    return check;
  }
  const std::optional<double> number = parse_number_text(value);
  switch (op.kind) {
    case OperatorCell::Kind::empty:
      add(TargetCell::operator_cell, finding(RuleId::missing_operator, {{"value", shown_value}}));
      return check;
    case OperatorCell::Kind::other:
      add(TargetCell::operator_cell, finding(RuleId::unknown_operator, {{"operator", shortened_for_message(cells.operator_text)}}));
      return check;
    case OperatorCell::Kind::qualitative:
      if (number) {
        add(TargetCell::value_cell, finding(RuleId::qualitative_with_number, {{"name", name}, {"value", shown_value}}));
        return check;
      }
      // A word or a grading scale (高中低, 好坏): what a 定性 row holds.
      check.target = parse_target(value);
      check.target->kind = ValueKind::qualitative;
      check.target->findings.clear();
      return check;
    case OperatorCell::Kind::comparison:
      break;
  }

  // ≥ | 95 | %: the target ≥95%. A value that carries its unit already (a percent-formatted 95%,
  // or 12个月 typed whole) is taken as it is.
  std::string assembled(canonical_symbol(*op.comparison));
  const ParsedTarget value_alone = parse_target(value);
  if (number) {
    assembled += value + unit;
  } else if (is_numeric(value_alone.kind) && value_alone.implicit_equal) {
    assembled += value;
    if (value_alone.unit.empty()) assembled += unit;
  } else {
    add(TargetCell::value_cell, finding(RuleId::comparison_without_number, {{"operator", std::string(canonical_symbol(*op.comparison))},
                                                                   {"value", shown_value}}));
    return check;
  }

  const std::optional<UnitProblem> bad_unit = unit_problem(unit);
  const bool formula_name = name_has_formula(indicator_name);
  const std::string_view name_for_checks = formula_name ? std::string_view() : indicator_name;
  // The unit column takes any unit (盏, 元/人·次, 人/户, 个（套）); the grammar knows the common
  // ones. An unknown unit is taken as it is written: a count, or an amount when it is of 元.
  ParsedTarget target = parse_target(assembled);
  if (target.kind == ValueKind::invalid && !unit.empty() && number) {
    target = parse_target(std::string(canonical_symbol(*op.comparison)) + value);
    target.unit = unit;
    target.kind = unit.find("元") != std::string::npos ? ValueKind::amount : ValueKind::count;
    target.normalized = assembled;
    std::erase_if(target.findings, [](const Finding& f) { return f.rule_id == RuleId::missing_unit; });
  }
  target = add_indicator_name(std::move(target), name_for_checks);
  for (Finding& f : target.findings) {
    const RuleId rule = f.rule_id;
    // The export's own style (its ＝ is full-width, its target is three cells) is no defect.
    if (rule == RuleId::operator_variant || rule == RuleId::full_width_characters || rule == RuleId::whitespace_in_value ||
        rule == RuleId::bare_number)
      continue;
    if (rule == RuleId::missing_unit) {
      add(TargetCell::unit_cell, std::move(f));
    } else if (rule == RuleId::kind_mismatch_name) {
      if (!bad_unit) add(TargetCell::unit_cell, std::move(f));  // the unit says what the kind is
    } else if (rule == RuleId::direction_mismatch) {
      if (!declared) add(TargetCell::operator_cell, std::move(f));  // a declared direction decides
    } else {
      add(TargetCell::value_cell, std::move(f));
    }
  }
  if (const UnitSpelling* spelling = unit_spelling(unit)) {
    add(TargetCell::unit_cell, finding(RuleId::nonstandard_unit,
                                       {{"unit", shortened_for_message(cells.unit_text)}, {"standard", spelling->standard}},
                                       spelling->certain ? std::optional<std::string>(spelling->standard) : std::nullopt));
  } else if (bad_unit) {
    // A unit from the budget system's coded list (186-人数) is the system's word, not the user's:
    // worth a word, never a warning, and never rewritten into a value the list does not hold.
    const std::string written = trim_outer_space(cells.unit_text);
    const bool coded = without_code(written).size() != written.size();
    Finding f = finding(RuleId::bad_unit, {{"unit", shortened_for_message(cells.unit_text)}},
                        coded ? std::nullopt : bad_unit->meant);
    if (coded) f.severity = Severity::info;
    add(TargetCell::unit_cell, std::move(f));
  }

  if (declared) {
    // Three witnesses of one direction: 指标方向性, the operator and the name. When two agree, the
    // third is the defect and the only one reported: a 正向 故障率 with ≤5% is a wrong direction
    // cell, a 正向 满意度 with ≤100% a wrong operator.
    const Comparison c = *op.comparison;
    const bool down = c == Comparison::at_most || c == Comparison::less;
    const bool up = c == Comparison::at_least || c == Comparison::greater;
    std::optional<DeclaredDirection> by_name;
    if (!formula_name) {
      // A value of another kind than the name's (控制疾病的传染率 | ≥ | 10 | 人数) is not the rate
      // the name's direction is about: the kind is what is wrong.
      const NameTraits traits = builtin_indicator_names().traits(indicator_name);
      const bool fits = !traits.expectation || value_fits_name(*traits.expectation, target);
      const std::optional<NameDirection> d = fits ? traits.direction : std::nullopt;
      if (d == NameDirection::higher || d == NameDirection::growth) by_name = DeclaredDirection::higher;
      if (d == NameDirection::lower) by_name = DeclaredDirection::lower;
    }
    // A name with its formula may turn its ending around (准确率 computed as a deviation), and a
    // capped section expects ≤: neither lets the operator be called reversed.
    const bool operator_judged = !formula_name &&
                                 !(down && section_caps(cells.second_level, target.kind));
    const bool operator_against_declared =
        operator_judged &&
        ((*declared == DeclaredDirection::higher && down) || (*declared == DeclaredDirection::lower && up));
    const bool name_against_declared = by_name && *by_name != *declared;
    const bool operator_with_name = by_name && ((*by_name == DeclaredDirection::higher && up) ||
                                                (*by_name == DeclaredDirection::lower && down));
    // With ＝ the direction decides nothing: a 正向 完成时间 of ＝1年 is no defect.
    if (name_against_declared && (operator_against_declared || operator_with_name)) {
      add(TargetCell::direction_cell,
          finding(RuleId::direction_against_name, {{"name", name},
                                             {"direction", *by_name == DeclaredDirection::higher ? "higher" : "lower"},
                                             {"declared", shortened_for_message(*cells.direction_text)}}));
    } else if (operator_against_declared) {
      add(TargetCell::operator_cell,
          finding(RuleId::direction_mismatch, {{"name", name},
                                         {"value", shortened_for_message(assembled)},
                                         {"direction", *declared == DeclaredDirection::higher ? "higher" : "lower"},
                                         {"operator", std::string(canonical_symbol(c))}}));
    } else if (name_against_declared && (up || down)) {
      add(TargetCell::direction_cell,
          finding(RuleId::direction_against_name, {{"name", name},
                                             {"direction", *by_name == DeclaredDirection::higher ? "higher" : "lower"},
                                             {"declared", shortened_for_message(*cells.direction_text)}}));
    }
  }
  check.target = std::move(target);
  return check;
}

}  // namespace jixiao::core
