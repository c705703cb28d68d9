#pragma once

#include <string_view>
#include <variant>

#include "core/values/cell_value.hpp"

namespace jixiao::core {

// Whether an actual value meets a target value (JXMEETS).
//  - numbers: the target's operator applied to the actual number (relative tolerance 1e-9 for =);
//  - percent targets: an actual number is a fraction (0.96, as Calc stores 96%), an actual text
//    needs a percent sign ("96%");
//  - counts, amounts, durations: an actual number is in the target's unit with multipliers applied
//    (target ≥1.2万人, actual 13000 -> true); an actual text must carry the same unit;
//  - qualitative: true when the actual text equals the target word (after trimming and NFKC).
// CalcError::value when the two are not comparable (a word against a number, different units, a
// schedule target such as 序时进度, an invalid target or actual).
std::variant<bool, CalcError> meets(const CellValue& actual, std::string_view target);

}  // namespace jixiao::core
