#include "check/EndpointCheckReport.h"

#include <QJsonArray>

QString EndpointCheckReport::stepName(StepKind kind)
{
    switch (kind) {
    case StepKind::Resolve:
        return tr("Name");
    case StepKind::Connect:
        return tr("Connect");
    case StepKind::Tls:
        return tr("TLS");
    case StepKind::Http:
        return tr("HTTP HEAD");
    case StepKind::Post:
        return tr("HTTP POST");
    }
    return {};
}

QString EndpointCheckReport::stepKey(StepKind kind)
{
    switch (kind) {
    case StepKind::Resolve:
        return QStringLiteral("resolve");
    case StepKind::Connect:
        return QStringLiteral("connect");
    case StepKind::Tls:
        return QStringLiteral("tls");
    case StepKind::Http:
        return QStringLiteral("http");
    case StepKind::Post:
        return QStringLiteral("post");
    }
    return {};
}

QString EndpointCheckReport::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reachable:
        return QStringLiteral("reachable");
    case Verdict::InvalidUrl:
        return QStringLiteral("invalid-url");
    case Verdict::PrivateTarget:
        return QStringLiteral("private-target");
    case Verdict::NameNotFound:
        return QStringLiteral("name-not-found");
    case Verdict::TimedOut:
        return QStringLiteral("timed-out");
    case Verdict::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Verdict::NetworkError:
        return QStringLiteral("network-error");
    case Verdict::TlsError:
        return QStringLiteral("tls-error");
    case Verdict::Redirect:
        return QStringLiteral("redirect");
    case Verdict::HttpError:
        return QStringLiteral("http-error");
    }
    return {};
}

QString EndpointCheckReport::toText() const
{
    QString text = tr("Checking %1").arg(url.toDisplayString()) + QLatin1Char('\n');
    qsizetype nameWidth = 0;
    for (const Step &step : steps)
        nameWidth = qMax(nameWidth, stepName(step.kind).size());
    for (const Step &step : steps) {
        const bool passed = step.outcome == Outcome::Passed;
        text += QLatin1String("  ") + stepName(step.kind).leftJustified(nameWidth) + QLatin1String("  ")
            + (passed ? tr("ok") : tr("FAILED")).leftJustified(6) + QLatin1String("  ")
            + tr("%1 ms").arg(step.elapsedMs).rightJustified(8) + QLatin1String("  ") + step.summary
            + QLatin1Char('\n');
        // What a failed step found, e.g. each certificate problem and the certificate's fields.
        if (!passed) {
            for (const QString &detail : step.details) {
                if (detail != step.summary)
                    text += QLatin1String("      ") + detail + QLatin1Char('\n');
            }
        }
    }
    return text + sentence + QLatin1String(".\n");
}

QJsonObject EndpointCheckReport::toJson() const
{
    QJsonArray stepArray;
    for (const Step &step : steps) {
        stepArray.append(QJsonObject{
            {QStringLiteral("step"), stepKey(step.kind)},
            {QStringLiteral("ok"), step.outcome == Outcome::Passed},
            {QStringLiteral("ms"), step.elapsedMs},
            {QStringLiteral("summary"), step.summary},
            {QStringLiteral("details"), QJsonArray::fromStringList(step.details)},
        });
    }
    QJsonObject json{
        {QStringLiteral("url"), url.toString()},    {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("reachable"), reachable()}, {QStringLiteral("sentence"), sentence},
        {QStringLiteral("steps"), stepArray},
    };
    json.insert(QStringLiteral("http_status"), httpStatus ? QJsonValue(*httpStatus) : QJsonValue());
    json.insert(QStringLiteral("location"), location.isEmpty() ? QJsonValue() : QJsonValue(location));
    return json;
}
