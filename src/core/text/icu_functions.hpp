#pragma once

// The Unicode services the core takes from ICU. ICU is not linked: its libraries carry their
// version in every symbol (u_hasBinaryProperty_72), so a binary linked to one ICU loads nowhere
// else. Instead the first call finds the ICU this process already has (inside LibreOffice, the
// office's own; in jixiao-check and the tests, the system's) and resolves these few C functions by
// name, the way .NET's globalization shim does. Without any ICU the functions fall back to
// built-in tables that cover what budget tables hold (full-width ASCII, U+3000, CJK ideographs);
// icu_origin() says which is in use. DEVELOPERS.md, "Portability", explains the choice.

#include <string>
#include <string_view>

namespace jixiao::core::unicode {

// Unicode's White_Space property (TAB..CR, SPACE, U+0085, U+00A0, U+1680, U+2000..U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000).
bool is_white_space(char32_t c);

// Unicode's Ideographic property (CJK ideographs, 〆〇 and the Hangzhou numerals among others).
bool is_ideographic(char32_t c);

// NFKC of well-formed UTF-16 text. Without ICU: full-width ASCII and U+3000 only.
std::u16string nfkc(std::u16string_view text);

// Whether the text is already NFKC (nfkc would return it unchanged), answered without copying.
bool is_nfkc(std::u16string_view text);

// Compares case-insensitively under Unicode's default case folding: 0 when equal. Without ICU:
// ASCII letters only.
int compare_folded(std::u16string_view a, std::u16string_view b);

// "ICU 72.1 (/usr/lib/x86_64-linux-gnu/libicuuc.so.72)" or, without ICU, a sentence saying so.
std::string icu_origin();

// The built-in tables, exposed for the test that compares them with ICU.
bool fallback_is_white_space(char32_t c);
bool fallback_is_ideographic(char32_t c);

}  // namespace jixiao::core::unicode
