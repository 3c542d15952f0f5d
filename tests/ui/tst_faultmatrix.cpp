// The fault matrix: the console's real operations (load, toggle, edit, create, delete,
// bulk), performed through the real MainWindow (offscreen) against the real webhook-sandbox with
// each of its fault modes. One data row per mode x operation, so a failure names its cell.
//
// Each row: seed subscriptions on a clean server, connect a window, restart the sandbox with the
// fault on the same database, perform the user actions and wait until each has ended, classify
// each as applied / failed-and-reported (an error next to the row, in the details pane, the dialog,
// the bulk panel or the list's message bar) / lost (neither, or "applied" while the server
// disagrees, or never ended), then restart the sandbox without faults, refresh the window and
// compare its model with the server's state read by a clean ApiClient; the rows the actions did not
// target must be as they were. The sandbox's request log shows the faults it really injected (each
// faulted cell must have met its fault) and tells real 429s (a request over the limit) from
// injected ones: there must be none.
//
// The matrix is written to fault-matrix.md in the build directory and printed at the end.
// Nothing here asserts how long anything took; the waits are generous QTRY_* on observable state.

#include "kit/SandboxProcess.h"
#include "kit/ServerCalls.h"
#include "kit/MainWindowParts.h"
#include "kit/DetailsPaneParts.h"
#include "kit/DialogParts.h"

#include "api/ApiClient.h"
#include "api/RequestQueue.h"
#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "models/EventTypeTableModel.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxOptions.h"
#include "ui/BulkJobRunner.h"
#include "ui/BulkProgressPanel.h"
#include "ui/ConsoleSession.h"
#include "ui/DetailsPane.h"
#include "ui/EnabledToggler.h"
#include "ui/EventChecklist.h"
#include "ui/MainWindow.h"
#include "ui/NewSubscriptionDialog.h"
#include "ui/StatePanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace MainWindowParts;
using namespace DetailsPaneParts;
using namespace DialogParts;

namespace {
constexpr int kWait = 60'000;  // per action: generous, the machine is shared and loaded; beyond it: a hang
constexpr qint64 kWindowMs = 1000;
const QString kPatchLimit = QStringLiteral("PATCH /api/v1/webhooks/{id}=8/1s");
const QString kDeleteLimit = QStringLiteral("DELETE /api/v1/webhooks/{id}=8/1s");

// Tight limits over a compressed window, so that the bulk jobs really run into them.
QStringList limitArgs()
{
    return {QStringLiteral("--rate-window"), QStringLiteral("1s"), QStringLiteral("--rate-limit"), kPatchLimit,
            QStringLiteral("--rate-limit"),  kDeleteLimit};
}

RateLimitPolicy clientPolicy()
{
    RateLimitPolicy policy = RateLimitPolicy::documented();
    policy.setWindow(kWindowMs);
    policy.addOverride(kPatchLimit, nullptr);
    policy.addOverride(kDeleteLimit, nullptr);
    return policy;
}

struct FaultMode
{
    QString name;
    QStringList args;
};

QList<FaultMode> faultModes()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    return {
        {s("none"), {}},
        {s("latency 250ms"), {s("--fault-latency"), s("250ms")}},
        {s("5xx 30%"), {s("--fault-5xx-share"), s("0.3")}},
        {s("malformed 20%"), {s("--fault-malformed-share"), s("0.2")}},
        {s("drop 20%"), {s("--fault-drop-share"), s("0.2")}},
        {s("429 storm 30%"), {s("--fault-429-share"), s("0.3")}},
        {s("drop after handling 30%"), {s("--fault-drop-after-share"), s("0.3")}},
        {s("all at once"),
         {s("--fault-latency"), s("100ms"), s("--fault-5xx-share"), s("0.1"), s("--fault-malformed-share"), s("0.05"),
          s("--fault-drop-share"), s("0.05"), s("--fault-drop-after-share"), s("0.05"), s("--fault-429-share"),
          s("0.1")}},
    };
}

const QStringList kOperations{QStringLiteral("load"),   QStringLiteral("toggle"), QStringLiteral("edit"),
                              QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("bulk")};

struct Cell
{
    int injected = 0;  // requests the sandbox answered with its fault (5xx, 429, malformed, dropped)
    int delayed = 0;  // requests answered no sooner than the injected latency
    int requests = 0;  // requests in the sandbox's log while the fault was on
    bool sandboxRan = false;  // the sandbox was still running when the fault was switched off
    int attempted = 0;
    int applied = 0;
    int reported = 0;
    int lost = 0;
    int overLimit = 0;  // real (not injected) 429s in the sandbox's log
    int hangs = 0;
    int reportedYetApplied = 0;  // failed-and-reported, but the server did make the change
    bool modelMatches = false;
};

// One user action: how it ended, and what the server must hold afterwards (empty: agrees).
struct Outcome
{
    enum class Result { Applied, Reported, Lost };
    QString what;
    Result result = Result::Lost;
    QString why;  // for lost ones
    bool hung = false;  // never ended (within kWait)
    std::function<QString(const QHash<qint64, Subscription> &server)> check;
};

