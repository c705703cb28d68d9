#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Small facts about the text of a cell value that the target checks ask for. All take valid UTF-8
// unless they say otherwise, and all are linear in the length of the text.
namespace jixiao::core {

std::size_t code_point_count(std::string_view utf8);

// ASCII digits only: callers ask after NFKC, which has folded full-width digits.
bool has_ascii_digit(std::string_view text);

// Whether the first character is a CJK ideograph (不低于 starts with one; ≥ and &gt; do not).
bool starts_with_ideograph(std::string_view utf8);

// Whether the text has any ideograph (Chinese prose, a word, a unit) at all.
bool has_ideograph(std::string_view utf8);

// How many ideographs the text has.
std::size_t ideograph_count(std::string_view utf8);

// 无, 不适用, 暂无, 无此项 (a header_key): a word saying there is nothing here.
bool is_not_applicable_word(std::string_view key);

// Whether any whitespace character trim_outer_space knows (U+3000, U+00A0, U+200B, …) occurs.
bool has_space(std::string_view utf8);

// Full-width forms of ASCII (U+FF01..U+FF5E: ９, ％, Ｍ, …) other than the comparison signs ＜＝＞,
// which are an operator's business rather than the number's.
bool has_full_width_form(std::string_view utf8);

// Full-width comparison signs ＜ ＝ ＞.
bool has_full_width_comparison(std::string_view utf8);

// The text without HTML tags (<p>, </p>, <ol style=…>), with &nbsp; as a space and the character
// references &gt; &lt; &ge; &le; &amp; &quot; &#8805; &#x2265; decoded; nullopt when the text has
// no tag and no character reference, so callers learn both whether and what in one pass.
std::optional<std::string> without_html_markup(std::string_view text);

// Nothing but dashes, dots, slashes, underscores and the like ("------", "……", "/"): a placeholder
// someone put where a value belongs. Expects the NFKC working copy (…… is "......" there).
bool is_placeholder_text(std::string_view working);

// The text for a message: on one line without invisible characters (message_text), at most
// `limit` characters, "…" marking a cut.
std::string shortened_for_message(std::string_view utf8, std::size_t limit = 40);

}  // namespace jixiao::core
