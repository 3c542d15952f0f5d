// Texts fit their place, in English and German, at the window's default size and at the size it
// takes on a 1024x700 screen, with the demo's real data and every tab shown once: every button
// with a text is as wide as its size hint, every header section of a shown table is as wide as its
// title needs, the menu bar shows every title in full, and the Enabled column is as wide as the
// "Saving…" a row shows while its switch is being saved.
//
// The offscreen platform is given one large screen (1920x1080) through its config file, so the
// window opens at its default size; the small case gives the window the size MainWindow chooses on
// a 1024x700 screen (nine tenths of it).

#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"

#include "api/SubscriptionPatch.h"
#include "common/TranslationLoader.h"
#include "models/SubscriptionTableModel.h"
#include "ui/DeliveriesPanel.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLayout>
#include <QMenuBar>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;
constexpr int kEnabledColumnWidth = 124;  // SubscriptionListWidget's default

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QString name(const QObject *o)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

// What does not fit where the window is now, one line each.
QStringList misfits(const MainWindow &w)
{
    QStringList out;
    for (const QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        const auto *tool = qobject_cast<const QToolButton *>(b);
        if (!b->isVisibleTo(&w) || b->window() != &w || b->text().isEmpty()
            || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))  // the text is not drawn
            continue;
        if (b->sizeHint().width() > b->width())
            out << QStringLiteral("button %1 \"%2\": needs %3 px, has %4")
                       .arg(name(b), plain(b->text()))
                       .arg(b->sizeHint().width())
                       .arg(b->width());
    }
    for (const QHeaderView *h : w.findChildren<QHeaderView *>()) {
        if (!h->isVisibleTo(&w) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int i = 0; i < h->count(); ++i) {
            if (h->isSectionHidden(i))
                continue;
            if (h->sectionSizeHint(i) > h->sectionSize(i))
                out << QStringLiteral("header %1 \"%2\": needs %3 px, has %4")
                           .arg(name(h), h->model()->headerData(i, Qt::Horizontal).toString())
                           .arg(h->sectionSizeHint(i))
                           .arg(h->sectionSize(i));
        }
    }
    const QMenuBar *bar = w.menuBar();
    for (QAction *a : bar->actions()) {
        const QRect shown = bar->actionGeometry(a);
        const int needed = bar->fontMetrics().horizontalAdvance(plain(a->text()));
        if (shown.isEmpty() || !bar->rect().contains(shown) || shown.width() < needed)
            out << QStringLiteral("menu title \"%1\": needs %2 px, shown in %3 px")
                       .arg(plain(a->text()))
                       .arg(needed)
                       .arg(bar->rect().contains(shown) ? shown.width() : 0);
    }
    return out;
}

void settle(MainWindow &w)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w.layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
}  // namespace

class TstTextFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textsFit_data();
    void textsFit();

private:
    SandboxProcess m_sandbox;
};

void TstTextFit::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--demo")}), qPrintable(m_sandbox.standardError()));
}

void TstTextFit::textsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");  // empty: the window's default size
    for (const char *language : {"en", "de"}) {
        QTest::addRow("%s, default size", language) << QString::fromLatin1(language) << QSize();
        QTest::addRow("%s, 1024x700 screen", language) << QString::fromLatin1(language) << QSize(1024, 700);
    }
}

void TstTextFit::textsFit()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    TranslationLoader translations;
    QVERIFY(translations.apply(language));
    ConsoleTestServices env;
    MainWindow w(env.services());
    if (screen.isValid())
        w.resize(screen * 9 / 10);  // as MainWindow::restoreUiState sizes it on that screen
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList found;
    auto check = [&](const QString &where) {
        settle(w);
        for (const QString &misfit : misfits(w))
            found << where + QStringLiteral(": ") + misfit;
    };
    check(QStringLiteral("welcome page"));

    QVERIFY(w.connectTo(m_sandbox.baseUrl(), m_sandbox.demoApiKey(), QStringLiteral("Demo")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(w)->rowCount() > 0, kWait);
    QTableView *table = subscriptionView(w);
    table->setCurrentIndex(table->model()->index(0, 0));
    // Every tab once, each list with data.
    for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("tab \"%1\"").arg(plain(tabs->tabText(i))));
        }
    }
    auto *panel = w.findChild<DeliveriesPanel *>(QStringLiteral("deliveriesPanel"));
    QVERIFY(panel);
    detailsPane(w)->tabs()->setCurrentWidget(panel);
    QVERIFY(DeliveriesPanelParts::selectFirstWithDeliveries(table, *panel));
    QTRY_VERIFY_WITH_TIMEOUT(DeliveriesPanelParts::timeline(*panel)->isVisible(), kWait);
    check(QStringLiteral("deliveries with data"));

    // The Enabled column while a row's switch is being saved: its text beside the switch and
    // the pending mark, in the column's default width.
    SubscriptionTableModel *model = subscriptionModel(w);
    const QModelIndex first = table->model()->index(0, SubscriptionTableModel::EnabledColumn);
    const qint64 id = first.data(SubscriptionTableModel::IdRole).toLongLong();
    SubscriptionPatch patch;
    patch.enabled = !model->subscriptionAt(model->rowForId(id)).enabled;
    const quint64 ticket = model->setPending(id, patch);
    QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(table->horizontalHeader()->sectionSize(SubscriptionTableModel::EnabledColumn), kEnabledColumnWidth);
    // QAbstractItemView's public sizeHintForColumn: the widest delegate size hint of the shown rows.
    const int needed =
        static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(SubscriptionTableModel::EnabledColumn);
    if (needed > kEnabledColumnWidth)
        found << QStringLiteral("Enabled column \"%1\": needs %2 px, has %3")
                     .arg(first.data(Qt::DisplayRole).toString())
                     .arg(needed)
                     .arg(kEnabledColumnWidth);
    model->rollback(id, QString(), ticket);

    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    w.close();
}

int main(int argc, char **argv)
{
    // One large screen for the offscreen platform; the file must outlive the application.
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/textfit-XXXXXX.json"));
    if (!config.open())
        return 1;
    config.write(R"({"screens": [{"name": "large", "x": 0, "y": 0, "width": 1920, "height": 1080,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    config.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toUtf8());
    QApplication app(argc, argv);
    TstTextFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textfit.moc"
