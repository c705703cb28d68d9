#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/finding_sink.hpp"
#include "core/sheet/grid_view.hpp"
#include "support/grid_support.hpp"

using jixiao::core::FindingSink;
using jixiao::core::Grid;
using jixiao::core::GridView;
using jixiao::core::LocatedFinding;
using jixiao::core::make_finding;
using jixiao::core::RuleId;
using jixiao::test::grid_from_tsv;

namespace {

jixiao::core::Finding variant(const char* fix) {
  return make_finding(RuleId::operator_variant, {{"value", ">=95%"}, {"fix", fix}}, fix);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(finding_sink_tests)

// Findings in sheet coordinates: the grid's origin is added (a selection checked from C5).
BOOST_AUTO_TEST_CASE(findings_and_edits_are_in_sheet_coordinates) {
  Grid grid = grid_from_tsv(">=95%\t≥90%\n");
  grid.sheet = "目标表";
  grid.origin_row = 4;
  grid.origin_column = 2;
  const GridView view(grid);
  FindingSink sink(view);
  sink.add_with_text_fix(0, 0, variant("≥95%"));
  const std::vector<LocatedFinding> found = sink.take();
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found[0].sheet == "目标表");
  BOOST_TEST(found[0].cell() == "C5");
  BOOST_TEST_REQUIRE(found[0].edits.size() == 1u);
  BOOST_TEST(found[0].edits[0].row == 4);
  BOOST_TEST(found[0].edits[0].column == 2);
  BOOST_TEST(std::get<std::string>(found[0].edits[0].value) == "≥95%");
  BOOST_TEST(!found[0].moves_cells);
}

// A fix never writes over a formula (its value comes from elsewhere) nor into the hidden part of a
// merge: the finding stays, without its fix.
BOOST_AUTO_TEST_CASE(a_fix_over_a_formula_or_under_a_merge_is_dropped_and_the_finding_kept) {
  Grid grid = grid_from_tsv(">=95%\t>=95%\t>=95%\n");
  grid.formulas.push_back({0, 0, "=B1"});
  grid.merges.push_back({0, 1, 0, 2});  // B1:C1, C1 hidden
  const GridView view(grid);
  FindingSink sink(view);
  sink.add_with_text_fix(0, 0, variant("≥95%"));
  sink.add_with_text_fix(0, 2, variant("≥95%"));
  sink.add_with_text_fix(0, 1, variant("≥95%"));  // the merge's visible cell: fixed
  const std::vector<LocatedFinding> found = sink.take();
  BOOST_TEST_REQUIRE(found.size() == 3u);
  BOOST_TEST(found[0].edits.empty());
  BOOST_TEST(!found[0].finding.fix.has_value());
  BOOST_TEST(found[1].edits.empty());
  BOOST_TEST(found[2].edits.size() == 1u);
}

// A target typed as "=100%" is the formula the finding is about: its fix may replace it.
BOOST_AUTO_TEST_CASE(the_formula_a_finding_is_about_may_be_replaced) {
  Grid grid = grid_from_tsv("1\n");
  grid.formulas.push_back({0, 0, "=100%"});
  const GridView view(grid);
  FindingSink sink(view);
  sink.add_with_text_fix(0, 0,
                         make_finding(RuleId::target_typed_as_formula,
                                      {{"formula", "=100%"}, {"result", "1"}, {"fix", "100%"}}, "100%"),
                         FindingSink::Writes::the_formula);
  const std::vector<LocatedFinding> found = sink.take();
  BOOST_TEST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found[0].edits.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_move_is_marked_only_when_it_has_edits) {
  const Grid grid = grid_from_tsv("a\tb\n");
  const GridView view(grid);
  FindingSink sink(view);
  const auto shifted = [] { return make_finding(RuleId::misaligned_row, {{"side", "left"}, {"columns", "1"}}); };
  sink.add_move(0, 0, shifted(), {sink.edit(0, 1, std::string("a"))});
  sink.add_move(0, 1, shifted(), {});
  const std::vector<LocatedFinding> found = sink.take();
  BOOST_TEST_REQUIRE(found.size() == 2u);
  BOOST_TEST(found[0].moves_cells);
  BOOST_TEST(!found[1].moves_cells);
}

BOOST_AUTO_TEST_CASE(value_cells_and_explained_cells_are_remembered) {
  const Grid grid = grid_from_tsv("a\tb\nc\td\n");
  const GridView view(grid);
  FindingSink sink(view);
  sink.mark_value_cell(1, 1);
  sink.mark_value_cell(5, 5);  // outside the grid: ignored, never written out of bounds
  sink.explain(0, 1);
  BOOST_TEST(sink.is_value_cell(1, 1));
  BOOST_TEST(!sink.is_value_cell(0, 0));
  BOOST_TEST(sink.explained(0, 1));
  BOOST_TEST(!sink.explained(1, 0));
}

// A defect on every one of a million rows: the sink keeps about twice max_findings, the first
// ones, and counts what it let go.
BOOST_AUTO_TEST_CASE(memory_stays_bounded_keeping_the_first_findings) {
  const Grid grid = grid_from_tsv("x\n");
  const GridView view(grid);
  FindingSink sink(view);
  const std::size_t total = 2 * jixiao::core::max_findings + 10;
  for (std::size_t i = total; i-- > 0;)  // last row first: the kept ones must be the first rows
    sink.add(static_cast<int>(i), 0, make_finding(RuleId::empty_value));
  BOOST_TEST(sink.dropped() > 0u);
  const std::vector<LocatedFinding> found = sink.take();
  BOOST_TEST(found.size() + sink.dropped() == total);
  BOOST_TEST(found.size() < 2 * jixiao::core::max_findings);
  std::size_t first_rows = 0;
  for (const LocatedFinding& f : found) first_rows += f.row < static_cast<int>(jixiao::core::max_findings) ? 1 : 0;
  BOOST_TEST(first_rows == jixiao::core::max_findings);
}

BOOST_AUTO_TEST_SUITE_END()
