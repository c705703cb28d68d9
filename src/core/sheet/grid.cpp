#include "core/sheet/grid.hpp"

#include <algorithm>

namespace jixiao::core {

std::string column_name(int column) {
  // Bijective base 26: A..Z, AA..ZZ, AAA…; negative positions are clamped rather than rejected,
  // since an address is only ever shown.
  std::string letters;
  long long n = std::max(column, 0) + 1LL;
  while (n > 0) {
    const long long digit = (n - 1) % 26;
    letters.push_back(static_cast<char>('A' + digit));
    n = (n - 1) / 26;
  }
  std::reverse(letters.begin(), letters.end());
  return letters;
}

std::optional<std::pair<int, int>> parse_a1_address(std::string_view address) {
  std::size_t at = 0;
  auto skip_dollar = [&] {
    if (at < address.size() && address[at] == '$') ++at;
  };
  auto is = [&](auto predicate) { return at < address.size() && predicate(address[at]); };
  const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  skip_dollar();
  long long column = 0, row = 0;
  const std::size_t letters_start = at;
  for (; is(letter) && at - letters_start < 4; ++at) column = column * 26 + ((address[at] | 0x20) - 'a' + 1);
  if (at == letters_start || is(letter)) return std::nullopt;
  skip_dollar();
  const std::size_t digits_start = at;
  for (; is(digit) && at - digits_start < 8; ++at) row = row * 10 + (address[at] - '0');
  if (at == digits_start || at != address.size() || row == 0) return std::nullopt;
  return std::pair(static_cast<int>(row - 1), static_cast<int>(column - 1));
}

std::string a1_address(int row, int column) { return column_name(column) + std::to_string(std::max(row, 0) + 1LL); }

AreaSize checked_area(long long rows, long long columns) {
  rows = std::max(rows, 0LL);
  columns = std::max(columns, 0LL);
  if (rows == 0 || columns == 0) return {0, 0};
  if (columns <= max_grid_cells / rows) return {static_cast<int>(rows), static_cast<int>(columns)};
  if (rows > max_grid_cells) return {static_cast<int>(max_grid_cells), 1};
  return {static_cast<int>(rows), static_cast<int>(max_grid_cells / rows)};
}

}  // namespace jixiao::core
