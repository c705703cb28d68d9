#include "core/text/date_text.hpp"

#include <array>

namespace jixiao::core {

namespace {

class DateReader {
 public:
  explicit DateReader(std::string_view text) : rest_(text) {}

  bool read() {
    skip_any({"截至", "截止", "于", "在", "到"});
    if (!date()) return false;
    if (skip_any({"-", "~", "至", "到", "—", "－"}) && !date()) return false;
    skip_any({"底前", "之前", "以前", "前", "底", "末", "初", "内", "完成", "上旬", "中旬", "下旬", "以内"});
    return rest_.empty() && saw_calendar_word_;
  }

 private:
  bool skip_any(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
      if (rest_.starts_with(w)) {
        rest_.remove_prefix(w.size());
        return true;
      }
    return false;
  }

  // Digits at the front, as a number (at most 4 of them); -1 when none.
  int number() {
    int value = 0, count = 0;
    while (!rest_.empty() && rest_.front() >= '0' && rest_.front() <= '9' && count < 5) {
      value = value * 10 + (rest_.front() - '0');
      rest_.remove_prefix(1);
      ++count;
    }
    return count == 0 || count > 4 ? -1 : value;
  }

  // Y年[M月[D日]] | Y年度 | Y.M[.D] | Y-M[-D] | M月[D日] | D日
  bool date() {
    const std::string_view start = rest_;
    const int first = number();
    if (first < 0) return false;
    const bool year = first >= 1990 && first <= 2100;
    if (year && (skip_any({"年度", "年"}))) {
      saw_calendar_word_ = true;
      const std::string_view after_year = rest_;
      const int month = number();
      if (month < 0) return true;
      if (month >= 1 && month <= 12 && skip_any({"月份", "月"})) return day();
      rest_ = after_year;
      return true;
    }
    if (year && (skip_any({".", "/"}) || (!rest_.starts_with("-") ? false : skip_any({"-"})))) {
      const int month = number();
      if (month < 1 || month > 12) {
        rest_ = start;
        return false;
      }
      saw_calendar_word_ = true;
      const std::string_view after_month = rest_;
      if (skip_any({".", "/", "-"})) {
        const int d = number();
        if (d < 1 || d > 31) rest_ = after_month;
      }
      skip_any({"月"});
      return true;
    }
    if (first >= 1 && first <= 12 && skip_any({"月份", "月"})) {
      saw_calendar_word_ = true;
      return day();
    }
    if (first >= 1 && first <= 31 && skip_any({"日", "号"})) {
      saw_calendar_word_ = true;
      return true;
    }
    rest_ = start;
    return false;
  }

  bool day() {
    const std::string_view after = rest_;
    const int d = number();
    if (d < 0) return true;
    if (d >= 1 && d <= 31 && skip_any({"日", "号"})) return true;
    rest_ = after;
    return true;
  }

  std::string_view rest_;
  bool saw_calendar_word_ = false;
};

}  // namespace

bool is_date_text(std::string_view working) {
  if (working.empty() || working.size() > 60) return false;
  return DateReader(working).read();
}

std::vector<int> years_in(std::string_view text) {
  std::vector<int> years;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && digit(text[end])) ++end;
    // 12.2024 or 3.5 are no years: a decimal point before the run makes it a fraction's digits.
    const bool after_point = i > 0 && text[i - 1] == '.' && i > 1 && digit(text[i - 2]);
    if (end - i == 4 && !after_point) {
      const int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      if (year >= 1990 && year <= 2100) years.push_back(year);
    }
    i = end;
  }
  return years;
}

}  // namespace jixiao::core
