#pragma once

#include "api/RequestLane.h"
#include "api/Subscription.h"
#include "journal/JournalEntry.h"
#include "ui/ConfirmQuestion.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class BulkProgressPanel;
class Clock;
class ListRefreshSchedule;
class ConsoleSession;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class StatePanel;
class SubscriptionRowActions;
class SubscriptionChunkFeeder;
class SubscriptionCountBar;
class SubscriptionFilterBar;
class SubscriptionFilterProxyModel;
class SubscriptionTableModel;

// The subscriptions of the current connection: the table with its search field and quick filters
// (All, Enabled, Disabled, Failing), what the list says while it is loading, empty or failed, the
// selection, and what acts on listed rows: one-click toggles, enabling, disabling and deleting the
// selection, and bulk jobs over the filtered rows with their progress.
class SubscriptionListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionListWidget(const Clock &clock, QWidget *parent = nullptr);
    ~SubscriptionListWidget() override;

    // Deleting and bulk jobs ask first; the window passes its own handler on, so tests answer once.
    void setConfirmHandler(ConfirmQuestion::Handler handler);
    // Forgets the rows, the load and the bulk job (cancelled) of the previous session; null: none.
    void setSession(ConsoleSession *session);

    SubscriptionTableModel *model() const { return m_model; }
    // The table as shown: its model is the filter and sort proxy, its header the column order.
    const QTableView *table() const { return m_table; }
    // The quick filters, for the window's View menu.
    QList<QAction *> filterActions() const;

    std::optional<qint64> currentId() const;
    // The current row when the server gave it no id (the documented schema allows a null id): it
    // can be shown, not addressed.
    std::optional<Subscription> currentRowWithoutId() const;
    // The selected rows, or the current one when none is selected.
    QList<qint64> selectedIds() const;
    // Every row the search and quick filter let through, in the shown order.
    QList<qint64> filteredIds() const;
    // Selects the rows of these ids (the first becomes current).
    void selectIds(const QList<qint64> &ids);
    bool isBulkRunning() const;

    bool isLoading() const { return m_loading; }
    // When the list reloads by itself (on the bulk lane); the View menu sets its interval.
    ListRefreshSchedule *refreshSchedule() const { return m_schedule; }
    // How many list answers (loaded or failed) have arrived; callers wait for the next one.
    int loadCount() const { return m_loadCount; }
    QString lastLoadError() const { return m_lastLoadError; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    void focusSearch();
    void focusTable();
    void selectAll();

public Q_SLOTS:
    void reload();
    void toggleCurrent();
    void enableSelected();
    void disableSelected();
    void deleteSelected();
    void bulkEnableFiltered();
    void bulkDisableFiltered();
    void bulkDeleteFiltered();
    void cancelBulk();
    // Sends these journal entries of an earlier run again as a bulk job; false if none was started.
    bool resumeWrites(const QList<JournalEntry> &entries);
    // A subscription made elsewhere (the New Subscription dialog) becomes the selected row.
    void showCreated(qint64 id);

Q_SIGNALS:
    void currentChanged();
    // What the window's actions can act on may have changed: selection, a bulk job, a load.
    void actionsChanged();
    // Retry after a failed load reloads everything the window shows, not only the list.
    void refreshRequested();
    void statusMessage(const QString &text, int timeoutMs);
    // The whole list was loaded (after a refresh's row changes were announced by the model).
    void listLoaded();
    // Right-click (or the menu key) on a row, which is then current: the window shows its menu.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildTable();
    void placeWatchColumn();
    void load(RequestLane lane);
    bool startAutomaticLoad();
    void finishLoad(int loaded);
    void updateListState();
    void updateCountLabel();
    void announceCurrent();

    const Clock &m_clock;
    QPointer<ConsoleSession> m_session;

    SubscriptionTableModel *m_model;
    SubscriptionFilterProxyModel *m_proxy;
    SubscriptionChunkFeeder *m_feeder;  // first loads of huge lists, one chunk per event-loop turn
    QTimer m_relativeTimeTicker;
    ListRefreshSchedule *m_schedule;
    SubscriptionRowActions *m_actions;

    SubscriptionFilterBar *m_filterBar;
    SubscriptionCountBar *m_countBar;
    QWidget *m_messageBar;
    QLabel *m_messageText;
    QPushButton *m_retry;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    StatePanel *m_listState;
    BulkProgressPanel *m_bulkPanel;

    std::optional<qint64> m_announcedCurrent;  // the current row the details were last told about

    QPersistentModelIndex m_announcedRowWithoutId;
    bool m_loading = false;
    bool m_automaticLoad = false;  // the running load was started by the schedule
    int m_loadCount = 0;
    QString m_lastLoadError;
};
