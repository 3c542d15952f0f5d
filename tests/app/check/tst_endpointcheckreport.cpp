// The report as a value: its JSON is what scripts read from webhookctl check --json.

#include "check/EndpointCheckReport.h"

#include <QJsonArray>
#include <QTest>

class TstEndpointCheckReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHoldsStepsVerdictAndSentence()
    {
        EndpointCheckReport report;
        report.url = QUrl(QStringLiteral("https://shop.example/hook"));
        report.steps.append({EndpointCheckReport::StepKind::Resolve,
                             EndpointCheckReport::Outcome::Passed,
                             3,
                             QStringLiteral("203.0.113.7"),
                             {QStringLiteral("203.0.113.7")}});
        report.steps.append({EndpointCheckReport::StepKind::Http,
                             EndpointCheckReport::Outcome::Failed,
                             40,
                             QStringLiteral("HTTP 301"),
                             {}});
        report.verdict = EndpointCheckReport::Verdict::Redirect;
        report.sentence = QStringLiteral("The endpoint redirects");
        report.httpStatus = 301;
        report.location = QStringLiteral("https://elsewhere.example/");

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("url")).toString(), QStringLiteral("https://shop.example/hook"));
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("redirect"));
        QCOMPARE(json.value(QStringLiteral("reachable")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("sentence")).toString(), report.sentence);
        QCOMPARE(json.value(QStringLiteral("http_status")).toInt(), 301);
        QCOMPARE(json.value(QStringLiteral("location")).toString(), report.location);
        const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].toObject().value(QStringLiteral("step")).toString(), QStringLiteral("resolve"));
        QCOMPARE(steps[0].toObject().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(steps[0].toObject().value(QStringLiteral("ms")).toInt(), 3);
        QCOMPARE(steps[1].toObject().value(QStringLiteral("step")).toString(), QStringLiteral("http"));
        QCOMPARE(steps[1].toObject().value(QStringLiteral("ok")).toBool(), false);
    }

    void jsonHasNullsForWhatWasNotReached()
    {
        EndpointCheckReport report;
        report.verdict = EndpointCheckReport::Verdict::NameNotFound;
        const QJsonObject json = report.toJson();
        QVERIFY(json.value(QStringLiteral("http_status")).isNull());
        QVERIFY(json.value(QStringLiteral("location")).isNull());
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("name-not-found"));
    }

    void onlyReachableIsReachable()
    {
        EndpointCheckReport report;
        report.verdict = EndpointCheckReport::Verdict::Reachable;
        QVERIFY(report.reachable());
        report.verdict = EndpointCheckReport::Verdict::HttpError;
        QVERIFY(!report.reachable());
    }
};

QTEST_GUILESS_MAIN(TstEndpointCheckReport)
#include "tst_endpointcheckreport.moc"
