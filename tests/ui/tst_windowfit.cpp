// The window on a small screen (1024x700), in English and in German: it opens inside the screen and
// no tab widens it, with the demo's real data (long URLs, failing deliveries, error texts) shown.
// The offscreen platform is given a screen of that size through its config file, before the
// application starts.

#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"

#include "common/TranslationLoader.h"
#include "models/RelativeTimeText.h"
#include "models/SubscriptionTableModel.h"
#include "ui/DeliveriesPanel.h"
#include "ui/RetryTimelineWidget.h"
#include "ui/MainWindow.h"
#include "ui/SubscriptionListWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;
constexpr int kScreenWidth = 1024;
constexpr int kScreenHeight = 700;

// Why the window is wider than the screen, for the failure message: the widest minimum size hints.
QString widestParts(const QWidget &window)
{
    QList<const QWidget *> widgets;
    for (const QWidget *child : window.findChildren<QWidget *>())
        if (child->isVisible())
            widgets.append(child);
    std::sort(widgets.begin(), widgets.end(), [](const QWidget *a, const QWidget *b) {
        return a->minimumSizeHint().width() > b->minimumSizeHint().width();
    });
    QStringList out;
    for (qsizetype i = 0; i < widgets.size() && out.size() < 12; ++i) {
        const QWidget *w = widgets.at(i);
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            text = label->text().left(40);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        out << QStringLiteral("%1 \"%2\" [%3] min %4")
                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                   .arg(w->minimumSizeHint().width());
    }
    return out.join(QStringLiteral("; "));
}
}  // namespace

class TstWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTabFitsASmallScreen_data();
    void everyTabFitsASmallScreen();

private:
    void checkFits(MainWindow &w, const QString &where);
    void checkListTexts(MainWindow &w);
    SandboxProcess m_sandbox;
    int m_openedWidth = 0;
};

void TstWindowFit::initTestCase()
{
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(kScreenWidth, kScreenHeight));
    QVERIFY2(m_sandbox.start({QStringLiteral("--demo")}), qPrintable(m_sandbox.standardError()));
    QVERIFY(!m_sandbox.demoApiKey().isEmpty());
}

void TstWindowFit::everyTabFitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TstWindowFit::checkFits(MainWindow &w, const QString &where)
{
    if (!m_openedWidth)
        m_openedWidth = w.frameGeometry().width();
    // Pending layout requests are what widen a window: lay out everything now, then measure.
    for (QLayout *layout : w.findChildren<QLayout *>())
        layout->invalidate();
    w.layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect screen = w.screen()->availableGeometry();
    QVERIFY2(w.frameGeometry().width() <= screen.width(),
             qPrintable(QStringLiteral("%1: window %2 px wide on a %3 px screen; %4")
                            .arg(where)
                            .arg(w.frameGeometry().width())
                            .arg(screen.width())
                            .arg(widestParts(w))));
    // What the window needs must fit what it has: a larger minimum widens it (at once or at the
    // next layout pass, depending on the platform).
    QVERIFY2(w.minimumSizeHint().width() <= w.width(),
             qPrintable(QStringLiteral("%1: the window needs %2 px and has %3 px; %4")
                            .arg(where)
                            .arg(w.minimumSizeHint().width())
                            .arg(w.width())
                            .arg(widestParts(w))));
    QVERIFY2(w.frameGeometry().width() == m_openedWidth,
             qPrintable(QStringLiteral("%1: the window widened from %2 to %3 px; %4")
                            .arg(where)
                            .arg(m_openedWidth)
                            .arg(w.frameGeometry().width())
                            .arg(widestParts(w))));
    QVERIFY2(w.frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("%1: window %2 px high on a %3 px screen")
                            .arg(where)
                            .arg(w.frameGeometry().height())
                            .arg(screen.height())));
}

// The list's usual texts are readable at the default sizes: the health column holds its usual
// texts whole, the search box shows its placeholder's first words.
void TstWindowFit::checkListTexts(MainWindow &w)
{
    QTableView *table = subscriptionView(w);
    const int healthWidth = table->horizontalHeader()->sectionSize(SubscriptionTableModel::HealthColumn);
    for (const QString &text : {SubscriptionTableModel::tr("No deliveries yet"),
                                SubscriptionTableModel::tr("Failing for %1").arg(RelativeTimeText::amount(3 * 3600))}) {
        const int needed = table->fontMetrics().horizontalAdvance(text) + 16 /* icon */ + 30 /* margins */;
        QVERIFY2(
            healthWidth >= needed,
            qPrintable(QStringLiteral("health column %1 px, \"%2\" needs %3").arg(healthWidth).arg(text).arg(needed)));
    }
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    const QString firstWords = search->placeholderText().section(u' ', 0, 2);
    QVERIFY2(search->minimumWidth() >= search->fontMetrics().horizontalAdvance(firstWords),
             qPrintable(QStringLiteral("search box min %1 px for \"%2\"").arg(search->minimumWidth()).arg(firstWords)));
}

