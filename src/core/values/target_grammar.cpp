#include "core/values/target_grammar.hpp"

#include <array>
#include <utility>

#include "core/text/decimal_syntax.hpp"
#include "core/text/text.hpp"
#include "core/vocab/vocab.hpp"

namespace jixiao::core {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> latex_operator_commands{{
    {"geqslant", "≥"},
    {"geq", "≥"},
    {"ge", "≥"},
    {"leqslant", "≤"},
    {"leq", "≤"},
    {"le", "≤"},
    {"gt", ">"},
    {"lt", "<"},
}};

constexpr std::array<std::string_view, 2> multipliers{"万", "亿"};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<std::string_view> latex_operator(std::string_view command_name) {
  for (const auto& [name, symbol] : latex_operator_commands) {
    if (name == command_name) return symbol;
  }
  return std::nullopt;
}

struct MultiplierAndUnit {
  std::string_view multiplier;
  std::string_view unit;
};

// What may follow the number: nothing, a unit, or 万/亿 optionally followed by a unit.
// Checking the whole tail against the unit set (instead of scanning units left to right) keeps
// "15万元" valid whether the list says 元 or 万元.
// A unit, or a unit per something (场/年, 元/人·次, 人/户, 元/村年, 元/生/年): a known unit, "/" and a
// known unit or a short word of ideographs (joined by ·, * or /). The kind is the first unit's.
bool is_unit_or_rate_unit(std::string_view unit, const Vocab& vocab) {
  if (vocab.is_unit(unit)) return true;
  const std::size_t slash = unit.find('/');
  if (slash == std::string_view::npos || slash == 0 || !vocab.is_unit(unit.substr(0, slash))) return false;
  const std::string_view per = unit.substr(slash + 1);
  if (per.empty() || vocab.is_unit(per)) return !per.empty();
  // Up to four ideographs (3 bytes each in UTF-8), "·" (2 bytes) or "*" between them.
  std::size_t ideographs = 0;
  for (std::size_t i = 0; i < per.size();) {
    const unsigned char byte = static_cast<unsigned char>(per[i]);
    if (per.compare(i, 2, "\xc2\xb7") == 0) {
      i += 2;
    } else if (byte == '*' || byte == '/') {  // 元/生/年: per pupil and year
      ++i;
    } else if ((byte >> 4) == 0xE && i + 3 <= per.size() && byte >= 0xE4 && byte <= 0xE9) {
      ++ideographs;
      i += 3;
    } else {
      return false;
    }
  }
  return ideographs >= 1 && ideographs <= 4;
}

// What may follow the number: nothing, a unit, or 万/亿 optionally followed by a unit.
// Checking the whole tail against the unit set (instead of scanning units left to right) keeps
// "15万元" valid whether the list says 元 or 万元.
std::optional<MultiplierAndUnit> split_multiplier_and_unit(std::string_view tail, const Vocab& vocab) {
  if (tail.empty() || is_unit_or_rate_unit(tail, vocab)) return MultiplierAndUnit{{}, tail};
  for (std::string_view multiplier : multipliers) {
    if (!tail.starts_with(multiplier)) continue;
    const std::string_view unit = tail.substr(multiplier.size());
    if (unit.empty() || is_unit_or_rate_unit(unit, vocab)) return MultiplierAndUnit{tail.substr(0, multiplier.size()), unit};
  }
  return std::nullopt;
}

}  // namespace

// Web reporting systems and Word's equation export leave TeX around values ($\geq 95\%$).
// Only math delimiters, spacing commands and the commands that stand for an operator or a percent
// sign are understood. Any other command is left in place so that the grammar rejects the text
// instead of guessing what it meant. Byte-wise scanning is safe: UTF-8 never hides ASCII in a sequence.
std::string strip_latex_leftovers(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  std::size_t position = 0;
  while (position < text.size()) {
    const char c = text[position];
    if (c == '$') {
      ++position;
      continue;
    }
    if (c != '\\' || position + 1 == text.size()) {
      result.push_back(c);
      ++position;
      continue;
    }
    const char next = text[position + 1];
    if (next == '(' || next == ')' || next == '[' || next == ']' || next == ',' || next == ';' || next == ':' ||
        next == '!' || next == ' ') {
      position += 2;
      continue;
    }
    if (next == '%') {
      result.push_back('%');
      position += 2;
      continue;
    }
    std::size_t name_end = position + 1;
    while (name_end < text.size() && is_ascii_letter(text[name_end])) ++name_end;
    if (const auto symbol = latex_operator(text.substr(position + 1, name_end - position - 1))) {
      result.append(*symbol);
      position = name_end;
      continue;
    }
    result.push_back(c);
    ++position;
  }
  return result;
}

std::string target_working_copy(std::string_view trimmed) {
  return remove_all_space(strip_latex_leftovers(nfkc(trimmed)));
}

std::optional<TargetMatch> match_target(std::string_view text, const Vocab& vocab) {
  TargetMatch match;
  if (const std::optional<OperatorMatch> prefix = vocab.longest_prefix_operator(text)) {
    match.comparison = prefix->comparison;
    match.prefix_operator = text.substr(0, prefix->length);
    text.remove_prefix(prefix->length);
  }

  const std::size_t number_length = unsigned_decimal_length(text, BarePoint::rejected);
  if (number_length == 0) return std::nullopt;
  match.number = text.substr(0, number_length);
  std::string_view tail = text.substr(number_length);

  if (const std::optional<OperatorMatch> suffix = vocab.longest_suffix_operator(tail)) {
    // "达到95%以上" says ≥ twice, which is only verbose; "≤95%以上" contradicts itself, and a
    // human should look.
    if (match.comparison && *match.comparison != suffix->comparison) return std::nullopt;
    match.comparison = suffix->comparison;
    match.suffix_operator = tail.substr(tail.size() - suffix->length);
    tail.remove_suffix(suffix->length);
  }
  const std::optional<MultiplierAndUnit> rest = split_multiplier_and_unit(tail, vocab);
  if (!rest) return std::nullopt;
  match.multiplier = rest->multiplier;
  match.unit = rest->unit;
  return match;
}

std::string canonical_text(const TargetMatch& match) {
  std::string canonical;
  if (match.comparison) canonical.append(canonical_symbol(*match.comparison));
  canonical.append(match.number);
  canonical.append(match.multiplier);
  canonical.append(match.unit);
  return canonical;
}

}  // namespace jixiao::core
