// The editor's state (baseline, per-subscription drafts, dirty fields, unknown events, the save in
// flight) lives here; the form it drives is DetailsForm, the read-only facts SubscriptionFactsView.
#include "ui/DetailsPane.h"

#include "ui/ConfirmQuestion.h"

#include "api/ApiClient.h"
#include "journal/JournalCodec.h"
#include "models/SubscriptionTableModel.h"
#include "ui/DetailsForm.h"
#include "ui/EventChecklist.h"
#include "ui/SubscriptionFactsView.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

}  // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyNote(new QLabel(m_stack))
    , m_deliveriesPlaceholder(new QLabel(this))
    , m_form(new DetailsForm(m_stack))
    , m_facts(m_form->facts)
    , m_url(m_form->url)
    , m_urlError(m_form->urlError)
    , m_description(m_form->description)
    , m_descriptionError(m_form->descriptionError)
    , m_events(m_form->events)
    , m_eventsNote(m_form->eventsNote)
    , m_replaceEvents(m_form->replaceEvents)
    , m_eventsError(m_form->eventsError)
    , m_status(m_form->status)
    , m_save(m_form->save)
    , m_revert(m_form->revert)
    , m_reload(m_form->reload)
{
    // Names for findChild in tests.
    m_url->setObjectName(QStringLiteral("detailsUrl"));
    m_urlError->setObjectName(QStringLiteral("detailsUrlError"));
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_descriptionError->setObjectName(QStringLiteral("detailsDescriptionError"));
    m_events->setObjectName(QStringLiteral("detailsEvents"));
    m_eventsNote->setObjectName(QStringLiteral("detailsEventsNote"));
    m_replaceEvents->setObjectName(QStringLiteral("detailsReplaceEventsButton"));
    m_eventsError->setObjectName(QStringLiteral("detailsEventsError"));
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_save->setObjectName(QStringLiteral("detailsSaveButton"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    // Page 0: nothing selected.
    m_emptyNote->setObjectName(QStringLiteral("detailsEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setTextFormat(Qt::PlainText);
    m_emptyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_emptyNote);

    // Page 1: the form.
    m_stack->addWidget(m_form);

    m_tabs->addTab(m_stack, QString());
    m_deliveriesPlaceholder->setAlignment(Qt::AlignCenter);
    m_deliveriesPlaceholder->setWordWrap(true);
    m_tabs->addTab(m_deliveriesPlaceholder, QString());

    // Tab order: editor fields top to bottom, then the buttons.
    setTabOrder(m_url, m_description);
    setTabOrder(m_description, m_replaceEvents);
    setTabOrder(m_replaceEvents, m_events);
    setTabOrder(m_events, m_reload);
    setTabOrder(m_reload, m_revert);
    setTabOrder(m_revert, m_save);

    auto edited = [this] {
        if (m_filling)
            return;
        updateButtons();
    };
    connect(m_url, &QLineEdit::textEdited, this, [this, edited] {
        m_urlError->hide();
        edited();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (!m_filling)
            m_descriptionError->hide();
        edited();
    });
    connect(m_events, &EventChecklist::checksChanged, this, [this, edited] {
        m_eventsTouched = true;
        m_eventsError->hide();
        edited();
    });
    connect(m_replaceEvents, &QPushButton::clicked, this, &DetailsPane::replaceEvents);
    connect(m_url, &QLineEdit::returnPressed, this, &DetailsPane::save);
    connect(m_save, &QPushButton::clicked, this, &DetailsPane::save);
    connect(m_revert, &QPushButton::clicked, this, &DetailsPane::revert);
    connect(m_reload, &QPushButton::clicked, this, &DetailsPane::reload);
    m_confirm = ConfirmQuestion::ask;
    m_stack->setCurrentIndex(0);
    retranslate();
    updateButtons();
}

void DetailsPane::retranslate()
{
    m_deliveriesPlaceholder->setText(tr("Deliveries of the selected subscription will appear here."));
    if (m_rowWithoutId)
        showRowWithoutId(Subscription(*m_rowWithoutId));  // a copy: showing it resets the member
    else if (!m_id)
        m_emptyNote->setText(tr("Select a subscription to see its details."));
    m_tabs->setTabText(m_tabs->indexOf(m_stack), tr("Details"));
    m_tabs->setTabText(1, tr("Deliveries"));  // the placeholder or the panel that took its place
    m_tabs->setAccessibleName(tr("Subscription details"));
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillReadOnly();
        // A lasting state shown is said again; a past result ("Saved.") stays until the next one.
        if (!m_status->text().isEmpty() && !m_saving && isDirty())
            setStatus(tr("You have unsaved changes here."));
    }
    QWidget::changeEvent(event);
}

void DetailsPane::setSession(ApiClient *client, SubscriptionTableModel *model, JournaledWrites *writes)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_client = client;
    m_writes = writes;
    m_model = model;
    m_cache.clear();
    m_drafts.clear();
    m_fetching.clear();
    m_id.reset();
    m_saving = false;
    m_stack->setCurrentIndex(0);
    if (m_model) {
        auto refreshFacts = [this] {
            if (!m_id)
                return;
            if (m_model->rowForId(*m_id) < 0) {
                setStatus(tr("This subscription no longer exists on the server."), true);
                m_save->setEnabled(false);
                return;
            }
            fillReadOnly();
            // A refresh brings new server values: adopt them where the user has not typed.
            const Subscription server = m_model->serverSubscriptionAt(m_model->rowForId(*m_id));
            if (!m_saving
                && (server.url != m_baseline.url || server.description != m_baseline.description
                    || (server.events && server.events != m_baseline.events)))
                adoptServerValue(server);
        };
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this, refreshFacts](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (!m_id)
                        return;
                    const int row = m_model->rowForId(*m_id);
                    if (row >= topLeft.row() && row <= bottomRight.row())
                        refreshFacts();
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, refreshFacts);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, refreshFacts);
    }
    updateButtons();
}

