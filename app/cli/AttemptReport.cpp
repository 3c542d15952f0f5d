#include "cli/AttemptReport.h"

#include "api/ApiError.h"
#include "api/RetryNotice.h"

#include <QLocale>

QString AttemptReport::seconds(qint64 ms)
{
    const qint64 tenths = (qMax<qint64>(0, ms) + 50) / 100;
    if (tenths >= 100 || tenths % 10 == 0)
        return tr("%1 s").arg(QLocale().toString((tenths + 5) / 10));
    return tr("%1 s").arg(QLocale().toString(double(tenths) / 10.0, 'f', 1));
}

QString AttemptReport::retryLine(const RetryNotice &notice)
{
    QString what;
    if (notice.outcome == HttpResponse::Outcome::Timeout) {
        what = notice.attemptTimeoutMs > 0 ? tr("No answer within %1").arg(seconds(notice.attemptTimeoutMs))
                                           : tr("No answer in time");
    } else if (notice.outcome == HttpResponse::Outcome::Http) {
        what = tr("The server answered %1").arg(notice.status);
    } else {
        what = tr("The connection failed (%1)").arg(notice.errorString);
    }
    return tr("%1; trying again (attempt %2 of %3)…").arg(what).arg(notice.nextAttempt).arg(notice.maxAttempts);
}

QString AttemptReport::failure(const ApiError &error, const QString &server)
{
    if (error.kind == ApiError::Kind::Timeout && error.attempts > 0) {
        return tr("No answer from %1 after %2 (%n attempt(s)). The server may be down or overloaded: try again "
                  "later, or allow more time with --timeout.",
                  nullptr, error.attempts)
            .arg(server, seconds(error.waitedMs));
    }
    if (error.attempts > 1)
        return error.message() + u' '
            + tr("Tried %n time(s) in %1.", nullptr, error.attempts).arg(seconds(error.waitedMs));
    return error.message();
}
