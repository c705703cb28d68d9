#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/sheet/finding_sink.hpp"
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

// Levenshtein distance in code points (invalid bytes count as one each).
int edit_distance(std::string_view a, std::string_view b);

// Rows of one indicator block, section by section: alignment, levels, names, values, weights and
// directions (indicator_rules.cpp).
// `money_unit` is the table's (金额单位：万元), "" when it declares none.
void check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::string_view money_unit, FindingSink& sink);

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
