#include "uno/sidebar/findings_panel.hpp"

#include <algorithm>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <rtl/uri.hxx>
#include <com/sun/star/ui/XContextMenuInterception.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/jixiao/XHighlighter.hpp>
#include <org/jixiao/XIgnoreList.hpp>
#include <org/jixiao/XReportWriter.hpp>
#include <org/jixiao/XValidator.hpp>
#include <map>
#include <set>

#include "core/catalog/finding.hpp"
#include "core/catalog/rule_docs.hpp"
#include "core/outputs/findings_csv.hpp"
#include "core/sheet/grid.hpp"
#include "core/text/value_text.hpp"
#include "uno/common/document_guard.hpp"
#include "uno/sidebar/panel_settings.hpp"
#include "uno/sidebar/panel_support.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::jixiao::Finding;

namespace {

constexpr sal_Int32 kButton = 26;
constexpr sal_Int32 kTwoLines = 34;
constexpr sal_Int32 kExplanation = 10 * 15;  // explanation_text's five lines, wrapped in a narrow deck
constexpr sal_Int32 kDetail = 5 * 15;        // a message and the fix line, wrapped
const char* const kSeverityCodes[] = {"error", "warning", "info"};  // the severity filter's items 1..3
constexpr std::size_t kMaxListed = 2000;
// Checked again at every change up to this many cells in the area checked; a larger sheet is
// said to be out of date instead. The check runs on the editing thread: measured with
// bench/sidebar.py, a keystroke waited 41 ms at 15 000 cells and 145 ms at 38 000 (the machine
// busy), so 25 000 keeps the wait under about 100 ms. Cells, not time: the same sheet behaves the
// same on any machine.
constexpr sal_Int64 kFollowCells = 25000;

// Marks the panel's own changes to the document while an action of it runs: the document's
// change events they cause are no user's edit.
class OwnChange {
 public:
  explicit OwnChange(std::atomic<bool>& flag) : flag_(flag), was_(flag.exchange(true)) {}
  ~OwnChange() { flag_ = was_; }
  OwnChange(const OwnChange&) = delete;
  OwnChange& operator=(const OwnChange&) = delete;

 private:
  std::atomic<bool>& flag_;
  bool was_;
};

}  // namespace

