#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"

namespace jixiao::test {

// The {placeholders} of a message template, in order of appearance.
std::vector<std::string> placeholders_of(std::string_view message_template);

// What is wrong with a finding as its rule's templates see it: an argument neither template uses,
// a placeholder of either template the finding gives no argument for, an unknown rule. "" when
// nothing is.
std::string argument_problems(const core::Finding& finding);

// The rule ids of the findings, in order: "bare-number missing-unit".
std::string rule_ids(const std::vector<core::Finding>& findings);

}  // namespace jixiao::test
