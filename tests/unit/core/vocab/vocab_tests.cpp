#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/vocab/comparison.hpp"
#include "core/text/embedded_data.hpp"
#include "core/vocab/vocab.hpp"
#include "support/test_support.hpp"

using jixiao::core::Comparison;
using jixiao::core::OperatorMatch;
using jixiao::core::Vocab;
using jixiao::core::VocabProblem;

namespace {

std::string read_source_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  BOOST_TEST_REQUIRE(file.is_open(), "cannot open " << path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::string describe(const std::vector<VocabProblem>& problems) {
  std::ostringstream out;
  for (const VocabProblem& problem : problems) out << problem.source << ":" << problem.line << ": " << problem.message << "\n";
  return out.str();
}

// The operator variants the brief requires, with the comparison each must mean.
const std::vector<std::pair<std::string, Comparison>> required_operators{
    {">=", Comparison::at_least},       {"=>", Comparison::at_least},       {"≥", Comparison::at_least},
    {"≧", Comparison::at_least},        {"⩾", Comparison::at_least},        {"不低于", Comparison::at_least},
    {"不少于", Comparison::at_least},   {"不小于", Comparison::at_least},   {"大于等于", Comparison::at_least},
    {"大于或等于", Comparison::at_least}, {"达到", Comparison::at_least},
    {"<=", Comparison::at_most},        {"=<", Comparison::at_most},        {"≤", Comparison::at_most},
    {"≦", Comparison::at_most},         {"⩽", Comparison::at_most},         {"不高于", Comparison::at_most},
    {"不超过", Comparison::at_most},    {"不多于", Comparison::at_most},    {"不大于", Comparison::at_most},
    {"小于等于", Comparison::at_most},  {"小于或等于", Comparison::at_most},
    {">", Comparison::greater},         {"大于", Comparison::greater},      {"高于", Comparison::greater},
    {"超过", Comparison::greater},
    {"<", Comparison::less},            {"小于", Comparison::less},         {"低于", Comparison::less},
    {"=", Comparison::equal},           {"==", Comparison::equal},          {"等于", Comparison::equal},
    // Full-width forms are matched through NFKC of the input, not listed; the vocab sees them folded.
};

const std::vector<std::string> required_units{
    "人",   "人次", "户",   "家",     "个",   "件",   "次",     "份",   "场",   "期",   "条",   "台",   "幢",
    "栋",   "所",   "项",   "元",     "万元", "亿元", "天",     "日",   "个工作日", "工作日", "个月", "月", "周",
    "小时", "分钟", "年",   "km",     "公里", "米",   "平方米", "亩",   "吨",   "辆",   "册",   "篇",   "本",
    "批",   "轮",   "座",   "处",     "课时", "学时", "班",     "岗位", "个岗位", "名", "位",   "套",   "张",
    "M",    "Mb",   "G",    "%",      "‰",
};

}  // namespace

BOOST_AUTO_TEST_SUITE(vocab_tests)

BOOST_AUTO_TEST_CASE(embedded_files_are_the_data_files_byte_for_byte) {
  BOOST_TEST(jixiao::core::embedded_operators_tsv() == read_source_file(JIXIAO_SOURCE_VOCAB_DIR "/operators.tsv"));
  BOOST_TEST(jixiao::core::embedded_units_txt() == read_source_file(JIXIAO_SOURCE_VOCAB_DIR "/units.txt"));
}

BOOST_AUTO_TEST_CASE(shipped_data_files_load_without_problems) {
  Vocab vocab;
  const auto operator_problems = vocab.add_operators(jixiao::core::embedded_operators_tsv(), "operators.tsv");
  const auto unit_problems = vocab.add_units(jixiao::core::embedded_units_txt(), "units.txt");
  BOOST_TEST(operator_problems.empty(), describe(operator_problems));
  BOOST_TEST(unit_problems.empty(), describe(unit_problems));
}

BOOST_AUTO_TEST_CASE(builtin_vocab_knows_every_required_operator) {
  for (const auto& [variant, comparison] : required_operators) {
    BOOST_TEST_CONTEXT(variant) {
      const std::optional<OperatorMatch> match = jixiao::core::builtin_vocab().longest_prefix_operator(variant);
      BOOST_TEST_REQUIRE(match.has_value());
      BOOST_TEST(match->length == variant.size());
      BOOST_TEST(jixiao::core::canonical_symbol(match->comparison) == jixiao::core::canonical_symbol(comparison));
    }
  }
}

BOOST_AUTO_TEST_CASE(builtin_vocab_knows_every_required_unit) {
  for (const std::string& unit : required_units) {
    BOOST_TEST_CONTEXT(unit) { BOOST_TEST(jixiao::core::builtin_vocab().is_unit(unit)); }
  }
  BOOST_TEST(!jixiao::core::builtin_vocab().is_unit("只要"));
  BOOST_TEST(!jixiao::core::builtin_vocab().is_unit(""));
}

BOOST_AUTO_TEST_CASE(longest_operator_variant_wins) {
  Vocab vocab;
  BOOST_TEST_REQUIRE(vocab.add_operators(">\t>\n>=\t≥\n大于\t>\n大于等于\t≥\n", "test").empty());
  const auto greater_or_equal = vocab.longest_prefix_operator(">=5");
  BOOST_TEST_REQUIRE(greater_or_equal.has_value());
  BOOST_TEST(greater_or_equal->length == 2u);
  BOOST_TEST((greater_or_equal->comparison == Comparison::at_least));

  const auto word = vocab.longest_prefix_operator("大于等于5");
  BOOST_TEST_REQUIRE(word.has_value());
  BOOST_TEST(word->length == std::string("大于等于").size());
  BOOST_TEST((word->comparison == Comparison::at_least));

  BOOST_TEST(!vocab.longest_prefix_operator("5>").has_value());
}

BOOST_AUTO_TEST_CASE(suffix_operators_match_only_at_the_end) {
  Vocab vocab;
  BOOST_TEST_REQUIRE(vocab.add_operators("以上\t≥\tsuffix\n以下\t≤\tsuffix\n", "test").empty());
  const auto above = vocab.longest_suffix_operator("95%以上");
  BOOST_TEST_REQUIRE(above.has_value());
  BOOST_TEST((above->comparison == Comparison::at_least));
  BOOST_TEST(!vocab.longest_suffix_operator("以上95%").has_value());
  // A suffix word is not a prefix operator.
  BOOST_TEST(!vocab.longest_prefix_operator("以上95%").has_value());
}

BOOST_AUTO_TEST_CASE(entries_are_folded_like_the_input) {
  Vocab vocab;
  BOOST_TEST_REQUIRE(vocab.add_operators("＞ ＝\t≥\n", "test").empty());
  BOOST_TEST_REQUIRE(vocab.add_units("人 次\nＫＭ\n", "test").empty());
  BOOST_TEST(vocab.longest_prefix_operator(">=9").has_value());
  BOOST_TEST(vocab.is_unit("人次"));
  BOOST_TEST(vocab.is_unit("KM"));
}

BOOST_AUTO_TEST_CASE(comments_blank_lines_crlf_and_bom_are_accepted) {
  Vocab vocab;
  const std::string text = "\xEF\xBB\xBF# header comment\r\n\r\n  \r\n只\r\n# 头\r\n头\r\n";
  BOOST_TEST_REQUIRE(vocab.add_units(text, "test").empty());
  BOOST_TEST(vocab.is_unit("只"));
  BOOST_TEST(vocab.is_unit("头"));
  BOOST_TEST(!vocab.is_unit("# 头"));
  BOOST_TEST(!vocab.is_unit("#头"));
}

BOOST_AUTO_TEST_CASE(later_definitions_override_earlier_ones) {
  Vocab vocab;
  BOOST_TEST_REQUIRE(vocab.add_operators("达到\t≥\n", "builtin").empty());
  BOOST_TEST_REQUIRE(vocab.add_operators("达到\t=\n", "user").empty());
  const auto match = vocab.longest_prefix_operator("达到100%");
  BOOST_TEST_REQUIRE(match.has_value());
  BOOST_TEST((match->comparison == Comparison::equal));
}

BOOST_AUTO_TEST_CASE(malformed_lines_are_reported_with_their_line_numbers) {
  Vocab vocab;
  const std::string operators =
      "# comment\n"        // 1
      "不低于\t≥\n"         // 2 fine
      "没有制表符 ≥\n"      // 3 no tab
      "多于\t>=\n"          // 4 canonical not canonical
      "之上\t≥\tafter\n"    // 5 unknown placement
      "\xff\t≥\n"           // 6 invalid UTF-8
      "5倍\t≥\n"            // 7 starts with a digit
      "a\tb\tc\td\n";       // 8 too many fields
  const std::vector<VocabProblem> problems = vocab.add_operators(operators, "user.tsv");
  std::vector<int> lines;
  for (const VocabProblem& problem : problems) {
    lines.push_back(problem.line);
    BOOST_TEST(problem.source == "user.tsv");
    BOOST_TEST(!problem.message.empty());
  }
  BOOST_TEST(lines == (std::vector<int>{3, 4, 5, 6, 7, 8}), boost::test_tools::per_element());
  BOOST_TEST(vocab.longest_prefix_operator("不低于1").has_value());
  BOOST_TEST(!vocab.longest_prefix_operator("多于1").has_value());

  const std::vector<VocabProblem> unit_problems = vocab.add_units("人\n2人\n\xfe\n", "units");
  BOOST_TEST_REQUIRE(unit_problems.size() == 2u);
  BOOST_TEST(unit_problems[0].line == 2);
  BOOST_TEST(unit_problems[1].line == 3);
}

BOOST_AUTO_TEST_CASE(canonical_symbols_round_trip) {
  for (Comparison comparison :
       {Comparison::at_least, Comparison::at_most, Comparison::equal, Comparison::greater, Comparison::less}) {
    const auto symbol = jixiao::core::canonical_symbol(comparison);
    BOOST_TEST_CONTEXT(symbol) {
      const auto back = jixiao::core::comparison_from_symbol(symbol);
      BOOST_TEST_REQUIRE(back.has_value());
      BOOST_TEST((*back == comparison));
    }
  }
  BOOST_TEST(!jixiao::core::comparison_from_symbol(">=").has_value());
  BOOST_TEST(!jixiao::core::comparison_from_symbol("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