QHash<qint64, Subscription> byId(const SubscriptionList &list)
{
    QHash<qint64, Subscription> map;
    for (const Subscription &s : list) {
        if (s.id)
            map.insert(*s.id, s);
    }
    return map;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The fault settings as the sandbox reads them from its command line.
FaultInjector::Settings faultSettings(const QStringList &args)
{
    QString error;
    const auto options =
        SandboxOptions::parse(QStringList{QStringLiteral("webhook-sandbox"), QStringLiteral("serve")} + args, &error);
    if (!options)
        qFatal("fault arguments the sandbox would refuse: %s", qPrintable(error));
    return options->faults;
}

// Requests a cell's actions are sure to make, whatever the faults do (retries come on top).
int minimumRequests(const QString &operation)
{
    if (operation == u"load")
        return 4;  // four refreshes, one list read each
    if (operation == u"toggle")
        return 6;  // six PATCHes
    if (operation == u"edit")
        return 3;  // three PATCHes
    if (operation == u"create")
        return 3;  // three POSTs
    if (operation == u"delete")
        return 4;  // four DELETEs
    return 18;  // bulk: twelve PATCHes, then six DELETEs
}

// Whether the sandbox's dice, with these settings, fault one of the first `requests` requests.
bool faultsWithin(const FaultInjector::Settings &settings, int requests)
{
    if (settings.latencyMs > 0)
        return true;
    FaultInjector dice(settings);
    for (int i = 0; i < requests; ++i) {
        if (dice.next() != FaultInjector::Fault::None)
            return true;
    }
    return false;
}

// Counts, in the sandbox's request log ("TIME METHOD ROUTE STATUS DURATIONms"), the requests, the
// injected faults (their route says "(fault: ...)") and the answers delayed by the latency.
void countFaults(const QString &log, qint64 latencyMs, Cell &cell)
{
    static const QRegularExpression line(QStringLiteral("^\\S+ [A-Z]+ (.*) (\\S+) ([0-9.]+)ms$"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(log);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ++cell.requests;
        if (m.captured(1).startsWith(QLatin1String("(fault: ")))
            ++cell.injected;
        // A timer may fire a hair early; 90 % of the latency is still far above a loopback answer.
        if (latencyMs > 0 && m.captured(3).toDouble() >= 0.9 * double(latencyMs))
            ++cell.delayed;
    }
}

// "TIME METHOD /route/template 429 DURATIONms": a real rejection. Injected ones say "(fault: 429)".
QStringList realTooManyRequestLines(const QString &log)
{
    static const QRegularExpression line(QStringLiteral("^\\S+ [A-Z]+ /\\S* 429 .*$"),
                                         QRegularExpression::MultilineOption);
    QStringList lines;
    auto it = line.globalMatch(log);
    while (it.hasNext())
        lines << it.next().captured(0);
    return lines;
}

int realTooManyRequests(const QString &log)
{
    return int(realTooManyRequestLines(log).size());
}
}  // namespace

class TstFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void matrix_data();
    void matrix();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool restartSandbox(const QStringList &faultArgs);
    QList<qint64> seed(const QString &tag, int count);
    SubscriptionList serverList();
    bool waitIdle();

    void runLoad(QList<Outcome> &outcomes);
    void runToggle(const QList<qint64> &ids, QList<Outcome> &outcomes);
    void runEdit(const QList<qint64> &ids, const QString &tag, QList<Outcome> &outcomes);
    void runCreate(const QString &tag, QList<Outcome> &outcomes);
    void runDelete(const QList<qint64> &ids, QList<Outcome> &outcomes);
    void runBulk(const QList<qint64> &ids, const QString &tag, QList<Outcome> &outcomes);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConsoleSession> m_helper;  // the clean client that seeds and reads the server
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<MemoryCredentialStore> m_sessionKeys;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::map<QString, std::map<QString, Cell>> m_cells;  // mode -> operation -> cell
    qsizetype m_logSeen = 0;
};

void TstFaultMatrix::initTestCase()
{
    m_clock = std::make_unique<SystemClock>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(limitArgs()), qPrintable(m_sandbox->standardError()));
    m_helper = std::make_unique<ConsoleSession>(m_clock.get(), m_network.get(), clientPolicy());
    QVERIFY(m_helper->open(m_sandbox->baseUrl(), m_sandbox->apiKey(), false, nullptr));
}

void TstFaultMatrix::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_sessionKeys.reset();
    m_keychain.reset();
    m_profiles.reset();
    m_dir.reset();
}

