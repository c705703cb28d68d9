#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <limits>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/values/meets.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::CalcError;
using jixiao::core::CellValue;
using jixiao::core::meets;
using jixiao::test::visible;

namespace {

struct MeetsCase {
  CellValue actual;
  std::string target;
  std::string expected;  // "true", "false" or "#VALUE!"
};

std::string describe(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "<empty>";
  if (const double* number = std::get_if<double>(&cell)) return std::to_string(*number);
  return visible(std::get<std::string>(cell));
}

std::ostream& operator<<(std::ostream& out, const MeetsCase& c) {
  return out << describe(c.actual) << " meets " << visible(c.target);
}

std::string outcome(const std::variant<bool, CalcError>& result) {
  if (const bool* met = std::get_if<bool>(&result)) return *met ? "true" : "false";
  switch (std::get<CalcError>(result)) {
    case CalcError::value:
      return "#VALUE!";
    case CalcError::div_zero:
      return "#DIV/0!";
    case CalcError::not_available:
      return "#N/A";
  }
  return "?";
}

CellValue text(const char* utf8) { return CellValue{std::string(utf8)}; }

const std::vector<MeetsCase> cases{
    // Percentages: numbers are fractions, as Calc stores 96%; texts need the sign.
    {0.96, "≥95%", "true"},
    {0.95, "≥95%", "true"},
    {0.94, "≥95%", "false"},
    {0.95, ">95%", "false"},
    {1.0, "=100%", "true"},
    {0.1 + 0.2, "=30%", "true"},  // 0.30000000000000004: within the relative tolerance
    {0.31, "=30%", "false"},
    {0.03, "<5%", "true"},
    {3.0, "<5%", "false"},  // 300%
    {0.0, "≤0%", "true"},
    {text("96%"), "≥95%", "true"},
    {text("９４％"), "≥95%", "false"},
    {text("960‰"), "≥95%", "true"},
    {text("0.96"), "≥95%", "#VALUE!"},
    {text("≥96%"), "≥95%", "#VALUE!"},
    {0.96, "95%以上", "true"},
    {0.96, "100%", "false"},  // bare: reads as =100%
    // Counts, amounts, durations: numbers in the target's unit with multipliers applied.
    {13000.0, "≥1.2万人", "true"},
    {11999.0, "≥1.2万人", "false"},
    {text("13000人"), "≥1.2万人", "true"},
    {text("1.3万人"), "≥1.2万人", "true"},
    {text("13000人次"), "≥1.2万人", "#VALUE!"},
    {text("13000"), "≥1.2万人", "#VALUE!"},
    {160000.0, ">15万", "true"},
    {text("160000"), ">15万", "true"},
    {20.0, "≥15万元", "true"},
    {text("200000元"), "≥15万元", "#VALUE!"},
    {4.0, "≤5天", "true"},
    {text("6天"), "≤5天", "false"},
    {9.0, "=9个月", "true"},
    // Qualitative: the same word after trimming and NFKC.
    {text("健全"), "健全", "true"},
    {text(" 健全\u3000"), "健全", "true"},
    {text("完善"), "健全", "false"},
    {1.0, "健全", "#VALUE!"},
    // Not comparable.
    {0.5, "序时进度", "#VALUE!"},
    {text("序时进度"), "序时进度", "#VALUE!"},
    {5.0, "≥abc", "#VALUE!"},
    {5.0, "", "#VALUE!"},
    {CellValue{}, "≥95%", "#VALUE!"},
    {std::numeric_limits<double>::quiet_NaN(), "≥95%", "#VALUE!"},
    {std::numeric_limits<double>::infinity(), "≥95%", "#VALUE!"},
    {text("\xff"), "≥95%", "#VALUE!"},
    {0.96, "\xff", "#VALUE!"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(meets_tests)

BOOST_DATA_TEST_CASE(actual_against_target, bdata::make(cases), c) {
  BOOST_TEST(outcome(meets(c.actual, c.target)) == c.expected);
}

BOOST_AUTO_TEST_SUITE_END()
