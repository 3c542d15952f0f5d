// Benchmark of the subscriptions model on 100,000 rows, against parsing the same JSON alone and
// against a QStandardItemModel fill. Prints a Markdown table; docs/benchmarks-models.md explains it.
//
//   bench_models [--rows N] [--runs R] [--chunk C]

#include "../common/BenchTiming.h"

#include "api/JsonDecoder.h"
#include "models/SubscriptionChunkFeeder.h"
#include "models/SubscriptionFilterProxyModel.h"
#include "models/SubscriptionTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTimer>

#ifdef WEBHOOK_BENCH_SIMDJSON
#include "SimdjsonListReader.h"
#endif

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace BenchTiming;

struct Options
{
    int rows = 100000;
    int runs = 5;
    int chunk = 2000;
};

struct Samples
{
    std::vector<double> cpu, wall;
    void add(const Stopwatch &t)
    {
        cpu.push_back(t.cpuMs());
        wall.push_back(t.wallMs());
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// What a person does on 100,000 rows, measured once per run and printed at the end as one table:
// median and worst of the runs, CPU and wall, against the goal of one frame.
class Interactions
{
public:
    void add(const std::string &what, double cpu, double wall)
    {
        auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.what == what; });
        if (it == m_entries.end())
            it = m_entries.insert(m_entries.end(), Entry{what, {}, {}});
        it->cpu.push_back(cpu);
        it->wall.push_back(wall);
    }
    void print(int runs) const
    {
        std::printf("\nInteractions (longest GUI-thread work of each; %d runs):\n\n", runs);
        std::printf("| Interaction | CPU median | CPU worst | wall median | wall worst | <= 16 ms (CPU worst) |\n"
                    "|---|---|---|---|---|---|\n");
        for (const Entry &e : m_entries) {
            const double worstCpu = *std::max_element(e.cpu.begin(), e.cpu.end());
            std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |\n", e.what.c_str(), median(e.cpu),
                        worstCpu, median(e.wall), *std::max_element(e.wall.begin(), e.wall.end()),
                        worstCpu <= 16.0 ? "yes" : "no");
        }
    }

private:
    struct Entry
    {
        std::string what;
        std::vector<double> cpu, wall;
    };
    std::vector<Entry> m_entries;
};

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

QByteArray timestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

// A list body as the sandbox sends it: a JSON array of subscriptions with the events extension
// and the delivery summary fields, millisecond timestamps, ~10% null descriptions, ~20% failing.
QByteArray makeListBody(int rows)
{
    std::mt19937 rng(20261127);
    static const char *const kEvents[] = {"order.created",    "order.paid",       "order.refunded", "invoice.paid",
                                          "customer.created", "customer.deleted", "shipment.sent"};
    static const char *const kPaths[] = {"webhooks/orders", "api/hooks/incoming", "wh", "integrations/acme/events",
                                         "v2/notify"};
    const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 now = QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
    QByteArray out;
    out.reserve(qsizetype(rows) * 520);
    out += '[';
    for (int i = 0; i < rows; ++i) {
        if (i)
            out += ',';
        const int partner = int(rng() % 90000) + 10000;
        out += "{\"id\":" + QByteArray::number(i + 1);
        out += ",\"url\":\"https://hooks.partner-" + QByteArray::number(partner) + ".example.com/" + kPaths[rng() % 5]
            + "?tenant=" + QByteArray::number(rng() % 1000) + "\"";
        if (rng() % 10 == 0)
            out += ",\"description\":null";
        else
            out += ",\"description\":\"Order sync for partner " + QByteArray::number(partner)
                + (rng() % 2 ? " (EU region)" : " - production") + "\"";
        out += QByteArray(",\"enabled\":") + (rng() % 5 ? "true" : "false");
        out += ",\"created_at\":\"" + timestamp(base + qint64(rng() % 60000000) * 1000) + "\"";
        out += ",\"events\":[";
        const int nEvents = int(rng() % 4) + 1;
        for (int e = 0; e < nEvents; ++e) {
            if (e)
                out += ',';
            out += QByteArray("\"") + kEvents[(i + e) % 7] + "\"";
        }
        out += ']';
        const int kind = int(rng() % 10);  // 0..6 ok, 7..8 failing, 9 never delivered
        if (kind <= 6) {
            out += ",\"last_delivery_at\":\"" + timestamp(now - qint64(rng() % 86400) * 1000)
                + "\",\"last_delivery_status\":\"delivered\",\"failing_since\":null,\"pending_retries\":0,"
                  "\"next_retry_at\":null";
        } else if (kind <= 8) {
            const qint64 since = now - qint64(rng() % 172800) * 1000;
            out += ",\"last_delivery_at\":\"" + timestamp(now - 600000) + "\",\"last_delivery_status\":\"retrying\""
                + ",\"failing_since\":\"" + timestamp(since) + "\",\"pending_retries\":"
                + QByteArray::number(int(rng() % 5) + 1) + ",\"next_retry_at\":\"" + timestamp(now + 1800000) + "\"";
        } else {
            out += ",\"last_delivery_at\":null,\"last_delivery_status\":null,\"failing_since\":null,"
                   "\"pending_retries\":0,\"next_retry_at\":null";
        }
        out += '}';
    }
    out += ']';
    return out;
}

