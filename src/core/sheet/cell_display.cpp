#include "core/sheet/cell_display.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jixiao::core {

namespace {

// The first section of a code ("0.00_);[RED](0.00)" -> "0.00_)"), quoted texts, escapes and
// [bracketed] parts (colours, locales, conditions) left out.
std::string first_section_symbols(std::string_view code) {
  std::string symbols;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or padding width)
    } else if (c == '[') {
      const std::size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else {
      symbols.push_back(c);
    }
  }
  return symbols;
}

// Shortest text that reads back as the same double, in plain decimal notation.
std::string shortest(double value) {
  if (value == 0) value = 0;  // no "-0"
  std::array<char, 400> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (error != std::errc()) return "?";
  return std::string(buffer.data(), end);
}

// value with exactly `decimals` decimals, unless that rounds something away: then as many as
// needed (up to what a double holds). 100 * 0.955 is 95.49999999999999, hence the tolerance.
std::string with_decimals(double value, int decimals) {
  // Products such as 0.955 * 100 carry binary noise; 12 significant digits are what people type.
  std::array<char, 64> rounded{};
  std::snprintf(rounded.data(), rounded.size(), "%.12g", value);
  const double clean = std::strtod(rounded.data(), nullptr);
  std::string text = shortest(clean);
  if (decimals < 0) return text;
  const std::size_t point = text.find('.');
  const int has = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
  if (has >= decimals) return text;
  if (point == std::string::npos && decimals > 0) text.push_back('.');
  text.append(static_cast<std::size_t>(decimals - has), '0');
  return text;
}

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
CivilDate civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

std::string date_text(double serial, int null_date_offset, bool chinese) {
  // Serial 0 is 1899-12-30 in the default system; 25569 days later is 1970-01-01.
  const long long days = static_cast<long long>(std::floor(serial)) + null_date_offset - 25569;
  const CivilDate d = civil_from_days(days);
  std::array<char, 64> buffer{};
  if (chinese)
    std::snprintf(buffer.data(), buffer.size(), "%d年%d月%d日", d.year, d.month, d.day);
  else
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer.data();
}

std::string time_text(double serial) {
  const double fraction = serial - std::floor(serial);
  const long long minutes = std::llround(fraction * 24 * 60) % (24 * 60);
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%02lld:%02lld", minutes / 60, minutes % 60);
  return buffer.data();
}

// Days since 1970-01-01 of a proleptic Gregorian date (the inverse of civil_from_days).
long long days_from_civil(long long year, unsigned month, unsigned day) {
  year -= month <= 2;
  const long long era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

}  // namespace

int days_from_1899_12_30(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return static_cast<int>(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) -
                          days_from_civil(1899, 12, 30));
}

int format_decimals(std::string_view code) {
  const std::string symbols = first_section_symbols(code);
  if (symbols.find_first_of("0#?") == std::string::npos) return -1;
  const std::size_t point = symbols.find('.');
  if (point == std::string::npos) return 0;
  int decimals = 0;
  for (std::size_t i = point + 1; i < symbols.size() && (symbols[i] == '0' || symbols[i] == '#' || symbols[i] == '?'); ++i)
    ++decimals;
  return decimals;
}

std::string shown_number(double value, const NumberFormat& format, int null_date_offset) {
  if (!std::isfinite(value)) return "";
  switch (format.kind) {
    case FormatKind::percent:
      return with_decimals(value * 100, format_decimals(format.code)) + "%";
    case FormatKind::date:
    case FormatKind::date_time: {
      const bool chinese = format.code.find("年") != std::string::npos;
      std::string text = date_text(value, null_date_offset, chinese);
      if (format.kind == FormatKind::date_time) text += " " + time_text(value);
      return text;
    }
    case FormatKind::time:
      return time_text(value);
    case FormatKind::boolean:
      return value != 0 ? "TRUE" : "FALSE";
    case FormatKind::general:
    case FormatKind::text:
      return with_decimals(value, -1);
    case FormatKind::number:
    case FormatKind::currency:
    case FormatKind::scientific:
    case FormatKind::fraction:
      return with_decimals(value, format_decimals(format.code));
  }
  return with_decimals(value, -1);
}

}  // namespace jixiao::core
