#include "models/TimeText.h"
#include "models/DeliveryAttemptTableModel.h"

#include "ModelTestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTestData;
using Model = DeliveryAttemptTableModel;

class TestDeliveryAttemptTableModel : public QObject
{
    Q_OBJECT

private:
    static DeliveryAttempt attempt(int number, std::optional<int> status, const QString &error = {})
    {
        DeliveryAttempt a;
        a.number = number;
        a.at = utc(27, 10 + number);
        a.statusCode = status;
        a.durationMs = 250 * number;
        a.responseExcerpt = status ? QStringLiteral("{\"ok\":\n false}") : QString();
        a.error = error;
        return a;
    }

private Q_SLOTS:
    void displayAndRoles()
    {
        Model model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        const QLocale locale(QLocale::German, QLocale::Germany);
        model.setLocale(locale);
        model.setAttempts(
            5, {attempt(1, 500), attempt(2, std::nullopt, QStringLiteral("connection refused")), attempt(4, 204)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.deliveryId(), 5);
        QCOMPARE(model.index(0, Model::TimeColumn).data().toString(), TimeText::format(utc(27, 11), locale));
        QCOMPARE(model.index(0, Model::HttpStatusColumn).data().toString(), QStringLiteral("500"));
        QCOMPARE(model.index(1, Model::HttpStatusColumn).data().toString(), QStringLiteral("\u2014"));
        QCOMPARE(model.index(0, Model::DurationColumn).data().toString(), QStringLiteral("250ms"));
        QCOMPARE(model.index(2, Model::DurationColumn).data(Model::SortRole).toLongLong(), 1000);
        QCOMPARE(model.index(0, Model::ResponseColumn).data().toString(), QStringLiteral("{\"ok\": false}"));
        QCOMPARE(model.index(0, Model::ResponseColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("{\"ok\":\n false}"));
        QCOMPARE(model.index(1, Model::ErrorColumn).data().toString(), QStringLiteral("connection refused"));
        QVERIFY(!model.index(0, 0).data(Model::SucceededRole).toBool());
        QVERIFY(model.index(2, 0).data(Model::SucceededRole).toBool());
        QCOMPARE(qvariant_cast<DeliveryAttempt>(model.index(1, 0).data(Model::AttemptRole)).number, 2);
        QCOMPARE(model.headerData(Model::HttpStatusColumn, Qt::Horizontal).toString(), QStringLiteral("HTTP status"));

        // A long excerpt is cut in the cell, whole in the tooltip.
        DeliveryAttempt longOne = attempt(1, 502);
        longOne.responseExcerpt = QString(1000, QLatin1Char('x'));
        model.setAttempts(6, {longOne});
        QCOMPARE(model.index(0, Model::ResponseColumn).data().toString().size(), 120);
        QCOMPARE(model.index(0, Model::ResponseColumn).data(Qt::ToolTipRole).toString().size(), 1000);
    }

    void newAttemptsAreAppended()
    {
        Model model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal, &model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAttempts(1, {attempt(1, 500)});
        QCOMPARE(reset.size(), 1);
        model.setAttempts(1, {attempt(1, 500), attempt(2, 500), attempt(3, 200)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(reset.size(), 1);
        model.setAttempts(1, {attempt(1, 500), attempt(2, 500), attempt(3, 200)});
        QCOMPARE(reset.size(), 1);  // unchanged
        Delivery other = delivery(2, QStringLiteral("failed"), 1);
        other.attempts = {attempt(1, 404)};
        model.setDelivery(other);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.attemptAt(0).statusCode, std::optional<int>(404));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.deliveryId(), -1);
    }
};

QTEST_MAIN(TestDeliveryAttemptTableModel)
#include "tst_deliveryattempttablemodel.moc"
