#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QClipboard;

// Copies a secret to the clipboard and clears it again after a while, unless the user has copied
// something else in the meantime (then the clipboard is theirs and stays untouched).
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QClipboard *clipboard, int clearAfterMs = 60'000, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void copy(const QString &secret);
    bool isArmed() const { return m_timer.isActive(); }
    int clearAfterMs() const { return m_timer.interval(); }
    // Clears now if the clipboard still holds the secret.
    void clearNow();

Q_SIGNALS:
    void cleared();

private:
    void wipe();

    QClipboard *m_clipboard;
    QTimer m_timer;
    QString m_secret;
};