SubscriptionList decode(const QByteArray &body)
{
    auto result = JsonDecoder::subscriptionList(body);
    if (!result.ok()) {
        std::fprintf(stderr, "decode failed: %s\n", qPrintable(result.error.message()));
        std::exit(2);
    }
    return std::move(*result.value);
}

// What a naive widget-based table does: a QStandardItemModel with display text and raw values.
void fillStandardModel(QStandardItemModel &model, const QByteArray &body)
{
    const QJsonArray array = QJsonDocument::fromJson(body).array();
    const QLocale locale;
    model.setColumnCount(SubscriptionTableModel::ColumnCount);
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QList<QStandardItem *> row;
        row.reserve(SubscriptionTableModel::ColumnCount);
        auto *id = new QStandardItem(QString::number(o.value(QLatin1String("id")).toInteger()));
        id->setData(o.value(QLatin1String("id")).toInteger(), Qt::UserRole);
        row << id << new QStandardItem(o.value(QLatin1String("url")).toString())
            << new QStandardItem(o.value(QLatin1String("description")).toString());
        QStringList events;
        for (const QJsonValue &e : o.value(QLatin1String("events")).toArray())
            events << e.toString();
        row << new QStandardItem(events.join(QLatin1String(", ")));
        auto *enabled = new QStandardItem;
        enabled->setCheckable(true);
        enabled->setCheckState(o.value(QLatin1String("enabled")).toBool(true) ? Qt::Checked : Qt::Unchecked);
        row << enabled;
        const QDateTime created =
            QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        auto *createdItem = new QStandardItem(locale.toString(created.toLocalTime(), QLocale::ShortFormat));
        createdItem->setData(created, Qt::UserRole);
        row << createdItem;
        const bool failing = !o.value(QLatin1String("failing_since")).isNull();
        row << new QStandardItem(failing ? QStringLiteral("Failing") : QStringLiteral("OK"));
        model.appendRow(row);
    }
}

// Runs `work` from the event loop and returns the longest gap between two turns of a heartbeat
// timer while it runs (the longest time the window could not repaint or react to input).
void rowStall(const char *what, const Stall &s, const char *note)
{
    std::printf("| %s | %.1f ms | %.1f ms | %s |\n", what, s.cpu, s.wall, note);
}

// Feeds `list` into the model in chunks, one chunk per event-loop turn (what the ui does).
// The console's own chunked first load (SubscriptionChunkFeeder), then `done`.
void appendInChunks(SubscriptionTableModel *model, std::shared_ptr<SubscriptionList> list, int chunk, int,
                    std::function<void()> done)
{
    auto *feeder = new SubscriptionChunkFeeder(model);
    feeder->setChunkRows(chunk);
    QObject::connect(feeder, &SubscriptionChunkFeeder::finished, feeder, [feeder, done] {
        feeder->deleteLater();
        done();
    });
    feeder->start(*list);
}

