#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocab/comparison.hpp"
#include "core/text/data_lines.hpp"

namespace jixiao::core {

// Where an operator word stands relative to the number: 不低于95% (before) or 95%以上 (after).
enum class OperatorPlacement { before_number, after_number };

// What a unit measures. Percent covers "%" and "‰" (built in) and percentage points (个百分点);
// count covers people, things, events and measures (人, 件, km, M); see data/vocab/units.txt.
enum class UnitKind { percent, count, amount, duration };

struct OperatorMatch {
  Comparison comparison;
  std::size_t length;  // bytes of the matched variant in the text searched
};

// Words the target-value grammar needs: operator variants and units. Built-in data comes from
// data/vocab (embedded at build time); users extend it by loading more text into the same object.
// Entries are stored as NFKC with all whitespace removed, the form normalize_target matches against.
class Vocab {
 public:
  // Starts with "%" and "‰", which are part of the grammar rather than data.
  Vocab();

  // Lines "variant<TAB>canonical[<TAB>prefix|suffix]"; '#' comment lines and blank lines ignored.
  // A later definition of the same variant replaces an earlier one, so user files can override.
  std::vector<VocabProblem> add_operators(std::string_view tsv_text, std::string_view source_name);

  // Lines "unit[<TAB>kind]", kind one of count, amount, duration, percent (count when omitted);
  // '#' comment lines and blank lines ignored. A later line for the same unit replaces its kind.
  std::vector<VocabProblem> add_units(std::string_view text, std::string_view source_name);

  // Longest operator variant placed before the number that starts `text`.
  std::optional<OperatorMatch> longest_prefix_operator(std::string_view text) const;

  // Longest operator variant placed after the number that ends `text`.
  std::optional<OperatorMatch> longest_suffix_operator(std::string_view text) const;

  bool is_unit(std::string_view text) const;

  // The kind of a unit (in the folded form the grammar matches), nullopt for an unknown unit.
  std::optional<UnitKind> unit_kind(std::string_view unit) const;

 private:
  struct OperatorEntry {
    std::string variant;
    Comparison comparison;
    OperatorPlacement placement;
  };

  void define_operator(OperatorEntry entry);

  std::vector<OperatorEntry> operators_;
  // Indexes into operators_ by the variant's first byte (placed before the number) or last byte
  // (after it): every value is matched against the operators, and a byte rules out nearly all.
  std::vector<std::vector<std::size_t>> prefix_by_first_byte_ = std::vector<std::vector<std::size_t>>(256);
  std::vector<std::vector<std::size_t>> suffix_by_last_byte_ = std::vector<std::vector<std::size_t>>(256);
  std::map<std::string, UnitKind, std::less<>> units_;
};

// The vocabulary built from the embedded data/vocab files, parsed once on first use.
const Vocab& builtin_vocab();

}  // namespace jixiao::core
