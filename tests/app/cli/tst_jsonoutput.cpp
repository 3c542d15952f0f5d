// JsonOutput: the streamed subscription list is, byte for byte, the document it replaces.
#include "cli/JsonOutput.h"

#include <QBuffer>
#include <QTest>

class TestJsonOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedListEqualsTheDocument_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("several") << 5;
    }
    void streamedListEqualsTheDocument()
    {
        QFETCH(int, count);
        SubscriptionList list;
        for (int i = 0; i < count; ++i) {
            Subscription s;
            if (i != 2)
                s.id = 1000 + i;  // one without an id (the schema allows null)
            s.url = QStringLiteral("https://example.com/%1").arg(i);
            if (i % 2 == 0)
                s.description = QString::fromUtf8("Bestellung \"%1\" \xE2\x80\x93 \xF0\x9F\x98\x80\n").arg(i);
            s.enabled = i % 3 != 0;
            s.createdAt = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), Qt::UTC);
            if (i == 1)
                s.events = QStringList{QStringLiteral("orders.created"), QStringLiteral("orders.paid")};
            list << s;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QTextStream out(&buffer);
            JsonOutput::writeSubscriptions(out, list);
        }
        QCOMPARE(buffer.data(), JsonOutput::toText(JsonOutput::subscriptions(list)));
    }
};

QTEST_GUILESS_MAIN(TestJsonOutput)
#include "tst_jsonoutput.moc"
