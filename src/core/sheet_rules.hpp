#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/sheet_validation.hpp"
#include "core/table_recognition.hpp"

// The checks validate_grid runs over recognized tables, split by what they look at. Internal to
// the core: sheet_validation.cpp is their only caller.
namespace jixiao::core {

// Findings collected for one grid, in sheet coordinates, and the cells already looked at as
// indicator values (so that the prose checks do not report them twice).
class FindingSink {
 public:
  explicit FindingSink(const GridView& view);
  void add(int row, int column, Finding finding, std::vector<CellEdit> edits = {});
  // A fix that writes `text` into the finding's own cell.
  void add_with_text_fix(int row, int column, Finding finding);
  CellEdit edit(int row, int column, CellValue value) const;
  void mark_value_cell(int row, int column);
  bool is_value_cell(int row, int column) const;
  std::vector<LocatedFinding> take();
  // Findings let go to keep at most about twice max_findings in memory (only the first
  // max_findings in finding_order are ever returned).
  std::size_t dropped() const { return dropped_; }

 private:
  const GridView& view_;
  std::vector<LocatedFinding> findings_;
  std::size_t dropped_ = 0;
  std::vector<bool> value_cells_;
};

// The order of validate_grid's result: row, column, then errors before warnings before infos.
bool finding_order(const LocatedFinding& a, const LocatedFinding& b);

// A label without stray spaces: every whitespace character goes except one ASCII space
// next to an ASCII letter or digit ("及时治疗 and 正常生活" keeps its English word apart).
std::string without_stray_spaces(std::string_view text);

// whitespace-in-text for a label or header cell, when it has any stray space.
void check_label_spaces(const GridView& view, int row, int column, FindingSink& sink);

// Levenshtein distance in code points (invalid bytes count as one each).
int edit_distance(std::string_view a, std::string_view b);

// Rows of one indicator block: alignment, levels, names, values (indicator_rules.cpp).
// `seen_names` maps a name's key to its first cell, per table, for duplicate-indicator.
void check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::unordered_map<std::string, std::pair<int, int>>& seen_names, FindingSink& sink);

// Labels, amounts, totals and shares of one budget block (budget_rules.cpp).
void check_budget_block(const GridView& view, const TableTemplate& table_template, const BudgetBlock& block,
                        FindingSink& sink);

// Leftovers in any text cell not checked as a value (HTML, Word bookmarks), and cells holding
// formula errors (text_rules.cpp).
void check_text_cells(const GridView& view, FindingSink& sink);
void check_error_cells(const GridView& view, FindingSink& sink);

}  // namespace jixiao::core
