#pragma once

#include <optional>
#include <variant>
#include <vector>

#include "core/values/cell_value.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::core {

// Decimals a number is written with: the shortest round-trip form, capped at 6 (source systems
// carry up to 6). 3782.13 -> 2, 0.25 -> 2, 1200 -> 0. The add-in cannot see cell formats, so this
// stands for the displayed precision.
int written_decimals(double number);

struct SumCheck {
  double total = 0;
  double sum = 0;         // of the numeric parts; empty parts are skipped
  double difference = 0;  // total - sum, never rounded
  double tolerance = 0;   // given, or half a unit in the last written decimal of total and parts
  bool ok = true;         // |difference| <= tolerance
  std::optional<Finding> finding;  // sum-mismatch with {total} {sum} {difference}, when !ok
};

// How the figures of a sum were rounded, when no tolerance is given: `written` compares at the
// precision they are written with (half a unit in the last decimal, JXSUMCHECK's documented
// tolerance); `each_rounded` allows what rounding each figure on its own can add up to (half a
// unit for every figure): a table's 39487.75 = 1295.32 + 38192.44 is rounding, not a mistake.
enum class Rounding { written, each_rounded };

// Total against the sum of its parts (JXSUMCHECK). Numbers stored as text are accepted; a part or
// total that is not a number -> CalcError::value; an empty total -> CalcError::value.
std::variant<SumCheck, CalcError> sum_check(const CellValue& total, const std::vector<CellValue>& parts,
                                            std::optional<double> tolerance = std::nullopt,
                                            Rounding rounding = Rounding::written);

struct ShareCheck {
  double computed = 0;   // part / total
  double given = 0;      // the share as a fraction ("25.3%" text or 0.253)
  double gap = 0;        // given - computed
  double tolerance = 0;  // half a unit in the last written decimal of the share
  bool ok = true;
  std::optional<Finding> finding;  // share-mismatch with {computed} {given} {gap}, when !ok
};

// A share (占比) against part / total (JXSHARECHECK). total 0 or empty -> CalcError::div_zero.
std::variant<ShareCheck, CalcError> share_check(const CellValue& part, const CellValue& total,
                                                const CellValue& share);

}  // namespace jixiao::core
