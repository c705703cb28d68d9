# Cross-building for ARM64 Linux from x86-64 Debian (scripts/build-arm64.sh passes
# -DJIXIAO_ARM64_SYSROOT=…, a folder of arm64 .debs unpacked: LibreOffice's URE, ICU, Boost.Test).
# Headers come from this machine (the same for every architecture); libraries from the sysroot and
# the cross toolchain (g++-aarch64-linux-gnu); programs built for ARM64 run under qemu-aarch64.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(JIXIAO_ARM64_SYSROOT "" CACHE PATH "arm64 .debs unpacked")
set(CMAKE_FIND_ROOT_PATH "${JIXIAO_ARM64_SYSROOT}" /usr/aarch64-linux-gnu /)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
# Libraries that the sysroot's libraries need, found at link time.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-Wl,-rpath-link,${JIXIAO_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-Wl,-rpath-link,${JIXIAO_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-Wl,-rpath-link,${JIXIAO_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu")
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu -E "LD_LIBRARY_PATH=${JIXIAO_ARM64_SYSROOT}/usr/lib/aarch64-linux-gnu")
