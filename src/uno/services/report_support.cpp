#include "uno/services/report_support.hpp"

namespace jixiao::uno {

OUString report_label(const char* code, core::Language language, const core::LabelArguments& arguments) {
  return from_utf8(core::report_labels().text(code, language, arguments));
}

}  // namespace jixiao::uno
