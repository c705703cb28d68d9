#include "uno/sidebar/settings_panel.hpp"

#include <algorithm>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>

#include "core/catalog/finding.hpp"
#include "core/catalog/rule_docs.hpp"
#include "core/vocab/table_template.hpp"
#include "uno/sidebar/panel_settings.hpp"

namespace jixiao::uno {

using css::uno::Reference;

namespace {

constexpr sal_Int32 kRow = 26;
constexpr sal_Int32 kCheckRow = 22;  // a rule's check box
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
  add("follow_changes", Kind::checkbox, label("settings_follow_changes"));
  add("rules_label", Kind::label, label("settings_rules"));
  std::vector<Row> rows{{{{"template_label", 2}, {"template", 3}}, kRow},
                        {{{"language_label", 2}, {"language", 3}}, kRow},
                        {{{"threshold_label", 2}, {"threshold", 3}}, kRow},
                        {{{"follow_changes", 1}}, kRow},
                        {{{"save", 1}}, kRow},
                        {{{"status", 1}}, 20},
                        {{{"rules_label", 1}}, 20}};
  // One check box a rule, by its title: a click changes that rule alone (a list of several
  // choices left one rule on after a plain click, and 保存设置 then turned all others off). What
  // the rule checks is its tooltip.
  for (const core::Rule& rule : core::rule_catalog()) {
    if (core::is_refusal(rule.id)) continue;
    rules_.push_back(rule.id);
    const std::string name = "rule:" + rule.id;
    add(name, Kind::checkbox, from_utf8(core::rule_title(rule.id, language())));
    const bool off = std::find(settings.disabled_rules.begin(), settings.disabled_rules.end(), from_utf8(rule.id)) !=
                     settings.disabled_rules.end();
    control<css::awt::XCheckBox>(name)->setState(off ? 0 : 1);
    if (const std::optional<core::RuleExplanation> e = core::rule_explanation(rule.id, language()))
      set_tooltip(name, from_utf8(e->checks));
    rows.push_back({{{name, 1}}, kCheckRow});
  }
  add("save", Kind::button, label("settings_save"));
  add("status", Kind::label);
  set_rows(std::move(rows));

  Reference<css::awt::XListBox> templates = control<css::awt::XListBox>("template");
  templates->addItem(label("template_auto"), 0);
  sal_Int16 chosen = 0;
  for (const core::TableTemplate& t : core::load_templates({})) {
    if (t.name.empty()) continue;
    templates_.push_back(t.name);
    // The template as people call it (全国通用), not its code (national), with a title it reads.
    const std::string called = core::term_text("template", t.name, language()).value_or(t.name);
    const std::string shown = t.titles.empty() ? called : called + "（" + t.titles.front() + "）";
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

  control<css::awt::XCheckBox>("follow_changes")->setState(settings.follow_changes ? 1 : 0);
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
  settings.follow_changes = control<css::awt::XCheckBox>("follow_changes")->getState() == 1;
  settings.disabled_rules.clear();
  for (const std::string& id : rules_)
    if (control<css::awt::XCheckBox>("rule:" + id)->getState() == 0) settings.disabled_rules.push_back(from_utf8(id));
  save_panel_settings(context_, settings);
  control<css::awt::XFixedText>("status")->setText(label("settings_saved"));
}

}  // namespace jixiao::uno
