#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/values/arithmetic_checks.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::CalcError;
using jixiao::core::CellValue;
using jixiao::core::Finding;
using jixiao::core::Language;
using jixiao::core::render_message;
using jixiao::core::share_check;
using jixiao::core::ShareCheck;
using jixiao::core::sum_check;
using jixiao::core::SumCheck;
using jixiao::core::written_decimals;
using jixiao::test::visible;

namespace {

using Arguments = std::vector<std::pair<std::string, std::string>>;

// What a check should say: it passes, it fires with these finding arguments, or it is an error.
struct Passes {};
struct Fires {
  Arguments arguments;
};
using Expected = std::variant<Passes, Fires, CalcError>;

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
const CellValue empty{};

CellValue text(const char* utf8) { return CellValue{std::string(utf8)}; }

std::string describe(double number) {
  std::ostringstream out;
  out.precision(17);
  out << number;
  return out.str();
}

std::string describe(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "<empty>";
  if (const double* number = std::get_if<double>(&cell)) return describe(*number);
  return "text " + visible(std::get<std::string>(cell));
}

std::string describe(const Arguments& arguments) {
  std::string result;
  for (const auto& [name, value] : arguments) result += (result.empty() ? "" : ", ") + name + "=" + value;
  return "{" + result + "}";
}

std::string describe(CalcError error) {
  switch (error) {
    case CalcError::value:
      return "#VALUE!";
    case CalcError::div_zero:
      return "#DIV/0!";
    case CalcError::not_available:
      return "#N/A";
  }
  return "?";
}

std::string describe(const Expected& expected) {
  if (std::holds_alternative<Passes>(expected)) return "passes";
  if (const Fires* fires = std::get_if<Fires>(&expected)) return "fires " + describe(fires->arguments);
  return describe(std::get<CalcError>(expected));
}

// The outcome of a check as the same words, so a failure prints both sides legibly.
template <typename Check>
std::string outcome(const std::variant<Check, CalcError>& result, std::string_view rule_id) {
  if (const CalcError* error = std::get_if<CalcError>(&result)) return describe(*error);
  const Check& check = std::get<Check>(result);
  if (check.ok && !check.finding) return "passes";
  if (check.ok || !check.finding) return "inconsistent: ok and finding disagree";
  if (jixiao::core::rule_code(check.finding->rule_id) != rule_id)
    return "fires " + std::string(jixiao::core::rule_code(check.finding->rule_id));
  return "fires " + describe(check.finding->arguments);
}

// ---- written_decimals ----

struct DecimalsCase {
  std::string name;
  double number;
  int expected;
};

std::ostream& operator<<(std::ostream& out, const DecimalsCase& c) {
  return out << c.name << ": " << describe(c.number) << " -> " << c.expected;
}

// clang-format off
const std::vector<DecimalsCase> decimals_cases{
    {"amount in 万元", 3782.13, 2},
    {"negative amount", -3782.13, 2},
    {"share", 0.25, 2},
    {"whole number", 1200.0, 0},
    {"zero", 0.0, 0},
    {"negative zero", -0.0, 0},
    {"one decimal", 0.5, 1},
    {"binary noise is capped", 0.1 + 0.2, 6},
    {"beyond six decimals is capped", 1e-7, 6},
    {"six decimals from a source system", 35097.999999, 6},
    {"six decimals on a large amount", 1234567.123456, 6},
    {"huge number has no decimals", 1e300, 0},
    {"smallest subnormal is capped", std::numeric_limits<double>::denorm_min(), 6},
    {"NaN has none", not_a_number, 0},
    {"infinity has none", infinity, 0},
};
// clang-format on

// ---- sum_check ----

struct SumCase {
  std::string name;
  CellValue total;
  std::vector<CellValue> parts;
  std::optional<double> tolerance;
  Expected expected;
};

std::ostream& operator<<(std::ostream& out, const SumCase& c) {
  out << c.name << ": " << describe(c.total) << " = ";
  for (std::size_t i = 0; i < c.parts.size(); ++i) out << (i ? " + " : "") << describe(c.parts[i]);
  if (c.tolerance) out << " ± " << describe(*c.tolerance);
  return out << " -> " << describe(c.expected);
}

const std::optional<double> written_precision{};

// The budget block of tests/fixtures/seeds/department_jiangning_hrss_2026.tsv.
const std::vector<CellValue> fiscal_sub_sources{3782.13, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
const std::vector<CellValue> project_lines{30.0, 0.0, 60.0, 150.0, 0.0, 60.0};
const std::vector<CellValue> project_lines_with_unlabeled{30.0, 0.0, 60.0, 150.0, 0.0, 60.0, 150.0};

// clang-format off
const std::vector<SumCase> sum_cases{
    {"seed: 财政拨款 小计 equals its sub-sources", 3782.13, fiscal_sub_sources, written_precision, Passes{}},
    {"seed: 资金总额 equals 财政拨款", 3782.13, {3782.13}, written_precision, Passes{}},
    {"seed: 项目支出 600 against its labeled lines", 600.0, project_lines, written_precision,
     Fires{{{"total", "600"}, {"sum", "300"}, {"difference", "300"}}}},
    {"seed: 项目支出 600 with the unlabeled 150 line", 600.0, project_lines_with_unlabeled, written_precision,
     Fires{{{"total", "600"}, {"sum", "450"}, {"difference", "150"}}}},
    {"a cent off is reported with the written decimals", 3782.13, {3000.0, 782.12}, written_precision,
     Fires{{{"total", "3782.13"}, {"sum", "3782.12"}, {"difference", "0.01"}}}},
    {"six decimals are never rounded away", 35097.999999, {35098.0}, written_precision,
     Fires{{{"total", "35097.999999"}, {"sum", "35098.000000"}, {"difference", "0.000001"}}}},
    {"a millionth off a large total", 3782.130001, {3782.13}, written_precision,
     Fires{{{"total", "3782.130001"}, {"sum", "3782.130000"}, {"difference", "0.000001"}}}},
    {"binary noise is no mismatch", 0.3, {0.1, 0.2}, written_precision, Passes{}},
    {"six-decimal parts adding up", 100.0, {33.333333, 33.333333, 33.333334}, written_precision, Passes{}},
    {"half a unit at the capped 6th decimal passes", 1.0000005, {1.0}, written_precision, Passes{}},
    {"a bit more than half a unit fails", 1.0000006, {1.0}, written_precision,
     Fires{{{"total", "1.000001"}, {"sum", "1.000000"}, {"difference", "0.000001"}}}},
    {"exactly the given tolerance passes", 100.005, {100.0}, 0.005, Passes{}},
    {"a bit more than the given tolerance fails", 100.006, {100.0}, 0.005,
     Fires{{{"total", "100.006"}, {"sum", "100.000"}, {"difference", "0.006"}}}},
    {"zero tolerance", 10.01, {10.0}, 0.0, Fires{{{"total", "10.01"}, {"sum", "10.00"}, {"difference", "0.01"}}}},
    {"zero tolerance still forgives binary noise", 0.3, {0.1, 0.2}, 0.0, Passes{}},
    {"text numbers with U+3000", text("3782.13\u3000"), {text("\u30003782.13"), text("０")}, written_precision,
     Passes{}},
    {"full-width grouped text numbers", text("１,２００"), {text("1,000"), 200.0}, written_precision, Passes{}},
    {"text keeps its trailing zeros", text("3782.10"), {3782.1, 0.004}, written_precision,
     Fires{{{"total", "3782.100"}, {"sum", "3782.104"}, {"difference", "0.004"}}}},
    {"empty parts are skipped", 90.0, {30.0, empty, text(""), text("\u3000"), 60.0}, written_precision, Passes{}},
    {"no parts against zero", 0.0, {}, written_precision, Passes{}},
    {"no parts against a total", 5.0, {}, written_precision,
     Fires{{{"total", "5"}, {"sum", "0"}, {"difference", "5"}}}},
    {"negative amounts (refunds)", -5.0, {-2.0, -3.0}, written_precision, Passes{}},
    {"empty total", empty, {1.0}, written_precision, CalcError::value},
    {"blank text total", text(" \u3000"), {1.0}, written_precision, CalcError::value},
    {"word as total", text("合计"), {1.0}, written_precision, CalcError::value},
    {"word as part", 1.0, {text("abc")}, written_precision, CalcError::value},
    {"amount with unit as part", 100.0, {text("100万元")}, written_precision, CalcError::value},
    {"NaN part", 1.0, {not_a_number}, written_precision, CalcError::value},
    {"infinite total", infinity, {1.0}, written_precision, CalcError::value},
    {"sum overflows", 1.0, {1e308, 1e308}, written_precision, CalcError::value},
    {"negative tolerance", 1.0, {1.0}, -0.1, CalcError::value},
    {"NaN tolerance", 1.0, {1.0}, not_a_number, CalcError::value},
};
// clang-format on

// ---- share_check ----

struct ShareCase {
  std::string name;
  CellValue part;
  CellValue total;
  CellValue share;
  Expected expected;
};

std::ostream& operator<<(std::ostream& out, const ShareCase& c) {
  return out << c.name << ": " << describe(c.part) << " / " << describe(c.total) << " vs " << describe(c.share)
             << " -> " << describe(c.expected);
}

// clang-format off
const std::vector<ShareCase> share_cases{
    {"percent text matches", 25.3, 100.0, text("25.3%"), Passes{}},
    {"percent text off by 0.18 points", 25.12, 100.0, text("25.3%"),
     Fires{{{"computed", "25.12%"}, {"given", "25.30%"}, {"gap", "0.18"}}}},
    {"exactly half a unit below passes", 25.35, 100.0, text("25.3%"), Passes{}},
    {"exactly half a unit above passes", 25.25, 100.0, text("25.3%"), Passes{}},
    {"a bit more than half a unit fails", 25.36, 100.0, text("25.3%"),
     Fires{{{"computed", "25.36%"}, {"given", "25.30%"}, {"gap", "0.06"}}}},
    {"fraction number matches", 25.3, 100.0, 0.253, Passes{}},
    {"fraction number off", 25.4, 100.0, 0.253,
     Fires{{{"computed", "25.40%"}, {"given", "25.30%"}, {"gap", "0.10"}}}},
    {"whole-percent fraction within half a point", 25.4, 100.0, 0.25, Passes{}},
    {"whole-percent fraction beyond half a point", 25.6, 100.0, 0.25,
     Fires{{{"computed", "25.60%"}, {"given", "25.00%"}, {"gap", "0.60"}}}},
    {"half as 0.5 reads as whole percent", 1.0, 2.0, 0.5, Passes{}},
    {"two-decimal percent text shows three", 1.0, 3.0, text("33.34%"),
     Fires{{{"computed", "33.333%"}, {"given", "33.340%"}, {"gap", "0.007"}}}},
    {"two-decimal percent text matches", 1.0, 3.0, text("33.33%"), Passes{}},
    {"full-width percent text", 25.3, 100.0, text("２５．３％"), Passes{}},
    {"percent text with outer spaces", 25.3, 100.0, text(" 25.3%\u3000"), Passes{}},
    {"fraction stored as text", 25.3, 100.0, text("0.253"), Passes{}},
    {"percent figure without its sign is a fraction", 25.3, 100.0, text("25.3"),
     Fires{{{"computed", "25.30%"}, {"given", "2530.00%"}, {"gap", "2504.70"}}}},
    {"seed amounts as text", text("600\u3000"), text("1800"), text("33.33%"), Passes{}},
    {"empty part is a zero share", empty, 100.0, text("0%"), Passes{}},
    {"zero total", 1.0, 0.0, text("1%"), CalcError::div_zero},
    {"empty total", 1.0, empty, text("1%"), CalcError::div_zero},
    {"text zero total", 1.0, text("0.00"), text("1%"), CalcError::div_zero},
    {"word as part", text("约1"), 100.0, text("1%"), CalcError::value},
    {"empty share", 1.0, 100.0, empty, CalcError::value},
    {"blank share", 1.0, 100.0, text("\u3000"), CalcError::value},
    {"word as share", 1.0, 100.0, text("较高"), CalcError::value},
    {"percent sign alone", 1.0, 100.0, text("%"), CalcError::value},
    {"NaN share", 1.0, 100.0, not_a_number, CalcError::value},
};
// clang-format on

template <typename Check>
void check_expected(const std::variant<Check, CalcError>& result, const Expected& expected, std::string_view rule_id) {
  BOOST_TEST(outcome(result, rule_id) == describe(expected));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(arithmetic_checks_tests)

BOOST_DATA_TEST_CASE(written_decimals_is_the_shortest_form_capped_at_six, bdata::make(decimals_cases), c) {
  BOOST_TEST(written_decimals(c.number) == c.expected);
}

BOOST_DATA_TEST_CASE(sum_check_compares_total_with_its_parts, bdata::make(sum_cases), c) {
  check_expected(sum_check(c.total, c.parts, c.tolerance), c.expected, "sum-mismatch");
}

BOOST_AUTO_TEST_CASE(sum_check_reports_its_figures_unrounded) {
  const auto result = sum_check(35097.999999, {35098.0});
  BOOST_TEST_REQUIRE(std::holds_alternative<SumCheck>(result));
  const SumCheck& check = std::get<SumCheck>(result);
  BOOST_TEST(check.total == 35097.999999);
  BOOST_TEST(check.sum == 35098.0);
  BOOST_TEST(check.difference == 35097.999999 - 35098.0);
  BOOST_TEST(check.tolerance == 0.5e-6);
  BOOST_TEST(!check.ok);
}

BOOST_AUTO_TEST_CASE(sum_check_tolerance_is_half_a_unit_of_the_most_decimals) {
  const auto seed = sum_check(3782.13, {3782.13, 0.0});
  BOOST_TEST_REQUIRE(std::holds_alternative<SumCheck>(seed));
  BOOST_TEST(std::get<SumCheck>(seed).tolerance == 0.005);
  const auto whole = sum_check(600.0, {300.0, 300.0});
  BOOST_TEST_REQUIRE(std::holds_alternative<SumCheck>(whole));
  BOOST_TEST(std::get<SumCheck>(whole).tolerance == 0.5);
  const auto given = sum_check(600.0, {300.0, 300.0}, 2.0);
  BOOST_TEST_REQUIRE(std::holds_alternative<SumCheck>(given));
  BOOST_TEST(std::get<SumCheck>(given).tolerance == 2.0);
}

BOOST_DATA_TEST_CASE(share_check_compares_a_share_with_part_over_total, bdata::make(share_cases), c) {
  check_expected(share_check(c.part, c.total, c.share), c.expected, "share-mismatch");
}

BOOST_AUTO_TEST_CASE(share_check_reports_fractions) {
  const auto result = share_check(25.12, 100.0, text("25.3%"));
  BOOST_TEST_REQUIRE(std::holds_alternative<ShareCheck>(result));
  const ShareCheck& check = std::get<ShareCheck>(result);
  BOOST_TEST(check.computed == 25.12 / 100.0);
  // "25.3%" is 25.3 / 100, which may differ from the literal 0.253 in the last bit.
  BOOST_TEST(check.given == 0.253, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(check.gap == check.given - check.computed);
  BOOST_TEST(check.tolerance == 0.0005, boost::test_tools::tolerance(1e-12));
}

// The catalog's wording is not this suite's business; that every placeholder is filled is.
BOOST_AUTO_TEST_CASE(findings_render_with_every_placeholder_filled) {
  const auto sum = sum_check(600.0, project_lines_with_unlabeled);
  const auto share = share_check(25.12, 100.0, text("25.3%"));
  BOOST_TEST_REQUIRE(std::holds_alternative<SumCheck>(sum));
  BOOST_TEST_REQUIRE(std::holds_alternative<ShareCheck>(share));
  const std::vector<std::pair<Finding, std::vector<std::string>>> findings{
      {*std::get<SumCheck>(sum).finding, {"600", "450", "150"}},
      {*std::get<ShareCheck>(share).finding, {"25.12%", "25.30%", "0.18"}},
  };
  for (const auto& [finding, values] : findings) {
    for (const Language language : {Language::zh_cn, Language::en}) {
      const std::string message = render_message(finding, language);
      BOOST_TEST_INFO(finding.rule_id << ": " << message);
      BOOST_TEST(message.find('{') == std::string::npos);
      for (const std::string& value : values) BOOST_TEST(message.find(value) != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
