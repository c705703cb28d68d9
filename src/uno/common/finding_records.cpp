#include "uno/common/finding_records.hpp"

#include "uno/common/strings.hpp"

namespace jixiao::uno {

std::vector<core::FindingRecord> records_of(const css::uno::Sequence<org::jixiao::Finding>& findings) {
  std::vector<core::FindingRecord> records;
  records.reserve(static_cast<std::size_t>(findings.getLength()));
  for (const auto& f : findings)
    records.push_back({to_utf8(f.Sheet), to_utf8(f.Cell), f.Row, f.Column, to_utf8(f.RuleId),
                       core::severity_from_code(to_utf8(f.Severity)), to_utf8(f.Message), bool(f.HasFix)});
  return records;
}

}  // namespace jixiao::uno
