// End-to-end benchmark of the console window: the real MainWindow (offscreen) against the real
// sandbox on loopback. Measures the longest event-loop stall (a frozen window) while it loads a
// big list and while it runs a bulk job, plus how long each takes.
//
//   bench_console [--rows N] [--bulk M] [--window-ms W]
//
// The sandbox is seeded with N subscriptions straight into its SQLite file (the API would take
// hours at the documented rate limit); M of them carry the description "bulk-target". The window
// sorts by URL, connects, loads all N (decoded off the GUI thread, fed in chunks), then filters to
// the M targets and disables them as one bulk job on a compressed rate window (PATCH: 100 per W ms).
// Stalls are the longest gap between two beats of a zero-interval timer, in main-thread CPU time
// and in wall time (the wall figure includes the machine's other load).

#include "../common/BenchTiming.h"
#include "kit/ConsoleTestServices.h"
#include "kit/SandboxProcess.h"
#include "kit/SandboxSeeder.h"
#include "kit/MainWindowParts.h"

#include "common/SystemClock.h"
#include "credentials/MemoryCredentialStore.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"
#include "profiles/ProfileStore.h"
#include "ui/BulkJobRunner.h"
#include "ui/ConsoleServices.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace BenchTiming;
using namespace MainWindowParts;

namespace {

// Times every top-level event delivery, to name the longest step of the event loop (which object
// and which event): what a stall is made of.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8()
            + " event " + QByteArray::number(int(event->type()));
        const qint64 cpu0 = threadCpuNs();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = BenchTiming::ms(threadCpuNs() - cpu0);
        if (ms > worstMs) {
            worstMs = ms;
            worstWhat = what;
        }
        return r;
    }
    void resetWorst()
    {
        worstMs = 0;
        worstWhat.clear();
    }
    double worstMs = 0;
    QByteArray worstWhat;

private:
    int m_depth = 0;
};

struct Options
{
    int rows = 100000;
    int bulk = 300;
    int windowMs = 2000;
};

