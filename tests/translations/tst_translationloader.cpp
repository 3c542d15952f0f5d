// TranslationLoader picks the language (system or chosen), installs the embedded catalogues and
// the locale for dates and numbers. The test embeds the real .qm files (built from translations/)
// under :/i18n, as the programs do, and checks that every German message arrives in the program.
#include "common/TranslationLoader.h"
#include "translations/TsFile.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTranslationLoader : public QObject
{
    Q_OBJECT
public:
    // A system as under Xvfb or in a container: German asked for in LANGUAGE, C formats in LANG.
    // The explicit-locale tests below do not read the system locale.
    static void initMain()
    {
        qunsetenv("LC_ALL");
        qunsetenv("LC_TIME");
        qputenv("LANG", "C.UTF-8");
        qputenv("LANGUAGE", "de");
    }

private slots:
    void resolvesChoices_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit de") << "de"
                                     << "en_US"
                                     << "de";
        QTest::newRow("explicit en") << "en"
                                     << "de_DE"
                                     << "en";
        QTest::newRow("explicit, any case") << " DE "
                                            << "fr_FR"
                                            << "de";
        QTest::newRow("system German") << "system"
                                       << "de_DE"
                                       << "de";
        QTest::newRow("system Austrian German") << "system"
                                                << "de_AT"
                                                << "de";
        QTest::newRow("empty is system") << ""
                                         << "de_CH"
                                         << "de";
        QTest::newRow("system English") << "system"
                                        << "en_GB"
                                        << "en";
        QTest::newRow("unsupported system falls back to English") << "system"
                                                                  << "fr_FR"
                                                                  << "en";
        QTest::newRow("unknown choice follows the system") << "xx"
                                                           << "de_DE"
                                                           << "de";
        QTest::newRow("C locale") << "system"
                                  << "C"
                                  << "en";
    }

    void resolvesChoices()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(TranslationLoader::resolve(choice, QLocale(system)), expected);
    }

    void offersEnglishAndGerman()
    {
        QCOMPARE(TranslationLoader::supportedLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(TranslationLoader::displayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(TranslationLoader::displayName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void appliesGermanAndBackToEnglish()
    {
        TranslationLoader loader;
        QSignalSpy changed(&loader, &TranslationLoader::languageChanged);

        QVERIFY2(loader.apply(QStringLiteral("de"), QLocale(QStringLiteral("fr_CH"))),
                 qPrintable(loader.errorString()));
        QCOMPARE(loader.language(), QStringLiteral("de"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(TranslationLoader::displayName(TranslationLoader::systemChoice()), QStringLiteral("Systemsprache"));
        // Formats follow the language, in the user's region (a French-speaking Swiss user gets de_CH).
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().territory(), QLocale::Switzerland);

        QVERIFY(loader.apply(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))));
        QCOMPARE(loader.language(), QStringLiteral("en"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(TranslationLoader::displayName(TranslationLoader::systemChoice()), QStringLiteral("System language"));
        QCOMPARE(QLocale().language(), QLocale::English);

        // The same language again changes nothing visible.
        QVERIFY(loader.apply(QStringLiteral("system"), QLocale(QStringLiteral("en_US"))));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(QLocale(), QLocale(QStringLiteral("en_US")));
    }

    void germanFormatsEvenWhenTheSystemFormatsAreC()
    {
        TranslationLoader loader;
        QVERIFY2(loader.apply(TranslationLoader::systemChoice()), qPrintable(loader.errorString()));
        QCOMPARE(loader.language(), QStringLiteral("de"));
        // The system locale names German here but formats dates as C does ("Monday").
        const QDateTime monday(QDate(2026, 12, 7), QTime(10, 31, 5));
        const QString text = QLocale().toString(monday, QLocale::LongFormat);
        QVERIFY2(text.contains(u"Montag") && text.contains(u"Dezember"), qPrintable(text));
        QCOMPARE(QLocale().toString(monday, QLocale::ShortFormat), QStringLiteral("07.12.26 10:31"));
        loader.apply(QStringLiteral("en"), QLocale(QStringLiteral("en_US")));
    }

    void destroyingTheLoaderRemovesItsTranslators()
    {
        {
            TranslationLoader loader;
            QVERIFY(loader.apply(QStringLiteral("de"), QLocale(QStringLiteral("de_DE"))));
            QCOMPARE(TranslationLoader::displayName(TranslationLoader::systemChoice()),
                     QStringLiteral("Systemsprache"));
        }
        QCOMPARE(TranslationLoader::displayName(TranslationLoader::systemChoice()), QStringLiteral("System language"));
    }

    void missingCatalogueIsReportedAndKeepsEnglish()
    {
        QTemporaryDir empty;
        TranslationLoader loader(empty.path(), empty.path());
        QVERIFY(!loader.apply(QStringLiteral("de"), QLocale(QStringLiteral("de_DE"))));
        QVERIFY(!loader.errorString().isEmpty());
        QCOMPARE(loader.language(), QStringLiteral("de"));
        QCOMPARE(TranslationLoader::displayName(TranslationLoader::systemChoice()), QStringLiteral("System language"));
    }

    // Every German message of the committed .ts reaches the program through the embedded .qm.
    void everyGermanMessageIsEmbedded()
    {
        const TsFile ts = TsFile::read(QStringLiteral(WEBHOOK_SOURCE_DIR "/translations/webhook-console_de.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        TranslationLoader loader;
        QVERIFY2(loader.apply(QStringLiteral("de"), QLocale(QStringLiteral("de_DE"))),
                 qPrintable(loader.errorString()));
        // Known messages, written out here: an empty or unloaded catalogue cannot pass these.
        QCOMPARE(QCoreApplication::translate("PendingCloseQuestion", "Changes Not Finished"),
                 QStringLiteral("Änderungen nicht abgeschlossen"));
        QCOMPARE(QCoreApplication::translate("PendingCloseQuestion",
                                             "%n change(s) are still queued or waiting for the server's answer.",
                                             nullptr, 3),
                 QStringLiteral("3 Änderungen warten noch in der Warteschlange oder auf die Antwort des Servers."));
        int checked = 0;
        int finished = 0;
        for (const TsMessage &m : ts.messages) {
            if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("obsolete")
                || m.type == QLatin1String("vanished"))
                continue;  // tst_translations reports these
            ++finished;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                // German: form 0 for one, form 1 for every other count.
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 1),
                         QString(m.forms.value(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 3),
                         QString(m.forms.value(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
            } else {
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation), m.translation);
            }
            ++checked;
        }
        qInfo("%d German messages checked", checked);
        // Every finished message was compared, and the catalogue is not a stub.
        QCOMPARE(checked, finished);
        QVERIFY2(checked > 500, qPrintable(QString::number(checked)));
    }

    // English plural forms: "1 attempt", "3 attempts", never "attempt(s)".
    void englishPluralsAreEmbedded()
    {
        const TsFile ts = TsFile::read(QStringLiteral(WEBHOOK_SOURCE_DIR "/translations/webhook-console_en.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        TranslationLoader loader;
        QVERIFY2(loader.apply(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))),
                 qPrintable(loader.errorString()));
        QCOMPARE(QCoreApplication::translate("BulkCommand", "Disabled %1 of %n subscription(s).", nullptr, 1).arg(1),
                 QStringLiteral("Disabled 1 of 1 subscription."));
        QCOMPARE(QCoreApplication::translate("BulkCommand", "Disabled %1 of %n subscription(s).", nullptr, 3).arg(2),
                 QStringLiteral("Disabled 2 of 3 subscriptions."));
        int checked = 0;
        for (const TsMessage &m : ts.messages) {
            if (!m.numerus || m.type == QLatin1String("unfinished"))
                continue;
            ++checked;
            const QByteArray comment = m.comment.toUtf8();
            const QString one = QCoreApplication::translate(m.context.toUtf8(), m.source.toUtf8(),
                                                            m.comment.isEmpty() ? nullptr : comment.constData(), 1);
            const QString many = QCoreApplication::translate(m.context.toUtf8(), m.source.toUtf8(),
                                                             m.comment.isEmpty() ? nullptr : comment.constData(), 3);
            QVERIFY2(!one.contains(QLatin1String("(s)")) && !many.contains(QLatin1String("(s)")),
                     qPrintable(m.label()));
            QCOMPARE(one, QString(m.forms.value(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
            QCOMPARE(many, QString(m.forms.value(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
        }
        QVERIFY2(checked > 10, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
