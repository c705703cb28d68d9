#include "core/vocab/value_vocab.hpp"

#include <utility>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

std::string matching_form(std::string_view text) { return remove_all_space(nfkc(text)); }

std::vector<std::string> split_at_stars(std::string_view pattern) {
  std::vector<std::string> pieces;
  while (true) {
    const std::size_t star = pattern.find('*');
    pieces.emplace_back(pattern.substr(0, star));
    if (star == std::string_view::npos) break;
    pattern.remove_prefix(star + 1);
  }
  return pieces;
}

// A glob with "*" only: the first piece is a prefix, the last a suffix, the ones between occur in
// order. Finding each middle piece at its first occurrence is enough for "*"-only globs, so this is
// linear apart from the substring searches.
bool matches_pieces(std::string_view text, const std::vector<std::string>& pieces) {
  if (pieces.size() == 1) return text == pieces.front();
  const std::string& first = pieces.front();
  const std::string& last = pieces.back();
  if (text.size() < first.size() + last.size() || !text.starts_with(first) || !text.ends_with(last)) return false;
  std::string_view middle = text.substr(first.size(), text.size() - first.size() - last.size());
  for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
    const std::size_t found = middle.find(pieces[i]);
    if (found == std::string_view::npos) return false;
    middle.remove_prefix(found + pieces[i].size());
  }
  return true;
}

}  // namespace

std::vector<VocabProblem> ValueVocab::add_qualitative_words(std::string_view text, std::string_view source_name) {
  return read_data_lines(text, source_name, [&](std::string_view content) -> std::optional<std::string> {
    if (content.find('\t') != std::string_view::npos) return "expected one word, found a tab";
    std::string word = matching_form(content);
    if (words_.insert(word).second) words_in_order_.push_back(std::move(word));
    return std::nullopt;
  });
}

std::vector<VocabProblem> ValueVocab::add_schedule_patterns(std::string_view text, std::string_view source_name) {
  return read_data_lines(text, source_name, [&](std::string_view content) -> std::optional<std::string> {
    const std::string pattern = matching_form(content);
    if (pattern.find_first_not_of('*') == std::string::npos) return "a pattern needs more than \"*\"";
    schedule_patterns_.push_back(split_at_stars(pattern));
    return std::nullopt;
  });
}

bool ValueVocab::is_qualitative_word(std::string_view working) const { return words_.find(working) != words_.end(); }

std::optional<std::string> ValueVocab::contained_qualitative_word(std::string_view working) const {
  for (const std::string& word : words_in_order_) {
    if (working.find(word) != std::string_view::npos) return word;
  }
  return std::nullopt;
}

bool ValueVocab::is_schedule(std::string_view working) const {
  for (const std::vector<std::string>& pieces : schedule_patterns_) {
    if (matches_pieces(working, pieces)) return true;
  }
  return false;
}

const ValueVocab& builtin_value_vocab() {
  static const ValueVocab vocab = [] {
    ValueVocab built;
    // Problems in the shipped files are caught by the unit tests, which load them the same way.
    built.add_qualitative_words(embedded_qualitative_txt(), "data/vocab/qualitative.txt");
    built.add_schedule_patterns(embedded_schedule_txt(), "data/vocab/schedule.txt");
    return built;
  }();
  return vocab;
}

}  // namespace jixiao::core
