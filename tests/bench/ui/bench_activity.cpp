// What the activity log and the journal cost on the GUI thread, on a real file:
//   1. the journal writes one click causes (record, mark sent, mark done: each a commit synced to
//      disk, SQLite synchronous=FULL), per click, median and worst;
//   2. opening the Activity tab: reading the newest 5,000 changes into the model (and its sorting
//      proxy), in slices;
//   3. following a 300-item bulk job while the tab is shown: re-reading from the oldest open write;
//   4. a search keystroke over every row read (the proxy filters all of them), the worst of a
//      typed word.
// Usage: bench_activity [DIRECTORY] [RUNS]. DIRECTORY holds the journal (default: a temporary
// folder); put it on the disk to measure (a tmpfs has no real sync).

#include "../common/BenchTiming.h"

#include "common/SystemClock.h"
#include "journal/JournalCodec.h"
#include "journal/WriteJournal.h"
#include "models/ActivityFilterProxyModel.h"
#include "models/ActivityTableModel.h"
#include "ui/ActivityFeed.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

JournalWrite toggleOf(qint64 id, const QString &job = {})
{
    Subscription s;
    s.id = id;
    s.url = QStringLiteral("https://hooks.example.com/customer/%1/webhooks").arg(id);
    s.description = QStringLiteral("Customer %1: order events").arg(id);
    JournalWrite w = JournalCodec::toggle(id, false, job);
    w.before = JournalCodec::snapshot(s);
    return w;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    SystemClock clock;

    for (int run = 1; run <= runs; ++run) {
        const QString path = QDir(directory).filePath(QStringLiteral("bench-activity-%1.sqlite").arg(run));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        WriteJournal journal(path, clock);
        if (!journal.open()) {
            out << journal.lastError() << '\n';
            return 1;
        }
        journal.setOrigin({JournalOrigin::currentOsUser(), QStringLiteral("bench"), QStringLiteral("https://x")});

        // 1. Clicks: 200 toggles, each recorded, marked sent, marked done.
        QList<double> recordMs, sentMs, doneMs, clickMs;
        for (int i = 0; i < 200; ++i) {
            BenchTiming::Stopwatch w;
            w.start();
            const auto seq = journal.record(toggleOf(i));
            const double a = w.wallMs();
            journal.markSent(*seq);
            const double b = w.wallMs();
            journal.markDone(*seq);
            const double c = w.wallMs();
            recordMs << a;
            sentMs << b - a;
            doneMs << c - b;
            clickMs << b;  // click to request leaving: record + mark sent
        }

        // A log of 20,000 finished changes, written in batches (not measured).
        for (int batch = 0; batch < 40; ++batch) {
            QList<JournalWrite> writes;
            for (int i = 0; i < 500; ++i)
                writes << toggleOf(batch * 500 + i, QStringLiteral("job-%1").arg(batch));
            const auto seqs = journal.recordBatch(writes);
            journal.markSentBatch(*seqs);
            for (qint64 seq : *seqs)
                journal.markDone(seq);
        }

        // 2. Opening the tab: the newest slice at once, older slices on the next event-loop turns.
        ActivityTableModel model;
        // The proxy the Activity tab puts between the model and its view: newest first, searchable.
        ActivityFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        ActivityFeed feed(journal, model);
        // Until every slice is in; the longest stall meanwhile is what the user feels.
        const auto untilRead = [&feed](std::function<void()> done) {
            auto *poll = new QTimer(&feed);
            QObject::connect(poll, &QTimer::timeout, &feed, [poll, &feed, done] {
                if (feed.isReadingOlder())
                    return;
                poll->deleteLater();
                done();
            });
            poll->start(1);
        };
        BenchTiming::Stopwatch open;
        open.start();
        const BenchTiming::Stall opening = BenchTiming::longestStall([&](std::function<void()> done) {
            feed.setActive(true);
            untilRead(done);
        });
        const double openWall = open.wallMs();
        const double openCpu = opening.cpu;
        // 3. A bulk job of 300 recorded at once, half answered: the re-read from the oldest open one.
        QList<JournalWrite> bulk;
        for (int i = 0; i < 300; ++i)
            bulk << toggleOf(100000 + i, QStringLiteral("bulk"));
        const auto seqs = journal.recordBatch(bulk);
        for (int i = 0; i < 150; ++i)
            journal.markDone(seqs->at(i));
        const BenchTiming::Stall reopening = BenchTiming::longestStall([&](std::function<void()> done) {
            feed.reload();  // a full read, as when the tab is shown again after changes
            untilRead(done);
        });
        const double reopenCpu = reopening.cpu;
        for (int i = 150; i < 300; ++i)
            journal.markDone(seqs->at(i));
        // The feed reads after a short pause: the longest event-loop stall meanwhile is that read.
        const BenchTiming::Stall tail =
            BenchTiming::longestStall([](std::function<void()> done) { QTimer::singleShot(800, done); });
        const double tailCpu = tail.cpu;
        const double tailWall = tail.wall;
        // 4. Typing "customer 4" into the search box, one keystroke at a time, then clearing it.
        double keystrokeCpu = 0;
        const QString word = QStringLiteral("customer 4");
        for (int i = 1; i <= word.size() + 1; ++i) {
            BenchTiming::Stopwatch key;
            key.start();
            proxy.setSearch(i <= word.size() ? word.left(i) : QString());
            keystrokeCpu = std::max(keystrokeCpu, key.cpuMs());
        }

        out << QStringLiteral("run %1: click journal writes (ms, wall) record median %2 worst %3; mark sent median %4 "
                              "worst %5; mark done median %6 worst %7; click to send median %8 worst %9\n")
                   .arg(run)
                   .arg(median(recordMs), 0, 'f', 2)
                   .arg(worst(recordMs), 0, 'f', 2)
                   .arg(median(sentMs), 0, 'f', 2)
                   .arg(worst(sentMs), 0, 'f', 2)
                   .arg(median(doneMs), 0, 'f', 2)
                   .arg(worst(doneMs), 0, 'f', 2)
                   .arg(median(clickMs), 0, 'f', 2)
                   .arg(worst(clickMs), 0, 'f', 2);
        out << QStringLiteral("run %1: open the Activity tab (%2 rows): longest stall %3 ms CPU, all read after %4 ms "
                              "wall; again with 150 open writes: longest stall %5 ms CPU; follow the bulk job's end "
                              "(%6 rows re-read): %7 ms CPU, %8 ms wall\n")
                   .arg(run)
                   .arg(model.rowCount())
                   .arg(openCpu, 0, 'f', 1)
                   .arg(openWall, 0, 'f', 1)
                   .arg(reopenCpu, 0, 'f', 1)
                   .arg(300 - 150)
                   .arg(tailCpu, 0, 'f', 1)
                   .arg(tailWall, 0, 'f', 1);
        out << QStringLiteral("run %1: a search keystroke over %2 rows: worst %3 ms CPU\n")
                   .arg(run)
                   .arg(model.rowCount())
                   .arg(keystrokeCpu, 0, 'f', 2);
        out.flush();
    }
    return 0;
}
