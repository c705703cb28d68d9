#include "core/grid.hpp"

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

std::string a1_address(int row, int column) { return column_name(column) + std::to_string(std::max(row, 0) + 1LL); }

}  // namespace jixiao::core
