#include <boost/test/unit_test.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/values/target_parse.hpp"
#include "support/finding_support.hpp"

// The seed tables' indicator rows (tests/fixtures/corpus/seed_targets.tsv, extracted from
// tests/fixtures/seeds by extract_corpus.py) parsed value by value and compared row by row, against
// figures counted by hand.
namespace {

using Counts = std::map<std::string, int>;

struct Row {
  std::string seed;
  std::string name;
  std::string half;
  std::string full;
};

std::vector<Row> read_corpus() {
  std::ifstream file(JIXIAO_CORPUS_FILE, std::ios::binary);
  BOOST_TEST_REQUIRE(file.is_open(), "cannot open " JIXIAO_CORPUS_FILE);
  std::vector<Row> rows;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::istringstream columns(line);
    std::string field;
    while (std::getline(columns, field, '\t')) fields.push_back(field);
    while (fields.size() < 5) fields.emplace_back();  // a trailing empty column
    rows.push_back({fields[0], fields[2], fields[3], fields[4]});
  }
  return rows;
}

struct SeedFigures {
  Counts kinds;           // values by kind (non-empty values only)
  Counts findings;        // findings of the values, by rule id
  Counts consistency;     // check_consistency findings, by rule id
  int rows = 0;           // indicator rows
  int rows_compared = 0;  // rows whose half and full values are both valid
};

std::map<std::string, SeedFigures> figures_of(const std::vector<Row>& rows) {
  std::map<std::string, SeedFigures> figures;
  for (const Row& row : rows) {
    SeedFigures& seed = figures[row.seed];
    ++seed.rows;
    const jixiao::core::ParsedTarget half = jixiao::core::parse_target(row.half, row.name);
    const jixiao::core::ParsedTarget full = jixiao::core::parse_target(row.full, row.name);
    for (const auto* value : {&half, &full}) {
      if (value->original.empty()) continue;
      ++seed.kinds[std::string(jixiao::core::kind_code(value->kind))];
      for (const auto& finding : value->findings) ++seed.findings[std::string(jixiao::core::rule_code(finding.rule_id))];
    }
    if (half.kind != jixiao::core::ValueKind::invalid && full.kind != jixiao::core::ValueKind::invalid) {
      ++seed.rows_compared;
    }
    for (const auto& finding : jixiao::core::check_consistency(half, full, row.name))
      ++seed.consistency[std::string(jixiao::core::rule_code(finding.rule_id))];
  }
  return figures;
}

std::string describe(const Counts& counts) {
  std::string text;
  for (const auto& [key, count] : counts) text += key + "=" + std::to_string(count) + " ";
  return text;
}

// How the figures below were counted, by reading the values (cut -f4,5 | sort | uniq -c), not by
// running the code:
//
// projects_jiangyin_hrss_2024.tsv: 398 rows, 796 cells, 22 of them empty (the full-year cell of
// the misaligned "合理 | 合理 | <empty>" rows) -> 774 values.
//  - percent 232: =100% 100, ≥95% 28, 100% 18, ≥80% 14, ≥90% 11, >80% 10, >95% 8, >90% 8,
//    >60% 6, ≥99% 4, =90% 4, =50% 4, and 2 each of ≥98% ≥60% >85% =99% =75% =110% <5%
//    $\geq 95\%$, and ≥50% 1.
//  - qualitative 434: 及时 54, 健全 52, 合理 45, 规范 明确 合规 充分 有效 36 each, 完善 33,
//    科学 25, 确保 16, 提升 7, 满意 6, 准确 4, and 2 each of 稳定 有益 有利 提高; and prose 4
//    (原则上不高于当地最低工资标准的1.5倍 twice, and the two 社保费…2/3 sentences): words that
//    describe the target, which is what a value column takes.
//  - schedule 36: 序时进度 18, 完成无锡指标 14, 完成高质量发展指标 2, 完成国民经济目标 2.
//  - count 44: 14 values twice (≥130万 ≤10个 >70人 >3次 >15万 =65万 =4场 =317人 =2栋 =280个
//    =1幢 =1场 =17个 =16个), =250人 4 times, 12 once (≥7家 ≥15家 ≥30期 ≥66期 ≥1.2万 ≥2.3万
//    =800份 =1750份 =10次 =20次 =500人 =1000人). Counts without unit (…万) are still counts.
//  - duration 2: =9个月 twice.
//  - invalid 26: names in the half-year column 预算编制科学性 11 and 资金分配合理性 11 (rows
//    shifted right by one cell), placeholder rows ------------- 2 and ------ 2.
//  Findings: bare-number 18 (100% under 资金到位率); latex-leftover 2; missing-unit 6 (>15万 2,
//  ≥1.2万, ≥2.3万, ≥130万 2); kind-mismatch-name 2 (=65万 under 购买服务人员总额, an amount
//  name: the mismatch replaces missing-unit there); direction-mismatch 2 (≤10个 under
//  评选大学生优秀创业项目数, an output count); percent-above-100 2 (=110% under 补贴人均增长率,
//  info because the name says growth); name-in-value 22; placeholder-value 4. No value has
//  full-width characters, spaces, HTML or operator variants.
//  Rows: 398 - 22 (empty full) - 22 (name in half) - 2 (placeholders) = 352 compared.
//  None is inconsistent: half ≤ full wherever they differ (≥7家/≥15家, =800份/=1750份,
//  =10次/=20次, =500人/=1000人, ≥30期/≥66期, ≥1.2万/≥2.3万, ≥50%/≥90%, =50%/=100%), and
//  序时进度 / 100% is the usual way of writing a schedule-bound rate, not a kind mismatch.
//
// department_jiangning_hrss_2026.tsv: 49 rows, 98 cells, 3 empty (the half-year cells of the
// three duty rows 63-65 whose name sits in the full-year column) -> 95 values.
//  - percent 32: =100% 13, =0% 4, 2 each of ≥95% ≥90% ≥60% ≥100% ≥10% ≤100% ≤0%, =50% 1.
//  - qualitative 40: 健全 14, 规范 6, 有效 6, 合规 4, 2 each of 科学 明确 完善 合理 公开.
//  - count 20: ≥3个 2, ≥250条 2, and 16 single values from ≥2家 to ≥10000人.
//  - invalid 3: the names 组织建设工作及时完成率, 业务学习与培训及时完成率, 纪检监察工作有效性.
//  Findings: name-in-value 3, nothing else: every number has its operator and unit, the rates
//  that take ≤ are lower-is-better ones (公用经费控制率, “三公”经费变动率), and ≥100% is not
//  above 100%. Rows: 49 - 3 = 46 compared, none inconsistent (=50%/=100% and rising counts).
const std::map<std::string, Counts> expected_kinds{
    {"projects_jiangyin_hrss_2024.tsv",
     {{"percent", 232}, {"qualitative", 434}, {"schedule", 36}, {"count", 44}, {"duration", 2}, {"invalid", 26}}},
    {"department_jiangning_hrss_2026.tsv", {{"percent", 32}, {"qualitative", 40}, {"count", 20}, {"invalid", 3}}},
};

