// Marks on the cells of findings (org.jixiao.Highlighter), decided here and applied by the
// adapter. A mark is a cell style of Jixiao's own, "Jixiao·<severity>·<base>", whose parent is
// <base>, the style the cell had: it changes the background only, and taking the mark away is
// setting the cell back to <base>. The name alone says what to restore, so no record is kept
// anywhere, and the marks survive saving in .ods.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/sheet/grid.hpp"

namespace jixiao::core {

// Every mark style's name starts with this (U+00B7 MIDDLE DOT, which no built-in style uses).
inline constexpr std::string_view kMarkStylePrefix = "Jixiao\u00B7";

// "Jixiao·error·Default": the mark of `severity` over the (programmatic) style name `base`.
std::string mark_style_name(Severity severity, std::string_view base);

struct MarkStyle {
  Severity severity;
  std::string base;  // the style the cell had before it was marked
};

// What a style name says when it is a mark's; nullopt for any other style.
std::optional<MarkStyle> parse_mark_style(std::string_view style_name);

// The mark's background, 0xRRGGBB: light red for errors, light yellow-orange for warnings, light
// blue for information; light enough that black text stays easy to read.
std::int32_t mark_background(Severity severity);

// A cell to mark, zero-based on its sheet.
struct CellMark {
  int row = 0;
  int column = 0;
  Severity severity = Severity::info;
  bool operator==(const CellMark&) const = default;
};

// The marks a sheet's findings call for: a finding inside a merged area marks the area's top-left
// cell (the one whose format Calc draws for the whole area; a covered cell's format never shows),
// a cell with several findings gets one mark, of the most severe; negative positions are dropped.
// Sorted by row, then column.
std::vector<CellMark> cell_marks(const std::vector<CellMark>& findings, const std::vector<Merge>& merges);

}  // namespace jixiao::core
