#include "core/outputs/highlight_marks.hpp"

#include <algorithm>
#include <map>

namespace jixiao::core {

namespace {

constexpr std::string_view kSeparator = "\u00B7";

// Severity's enumerators run from the most severe (error) to the least (info).
bool more_severe(Severity a, Severity b) { return static_cast<int>(a) < static_cast<int>(b); }

}  // namespace

std::string mark_style_name(Severity severity, std::string_view base) {
  std::string name(kMarkStylePrefix);
  name += severity_code(severity);
  name += kSeparator;
  name += base;
  return name;
}

std::optional<MarkStyle> parse_mark_style(std::string_view style_name) {
  if (!style_name.starts_with(kMarkStylePrefix)) return std::nullopt;
  const std::string_view rest = style_name.substr(kMarkStylePrefix.size());
  const std::size_t separator = rest.find(kSeparator);
  if (separator == std::string_view::npos) return std::nullopt;
  const std::optional<Severity> severity = parse_severity(rest.substr(0, separator));
  const std::string_view base = rest.substr(separator + kSeparator.size());
  // A mark over a mark is never made (the base of a marked cell is the mark's base), so a name
  // like that is not ours.
  if (!severity || base.empty() || base.starts_with(kMarkStylePrefix)) return std::nullopt;
  return MarkStyle{*severity, std::string(base)};
}

std::int32_t mark_background(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 0xFFC7CE;
    case Severity::warning:
      return 0xFFE699;
    case Severity::info:
      return 0xDDEBF7;
  }
  return 0xFFC7CE;
}

std::vector<CellMark> cell_marks(const std::vector<CellMark>& findings, const std::vector<Merge>& merges) {
  std::map<std::pair<int, int>, Severity> strongest;
  for (const CellMark& f : findings) {
    if (f.row < 0 || f.column < 0) continue;
    int row = f.row, column = f.column;
    for (const Merge& m : merges) {
      if (row >= m.first_row && row <= m.last_row && column >= m.first_column && column <= m.last_column) {
        row = m.first_row;
        column = m.first_column;
        break;
      }
    }
    const auto [at, added] = strongest.emplace(std::pair(row, column), f.severity);
    if (!added && more_severe(f.severity, at->second)) at->second = f.severity;
  }
  std::vector<CellMark> marks;
  for (const auto& [where, severity] : strongest) marks.push_back({where.first, where.second, severity});
  return marks;
}

}  // namespace jixiao::core