FindingsPanel::FindingsPanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame,
                             const Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url)
    : PanelBase(context, frame, parent, resource_url) {
  const PanelSettings settings = load_panel_settings(context_);
  set_language(settings.language);
  template_name_ = settings.template_name;
  disabled_rules_ = settings.disabled_rules;
  follow_changes_ = settings.follow_changes;
  add("validate", Kind::button, label("validate"));
  add("scope", Kind::dropdown);
  // Counts and status wrap to a second line at the deck's default width rather than being cut
  // ("严重 8 · 警告 18 · 提示 3（另有 2 项已忽略）", "已修复 10 个单元格（可撤销）另有 1 个错位的行…").
  Reference<css::awt::XVclWindowPeer>(add("counts", Kind::label), UNO_QUERY_THROW)
      ->setProperty("MultiLine", css::uno::Any(true));
  add("severity_filter", Kind::dropdown);
  add("rule_filter", Kind::dropdown);
  add("findings", Kind::list);
  // The selected finding in full: its whole message, wrapped (a list row shows a few characters
  // of it at the deck's default width), and whether a fix exists.
  Reference<css::awt::XVclWindowPeer>(add("detail", Kind::label), UNO_QUERY_THROW)
      ->setProperty("MultiLine", css::uno::Any(true));
  // The selected finding's rule: what it checks, why, an example, the fix (data/rules/explanations.tsv).
  Reference<css::awt::XVclWindowPeer>(add("explanation", Kind::label), UNO_QUERY_THROW)
      ->setProperty("MultiLine", css::uno::Any(true));
  add("previous", Kind::button, label("previous"));
  add("next", Kind::button, label("next"));
  add("ignore_finding", Kind::button, label("ignore_finding"));
  add("ignore_rule", Kind::button, label("ignore_rule"));
  add("reset_ignored", Kind::button, label("reset_ignored"));
  add("highlight", Kind::checkbox, label("highlight"));
  add("fix_all", Kind::button, label("fix_all"));
  add("fix_selected", Kind::button, label("fix_selected"));
  add("report", Kind::button, label("report"));
  add("export_csv", Kind::button, label("export_csv"));
  Reference<css::awt::XVclWindowPeer>(add("status", Kind::label), UNO_QUERY_THROW)
      ->setProperty("MultiLine", css::uno::Any(true));
  set_rows({{{{"validate", 2}, {"scope", 3}}, kButton},
            {{{"counts", 1}}, kTwoLines},
            {{{"severity_filter", 1}, {"rule_filter", 1}}, kButton},
            {{{"findings", 1}}, 0},
            {{{"detail", 1}}, kDetail},
            {{{"explanation", 1}}, kExplanation},
            {{{"previous", 1}, {"next", 1}}, kButton},
            // Two buttons a row: three cut their labels at the deck's default width.
            {{{"ignore_finding", 1}, {"ignore_rule", 1}}, kButton},
            {{{"reset_ignored", 1}, {"highlight", 1}}, kButton},
            {{{"fix_all", 1}, {"fix_selected", 1}}, kButton},
            {{{"report", 1}, {"export_csv", 1}}, kButton},
            {{{"status", 1}}, kTwoLines}});
  // Every sheet by default: a package opens on its last sheet, rarely the one with the tables.
  Reference<css::awt::XListBox> scope = control<css::awt::XListBox>("scope");
  scope->addItem(label("scope_all"), 0);
  scope->addItem(label("scope_sheet"), 1);
  scope->addItem(label("scope_selection"), 2);
  scope->selectItemPos(0, true);
  Reference<css::awt::XListBox> severities = control<css::awt::XListBox>("severity_filter");
  severities->addItem(label("all_severities"), 0);
  severities->addItem(label("severity_error"), 1);
  severities->addItem(label("severity_warning"), 2);
  severities->addItem(label("severity_info"), 3);
  severities->selectItemPos(0, true);
  Reference<css::awt::XListBox> rules = control<css::awt::XListBox>("rule_filter");
  rules->addItem(label("all_rules"), 0);
  rules->selectItemPos(0, true);
  control<css::awt::XListBox>("findings")->setMultipleMode(true);  // Fix selected takes several
  relayout();
  watch_ = new DocumentWatch([this] { on_document_modified(); },
                             [this] { post_event([this] { follow_selection(); }); });
  // A flagged cell's context menu offers its finding, its fix and ignore; the shortcuts and those
  // entries reach this panel through CommandHandler.
  cell_menu_ = new CellMenu([this] {
    const std::lock_guard<std::recursive_mutex> lock(mutex_);
    return disposed_ ? CellMenu::Entries{} : cell_menu_entries();
  });
  try {
    menu_controller_ = frame_->getController();
    Reference<css::ui::XContextMenuInterception> menus(menu_controller_, UNO_QUERY);
    if (menus.is()) menus->registerContextMenuInterceptor(cell_menu_.get());
  } catch (const css::uno::Exception&) {
    // no controller yet: the panel works without the menu entries
  }
  register_command_target(frame_, this, static_cast<cppu::OWeakObject*>(this));
}

void FindingsPanel::run_pending_command() {
  const std::string pending = take_pending_command(frame_);
  if (!pending.empty()) run_command(pending);  // the shortcut that opened the deck
}

void FindingsPanel::dispose() {
  unregister_command_target(this);
  if (watch_.is()) watch_->detach();  // no call back into a panel going away
  if (cell_menu_.is()) {
    cell_menu_->stop();
    try {
      Reference<css::ui::XContextMenuInterception> menus(menu_controller_, UNO_QUERY);
      if (menus.is()) menus->releaseContextMenuInterceptor(cell_menu_.get());
    } catch (const css::uno::Exception&) {
      // the view is gone already
    }
  }
  PanelBase::dispose();
}

void FindingsPanel::run_command(const std::string& name) {
  post_event([this, name] {
    const OwnChange own(own_change_);
    try {
      handle_command(name);
    } catch (const css::uno::Exception& e) {
      show_status(exception_text(e));
    }
  });
}

void FindingsPanel::handle_command(const std::string& name) {
  if (name == "NextFinding" || name == "PreviousFinding") {
    if (!validated_) validate();
    return step(name == "NextFinding" ? 1 : -1);
  }
  if (name == "ShowFinding") {
    open_deck(context_, frame_);
    return follow_selection();
  }
  const std::vector<Finding> here = findings_at_cursor();
  if (here.empty()) return;
  if (name == "FixCell") return fix_findings(here, true);
  if (name == "IgnoreCell") {
    Reference<org::jixiao::XIgnoreList> ignores = create_service<org::jixiao::XIgnoreList>(context_, "org.jixiao.IgnoreList");
    for (const Finding& f : here) ignores->ignoreFinding(document_, f);
    refresh_list();
    if (control<css::awt::XCheckBox>("highlight")->getState() == 1) remark_cells(visible_sequence());
  }
}

