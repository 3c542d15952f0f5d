#pragma once

#include <QWidget>

#include <optional>

class ActivityFilterProxyModel;
class ActivityTableModel;
class QLabel;
class QSpinBox;
class QTableView;
class SearchField;

// The activity log on screen: the changes made from this computer, newest first. As the list's
// Activity tab it has a search box (an id, or text in the URL, user, kind, time, change, result) and the setting of
// how long changes are kept; in the details pane it shows one subscription's changes only.
class ActivityWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { AllChanges, OneSubscription };

    ActivityWidget(ActivityTableModel &model, Mode mode, QWidget *parent = nullptr);

    // OneSubscription: whose changes to show (none: an empty list).
    void setSubscription(std::optional<qint64> id);
    // AllChanges: the setting shown; changing it asks through keepDaysChanged.
    void setKeepDays(int days);
    // Without a journal nothing can be listed; the note says why.
    void setUnavailable(const QString &why);
    void focusSearch();
    QTableView *table() const { return m_table; }
    int visibleRowCount() const;

Q_SIGNALS:
    void keepDaysChanged(int days);
    // A row was opened (double-click or Enter): show its subscription.
    void subscriptionActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Mode m_mode;
    ActivityFilterProxyModel *m_proxy;
    QLabel *m_note;
    SearchField *m_search = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QLabel *m_keepLabel = nullptr;
    QTableView *m_table;
    QString m_unavailable;
};
