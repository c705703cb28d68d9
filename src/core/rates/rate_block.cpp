#include "core/rates/rate_block.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/number_text.hpp"
#include "core/vocab/table_template.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

constexpr std::array<std::pair<std::string_view, RateRole>, 5> role_codes = {{{"executed", RateRole::executed},
                                                                              {"budget", RateRole::budget},
                                                                              {"received", RateRole::received},
                                                                              {"plan", RateRole::plan},
                                                                              {"label", RateRole::label}}};

constexpr std::array<RateBase, 3> all_bases = {RateBase::budget, RateBase::received, RateBase::plan};

// "全年预算数(万元)" -> "全年预算数" when the parenthesized word is a unit; anything else unchanged.
std::string_view without_unit(const RateVocabulary& vocabulary, std::string_view key) {
  if (!key.ends_with(')')) return key;
  const std::size_t open = key.rfind('(');
  if (open == std::string_view::npos || open == 0) return key;
  const std::string_view inner = key.substr(open + 1, key.size() - open - 2);
  if (std::find(vocabulary.units.begin(), vocabulary.units.end(), inner) == vocabulary.units.end()) return key;
  return key.substr(0, open);
}

// "/", "-", "——": a placeholder for "no amount", which a line may carry instead of a number. The
// key is NFKC already (full-width ／ and － fold to ASCII, … to "...").
bool is_placeholder(std::string_view key) {
  if (key.empty()) return false;
  for (std::size_t i = 0; i < key.size();) {
    const unsigned char byte = static_cast<unsigned char>(key[i]);
    if (byte < 0x80 && (std::ispunct(byte) != 0)) {
      ++i;
    } else if (key.compare(i, 3, "\u2014") == 0 || key.compare(i, 3, "\u2013") == 0 ||
               key.compare(i, 3, "\u2015") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// The roles the row's header cells name, in column order.
std::vector<std::pair<RateRole, int>> named_roles(const GridView& view, const RateVocabulary& vocabulary, int row) {
  std::vector<std::pair<RateRole, int>> named;
  for (int c = 0; c < view.columns(); ++c)
    if (std::optional<RateRole> role = rate_role(vocabulary, view.key(row, c))) named.emplace_back(*role, c);
  return named;
}

bool names_amount(const std::vector<std::pair<RateRole, int>>& named) {
  return std::any_of(named.begin(), named.end(), [](const auto& n) { return n.first != RateRole::label; });
}

// The columns after a header row: a column it names loses its old role, a role it names moves to
// the first column naming it; what it does not name keeps its column.
RateColumns relabelled(RateColumns columns, const std::vector<std::pair<RateRole, int>>& named) {
  for (const auto& [role, column] : named)
    for (const auto& code : role_codes)
      if (columns.of(code.second) == column) columns.of(code.second) = -1;
  std::vector<RateRole> moved;
  for (const auto& [role, column] : named) {
    if (std::find(moved.begin(), moved.end(), role) != moved.end()) continue;
    columns.of(role) = column;
    moved.push_back(role);
  }
  return columns;
}

std::vector<int> amount_columns(const RateColumns& columns) {
  std::vector<int> result;
  for (int c : {columns.executed, columns.budget, columns.received, columns.plan})
    if (c >= 0) result.push_back(c);
  return result;
}

// Words where the amounts are, and no amount: the row belongs to something else.
bool holds_words_instead_of_amounts(const GridView& view, int row, const RateColumns& columns) {
  bool words = false;
  for (int c : amount_columns(columns)) {
    if (holds_amount(view, row, c)) return false;
    if (view.text(row, c) && !view.empty(row, c) && !is_placeholder(view.key(row, c))) words = true;
  }
  return words;
}

bool any_amount(const GridView& view, int row, const RateColumns& columns) {
  const std::vector<int> columns_with_amounts = amount_columns(columns);
  return std::any_of(columns_with_amounts.begin(), columns_with_amounts.end(),
                     [&](int c) { return holds_amount(view, row, c); });
}

}  // namespace

std::string_view rate_base_code(RateBase base) {
  switch (base) {
    case RateBase::budget:
      return "budget";
    case RateBase::received:
      return "received";
    case RateBase::plan:
      return "plan";
  }
  return "budget";
}

std::optional<RateBase> rate_base_from_code(std::string_view code) {
  for (RateBase base : all_bases)
    if (rate_base_code(base) == code) return base;
  return std::nullopt;
}

RateVocabulary parse_rate_vocabulary(std::string_view text) {
  RateVocabulary vocabulary;
  for_each_content_line(text, [&](int, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    const std::string code = trim_outer_space(fields[0]);
    std::vector<std::string> words;
    for (std::size_t i = 1; i < fields.size(); ++i)
      if (std::string key = header_key(fields[i]); !key.empty()) words.push_back(std::move(key));
    if (code == "unit") {
      vocabulary.units.insert(vocabulary.units.end(), words.begin(), words.end());
      return;
    }
    for (const auto& [name, role] : role_codes)
      if (name == code)
        for (std::string& word : words) vocabulary.words.emplace_back(role, std::move(word));
  });
  return vocabulary;
}

const RateVocabulary& rate_vocabulary() {
  static const RateVocabulary built_in = parse_rate_vocabulary(embedded_rate_columns_tsv());
  return built_in;
}

std::optional<RateRole> rate_role(const RateVocabulary& vocabulary, std::string_view header_key) {
  if (header_key.empty()) return std::nullopt;
  const std::string_view word = without_unit(vocabulary, header_key);
  for (const auto& [role, known] : vocabulary.words)
    if (known == word) return role;
  return std::nullopt;
}

int RateColumns::base(RateBase base) const {
  switch (base) {
    case RateBase::budget:
      return budget;
    case RateBase::received:
      return received;
    case RateBase::plan:
      return plan;
  }
  return -1;
}

int& RateColumns::of(RateRole role) {
  switch (role) {
    case RateRole::executed:
      return executed;
    case RateRole::budget:
      return budget;
    case RateRole::received:
      return received;
    case RateRole::plan:
      return plan;
    case RateRole::label:
      break;
  }
  return label;
}

const RateSection& RateBlock::section_at(int row) const {
  const RateSection* found = &sections.front();
  for (const RateSection& s : sections)
    if (s.header_row <= row) found = &s;
  return *found;
}

bool RateBlock::is_section_header(int row) const {
  return std::any_of(sections.begin(), sections.end(), [&](const RateSection& s) { return s.header_row == row; });
}

bool holds_amount(const GridView& view, int row, int column) {
  if (column < 0) return false;
  const CellValue& value = view.cell(row, column);
  if (std::holds_alternative<double>(value)) return true;
  const std::string* text = std::get_if<std::string>(&value);
  return text && parse_number_text(*text).has_value();
}

std::optional<RateBlock> find_rate_block(const GridView& view, const RateVocabulary& vocabulary) {
  for (int header = 0; header < view.rows(); ++header) {
    const auto named = named_roles(view, vocabulary, header);
    const bool has_executed =
        std::any_of(named.begin(), named.end(), [](const auto& n) { return n.first == RateRole::executed; });
    if (!has_executed || named.size() < 2) continue;

    RateBlock block;
    block.header_row = header;
    block.sections.push_back({header, relabelled(RateColumns{}, named)});
    int last_amount_row = header;
    int blank_run = 0;
    for (int row = header + 1; row < view.rows(); ++row) {
      if (view.blank_row(row)) {
        if (++blank_run == 2) break;
        continue;
      }
      blank_run = 0;
      const auto section_words = named_roles(view, vocabulary, row);
      if (names_amount(section_words)) {
        block.sections.push_back({row, relabelled(block.sections.back().columns, section_words)});
        continue;
      }
      const RateColumns& columns = block.sections.back().columns;
      if (holds_words_instead_of_amounts(view, row, columns)) break;
      if (any_amount(view, row, columns)) last_amount_row = row;
    }
    block.end_row = last_amount_row + 1;
    std::erase_if(block.sections, [&](const RateSection& s) { return s.header_row >= block.end_row; });
    return block;
  }
  return std::nullopt;
}

std::vector<int> rate_lines(const GridView& view, const RateBlock& block, RateBase base) {
  std::vector<int> lines;
  for (int row = block.header_row + 1; row < block.end_row; ++row) {
    if (block.is_section_header(row) || view.blank_row(row)) continue;
    const RateColumns& columns = block.section_at(row).columns;
    const int executed = columns.executed, divisor = columns.base(base);
    if (executed < 0 || divisor < 0) continue;
    if (holds_amount(view, row, executed) || holds_amount(view, row, divisor)) lines.push_back(row);
  }
  return lines;
}

std::vector<RateBase> available_bases(const GridView& view, const RateBlock& block) {
  std::vector<RateBase> bases;
  for (RateBase base : all_bases)
    if (!rate_lines(view, block, base).empty()) bases.push_back(base);
  return bases;
}

}  // namespace jixiao::core
