// The console under a random user: a seeded monkey drives the real MainWindow (offscreen) against
// the real webhook-sandbox with its fault flags on. Thousands of random actions: clicks on rows,
// toggles, bulk jobs and their cancelling, edits in the details pane with hostile text (emoji,
// combining marks, CJK, 1,001 characters), creates and deletes, refresh, filter, sort, tabs,
// switching between two profiles (two tenants of one sandbox), and a random answer to every dialog
// that opens: window-modal ones as the next action, exec()'d ones from a timer while the action
// that opened them waits in their event loop.
//
// Every action is printed as it starts ("monkey 123: ..."), so the last lines of a failing run say
// what happened. A watchdog thread ends the run with the action log when one action does not
// return within 10 s (a hang). At the end, with nothing left in flight: the model equals the
// server after a refresh, and every write the journals call confirmed is on the server (unless a
// later write that may have reached the server changed it). Pending, failed and uncertain writes
// are allowed and listed.
//
// Reproduce a run: WEBHOOK_MONKEY_SEED=<printed seed> makes the same random choices (the server's
// answers still arrive at their own moments, so a replay is close, not exact). Length:
// WEBHOOK_MONKEY_ACTIONS (default 2500) and WEBHOOK_MONKEY_SECONDS (default 40), whichever ends
// first. A longer run by hand, the binary itself (ctest stops a test after 300 s, and Qt Test a
// test function after 300 s unless QTEST_FUNCTION_TIMEOUT, in ms, says otherwise):
//   QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=3600000 WEBHOOK_MONKEY_SECONDS=1800
//   WEBHOOK_MONKEY_ACTIONS=1000000 build/bin/tst_monkey  (one command line)

#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/DetailsPaneParts.h"
#include "kit/DialogParts.h"
#include "kit/MainWindowParts.h"
#include "kit/Require.h"
#include "kit/ServerCalls.h"

#include "api/RequestQueue.h"
#include "journal/JournalLocation.h"
#include "journal/JournaledWrites.h"
#include "journal/WriteJournal.h"
#include "models/SubscriptionTableModel.h"
#include "ui/ProfilesDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 60'000;
constexpr qint64 kWindowMs = 1000;
constexpr int kWatchdogMs = 10'000;
constexpr int kSeedPerTenant = 24;
const QString kAlpha = QStringLiteral("Alpha");
const QString kBeta = QStringLiteral("Beta");

