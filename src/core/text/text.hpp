#pragma once

#include <string>
#include <string_view>

namespace jixiao::core {

// Strips leading/trailing Unicode White_Space (includes U+3000, U+00A0, U+2007, U+202F, tabs, newlines) plus
// every other control character (U+0001, Calc's tab inside a multi-line cell, among them) and the
// zero-width U+200B..U+200D, U+2060 and U+FEFF. Invalid UTF-8 must not crash: whitespace around it is trimmed, the invalid bytes are kept.
std::string trim_outer_space(std::string_view utf8);

// NFKC of the text (full-width ASCII -> ASCII, ％ -> %); invalid UTF-8 -> returned unchanged.
std::string nfkc(std::string_view utf8);

// Removes every whitespace character trim_outer_space would strip, wherever it stands ("合 计" -> "合计").
// Invalid byte sequences are copied through unchanged.
std::string remove_all_space(std::string_view utf8);

// Whether remove_all_space would remove anything (without building the copy).
bool contains_space(std::string_view utf8);

// True when the bytes are well-formed UTF-8 (no surrogates, no overlongs, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// The text with every ill-formed byte sequence replaced by U+FFFD: what a message may quote of a
// damaged cell (an unpaired surrogate arrives as invalid bytes, and no caller could show it).
std::string with_replacement_characters(std::string_view bytes);

}  // namespace jixiao::core
