#include "cli/JournalCommands.h"

#include "api/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalUsers.h"
#include "cli/JsonOutput.h"
#include "cli/ProgressLine.h"
#include "cli/TextTable.h"
#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QMap>

JournalCommands::JournalCommands(CliIo &io, const CliServices &services, const QCommandLineParser &parser,
                                 QObject *parent)
    : CommandGroup(io, services, parser, parent)
{ }

JournalCommands::~JournalCommands() = default;

void JournalCommands::start(const QString &command, const QStringList &arguments)
{
    if (command == u"pending")
        pending();
    else if (command == u"resume")
        resume();
    else if (command == u"requeue")
        requeue(arguments);
    else if (command == u"discard")
        discard(arguments);
    else
        fail(tr("Unknown command \"%1\".").arg(command), ExitCode::Usage);
}

QString JournalCommands::stateText(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Recorded:
        return tr("not sent yet");
    case JournalEntry::State::Sent:
        return entry.isUncertain() ? tr("sent, no answer: check on the server before resuming") : tr("sent, no answer");
    case JournalEntry::State::Done:
        return tr("confirmed");
    case JournalEntry::State::Failed:
        return tr("failed: %1").arg(entry.error);
    case JournalEntry::State::Discarded:
        return entry.sendCount > 0 ? tr("discarded after it was sent (may have been applied)") : tr("discarded");
    }
    return QString();
}

// ---- pending ----

void JournalCommands::pending()
{
    WriteJournal &journal = m_services.journal->journal();
    const bool all = m_parser.isSet(QStringLiteral("all"));
    const auto entries = all ? journal.all() : journal.unconfirmed();
    const auto unconfirmed = journal.unconfirmedCount();
    if (!entries || !unconfirmed)
        return fail(journal.lastError(), ExitCode::Journal);
    const int code = *unconfirmed > 0 ? int(ExitCode::Pending) : int(ExitCode::Ok);

    if (jsonOutput()) {
        QJsonArray out;
        for (const JournalEntry &e : *entries) {
            QJsonObject o{{QStringLiteral("seq"), double(e.seq)},
                          {QStringLiteral("kind"), JournalEntry::kindName(e.write.kind)},
                          {QStringLiteral("subscription_id"), JsonOutput::idOrNull(e.write.subscriptionId)},
                          {QStringLiteral("summary"), JournalCodec::describe(e.write)},
                          {QStringLiteral("body"), e.write.body},
                          {QStringLiteral("state"), JournalEntry::stateName(e.state)},
                          {QStringLiteral("uncertain"), e.isUncertain()},
                          {QStringLiteral("note"), stateText(e)},
                          {QStringLiteral("recorded_at"), JsonOutput::timestampOrNull(e.createdAt)},
                          {QStringLiteral("sent_at"), JsonOutput::timestampOrNull(e.sentAt)},
                          {QStringLiteral("send_count"), e.sendCount},
                          {QStringLiteral("bulk_job"),
                           e.write.bulkJobId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.write.bulkJobId)}};
            if (all) {
                o.insert(QStringLiteral("finished_at"), JsonOutput::timestampOrNull(e.finishedAt));
                o.insert(QStringLiteral("error"),
                         e.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.error));
                o.insert(QStringLiteral("result_id"), JsonOutput::idOrNull(e.resultId));
            }
            out.append(o);
        }
        m_io.out() << JsonOutput::toText(out);
        return finish(code);
    }

    if (entries->isEmpty()) {
        m_io.out() << tr("No pending writes for %1.").arg(m_services.journal->owner()) << '\n';
        return finish(code);
    }
    m_io.out()
        << tr("Writes for %1 that the server has not confirmed: %2").arg(m_services.journal->owner()).arg(*unconfirmed)
        << '\n';
    TextTable table({tr("SEQ"), tr("KIND"), tr("ID"), tr("WRITE"), tr("STATE"), tr("WHEN")});
    table.setMaxWidth(3, 50);
    table.setMaxWidth(4, 60);
    QList<JournalEntry> uncertain;
    for (const JournalEntry &e : *entries) {
        const QDateTime when = e.finishedAt.isValid() ? e.finishedAt : e.sentAt.isValid() ? e.sentAt : e.createdAt;
        table.addRow({QString::number(e.seq), JournalEntry::kindName(e.write.kind),
                      e.write.subscriptionId ? QString::number(*e.write.subscriptionId) : QStringLiteral("-"),
                      JournalCodec::describe(e.write), stateText(e),
                      when.isValid() ? JsonOutput::timestamp(when) : QStringLiteral("-")});
        if (e.isUncertain())
            uncertain << e;
    }
    m_io.out() << table.render();
    const QList<JournalUsers::User> others = m_services.journalUsers->others();
    if (!others.isEmpty()) {
        m_io.out() << tr("%1 is working on these writes right now: some of them are still under way.")
                          .arg(JournalUsers::describe(others.first()))
                   << '\n';
    }
    printUncertain(uncertain);
    if (*unconfirmed > uncertain.size()) {
        m_io.out() << tr("webhookctl resume sends the others once; webhookctl discard SEQ... or --all forgets them.")
                   << '\n';
    }
    finish(code);
}

