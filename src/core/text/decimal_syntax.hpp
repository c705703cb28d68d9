#pragma once

#include <cstddef>
#include <string_view>

// Shared by parse_number_text and normalize_target so that "a number" means the same thing in both.
// Works on ASCII only: callers apply NFKC first.
namespace jixiao::core {

// Whether a decimal point may stand without digits on one side (".5", "5.").
// Numbers stored as text accept them; target values do not, because they are rewritten as written
// and "≥.5%" is not a form anyone should be handed back.
enum class BarePoint { allowed, rejected };

// Length in bytes of the longest prefix of `text` that is an unsigned decimal: ASCII digits, optionally
// in thousands groups ("1,234,567"), optionally followed by a fraction. 0 when `text` does not start with one.
// A comma not followed by exactly three digits ends the number before the comma ("1,23" -> 1).
std::size_t unsigned_decimal_length(std::string_view text, BarePoint bare_point);

}  // namespace jixiao::core