// Faults that still let work finish: GET, PATCH and DELETE recover by retrying; a POST that meets
// a fault fails (or stays uncertain), which the checks allow.
QStringList faultArgs(quint64 seed)
{
    return {QStringLiteral("--fault-latency"),
            QStringLiteral("15ms"),
            QStringLiteral("--fault-5xx-share"),
            QStringLiteral("0.05"),
            QStringLiteral("--fault-429-share"),
            QStringLiteral("0.02"),
            QStringLiteral("--fault-drop-share"),
            QStringLiteral("0.03"),
            QStringLiteral("--fault-drop-after-share"),
            QStringLiteral("0.03"),
            QStringLiteral("--fault-malformed-share"),
            QStringLiteral("0.02"),
            QStringLiteral("--fault-seed"),
            QString::number(seed % 1'000'000'007ULL)};
}

QStringList serveArgs()
{
    return {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--quiet")};
}

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The server's value of a field, as the journal's JSON body holds it ("" and null alike).
QJsonValue serverField(const Subscription &s, const QString &field)
{
    if (field == u"url")
        return s.url;
    if (field == u"description")
        return s.description.value_or(QString());
    return s.enabled;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto norm = [](const QJsonValue &v) { return v.isNull() ? QJsonValue(QString()) : v; };
    return norm(a) == norm(b);
}

QString timeOf(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss.zzz")) : QStringLiteral("-");
}

// The journal's writes of one subscription, one a line: what a failed check needs to be read.
QString describeWrites(const QList<JournalEntry> &entries, qint64 id)
{
    QStringList lines;
    for (const JournalEntry &e : entries) {
        const std::optional<qint64> target =
            e.write.kind == JournalWrite::Kind::Create ? e.resultId : e.write.subscriptionId;
        if (target != id)
            continue;
        lines << QStringLiteral("    #%1 %2 %3 sent %4x body %5 bulk %6 created %7 sent %8 finished %9 %10")
                     .arg(e.seq)
                     .arg(JournalEntry::kindName(e.write.kind), JournalEntry::stateName(e.state))
                     .arg(e.sendCount)
                     .arg(QString::fromUtf8(QJsonDocument(e.write.body).toJson(QJsonDocument::Compact)).left(60),
                          e.write.bulkJobId.isEmpty() ? QStringLiteral("-") : e.write.bulkJobId.left(8),
                          timeOf(e.createdAt), timeOf(e.sentAt), timeOf(e.finishedAt), e.error.left(60));
    }
    return lines.join(u'\n');
}

QString shortText(const QString &text)
{
    QString s = text.left(24);
    s.replace(u'\n', u' ');
    return text.size() > 24 ? QStringLiteral("\"%1…\"(%2)").arg(s).arg(text.size()) : QStringLiteral("\"%1\"").arg(s);
}
}  // namespace

class TstMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void randomUser();

private:
    // The random source and the text it makes.
    int pick(int n) { return n <= 1 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    QString randomText();
    QString randomUrl();

    // The action log, shared with the watchdog thread.
    void log(const QString &line);
    QString recentLog(int lines);
    void watch();

    // Actions.
    void act();
    void answerModal(QWidget *modal, bool fromTimer);
    void answerNewSubscription(NewSubscriptionDialog *dialog);
    void answerProfiles(ProfilesDialog *dialog);
    void answerPendingWrites(PendingWritesDialog *dialog);
    void clickAny(QWidget *dialog, const QStringList &skipNames, bool queued);
    void pressEscape(QWidget *widget, bool queued);
    static void typeText(QWidget *widget, const QString &text);
    void clickRow();
    void toggleCheckbox();
    void editDetails();
    void deliveriesAction();
    void switchProfile();
    void typeFilter();

    // The end: settle, compare, check the journals.
    bool settle();
    bool refreshUntilLoaded();
    void snapshotJournal(const QString &profile, WriteJournal *journal);
    std::optional<QHash<qint64, Subscription>> serverOf(ConsoleSession *helper);
    QStringList checkJournal(const QString &profile, const QHash<qint64, Subscription> &server, QStringList *open);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ConsoleTestServices> m_env;
    QHash<QString, QByteArray> m_keys;  // profile -> key (one tenant each)
    std::map<QString, std::unique_ptr<ConsoleSession>> m_helpers;  // profile -> the test's own client
    std::unique_ptr<MainWindow> m_window;
    std::mt19937_64 m_rng;
    std::mt19937_64 m_timerRng;
    quint64 m_seed = 0;
    int m_step = 0;
    QHash<QString, int> m_counts;  // action name -> how often
    QHash<QString, QMap<qint64, JournalEntry>> m_seen;  // profile -> seq -> last state seen

    std::mutex m_logMutex;
    QStringList m_log;
    std::atomic<qint64> m_actionStartedMs{-1};
    std::atomic<bool> m_stopWatch{false};
    std::thread m_watchdog;
};

// ---------------------------------------------------------------------------------------------
// Random input

QString TstMonkey::randomText()
{
    static const QStringList pieces{
        QStringLiteral("Orders"),
        QStringLiteral("billing hook"),
        QStringLiteral("😀"),
        QStringLiteral("👩‍💻"),
        QStringLiteral("🇩🇪"),
        QStringLiteral("e\u0301"),
        QStringLiteral("a\u0308\u0323\u0301"),
        QStringLiteral("漢字"),
        QStringLiteral("日本語のテキスト"),
        QStringLiteral("שלום"),
        QStringLiteral(" "),
        QStringLiteral("\n"),
        QStringLiteral("\t"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("back\\slash"),
        QStringLiteral("<b>&amp;</b>"),
        QStringLiteral("%s %n"),
        QStringLiteral("ß"),
    };
    switch (pick(8)) {
    case 0:
        return {};
    case 1:
        return QString(1000, u'x');  // the longest accepted
    case 2:
        return QString(1001, u'y');  // one too long: refused before sending
    case 3: {
        QString emoji;  // 1,000 code points in 2,000 UTF-16 units: accepted
        for (int i = 0; i < 1000; ++i)
            emoji += QStringLiteral("😀");
        return emoji;
    }
    default: {
        QString text;
        const int n = 1 + pick(6);
        for (int i = 0; i < n; ++i)
            text += pieces.at(pick(int(pieces.size())));
        return text;
    }
    }
}

QString TstMonkey::randomUrl()
{
    switch (pick(10)) {
    case 0:
        return QStringLiteral("not a url");
    case 1:
        return {};
    case 2:
        return QStringLiteral("ftp://m%1.invalid/x").arg(pick(1000));
    case 3:
        return QStringLiteral("https://m%1.invalid/") + QString(2100, u'p');  // over 2,083
    default:
        // .invalid never resolves: the sandbox's deliveries to it fail at once, on no one's server.
        return QStringLiteral("https://m%1.invalid/hook/%2").arg(pick(100000)).arg(pick(100));
    }
}

// ---------------------------------------------------------------------------------------------
// Log and watchdog

void TstMonkey::log(const QString &line)
{
    const QString entry = QStringLiteral("monkey %1: %2").arg(m_step).arg(line);
    {
        std::lock_guard<std::mutex> lock(m_logMutex);
        m_log.append(entry);
    }
    std::fputs(qPrintable(entry + u'\n'), stdout);
    std::fflush(stdout);
}

QString TstMonkey::recentLog(int lines)
{
    std::lock_guard<std::mutex> lock(m_logMutex);
    return m_log.mid(std::max<qsizetype>(0, m_log.size() - lines)).join(u'\n');
}

// Runs in its own thread: an action that does not return (a busy loop, a dialog nobody answers)
// ends the run with the last actions, since the test's own thread cannot report it.
void TstMonkey::watch()
{
    while (!m_stopWatch.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const qint64 started = m_actionStartedMs.load();
        if (started >= 0 && steadyMs() - started > kWatchdogMs) {
            const QString text = QStringLiteral("\nMONKEY HANG: an action did not return within %1 s (seed %2). "
                                                "Last actions:\n%3\n")
                                     .arg(kWatchdogMs / 1000)
                                     .arg(m_seed)
                                     .arg(recentLog(40));
            std::fputs(text.toUtf8().constData(), stderr);
            std::fflush(stderr);
            std::abort();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Setup

void TstMonkey::initTestCase()
{
    WEBHOOK_REQUIRE(QFileInfo::exists(SandboxProcess::executable()), "webhook-sandbox is not built");
    m_seed = quint64(envNumber("WEBHOOK_MONKEY_SEED", qint64(std::random_device()() & 0x7fffffff)));
    m_rng.seed(m_seed);
    m_timerRng.seed(m_seed + 1);
    std::fprintf(stdout, "monkey seed: %llu (WEBHOOK_MONKEY_SEED=%llu repeats its choices)\n",
                 static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed));
    std::fflush(stdout);

    // Seed both tenants without faults, then serve the same database with them.
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(serveArgs()), qPrintable(m_sandbox->standardError()));
    m_keys.insert(kAlpha, m_sandbox->apiKey());
    const QByteArray second = m_sandbox->createKey(QStringLiteral("second"));
    QVERIFY(!second.isEmpty());
    m_keys.insert(kBeta, second);
    m_env = std::make_unique<ConsoleTestServices>();
    for (const QString &profile : {kAlpha, kBeta}) {
        m_helpers[profile] = m_env->helperSession(m_sandbox->baseUrl(), m_keys.value(profile), kWindowMs);
        QVERIFY(m_helpers[profile]);
        QStringList urls, descriptions;
        for (int i = 0; i < kSeedPerTenant; ++i) {
            urls << QStringLiteral("https://seed%1.invalid/%2").arg(i).arg(profile);
            descriptions << (i % 3 == 0 ? QString() : QStringLiteral("%1 seed %2 漢字 😀").arg(profile).arg(i));
        }
        QCOMPARE(ServerCalls::createMany(m_helpers[profile]->client(), urls, descriptions).size(), kSeedPerTenant);
    }
    QVERIFY2(m_sandbox->restart(serveArgs() + faultArgs(m_seed)), qPrintable(m_sandbox->standardError()));
    for (const QString &profile : {kAlpha, kBeta})
        QVERIFY(m_helpers[profile]->client()->setServer(m_sandbox->baseUrl(), m_keys.value(profile)));
}

void TstMonkey::cleanupTestCase()
{
    m_stopWatch = true;
    if (m_watchdog.joinable())
        m_watchdog.join();
    m_window.reset();
    m_helpers.clear();
    if (m_sandbox)
        m_sandbox->stop();
}

// ---------------------------------------------------------------------------------------------
// The run

void TstMonkey::randomUser()
{
    const qint64 maxActions = envNumber("WEBHOOK_MONKEY_ACTIONS", 2500);
    const qint64 maxSeconds = envNumber("WEBHOOK_MONKEY_SECONDS", 40);

    m_window = std::make_unique<MainWindow>(m_env->services(kWindowMs));
    MainWindow *w = m_window.get();
    new QAbstractItemModelTester(subscriptionModel(*w), QAbstractItemModelTester::FailureReportingMode::QtTest, w);
    new QAbstractItemModelTester(subscriptionProxy(*w), QAbstractItemModelTester::FailureReportingMode::QtTest, w);
    w->resize(1200, 800);
    w->show();
    // Two profiles, one tenant each: the run starts on Beta, and the monkey switches between them.
    for (const QString &profile : {kAlpha, kBeta}) {
        Profile p;
        p.name = profile;
        p.baseUrl = m_sandbox->baseUrl();
        p.rateWindowMs = kWindowMs;
        w->connectNewProfile(p, m_keys.value(profile));
        QTRY_VERIFY_WITH_TIMEOUT(isConsoleShown(*w) && session(*w) && session(*w)->profileName() == profile, kWait);
    }
    // The first load meets the same faults as every other request; a user clicks Refresh then.
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0 && !subscriptionList(*w)->isLoading(), kWait);
    if (!subscriptionList(*w)->lastLoadError().isEmpty())
        QVERIFY2(refreshUntilLoaded(), qPrintable(subscriptionList(*w)->lastLoadError()));
    QVERIFY(subscriptionModel(*w)->rowCount() > 0);

    // exec()'d dialogs (confirmations, About Qt) are answered from here while their loop runs.
    QTimer answerer;
    answerer.setInterval(25);
    connect(&answerer, &QTimer::timeout, this, [this] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->windowModality() == Qt::ApplicationModal)
            answerModal(modal, true);
    });
    answerer.start();
    m_watchdog = std::thread([this] { watch(); });

    const qint64 started = steadyMs();
    for (m_step = 1; m_step <= maxActions && steadyMs() - started < maxSeconds * 1000; ++m_step) {
        m_actionStartedMs = steadyMs();
        act();
        m_actionStartedMs = -1;
        if (QTest::currentTestFailed()) {
            std::fprintf(stderr, "monkey: failed at action %d (seed %llu). Last actions:\n%s\n", m_step,
                         static_cast<unsigned long long>(m_seed), qPrintable(recentLog(40)));
            return;
        }
        QTest::qWait(pick(4) == 0 ? 20 + pick(60) : pick(8));  // pacing: answers arrive between actions
    }
    const int done = m_step - 1;
    const qint64 tookMs = steadyMs() - started;
    QVERIFY2(settle(), qPrintable(recentLog(40)));
    answerer.stop();

    // The model equals the server after a refresh.
    ConsoleSession *current = session(*w);
    const QString profile = current->profileName();
    const auto server = serverOf(m_helpers.at(profile).get());
    QVERIFY2(server, "the server's list could not be read");
    SubscriptionTableModel *model = subscriptionModel(*w);
    QStringList differences;
    if (model->rowCount() != server->size())
        differences << QStringLiteral("%1 rows, %2 on the server").arg(model->rowCount()).arg(server->size());
    for (auto it = server->cbegin(); it != server->cend(); ++it) {
        const int row = model->rowForId(it.key());
        if (row < 0) {
            differences << QStringLiteral("#%1 missing in the model").arg(it.key());
            continue;
        }
        const Subscription shown = model->subscriptionAt(row);
        if (model->isPending(row))
            differences << QStringLiteral("#%1 still pending").arg(it.key());
        if (shown.url != it->url || shown.description.value_or(QString()) != it->description.value_or(QString())
            || shown.enabled != it->enabled)
            differences << QStringLiteral("#%1 differs: model %2 %3 %4, server %5 %6 %7")
                               .arg(it.key())
                               .arg(shortText(shown.url), shortText(shown.description.value_or(QString())))
                               .arg(shown.enabled)
                               .arg(shortText(it->url), shortText(it->description.value_or(QString())))
                               .arg(it->enabled);
    }

    // Every confirmed write is on the server, for both profiles (tenants).
    QStringList problems;
    QStringList open;
    for (const QString &name : {kAlpha, kBeta}) {
        WriteJournal journal(WriteJournal::filePathFor(m_env->dir.filePath(QStringLiteral("journal")),
                                                       JournalLocation::journalName(name, m_sandbox->baseUrl())),
                             m_env->clock);
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        snapshotJournal(name, &journal);
        const auto tenant = name == profile ? server : serverOf(m_helpers.at(name).get());
        QVERIFY2(tenant, "the server's list could not be read");
        problems += checkJournal(name, *tenant, &open);
    }

    QStringList counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    counts.sort();
    std::fprintf(stdout, "monkey: seed %llu, %d actions in %.1f s; %s\nmonkey: not confirmed (allowed): %lld%s%s\n",
                 static_cast<unsigned long long>(m_seed), done, double(tookMs) / 1000.0,
                 qPrintable(counts.join(QStringLiteral(", "))), static_cast<long long>(open.size()),
                 open.isEmpty() ? "" : "\n  ", qPrintable(open.mid(0, 30).join(QStringLiteral("\n  "))));
    std::fflush(stdout);
    QVERIFY2(
        differences.isEmpty(),
        qPrintable(QStringLiteral("seed %1: model differs from the server:\n").arg(m_seed) + differences.join(u'\n')));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("seed %1: confirmed writes not on the server:\n").arg(m_seed)
                        + problems.join(u'\n')));
}

