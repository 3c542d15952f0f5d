// Re-issue Secret in the real window against a real webhook-sandbox that answers like the vendor's
// server (no events, no delivery health): from the row's action, with the copy's events chosen, to
// the secret shown once, the reminder above the list while the cut-over waits, going on from it,
// the old subscription kept for the documented retry window (on a fake clock) and then deleted.
// Closing before the secret was marked stored throws that copy away: the next attempt makes a new
// one with a new secret.

#include "kit/FakeClock.h"
#include "kit/LiveConsole.h"
#include "kit/MainWindowParts.h"
#include "kit/ServerCalls.h"

#include "journal/WriteJournal.h"
#include "models/ActivityTableModel.h"
#include "ui/ConsoleSession.h"
#include "ui/EventChecklist.h"
#include "ui/ReissueBanner.h"
#include "ui/SecretReissueDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;

SecretReissueDialog *openDialog(const MainWindow &w)
{
    return w.findChild<SecretReissueDialog *>(QStringLiteral("secretReissueDialog"));
}

template<class T>
T *inDialog(const SecretReissueDialog &d, const char *name)
{
    return Parts::part<T>(d, QString::fromLatin1(name));
}

QList<qint64> idsWithUrl(ApiClient *client, const QString &url)
{
    QList<qint64> ids;
    const auto list = ServerCalls::await<SubscriptionList>(
        [&](auto done) { client->listSubscriptions(RequestLane::Interactive, nullptr, done); });
    if (list && list->ok()) {
        for (const Subscription &s : *list->value) {
            if (s.url == url && s.id)
                ids << *s.id;
        }
    }
    return ids;
}
}  // namespace

class TstSecretReissueDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = m_live.start(
            {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--documented-fields-only")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m_live.stop(); }

    void fromTheRowToTheCutOver();
    void closingBeforeStoredMakesANewSecret();

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        m_clock.setUtcStart(QDateTime::currentDateTimeUtc());
        auto w = m_live.makeWindow([](QWidget *, const QString &, const QString &, const QString &) { return true; },
                                   &m_clock);
        return m_live.connect(*w) ? std::move(w) : nullptr;
    }
    // Selects `id` and starts its re-issue with `events`; the dialog once its secret is shown.
    SecretReissueDialog *startReissue(MainWindow &w, qint64 id, const QStringList &events)
    {
        subscriptionList(w)->selectIds({id});
        QAction *reissue = action(w, QStringLiteral("actionReissueSecret"));
        if (!reissue->isEnabled())
            return nullptr;
        reissue->trigger();
        SecretReissueDialog *d = openDialog(w);
        if (!d)
            return nullptr;
        // Created elsewhere: its events are not known here, so they are chosen.
        if (!inDialog<EventChecklist>(*d, "reissueEvents")->isVisible())
            return nullptr;
        inDialog<EventChecklist>(*d, "reissueEvents")->setChecked(events);
        inDialog<QPushButton>(*d, "reissueStartButton")->click();
        if (!QTest::qWaitFor([d] { return !inDialog<QLineEdit>(*d, "reissueSecret")->text().isEmpty(); }, kWait))
            return nullptr;
        return d;
    }

    LiveConsole m_live;
    FakeClock m_clock;
};

