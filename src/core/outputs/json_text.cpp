#include "core/outputs/json_text.hpp"

#include <cstdint>
#include <cstdio>

#include "core/text/utf8.hpp"

namespace jixiao::core {

namespace {

void append_escape(std::string& out, unsigned code_unit) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\u%04x", code_unit);
  out += buffer;
}

// The surrogate whose generalized UTF-8 (WTF-8) starts at text[i], or 0.
unsigned surrogate_at(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size()) return 0;
  const auto b0 = static_cast<uint8_t>(text[i]), b1 = static_cast<uint8_t>(text[i + 1]),
             b2 = static_cast<uint8_t>(text[i + 2]);
  if (b0 != 0xED || b1 < 0xA0 || b1 > 0xBF || (b2 & 0xC0) != 0x80) return 0;
  return 0xD000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
}

}  // namespace

std::string json_string(std::string_view text) {
  std::string out = "\"";
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<uint8_t>(text[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7F) append_escape(out, c);
          else out += static_cast<char>(c);
      }
      continue;
    }
    if (const unsigned surrogate = surrogate_at(text, i)) {
      append_escape(out, surrogate);
      i += 3;
      continue;
    }
    const std::size_t start = i;
    if (utf8::next(text, i) < 0) {
      append_escape(out, 0xFFFD);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out + "\"";
}

}  // namespace jixiao::core