void TstFaultMatrix::cleanupTestCase()
{
    m_helper.reset();
    m_sandbox->stop();
    const QString log = m_sandbox->standardError();
    const int lateOverLimit = realTooManyRequests(log.mid(m_logSeen));

    QString md;
    md +=
        QStringLiteral("| Fault mode | Operation | Requests | Faults injected | Delayed | Attempted | Applied | Failed "
                       "and reported | of which applied anyway | Lost | Over limit | Model = server |\n");
    md += QStringLiteral("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    Cell total;
    int cells = 0;
    int matching = 0;
    int sandboxRan = 0;
    for (const FaultMode &mode : faultModes()) {
        const auto m = m_cells.find(mode.name);
        if (m == m_cells.end())
            continue;
        for (const QString &op : kOperations) {
            const auto c = m->second.find(op);
            if (c == m->second.end())
                continue;
            const Cell &cell = c->second;
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 |\n")
                      .arg(mode.name, op)
                      .arg(cell.requests)
                      .arg(cell.injected)
                      .arg(cell.delayed)
                      .arg(cell.attempted)
                      .arg(cell.applied)
                      .arg(cell.reported)
                      .arg(cell.reportedYetApplied)
                      .arg(cell.lost)
                      .arg(cell.overLimit)
                      .arg(cell.modelMatches ? QStringLiteral("yes") : QStringLiteral("**no**"));
            total.requests += cell.requests;
            total.injected += cell.injected;
            total.delayed += cell.delayed;
            sandboxRan += cell.sandboxRan ? 1 : 0;
            total.attempted += cell.attempted;
            total.applied += cell.applied;
            total.reported += cell.reported;
            total.lost += cell.lost;
            total.overLimit += cell.overLimit;
            total.hangs += cell.hangs;
            total.reportedYetApplied += cell.reportedYetApplied;
            ++cells;
            matching += cell.modelMatches ? 1 : 0;
        }
    }
    md +=
        QStringLiteral("| **all** | | **%1** | **%2** | **%3** | **%4** | **%5** | **%6** | **%7** | **%8** | **%9** | "
                       "%10 of %11 |\n")
            .arg(total.requests)
            .arg(total.injected)
            .arg(total.delayed)
            .arg(total.attempted)
            .arg(total.applied)
            .arg(total.reported)
            .arg(total.reportedYetApplied)
            .arg(total.lost)
            .arg(total.overLimit + lateOverLimit)
            .arg(matching)
            .arg(cells);
    md += QStringLiteral("\nCells run to the end: %1 of %2. The sandbox was still running when its fault was switched "
                         "off in %3 of them. Hangs: %4 (actions that did not end within %5 s; counted as lost).\n")
              .arg(cells)
              .arg(faultModes().size() * kOperations.size())
              .arg(sandboxRan)
              .arg(total.hangs)
              .arg(kWait / 1000);

    const QString path = QDir::cleanPath(QStringLiteral(WEBHOOK_BIN_DIR) + QStringLiteral("/../fault-matrix.md"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        file.write(md.toUtf8());
    const QString printed = QStringLiteral("\nFault matrix (%1):\n\n%2\n").arg(path, md);
    std::fputs(printed.toUtf8().constData(), stdout);
    std::fflush(stdout);
    QCOMPARE(lateOverLimit, 0);
}

std::unique_ptr<MainWindow> TstFaultMatrix::makeWindow()
{
    ConsoleServices services;
    services.clock = m_clock.get();
    services.network = m_network.get();
    services.profiles = m_profiles.get();
    services.keychain = m_keychain.get();
    services.sessionKeys = m_sessionKeys.get();
    services.settings = m_settings.get();
    services.clipboard = QApplication::clipboard();
    services.sandboxExecutable = SandboxProcess::executable();
    services.rateWindowMs = kWindowMs;
    services.journalDirectory = m_dir->filePath(QStringLiteral("journal"));
    auto w = std::make_unique<MainWindow>(services);
    w->setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    new QAbstractItemModelTester(subscriptionModel(*w), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 w.get());
    new QAbstractItemModelTester(subscriptionProxy(*w), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 w.get());
    w->resize(1200, 800);
    w->show();
    return w;
}

// Restarts the sandbox on the same database (same key) and points both clients at its new port.
bool TstFaultMatrix::restartSandbox(const QStringList &faultArgs)
{
    if (!m_sandbox->restart(limitArgs() + faultArgs))
        return false;
    if (!m_helper->client()->setServer(m_sandbox->baseUrl(), m_sandbox->apiKey()))
        return false;
    if (m_window && session(*m_window))
        return session(*m_window)->client()->setServer(m_sandbox->baseUrl(), m_sandbox->apiKey());
    return true;
}

QList<qint64> TstFaultMatrix::seed(const QString &tag, int count)
{
    QStringList urls, descriptions;
    for (int i = 0; i < count; ++i) {
        urls << QStringLiteral("https://hooks.example.com/%1/%2").arg(tag).arg(i);
        descriptions << QStringLiteral("Seed %1 %2").arg(tag).arg(i);
    }
    QList<qint64> ids = ServerCalls::createMany(m_helper->client(), urls, descriptions, kWait);
    std::sort(ids.begin(), ids.end());
    return ids;
}

SubscriptionList TstFaultMatrix::serverList()
{
    const std::optional<SubscriptionList> list = ServerCalls::fetchAll(m_helper->client());
    if (!list)
        qWarning("the clean client could not read the server's list");
    return list.value_or(SubscriptionList());
}

// Waits until the window has nothing queued or in flight (retries of background reads included).
bool TstFaultMatrix::waitIdle()
{
    return QTest::qWaitFor(
        [this] { return session(*m_window)->queue()->isIdle() && !subscriptionList(*m_window)->isLoading(); }, kWait);
}

// ---------------------------------------------------------------------------------------------
// The operations. Each performs its user actions through the window and classifies how each ended.

void TstFaultMatrix::runLoad(QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    for (int i = 0; i < 4; ++i) {
        Outcome o;
        o.what = QStringLiteral("refresh %1").arg(i + 1);
        (void)QTest::qWaitFor([w] { return !subscriptionList(*w)->isLoading(); }, kWait);
        const int before = subscriptionList(*w)->loadCount();
        action(*w, QStringLiteral("actionRefresh"))->trigger();
        if (!QTest::qWaitFor([w, before] { return subscriptionList(*w)->loadCount() > before; }, kWait)) {
            o.hung = true;
            o.why = QStringLiteral("the load never ended");
        } else if (subscriptionList(*w)->lastLoadError().isEmpty()) {
            o.result = Outcome::Result::Applied;
        } else {
            // Rows are shown: the message bar above them says the reload failed, and why.
            bool shown = false;
            const auto labels = w->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (label->isVisible() && label->text().contains(subscriptionList(*w)->lastLoadError()))
                    shown = true;
            }
            if (listState(*w)->isVisible() && listState(*w)->state() == StatePanel::State::Error)
                shown = true;
            o.result = shown ? Outcome::Result::Reported : Outcome::Result::Lost;
            if (!shown)
                o.why =
                    QStringLiteral("load failed (%1) but nothing shows it").arg(subscriptionList(*w)->lastLoadError());
        }
        outcomes << o;
    }
}

void TstFaultMatrix::runToggle(const QList<qint64> &ids, QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    SubscriptionTableModel *model = subscriptionModel(*w);
    QSignalSpy settled(toggler(*w), &EnabledToggler::settled);
    QHash<qint64, bool> before;
    // Quick clicks on six rows, one after another, without waiting for answers.
    for (qint64 id : ids) {
        const int row = model->rowForId(id);
        before.insert(id, model->subscriptionAt(row).enabled);
        subscriptionList(*w)->selectIds({id});
        action(*w, QStringLiteral("actionToggle"))->trigger();
    }
    (void)QTest::qWaitFor(
        [&] {
            for (qint64 id : ids) {
                if (toggler(*w)->isBusy(id))
                    return false;
            }
            return true;
        },
        kWait);
    for (qint64 id : ids) {
        Outcome o;
        o.what = QStringLiteral("toggle #%1").arg(id);
        const bool wanted = !before.value(id);
        const bool original = before.value(id);
        std::optional<bool> ok;
        for (const auto &args : std::as_const(settled)) {
            if (args.at(0).toLongLong() == id)
                ok = args.at(1).toBool();
        }
        const int row = model->rowForId(id);
        if (toggler(*w)->isBusy(id)) {
            o.hung = true;
            o.why = QStringLiteral("never settled");
        } else if (!ok) {
            o.why = QStringLiteral("ended without a settled signal");
        } else if (*ok) {
            o.result = row >= 0 && model->subscriptionAt(row).enabled == wanted && !model->isPending(row)
                ? Outcome::Result::Applied
                : Outcome::Result::Lost;
            if (o.result == Outcome::Result::Lost)
                o.why = QStringLiteral("settled ok but the row does not show it");
        } else if (row >= 0 && !model->errorAt(row).isEmpty()) {
            o.result = Outcome::Result::Reported;
        } else {
            o.why = QStringLiteral("failed without an error next to the row");
        }
        const bool applied = o.result == Outcome::Result::Applied;
        o.check = [id, applied, wanted, original](const QHash<qint64, Subscription> &server) -> QString {
            if (!server.contains(id))
                return QStringLiteral("#%1 is gone").arg(id);
            const bool expect = applied ? wanted : original;
            return server.value(id).enabled == expect ? QString()
                                                      : QStringLiteral("#%1 enabled=%2 on the server, expected %3")
                                                            .arg(id)
                                                            .arg(server.value(id).enabled)
                                                            .arg(expect);
        };
        outcomes << o;
    }
}

void TstFaultMatrix::runEdit(const QList<qint64> &ids, const QString &tag, QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    SubscriptionTableModel *model = subscriptionModel(*w);
    DetailsPane *details = detailsPane(*w);
    int n = 0;
    for (qint64 id : ids) {
        Outcome o;
        o.what = QStringLiteral("edit #%1").arg(id);
        const QString old = model->serverSubscriptionAt(model->rowForId(id)).description.value_or(QString());
        const QString wanted = QStringLiteral("Edited %1 %2").arg(tag).arg(++n);
        subscriptionList(*w)->selectIds({id});
        QTRY_COMPARE_WITH_TIMEOUT(details->currentId(), std::optional<qint64>(id), kWait);
        // Like a person: wait until the pane has finished loading (it may fail: the editor still works).
        (void)QTest::qWaitFor([details] { return statusText(*details) != DetailsPane::tr("Loading…"); }, kWait);
        QSignalSpy saved(details, &DetailsPane::saved);
        descriptionEdit(*details)->setFocus();
        descriptionEdit(*details)->selectAll();
        QTest::keyClicks(descriptionEdit(*details), wanted);
        QApplication::processEvents();
        if (!saveButton(*details)->isEnabled()) {
            o.why = QStringLiteral("Save stayed disabled after typing (status: %1)").arg(statusText(*details));
        } else {
            QTest::mouseClick(saveButton(*details), Qt::LeftButton);
            if (!QTest::qWaitFor([details] { return !details->isSaving(); }, kWait)) {
                o.hung = true;
                o.why = QStringLiteral("the save never ended");
            } else if (!saved.isEmpty()) {
                const int row = model->rowForId(id);
                o.result = row >= 0 && model->subscriptionAt(row).description.value_or(QString()) == wanted
                    ? Outcome::Result::Applied
                    : Outcome::Result::Lost;
                if (o.result == Outcome::Result::Lost)
                    o.why = QStringLiteral("saved, but the row does not show it");
            } else {
                const int row = model->rowForId(id);
                const bool shown = !statusText(*details).isEmpty() || (row >= 0 && !model->errorAt(row).isEmpty());
                o.result = shown ? Outcome::Result::Reported : Outcome::Result::Lost;
                if (!shown)
                    o.why = QStringLiteral("not saved and nothing says so");
            }
        }
        const bool applied = o.result == Outcome::Result::Applied;
        o.check = [id, applied, wanted, old](const QHash<qint64, Subscription> &server) -> QString {
            if (!server.contains(id))
                return QStringLiteral("#%1 is gone").arg(id);
            const QString have = server.value(id).description.value_or(QString());
            const QString expect = applied ? wanted : old;
            return have == expect
                ? QString()
                : QStringLiteral("#%1 description \"%2\" on the server, expected \"%3\"").arg(id).arg(have, expect);
        };
        outcomes << o;
        // Leave nothing half-typed behind for the next row.
        if (details->isDirty())
            details->revert();
    }
}

void TstFaultMatrix::runCreate(const QString &tag, QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    for (int i = 0; i < 3; ++i) {
        Outcome o;
        const QString url = QStringLiteral("https://hooks.example.com/%1/new-%2").arg(tag).arg(i);
        o.what = QStringLiteral("create %1").arg(url);
        action(*w, QStringLiteral("actionNew"))->trigger();
        QPointer<NewSubscriptionDialog> dialog = newSubscriptionDialog(*w);
        QVERIFY2(dialog, "New Subscription opened no dialog");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(eventsList(*dialog)->count() > 0, kWait);
        QTest::keyClicks(urlEdit(*dialog), url);
        descriptionEdit(*dialog)->setPlainText(QStringLiteral("Created %1 %2").arg(tag).arg(i));
        QListWidgetItem *item = eventsList(*dialog)->item(0);
        const QStringList events{item->data(Qt::UserRole).toString()};
        item->setCheckState(Qt::Checked);
        QSignalSpy created(dialog.data(), &NewSubscriptionDialog::created);
        QTest::mouseClick(createButton(*dialog), Qt::LeftButton);
        const bool ended = QTest::qWaitFor(
            [dialog] {
                return !dialog || isSecretShown(*dialog)
                    || (createButton(*dialog)->isEnabled() && !errorText(*dialog).isEmpty());
            },
            kWait);
        std::optional<qint64> createdId;
        bool eventsSet = false;
        if (!ended || !dialog) {
            o.hung = true;
            o.why = QStringLiteral("the create never ended");
        } else if (isSecretShown(*dialog)) {
            if (!created.isEmpty())  // the server returned an id
                createdId = created.constFirst().constFirst().toLongLong();
            // The events follow in a PATCH; the retry button is disabled while it runs.
            if (!QTest::qWaitFor([dialog] { return !dialog || retryEventsButton(*dialog)->isEnabled(); }, kWait)
                || !dialog) {
                o.hung = true;
                o.why = QStringLiteral("the events PATCH never ended");
            } else if (!dialog->eventsPatchFailed()) {
                eventsSet = true;
                o.result = Outcome::Result::Applied;
            } else {
                // Created without events, and the dialog says exactly that (with Retry).
                o.result = retryEventsButton(*dialog)->isVisible() ? Outcome::Result::Reported : Outcome::Result::Lost;
                if (o.result == Outcome::Result::Lost)
                    o.why = QStringLiteral("events PATCH failed without a visible retry");
            }
        } else {
            o.result = errorText(*dialog).isEmpty() ? Outcome::Result::Lost : Outcome::Result::Reported;
        }
        const bool rowShown = createdId && subscriptionModel(*w)->rowForId(*createdId) >= 0;
        if (o.result == Outcome::Result::Applied && !rowShown) {
            o.result = Outcome::Result::Lost;
            o.why = QStringLiteral("created, but no row in the table");
        }
        o.check = [url, createdId, eventsSet, events](const QHash<qint64, Subscription> &server) -> QString {
            QList<qint64> withUrl;
            for (auto it = server.cbegin(); it != server.cend(); ++it) {
                if (it->url == url)
                    withUrl << it.key();
            }
            if (!createdId)
                return withUrl.isEmpty() ? QString()
                                         : QStringLiteral("%1 exists on the server, though not created").arg(url);
            if (withUrl != QList<qint64>{*createdId})
                return QStringLiteral("%1: expected exactly #%2 on the server, found %3 subscription(s)")
                    .arg(url)
                    .arg(*createdId)
                    .arg(withUrl.size());
            const QStringList have = server.value(*createdId).events.value_or(QStringList());
            const QStringList expect = eventsSet ? events : QStringList();
            return sorted(have) == sorted(expect) ? QString()
                                                  : QStringLiteral("#%1 events [%2] on the server, expected [%3]")
                                                        .arg(*createdId)
                                                        .arg(have.join(u','), expect.join(u','));
        };
        outcomes << o;
        if (dialog) {
            dialog->close();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWait);
        }
    }
}

void TstFaultMatrix::runDelete(const QList<qint64> &ids, QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    SubscriptionTableModel *model = subscriptionModel(*w);
    // One after another, each confirmed, without waiting for the previous answer.
    for (qint64 id : ids) {
        subscriptionList(*w)->selectIds({id});
        action(*w, QStringLiteral("actionDelete"))->trigger();
    }
    const auto ended = [model](qint64 id) {
        const int row = model->rowForId(id);
        return row < 0 || !model->errorAt(row).isEmpty();
    };
    (void)QTest::qWaitFor([&] { return std::all_of(ids.begin(), ids.end(), ended); }, kWait);
    for (qint64 id : ids) {
        Outcome o;
        o.what = QStringLiteral("delete #%1").arg(id);
        if (model->rowForId(id) < 0)
            o.result = Outcome::Result::Applied;
        else if (ended(id))
            o.result = Outcome::Result::Reported;
        else {
            o.hung = true;
            o.why = QStringLiteral("neither deleted nor an error on the row");
        }
        const bool applied = o.result == Outcome::Result::Applied;
        o.check = [id, applied](const QHash<qint64, Subscription> &server) -> QString {
            if (server.contains(id) == !applied)
                return {};
            return applied ? QStringLiteral("#%1 still on the server").arg(id)
                           : QStringLiteral("#%1 gone from the server").arg(id);
        };
        outcomes << o;
    }
}

void TstFaultMatrix::runBulk(const QList<qint64> &ids, const QString &tag, QList<Outcome> &outcomes)
{
    MainWindow *w = m_window.get();
    SubscriptionTableModel *model = subscriptionModel(*w);
    BulkJobRunner *bulk = bulkRunner(*w);
    const auto failureShown = [w](qint64 id) {
        QListWidget *list = bulkPanel(*w)->failureList();
        if (!list->isVisible())
            return false;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QStringLiteral("#%1 ").arg(id)))
                return true;
        }
        return false;
    };
    const auto failedIds = [bulk] {
        QSet<qint64> failed;
        for (const BulkJobRunner::Failure &f : bulk->failures())
            failed.insert(f.id);
        return failed;
    };

    // 1. Filter by this row's tag (typed into the search), then "Disable All Filtered".
    QTest::keyClicks(searchEdit(*w), tag);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionList(*w)->filteredIds().size(), ids.size(), kWait);
    QAction *disableAll = action(*w, QStringLiteral("actionBulkDisable"));
    QTRY_VERIFY_WITH_TIMEOUT(disableAll->isEnabled(), kWait);
    disableAll->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), kWait * 2);
    QSet<qint64> failed = failedIds();
    for (qint64 id : ids) {
        Outcome o;
        o.what = QStringLiteral("bulk disable #%1").arg(id);
        const int row = model->rowForId(id);
        if (failed.contains(id))
            o.result = failureShown(id) ? Outcome::Result::Reported : Outcome::Result::Lost;
        else if (row >= 0 && !model->subscriptionAt(row).enabled && !model->isPending(row))
            o.result = Outcome::Result::Applied;
        if (o.result == Outcome::Result::Lost)
            o.why = failed.contains(id) ? QStringLiteral("failed, not listed in the bulk panel")
                                        : QStringLiteral("neither disabled nor listed as failed");
        const bool applied = o.result == Outcome::Result::Applied;
        o.check = [id, applied](const QHash<qint64, Subscription> &server) -> QString {
            if (!server.contains(id))
                return {};  // deleted by step 2; checked there
            return server.value(id).enabled == !applied
                ? QString()
                : QStringLiteral("#%1 enabled=%2 on the server after the bulk disable")
                      .arg(id)
                      .arg(server.value(id).enabled);
        };
        outcomes << o;
    }

    // 2. Select half of them and delete (more than one: a bulk job).
    const QList<qint64> doomed = ids.mid(0, ids.size() / 2);
    subscriptionList(*w)->selectIds(doomed);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptionList(*w)->selectedIds().size(), doomed.size(), kWait);
    QAction *del = action(*w, QStringLiteral("actionDelete"));
    QTRY_VERIFY_WITH_TIMEOUT(del->isEnabled(), kWait);
    del->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), kWait * 2);
    failed = failedIds();
    for (qint64 id : doomed) {
        Outcome o;
        o.what = QStringLiteral("bulk delete #%1").arg(id);
        if (failed.contains(id))
            o.result = failureShown(id) ? Outcome::Result::Reported : Outcome::Result::Lost;
        else if (model->rowForId(id) < 0)
            o.result = Outcome::Result::Applied;
        if (o.result == Outcome::Result::Lost)
            o.why = failed.contains(id) ? QStringLiteral("failed, not listed in the bulk panel")
                                        : QStringLiteral("neither deleted nor listed as failed");
        const bool applied = o.result == Outcome::Result::Applied;
        o.check = [id, applied](const QHash<qint64, Subscription> &server) -> QString {
            if (server.contains(id) == !applied)
                return {};
            return applied ? QStringLiteral("#%1 still on the server").arg(id)
                           : QStringLiteral("#%1 gone from the server").arg(id);
        };
        outcomes << o;
    }
    searchEdit(*w)->clear();
}

