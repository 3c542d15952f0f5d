#include "check/EndpointCheck.h"

#include "api/CertificateReport.h"
#include "common/Clock.h"
#include "common/DeliverySigner.h"
#include "common/Duration.h"
#include "common/TargetAddressRule.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>

using Kind = EndpointCheckReport::StepKind;
using Outcome = EndpointCheckReport::Outcome;
using Verdict = EndpointCheckReport::Verdict;

namespace {

// How much of an answer's body the report keeps: enough to recognise an error page.
constexpr int kFirstBytes = 200;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

bool hasError(const QList<QSslError> &errors, std::initializer_list<QSslError::SslError> kinds)
{
    return std::any_of(errors.cbegin(), errors.cend(), [&](const QSslError &e) {
        return std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end();
    });
}

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

}  // namespace

EndpointCheck::EndpointCheck(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &EndpointCheck::onTimeout);
}

EndpointCheck::~EndpointCheck()
{
    if (m_phase == Phase::Resolving)
        QHostInfo::abortHostLookup(m_lookupId);
    dropSocket();
    if (m_reply)
        m_reply->abort();
}

QString EndpointCheck::hostName() const
{
    return m_report.url.host();
}

quint16 EndpointCheck::port() const
{
    return quint16(m_report.url.port(m_report.url.scheme() == u"https" ? 443 : 80));
}

void EndpointCheck::start(const QUrl &url)
{
    m_report = EndpointCheckReport();
    m_report.url = url;
    m_addresses.clear();
    m_connectFailures.clear();
    m_sslErrors.clear();
    m_peerCertificate = QSslCertificate();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        // Queued: the caller never sees finished() from inside start().
        QTimer::singleShot(0, this, [this] {
            conclude(Verdict::InvalidUrl,
                     tr("%1 is not an http:// or https:// address").arg(m_report.url.toDisplayString()));
        });
        return;
    }
    beginStep(Phase::Resolving, m_timeouts.resolveMs);
    // Literal addresses come back from the lookup as they are, so every URL takes this one path.
    m_lookupId = QHostInfo::lookupHost(url.host(), this, [this](const QHostInfo &info) { onResolved(info); });
}

void EndpointCheck::beginStep(Phase phase, int timeoutMs)
{
    m_phase = phase;
    m_stepStartMs = m_clock.monotonicMs();
    m_deadline.start(timeoutMs);
}

void EndpointCheck::addStep(Kind kind, Outcome outcome, const QString &summary, const QStringList &details)
{
    m_report.steps.append({kind, outcome, m_clock.monotonicMs() - m_stepStartMs, summary, details});
}

void EndpointCheck::conclude(Verdict verdict, const QString &sentence)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_deadline.stop();
    dropSocket();
    m_report.verdict = verdict;
    m_report.sentence = sentence;
    Q_EMIT finished(m_report);
}

void EndpointCheck::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void EndpointCheck::onResolved(const QHostInfo &info)
{
    if (m_phase != Phase::Resolving)
        return;
    m_deadline.stop();
    const QString host = hostName();
    if (info.error() == QHostInfo::HostNotFound) {
        addStep(Kind::Resolve, Outcome::Failed, tr("does not exist"));
        return conclude(Verdict::NameNotFound, tr("The name %1 does not exist").arg(host));
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        addStep(Kind::Resolve, Outcome::Failed, info.errorString());
        return conclude(Verdict::NetworkError,
                        tr("The name %1 could not be looked up: %2").arg(host, info.errorString()));
    }
    m_addresses = info.addresses();
    QStringList addresses;
    for (const QHostAddress &a : std::as_const(m_addresses))
        addresses << a.toString();
    const QStringList privateOnes = [&] {
        QStringList found;
        for (const QHostAddress &a : std::as_const(m_addresses)) {
            if (TargetAddressRule::isPrivateAddress(a))
                found << a.toString();
        }
        return found;
    }();
    const bool refused =
        TargetAddressRule::judgeHost(host) == TargetAddressRule::Verdict::Refused || !privateOnes.isEmpty();
    if (refused && !m_allowPrivate) {
        addStep(Kind::Resolve, Outcome::Failed, addresses.join(QStringLiteral(", ")),
                {tr("Private or loopback: %1").arg(privateOnes.isEmpty() ? host : privateOnes.join(u", "))});
        return conclude(Verdict::PrivateTarget,
                        tr("%1 is a private or loopback address (%2): it is not checked unless private targets "
                           "are allowed")
                            .arg(host, addresses.join(QStringLiteral(", "))));
    }
    addStep(Kind::Resolve, Outcome::Passed, addresses.join(QStringLiteral(", ")), addresses);
    m_nextAddress = 0;
    connectNext();
}