void JournalCommands::printUncertain(const QList<JournalEntry> &uncertain)
{
    if (uncertain.isEmpty() || jsonOutput())
        return;
    QStringList seqs;
    for (const JournalEntry &e : uncertain)
        seqs << QString::number(e.seq);
    m_io.out() << tr("%n create(s) went out without an answer and may exist on the server already: %1. They are "
                     "never re-sent on their own. Check with webhookctl list; if one is not there, webhookctl "
                     "requeue SEQ and the next resume creates it; if it is, webhookctl discard SEQ.",
                     nullptr, int(uncertain.size()))
                      .arg(seqs.join(QStringLiteral(", ")))
               << '\n';
}

// ---- requeue, discard ----

std::optional<QList<qint64>> JournalCommands::parseSeqs(const QStringList &arguments)
{
    QList<qint64> seqs;
    for (const QString &a : arguments) {
        const auto seq = IdList::parseId(a);
        if (!seq) {
            fail(tr("\"%1\" is not a journal entry number (SEQ, as shown by webhookctl pending).").arg(a),
                 ExitCode::Usage);
            return std::nullopt;
        }
        seqs << *seq;
    }
    return seqs;
}

void JournalCommands::requeue(const QStringList &arguments)
{
    WriteJournal &journal = m_services.journal->journal();
    const auto seqs = parseSeqs(arguments);
    if (!seqs)
        return;
    int code = ExitCode::Ok;
    for (const qint64 seq : *seqs) {
        const auto entry = journal.entry(seq);
        if (!entry) {
            printError(tr("The journal of %1 has no write %2.").arg(m_services.journal->owner()).arg(seq));
            code = ExitCode::NotFound;
            continue;
        }
        const QString what = JournalCodec::describe(entry->write);
        if (entry->state == JournalEntry::State::Done) {
            printError(
                tr("Write %1 (%2) was confirmed by the server; there is nothing to send again.").arg(seq).arg(what));
            code = ExitCode::Usage;
            continue;
        }
        if (entry->state != JournalEntry::State::Recorded && !journal.requeue(seq))
            return fail(journal.lastError(), ExitCode::Journal);
        m_io.out() << tr("Write %1 (%2) will be sent by the next webhookctl resume.").arg(seq).arg(what) << '\n';
    }
    finish(code);
}

bool JournalCommands::confirm(const QString &question)
{
    if (m_parser.isSet(QStringLiteral("yes")))
        return true;
    if (!m_io.inputIsTerminal() || m_io.inputConsumed())
        return false;
    m_io.err() << question << QStringLiteral(" [y/N] ");
    m_io.err().flush();
    const QString answer = QString::fromLocal8Bit(m_io.readLine()).trimmed().toLower();
    return answer == u"y" || answer == u"yes";
}

void JournalCommands::discard(const QStringList &arguments)
{
    WriteJournal &journal = m_services.journal->journal();
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (all == !arguments.isEmpty())
        return fail(tr("Give the writes to forget (SEQ..., as shown by webhookctl pending) or --all, not both."),
                    ExitCode::Usage);
    if (all) {
        const auto count = journal.unconfirmedCount();
        if (!count)
            return fail(journal.lastError(), ExitCode::Journal);
        if (*count == 0) {
            m_io.out() << tr("No pending writes for %1.").arg(m_services.journal->owner()) << '\n';
            return finish(ExitCode::Ok);
        }
        if (!confirm(tr("Forget %n pending write(s) of %1 without sending them?", nullptr, *count)
                         .arg(m_services.journal->owner()))) {
            return fail(tr("Nothing was forgotten. Add --yes to forget the %n pending write(s) without being asked.",
                           nullptr, *count),
                        ExitCode::Usage);
        }
        if (!journal.discardUnconfirmed())
            return fail(journal.lastError(), ExitCode::Journal);
        m_io.out() << tr("Forgot %n pending write(s).", nullptr, *count) << '\n';
        return finish(ExitCode::Ok);
    }
    const auto seqs = parseSeqs(arguments);
    if (!seqs)
        return;
    int code = ExitCode::Ok;
    for (const qint64 seq : *seqs) {
        const auto entry = journal.entry(seq);
        if (!entry) {
            printError(tr("The journal of %1 has no write %2.").arg(m_services.journal->owner()).arg(seq));
            code = ExitCode::NotFound;
            continue;
        }
        if (!journal.discard(seq))
            return fail(journal.lastError(), ExitCode::Journal);
        m_io.out() << tr("Forgot write %1 (%2).").arg(seq).arg(JournalCodec::describe(entry->write)) << '\n';
    }
    finish(code);
}