void DetailsPane::setEventTypes(const EventTypeList &types)
{
    const bool filling = m_filling;
    m_filling = true;
    m_events->setEventTypes(types);
    m_filling = filling;
}

void DetailsPane::setDeliveriesWidget(QWidget *widget)
{
    const int index = m_tabs->indexOf(m_deliveriesPlaceholder);
    if (index < 0 || !widget)
        return;
    m_tabs->removeTab(index);
    m_deliveriesPlaceholder->hide();
    m_tabs->insertTab(index, widget, tr("Deliveries"));
}

void DetailsPane::stashDraft()
{
    if (!m_id)
        return;
    if (isDirty()) {
        Draft d;
        d.url = m_url->text();
        d.description = m_description->toPlainText();
        d.events = m_events->checked();
        d.eventsTouched = m_eventsTouched;
        d.replacingEvents = m_replacingEvents;
        d.baseline = m_baseline;
        m_drafts.insert(*m_id, d);
    } else {
        m_drafts.remove(*m_id);
    }
}

void DetailsPane::showSubscription(std::optional<qint64> id)
{
    m_emptyNote->setText(tr("Select a subscription to see its details."));
    m_rowWithoutId.reset();
    if (id == m_id)
        return;
    if (m_saving)
        m_saving = false;  // the answer still lands in the model; the editor moves on
    stashDraft();
    m_id = id;
    clearFieldErrors();
    setStatus(QString());
    if (!m_id || !m_model || m_model->rowForId(*m_id) < 0) {
        m_id.reset();
        m_stack->setCurrentIndex(0);
        updateButtons();
        return;
    }
    m_stack->setCurrentIndex(1);
    fillReadOnly();
    const auto draft = m_drafts.constFind(*m_id);
    if (draft != m_drafts.constEnd()) {
        m_filling = true;
        m_baseline = draft->baseline;
        m_url->setText(draft->url);
        m_description->setPlainText(draft->description);
        m_events->setChecked(draft->events);
        m_eventsTouched = draft->eventsTouched;
        m_replacingEvents = draft->replacingEvents;
        m_filling = false;
        setStatus(tr("You have unsaved changes here."));
    } else {
        Subscription s = m_model->serverSubscriptionAt(m_model->rowForId(*m_id));
        if (!s.events)
            s.events = knownEvents(*m_id);
        fillEditor(s);
    }
    updateButtons();
    fetch(*m_id, false);
}

void DetailsPane::showRowWithoutId(const Subscription &row)
{
    showSubscription(std::nullopt);
    QStringList lines{tr("This subscription has no ID from the server, so it cannot be opened, changed or deleted "
                         "here: every request for one subscription names its ID."),
                      QString(), tr("URL: %1").arg(row.url)};
    if (row.description && !row.description->isEmpty())
        lines << tr("Description: %1").arg(*row.description);
    lines << (row.enabled ? tr("Enabled: yes") : tr("Enabled: no"));
    m_emptyNote->setText(lines.join(u'\n'));
    m_rowWithoutId = row;
}

void DetailsPane::fetch(qint64 id, bool force)
{
    if (!m_client || (!force && m_cache.contains(id)) || m_fetching.contains(id))
        return;
    if (m_id == id && !m_saving)
        setStatus(tr("Loading…"));
    const RequestId request = m_client->getSubscription(
        id, RequestLane::Interactive, this, [this, id](const ApiResult<Subscription> &result) {
            m_fetching.remove(id);
            if (!result.ok()) {
                if (m_id == id)
                    setStatus(tr("Could not load this subscription: %1").arg(result.error.message()), true);
                return;
            }
            Subscription s = *result;
            s.id = id;
            if (!s.events)
                s.events = knownEvents(id);  // an answer without events does not make them unknown
            m_cache.insert(id, s);
            if (m_model && m_model->rowForId(id) >= 0 && !m_model->isPending(m_model->rowForId(id)))
                m_model->upsert(s);
            if (m_id == id) {
                adoptServerValue(s);
                fillReadOnly();
                if (!isDirty())
                    setStatus(QString());
                else
                    setStatus(tr("You have unsaved changes here."));
            }
        });
    m_fetching.insert(id, request);
}

