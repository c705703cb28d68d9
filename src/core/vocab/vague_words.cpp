#include "core/vocab/vague_words.hpp"

#include <algorithm>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/table_template.hpp"

namespace jixiao::core {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// 约3000人, 3000人左右, 4000余株, 30多个: the word touches the number, before it or after the
// number and at most a unit after it. 约束 and 余额 are words of their own: the number decides.
bool approximates_a_number(std::string_view key, std::string_view word) {
  for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1)) {
    const std::size_t after = at + word.size();
    const bool number_follows = after < key.size() && is_digit(key[after]);
    // Before: the number right after (约3000). After: a digit in the three characters before
    // (3000左右, 4000余株, 3000人左右).
    bool number_before = false;
    for (std::size_t back = at, characters = 0; back > 0 && characters < 3; ++characters) {
      --back;
      while (back > 0 && (static_cast<unsigned char>(key[back]) & 0xC0) == 0x80) --back;
      if (is_digit(key[back])) {
        number_before = true;
        break;
      }
    }
    if ((word == "约" || word == "大约") ? number_follows : number_before) return true;
  }
  return false;
}

}  // namespace

VagueWords parse_vague_words(std::string_view text) {
  VagueWords words;
  for_each_content_line(text, [&](int, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    if (fields.size() < 2) return;
    const std::string kind(trim_outer_space(fields[0]));
    std::string word = header_key(fields[1]);
    if (word.empty()) return;
    if (kind == "vague") words.vague.push_back(std::move(word));
    else if (kind == "growth") words.growth.push_back(std::move(word));
    else if (kind == "hollow") words.hollow.push_back(std::move(word));
    else if (kind == "deferred") words.deferred.push_back(std::move(word));
    else if (kind == "approximate") words.approximate.push_back(std::move(word));
    else if (kind == "goal") words.goal.push_back(std::move(word));
    else if (kind == "placeholder") words.placeholders.push_back(std::move(word));
  });
  return words;
}

const VagueWords& builtin_vague_words() {
  static const VagueWords words = parse_vague_words(embedded_vague_tsv());
  return words;
}

bool vague_wherever(const VagueWords& words, std::string_view key) {
  if (std::none_of(key.begin(), key.end(), is_digit)) {
    // 经济效益良好, 社会效果显著: the ending says it all when no figure says more.
    for (const std::string& ending : words.hollow)
      if (key.ends_with(ending)) return true;
    // 不断提升, 促进人民群众健康水平不断提高。, 有效提高全面健康水平: "more" with no figure, the growth
    // at the end or said with its adverb (不断, 有效, 进一步 …) anywhere.
    std::string_view body = key;
    for (std::string_view stop : {"。", ".", ";", "；", "!"})
      while (body.ends_with(stop)) body.remove_suffix(stop.size());
    for (const std::string& word : words.growth)
      if (body.ends_with(word) || (code_point_count(word) >= 4 && body.find(word) != std::string_view::npos)) return true;
    return false;
  }
  // With a figure in it, growth is still vague when the figure is only its base's year.
  for (const std::string& word : words.growth) {
    if (!key.ends_with(word)) continue;
    // 较2023年有所提升, 比上年有所提高, 同比有所增加: a base named, no figure given.
    const std::string_view base = key.substr(0, key.size() - word.size());
    if ((base.starts_with("较") || base.starts_with("比") || base.starts_with("同比")) &&
        base.find('%') == std::string_view::npos)
      return true;
  }
  return false;
}

std::optional<std::string> vague_reason(const VagueWords& words, std::string_view key) {
  if (key.empty()) return std::nullopt;
  if (std::find(words.vague.begin(), words.vague.end(), key) != words.vague.end() || vague_wherever(words, key))
    return "vague-word";
  for (const std::string& phrase : words.deferred)
    if (key.find(phrase) != std::string_view::npos) return "deferred";
  if (std::any_of(key.begin(), key.end(), is_digit))
    for (const std::string& word : words.approximate)
      if (approximates_a_number(key, word)) return "approximate";
  return std::nullopt;
}

bool reads_as_goal(const VagueWords& words, std::string_view key) {
  if (code_point_count(key) < 4) return false;
  // NFKC made ， a comma; 、 lists things, which a measure may do (男、女就业人数).
  const std::size_t comma = key.find(',');
  if (comma != std::string_view::npos && comma > 0 && comma + 1 < key.size()) return true;
  return std::any_of(words.goal.begin(), words.goal.end(), [&](const std::string& start) { return key.starts_with(start); });
}

namespace {

// The text without the numbers that only count its parts: 1、 2. (3) 4) 目标1: at the start or
// after a separator.
std::string without_enumerators(const std::string& folded) {
  std::string kept;
  for (std::size_t at = 0; at < folded.size();) {
    const bool after_separator =
        kept.empty() || kept.back() == ' ' || kept.back() == ';' || kept.back() == '(' || kept.back() == ':' ||
        kept.ends_with("。") || kept.ends_with("；") || kept.ends_with("，") || kept.ends_with("目标") || kept.ends_with(",");
    std::size_t end = at;
    while (end < folded.size() && is_digit(folded[end])) ++end;
    if (end > at && end - at <= 2 && after_separator && end < folded.size()) {
      const std::string_view next = std::string_view(folded).substr(end);
      if (next.starts_with("、") || next.starts_with(".") || next.starts_with(")") || next.starts_with(":")) {
        at = end + (next.starts_with("、") ? std::string_view("、").size() : 1);
        continue;
      }
    }
    kept += folded[at++];
  }
  return kept;
}

}  // namespace

bool states_a_figure(std::string_view text) {
  const std::string folded = without_enumerators(nfkc(text));
  if (std::any_of(folded.begin(), folded.end(), is_digit) || folded.find("百分之") != std::string::npos) return true;
  static constexpr std::string_view numerals[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万"};
  static constexpr std::string_view measures[] = {"个", "项", "次", "人", "户", "所", "座", "家", "名", "条", "场", "台", "套",
                                                  "处", "亩", "公里", "千米", "米", "吨", "册", "期", "年", "月", "天", "日", "元"};
  for (std::size_t at = 0; at < folded.size();) {
    bool numeral = false;
    for (std::string_view n : numerals)
      if (std::string_view(folded).substr(at).starts_with(n)) {
        numeral = true;
        at += n.size();
        break;
      }
    if (!numeral) {
      ++at;
      continue;
    }
    // 一是…, 一批…: a numeral counts only before a measure word (三个乡镇, 两项制度).
    const std::string_view rest = std::string_view(folded).substr(at);
    for (std::string_view m : measures)
      if (rest.starts_with(m)) return true;
  }
  return false;
}

}  // namespace jixiao::core
