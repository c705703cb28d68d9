#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "core/vocab/column_vocabulary.hpp"
#include "core/vocab/table_template.hpp"

using jixiao::core::builtin_column_vocabulary;
using jixiao::core::ColumnRole;
using jixiao::core::header_key;
using jixiao::core::header_roles;

namespace {

bool names(const char* header, ColumnRole role) {
  const std::vector<ColumnRole> roles = header_roles(builtin_column_vocabulary(), header_key(header));
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(column_vocabulary_tests)

BOOST_AUTO_TEST_CASE(the_shipped_words_load_without_problems) {
  BOOST_TEST(builtin_column_vocabulary().problems.empty());
  BOOST_TEST(!builtin_column_vocabulary().words.empty());
}

// Whole, with a trailing note dropped, or with the last character lost (truncated headers).
BOOST_AUTO_TEST_CASE(a_header_names_its_role_as_real_tables_write_it) {
  BOOST_TEST(names("三级指标", ColumnRole::third));
  BOOST_TEST(names("指标值（包含数字及文字描述）", ColumnRole::value));
  BOOST_TEST(names("权重（%）", ColumnRole::weight));
  BOOST_TEST(names("二级指", ColumnRole::second));
  BOOST_TEST(names("度量单位", ColumnRole::unit));
}

BOOST_AUTO_TEST_CASE(prose_and_other_headers_name_no_role) {
  BOOST_TEST(header_roles(builtin_column_vocabulary(), header_key("根据文件精神提升社会化管理水平")).empty());
  BOOST_TEST(!names("三级指标", ColumnRole::value));
}

BOOST_AUTO_TEST_CASE(a_trailing_note_goes_and_inner_parentheses_stay) {
  BOOST_TEST(jixiao::core::without_trailing_note("指标值/(含数字)") == "指标值");
  BOOST_TEST(jixiao::core::without_trailing_note("半年(程)指标值") == "半年(程)指标值");
}

// A user's file in the same format: unknown roles are reported, not guessed.
BOOST_AUTO_TEST_CASE(a_columns_file_of_ones_own) {
  const auto vocabulary = jixiao::core::parse_column_vocabulary("value\t目标值\nnonsense\t某列\n");
  BOOST_TEST(vocabulary.problems.size() == 1u);
  const auto roles = header_roles(vocabulary, header_key("目标值"));
  BOOST_TEST_REQUIRE(roles.size() == 1u);
  BOOST_TEST((roles[0] == ColumnRole::value));
}

BOOST_AUTO_TEST_SUITE_END()
