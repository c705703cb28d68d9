#include "core/vocab/vocab.hpp"

#include <utility>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

// The form entries are stored and matched in: the same folding normalize_target applies to its input.
std::string matching_form(std::string_view text) { return remove_all_space(nfkc(text)); }

bool starts_with_ascii_digit(std::string_view text) { return !text.empty() && text.front() >= '0' && text.front() <= '9'; }

std::optional<UnitKind> unit_kind_from_word(std::string_view word) {
  if (word.empty() || word == "count") return UnitKind::count;
  if (word == "amount") return UnitKind::amount;
  if (word == "duration") return UnitKind::duration;
  if (word == "percent") return UnitKind::percent;
  return std::nullopt;
}

std::optional<OperatorPlacement> placement_from_word(std::string_view word) {
  if (word.empty() || word == "prefix") return OperatorPlacement::before_number;
  if (word == "suffix") return OperatorPlacement::after_number;
  return std::nullopt;
}

}  // namespace

Vocab::Vocab() {
  units_.emplace("%", UnitKind::percent);
  units_.emplace("‰", UnitKind::percent);
}

std::vector<VocabProblem> Vocab::add_operators(std::string_view tsv_text, std::string_view source_name) {
  return read_data_lines(tsv_text, source_name, [&](std::string_view content) -> std::optional<std::string> {
    const std::vector<std::string_view> fields = split_on_tabs(content);
    if (fields.size() < 2 || fields.size() > 3) {
      return "expected variant<TAB>canonical[<TAB>prefix|suffix]";
    }
    const std::string variant = matching_form(fields[0]);
    if (variant.empty()) return "empty operator variant";
    if (starts_with_ascii_digit(variant)) return "operator variant must not start with a digit";
    const std::optional<Comparison> comparison = comparison_from_symbol(trim_outer_space(nfkc(fields[1])));
    if (!comparison) return "canonical operator must be one of ≥ ≤ = > <";
    const std::optional<OperatorPlacement> placement =
        placement_from_word(fields.size() == 3 ? trim_outer_space(fields[2]) : std::string());
    if (!placement) return "placement must be prefix or suffix";
    define_operator({variant, *comparison, *placement});
    return std::nullopt;
  });
}

std::vector<VocabProblem> Vocab::add_units(std::string_view text, std::string_view source_name) {
  return read_data_lines(text, source_name, [&](std::string_view content) -> std::optional<std::string> {
    const std::vector<std::string_view> fields = split_on_tabs(content);
    if (fields.size() > 2) return "expected unit[<TAB>kind]";
    std::string unit = matching_form(fields[0]);
    if (unit.empty()) return "empty unit";
    // The number is matched greedily, so a unit starting with a digit could never be reached.
    if (starts_with_ascii_digit(unit)) return "unit must not start with a digit";
    const std::optional<UnitKind> kind =
        unit_kind_from_word(fields.size() == 2 ? trim_outer_space(fields[1]) : std::string());
    if (!kind) return "kind must be count, amount, duration or percent";
    units_.insert_or_assign(std::move(unit), *kind);
    return std::nullopt;
  });
}

void Vocab::define_operator(OperatorEntry entry) {
  for (OperatorEntry& existing : operators_) {
    if (existing.variant == entry.variant && existing.placement == entry.placement) {
      existing = std::move(entry);  // same variant and placement: the index stays right
      return;
    }
  }
  const std::string& variant = entry.variant;  // never empty (add_operators refuses that)
  if (entry.placement == OperatorPlacement::before_number)
    prefix_by_first_byte_[static_cast<unsigned char>(variant.front())].push_back(operators_.size());
  else
    suffix_by_last_byte_[static_cast<unsigned char>(variant.back())].push_back(operators_.size());
  operators_.push_back(std::move(entry));
}

std::optional<OperatorMatch> Vocab::longest_prefix_operator(std::string_view text) const {
  std::optional<OperatorMatch> best;
  if (text.empty()) return best;
  for (std::size_t i : prefix_by_first_byte_[static_cast<unsigned char>(text.front())]) {
    const OperatorEntry& entry = operators_[i];
    if (!text.starts_with(entry.variant)) continue;
    if (!best || entry.variant.size() > best->length) best = OperatorMatch{entry.comparison, entry.variant.size()};
  }
  return best;
}

std::optional<OperatorMatch> Vocab::longest_suffix_operator(std::string_view text) const {
  std::optional<OperatorMatch> best;
  if (text.empty()) return best;
  for (std::size_t i : suffix_by_last_byte_[static_cast<unsigned char>(text.back())]) {
    const OperatorEntry& entry = operators_[i];
    if (!text.ends_with(entry.variant)) continue;
    if (!best || entry.variant.size() > best->length) best = OperatorMatch{entry.comparison, entry.variant.size()};
  }
  return best;
}

bool Vocab::is_unit(std::string_view text) const { return units_.find(text) != units_.end(); }

std::optional<UnitKind> Vocab::unit_kind(std::string_view unit) const {
  const auto found = units_.find(unit);
  if (found == units_.end()) return std::nullopt;
  return found->second;
}

const Vocab& builtin_vocab() {
  static const Vocab vocab = [] {
    Vocab built;
    // Problems in the shipped files are caught by the unit tests, which load them the same way.
    built.add_operators(embedded_operators_tsv(), "data/vocab/operators.tsv");
    built.add_units(embedded_units_txt(), "data/vocab/units.txt");
    return built;
  }();
  return vocab;
}

}  // namespace jixiao::core
