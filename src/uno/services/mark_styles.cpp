#include "uno/services/mark_styles.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include "core/outputs/highlight_marks.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::container::XNameContainer> cell_styles(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  return Reference<css::container::XNameContainer>(
      Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
          ->getStyleFamilies()
          ->getByName("CellStyles"),
      UNO_QUERY_THROW);
}

void make(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::vector<MarkStyleSpec>& styles) {
  Reference<css::container::XNameContainer> family = cell_styles(document);
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  for (const auto& spec : styles) {
    if (family->hasByName(spec.name)) continue;
    Reference<css::style::XStyle> style(factory->createInstance("com.sun.star.style.CellStyle"), UNO_QUERY_THROW);
    family->insertByName(spec.name, css::uno::Any(style));  // properties only take once inserted
    if (family->hasByName(spec.parent)) style->setParentStyle(spec.parent);
    Reference<css::beans::XPropertySet>(style, UNO_QUERY_THROW)
        ->setPropertyValue("CellBackColor", css::uno::Any(spec.background));
  }
}

void drop(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::vector<MarkStyleSpec>& styles) {
  Reference<css::container::XNameContainer> family = cell_styles(document);
  for (const auto& spec : styles)
    if (family->hasByName(spec.name)) family->removeByName(spec.name);
}

// The undo action of a creation (undo drops the styles, redo makes them) or of a removal (the
// other way round). It holds the document weakly: the document's undo manager holds the action.
class MarkStylesAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  MarkStylesAction(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<MarkStyleSpec> styles,
                   bool created)
      : document_(document), styles_(std::move(styles)), created_(created) {}

  OUString SAL_CALL getTitle() override { return "Jixiao cell styles"; }
  void SAL_CALL undo() override { change(created_ ? drop : make); }
  void SAL_CALL redo() override { change(created_ ? make : drop); }

 private:
  void change(void (*what)(const Reference<css::sheet::XSpreadsheetDocument>&, const std::vector<MarkStyleSpec>&)) {
    Reference<css::sheet::XSpreadsheetDocument> document(document_.get(), UNO_QUERY);
    if (document.is()) what(document, styles_);
  }

  css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;
  std::vector<MarkStyleSpec> styles_;
  bool created_;
};

}  // namespace

MarkStyles::MarkStyles(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : document_(document), family_(cell_styles(document)) {}

bool MarkStyles::exists(const OUString& name) const { return family_->hasByName(name); }

std::vector<OUString> MarkStyles::all() const {
  std::vector<OUString> marks;
  for (const OUString& name : family_->getElementNames())
    if (core::parse_mark_style(to_utf8(name))) marks.push_back(name);
  return marks;
}

MarkStyleSpec MarkStyles::spec_of(const OUString& name) const {
  MarkStyleSpec spec;
  spec.name = name;
  Reference<css::style::XStyle> style(family_->getByName(name), UNO_QUERY_THROW);
  spec.parent = style->getParentStyle();
  Reference<css::beans::XPropertySet>(style, UNO_QUERY_THROW)->getPropertyValue("CellBackColor") >>= spec.background;
  return spec;
}

void MarkStyles::create(const std::vector<MarkStyleSpec>& styles, const Reference<css::document::XUndoManager>& undo) {
  std::vector<MarkStyleSpec> missing;
  for (const auto& spec : styles)
    if (!exists(spec.name)) missing.push_back(spec);
  if (missing.empty()) return;
  make(document_, missing);
  if (undo.is()) undo->addUndoAction(new MarkStylesAction(document_, std::move(missing), true));
}

void MarkStyles::remove(const std::vector<OUString>& names, const Reference<css::document::XUndoManager>& undo) {
  std::vector<MarkStyleSpec> removed;
  for (const auto& name : names)
    if (exists(name)) removed.push_back(spec_of(name));
  if (removed.empty()) return;
  drop(document_, removed);
  if (undo.is()) undo->addUndoAction(new MarkStylesAction(document_, std::move(removed), false));
}

}  // namespace jixiao::uno
