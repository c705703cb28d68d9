#pragma once

#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::test {

// Test data as it appears in failure messages: bracketed so outer spaces show, control and
// non-ASCII whitespace bytes spelled out so that "　" and " " are told apart.
std::string visible(std::string_view text);

// A string of `size` bytes made by repeating `unit` (cut off at the end when needed).
std::string repeated_to_size(std::string_view unit, std::size_t size);

// The parts, each followed by `after_each`: {"a", "b"}, " " -> "a b " (an empty part still shows).
std::string joined(const std::vector<std::string>& parts, std::string_view after_each);

// Wall-clock time of a call, for the "returns quickly on huge input" checks.
template <typename Call>
std::chrono::duration<double> time_of(Call&& call) {
  const auto start = std::chrono::steady_clock::now();
  call();
  return std::chrono::steady_clock::now() - start;
}

// Generous enough for a slow debug build on a busy machine, yet a quadratic algorithm on 1 MB
// (10^12 steps) cannot meet it.
inline constexpr std::chrono::duration<double> huge_input_time_limit{2.0};

inline constexpr std::size_t one_megabyte = 1024 * 1024;

// Every code the sources in src/uno whose file name contains `file_name_part` (all of them for
// "") pass as the first argument of `function("…")`: the labels a catalog must hold.
std::set<std::string> codes_passed_to(std::string_view function, std::string_view file_name_part);

// Every .cpp and .hpp file below `folder`, concatenated (to ask whether the code names something).
std::string source_text(const std::string& folder);

}  // namespace jixiao::test
