#pragma once

#include "api/ApiError.h"
#include "api/EventType.h"
#include "api/Subscription.h"
#include "api/SubscriptionPatch.h"
#include "ui/ConfirmQuestion.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

#include "api/ApiClient.h"
#include "models/SubscriptionTableModel.h"
#include "journal/JournaledWrites.h"
class DetailsForm;
class EventChecklist;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class SubscriptionFactsView;

// The right-hand pane: all fields of the selected subscription (fetched with a GET on the
// interactive lane, cached, refreshable) and an editor for URL, description and events. Save sends
// one PATCH with only the changed fields after checking the documented limits; server field errors
// appear next to their field. Unsaved edits are kept per subscription: neither a refresh nor
// selecting another row discards them.
//
// The vendor's server never reports a subscription's events (PATCH sets them, nothing reads them
// back). Where they are unknown, the pane says so and the checklist stays locked: a PATCH with
// events replaces all of them, so that is an explicit, confirmed choice (Replace events…). Events
// the console set itself in this session are known.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    // Asks the user to confirm something; the window (and tests) answer it without a modal dialog.
    using ConfirmHandler = ConfirmQuestion::Handler;

    explicit DetailsPane(QWidget *parent = nullptr);
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }

    // client may be null (no connection). Clears the cache and drafts of a previous session.
    // Saves go through `writes` (journaled); without it, or without its journal, Save is refused.
    void setSession(ApiClient *client, SubscriptionTableModel *model, JournaledWrites *writes = nullptr);
    void setEventTypes(const EventTypeList &types);
    // nullopt: nothing selected.
    void showSubscription(std::optional<qint64> id);
    // A row the server gave no id: what the list knows, read-only, and why it cannot be changed.
    void showRowWithoutId(const Subscription &row);
    std::optional<qint64> currentId() const { return m_id; }

    // The deliveries panel takes the place of the placeholder tab.
    void setDeliveriesWidget(QWidget *widget);
    QTabWidget *tabs() const { return m_tabs; }

    bool isDirty() const;
    bool hasUnsavedDrafts() const;
    bool isSaving() const { return m_saving; }
    // Whether the shown subscription's events are known (reported by the server or set here).
    bool eventsKnown() const;
    // The user confirmed replacing the unknown events: Save sends the checked ones.
    bool isReplacingEvents() const { return m_replacingEvents; }

public Q_SLOTS:
    void save();
    void revert();
    void reload();
    // Unlocks the checklist of unknown events after the user confirms that Save replaces them all.
    void replaceEvents();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void saved(qint64 id);
    void dirtyChanged(bool dirty);

protected:
    // Texts in the new language; what the user typed stays as it is.
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        QString url;
        QString description;
        QStringList events;
        bool eventsTouched = false;
        bool replacingEvents = false;
        Subscription baseline;
    };

    void retranslate();
    void fetch(qint64 id, bool force);
    void fillReadOnly();
    void fillEditor(const Subscription &s);
    void adoptServerValue(const Subscription &s);
    Subscription shownSubscription() const;
    std::optional<QStringList> knownEvents(qint64 id) const;
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    bool urlDirty() const;
    bool descriptionDirty() const;
    bool eventsDirty() const;
    SubscriptionPatch buildPatch() const;
    void showFieldErrors(const ApiError &error);
    void clearFieldErrors();
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    void stashDraft();

    QPointer<ApiClient> m_client;
    QPointer<JournaledWrites> m_writes;
    QPointer<SubscriptionTableModel> m_model;
    std::optional<qint64> m_id;
    std::optional<Subscription> m_rowWithoutId;  // shown on page 0 instead of a subscription
    Subscription m_baseline;  // what the editor was filled from (the server's value)
    bool m_eventsTouched = false;
    bool m_replacingEvents = false;
    bool m_filling = false;
    bool m_saving = false;
    bool m_lastDirty = false;
    QHash<qint64, Subscription> m_cache;  // GET answers (with events)
    QHash<qint64, Draft> m_drafts;  // unsaved edits of other subscriptions
    QHash<qint64, quint64> m_fetching;
    ConfirmHandler m_confirm;

    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    QLabel *m_emptyNote;  // page 0: nothing selected, or a row without an id
    QLabel *m_deliveriesPlaceholder;
    DetailsForm *m_form;  // page 1: the editor; the members below are its parts
    SubscriptionFactsView *m_facts;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    EventChecklist *m_events;
    QLabel *m_eventsNote;
    QPushButton *m_replaceEvents;
    QLabel *m_eventsError;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_reload;
};
