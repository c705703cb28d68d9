#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "core/values/schedule.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::CalcError;
using jixiao::core::CellValue;
using jixiao::core::schedule_deviation;
using jixiao::core::time_progress;
using std::chrono::sys_days;

namespace {

using Result = std::variant<double, CalcError>;

constexpr sys_days day(int y, unsigned m, unsigned d) {
  return sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

std::string describe(std::optional<sys_days> date) {
  if (!date) return "default";
  const std::chrono::year_month_day ymd{*date};
  std::ostringstream out;
  out << static_cast<int>(ymd.year()) << '-' << static_cast<unsigned>(ymd.month()) << '-'
      << static_cast<unsigned>(ymd.day());
  return out.str();
}

std::string describe(const Result& result) {
  if (const double* number = std::get_if<double>(&result)) {
    std::ostringstream out;
    out.precision(17);
    out << *number;
    return out.str();
  }
  return std::get<CalcError>(result) == CalcError::value ? "#VALUE!" : "#DIV/0!";
}

// Exact on purpose: whole days over whole days, the same division the implementation must do.
void check_result(const Result& actual, const Result& expected) {
  BOOST_TEST(describe(actual) == describe(expected));
  BOOST_TEST_REQUIRE(actual.index() == expected.index());
  if (const double* number = std::get_if<double>(&expected)) BOOST_TEST(std::get<double>(actual) == *number);
}

struct ProgressCase {
  std::string name;
  sys_days date;
  std::optional<sys_days> start;
  std::optional<sys_days> end;
  Result expected;
};

std::ostream& operator<<(std::ostream& out, const ProgressCase& c) {
  return out << c.name << ": " << describe(c.date) << " in [" << describe(c.start) << ", " << describe(c.end) << "] -> "
             << describe(c.expected);
}

const std::optional<sys_days> calendar_year{};

// clang-format off
const std::vector<ProgressCase> progress_cases{
    {"1 January counts its own day", day(2026, 1, 1), calendar_year, calendar_year, 1.0 / 365.0},
    {"30 June is a little under half", day(2026, 6, 30), calendar_year, calendar_year, 181.0 / 365.0},
    {"1 July is a little over half", day(2026, 7, 1), calendar_year, calendar_year, 182.0 / 365.0},
    {"31 December is the whole year", day(2026, 12, 31), calendar_year, calendar_year, 1.0},
    {"leap year 30 June has 29 Feb behind it", day(2024, 6, 30), calendar_year, calendar_year, 182.0 / 366.0},
    {"leap year 31 December", day(2024, 12, 31), calendar_year, calendar_year, 1.0},
    {"leap day itself", day(2024, 2, 29), calendar_year, calendar_year, 60.0 / 366.0},
    {"2100 is not a leap year", day(2100, 12, 31), calendar_year, calendar_year, 1.0},
    {"2000 is a leap year", day(2000, 6, 30), calendar_year, calendar_year, 182.0 / 366.0},
    {"fiscal period first day", day(2026, 4, 1), day(2026, 4, 1), day(2027, 3, 31), 1.0 / 365.0},
    {"fiscal period across new year", day(2027, 1, 1), day(2026, 4, 1), day(2027, 3, 31), 276.0 / 365.0},
    {"fiscal period last day", day(2027, 3, 31), day(2026, 4, 1), day(2027, 3, 31), 1.0},
    {"fiscal period containing 29 Feb", day(2024, 3, 31), day(2023, 4, 1), day(2024, 3, 31), 1.0},
    {"fiscal start only: one year from it", day(2026, 9, 30), day(2026, 4, 1), std::nullopt, 183.0 / 365.0},
    {"fiscal end only: one year up to it", day(2026, 9, 30), std::nullopt, day(2027, 3, 31), 183.0 / 365.0},
    {"start on a leap day ends on 28 Feb", day(2025, 2, 28), day(2024, 2, 29), std::nullopt, 1.0},
    {"end on a leap day starts on 1 March", day(2023, 3, 1), std::nullopt, day(2024, 2, 29), 1.0 / 366.0},
    {"before the period is zero", day(2026, 3, 31), day(2026, 4, 1), day(2027, 3, 31), 0.0},
    {"after the period is one", day(2027, 4, 1), day(2026, 4, 1), day(2027, 3, 31), 1.0},
    {"years after the period is one", day(2030, 1, 1), day(2026, 1, 1), day(2026, 12, 31), 1.0},
    {"one-day period on its day", day(2026, 5, 1), day(2026, 5, 1), day(2026, 5, 1), 1.0},
    {"one-day period the day before", day(2026, 4, 30), day(2026, 5, 1), day(2026, 5, 1), 0.0},
    {"end before start", day(2026, 6, 30), day(2026, 12, 31), day(2026, 1, 1), CalcError::value},
    {"end one day before start", day(2026, 6, 30), day(2026, 7, 1), day(2026, 6, 30), CalcError::value},
    {"date beyond the calendar", sys_days{std::chrono::days{20'000'000}}, calendar_year, calendar_year,
     CalcError::value},
    {"date before the calendar", sys_days{std::chrono::days{-20'000'000}}, calendar_year, calendar_year,
     CalcError::value},
    {"start beyond the calendar", day(2026, 6, 30), sys_days{std::chrono::days{2'000'000'000}}, std::nullopt,
     CalcError::value},
    {"end beyond the calendar", day(2026, 6, 30), std::nullopt, sys_days{std::chrono::days{-2'000'000'000}},
     CalcError::value},
    {"year 1 is still a calendar year", day(1, 12, 31), calendar_year, calendar_year, 1.0},
};
// clang-format on

struct DeviationCase {
  std::string name;
  CellValue executed;
  CellValue base;
  sys_days date;
  Result expected;
};

std::string describe(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return "<empty>";
  if (const double* number = std::get_if<double>(&cell)) return describe(Result{*number});
  return "text " + jixiao::test::visible(std::get<std::string>(cell));
}

std::ostream& operator<<(std::ostream& out, const DeviationCase& c) {
  return out << c.name << ": " << describe(c.executed) << " / " << describe(c.base) << " at " << describe(c.date)
             << " -> " << describe(c.expected);
}

const CellValue empty{};
CellValue text(const char* utf8) { return CellValue{std::string(utf8)}; }
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// clang-format off
const std::vector<DeviationCase> deviation_cases{
    {"on schedule at year end", 100.0, 100.0, day(2026, 12, 31), 0.0},
    {"a quarter spent at mid-year lags", 25.0, 100.0, day(2026, 6, 30), 0.25 - 181.0 / 365.0},
    {"ahead of schedule is positive", 80.0, 100.0, day(2026, 6, 30), 0.8 - 181.0 / 365.0},
    {"over budget at year end", 150.0, 100.0, day(2026, 12, 31), 0.5},
    {"nothing spent yet", empty, 3782.13, day(2026, 1, 1), -1.0 / 365.0},
    {"text amounts", text("１８９１"), text("3782\u3000"), day(2024, 6, 30), 0.5 - 182.0 / 366.0},
    {"empty base", 10.0, empty, day(2026, 6, 30), CalcError::div_zero},
    {"zero base", 10.0, 0.0, day(2026, 6, 30), CalcError::div_zero},
    {"word as base", 10.0, text("全年预算"), day(2026, 6, 30), CalcError::value},
    {"word as executed wins over zero base", text("约10"), 0.0, day(2026, 6, 30), CalcError::value},
    {"NaN executed", not_a_number, 100.0, day(2026, 6, 30), CalcError::value},
};
// clang-format on

}  // namespace

BOOST_AUTO_TEST_SUITE(schedule_tests)

BOOST_DATA_TEST_CASE(time_progress_is_elapsed_days_over_period_days, bdata::make(progress_cases), c) {
  check_result(time_progress(c.date, c.start, c.end), c.expected);
}

BOOST_AUTO_TEST_CASE(time_progress_at_mid_year_is_about_half) {
  const Result progress = time_progress(day(2026, 6, 30));
  BOOST_TEST_REQUIRE(std::holds_alternative<double>(progress));
  BOOST_TEST(std::get<double>(progress) > 0.49);
  BOOST_TEST(std::get<double>(progress) < 0.50);
}

BOOST_AUTO_TEST_CASE(time_progress_rises_by_one_day_each_day_of_a_year) {
  double previous = 0.0;
  for (sys_days date = day(2024, 1, 1); date <= day(2024, 12, 31); date += std::chrono::days{1}) {
    const Result progress = time_progress(date);
    BOOST_TEST_REQUIRE(std::holds_alternative<double>(progress));
    BOOST_TEST(std::get<double>(progress) * 366.0 == previous * 366.0 + 1.0, boost::test_tools::tolerance(1e-9));
    previous = std::get<double>(progress);
  }
  BOOST_TEST(previous == 1.0);
}

BOOST_DATA_TEST_CASE(schedule_deviation_is_rate_minus_progress, bdata::make(deviation_cases), c) {
  check_result(schedule_deviation(c.executed, c.base, c.date), c.expected);
}

BOOST_AUTO_TEST_SUITE_END()
