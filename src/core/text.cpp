#include "core/text.hpp"

#include <cstdint>
#include <limits>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace jixiao::core {

namespace {

// U+200B and U+FEFF are not White_Space in Unicode, but pasted web and Word text carries them
// invisibly around cell values, where they break comparisons just like spaces do.
//
// Fast paths, because every cell of a sheet passes through here (BENCHMARKS.md): ASCII White_Space
// is TAB..CR and SPACE, and no White_Space character lies above U+3000, so the ideographs that make
// up most Chinese text are answered without a property lookup.
bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  if (c > 0x3000) return c == 0xFEFF;
  return c == 0x200B || u_hasBinaryProperty(c, UCHAR_WHITE_SPACE);
}

// The UTF-8 lead bytes of the spaces is_space accepts above ASCII: U+0085 and U+00A0 (C2), U+1680
// (E1), U+2000..U+205F (E2), U+3000 (E3), U+FEFF (EF). Any other byte above 0x7F belongs to a
// character that is no space.
bool may_start_space(uint8_t byte) {
  return byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF;
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

  // Straight on UTF-8: most text is already NFKC and the quick check says so without converting
  // to UTF-16 and back.
  const icu::StringPiece source(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (normalizer->isNormalizedUTF8(source, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  std::string result;
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(utf8.size()));
  normalizer->normalizeUTF8(0, source, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return result;
}

namespace {

// on_space(start, end) for each space character of the text, by byte offsets, in order; stops
// early when on_space returns false.
template <class OnSpace>
void for_each_space(std::string_view utf8, OnSpace on_space) {
  // U8_NEXT is a macro that works with any integer index, so no size limit here (unlike U8_PREV).
  const uint8_t* bytes = as_bytes(utf8);
  const auto length = static_cast<int64_t>(utf8.size());
  int64_t position = 0;
  while (position < length) {
    const int64_t start = position;
    const uint8_t lead = bytes[position];
    if (lead >= 0x80 && !may_start_space(lead)) {
      ++position;  // a byte of a character that is no space; U8_NEXT stops at lead bytes, so do we
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, position, length, c);
    if (c >= 0 && is_space(c) && !on_space(static_cast<std::size_t>(start), static_cast<std::size_t>(position)))
      return;
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
