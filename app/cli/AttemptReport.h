#pragma once

#include <QCoreApplication>
#include <QString>

class ApiError;
struct RetryNotice;

// What webhookctl says about the attempts of one request: a line per retry on a terminal ("No
// answer within 3 s; trying again (attempt 2 of 4)…"), and, when it gives up, how long it waited
// and how many times it tried.
class AttemptReport
{
    Q_DECLARE_TR_FUNCTIONS(AttemptReport)
public:
    static QString retryLine(const RetryNotice &notice);
    // The message for a failed request to `server` (host and port): for a timeout "No answer from
    // <server> after 2 s (1 attempt)." with what to do; for another failure that was tried more
    // than once, its message and how often and how long it was tried.
    static QString failure(const ApiError &error, const QString &server);
    // "2 s", "1.5 s", "30 s": tenths below 10 s, whole seconds above.
    static QString seconds(qint64 ms);
};
