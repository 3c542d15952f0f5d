#include "ui/ClipboardGuard.h"

#include <QClipboard>

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, int clearAfterMs, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // Closing the dialog early must not leave the secret behind. No cleared() from here: as a child
    // the guard dies after its dialog's own members, and a receiver there would be half destroyed.
    if (m_timer.isActive())
        wipe();
}

void ClipboardGuard::copy(const QString &secret)
{
    m_secret = secret;
    if (m_clipboard)
        m_clipboard->setText(secret);
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    wipe();
    Q_EMIT cleared();
}

void ClipboardGuard::wipe()
{
    m_timer.stop();
    if (m_clipboard && !m_secret.isEmpty() && m_clipboard->text() == m_secret)
        m_clipboard->clear();
    m_secret.clear();
}
