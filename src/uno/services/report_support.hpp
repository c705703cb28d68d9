// What the highlighter and the report writer share at the UNO boundary: findings as the core's
// records, and their words (data/ui/reports.tsv) as OUString.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <org/jixiao/Finding.hpp>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/outputs/findings_csv.hpp"
#include "core/catalog/label_catalog.hpp"

namespace jixiao::uno {

std::vector<core::FindingRecord> records_of(const css::uno::Sequence<org::jixiao::Finding>& findings);

// A label of data/ui/reports.tsv (unit.findings_report checks every code used exists).
OUString report_label(const char* code, core::Language language, const core::LabelArguments& arguments = {});

}  // namespace jixiao::uno
