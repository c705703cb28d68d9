#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace jixiao::core {

// Reading the line-oriented data files (data/vocab, data/rules), shared by every loader so that
// they all accept the same things: LF and CRLF, a UTF-8 byte order mark, '#' comments, blank lines.

// Calls `visit(line_number, trimmed_line)` for every line that is neither blank nor a '#' comment.
// Line numbers are 1-based; lines are trimmed as trim_outer_space.
void for_each_content_line(std::string_view text, const std::function<void(int, std::string_view)>& visit);

// The fields of a line separated by tabs (one field when there is no tab).
std::vector<std::string_view> split_on_tabs(std::string_view line);

}  // namespace jixiao::core
