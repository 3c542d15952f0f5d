#include "journal/JournalRecorder.h"

#include "api/ApiError.h"
#include "api/GatedTransport.h"
#include "api/HttpRequestSpec.h"
#include "journal/WriteJournal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

// The paths ApiClient sends the writes to (docs/openapi.yaml), relative to the base URL.
const QLatin1String kCollection("/api/v1/webhooks/");

// Errors after which a sent create may nevertheless exist on the server: no answer, a broken or
// unexpected answer, a server failure.
bool mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::HttpOther:
    case ApiError::Kind::MalformedBody:
        return true;
    default:
        return false;
    }
}

// A PATCH is told apart by the fields it sets, so that a toggle and an edit of the same
// subscription, both under way, each mark their own entry.
QString fieldsOf(const QJsonObject &body)
{
    QStringList keys = body.keys();
    keys.sort();
    return keys.join(u',');
}

}  // namespace

JournalRecorder::JournalRecorder(WriteJournal &journal, GatedTransport &transport, const QString &owner,
                                 QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_transport(transport)
    , m_owner(owner)
{
    m_transport.setGate(this, [this](const HttpRequestSpec &request) { return beforeSend(request); });
}

JournalRecorder::~JournalRecorder()
{
    m_transport.clearGate();
}

QString JournalRecorder::lastError() const
{
    return m_journal.lastError();
}

std::optional<qint64> JournalRecorder::record(const JournalWrite &write)
{
    return m_journal.record(write);
}

std::optional<QList<qint64>> JournalRecorder::recordBatch(const QList<JournalWrite> &writes)
{
    return m_journal.recordBatch(writes);
}

QString JournalRecorder::requestKeyOf(const JournalWrite &write)
{
    const QString id = write.subscriptionId ? QString::number(*write.subscriptionId) : QString();
    switch (write.kind) {
    case JournalWrite::Kind::Toggle:
    case JournalWrite::Kind::Edit:
        return QStringLiteral("PATCH ") + kCollection + id + u' ' + fieldsOf(write.body);
    case JournalWrite::Kind::Delete:
        return QStringLiteral("DELETE ") + kCollection + id;
    case JournalWrite::Kind::Create:
        return QStringLiteral("POST ") + kCollection;
    }
    return QString();
}

QString JournalRecorder::requestKeyOf(const HttpRequestSpec &request)
{
    QString key = QString::fromLatin1(request.method) + u' ' + request.pathAndQuery;
    if (request.method == "PATCH")
        key += u' ' + fieldsOf(QJsonDocument::fromJson(request.body).object());
    return key;
}

void JournalRecorder::expectSend(qint64 seq, const JournalWrite &write)
{
    m_expected[requestKeyOf(write)].append(seq);
    m_writes.insert(seq, write);
}

QString JournalRecorder::beforeSend(const HttpRequestSpec &request)
{
    if (request.method == "GET")
        return QString();
    const auto it = m_expected.constFind(requestKeyOf(request));
    if (it == m_expected.constEnd() || it->isEmpty())
        return QString();  // not a journaled write (a delivery retry, a test event)
    // Several writes can wait under one key: a PATCH waiting for its retry, and newer ones of the
    // same fields that the queue holds back until it is answered (folded into the newest). The
    // body says whose request this is; the oldest entry with that body goes out. A body no entry
    // has falls back to the oldest entry.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    qint64 seq = it->constFirst();
    for (const qint64 candidate : *it) {
        if (m_writes.value(candidate).body == body) {
            seq = candidate;
            break;
        }
    }
    if (m_journal.markSent(seq)) {
        m_sent.insert(seq);
        return QString();
    }
    const QString why =
        tr("not sent, because the journal could not record that it was sent: %1").arg(m_journal.lastError());
    m_refusals.insert(seq, why);
    return why;
}

void JournalRecorder::forget(qint64 seq)
{
    const auto write = m_writes.take(seq);
    auto it = m_expected.find(requestKeyOf(write));
    if (it != m_expected.end()) {
        it->removeOne(seq);
        if (it->isEmpty())
            m_expected.erase(it);
    }
}

void JournalRecorder::addProblem(const QString &message)
{
    m_problems << message;
    Q_EMIT problem(message);
}

JournalRecorder::Outcome JournalRecorder::settle(qint64 seq, const ApiError &error, std::optional<qint64> resultId,
                                                 std::optional<bool> enabledNow)
{
    const JournalWrite write = m_writes.value(seq);
    forget(seq);
    const bool sent = m_sent.remove(seq);
    const auto confirmed = [&](bool ok) {
        if (!ok) {
            addProblem(tr("The journal could not note that write %1 was confirmed (%2); `webhookctl "
                          "pending` may still list it although the server applied it.")
                           .arg(seq)
                           .arg(m_journal.lastError()));
        }
    };
    if (!error.isError()) {
        // The queue folds a still-queued PATCH into a newer one of the same fields; the older
        // caller then gets the newer answer. Such a toggle was replaced, not applied: drop it.
        if (write.kind == JournalWrite::Kind::Toggle && enabledNow
            && *enabledNow != write.body.value(QStringLiteral("enabled")).toBool()) {
            confirmed(m_journal.drop(seq));
            return Outcome::Replaced;
        }
        confirmed(m_journal.markDone(seq, resultId));
        return Outcome::Done;
    }
    if (write.kind == JournalWrite::Kind::Delete && error.kind == ApiError::Kind::NotFound) {
        confirmed(m_journal.markDone(seq));  // already gone: what the write wanted
        return Outcome::Done;
    }
    if (!m_refusals.contains(seq) && error.kind == ApiError::Kind::Cancelled)
        return sent ? Outcome::Unanswered : Outcome::NotSent;
    if (write.kind == JournalWrite::Kind::Create && sent && mayHaveBeenApplied(error))
        return Outcome::Uncertain;
    const QString reason = m_refusals.contains(seq) ? m_refusals.value(seq) : error.message();
    if (!m_journal.markFailed(seq, reason)) {
        addProblem(tr("The journal could not note that write %1 failed (%2); `webhookctl pending` "
                      "may still list it.")
                       .arg(seq)
                       .arg(m_journal.lastError()));
    }
    return Outcome::Failed;
}

QStringList JournalRecorder::takeProblems()
{
    QStringList out;
    out.swap(m_problems);
    return out;
}

QString JournalRecorder::newBulkJobId(const QString &command)
{
    return command + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}
