// Sheets built to hurt: huge used areas, formulas and merges where a fix would write, error
// cells, values crafted to make a check slow, more findings than anyone can read. Each gets a
// finding that says what happened, in bounded time and memory, and no fix that writes where it
// must not (issue 6).
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/sheet/grid.hpp"
#include "core/sheet/sheet_validation.hpp"
#include "core/text/text.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

using jixiao::core::RuleId;

using jixiao::core::checked_area;
using jixiao::core::Grid;
using jixiao::core::LocatedFinding;
using jixiao::core::max_findings;
using jixiao::core::max_grid_cells;
using jixiao::core::validate_grid;
using jixiao::test::grid_from_tsv;
using jixiao::test::rule_cells;

namespace {

const std::string project_header = "项目支出预算绩效目标表\n一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n";

const LocatedFinding* find(const std::vector<LocatedFinding>& findings, const std::string& rule, const std::string& cell) {
  for (const LocatedFinding& f : findings)
    if (jixiao::core::rule_code(f.finding.rule_id) == rule && f.cell() == cell) return &f;
  return nullptr;
}

bool any_rule(const std::vector<LocatedFinding>& findings, const std::string& rule) {
  for (const LocatedFinding& f : findings)
    if (jixiao::core::rule_code(f.finding.rule_id) == rule) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(hostile_input_tests)

BOOST_AUTO_TEST_CASE(a_grid_cut_from_a_larger_area_says_so) {
  Grid grid = grid_from_tsv(project_header + "决策\t项目立项\t知晓率\t≥90%\t≥90%\n");
  grid.full_rows = 1048576;
  grid.full_columns = 1024;
  const auto findings = validate_grid(grid);
  const LocatedFinding* cut = find(findings, "area-too-large", "A1");
  BOOST_TEST_REQUIRE(cut != nullptr);
  const std::string message = render_message(cut->finding, jixiao::core::Language::en);
  BOOST_TEST(message.find("A1:AMJ1048576") != std::string::npos, message);
  BOOST_TEST(message.find("A1:E3") != std::string::npos, message);
  // Not cut: no such finding.
  BOOST_TEST(!any_rule(validate_grid(grid_from_tsv(project_header + "决策\t项目立项\t知晓率\t≥90%\t≥90%\n")),
                       "area-too-large"));
}

BOOST_AUTO_TEST_CASE(no_fix_overwrites_a_formula) {
  Grid grid = grid_from_tsv(project_header + "决策\t项目立项\t知晓率\t>=90%\t>=90%\n");
  grid.formulas.push_back({2, 4, "=\">=\"&\"90%\""});  // E3 computes its text
  const auto findings = validate_grid(grid);
  const LocatedFinding* computed = find(findings, "operator-variant", "E3");
  const LocatedFinding* typed = find(findings, "operator-variant", "D3");
  BOOST_TEST_REQUIRE(computed != nullptr);
  BOOST_TEST_REQUIRE(typed != nullptr);
  BOOST_TEST(computed->edits.empty());  // still reported, never fixed
  BOOST_TEST(!computed->finding.fix.has_value());
  BOOST_TEST(typed->edits.size() == 1u);
}

BOOST_AUTO_TEST_CASE(no_fix_writes_under_a_merge) {
  // Row 4 is shifted one column to the left; moving it back writes E4, which D4:E4 hides.
  const std::string rows = "决策\t项目立项\t知晓率\t≥90%\t≥90%\n\t合规性\t合规\t合规\t\n";
  const auto unmerged = validate_grid(grid_from_tsv(project_header + rows));
  const LocatedFinding* moved = find(unmerged, "misaligned-row", "B4");
  BOOST_TEST_REQUIRE(moved != nullptr);
  BOOST_TEST(!moved->edits.empty());

  Grid merged = grid_from_tsv(project_header + rows);
  merged.merges.push_back({3, 3, 3, 4});
  const auto findings = jixiao::test::fragment_findings(validate_grid(merged));
  // Merged, E4 is the merge's hidden half: the row reads as a value left empty (合规性 standing
  // as a second level the framework does not list), and no fix of any finding writes there.
  BOOST_TEST(rule_cells(findings) == (std::vector<std::string>{"unlisted-second-level@B4", "empty-value@E4"}),
             jixiao::test::joined(rule_cells(findings), " "));
  for (const LocatedFinding& f : findings)
    for (const auto& edit : f.edits) BOOST_TEST(!(edit.row == 3 && edit.column == 4), f.finding.rule_id << " writes E4");
}

BOOST_AUTO_TEST_CASE(error_cells_are_errors_not_missing_values) {
  Grid grid = grid_from_tsv(project_header + "决策\t项目立项\t知晓率\t\t\n决策\t项目立项\t覆盖率\t\t≥90%\n");
  grid.errors.push_back({2, 3, "#DIV/0!"});
  grid.errors.push_back({2, 4, "#N/A"});
  grid.errors.push_back({3, 3, "Err:502"});
  const auto cells = rule_cells(jixiao::test::fragment_findings(validate_grid(grid)));
  const std::vector<std::string> expected{"cell-error@D3", "cell-error@E3", "cell-error@D4"};
  BOOST_TEST(cells == expected, boost::test_tools::per_element());
}

// Values made to make a check slow: 100 000 repetitions of operators, digits, brackets, markup and
// multipliers. Each row's check, and the sheet's, stays within a linear bound: measured against a
// linear pass over the same text in the same run (no fixed time, which a busy machine misses).
BOOST_AUTO_TEST_CASE(crafted_values_are_checked_in_bounded_time) {
  using jixiao::test::linear_slowdown_limit;
  using jixiao::test::repeated_to_size;
  const std::vector<std::string> units{"≥",  "≥1", ">=", "1%", "(",    "((1))", "[bookmark:", "<a", "<a>", "&#x1",
                                       "$\\", "万", "以上", "1.", "1,", "＞＝９", "\u3000", "健全", "完成", "\\geq"};
  std::string sheet = project_header;
  for (const std::string& unit : units) {
    std::string value;
    for (int i = 0; i < 100000; ++i) value += unit;
    const std::string row = "产出指标\t数量指标\t" + value + "\t" + value + "\t" + value + "\n";
    BOOST_TEST_CONTEXT("100000 x " << jixiao::test::visible(unit)) {
      std::vector<LocatedFinding> findings;
      const std::string table = project_header + row;
      const double slowdown =
          jixiao::test::slowdown_against_linear_pass([&] { findings = validate_grid(grid_from_tsv(table)); }, table);
      BOOST_TEST(slowdown < linear_slowdown_limit);
      BOOST_TEST(!findings.empty());
      for (const LocatedFinding& f : findings)
        BOOST_TEST(render_message(f.finding, jixiao::core::Language::zh_cn).size() < 2000u);
    }
    sheet += row;
  }
  const double slowdown =
      jixiao::test::slowdown_against_linear_pass([&] { (void)validate_grid(grid_from_tsv(sheet)); }, sheet);
  BOOST_TEST(slowdown < linear_slowdown_limit);
}

BOOST_AUTO_TEST_CASE(findings_beyond_the_limit_are_counted_not_listed) {
  // A whole project (so nothing but the rows' own defects is found), then rows of two defects each.
  std::string tsv = project_header +
                    "产出指标\t质量指标\t合格率\t≥90%\t≥90%\n\t时效指标\t及时率\t≥90%\t≥90%\n"
                    "效益指标\t社会效益指标\t知晓率\t≥90%\t≥90%\n满意度指标\t服务对象满意度指标\t满意度\t≥90%\t≥90%\n";
  const int rows = static_cast<int>(max_findings / 2 + 10000);  // two operator variants a row
  for (int i = 0; i < rows; ++i) tsv += "产出指标\t数量指标\t指标" + std::to_string(i) + "\t>=90%\t>=90%\n";
  const auto findings = validate_grid(grid_from_tsv(tsv));
  BOOST_TEST_REQUIRE(findings.size() == max_findings);
  const LocatedFinding& last = findings.back();
  BOOST_TEST(last.finding.rule_id == RuleId::too_many_findings);
  const std::string message = render_message(last.finding, jixiao::core::Language::en);
  BOOST_TEST(message.find(std::to_string(2 * rows)) != std::string::npos, message);
  // The listed ones are the first rows, in order.
  BOOST_TEST(findings.front().cell() == "D7");
  BOOST_TEST(findings[findings.size() - 2].row <= last.row);
}

BOOST_AUTO_TEST_CASE(merges_larger_than_the_grid_cost_nothing_extra) {
  Grid grid = grid_from_tsv(project_header + "决策\t项目立项\t知晓率\t≥90%\t≥90%\n");
  grid.merges.push_back({0, 0, 1048575, 16383});  // everything hidden under A1
  grid.merges.push_back({-5, -5, 2000000000, 2000000000});
  const auto findings = validate_grid(grid);
  BOOST_TEST(rule_cells(findings) == std::vector<std::string>{"no-table-found@A1"}, boost::test_tools::per_element());
}

// An unpaired surrogate reaches the core as invalid UTF-8 (see to_utf8 in src/uno): messages quote
// it as U+FFFD, so every message is valid UTF-8 whatever a cell holds.
BOOST_AUTO_TEST_CASE(messages_are_valid_utf8_whatever_the_cell_holds) {
  const std::string damaged = ">=95%\xED\xA0\x80x\xFF";
  const auto findings = validate_grid(grid_from_tsv(project_header + "决策\t项目立项\t" + damaged + "\t" + damaged +
                                                    "\t" + damaged + "\n"));
  BOOST_TEST(!findings.empty());
  for (const LocatedFinding& f : findings) {
    BOOST_TEST(jixiao::core::is_valid_utf8(render_message(f.finding, jixiao::core::Language::zh_cn)));
    BOOST_TEST(jixiao::core::is_valid_utf8(render_message(f.finding, jixiao::core::Language::en)));
  }
  BOOST_TEST(jixiao::core::with_replacement_characters("a\xED\xA0\x80" "b") == "a\uFFFD\uFFFD\uFFFDb");
  BOOST_TEST(jixiao::core::with_replacement_characters("≥95%") == "≥95%");
}

BOOST_AUTO_TEST_SUITE_END()
