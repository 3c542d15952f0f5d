#include "cli/JournalRecorder.h"

#include "api/ApiError.h"
#include "api/HttpRequestSpec.h"
#include "cli/GatedTransport.h"
#include "journal/WriteJournal.h"

#include <QUuid>

namespace {

// The paths ApiClient sends the writes to (docs/openapi.yaml), relative to the base URL.
const QLatin1String kCollection("/api/v1/webhooks/");

// Errors after which a sent create may nevertheless exist on the server: no answer, a broken or
// unexpected answer, a server failure, or cancelled while on the wire.
bool mayHaveBeenApplied(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::HttpOther:
    case ApiError::Kind::MalformedBody:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

JournalRecorder::JournalRecorder(WriteJournal &journal, GatedTransport &transport, const QString &owner,
                                 QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_transport(transport)
    , m_owner(owner)
    , m_users(journal.filePath())
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

QString JournalRecorder::requestKey(const QByteArray &method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}

QString JournalRecorder::requestKeyOf(const JournalWrite &write)
{
    const QString id = write.subscriptionId ? QString::number(*write.subscriptionId) : QString();
    switch (write.kind) {
    case JournalWrite::Kind::Toggle:
    case JournalWrite::Kind::Edit:
        return requestKey("PATCH", kCollection + id);
    case JournalWrite::Kind::Delete:
        return requestKey("DELETE", kCollection + id);
    case JournalWrite::Kind::Create:
        return requestKey("POST", kCollection);
    }
    return QString();
}

void JournalRecorder::expectSend(qint64 seq, const JournalWrite &write)
{
    const QString key = requestKeyOf(write);
    m_expected[key].append(seq);
    m_keyOf.insert(seq, key);
}

QString JournalRecorder::beforeSend(const HttpRequestSpec &request)
{
    const auto it = m_expected.constFind(requestKey(request.method, request.pathAndQuery));
    if (it == m_expected.constEnd() || it->isEmpty())
        return QString();  // not a journaled write (a GET)
    // One write per request key is on its way at a time (commands send writes to the same
    // subscription one after another), so the oldest waiting entry is the one going out.
    const qint64 seq = it->constFirst();
    if (m_journal.markSent(seq)) {
        m_sent.insert(seq);
        return QString();
    }
    const QString why = tr("not sent, because the journal could not record that it was sent: %1")
                            .arg(m_journal.lastError());
    m_refusals.insert(seq, why);
    return why;
}

void JournalRecorder::forget(qint64 seq)
{
    const QString key = m_keyOf.take(seq);
    auto it = m_expected.find(key);
    if (it != m_expected.end()) {
        it->removeOne(seq);
        if (it->isEmpty())
            m_expected.erase(it);
    }
}

JournalRecorder::Outcome JournalRecorder::settle(qint64 seq, JournalWrite::Kind kind, const ApiError &error,
                                                 std::optional<qint64> resultId)
{
    forget(seq);
    const bool sent = m_sent.contains(seq);
    if (!error.isError()) {
        if (!m_journal.markDone(seq, resultId)) {
            m_problems << tr("The journal could not note that write %1 was confirmed (%2); `webhookctl "
                             "pending` may still list it although the server applied it.")
                              .arg(seq).arg(m_journal.lastError());
        }
        return Outcome::Done;
    }
    if (!sent && error.kind == ApiError::Kind::Cancelled && !m_refusals.contains(seq))
        return Outcome::NotSent;
    if (kind == JournalWrite::Kind::Create && sent && mayHaveBeenApplied(error))
        return Outcome::Uncertain;
    const QString reason = m_refusals.contains(seq) ? m_refusals.value(seq) : error.message();
    if (!m_journal.markFailed(seq, reason)) {
        m_problems << tr("The journal could not note that write %1 failed (%2); `webhookctl pending` "
                         "may still list it.")
                          .arg(seq).arg(m_journal.lastError());
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