// ---------------------------------------------------------------------------------------------

void TstFaultMatrix::matrix_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("faultArgs");
    QTest::addColumn<QString>("operation");
    quint32 seed = 100;
    for (const FaultMode &mode : faultModes()) {
        for (const QString &op : kOperations) {
            QStringList args = mode.args;
            if (!args.isEmpty()) {
                // Reproducible dice per cell, from a seed whose dice fault within the requests the
                // cell is sure to make: a working injector always shows in the cell. (A broken one
                // finds no such seed; the cell then fails on the faults it did not inject.)
                FaultInjector::Settings settings = faultSettings(args);
                settings.seed = ++seed;
                for (int tries = 0; tries < 1000 && !faultsWithin(settings, minimumRequests(op)); ++tries)
                    settings.seed = ++seed;
                args << QStringLiteral("--fault-seed") << QString::number(settings.seed);
            }
            QTest::newRow(qPrintable(mode.name + QStringLiteral(" x ") + op)) << mode.name << args << op;
        }
    }
}

void TstFaultMatrix::matrix()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, faultArgs);
    QFETCH(QString, operation);
    // A tag unique to this cell, used in URLs and descriptions (and to filter the bulk job's rows).
    static int cellNumber = 0;
    const QString tag = QStringLiteral("fm%1-%2").arg(++cellNumber).arg(operation);

    // 1. A clean server with this cell's subscriptions, and a window connected to it.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_sessionKeys = std::make_unique<MemoryCredentialStore>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    const int seedCount = operation == u"bulk" ? 12 : 6;
    const QList<qint64> ids = seed(tag, seedCount);
    QCOMPARE(ids.size(), seedCount);
    m_window = makeWindow();
    MainWindow *w = m_window.get();
    QVERIFY(w->connectTo(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Fault matrix")));
    session(*w)->queue()->setPolicy(clientPolicy());
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > 0, kWait);
    QVERIFY2(subscriptionList(*w)->lastLoadError().isEmpty(), qPrintable(subscriptionList(*w)->lastLoadError()));
    QTRY_VERIFY_WITH_TIMEOUT(eventTypes(*w)->rowCount() > 0, kWait);
    for (qint64 id : ids)
        QVERIFY(subscriptionModel(*w)->rowForId(id) >= 0);
    QVERIFY(waitIdle());
    // The server before the fault, and the rows the actions will not touch (those of earlier cells
    // too): they must come through unchanged.
    const QHash<qint64, Subscription> before = byId(serverList());
    QVERIFY(!before.isEmpty());
    QList<qint64> targeted;
    if (operation == u"toggle" || operation == u"bulk")
        targeted = ids;
    else if (operation == u"edit")
        targeted = ids.mid(0, 3);
    else if (operation == u"delete")
        targeted = ids.mid(0, 4);

    // 2. The same database, now with the fault.
    QVERIFY2(restartSandbox(faultArgs), qPrintable(m_sandbox->standardError().right(2000)));
    const qsizetype faultLogFrom = m_sandbox->standardError().size();  // the faulted run's log follows
    QList<Outcome> outcomes;
    if (operation == u"load")
        runLoad(outcomes);
    else if (operation == u"toggle")
        runToggle(ids, outcomes);
    else if (operation == u"edit")
        runEdit(ids.mid(0, 3), tag, outcomes);
    else if (operation == u"create")
        runCreate(tag, outcomes);
    else if (operation == u"delete")
        runDelete(ids.mid(0, 4), outcomes);
    else if (operation == u"bulk")
        runBulk(ids, tag, outcomes);
    if (QTest::currentTestFailed())
        return;
    Cell cell;
    cell.sandboxRan = m_sandbox->process()->state() == QProcess::Running;
    QVERIFY2(cell.sandboxRan, "the sandbox died under the fault");
    (void)waitIdle();  // background reads may still retry; not an action of the user

    // 3. Without faults again: refresh and compare with the server as a clean client reads it.
    QVERIFY(restartSandbox({}));
    countFaults(m_sandbox->standardError().mid(faultLogFrom), faultSettings(faultArgs).latencyMs, cell);
    for (int attempt = 0; attempt < 3; ++attempt) {
        (void)QTest::qWaitFor([w] { return !subscriptionList(*w)->isLoading(); }, kWait);
        const int before = subscriptionList(*w)->loadCount();
        action(*w, QStringLiteral("actionRefresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(subscriptionList(*w)->loadCount() > before, kWait);
        if (subscriptionList(*w)->lastLoadError().isEmpty())
            break;  // a load that was in flight across the restart may fail once
    }
    QVERIFY2(subscriptionList(*w)->lastLoadError().isEmpty(), qPrintable(subscriptionList(*w)->lastLoadError()));
    QVERIFY(waitIdle());
    const SubscriptionList serverSide = serverList();
    const QHash<qint64, Subscription> server = byId(serverSide);

    QStringList problems;
    for (Outcome &o : outcomes) {
        ++cell.attempted;
        const QString mismatch = o.check ? o.check(server) : QString();
        if (!mismatch.isEmpty()) {
            if (o.result == Outcome::Result::Applied) {
                o.result = Outcome::Result::Lost;  // said done, but the server does not have it
                o.why = mismatch;
            } else if (o.result == Outcome::Result::Reported) {
                // Reported as failed, yet the server made the change (its answer was unreadable):
                // nothing is lost, the refreshed list shows it, but the message was too sure.
                ++cell.reportedYetApplied;
                qInfo("%s: reported as failed, yet applied (%s)", qPrintable(o.what), qPrintable(mismatch));
            }
        }
        switch (o.result) {
        case Outcome::Result::Applied:
            ++cell.applied;
            break;
        case Outcome::Result::Reported:
            ++cell.reported;
            break;
        case Outcome::Result::Lost:
            ++cell.lost;
            cell.hangs += o.hung ? 1 : 0;
            problems << o.what + QStringLiteral(" lost: ") + o.why;
            break;
        }
    }

    // The model equals the server: same ids, and each row shows the server's values.
    SubscriptionTableModel *model = subscriptionModel(*w);
    QStringList differences;
    if (model->rowCount() != server.size())
        differences << QStringLiteral("%1 rows, %2 on the server").arg(model->rowCount()).arg(server.size());
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        const int row = model->rowForId(it.key());
        if (row < 0) {
            differences << QStringLiteral("#%1 missing in the model").arg(it.key());
            continue;
        }
        const Subscription shown = model->subscriptionAt(row);
        if (model->isPending(row))
            differences << QStringLiteral("#%1 still pending").arg(it.key());
        if (shown.url != it->url || shown.description != it->description || shown.enabled != it->enabled
            || sorted(shown.events.value_or(QStringList())) != sorted(it->events.value_or(QStringList())))
            differences << QStringLiteral("#%1 differs (enabled %2/%3, description \"%4\"/\"%5\")")
                               .arg(it.key())
                               .arg(shown.enabled)
                               .arg(it->enabled)
                               .arg(shown.description.value_or(QString()), it->description.value_or(QString()));
    }
    cell.modelMatches = differences.isEmpty();

    // The rows the actions did not target are on the server as they were before.
    QStringList touched;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (targeted.contains(it.key()))
            continue;
        if (!server.contains(it.key())) {
            touched << QStringLiteral("#%1 is gone").arg(it.key());
            continue;
        }
        const Subscription now = server.value(it.key());
        if (now.url != it->url || now.description != it->description || now.enabled != it->enabled
            || sorted(now.events.value_or(QStringList())) != sorted(it->events.value_or(QStringList())))
            touched << QStringLiteral("#%1 changed, though no action targeted it").arg(it.key());
    }

    const QString log = m_sandbox->standardError();
    const QStringList overLimit = realTooManyRequestLines(log.mid(m_logSeen));
    cell.overLimit = int(overLimit.size());
    m_logSeen = log.size();
    m_cells[mode][operation] = cell;

    qInfo("%s x %s: %d requests, %d faults injected, %d delayed; %d attempted, %d applied, %d failed and reported (%d "
          "applied anyway), %d lost, %d over the limit",
          qPrintable(mode), qPrintable(operation), cell.requests, cell.injected, cell.delayed, cell.attempted,
          cell.applied, cell.reported, cell.reportedYetApplied, cell.lost, cell.overLimit);
    QVERIFY(cell.attempted > 0);
    QVERIFY2(cell.requests >= minimumRequests(operation),
             "the sandbox's log is short of the requests the actions make");
    // Each faulted cell really met its fault: the dice (seeded so that they fault within the
    // requests this cell makes) and the latency both show in the log.
    const FaultInjector::Settings settings = faultSettings(faultArgs);
    const bool shares = settings.share5xx > 0 || settings.shareMalformed > 0 || settings.shareDrop > 0
        || settings.share429 > 0 || settings.shareDropAfter > 0;
    QCOMPARE(cell.injected > 0, shares);
    if (settings.latencyMs > 0)
        QCOMPARE(cell.delayed, cell.requests);
    QVERIFY2(touched.isEmpty(), qPrintable(touched.join(u'\n')));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QVERIFY2(overLimit.isEmpty(), qPrintable(overLimit.join(u'\n')));
    // Without faults everything applies; latency and 429s only delay, and the console waits and
    // retries through them, so there too every action must apply.
    if (mode == u"none" || mode == u"latency 250ms" || mode == u"429 storm 30%")
        QCOMPARE(cell.applied, cell.attempted);
}

QTEST_MAIN(TstFaultMatrix)
#include "tst_faultmatrix.moc"
