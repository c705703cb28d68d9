#include "uno/services/cell_formats.hpp"

#include <algorithm>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <set>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

bool FormatGroup::contains(sal_Int32 row, sal_Int32 column) const {
  for (const auto& a : addresses)
    if (row >= a.StartRow && row <= a.EndRow && column >= a.StartColumn && column <= a.EndColumn) return true;
  return false;
}

sal_Int64 FormatGroup::cell_count() const {
  sal_Int64 count = 0;
  for (const auto& a : addresses)
    count += sal_Int64(a.EndRow - a.StartRow + 1) * sal_Int64(a.EndColumn - a.StartColumn + 1);
  return count;
}

std::vector<FormatGroup> format_groups(const Reference<css::sheet::XSpreadsheet>& sheet) {
  std::vector<FormatGroup> groups;
  Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(sheet, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> all = supplier->getUniqueCellFormatRanges();
  for (sal_Int32 i = 0; i < all->getCount(); ++i) {
    FormatGroup group;
    group.ranges.set(all->getByIndex(i), UNO_QUERY);
    if (!group.ranges.is()) continue;
    group.addresses = group.ranges->getRangeAddresses();
    Reference<css::beans::XPropertySet>(group.ranges, UNO_QUERY_THROW)->getPropertyValue("CellStyle") >>= group.style;
    groups.push_back(std::move(group));
  }
  return groups;
}

namespace {

// The properties a cell style can set, as cell properties, less those that would overwrite
// another's value when set back: TableBorder (it draws the outline of each range), ParaAdjust and
// ParaLastLineAdjust (other views of HoriJustify, turning STANDARD into LEFT), and user-defined
// attributes (a container, never part of a style's look).
Sequence<OUString> formatting_properties(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                         const Reference<css::beans::XPropertySet>& cells) {
  static const std::set<OUString> left_out{"TableBorder",        "TableBorder2",          "ParaAdjust",
                                           "ParaLastLineAdjust", "UserDefinedAttributes", "DisplayName"};
  Reference<css::container::XNameAccess> family(Reference<css::style::XStyleFamiliesSupplier>(document, UNO_QUERY_THROW)
                                                    ->getStyleFamilies()
                                                    ->getByName("CellStyles"),
                                                UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> style(family->getByName("Default"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySetInfo> cell_info = cells->getPropertySetInfo();
  std::vector<OUString> names;
  for (const auto& p : style->getPropertySetInfo()->getProperties()) {
    if ((p.Attributes & css::beans::PropertyAttribute::READONLY) || left_out.count(p.Name)) continue;
    if (!cell_info->hasPropertyByName(p.Name)) continue;  // style-only ("Hidden")
    names.push_back(p.Name);
  }
  // Sorted, so that of two views of one attribute the richer comes last ("TopBorder2" after
  // "TopBorder", "CharStrikeout" after "CharCrossedOut") and wins.
  std::sort(names.begin(), names.end());
  return Sequence<OUString>(names.data(), static_cast<sal_Int32>(names.size()));
}

}  // namespace

CellFormats::CellFormats(const Reference<css::sheet::XSpreadsheetDocument>& document) : document_(document) {
  formatting_properties_ =
      formatting_properties(document, Reference<css::beans::XPropertySet>(ranges({}), UNO_QUERY_THROW));
}

DirectFormatting CellFormats::direct_formatting(const FormatGroup& group) const {
  const Sequence<css::beans::PropertyState> states =
      Reference<css::beans::XPropertyState>(group.ranges, UNO_QUERY_THROW)->getPropertyStates(formatting_properties_);
  std::vector<OUString> direct;
  for (sal_Int32 i = 0; i < states.getLength(); ++i)
    if (states[i] == css::beans::PropertyState_DIRECT_VALUE) direct.push_back(formatting_properties_[i]);
  DirectFormatting kept;
  kept.names = Sequence<OUString>(direct.data(), static_cast<sal_Int32>(direct.size()));
  if (!direct.empty())
    kept.values =
        Reference<css::beans::XMultiPropertySet>(group.ranges, UNO_QUERY_THROW)->getPropertyValues(kept.names);
  return kept;
}

Reference<css::sheet::XSheetCellRanges> CellFormats::ranges(
    const std::vector<css::table::CellRangeAddress>& addresses) const {
  Reference<css::sheet::XSheetCellRangeContainer> container(
      Reference<css::lang::XMultiServiceFactory>(document_, UNO_QUERY_THROW)
          ->createInstance("com.sun.star.sheet.SheetCellRanges"),
      UNO_QUERY_THROW);
  container->addRangeAddresses(Sequence<css::table::CellRangeAddress>(addresses.data(), sal_Int32(addresses.size())),
                               true);
  return Reference<css::sheet::XSheetCellRanges>(container, UNO_QUERY_THROW);
}

void CellFormats::apply_style(const Reference<css::sheet::XSheetCellRanges>& cells, const OUString& style) const {
  Reference<css::beans::XPropertySet>(cells, UNO_QUERY_THROW)->setPropertyValue("CellStyle", css::uno::Any(style));
}

void CellFormats::restore(const Reference<css::sheet::XSheetCellRanges>& cells, const DirectFormatting& kept) const {
  if (kept.names.getLength() > 0)
    Reference<css::beans::XMultiPropertySet>(cells, UNO_QUERY_THROW)->setPropertyValues(kept.names, kept.values);
}

}  // namespace jixiao::uno
