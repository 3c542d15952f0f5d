#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The designed non-data states of a list: loading, empty (with a hint), and error (with Retry).
class StatePanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Loading, Empty, Error };

    explicit StatePanel(QWidget *parent = nullptr);

    void showLoading(const QString &text);
    void showEmpty(const QString &title, const QString &hint);
    void showError(const QString &title, const QString &details);

    State state() const { return m_state; }
    QString title() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

protected:
    // The owner shows its texts again on a language change; the panel retranslates its own.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setIcon(const QString &resource);

    State m_state = State::Loading;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_retry;
};
