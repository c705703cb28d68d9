#include "core/text/value_text.hpp"

#include <array>
#include <cstdint>
#include <utility>

#include "core/text/icu_functions.hpp"
#include "core/text/invisible_characters.hpp"
#include "core/text/text.hpp"
#include "core/text/utf8.hpp"

namespace jixiao::core {

namespace {

// Calls `visit(code_point)` for each character until it returns false; -1 for an ill-formed byte.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit&& visit) {
  std::size_t position = 0;
  while (position < text.size()) {
    if (!visit(utf8::next(text, position))) return;
  }
}

bool is_ideograph(int32_t c) { return c >= 0 && unicode::is_ideographic(static_cast<char32_t>(c)); }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

constexpr std::array<std::pair<std::string_view, std::string_view>, 7> named_references{{
    {"nbsp", " "},
    {"gt", ">"},
    {"lt", "<"},
    {"ge", "≥"},
    {"le", "≤"},
    {"amp", "&"},
    {"quot", "\""},
}};

// The longest character reference HTML editors produce here is "&#x10FFFF;"; anything longer
// between '&' and ';' is text, which also keeps the scan linear.
constexpr std::size_t longest_reference = 10;

// Length of the character reference at `text` (which starts with '&') and its decoded text, or 0.
std::size_t character_reference(std::string_view text, std::string& decoded) {
  const std::size_t semicolon = text.substr(0, longest_reference + 1).find(';');
  if (semicolon == std::string_view::npos || semicolon < 2) return 0;
  const std::string_view body = text.substr(1, semicolon - 1);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    char32_t c = 0;
    for (char d : digits) {
      if (hex ? !is_hex_digit(d) : !is_ascii_digit(d)) return 0;
      const int value = is_ascii_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10;
      c = c * (hex ? 16 : 10) + static_cast<char32_t>(value);
      if (c > 0x10FFFF) return 0;
    }
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    utf8::append(decoded, c);
    return semicolon + 1;
  }
  for (const auto& [name, replacement] : named_references) {
    if (body == name) {
      decoded.append(replacement);
      return semicolon + 1;
    }
  }
  return 0;
}

constexpr std::array<int32_t, 13> placeholder_characters{'-',
                                                         '_',
                                                         '.',
                                                         '/',
                                                         '\\',
                                                         '*',
                                                         '~',
                                                         0x2014 /* — */,
                                                         0x2013 /* – */,
                                                         0x2015 /* ― */,
                                                         0x2212 /* − */,
                                                         0x00B7 /* · */,
                                                         0x3001 /* 、 */};

}  // namespace

std::size_t code_point_count(std::string_view utf8) {
  std::size_t count = 0;
  for (char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool has_ascii_digit(std::string_view text) {
  for (char c : text) {
    if (is_ascii_digit(c)) return true;
  }
  return false;
}

bool starts_with_ideograph(std::string_view utf8) {
  bool ideograph = false;
  for_each_code_point(utf8, [&](int32_t c) {
    ideograph = is_ideograph(c);
    return false;
  });
  return ideograph;
}

bool has_ideograph(std::string_view utf8) {
  bool ideograph = false;
  for_each_code_point(utf8, [&](int32_t c) {
    ideograph = is_ideograph(c);
    return !ideograph;
  });
  return ideograph;
}

std::size_t ideograph_count(std::string_view utf8) {
  std::size_t count = 0;
  for_each_code_point(utf8, [&](int32_t c) {
    if (is_ideograph(c)) ++count;
    return true;
  });
  return count;
}

bool is_not_applicable_word(std::string_view key) {
  return key == "无" || key == "不适用" || key == "暂无" || key == "无此项";
}

bool has_space(std::string_view utf8) { return contains_space(utf8); }

bool has_full_width_form(std::string_view utf8) {
  bool found = false;
  for_each_code_point(utf8, [&](int32_t c) {
    found = c >= 0xFF01 && c <= 0xFF5E && !(c >= 0xFF1C && c <= 0xFF1E);
    return !found;
  });
  return found;
}

bool has_full_width_comparison(std::string_view utf8) {
  bool found = false;
  for_each_code_point(utf8, [&](int32_t c) {
    found = c >= 0xFF1C && c <= 0xFF1E;
    return !found;
  });
  return found;
}

std::optional<std::string> without_html_markup(std::string_view text) {
  // Only a '<' or an '&' can start markup; most cells have neither (every value passes here).
  if (text.find_first_of("<&") == std::string_view::npos) return std::nullopt;
  std::string result;
  result.reserve(text.size());
  bool found = false;
  // Once a '<' has no '>' after it, no later one has either: remembering that keeps the scan linear.
  bool closing_bracket_ahead = true;
  std::size_t position = 0;
  while (position < text.size()) {
    const char c = text[position];
    if (c == '<' && closing_bracket_ahead && position + 1 < text.size()) {
      const char next = text[position + 1];
      if (is_ascii_letter(next) || next == '/' || next == '!') {
        const std::size_t close = text.find('>', position + 1);
        if (close == std::string_view::npos) {
          closing_bracket_ahead = false;
        } else {
          found = true;
          position = close + 1;
          continue;
        }
      }
    }
    if (c == '&') {
      if (const std::size_t length = character_reference(text.substr(position), result)) {
        found = true;
        position += length;
        continue;
      }
    }
    result.push_back(c);
    ++position;
  }
  if (!found) return std::nullopt;
  return result;
}

bool is_placeholder_text(std::string_view working) {
  if (working.empty()) return false;
  bool only_placeholders = true;
  for_each_code_point(working, [&](int32_t c) {
    only_placeholders = false;
    for (int32_t placeholder : placeholder_characters) {
      if (c == placeholder) only_placeholders = true;
    }
    return only_placeholders;
  });
  return only_placeholders;
}

std::string shortened_for_message(std::string_view text, std::size_t limit) {
  // A tab, a line break or U+0001 quoted in a message is invisible or breaks its line: the
  // message names such characters instead (whitespace-in-value, whitespace-in-text).
  std::optional<std::string> visible;
  if (has_unwritable_character(text, false)) visible = message_text(text);
  const std::string_view utf8 = visible ? std::string_view(*visible) : text;
  std::size_t count = 0;
  for (std::size_t position = 0; position < utf8.size(); ++position) {
    if ((static_cast<unsigned char>(utf8[position]) & 0xC0) == 0x80) continue;
    if (count == limit) return std::string(utf8.substr(0, position)) + "…";
    ++count;
  }
  return std::string(utf8);
}

}  // namespace jixiao::core
