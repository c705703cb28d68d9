#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocab/vocab.hpp"

namespace jixiao::core {

// What an indicator's name (三级指标) says about its target value. From data/vocab/indicator_names.tsv.

// The kinds of value a name takes, by its ending (率 -> rate, 人数 -> count, 性 -> quality).
enum class NameExpectation {
  rate,     // percent, qualitative or schedule
  count,    // count or schedule
  amount,   // amount or schedule
  quality,  // qualitative, or a percent (及时性 =100%)
  none,     // nothing: overrides a shorter ending (完成年度 is no 度 rate, 幸福指数 no 数 count)
};

// Which way is better for the indicator, for checking the operator.
enum class NameDirection {
  higher,  // ≥ > = (执行率, 满意度, output counts)
  lower,   // ≤ < = (变动率, 失业率)
  growth,  // higher, and a value above 100% is plausible (增长率)
};

// "rate", "count", "amount", "quality", "none": the codes in the data file and in finding arguments.
std::string_view expectation_code(NameExpectation expectation);

// "higher", "lower", "growth".
std::string_view direction_code(NameDirection direction);

struct NameTraits {
  std::optional<NameExpectation> expectation;
  std::optional<NameDirection> direction;
};

class IndicatorNames {
 public:
  // Lines "ending<TAB>expectation[<TAB>direction]", expectation "-" for none; '#' comment lines and
  // blank lines ignored. A later line for the same ending replaces the earlier one.
  std::vector<VocabProblem> add(std::string_view tsv_text, std::string_view source_name);

  // Expectation and direction, each from the longest ending of the name that gives one. The name
  // is compared after NFKC, without whitespace and without a trailing bracketed remark
  // (离校未就业高校毕业生年末就业率(年报) -> …就业率).
  NameTraits traits(std::string_view name) const;

  // Whether a text ends like an indicator name with an expectation and is longer than that ending
  // (预算编制科学性, 组织建设工作及时完成率): a name standing in a value column. Expects the
  // working copy (NFKC, no whitespace).
  bool looks_like_name(std::string_view working) const;

 private:
  NameTraits traits_uncached(std::string_view name) const;

  struct Entry {
    std::string ending;
    std::optional<NameExpectation> expectation;
    std::optional<NameDirection> direction;
  };
  std::vector<Entry> entries_;
  std::uint64_t generation_ = 0;  // changes with every add(): what traits() may have cached
  // Indexes into entries_ by the ending's last byte: every value checked with its name looks its
  // name up here, and one byte rules out nearly every ending.
  std::vector<std::vector<std::size_t>> by_last_byte_ = std::vector<std::vector<std::size_t>>(256);
  template <class Visit>
  void for_each_ending_of(std::string_view text, Visit visit) const;
};

// The name vocabulary from the embedded data/vocab/indicator_names.tsv, parsed once on first use.
const IndicatorNames& builtin_indicator_names();

// The name as the endings are matched against it (exposed for tests and for the table checks).
std::string name_matching_form(std::string_view name);

}  // namespace jixiao::core