std::optional<std::pair<OUString, OUString>> FindingsPanel::cursor_cell() const {
  if (!frame_.is()) return std::nullopt;
  Reference<css::view::XSelectionSupplier> supplier(frame_->getController(), UNO_QUERY);
  Reference<css::sheet::XSpreadsheetView> view(supplier, UNO_QUERY);
  if (!supplier.is() || !view.is()) return std::nullopt;
  Reference<css::sheet::XCellAddressable> cell(supplier->getSelection(), UNO_QUERY);
  if (!cell.is()) return std::nullopt;
  const css::table::CellAddress at = cell->getCellAddress();
  return std::pair{Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName(),
                   from_utf8(core::a1_address(at.Row, at.Column))};
}

std::vector<Finding> FindingsPanel::findings_at_cursor() const {
  std::vector<Finding> here;
  const std::optional<std::pair<OUString, OUString>> cell = validated_ ? cursor_cell() : std::nullopt;
  if (!cell) return here;
  for (const Finding& f : shown_)
    if (f.Sheet == cell->first && f.Cell == cell->second) here.push_back(f);
  return here;
}

CellMenu::Entries FindingsPanel::cell_menu_entries() {
  CellMenu::Entries entries;
  const std::vector<Finding> here = findings_at_cursor();
  if (here.empty()) return entries;
  const OUString protocol = OUString::createFromAscii(kCommandProtocol);
  for (std::size_t i = 0; i < here.size() && i < 3; ++i)
    entries.emplace_back(label("menu_finding", {{"message", core::shortened_for_message(to_utf8(here[i].Message), 40)}}),
                         protocol + "ShowFinding");
  if (std::any_of(here.begin(), here.end(), [](const Finding& f) { return f.HasFix; }))
    entries.emplace_back(label("menu_fix"), protocol + "FixCell");
  entries.emplace_back(label("menu_ignore"), protocol + "IgnoreCell");
  return entries;
}

void FindingsPanel::on_action(const std::string& name) {
  const OwnChange own(own_change_);
  try {
    if (name == "validate") validate();
    else if (name == "previous") step(-1);
    else if (name == "next") step(1);
    else if (name == "ignore_finding") ignore(false);
    else if (name == "ignore_rule") ignore(true);
    else if (name == "reset_ignored") reset_ignored();
    else if (name == "fix_all") fix(false);
    else if (name == "fix_selected") fix(true);
    else if (name == "report") write_report();
    else if (name == "export_csv") export_csv();
  } catch (const css::uno::Exception& e) {
    show_status(exception_text(e));  // refused (protected, read-only) or gone: say so, change nothing
  }
}

void FindingsPanel::on_item(const std::string& name, sal_Int32 selected) {
  const OwnChange own(own_change_);
  try {
    if (name == "findings") select_entry(selected);
    else if (name == "severity_filter" || name == "rule_filter") {
      // Filling the rule filter after a check selects an item, which VCL reports like a click:
      // only a choice other than the one the list shows costs a refresh.
      if (filters_applied_ != current_filters()) refresh_list();
    }
    else if (name == "highlight") set_highlight(control<css::awt::XCheckBox>("highlight")->getState() == 1);
  } catch (const css::uno::Exception& e) {
    show_status(exception_text(e));
  }
}

Sequence<Finding> FindingsPanel::run_validation() {
  Reference<org::jixiao::XValidator> validator = create_service<org::jixiao::XValidator>(context_, "org.jixiao.Validator");
  const OUString tag = language() == core::Language::zh_cn ? OUString("zh-CN") : OUString("en");
  if (scope_ == Scope::workbook) return validator->validateDocument(document_, template_name_, tag);
  Reference<css::sheet::XSheetCellRange> range(range_, UNO_QUERY);
  if (scope_ == Scope::selection && range.is()) return validator->validateRange(range, template_name_, tag);
  return validator->validateSheet(sheet_, template_name_, tag);
}

void FindingsPanel::validate() { validate_scope(true); }

