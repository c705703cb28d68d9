#include "core/text.hpp"

#include <cstdint>
#include <limits>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace jixiao::core {

namespace {

// U+200B and U+FEFF are not White_Space in Unicode, but pasted web and Word text carries them
// invisibly around cell values, where they break comparisons just like spaces do.
bool is_space(UChar32 c) {
  return c == 0x200B || c == 0xFEFF || u_hasBinaryProperty(c, UCHAR_WHITE_SPACE);
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// U8_PREV and UnicodeString index with int32_t; no spreadsheet cell comes near this size.
bool fits_icu_index(std::string_view text) {
  return text.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max());
}

const uint8_t* as_bytes(std::string_view text) {
  return reinterpret_cast<const uint8_t*>(text.data());
}

std::string trim_ascii_space(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Calls visit(c, sequence) for each character of the text and the bytes that make it up; c < 0 for
// an ill-formed sequence. U8_NEXT is a macro that works with any integer index, so there is no size
// limit here (unlike U8_PREV).
template <typename Visit>
void for_each_sequence(std::string_view utf8, Visit&& visit) {
  const uint8_t* bytes = as_bytes(utf8);
  const auto length = static_cast<int64_t>(utf8.size());
  int64_t position = 0;
  while (position < length) {
    const int64_t start = position;
    UChar32 c;
    U8_NEXT(bytes, position, length, c);
    visit(c, utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(position - start)));
  }
}

}  // namespace

std::string trim_outer_space(std::string_view utf8) {
  if (!fits_icu_index(utf8)) return trim_ascii_space(utf8);
  const uint8_t* bytes = as_bytes(utf8);
  const auto length = static_cast<int32_t>(utf8.size());

  // An ill-formed sequence (c < 0) counts as content, so trimming stops at it and keeps it.
  int32_t begin = 0;
  while (begin < length) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(bytes, next, length, c);
    if (c < 0 || !is_space(c)) break;
    begin = next;
  }
  int32_t end = length;
  while (end > begin) {
    int32_t previous = end;
    UChar32 c;
    U8_PREV(bytes, begin, previous, c);
    if (c < 0 || !is_space(c)) break;
    end = previous;
  }
  return std::string(utf8.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
}

std::string nfkc(std::string_view utf8) {
  // ASCII is already NFKC; most cells are plain numbers or short ASCII, so skip the round trip.
  if (is_ascii(utf8) || !fits_icu_index(utf8) || !is_valid_utf8(utf8)) return std::string(utf8);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);

  const icu::UnicodeString source =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::UnicodeString normalized = normalizer->normalize(source, status);
  if (U_FAILURE(status)) return std::string(utf8);

  std::string result;
  normalized.toUTF8String(result);
  return result;
}

std::string remove_all_space(std::string_view utf8) {
  std::string result;
  result.reserve(utf8.size());
  for_each_sequence(utf8, [&](UChar32 c, std::string_view sequence) {
    if (c < 0 || !is_space(c)) result.append(sequence);
  });
  return result;
}

bool is_valid_utf8(std::string_view bytes) {
  const uint8_t* data = as_bytes(bytes);
  const auto length = static_cast<int64_t>(bytes.size());
  int64_t position = 0;
  while (position < length) {
    UChar32 c;
    U8_NEXT(data, position, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string with_replacement_characters(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string result;
  result.reserve(bytes.size());
  for_each_sequence(bytes, [&](UChar32 c, std::string_view sequence) { result.append(c < 0 ? "\uFFFD" : sequence); });
  return result;
}

}  // namespace jixiao::core
