#include "support/test_support.hpp"

#include "core/text/text.hpp"
#include "core/text/value_text.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <utility>

namespace jixiao::test {

namespace core = jixiao::core;

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

std::size_t linear_pass(std::string_view text) {
  return core::remove_all_space(text).size() + (core::has_full_width_form(text) ? 1 : 0);
}

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

std::string source_text(const std::string& folder) {
  std::string all;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    const auto extension = entry.path().extension();
    if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    all += text.str();
  }
  if (all.empty()) throw std::runtime_error("no source files below " + folder);
  return all;
}

std::set<std::string> codes_passed_to(std::string_view function, std::string_view file_name_part) {
  std::set<std::string> codes;
  const std::regex call(std::string(function) + R"(\(\s*"([a-z_]+)\")");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(JIXIAO_SOURCE_UNO_DIR)) {
    if (!entry.is_regular_file()) continue;
    if (entry.path().filename().string().find(file_name_part) == std::string::npos) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) codes.insert((*it)[1]);
  }
  return codes;
}

}  // namespace jixiao::test
