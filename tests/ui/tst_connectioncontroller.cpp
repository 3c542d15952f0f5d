// The console's connection controller on its own, without a window: what it decides and reports
// when connecting with an address, a saved or a new profile, and the offer of the writes an
// earlier run left unconfirmed. Against a real webhook-sandbox on loopback; every wait is a QTRY_*.

#include "kit/ConsoleTestServices.h"
#include "kit/SandboxProcess.h"

#include "journal/JournalCodec.h"
#include "journal/JournalLocation.h"
#include "journal/WriteJournal.h"
#include "ui/ConnectionController.h"
#include "ui/ConsoleSession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
constexpr int kWait = 30'000;
}

class TstConnectionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void connectToLoopbackSwapsTheSession();
    void plainHttpToAnotherComputerNeedsConsent();
    void unknownProfileFails();
    void profileWithoutStoredKeyAsksForIt();
    void newProfileStoresTheKeyAndConnects();
    void unconfirmedWritesAreOfferedToTheirSessionOnly();

private:
    std::unique_ptr<ConnectionController> makeController();

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ConsoleTestServices> m_env;
    QStringList m_questions;
    bool m_answer = true;
};

void TstConnectionController::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->standardError()));
    m_env = std::make_unique<ConsoleTestServices>();
    m_questions.clear();
    m_answer = true;
}

void TstConnectionController::cleanup()
{
    m_sandbox.reset();
    m_env.reset();
}

std::unique_ptr<ConnectionController> TstConnectionController::makeController()
{
    auto c = std::make_unique<ConnectionController>(m_env->services());
    c->setConfirmHandler([this](QWidget *, const QString &title, const QString &text, const QString &) {
        m_questions.append(title + QLatin1Char('\n') + text);
        return m_answer;
    });
    return c;
}

void TstConnectionController::connectToLoopbackSwapsTheSession()
{
    auto c = makeController();
    QStringList order;
    connect(c.get(), &ConnectionController::sessionEnding, this, [&] { order << QStringLiteral("ending"); });
    connect(c.get(), &ConnectionController::sessionChanged, this,
            [&](ConsoleSession *s) { order << (s ? QStringLiteral("changed") : QStringLiteral("none")); });
    connect(c.get(), &ConnectionController::connected, this, [&] { order << QStringLiteral("connected"); });

    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QCOMPARE(order, QStringList({QStringLiteral("ending"), QStringLiteral("changed"), QStringLiteral("connected")}));
    QPointer<ConsoleSession> first = c->session();
    QVERIFY(first);
    QCOMPARE(first->baseUrl(), m_sandbox->baseUrl());
    QCOMPARE(first->displayName(), QStringLiteral("Test"));
    QVERIFY(m_questions.isEmpty());  // loopback needs no consent

    // A second connection replaces the whole session.
    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Again")));
    QVERIFY(!first);
    QCOMPARE(c->session()->displayName(), QStringLiteral("Again"));

    order.clear();
    c->disconnectSession();
    QCOMPARE(order, QStringList({QStringLiteral("ending"), QStringLiteral("none")}));
    QVERIFY(!c->session());
}

void TstConnectionController::plainHttpToAnotherComputerNeedsConsent()
{
    auto c = makeController();
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    QSignalSpy changed(c.get(), &ConnectionController::sessionChanged);
    m_answer = false;
    Profile p;
    p.name = QStringLiteral("Remote");
    p.baseUrl = QUrl(QStringLiteral("http://192.0.2.10:8080"));  // TEST-NET-1: never reached
    c->connectNewProfile(p, "key");
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().startsWith(QStringLiteral("Unencrypted Connection")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("needs your consent")));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!c->session());
    QVERIFY(!m_env->profiles.contains(QStringLiteral("Remote")));
}

void TstConnectionController::unknownProfileFails()
{
    auto c = makeController();
    QSignalSpy failed(c.get(), &ConnectionController::connectionFailed);
    c->connectProfile(QStringLiteral("Nowhere"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("There is no profile named Nowhere."));
    QVERIFY(!c->session());
}

void TstConnectionController::profileWithoutStoredKeyAsksForIt()
{
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    QString error;
    QVERIFY2(m_env->profiles.save(p, &error), qPrintable(error));
    auto c = makeController();
    QStringList busy;
    connect(c.get(), &ConnectionController::busy, this, [&](const QString &what) { busy << what; });
    QSignalSpy keyNeeded(c.get(), &ConnectionController::keyNeeded);
    c->connectProfile(QStringLiteral("Local"));
    QTRY_COMPARE_WITH_TIMEOUT(keyNeeded.size(), 1, kWait);
    QCOMPARE(keyNeeded.first().at(0).value<Profile>().name, QStringLiteral("Local"));
    QCOMPARE(keyNeeded.first().at(1).toString(),
             QStringLiteral("No API key is stored for Local. Enter it to connect."));
    QCOMPARE(busy, QStringList({QStringLiteral("Reading the API key of Local from the keychain…"), QString()}));
    QVERIFY(!c->session());
}

void TstConnectionController::newProfileStoresTheKeyAndConnects()
{
    auto c = makeController();
    QSignalSpy connected(c.get(), &ConnectionController::connected);
    Profile p;
    p.name = QStringLiteral("Local");
    p.baseUrl = m_sandbox->baseUrl();
    c->connectNewProfile(p, m_sandbox->apiKey());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
    QCOMPARE(c->session()->profileName(), QStringLiteral("Local"));
    QCOMPARE(m_env->profiles.lastUsed(), QStringLiteral("Local"));
    bool read = false;
    m_env->keychain.readKey(QStringLiteral("Local"), nullptr, [&](const KeychainResult &r) {
        read = true;
        QCOMPARE(r.secret, m_sandbox->apiKey());
    });
    QTRY_VERIFY(read);
}

void TstConnectionController::unconfirmedWritesAreOfferedToTheirSessionOnly()
{
    const QString path = WriteJournal::filePathFor(m_env->dir.filePath(QStringLiteral("journal")),
                                                   JournalLocation::journalName({}, m_sandbox->baseUrl(), false));
    {
        WriteJournal journal(path, m_env->clock);
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        QVERIFY(journal.record(JournalCodec::toggle(1, false)));
    }
    auto c = makeController();
    QSignalSpy found(c.get(), &ConnectionController::pendingWritesFound);
    QSignalSpy status(c.get(), &ConnectionController::statusMessage);
    QVERIFY(c->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Test")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().first().value<QList<JournalEntry>>().size(), 1);

    c->keepPendingWrites();
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("kept")));

    // Answers to an offer whose session is gone have nothing to act on.
    c->disconnectSession();
    c->discardPendingWrites();
    c->resumePendingWrites();
    QCOMPARE(status.size(), 1);
    QVERIFY(c->pendingWritesBusyReason().isEmpty());
    WriteJournal journal(path, m_env->clock);
    QVERIFY(journal.open());
    QCOMPARE(journal.unconfirmedCount(), std::optional<int>(1));
}

QTEST_MAIN(TstConnectionController)
#include "tst_connectioncontroller.moc"
