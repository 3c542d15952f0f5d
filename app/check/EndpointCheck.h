#pragma once

#include "check/EndpointCheckReport.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>

class Clock;
class QHostInfo;
class QNetworkReply;
class QTcpSocket;

// Checks one webhook endpoint the way a delivery would reach it, step by step: resolve the name,
// connect, TLS for https, then an HTTP HEAD (redirects not followed). Each step is bounded by its
// own timeout; the report says what each step found and ends in one sentence in plain words.
//
// It sends nothing of the API's: its own QNetworkAccessManager (no shared connections, no API key
// header, no request queue or rate limits). Private and loopback targets are refused, judged on
// the resolved addresses, unless allowed; the later steps connect to the address that was judged,
// so a name cannot resolve to something else between the judgement and the request.
class EndpointCheck : public QObject
{
    Q_OBJECT
public:
    // A test delivery instead of the HEAD: a POST of a sample event marked as a test, with the
    // Standard Webhooks headers, signed when the subscription's secret is given (used for this one
    // signature and kept nowhere). Only after the user asked for it: the endpoint may act on it.
    struct TestDelivery
    {
        QString eventType;
        QString clientSecret;  // empty: sent unsigned
    };

    struct Timeouts
    {
        int resolveMs = 5000;
        int connectMs = 5000;
        int tlsMs = 5000;
        int httpMs = 5000;
    };

    // `clock` times the steps and dates certificate expiry ("expired 3 days ago").
    explicit EndpointCheck(const Clock &clock, QObject *parent = nullptr);
    ~EndpointCheck() override;

    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    void setAllowPrivateTargets(bool allow) { m_allowPrivate = allow; }
    void setTestDelivery(const TestDelivery &delivery) { m_testDelivery = delivery; }
    // The JSON body of a test delivery (type, timestamp, "test": true and a note).
    static QByteArray testDeliveryBody(const QString &eventType, const QDateTime &now);
    // Certificates trusted on top of the system's (tests; the product adds none).
    void addTrustedCertificates(const QList<QSslCertificate> &certificates) { m_extraCas += certificates; }

    // Starts checking url; finished() follows exactly once, never from inside start().
    void start(const QUrl &url);

Q_SIGNALS:
    void finished(const EndpointCheckReport &report);

private:
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Requesting, Done };
    enum class ConnectProblem { Refused, TimedOut, Other };

    void onResolved(const QHostInfo &info);
    void connectNext();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onTimeout();
    void sendRequest();
    QString requestSentence(int status) const;
    void onReplyFinished();
    void failTls(const QString &socketError);

    void beginStep(Phase phase, int timeoutMs);
    void addStep(EndpointCheckReport::StepKind kind, EndpointCheckReport::Outcome outcome, const QString &summary,
                 const QStringList &details = {});
    void conclude(EndpointCheckReport::Verdict verdict, const QString &sentence);
    void dropSocket();
    QString hostName() const;
    quint16 port() const;

    const Clock &m_clock;
    Timeouts m_timeouts;
    bool m_allowPrivate = false;
    std::optional<TestDelivery> m_testDelivery;
    QList<QSslCertificate> m_extraCas;
    QNetworkAccessManager m_network;
    QTimer m_deadline;

    EndpointCheckReport m_report;
    Phase m_phase = Phase::Idle;
    qint64 m_stepStartMs = 0;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    int m_nextAddress = 0;
    QStringList m_connectFailures;  // "address: why", one per address tried
    ConnectProblem m_lastConnectProblem = ConnectProblem::Other;
    QHostAddress m_connectedAddress;
    QPointer<QTcpSocket> m_socket;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    QPointer<QNetworkReply> m_reply;
    bool m_replyTimedOut = false;
};
