// The Endpoint tab: checks the selected subscription's URL against real loopback receivers (a
// scripted HTTP server), asks before checking a private address, keeps each URL's last result, and
// in the window puts that result into the deliveries' copied summary for a ticket.

#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"
#include "kit/ScriptedHttpServer.h"
#include "kit/ServerCalls.h"

#include "common/SystemClock.h"
#include "ui/ConsolePage.h"
#include "ui/DeliveriesPanel.h"
#include "ui/EndpointCheckPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace MainWindowParts;
using namespace DeliveriesPanelParts;

namespace {
constexpr int kWait = 30'000;

QByteArray answer(int status)
{
    return ScriptedHttpServer::response(status, {}, {"Connection: close"});
}

QString sentence(const EndpointCheckPanel &panel)
{
    return panel.findChild<QLabel *>(QStringLiteral("endpointCheckSentence"))->text();
}

QPushButton *checkButton(const EndpointCheckPanel &panel)
{
    return panel.findChild<QPushButton *>(QStringLiteral("checkEndpointButton"));
}
}  // namespace

class TstEndpointCheckPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksAfterConsentAndKeepsEachResult()
    {
        ScriptedHttpServer wrongPath([](const ScriptedHttpServer::Request &) { return answer(404); });
        ScriptedHttpServer fine([](const ScriptedHttpServer::Request &) { return answer(200); });
        SystemClock clock;
        EndpointCheckPanel panel(clock);
        panel.show();
        QVERIFY(!checkButton(panel)->isEnabled());  // nothing selected
        QStringList asked;
        bool consent = false;
        panel.setConfirmHandler([&](QWidget *, const QString &, const QString &text, const QString &) {
            asked << text;
            return consent;
        });

        // A loopback address: asked first; declined, nothing is sent.
        const QUrl wrong = wrongPath.url().resolved(QUrl(QStringLiteral("/wrong")));
        panel.showTarget(wrong);
        QVERIFY(checkButton(panel)->isEnabled());
        QSignalSpy finished(&panel, &EndpointCheckPanel::finished);
        checkButton(panel)->click();
        QVERIFY(panel.isChecking());
        QVERIFY(!checkButton(panel)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QCOMPARE(asked.size(), 1);
        QVERIFY(wrongPath.requests.isEmpty());
        QVERIFY(finished.at(0).at(0).value<EndpointCheckReport>().verdict
                == EndpointCheckReport::Verdict::PrivateTarget);

        // Agreed: checked, and the sentence names the cause.
        consent = true;
        checkButton(panel)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(sentence(panel), QStringLiteral("The endpoint answers 404: the path is probably wrong."));
        QCOMPARE(wrongPath.requests.size(), 1);
        QCOMPARE(wrongPath.requests.constFirst().method, QByteArray("HEAD"));
        QVERIFY(wrongPath.requests.constFirst().header("X-API-Key").isEmpty());
        const QString steps = panel.findChild<QPlainTextEdit *>(QStringLiteral("endpointCheckSteps"))->toPlainText();
        QVERIFY2(steps.startsWith(QStringLiteral("Checking ") + wrong.toDisplayString()), qPrintable(steps));
        QVERIFY(panel.resultText().startsWith(QStringLiteral("Endpoint check at ")));
        panel.copyResult();
        QCOMPARE(QApplication::clipboard()->text(), panel.resultText());

        // Another URL has no result yet; going back shows the kept one.
        panel.showTarget(fine.url());
        QCOMPARE(sentence(panel), QStringLiteral("Not checked yet."));
        QVERIFY(panel.resultText().isEmpty());
        panel.showTarget(wrong);
        QCOMPARE(sentence(panel), QStringLiteral("The endpoint answers 404: the path is probably wrong."));
    }

    void aTestDeliveryIsSentOnlyWhenConfirmed()
    {
        ScriptedHttpServer receiver([](const ScriptedHttpServer::Request &) { return answer(202); });
        SystemClock clock;
        EndpointCheckPanel panel(clock);
        panel.show();
        bool sendIt = false;
        QStringList questions;
        panel.setConfirmHandler([&](QWidget *, const QString &title, const QString &, const QString &) {
            questions << title;
            return title.startsWith(QStringLiteral("Check a Private")) || sendIt;
        });
        int prompts = 0;
        panel.setSecretPrompt([&](QWidget *) -> std::optional<QString> {
            ++prompts;
            return QString();  // unsigned
        });
        panel.showTarget(receiver.url().resolved(QUrl(QStringLiteral("/hook"))), {QStringLiteral("orders.paid")});
        QPushButton *send = panel.findChild<QPushButton *>(QStringLiteral("sendTestDeliveryButton"));
        QVERIFY(send && send->isEnabled());
        send->click();  // declined
        QCOMPARE(questions, QStringList{QStringLiteral("Send a Test Delivery?")});
        QCOMPARE(prompts, 0);
        QVERIFY(!panel.isChecking());

        sendIt = true;
        QSignalSpy finished(&panel, &EndpointCheckPanel::finished);
        send->click();
        QCOMPARE(prompts, 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY2(sentence(panel).startsWith(QStringLiteral("Took the test delivery and answers 202")),
                 qPrintable(sentence(panel)));
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(receiver.requests.constFirst().method, QByteArray("POST"));
        QVERIFY(receiver.requests.constFirst().body.contains("\"type\":\"orders.paid\""));
        QVERIFY(receiver.requests.constFirst().header("webhook-signature").isNull());
    }

    void theWindowPutsTheResultIntoTheCopiedSummary()
    {
        ScriptedHttpServer receiver([](const ScriptedHttpServer::Request &) { return answer(200); });
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--allow-private-targets")}), qPrintable(sandbox.standardError()));
        ConsoleTestServices env;
        const auto helper = env.helperSession(sandbox.baseUrl(), sandbox.apiKey(), 1000);
        QVERIFY(helper);
        const QUrl url = receiver.url().resolved(QUrl(QStringLiteral("/hook")));
        const auto id = ServerCalls::create(helper->client(), url.toString());
        QVERIFY(id);

        MainWindow w(env.services(1000));
        w.setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
        new QAbstractItemModelTester(subscriptionModel(w), QAbstractItemModelTester::FailureReportingMode::QtTest, &w);
        w.show();
        QVERIFY(w.connectTo(sandbox.baseUrl(), sandbox.apiKey(), QStringLiteral("Test")));
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(w)->rowCount(), 1, kWait);
        subscriptionList(w)->selectIds({*id});

        EndpointCheckPanel *panel = w.findChild<EndpointCheckPanel *>(QStringLiteral("endpointCheckPanel"));
        QVERIFY(panel);
        QTabWidget *tabs = detailsPane(w)->tabs();
        tabs->setCurrentWidget(panel);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Endpoint"));
        QCOMPARE(panel->target(), url);
        checkButton(*panel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(sentence(*panel).startsWith(QStringLiteral("Reachable and answers 200")), kWait);

        // A delivery to copy: the summary ends with the check.
        DeliveriesPanel *deliveries = w.findChild<DeliveriesPanel *>(QStringLiteral("deliveriesPanel"));
        tabs->setCurrentWidget(deliveries);
        testEventButton(*deliveries)->click();
        QTRY_VERIFY_WITH_TIMEOUT(deliveriesTable(*deliveries)->model()->rowCount() > 0, kWait);
        deliveriesTable(*deliveries)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(copyButton(*deliveries)->isEnabled(), kWait);
        QSignalSpy copied(deliveries, &DeliveriesPanel::summaryCopied);
        copyButton(*deliveries)->click();
        QCOMPARE(copied.size(), 1);
        const QString summary = copied.at(0).at(0).toString();
        QVERIFY2(summary.contains(QStringLiteral("Endpoint check at ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Reachable and answers 200")), qPrintable(summary));
    }
};

QTEST_MAIN(TstEndpointCheckPanel)
#include "tst_endpointcheckpanel.moc"
