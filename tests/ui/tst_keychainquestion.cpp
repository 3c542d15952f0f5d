// The question the console asks when the keychain fails where a key is needed: plain words in
// the box, the keychain's own text behind Show Details…, and the answers it offers. The real box
// is shown and answered here; the windows' tests answer through the handler.

#include "ui/KeychainQuestion.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {
const QString kDetail = QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");

KeychainResult cancelled()
{
    KeychainResult r;
    r.status = KeychainResult::Status::Cancelled;
    r.message = QStringLiteral("The keyring's prompt was cancelled or could not be shown.");
    r.detail = kDetail;
    return r;
}

QStringList buttonTexts(const QMessageBox &box)
{
    QStringList texts;
    for (const QAbstractButton *b : box.buttons())
        texts << b->text();
    return texts;
}

// Clicks the button with this text on the modal box once it is shown.
void clickWhenShown(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == text) {
                b->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button ") + text));
    });
}
}  // namespace

class TstKeychainQuestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledPromptKeepsTheDetailBehindDetails()
    {
        const auto q = KeychainQuestion::question(cancelled(), KeychainQuestion::Operation::Store,
                                                  QStringLiteral("Production"), true);
        const auto box = KeychainQuestion::box(nullptr, q);
        QCOMPARE(box->windowTitle(), QStringLiteral("Keyring Prompt Cancelled"));
        QCOMPARE(
            box->text(),
            QStringLiteral("You cancelled the keyring's prompt, so the API key of \"Production\" was not stored."));
        QVERIFY(!box->text().contains(QStringLiteral("/org/freedesktop")));
        QVERIFY(!box->informativeText().contains(QStringLiteral("/org/freedesktop")));
        QCOMPARE(box->detailedText(), kDetail);
        const QStringList texts = buttonTexts(*box);
        QVERIFY2(texts.contains(QStringLiteral("&Try Again")), qPrintable(texts.join(u',')));
        QVERIFY2(texts.contains(QStringLiteral("Use for This &Session Only")), qPrintable(texts.join(u',')));
        QVERIFY(box->button(QMessageBox::Cancel));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    }

    void sessionOnlyOnlyWhereAKeyCanBeHad()
    {
        const auto q = KeychainQuestion::question(cancelled(), KeychainQuestion::Operation::Read,
                                                  QStringLiteral("Production"), false);
        const auto box = KeychainQuestion::box(nullptr, q);
        QCOMPARE(box->text(),
                 QStringLiteral("You cancelled the keyring's prompt, so the API key of \"Production\" was not read."));
        const QStringList texts = buttonTexts(*box);
        QVERIFY(texts.contains(QStringLiteral("&Try Again")));
        QVERIFY(!texts.contains(QStringLiteral("Use for This &Session Only")));
        QVERIFY(!box->informativeText().contains(QStringLiteral("session")));
    }

    void unavailableKeychainSaysSoPlainly()
    {
        KeychainResult r;
        r.status = KeychainResult::Status::Unavailable;
        r.message = QStringLiteral("No keychain is available.");
        r.detail = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        const auto q =
            KeychainQuestion::question(r, KeychainQuestion::Operation::Store, QStringLiteral("Production"), true);
        QCOMPARE(q.title, QStringLiteral("No Keychain Available"));
        QCOMPARE(q.text, r.message);
        QCOMPARE(q.detail, r.detail);
        QVERIFY(q.informativeText.contains(QStringLiteral("this session only")));
    }

    void askReturnsTheAnswer_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<KeychainQuestion::Choice>("choice");
        QTest::newRow("try again") << QStringLiteral("&Try Again") << KeychainQuestion::Choice::TryAgain;
        QTest::newRow("session only") << QStringLiteral("Use for This &Session Only")
                                      << KeychainQuestion::Choice::SessionOnly;
    }

    void askReturnsTheAnswer()
    {
        QFETCH(QString, button);
        QFETCH(KeychainQuestion::Choice, choice);
        clickWhenShown(button);
        const auto q = KeychainQuestion::question(cancelled(), KeychainQuestion::Operation::Store,
                                                  QStringLiteral("Production"), true);
        QCOMPARE(KeychainQuestion::ask(nullptr, q), choice);
    }

    void escapeIsCancel()
    {
        QTimer::singleShot(0, [] {
            QWidget *box = QApplication::activeModalWidget();
            QVERIFY(box);
            QTest::keyClick(box, Qt::Key_Escape);
        });
        const auto q = KeychainQuestion::question(cancelled(), KeychainQuestion::Operation::Store,
                                                  QStringLiteral("Production"), true);
        QCOMPARE(KeychainQuestion::ask(nullptr, q), KeychainQuestion::Choice::Cancel);
    }
};

QTEST_MAIN(TstKeychainQuestion)
#include "tst_keychainquestion.moc"