void FindingsPanel::validate_scope(bool fresh) {
  if (fresh || !sheet_.is()) {
    document_ = spreadsheet_of(frame_);
    Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY_THROW);
    sheet_ = view->getActiveSheet();
    range_.clear();
    const sal_Int16 chosen = control<css::awt::XListBox>("scope")->getSelectedItemPos();
    scope_ = chosen == 1 ? Scope::sheet : chosen == 2 ? Scope::selection : Scope::workbook;
    if (scope_ == Scope::selection) {
      Reference<css::view::XSelectionSupplier> selection(frame_->getController(), UNO_QUERY_THROW);
      range_.set(selection->getSelection(), UNO_QUERY);  // a cell or a range; several ranges: the sheet
      if (!Reference<css::sheet::XSheetCellRange>(range_, UNO_QUERY).is()) {
        range_.clear();
        scope_ = Scope::sheet;
      }
    }
  }
  StatusProgress progress(frame_, label("checking"), 2);
  all_ = run_validation();
  progress.step();
  validated_ = true;
  stale_ = false;
  // From now on the list follows the document's changes and the user's selection.
  if (watch_.is() && !watch_->watches(document_)) watch_->attach(document_, frame_->getController());
  std::set<OUString> rules;
  for (const Finding& f : all_) rules.insert(f.RuleId);
  const std::vector<OUString> previous_rules = rule_choices_;
  rule_choices_.assign(rules.begin(), rules.end());
  Reference<css::awt::XListBox> filter = control<css::awt::XListBox>("rule_filter");
  // The rule chosen before, kept by its id (the items show titles).
  const sal_Int16 before = filter->getSelectedItemPos();
  const OUString chosen = before > 0 && before <= static_cast<sal_Int16>(previous_rules.size())
                              ? previous_rules[static_cast<std::size_t>(before - 1)]
                              : OUString();
  filter->removeItems(0, filter->getItemCount());
  filter->addItem(label("all_rules"), 0);
  sal_Int16 position = 1;
  for (const OUString& rule : rule_choices_)
    filter->addItem(from_utf8(core::rule_title(to_utf8(rule), language())), position++);
  const auto kept = std::find(rule_choices_.begin(), rule_choices_.end(), chosen);
  filter->selectItemPos(kept == rule_choices_.end() ? 0 : static_cast<sal_Int16>(kept - rule_choices_.begin() + 1),
                        true);
  refresh_list();
  progress.step();
  show_status(OUString());
  if (scope_ == Scope::sheet && fresh) point_to_tables();
  if (control<css::awt::XCheckBox>("highlight")->getState() == 1) remark_cells(visible_sequence());
}

void FindingsPanel::point_to_tables() {
  const bool no_table = all_.getLength() == 1 && all_[0].RuleId == "no-table-found";
  if (!no_table) return;
  const Sequence<OUString> sheets =
      create_service<org::jixiao::XValidator>(context_, "org.jixiao.Validator")->sheetsWithTables(document_);
  if (!sheets.hasElements()) return;  // no sheet has one: the finding says so
  std::string names;
  for (const OUString& name : sheets) names += (names.empty() ? "" : "、") + to_utf8(name);
  show_status(label("tables_elsewhere", {{"sheets", names}}));
}

std::pair<sal_Int16, sal_Int16> FindingsPanel::current_filters() {
  return {control<css::awt::XListBox>("severity_filter")->getSelectedItemPos(),
          control<css::awt::XListBox>("rule_filter")->getSelectedItemPos()};
}

void FindingsPanel::refresh_list() {
  if (!validated_) return;
  Sequence<Finding> kept = all_;
  try {
    kept = create_service<org::jixiao::XIgnoreList>(context_, "org.jixiao.IgnoreList")->withoutIgnored(document_, all_);
  } catch (const css::uno::Exception&) {
    // the document is gone or refuses its properties: show everything rather than nothing
  }
  const sal_Int32 ignored = all_.getLength() - kept.getLength();
  // The list is made anew and nothing in it is selected: the explanation of a finding chosen
  // before (maybe on another sheet) goes with it.
  control<css::awt::XFixedText>("detail")->setText(OUString());
  control<css::awt::XFixedText>("explanation")->setText(OUString());
  filters_applied_ = current_filters();
  const auto [severity, rule] = filters_applied_;
  sal_Int32 counts[3] = {0, 0, 0};
  shown_.clear();
  for (const Finding& f : kept) {
    if (std::find(disabled_rules_.begin(), disabled_rules_.end(), f.RuleId) != disabled_rules_.end()) continue;
    for (int i = 0; i < 3; ++i) counts[i] += f.Severity.equalsAscii(kSeverityCodes[i]);
    if (severity > 0 && !f.Severity.equalsAscii(kSeverityCodes[severity - 1])) continue;
    if (rule > 0 && rule <= static_cast<sal_Int16>(rule_choices_.size()) && f.RuleId != rule_choices_[rule - 1])
      continue;
    shown_.push_back(f);
  }
  // Each finding to its (sheet, table) group by an index: an export of hundreds of projects gives
  // as many groups, and this runs again at every change the list follows.
  groups_.clear();
  std::map<std::pair<OUString, OUString>, std::size_t> group_of;
  for (std::size_t i = 0; i < shown_.size(); ++i) {
    const Finding& f = shown_[i];
    const auto [at, added] = group_of.try_emplace({f.Sheet, f.Table}, groups_.size());
    if (added) groups_.push_back(Group{f.Sheet, f.Table, {}, closed_groups_.count(at->first) > 0});
    groups_[at->second].members.push_back(static_cast<sal_Int32>(i));
  }
  fill_list();
  OUString text = counts[0] + counts[1] + counts[2] == 0
                      ? label("no_findings")
                      : label("counts", {{"errors", std::to_string(counts[0])},
                                         {"warnings", std::to_string(counts[1])},
                                         {"infos", std::to_string(counts[2])}});
  if (ignored > 0) text += " " + label("counts_ignored", {{"count", std::to_string(ignored)}});
  if (capped_)
    text += " " + label("counts_listed", {{"listed", std::to_string(kMaxListed)}, {"count", std::to_string(shown_.size())}});
  if (stale_) text += " " + label("counts_stale");  // a filter changed: the list is as old as before
  control<css::awt::XFixedText>("counts")->setText(text);
}