// ---- resume ----

void JournalCommands::resume()
{
    // CommandLine claimed the journal for this resume alone (another program's recorded writes are
    // under way, not abandoned: sending them too would send them twice).
    WriteJournal &journal = m_services.journal->journal();
    const auto uncertain = journal.uncertain();
    const auto toSend = journal.takeForResume();
    if (!uncertain || !toSend)
        return fail(journal.lastError() + u' ' + tr("Nothing was sent."), ExitCode::Journal);
    m_uncertain = *uncertain;
    m_toSend = *toSend;
    if (m_toSend.isEmpty()) {
        if (!jsonOutput()) {
            if (m_uncertain.isEmpty())
                m_io.out() << tr("No pending writes for %1.").arg(m_services.journal->owner()) << '\n';
            else
                m_io.out() << tr("Nothing to send.") << '\n';
        }
        return summarizeResume();
    }
    if (!m_parser.isSet(QStringLiteral("yes"))) {
        if (!jsonOutput()) {
            m_io.out() << tr("Pending writes for %1 to send again:").arg(m_services.journal->owner()) << '\n';
            for (const JournalEntry &e : std::as_const(m_toSend))
                m_io.out()
                    << QStringLiteral("  %1  %2 (%3)\n").arg(e.seq).arg(JournalCodec::describe(e.write), stateText(e));
        }
        if (!confirm(tr("Send these %n write(s) now?", nullptr, int(m_toSend.size())))) {
            return fail(tr("Nothing was sent. Add --yes to send the %n pending write(s) without being asked.", nullptr,
                           int(m_toSend.size())),
                        ExitCode::Usage);
        }
    }
    startResume();
}

void JournalCommands::startResume()
{
    // One lane per target (subscription, or all creates): writes to the same subscription keep their
    // order and never travel together (the queue would merge two PATCHes of the same fields).
    QMap<QString, int> laneOf;
    for (const JournalEntry &e : std::as_const(m_toSend)) {
        const QString key =
            e.write.subscriptionId ? QString::number(*e.write.subscriptionId) : QStringLiteral("create");
        auto it = laneOf.find(key);
        if (it == laneOf.end()) {
            it = laneOf.insert(key, int(m_lanes.size()));
            m_lanes.append(QList<JournalEntry>());
            m_nextInLane.append(0);
        }
        m_lanes[*it].append(e);
    }
    const QString label = tr("Resuming");
    m_progress = std::make_unique<ProgressLine>(m_io, label);
    ApiClient *client = m_services.client;
    m_job = client->beginBulkJob(int(m_toSend.size()), label);
    connect(client, &ApiClient::bulkJobProgressChanged, this, [this](const BulkJobProgress &progress) {
        if (progress.job == m_job && m_progress)
            m_progress->update(progress);
    });
    m_progress->update(client->bulkJobProgress(m_job));
    for (int lane = 0; lane < m_lanes.size(); ++lane)
        sendNext(lane);
}

void JournalCommands::sendNext(int lane)
{
    if (m_interrupted)
        return;
    const int next = m_nextInLane[lane];
    if (next >= m_lanes[lane].size())
        return;
    m_nextInLane[lane] = next + 1;
    ++m_outstanding;
    sendEntry(lane, m_lanes[lane][next]);
}

