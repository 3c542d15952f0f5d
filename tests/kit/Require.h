#pragma once

#include <QTest>

// A test's prerequisite (a program, a TLS backend, a network address, the throwaway keyring).
// Missing on a developer's machine, the test is skipped with the reason; missing under CI (CI is
// set, as .ci/run's environment has it), it fails: there a skip would pass for a success.
#define WEBHOOK_REQUIRE(condition, reason)                                                                             \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL(reason " (required under CI)");                                                                  \
            else                                                                                                       \
                QSKIP(reason);                                                                                         \
        }                                                                                                              \
    } while (false)
