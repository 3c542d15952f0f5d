#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant the fuzzed code must keep. A violation aborts, which libFuzzer reports as a crash
// with the input that caused it (saved as crash-<sha1> in the working directory).
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);                       \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)
