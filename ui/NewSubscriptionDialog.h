#pragma once

#include "api/ApiError.h"
#include "api/EventType.h"
#include "api/Subscription.h"

#include <QDialog>
#include <QPointer>

#include <optional>

#include "api/ApiClient.h"
#include "models/SubscriptionTableModel.h"
#include "journal/JournaledWrites.h"
class EventChecklist;
class QClipboard;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class SecretField;

// New subscription: URL, description, events. POST (the create endpoint takes no events), then one
// PATCH for the events when any were chosen. The client_secret is shown once, with a copy button
// whose clipboard copy is cleared after a minute. When the POST worked but the events PATCH did
// not, the dialog says exactly that and offers to retry the PATCH. Both go through JournaledWrites:
// recorded before they are sent; a POST without an answer stays in the journal as "may exist".
class NewSubscriptionDialog : public QDialog
{
    Q_OBJECT
public:
    NewSubscriptionDialog(JournaledWrites *writes, SubscriptionTableModel *model, const EventTypeList &types,
                          QClipboard *clipboard, int clipboardClearMs, QWidget *parent = nullptr);
    ~NewSubscriptionDialog() override;

    bool eventsPatchFailed() const { return m_eventsFailed; }

public Q_SLOTS:
    void create();
    void retryEventsPatch();

Q_SIGNALS:
    void created(qint64 id);

private:
    void sendEventsPatch();
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &text);
    void showFieldErrors(const ApiError &error);
    SubscriptionDraft draftFromForm(const QStringList &events) const;
    // Checks the form as the user types: an error already shown goes as soon as its field is right,
    // a new URL error shows once the user leaves the field, a description over the limit at once.
    void revalidate(bool showUrlError);

    QPointer<JournaledWrites> m_writes;
    QPointer<ApiClient> m_client;
    QPointer<SubscriptionTableModel> m_model;
    std::optional<qint64> m_createdId;
    QStringList m_wantedEvents;
    bool m_eventsFailed = false;

    QStackedWidget *m_pages;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    QLabel *m_descriptionCount;
    EventChecklist *m_events;
    QLabel *m_eventsError;
    QLabel *m_noEventsNote;
    QLabel *m_error;
    QPushButton *m_create;
    QPushButton *m_cancel;

    QLabel *m_doneTitle;
    SecretField *m_secret;
    QLabel *m_eventsState;
    QPushButton *m_retryEvents;
    QPushButton *m_close;
};