void row(const char *what, double value, const char *unit, const char *note = "")
{
    std::printf("| %s | %.1f %s | | %s |\n", what, value, unit, note);
}

// CPU median (best) and wall median.
void rowStats(const char *what, const Samples &s, const char *note = "")
{
    std::printf("| %s | %.1f ms (best %.1f) | %.1f ms | %s |\n", what, median(s.cpu),
                *std::min_element(s.cpu.begin(), s.cpu.end()), median(s.wall), note);
}

void rowOne(const char *what, const Stopwatch &t, const char *note = "")
{
    std::printf("| %s | %.1f ms | %.1f ms | %s |\n", what, t.cpuMs(), t.wallMs(), note);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // rows appear as they are measured
    Options opt;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            opt.rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            opt.runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--chunk"))
            opt.chunk = args[i + 1].toInt();
    }
    opt.rows = std::max(opt.rows, 1);
    opt.runs = std::max(opt.runs, 1);
    opt.chunk = std::max(opt.chunk, 1);

    const QByteArray body = makeListBody(opt.rows);
    std::printf("rows: %d, body: %.1f MiB, runs: %d (medians)\n\n", opt.rows, body.size() / 1048576.0, opt.runs);
    std::printf("| Measure | CPU time (or value) | Wall time | Note |\n|---|---|---|---|\n");

    // ---- load time ----------------------------------------------------------------------------
    Samples parse, decodeOnly, setOnly, total, standard, simdDecode, simdTotal;
#ifdef WEBHOOK_BENCH_SIMDJSON
    if (const auto simd = SimdjsonListReader::read(body); !simd || *simd != decode(body)) {
        std::fprintf(stderr, "the simdjson reader reads the body differently\n");
        return 4;
    }
#endif
    for (int run = 0; run < opt.runs; ++run) {
        Stopwatch t;
        t.start();
        {
            const QJsonDocument doc = QJsonDocument::fromJson(body);
            if (!doc.isArray() || doc.array().size() != opt.rows)
                return 2;
        }
        parse.add(t);

        t.start();
        SubscriptionList list = decode(body);
        decodeOnly.add(t);
        {
            SubscriptionTableModel model;
            t.start();
            model.setSubscriptions(std::move(list));
            setOnly.add(t);
        }
        {
            SubscriptionTableModel model;
            t.start();
            model.setSubscriptions(decode(body));
            total.add(t);
            if (model.rowCount() != opt.rows)
                return 3;
        }
        {
            QStandardItemModel model;
            t.start();
            fillStandardModel(model, body);
            standard.add(t);
        }
#ifdef WEBHOOK_BENCH_SIMDJSON
        t.start();
        std::optional<SubscriptionList> simd = SimdjsonListReader::read(body);
        simdDecode.add(t);
        simd.reset();
        {
            SubscriptionTableModel model;
            t.start();
            model.setSubscriptions(std::move(*SimdjsonListReader::read(body)));
            simdTotal.add(t);
        }
#endif
    }
    const double parseMs = median(parse.cpu);
    rowStats("QJsonDocument::fromJson alone", parse, "baseline");
    rowStats("JsonDecoder::subscriptionList (parse + decode, core)", decodeOnly);
    rowStats("SubscriptionTableModel::setSubscriptions alone", setOnly, "moves the decoded list in");
    rowStats("Load total (decode + setSubscriptions)", total);
    char note[160];
    std::snprintf(note, sizeof note, "goal <= 1.5x: %s", median(total.cpu) / parseMs <= 1.5 ? "met" : "NOT met");
    row("Load total / parse alone (CPU)", median(total.cpu) / parseMs, "x", note);
    row("Model share: setSubscriptions / parse alone (CPU)", median(setOnly.cpu) / parseMs, "x",
        "the model's own part");
