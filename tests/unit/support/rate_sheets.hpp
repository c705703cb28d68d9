// Sheets with an execution-rate block, shared by the rate_block and rate_plan suites.
#pragma once

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/rates/rate_block.hpp"
#include "core/rates/rate_plan.hpp"
#include "core/sheet/grid_view.hpp"

namespace jixiao::test::rate_sheets {

using namespace jixiao::core;

// The sample's execution sheet (tests/fixtures/make_fixtures.py --sample): header in row 1, one
// executed amount stored as text with an ideographic space, and two JXRATE columns of the user.
inline const std::string sample_sheet =
    "项目名称\t全年预算数（万元）\t实际到位资金（万元）\t已执行数（万元）\t执行率（全年预算）\t执行率（到位资金）\n"
    "企业退休人员体检费\t4012.8\t2006.4\t1503.2\t=JXRATE(D2;B2)\t=JXRATE(D2;C2)\n"
    "创业投资引导资金（促进就业资金）\t13645.49\t13645.49\t6822.75\u3000\t=JXRATE(D3;B3)\t=JXRATE(D3;C3)\n";

// The department seed's budget block with an executed column added, as the integration fixture
// builds it (tests/fixtures/rate_docs.py): 已执行数 in the block's first header row, a figure for each
// named line, and the seed's stray 150 (one column right of its column) put back under 半年计划执行数.
inline const std::map<std::string, std::string> department_executed = {{"资金总额", "1450.4"},
                                                                {"小计", "1450.4"},
                                                                {"一般公共预算资金", "1450.4"},
                                                                {"政府性基金", "0"},
                                                                {"财政专户管理资金", "0"},
                                                                {"国有资本金", "0"},
                                                                {"社保基金", "0"},
                                                                {"上年结转资金", "0"},
                                                                {"其他资金", "0"},
                                                                {"基本支出", "1150.2"},
                                                                {"项目支出", "420.5"},
                                                                {"委托劳务与服务专项经费", "12"},
                                                                {"房租", "0"},
                                                                {"信息系统维护专项经费", "58"},
                                                                {"人才引进专项经费（特定目标类）", "30"},
                                                                {"区委区政府年度表彰奖励个人奖金", "0"},
                                                                {"其他运转保障专项经费", "45.5"}};

inline std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

inline std::string department_with_executed() {
  std::ifstream file(JIXIAO_SEEDS_DIR "/department_jiangning_hrss_2026.tsv");
  std::string out, line;
  bool in_block = false;
  while (std::getline(file, line)) {
    std::vector<std::string> f = fields_of(line);
    if (line.find("全年 预算数") != std::string::npos) in_block = true;
    if (line.starts_with("中长期目标")) in_block = false;
    if (in_block) {
      f.resize(std::max<std::size_t>(f.size(), 6));
      if (f[4].empty() && !f[5].empty()) std::swap(f[4], f[5]);  // the stray amount
      if (line.find("全年 预算数") != std::string::npos) f[5] = "已执行数";
      for (const std::string& label : {f[3], f[2]})
        if (auto e = department_executed.find(label); e != department_executed.end() && f[5].empty()) f[5] = e->second;
    }
    for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
    out += "\n";
  }
  return out;
}

inline int row_of(const Grid& grid, const std::string& text) {
  for (int r = 0; r < grid.rows; ++r)
    for (int c = 0; c < grid.columns; ++c)
      if (const auto* t = std::get_if<std::string>(&grid.at(r, c)); t && *t == text) return r;
  return -1;
}

inline std::optional<RateBlock> block_of(const Grid& grid) {
  const GridView view(grid);
  return find_rate_block(view, rate_vocabulary());
}

inline RateRequest request(RateBase base, Language language = Language::zh_cn) {
  return {base, std::chrono::year{2026} / 6 / 30, 0.10, language};
}

inline RatePlan plan_of(const Grid& grid, const RateRequest& r) {
  auto result = plan_rates(grid, r);
  BOOST_TEST_REQUIRE(std::holds_alternative<RatePlan>(result));
  return std::get<RatePlan>(result);
}


}  // namespace jixiao::test::rate_sheets
