#include "cli/CommandGroup.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "cli/AttemptReport.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "journal/JournalRecorder.h"

#include <QCommandLineParser>
#include <QTimer>

CommandGroup::CommandGroup(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent)
    : QObject(parent)
    , m_io(io)
    , m_services(services)
    , m_parser(parser)
{ }

void CommandGroup::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_services.journal) {
        for (const QString &problem : m_services.journal->takeProblems())
            printError(problem);
    }
    m_io.flush();
    // Queued, so that a caller never sees finished() from inside start().
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CommandGroup::printError(const QString &message)
{
    m_io.err() << QStringLiteral("webhookctl: ") << message << '\n';
    m_io.err().flush();
}

void CommandGroup::fail(const QString &message, int exitCode)
{
    if (m_finished)
        return;  // e.g. a request cancelled by Ctrl-C after the command already reported
    printError(message);
    finish(exitCode);
}

void CommandGroup::failJournal()
{
    fail(m_services.journal->lastError() + u' ' + tr("Nothing was sent."), ExitCode::Journal);
}

void CommandGroup::failApi(const ApiError &error, const QString &context)
{
    const QUrl server = m_services.client->baseUrl();
    const QString serverName =
        server.port() > 0 ? server.host() + u':' + QString::number(server.port()) : server.host();
    const QString text = AttemptReport::failure(error, serverName);
    fail(context.isEmpty() ? text : context + QStringLiteral(": ") + text, ExitCode::forError(error));
}

bool CommandGroup::jsonOutput() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

bool CommandGroup::csvOutput() const
{
    return m_parser.optionNames().contains(QStringLiteral("csv"));
}

void CommandGroup::interrupt()
{
    printError(tr("Interrupted."));
    finish(ExitCode::Interrupted);
    m_services.client->cancelAll();
}
