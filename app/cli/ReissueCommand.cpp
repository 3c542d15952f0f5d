#include "cli/ReissueCommand.h"

#include "api/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "cli/JsonOutput.h"
#include "cli/SubscriptionCommands.h"
#include "cli/TextTable.h"
#include "journal/JournalRecorder.h"
#include "reissue/ReissueJobStore.h"
#include "reissue/SecretReissue.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

ReissueCommand::ReissueCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser,
                               QObject *parent)
    : CommandGroup(io, services, parser, parent)
{ }

ReissueCommand::~ReissueCommand() = default;

Result<> ReissueCommand::checkUsage(const QCommandLineParser &parser, const QStringList &arguments)
{
    const auto isSet = [&parser](const char *option) { return parser.isSet(QString::fromLatin1(option)); };
    const int modes = int(!arguments.isEmpty()) + int(isSet("continue")) + int(isSet("cancel")) + int(isSet("list"));
    if (modes != 1) {
        return unexpected(tr("reissue-secret needs exactly one of: a subscription ID, --continue JOB, --cancel JOB "
                             "or --list."));
    }
    if (!arguments.isEmpty() && !IdList::parseId(arguments.constFirst()))
        return unexpected(tr("\"%1\" is not a subscription id (a positive whole number).").arg(arguments.constFirst()));
    if (isSet("events") && arguments.isEmpty())
        return unexpected(tr("--events is only for a new re-issue (reissue-secret ID)."));
    if (isSet("cutover")) {
        const QString when = parser.value(QStringLiteral("cutover"));
        if (when != u"now" && when != u"later")
            return unexpected(tr("--cutover needs now or later, not \"%1\".").arg(when));
        if (isSet("cancel") || isSet("list"))
            return unexpected(tr("--cutover goes with a subscription ID or --continue JOB."));
    }
    return {};
}

void ReissueCommand::start(const QString &command, const QStringList &arguments)
{
    Q_UNUSED(command)
    // CommandLine ran checkUsage() before looking for a server: the arguments are whole here.
    m_cutoverNow = m_parser.value(QStringLiteral("cutover")) == u"now";
    m_jobs = std::make_unique<ReissueJobStore>(m_services.journal->journal());
    if (m_parser.isSet(QStringLiteral("list")))
        return list();

    m_runner = std::make_unique<SecretReissue>(*m_services.client, *m_services.journal, *m_jobs, *m_services.clock);
    connectRunner();
    if (!arguments.isEmpty()) {
        std::optional<QStringList> events;
        if (m_parser.isSet(QStringLiteral("events")))
            events = SubscriptionCommands::splitEvents(m_parser.value(QStringLiteral("events")));
        return m_runner->start(*IdList::parseId(arguments.constFirst()), events);
    }
    if (m_parser.isSet(QStringLiteral("continue")))
        return m_runner->resume(m_parser.value(QStringLiteral("continue")));
    m_runner->cancel(m_parser.value(QStringLiteral("cancel")));
}

void ReissueCommand::interrupt()
{
    if (m_runner && !m_runner->job().id.isEmpty() && !m_runner->job().isFinished()) {
        printError(tr("Interrupted at step \"%1\"; nothing is lost. Go on with: %2")
                       .arg(ReissueJob::stepName(m_runner->job().step), continueHint()));
        finish(ExitCode::Interrupted);
        m_services.client->cancelAll();
        return;
    }
    CommandGroup::interrupt();
}

void ReissueCommand::connectRunner()
{
    if (m_io.errIsTerminal()) {
        connect(m_runner.get(), &SecretReissue::progress, this, [this](const QString &text) {
            m_io.err() << text << '\n';
            m_io.err().flush();
        });
    }
    connect(m_runner.get(), &SecretReissue::secretReady, this, &ReissueCommand::onSecret);
    connect(m_runner.get(), &SecretReissue::waitingForCutover, this, &ReissueCommand::onWaitingForCutover);
    connect(m_runner.get(), &SecretReissue::waitingForDrain, this, &ReissueCommand::onWaitingForDrain);
    connect(m_runner.get(), &SecretReissue::finished, this, &ReissueCommand::onFinished);
    connect(m_runner.get(), &SecretReissue::failed, this, &ReissueCommand::onFailed);
}

QString ReissueCommand::continueHint() const
{
    return QStringLiteral("webhookctl reissue-secret --continue %1").arg(m_runner->job().id);
}

QJsonObject ReissueCommand::jobJson(const ReissueJob &job)
{
    return {{QStringLiteral("job"), job.id},
            {QStringLiteral("step"), ReissueJob::stepName(job.step)},
            {QStringLiteral("old_id"), double(job.oldId)},
            {QStringLiteral("new_id"), JsonOutput::idOrNull(job.newId)},
            {QStringLiteral("url"), job.url},
            {QStringLiteral("events"), QJsonArray::fromStringList(job.events)},
            {QStringLiteral("started_at"), JsonOutput::timestampOrNull(job.startedAt)},
            {QStringLiteral("cutover_at"), JsonOutput::timestampOrNull(job.cutoverAt)},
            {QStringLiteral("delete_due_at"), JsonOutput::timestampOrNull(job.deleteDueAt())}};
}

