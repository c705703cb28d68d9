// to_utf8 and from_utf8 (declared in strings.hpp): UTF-16 <-> UTF-8 that keeps unpaired
// surrogates, written out because rtl's converter does not (see the header).
#include <rtl/ustrbuf.hxx>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

namespace {

bool is_high_surrogate(sal_Unicode u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low_surrogate(sal_Unicode u) { return u >= 0xDC00 && u <= 0xDFFF; }

void append_utf8(std::string& out, sal_uInt32 c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {  // unpaired surrogates land here too: ED A0 80 … ED BF BF
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

std::string to_utf8(const OUString& text) {
  std::string out;
  out.reserve(static_cast<std::size_t>(text.getLength()));
  const sal_Unicode* units = text.getStr();
  const sal_Int32 length = text.getLength();
  for (sal_Int32 i = 0; i < length; ++i) {
    const sal_Unicode u = units[i];
    if (is_high_surrogate(u) && i + 1 < length && is_low_surrogate(units[i + 1])) {
      append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00));
      ++i;
    } else {
      append_utf8(out, u);
    }
  }
  return out;
}

OUString from_utf8(std::string_view text) {
  rtl::OUStringBuffer out(static_cast<sal_Int32>(text.size()));
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                               : lead >= 0xF0 && lead <= 0xF4                 ? 4
                                                                              : 0;
    bool well_formed = length > 0 && i + length <= text.size();
    sal_uInt32 c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; well_formed && k < length; ++k) {
      const auto byte = static_cast<unsigned char>(text[i + k]);
      well_formed = is_continuation(byte);
      c = (c << 6) | (byte & 0x3F);
    }
    // Overlong forms and values past U+10FFFF are not text; a 3-byte surrogate is (WTF-8, above).
    if (well_formed && ((length == 3 && c < 0x800) || (length == 4 && (c < 0x10000 || c > 0x10FFFF))))
      well_formed = false;
    if (!well_formed) {
      out.append(static_cast<sal_Unicode>(0xFFFD));
      ++i;
      continue;
    }
    if (c >= 0x10000) {
      out.append(static_cast<sal_Unicode>(0xD800 + ((c - 0x10000) >> 10)));
      out.append(static_cast<sal_Unicode>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.append(static_cast<sal_Unicode>(c));
    }
    i += length;
  }
  return out.makeStringAndClear();
}

}  // namespace jixiao::uno
