#include "core/text/icu_functions.hpp"

// Only for ICU's types, constants and declarations: no function below is called by its linked
// name, each is called through a pointer resolved at run time (decltype is unevaluated).
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "platform/shared_library.hpp"

namespace jixiao::core::unicode {

namespace {

// The ICU functions resolved by their versioned names; all set, or none.
struct IcuFunctions {
  decltype(&u_hasBinaryProperty) has_binary_property = nullptr;
  decltype(&unorm2_getNFKCInstance) get_nfkc_instance = nullptr;
  decltype(&unorm2_normalize) normalize = nullptr;
  decltype(&unorm2_isNormalized) is_normalized = nullptr;
  decltype(&u_strCaseCompare) case_compare = nullptr;
  decltype(&u_getVersion) get_version = nullptr;
  const UNormalizer2* nfkc = nullptr;
  std::string origin;
};

// Versions of ICU with the C API used here (unorm2 came in 4.4); 4.x named its symbols _4_8.
constexpr int newest_icu_major = 99;
constexpr int oldest_icu_major = 50;

std::optional<int> major_in_file_name(const std::string& path) {
  const std::size_t so = path.rfind(".so.");
  if (so == std::string::npos) return std::nullopt;
  int major = 0;
  std::size_t i = so + 4;
  for (; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i) major = major * 10 + (path[i] - '0');
  if (i == so + 4) return std::nullopt;
  return major;
}

// The library: the one already in the process (LibreOffice's), else the newest the loader finds.
std::pair<void*, std::string> open_icu_library() {
  if (const std::optional<std::string> loaded = platform::loaded_library_path("libicuuc.so")) {
    if (void* library = platform::open_library(*loaded)) return {library, *loaded};
  }
  for (int major = newest_icu_major; major >= oldest_icu_major; --major) {
    const std::string name = "libicuuc.so." + std::to_string(major);
    if (void* library = platform::open_library(name)) return {library, name};
  }
  if (void* library = platform::open_library("libicuuc.so")) return {library, "libicuuc.so"};
  return {nullptr, {}};
}

// The suffix ICU appended to its symbols: "_72" as a rule, nothing for a build configured with
// --disable-renaming; the file name's major version is tried first.
std::optional<std::string> symbol_suffix(void* library, const std::string& path) {
  std::vector<std::string> candidates;
  if (const std::optional<int> major = major_in_file_name(path)) candidates.push_back("_" + std::to_string(*major));
  candidates.push_back("");
  for (int major = newest_icu_major; major >= oldest_icu_major; --major)
    candidates.push_back("_" + std::to_string(major));
  for (const std::string& suffix : candidates) {
    if (platform::library_symbol(library, "u_getVersion" + suffix) != nullptr) return suffix;
  }
  return std::nullopt;
}

template <typename Function>
bool resolve(void* library, const std::string& name, const std::string& suffix, Function& function) {
  function = reinterpret_cast<Function>(platform::library_symbol(library, name + suffix));
  return function != nullptr;
}

IcuFunctions load_icu() {
  IcuFunctions f;
  const auto [library, path] = open_icu_library();
  if (library == nullptr) return f;
  const std::optional<std::string> suffix = symbol_suffix(library, path);
  if (!suffix) return f;
  const bool complete = resolve(library, "u_hasBinaryProperty", *suffix, f.has_binary_property) &&
                        resolve(library, "unorm2_getNFKCInstance", *suffix, f.get_nfkc_instance) &&
                        resolve(library, "unorm2_normalize", *suffix, f.normalize) &&
                        resolve(library, "unorm2_isNormalized", *suffix, f.is_normalized) &&
                        resolve(library, "u_strCaseCompare", *suffix, f.case_compare) &&
                        resolve(library, "u_getVersion", *suffix, f.get_version);
  UErrorCode status = U_ZERO_ERROR;
  if (complete) f.nfkc = f.get_nfkc_instance(&status);
  if (!complete || f.nfkc == nullptr || U_FAILURE(status)) return IcuFunctions{};
  UVersionInfo version{};
  f.get_version(version);
  f.origin = "ICU " + std::to_string(version[0]) + "." + std::to_string(version[1]) + " (" + path + ")";
  return f;
}

const IcuFunctions& icu() {
  static const IcuFunctions functions = load_icu();
  return functions;
}

bool has_icu() { return icu().has_binary_property != nullptr; }

// Unicode 15's White_Space and Ideographic, for a process without ICU (both checked against ICU
// by the unit tests). White_Space has not changed since Unicode 6.3.
constexpr std::array<std::pair<char32_t, char32_t>, 10> white_space_ranges{{
    {0x0009, 0x000D}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00A0, 0x00A0}, {0x1680, 0x1680},
    {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}}};
constexpr std::array<std::pair<char32_t, char32_t>, 20> ideographic_ranges{{
    {0x3006, 0x3007},   {0x3021, 0x3029},   {0x3038, 0x303A},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
    {0xF900, 0xFA6D},   {0xFA70, 0xFAD9},   {0x16FE4, 0x16FE4}, {0x17000, 0x187F7}, {0x18800, 0x18CD5},
    {0x18D00, 0x18D08}, {0x1B170, 0x1B2FB}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
    {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A}, {0x31350, 0x323AF}}};

template <std::size_t N>
bool in_ranges(const std::array<std::pair<char32_t, char32_t>, N>& ranges, char32_t c) {
  return std::any_of(ranges.begin(), ranges.end(), [c](const auto& r) { return c >= r.first && c <= r.second; });
}

// The part of NFKC that budget tables need when no ICU is there: full-width ASCII and U+3000.
char16_t fallback_nfkc_unit(char16_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return static_cast<char16_t>(c - 0xFEE0);
  if (c == 0x3000) return u' ';
  return c;
}

bool fits_int32(std::u16string_view text) {
  return text.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max());
}

