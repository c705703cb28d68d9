// The Findings panel of the Jixiao deck: Validate the workbook, the active sheet
// or the selection through org.jixiao.Validator, counts by severity, the findings
// list grouped by sheet and table (project), with filters by severity and rule,
// previous/next, ignore a finding or a
// rule (org.jixiao.IgnoreList, kept in the document), highlight the cells
// (org.jixiao.Highlighter), fix all or the selected findings in one undo step
// and revalidate, and report to a sheet or CSV (org.jixiao.ReportWriter).
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/jixiao/Finding.hpp>
#include <rtl/ref.hxx>
#include <atomic>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "uno/sidebar/cell_commands.hpp"
#include "uno/sidebar/document_watch.hpp"
#include "uno/sidebar/panel_base.hpp"

namespace jixiao::uno {

class FindingsPanel : public PanelBase, public CommandTarget {
 public:
  FindingsPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url);

  void SAL_CALL dispose() override;
  // NextFinding, PreviousFinding (checking first if need be), and for the selected cell
  // ShowFinding, FixCell, IgnoreCell: run on the main thread under the panel's lock.
  void run_command(const std::string& name) override;
  // The command that opened the deck (a shortcut pressed before the panel existed), once the
  // panel's events have started.
  void run_pending_command();

 private:
  void on_action(const std::string& name) override;
  void on_item(const std::string& name, sal_Int32 selected) override;

  enum class Scope { workbook, sheet, selection };  // the scope list's items, in its order
  void validate();  // the scope chosen: every sheet, the active sheet or the selection
  void validate_scope(bool fresh);  // fresh: as validate(); else what was checked last
  void point_to_tables();  // the active sheet has no table: which sheets have one
  // A change to the document (typing, paste, undo, a macro) that is not the panel's own: the list
  // is checked again once the office is idle, or said to be out of date on a sheet too large to
  // check at every change.
  void on_document_modified();
  void recheck_after_change();
  bool small_enough_to_follow() const;
  void follow_selection();  // the user selected a cell: its finding, if any, is chosen in the list
  void handle_command(const std::string& name);
  // The selected cell as (sheet, "D23"); none for a range, a shape or several ranges.
  std::optional<std::pair<OUString, OUString>> cursor_cell() const;
  std::vector<org::jixiao::Finding> findings_at_cursor() const;  // listed ones, at the selected cell
  CellMenu::Entries cell_menu_entries();  // its findings, fix and ignore, for the context menu
  void show_detail(sal_Int32 index);
  void refresh_list();  // after a filter, an ignore or a validation
  void fill_list();     // the list's lines from shown_ and groups_ (after a group opens or closes)
  void toggle_group(sal_Int32 group);
  std::pair<sal_Int16, sal_Int16> current_filters();  // the severity and rule filters' positions
  void select_entry(sal_Int32 index);
  void step(sal_Int32 by);
  void ignore(bool whole_rule);
  void reset_ignored();
  void set_highlight(bool on);
  void fix(bool only_selected);
  // Applies the fixes of `candidates` (one undo step) and checks again; `one_by_one`: the user
  // chose them (a row move is applied when it is the only one).
  void fix_findings(const std::vector<org::jixiao::Finding>& candidates, bool one_by_one);
  void write_report();
  void export_csv();
  void show_status(const OUString& text);
  std::vector<org::jixiao::Finding> selected_findings() const;
  css::uno::Sequence<org::jixiao::Finding> visible_sequence() const;
  css::uno::Sequence<org::jixiao::Finding> run_validation();
  void remark_cells(const css::uno::Sequence<org::jixiao::Finding>& findings);

  css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
  Scope scope_ = Scope::workbook;                        // what was checked last
  css::uno::Reference<css::sheet::XSpreadsheet> sheet_;  // the active sheet when last checked
  css::uno::Reference<css::uno::XInterface> range_;      // the selection last validated, if only that
  OUString template_name_;                               // "" = recognize
  std::vector<OUString> disabled_rules_;
  css::uno::Sequence<org::jixiao::Finding> all_;  // as the validator returned them
  std::vector<org::jixiao::Finding> shown_;       // passing the filters, in the validator's order
  // The findings by sheet and table (Finding::Table), in order of first appearance; a header line
  // each when there are several. A closed group lists no findings; closed groups stay closed
  // across checks, by sheet and table.
  struct Group {
    OUString sheet, table;
    std::vector<sal_Int32> members;  // indexes into shown_
    bool closed = false;
  };
  struct Entry {
    sal_Int32 finding = -1;  // index into shown_, -1 for a group's header line
    sal_Int32 group = 0;
  };
  std::vector<Group> groups_;
  std::vector<Entry> entries_;  // the list's lines
  std::set<std::pair<OUString, OUString>> closed_groups_;
  bool capped_ = false;  // the list holds only the first kMaxListed findings
  std::pair<sal_Int16, sal_Int16> filters_applied_{-1, -1};  // severity and rule positions shown_ reflects
  std::vector<OUString> rule_choices_;            // the rule filter's items after "all rules"
  bool validated_ = false;
  rtl::Reference<DocumentWatch> watch_;
  rtl::Reference<CellMenu> cell_menu_;
  css::uno::Reference<css::frame::XController> menu_controller_;  // where cell_menu_ is registered
  std::atomic<bool> own_change_{false};      // the panel's own action is changing the document
  std::atomic<bool> recheck_queued_{false};  // a check after a change waits for the main thread
  bool stale_ = false;                       // changed since the last check, not checked again
  bool follow_changes_ = true;               // the settings' 改动后自动重新检查
};

}  // namespace jixiao::uno
