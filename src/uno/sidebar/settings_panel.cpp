#include "uno/sidebar/settings_panel.hpp"

#include <algorithm>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>

#include "core/catalog/finding.hpp"
#include "core/vocab/table_template.hpp"
#include "uno/sidebar/panel_settings.hpp"

namespace jixiao::uno {

using css::uno::Reference;

namespace {

constexpr sal_Int32 kRow = 26;
const char* const kLanguageTags[] = {"", "zh-CN", "en"};  // the language list's items, in order
const char* const kLanguageLabels[] = {"language_ui", "language_zh", "language_en"};

}  // namespace

SettingsPanel::SettingsPanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame, const Reference<css::awt::XWindowPeer>& parent,
                             const OUString& resource_url)
    : PanelBase(context, frame, parent, resource_url) {
  const PanelSettings settings = load_panel_settings(context_);
  set_language(settings.language);
  add("template_label", Kind::label, label("settings_template"));
  add("template", Kind::dropdown);
  add("language_label", Kind::label, label("settings_language"));
  add("language", Kind::dropdown);
  add("threshold_label", Kind::label, label("rates_threshold"));
  add("threshold", Kind::number);
  add("rules_label", Kind::label, label("settings_rules"));
  add("rules", Kind::list);
  add("save", Kind::button, label("settings_save"));
  add("status", Kind::label);
  set_rows({{{{"template_label", 2}, {"template", 3}}, kRow},
            {{{"language_label", 2}, {"language", 3}}, kRow},
            {{{"threshold_label", 2}, {"threshold", 3}}, kRow},
            {{{"rules_label", 1}}, 20},
            {{{"rules", 1}}, 0},
            {{{"save", 1}}, kRow},
            {{{"status", 1}}, 20}});

  Reference<css::awt::XListBox> templates = control<css::awt::XListBox>("template");
  templates->addItem(label("template_auto"), 0);
  sal_Int16 chosen = 0;
  for (const core::TableTemplate& t : core::load_templates({})) {
    if (t.name.empty()) continue;
    templates_.push_back(t.name);
    const std::string shown = t.titles.empty() ? t.name : t.name + "（" + t.titles.front() + "）";
    templates->addItem(from_utf8(shown), static_cast<sal_Int16>(templates_.size()));
    if (settings.template_name == from_utf8(t.name)) chosen = static_cast<sal_Int16>(templates_.size());
  }
  templates->selectItemPos(chosen, true);

  Reference<css::awt::XListBox> languages = control<css::awt::XListBox>("language");
  chosen = 0;
  for (sal_Int16 i = 0; i < 3; ++i) {
    languages->addItem(label(kLanguageLabels[i]), i);
    if (settings.language_tag.equalsAscii(kLanguageTags[i])) chosen = i;
  }
  languages->selectItemPos(chosen, true);

  Reference<css::awt::XNumericField> threshold = control<css::awt::XNumericField>("threshold");
  threshold->setDecimalDigits(1);
  threshold->setMin(0);
  threshold->setMax(100);
  threshold->setSpinSize(5);
  threshold->setValue(settings.lag_threshold * 100);

  Reference<css::awt::XListBox> rules = control<css::awt::XListBox>("rules");
  rules->setMultipleMode(true);
  for (const core::Rule& rule : core::rule_catalog()) {
    if (core::is_refusal(rule.id)) continue;
    rules_.push_back(rule.id);
    rules->addItem(from_utf8(core::rule_title(rule.id, language()) + " · " + rule.id), static_cast<sal_Int16>(rules_.size() - 1));
    const bool off = std::find(settings.disabled_rules.begin(), settings.disabled_rules.end(), from_utf8(rule.id)) !=
                     settings.disabled_rules.end();
    rules->selectItemPos(static_cast<sal_Int16>(rules_.size() - 1), !off);
  }
  relayout();
}

void SettingsPanel::on_action(const std::string& name) {
  if (name != "save") return;
  try {
    save();
  } catch (const css::uno::Exception& e) {
    control<css::awt::XFixedText>("status")->setText(exception_text(e));
  }
}

void SettingsPanel::save() {
  PanelSettings settings = load_panel_settings(context_);
  const sal_Int16 chosen_template = control<css::awt::XListBox>("template")->getSelectedItemPos();
  settings.template_name =
      chosen_template > 0 ? from_utf8(templates_[static_cast<std::size_t>(chosen_template - 1)]) : OUString();
  const sal_Int16 chosen_language = control<css::awt::XListBox>("language")->getSelectedItemPos();
  settings.language_tag = OUString::createFromAscii(kLanguageTags[std::max<sal_Int16>(chosen_language, 0)]);
  settings.lag_threshold = control<css::awt::XNumericField>("threshold")->getValue() / 100.0;
  Reference<css::awt::XListBox> rules = control<css::awt::XListBox>("rules");
  const css::uno::Sequence<sal_Int16> on = rules->getSelectedItemsPos();
  settings.disabled_rules.clear();
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (std::find(on.begin(), on.end(), static_cast<sal_Int16>(i)) == on.end())
      settings.disabled_rules.push_back(from_utf8(rules_[i]));
  }
  save_panel_settings(context_, settings);
  control<css::awt::XFixedText>("status")->setText(label("settings_saved"));
}

}  // namespace jixiao::uno
