#pragma once

#include "api/EventType.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class EventTypeTableModel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StatePanel;

// The event types the server offers, searchable, with what the list says while it is loading,
// empty or failed. A load also tells the session's request checks which events exist.
class EventTypesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EventTypesWidget(QWidget *parent = nullptr);

    // Forgets the types of the previous session; null: none.
    void setSession(ConsoleSession *session);
    const EventTypeList &eventTypes() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    void focusSearch();
    void focusTable();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded(const EventTypeList &types);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<ConsoleSession> m_session;
    EventTypeTableModel *m_types;
    QSortFilterProxyModel *m_typesProxy;
    QLineEdit *m_typesSearch;
    QStackedWidget *m_typesStack;
    QTableView *m_typesTable;
    StatePanel *m_typesState;
    bool m_loading = false;
    QString m_lastError;
};
