#include "common/UnicodeText.h"

#include <QTest>

class TestUnicodeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("hooks") << 5;
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x8E\x89") << 2;
        QTest::newRow("combining") << (QStringLiteral("e") + QChar(0x0301)) << 2;
        QTest::newRow("cjk") << QString::fromUtf8("\xE6\xBC\xA2\xE5\xAD\x97") << 2;
        QTest::newRow("lone high") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << 3;
    }
    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(UnicodeText::codePoints(text), qsizetype(expected));
    }

    void loneSurrogates()
    {
        QVERIFY(!UnicodeText::hasLoneSurrogate(QString::fromUtf8("\xF0\x9F\x98\x80")));
        QVERIFY(UnicodeText::hasLoneSurrogate(QString(QChar(0xD800))));
        QVERIFY(UnicodeText::hasLoneSurrogate(QString(QChar(0xDC00)) + u'x'));
        QVERIFY(UnicodeText::hasLoneSurrogate(QString(QChar(0xDC00)) + QChar(0xD800)));  // wrong order
    }

    void loneSurrogateEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("lone");
        QTest::newRow("plain") << QByteArray(R"({"a":"b"})") << false;
        QTest::newRow("pair") << QByteArray(R"({"a":"\ud83d\ude00"})") << false;
        QTest::newRow("upper-case pair") << QByteArray(R"({"a":"\uD83D\uDE00"})") << false;
        QTest::newRow("high then letter") << QByteArray(R"({"a":"a\ud800b"})") << true;
        QTest::newRow("high at end") << QByteArray(R"({"a":"\ud800"})") << true;
        QTest::newRow("low alone") << QByteArray(R"({"a":"\udc00"})") << true;
        QTest::newRow("two highs") << QByteArray(R"({"a":"\ud800\ud800"})") << true;
        QTest::newRow("escaped backslash") << QByteArray(R"({"a":"\\ud800"})") << false;
        QTest::newRow("other escapes") << QByteArray(R"({"a":"\"\n\u00e9"})") << false;
        QTest::newRow("truncated") << QByteArray(R"({"a":"\ud8)") << false;
    }
    void loneSurrogateEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, lone);
        QCOMPARE(UnicodeText::hasLoneSurrogateEscape(json), lone);
    }
};

QTEST_GUILESS_MAIN(TestUnicodeText)
#include "tst_unicodetext.moc"
