#include "core/values/target_parse.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <utility>

#include "core/text/date_text.hpp"
#include "core/text/invisible_characters.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/values/name_checks.hpp"
#include "core/text/number_text.hpp"
#include "core/values/target_grammar.hpp"
#include "core/values/target_value.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/value_vocab.hpp"
#include "core/vocab/vocab.hpp"

namespace jixiao::core {

namespace {

// Prose up to this many characters is a qualitative value when it contains a qualitative word
// (逐步提升, 明显改善); longer prose still is, but is reported as hard to assess. The same limit
// bounds schedule values (按序时进度, 完成上级下达任务指标).
constexpr std::size_t short_prose_limit = 20;
// Prose describing a target is fine up to a sentence; a paragraph is reported as hard to assess.
constexpr std::size_t long_prose_limit = 50;

ValueKind kind_of_unit(std::string_view unit, const Vocab& vocab) {
  // A number without a unit is taken for a count that lost its unit (missing-unit says so).
  if (unit.empty()) return ValueKind::count;
  // A unit per something (元/人·次, 场/年) is of the kind of its first unit.
  std::optional<UnitKind> kind = vocab.unit_kind(unit);
  if (!kind && unit.find('/') != std::string_view::npos) kind = vocab.unit_kind(unit.substr(0, unit.find('/')));
  switch (kind.value_or(UnitKind::count)) {
    case UnitKind::percent:
      return ValueKind::percent;
    case UnitKind::count:
      return ValueKind::count;
    case UnitKind::amount:
      return ValueKind::amount;
    case UnitKind::duration:
      return ValueKind::duration;
  }
  return ValueKind::count;
}

// Powers of ten the written number is scaled by: 万 and 亿 multiply, percent values are fractions
// (95% -> 0.95, 5‰ -> 0.005, 2个百分点 -> 0.02). A unit that includes 万 (万元) is a unit, not a
// multiplier: 15万元 stays 15 in 万元.
int scale_exponent(const TargetMatch& match, ValueKind kind) {
  int exponent = 0;
  if (match.multiplier == "万") exponent += 4;
  if (match.multiplier == "亿") exponent += 8;
  if (match.unit == "‰") {
    exponent -= 3;
  } else if (kind == ValueKind::percent) {
    exponent -= 2;
  }
  return exponent;
}

// The written digits scaled by 10^exponent. Scaling in the decimal text ("95e-2") rather than by
// multiplying doubles gives the double nearest the exact value, the same one Calc stores for 95%.
// nullopt when the result is not a finite double (a thousand-digit number).
std::optional<double> scaled_number(std::string_view digits, int exponent) {
  std::string text;
  text.reserve(digits.size() + 8);
  for (char c : digits) {
    if (c != ',') text.push_back(c);
  }
  text += 'e';
  text += std::to_string(exponent);
  double value = 0;
  const auto [end, error] = decimal_from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// "292%" as written could be "≥92%" whose ≥ was read as 2 (OCR, or a font without the sign): a
// bare percent above 100% starting with 2 whose rest is a plain percent of at most 100.
// "200%" is not suspected: "≥00%" is nothing anyone writes.
std::optional<std::string> ocr_suggestion(const TargetMatch& match, const ParsedTarget& target) {
  if (!target.implicit_equal || match.unit != "%" || !match.multiplier.empty()) return std::nullopt;
  if (!target.number || *target.number <= 1.0) return std::nullopt;
  const std::string_view digits = match.number;
  if (digits.size() < 2 || digits.front() != '2' || digits.find(',') != std::string_view::npos) return std::nullopt;
  const std::string_view rest = digits.substr(1);
  if (rest.front() == '0' && rest.size() > 1 && rest[1] != '.') return std::nullopt;
  if (rest.front() == '.') return std::nullopt;
  const std::optional<double> rest_value = scaled_number(rest, -2);
  if (!rest_value || *rest_value > 1.0) return std::nullopt;
  return "≥" + std::string(rest) + "%";
}

class TargetParser {
 public:
  TargetParser(std::string_view text, const TargetVocabularies& vocabularies) : vocabularies_(vocabularies) {
    target_.original = std::string(text);
  }

  ParsedTarget parse() && {
    run();
    // normalize_target(original), computed from the work run() did whenever that work is the same
    // (no HTML: the same trimmed text, working copy and match); the parser runs on every cell.
    if (!normalized_) normalized_ = normalize_target(target_.original, vocabularies_.grammar);
    target_.normalized = std::move(*normalized_);
    // Markup around something that is no value at all: still leftover code, with nothing to fix.
    const bool reported = std::any_of(target_.findings.begin(), target_.findings.end(),
                                      [](const Finding& finding) { return finding.rule_id == RuleId::html_leftover; });
    if (had_markup_ && !reported) add(RuleId::html_leftover);
    return std::move(target_);
  }

 private:
  using Arguments = std::vector<std::pair<std::string, std::string>>;

  void run() {
    const std::string trimmed = trim_outer_space(target_.original);
    if (trimmed.empty() || !is_valid_utf8(trimmed)) {
      normalized_ = trimmed;
      return mark_invalid(trimmed.empty() ? RuleId::empty_value : RuleId::damaged_characters);
    }

    // HTML is stripped before anything else: what remains is the value someone meant to enter.
    std::optional<std::string> without_markup = without_html_markup(trimmed);
    had_markup_ = without_markup.has_value();
    value_text_ = had_markup_ ? trim_outer_space(*without_markup) : trimmed;
    if (value_text_.empty()) return mark_invalid(RuleId::empty_value);
    // target_working_copy(value_text_), step by step: add_form_findings needs the steps too.
    folded_ = nfkc(value_text_);
    const std::string without_latex = strip_latex_leftovers(folded_);
    latex_ = without_latex != folded_;
    working_ = remove_all_space(without_latex);
    const std::optional<TargetMatch> match =
        working_.empty() ? std::nullopt : match_target(working_, vocabularies_.grammar);
    if (!had_markup_) normalized_ = match ? canonical_text(*match) : trimmed;
    // Nothing but TeX delimiters or spacing ("$$", "\\,"): as empty as a blank cell.
    if (working_.empty()) return mark_invalid(RuleId::empty_value);
    // A deadline (2025年12月底前, 2023.12.31, 2025.1-2025.12) is when, not how much: no operator,
    // no unit is missing. Typed into Calc, a date shows as such (cell_display.hpp).
    if (!match || match->unit == "年" || match->unit == "月") {
      if (is_date_text(working_)) return recognized(ValueKind::schedule);
    }
    if (match) {
      parse_numeric(*match);
    } else {
      classify_text();
    }
  }

  void add(RuleId rule_id, Arguments arguments = {}, std::optional<std::string> fix = std::nullopt) {
    if (arguments.empty() && rule_id != RuleId::empty_value && rule_id != RuleId::damaged_characters) {
      arguments.emplace_back("value", display());
    }
    target_.findings.push_back(make_finding(rule_id, std::move(arguments), std::move(fix)));
  }

  void mark_invalid(RuleId rule_id) {
    target_.kind = ValueKind::invalid;
    add(rule_id);
  }

  std::optional<std::string> fix_if_different(const std::string& fix) const {
    if (fix == target_.original) return std::nullopt;
    return fix;
  }

  void parse_numeric(const TargetMatch& match) {
    const ValueKind kind = kind_of_unit(match.unit, vocabularies_.grammar);
    const std::optional<double> number = scaled_number(match.number, scale_exponent(match, kind));
    if (!number) {
      mark_invalid(RuleId::malformed_value);
      return;
    }
    target_.kind = kind;
    target_.number = number;
    target_.unit = std::string(match.unit);
    target_.comparison = match.comparison.value_or(Comparison::equal);
    target_.implicit_equal = !match.comparison;

    // run() keeps canonical_text(match) as the normalized form unless the text had markup.
    const std::string canonical = had_markup_ ? canonical_text(match) : *normalized_;
    add_form_findings(match, canonical);

    // A suspected damaged ≥ explains both the missing operator and the size: the other two
    // findings would only contradict its suggestion ("write ≥292%").
    const std::optional<std::string> suggestion = ocr_suggestion(match, target_);
    if (suggestion) add(RuleId::suspicious_ocr_operator, {{"value", display()}, {"suggestion", *suggestion}});
    if (target_.implicit_equal && !suggestion)
      add(RuleId::bare_number, {{"value", display()}, {"normalized", canonical}, {"meaning", "at-least"}, {"operator", "≥"}});
    if (target_.unit.empty()) add(RuleId::missing_unit);
    const bool percent_sign = target_.unit == "%" || target_.unit == "‰";
    if (percent_sign && *number > 1.0 && !suggestion) add(RuleId::percent_above_100);
  }

  // How the value is written, each rule once, all with the standard form as the fix. HTML stands
  // for every other form defect (its fix is the whole standard form); spaces inside TeX are TeX's.
  void add_form_findings(const TargetMatch& match, const std::string& canonical) {
    const std::optional<std::string> fix = fix_if_different(canonical);
    if (had_markup_) {
      add(RuleId::html_leftover, {}, fix);
      return;
    }
    if (latex_) add(RuleId::latex_leftover, {{"value", display()}, {"fix", canonical}}, fix);
    if (has_full_width_form(value_text_)) add(RuleId::full_width_characters, {{"value", display()}, {"fix", canonical}}, fix);
    const bool non_canonical_prefix =
        !match.prefix_operator.empty() && match.prefix_operator != canonical_symbol(*match.comparison);
    if (!match.suffix_operator.empty() || non_canonical_prefix || has_full_width_comparison(value_text_)) {
      add(RuleId::operator_variant, {{"value", display()}, {"fix", canonical}}, fix);
    }
    if (!latex_ && has_space(target_.original)) add_whitespace(fix);
  }

  // whitespace-in-value, naming the invisible characters the value holds (a tab, a line break, …).
  void add_whitespace(std::optional<std::string> fix) {
    add(RuleId::whitespace_in_value,
        {{"value", display()}, {"characters", invisible_kind_codes(invisible_kinds(target_.original))}}, std::move(fix));
  }

  // Text the grammar does not take: a placeholder, a schedule word, a broken number, a name in the
  // wrong column, a qualitative word or prose, or something unrecognized, in that order.
  void classify_text() {
    const bool short_text = code_point_count(working_) <= short_prose_limit;
    const bool has_digit = has_ascii_digit(working_);
    const ValueVocab& values = vocabularies_.values;
    if (is_placeholder_text(working_)) {
      mark_invalid(RuleId::placeholder_value);
      return;
    }
    if (short_text && values.is_schedule(working_)) {
      recognized(ValueKind::schedule);
      return;
    }
    if (starts_like_a_number()) {
      // A sentence that starts with its number (100%维护社会稳定, 2个机构，4名工作人员) is prose,
      // not a mistyped target: four ideographs after a leading digit make it one. With an
      // operator first (≥5测试单位) the writer meant a target.
      if (working_.front() >= '0' && working_.front() <= '9' && ideograph_count(working_) >= 4) {
        recognized(ValueKind::qualitative);
        if (code_point_count(working_) > long_prose_limit)
          add(RuleId::long_qualitative_value, {{"value", display()}, {"length", std::to_string(code_point_count(working_))}});
        return;
      }
      mark_invalid(RuleId::malformed_value);
      return;
    }
    const bool word = values.is_qualitative_word(working_);
    if (!has_digit && !word && vocabularies_.names.looks_like_name(working_)) {
      mark_invalid(RuleId::name_in_value);
      return;
    }
    if (!has_digit && (word || values.contained_qualitative_word(working_))) {
      recognized(ValueKind::qualitative);
      if (!short_text) {
        add(RuleId::long_qualitative_value, {{"value", display()}, {"length", std::to_string(code_point_count(working_))}});
      }
      return;
    }
    // Words that describe the target (无重大事故发生, 按进度支付, 满意度达94%以上, a grading scale
    // 高中低): what a column headed 指标值（包含数字及文字描述） is for. Not a number, and no defect;
    // but a sentence ending in a whole target (培训人数大于等于200人) buries it.
    if (has_ideograph(working_)) {
      recognized(ValueKind::qualitative);
      if (has_digit && short_text) add_target_in_sentence();
      // A paragraph is no target anyone can assess (a sentence is fine).
      if (code_point_count(working_) > long_prose_limit)
        add(RuleId::long_qualitative_value, {{"value", display()}, {"length", std::to_string(code_point_count(working_))}});
      return;
    }
    mark_invalid(RuleId::unrecognized_value);
  }

  // target-in-sentence: words, then an operator word and a whole target to the end (培训人数大于等于
  // 200人 -> ≥200人). Only an operator written out in words (大于等于, 不低于) counts: 满意度达94%以上
  // is the target's own prose.
  void add_target_in_sentence() {
    for (std::size_t i = 3; i < working_.size(); ++i) {
      if ((static_cast<unsigned char>(working_[i]) & 0xC0) == 0x80) continue;
      const std::string_view rest = std::string_view(working_).substr(i);
      const std::optional<OperatorMatch> op = vocabularies_.grammar.longest_prefix_operator(rest);
      if (!op || !starts_with_ideograph(rest)) continue;
      const std::optional<TargetMatch> match = match_target(rest, vocabularies_.grammar);
      if (!match || !match->comparison || !match->suffix_operator.empty()) continue;
      add(RuleId::target_in_sentence, {{"value", display()}, {"target", canonical_text(*match)}});
      return;
    }
  }

  // A digit, a decimal point, a percent sign, a signed number, a symbol operator (≥, >=, &gt;), or
  // an operator word followed by anything but prose (不低于 alone, 达到95%以上): the writer meant a
  // number. An operator word followed by prose (不低于上年水平) is prose.
  bool starts_like_a_number() const {
    const std::string_view w = working_;
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    if (is_digit(w.front()) || w.front() == '.' || w.front() == '%' || w.starts_with("‰")) return true;
    if ((w.front() == '+' || w.front() == '-') && w.size() > 1 && is_digit(w[1])) return true;
    const std::optional<OperatorMatch> prefix = vocabularies_.grammar.longest_prefix_operator(w);
    if (!prefix) return false;
    if (!starts_with_ideograph(w)) return true;
    const std::string_view rest = w.substr(prefix->length);
    return rest.empty() || !starts_with_ideograph(rest);
  }

  void recognized(ValueKind kind) {
    target_.kind = kind;
    const std::optional<std::string> fix = fix_if_different(trim_outer_space(value_text_));
    if (had_markup_) {
      add(RuleId::html_leftover, {}, fix);
    } else if (has_space(target_.original)) {
      add_whitespace(fix);
    }
  }

  const TargetVocabularies& vocabularies_;
  ParsedTarget target_;
  // The value as messages quote it, made when the first message needs it.
  const std::string& display() {
    if (!display_) display_ = shortened_for_message(target_.original);
    return *display_;
  }
  std::optional<std::string> display_;
  std::string value_text_;  // trimmed, HTML removed
  std::string folded_;      // value_text_ in NFKC
  bool latex_ = false;      // TeX leftovers in folded_
  std::string working_;     // what the grammar and the word lists see
  bool had_markup_ = false;
  std::optional<std::string> normalized_;  // set by run() when it equals normalize_target(original)
};

const TargetVocabularies& builtin_vocabularies() {
  static const TargetVocabularies vocabularies{builtin_vocab(), builtin_value_vocab(), builtin_indicator_names()};
  return vocabularies;
}

}  // namespace

bool is_numeric(ValueKind kind) {
  return kind == ValueKind::percent || kind == ValueKind::count || kind == ValueKind::amount ||
         kind == ValueKind::duration;
}

std::string_view kind_code(ValueKind kind) {
  switch (kind) {
    case ValueKind::percent:
      return "percent";
    case ValueKind::count:
      return "count";
    case ValueKind::amount:
      return "amount";
    case ValueKind::duration:
      return "duration";
    case ValueKind::qualitative:
      return "qualitative";
    case ValueKind::schedule:
      return "schedule";
    case ValueKind::invalid:
      return "invalid";
  }
  return "invalid";
}

ParsedTarget parse_target(std::string_view text) { return parse_target(text, {}, builtin_vocabularies()); }

ParsedTarget parse_target(std::string_view text, std::string_view indicator_name) {
  return parse_target(text, indicator_name, builtin_vocabularies());
}

ParsedTarget add_indicator_name(ParsedTarget parsed, std::string_view indicator_name) {
  // parse_target(text) sorted its findings already; a stable sort of those followed by the name's
  // findings orders them exactly as sorting them all at once does.
  add_name_checks(parsed, indicator_name, builtin_vocabularies().names);
  parsed.findings = most_severe_first(std::move(parsed.findings));
  return parsed;
}

ParsedTarget parse_target(std::string_view text, std::string_view indicator_name,
                          const TargetVocabularies& vocabularies) {
  ParsedTarget target = TargetParser(text, vocabularies).parse();
  add_name_checks(target, indicator_name, vocabularies.names);
  target.findings = most_severe_first(std::move(target.findings));
  return target;
}

}  // namespace jixiao::core
