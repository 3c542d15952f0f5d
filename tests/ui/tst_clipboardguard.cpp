// The client secret's clipboard copy is cleared after a while, but never the user's own text.

#include "ui/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

class TstClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearsTheSecretLater()
    {
        QClipboard *clipboard = QApplication::clipboard();
        ClipboardGuard guard(clipboard, 100);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("whsec_123"));
        QCOMPARE(clipboard->text(), QStringLiteral("whsec_123"));
        QVERIFY(guard.isArmed());
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(clipboard->text().isEmpty());
        QVERIFY(!guard.isArmed());
    }

    void leavesTheUsersOwnCopyAlone()
    {
        QClipboard *clipboard = QApplication::clipboard();
        ClipboardGuard guard(clipboard, 100);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("whsec_456"));
        clipboard->setText(QStringLiteral("something the user copied"));
        QTRY_COMPARE(cleared.size(), 1);
        QCOMPARE(clipboard->text(), QStringLiteral("something the user copied"));
    }

    void destroyingClearsEarly()
    {
        QClipboard *clipboard = QApplication::clipboard();
        int signalled = 0;
        {
            ClipboardGuard guard(clipboard, 60'000);
            connect(&guard, &ClipboardGuard::cleared, this, [&signalled] { ++signalled; });
            guard.copy(QStringLiteral("whsec_789"));
            QCOMPARE(clipboard->text(), QStringLiteral("whsec_789"));
        }
        QVERIFY(clipboard->text() != QStringLiteral("whsec_789"));
        // Silently: a guard dies as a child after its dialog's members, so a cleared() from its
        // destructor reached a half-destroyed NewSubscriptionDialog (UBSan, tst_mainwindow).
        QCOMPARE(signalled, 0);
    }
};

QTEST_MAIN(TstClipboardGuard)
#include "tst_clipboardguard.moc"
