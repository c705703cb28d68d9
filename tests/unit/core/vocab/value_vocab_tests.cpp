#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/text/embedded_data.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/values/target_parse.hpp"
#include "core/vocab/value_vocab.hpp"
#include "core/vocab/vocab.hpp"

using jixiao::core::RuleId;

using jixiao::core::IndicatorNames;
using jixiao::core::NameDirection;
using jixiao::core::NameExpectation;
using jixiao::core::UnitKind;
using jixiao::core::ValueVocab;
using jixiao::core::VocabProblem;

namespace {

std::string read_source_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  BOOST_TEST_REQUIRE(file.is_open(), "cannot open " << path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::string describe(const std::vector<VocabProblem>& problems) {
  std::ostringstream out;
  for (const VocabProblem& problem : problems)
    out << problem.source << ":" << problem.line << ": " << problem.message << "\n";
  return out.str();
}

std::string unit_kind_text(std::optional<UnitKind> kind) {
  if (!kind) return "unknown";
  switch (*kind) {
    case UnitKind::percent:
      return "percent";
    case UnitKind::count:
      return "count";
    case UnitKind::amount:
      return "amount";
    case UnitKind::duration:
      return "duration";
  }
  return "?";
}

std::string traits_text(std::string_view name) {
  const jixiao::core::NameTraits traits = jixiao::core::builtin_indicator_names().traits(name);
  std::string text = traits.expectation ? std::string(jixiao::core::expectation_code(*traits.expectation)) : "-";
  text += "/";
  text += traits.direction ? std::string(jixiao::core::direction_code(*traits.direction)) : "-";
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(value_vocab_tests)

BOOST_AUTO_TEST_CASE(embedded_files_are_the_data_files_byte_for_byte) {
  BOOST_TEST(jixiao::core::embedded_qualitative_txt() == read_source_file(JIXIAO_SOURCE_VOCAB_DIR "/qualitative.txt"));
  BOOST_TEST(jixiao::core::embedded_schedule_txt() == read_source_file(JIXIAO_SOURCE_VOCAB_DIR "/schedule.txt"));
  BOOST_TEST(jixiao::core::embedded_indicator_names_tsv() ==
             read_source_file(JIXIAO_SOURCE_VOCAB_DIR "/indicator_names.tsv"));
}

BOOST_AUTO_TEST_CASE(shipped_data_files_load_without_problems) {
  ValueVocab values;
  const auto qualitative = values.add_qualitative_words(jixiao::core::embedded_qualitative_txt(), "qualitative.txt");
  const auto schedule = values.add_schedule_patterns(jixiao::core::embedded_schedule_txt(), "schedule.txt");
  IndicatorNames names;
  const auto name_problems = names.add(jixiao::core::embedded_indicator_names_tsv(), "indicator_names.tsv");
  BOOST_TEST(qualitative.empty(), describe(qualitative));
  BOOST_TEST(schedule.empty(), describe(schedule));
  BOOST_TEST(name_problems.empty(), describe(name_problems));
}

BOOST_AUTO_TEST_CASE(every_shipped_unit_line_states_its_kind) {
  // A line without a kind means count; the shipped file says so explicitly on every line.
  std::istringstream lines{std::string(jixiao::core::embedded_units_txt())};
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    BOOST_TEST(line.find('\t') != std::string::npos, "units.txt:" << number << ": " << line);
  }
}

BOOST_AUTO_TEST_CASE(units_have_kinds) {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"%", "percent"},    {"‰", "percent"},         {"个百分点", "percent"}, {"人", "count"},
      {"人次", "count"},   {"件", "count"},          {"个", "count"},         {"km", "count"},
      {"M", "count"},      {"元", "amount"},         {"万元", "amount"},      {"亿元", "amount"},
      {"元/人", "amount"}, {"天", "duration"},       {"日", "duration"},      {"个月", "duration"},
      {"月", "duration"},  {"周", "duration"},       {"小时", "duration"},    {"分钟", "duration"},
      {"年", "duration"},  {"个工作日", "duration"}, {"工作日", "duration"},  {"只要", "unknown"},
      {"", "unknown"},
  };
  for (const auto& [unit, kind] : expected) {
    BOOST_TEST_CONTEXT(unit) { BOOST_TEST(unit_kind_text(jixiao::core::builtin_vocab().unit_kind(unit)) == kind); }
  }
}

