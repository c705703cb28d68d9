// The functions over indicator target values: JXNORMALIZE, JXOPERATOR,
// JXVALUE, JXUNIT, JXKIND, JXCHECK, JXMEETS, JXCONSISTENT.
#include <variant>

#include "uno/functions/addin_functions.hpp"
#include "core/catalog/rule_docs.hpp"
#include "core/vocab/comparison.hpp"
#include "core/values/meets.hpp"
#include "core/values/target_parse.hpp"
#include "core/values/target_value.hpp"

namespace jixiao::uno {

namespace {

// The text of one cell as a target value, or nullopt for an unexpected type.
std::optional<std::string> target_text(const css::uno::Any& cell) {
  const auto value = to_cell_value(cell);
  if (!value) return std::nullopt;
  return as_text(*value);
}

// fn(parsed target) -> Any for each cell of the argument.
template <class TargetFunction>
css::uno::Any for_each_target(const CellArray& target, TargetFunction fn) {
  return element_wise(target, [&](const css::uno::Any& cell) {
    const auto text = target_text(cell);
    if (!text) return calc_error(core::CalcError::value);
    return fn(core::parse_target(*text));
  });
}

// The optional indicator name; nullopt when it is of a type no name can have.
std::optional<std::string> name_argument(const css::uno::Any& name) {
  const auto value = optional_cell(name);
  if (!value) return std::nullopt;
  return as_text(*value);
}

}  // namespace

css::uno::Any AddInFunctions::jxNormalize(const CellArray& text) {
  return cell_result([&] {
    return element_wise(text, [](const css::uno::Any& cell) {
      const auto value = to_cell_value(cell);
      if (!value) return calc_error(core::CalcError::value);
      // A number is already as canonical as it gets and comes back as it was.
      if (const auto* number = std::get_if<double>(&*value)) return css::uno::Any(*number);
      return text_result(core::normalize_target(as_text(*value)));
    });
  });
}

css::uno::Any AddInFunctions::jxOperator(const CellArray& target) {
  return cell_result([&] {
    return for_each_target(target, [](const core::ParsedTarget& parsed) {
      return text_result(parsed.comparison ? core::canonical_symbol(*parsed.comparison) : "");
    });
  });
}

css::uno::Any AddInFunctions::jxValue(const CellArray& target) {
  return cell_result([&] {
    return for_each_target(target, [](const core::ParsedTarget& parsed) {
      return parsed.number ? css::uno::Any(*parsed.number) : calc_error(core::CalcError::not_available);
    });
  });
}

css::uno::Any AddInFunctions::jxUnit(const CellArray& target) {
  return cell_result([&] {
    return for_each_target(target, [](const core::ParsedTarget& parsed) { return text_result(parsed.unit); });
  });
}

css::uno::Any AddInFunctions::jxKind(const CellArray& target) {
  return cell_result([&] {
    return for_each_target(target,
                           [](const core::ParsedTarget& parsed) { return text_result(core::kind_code(parsed.kind)); });
  });
}

css::uno::Any AddInFunctions::jxCheck(const CellArray& target, const css::uno::Any& name) {
  return cell_result([&] {
    const auto indicator = name_argument(name);
    if (!indicator) return calc_error(core::CalcError::value);
    const core::Language lang = language();
    return element_wise(target, [&](const css::uno::Any& cell) {
      const auto text = target_text(cell);
      if (!text) return calc_error(core::CalcError::value);
      return text_result(core::render_findings(core::parse_target(*text, *indicator).findings, lang));
    });
  });
}

css::uno::Any AddInFunctions::jxExplain(const CellArray& rule) {
  return cell_result([&] {
    const core::Language lang = language();
    return element_wise(rule, [&](const css::uno::Any& cell) {
      const auto value = to_cell_value(cell);
      if (value && std::holds_alternative<std::monostate>(*value)) return text_result("");
      const std::string* text = value ? std::get_if<std::string>(&*value) : nullptr;
      if (!text) return calc_error(core::CalcError::value);
      // A rule id, or a JXCHECK result, which names its most severe rule first.
      const std::string id = core::first_rule_code(*text);
      if (id.empty()) return text_result("");
      const auto known = core::rule_of_code(id);
      if (!known) return calc_error(core::CalcError::not_available);
      return text_result(core::explanation_text(*known, lang));
    });
  });
}

css::uno::Any AddInFunctions::jxMeets(const CellArray& actual, const CellArray& target) {
  return cell_result([&] {
    const auto actual_value = to_cell_value(actual);
    const auto target_value = to_cell_value(target);
    if (!actual_value || !target_value) return calc_error(core::CalcError::value);
    const auto met = core::meets(*actual_value, as_text(*target_value));
    if (const auto* error = std::get_if<core::CalcError>(&met)) return calc_error(*error);
    // As 1/0, what TRUE()/FALSE() are in Calc anyway: a sal_Bool in the Any
    // showed as 0 for true in Calc 7.4 (seen in the integration tests).
    return css::uno::Any(std::get<bool>(met) ? 1.0 : 0.0);
  });
}

css::uno::Any AddInFunctions::jxConsistent(const CellArray& half, const CellArray& full, const css::uno::Any& name) {
  return cell_result([&] {
    const auto half_value = to_cell_value(half);
    const auto full_value = to_cell_value(full);
    const auto indicator = name_argument(name);
    if (!half_value || !full_value || !indicator) return calc_error(core::CalcError::value);
    const auto findings = core::check_consistency(core::parse_target(as_text(*half_value), *indicator),
                                                  core::parse_target(as_text(*full_value), *indicator), *indicator);
    return text_result(core::render_findings(findings, language()));
  });
}

}  // namespace jixiao::uno
