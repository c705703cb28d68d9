#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::core {

// What a column of an indicator block holds, named by its header (data/templates/*.tsv).
enum class ColumnRole { first, second, key_work, project, third, half, full, value, basis, category, past, expected };

// A first-level indicator of a template with the second levels it allows.
struct FirstLevel {
  std::vector<std::string> labels;   // canonical label first, then accepted variants (产出指标, 产出)
  std::vector<std::string> seconds;  // allowed second levels (canonical and variants)
  bool free_seconds = false;         // "*": any text is a second level (履职)
};

// A total line of a budget block and the lines it sums. An empty parts list with
// parts_follow means "every labelled line after the total" (项目支出 and its project lines).
struct BudgetSum {
  std::vector<std::string> total_labels;
  std::vector<std::string> parts;
  bool parts_follow = false;
};

// One kind of table as a template file describes it. All words are stored as header_key()s.
struct TableTemplate {
  std::string name;
  std::vector<std::string> titles;
  std::vector<FirstLevel> first_levels;
  std::vector<std::pair<ColumnRole, std::string>> columns;  // header word -> role
  std::vector<std::string> amount_columns;                  // budget amount header words
  std::vector<std::string> share_columns;                   // budget share header words
  std::vector<BudgetSum> sums;
  std::vector<std::string> share_totals;
};

// How header words and labels are compared: NFKC (full-width forms and （） fold to ASCII), every
// whitespace character removed (line breaks and spaces inside headers are layout, not meaning).
std::string header_key(std::string_view text);

// Parses a template file; lines it cannot use are skipped. A file without a name gives a template
// with an empty name, which callers ignore.
TableTemplate parse_template(std::string_view text);

// The built-in templates (data/templates, embedded at build time) followed by the extra ones.
std::vector<TableTemplate> load_templates(const std::vector<std::string>& extra_templates);

// The first level whose label is `key` (a header_key), or nullptr.
const FirstLevel* find_first_level(const TableTemplate& table_template, std::string_view key);

// Whether `key` is one of the first level's second levels (free text always is).
bool allows_second(const FirstLevel& first, std::string_view key);

// Whether `key` is a second level of any first level of the template.
bool is_any_second(const TableTemplate& table_template, std::string_view key);

}  // namespace jixiao::core
