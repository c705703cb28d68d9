#pragma once

#include <string_view>
#include <vector>

// Dates and periods written as a target's value: the deadline of a 时效指标 (2025年12月底前,
// 2023.12.31前, 2025.1-2025.12, 12月) rather than a quantity.
namespace jixiao::core {

// Whether the working copy of a value (NFKC, no whitespace) is a date or a period: a year of
// 1990-2100 followed by 年, 年度 or a dotted/dashed month; a month followed by 月 (not 个月); a day
// followed by 日 or 号; two of them joined by -, ~, 至 or 到; optionally led by 于, 在, 截至, 到 and
// followed by 前, 之前, 以前, 底, 底前, 末, 初, 内, 完成, 上旬, 中旬, 下旬. A bare number or a
// duration (12个月, 1年) is no date.
bool is_date_text(std::string_view working);

// The years a text names: runs of exactly four ASCII digits from 1990 to 2100 (2024年, 2024-2026,
// 2024.12), in order. Expects NFKC text (full-width digits folded).
std::vector<int> years_in(std::string_view text);

}  // namespace jixiao::core