BOOST_AUTO_TEST_CASE(unit_lines_with_and_without_kinds) {
  jixiao::core::Vocab vocab;
  const auto problems = vocab.add_units("只\n头\tcount\n镑\tamount\n刻\tduration\n成\tpercent\n拍\tspeed\n", "test");
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems.front().line == 6);
  BOOST_TEST(unit_kind_text(vocab.unit_kind("只")) == "count");
  BOOST_TEST(unit_kind_text(vocab.unit_kind("镑")) == "amount");
  BOOST_TEST(unit_kind_text(vocab.unit_kind("刻")) == "duration");
  BOOST_TEST(unit_kind_text(vocab.unit_kind("成")) == "percent");
  BOOST_TEST(!vocab.is_unit("拍"));
  // A later line changes the kind.
  BOOST_TEST(vocab.add_units("只\tamount\n", "user").empty());
  BOOST_TEST(unit_kind_text(vocab.unit_kind("只")) == "amount");
}

BOOST_AUTO_TEST_CASE(qualitative_words_and_prose_containing_them) {
  const ValueVocab& values = jixiao::core::builtin_value_vocab();
  for (const char* word :
       {"健全",         "合理",       "明确", "科学", "规范", "合规", "完善", "公开", "有效", "及时",     "充分",
        "确保",         "提升",       "提高", "增加", "扩大", "满意", "稳定", "准确", "相符", "完全相符", "保障到位",
        "按时足额发放", "按规划完成", "达标", "合格", "良好", "显著", "持续", "逐步", "改善"}) {
    BOOST_TEST_CONTEXT(word) { BOOST_TEST(values.is_qualitative_word(word)); }
  }
  BOOST_TEST(!values.is_qualitative_word("逐步提升"));
  BOOST_TEST(values.contained_qualitative_word("逐步提升").has_value());
  BOOST_TEST(values.contained_qualitative_word("明显改善").has_value());
  BOOST_TEST(!values.contained_qualitative_word("说明文字").has_value());
}

BOOST_AUTO_TEST_CASE(schedule_patterns_match_whole_values) {
  const ValueVocab& values = jixiao::core::builtin_value_vocab();
  for (const char* value : {"序时进度", "按序时进度", "符合序时进度", "序时进度要求", "完成市下达指标", "完成指标",
                            "完成上级下达任务指标", "完成国民经济目标", "完成省下达任务"}) {
    BOOST_TEST_CONTEXT(value) { BOOST_TEST(values.is_schedule(value)); }
  }
  for (const char* value : {"序时", "完成", "按时完成", "完成指标值说明", "市下达指标", "健全"}) {
    BOOST_TEST_CONTEXT(value) { BOOST_TEST(!values.is_schedule(value)); }
  }
  ValueVocab user;
  BOOST_TEST(user.add_schedule_patterns("*\n按*进度*执行\n", "user").size() == 1u);
  BOOST_TEST(user.is_schedule("按计划进度执行"));
  BOOST_TEST(user.is_schedule("按进度执行"));
  BOOST_TEST(!user.is_schedule("按计划执行"));
}

