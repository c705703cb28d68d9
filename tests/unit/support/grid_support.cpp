#include <algorithm>
#include "support/grid_support.hpp"

#include <fstream>
#include <stdexcept>
#include <iterator>
#include <regex>

namespace jixiao::test {

namespace {

bool is_plain_number(const std::string& field) {
  static const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
  return std::regex_match(field, number);
}

}  // namespace

core::Grid grid_from_tsv(std::string_view tsv, std::string sheet) {
  std::vector<std::vector<std::string>> lines;
  std::size_t start = 0;
  while (start <= tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string> fields;
    std::size_t field_start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', field_start);
      fields.emplace_back(line.substr(field_start, tab == std::string_view::npos ? std::string_view::npos : tab - field_start));
      if (tab == std::string_view::npos) break;
      field_start = tab + 1;
    }
    lines.push_back(std::move(fields));
    if (end == tsv.size()) break;
    start = end + 1;
  }
  if (!lines.empty() && lines.back().size() == 1 && lines.back()[0].empty()) lines.pop_back();
  core::Grid grid;
  grid.sheet = std::move(sheet);
  grid.rows = static_cast<int>(lines.size());
  for (const auto& fields : lines) grid.columns = std::max(grid.columns, static_cast<int>(fields.size()));
  grid.cells.resize(static_cast<std::size_t>(grid.rows) * static_cast<std::size_t>(grid.columns));
  for (int r = 0; r < grid.rows; ++r)
    for (int c = 0; c < static_cast<int>(lines[r].size()); ++c) {
      const std::string& field = lines[r][c];
      auto& cell = grid.cells[static_cast<std::size_t>(r) * grid.columns + c];
      if (field.empty()) continue;
      if (is_plain_number(field)) cell = std::stod(field);
      else cell = field;
    }
  return grid;
}

core::Grid grid_from_tsv_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  // A fixture that cannot be read fails its test loudly instead of checking an empty grid.
  if (!file.good() && !file.eof()) throw std::runtime_error("cannot read fixture " + path);
  if (text.empty()) throw std::runtime_error("fixture " + path + " is missing or empty");
  return grid_from_tsv(text);
}

std::vector<std::string> rule_cells(const std::vector<core::LocatedFinding>& findings) {
  std::vector<std::string> result;
  for (const auto& f : findings) result.push_back(std::string(core::rule_code(f.finding.rule_id)) + "@" + f.cell());
  return result;
}

std::vector<core::LocatedFinding> fragment_findings(std::vector<core::LocatedFinding> findings) {
  std::erase_if(findings, [](const core::LocatedFinding& f) { return f.finding.rule_id == core::RuleId::missing_indicator_group; });
  return findings;
}

const core::LocatedFinding* find_finding(const std::vector<core::LocatedFinding>& findings, const std::string& rule_cell) {
  for (const core::LocatedFinding& f : findings)
    if (std::string(core::rule_code(f.finding.rule_id)) + "@" + f.cell() == rule_cell) return &f;
  return nullptr;
}

bool has_cell(const std::vector<std::string>& rule_cells, const std::string& rule_cell) {
  return std::find(rule_cells.begin(), rule_cells.end(), rule_cell) != rule_cells.end();
}

bool has_rule(const std::vector<std::string>& rule_cells, const std::string& rule) {
  return std::any_of(rule_cells.begin(), rule_cells.end(), [&](const std::string& f) { return f.starts_with(rule + "@"); });
}

}  // namespace jixiao::test