const UChar* as_uchars(std::u16string_view text) { return reinterpret_cast<const UChar*>(text.data()); }

char16_t ascii_lower(char16_t c) { return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c; }

}  // namespace

bool fallback_is_white_space(char32_t c) { return in_ranges(white_space_ranges, c); }
bool fallback_is_ideographic(char32_t c) { return in_ranges(ideographic_ranges, c); }

bool is_white_space(char32_t c) {
  const IcuFunctions& f = icu();
  return f.has_binary_property ? f.has_binary_property(static_cast<UChar32>(c), UCHAR_WHITE_SPACE) != 0
                               : fallback_is_white_space(c);
}

bool is_ideographic(char32_t c) {
  const IcuFunctions& f = icu();
  return f.has_binary_property ? f.has_binary_property(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC) != 0
                               : fallback_is_ideographic(c);
}

bool is_nfkc(std::u16string_view text) {
  if (!has_icu()) return std::none_of(text.begin(), text.end(), [](char16_t c) { return fallback_nfkc_unit(c) != c; });
  if (!fits_int32(text)) return true;
  UErrorCode status = U_ZERO_ERROR;
  const UBool normalized =
      icu().is_normalized(icu().nfkc, as_uchars(text), static_cast<int32_t>(text.size()), &status);
  return U_FAILURE(status) || normalized != 0;  // on failure the text is kept as it is
}

std::u16string nfkc(std::u16string_view text) {
  std::u16string result;
  if (!has_icu()) {
    result.reserve(text.size());
    for (char16_t c : text) result += fallback_nfkc_unit(c);
    return result;
  }
  if (!fits_int32(text)) return std::u16string(text);
  const IcuFunctions& f = icu();
  // NFKC rarely grows text much; one retry with the size ICU asks for covers the rest.
  result.resize(text.size() + 16);
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = f.normalize(f.nfkc, as_uchars(text), static_cast<int32_t>(text.size()),
                                       reinterpret_cast<UChar*>(result.data()), static_cast<int32_t>(result.size()),
                                       &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      result.resize(static_cast<std::size_t>(length));
      continue;
    }
    if (U_FAILURE(status)) return std::u16string(text);
    result.resize(static_cast<std::size_t>(length));
    return result;
  }
  return std::u16string(text);
}

int compare_folded(std::u16string_view a, std::u16string_view b) {
  if (has_icu() && fits_int32(a) && fits_int32(b)) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t order = icu().case_compare(as_uchars(a), static_cast<int32_t>(a.size()), as_uchars(b),
                                             static_cast<int32_t>(b.size()), U_FOLD_CASE_DEFAULT, &status);
    if (U_SUCCESS(status)) return order;
  }
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    const char16_t x = ascii_lower(a[i]);
    const char16_t y = ascii_lower(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

std::string icu_origin() {
  return has_icu() ? icu().origin
                   : "no ICU found: built-in White_Space and Ideographic tables, NFKC of full-width ASCII only";
}

}  // namespace jixiao::core::unicode