void DetailsPane::reload()
{
    if (!m_id)
        return;
    m_cache.remove(*m_id);
    fetch(*m_id, true);
}

Subscription DetailsPane::shownSubscription() const
{
    Subscription s = m_model->subscriptionAt(m_model->rowForId(*m_id));
    if (!s.events)
        s.events = knownEvents(*m_id);
    return s;
}

// Answers may leave the events out (the vendor's never carry them): what the model or the cache
// last knew, from an answer that had them or from a write this console sent.
std::optional<QStringList> DetailsPane::knownEvents(qint64 id) const
{
    if (m_model) {
        const int row = m_model->rowForId(id);
        if (row >= 0 && m_model->serverSubscriptionAt(row).events)
            return m_model->serverSubscriptionAt(row).events;
    }
    const auto cached = m_cache.constFind(id);
    return cached != m_cache.constEnd() ? cached->events : std::nullopt;
}

bool DetailsPane::eventsKnown() const
{
    return m_id && m_baseline.events.has_value();
}

bool DetailsPane::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(this, title, text, acceptText) : false;
}

void DetailsPane::replaceEvents()
{
    if (!m_id || eventsKnown() || m_replacingEvents || m_saving)
        return;
    const QString text =
        tr("This server does not report which events subscription %1 receives now.\n\n"
           "Saving replaces all of them with the events you check here: every event it receives now that "
           "you do not check is no longer delivered to it.")
            .arg(*m_id);
    if (!confirm(tr("Replace Events"), text, tr("Replace Events")))
        return;
    m_replacingEvents = true;
    updateButtons();
    m_events->setFocus();
    setStatus(tr("Check the events this subscription should receive. Saving replaces all of its events with them."));
}

void DetailsPane::fillReadOnly()
{
    if (!m_id || !m_model || m_model->rowForId(*m_id) < 0)
        return;
    const int row = m_model->rowForId(*m_id);
    m_facts->showSubscription(*m_id, shownSubscription(), m_model->isPending(row), m_model->errorAt(row));
}

void DetailsPane::fillEditor(const Subscription &s)
{
    m_filling = true;
    m_baseline = s;
    m_url->setText(s.url);
    m_url->setCursorPosition(0);  // show where the URL starts, not its tail
    m_description->setPlainText(s.description.value_or(QString()));
    m_events->setChecked(s.events.value_or(QStringList()));
    m_eventsTouched = false;
    m_replacingEvents = false;
    m_filling = false;
    updateButtons();
}

void DetailsPane::adoptServerValue(const Subscription &s)
{
    if (!isDirty()) {
        const bool replacing = m_replacingEvents;
        fillEditor(s);
        // A refresh does not undo the user's choice to replace events that are still unknown.
        m_replacingEvents = replacing && !m_baseline.events;
        updateButtons();
        return;
    }
    // Keep every field the user changed; take the server's value for the others.
    const bool urlChanged = urlDirty();
    const bool descChanged = descriptionDirty();
    const bool eventsChanged = eventsDirty();
    m_filling = true;
    if (!urlChanged)
        m_url->setText(s.url);
    if (!descChanged)
        m_description->setPlainText(s.description.value_or(QString()));
    if (!eventsChanged && s.events)
        m_events->setChecked(*s.events);
    m_filling = false;
    Subscription baseline = s;
    if (!baseline.events)
        baseline.events = m_baseline.events;
    m_baseline = baseline;
    updateButtons();
}

bool DetailsPane::urlDirty() const
{
    return m_id && m_url->text() != m_baseline.url;
}

bool DetailsPane::descriptionDirty() const
{
    return m_id && m_description->toPlainText() != m_baseline.description.value_or(QString());
}

bool DetailsPane::eventsDirty() const
{
    if (!m_id || !m_eventsTouched)
        return false;
    // Unknown events are sent only after the confirmed choice to replace them.
    if (!m_baseline.events)
        return m_replacingEvents;
    return sorted(m_events->checked()) != sorted(*m_baseline.events);
}

bool DetailsPane::isDirty() const
{
    return urlDirty() || descriptionDirty() || eventsDirty();
}

bool DetailsPane::hasUnsavedDrafts() const
{
    return isDirty() || !m_drafts.isEmpty();
}

