# jixiao_rule_ids(<rules.tsv> <output header>): the code's names of the rules, from the registry.
# Each id of data/rules/rules.tsv becomes an enumerator (operator-variant: RuleId::operator_variant)
# in the file's order, with its code, kind and the arguments the code may fill, so that a misspelt
# rule is a compile error and a rule's metadata has one source. Run at configure time; editing the
# registry re-runs CMake (CMAKE_CONFIGURE_DEPENDS).
function(jixiao_rule_ids rules_tsv output)
  # Only the rules' lines; a ';' in a message splits its line into list elements, of which only
  # the first starts like a rule (the catalog's own reader, finding.cpp, checks the whole line).
  file(STRINGS "${rules_tsv}" lines ENCODING UTF-8 REGEX "^[a-z0-9-]+\t")
  set(enumerators "")
  set(entries "")
  set(count 0)
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^([a-z0-9-]+)\t([a-z]+)\t([a-z]+)\t([^\t]*)\t")
      continue()
    endif()
    set(id "${CMAKE_MATCH_1}")
    set(kind "${CMAKE_MATCH_3}")
    set(arguments "${CMAKE_MATCH_4}")
    if(NOT kind MATCHES "^(finding|limit|refusal)$")
      message(FATAL_ERROR "${rules_tsv}: ${id}: kind must be finding, limit or refusal, not ${kind}")
    endif()
    if(arguments STREQUAL "-")
      set(arguments "")
    endif()
    string(REPLACE "-" "_" enumerator "${id}")
    string(APPEND enumerators "  ${enumerator},\n")
    string(APPEND entries "    RuleInfo{\"${id}\", RuleKind::${kind}, \"${arguments}\"},\n")
    math(EXPR count "${count} + 1")
  endforeach()
  set(content "// Generated from data/rules/rules.tsv by cmake/RuleIds.cmake. Do not edit.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace jixiao::core {

// Every rule of the registry, in its order.
enum class RuleId {
${enumerators}};

inline constexpr std::size_t rule_count = ${count};

// finding: a claim about a cell; limit: the check stopped short of the whole sheet; refusal: a
// service refuses or cannot finish (an exception's message, never a finding of a cell).
enum class RuleKind { finding, limit, refusal };

struct RuleInfo {
  std::string_view code;       // the stable id: operator-variant
  RuleKind kind;
  std::string_view arguments;  // the placeholders the code may fill, comma-separated
};

inline constexpr std::array<RuleInfo, rule_count> rule_infos{{
${entries}}};

constexpr const RuleInfo& rule_info(RuleId rule) { return rule_infos[static_cast<std::size_t>(rule)]; }

// The stable id of a rule, as files, settings and the command line write it.
constexpr std::string_view rule_code(RuleId rule) { return rule_info(rule).code; }

}  // namespace jixiao::core
")
  file(CONFIGURE OUTPUT "${output}" CONTENT "${content}" @ONLY)
endfunction()