void ReissueCommand::printJson(QJsonObject extra)
{
    QJsonObject o = jobJson(m_runner->job());
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    m_io.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
}

void ReissueCommand::onSecret(const QString &secret)
{
    const ReissueJob &job = m_runner->job();
    if (jsonOutput()) {
        printJson({{QStringLiteral("client_secret"), secret},
                   {QStringLiteral("customer_note"), SecretReissue::customerNote(job)}});
    } else {
        m_io.out() << tr("Subscription %1 is a copy of %2, disabled until the cut-over.").arg(*job.newId).arg(job.oldId)
                   << '\n'
                   << tr("Its client secret, shown this once (store it now):") << '\n'
                   << secret << "\n\n"
                   << tr("For the customer:") << '\n'
                   << SecretReissue::customerNote(job) << "\n\n";
    }
    m_io.flush();
    // Only now has the person got it: a kill before this line makes a new copy on --continue.
    m_runner->confirmSecretShown();
}

void ReissueCommand::onWaitingForCutover()
{
    if (m_cutoverNow)
        return m_runner->cutOver();
    if (jsonOutput())
        printJson();
    else
        m_io.out() << tr("Re-issue %1 waits for the cut-over. When the customer is ready:").arg(m_runner->job().id)
                   << "\n  " << continueHint() << QStringLiteral(" --cutover now\n");
    finish(ExitCode::Ok);
}

void ReissueCommand::onWaitingForDrain(const QDateTime &deleteDueAt, int pendingRetries)
{
    const ReissueJob &job = m_runner->job();
    if (jsonOutput()) {
        printJson(
            {{QStringLiteral("pending_retries"), pendingRetries < 0 ? QJsonValue() : QJsonValue(pendingRetries)}});
        return finish(ExitCode::Ok);
    }
    m_io.out() << tr("Cut over: subscription %1 is enabled, %2 is disabled.").arg(*job.newId).arg(job.oldId) << '\n';
    if (pendingRetries > 0) {
        m_io.out() << tr("%n delivery(s) to subscription %1 are still being retried. Delete it once they are over, "
                         "at the latest after %2:",
                         nullptr, pendingRetries)
                          .arg(job.oldId)
                          .arg(JsonOutput::timestamp(deleteDueAt));
    } else {
        m_io.out() << tr("This server does not tell when subscription %1's retries are over; it can be deleted "
                         "after %2:")
                          .arg(job.oldId)
                          .arg(JsonOutput::timestamp(deleteDueAt));
    }
    m_io.out() << "\n  " << continueHint() << '\n';
    finish(ExitCode::Ok);
}

void ReissueCommand::onFinished()
{
    const ReissueJob &job = m_runner->job();
    if (jsonOutput())
        printJson();
    else if (job.step == ReissueJob::Step::Cancelled)
        m_io.out() << tr("Re-issue %1 cancelled: its copy was deleted, subscription %2 is unchanged.")
                          .arg(job.id)
                          .arg(job.oldId)
                   << '\n';
    else
        m_io.out() << tr("Re-issue %1 done: subscription %2 replaces %3, which was deleted.")
                          .arg(job.id)
                          .arg(job.newId.value_or(0))
                          .arg(job.oldId)
                   << '\n';
    finish(ExitCode::Ok);
}

void ReissueCommand::onFailed(const QString &message)
{
    if (m_runner->job().id.isEmpty() || m_runner->job().isFinished())
        return fail(message, ExitCode::Failed);
    fail(message + u' '
             + tr("The re-issue stopped at step \"%1\"; go on with: %2")
                   .arg(ReissueJob::stepName(m_runner->job().step), continueHint()),
         ExitCode::Failed);
}

void ReissueCommand::list()
{
    const auto jobs = m_jobs->unfinished();
    if (!jobs)
        return fail(jobs.error(), ExitCode::Journal);
    if (jsonOutput()) {
        QJsonArray all;
        for (const ReissueJob &job : *jobs)
            all.append(jobJson(job));
        m_io.out() << JsonOutput::toText(all);
        return finish(ExitCode::Ok);
    }
    if (jobs->isEmpty()) {
        m_io.out() << tr("No secret re-issue is under way for %1.").arg(m_services.journal->owner()) << '\n';
        return finish(ExitCode::Ok);
    }
    TextTable table({tr("JOB"), tr("OLD"), tr("COPY"), tr("STEP"), tr("STARTED"), tr("URL")});
    for (const ReissueJob &job : *jobs) {
        table.addRow({job.id, QString::number(job.oldId), job.newId ? QString::number(*job.newId) : QStringLiteral("-"),
                      ReissueJob::stepName(job.step), JsonOutput::timestamp(job.startedAt), job.url});
    }
    m_io.out() << table.render();
    finish(ExitCode::Ok);
}
