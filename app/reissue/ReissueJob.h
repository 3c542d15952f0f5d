#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One secret re-issue: a copy of a subscription (same URL, description and events) made to get a
// new client_secret, since the API shows a secret only at creation and cannot rotate it. The copy
// is kept disabled until the customer is ready; then it is enabled and the old one disabled; the
// old one is deleted once its retries are over.
//
// Steps, each stored before the next begins (ReissueJobStore), so that a crash resumes where it
// stopped:
//   Started:     the job exists; the copy may be under way (its create was recorded).
//   Created:     the copy exists (newId); its secret is only in the memory of the program that
//                made it.
//   Prepared:    the copy is disabled and has its events.
//   SecretShown: the person saw the secret. Waits for the cut-over.
//   CuttingOver: the copy is being enabled and the old one disabled.
//   CutOver:     both done. Waits until the old one's retries are over (or the retry window).
//   Done:        the old one is deleted.
//   Cancelled:   given up before the cut-over; the copy was deleted, the old one is untouched.
// A copy whose secret was never shown (Started, Created, Prepared) is of no use: resuming deletes
// it (and any copy whose create answer was lost) and makes a new one, so exactly one copy remains.
struct ReissueJob
{
    enum class Step { Started, Created, Prepared, SecretShown, CuttingOver, CutOver, Done, Cancelled };

    // The documented API retries a delivery hourly for up to 48 hours.
    static constexpr qint64 kRetryWindowSecs = 48 * 3600;

    QString id;  // "reissue-1a2b3c4d"; also the bulk_job of its journal entries
    qint64 oldId = 0;
    QString url;
    std::optional<QString> description;
    QStringList events;  // the copy's events
    // Other subscriptions with the same URL when the job began: never mistaken for a lost copy.
    QList<qint64> siblingIds;
    std::optional<qint64> newId;
    Step step = Step::Started;
    QDateTime startedAt;  // UTC
    QDateTime cutoverAt;  // when CuttingOver began
    QDateTime finishedAt;  // Done or Cancelled
    QString note;  // why it was cancelled, or the last problem

    bool isFinished() const { return step == Step::Done || step == Step::Cancelled; }
    // Whether the secret still has to be made (again): nobody has seen the current copy's secret.
    bool needsCopy() const { return step == Step::Started || step == Step::Created || step == Step::Prepared; }
    // The latest moment the old subscription can still get a retry: the end of the retry window
    // after the cut-over.
    QDateTime deleteDueAt() const { return cutoverAt.isValid() ? cutoverAt.addSecs(kRetryWindowSecs) : QDateTime(); }

    // Job ids are "reissue-" and a random part (JournalRecorder::newBulkJobId): the journal's
    // entries of a re-issue carry it as their bulk job id.
    static QString makeId();
    static bool isJobId(const QString &bulkJobId);

    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);
    bool operator==(const ReissueJob &) const = default;
};