void EndpointCheck::connectNext()
{
    dropSocket();
    if (m_nextAddress >= m_addresses.size()) {
        // Every address failed: the last failure decides the sentence, all of them are listed.
        addStep(Kind::Connect, Outcome::Failed, m_connectFailures.last(), m_connectFailures);
        if (m_lastConnectProblem == ConnectProblem::TimedOut)
            return conclude(Verdict::TimedOut,
                            tr("%1 did not answer within %2").arg(hostName(), Duration::format(m_timeouts.connectMs)));
        if (m_lastConnectProblem == ConnectProblem::Refused)
            return conclude(Verdict::ConnectionRefused,
                            tr("Nothing listens on port %1 of %2 (connection refused)").arg(port()).arg(hostName()));
        return conclude(Verdict::NetworkError,
                        tr("%1 could not be reached: %2").arg(hostName(), m_connectFailures.last()));
    }
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    beginStep(Phase::Connecting, m_timeouts.connectMs);
    if (m_report.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0) {
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            config.setCaCertificates(config.caCertificates() + m_extraCas);
        socket->setSslConfiguration(config);
        // The errors are recorded here and never ignored: the handshake then fails and says why.
        connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            m_peerCertificate = socket->peerCertificate();
        });
        connect(socket, &QSslSocket::encrypted, this, &EndpointCheck::onEncrypted);
        connect(socket, &QTcpSocket::connected, this, &EndpointCheck::onConnected);
        connect(socket, &QAbstractSocket::errorOccurred, this, &EndpointCheck::onSocketError);
        // The judged address, verified (and named in SNI) as the URL's host.
        socket->connectToHostEncrypted(address.toString(), port(), hostName());
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &EndpointCheck::onConnected);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &EndpointCheck::onSocketError);
        m_socket->connectToHost(address, port());
    }
    m_connectedAddress = address;
}

void EndpointCheck::onConnected()
{
    if (m_phase != Phase::Connecting)
        return;
    addStep(Kind::Connect, Outcome::Passed, tr("%1 port %2").arg(m_connectedAddress.toString()).arg(port()),
            m_connectFailures);
    if (qobject_cast<QSslSocket *>(m_socket)) {
        beginStep(Phase::Handshaking, m_timeouts.tlsMs);
        return;
    }
    dropSocket();
    sendRequest();
}

void EndpointCheck::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    auto *socket = qobject_cast<QSslSocket *>(m_socket);
    const QSslCertificate certificate = socket->peerCertificate();
    const QString protocol = protocolName(socket->sessionProtocol());
    addStep(Kind::Tls, Outcome::Passed,
            tr("%1, %2, issued by %3, valid until %4")
                .arg(protocol, CertificateReport::subject(certificate), CertificateReport::issuer(certificate),
                     utcText(certificate.expiryDate())),
            CertificateReport::details(certificate).split(u'\n')
                << tr("The certificate matches the name %1.").arg(hostName()));
    dropSocket();
    sendRequest();
}

void EndpointCheck::onSocketError()
{
    if (!m_socket)
        return;
    if (m_phase == Phase::Handshaking)
        return failTls(m_socket->errorString());
    if (m_phase != Phase::Connecting)
        return;
    const bool refused = m_socket->error() == QAbstractSocket::ConnectionRefusedError;
    m_lastConnectProblem = refused ? ConnectProblem::Refused : ConnectProblem::Other;
    const QString why = refused ? tr("connection refused") : m_socket->errorString();
    m_connectFailures << tr("%1: %2").arg(m_connectedAddress.toString(), why);
    connectNext();
}

