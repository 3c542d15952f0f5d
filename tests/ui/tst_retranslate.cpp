// View > Language changes the language of the running window: English -> German -> English with
// the console connected to the demo sandbox. Menus, actions, toolbar, list, details, deliveries and
// the models' headers follow at once, an edit in progress survives, no text that has a German
// translation stays English, and back in English every text is what it was.

#include "kit/ConsoleTestServices.h"
#include "kit/DeliveriesPanelParts.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"
#include "translations/TsFile.h"

#include "common/TranslationLoader.h"
#include "models/DeliveryTableModel.h"
#include "models/SubscriptionTableModel.h"
#include "ui/DeliveriesPanel.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;

// Every text of the window a user reads, keyed by the object and what it is.
using Texts = QMap<std::pair<const QObject *, QString>, QString>;

// Whether a widget is on screen, or would be on its tab or page (the welcome page while the
// console is shown): a hidden part (a list's empty-state page behind its rows, a closed report)
// is said again when it is shown.
bool readable(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        const QWidget *stack = w->parentWidget();
        const bool page = qobject_cast<const QStackedWidget *>(stack)
            && (qobject_cast<const QTabWidget *>(stack->parentWidget())
                || stack->objectName() == QLatin1String("pages"));
        if (w->isHidden() && !page)
            return false;
    }
    return true;
}

Texts collectTexts(const MainWindow &w)
{
    Texts texts;
    auto add = [&texts](const QObject *o, const QString &what, const QString &text) {
        if (!text.isEmpty())
            texts.insert({o, what}, text);
    };
    add(&w, QStringLiteral("window title"), w.windowTitle());
    for (const QObject *o : w.findChildren<QObject *>()) {
        const auto *widget = qobject_cast<const QWidget *>(o);
        if (widget && !qobject_cast<const QMenu *>(o) && !readable(widget, &w))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(o))
            add(o, QStringLiteral("label"), label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(o))
            add(o, QStringLiteral("button"), button->text());
        if (const auto *box = qobject_cast<const QGroupBox *>(o))
            add(o, QStringLiteral("group"), box->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(o))
            add(o, QStringLiteral("placeholder"), edit->placeholderText());
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(o))
            add(o, QStringLiteral("placeholder"), edit->placeholderText());
        if (const auto *menu = qobject_cast<const QMenu *>(o))
            add(o, QStringLiteral("menu"), menu->title());
        if (const auto *toolBar = qobject_cast<const QToolBar *>(o))
            add(o, QStringLiteral("toolbar"), toolBar->windowTitle());
        if (const auto *a = qobject_cast<const QAction *>(o)) {
            add(o, QStringLiteral("action"), a->text());
            add(o, QStringLiteral("status tip"), a->statusTip());
        }
        if (const auto *tabs = qobject_cast<const QTabBar *>(o)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(o, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
        }
        if (const auto *header = qobject_cast<const QHeaderView *>(o);
            header && header->orientation() == Qt::Horizontal && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(o, QStringLiteral("header %1").arg(i), header->model()->headerData(i, Qt::Horizontal).toString());
        }
    }
    return texts;
}

QString describe(const std::pair<const QObject *, QString> &key)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(key.first->metaObject()->className()), key.first->objectName(), key.second);
}

// Whose text may change between two looks at the window in the same language: the queue's state
// and the time of the last refresh ("Updated 12 s ago").
bool changesWithTime(const QObject *o)
{
    const QString name = o->objectName();
    return name == QLatin1String("queueStatus") || name == QLatin1String("deliveriesUpdatedLabel")
        || name == QLatin1String("subscriptionsUpdated");
}
}  // namespace

class TstRetranslate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languageChangesInTheRunningWindow();

private:
    SandboxProcess m_sandbox;
    QSet<QString> m_translatedSources;  // English texts whose German translation differs
};

void TstRetranslate::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--demo")}), qPrintable(m_sandbox.standardError()));
    const TsFile ts = TsFile::read(QStringLiteral(WEBHOOK_SOURCE_DIR "/translations/webhook-console_de.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus && m.type.isEmpty() && !m.translation.isEmpty() && m.translation != m.source)
            m_translatedSources.insert(m.source);
    }
    QVERIFY(m_translatedSources.size() > 100);
}

