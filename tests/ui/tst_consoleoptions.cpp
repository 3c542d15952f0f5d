// The console's command line: --demo, --profile, --rate-window, --sandbox, --help, --version.

#include "ui/ConsoleOptions.h"

#include <QCoreApplication>
#include <QTest>

class TstConsoleOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("webhook-console"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void defaults()
    {
        ConsoleOptions o;
        QString message;
        QCOMPARE(ConsoleOptions::parse({QStringLiteral("webhook-console")}, &o, &message),
                 ConsoleOptions::Outcome::Run);
        QVERIFY(!o.demo);
        QVERIFY(o.profile.isEmpty());
        QVERIFY(!o.rateWindowMs);
    }

    void demoWithWindowAndSandbox()
    {
        ConsoleOptions o;
        QString message;
        QCOMPARE(ConsoleOptions::parse({QStringLiteral("webhook-console"), QStringLiteral("--demo"),
                                        QStringLiteral("--rate-window"), QStringLiteral("1s"),
                                        QStringLiteral("--sandbox"), QStringLiteral("/opt/x/webhook-sandbox")},
                                       &o, &message),
                 ConsoleOptions::Outcome::Run);
        QVERIFY(o.demo);
        QCOMPARE(o.rateWindowMs, std::optional<qint64>(1000));
        QCOMPARE(o.sandboxExecutable, QStringLiteral("/opt/x/webhook-sandbox"));
    }

    void profile()
    {
        ConsoleOptions o;
        QString message;
        QCOMPARE(ConsoleOptions::parse(
                     {QStringLiteral("webhook-console"), QStringLiteral("--profile"), QStringLiteral("Production")}, &o,
                     &message),
                 ConsoleOptions::Outcome::Run);
        QCOMPARE(o.profile, QStringLiteral("Production"));
    }

    void helpAndVersion()
    {
        ConsoleOptions o;
        QString message;
        QCOMPARE(ConsoleOptions::parse({QStringLiteral("webhook-console"), QStringLiteral("--help")}, &o, &message),
                 ConsoleOptions::Outcome::ExitOk);
        QVERIFY(message.contains(QStringLiteral("--demo")));
        QVERIFY(message.contains(QStringLiteral("--rate-window")));
        QCOMPARE(ConsoleOptions::parse({QStringLiteral("webhook-console"), QStringLiteral("--version")}, &o, &message),
                 ConsoleOptions::Outcome::ExitOk);
        QVERIFY(message.contains(QStringLiteral("9.8.7")));
    }

    void badInputSaysWhy()
    {
        ConsoleOptions o;
        QString message;
        QCOMPARE(ConsoleOptions::parse(
                     {QStringLiteral("webhook-console"), QStringLiteral("--rate-window"), QStringLiteral("soon")}, &o,
                     &message),
                 ConsoleOptions::Outcome::ExitError);
        QVERIFY(message.contains(QStringLiteral("soon")));
        QCOMPARE(
            ConsoleOptions::parse({QStringLiteral("webhook-console"), QStringLiteral("--frobnicate")}, &o, &message),
            ConsoleOptions::Outcome::ExitError);
        QVERIFY(message.contains(QStringLiteral("frobnicate")));
        QCOMPARE(ConsoleOptions::parse({QStringLiteral("webhook-console"), QStringLiteral("extra")}, &o, &message),
                 ConsoleOptions::Outcome::ExitError);
    }
};

QTEST_GUILESS_MAIN(TstConsoleOptions)
#include "tst_consoleoptions.moc"
