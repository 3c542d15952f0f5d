// Keyboard accelerators (the underlined letter of "&File", "&Description:") in English and German:
// within one window, the menu bar's titles and the controls shown at the same time never share a
// letter, and the items of each menu (the row's right-click menu too) never do. A clash makes
// Alt+letter go to the first of them, or cycle, and only in the language that has it. And no
// keyboard shortcut (Ctrl+Shift+K, ...) belongs to two commands of the window.

#include "kit/ConsoleTestServices.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"

#include "common/TranslationLoader.h"
#include "models/SubscriptionTableModel.h"
#include "ui/KeychainQuestion.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace MainWindowParts;

namespace {
constexpr int kWait = 30'000;

// The accelerator letter of a text ("&File" -> "f"; "&&" is a literal ampersand), or none.
QChar acceleratorOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Letters used more than once among (letter, owner) pairs, as "d: File, Open local demo".
QStringList clashes(const QList<std::pair<QChar, QString>> &uses)
{
    QMap<QChar, QStringList> owners;
    for (const auto &[letter, owner] : uses)
        if (!letter.isNull())
            owners[letter] << owner;
    QStringList out;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            out << QStringLiteral("%1: %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")));
    return out;
}

// Alt+letter scope of a window: its menu bar's titles and every control shown now.
QList<std::pair<QChar, QString>> windowScope(const QWidget &window)
{
    QList<std::pair<QChar, QString>> uses;
    if (const auto *bar = window.findChild<QMenuBar *>()) {
        for (const QAction *a : bar->actions())
            if (a->isVisible())
                uses.append({acceleratorOf(a->text()), a->text()});
    }
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window)
            continue;
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text = button->text();
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            text = box->title();
        if (!text.isEmpty())
            uses.append({acceleratorOf(text), text});
        if (const auto *tabs = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                uses.append({acceleratorOf(tabs->tabText(i)), tabs->tabText(i)});
    }
    return uses;
}

QStringList menuClashes(const QMenu &menu)
{
    QList<std::pair<QChar, QString>> uses;
    QStringList out;
    for (const QAction *a : menu.actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        uses.append({acceleratorOf(a->text()), a->text()});
        if (a->menu())
            out += menuClashes(*a->menu());
    }
    for (const QString &clash : clashes(uses))
        out << menu.title() + QStringLiteral(" menu: ") + clash;
    return out;
}
}  // namespace

class TstAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noClashInTheMainWindow_data();
    void noClashInTheMainWindow();
    void noShortcutUsedTwice();

private:
    SandboxProcess m_sandbox;
};

void TstAccelerators::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--demo")}), qPrintable(m_sandbox.standardError()));
    QVERIFY(!m_sandbox.demoApiKey().isEmpty());
}

void TstAccelerators::noClashInTheMainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TstAccelerators::noClashInTheMainWindow()
{
    QFETCH(QString, language);
    TranslationLoader translations;
    QVERIFY(translations.apply(language));
    ConsoleTestServices env;
    MainWindow w(env.services());
    w.show();

    QStringList found;
    int checked = 0;
    auto check = [&](const QString &where) {
        const auto uses = windowScope(w);
        checked += int(uses.size());
        if (qEnvironmentVariableIsSet("ACCEL_DUMP"))
            for (const auto &[letter, owner] : uses)
                qDebug().noquote() << where << letter << owner;
        for (const QString &clash : clashes(uses))
            found << where + QStringLiteral(": ") + clash;
    };
    check(QStringLiteral("welcome page"));
    for (const QAction *title : w.findChild<QMenuBar *>()->actions())
        if (title->menu())
            found += menuClashes(*title->menu());
    found += menuClashes(*part<QMenu>(w, QStringLiteral("subscriptionRowMenu")));

    QVERIFY(w.connectTo(m_sandbox.baseUrl(), m_sandbox.demoApiKey(), QStringLiteral("Demo")));
    QTRY_VERIFY_WITH_TIMEOUT(subscriptionModel(w)->rowCount() > 0, kWait);
    subscriptionView(w)->setCurrentIndex(subscriptionView(w)->model()->index(0, 0));
    for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
        }
    }
    // The dialogs the window opens: each is a window of its own.
    for (const char *name : {"actionNew", "actionProfiles", "actionReissueSecret"}) {
        const QList<QDialog *> before = w.findChildren<QDialog *>();
        action(w, QLatin1String(name))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = [&]() -> QDialog * {
            for (QDialog *d : w.findChildren<QDialog *>())
                if (!before.contains(d) && d->isVisible())
                    return d;
            return nullptr;
        }()));
        const auto uses = windowScope(*dialog);
        checked += int(uses.size());
        for (const QString &clash : clashes(uses))
            found << QString::fromLatin1(name) + QStringLiteral(" dialog: ") + clash;
        dialog->reject();
    }
    // The keychain's question (a cancelled prompt), with all its answers: a message box of its own.
    KeychainResult cancelled;
    cancelled.status = KeychainResult::Status::Cancelled;
    cancelled.detail = QStringLiteral("Cannot create an item in a locked collection");
    const auto box = KeychainQuestion::box(
        &w, KeychainQuestion::question(cancelled, KeychainQuestion::Operation::Store, QStringLiteral("Demo"), true));
    box->show();
    const auto boxUses = windowScope(*box);
    checked += int(boxUses.size());
    for (const QString &clash : clashes(boxUses))
        found << QStringLiteral("keychain question: ") + clash;
    box->close();
    QVERIFY(checked > 20);  // it looked at real controls
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// A key sequence that two actions or buttons of the window answer to goes to neither (Qt calls it
// ambiguous), so one of the two commands is silently dead.
void TstAccelerators::noShortcutUsedTwice()
{
    ConsoleTestServices env;
    MainWindow w(env.services());
    w.show();
    QMap<QString, QStringList> owners;
    for (const QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WidgetShortcut)
            continue;  // only while its own widget has the focus
        for (const QKeySequence &key : a->shortcuts())
            owners[key.toString()] << (a->objectName().isEmpty() ? a->text() : a->objectName());
    }
    for (const QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        // Alt+letter from the text's "&" is an accelerator: noClashInTheMainWindow checks those.
        if (!b->shortcut().isEmpty() && b->shortcut() != QKeySequence::mnemonic(b->text()))
            owners[b->shortcut().toString()] << (b->objectName().isEmpty() ? b->text() : b->objectName());
    }
    QStringList twice;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            twice << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    QVERIFY(owners.size() > 20);  // it saw the real shortcuts
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u'\n')));
}

QTEST_MAIN(TstAccelerators)
#include "tst_accelerators.moc"
