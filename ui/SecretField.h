#pragma once

#include <QString>
#include <QWidget>

class ClipboardGuard;
class QClipboard;
class QLabel;
class QLineEdit;
class QPushButton;

// A client secret shown once: read-only in a fixed-width font, with a copy button whose copy is
// cleared from the clipboard after a while (ClipboardGuard) and a line that says when. When the
// field goes, the secret goes from its memory, and from the clipboard if it is still there.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    SecretField(QClipboard *clipboard, int clearAfterMs, QWidget *parent = nullptr);
    ~SecretField() override;

    void setSecret(const QString &secret);
    QString secret() const;
    // For findChild in tests and for screen readers.
    void setNames(const QString &fieldName, const QString &buttonName, const QString &accessibleName);
    QPushButton *copyButton() const { return m_copy; }

private:
    ClipboardGuard *m_guard;
    QLineEdit *m_secret;
    QPushButton *m_copy;
    QLabel *m_note;
};
