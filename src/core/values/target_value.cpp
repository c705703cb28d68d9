#include "core/values/target_value.hpp"

#include <optional>

#include "core/values/target_grammar.hpp"
#include "core/text/text.hpp"
#include "core/vocab/vocab.hpp"

namespace jixiao::core {

std::string normalize_target(std::string_view utf8) { return normalize_target(utf8, builtin_vocab()); }

std::string normalize_target(std::string_view utf8, const Vocab& vocab) {
  std::string trimmed = trim_outer_space(utf8);
  // NFKC and the grammar only apply to real text; damaged bytes go back as they came.
  if (!is_valid_utf8(trimmed)) return trimmed;
  const std::string working = target_working_copy(trimmed);
  if (const std::optional<TargetMatch> match = match_target(working, vocab)) return canonical_text(*match);
  return trimmed;
}

}  // namespace jixiao::core
