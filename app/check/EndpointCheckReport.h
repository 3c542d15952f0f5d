#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What an endpoint check found: one entry per step it ran, in order, and one sentence in plain
// words that says what matters most. A value: EndpointCheck fills it, the command line and the
// console show it.
class EndpointCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCheckReport)

public:
    enum class StepKind { Resolve, Connect, Tls, Http, Post };
    enum class Outcome { Passed, Failed };

    struct Step
    {
        StepKind kind = StepKind::Resolve;
        Outcome outcome = Outcome::Passed;
        qint64 elapsedMs = 0;
        QString summary;  // one line: "93.184.216.34", "TLSv1.3, CN=shop.example", "HTTP 200"
        QStringList details;  // further facts: addresses, certificate fields, each TLS problem
    };

    // Why the check ended where it did; everything but Reachable is a problem of the endpoint.
    enum class Verdict {
        Reachable,  // answered 2xx
        InvalidUrl,
        PrivateTarget,  // refused: a private or loopback address, and those were not allowed
        NameNotFound,
        TimedOut,
        ConnectionRefused,
        NetworkError,
        TlsError,
        Redirect,
        HttpError,  // any other status
    };

    QUrl url;
    QList<Step> steps;
    Verdict verdict = Verdict::NetworkError;
    QString sentence;  // translated
    std::optional<int> httpStatus;
    QString location;  // of a 3xx

    bool reachable() const { return verdict == Verdict::Reachable; }

    // "Name", "Connect", "TLS", "HTTP HEAD", "HTTP POST" (translated).
    static QString stepName(StepKind kind);
    // "resolve", "connect", "tls", "http", "post": stable keys for JSON.
    static QString stepKey(StepKind kind);
    // "reachable", "name-not-found", ...: stable keys for JSON and scripts.
    static QString verdictKey(Verdict verdict);

    // The whole report as JSON: url, verdict, reachable, sentence, http_status, location, steps.
    QJsonObject toJson() const;
    // The whole report for people (the command line prints it, the console shows and copies it):
    // "Checking URL", one aligned line per step with what a failed step found, then the sentence.
    QString toText() const;
};

Q_DECLARE_METATYPE(EndpointCheckReport)