void EndpointCheck::failTls(const QString &socketError)
{
    const QString host = hostName();
    QStringList details;
    for (const QSslError &e : std::as_const(m_sslErrors)) {
        const QString problem = CertificateReport::problem(e);
        if (!details.contains(problem))
            details << problem;
    }
    const QString summary = details.isEmpty() ? socketError : details.join(u' ');
    if (!m_peerCertificate.isNull())
        details += CertificateReport::details(m_peerCertificate).split(u'\n');
    const bool nameMatches = !hasError(m_sslErrors, {QSslError::HostNameMismatch});
    if (!m_sslErrors.isEmpty())
        details << (nameMatches ? tr("The certificate matches the name %1.").arg(host)
                                : tr("The certificate does not match the name %1.").arg(host));
    addStep(Kind::Tls, Outcome::Failed, summary, details);

    // The one problem a person fixes first: a date, then the name, then the trust.
    QString sentence;
    if (hasError(m_sslErrors, {QSslError::CertificateExpired})) {
        const QDateTime expiry = m_peerCertificate.expiryDate();
        const qint64 days = expiry.isValid() ? expiry.daysTo(m_clock.utcNow()) : -1;
        sentence = days >= 1 ? tr("The certificate of %1 expired %n day(s) ago", nullptr, int(days)).arg(host)
                             : tr("The certificate of %1 has expired").arg(host);
    } else if (hasError(m_sslErrors, {QSslError::CertificateNotYetValid})) {
        sentence =
            tr("The certificate of %1 is only valid from %2").arg(host, utcText(m_peerCertificate.effectiveDate()));
    } else if (!nameMatches) {
        sentence = tr("The certificate of %1 was issued for another name (%2)")
                       .arg(host, CertificateReport::subject(m_peerCertificate));
    } else if (hasError(m_sslErrors, {QSslError::SelfSignedCertificate})) {
        sentence = tr("The certificate of %1 is self-signed: senders that check certificates refuse it").arg(host);
    } else if (!m_sslErrors.isEmpty()) {
        sentence =
            tr("The certificate of %1 is not trusted: %2").arg(host, CertificateReport::problem(m_sslErrors.first()));
    } else {
        sentence = tr("The TLS handshake with %1 failed: %2").arg(host, socketError);
    }
    conclude(Verdict::TlsError, sentence);
}

void EndpointCheck::onTimeout()
{
    const QString within = Duration::format(m_deadline.interval());
    switch (m_phase) {
    case Phase::Resolving:
        QHostInfo::abortHostLookup(m_lookupId);
        addStep(Kind::Resolve, Outcome::Failed, tr("no answer within %1").arg(within));
        return conclude(Verdict::TimedOut, tr("The name %1 was not resolved within %2").arg(hostName(), within));
    case Phase::Connecting:
        m_lastConnectProblem = ConnectProblem::TimedOut;
        m_connectFailures << tr("%1: %2").arg(m_connectedAddress.toString(), tr("timed out"));
        dropSocket();
        return connectNext();
    case Phase::Handshaking:
        addStep(Kind::Tls, Outcome::Failed, tr("no answer within %1").arg(within));
        return conclude(Verdict::TimedOut, tr("%1 did not answer within %2").arg(hostName(), within));
    case Phase::Requesting:
        m_replyTimedOut = true;
        if (m_reply)
            m_reply->abort();  // finished() follows and reports it
        return;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
}

QByteArray EndpointCheck::testDeliveryBody(const QString &eventType, const QDateTime &now)
{
    const QJsonObject body{
        {QStringLiteral("type"), eventType},
        {QStringLiteral("timestamp"), now.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("test"), true},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("note"),
                      QStringLiteral("A test delivery from the webhook console's endpoint check; not a real event.")}}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void EndpointCheck::sendRequest()
{
    // To the judged address, with the URL's own Host header and certificate name.
    QUrl target = m_report.url;
    target.setHost(m_connectedAddress.toString());
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Host", m_report.url.authority(QUrl::FullyEncoded).section(u'@', -1).toUtf8());
    request.setRawHeader("User-Agent", "webhook-console endpoint check");
    request.setPeerVerifyName(hostName());
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(config.caCertificates() + m_extraCas);
        request.setSslConfiguration(config);
    }
    beginStep(Phase::Requesting, m_timeouts.httpMs);
    m_replyTimedOut = false;
    if (m_testDelivery) {
        // One instant for the body's timestamp and the signed header's.
        const QDateTime now = m_clock.utcNow();
        const QByteArray body = testDeliveryBody(m_testDelivery->eventType, now);
        const QByteArray id = "msg_check_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const qint64 timestamp = now.toSecsSinceEpoch();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("webhook-id", id);
        request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
        if (!m_testDelivery->clientSecret.isEmpty())
            request.setRawHeader("webhook-signature",
                                 DeliverySigner::signature(m_testDelivery->clientSecret, id, timestamp, body));
        m_reply = m_network.post(request, body);
    } else {
        m_reply = m_network.head(request);
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &EndpointCheck::onReplyFinished);
}

