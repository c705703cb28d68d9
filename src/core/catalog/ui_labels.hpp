#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/data_lines.hpp"
#include "core/catalog/finding.hpp"

// The words of the sidebar panels (data/ui/labels.tsv), so that the panels hold no language.
namespace jixiao::core {

// The label of `code` in `language`, with each {name} of `arguments` filled in; the code itself
// when the catalog lacks it (a visible, harmless fallback; unit.ui_labels keeps it from shipping).
std::string ui_label(std::string_view code, Language language,
                     const std::vector<std::pair<std::string, std::string>>& arguments = {});

bool has_ui_label(std::string_view code);

// Lines of data/ui/labels.tsv that could not be used.
const std::vector<VocabProblem>& ui_label_problems();

}  // namespace jixiao::core