void FindingsPanel::fill_list() {
  // A header line a group only when there are several: one table's findings need no heading.
  const bool grouped = groups_.size() > 1;
  entries_.clear();
  std::vector<OUString> lines;
  std::size_t listed = 0;
  capped_ = false;
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    const Group& group = groups_[g];
    const sal_Int32 index = static_cast<sal_Int32>(g);
    if (grouped) {
      entries_.push_back({-1, index});
      const std::string table = core::shortened_for_message(to_utf8(group.table), 24);
      const std::vector<std::pair<std::string, std::string>> words = {
          {"marker", group.closed ? "▸" : "▾"}, {"sheet", to_utf8(group.sheet)}, {"table", table},
          {"count", std::to_string(group.members.size())}};
      lines.push_back(label(table.empty() ? "group" : "group_table", words));
      if (group.closed) continue;
    }
    for (sal_Int32 member : group.members) {
      // The list holds the first kMaxListed: a list box counts its items in 16 bits, and a list of
      // thousands is read by nobody. Fix, highlight and report still take every shown finding.
      if (listed == kMaxListed) {
        capped_ = true;
        break;
      }
      const Finding& f = shown_[static_cast<std::size_t>(member)];
      const char* word = f.Severity == "error" ? "severity_error" : f.Severity == "warning" ? "severity_warning"
                                                                                            : "severity_info";
      entries_.push_back({member, index});
      lines.push_back(label(word) + " " + f.Cell + " " + f.Message);
      ++listed;
    }
  }
  // All items at once through the peer's StringItemList (one Clear, then the inserts):
  // XListBox::removeItems takes entries out one by one and VCL measures every remaining entry
  // after each, which grows with the square of the list.
  // (XVclWindowPeer is marked deprecated in favour of control models, which these peers, made
  // straight through the toolkit, do not have.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<css::awt::XVclWindowPeer>(peer("findings"), UNO_QUERY_THROW)
      ->setProperty("StringItemList",
                    css::uno::Any(Sequence<OUString>(lines.data(), static_cast<sal_Int32>(lines.size()))));
#pragma GCC diagnostic pop
  set_tooltip("findings", OUString());
}

void FindingsPanel::toggle_group(sal_Int32 index) {
  Group& group = groups_[static_cast<std::size_t>(index)];
  group.closed = !group.closed;
  if (group.closed) closed_groups_.insert({group.sheet, group.table});
  else closed_groups_.erase({group.sheet, group.table});
  control<css::awt::XFixedText>("detail")->setText(OUString());
  control<css::awt::XFixedText>("explanation")->setText(OUString());
  fill_list();
  const auto header = std::find_if(entries_.begin(), entries_.end(),
                                   [&](const Entry& e) { return e.finding < 0 && e.group == index; });
  if (header != entries_.end())
    control<css::awt::XListBox>("findings")->makeVisible(static_cast<sal_Int16>(header - entries_.begin()));
}