#ifdef WEBHOOK_BENCH_SIMDJSON
    rowStats("simdjson On-Demand reader (parse + decode)", simdDecode, "SimdjsonListReader, for comparison");
    rowStats("Load total with the simdjson reader", simdTotal);
    const double simdRatio = median(simdTotal.cpu) / median(total.cpu);
    std::printf("| Load total, simdjson / hand-written (CPU) | %.2f x | | %s |\n", simdRatio,
                simdRatio <= 1.1 ? "within 10 %: the library should replace ours"
                                 : "over 10 % slower: the hand-written reader stays");
#endif
    rowStats("QStandardItemModel fill (parse + items)", standard);
    std::snprintf(note, sizeof note, "goal: several times faster: %s",
                  median(standard.cpu) / median(total.cpu) >= 3 ? "met" : "NOT met");
    row("QStandardItemModel / our load (CPU)", median(standard.cpu) / median(total.cpu), "x", note);
    row("QStandardItemModel minus parse / setSubscriptions (CPU)",
        (median(standard.cpu) - parseMs) / median(setOnly.cpu), "x", "model part against model part");

    // ---- memory per row -----------------------------------------------------------------------
    {
        const size_t before = heapInUse();
        auto *model = new SubscriptionTableModel;
        model->setSubscriptions(decode(body));  // the decoded values now live in the model only
        const size_t after = heapInUse();
        row("Heap per row, SubscriptionTableModel", double(after - before) / opt.rows, "bytes", "");
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(model);
        proxy.setSearchText(QStringLiteral("x"));  // builds the lower-cased search keys
        proxy.rowCount();  // (the proxy filters when first asked)
        proxy.setSearchText(QString());
        proxy.rowCount();  // the mapping is built on first use
        const size_t withSearch = heapInUse();
        row("Heap per row, + search haystack + proxy mapping", double(withSearch - before) / opt.rows, "bytes", "");
        proxy.setSourceModel(nullptr);
        delete model;
        const size_t beforeStd = heapInUse();
        auto *standardModel = new QStandardItemModel;
        fillStandardModel(*standardModel, body);
        const size_t afterStd = heapInUse();
        row("Heap per row, QStandardItemModel", double(afterStd - beforeStd) / opt.rows, "bytes", "");
        delete standardModel;
    }

    Interactions interactions;

    // ---- the console's chunked load, then the first keystroke ---------------------------------
    for (int run = 0; run < opt.runs; ++run) {
        SubscriptionTableModel model;
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const SubscriptionList list = decode(body);
        SubscriptionChunkFeeder feeder(&model);
        feeder.setTargetChunkMs(6);  // as SubscriptionListWidget sets it
        double worstChunk = 0, worstChunkWall = 0;
        Stopwatch chunk;
        QEventLoop loop;
        QObject::connect(&feeder, &SubscriptionChunkFeeder::progress, [&] {
            worstChunk = std::max(worstChunk, chunk.cpuMs());
            worstChunkWall = std::max(worstChunkWall, chunk.wallMs());
            chunk.start();
        });
        QObject::connect(&feeder, &SubscriptionChunkFeeder::finished, &loop, &QEventLoop::quit);
        chunk.start();
        feeder.start(list);
        if (feeder.isRunning())
            loop.exec();
        Stopwatch t;
        t.start();
        proxy.setSearchText(QStringLiteral("p"));
        proxy.rowCount();
        interactions.add("First filter keystroke after a load (builds no keys: the chunks did)", t.cpuMs(), t.wallMs());
        interactions.add("Longest chunk of the console's load (6 ms target; model, search keys, proxies)", worstChunk,
                         worstChunkWall);
        if (run > 0)
            continue;
        row("Load through the chunk feeder (6 ms target, search keys built per chunk): longest chunk, CPU", worstChunk,
            "ms", "goal <= 16 ms");
        rowOne("First keystroke after that load", t, "goal <= 16 ms");
    }

    // ---- filter keystrokes and sorting --------------------------------------------------------
    for (int run = 0; run < opt.runs; ++run) {
        const bool print = run == 0;  // the detailed rows once; every run feeds the interactions
        SubscriptionTableModel model;
        model.setSubscriptions(decode(body));
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.rowCount();
        const QString typed = QStringLiteral("partner-4217");
        double worstTypedWall = 0;
        auto typeAndErase = [&](std::vector<double> &narrowing, std::vector<double> &widening, double *first) {
            QString text;
            Stopwatch t;
            worstTypedWall = 0;
            for (const QChar c : typed) {
                text += c;
                t.start();
                proxy.setSearchText(text);
                proxy.rowCount();  // a view asks at once; the proxy builds its mapping lazily
                const double d = t.cpuMs();
                if (first && text.size() == 1) {
                    *first = d;
                } else {
                    narrowing.push_back(d);
                    worstTypedWall = std::max(worstTypedWall, t.wallMs());
                }
            }
            while (!text.isEmpty()) {
                text.chop(1);
                t.start();
                proxy.setSearchText(text);
                proxy.rowCount();
                widening.push_back(t.cpuMs());
            }
        };
        std::vector<double> narrowing, widening;
        double first = 0;
        typeAndErase(narrowing, widening, &first);
        interactions.add("Filter keystroke, worst while typing, unsorted",
                         *std::max_element(narrowing.begin(), narrowing.end()), worstTypedWall);
        if (print) {
            row("First keystroke (builds lower-cased haystacks), CPU", first, "ms", "once per load");
            row("Filter keystroke, typing, unsorted: median", median(narrowing), "ms", "");
            row("Filter keystroke, typing, unsorted: worst", *std::max_element(narrowing.begin(), narrowing.end()),
                "ms", "goal < 50 ms");
            row("Filter keystroke, erasing, unsorted: worst", *std::max_element(widening.begin(), widening.end()), "ms",
                "goal < 50 ms");
        }

        // A click on a column header: the sort runs off the GUI thread; what the window feels is the
        // longest turn of its event loop until the rows are in order (taking the column's values,
        // then installing the order), and the wait is the wall time until then.
        const auto sortAndWait = [&proxy](int column, Qt::SortOrder order) {
            return longestStall([&proxy, column, order](std::function<void()> done) {
                proxy.sort(column, order);
                if (!proxy.isSorting()) {
                    done();
                    return;
                }
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = QObject::connect(&proxy, &SubscriptionFilterProxyModel::sortingChanged,
                                               [connection, done](bool sorting) {
                                                   if (!sorting) {
                                                       QObject::disconnect(*connection);
                                                       done();
                                                   }
                                               });
            });
        };
        Stopwatch t;
        for (int column = 0; column < SubscriptionTableModel::ColumnCount; ++column) {
            QElapsedTimer wall;
            wall.start();
            const Stall first = sortAndWait(column, Qt::AscendingOrder);
            const double untilSorted = double(wall.nsecsElapsed()) / 1e6;
            wall.start();
            const Stall reversed = sortAndWait(column, Qt::DescendingOrder);
            const double untilReversed = double(wall.nsecsElapsed()) / 1e6;
            const QByteArray name = model.headerData(column, Qt::Horizontal).toString().toUtf8();
            interactions.add("Click on the " + name.toStdString() + " header (sort)", first.cpu, first.wall);
            interactions.add("Click on the " + name.toStdString() + " header again (other direction)", reversed.cpu,
                             reversed.wall);
            if (!print)
                continue;
            const QByteArray label = "Sort all rows by " + name
                + ": longest GUI-thread turn, CPU (rows in order after, wall); reversed the same";
            std::printf("| %s | %.1f ms (%.1f ms); %.1f ms (%.1f ms) | | goal <= 16 ms CPU per turn |\n",
                        label.constData(), first.cpu, untilSorted, reversed.cpu, untilReversed);
        }
        proxy.sort(-1);
        sortAndWait(SubscriptionTableModel::UrlColumn, Qt::AscendingOrder);
        narrowing.clear();
        widening.clear();
        typeAndErase(narrowing, widening, nullptr);
        interactions.add("Filter keystroke, worst while typing, sorted by URL",
                         *std::max_element(narrowing.begin(), narrowing.end()), worstTypedWall);
        if (!print)
            continue;
        row("Filter keystroke, typing, sorted by URL: worst", *std::max_element(narrowing.begin(), narrowing.end()),
            "ms", "goal < 50 ms");
        row("Filter keystroke, erasing, sorted by URL: worst", *std::max_element(widening.begin(), widening.end()),
            "ms", "goal < 50 ms");
        proxy.setQuickFilter(SubscriptionFilterProxyModel::Failing);
        proxy.rowCount();
        t.start();
        proxy.setQuickFilter(SubscriptionFilterProxyModel::Enabled);
        proxy.rowCount();
        rowOne("Quick filter switch (Failing -> Enabled), sorted", t);
        proxy.setQuickFilter(SubscriptionFilterProxyModel::All);
        proxy.rowCount();

        // One optimistic toggle with a sorted proxy attached (what a click costs).
        const qint64 id = std::min(4217, opt.rows);
        t.start();
        const quint64 ticket = model.setEnabledOptimistic(id, false);
        proxy.rowCount();
        rowOne("Optimistic toggle of one row, sorted proxy attached", t);
        t.start();
        model.rollback(id, QStringLiteral("x"), ticket);
        proxy.rowCount();
        rowOne("Rollback of one row, sorted proxy attached", t);
        // A refresh of the same 100k list with a handful of changes (diffed, no reset).
        SubscriptionList refreshed = decode(body);
        for (int i = 0; i < 10; ++i)
            refreshed[i * (opt.rows / 10)].enabled = !refreshed[i * (opt.rows / 10)].enabled;
        t.start();
        model.setSubscriptions(std::move(refreshed));
        proxy.rowCount();
        rowOne("Refresh 100k with 10 changed rows (diff), sorted proxy", t);
    }

    // ---- event-loop stalls --------------------------------------------------------------------
    {
        auto decoded = std::make_shared<SubscriptionList>(decode(body));
        SubscriptionTableModel model;
        SubscriptionFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SubscriptionTableModel::UrlColumn);
        proxy.rowCount();
        const Stall single = longestStall([&](std::function<void()> done) {
            model.setSubscriptions(*decoded);
            proxy.rowCount();
            done();
        });
        rowStall("Stall: one setSubscriptions(100k), sorted proxy attached", single, "goal < 50 ms");

        model.clear();
        const auto thenResort = [&proxy](std::function<void()> done) {
            return [&proxy, done] {
                // The ui's last step after the final batch, in its own turn of the event loop.
                QTimer::singleShot(0, &proxy, [&proxy, done] {
                    proxy.rowCount();
                    done();
                });
            };
        };
        proxy.rowCount();
        const Stall chunked = longestStall(
            [&](std::function<void()> done) { appendInChunks(&model, decoded, opt.chunk, 0, thenResort(done)); });
        std::snprintf(note, sizeof note, "chunks of %d rows, goal < 50 ms", opt.chunk);
        rowStall("Stall: appendBatch chunks from a zero-timer, sorted proxy", chunked, note);

        model.clear();
        // The whole path: parse + decode on a worker thread, chunks appended on the GUI thread.
        const Stall threaded = longestStall([&](std::function<void()> finished) {
            auto *receiver = new QObject;
            const auto done = thenResort(finished);
            std::thread([&body, receiver, &model, chunk = opt.chunk, done] {
                auto list = std::make_shared<SubscriptionList>(decode(body));
                QMetaObject::invokeMethod(
                    receiver,
                    [receiver, list, &model, chunk, done] {
                        appendInChunks(&model, list, chunk, 0, done);
                        receiver->deleteLater();
                    },
                    Qt::QueuedConnection);
            }).detach();
        });
        std::snprintf(note, sizeof note, "decode on a worker thread, chunks of %d rows", opt.chunk);
        rowStall("Stall: whole load from the body, off-thread decode", threaded, note);
        if (model.rowCount() != opt.rows)
            return 4;

        model.clear();
        const Stall decodeOnGui = longestStall([&](std::function<void()> done) {
            model.setSubscriptions(decode(body));
            proxy.rowCount();
            done();
        });
        rowStall("Stall: decode + setSubscriptions on the GUI thread", decodeOnGui, "what to avoid");
    }
    interactions.print(opt.runs);
    return 0;
}
