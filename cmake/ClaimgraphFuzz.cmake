# CLAIMGRAPH_FUZZ: instrument the whole build for libFuzzer with AddressSanitizer
# and UndefinedBehaviorSanitizer, when the compiler can (clang; gcc cannot).
# Sets CLAIMGRAPH_FUZZ_ENABLED; fuzz/CMakeLists.txt builds the targets then.
set(CLAIMGRAPH_FUZZ_ENABLED OFF)
if(CLAIMGRAPH_FUZZ)
  include(CheckCXXSourceCompiles)
  # libFuzzer supplies main(), so a program with only the entry point links.
  set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address,undefined")
  check_cxx_source_compiles([[
    #include <cstddef>
    #include <cstdint>
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, std::size_t) { return 0; }
  ]] CLAIMGRAPH_HAVE_LIBFUZZER)
  unset(CMAKE_REQUIRED_FLAGS)
  if(CLAIMGRAPH_HAVE_LIBFUZZER)
    set(CLAIMGRAPH_FUZZ_ENABLED ON)
    # The library is instrumented for coverage too (fuzzer-no-link): that is
    # where the code under test is. UB stops the run like a crash.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
  else()
    message(WARNING "claimgraph: CLAIMGRAPH_FUZZ is ON but ${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION} "
                    "cannot build with -fsanitize=fuzzer: the fuzz targets are skipped. Configure with "
                    "CXX=clang++ (Debian: apt-get install clang libclang-rt-dev), see docs/fuzzing.md.")
  endif()
endif()
