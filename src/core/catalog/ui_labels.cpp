#include "core/catalog/ui_labels.hpp"

#include "core/text/embedded_data.hpp"
#include "core/catalog/label_catalog.hpp"

namespace jixiao::core {

namespace {

const LabelCatalog& panel_labels() {
  static const LabelCatalog catalog(embedded_ui_labels_tsv(), "data/ui/labels.tsv");
  return catalog;
}

}  // namespace

std::string ui_label(std::string_view code, Language language,
                     const std::vector<std::pair<std::string, std::string>>& arguments) {
  return panel_labels().text(code, language, arguments);
}

bool has_ui_label(std::string_view code) { return panel_labels().has(code); }

const std::vector<VocabProblem>& ui_label_problems() { return panel_labels().problems(); }

}  // namespace jixiao::core
