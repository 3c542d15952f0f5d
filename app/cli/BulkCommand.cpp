#include "cli/BulkCommand.h"

#include "api/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "journal/JournalRecorder.h"
#include "cli/JsonOutput.h"
#include "cli/ProgressLine.h"
#include "journal/JournalCodec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <set>

BulkCommand::BulkCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent)
    : CommandGroup(io, services, parser, parent)
{ }

BulkCommand::~BulkCommand() = default;

void BulkCommand::start(const QString &command, const QStringList &arguments)
{
    m_command = command;
    if (arguments.contains(QStringLiteral("-")) && m_io.inputClosed())
        return fail(tr("\"-\" reads ids from standard input, but standard input is closed."), ExitCode::Usage);
    const QByteArray input = arguments.contains(QStringLiteral("-")) ? m_io.readAll() : QByteArray();
    QString error;
    const auto ids = IdList::parse(arguments, input, &error);
    if (!ids)
        return fail(error, ExitCode::Usage);
    m_ids = *ids;
    // The whole job goes into the journal, in one transaction, before the first request is queued.
    const QString jobId = JournalRecorder::newBulkJobId(m_command);
    QList<JournalWrite> writes;
    for (const qint64 id : std::as_const(m_ids)) {
        writes << (m_command == u"delete" ? JournalCodec::remove(id, jobId)
                                          : JournalCodec::toggle(id, m_command == u"enable", jobId));
    }
    const auto seqs = m_services.journal->recordBatch(writes);
    if (!seqs)
        return failJournal();
    for (int i = 0; i < m_ids.size(); ++i) {
        m_seqs.insert(m_ids[i], seqs->at(i));
        m_services.journal->expectSend(seqs->at(i), writes[i]);
    }
    submitAll();
}

void BulkCommand::submitAll()
{
    QString label;
    if (m_command == u"enable")
        label = tr("Enabling");
    else if (m_command == u"disable")
        label = tr("Disabling");
    else
        label = tr("Deleting");
    m_progress = std::make_unique<ProgressLine>(m_io, label);
    ApiClient *client = m_services.client;
    m_job = client->beginBulkJob(int(m_ids.size()), label);
    connect(client, &ApiClient::bulkJobProgressChanged, this, [this](const BulkJobProgress &progress) {
        if (progress.job == m_job && m_answered < m_ids.size())
            m_progress->update(progress);
    });
    m_progress->update(client->bulkJobProgress(m_job));

    const RequestOptions options = RequestOptions::bulk(m_job);
    for (const qint64 id : std::as_const(m_ids)) {
        if (m_command == u"delete") {
            client->deleteSubscription(id, options, this, [this, id](const ApiResult<Empty> &result) {
                onAnswered(id, result.ok() ? ApiError() : result.error);
            });
        } else {
            SubscriptionPatch patch;
            patch.enabled = (m_command == u"enable");
            client->updateSubscription(id, patch, options, this, [this, id](const ApiResult<Subscription> &result) {
                onAnswered(id, result.ok() ? ApiError() : result.error);
            });
        }
    }
}

void BulkCommand::interrupt()
{
    if (m_interrupted || m_job == 0)
        return CommandGroup::interrupt();
    m_interrupted = true;
    // Nothing more leaves; the answers already on their way are awaited and recorded as they come.
    m_services.client->cancelBulkJob(m_job);
}

void BulkCommand::onAnswered(qint64 id, const ApiError &error)
{
    ++m_answered;
    const qint64 seq = m_seqs.value(id);
    const auto outcome = m_services.journal->settle(seq, error);
    if (outcome == JournalRecorder::Outcome::NotSent && m_interrupted) {
        ++m_cancelled;
    } else if (error.isError()) {
        m_failures.insert(id, error);
        const QString refusal = m_services.journal->refusal(seq);
        if (!refusal.isEmpty())
            m_refusals.insert(id, refusal);
    } else {
        ++m_succeeded;
    }
    if (m_answered == m_ids.size())
        summarize();
}

void BulkCommand::summarize()
{
    m_progress->clear();
    const int total = int(m_ids.size());
    const int failed = int(m_failures.size());
    if (jsonOutput()) {
        QJsonArray failures;
        for (auto it = m_failures.constBegin(); it != m_failures.constEnd(); ++it) {
            const bool refused = m_refusals.contains(it.key());
            failures.append(QJsonObject{{QStringLiteral("id"), double(it.key())},
                                        {QStringLiteral("error"), refused ? QStringLiteral("journal") : it->kindName()},
                                        {QStringLiteral("status"), it->httpStatus},
                                        {QStringLiteral("message"), m_refusals.value(it.key(), it->message())}});
        }
        m_io.out() << JsonOutput::toText(QJsonObject{{QStringLiteral("command"), m_command},
                                                     {QStringLiteral("total"), total},
                                                     {QStringLiteral("succeeded"), m_succeeded},
                                                     {QStringLiteral("failed"), failed},
                                                     {QStringLiteral("not_sent"), m_cancelled},
                                                     {QStringLiteral("failures"), failures}});
    } else {
        QString done;
        if (m_command == u"enable")
            done = tr("Enabled %1 of %n subscription(s).", nullptr, total).arg(m_succeeded);
        else if (m_command == u"disable")
            done = tr("Disabled %1 of %n subscription(s).", nullptr, total).arg(m_succeeded);
        else
            done = tr("Deleted %1 of %n subscription(s).", nullptr, total).arg(m_succeeded);
        m_io.out() << done << '\n';
        if (m_cancelled > 0) {
            m_io.out() << tr("Interrupted: %n not sent. They are kept in the journal: webhookctl resume sends "
                             "them, webhookctl discard --all forgets them.",
                             nullptr, m_cancelled)
                       << '\n';
        }
        if (failed > 0) {
            m_io.out() << tr("%n failed:", nullptr, failed) << '\n';
            for (auto it = m_failures.constBegin(); it != m_failures.constEnd(); ++it)
                m_io.out() << QStringLiteral("  ") << it.key() << QStringLiteral(": ")
                           << m_refusals.value(it.key(), it->message()) << '\n';
        }
    }
    if (m_interrupted)
        return finish(ExitCode::Interrupted);
    if (!m_refusals.isEmpty())
        return finish(ExitCode::Journal);
    if (failed == 0)
        return finish(ExitCode::Ok);
    // One kind of failure for all (say every id was unknown): its own exit code; a mix: 1.
    std::set<int> codes;
    for (const ApiError &e : std::as_const(m_failures))
        codes.insert(ExitCode::forError(e));
    finish(failed == total && codes.size() == 1 ? *codes.begin() : int(ExitCode::Failed));
}
