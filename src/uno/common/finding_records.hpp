// Findings as they cross the UNO boundary (org::jixiao::Finding) read back into the core's
// records, one way for every reader: the highlighter, the report writer and jixiao-check.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <org/jixiao/Finding.hpp>
#include <vector>

#include "core/outputs/findings_csv.hpp"

namespace jixiao::uno {

// Text through to_utf8 (unpaired surrogates kept), the severity through severity_from_code (a code
// this version does not know reads as info).
std::vector<core::FindingRecord> records_of(const css::uno::Sequence<org::jixiao::Finding>& findings);

}  // namespace jixiao::uno
