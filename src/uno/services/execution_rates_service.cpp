#include "uno/services/execution_rates_service.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <variant>
#include <vector>

#include "core/rates/rate_plan.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "uno/common/document_guard.hpp"
#include "uno/services/rate_sheet_writer.hpp"
#include "uno/common/validator_grid.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;

namespace {

// Which argument a refusal is about (IllegalArgumentException::ArgumentPosition).
sal_Int16 position_of(core::RateRefusal refusal) {
  switch (refusal) {
    case core::RateRefusal::no_base_column:
    case core::RateRefusal::no_lines:
    case core::RateRefusal::unknown_base:
      return 1;
    case core::RateRefusal::bad_date:
      return 2;
    case core::RateRefusal::bad_threshold:
      return 3;
    default:
      return 0;
  }
}

[[noreturn]] void refuse(core::RateRefusal refusal, core::RateBase base, core::Language language,
                         const Reference<css::uno::XInterface>& context) {
  throw css::lang::IllegalArgumentException(from_utf8(core::refusal_message(refusal, base, language)), context,
                                            position_of(refusal));
}

}  // namespace

Sequence<OUString> ExecutionRates::availableBases(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return declared_exceptions_only<>(ui_language(context_), static_cast<cppu::OWeakObject*>(this), [&] {
    if (!sheet.is()) return Sequence<OUString>();
    const std::vector<core::RateBase> bases = core::available_rate_bases(read_grid(sheet, used_area(sheet)));
    Sequence<OUString> codes(static_cast<sal_Int32>(bases.size()));
    for (std::size_t i = 0; i < bases.size(); ++i) codes.getArray()[i] = from_utf8(core::rate_base_code(bases[i]));
    return codes;
  });
}

OUString ExecutionRates::insertRates(const Reference<css::sheet::XSpreadsheet>& sheet, const OUString& base,
                                     const css::util::Date& asOf, double lagThreshold, const OUString& language) {
  const core::Language lang = requested_language(language, context_);
  return refusals_only(lang, static_cast<cppu::OWeakObject*>(this), [&] {
    if (!sheet.is()) throw css::lang::IllegalArgumentException("insertRates: no sheet", *this, 0);
    const std::optional<core::RateBase> rate_base = core::rate_base_from_code(to_utf8(base.trim()));
    if (!rate_base) refuse(core::RateRefusal::unknown_base, core::RateBase::budget, lang, *this);

    const Reference<css::sheet::XSpreadsheetDocument> document = document_of(sheet);
    if (is_read_only(document)) refuse(core::RateRefusal::read_only, *rate_base, lang, *this);
    if (is_protected(sheet)) refuse(core::RateRefusal::protected_sheet, *rate_base, lang, *this);

    core::RateRequest request;
    request.base = *rate_base;
    request.as_of = std::chrono::year{asOf.Year} / std::chrono::month{asOf.Month} / std::chrono::day{asOf.Day};
    request.lag_threshold = lagThreshold;
    request.language = lang;
    const auto planned = core::plan_rates(read_grid(sheet, used_area(sheet)), request);
    if (const auto* refusal = std::get_if<core::RateRefusal>(&planned)) refuse(*refusal, *rate_base, lang, *this);

    UndoContext undo(document, from_utf8(lang == core::Language::zh_cn ? "Jixiao: 执行率" : "Jixiao: execution rates"));
    try {
      return write_rate_plan(document, sheet, std::get<core::RatePlan>(planned));
    } catch (...) {
      undo.roll_back();  // a failure half-way leaves the sheet as it was
      throw;
    }
  });
}

OUString ExecutionRates::getImplementationName() {
  return OUString::createFromAscii(kExecutionRatesImplementationName);
}

sal_Bool ExecutionRates::supportsService(const OUString& name) { return name.equalsAscii(kExecutionRatesServiceName); }

Sequence<OUString> ExecutionRates::getSupportedServiceNames() {
  Sequence<OUString> names(1);
  names.getArray()[0] = OUString::createFromAscii(kExecutionRatesServiceName);
  return names;
}

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_ExecutionRatesImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  auto* instance = new jixiao::uno::ExecutionRates(context);
  instance->acquire();  // the caller takes over this reference
  return static_cast<cppu::OWeakObject*>(instance);
}
