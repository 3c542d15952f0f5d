#pragma once

#include <QRandomGenerator>

// Fault injection for tests of clients: added latency, a share of 5xx answers, of malformed JSON
// answers, of dropped connections (before or after the request was handled) and of 429 answers (a
// "429 storm", as if another client used up the key's window), each share 0..1, decided per request.
class FaultInjector
{
public:
    struct Settings
    {
        qint64 latencyMs = 0;
        double share5xx = 0;
        double shareMalformed = 0;
        double shareDrop = 0;
        double share429 = 0;
        double shareDropAfter = 0;  // handled, then the connection is closed without an answer
        quint32 seed = 0;  // 0: random
    };
    enum class Fault { None, Drop, ServerError, Malformed, TooManyRequests, DropAfterHandling };

    explicit FaultInjector(Settings settings);

    Fault next();
    qint64 latencyMs() const { return m_settings.latencyMs; }
    bool isActive() const;

private:
    Settings m_settings;
    QRandomGenerator m_random;
};
