#pragma once

#include <QtGlobal>

// The whole wait for the answer to one request, shared by its attempts and the back-off pauses
// between them (webhookctl's --timeout). Only time spent waiting on the server is counted: an
// attempt on the wire that failed (timeout, network error, 5xx) and the pause before its retry.
// Rate-limit waits (for a slot, a 429 and the pause it asks for) are not: the server is answering.
// A default-made budget has no limit: attempts then take the transport's timeout, as before.
class WaitBudget
{
public:
    WaitBudget() = default;
    // limitMs: the whole wait (0: no limit). attemptTimeoutMs: the most one attempt may take when
    // a retry can still follow it (0 or more than limitMs: limitMs).
    WaitBudget(qint64 limitMs, qint64 attemptTimeoutMs);

    bool isLimited() const { return m_limitMs > 0; }
    qint64 limitMs() const { return m_limitMs; }
    qint64 attemptTimeoutMs() const { return m_attemptMs; }
    qint64 spentMs() const { return m_spentMs; }
    qint64 remainingMs() const { return isLimited() ? qMax<qint64>(0, m_limitMs - m_spentMs) : 0; }
    // The least a retry must be left after its pause to be worth starting: half an attempt. Less
    // would mostly time out again on a slow server and only add to its load.
    qint64 usefulShareMs() const { return m_attemptMs / 2; }

    // The timeout of the next attempt (0 when unlimited: the transport's default). An attempt
    // after which no retry could follow (`lastAttempt`, or too little would be left) gets all
    // that is left, so that the whole wait is used; any other gets attemptTimeoutMs().
    qint64 nextAttemptTimeoutMs(bool lastAttempt) const;
    // Counts an attempt that failed after `durationMs` on the wire (a 429 is not counted).
    void spend(qint64 durationMs);
    // Whether a retry after a pause of `delayMs` still gets its useful share of what is left; if
    // so, the pause is counted. Always true when unlimited.
    bool takeRetry(qint64 delayMs);

private:
    qint64 m_limitMs = 0;
    qint64 m_attemptMs = 0;
    qint64 m_spentMs = 0;
};
