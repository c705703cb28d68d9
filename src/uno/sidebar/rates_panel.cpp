#include "uno/sidebar/rates_panel.hpp"

#include <chrono>
#include <com/sun/star/awt/XDateField.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XViewPane.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <org/jixiao/XExecutionRates.hpp>

#include "uno/sidebar/panel_settings.hpp"
#include "uno/sidebar/panel_support.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr sal_Int32 kRow = 26;
// The base choices in the list's order, as org.jixiao.ExecutionRates names them.
const char* const kBases[] = {"budget", "received", "plan"};
const char* const kBaseLabels[] = {"base_budget", "base_received", "base_plan"};

css::util::Date today() {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return css::util::Date(static_cast<sal_uInt16>(static_cast<unsigned>(day.day())),
                         static_cast<sal_uInt16>(static_cast<unsigned>(day.month())),
                         static_cast<sal_Int16>(static_cast<int>(day.year())));
}

}  // namespace

RatesPanel::RatesPanel(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                       const Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url)
    : PanelBase(context, frame, parent, resource_url) {
  const PanelSettings settings = load_panel_settings(context_);
  set_language(settings.language);
  add("base_label", Kind::label, label("rates_base"));
  add("base", Kind::dropdown);
  add("date_label", Kind::label, label("rates_date"));
  add("date", Kind::date);
  add("threshold_label", Kind::label, label("rates_threshold"));
  add("threshold", Kind::number);
  add("insert_rates", Kind::button, label("rates_insert"));
  add("status", Kind::label);
  set_rows({{{{"base_label", 2}, {"base", 3}}, kRow},
            {{{"date_label", 2}, {"date", 3}}, kRow},
            {{{"threshold_label", 2}, {"threshold", 3}}, kRow},
            {{{"insert_rates", 1}}, kRow},
            {{{"status", 1}}, 36}});
  Reference<css::awt::XListBox> bases = control<css::awt::XListBox>("base");
  sal_Int16 chosen = 0;
  for (sal_Int16 i = 0; i < 3; ++i) {
    bases->addItem(label(kBaseLabels[i]), i);
    if (settings.rate_base.equalsAscii(kBases[i])) chosen = i;
  }
  bases->selectItemPos(chosen, true);
  control<css::awt::XDateField>("date")->setDate(today());
  Reference<css::awt::XNumericField> threshold = control<css::awt::XNumericField>("threshold");
  threshold->setDecimalDigits(1);
  threshold->setMin(0);
  threshold->setMax(100);
  threshold->setSpinSize(5);
  threshold->setValue(settings.lag_threshold * 100);  // the setting is a fraction, the field percentage points
  relayout();
}

void RatesPanel::on_action(const std::string& name) {
  if (name != "insert_rates") return;
  try {
    insert_rates();
  } catch (const css::uno::Exception& e) {
    show_status(exception_text(e));  // no block, no base column, protected, read-only: nothing changed
  }
}

void RatesPanel::insert_rates() {
  Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY_THROW);
  const sal_Int16 base = control<css::awt::XListBox>("base")->getSelectedItemPos();
  const double threshold = control<css::awt::XNumericField>("threshold")->getValue() / 100.0;
  const OUString tag = language() == core::Language::zh_cn ? OUString("zh-CN") : OUString("en");
  StatusProgress progress(frame_, label("rates_inserting"), 1);
  const OUString range = create_service<org::jixiao::XExecutionRates>(context_, "org.jixiao.ExecutionRates")
                             ->insertRates(view->getActiveSheet(), OUString::createFromAscii(kBases[base < 0 ? 0 : base]),
                                           control<css::awt::XDateField>("date")->getDate(), threshold, tag);
  progress.step();
  show_status(label("rates_done", {{"range", to_utf8(range)}}));
  show_in_view(view, range);
  PanelSettings settings = load_panel_settings(context_);  // the base chosen last is offered next time
  settings.rate_base = OUString::createFromAscii(kBases[base < 0 ? 0 : base]);
  save_panel_settings(context_, settings);
}

// The new columns and the chart beside them (two columns right of the set), scrolled into view
// when they are not: the chart stands right of everything the sheet holds, often past the window.
void RatesPanel::show_in_view(const Reference<css::sheet::XSpreadsheetView>& view, const OUString& range) {
  try {
    const css::table::CellRangeAddress written =
        Reference<css::sheet::XCellRangeAddressable>(view->getActiveSheet()->getCellRangeByName(range), UNO_QUERY_THROW)
            ->getRangeAddress();
    Reference<css::sheet::XViewPane> pane(view, UNO_QUERY_THROW);
    const css::table::CellRangeAddress visible = pane->getVisibleRange();
    const sal_Int32 chart_column = written.EndColumn + 2;
    if (written.StartColumn < visible.StartColumn || chart_column > visible.EndColumn)
      pane->setFirstVisibleColumn(written.StartColumn);
    if (written.StartRow < visible.StartRow || written.StartRow > visible.EndRow)
      pane->setFirstVisibleRow(std::max<sal_Int32>(written.StartRow - 1, 0));
  } catch (const css::uno::Exception&) {
    // no view to scroll (headless): the status line says where the set is
  }
}

void RatesPanel::show_status(const OUString& text) {
  Reference<css::awt::XFixedText> status = control<css::awt::XFixedText>("status");
  if (status.is()) status->setText(text);
}

}  // namespace jixiao::uno
