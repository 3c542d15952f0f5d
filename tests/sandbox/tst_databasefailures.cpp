// The real webhook-sandbox binary with its database broken under it while it runs (a table taken
// away through a second SQLite connection, a page of the file overwritten): every request that
// needs the broken part answers 500 with a log line, never a shorter list or a wrong 401/404,
// the process stays up, and it serves again once the database is whole.
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "kit/SandboxSeeder.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <tuple>

namespace {
const QString internalError = QStringLiteral("Internal Server Error: the sandbox database failed");

// A second connection to the sandbox's file, as another process would have.
class SecondConnection
{
public:
    explicit SecondConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~SecondConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The first column of the first row, or an invalid QVariant with a warning.
    QVariant exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        return query.next() ? query.value(0) : QVariant(0);
    }

private:
    QString m_name;
};

SandboxSeeder::Row row(int i)
{
    // Long descriptions: 41 rows fill several pages of the table.
    return {QStringLiteral("https://partner-%1.example.com/hook").arg(i),
            QString(300, QChar(u'a' + i % 26)),
            true,
            {QStringLiteral("orders.created")}};
}

bool detailIsInternalError(const SandboxReply &reply)
{
    return reply.json().object().value(QStringLiteral("detail")).toString() == internalError;
}
}  // namespace

class TestDatabaseFailures : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_process;  // a database of its own for every test
    SandboxHttp m_http;

    SandboxProcess &sandbox() { return *m_process; }

