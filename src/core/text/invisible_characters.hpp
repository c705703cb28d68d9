// The invisible characters a cell may hold besides its visible text, by kind, and the text a fix
// may write without them.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::core {

// What the user would call the invisible characters of a cell, in the order messages name them.
// A tab inside a multi-line cell reaches us as U+0001 (Calc's edit engine marks a tab so) and is a
// tab; a line break is LF, CR, VT, FF, NEL, U+2028 or U+2029.
enum class InvisibleKind : unsigned {
  space = 1u << 0,             // U+0020 where no space belongs
  full_width_space = 1u << 1,  // U+3000
  no_break_space = 1u << 2,    // U+00A0, U+2007, U+202F
  other_space = 1u << 3,       // U+1680, U+2000..U+200A, U+205F
  tab = 1u << 4,               // U+0009, U+0001
  line_break = 1u << 5,
  zero_width = 1u << 6,        // U+200B..U+200D, U+2060, U+FEFF
  control = 1u << 7,           // any other control character (C0, DEL, C1)
};

// The kinds of invisible character in the text (a bit set of InvisibleKind), 0 when none. Every
// character trim_outer_space strips is of one kind.
unsigned invisible_kinds(std::string_view utf8);

// The kinds as a finding's argument: codes joined by commas, in the enum's order ("tab,line-break");
// data/rules/terms.tsv names each (group "characters").
std::string invisible_kind_codes(unsigned kinds);

// Whether the text holds a character no fix may write into a cell: a control character (a tab,
// U+0001 …), a zero-width character, or a line break unless `line_breaks_allowed` (the user typed
// one into that cell).
bool has_unwritable_character(std::string_view utf8, bool line_breaks_allowed);

// The text a fix may write: trim_outer_space, then each run of unwritable characters inside
// (has_unwritable_character) removed, or one ASCII space where it stood between two ASCII letters
// or digits ("a<TAB>b" -> "a b"); line breaks are kept only when `line_breaks_allowed`, CR LF and
// CR becoming LF. Ill-formed bytes are copied through.
std::string writable_text(std::string_view utf8, bool line_breaks_allowed);

// The text as a message quotes it, on one line and with nothing invisible: writable_text without
// line breaks, a line break (with what is invisible around it) becoming one space.
std::string message_text(std::string_view utf8);

}  // namespace jixiao::core
