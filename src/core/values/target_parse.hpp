#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocab/comparison.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::core {

class Vocab;
class ValueVocab;
class IndicatorNames;

// What an indicator target value is about. Codes (kind_code) are stable: JXKIND returns them.
enum class ValueKind { percent, count, amount, duration, qualitative, schedule, invalid };

// "percent", "count", "amount", "duration", "qualitative", "schedule", "invalid".
std::string_view kind_code(ValueKind kind);

// Whether the kind is a quantity with a number: a percent, a count, an amount or a duration.
bool is_numeric(ValueKind kind);

// One indicator target value (指标值), understood.
struct ParsedTarget {
  std::string original;                  // the text as given
  std::string normalized;                // normalize_target(original)
  std::optional<Comparison> comparison;  // the operator; for a bare number, equal (see implicit_equal)
  bool implicit_equal = false;           // a bare number ("100%"), which reads as "="
  // Multipliers applied (≥1.2万人 -> 12000), percent as a fraction (95% -> 0.95, 5‰ -> 0.005).
  std::optional<double> number;
  std::string unit;  // "%", "‰", "人", "万元", … ("" when none); 万/亿 as multipliers are not units
  ValueKind kind = ValueKind::invalid;
  std::vector<Finding> findings;  // every defect of the value itself, most severe first
};

// Parses a target value on its own.
ParsedTarget parse_target(std::string_view text);

// Parses a target value and adds the checks its indicator name makes possible (expected kind from
// the name's ending, direction, rates above 100%). An empty name adds nothing.
ParsedTarget parse_target(std::string_view text, std::string_view indicator_name);

// parse_target(text, indicator_name) for a target already parsed on its own (parse_target(text)):
// the same result without parsing the text again.
ParsedTarget add_indicator_name(ParsedTarget parsed, std::string_view indicator_name);

// The vocabularies parse_target reads: the built-in ones (the default), or ones a user extended.
struct TargetVocabularies {
  const Vocab& grammar;         // operators and units (vocab.hpp)
  const ValueVocab& values;     // qualitative and schedule words (value_vocab.hpp)
  const IndicatorNames& names;  // what names expect (indicator_names.hpp)
};

// parse_target(text, indicator_name) with the given vocabularies.
ParsedTarget parse_target(std::string_view text, std::string_view indicator_name,
                          const TargetVocabularies& vocabularies);

// Half-year against full-year target of one indicator (JXCONSISTENT): same kind and unit;
// cumulative counts and amounts need half <= full; rates usually half <= full; OCR damage where
// one column reads "2"+the other's number. Empty when consistent. Findings of each value alone
// are not repeated here.
std::vector<Finding> check_consistency(const ParsedTarget& half, const ParsedTarget& full,
                                       std::string_view indicator_name);

}  // namespace jixiao::core
