// Text across the UNO boundary: the SDK's string types in our namespace, and UTF-16 (UNO) <->
// UTF-8 (the core) without loss, for every component and client of ours.
#pragma once

#include <string>
#include <string_view>

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

namespace jixiao::uno {

// The SDK, unlike LibreOffice's own build, does not put these in the global
// namespace.
using rtl::OString;
using rtl::OUString;

// UTF-16 (UNO) <-> UTF-8 (the core), exact both ways for any cell text. A Calc cell may hold an
// unpaired surrogate (=UNICHAR(55296), a damaged file); rtl's converter turns it into '?' and
// swallows the character after it, so a fix would write back other text than was read. Here an
// unpaired surrogate becomes its 3-byte generalized UTF-8 form (WTF-8), which the core keeps as
// invalid bytes and from_utf8 turns back into the same surrogate (strings.cpp).
std::string to_utf8(const OUString& text);
OUString from_utf8(std::string_view text);

}  // namespace jixiao::uno