// One action: answer what is open, else something random on the window.
void TstMonkey::act()
{
    MainWindow *w = m_window.get();
    if (QWidget *popup = QApplication::activePopupWidget()) {
        log(QStringLiteral("escape popup %1").arg(QLatin1String(popup->metaObject()->className())));
        pressEscape(popup, false);
        return;
    }
    if (QWidget *modal = QApplication::activeModalWidget()) {
        answerModal(modal, false);
        return;
    }
    if (!isConsoleShown(*w)) {
        auto *back = part<QPushButton>(*w, QStringLiteral("returnButton"));
        if (back->isVisible() && chance(0.7)) {
            ++m_counts[QStringLiteral("back")];
            log(QStringLiteral("welcome: back"));
            back->click();
            return;
        }
        if (chance(0.5)) {
            switchProfile();
            return;
        }
    }

    // Weighted actions; each name is what the log and the summary call it.
    struct Action
    {
        const char *name;
        int weight;
        std::function<void()> run;
    };
    const auto trigger = [this, w](const char *name) {
        QAction *a = action(*w, QLatin1String(name));
        log(QStringLiteral("%1%2").arg(QLatin1String(name), a->isEnabled() ? QString() : QStringLiteral(" (off)")));
        a->trigger();
    };
    const std::vector<Action> actions{
        {"click", 14, [this] { clickRow(); }},
        {"toggle", 6, [trigger] { trigger("actionToggle"); }},
        {"checkbox", 5, [this] { toggleCheckbox(); }},
        {"space", 2,
         [this, w] {
             log(QStringLiteral("space in the table"));
             subscriptionView(*w)->setFocus();
             QTest::keyClick(subscriptionView(*w), Qt::Key_Space);
         }},
        {"enable", 3, [trigger] { trigger("actionEnable"); }},
        {"disable", 3, [trigger] { trigger("actionDisable"); }},
        {"delete", 3, [trigger] { trigger("actionDelete"); }},
        {"bulkEnable", 2, [trigger] { trigger("actionBulkEnable"); }},
        {"bulkDisable", 2, [trigger] { trigger("actionBulkDisable"); }},
        {"bulkDelete", 1, [trigger] { trigger("actionBulkDelete"); }},
        {"cancelBulk", 2, [trigger] { trigger("actionCancelBulk"); }},
        {"bulkPanel", 2,
         [this, w] {
             // The bulk panel's Cancel or Close button, whichever shows.
             QList<QPushButton *> shown;
             const QList<QPushButton *> all = bulkPanel(*w)->findChildren<QPushButton *>();
             for (QPushButton *b : all) {
                 if (b->isVisible() && b->isEnabled())
                     shown << b;
             }
             if (shown.isEmpty()) {
                 log(QStringLiteral("bulk panel: nothing shown"));
                 return;
             }
             QPushButton *b = shown.at(pick(int(shown.size())));
             log(QStringLiteral("bulk panel: %1").arg(b->text()));
             b->click();
         }},
        {"selectAll", 2, [trigger] { trigger("actionSelectAll"); }},
        {"edit", 14, [this] { editDetails(); }},
        {"save", 5, [trigger] { trigger("actionSave"); }},
        {"saveButton", 3,
         [this, w] {
             QPushButton *save = DetailsPaneParts::saveButton(*detailsPane(*w));
             log(QStringLiteral("details: Save button%1")
                     .arg(save->isEnabled() ? QString() : QStringLiteral(" (off)")));
             save->click();
         }},
        {"revert", 2, [trigger] { trigger("actionRevert"); }},
        {"reloadDetails", 1, [trigger] { trigger("actionReloadDetails"); }},
        {"new", 5, [trigger] { trigger("actionNew"); }},
        {"refresh", 3, [trigger] { trigger("actionRefresh"); }},
        {"filter", 4, [this] { typeFilter(); }},
        {"filterAction", 2,
         [this, w] {
             const QList<QAction *> filters = subscriptionList(*w)->filterActions();
             QAction *a = filters.at(pick(int(filters.size())));
             log(QStringLiteral("filter %1").arg(a->objectName()));
             a->trigger();
         }},
        {"sort", 2,
         [this, w] {
             const int column = pick(SubscriptionTableModel::ColumnCount);
             const Qt::SortOrder order = chance(0.5) ? Qt::AscendingOrder : Qt::DescendingOrder;
             log(QStringLiteral("sort column %1 %2")
                     .arg(column)
                     .arg(QLatin1String(order == Qt::AscendingOrder ? "up" : "down")));
             subscriptionView(*w)->sortByColumn(column, order);
         }},
        {"listTab", 2, [this, trigger] { trigger(chance(0.5) ? "actionShowSubscriptions" : "actionShowEventTypes"); }},
        {"detailsTab", 2,
         [this, w] {
             QTabWidget *tabs = detailsPane(*w)->tabs();
             const int index = pick(tabs->count());
             log(QStringLiteral("details tab %1").arg(index));
             tabs->setCurrentIndex(index);
         }},
        {"deliveries", 3, [this] { deliveriesAction(); }},
        {"detailsPane", 1, [trigger] { trigger("actionToggleDetails"); }},
        {"profiles", 1, [trigger] { trigger("actionProfiles"); }},
        {"switch", 1, [this] { switchProfile(); }},
        {"connect", 1, [trigger] { trigger("actionConnect"); }},
        {"help", 1,
         [this, trigger] {
             static const char *names[] = {"actionShortcuts", "actionUserGuide", "actionAbout", "actionAboutQt",
                                           "actionQueue"};
             trigger(names[pick(5)]);
         }},
        {"wait", 2,
         [this] {
             const int ms = 50 + pick(250);
             log(QStringLiteral("wait %1 ms").arg(ms));
             QTest::qWait(ms);  // pacing: a user who stops to read
         }},
    };
    int total = 0;
    for (const Action &a : actions)
        total += a.weight;
    int roll = pick(total);
    for (const Action &a : actions) {
        if (roll < a.weight) {
            ++m_counts[QLatin1String(a.name)];
            a.run();
            return;
        }
        roll -= a.weight;
    }
}

