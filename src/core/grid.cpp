#include "core/grid.hpp"

#include <algorithm>

namespace jixiao::core {

std::string a1_address(int row, int column) {
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
  return letters + std::to_string(std::max(row, 0) + 1LL);
}

AreaSize checked_area(long long rows, long long columns) {
  rows = std::max(rows, 0LL);
  columns = std::max(columns, 0LL);
  if (rows == 0 || columns == 0) return {0, 0};
  if (columns <= max_grid_cells / rows) return {static_cast<int>(rows), static_cast<int>(columns)};
  if (rows > max_grid_cells) return {static_cast<int>(max_grid_cells), 1};
  return {static_cast<int>(rows), static_cast<int>(max_grid_cells / rows)};
}

}  // namespace jixiao::core