void FindingsPanel::show_detail(sal_Int32 index) {
  const Finding& f = shown_[index];
  const std::optional<core::RuleId> rule = core::rule_of_code(to_utf8(f.RuleId));
  // What the fix will write, beside what the cell holds now, where it is the cell's own text.
  OUString fix_line = label(f.HasFix ? "detail_fix" : "detail_no_fix");
  if (f.HasFix && !f.FixText.isEmpty()) {
    OUString now;
    try {
      Reference<css::sheet::XSpreadsheet> sheet(document_->getSheets()->getByName(f.Sheet), UNO_QUERY_THROW);
      now = Reference<css::table::XCell>(sheet->getCellByPosition(f.Column, f.Row), UNO_QUERY_THROW)->getFormula();
    } catch (const css::uno::Exception&) {
      // the sheet is gone: the generic line
    }
    if (!now.isEmpty())
      fix_line = label("detail_fix_text", {{"before", core::shortened_for_message(to_utf8(now), 60)},
                                           {"after", core::shortened_for_message(to_utf8(f.FixText), 60)}});
  }
  control<css::awt::XFixedText>("detail")->setText(f.Cell + " " + f.Message + "\n" + fix_line);
  control<css::awt::XFixedText>("explanation")
      ->setText(rule ? from_utf8(core::explanation_text(*rule, language(), false)) : OUString());
  set_tooltip("findings", f.Cell + " " + f.Message);  // the row in full where the list cuts it
}

void FindingsPanel::select_entry(sal_Int32 position) {
  if (position < 0 || position >= static_cast<sal_Int32>(entries_.size()) || !document_.is()) return;
  const Entry entry = entries_[static_cast<std::size_t>(position)];
  if (entry.finding < 0) {
    // A header opens or closes its group. VCL may report one choice twice: the second report
    // comes after the list was made anew with nothing chosen, and must not undo the first.
    const Sequence<sal_Int16> chosen = control<css::awt::XListBox>("findings")->getSelectedItemsPos();
    if (std::find(chosen.begin(), chosen.end(), position) != chosen.end()) toggle_group(entry.group);
    return;
  }
  const Finding& f = shown_[static_cast<std::size_t>(entry.finding)];
  show_detail(entry.finding);
  try {
    Reference<css::sheet::XSpreadsheet> sheet(document_->getSheets()->getByName(f.Sheet), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY_THROW);
    if (view->getActiveSheet() != sheet) view->setActiveSheet(sheet);
    Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)
        ->select(css::uno::Any(sheet->getCellRangeByName(f.Cell)));
  } catch (const css::uno::Exception&) {
    // the sheet was renamed or removed since the check: nothing to select
  }
}

void FindingsPanel::step(sal_Int32 by) {
  Reference<css::awt::XListBox> list = control<css::awt::XListBox>("findings");
  const sal_Int32 count = static_cast<sal_Int32>(entries_.size());
  if (std::none_of(entries_.begin(), entries_.end(), [](const Entry& e) { return e.finding >= 0; })) return;
  const sal_Int32 current = list->getSelectedItemPos();
  list->selectItemsPos(list->getSelectedItemsPos(), false);  // the list takes several; a step shows one
  // Wraps around, so Next from the last finding goes back to the first; headers are passed by.
  sal_Int32 next = current < 0 ? (by > 0 ? -1 : count) : current;
  do next = ((next + by) % count + count) % count;
  while (entries_[static_cast<std::size_t>(next)].finding < 0);
  list->selectItemPos(static_cast<sal_Int16>(next), true);
  list->makeVisible(static_cast<sal_Int16>(next));
  select_entry(next);
}

std::vector<Finding> FindingsPanel::selected_findings() const {
  std::vector<Finding> selected;
  for (sal_Int16 position : control<css::awt::XListBox>("findings")->getSelectedItemsPos()) {
    if (position < 0 || position >= static_cast<sal_Int32>(entries_.size())) continue;
    const Entry& entry = entries_[static_cast<std::size_t>(position)];
    if (entry.finding >= 0) selected.push_back(shown_[static_cast<std::size_t>(entry.finding)]);
  }
  return selected;
}

Sequence<Finding> FindingsPanel::visible_sequence() const {
  return Sequence<Finding>(shown_.data(), static_cast<sal_Int32>(shown_.size()));
}

void FindingsPanel::ignore(bool whole_rule) {
  const std::vector<Finding> selected = selected_findings();
  if (selected.empty()) return show_status(label("choose_finding"));
  Reference<org::jixiao::XIgnoreList> ignores = create_service<org::jixiao::XIgnoreList>(context_, "org.jixiao.IgnoreList");
  for (const Finding& f : selected) {
    if (whole_rule) ignores->ignoreRule(document_, f.RuleId);
    else ignores->ignoreFinding(document_, f);
  }
  refresh_list();
  if (control<css::awt::XCheckBox>("highlight")->getState() == 1) remark_cells(visible_sequence());
}

