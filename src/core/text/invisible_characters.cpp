#include "core/text/invisible_characters.hpp"

#include <array>
#include <cstdint>

#include "core/text/text.hpp"
#include "core/text/utf8.hpp"

namespace jixiao::core {

namespace {

bool is_line_break(int32_t c) { return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029; }

// The kind of one character, 0 when it is visible.
unsigned kind_of(int32_t c) {
  if (c < 0) return 0;
  if (c == ' ') return static_cast<unsigned>(InvisibleKind::space);
  if (c == '\t' || c == 0x01) return static_cast<unsigned>(InvisibleKind::tab);
  if (is_line_break(c)) return static_cast<unsigned>(InvisibleKind::line_break);
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return static_cast<unsigned>(InvisibleKind::control);
  if (c < 0xA0) return 0;
  if (c == 0x3000) return static_cast<unsigned>(InvisibleKind::full_width_space);
  if (c == 0xA0 || c == 0x2007 || c == 0x202F) return static_cast<unsigned>(InvisibleKind::no_break_space);
  if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) return static_cast<unsigned>(InvisibleKind::zero_width);
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x205F) return static_cast<unsigned>(InvisibleKind::other_space);
  return 0;
}

constexpr std::array<std::pair<InvisibleKind, std::string_view>, 8> kind_codes{{
    {InvisibleKind::space, "space"},
    {InvisibleKind::full_width_space, "full-width-space"},
    {InvisibleKind::no_break_space, "no-break-space"},
    {InvisibleKind::other_space, "other-space"},
    {InvisibleKind::tab, "tab"},
    {InvisibleKind::line_break, "line-break"},
    {InvisibleKind::zero_width, "zero-width"},
    {InvisibleKind::control, "control"},
}};

bool unwritable(int32_t c, bool line_breaks_allowed) {
  const unsigned kind = kind_of(c);
  if (kind == static_cast<unsigned>(InvisibleKind::line_break)) return !line_breaks_allowed || c != '\n';
  return kind == static_cast<unsigned>(InvisibleKind::tab) || kind == static_cast<unsigned>(InvisibleKind::control) ||
         kind == static_cast<unsigned>(InvisibleKind::zero_width);
}

bool is_ascii_alnum(int32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

unsigned invisible_kinds(std::string_view utf8) {
  unsigned kinds = 0;
  std::size_t position = 0;
  while (position < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[position]);
    // Most characters are ideographs (lead byte E3..E9 apart from U+3000): no lookup for them.
    if (byte >= 0x80 && byte != 0xC2 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3 && byte != 0xEF) {
      ++position;
      continue;
    }
    kinds |= kind_of(utf8::next(utf8, position));
  }
  return kinds;
}

std::string invisible_kind_codes(unsigned kinds) {
  std::string codes;
  for (const auto& [kind, code] : kind_codes)
    if (kinds & static_cast<unsigned>(kind)) {
      if (!codes.empty()) codes += ',';
      codes += code;
    }
  return codes;
}

bool has_unwritable_character(std::string_view utf8, bool line_breaks_allowed) {
  std::size_t position = 0;
  while (position < utf8.size()) {
    const auto byte = static_cast<unsigned char>(utf8[position]);
    if (byte >= 0x80 && byte != 0xC2 && byte != 0xE2 && byte != 0xEF) {
      ++position;
      continue;
    }
    if (unwritable(utf8::next(utf8, position), line_breaks_allowed)) return true;
  }
  return false;
}

namespace {

// writable_text's work; with `breaks_as_spaces` a run of unwritable characters holding a line
// break becomes one space instead (message_text).
std::string without_unwritable(std::string_view utf8, bool line_breaks_allowed, bool breaks_as_spaces) {
  const std::string trimmed = trim_outer_space(utf8);
  if (!has_unwritable_character(trimmed, line_breaks_allowed)) return trimmed;
  std::string result;
  result.reserve(trimmed.size());
  int32_t previous = -1;
  bool dropped = false;        // unwritable characters were left out since the last one kept
  bool dropped_break = false;  // a line break among them
  std::size_t position = 0;
  while (position < trimmed.size()) {
    const std::size_t start = position;
    const int32_t c = utf8::next(trimmed, position);
    if (c == '\r' && line_breaks_allowed) {
      // CR LF and CR alone are one line break, written as LF.
      if (position < trimmed.size() && trimmed[position] == '\n') ++position;
      result.push_back('\n');
      dropped = dropped_break = false;
      previous = '\n';
      continue;
    }
    if (c >= 0 && unwritable(c, line_breaks_allowed)) {
      dropped = true;
      dropped_break = dropped_break || is_line_break(c);
      continue;
    }
    if (dropped && ((breaks_as_spaces && dropped_break) || (is_ascii_alnum(previous) && is_ascii_alnum(c))))
      result.push_back(' ');
    dropped = dropped_break = false;
    result.append(trimmed, start, position - start);
    previous = c;
  }
  return trim_outer_space(result);
}

}  // namespace

std::string writable_text(std::string_view utf8, bool line_breaks_allowed) {
  return without_unwritable(utf8, line_breaks_allowed, false);
}

std::string message_text(std::string_view utf8) { return without_unwritable(utf8, false, true); }

}  // namespace jixiao::core
