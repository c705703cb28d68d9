#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <limits>
#include <sstream>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/values/execution_rate.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::CalcError;
using jixiao::core::CellValue;
using jixiao::core::execution_rate;
using jixiao::test::visible;

namespace {

using Result = std::variant<double, CalcError>;

std::string describe(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "<empty>";
  if (const double* number = std::get_if<double>(&cell)) {
    std::ostringstream out;
    out.precision(17);
    out << *number;
    return out.str();
  }
  return "text " + visible(std::get<std::string>(cell));
}

std::string describe(const Result& result) {
  if (const double* rate = std::get_if<double>(&result)) {
    std::ostringstream out;
    out.precision(17);
    out << *rate;
    return out.str();
  }
  return std::get<CalcError>(result) == CalcError::value ? "#VALUE!" : "#DIV/0!";
}

struct RateCase {
  std::string name;
  CellValue executed;
  CellValue base;
  Result expected;
};

std::ostream& operator<<(std::ostream& out, const RateCase& c) {
  return out << c.name << ": " << describe(c.executed) << " / " << describe(c.base) << " -> " << describe(c.expected);
}

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
const CellValue empty{};

CellValue text(const char* utf8) { return CellValue{std::string(utf8)}; }

const std::vector<RateCase> rate_cases{
    {"half", 1.0, 2.0, 0.5},
    {"exact thirds, never rounded", 1.0, 3.0, 1.0 / 3.0},
    {"six decimals kept", 35097.999999, 100000.0, 35097.999999 / 100000.0},
    {"over budget is not capped", 150.0, 100.0, 1.5},
    {"refund makes it negative", -5.0, 10.0, -0.5},
    {"empty executed is zero", empty, 100.0, 0.0},
    {"empty-text executed is zero", text(""), 100.0, 0.0},
    {"blank executed is zero", text(" "), 100.0, 0.0},
    {"ideographic-space executed is zero", text("\u3000"), 100.0, 0.0},
    {"text numbers on both sides", text("50"), text("200"), 0.25},
    {"grouped text numbers", text("1,234.5"), text("2,469"), 0.5},
    {"full-width text with trailing U+3000", text("３５０９７．９９\u3000"), 70195.98, 0.5},
    {"text executed, number base", text(" 25 "), 100.0, 0.25},
    {"non-number executed", text("abc"), 100.0, CalcError::value},
    {"percent text executed", text("50%"), 100.0, CalcError::value},
    {"empty base", 1.0, empty, CalcError::div_zero},
    {"empty-text base", 1.0, text(""), CalcError::div_zero},
    {"blank base", 1.0, text(" "), CalcError::div_zero},
    {"ideographic-space base", 1.0, text("\u3000\u00A0"), CalcError::div_zero},
    {"zero base", 1.0, 0.0, CalcError::div_zero},
    {"negative zero base", 1.0, -0.0, CalcError::div_zero},
    {"text zero base", 1.0, text("0"), CalcError::div_zero},
    {"text zero with decimals base", 1.0, text("0.00"), CalcError::div_zero},
    {"non-number base", 1.0, text("abc"), CalcError::value},
    {"unit in base", 1.0, text("100万元"), CalcError::value},
    {"empty over empty", empty, empty, CalcError::div_zero},
    {"executed error wins over base error", text("abc"), empty, CalcError::value},
    {"NaN executed", not_a_number, 1.0, CalcError::value},
    {"infinite executed", infinity, 1.0, CalcError::value},
    {"infinite base", 1.0, infinity, CalcError::value},
    {"NaN base", 1.0, not_a_number, CalcError::value},
    {"quotient overflows", 1e308, 1e-308, CalcError::value},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(execution_rate_tests)

BOOST_DATA_TEST_CASE(execution_rate_divides_executed_by_base, bdata::make(rate_cases), c) {
  const Result actual = execution_rate(c.executed, c.base);
  // Exact comparison on purpose: the rate must be the plain quotient, never rounded.
  BOOST_TEST(describe(actual) == describe(c.expected));
  BOOST_TEST(actual.index() == c.expected.index());
  if (actual.index() == 0 && c.expected.index() == 0) BOOST_TEST(std::get<double>(actual) == std::get<double>(c.expected));
}

BOOST_AUTO_TEST_CASE(execution_rate_of_one_third_is_not_a_rounded_percentage) {
  const Result actual = execution_rate(1.0, 3.0);
  BOOST_TEST_REQUIRE(std::holds_alternative<double>(actual));
  BOOST_TEST(std::get<double>(actual) != 0.3333);
  BOOST_TEST(std::get<double>(actual) != 0.33);
  BOOST_TEST(std::get<double>(actual) * 3.0 == 1.0);
}

BOOST_AUTO_TEST_SUITE_END()
