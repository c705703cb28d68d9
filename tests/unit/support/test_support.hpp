#pragma once

#include <algorithm>
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

// Wall-clock time of a call.
template <typename Call>
std::chrono::duration<double> time_of(Call&& call) {
  const auto start = std::chrono::steady_clock::now();
  call();
  return std::chrono::steady_clock::now() - start;
}

// A linear pass over the text, doing per byte the kind of work any check of it does (spaces,
// full-width forms): the baseline the "quick on huge input" checks measure against.
std::size_t linear_pass(std::string_view text);

// How many times longer `call` takes than `linear_pass(text)`, both timed in this run, best of
// three each so that one hiccup of a busy machine does not decide. A ratio holds on a slow machine
// and under qemu, where both slow down alike; no test compares a time with a fixed limit.
template <typename Call>
double slowdown_against_linear_pass(Call&& call, std::string_view text) {
  double best_call = 1e300, best_pass = 1e300;
  for (int run = 0; run < 3; ++run) {
    best_call = std::min(best_call, time_of(call).count());
    std::size_t kept = 0;
    best_pass = std::min(best_pass, time_of([&] { kept = linear_pass(text); }).count());
    if (kept == static_cast<std::size_t>(-1)) best_pass = 0;  // keeps the pass from being optimized away
  }
  return best_call / std::max(best_pass, 1e-6);
}

// What a check of huge input may cost against a linear pass over it: a few dozen times is what
// the checks do (NFKC, the grammar, messages); a quadratic step over a megabyte is some 10^5
// times, and even a step of n log n stays below this.
inline constexpr double linear_slowdown_limit = 1000;

inline constexpr std::size_t one_megabyte = 1024 * 1024;

// Every code the sources in src/uno whose file name contains `file_name_part` (all of them for
// "") pass as the first argument of `function("…")`: the labels a catalog must hold.
std::set<std::string> codes_passed_to(std::string_view function, std::string_view file_name_part);

// Every .cpp and .hpp file below `folder`, concatenated (to ask whether the code names something).
std::string source_text(const std::string& folder);

}  // namespace jixiao::test
