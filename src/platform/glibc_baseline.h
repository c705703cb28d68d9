/* Force-included (-include) into every file of the component, on Linux with glibc only.

   A symbol that glibc has given a newer version since 2.17 (pow, exp and log in 2.29, dlopen and
   dlsym in 2.34) would otherwise be linked at the build machine's newest version, and an older
   glibc would refuse to load the component. These directives bind the references to the versions every
   glibc of the baseline has (x86-64: GLIBC_2.2.5, AArch64: GLIBC_2.17, each architecture's first).
   tests/portability/check_binary.py (ctest portability.binary) fails when a newer one slips in. */
#if defined(__linux__)
#if defined(__x86_64__)
#define JIXIAO_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define JIXIAO_GLIBC_BASE "GLIBC_2.17"
#endif
#if defined(JIXIAO_GLIBC_BASE)
__asm__(".symver pow,pow@" JIXIAO_GLIBC_BASE);
__asm__(".symver exp,exp@" JIXIAO_GLIBC_BASE);
__asm__(".symver log,log@" JIXIAO_GLIBC_BASE);
__asm__(".symver dlopen,dlopen@" JIXIAO_GLIBC_BASE);
__asm__(".symver dlsym,dlsym@" JIXIAO_GLIBC_BASE);
#endif
#endif