void TstMonkey::clickRow()
{
    MainWindow *w = m_window.get();
    QTableView *view = subscriptionView(*w);
    const int rows = view->model()->rowCount();
    if (rows == 0 || !view->isVisible()) {
        log(QStringLiteral("click: no row shown"));
        return;
    }
    const int row = pick(rows);
    const QModelIndex index = view->model()->index(row, pick(SubscriptionTableModel::ColumnCount));
    const Qt::KeyboardModifiers mods = chance(0.7) ? Qt::NoModifier
        : chance(0.5)                              ? Qt::ControlModifier
                                                   : Qt::ShiftModifier;
    view->scrollTo(index);
    log(QStringLiteral("click row %1 (#%2) column %3%4")
            .arg(row)
            .arg(index.data(SubscriptionTableModel::IdRole).toLongLong())
            .arg(index.column())
            .arg(mods == Qt::NoModifier            ? QString()
                     : mods == Qt::ControlModifier ? QStringLiteral(" ctrl")
                                                   : QStringLiteral(" shift")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
}

// What a click on the Enabled checkbox does: the view sets the check state through the model.
void TstMonkey::toggleCheckbox()
{
    QAbstractItemModel *proxy = subscriptionView(*m_window)->model();
    if (proxy->rowCount() == 0) {
        log(QStringLiteral("checkbox: no row shown"));
        return;
    }
    const QModelIndex index = proxy->index(pick(proxy->rowCount()), SubscriptionTableModel::EnabledColumn);
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    log(QStringLiteral("checkbox #%1 -> %2")
            .arg(index.data(SubscriptionTableModel::IdRole).toLongLong())
            .arg(!checked));
    proxy->setData(index, int(checked ? Qt::Unchecked : Qt::Checked), Qt::CheckStateRole);
}

void TstMonkey::editDetails()
{
    DetailsPane *details = detailsPane(*m_window);
    switch (pick(4)) {
    case 0: {
        const QString url = randomUrl();
        log(QStringLiteral("details url %1").arg(shortText(url)));
        DetailsPaneParts::urlEdit(*details)->setText(url);
        break;
    }
    case 1: {
        const QString text = randomText();
        log(QStringLiteral("details description %1").arg(shortText(text)));
        DetailsPaneParts::descriptionEdit(*details)->setPlainText(text);
        break;
    }
    case 2: {
        // Typed key by key, as a person would: short text only.
        const QString text = randomText().left(12);
        log(QStringLiteral("details type %1").arg(shortText(text)));
        QPlainTextEdit *edit = DetailsPaneParts::descriptionEdit(*details);
        edit->setFocus();
        typeText(edit, text);
        break;
    }
    default: {
        EventChecklist *events = DetailsPaneParts::eventsList(*details);
        if (events->count() == 0) {
            log(QStringLiteral("details events: none listed"));
            break;
        }
        QListWidgetItem *item = events->item(pick(events->count()));
        log(QStringLiteral("details event %1").arg(item->text()));
        if (item->flags() & Qt::ItemIsUserCheckable && item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        break;
    }
    }
}

void TstMonkey::deliveriesAction()
{
    auto *panel = part<DeliveriesPanel>(*m_window, QStringLiteral("deliveriesPanel"));
    using namespace DeliveriesPanelParts;
    QAbstractButton *button = nullptr;
    switch (pick(6)) {
    case 0:
        button = testEventButton(*panel);
        break;
    case 1:
        button = reloadButton(*panel);
        break;
    case 2:
        button = nextPageButton(*panel);
        break;
    case 3:
        button = previousPageButton(*panel);
        break;
    case 4:
        button = retryButton(*panel);
        break;
    default: {
        QComboBox *box = statusFilterBox(*panel);
        const int index = pick(box->count());
        log(QStringLiteral("deliveries status filter %1").arg(index));
        box->setCurrentIndex(index);
        return;
    }
    }
    log(QStringLiteral("deliveries %1%2")
            .arg(button->objectName(),
                 button->isEnabled() && button->isVisible() ? QString() : QStringLiteral(" (off)")));
    if (button->isEnabled() && button->isVisible())
        button->click();
}

void TstMonkey::switchProfile()
{
    const QString name = chance(0.5) ? kAlpha : kBeta;
    ++m_counts[QStringLiteral("switch")];
    log(QStringLiteral("connect profile %1").arg(name));
    m_window->connectProfile(name);
}

void TstMonkey::typeFilter()
{
    QLineEdit *search = searchEdit(*m_window);
    static const QStringList words{QStringLiteral("seed"), QStringLiteral("invalid"), QStringLiteral("1"),
                                   QStringLiteral("漢"),   QStringLiteral("😀"),       QStringLiteral("Alpha"),
                                   QStringLiteral("hook"), QStringLiteral("zzz"),     QStringLiteral("e\u0301")};
    if (chance(0.4)) {
        log(QStringLiteral("filter: clear"));
        search->clear();
        return;
    }
    const QString word = words.at(pick(int(words.size())));
    log(QStringLiteral("filter: type %1").arg(word));
    search->setFocus();
    if (chance(0.5))
        search->clear();
    typeText(search, word);
}

// ---------------------------------------------------------------------------------------------
// Dialogs

void TstMonkey::answerModal(QWidget *modal, bool fromTimer)
{
    const QString type = QLatin1String(modal->metaObject()->className());
    if (fromTimer) {
        // Answers from the timer draw from their own sequence, so that how often the timer found
        // nothing to answer does not shift the actions' random choices.
        std::swap(m_rng, m_timerRng);
        if (chance(0.25)) {
            log(QStringLiteral("%1: escape (timer)").arg(type));
            pressEscape(modal, true);
        } else {
            clickAny(modal, {}, true);
        }
        std::swap(m_rng, m_timerRng);
        return;
    }
    ++m_counts[QStringLiteral("dialog")];
    if (auto *dialog = qobject_cast<NewSubscriptionDialog *>(modal); dialog) {
        answerNewSubscription(dialog);
        return;
    }
    if (auto *dialog = qobject_cast<ProfilesDialog *>(modal); dialog) {
        answerProfiles(dialog);
        return;
    }
    if (auto *dialog = qobject_cast<PendingWritesDialog *>(modal); dialog) {
        answerPendingWrites(dialog);
        return;
    }
    if (chance(0.25)) {
        log(QStringLiteral("%1: escape").arg(type));
        pressEscape(modal, false);
        return;
    }
    clickAny(modal, {}, false);
}

void TstMonkey::answerNewSubscription(NewSubscriptionDialog *dialog)
{
    using namespace DialogParts;
    switch (pick(9)) {
    case 0:
    case 1: {
        const QString url = randomUrl();
        log(QStringLiteral("new: url %1").arg(shortText(url)));
        urlEdit(*dialog)->setText(url);
        return;
    }
    case 2: {
        const QString text = randomText();
        log(QStringLiteral("new: description %1").arg(shortText(text)));
        descriptionEdit(*dialog)->setPlainText(text);
        return;
    }
    case 3: {
        EventChecklist *events = eventsList(*dialog);
        if (events->count() > 0) {
            QListWidgetItem *item = events->item(pick(events->count()));
            log(QStringLiteral("new: event %1").arg(item->text()));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
        return;
    }
    case 4:
    case 5: {
        QPushButton *create = createButton(*dialog);
        log(QStringLiteral("new: Create%1")
                .arg(create->isEnabled() && create->isVisible() ? QString() : QStringLiteral(" (off)")));
        if (create->isEnabled() && create->isVisible())
            create->click();
        return;
    }
    case 6:
        log(QStringLiteral("new: escape"));
        pressEscape(dialog, false);
        return;
    default:
        clickAny(dialog, {}, false);
        return;
    }
}

// Edit and Forget are left alone: they change or remove the profiles the run switches between.
void TstMonkey::answerProfiles(ProfilesDialog *dialog)
{
    if (chance(0.4)) {
        const QString name = chance(0.5) ? kAlpha : kBeta;
        log(QStringLiteral("profiles: select %1").arg(name));
        dialog->selectProfile(name);
        return;
    }
    if (chance(0.2)) {
        log(QStringLiteral("profiles: escape"));
        pressEscape(dialog, false);
        return;
    }
    clickAny(dialog, {QStringLiteral("editButton"), QStringLiteral("forgetButton")}, false);
}

void TstMonkey::answerPendingWrites(PendingWritesDialog *dialog)
{
    // What it offers to resume or discard, before the answer may remove it from the journal.
    if (ConsoleSession *s = session(*m_window); s && s->journal())
        snapshotJournal(s->profileName(), s->journal());
    QTableWidget *table = DialogParts::table(*dialog);
    if (table->rowCount() > 0 && chance(0.3)) {
        const int row = pick(table->rowCount());
        log(QStringLiteral("pending writes: select row %1").arg(row));
        table->selectRow(row);
        return;
    }
    if (chance(0.15)) {
        log(QStringLiteral("pending writes: escape"));
        pressEscape(dialog, false);
        return;
    }
    clickAny(dialog, {}, false);
}

// A random enabled, visible button of the dialog, or Escape when there is none.
void TstMonkey::clickAny(QWidget *dialog, const QStringList &skipNames, bool queued)
{
    QList<QAbstractButton *> buttons;
    const QList<QAbstractButton *> all = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : all) {
        if (b->isEnabled() && b->isVisible() && b->window() == dialog && !skipNames.contains(b->objectName()))
            buttons << b;
    }
    const QString type = QLatin1String(dialog->metaObject()->className());
    const QString how = queued ? QStringLiteral(" (timer)") : QString();
    if (buttons.isEmpty()) {
        log(QStringLiteral("%1: no button, escape%2").arg(type, how));
        pressEscape(dialog, queued);
        return;
    }
    QAbstractButton *b = buttons.at(pick(int(buttons.size())));
    log(QStringLiteral("%1: click \"%2\"%3").arg(type, b->text().remove(u'&'), how));
    if (queued)
        QMetaObject::invokeMethod(b, &QAbstractButton::click, Qt::QueuedConnection);  // the timer never blocks
    else
        b->click();
}

// Printable ASCII, Return and Tab as key presses; anything else as an input method commits it
// (how CJK and emoji arrive).
void TstMonkey::typeText(QWidget *widget, const QString &text)
{
    const auto kind = [](QChar c) {
        return c == u'\n' || c == u'\t' ? 0 : c.unicode() >= 0x20 && c.unicode() < 0x7f ? 1 : 2;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const int k = kind(text.at(i));
        qsizetype end = i + 1;
        while (k != 0 && end < text.size() && kind(text.at(end)) == k)
            ++end;
        const QString run = text.mid(i, end - i);
        if (k == 0) {
            QTest::keyClick(widget, run == u"\n" ? Qt::Key_Return : Qt::Key_Tab);
        } else if (k == 1) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(widget, &commit);
        }
        i = end;
    }
}

void TstMonkey::pressEscape(QWidget *widget, bool queued)
{
    if (queued) {
        QCoreApplication::postEvent(widget, new QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier));
        return;
    }
    QTest::keyClick(widget, Qt::Key_Escape);
}

// ---------------------------------------------------------------------------------------------
// The end

// Closes what is open, returns to the console and waits until nothing is queued or in flight,
// then refreshes until a load succeeds.
bool TstMonkey::settle()
{
    MainWindow *w = m_window.get();
    log(QStringLiteral("settle"));
    const bool closed = QTest::qWaitFor(
        [this, w] {
            if (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            if (QWidget *modal = QApplication::activeModalWidget()) {
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                else
                    modal->close();
                return false;
            }
            if (!isConsoleShown(*w)) {
                auto *back = part<QPushButton>(*w, QStringLiteral("returnButton"));
                if (back->isVisible())
                    back->click();
                else
                    w->connectProfile(kBeta);
                return false;
            }
            return true;
        },
        kWait);
    if (!closed) {
        qWarning("monkey: the dialogs or the welcome page did not go away");
        return false;
    }
    detailsPane(*w)->tabs()->setCurrentIndex(0);  // the deliveries tab polls while it is shown
    const auto idle = [w] {
        ConsoleSession *s = session(*w);
        return s && s->queue()->isIdle() && !subscriptionList(*w)->isBulkRunning() && toggler(*w)->busyCount() == 0
            && !detailsPane(*w)->isSaving() && s->writes()->pendingCount() == 0 && !subscriptionList(*w)->isLoading()
            && !QApplication::activeModalWidget();
    };
    if (!QTest::qWaitFor(idle, 3 * kWait)) {
        qWarning("monkey: writes still in flight after %d s", 3 * kWait / 1000);
        return false;
    }
    return refreshUntilLoaded() && QTest::qWaitFor(idle, kWait);
}

// Refreshes until a load of the list succeeds; the faults make any one load fail now and then.
bool TstMonkey::refreshUntilLoaded()
{
    MainWindow *w = m_window.get();
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int before = subscriptionList(*w)->loadCount();
        action(*w, QStringLiteral("actionRefresh"))->trigger();
        if (!QTest::qWaitFor([w, before] { return subscriptionList(*w)->loadCount() > before; }, kWait))
            return false;
        if (subscriptionList(*w)->lastLoadError().isEmpty())
            return true;
    }
    qWarning("monkey: no refresh succeeded");
    return false;
}

void TstMonkey::snapshotJournal(const QString &profile, WriteJournal *journal)
{
    const auto entries = journal->all();
    if (!entries)
        return;
    for (const JournalEntry &e : *entries)
        m_seen[profile][e.seq] = e;
}

std::optional<QHash<qint64, Subscription>> TstMonkey::serverOf(ConsoleSession *helper)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (const auto list = ServerCalls::fetchAll(helper->client())) {
            QHash<qint64, Subscription> map;
            for (const Subscription &s : *list) {
                if (s.id)
                    map.insert(*s.id, s);
            }
            return map;
        }
    }
    return std::nullopt;
}