void TstRetranslate::languageChangesInTheRunningWindow()
{
    TranslationLoader translations;
    QVERIFY(translations.apply(QStringLiteral("en")));
    ConsoleTestServices env;
    ConsoleServices services = env.services();
    services.translations = &translations;
    MainWindow w(services);
    w.show();
    QVERIFY(w.connectTo(m_sandbox.baseUrl(), m_sandbox.demoApiKey(), QStringLiteral("Demo")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(w)->rowCount() > 0, kWait);
    QAbstractItemModelTester subscriptionsTester(subscriptionModel(w),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Every tab shown once: the deliveries of the first subscription with some, loaded.
    QTableView *table = subscriptionView(w);
    auto *panel = w.findChild<DeliveriesPanel *>(QStringLiteral("deliveriesPanel"));
    QVERIFY(panel);
    QTabWidget *detailTabs = detailsPane(w)->tabs();
    detailTabs->setCurrentWidget(panel);
    QTableView *deliveries = DeliveriesPanelParts::deliveriesTable(*panel);
    QVERIFY(DeliveriesPanelParts::selectFirstWithDeliveries(table, *panel));
    QTRY_VERIFY_WITH_TIMEOUT(!DeliveriesPanelParts::updatedText(*panel).isEmpty(), kWait);
    QAbstractItemModelTester deliveriesTester(deliveries->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Back to the details (the deliveries stop refreshing), with an edit in progress.
    detailTabs->setCurrentIndex(0);
    auto *description = part<QPlainTextEdit>(w, QStringLiteral("detailsDescription"));
    auto *status = part<QLabel>(w, QStringLiteral("detailsStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != QLatin1String("Loading…"), kWait);
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral(" typed before the switch"));
    const QString typed = description->toPlainText();
    QVERIFY(detailsPane(w)->isDirty());
    const Texts english = collectTexts(w);

    // German, at once.
    QSignalSpy headers(subscriptionModel(w), &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(subscriptionModel(w), &QAbstractItemModel::dataChanged);
    action(w, QStringLiteral("actionLanguage_de"))->trigger();
    // QApplication posts the change to each window: what the next turn of the event loop does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(translations.language(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(!headers.isEmpty());
    QVERIFY(!cells.isEmpty());

    // A representative set, each against the catalogue and different from the English text.
    const auto shows = [](const QString &shown, const char *context, const char *source) {
        const QString german = QCoreApplication::translate(context, source);
        QVERIFY2(german != QLatin1String(source), source);
        QCOMPARE(shown, german);
    };
    shows(w.menuBar()->actions().constFirst()->text(), "MainWindow", "&File");
    shows(action(w, QStringLiteral("actionRefresh"))->text(), "MainWindow", "&Refresh");
    shows(action(w, QStringLiteral("actionNew"))->statusTip(), "MainWindow", "Create a subscription");
    shows(action(w, QStringLiteral("actionFilterFailing"))->text(), "SubscriptionListWidget", "Fai&ling");
    const auto *toolBar = part<QToolBar>(w, QStringLiteral("mainToolBar"));
    const auto *refreshButton =
        qobject_cast<QToolButton *>(toolBar->widgetForAction(action(w, QStringLiteral("actionRefresh"))));
    QVERIFY(refreshButton);
    QCOMPARE(refreshButton->text(), QCoreApplication::translate("MainWindow", "&Refresh").remove(QLatin1Char('&')));
    shows(searchEdit(w)->placeholderText(), "SubscriptionListWidget", "Search ID, URL or description (Ctrl+F)");
    shows(part<QPushButton>(w, QStringLiteral("detailsSaveButton"))->text(), "DetailsPane", "&Save");
    shows(detailTabs->tabText(1), "DetailsPane", "Deliveries");
    shows(part<QPushButton>(w, QStringLiteral("sendTestEventButton"))->text(), "DeliveriesPanel", "Send &test event");
    shows(subscriptionModel(w)->headerData(SubscriptionTableModel::DescriptionColumn, Qt::Horizontal).toString(),
          "SubscriptionTableModel", "Description");
    shows(deliveries->model()->headerData(DeliveryTableModel::NextAttemptColumn, Qt::Horizontal).toString(),
          "DeliveryTableModel", "Next attempt");
    const int total = subscriptionModel(w)->rowCount();
    QCOMPARE(part<QLabel>(w, QStringLiteral("subscriptionCount"))->text(),
             QCoreApplication::translate("SubscriptionListWidget", "%n subscription(s)", nullptr, total));
    QVERIFY(
        part<QLabel>(w, QStringLiteral("connectionLabel"))
            ->text()
            .startsWith(QCoreApplication::translate("MainWindow", "Connected to %1").section(QLatin1Char('%'), 0, 0)));

    // The edit in progress is untouched.
    QCOMPARE(description->toPlainText(), typed);
    QVERIFY(detailsPane(w)->isDirty());

    // No text that has a German translation is still English.
    const Texts german = collectTexts(w);
    QStringList stillEnglish;
    int translatable = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!m_translatedSources.contains(it.value()))
            continue;
        ++translatable;
        if (german.value(it.key()) == it.value())
            stillEnglish << describe(it.key()) + QStringLiteral(": ") + it.value();
    }
    QVERIFY2(translatable > 100, qPrintable(QString::number(translatable)));
    QVERIFY2(stillEnglish.isEmpty(), qPrintable(stillEnglish.join(QStringLiteral("\n"))));

    // And back: every text is what it was.
    action(w, QStringLiteral("actionLanguage_en"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(QLocale().language(), QLocale::English);
    const Texts again = collectTexts(w);
    QStringList changed;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (!changesWithTime(it.key().first) && again.value(it.key()) != it.value())
            changed << describe(it.key()) + QStringLiteral(": \"") + it.value() + QStringLiteral("\" is now \"")
                    + again.value(it.key()) + QLatin1Char('"');
    }
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral("\n"))));
    QCOMPARE(description->toPlainText(), typed);
    QCOMPARE(env.settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    w.setConfirmHandler([](QWidget *, const QString &, const QString &, const QString &) { return true; });
    w.close();
}

QTEST_MAIN(TstRetranslate)
#include "tst_retranslate.moc"
