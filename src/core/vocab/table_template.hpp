#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/vocab/column_vocabulary.hpp"

namespace jixiao::core {


// A first-level indicator of a template with the second levels it allows.
struct FirstLevel {
  std::vector<std::string> labels;       // canonical label first, then accepted variants (产出指标, 产出)
  std::vector<std::string> seconds;      // allowed second levels (canonical and variants), as written
  std::vector<std::string> label_keys;   // label_key of each label
  std::vector<std::string> second_keys;  // label_key of each second level
  bool free_seconds = false;             // "*": any text is a second level (履职)
};

// A total line of a budget block and the lines it sums. An empty parts list with
// parts_follow means "every labelled line after the total" (项目支出 and its project lines).
struct BudgetSum {
  std::vector<std::string> total_labels;
  std::vector<std::string> parts;
  bool parts_follow = false;
};

// One kind of table as a template file describes it (data/templates/*.tsv). All words are stored
// as header_key()s; labels as label_key()s.
// Indicators a project (or a department's table) must have: under the first level, at least one
// row in each of the second levels listed, or at least one row anywhere under it when none is.
struct RequiredGroup {
  std::string first;                 // label_key of the first level (产出)
  std::vector<std::string> seconds;  // label_keys of the required second levels (数量, 质量, 时效)
};

struct TableTemplate {
  std::string name;
  std::string extends;  // the template this one builds on ("" for none); resolved by load_templates
  std::vector<std::string> titles;
  std::vector<FirstLevel> first_levels;
  std::vector<std::pair<ColumnRole, std::string>> columns;  // header words beyond columns.tsv
  std::vector<ColumnRole> signature;  // header roles that mark this template
  std::vector<double> weight_totals;  // what the weights of one table may add up to (empty: unchecked)
  std::vector<std::string> amount_columns;                  // budget amount header words
  std::vector<std::string> share_columns;                   // budget share header words
  std::vector<BudgetSum> sums;
  std::vector<std::string> share_totals;
  // What every project must hold (`required` lines); a template declaring any replaces its
  // parent's ("required	-": none).
  std::vector<RequiredGroup> required;
  bool declares_required = false;
  // Second levels the template prints that may stay empty (经济效益, 生态效益 …; label_keys).
  std::vector<std::string> optional_seconds;
  // Budget-system projects whose code marks a standard set of indicators (51192321R…-: personnel,
  // Y: running costs): the letter after the code's eight digits. Their groups are the system's.
  std::vector<std::string> standard_project_types;
};

// How header words and labels are compared: NFKC (full-width forms and （） fold to ASCII), every
// whitespace character removed (line breaks and spaces inside headers are layout, not meaning).
std::string header_key(std::string_view text);

// How level labels are compared: the header_key without a trailing 指标 (产出指标 and 产出,
// 社会效益指标 and 社会效益 are one label), unless nothing else would remain.
std::string label_key(std::string_view text);
// The same for a text that is a header_key already.
std::string_view label_of_key(std::string_view key);

// Parses a template file; lines it cannot use are skipped. A file without a name gives a template
// with an empty name, which callers ignore.
TableTemplate parse_template(std::string_view text);

// The built-in templates (data/templates, embedded at build time; national first, the default)
// followed by the extra ones, each with what it extends merged in: the parent's levels, titles
// and weight totals, its own levels replacing the parent's of the same label.
std::vector<TableTemplate> load_templates(const std::vector<std::string>& extra_templates);

// The first level whose label is `key` (a header_key, compared as its label), or nullptr.
const FirstLevel* find_first_level(const TableTemplate& table_template, std::string_view key);

// Whether `key` is one of the first level's second levels (free text always is).
bool allows_second(const FirstLevel& first, std::string_view key);

// Whether the second level (a label_key) may stay without indicators (optional_seconds).
bool optional_second(const TableTemplate& table_template, std::string_view key);

// Whether `key` is a second level of any first level of the template.
bool is_any_second(const TableTemplate& table_template, std::string_view key);

// The first level whose second levels include `key` (not free text), or nullptr.
const FirstLevel* first_of_second(const TableTemplate& table_template, std::string_view key);

}  // namespace jixiao::core