const std::map<std::string, Counts> expected_findings{
    {"projects_jiangyin_hrss_2024.tsv",
     {{"bare-number", 18},
      {"latex-leftover", 2},
      {"missing-unit", 6},
      {"kind-mismatch-name", 2},
      {"direction-mismatch", 2},
      {"percent-above-100", 2},
      {"name-in-value", 22},
      {"placeholder-value", 4}}},
    {"department_jiangning_hrss_2026.tsv", {{"name-in-value", 3}}},
};

const std::map<std::string, int> expected_rows{
    {"projects_jiangyin_hrss_2024.tsv", 398},
    {"department_jiangning_hrss_2026.tsv", 49},
};

const std::map<std::string, int> expected_rows_compared{
    {"projects_jiangyin_hrss_2024.tsv", 352},
    {"department_jiangning_hrss_2026.tsv", 46},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(corpus_tests)

BOOST_AUTO_TEST_CASE(seed_values_by_kind_and_finding) {
  const std::map<std::string, SeedFigures> figures = figures_of(read_corpus());
  BOOST_TEST(figures.size() == expected_kinds.size());
  for (const auto& [seed, kinds] : expected_kinds) {
    BOOST_TEST_CONTEXT(seed) {
      const auto found = figures.find(seed);
      BOOST_TEST_REQUIRE((found != figures.end()));
      BOOST_TEST(found->second.rows == expected_rows.at(seed));
      BOOST_TEST(describe(found->second.kinds) == describe(kinds));
      BOOST_TEST(describe(found->second.findings) == describe(expected_findings.at(seed)));
    }
  }
}

BOOST_AUTO_TEST_CASE(seed_rows_are_consistent) {
  const std::map<std::string, SeedFigures> figures = figures_of(read_corpus());
  for (const auto& [seed, compared] : expected_rows_compared) {
    BOOST_TEST_CONTEXT(seed) {
      const auto found = figures.find(seed);
      BOOST_TEST_REQUIRE((found != figures.end()));
      BOOST_TEST(found->second.rows_compared == compared);
      BOOST_TEST(describe(found->second.consistency) == "");
    }
  }
}

BOOST_AUTO_TEST_CASE(growth_rate_above_100_percent_in_the_seed_is_info) {
  for (const auto& row : read_corpus()) {
    if (row.name != "补贴人均增长率") continue;
    const auto target = jixiao::core::parse_target(row.full, row.name);
    BOOST_TEST_REQUIRE(target.findings.size() == 1u);
    BOOST_TEST(jixiao::core::severity_code(target.findings.front().severity) == "info");
  }
}

BOOST_AUTO_TEST_SUITE_END()
