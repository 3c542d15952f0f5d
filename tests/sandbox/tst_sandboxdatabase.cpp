// SandboxDatabase refuses a damaged file: in-process, and the real webhook-sandbox binary refuses
// to start on it with a message naming the file (a damaged file used to be served silently: a
// list came back short with 200).
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SubscriptionStore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyFileOpens();
    void damagedFileIsRefused();

private:
    QString makeDatabase(int rows);

    QTemporaryDir m_dir;
};

QString TestSandboxDatabase::makeDatabase(int rows)
{
    const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(QRandomGenerator::global()->generate()));
    SandboxDatabase database;
    QString error;
    if (!database.open(path, &error)) {
        qWarning() << error;
        return {};
    }
    SubscriptionStore store(database);
    database.db().transaction();
    for (int i = 0; i < rows; ++i) {
        store.create(1, QStringLiteral("https://example.com/%1").arg(i), QString(300, QChar(u'a' + i % 26)), true, {},
                     QDateTime::currentMSecsSinceEpoch());
    }
    database.db().commit();
    // Everything into the main file, so that damage to it is damage to the data.
    QSqlQuery(database.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

void TestSandboxDatabase::healthyFileOpens()
{
    const QString path = makeDatabase(50);
    QVERIFY(!path.isEmpty());
    SandboxDatabase database;
    QString error;
    QVERIFY2(database.open(path, &error), qPrintable(error));
}

void TestSandboxDatabase::damagedFileIsRefused()
{
    const QString path = makeDatabase(500);
    QVERIFY(!path.isEmpty());
    // Overwrite one page in the middle of the subscriptions' b-tree with noise.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 20 * pageSize);
        QVERIFY(file.seek((file.size() / pageSize / 2) * pageSize));
        QByteArray noise(int(pageSize), Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        QCOMPARE(file.write(noise), qint64(pageSize));
    }
    {
        SandboxDatabase database;
        QString error;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("damaged")), qPrintable(error));
    }
    QProcess sandbox;
    sandbox.start(
        QStringLiteral(WEBHOOK_SANDBOX_EXE),
        {QStringLiteral("serve"), QStringLiteral("--db"), path, QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(sandbox.waitForFinished(30000));  // refuses at once instead of serving
    QVERIFY(sandbox.exitCode() != 0);
    const QString stderrText = QString::fromUtf8(sandbox.readAllStandardError());
    QVERIFY2(stderrText.contains(path) && stderrText.contains(QStringLiteral("damaged")), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestSandboxDatabase)
#include "tst_sandboxdatabase.moc"
