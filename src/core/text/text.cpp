#include "core/text/text.hpp"

#include <cstdint>

#include "core/text/icu_functions.hpp"
#include "core/text/utf8.hpp"

namespace jixiao::core {

namespace {

// Invisible characters that stand around or inside cell values the way spaces do, though Unicode
// does not call them White_Space: control characters (Calc hands a tab inside a multi-line cell
// over as U+0001, its edit engine's mark for a tab; exports carry other C0 and C1 controls) and
// the zero-width format characters pasted web and Word text brings (U+200B..U+200D, U+2060,
// U+FEFF). They break comparisons just like spaces do, and no value or label means them.
//
// Fast paths, because every cell of a sheet passes through here (BENCHMARKS.md): below U+0080 the
// spaces are the C0 controls (TAB..CR among them), SPACE and DEL, and no such character lies above
// U+3000 but U+FEFF, so the ideographs that make up most Chinese text are answered without a
// property lookup.
bool is_space(int32_t c) {
  if (c < 0) return false;
  if (c < 0x80) return c <= ' ' || c == 0x7F;
  if (c > 0x3000) return c == 0xFEFF;
  if (c < 0xA0) return true;  // C1 controls (U+0085 among them)
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || unicode::is_white_space(static_cast<char32_t>(c));
}

// The UTF-8 lead bytes of the spaces is_space accepts above ASCII: U+0080..U+00A0 (C2), U+1680
// (E1), U+2000..U+2060 (E2), U+3000 (E3), U+FEFF (EF). Any other byte above 0x7F belongs to a
// character that is no space.
bool may_start_space(uint8_t byte) {
  return byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Calls visit(c, sequence) for each character of the text and the bytes that make it up; c < 0 for
// an ill-formed sequence.
template <typename Visit>
void for_each_sequence(std::string_view text, Visit&& visit) {
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t start = position;
    const int32_t c = utf8::next(text, position);
    visit(c, text.substr(start, position - start));
  }
}

}  // namespace

std::string trim_outer_space(std::string_view utf8) {
  // An ill-formed sequence (c < 0) counts as content, so trimming stops at it and keeps it.
  std::size_t begin = 0;
  while (begin < utf8.size()) {
    std::size_t next = begin;
    if (!is_space(utf8::next(utf8, next))) break;
    begin = next;
  }
  std::size_t end = utf8.size();
  while (end > begin) {
    std::size_t previous = end;
    if (!is_space(utf8::previous(utf8, end, previous)) || previous < begin) break;
    end = previous;
  }
  return std::string(utf8.substr(begin, end - begin));
}

std::string nfkc(std::string_view utf8) {
  // ASCII is already NFKC; most cells are plain numbers or short ASCII, so skip the round trip.
  if (is_ascii(utf8) || !is_valid_utf8(utf8)) return std::string(utf8);
  const std::u16string text = utf8::to_utf16(utf8);
  // Most text is already NFKC, and the check says so without building a copy.
  if (unicode::is_nfkc(text)) return std::string(utf8);
  return utf8::from_utf16(unicode::nfkc(text));
}

namespace {

// on_space(start, end) for each space character of the text, by byte offsets, in order; stops
// early when on_space returns false.
template <class OnSpace>
void for_each_space(std::string_view text, OnSpace on_space) {
  std::size_t position = 0;
  while (position < text.size()) {
    const std::size_t start = position;
    const auto lead = static_cast<uint8_t>(text[position]);
    if (lead >= 0x80 && !may_start_space(lead)) {
      ++position;  // a byte of a character that is no space; utf8::next stops at lead bytes, so do we
      continue;
    }
    if (is_space(utf8::next(text, position)) && !on_space(start, position)) return;
  }
}

}  // namespace

std::string remove_all_space(std::string_view utf8) {
  std::string result;
  result.reserve(utf8.size());
  std::size_t kept_from = 0;  // copied in runs: most text has no space at all
  for_each_space(utf8, [&](std::size_t start, std::size_t end) {
    result.append(utf8.substr(kept_from, start - kept_from));
    kept_from = end;
    return true;
  });
  result.append(utf8.substr(kept_from));
  return result;
}

bool contains_space(std::string_view utf8) {
  bool found = false;
  for_each_space(utf8, [&](std::size_t, std::size_t) {
    found = true;
    return false;
  });
  return found;
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t position = 0;
  while (position < bytes.size()) {
    if (utf8::next(bytes, position) < 0) return false;
  }
  return true;
}

std::string with_replacement_characters(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string result;
  result.reserve(bytes.size());
  for_each_sequence(bytes, [&](int32_t c, std::string_view sequence) { result.append(c < 0 ? "\uFFFD" : sequence); });
  return result;
}

}  // namespace jixiao::core
