#include "common/CsvWriter.h"
#include "kit/PythonCsv.h"
#include "kit/Require.h"

#include <QTest>

namespace {

// Fields that a naive writer gets wrong, with non-ASCII text a spreadsheet must not garble.
QList<QStringList> trickyRecords()
{
    return {
        {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("url")},
        {QStringLiteral("1"), QStringLiteral("plain"), QStringLiteral("https://example.com/a")},
        {QStringLiteral("2"), QStringLiteral("a, b and c"), QStringLiteral("https://example.com/b?x=1,2")},
        {QStringLiteral("3"), QStringLiteral("say \"hi\""), QStringLiteral("\"")},
        {QStringLiteral("4"), QStringLiteral("line one\nline two"), QStringLiteral("cr\rhere")},
        {QStringLiteral("5"), QStringLiteral("crlf\r\nend\r\n"), QString()},
        {QStringLiteral("6"), QString::fromUtf8("Bäckerei Müller, 漢字 \xF0\x9F\x8E\x89"),
         QStringLiteral("e") + QChar(0x0301) + QStringLiteral("\u0308")},
        {QStringLiteral("7"), QStringLiteral(" leading and trailing "), QStringLiteral(",")},
        {QStringLiteral("8"), QString(), QString()},
    };
}

QByteArray write(const QList<QStringList> &records, bool bom = false)
{
    QString text;
    for (const QStringList &r : records)
        text += CsvWriter::record(r);
    return (bom ? CsvWriter::byteOrderMark() : QByteArray()) + text.toUtf8();
}

}  // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreQuotedOnlyWhenTheyMustBe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("space") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("non-ascii") << QString::fromUtf8("漢字") << QString::fromUtf8("漢字");
    }
    void fieldsAreQuotedOnlyWhenTheyMustBe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void recordsEndInCrLf()
    {
        QCOMPARE(CsvWriter::record({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
                 QStringLiteral("a,\"b,c\",\r\n"));
        QCOMPARE(CsvWriter::record({}), QStringLiteral("\r\n"));
    }

    void formulaLookingTextIsGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+49 30") << QStringLiteral("'+49 30");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inside") << QStringLiteral("a=1") << QStringLiteral("a=1");
        QTest::newRow("url") << QStringLiteral("https://x/?a=-1") << QStringLiteral("https://x/?a=-1");
        QTest::newRow("empty") << QString() << QString();
    }
    void formulaLookingTextIsGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::guardFormula(text), expected);
    }

    void roundTripsThroughPythonsCsvModule_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("plain UTF-8") << false;
        QTest::newRow("with byte order mark") << true;
    }
    void roundTripsThroughPythonsCsvModule()
    {
        QFETCH(bool, bom);
        WEBHOOK_REQUIRE(!PythonCsv::python().isEmpty(), "python3 is needed to read CSV back");
        const QList<QStringList> records = trickyRecords();
        const QByteArray csv = write(records, bom);
        QCOMPARE(csv.startsWith(CsvWriter::byteOrderMark()), bom);
        QString error;
        const auto parsed = PythonCsv::parse(csv, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, records);
    }

    void guardedFormulasComeBackWithTheirQuote()
    {
        WEBHOOK_REQUIRE(!PythonCsv::python().isEmpty(), "python3 is needed to read CSV back");
        const QStringList descriptions{QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")"),
                                       QStringLiteral("+1, -1"), QStringLiteral("@cmd\n=2"),
                                       QStringLiteral("\tpadded")};
        QList<QStringList> records;
        for (const QString &d : descriptions)
            records << QStringList{CsvWriter::guardFormula(d)};
        QString error;
        const auto parsed = PythonCsv::parse(write(records), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->size(), descriptions.size());
        for (qsizetype i = 0; i < descriptions.size(); ++i)
            QCOMPARE(parsed->at(i), QStringList{u'\'' + descriptions[i]});
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