SubscriptionPatch DetailsPane::buildPatch() const
{
    SubscriptionPatch patch;
    if (urlDirty())
        patch.url = m_url->text().trimmed();
    if (descriptionDirty()) {
        const QString text = m_description->toPlainText();
        patch.description = text.isEmpty() ? QString() : text;  // a null QString clears it (JSON null)
    }
    if (eventsDirty())
        patch.events = m_events->checked();
    return patch;
}

void DetailsPane::save()
{
    if (!m_id || !m_client || !m_model || m_saving)
        return;
    clearFieldErrors();
    const SubscriptionPatch patch = buildPatch();
    if (patch.isEmpty()) {
        setStatus(tr("Nothing to save: no field was changed."));
        return;
    }
    const ApiError invalid = m_client->validator().validatePatch(patch);
    if (invalid.isError()) {
        showFieldErrors(invalid);
        setStatus(tr("Please correct the marked fields."), true);
        return;
    }
    if (!m_writes || !m_writes->canWrite()) {
        setStatus(m_writes ? m_writes->refusal() : tr("Not saved: there is no journal of pending changes."), true);
        return;
    }
    const qint64 id = *m_id;
    const QJsonObject before = JournalCodec::snapshot(m_model->subscriptionAt(m_model->rowForId(id)));
    const quint64 ticket = m_model->setPending(id, patch);
    m_saving = true;
    setStatus(tr("Saving…"));
    updateButtons();
    const RequestId request = m_writes->edit(
        id, patch, before, RequestLane::Interactive, this,
        [this, id, ticket, patch](const ApiResult<Subscription> &result) {
            const bool current = m_id == id;
            if (current)
                m_saving = false;
            if (!result.ok()) {
                if (m_model)
                    m_model->rollback(id, result.error.message(), ticket);
                if (current) {
                    showFieldErrors(result.error);
                    setStatus(tr("Not saved: %1").arg(result.error.message()), true);
                    updateButtons();
                }
                Q_EMIT statusMessage(tr("Saving subscription %1 failed: %2").arg(id).arg(result.error.message()));
                return;
            }
            Subscription s = *result;
            s.id = id;
            if (!s.events)  // the server confirmed the events it was sent; others stay as known
                s.events = patch.events ? patch.events : knownEvents(id);
            m_cache.insert(id, s);
            m_drafts.remove(id);
            if (m_model)
                m_model->confirm(id, s, ticket);
            if (current) {
                fillEditor(s);
                fillReadOnly();
                setStatus(tr("Saved."));
            }
            Q_EMIT statusMessage(tr("Subscription %1 saved.").arg(id));
            Q_EMIT saved(id);
        });
    if (request == 0) {  // not recorded, so not sent
        m_saving = false;
        m_model->rollback(id, QString(), ticket);
        setStatus(m_writes->lastError(), true);
        updateButtons();
    }
}

void DetailsPane::revert()
{
    if (!m_id)
        return;
    m_drafts.remove(*m_id);
    clearFieldErrors();
    Subscription s = m_model->serverSubscriptionAt(m_model->rowForId(*m_id));
    if (!s.events)
        s.events = knownEvents(*m_id);
    fillEditor(s);
    setStatus(QString());
}

void DetailsPane::showFieldErrors(const ApiError &error)
{
    const QMap<QString, QString> &fields = error.fieldErrors;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QLabel *label = nullptr;
        if (it.key() == QLatin1String("url"))
            label = m_urlError;
        else if (it.key() == QLatin1String("description"))
            label = m_descriptionError;
        else if (it.key() == QLatin1String("events") || it.key().startsWith(QLatin1String("events")))
            label = m_eventsError;
        if (!label)
            continue;
        label->setText(it.value());
        label->show();
    }
    if (fields.contains(QStringLiteral("url")))
        m_url->setFocus();
}

void DetailsPane::clearFieldErrors()
{
    for (QLabel *label : {m_urlError, m_descriptionError, m_eventsError}) {
        label->clear();
        label->hide();
    }
}

void DetailsPane::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d9463b;") : QString());
}

void DetailsPane::updateButtons()
{
    const bool dirty = isDirty();
    const bool editable = m_id && m_client && m_model && m_model->rowForId(*m_id) >= 0;
    m_save->setEnabled(editable && dirty && !m_saving);
    m_revert->setEnabled(editable && dirty && !m_saving);
    m_reload->setEnabled(editable);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_description)})
        w->setEnabled(editable);
    // Unknown events: checking some would silently replace them all, so the list stays locked
    // until the user chooses to replace them.
    const bool known = eventsKnown();
    m_events->setEnabled(editable && (known || m_replacingEvents));
    m_eventsNote->setVisible(m_id && !known);
    m_replaceEvents->setVisible(m_id && !known && !m_replacingEvents);
    m_replaceEvents->setEnabled(editable && !m_saving);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}