void FindingsPanel::reset_ignored() {
  if (!document_.is()) document_ = spreadsheet_of(frame_);
  create_service<org::jixiao::XIgnoreList>(context_, "org.jixiao.IgnoreList")->resetIgnored(document_);
  refresh_list();
  if (control<css::awt::XCheckBox>("highlight")->getState() == 1) remark_cells(visible_sequence());
}

void FindingsPanel::remark_cells(const Sequence<Finding>& findings) {
  Reference<org::jixiao::XHighlighter> marks = create_service<org::jixiao::XHighlighter>(context_, "org.jixiao.Highlighter");
  StatusProgress progress(frame_, label("marking"), 2);  // seconds on a sheet of 50 000 rows
  UndoContext step(document_, label("undo_highlight"));
  marks->clearHighlights(document_);
  progress.step();
  marks->highlight(document_, findings);
  progress.step();
}

void FindingsPanel::set_highlight(bool on) {
  if (on) {
    if (!validated_) validate();  // validate() marks the cells itself while the box is ticked
    else remark_cells(visible_sequence());
    return;
  }
  if (!document_.is()) document_ = spreadsheet_of(frame_);
  StatusProgress progress(frame_, label("unmarking"), 1);
  UndoContext step(document_, label("undo_highlight"));
  create_service<org::jixiao::XHighlighter>(context_, "org.jixiao.Highlighter")->clearHighlights(document_);
  progress.step();
}

void FindingsPanel::fix(bool only_selected) {
  if (!validated_) return show_status(label("validate_first"));
  const std::vector<Finding> candidates = only_selected ? selected_findings() : shown_;
  if (only_selected && candidates.empty()) return show_status(label("choose_finding"));
  fix_findings(candidates, only_selected);
}

void FindingsPanel::fix_findings(const std::vector<Finding>& candidates, bool only_selected) {
  std::vector<Finding> targets;
  std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(targets),
               [](const Finding& f) { return f.HasFix; });
  // A fix that moves cells is for one finding at a time (修复所选 with it alone chosen): never in
  // "fix all", where nobody looks at the row it moves.
  std::size_t left = 0;
  if (!only_selected || targets.size() > 1) {
    left = static_cast<std::size_t>(std::count_if(targets.begin(), targets.end(), [](const Finding& f) { return f.FixMovesCells; }));
    std::erase_if(targets, [](const Finding& f) { return f.FixMovesCells; });
  }
  if (targets.empty())
    return show_status(left ? label("moves_one_at_a_time", {{"count", std::to_string(left)}}) : label("nothing_to_fix"));
  StatusProgress progress(frame_, label("fixing"), 2);
  sal_Int32 changed = 0;
  {
    // The fixes, the new findings' marks and nothing else: one undo step.
    UndoContext step(document_, label("undo_fix"));
    Reference<org::jixiao::XValidator> validator =
        create_service<org::jixiao::XValidator>(context_, "org.jixiao.Validator");
    changed = validator->applyFixes(document_, Sequence<Finding>(targets.data(), static_cast<sal_Int32>(targets.size())),
                                    template_name_);
    progress.step();
    all_ = run_validation();
    refresh_list();
    if (control<css::awt::XCheckBox>("highlight")->getState() == 1) remark_cells(visible_sequence());
  }
  OUString status = label("fixed", {{"count", std::to_string(changed)}});
  if (left) status += " " + label("moves_one_at_a_time", {{"count", std::to_string(left)}});
  show_status(status);
}

void FindingsPanel::write_report() {
  if (!validated_) return show_status(label("validate_first"));
  if (stale_) validate_scope(false);  // a report of what the cells hold now
  Reference<org::jixiao::XReportWriter> writer = create_service<org::jixiao::XReportWriter>(context_, "org.jixiao.ReportWriter");
  const OUString tag = language() == core::Language::zh_cn ? OUString("zh-CN") : OUString("en");
  const OUString sheet = writer->writeReport(document_, visible_sequence(), tag);
  show_status(label("report_written", {{"sheet", to_utf8(sheet)}}));
}