void EndpointCheck::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_phase != Phase::Requesting)
        return;
    reply->deleteLater();
    m_deadline.stop();
    const QString host = hostName();
    const Kind httpStep = m_testDelivery ? Kind::Post : Kind::Http;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        if (m_replyTimedOut) {
            const QString within = Duration::format(m_timeouts.httpMs);
            addStep(httpStep, Outcome::Failed, tr("no answer within %1").arg(within));
            return conclude(Verdict::TimedOut, tr("%1 did not answer within %2").arg(host, within));
        }
        addStep(httpStep, Outcome::Failed, reply->errorString());
        if (!m_sslErrors.isEmpty()) {
            m_peerCertificate = m_sslErrors.first().certificate();
            return failTls(reply->errorString());
        }
        return conclude(Verdict::NetworkError, tr("%1 could not be reached: %2").arg(host, reply->errorString()));
    }
    const int status = statusAttribute.toInt();
    m_report.httpStatus = status;
    const qint64 elapsed = m_clock.monotonicMs() - m_stepStartMs;
    QStringList details;
    for (const QByteArray &name :
         {QByteArrayLiteral("Location"), QByteArrayLiteral("Content-Type"), QByteArrayLiteral("Server")}) {
        if (reply->hasRawHeader(name))
            details << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(reply->rawHeader(name));
    }
    const QByteArray body = reply->read(kFirstBytes);
    if (!body.isEmpty())
        details << tr("First bytes: %1").arg(QString::fromUtf8(body).simplified());
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString summary =
        reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
    const bool ok = status >= 200 && status < 300;
    addStep(httpStep, ok ? Outcome::Passed : Outcome::Failed, summary, details);

    if (ok)
        return conclude(Verdict::Reachable,
                        m_testDelivery ? tr("Took the test delivery and answers %1 in %2 ms").arg(status).arg(elapsed)
                                       : tr("Reachable and answers %1 in %2 ms").arg(status).arg(elapsed));
    if (status >= 300 && status < 400) {
        m_report.location = QString::fromUtf8(reply->rawHeader("Location"));
        const QString where = m_report.location.isEmpty() ? tr("another address") : m_report.location;
        return conclude(Verdict::Redirect,
                        tr("The endpoint redirects to %1: deliveries do not follow redirects").arg(where));
    }
    conclude(Verdict::HttpError, requestSentence(status));
}

QString EndpointCheck::requestSentence(int status) const
{
    if (status == 404 || status == 410)
        return tr("The endpoint answers %1: the path is probably wrong").arg(status);
    if ((status == 401 || status == 403) && m_testDelivery) {
        return m_testDelivery->clientSecret.isEmpty()
            ? tr("The endpoint answers %1 to the unsigned test delivery: it probably checks signatures; "
                 "give the subscription's secret to sign it")
                  .arg(status)
            : tr("The endpoint answers %1 to the signed test delivery: it probably expects another signing "
                 "secret")
                  .arg(status);
    }
    if (status == 401 || status == 403)
        return tr("The endpoint answers %1: it refuses requests without credentials of its own").arg(status);
    if (status == 405 && m_testDelivery)
        return tr("The endpoint answers 405 to POST: it does not take deliveries at this path");
    if (status == 405)
        return tr("The endpoint answers 405 to HEAD: it is reachable, but whether it takes a delivery (POST) "
                  "only a delivery shows");
    if (status >= 500)
        return tr("The endpoint answers %1: the receiving server fails").arg(status);
    return tr("The endpoint answers %1").arg(status);
}