// Runs until `finished` says so, polling it every 10 ms; returns the longest stall meanwhile.
Stall stallUntil(const std::function<bool()> &finished, const std::function<void()> &start, Stopwatch *took)
{
    return longestStall([&](std::function<void()> done) {
        took->start();
        start();
        auto *poll = new QTimer;
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, finished, done] {
            if (!finished())
                return;
            poll->stop();
            poll->deleteLater();
            done();
        });
        poll->start();
    });
}

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    Options opt;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            opt.rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--bulk"))
            opt.bulk = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--window-ms"))
            opt.windowMs = args[i + 1].toInt();
    }
    opt.rows = std::max(opt.rows, 1);
    opt.bulk = std::clamp(opt.bulk, 1, opt.rows);
    opt.windowMs = std::max(opt.windowMs, 100);

    SandboxProcess sandbox;
    const QString window = QStringLiteral("%1ms").arg(opt.windowMs);
    if (!sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--rate-window"), window})) {
        std::fprintf(stderr, "cannot start the sandbox: %s\n", qPrintable(sandbox.standardError()));
        return 1;
    }
    QString seedError;
    const bool seeded = SandboxSeeder::seed(
        sandbox.dbPath(), opt.rows,
        [&opt](int i) {
            const bool target = i % (opt.rows / opt.bulk) == 0 && i / (opt.rows / opt.bulk) < opt.bulk;
            return SandboxSeeder::Row{
                QStringLiteral("https://partner-%1.example.com/webhooks/orders").arg((i * 7919) % opt.rows),
                target ? QStringLiteral("bulk-target") : QStringLiteral("Partner %1 order sync").arg(i),
                true,
                {QStringLiteral("orders.created")}};
        },
        &seedError);
    if (!seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seedError));
        return 1;
    }

    ConsoleTestServices env;
    MainWindow w(env.services(opt.windowMs));
    w.setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    w.resize(1280, 800);
    w.show();
    subscriptionProxy(w)->sort(SubscriptionTableModel::UrlColumn, Qt::AscendingOrder);

    std::printf("rows: %d, bulk job: %d PATCHes at 100 per %d ms\n\n", opt.rows, opt.bulk, opt.windowMs);
    std::printf("| Measure | CPU time | Wall time | Note |\n|---|---|---|---|\n");

    // Each chunk of the first load, from the table's insert to the end of everything it caused
    // (the sorting layer places it, the filter proxy and the view follow): the likely long steps.
    Stopwatch chunk;
    double worstChunkCpu = 0, worstChunkWall = 0;
    int chunks = 0;
    QObject::connect(subscriptionModel(w), &QAbstractItemModel::rowsAboutToBeInserted, &w, [&] { chunk.start(); });
    QObject::connect(subscriptionModel(w), &QAbstractItemModel::rowsInserted, &w, [&] {
        ++chunks;
        worstChunkCpu = std::max(worstChunkCpu, chunk.cpuMs());
        worstChunkWall = std::max(worstChunkWall, chunk.wallMs());
    });

    // The connect itself (session, journal, switching to the console page) is one call, measured
    // on its own; the probe then watches the load that follows it.
    Stopwatch connectTook;
    connectTook.start();
    if (!w.connectTo(sandbox.baseUrl(), sandbox.apiKey(), QStringLiteral("Bench"))) {
        std::fprintf(stderr, "cannot connect\n");
        return 2;
    }
    const double connectCpu = connectTook.cpuMs(), connectWall = connectTook.wallMs();
    Stopwatch took;
    app.resetWorst();
    const Stall load = stallUntil([&] { return subscriptionList(w)->loadCount() > 0; }, [] {}, &took);
    const double loadWall = took.wallMs(), loadCpu = took.cpuMs();
    if (subscriptionModel(w)->rowCount() != opt.rows) {
        std::fprintf(stderr, "loaded %d rows, expected %d: %s\n", subscriptionModel(w)->rowCount(), opt.rows,
                     qPrintable(subscriptionList(w)->lastLoadError()));
        return 2;
    }
    std::printf("| Connect and load %d rows, sorted by URL (request, server, decode, model) | %.1f ms | %.1f ms | wall "
                "is the figure; CPU includes the probe's own zero-timer loop |\n",
                opt.rows, loadCpu, loadWall);
    std::printf("| The connect call (session, journal, first layout of the console page) | %.1f ms | %.1f ms | once "
                "per connection |\n",
                connectCpu, connectWall);
    std::printf("| Longest stall during the load (after the connect call) | %.1f ms | %.1f ms | goal < 50 ms |\n",
                load.cpu, load.wall);
    std::printf("| Longest single event during the load: %s | %.1f ms | | |\n", app.worstWhat.constData(), app.worstMs);
    std::printf(
        "| Longest of the %d chunk inserts (model, sorting layer, filter proxy, view) | %.1f ms | %.1f ms | |\n",
        chunks, worstChunkCpu, worstChunkWall);

    subscriptionProxy(w)->setSearchText(QStringLiteral("bulk-target"));
    if (subscriptionProxy(w)->rowCount() != opt.bulk) {
        std::fprintf(stderr, "filtered %d rows, expected %d\n", subscriptionProxy(w)->rowCount(), opt.bulk);
        return 3;
    }
    app.resetWorst();
    const Stall bulk = stallUntil([&] { return bulkRunner(w) && !bulkRunner(w)->isRunning(); },
                                  [&] { action(w, QStringLiteral("actionBulkDisable"))->trigger(); }, &took);
    const BulkJobRunner *runner = bulkRunner(w);
    std::printf("| Bulk disable of %d rows (%d succeeded, %d failed) | %.1f ms | %.1f ms | wall is the figure; CPU "
                "includes the probe's own zero-timer loop |\n",
                opt.bulk, runner ? runner->progress().succeeded : -1, runner ? runner->progress().failed : -1,
                took.cpuMs(), took.wallMs());
    std::printf("| Longest single event during the bulk job: %s | %.1f ms | | |\n", app.worstWhat.constData(),
                app.worstMs);
    std::printf("| Longest stall during the bulk job, %d rows loaded | %.1f ms | %.1f ms | goal < 50 ms |\n", opt.rows,
                bulk.cpu, bulk.wall);
    return 0;
}
