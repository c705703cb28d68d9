#pragma once

#include <optional>
#include <vector>

#include "core/sheet/table_recognition.hpp"
#include "core/values/target_parse.hpp"

// Cells shifted against their headers (misaligned-row): where each cell of a row belongs, judged by
// what it looks like (a level label, a name, a value) and which column its header gives it.
// Internal to the sheet rules (indicator_rules.cpp).
namespace jixiao::core {

// One indicator row as its header reads it, after any move back: where each part is on the sheet.
struct LogicalRow {
  int row = 0;
  std::vector<int> source;  // by logical column: the sheet column its content stands in, or -1
  std::vector<std::optional<ParsedTarget>> parsed;  // by sheet column: text cells parsed on their own
  int at(int logical_column) const {
    return logical_column >= 0 && logical_column < static_cast<int>(source.size()) ? source[logical_column] : -1;
  }
  bool moved() const;
  int shift() const;  // columns the first moved cell goes right (negative: left)
};

// The row as it stands, each cell under its own header.
LogicalRow row_as_is(const GridView& view, const IndicatorColumns& columns, int row);

// The row with its cells put back under their headers when that fits the headers clearly better
// (a value out of a name column into a value column, say). Only for blocks whose layout allows a
// shift to be seen: one target column, no project columns.
LogicalRow aligned_row(const GridView& view, const TableTemplate& table_template, const IndicatorColumns& columns,
                       int row);

}  // namespace jixiao::core