BOOST_AUTO_TEST_CASE(names_say_what_they_expect_by_their_longest_ending) {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"预算执行率", "rate/higher"},
      {"群众满意度", "rate/higher"},
      {"服务对象 满意度", "rate/higher"},
      {"离校未就业高校毕业生年末就业率(年报)", "rate/higher"},
      {"就业率（年报）", "rate/higher"},
      {"体检指标误差率", "rate/lower"},
      {"“三公”经费变动率", "rate/lower"},
      {"产品合格率", "rate/higher"},
      {"产品不合格率", "rate/lower"},
      {"补贴人均增长率", "rate/growth"},
      {"居民收入较上年增长", "-/growth"},
      {"健康休养人数比例", "rate/-"},
      {"专利本地转化率", "rate/higher"},
      {"活动人数到座率", "rate/higher"},
      {"公用经费控制率", "rate/lower"},
      {"管理制度健全性", "quality/-"},
      {"经费支出时效性", "-/-"},
      {"补贴发放及时性", "-/-"},
      {"3元/人次", "-/-"},
      {"100%", "-/-"},
      {"65岁以上老年人健康管理率", "rate/-"},
      {"28种传染病报告人次", "count/higher"},
      {"参与体检人数", "count/higher"},
      {"科目调整次数", "count/lower"},
      {"完成年度", "-/-"},
      {"居民幸福指数", "-/higher"},
      {"成本控制数", "amount/lower"},
      {"补助资金数", "amount/-"},
      {"项目完成时间", "-/lower"},
      {"媒体宣传次数", "count/higher"},
      {"服务参保人员数量", "count/higher"},
      {"群众投诉次数", "count/lower"},
      {"购买服务人员总额", "amount/-"},
      {"按计划执行", "-/-"},
      {"", "-/-"},
      {"\xff率", "-/-"},
  };
  for (const auto& [name, traits] : expected) {
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(traits_text(name) == traits); }
  }
}

BOOST_AUTO_TEST_CASE(name_lines_are_checked_and_user_lines_override) {
  IndicatorNames names;
  const std::string text =
      "# comment\n"
      "率\trate\n"               // 2
      "率\n"                     // 3 one field
      "效率\tspeed\n"            // 4 unknown expectation
      "失误率\trate\tdown\n"     // 5 unknown direction
      "情况\t-\n"                // 6 neither
      "年度\tnone\n"
      "通过率\trate\thigher\n";  // 7
  const std::vector<VocabProblem> problems = names.add(text, "user.tsv");
  std::vector<int> lines;
  for (const VocabProblem& problem : problems) lines.push_back(problem.line);
  BOOST_TEST(lines == (std::vector<int>{3, 4, 5, 6}), boost::test_tools::per_element());
  BOOST_TEST(names.add("通过率\trate\tlower\n", "override").empty());
  BOOST_TEST((names.traits("考试通过率").direction == NameDirection::lower));
  BOOST_TEST((names.traits("考试通过率").expectation == NameExpectation::rate));
}

BOOST_AUTO_TEST_CASE(parse_target_reads_user_extended_vocabularies) {
  jixiao::core::Vocab grammar = jixiao::core::builtin_vocab();
  ValueVocab values = jixiao::core::builtin_value_vocab();
  IndicatorNames names = jixiao::core::builtin_indicator_names();
  BOOST_TEST_REQUIRE(grammar.add_units("测试单位\tamount\n", "user").empty());
  BOOST_TEST_REQUIRE(values.add_qualitative_words("测试定性\n", "user").empty());
  BOOST_TEST_REQUIRE(names.add("测试指数\tquality\n", "user").empty());
  const jixiao::core::TargetVocabularies user{grammar, values, names};

  BOOST_TEST(jixiao::core::kind_code(jixiao::core::parse_target("≥5测试单位").kind) == "invalid");
  BOOST_TEST(jixiao::core::kind_code(jixiao::core::parse_target("≥5测试单位", "", user).kind) == "amount");
  BOOST_TEST(jixiao::core::kind_code(jixiao::core::parse_target("测试定性", "", user).kind) == "qualitative");
  const auto mismatch = jixiao::core::parse_target("≥5测试单位", "某测试指数", user);
  BOOST_TEST_REQUIRE(mismatch.findings.size() == 1u);
  BOOST_TEST(mismatch.findings.front().rule_id == RuleId::kind_mismatch_name);
}

BOOST_AUTO_TEST_SUITE_END()
