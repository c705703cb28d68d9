// org.jixiao.IgnoreList: the findings and rules a user chose to ignore, kept in the document as
// the user-defined document property "JixiaoIgnored" (core/outputs/ignore_list.hpp is the text's format).
// A document property rather than a cell or a hidden sheet: it is no cell data, so the user's
// tables never change, and it survives saving as .ods, .xlsx (docProps/custom.xml) and .xls.
//
// Ignoring works on read-only documents too, in memory: it changes no data, and a user reading a
// file they cannot save still wants to hide what they have already looked at. Every change marks
// the document modified (LibreOffice does so for any document property), so a saveable document
// keeps the list when the user saves.

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/jixiao/XIgnoreList.hpp>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/catalog/finding.hpp"
#include "core/outputs/ignore_list.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

namespace {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::jixiao::Finding;

constexpr char kServiceName[] = "org.jixiao.IgnoreList";
constexpr char kImplementationName[] = "org.jixiao.IgnoreListImpl";
// The document property's name. Stable: documents saved by every version carry it.
constexpr char kPropertyName[] = "JixiaoIgnored";

core::FindingPlace place_of(const Finding& finding) {
  return {to_utf8(finding.Sheet), to_utf8(finding.Cell), to_utf8(finding.RuleId)};
}

class IgnoreListService : public cppu::WeakImplHelper2<org::jixiao::XIgnoreList, css::lang::XServiceInfo> {
 public:
  explicit IgnoreListService(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

  void SAL_CALL ignoreFinding(const Reference<css::sheet::XSpreadsheetDocument>& document,
                              const Finding& finding) override {
    refusals_only(ui_language(context_), *this, [&] {
      user_properties(document);  // refuses a missing document
      core::IgnoreList list = read(document);
      if (!core::find_rule(to_utf8(finding.RuleId))) refuse_unknown_rule(finding.RuleId, 1);
      switch (list.ignore_finding(place_of(finding))) {
        case core::IgnoreChange::added:
          return write(document, list);
        case core::IgnoreChange::already_ignored:
          return;
        case core::IgnoreChange::invalid:
          refuse(text("无法忽略这个问题：工作表名称“", "This finding cannot be ignored: the sheet \"") + finding.Sheet +
                     text("”或单元格地址“", "\" or the cell address \"") + finding.Cell +
                     text("”无效。", "\" is not valid."),
                 1);
      }
    });
  }

  void SAL_CALL ignoreRule(const Reference<css::sheet::XSpreadsheetDocument>& document,
                           const OUString& ruleId) override {
    refusals_only(ui_language(context_), *this, [&] {
      user_properties(document);  // refuses a missing document
      core::IgnoreList list = read(document);
      if (!core::find_rule(to_utf8(ruleId))) refuse_unknown_rule(ruleId, 1);
      if (list.ignore_rule(to_utf8(ruleId)) == core::IgnoreChange::added) write(document, list);
    });
  }

  void SAL_CALL resetIgnored(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
    refusals_only(ui_language(context_), *this, [&] {
      Reference<css::beans::XPropertyContainer> properties = user_properties(document);
      if (Reference<css::beans::XPropertySet>(properties, UNO_QUERY_THROW)
              ->getPropertySetInfo()
              ->hasPropertyByName(OUString::createFromAscii(kPropertyName)))
        properties->removeProperty(OUString::createFromAscii(kPropertyName));
    });
  }

  Sequence<Finding> SAL_CALL withoutIgnored(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                            const Sequence<Finding>& findings) override {
    return declared_exceptions_only<>(ui_language(context_), *this, [&] {
      const std::vector<Finding> kept =
          core::without_ignored(read(document), std::vector<Finding>(findings.begin(), findings.end()), place_of);
      return Sequence<Finding>(kept.data(), static_cast<sal_Int32>(kept.size()));
    });
  }

  Sequence<OUString> SAL_CALL ignoredEntries(const Reference<css::sheet::XSpreadsheetDocument>& document) override {
    return declared_exceptions_only<>(ui_language(context_), *this, [&] {
      const std::vector<std::string> entries = read(document).entries();
      Sequence<OUString> result(static_cast<sal_Int32>(entries.size()));
      for (std::size_t i = 0; i < entries.size(); ++i) result.getArray()[i] = from_utf8(entries[i]);
      return result;
    });
  }

  OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
  sal_Bool SAL_CALL supportsService(const OUString& name) override { return name.equalsAscii(kServiceName); }
  Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
    Sequence<OUString> names(1);
    names.getArray()[0] = OUString::createFromAscii(kServiceName);
    return names;
  }

 private:
  // Messages follow the office UI language: these methods have no language argument.
  OUString text(const char* zh, const char* en) const {
    return ui_language(context_) == core::Language::zh_cn ? from_utf8(zh) : OUString::createFromAscii(en);
  }

  [[noreturn]] void refuse(const OUString& message, sal_Int16 position) {
    throw css::lang::IllegalArgumentException(message, static_cast<cppu::OWeakObject*>(this), position);
  }

  [[noreturn]] void refuse_unknown_rule(const OUString& rule_id, sal_Int16 position) {
    refuse(text("没有这条规则：“", "There is no rule \"") + rule_id + text("”。", "\"."), position);
  }

  Reference<css::beans::XPropertyContainer> user_properties(
      const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY);
    if (!supplier.is()) refuse(text("没有文档。", "No document was given."), 0);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
  }

  // Without a document nothing is ignored: withoutIgnored and ignoredEntries may not throw an
  // IllegalArgumentException (their IDL declares none), so they read an empty list instead.
  core::IgnoreList read(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    if (!Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY).is()) return {};
    Reference<css::beans::XPropertySet> properties(user_properties(document), UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(kPropertyName);
    OUString stored;  // stays empty when the property is missing or not a text
    if (properties->getPropertySetInfo()->hasPropertyByName(name)) properties->getPropertyValue(name) >>= stored;
    return core::IgnoreList::parse(to_utf8(stored));
  }

  void write(const Reference<css::sheet::XSpreadsheetDocument>& document, const core::IgnoreList& list) {
    Reference<css::beans::XPropertyContainer> container = user_properties(document);
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    const OUString name = OUString::createFromAscii(kPropertyName);
    const css::uno::Any value(from_utf8(list.serialize()));
    if (properties->getPropertySetInfo()->hasPropertyByName(name)) {
      // A property of that name but another type (made by hand) is replaced, not converted.
      if (properties->getPropertyValue(name).getValueTypeClass() == css::uno::TypeClass_STRING)
        return properties->setPropertyValue(name, value);
      container->removeProperty(name);
    }
    // REMOVABLE: user-defined properties must be, or resetIgnored could not remove it.
    container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE, value);
  }

  Reference<css::uno::XComponentContext> context_;
};

}  // namespace

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_IgnoreListImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  auto* instance = new jixiao::uno::IgnoreListService(context);
  instance->acquire();  // the caller takes over this reference
  return static_cast<cppu::OWeakObject*>(instance);
}
