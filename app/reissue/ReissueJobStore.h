#pragma once

#include "common/Result.h"
#include "reissue/ReissueJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class WriteJournal;
class QSqlQuery;

// The secret re-issues of one journal, in its `reissue_jobs` table (JournalSchema): kept in the
// journal's file so that a job and the writes it made are committed and synced alike, and both
// programs of a profile see the same jobs. Each call is one synced commit. Never holds a secret.
class ReissueJobStore
{
    Q_DECLARE_TR_FUNCTIONS(ReissueJobStore)
public:
    // `journal` must be open and outlive the store.
    explicit ReissueJobStore(WriteJournal &journal);

    Result<> add(const ReissueJob &job);
    // Stores the job's current step, copy, times and note.
    Result<> save(const ReissueJob &job);
    Result<std::optional<ReissueJob>> find(const QString &id);
    // Jobs that are not done or cancelled, oldest first.
    Result<QList<ReissueJob>> unfinished();
    // The unfinished job of subscription `id` (as the old one or as the copy), if any.
    Result<std::optional<ReissueJob>> unfinishedFor(qint64 subscriptionId);

private:
    Result<QList<ReissueJob>> select(const QString &where, const QVariantList &bindings);
    Result<> run(QSqlQuery &query, const QString &what);
    static Result<ReissueJob> fromRow(const QSqlQuery &query);

    WriteJournal &m_journal;
};