void TstSecretReissueDialog::fromTheRowToTheCutOver()
{
    const QString url = QStringLiteral("https://hooks.example.com/leaked");
    const auto oldId = ServerCalls::create(m_live.helper->client(), url, QStringLiteral("Leaked"));
    QVERIFY(oldId);
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(part<QMenu>(*w, QStringLiteral("subscriptionRowMenu"))
                ->actions()
                .contains(action(*w, QStringLiteral("actionReissueSecret"))));

    SecretReissueDialog *d = startReissue(*w, *oldId, {QStringLiteral("orders.created")});
    QVERIFY(d);
    const QString secret = inDialog<QLineEdit>(*d, "reissueSecret")->text();
    QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
    const qint64 newId = *d->job().newId;
    QVERIFY(inDialog<QPlainTextEdit>(*d, "reissueCustomerNote")->toPlainText().contains(QString::number(newId)));
    QVERIFY(!inDialog<QPlainTextEdit>(*d, "reissueCustomerNote")->toPlainText().contains(secret));
    QPushButton *cutOver = inDialog<QPushButton>(*d, "reissueCutOverButton");
    QVERIFY(!cutOver->isEnabled());  // not before the secret is stored
    inDialog<QCheckBox>(*d, "reissueStored")->setChecked(true);
    QVERIFY(cutOver->isEnabled());

    // Later: the reminder above the list says what waits, and goes on from there.
    auto *bannerText = part<QLabel>(*w, QStringLiteral("reissueBannerText"));
    QTRY_VERIFY_WITH_TIMEOUT(part<ReissueBanner>(*w, QStringLiteral("reissueBanner"))->isVisible(), kWait);
    QVERIFY2(bannerText->text().contains(QString::number(*oldId)), qPrintable(bannerText->text()));
    inDialog<QPushButton>(*d, "reissueCloseButton")->click();
    QTRY_VERIFY(!openDialog(*w));

    const QString jobId = bannerText->text().section(QStringLiteral("href=\""), 1).section(u'"', 0, 0);
    QVERIFY(jobId.startsWith(QStringLiteral("reissue-")));
    Q_EMIT bannerText->linkActivated(jobId);
    d = openDialog(*w);
    QVERIFY(d);
    cutOver = inDialog<QPushButton>(*d, "reissueCutOverButton");
    QTRY_VERIFY_WITH_TIMEOUT(cutOver->isEnabled(), kWait);
    QVERIFY(inDialog<QLineEdit>(*d, "reissueSecret")->text().isEmpty());  // shown once only
    cutOver->click();
    // Cut over: the copy enabled, the old one disabled and kept, since this server does not tell
    // when its retries are over.
    QTRY_VERIFY_WITH_TIMEOUT(d->job().step == ReissueJob::Step::CutOver && !d->job().id.isEmpty()
                                 && inDialog<QPushButton>(*d, "reissueRetryButton")->isVisible(),
                             kWait);
    QVERIFY2(inDialog<QLabel>(*d, "reissueProgress")->text().contains(QString::number(*oldId)),
             qPrintable(inDialog<QLabel>(*d, "reissueProgress")->text()));
    auto copy = ServerCalls::fetch(m_live.helper->client(), newId);
    QVERIFY(copy && copy->enabled);
    QCOMPARE(copy->description, std::optional<QString>(QStringLiteral("Leaked")));
    const auto old = ServerCalls::fetch(m_live.helper->client(), *oldId);
    QVERIFY(old && !old->enabled);
    // The vendor's server never reports events: the journal knows what the copy got.
    QCOMPARE(session(*w)->journal()->knownEvents(newId).value_or(QStringList()),
             QStringList{QStringLiteral("orders.created")});
    QTRY_VERIFY2(bannerText->text().contains(QString::number(newId)), qPrintable(bannerText->text()));

    // After the documented retry window, "Check again" deletes it.
    m_clock.advance((ReissueJob::kRetryWindowSecs + 60) * 1000);
    inDialog<QPushButton>(*d, "reissueRetryButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(d->job().step == ReissueJob::Step::Done, kWait);
    QVERIFY(inDialog<QLabel>(*d, "reissueProgress")->text().contains(QString::number(newId)));
    QCOMPARE(idsWithUrl(m_live.helper->client(), url), QList<qint64>{newId});
    // Each step is in the activity log, named as part of the re-issue.
    const auto logged = session(*w)->journal()->recordedSince(m_clock.utcNow().addDays(-3));
    QVERIFY(logged);
    QStringList jobWrites;
    for (const JournalEntry &e : *logged) {
        if (e.write.bulkJobId == jobId)
            jobWrites << JournalEntry::kindName(e.write.kind) + u':' + JournalEntry::stateName(e.state);
    }
    QCOMPARE(jobWrites,
             (QStringList{QStringLiteral("create:done"), QStringLiteral("edit:done"), QStringLiteral("toggle:done"),
                          QStringLiteral("toggle:done"), QStringLiteral("delete:done")}));
    action(*w, QStringLiteral("actionShowActivity"))->trigger();
    const QAbstractItemModel *activity = part<QTableView>(*w, QStringLiteral("activityTable"))->model();
    const auto shownKinds = [activity] {
        QStringList kinds;
        for (int row = 0; row < activity->rowCount(); ++row)
            kinds << activity->index(row, ActivityTableModel::KindColumn).data().toString();
        return kinds;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(shownKinds().contains(QStringLiteral("Re-issue: Create")),
                              qPrintable(shownKinds().join(u',')), kWait);
    QVERIFY(shownKinds().contains(QStringLiteral("Re-issue: Delete")));
    action(*w, QStringLiteral("actionShowSubscriptions"))->trigger();
    // The list follows, and the reminder goes.
    SubscriptionTableModel *model = subscriptionModel(*w);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowForId(newId) >= 0 && model->rowForId(*oldId) < 0, kWait);
    QTRY_VERIFY(!part<ReissueBanner>(*w, QStringLiteral("reissueBanner"))->isVisible());
}

void TstSecretReissueDialog::closingBeforeStoredMakesANewSecret()
{
    const QString url = QStringLiteral("https://hooks.example.com/lost");
    const auto oldId = ServerCalls::create(m_live.helper->client(), url, std::nullopt);
    QVERIFY(oldId);
    auto w = openWindow();
    QVERIFY(w);
    SecretReissueDialog *d = startReissue(*w, *oldId, {QStringLiteral("orders.created")});
    QVERIFY(d);
    const QString first = inDialog<QLineEdit>(*d, "reissueSecret")->text();
    const qint64 firstCopy = *d->job().newId;
    inDialog<QPushButton>(*d, "reissueCloseButton")->click();  // without ticking "stored"
    QTRY_VERIFY(!openDialog(*w));

    // The same row again: its re-issue goes on, with a new copy and a new secret.
    subscriptionList(*w)->selectIds({*oldId});
    action(*w, QStringLiteral("actionReissueSecret"))->trigger();
    d = openDialog(*w);
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(!inDialog<QLineEdit>(*d, "reissueSecret")->text().isEmpty(), kWait);
    QVERIFY(inDialog<QLineEdit>(*d, "reissueSecret")->text() != first);
    const qint64 secondCopy = *d->job().newId;
    QVERIFY(secondCopy != firstCopy);
    QList<qint64> ids = idsWithUrl(m_live.helper->client(), url);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{*oldId, secondCopy}));

    // Cancelling deletes the copy and leaves the old subscription as it was.
    inDialog<QPushButton>(*d, "reissueCancelJobButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(d->job().step == ReissueJob::Step::Cancelled, kWait);
    QCOMPARE(idsWithUrl(m_live.helper->client(), url), QList<qint64>{*oldId});
}

QTEST_MAIN(TstSecretReissueDialog)
#include "tst_secretreissuedialog.moc"
