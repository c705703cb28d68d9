#include <boost/test/unit_test.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "core/text/invisible_characters.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

// Cells holding tabs and line breaks, as tables pasted from Word or exported by some systems hold
// them (issue 19, item 1). Calc hands a tab inside a multi-line cell over as U+0001, its edit
// engine's mark for a tab; writing that back stores the control character itself (.xlsx keeps it
// as _x0001_). Such characters are whitespace findings of their own, never part of a value or a
// name, and no fix ever writes one.
namespace core = jixiao::core;
using core::LocatedFinding;
using core::validate_grid;
using jixiao::test::grid_from_tsv;
using jixiao::test::joined;
using jixiao::test::rule_cells;
using jixiao::test::visible;

namespace {

// The TSV of the tests cannot hold a tab inside a cell: "⇥" stands for a tab, "①" for U+0001 and
// "⏎" for a line break, put into the cells once the grid is made.
core::Grid grid_with_invisibles(const std::string& tsv) {
  core::Grid grid = grid_from_tsv(tsv);
  const auto replace_all = [](std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  for (core::CellValue& cell : grid.cells)
    if (std::string* text = std::get_if<std::string>(&cell)) {
      replace_all(*text, "⇥", "\t");
      replace_all(*text, "①", "\x01");
      replace_all(*text, "⏎", "\n");
    }
  return grid;
}

const std::string project_header =
    "项目支出预算绩效目标表\n"
    "一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n";

const std::string export_header =
    "部门预算项目绩效目标表（2025年度）\n"
    "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";

const LocatedFinding* find(const std::vector<LocatedFinding>& findings, const std::string& rule, const std::string& cell) {
  for (const LocatedFinding& f : findings)
    if (core::rule_code(f.finding.rule_id) == rule && f.cell() == cell) return &f;
  return nullptr;
}

const std::string* text_at(const core::Grid& grid, int row, int column) {
  const int r = row - grid.origin_row, c = column - grid.origin_column;
  if (r < 0 || c < 0 || r >= grid.rows || c >= grid.columns) return nullptr;
  return std::get_if<std::string>(&grid.at(r, c));
}

// Every edit of every fix writes only what a user can type: no tab, no U+0001, no other control
// or zero-width character, and a line break only into a cell that held one (or a moved cell
// keeping its own). Returns how many text edits were looked at.
int check_every_edit_is_writable(const core::Grid& grid, const std::vector<LocatedFinding>& findings) {
  int edits = 0;
  for (const LocatedFinding& f : findings) {
    if (f.finding.fix) BOOST_TEST(!core::has_unwritable_character(*f.finding.fix, true), f.finding.rule_id << "@" << f.cell() << " fix " << visible(*f.finding.fix));
    for (const core::CellEdit& e : f.edits) {
      const std::string* written = std::get_if<std::string>(&e.value);
      if (!written) continue;
      ++edits;
      const std::string* before = text_at(grid, e.row, e.column);
      const bool had_break = f.moves_cells || (before && before->find('\n') != std::string::npos);
      BOOST_TEST(!core::has_unwritable_character(*written, had_break),
                 f.finding.rule_id << "@" << f.cell() << " writes " << visible(*written));
    }
  }
  return edits;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tabs_in_cells_tests)

// The scenario of the issue: targets followed by a tab and a line break stay those targets, 不适用
// followed by a tab is still "not applicable" (no duplicate), a name holding a tab gets its
// whitespace finding, and the messages name the characters and quote nothing invisible.
BOOST_AUTO_TEST_CASE(a_table_with_tabs_in_its_cells_reads_as_the_user_sees_it) {
  const core::Grid grid = grid_with_invisibles(project_header +
                                               "产出指标\t数量指标\t培训人数\t≥100人①⏎\t≥200人⇥\n"
                                               "\t质量指标\t培训合格率\t≥95%⇥⏎\t≥95%\n"
                                               "\t时效指标\t不适用⇥\t不适用⇥\t\n"
                                               "\t成本指标\t不适用⇥\t不适用⇥\t\n"
                                               "效益指标\t社会效益指标\t就业⇥率\t≥90%\t≥90%\n"
                                               "满意度指标\t服务对象满意度指标\t参训人员满意度\t≥90%\t≥90%\n");
  const auto findings = validate_grid(grid);
  // 时效指标 holds only 不适用: the project has no time indicator (missing-indicator-group, at the
  // header's first-level cell). 不适用 followed by a tab is 不适用 with a stray tab, not a value.
  const std::vector<std::string> expected{"missing-indicator-group@A2", "whitespace-in-value@D3", "whitespace-in-value@E3",
                                          "whitespace-in-value@D4", "whitespace-in-text@C5",     "whitespace-in-text@D5",
                                          "whitespace-in-text@C6",   "whitespace-in-text@D6",     "whitespace-in-text@C7"};
  BOOST_TEST(rule_cells(findings) == expected, joined(rule_cells(findings), " "));
  const LocatedFinding* d3 = find(findings, "whitespace-in-value", "D3");
  BOOST_TEST_REQUIRE(d3 != nullptr);
  BOOST_TEST(core::render_message(d3->finding, core::Language::zh_cn) == "指标值“≥100人”含有多余的制表符和换行符，请删除。");
  BOOST_TEST(core::render_message(d3->finding, core::Language::en) ==
             "\"≥100人\" contains stray tabs and line breaks; please remove them.");
  BOOST_TEST(d3->finding.fix.value_or("?") == "≥100人");
  const LocatedFinding* c7 = find(findings, "whitespace-in-text", "C7");
  BOOST_TEST_REQUIRE(c7 != nullptr);
  BOOST_TEST(core::render_message(c7->finding, core::Language::zh_cn) == "“就业率”含有多余的制表符，建议删除。");
  BOOST_TEST(c7->finding.fix.value_or("?") == "就业率");
  check_every_edit_is_writable(grid, findings);
}

// In an export the value, unit and direction cells each may end in a tab.
BOOST_AUTO_TEST_CASE(an_export_row_with_tabs_is_read_as_its_cells_say) {
  const core::Grid grid = grid_with_invisibles(export_header +
                                               "101-局\t项目\t10\t目标\t产出指标\t数量指标\t培训人数①⏎\t≥\t100⇥\t人①⏎\t45\t正向指标⇥\n"
                                               "\t\t\t\t满意度指标\t服务对象满意度指标\t满意度\t≥\t90\t%\t45\t正向指标\n");
  const auto findings = jixiao::test::fragment_findings(validate_grid(grid));
  for (const LocatedFinding& f : findings)
    BOOST_TEST((f.finding.rule_id == core::RuleId::whitespace_in_value || f.finding.rule_id == core::RuleId::whitespace_in_text),
               f.finding.rule_id << "@" << f.cell());
  BOOST_TEST(find(findings, "whitespace-in-text", "G3") != nullptr);
  BOOST_TEST(find(findings, "whitespace-in-value", "I3") != nullptr);
  check_every_edit_is_writable(grid, findings);
}

// Every rule that offers a fix, made to fire on cells holding tabs, U+0001 and line breaks: each
// still offers its fix, and none writes what a user cannot type.
BOOST_AUTO_TEST_CASE(no_rule_fix_writes_a_control_character) {
  const std::vector<std::string> tables{
      project_header +
          "决册⇥\t项目立项\t立项依据充分性\t充分\t充分\n"
          "过程\t组织实旌①⏎\t制度执行有效性\t有效\t有效\n"
          "产出指标\t数量指标①⏎\t培训人数\t>=100人①⏎\t≥２００人⇥\n"
          "\t质量指标\t培训⇥合格率\t$\\geq 90\\%$⇥\t<p>≥95%</p>①⏎\n"
          "\t时效指标\t完成及时率\t≥95%⇥⏎\t=95%\n"
          "备注：[bookmark: _GoBack]①⏎\t\t\t\t\n",
      project_header +
          "决策\t项目立项\t知晓率\t>=90%\t≥90%\n"
          "\t合规性①⏎\t合规⇥\t合规\t\n",
      export_header +
          "101-局\t项目\t10\t目标\t产出指标\t数量指标\t培训人数\t≥\t100\t人数⇥\t45\t正向指标\n"
          "\t\t\t\t满意度指标\t服务对象满意度指标\t满意度\t≥\t90\t%\t45\t正向指标\n",
      "部门整体绩效目标申报表\n部门总体资金情况（万元）\n项目\t当年金额\t占比\n"
      "收入构成\t\t\n财政拨款\t800.00⇥\t80%\n单位资金\t200\t20%\n合计\t1,000.00①⏎\t100%\n"};
  std::set<std::string> fixed;
  for (const std::string& table : tables) {
    const core::Grid grid = grid_with_invisibles(table);
    const auto findings = validate_grid(grid);
    for (const LocatedFinding& f : findings)
      if (!f.edits.empty()) fixed.insert(std::string(core::rule_code(f.finding.rule_id)));
    check_every_edit_is_writable(grid, findings);
  }
  // The rules with a fix (data/rules/explanations.tsv, "fix"), each seen fixing here but
  // target-typed-as-formula (a formula holds no tab; fix_safety_tests covers it).
  const std::set<std::string> expected{"operator-variant",  "full-width-characters", "whitespace-in-value",
                                       "latex-leftover",    "html-leftover",         "bad-unit",
                                       "unknown-first-level", "unknown-second-level", "misaligned-row",
                                       "number-stored-as-text", "whitespace-in-text", "word-bookmark-leftover"};
  std::vector<std::string> missing;
  for (const std::string& rule : expected)
    if (!fixed.count(rule)) missing.push_back(rule);
  BOOST_TEST(missing.empty(), "no fix seen for: " << joined(missing, " "));
}

// Tabs, U+0001 and line breaks put at random places into every text cell of the seed tables: no
// fix of any finding writes one (seeded, so a failure repeats).
BOOST_AUTO_TEST_CASE(seed_tables_with_invisible_characters_anywhere_get_only_writable_fixes) {
  std::mt19937 random(19);
  const std::vector<std::string> invisible{"\t", "\x01", "\n", "\x01\n", "\u200b"};
  int edits = 0;
  for (const char* seed : {"projects_jiangyin_hrss_2024.tsv", "department_jiangning_hrss_2026.tsv"}) {
    for (int round = 0; round < 3; ++round) {
      core::Grid grid = jixiao::test::grid_from_tsv_file(std::string(JIXIAO_SEEDS_DIR) + "/" + seed);
      for (core::CellValue& cell : grid.cells)
        if (std::string* text = std::get_if<std::string>(&cell); text && random() % 3 == 0) {
          // At the end, or at the start, or after the first character (a byte boundary of UTF-8).
          const std::string& put = invisible[random() % invisible.size()];
          const int where = static_cast<int>(random() % 3);
          std::size_t at = where == 0 ? text->size() : where == 1 ? 0 : 0;
          if (where == 2 && !text->empty()) {
            at = 1;
            while (at < text->size() && (static_cast<unsigned char>((*text)[at]) & 0xC0) == 0x80) ++at;
          }
          text->insert(at, put);
        }
      edits += check_every_edit_is_writable(grid, validate_grid(grid));
    }
  }
  BOOST_TEST(edits > 20);  // the fixes were there to look at
}

BOOST_AUTO_TEST_SUITE_END()
