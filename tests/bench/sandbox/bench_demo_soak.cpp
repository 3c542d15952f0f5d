// Demo soak: `webhook-sandbox serve --demo` left alone on a compressed schedule, and how many
// attempts to the endpoints the demo means to be healthy (mode=ok) were delivered, per compressed
// minute. The demo's endpoints all share one host:port with two that never answer (mode=slow).
// Every demo duration (event interval 3 s, retry interval 10 s, delivery timeout 3 s) is divided by
// the compression, so one compressed minute lasts 60 s / compression. Prints a Markdown table.
// Run: <build>/bin/bench_demo_soak [minutes=60] [compression=5] [sandbox=<built webhook-sandbox>]
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
struct Minute
{
    int attempts = 0;
    int delivered = 0;
    int timedOut = 0;
    int firstAttempts = 0;
    int firstDelivered = 0;
};

QString ms(double value)
{
    return QString::number(qint64(value)) + QStringLiteral("ms");
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int minutes = args.size() > 1 ? args[1].toInt() : 60;
    const double compression = args.size() > 2 ? args[2].toDouble() : 5.0;
    const QString sandbox = args.size() > 3 ? args[3] : QStringLiteral(WEBHOOK_SANDBOX_EXE);
    if (minutes <= 0 || compression <= 0) {
        std::fprintf(stderr, "usage: bench_demo_soak [minutes=60] [compression=5] [sandbox]\n");
        return 2;
    }
    const qint64 minuteMs = qint64(60'000 / compression);

    QTemporaryDir dir;
    const QString dbPath = dir.path() + QStringLiteral("/demo.sqlite");
    const QStringList serve{QStringLiteral("serve"),
                            QStringLiteral("--demo"),
                            QStringLiteral("--quiet"),
                            QStringLiteral("--port"),
                            QStringLiteral("0"),
                            QStringLiteral("--db"),
                            dbPath,
                            QStringLiteral("--demo-traffic-interval"),
                            ms(3'000 / compression),
                            QStringLiteral("--retry-interval"),
                            ms(10'000 / compression),
                            QStringLiteral("--delivery-timeout"),
                            ms(3'000 / compression)};
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(sandbox, serve);
    QByteArray out;
    while (!out.contains("listening:") && process.waitForReadyRead(30'000))
        out += process.readAllStandardOutput();
    if (!out.contains("listening:")) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", out.constData());
        return 1;
    }
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    std::printf("%s %s\n", qPrintable(sandbox), qPrintable(serve.join(u' ')));
    std::printf("left alone for %d compressed minutes (%lld ms each, %.1f real minutes)\n", minutes, minuteMs,
                double(minutes * minuteMs) / 60'000.0);
    std::fflush(stdout);

    QTimer::singleShot(int(minutes * minuteMs), &app, &QCoreApplication::quit);
    QTimer progress;
    int shown = 0;
    QObject::connect(&progress, &QTimer::timeout, &app,
                     [&] { std::fprintf(stderr, "compressed minute %d of %d\n", ++shown, minutes); });
    progress.start(int(minuteMs));
    app.exec();
    process.terminate();
    process.waitForFinished(10'000);

    QVector<Minute> perMinute(minutes);
    int failingHealthy = 0;
    int healthy = 0;
    int failingAll = 0;
    int enabledAll = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak"));
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(dbPath));
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT a.at, a.number, a.status_code, a.error FROM attempts a"
                           " JOIN deliveries d ON d.id = a.delivery_id JOIN subscriptions s ON s.id = d.subscription_id"
                           " WHERE s.url LIKE '%mode=ok%' AND a.at >= ?"));
        q.addBindValue(startMs);
        q.exec();
        while (q.next()) {
            const int m = int((q.value(0).toLongLong() - startMs) / minuteMs);
            if (m < 0 || m >= minutes)
                continue;
            Minute &minute = perMinute[m];
            const int status = q.value(2).isNull() ? 0 : q.value(2).toInt();
            const bool ok = status >= 200 && status < 300;
            ++minute.attempts;
            minute.delivered += ok ? 1 : 0;
            minute.timedOut += q.value(3).toString().startsWith(u"Timed out") ? 1 : 0;
            if (q.value(1).toInt() == 1) {
                ++minute.firstAttempts;
                minute.firstDelivered += ok ? 1 : 0;
            }
        }
        QSqlQuery s(db);
        s.exec(QStringLiteral("SELECT url, failing_since IS NOT NULL FROM subscriptions WHERE enabled = 1"));
        while (s.next()) {
            const bool failing = s.value(1).toBool();
            ++enabledAll;
            failingAll += failing ? 1 : 0;
            if (s.value(0).toString().contains(u"mode=ok")) {
                ++healthy;
                failingHealthy += failing ? 1 : 0;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("soak"));

    std::printf("\n| Compressed minute | Attempts to healthy endpoints | Delivered | Delivered %% | Timed out | First "
                "attempts delivered |\n");
    std::printf("|---|---|---|---|---|---|\n");
    Minute total;
    for (int m = 0; m < minutes; ++m) {
        const Minute &x = perMinute[m];
        std::printf("| %d | %d | %d | %.1f %% | %d | %d of %d |\n", m + 1, x.attempts, x.delivered,
                    x.attempts ? 100.0 * x.delivered / x.attempts : 100.0, x.timedOut, x.firstDelivered,
                    x.firstAttempts);
        total.attempts += x.attempts;
        total.delivered += x.delivered;
        total.timedOut += x.timedOut;
        total.firstAttempts += x.firstAttempts;
        total.firstDelivered += x.firstDelivered;
    }
    std::printf("| all | %d | %d | %.2f %% | %d | %d of %d |\n", total.attempts, total.delivered,
                total.attempts ? 100.0 * total.delivered / total.attempts : 100.0, total.timedOut, total.firstDelivered,
                total.firstAttempts);
    std::printf("\nAt the end: %d of %d healthy subscriptions failing; %d of %d enabled subscriptions failing.\n",
                failingHealthy, healthy, failingAll, enabledAll);
    return 0;
}