// Each write the journal calls done must hold on the server, unless another write that may have
// reached the server (it was sent) and may have landed after it changed the same field or deleted
// the subscription. The rest (recorded, sent, failed) is listed in `open`.
QStringList TstMonkey::checkJournal(const QString &profile, const QHash<qint64, Subscription> &server,
                                    QStringList *open)
{
    const QList<JournalEntry> entries = m_seen.value(profile).values();
    const auto targetOf = [](const JournalEntry &e) {
        return e.write.kind == JournalWrite::Kind::Create ? e.resultId : e.write.subscriptionId;
    };
    const auto mayHaveLanded = [](const JournalEntry &e) { return e.sendCount > 0; };
    QSet<qint64> maybeDeleted;
    for (const JournalEntry &e : entries) {
        if (e.write.kind == JournalWrite::Kind::Delete && mayHaveLanded(e) && e.write.subscriptionId)
            maybeDeleted.insert(*e.write.subscriptionId);
        if (e.state != JournalEntry::State::Done)
            *open << QStringLiteral("%1 #%2 %3 %4 %5")
                         .arg(profile)
                         .arg(e.seq)
                         .arg(JournalEntry::kindName(e.write.kind), JournalEntry::stateName(e.state))
                         .arg(e.isUncertain() ? QStringLiteral("(uncertain create)") : shortText(e.error));
    }
    QStringList problems;
    int checked = 0;
    for (const JournalEntry &done : entries) {
        if (done.state != JournalEntry::State::Done)
            continue;
        ++checked;
        const std::optional<qint64> id = targetOf(done);
        const QString what = QStringLiteral("%1 journal #%2 (%3 of #%4)")
                                 .arg(profile)
                                 .arg(done.seq)
                                 .arg(JournalEntry::kindName(done.write.kind))
                                 .arg(id.value_or(-1));
        if (!id) {
            problems << what + QStringLiteral(": done without a subscription id");
            continue;
        }
        if (done.write.kind == JournalWrite::Kind::Delete) {
            if (server.contains(*id))
                problems << what + QStringLiteral(": deleted, yet on the server");
            continue;
        }
        if (!server.contains(*id)) {
            if (!maybeDeleted.contains(*id))
                problems << what + QStringLiteral(": not on the server, and no delete of it was sent");
            continue;
        }
        for (const QString &field : {QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("enabled")}) {
            if (!done.write.body.contains(field))
                continue;
            const QJsonValue have = serverField(server.value(*id), field);
            if (sameValue(have, done.write.body.value(field)))
                continue;
            bool explained = false;
            for (const JournalEntry &other : entries) {
                const bool mayBeLater = !other.finishedAt.isValid() || other.finishedAt >= done.createdAt;
                if (other.seq != done.seq && targetOf(other) == id && mayHaveLanded(other) && mayBeLater
                    && other.write.body.contains(field) && sameValue(have, other.write.body.value(field)))
                    explained = true;
            }
            if (!explained)
                problems << what
                        + QStringLiteral(": %1 is %2 on the server, the confirmed write set %3; its writes:\n%4")
                              .arg(field, shortText(have.toVariant().toString()),
                                   shortText(done.write.body.value(field).toVariant().toString()),
                                   describeWrites(entries, *id));
        }
    }
    std::fprintf(stdout, "monkey: %s journal: %lld entries, %d confirmed and checked against the server\n",
                 qPrintable(profile), static_cast<long long>(entries.size()), checked);
    return problems;
}

QTEST_MAIN(TstMonkey)
#include "tst_monkey.moc"
