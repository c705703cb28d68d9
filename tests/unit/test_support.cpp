#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace jixiao::test {

namespace {

// Byte sequences of the invisible characters the core treats as space, by name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> invisible_characters{{
    {"\u3000", "<U+3000>"},
    {"\u00A0", "<U+00A0>"},
    {"\u2007", "<U+2007>"},
    {"\u202F", "<U+202F>"},
    {"\u200B", "<U+200B>"},
    {"\uFEFF", "<U+FEFF>"},
}};

}  // namespace

std::string visible(std::string_view text) {
  std::string result = "«";
  std::size_t position = 0;
  while (position < text.size()) {
    bool named = false;
    for (const auto& [bytes, name] : invisible_characters) {
      if (text.substr(position).starts_with(bytes)) {
        result += name;
        position += bytes.size();
        named = true;
        break;
      }
    }
    if (named) continue;
    const auto byte = static_cast<unsigned char>(text[position]);
    if (byte < 0x20 || byte == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
      result += escaped;
    } else {
      result += static_cast<char>(byte);
    }
    ++position;
  }
  if (result.size() > 200) {
    // Cut at a character boundary: never in front of a UTF-8 continuation byte.
    std::size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(result[cut]) & 0xC0) == 0x80) --cut;
    result = result.substr(0, cut) + "…";
  }
  return result + "»";
}

std::string repeated_to_size(std::string_view unit, std::size_t size) {
  std::string result;
  result.reserve(size + unit.size());
  while (result.size() < size) result += unit;
  result.resize(size);
  return result;
}

std::string joined(const std::vector<std::string>& parts, std::string_view after_each) {
  std::string result;
  for (const std::string& part : parts) {
    result += part;
    result += after_each;
  }
  return result;
}

}  // namespace jixiao::test