void JournalCommands::sendEntry(int lane, const JournalEntry &entry)
{
    ApiClient *client = m_services.client;
    JournalRecorder *journal = m_services.journal;
    const RequestOptions options = RequestOptions::bulk(m_job);
    const JournalWrite &w = entry.write;
    const auto unreadable = [&] {
        // Nothing to send: a body this program does not understand (a newer version's?).
        const ApiError error = ApiError::make(ApiError::Kind::InvalidInput, tr("its recorded body cannot be read"));
        answered(lane, entry, journal->settle(entry.seq, error), error);
    };
    journal->expectSend(entry.seq, w);
    switch (w.kind) {
    case JournalWrite::Kind::Toggle:
    case JournalWrite::Kind::Edit: {
        const auto patch = JournalCodec::patchOf(w);
        if (!patch || !w.subscriptionId)
            return unreadable();
        client->updateSubscription(*w.subscriptionId, *patch, options, this,
                                   [this, lane, entry](const ApiResult<Subscription> &result) {
                                       const ApiError error = result.ok() ? ApiError() : result.error;
                                       answered(lane, entry, m_services.journal->settle(entry.seq, error), error);
                                   });
        return;
    }
    case JournalWrite::Kind::Delete:
        if (!w.subscriptionId)
            return unreadable();
        client->deleteSubscription(*w.subscriptionId, options, this,
                                   [this, lane, entry](const ApiResult<Empty> &result) {
                                       // Already gone (its earlier send did arrive): what the write wanted is true.
                                       const bool gone = !result.ok() && result.error.kind == ApiError::Kind::NotFound;
                                       const ApiError error = result.ok() || gone ? ApiError() : result.error;
                                       answered(lane, entry, m_services.journal->settle(entry.seq, error), error);
                                   });
        return;
    case JournalWrite::Kind::Create: {
        const auto draft = JournalCodec::draftOf(w);
        if (!draft)
            return unreadable();
        client->createSubscription(draft->url, draft->description, options, this,
                                   [this, lane, entry](const ApiResult<CreatedSubscription> &result) {
                                       const ApiError error = result.ok() ? ApiError() : result.error;
                                       const auto outcome = m_services.journal->settle(
                                           entry.seq, error, result.ok() ? result->subscription.id : std::nullopt);
                                       if (outcome == JournalRecorder::Outcome::Uncertain) {
                                           auto now = m_services.journal->journal().entry(entry.seq);
                                           m_uncertain << now.value_or(entry);
                                       }
                                       if (result.ok())
                                           return sendEventsAfterCreate(lane, entry, *result);
                                       answered(lane, entry, outcome, error);
                                   });
        return;
    }
    }
}

void JournalCommands::sendEventsAfterCreate(int lane, const JournalEntry &entry, const CreatedSubscription &created)
{
    const Subscription &s = created.subscription;
    const QString id = s.id ? QString::number(*s.id) : QStringLiteral("?");
    m_created.append(QJsonObject{{QStringLiteral("seq"), double(entry.seq)},
                                 {QStringLiteral("id"), JsonOutput::idOrNull(s.id)},
                                 {QStringLiteral("url"), s.url},
                                 {QStringLiteral("client_secret"), created.clientSecret}});
    m_createdText << tr("Created subscription %1 for %2.").arg(id, s.url) + u' '
            + tr("Client secret (shown only this once, store it now): %1").arg(created.clientSecret);
    const auto draft = JournalCodec::draftOf(entry.write);
    if (!draft || !draft->events || draft->events->isEmpty() || !s.id)
        return answered(lane, entry, JournalRecorder::Outcome::Done, ApiError());
    // The second half of a create, as `webhookctl create` does it: its own journal entry.
    SubscriptionPatch patch;
    patch.events = *draft->events;
    const JournalWrite write = JournalCodec::edit(*s.id, patch, entry.write.bulkJobId);
    const auto seq = m_services.journal->record(write);
    if (!seq) {
        m_createdText << tr("Its events were not set: the journal could not record the change (%1). Set them with: "
                            "webhookctl update %2 --events %3")
                             .arg(m_services.journal->lastError(), id, draft->events->join(u','));
        return answered(lane, entry, JournalRecorder::Outcome::Done, ApiError());
    }
    m_services.journal->expectSend(*seq, write);
    m_services.client->updateSubscription(
        *s.id, patch, RequestLane::Bulk, this,
        [this, lane, entry, seq = *seq, id, events = *draft->events](const ApiResult<Subscription> &result) {
            const ApiError error = result.ok() ? ApiError() : result.error;
            m_services.journal->settle(seq, error);
            if (!result.ok()) {
                m_createdText << tr("Setting its events failed: %1. Set them with: webhookctl update %2 --events %3")
                                     .arg(error.message(), id, events.join(u','));
            }
            answered(lane, entry, JournalRecorder::Outcome::Done, ApiError());
        });
}

