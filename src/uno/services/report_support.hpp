// What the highlighter and the report writer share at the UNO boundary: findings as the core's
// records (uno/common/finding_records.hpp), and their words (data/ui/reports.tsv) as OUString.
#pragma once

#include "core/catalog/label_catalog.hpp"
#include "uno/common/finding_records.hpp"
#include "uno/common/strings.hpp"

namespace jixiao::uno {

// A label of data/ui/reports.tsv (unit.findings_report checks every code used exists).
OUString report_label(const char* code, core::Language language, const core::LabelArguments& arguments = {});

}  // namespace jixiao::uno
