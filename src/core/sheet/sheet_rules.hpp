#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/sheet/finding_sink.hpp"
#include "core/sheet/section_facts.hpp"
#include "core/sheet/sheet_validation.hpp"
#include "core/sheet/table_recognition.hpp"

// The checks validate_grid runs over recognized tables, split by what they look at. Internal to
// the core: sheet_validation.cpp is their only caller.
namespace jixiao::core {

// A label without stray spaces: every whitespace character goes except one ASCII space
// next to an ASCII letter or digit ("及时治疗 and 正常生活" keeps its English word apart).
std::string without_stray_spaces(std::string_view text);

// whitespace-in-text for a label or header cell, when it has any stray space.
void check_label_spaces(const GridView& view, int row, int column, FindingSink& sink);

// Where a text cell stands, which decides what of its whitespace is layout: a header's inner
// spaces and line breaks are layout (全年 预算数, 一级⏎指标); a level label's and prose's line
// breaks are (可持续影响⏎指标, paragraphs); spaces anywhere but between ASCII words are not.
// A name (an indicator's, an export's unit cell) keeps none of its line breaks.
enum class TextPlace { header, label, prose, name };

// The text without its stray whitespace, as its place allows (the fix of whitespace-in-text).
std::string tidied_whitespace(std::string_view text, TextPlace place);

// whitespace-in-text for every text cell of the target tables that no other rule judged: titles,
// the header block, labels, prose (年度目标 indented with U+3000, a trailing line break), a
// cell holding only a space (its fix empties it).
void check_whitespace_cells(const GridView& view, const std::vector<RecognizedTable>& tables, FindingSink& sink);

// The form around a table's indicators (form_rules.cpp): info-field-empty for a field left empty
// (data/templates/form_fields.txt, or any label ending in a colon), template-text-left for a
// template's placeholder left in any cell (≥**%, XX年, 指标1:).
void check_form_fields(const GridView& view, const std::vector<RecognizedTable>& tables, FindingSink& sink);
// goal-without-figure for a year's goal (`field`: 年度目标 …) that states no figure (a number, 百分之, 三个):
// hoped for, not measured. Nothing for a goal of fewer than six characters (无, 见附件) or one
// that is empty (info-field-empty says that).
void report_goal_without_figure(int row, int column, const std::string& field, std::string_view goal, FindingSink& sink);

// The template's placeholders (≥**%, XX) left in one indicator block's rows, without the form
// around it (a self-evaluation table's targets).
void check_block_placeholders(const GridView& view, const RecognizedTable& table, const IndicatorBlock& block,
                              FindingSink& sink);

// Levenshtein distance in code points (invalid bytes count as one each).
int edit_distance(std::string_view a, std::string_view b);

// Rows of one indicator block, section by section: alignment, levels, names, values, weights and
// directions (indicator_rules.cpp). Returns the block's indicator rows as read.
// `money_unit` is the table's (金额单位：万元), "" when it declares none.
std::vector<IndicatorRowFacts> check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::string_view money_unit, FindingSink& sink);

// What a reviewer sees once a section's rows are read (section_rules.cpp): a project of an
// export without indicators, its 年度目标 empty or only its name, its required groups missing,
// targets copying the weights, costs above the budget, the budget typed as text.
void check_section(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                   const SectionInfo& info, const std::vector<IndicatorRowFacts>& rows, std::string_view money_unit,
                   FindingSink& sink);

// The column of an export's project name (项目名称, else 单位名称, left of the levels), -1 for a
// block that is no export.
int export_project_column(const GridView& view, const IndicatorBlock& block);

// What a table that is one project is called in messages: the cell right of its 项目名称 (or
// 部门（单位）名称) above the first indicator header, the text after such a label's colon, else
// the table's title.
std::string table_project_name(const GridView& view, const RecognizedTable& table, int header_row);

// The required groups of a table that is one project or one department (no project columns): its
// blocks' rows together (决策 and 过程 in one block, 效益 and 满意度 in another).
void check_table_groups(const GridView& view, const RecognizedTable& table, const std::vector<IndicatorRowFacts>& rows,
                        FindingSink& sink);

// Cost lines and time limits of one block declared against the block's clear majority, or as
// higher-is-better (section_rules.cpp).
void check_block_directions(const std::vector<IndicatorRowFacts>& rows, FindingSink& sink);

// One row's target that cannot be assessed (vague-target) or a unit on a 定性 row
// (unit-on-qualitative) (section_rules.cpp).
// stale-year for a time target of a year before `budget_year` (≤2023年 in a 2025 table).
void check_row_target(const TableTemplate& table_template, const IndicatorRowFacts& row, int budget_year,
                      FindingSink& sink);

// Labels, amounts, totals and shares of one budget block (budget_rules.cpp).
void check_budget_block(const GridView& view, const TableTemplate& table_template, const BudgetBlock& block,
                        FindingSink& sink);

// A budget across one row: its total against its parts (budget_rules.cpp).
void check_budget_row(const GridView& view, const BudgetRow& budget, FindingSink& sink);

// Leftovers in any text cell not checked as a value (HTML, Word bookmarks), and cells holding
// formula errors (text_rules.cpp).
void check_text_cells(const GridView& view, FindingSink& sink);
void check_error_cells(const GridView& view, FindingSink& sink);

}  // namespace jixiao::core
