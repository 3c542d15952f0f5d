// ApiError: statuses map to kinds, every kind has plain words, field errors come through.

#include "api/ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statuses_data();
    void statuses();
    void fieldErrorsFromValidationBodies();
    void everyKindHasWordsAndAName();
};

void TestApiError::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    using K = ApiError::Kind;
    QTest::newRow("200") << 200 << int(K::None);
    QTest::newRow("204") << 204 << int(K::None);
    QTest::newRow("400") << 400 << int(K::BadRequest);
    QTest::newRow("401") << 401 << int(K::Unauthorized);
    QTest::newRow("403") << 403 << int(K::Forbidden);
    QTest::newRow("404") << 404 << int(K::NotFound);
    QTest::newRow("405") << 405 << int(K::HttpOther);
    QTest::newRow("409") << 409 << int(K::Conflict);
    QTest::newRow("413") << 413 << int(K::BadRequest);
    QTest::newRow("422") << 422 << int(K::Validation);
    QTest::newRow("429") << 429 << int(K::RateLimited);
    QTest::newRow("500") << 500 << int(K::Server);
    QTest::newRow("503") << 503 << int(K::Server);
    QTest::newRow("302") << 302 << int(K::HttpOther);
}

void TestApiError::statuses()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    const ApiError e = ApiError::fromHttp(status, "{\"detail\":\"x\"}");
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.isError(), kind != int(ApiError::Kind::None));
}

void TestApiError::fieldErrorsFromValidationBodies()
{
    const ApiError e = ApiError::fromHttp(
        422, R"({"detail":[{"loc":["body","url"],"msg":"invalid or missing URL scheme","type":"url_parsing"}]})");
    QCOMPARE(e.kind, ApiError::Kind::Validation);
    QCOMPARE(e.fieldErrors.value(QStringLiteral("url")), QStringLiteral("invalid or missing URL scheme"));
    QVERIFY(e.message().contains(QStringLiteral("invalid or missing URL scheme")));
    // A 400 that names fields is a validation error too.
    QCOMPARE(ApiError::fromHttp(400, R"({"detail":[{"loc":["body","url"],"msg":"m"}]})").kind,
             ApiError::Kind::Validation);
    QCOMPARE(ApiError::fromHttp(400, R"({"detail":"There was an error parsing the body"})").kind,
             ApiError::Kind::BadRequest);
}

void TestApiError::everyKindHasWordsAndAName()
{
    QSet<QString> names;
    for (int k = int(ApiError::Kind::Network); k <= int(ApiError::Kind::NotSupported); ++k) {
        const ApiError e = ApiError::make(ApiError::Kind(k), QStringLiteral("detail"), 500);
        QVERIFY2(!e.message().isEmpty(), qPrintable(e.kindName()));
        names.insert(e.kindName());
    }
    QCOMPARE(names.size(), int(ApiError::Kind::NotSupported));
    QVERIFY(ApiError().message().isEmpty());
    QVERIFY(ApiError::make(ApiError::Kind::Timeout).isTransient());
    QVERIFY(!ApiError::make(ApiError::Kind::Validation).isTransient());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
