#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::core {

// A line of a data file that could not be used, reported instead of silently dropped.
struct VocabProblem {
  std::string source;  // file name or other label given by the caller
  int line = 0;        // 1-based
  std::string message;
};

// Reading the line-oriented data files (data/vocab, data/rules), shared by every loader so that
// they all accept the same things: LF and CRLF, a UTF-8 byte order mark, '#' comments, blank lines.

// Calls `visit(line_number, trimmed_line)` for every line that is neither blank nor a '#' comment.
// Line numbers are 1-based; lines are trimmed as trim_outer_space.
void for_each_content_line(std::string_view text, const std::function<void(int, std::string_view)>& visit);

// What every loader does with for_each_content_line: a line that is not valid UTF-8 is reported
// and skipped; any other is given to `read`, which returns a problem message for a line it cannot
// use, or nullopt. Returns the problems with `source_name` and line numbers filled in.
std::vector<VocabProblem> read_data_lines(std::string_view text, std::string_view source_name,
                                          const std::function<std::optional<std::string>(std::string_view)>& read);

// The fields of a line separated by tabs (one field when there is no tab).
std::vector<std::string_view> split_on_tabs(std::string_view line);

// A file of name endings and what they say (ending<TAB>value, as data/vocab/name_units.tsv and
// group_measures.tsv): the endings compared after NFKC without whitespace, the values trimmed.
// Lines of another shape are skipped.
std::vector<std::pair<std::string, std::string>> read_ending_table(std::string_view text);

// The entry of `table` whose ending is the longest that `name` ends with, or nullptr.
const std::pair<std::string, std::string>* longest_ending(const std::vector<std::pair<std::string, std::string>>& table,
                                                          std::string_view name);

}  // namespace jixiao::core
