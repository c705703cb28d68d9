// What both fuzz targets share.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace jixiao::fuzz {

// assert() vanishes with NDEBUG; an invariant must hold in every build type. Prints the input
// as escaped bytes so a broken invariant can be reproduced from the log alone.
inline void check(bool holds, const char* invariant, std::string_view input) {
  if (holds) return;
  std::fprintf(stderr, "invariant broken: %s\ninput (%zu bytes): ", invariant, input.size());
  for (unsigned char c : input) std::fprintf(stderr, "\\x%02X", c);
  std::fprintf(stderr, "\n");
  std::abort();
}

}  // namespace jixiao::fuzz
