#include "api/NetworkJob.h"

#include "api/CertificateReport.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>
#include <limits>

namespace {
// The largest answer kept. 100,000 subscriptions are about 40 MB; a hostile or broken server must
// not fill the memory, and an answer cut short must never be decoded as if it were whole.
constexpr qint64 kMaxBodyBytes = qint64(512) * 1024 * 1024;
// A fast server hands over tens of MB at once (20 MB in one readyRead was seen on loopback);
// copying them in one go froze the window for ~50 ms. At most this much is read per turn.
constexpr qint64 kReadSliceBytes = qint64(2) * 1024 * 1024;
}  // namespace

NetworkJob::NetworkJob(QNetworkReply *reply, qint64 timeoutMs, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
    connect(reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    // Record certificate problems with the certificate's details so they are reported in plain
    // words. They are never ignored: without ignoreSslErrors() the handshake fails, nothing is sent.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QSslCertificate certificate;
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                certificate = e.certificate();
                break;
            }
        }
        if (certificate.isNull())
            certificate = reply->sslConfiguration().peerCertificate();
        m_tlsErrors = CertificateReport::describe(errors, certificate);
    });
    connect(reply, &QNetworkReply::readyRead, this, &NetworkJob::readSlice);
    m_timer.start(int(std::clamp<qint64>(timeoutMs, 1, std::numeric_limits<int>::max())));
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void NetworkJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_finishWaiting)
        QTimer::singleShot(0, this, &NetworkJob::onReplyFinished);  // the reply has finished already
    else if (m_reply)
        m_reply->abort();  // emits finished(), handled in onReplyFinished
}

void NetworkJob::readSlice()
{
    if (!m_reply || m_done || m_tooLarge)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    if (m_body.size() + available > kMaxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_finishWaiting = false;
        m_reply->abort();  // emits finished() unless it has finished already
        if (m_reply && m_reply->isFinished())
            QTimer::singleShot(0, this, &NetworkJob::onReplyFinished);
        return;
    }
    if (m_body.isEmpty()) {
        // One allocation for the whole answer when its length is known.
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && length <= kMaxBodyBytes)
            m_body.reserve(qsizetype(length));
    }
    // Straight from the reply's buffer into ours: one copy, at most one slice.
    const qint64 n = std::min(available, kReadSliceBytes);
    const qsizetype old = m_body.size();
    m_body.resize(old + qsizetype(n));
    const qint64 got = m_reply->read(m_body.data() + old, n);
    m_body.resize(old + qsizetype(std::max<qint64>(got, 0)));
    if (m_reply->bytesAvailable() > 0 && !m_sliceQueued) {
        m_sliceQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_sliceQueued = false;
            readSlice();
            if (m_finishWaiting && !m_sliceQueued)
                onReplyFinished();
        });
    }
}

void NetworkJob::onTimeout()
{
    if (m_done)
        return;
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void NetworkJob::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    m_timer.stop();
    if (!m_aborted && !m_timedOut && !m_tooLarge && m_reply->bytesAvailable() > kReadSliceBytes) {
        // Read the rest slice by slice first; the last slice finishes the job.
        m_finishWaiting = true;
        if (!m_sliceQueued)
            readSlice();
        if (m_sliceQueued)
            return;  // the queued slice finishes the job
    }
    m_finishWaiting = false;
    QNetworkReply *reply = m_reply;
    HttpResponse r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_tooLarge) {
        r.outcome = HttpResponse::Outcome::Network;
        r.errorString = tr("The answer is larger than %1 MB; it was not read.").arg(kMaxBodyBytes / (1024 * 1024));
    } else if (m_aborted) {
        r.outcome = HttpResponse::Outcome::Aborted;
        r.errorString = tr("Cancelled.");
    } else if (m_timedOut) {
        r.outcome = HttpResponse::Outcome::Timeout;
        r.errorString = tr("No answer within the time limit.");
    } else if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        r.outcome = HttpResponse::Outcome::Tls;
        r.errorString = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
    } else if (status.isValid()) {
        r.outcome = HttpResponse::Outcome::Http;
        r.status = status.toInt();
        m_body.append(reply->readAll());  // at most one slice is left
        r.body = std::move(m_body);
        r.headers = reply->rawHeaderPairs();
    } else {
        r.outcome = HttpResponse::Outcome::Network;
        r.errorString = reply->errorString();
    }
    finish(std::move(r));
}

void NetworkJob::finish(HttpResponse response)
{
    m_done = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished(response);
}
