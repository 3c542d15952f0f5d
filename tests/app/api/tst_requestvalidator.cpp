// RequestValidator: the documented limits are checked before a request is spent.

#include "api/RequestValidator.h"

#include <QTest>

class TestRequestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data();
    void urls();
    void description();
    void lengthsCountCodePoints();
    void events();
    void draftAndPatch();
};

void TestRequestValidator::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://example.com") << true;
    QTest::newRow("http with port and path") << QStringLiteral("http://127.0.0.1:8080/hooks?x=1") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.com/") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << QStringLiteral("/hooks") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com/hooks") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("spaces") << QStringLiteral("https://exa mple.com") << false;
    QTest::newRow("leading space") << QStringLiteral(" https://example.com") << false;
    QTest::newRow("max length") << QStringLiteral("https://e.com/") + QString(2083 - 14, u'a') << true;
    QTest::newRow("too long") << QStringLiteral("https://e.com/") + QString(2084 - 14, u'a') << false;
}

void TestRequestValidator::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const auto problem = RequestValidator::checkUrl(url);
    QCOMPARE(!problem.has_value(), valid);
    if (problem)
        QVERIFY(!problem->isEmpty());
}

void TestRequestValidator::description()
{
    QVERIFY(!RequestValidator::checkDescription(QString(1000, u'x')));
    QVERIFY(RequestValidator::checkDescription(QString(1001, u'x')));
    QVERIFY(!RequestValidator::checkDescription(QString()));
}

// The vendor's service counts code points (Python's len): an emoji is one character, a base letter
// with a combining accent two, a CJK ideograph one. A lone surrogate is refused.
void TestRequestValidator::lengthsCountCodePoints()
{
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");  // U+1F600, two UTF-16 units
    QCOMPARE(emoji.size(), 2);
    QString thousand;
    for (int i = 0; i < 1000; ++i)
        thousand += emoji;
    QVERIFY(!RequestValidator::checkDescription(thousand));
    QVERIFY(RequestValidator::checkDescription(thousand + emoji));
    const QString accented = QStringLiteral("e") + QChar(0x0301);  // two code points
    QVERIFY(!RequestValidator::checkDescription(accented.repeated(500)));
    QVERIFY(RequestValidator::checkDescription(accented.repeated(500) + u'x'));
    QVERIFY(!RequestValidator::checkDescription(QString(1000, QChar(0x6F22))));  // CJK
    const auto lone = RequestValidator::checkDescription(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
    QVERIFY(lone);
    QVERIFY(lone->contains(QStringLiteral("surrogate")));
    QString longUrl = QStringLiteral("https://example.com/");
    while (longUrl.size() < 2083 - 2)
        longUrl += u'a';
    QVERIFY(!RequestValidator::checkUrl(longUrl + u'b'));
}

void TestRequestValidator::events()
{
    RequestValidator v;
    QVERIFY(!v.checkEvents({QStringLiteral("anything")}));  // types unknown: not checked
    QVERIFY(v.checkEvents({QString()}));
    v.setKnownEventTypes({QStringLiteral("order.created"), QStringLiteral("order.paid")});
    QVERIFY(!v.checkEvents({QStringLiteral("order.paid")}));
    QVERIFY(!v.checkEvents({}));
    const auto problem = v.checkEvents({QStringLiteral("order.paid"), QStringLiteral("order.lost")});
    QVERIFY(problem);
    QVERIFY(problem->contains(QStringLiteral("order.lost")));
}

void TestRequestValidator::draftAndPatch()
{
    RequestValidator v;
    v.setKnownEventTypes({QStringLiteral("a")});
    SubscriptionDraft draft;
    draft.url = QStringLiteral("https://example.com");
    QVERIFY(!v.validateDraft(draft).isError());
    draft.url = QStringLiteral("nope");
    draft.description = QString(1001, u'x');
    draft.events = QStringList{QStringLiteral("b")};
    const ApiError e = v.validateDraft(draft);
    QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(e.fieldErrors.keys(),
             (QStringList{QStringLiteral("description"), QStringLiteral("events"), QStringLiteral("url")}));
    QVERIFY(e.message().contains(QStringLiteral("url")));

    SubscriptionPatch patch;
    QCOMPARE(v.validatePatch(patch).kind, ApiError::Kind::InvalidInput);  // nothing to change
    patch.enabled = false;
    QVERIFY(!v.validatePatch(patch).isError());
    patch.description = QString();  // null: clears the description, allowed
    QVERIFY(!v.validatePatch(patch).isError());
    patch.url = QString();  // null url: refused
    QVERIFY(v.validatePatch(patch).fieldErrors.contains(QStringLiteral("url")));
}

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
