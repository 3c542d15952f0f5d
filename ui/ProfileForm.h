#pragma once

#include "profiles/Profile.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Name, base URL and API key of a connection profile, plus an optional compressed rate window and
// rate-limit overrides (one "METHOD /path=N/window" per line, as RateLimitPolicy reads them).
// Used on the welcome page and in the profile editor.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    // Where the profile's key is kept now. When it is kept somewhere (editing), an empty key field
    // keeps it, and the field's hint says where: a key held for this session only is not "stored".
    enum class KeptKey { None, Keychain, Session };
    void setKeptKey(KeptKey kept);
    // Reads and validates. On failure returns false, shows the reason and focuses the field.
    bool read(Profile *profile, QByteArray *apiKey);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *windowEdit() const { return m_window; }
    QPlainTextEdit *rateLimitsEdit() const { return m_rateLimits; }
    QString errorText() const;
    void showError(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_window;
    QPlainTextEdit *m_rateLimits;
    QLabel *m_error;
    KeptKey m_keptKey = KeptKey::None;
    Profile m_original;
    QList<QLabel *> m_labels;  // Name, Base URL, API key, Rate window, Rate limits
};
