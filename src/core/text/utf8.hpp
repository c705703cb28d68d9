#pragma once

// UTF-8 decoding and encoding the core does itself, so that only the few ICU services of
// icu_functions.hpp come from ICU (found at run time) and no ICU header is needed elsewhere.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao::core::utf8 {

// The code point that starts at text[position], advancing position past it; -1 for an ill-formed
// sequence, of which it consumes the maximal subpart (Unicode 15, §3.9, as ICU's U8_NEXT does), so
// that one damaged character is one -1.
inline int32_t next(std::string_view text, std::size_t& position) {
  const auto byte = [&](std::size_t i) { return static_cast<uint8_t>(text[i]); };
  const uint8_t lead = byte(position++);
  if (lead < 0x80) return lead;
  if (lead < 0xC2 || lead > 0xF4) return -1;  // a stray continuation byte, an overlong lead, > U+10FFFF
  int trail_count = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  int32_t c = lead & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07);
  // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
  uint8_t low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  uint8_t high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  for (; trail_count > 0; --trail_count) {
    if (position >= text.size()) return -1;
    const uint8_t trail = byte(position);
    if (trail < low || trail > high) return -1;
    ++position;
    c = (c << 6) | (trail & 0x3F);
    low = 0x80;
    high = 0xBF;
  }
  return c;
}

// The start of the character that ends at `end` (> 0) and its code point, -1 if the bytes before
// `end` are not one well-formed character (then `start` is end - 1).
inline int32_t previous(std::string_view text, std::size_t end, std::size_t& start) {
  std::size_t candidate = end - 1;
  // A character is at most four bytes: its lead byte lies within three continuation bytes back.
  while (candidate > 0 && end - candidate < 4 && (static_cast<uint8_t>(text[candidate]) & 0xC0) == 0x80) --candidate;
  std::size_t position = candidate;
  const int32_t c = next(text, position);
  if (c >= 0 && position == end) {
    start = candidate;
    return c;
  }
  start = end - 1;
  return -1;
}

// Appends the UTF-8 of a scalar value; nothing for a surrogate or a value above U+10FFFF.
inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    if (c >= 0xD800 && c <= 0xDFFF) return;
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c <= 0x10FFFF) {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Well-formed UTF-8 to UTF-16 and back (callers check well-formedness first).
std::u16string to_utf16(std::string_view text);
std::string from_utf16(std::u16string_view text);

}  // namespace jixiao::core::utf8
