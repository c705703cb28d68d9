#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/sheet/table_recognition.hpp"

// Finding the block of a sheet an execution rate (执行率) can be computed on: a header row with an
// executed amount column, its base columns and the lines under it. Header words are data
// (data/templates/rate-columns.tsv).
namespace jixiao::core {

// What an execution rate is divided by (DOMAIN.md "Execution rates"): never guessed, always chosen.
enum class RateBase { budget, received, plan };

// "budget", "received", "plan" (the codes of org.jixiao.XExecutionRates), and back.
std::string_view rate_base_code(RateBase base);
std::optional<RateBase> rate_base_from_code(std::string_view code);

enum class RateRole { executed, budget, received, plan, label };

struct RateVocabulary {
  std::vector<std::pair<RateRole, std::string>> words;  // header_key()s
  std::vector<std::string> units;                       // header_key()s: 万元, 元 …
};

// Parses a rate-columns file; lines it cannot use are skipped.
RateVocabulary parse_rate_vocabulary(std::string_view text);

// The built-in vocabulary (data/templates/rate-columns.tsv, embedded at build time).
const RateVocabulary& rate_vocabulary();

// The role a header cell names, matching its header_key whole once a trailing "(unit)" is dropped:
// "全年预算数（万元）" -> budget, "半年 计划执行数" -> plan, "执行率（全年预算）" -> none.
std::optional<RateRole> rate_role(const RateVocabulary& vocabulary, std::string_view header_key);

// The column of each role in a part of the block (-1: none).
struct RateColumns {
  int executed = -1, budget = -1, received = -1, plan = -1, label = -1;
  int base(RateBase base) const;
  int& of(RateRole role);
};

// A header row and the columns it gives the rows below it. A later header row inside the block
// (支出 | 支出情况 | 半年计划执行数 under 收入 | 全年预算数) starts a section: the columns it names take
// their new role, the others keep theirs.
struct RateSection {
  int header_row = 0;
  RateColumns columns;
};

// Grid coordinates. end_row is exclusive and follows the block's last row holding an amount.
struct RateBlock {
  int header_row = 0;
  int end_row = 0;
  std::vector<RateSection> sections;  // by header_row, ascending; never empty
  const RateSection& section_at(int row) const;
  bool is_section_header(int row) const;
};

// The first block of the grid whose header row names an executed amount column and at least one
// other rate column. The block runs down to two blank rows in a row, a row holding words where the
// amounts are (another table's header, prose), or the grid's end.
std::optional<RateBlock> find_rate_block(const GridView& view, const RateVocabulary& vocabulary);

// Whether a cell holds an amount: a number, or a number stored as text ("6822.75　").
bool holds_amount(const GridView& view, int row, int column);

// The rows of the block a rate on `base` is computed for: neither blank nor a header, in a section
// with both an executed and a `base` column, with an amount in one of them (total lines such as
// 合计 included; sub-header rows, which hold words only, are not lines).
std::vector<int> rate_lines(const GridView& view, const RateBlock& block, RateBase base);

// The bases, in the order budget, received, plan, that have at least one line.
std::vector<RateBase> available_bases(const GridView& view, const RateBlock& block);

}  // namespace jixiao::core