void TstWindowFit::everyTabFitsASmallScreen()
{
    QFETCH(QString, language);
    TranslationLoader translations;
    QVERIFY(translations.apply(language));

    m_openedWidth = 0;
    ConsoleTestServices env;
    MainWindow w(env.services());
    w.show();
    checkFits(w, QStringLiteral("welcome page"));
    if (QTest::currentTestFailed())
        return;

    QVERIFY(w.connectTo(m_sandbox.baseUrl(), m_sandbox.demoApiKey(), QStringLiteral("Demo")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(w)->rowCount() > 0, kWait);
    checkFits(w, QStringLiteral("subscriptions"));
    if (QTest::currentTestFailed())
        return;
    checkListTexts(w);

    // The demo's failing subscriptions have the longest texts: their deliveries' errors and times.
    QTableView *table = subscriptionView(w);
    const auto *panel = w.findChild<DeliveriesPanel *>(QStringLiteral("deliveriesPanel"));
    QVERIFY(panel);
    const auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    for (int row = 0; row < table->model()->rowCount(); row += 3) {
        table->setCurrentIndex(table->model()->index(row, 0));
        for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QList<int> sizes = splitter->sizes();
                tabs->setCurrentIndex(i);
                checkFits(w, QStringLiteral("row %1, tab \"%2\"").arg(row).arg(tabs->tabText(i)));
                if (QTest::currentTestFailed())
                    return;
                // A tab's own needs do not move the divider between list and details.
                QCOMPARE(splitter->sizes(), sizes);
            }
        }
    }
    // Deliveries shown: open the deliveries tab of a subscription that has some and wait for them.
    // Their texts and timeline must not move the divider either.
    const QList<int> sizesBeforeDeliveries = splitter->sizes();
    for (QTabWidget *tabs : w.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(panel) || tabs->widget(i) == panel)
                tabs->setCurrentIndex(i);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        if (QTest::qWaitFor([&] { return DeliveriesPanelParts::deliveriesTable(*panel)->model()->rowCount() > 0; },
                            3000))
            break;
    }
    QVERIFY(DeliveriesPanelParts::deliveriesTable(*panel)->model()->rowCount() > 0);
    // Everything the tab shows once loaded: the time of the refresh, the page, the newest delivery's
    // detail with its retry timeline.
    QTRY_VERIFY_WITH_TIMEOUT(!DeliveriesPanelParts::updatedText(*panel).isEmpty(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(DeliveriesPanelParts::timeline(*panel)->isVisible(), kWait);
    checkFits(w, QStringLiteral("deliveries with data"));
    QCOMPARE(splitter->sizes(), sizesBeforeDeliveries);
    // The deliveries table gets the height, not the selected delivery's detail.
    const QTableView *deliveries = DeliveriesPanelParts::deliveriesTable(*panel);
    QVERIFY2(deliveries->viewport()->height() >= 5 * deliveries->verticalHeader()->defaultSectionSize(),
             qPrintable(QStringLiteral("deliveries table %1 px high").arg(deliveries->viewport()->height())));
    // What would move it on a real screen: a tab that needs more width than the pane has.
    QVERIFY2(panel->minimumSizeHint().width() <= splitter->sizes().at(1),
             qPrintable(QStringLiteral("deliveries need %1 px, the pane has %2; %3")
                            .arg(panel->minimumSizeHint().width())
                            .arg(splitter->sizes().at(1))
                            .arg(widestParts(w))));
    w.close();
}

int main(int argc, char **argv)
{
    // A screen of 1024x700 for the offscreen platform; the file must outlive the application.
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/windowfit-XXXXXX.json"));
    if (!config.open())
        return 1;
    config.write(QStringLiteral(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": %1, "height": %2,
                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(kScreenWidth)
                     .arg(kScreenHeight)
                     .toUtf8());
    config.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toUtf8());
    QApplication app(argc, argv);
    TstWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
