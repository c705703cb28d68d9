#include "uno/sidebar/panel_support.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Reference<css::sheet::XSpreadsheetDocument> spreadsheet_of(const Reference<css::frame::XFrame>& frame) {
  return Reference<css::sheet::XSpreadsheetDocument>(frame->getController()->getModel(), UNO_QUERY_THROW);
}

StatusProgress::StatusProgress(const Reference<css::frame::XFrame>& frame, const OUString& text, sal_Int32 steps) {
  try {
    Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
    if (factory.is()) indicator_ = factory->createStatusIndicator();
    if (indicator_.is()) indicator_->start(text, steps);
  } catch (const css::uno::Exception&) {
    indicator_.clear();  // progress is a courtesy; the work goes on without it
  }
}

void StatusProgress::step() {
  try {
    if (indicator_.is()) indicator_->setValue(++done_);
  } catch (const css::uno::Exception&) {
  }
}

StatusProgress::~StatusProgress() {
  try {
    if (indicator_.is()) indicator_->end();
  } catch (const css::uno::Exception&) {
  }
}

}  // namespace jixiao::uno
