// Linked into the component only (src/uno/CMakeLists.txt). GCC 12's headers make every container
// allocation able to call std::__throw_bad_array_new_length, which libstdc++ exports only since
// GCC 11 (GLIBCXX_3.4.29); the office's libstdc++ may be older. This hidden definition satisfies
// those calls inside the component, so it needs no libstdc++ newer than the baseline (DEVELOPERS.md,
// "Portability"). It does what libstdc++'s own does.
#include <new>

namespace std {

[[noreturn]] __attribute__((visibility("hidden"))) void __throw_bad_array_new_length() {
  throw std::bad_array_new_length();
}

}  // namespace std