private Q_SLOTS:
    void init()
    {
        m_process = std::make_unique<SandboxProcess>();
        QVERIFY2(sandbox().start({QStringLiteral("--quiet")}), qPrintable(sandbox().standardError()));
        m_http.setBase(sandbox().baseUrl());
    }
    void cleanup() { m_process.reset(); }

    // Every endpoint that reads or writes subscriptions answers 500 while the table is gone, and
    // the same process serves again once it is back.
    void aMissingTableIs500UntilItIsBack()
    {
        QString error;
        QVERIFY2(SandboxSeeder::seed(sandbox().dbPath(), 3, row, &error), qPrintable(error));
        const QByteArray key = sandbox().apiKey();
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/1"), key).status, 200);
        SecondConnection other(sandbox().dbPath());
        other.exec(QStringLiteral("ALTER TABLE subscriptions RENAME TO subscriptions_away"));

        const SandboxReply list = m_http.get(QStringLiteral("/api/v1/webhooks/"), key);
        QCOMPARE(list.status, 500);
        QVERIFY2(detailIsInternalError(list), list.body.constData());
        for (const auto &[method, path, body] :
             {std::tuple<QByteArray, QString, QByteArray>{"GET", QStringLiteral("/api/v1/webhooks/1"), {}},
              {"PATCH", QStringLiteral("/api/v1/webhooks/1"), R"({"enabled":false})"},
              {"DELETE", QStringLiteral("/api/v1/webhooks/2"), {}},
              {"POST", QStringLiteral("/api/v1/webhooks/"), R"({"url":"https:\/\/new.example\/hook"})"},
              {"GET", QStringLiteral("/api/v1/webhooks/1/deliveries"), {}},
              {"GET", QStringLiteral("/api/v1/webhooks/1/deliveries/1"), {}},
              {"POST", QStringLiteral("/api/v1/webhooks/1/deliveries/1/retry"), {}}}) {
            const SandboxReply reply = m_http.send(method, path, key, body);
            QVERIFY2(reply.status == 500 && detailIsInternalError(reply),
                     qPrintable(QString::fromLatin1(method) + u' ' + path + u' ' + QString::number(reply.status)));
        }
        // An event is never stored without the deliveries it owes: nothing is, and it says so.
        const SandboxReply event = m_http.post(QStringLiteral("/api/v1/events"), key, R"({"event":"orders.created"})");
        QCOMPARE(event.status, 503);
        QCOMPARE(other.exec(QStringLiteral("SELECT COUNT(*) FROM events")).toInt(), 0);
        QCOMPARE(sandbox().process()->state(), QProcess::Running);

        other.exec(QStringLiteral("ALTER TABLE subscriptions_away RENAME TO subscriptions"));
        const SandboxReply back = m_http.get(QStringLiteral("/api/v1/webhooks/"), key);
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json().array().size(), 3);
        QCOMPARE(m_http.patch(QStringLiteral("/api/v1/webhooks/1"), key, R"({"enabled":false})").status, 200);

        sandbox().stop();
        const QString log = sandbox().standardError();
        QVERIFY2(log.contains(QStringLiteral("database error: cannot list the subscriptions: no such table: "
                                             "subscriptions")),
                 qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("database error: cannot read subscription 1: ")));
        QVERIFY(log.contains(QStringLiteral("database error: cannot publish an event: ")));
        QVERIFY(log.contains(QStringLiteral("FROM subscriptions")));  // the statement is named
        QVERIFY(!log.contains(QString::fromLatin1(key)));
        QVERIFY(!log.contains(QStringLiteral("sbx_")));
    }

    // A key table that cannot be read is the server's failure, not the caller's wrong key.
    void anUnreadableKeyTableIs500Not401()
    {
        const QByteArray late = sandbox().createKey(QStringLiteral("late"));  // not yet seen by the server
        QVERIFY(!late.isEmpty());
        SecondConnection other(sandbox().dbPath());
        other.exec(QStringLiteral("ALTER TABLE api_keys RENAME TO api_keys_away"));
        const SandboxReply reply = m_http.get(QStringLiteral("/api/v1/webhooks/"), late);
        QCOMPARE(reply.status, 500);
        QVERIFY(detailIsInternalError(reply));
        QVERIFY(reply.hasHeader("X-RateLimit-Remaining"));
        other.exec(QStringLiteral("ALTER TABLE api_keys_away RENAME TO api_keys"));
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/"), late).status, 200);
        sandbox().stop();
        QVERIFY(sandbox().standardError().contains(QStringLiteral("database error: cannot read the API key: ")));
        QVERIFY(!sandbox().standardError().contains(QStringLiteral("sbx_")));
    }

    // The finding: one page of the table overwritten after start, and the list answered 2 of 41
    // with 200. Now the list and a get of a row on that page are 500; the rest of the server lives.
    void aDamagedPageIsNeverAShortList()
    {
        QString error;
        QVERIFY2(SandboxSeeder::seed(sandbox().dbPath(), 41, row, &error), qPrintable(error));
        const QByteArray key = sandbox().apiKey();
        {
            SecondConnection other(sandbox().dbPath());
            // Every page into the file itself, so that what is written there is what is read.
            QCOMPARE(other.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt(), 0);
            const int pageSize = other.exec(QStringLiteral("PRAGMA page_size")).toInt();
            const qint64 root =
                other.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'subscriptions'"))
                    .toLongLong();
            QVERIFY(pageSize >= 512);
            QFile file(sandbox().dbPath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((root - 1) * pageSize));
            const QByteArray rootPage = file.read(pageSize);
            QCOMPARE(int(quint8(rootPage.at(0))), 0x05);  // an interior page: the rows span leaves
            // Its right-most child holds the last rows (id 41 among them): junk over it.
            const qint64 lastLeaf = (qint64(quint8(rootPage.at(8))) << 24) | (quint8(rootPage.at(9)) << 16)
                | (quint8(rootPage.at(10)) << 8) | quint8(rootPage.at(11));
            QVERIFY(lastLeaf > 1 && lastLeaf != root);
            QVERIFY(file.seek((lastLeaf - 1) * pageSize));
            QCOMPARE(file.write(QByteArray(pageSize, char(0xA5))), qint64(pageSize));
            file.close();
            // A commit by another connection: the server's next read drops what it had cached.
            other.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('poke', '1') "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        }

        const SandboxReply list = m_http.get(QStringLiteral("/api/v1/webhooks/"), key);
        QVERIFY2(
            list.status == 500,
            qPrintable(QStringLiteral("%1 with %2 subscriptions").arg(list.status).arg(list.json().array().size())));
        QVERIFY(detailIsInternalError(list));
        const SandboxReply damaged = m_http.get(QStringLiteral("/api/v1/webhooks/41"), key);
        QCOMPARE(damaged.status, 500);
        QVERIFY(detailIsInternalError(damaged));
        // The server is up and answers what does not need the damaged page.
        QCOMPARE(m_http.get(QStringLiteral("/api/v1/webhooks/types"), key).status, 200);
        QCOMPARE(sandbox().process()->state(), QProcess::Running);

        sandbox().stop();
        const QString log = sandbox().standardError();
        QVERIFY2(log.contains(QStringLiteral("database error: cannot list the subscriptions: ")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("database error: cannot read subscription 41: ")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFailures)
#include "tst_databasefailures.moc"