void JournalCommands::answered(int lane, const JournalEntry &entry, JournalRecorder::Outcome outcome,
                               const ApiError &error)
{
    --m_outstanding;
    switch (outcome) {
    case JournalRecorder::Outcome::Done:
    case JournalRecorder::Outcome::Replaced:
        ++m_succeeded;
        break;
    case JournalRecorder::Outcome::NotSent:
    case JournalRecorder::Outcome::Unanswered:  // still pending: the next resume sends it
        ++m_notSent;
        break;
    case JournalRecorder::Outcome::Uncertain:
        break;  // listed with the creates to check
    case JournalRecorder::Outcome::Failed: {
        const QString refusal = m_services.journal->refusal(entry.seq);
        m_refused = m_refused || !refusal.isEmpty();
        m_failures.append({entry, refusal.isEmpty() ? error.message() : refusal,
                           refusal.isEmpty() ? error.kindName() : QStringLiteral("journal"), error.httpStatus});
        break;
    }
    }
    sendNext(lane);
    if (m_outstanding > 0)
        return;
    for (int l = 0; l < m_lanes.size(); ++l) {
        if (m_nextInLane[l] < m_lanes[l].size())
            return;
    }
    summarizeResume();
}

void JournalCommands::interrupt()
{
    if (m_interrupted || m_job == 0)
        return CommandGroup::interrupt();
    m_interrupted = true;
    // What no lane has handed to the queue yet stays pending, like what the queue cancels now.
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        m_notSent += int(m_lanes[lane].size()) - m_nextInLane[lane];
        m_nextInLane[lane] = int(m_lanes[lane].size());
    }
    m_services.client->cancelBulkJob(m_job);
    if (m_outstanding == 0)
        summarizeResume();
}

void JournalCommands::summarizeResume()
{
    if (m_progress)
        m_progress->clear();
    const int total = int(m_toSend.size());
    const int failed = int(m_failures.size());
    if (jsonOutput()) {
        QJsonArray failures;
        for (const Failure &f : std::as_const(m_failures)) {
            failures.append(
                QJsonObject{{QStringLiteral("seq"), double(f.entry.seq)},
                            {QStringLiteral("kind"), JournalEntry::kindName(f.entry.write.kind)},
                            {QStringLiteral("subscription_id"), JsonOutput::idOrNull(f.entry.write.subscriptionId)},
                            {QStringLiteral("error"), f.errorName},
                            {QStringLiteral("status"), f.httpStatus},
                            {QStringLiteral("message"), f.message}});
        }
        QJsonArray check;
        for (const JournalEntry &e : std::as_const(m_uncertain)) {
            check.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                     {QStringLiteral("summary"), JournalCodec::describe(e.write)},
                                     {QStringLiteral("body"), e.write.body},
                                     {QStringLiteral("sent_at"), JsonOutput::timestampOrNull(e.sentAt)}});
        }
        m_io.out() << JsonOutput::toText(QJsonObject{{QStringLiteral("command"), QStringLiteral("resume")},
                                                     {QStringLiteral("total"), total},
                                                     {QStringLiteral("succeeded"), m_succeeded},
                                                     {QStringLiteral("failed"), failed},
                                                     {QStringLiteral("not_sent"), m_notSent},
                                                     {QStringLiteral("failures"), failures},
                                                     {QStringLiteral("created"), m_created},
                                                     {QStringLiteral("check_on_server"), check}});
    } else {
        if (total > 0)
            m_io.out() << tr("Resumed %1 of %n pending write(s).", nullptr, total).arg(m_succeeded) << '\n';
        for (const QString &line : std::as_const(m_createdText))
            m_io.out() << line << '\n';
        if (m_notSent > 0) {
            m_io.out() << tr("Interrupted: %n not sent; they stay pending.", nullptr, m_notSent) << '\n';
        }
        if (failed > 0) {
            m_io.out() << tr("%n failed:", nullptr, failed) << '\n';
            for (const Failure &f : std::as_const(m_failures)) {
                m_io.out() << QStringLiteral("  %1 (%2): %3\n")
                                  .arg(QString::number(f.entry.seq), JournalCodec::describe(f.entry.write), f.message);
            }
        }
        printUncertain(m_uncertain);
    }
    if (m_interrupted)
        return finish(ExitCode::Interrupted);
    if (m_refused)
        return finish(ExitCode::Journal);
    if (failed > 0)
        return finish(ExitCode::Failed);
    finish(m_uncertain.isEmpty() ? int(ExitCode::Ok) : int(ExitCode::Pending));
}
