#include "cli/ActivityLogCommand.h"

#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/JournalCommands.h"
#include "cli/JsonOutput.h"
#include "cli/TextTable.h"
#include "common/Clock.h"
#include "common/Duration.h"
#include "journal/JournalCodec.h"
#include "journal/JournalRecorder.h"
#include "journal/WriteJournal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

ActivityLogCommand::ActivityLogCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser,
                                       QObject *parent)
    : CommandGroup(io, services, parser, parent)
{ }

std::optional<QDateTime> ActivityLogCommand::parseSince(const QString &text, const QDateTime &nowUtc)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (const auto ago = Duration::parseMs(t); ago && t.at(0).isDigit() && !t.contains(u'-'))
        return nowUtc.addMSecs(-*ago);
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);  // the documented meaning of a time without a zone
    return when.toUTC();
}

QString ActivityLogCommand::resultName(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Done:
        return QStringLiteral("confirmed");
    case JournalEntry::State::Failed:
        return QStringLiteral("failed");
    case JournalEntry::State::Sent:
        return QStringLiteral("uncertain");
    case JournalEntry::State::Recorded:
        return QStringLiteral("not-sent");
    case JournalEntry::State::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

void ActivityLogCommand::start(const QString &command, const QStringList &arguments)
{
    Q_UNUSED(command)
    Q_UNUSED(arguments)
    WriteJournal &journal = m_services.journal->journal();
    if (m_parser.isSet(QStringLiteral("keep-days"))) {
        bool ok = false;
        const int days = m_parser.value(QStringLiteral("keep-days")).toInt(&ok);
        if (!ok)
            return fail(
                tr("--keep-days needs a number of days, not \"%1\".").arg(m_parser.value(QStringLiteral("keep-days"))),
                ExitCode::Usage);
        const auto set = journal.setKeepDays(days);
        if (!set)
            return fail(set.error(),
                        days < WriteJournal::kMinKeepDays || days > WriteJournal::kMaxKeepDays
                            ? int(ExitCode::Usage)
                            : int(ExitCode::Journal));
    }
    const auto keepDays = journal.keepDays();
    if (!keepDays)
        return fail(keepDays.error(), ExitCode::Journal);

    QDateTime since = m_services.clock->utcNow().addDays(-*keepDays);
    if (m_parser.isSet(QStringLiteral("since"))) {
        const auto parsed = parseSince(m_parser.value(QStringLiteral("since")), m_services.clock->utcNow());
        if (!parsed)
            return fail(tr("--since needs a date (2026-12-01), a date and time (2026-12-01T09:30:00Z) or a time "
                           "ago (90m, 12h, 7d), not \"%1\".")
                            .arg(m_parser.value(QStringLiteral("since"))),
                        ExitCode::Usage);
        since = *parsed;
    }
    std::optional<qint64> subscription;
    if (m_parser.isSet(QStringLiteral("subscription"))) {
        bool ok = false;
        const qint64 id = m_parser.value(QStringLiteral("subscription")).toLongLong(&ok);
        if (!ok)
            return fail(tr("--subscription needs a subscription id (a number), not \"%1\".")
                            .arg(m_parser.value(QStringLiteral("subscription"))),
                        ExitCode::Usage);
        subscription = id;
    }
    const auto entries = journal.recordedSince(since, subscription);
    if (!entries)
        return fail(journal.lastError(), ExitCode::Journal);
    if (jsonOutput())
        printJson(*entries);
    else
        printTable(*entries, *keepDays);
    finish(ExitCode::Ok);
}

void ActivityLogCommand::printTable(const QList<JournalEntry> &entries, int keepDays)
{
    const QString owner = m_services.journal->owner();
    if (entries.isEmpty()) {
        m_io.out() << tr("No changes made from this computer to %1 in this time.").arg(owner) << '\n';
        return;
    }
    m_io.out() << tr("Changes made from this computer to %1 (kept for %n day(s); not the server's history):", nullptr,
                     keepDays)
                      .arg(owner)
               << '\n';
    TextTable table({tr("TIME"), tr("USER"), tr("KIND"), tr("ID"), tr("CHANGE"), tr("RESULT")});
    table.setMaxWidth(4, 70);
    table.setMaxWidth(5, 50);
    for (const JournalEntry &e : entries) {
        const auto subject = e.subjectId();
        table.addRow({e.createdAt.isValid() ? JsonOutput::timestamp(e.createdAt) : QStringLiteral("-"),
                      e.origin.osUser.isEmpty() ? QStringLiteral("-") : e.origin.osUser,
                      JournalEntry::kindName(e.write.kind), subject ? QString::number(*subject) : QStringLiteral("-"),
                      JournalCodec::describeChanges(e.write), JournalCommands::stateText(e)});
    }
    m_io.out() << table.render();
}

void ActivityLogCommand::printJson(const QList<JournalEntry> &entries)
{
    QJsonArray out;
    for (const JournalEntry &e : entries) {
        QJsonArray changes;
        const QStringList fields =
            e.write.kind == JournalWrite::Kind::Delete ? e.write.before.keys() : e.write.body.keys();
        for (const QString &field : fields) {
            QJsonObject change{{QStringLiteral("field"), field}};
            // A before that was not known is left out rather than guessed.
            if (e.write.before.contains(field) && e.write.kind != JournalWrite::Kind::Create)
                change.insert(QStringLiteral("before"), e.write.before.value(field));
            if (e.write.kind != JournalWrite::Kind::Delete)
                change.insert(QStringLiteral("after"), e.write.body.value(field));
            changes.append(change);
        }
        out.append(QJsonObject{
            {QStringLiteral("seq"), double(e.seq)},
            {QStringLiteral("time"), JsonOutput::timestampOrNull(e.createdAt)},
            {QStringLiteral("os_user"), e.origin.osUser},
            {QStringLiteral("profile"), e.origin.profile},
            {QStringLiteral("server"), e.origin.server},
            {QStringLiteral("kind"), JournalEntry::kindName(e.write.kind)},
            {QStringLiteral("subscription_id"), JsonOutput::idOrNull(e.subjectId())},
            {QStringLiteral("url"), JournalCodec::urlOf(e.write)},
            {QStringLiteral("summary"), JournalCodec::describe(e.write)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("result"), resultName(e)},
            {QStringLiteral("error"), e.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.error)},
            {QStringLiteral("finished_at"), JsonOutput::timestampOrNull(e.finishedAt)},
            {QStringLiteral("bulk_job"),
             e.write.bulkJobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.write.bulkJobId)}});
    }
    m_io.out() << JsonOutput::toText(out);
}
