#include "core/values/schedule.hpp"

#include "core/values/execution_rate.hpp"

namespace jixiao::core {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using std::chrono::years;

// The dates <chrono> can turn into a calendar date, less a year at each end so that a one-year
// period around any accepted date can be represented too. Anything outside (a corrupt serial
// number) is an input error rather than something to clamp, and must never reach year_month_day,
// whose arithmetic would overflow.
constexpr sys_days earliest_date{std::chrono::year{-32766} / std::chrono::January / 1};
constexpr sys_days latest_date{std::chrono::year{32766} / std::chrono::December / 31};

bool is_representable(sys_days date) { return date >= earliest_date && date <= latest_date; }

sys_days first_day_of_year(sys_days date) {
  const year_month_day ymd{date};
  return sys_days{ymd.year() / std::chrono::January / 1};
}

sys_days last_day_of_year(sys_days date) {
  const year_month_day ymd{date};
  return sys_days{ymd.year() / std::chrono::December / 31};
}

// One year from `start`, last day included (2026-04-01 -> 2027-03-31). Adding a year to 29 Feb
// gives the invalid 29 Feb of a common year, which <chrono> converts to 1 March: the day before
// is 28 Feb, the right end.
sys_days one_year_after(sys_days start) {
  const year_month_day ymd{start};
  return sys_days{ymd + years{1}} - days{1};
}

// One year up to `end`, first day included (2027-03-31 -> 2026-04-01): the day after the same
// date a year earlier. 29 Feb a year earlier does not exist; that year's February ends on the 28th.
sys_days one_year_before(sys_days end) {
  const year_month_day year_earlier = year_month_day{end} - years{1};
  const year_month_day existing =
      year_earlier.ok() ? year_earlier : year_month_day{year_earlier.year() / year_earlier.month() / std::chrono::last};
  return sys_days{existing} + days{1};
}

}  // namespace

std::variant<double, CalcError> time_progress(sys_days date, std::optional<sys_days> start,
                                              std::optional<sys_days> end) {
  if (!is_representable(date) || (start && !is_representable(*start)) || (end && !is_representable(*end)))
    return CalcError::value;

  // Only one bound given: the other completes a one-year period, the usual length of a budget
  // period, rather than silently mixing a custom start with the calendar year's end.
  sys_days first = first_day_of_year(date);
  sys_days last = last_day_of_year(date);
  if (start && end) {
    first = *start;
    last = *end;
  } else if (start) {
    first = *start;
    last = one_year_after(*start);
  } else if (end) {
    last = *end;
    first = one_year_before(*end);
  }
  if (last < first) return CalcError::value;

  if (date < first) return 0.0;
  if (date > last) return 1.0;
  // Whole days, the given date counted as elapsed: on 31 Dec the year is fully elapsed.
  const double elapsed = static_cast<double>((date - first).count() + 1);
  const double length = static_cast<double>((last - first).count() + 1);
  return elapsed / length;
}

std::variant<double, CalcError> schedule_deviation(const CellValue& executed, const CellValue& base, sys_days date) {
  const std::variant<double, CalcError> rate = execution_rate(executed, base);
  if (const CalcError* error = std::get_if<CalcError>(&rate)) return *error;
  const std::variant<double, CalcError> progress = time_progress(date);
  if (const CalcError* error = std::get_if<CalcError>(&progress)) return *error;
  return std::get<double>(rate) - std::get<double>(progress);
}

}  // namespace jixiao::core
