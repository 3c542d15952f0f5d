// File > Export on the real window against the real sandbox: the subscriptions the table shows
// (filter, sort, visible columns) as CSV and JSON, the deliveries of the shown subscription with
// their attempts as CSV, read back with Python's csv module; errors said, secrets never written.

#include "api/DeliveryCsv.h"
#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/MainWindowParts.h"
#include "kit/PythonCsv.h"
#include "kit/Require.h"
#include "kit/SandboxHttp.h"
#include "kit/SandboxProcess.h"
#include "models/DeliveryTableModel.h"
#include "ui/DeliveriesPanel.h"
#include "ui/ExportActions.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace MainWindowParts;

namespace {

constexpr int kWait = 30'000;  // generous: the machine is shared and loaded

struct Created
{
    qint64 id = 0;
    QString secret;
};

}  // namespace

class TestExport : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    ConsoleTestServices m_services;
    std::unique_ptr<MainWindow> m_window;
    ExportActions *m_export = nullptr;
    QString m_chosenPath;  // what the file chooser answers
    QStringList m_errors;  // what the error handler was told
    QList<Created> m_created;

    Created create(const QString &url, const QString &description)
    {
        SandboxHttp http(m_sandbox.baseUrl());
        const SandboxReply reply = http.post(
            QStringLiteral("/api/v1/webhooks/"), m_sandbox.apiKey(),
            QJsonDocument(QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("description"), description}})
                .toJson());
        const QJsonObject o = reply.json().object();
        return {qint64(o.value(QStringLiteral("id")).toDouble()), o.value(QStringLiteral("client_secret")).toString()};
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // What the file must never hold: a client secret or the API key.
    void checkNoSecrets(const QByteArray &bytes)
    {
        for (const Created &c : std::as_const(m_created))
            QVERIFY2(!bytes.contains(c.secret.toUtf8()), "a client secret is in the export");
        QVERIFY2(!bytes.contains(m_sandbox.apiKey()), "the API key is in the export");
    }

    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    // "Exported 4 subscriptions to subscriptions.csv." (the plural's wording is the catalogue's,
    // which this test does not load).
    bool isExportedStatus(const QString &count, const QString &fileName) const
    {
        const QString text = statusText();
        const bool ok = text.startsWith(QStringLiteral("Exported %1 ").arg(count))
            && text.endsWith(QStringLiteral(" to %1.").arg(fileName));
        if (!ok)
            qWarning("status: %s", qPrintable(text));
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        QVERIFY(m_dir.isValid());
        WEBHOOK_REQUIRE(!PythonCsv::python().isEmpty(), "python3 is needed to read CSV back");
        // Attempts every 200 ms for a second: a failing delivery collects several quickly.
        QVERIFY2(m_sandbox.start({QStringLiteral("--allow-private-targets"), QStringLiteral("--retry-interval"),
                                  QStringLiteral("200ms"), QStringLiteral("--retry-window"), QStringLiteral("1s")}),
                 qPrintable(m_sandbox.standardError()));
        const QStringList descriptions{
            QStringLiteral("Shop \"A\", Berlin"),
            QStringLiteral("shop two\nlines"),
            QString::fromUtf8("Shop Bäckerei 漢字 \xF0\x9F\x8E\x89 e\xCC\x81"),
            QStringLiteral("=SHOP()+1"),
            QStringLiteral("Warehouse"),
        };
        for (int i = 0; i < descriptions.size(); ++i) {
            m_created << create(QStringLiteral("https://example.com/%1").arg(QChar(u'a' + i)), descriptions[i]);
            QVERIFY(m_created.constLast().id > 0);
            QVERIFY(!m_created.constLast().secret.isEmpty());
        }

        m_window = std::make_unique<MainWindow>(m_services.services());
        new QAbstractItemModelTester(subscriptionModel(*m_window),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        new QAbstractItemModelTester(subscriptionProxy(*m_window),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        m_window->show();
        m_export = m_window->findChild<ExportActions *>(QStringLiteral("exportActions"));
        QVERIFY(m_export);
        m_export->setFileChooser([this](QWidget *, const QString &, const QString &suggested, const QString &,
                                        std::function<void(const QString &)> chosen) {
            QVERIFY(!suggested.isEmpty());
            chosen(m_chosenPath);
        });
        m_export->setErrorHandler([this](QWidget *, const QString &, const QString &text) { m_errors << text; });
        QVERIFY(!action(*m_window, QStringLiteral("actionExportSubscriptionsCsv"))->isEnabled());  // not connected

        QVERIFY(m_window->connectTo(m_sandbox.baseUrl(), m_sandbox.apiKey(), QStringLiteral("Test")));
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionModel(*m_window)->rowCount(), int(descriptions.size()), kWait);
    }

    void theMenuHoldsTheExports()
    {
        QMenu *exportMenu = m_window->findChild<QMenu *>(QStringLiteral("exportMenu"));
        QVERIFY(exportMenu);
        QVERIFY(exportMenu->actions().contains(action(*m_window, QStringLiteral("actionExportSubscriptionsCsv"))));
        QVERIFY(exportMenu->actions().contains(action(*m_window, QStringLiteral("actionExportSubscriptionsJson"))));
        QVERIFY(exportMenu->actions().contains(action(*m_window, QStringLiteral("actionExportDeliveriesCsv"))));
        QVERIFY(exportMenu->menuAction()->parent());
        QVERIFY(action(*m_window, QStringLiteral("actionExportSubscriptionsCsv"))->isEnabled());
    }

    void csvHasTheShownRowsColumnsAndOrder()
    {
        // Filter "shop" (four of five), sort by URL descending: d, c, b, a.
        searchEdit(*m_window)->setText(QStringLiteral("shop"));
        QTableView *view = subscriptionView(*m_window);
        view->sortByColumn(SubscriptionTableModel::UrlColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, kWait);

        m_chosenPath = m_dir.filePath(QStringLiteral("subscriptions.csv"));
        action(*m_window, QStringLiteral("actionExportSubscriptionsCsv"))->trigger();
        QVERIFY(m_errors.isEmpty());
        QVERIFY(isExportedStatus(QStringLiteral("4"), QStringLiteral("subscriptions.csv")));

        const QByteArray bytes = read(m_chosenPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));  // for spreadsheet programs
        checkNoSecrets(bytes);
        const QList<QStringList> rows = PythonCsv::rowsOf(bytes);
        QCOMPARE(rows.size(), 5);

        // The visible columns in the order they are shown (Enabled is moved up; Health is hidden
        // without delivery summaries), under their titles; not the watch star, this console's own mark.
        const QHeaderView *header = view->horizontalHeader();
        QStringList titles;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical) && logical != SubscriptionTableModel::WatchColumn)
                titles << view->model()->headerData(logical, Qt::Horizontal).toString();
        }
        QCOMPARE(rows.first(), titles);
        const int idColumn = int(titles.indexOf(QStringLiteral("ID")));
        const int urlColumn = int(titles.indexOf(QStringLiteral("URL")));
        const int descriptionColumn = int(titles.indexOf(QStringLiteral("Description")));
        const int enabledColumn = int(titles.indexOf(QStringLiteral("Enabled")));
        QVERIFY(idColumn >= 0 && urlColumn >= 0 && descriptionColumn >= 0 && enabledColumn >= 0);

        const QStringList urls{QStringLiteral("https://example.com/d"), QStringLiteral("https://example.com/c"),
                               QStringLiteral("https://example.com/b"), QStringLiteral("https://example.com/a")};
        for (int i = 0; i < 4; ++i) {
            const QStringList &row = rows[i + 1];
            QCOMPARE(row.size(), titles.size());
            QCOMPARE(row[urlColumn], urls[i]);
            const Created &c = m_created[3 - i];
            QCOMPARE(row[idColumn], QString::number(c.id));
            QCOMPARE(row[enabledColumn], QStringLiteral("yes"));
        }
        // Quotes, commas, new lines and non-ASCII come back whole; a formula is defused.
        QCOMPARE(rows[1][descriptionColumn], QStringLiteral("'=SHOP()+1"));
        QCOMPARE(rows[2][descriptionColumn], QString::fromUtf8("Shop Bäckerei 漢字 \xF0\x9F\x8E\x89 e\xCC\x81"));
        QCOMPARE(rows[3][descriptionColumn], QStringLiteral("shop two\nlines"));
        QCOMPARE(rows[4][descriptionColumn], QStringLiteral("Shop \"A\", Berlin"));

        // A column the user hides is left out.
        view->setColumnHidden(SubscriptionTableModel::DescriptionColumn, true);
        QVERIFY(m_export->exportSubscriptionsCsv(m_chosenPath));
        const QList<QStringList> narrower = PythonCsv::rowsOf(read(m_chosenPath));
        QCOMPARE(narrower.first().size(), titles.size() - 1);
        QVERIFY(!narrower.first().contains(QStringLiteral("Description")));
        view->setColumnHidden(SubscriptionTableModel::DescriptionColumn, false);
    }

    void jsonHasTheShownRowsWithStableFields()
    {
        m_chosenPath = m_dir.filePath(QStringLiteral("subscriptions.json"));
        action(*m_window, QStringLiteral("actionExportSubscriptionsJson"))->trigger();
        QVERIFY(m_errors.isEmpty());
        QVERIFY(isExportedStatus(QStringLiteral("4"), QStringLiteral("subscriptions.json")));
        const QByteArray bytes = read(m_chosenPath);
        checkNoSecrets(bytes);
        const QJsonArray array = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(array.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = array[i].toObject();
            const Created &c = m_created[3 - i];
            QCOMPARE(qint64(o.value(QStringLiteral("id")).toDouble()), c.id);
            QCOMPARE(o.value(QStringLiteral("url")).toString(),
                     QStringLiteral("https://example.com/%1").arg(QChar(u'd' - i)));
            QCOMPARE(o.value(QStringLiteral("enabled")).toBool(), true);
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate).isValid());
            QVERIFY(!o.contains(QStringLiteral("client_secret")));
        }
        // JSON is not for spreadsheets: the description stays as written.
        QCOMPARE(array[0].toObject().value(QStringLiteral("description")).toString(), QStringLiteral("=SHOP()+1"));
    }

    void aFailedWriteIsSaidAndLeavesNoFile()
    {
        m_chosenPath = m_dir.filePath(QStringLiteral("no-such-folder/subscriptions.csv"));
        action(*m_window, QStringLiteral("actionExportSubscriptionsCsv"))->trigger();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().startsWith(QStringLiteral("Could not export to ")), qPrintable(m_errors.first()));
        QVERIFY(m_errors.first().contains(QStringLiteral("no-such-folder")));
        QVERIFY(statusText().startsWith(QStringLiteral("Could not export")));
        QVERIFY(!QFile::exists(m_chosenPath));
        m_errors.clear();
    }

    void deliveriesCsvHasOneLinePerAttempt()
    {
        // A receiver address that refuses connections: every attempt fails with an error text.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Created c = create(QStringLiteral("http://127.0.0.1:%1/shop").arg(port), QStringLiteral("Shop receiver"));
        m_created << c;
        SandboxHttp http(m_sandbox.baseUrl());
        const QString path = QStringLiteral("/api/v1/webhooks/%1").arg(c.id);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(http.post(path + QStringLiteral("/test"), m_sandbox.apiKey(), "{}").status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(http.get(path + QStringLiteral("/deliveries?status=failed"), m_sandbox.apiKey())
                                         .json()
                                         .object()
                                         .value(QStringLiteral("items"))
                                         .toArray()
                                         .size()
                                     == 2,
                                 kWait);

        // Show it with its deliveries tab.
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(*m_window)->rowForId(c.id) >= 0, kWait);
        subscriptionList(*m_window)->selectIds({c.id});
        auto *panel = Parts::part<DeliveriesPanel>(*m_window, QStringLiteral("deliveriesPanel"));
        detailsPane(*m_window)->tabs()->setCurrentWidget(panel);
        QTRY_COMPARE_WITH_TIMEOUT(DeliveriesPanelParts::feed(*panel)->deliveryModel()->rowCount(), 2, kWait);
        QAction *exportDeliveries = action(*m_window, QStringLiteral("actionExportDeliveriesCsv"));
        QTRY_VERIFY_WITH_TIMEOUT(exportDeliveries->isEnabled(), kWait);

        m_chosenPath = m_dir.filePath(QStringLiteral("deliveries.csv"));
        QSignalSpy finished(m_export, &ExportActions::finished);
        // From the deliveries list's context menu, as the user finds it there.
        QAction *fromList = action(*m_window, QStringLiteral("actionExportDeliveriesCsvList"));
        QVERIFY(fromList->isEnabled());
        fromList->trigger();
        QVERIFY(finished.wait(kWait));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(m_errors.isEmpty());
        QVERIFY(isExportedStatus(QStringLiteral("2"), QStringLiteral("deliveries.csv")));

        const QByteArray bytes = read(m_chosenPath);
        checkNoSecrets(bytes);
        const QList<QStringList> rows = PythonCsv::rowsOf(bytes);
        QCOMPARE(rows.value(0), DeliveryCsv::header());
        int attempts = 0;
        for (const Delivery &d : DeliveriesPanelParts::feed(*panel)->deliveryModel()->deliveries())
            attempts += d.attemptCount;
        QVERIFY(attempts >= 4);  // at least two each
        QCOMPARE(rows.size(), 1 + attempts);
        QSet<QString> ids;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), DeliveryCsv::header().size());
            ids << row[0];
            QCOMPARE(row[2], QStringLiteral("failed"));
            QVERIFY(row[4].toInt() >= 1);
            QVERIFY(QDateTime::fromString(row[5], Qt::ISODate).isValid());
            QVERIFY(row[6].isEmpty());  // refused: no HTTP status
            QVERIFY(!row[8].isEmpty());
        }
        QCOMPARE(ids.size(), 2);
    }

    void aDeliveriesExportCutShortIsSaid()
    {
        QAction *exportDeliveries = action(*m_window, QStringLiteral("actionExportDeliveriesCsv"));
        QVERIFY(exportDeliveries->isEnabled());
        m_chosenPath = m_dir.filePath(QStringLiteral("cut-short.csv"));
        QSignalSpy finished(m_export, &ExportActions::finished);
        exportDeliveries->trigger();
        QVERIFY(!exportDeliveries->isEnabled());  // one at a time
        // Connecting again replaces the session, and its client, before the attempts arrive.
        QVERIFY(m_window->connectTo(m_sandbox.baseUrl(), m_sandbox.apiKey(), QStringLiteral("Again")));
        QVERIFY(finished.size() == 1 || finished.wait(kWait));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().startsWith(QStringLiteral("Could not export to ")), qPrintable(m_errors.first()));
        QVERIFY(!QFile::exists(m_chosenPath));
        m_errors.clear();
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