void FindingsPanel::export_csv() {
  if (!validated_) return show_status(label("validate_first"));
  if (stale_) validate_scope(false);
  namespace dialogs = css::ui::dialogs;
  Reference<dialogs::XFilePicker3> picker =
      dialogs::FilePicker::createWithMode(context_, dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
  picker->appendFilter(label("csv_filter"), "*.csv");
  picker->setCurrentFilter(label("csv_filter"));
  // Beside the document, named after it (预算绩效目标表-绩效检查.csv); a new document's in the
  // picker's own folder.
  const OUString url = Reference<css::frame::XModel>(document_, UNO_QUERY_THROW)->getURL();
  const sal_Int32 slash = url.lastIndexOf('/');
  if (!url.isEmpty()) picker->setDisplayDirectory(url.copy(0, slash + 1));
  const OUString file = rtl::Uri::decode(url.copy(slash + 1), rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8);
  picker->setDefaultName(from_utf8(core::findings_csv_file_name(to_utf8(file), language())));
  if (picker->execute() != dialogs::ExecutableDialogResults::OK) return;
  const Sequence<OUString> files = picker->getSelectedFiles();
  if (!files.hasElements()) return;
  Reference<org::jixiao::XReportWriter> writer = create_service<org::jixiao::XReportWriter>(context_, "org.jixiao.ReportWriter");
  const OUString tag = language() == core::Language::zh_cn ? OUString("zh-CN") : OUString("en");
  writer->exportCsv(visible_sequence(), files[0], tag);
  show_status(label("csv_written", {{"file", to_utf8(files[0].copy(files[0].lastIndexOf('/') + 1))}}));
}

void FindingsPanel::show_status(const OUString& text) {
  Reference<css::awt::XFixedText> status = control<css::awt::XFixedText>("status");
  if (status.is()) status->setText(text);
}

void FindingsPanel::on_document_modified() {
  if (own_change_) return;               // the panel's own fix, marks, report or ignore list
  if (recheck_queued_.exchange(true)) return;  // one check for a burst of changes (a paste, an undo)
  post_event([this] { recheck_after_change(); });
}

void FindingsPanel::recheck_after_change() {
  recheck_queued_ = false;
  if (!validated_ || !sheet_.is()) return;
  const OwnChange own(own_change_);  // its marks are no user's change
  if (follow_changes_ && small_enough_to_follow()) {
    validate_scope(false);
    return;
  }
  if (stale_) return;  // said already
  stale_ = true;
  Reference<css::awt::XFixedText> counts = control<css::awt::XFixedText>("counts");
  if (counts.is()) counts->setText(counts->getText() + " " + label("counts_stale"));
}

bool FindingsPanel::small_enough_to_follow() const {
  const auto cells = [](const Reference<css::sheet::XCellRangeAddressable>& area) {
    const css::table::CellRangeAddress a = area->getRangeAddress();
    return static_cast<sal_Int64>(a.EndRow + 1) * (a.EndColumn + 1);  // from A1: the check reads from there
  };
  const auto used = [&](const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    return cells(Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW));
  };
  if (scope_ == Scope::selection && range_.is())
    return cells(Reference<css::sheet::XCellRangeAddressable>(range_, UNO_QUERY_THROW)) <= kFollowCells;
  if (scope_ == Scope::sheet) return used(sheet_) <= kFollowCells;
  Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
  sal_Int64 total = 0;
  for (sal_Int32 i = 0; i < sheets->getCount() && total <= kFollowCells; ++i)
    total += used(Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), UNO_QUERY_THROW));
  return total <= kFollowCells;
}

void FindingsPanel::follow_selection() {
  if (!validated_ || shown_.empty()) return;
  const std::optional<std::pair<OUString, OUString>> cell = cursor_cell();
  if (!cell) return;  // a range, a shape, several ranges: nothing to follow
  const auto& [sheet, address] = *cell;
  sal_Int32 index = -1;
  for (std::size_t i = 0; i < entries_.size() && index < 0; ++i) {
    if (entries_[i].finding < 0) continue;
    const Finding& f = shown_[static_cast<std::size_t>(entries_[i].finding)];
    if (f.Sheet == sheet && f.Cell == address) index = static_cast<sal_Int32>(i);
  }
  if (index < 0) return;  // no finding there, or its group is closed
  Reference<css::awt::XListBox> list = control<css::awt::XListBox>("findings");
  const Sequence<sal_Int16> chosen = list->getSelectedItemsPos();
  if (chosen.getLength() == 1 && chosen[0] == index) return;  // already its finding (and no loop)
  list->selectItemsPos(chosen, false);
  list->selectItemPos(static_cast<sal_Int16>(index), true);
  list->makeVisible(static_cast<sal_Int16>(index));
  show_detail(entries_[static_cast<std::size_t>(index)].finding);
}

}  // namespace jixiao::uno
