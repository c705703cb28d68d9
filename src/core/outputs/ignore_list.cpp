#include "core/outputs/ignore_list.hpp"

#include <optional>

#include "core/catalog/finding.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

constexpr std::string_view kRulePrefix = "rule:";
constexpr std::string_view kFindingPrefix = "finding:";

// Bytes that would break the one-entry-per-line text, or make it unreadable: '%' (the escape
// itself) and the ASCII control characters.
bool needs_escape(unsigned char c) { return c == '%' || c < 0x20 || c == 0x7F; }

std::string escape_sheet(std::string_view sheet) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string result;
  result.reserve(sheet.size());
  for (char c : sheet) {
    const auto byte = static_cast<unsigned char>(c);
    if (!needs_escape(byte)) {
      result.push_back(c);
      continue;
    }
    result.push_back('%');
    result.push_back(hex[byte >> 4]);
    result.push_back(hex[byte & 0x0F]);
  }
  return result;
}

std::optional<int> hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return std::nullopt;
}

// nullopt for text escape_sheet cannot have written: a '%' without two hex digits, a raw control
// character, or bytes that are not UTF-8 once unescaped.
std::optional<std::string> unescape_sheet(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '%') {
      if (needs_escape(byte)) return std::nullopt;
      result.push_back(text[i]);
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const std::optional<int> high = hex_digit(text[i + 1]);
    const std::optional<int> low = hex_digit(text[i + 2]);
    if (!high || !low) return std::nullopt;
    result.push_back(static_cast<char>(*high * 16 + *low));
    i += 2;
  }
  if (!is_valid_utf8(result)) return std::nullopt;
  return result;
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// An A1 address as Calc's findings give it: 1 to 3 column letters, a row number from 1. Returned
// in upper case; nullopt for anything else.
std::optional<std::string> a1_address(std::string_view cell) {
  std::size_t letters = 0;
  while (letters < cell.size() &&
         ((cell[letters] >= 'A' && cell[letters] <= 'Z') || (cell[letters] >= 'a' && cell[letters] <= 'z'))) {
    ++letters;
  }
  if (letters == 0 || letters > 3 || letters == cell.size() || cell[letters] == '0') return std::nullopt;
  for (std::size_t i = letters; i < cell.size(); ++i) {
    if (cell[i] < '0' || cell[i] > '9') return std::nullopt;
  }
  std::string result(cell);
  for (char& c : result) c = upper(c);
  return result;
}

// The finding's place in the form the list stores, or nullopt when it cannot be stored.
std::optional<FindingPlace> stored_place(const FindingPlace& place) {
  const std::optional<std::string> cell = a1_address(place.cell);
  if (place.sheet.empty() || !is_valid_utf8(place.sheet) || !cell || !is_rule_id(place.rule_id)) return std::nullopt;
  return FindingPlace{place.sheet, *cell, place.rule_id};
}

// "<sheet>!<cell>:<rule id>", read from the right: the id has no ':', the cell no '!'.
std::optional<FindingPlace> parse_finding(std::string_view text) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::size_t bang = text.rfind('!', colon);
  if (bang == std::string_view::npos) return std::nullopt;
  const std::optional<std::string> sheet = unescape_sheet(text.substr(0, bang));
  if (!sheet) return std::nullopt;
  return stored_place(
      {*sheet, std::string(text.substr(bang + 1, colon - bang - 1)), std::string(text.substr(colon + 1))});
}

std::string rule_entry(std::string_view rule_id) { return std::string(kRulePrefix) + std::string(rule_id); }

// sheet_text: the sheet name as stored (escaped) or as shown (not).
std::string finding_entry(std::string_view sheet_text, const FindingPlace& place) {
  return std::string(kFindingPrefix) + std::string(sheet_text) + "!" + place.cell + ":" + place.rule_id;
}

bool same_place(const FindingPlace& a, const FindingPlace& b) {
  return a.rule_id == b.rule_id && a.cell == b.cell && a.sheet == b.sheet;
}

}  // namespace

IgnoreList IgnoreList::parse(std::string_view text) {
  IgnoreList list;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);  // a text edited on Windows
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    Line parsed{Kind::unknown, {}, std::string(line)};
    if (line.starts_with(kRulePrefix) && is_rule_id(line.substr(kRulePrefix.size()))) {
      parsed = {Kind::rule, {{}, {}, std::string(line.substr(kRulePrefix.size()))}, {}};
    } else if (line.starts_with(kFindingPrefix)) {
      if (std::optional<FindingPlace> place = parse_finding(line.substr(kFindingPrefix.size())))
        parsed = {Kind::finding, std::move(*place), {}};
    }
    if (!list.has(parsed)) list.lines_.push_back(std::move(parsed));
  }
  return list;
}

std::string IgnoreList::serialize() const {
  std::string text;
  for (const Line& line : lines_) {
    if (!text.empty()) text.push_back('\n');
    switch (line.kind) {
      case Kind::rule:
        text += rule_entry(line.place.rule_id);
        break;
      case Kind::finding:
        text += finding_entry(escape_sheet(line.place.sheet), line.place);
        break;
      case Kind::unknown:
        text += line.text;
        break;
    }
  }
  return text;
}

IgnoreChange IgnoreList::ignore_rule(std::string_view rule_id) {
  if (!is_rule_id(rule_id)) return IgnoreChange::invalid;
  Line line{Kind::rule, {{}, {}, std::string(rule_id)}, {}};
  if (has(line)) return IgnoreChange::already_ignored;
  lines_.push_back(std::move(line));
  return IgnoreChange::added;
}

IgnoreChange IgnoreList::ignore_finding(const FindingPlace& place) {
  std::optional<FindingPlace> stored = stored_place(place);
  if (!stored) return IgnoreChange::invalid;
  if (is_ignored(*stored)) return IgnoreChange::already_ignored;
  lines_.push_back({Kind::finding, std::move(*stored), {}});
  return IgnoreChange::added;
}

bool IgnoreList::is_ignored(const FindingPlace& place) const {
  const std::optional<std::string> cell = a1_address(place.cell);
  for (const Line& line : lines_) {
    if (line.kind == Kind::rule && line.place.rule_id == place.rule_id) return true;
    if (line.kind == Kind::finding && cell && same_place(line.place, {place.sheet, *cell, place.rule_id})) return true;
  }
  return false;
}

std::vector<std::string> IgnoreList::entries() const {
  std::vector<std::string> result;
  for (const Line& line : lines_) {
    if (line.kind == Kind::rule) result.push_back(rule_entry(line.place.rule_id));
    if (line.kind == Kind::finding) result.push_back(finding_entry(line.place.sheet, line.place));
  }
  return result;
}

bool IgnoreList::has(const Line& line) const {
  for (const Line& other : lines_) {
    if (other.kind != line.kind) continue;
    if (line.kind == Kind::unknown ? other.text == line.text : same_place(other.place, line.place)) return true;
  }
  return false;
}

}  // namespace jixiao::core
