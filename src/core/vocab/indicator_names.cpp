#include "core/vocab/indicator_names.hpp"

#include <atomic>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

std::optional<NameExpectation> expectation_from_code(std::string_view code) {
  for (NameExpectation e :
       {NameExpectation::rate, NameExpectation::count, NameExpectation::amount, NameExpectation::quality,
        NameExpectation::none}) {
    if (expectation_code(e) == code) return e;
  }
  return std::nullopt;
}

// A "name" that is a number with a short unit after it (3元/人次, 100%) is a value typed into the
// name column, not a name: its unit's ending (人次) says nothing about what the value should be.
// Real names that start with a number go on in words (65岁以上老年人健康管理率).
bool is_value_not_name(std::string_view matched) {
  std::size_t i = 0;
  while (i < matched.size() && (matched[i] == '.' || (matched[i] >= '0' && matched[i] <= '9'))) ++i;
  if (i == 0) return false;
  std::size_t code_points = 0;
  for (std::size_t k = i; k < matched.size(); ++k)
    if ((static_cast<unsigned char>(matched[k]) & 0xC0) != 0x80) ++code_points;
  return code_points <= 4;
}

std::optional<NameDirection> direction_from_code(std::string_view code) {
  for (NameDirection d : {NameDirection::higher, NameDirection::lower, NameDirection::growth}) {
    if (direction_code(d) == code) return d;
  }
  return std::nullopt;
}

// A remark in brackets at the end of a name qualifies it without changing what it measures:
// 就业率(年报), 满意度（%）. After NFKC full-width brackets are ASCII ones.
std::string_view without_trailing_remark(std::string_view name) {
  if (!name.ends_with(')')) return name;
  const std::size_t open = name.rfind('(');
  if (open == std::string_view::npos || open == 0) return name;
  return name.substr(0, open);
}

// A number no two states of any IndicatorNames share, for the traits cache.
std::uint64_t next_generation() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

std::string_view expectation_code(NameExpectation expectation) {
  switch (expectation) {
    case NameExpectation::rate:
      return "rate";
    case NameExpectation::count:
      return "count";
    case NameExpectation::amount:
      return "amount";
    case NameExpectation::quality:
      return "quality";
    case NameExpectation::none:
      return "none";
  }
  return "rate";
}

std::string_view direction_code(NameDirection direction) {
  switch (direction) {
    case NameDirection::higher:
      return "higher";
    case NameDirection::lower:
      return "lower";
    case NameDirection::growth:
      return "growth";
  }
  return "higher";
}

std::string name_matching_form(std::string_view name) {
  if (!is_valid_utf8(name)) return {};
  const std::string folded = remove_all_space(nfkc(name));
  return std::string(without_trailing_remark(folded));
}

std::vector<VocabProblem> IndicatorNames::add(std::string_view tsv_text, std::string_view source_name) {
  generation_ = next_generation();  // answers given before no longer hold
  return read_data_lines(tsv_text, source_name, [&](std::string_view content) -> std::optional<std::string> {
    const std::vector<std::string_view> fields = split_on_tabs(content);
    if (fields.size() < 2 || fields.size() > 3) return "expected ending<TAB>expectation[<TAB>direction]";
    Entry entry;
    entry.ending = remove_all_space(nfkc(fields[0]));
    if (entry.ending.empty()) return "empty ending";
    const std::string expectation = trim_outer_space(fields[1]);
    if (expectation != "-") {
      entry.expectation = expectation_from_code(expectation);
      if (!entry.expectation) return "expectation must be rate, count, amount, quality, none or -";
    }
    if (fields.size() == 3) {
      entry.direction = direction_from_code(trim_outer_space(fields[2]));
      if (!entry.direction) return "direction must be higher, lower or growth";
    }
    if (!entry.expectation && !entry.direction) return "a line must give an expectation or a direction";
    for (Entry& existing : entries_) {
      if (existing.ending == entry.ending) {
        existing = std::move(entry);
        return std::nullopt;
      }
    }
    by_last_byte_[static_cast<unsigned char>(entry.ending.back())].push_back(entries_.size());
    entries_.push_back(std::move(entry));
    return std::nullopt;
  });
}

// visit(entry) for each entry whose ending ends `text`, in the order the entries were added.
template <class Visit>
void IndicatorNames::for_each_ending_of(std::string_view text, Visit visit) const {
  if (text.empty()) return;
  for (std::size_t i : by_last_byte_[static_cast<unsigned char>(text.back())])
    if (text.ends_with(entries_[i].ending)) visit(entries_[i]);
}

NameTraits IndicatorNames::traits(std::string_view name) const {
  // A sheet repeats its names (every project's 服务对象满意度): the answer is kept per thread for
  // the names seen last, so that NFKC runs once a name rather than once a row.
  struct Cache {
    const IndicatorNames* owner = nullptr;
    std::uint64_t generation = 0;
    std::unordered_map<std::string, NameTraits> traits;
  };
  thread_local Cache cache;
  if (cache.owner != this || cache.generation != generation_ || cache.traits.size() > 4096) {
    cache.traits.clear();
    cache.owner = this;
    cache.generation = generation_;
  }
  if (const auto found = cache.traits.find(std::string(name)); found != cache.traits.end()) return found->second;
  NameTraits result = traits_uncached(name);
  cache.traits.emplace(std::string(name), result);
  return result;
}

NameTraits IndicatorNames::traits_uncached(std::string_view name) const {
  const std::string matched = name_matching_form(name);
  NameTraits traits;
  if (is_value_not_name(matched)) return traits;
  std::size_t expectation_length = 0;
  std::size_t direction_length = 0;
  for_each_ending_of(matched, [&](const Entry& entry) {
    if (entry.expectation && entry.ending.size() > expectation_length) {
      traits.expectation = entry.expectation;
      expectation_length = entry.ending.size();
    }
    if (entry.direction && entry.ending.size() > direction_length) {
      traits.direction = entry.direction;
      direction_length = entry.ending.size();
    }
  });
  // An amount ending longer than the direction's (成本控制数, 补助资金数 after 数) makes the name
  // a sum of money, and the count's "more is better" no longer speaks for it: a sum's direction
  // is only the one its own ending gives (控制数 lower).
  if (traits.expectation == NameExpectation::amount && expectation_length > direction_length) traits.direction.reset();
  if (traits.expectation == NameExpectation::none) traits.expectation.reset();
  return traits;
}

bool IndicatorNames::looks_like_name(std::string_view working) const {
  bool found = false;
  for_each_ending_of(working, [&](const Entry& entry) {
    if (entry.expectation && entry.expectation != NameExpectation::none && working.size() > entry.ending.size())
      found = true;
  });
  return found;
}

const IndicatorNames& builtin_indicator_names() {
  static const IndicatorNames names = [] {
    IndicatorNames built;
    // Problems in the shipped file are caught by the unit tests, which load it the same way.
    built.add(embedded_indicator_names_tsv(), "data/vocab/indicator_names.tsv");
    return built;
  }();
  return names;
}

}  // namespace jixiao::core
