#include "ui/NewSubscriptionDialog.h"

#include "api/ApiClient.h"
#include "api/RequestValidator.h"
#include "common/UnicodeText.h"
#include "models/SubscriptionTableModel.h"
#include "ui/SecretField.h"
#include "ui/EventChecklist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
const QString kErrorStyle = QStringLiteral("color: #d9463b;");

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
}  // namespace

NewSubscriptionDialog::NewSubscriptionDialog(JournaledWrites *writes, SubscriptionTableModel *model,
                                             const EventTypeList &types, QClipboard *clipboard, int clipboardClearMs,
                                             QWidget *parent)
    : QDialog(parent)
    , m_writes(writes)
    , m_client(writes ? writes->client() : nullptr)
    , m_model(model)
    , m_pages(new QStackedWidget(this))
    , m_url(new QLineEdit(this))
    , m_urlError(errorLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionError(errorLabel(this))
    , m_descriptionCount(new QLabel(this))
    , m_events(new EventChecklist(this))
    , m_eventsError(errorLabel(this))
    , m_noEventsNote(
          new QLabel(tr("No events chosen: the subscription will receive nothing until you add some."), this))
    , m_error(errorLabel(this))
    , m_create(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("C&reate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_doneTitle(new QLabel(this))
    , m_secret(new SecretField(clipboard, clipboardClearMs, this))
    , m_eventsState(new QLabel(this))
    , m_retryEvents(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Retry setting events"), this))
    , m_close(new QPushButton(tr("&Done"), this))
{
    setWindowTitle(tr("New Subscription"));
    setAccessibleName(tr("New subscription"));
    // Names for findChild in tests.
    m_pages->setObjectName(QStringLiteral("newSubscriptionPages"));
    m_url->setObjectName(QStringLiteral("newSubscriptionUrl"));
    m_description->setObjectName(QStringLiteral("newSubscriptionDescription"));
    m_events->setObjectName(QStringLiteral("newSubscriptionEvents"));
    m_error->setObjectName(QStringLiteral("newSubscriptionError"));
    m_urlError->setObjectName(QStringLiteral("newSubscriptionUrlError"));
    m_descriptionError->setObjectName(QStringLiteral("newSubscriptionDescriptionError"));
    m_create->setObjectName(QStringLiteral("newSubscriptionCreateButton"));
    m_secret->setNames(QStringLiteral("newSubscriptionSecret"), QStringLiteral("newSubscriptionCopyButton"),
                       tr("Client secret"));
    m_eventsState->setObjectName(QStringLiteral("newSubscriptionEventsState"));
    m_retryEvents->setObjectName(QStringLiteral("newSubscriptionRetryEventsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // Page 0: the form.
    auto *formPage = new QWidget(m_pages);
    auto *form = new QFormLayout(formPage);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_url->setPlaceholderText(tr("https://example.com/webhooks"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    auto *urlBox = new QVBoxLayout;
    urlBox->addWidget(m_url);
    urlBox->addWidget(m_urlError);
    auto *urlLabel = new QLabel(tr("&URL:"), formPage);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlBox);
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What this endpoint is for (optional)"));
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);
    auto *descBox = new QVBoxLayout;
    descBox->addWidget(m_description);
    descBox->addWidget(m_descriptionCount);
    descBox->addWidget(m_descriptionError);
    m_descriptionCount->setObjectName(QStringLiteral("newSubscriptionDescriptionCount"));
    m_descriptionCount->setAlignment(Qt::AlignRight);
    auto *descLabel = new QLabel(tr("&Description:"), formPage);
    descLabel->setBuddy(m_description);
    form->addRow(descLabel, descBox);
    m_events->setEventTypes(types);
    auto *eventsBox = new QVBoxLayout;
    eventsBox->addWidget(m_events);
    eventsBox->addWidget(m_eventsError);
    // Said before Create, not after: a subscription without events receives nothing.
    m_noEventsNote->setObjectName(QStringLiteral("newSubscriptionNoEventsNote"));
    m_noEventsNote->setWordWrap(true);
    eventsBox->addWidget(m_noEventsNote);
    auto *eventsLabel = new QLabel(tr("&Events:"), formPage);
    eventsLabel->setBuddy(m_events);
    form->addRow(eventsLabel, eventsBox);
    form->addRow(m_error);
    auto *formButtons = new QDialogButtonBox(formPage);
    formButtons->addButton(m_create, QDialogButtonBox::AcceptRole);
    formButtons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    form->addRow(formButtons);
    m_create->setDefault(true);
    m_pages->addWidget(formPage);

    // Page 1: the result, with the secret shown this once.
    auto *donePage = new QWidget(m_pages);
    auto *done = new QVBoxLayout(donePage);
    QFont bold = m_doneTitle->font();
    bold.setBold(true);
    m_doneTitle->setFont(bold);
    m_doneTitle->setWordWrap(true);
    done->addWidget(m_doneTitle);
    auto *warning = new QLabel(tr("This is the subscription's client secret. It is shown only now and "
                                  "cannot be shown again: copy it to a safe place before closing this window."),
                               donePage);
    warning->setWordWrap(true);
    auto *warningRow = new QHBoxLayout;
    auto *warningIcon = new QLabel(donePage);
    warningIcon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(QSize(24, 24), devicePixelRatioF()));
    warningRow->addWidget(warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);
    done->addLayout(warningRow);
    done->addWidget(m_secret);
    m_eventsState->setWordWrap(true);
    m_eventsState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventsState->setAccessibleName(tr("Events state"));
    done->addWidget(m_eventsState);
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(m_retryEvents);
    doneButtons->addStretch(1);
    doneButtons->addWidget(m_close);
    done->addLayout(doneButtons);
    done->addStretch(1);
    m_retryEvents->hide();
    m_pages->addWidget(donePage);

    connect(m_url, &QLineEdit::textChanged, this, [this] { revalidate(false); });
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (!m_url->text().trimmed().isEmpty())
            revalidate(true);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { revalidate(false); });
    connect(m_events, &EventChecklist::checksChanged, this, [this] { revalidate(false); });
    revalidate(false);

    connect(m_create, &QPushButton::clicked, this, &NewSubscriptionDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_retryEvents, &QPushButton::clicked, this, &NewSubscriptionDialog::retryEventsPatch);
    resize(520, 480);
}

NewSubscriptionDialog::~NewSubscriptionDialog() = default;

void NewSubscriptionDialog::setBusy(bool busy, const QString &text)
{
    m_create->setEnabled(!busy);
    m_url->setReadOnly(busy);
    m_description->setReadOnly(busy);
    m_events->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QString());
        m_error->setText(text);
        m_error->show();
    }
}

void NewSubscriptionDialog::showError(const QString &text)
{
    m_error->setStyleSheet(kErrorStyle);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NewSubscriptionDialog::showFieldErrors(const ApiError &error)
{
    for (QLabel *label : {m_urlError, m_descriptionError, m_eventsError})
        label->hide();
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        QLabel *label = it.key() == QLatin1String("url")   ? m_urlError
            : it.key() == QLatin1String("description")     ? m_descriptionError
            : it.key().startsWith(QLatin1String("events")) ? m_eventsError
                                                           : nullptr;
        if (label) {
            label->setText(it.value());
            label->show();
        }
    }
}

SubscriptionDraft NewSubscriptionDialog::draftFromForm(const QStringList &events) const
{
    SubscriptionDraft draft;
    draft.url = m_url->text().trimmed();
    const QString description = m_description->toPlainText();
    if (!description.isEmpty())
        draft.description = description;
    if (!events.isEmpty())
        draft.events = events;
    return draft;
}

void NewSubscriptionDialog::revalidate(bool showUrlError)
{
    const qsizetype length = UnicodeText::codePoints(m_description->toPlainText());
    const bool tooLong = length > RequestValidator::MaxDescriptionLength;
    m_descriptionCount->setText(tr("%1 / %2 characters").arg(length).arg(RequestValidator::MaxDescriptionLength));
    m_descriptionCount->setStyleSheet(tooLong ? kErrorStyle : QString());
    m_noEventsNote->setVisible(m_events->checked().isEmpty());
    if (!m_client)
        return;
    const ApiError invalid = m_client->validator().validateDraft(draftFromForm(m_events->checked()));
    auto update = [this, &invalid](QLabel *label, const QString &field, bool showNew) {
        QString text;
        for (auto it = invalid.fieldErrors.cbegin(); it != invalid.fieldErrors.cend(); ++it)
            if (it.key() == field || (field == QLatin1String("events") && it.key().startsWith(field)))
                text = it.value();
        if (text.isEmpty()) {
            label->hide();
        } else if (showNew || label->isVisibleTo(this)) {
            label->setText(text);
            label->show();
        }
    };
    update(m_urlError, QStringLiteral("url"), showUrlError);
    update(m_descriptionError, QStringLiteral("description"), tooLong);
    update(m_eventsError, QStringLiteral("events"), false);
}

void NewSubscriptionDialog::create()
{
    if (!m_client || m_createdId)
        return;
    m_wantedEvents = m_events->checked();
    const SubscriptionDraft draft = draftFromForm({});
    const ApiError invalid = m_client->validator().validateDraft(draftFromForm(m_wantedEvents));
    showFieldErrors(invalid);
    if (invalid.isError()) {
        showError(tr("Please correct the marked fields."));
        return;
    }
    if (!m_writes || !m_writes->canWrite()) {
        showError(m_writes ? m_writes->refusal() : tr("There is no journal of pending changes."));
        return;
    }
    setBusy(true, tr("Creating…"));
    // The create endpoint takes no events: they follow in a PATCH.
    const RequestId request =
        m_writes->create(draft, RequestLane::Interactive, this, [this](const ApiResult<CreatedSubscription> &result) {
            if (!result.ok()) {
                setBusy(false);
                showFieldErrors(result.error);
                const ApiError::Kind k = result.error.kind;
                if (k == ApiError::Kind::Network || k == ApiError::Kind::Timeout || k == ApiError::Kind::MalformedBody)
                    showError(tr("No answer came for the create: %1\nThe subscription may exist on the server. "
                                 "Refresh the list and check before creating it again.")
                                  .arg(result.error.message()));
                else
                    showError(tr("The subscription was not created: %1").arg(result.error.message()));
                return;
            }
            const CreatedSubscription &made = *result;
            m_createdId = made.subscription.id;
            if (m_model)
                m_model->upsert(made.subscription);
            m_doneTitle->setText(
                m_createdId ? tr("Subscription %1 was created for %2.").arg(*m_createdId).arg(made.subscription.url)
                            : tr("The subscription was created for %1.").arg(made.subscription.url));
            m_secret->setSecret(made.clientSecret);
            m_pages->setCurrentIndex(1);
            m_secret->copyButton()->setFocus();
            if (m_createdId)
                Q_EMIT created(*m_createdId);
            if (!m_wantedEvents.isEmpty() && m_createdId)
                sendEventsPatch();
            else if (!m_wantedEvents.isEmpty())
                m_eventsState->setText(tr("The server did not return an ID, so the events could not be set."));
            else
                m_eventsState->setText(tr("No events were chosen: the subscription receives none until you add some."));
        });
    if (request == 0) {
        setBusy(false);
        showError(m_writes->lastError());
    }
}

void NewSubscriptionDialog::sendEventsPatch()
{
    if (!m_client || !m_createdId)
        return;
    const qint64 id = *m_createdId;
    m_retryEvents->setEnabled(false);
    m_eventsState->setStyleSheet(QString());
    m_eventsState->setText(tr("Setting %n event(s)…", nullptr, int(m_wantedEvents.size())));
    SubscriptionPatch patch;
    patch.events = m_wantedEvents;
    if (!m_writes)
        return;
    const RequestId request = m_writes->edit(
        id, patch, {}, RequestLane::Interactive, this, [this, id](const ApiResult<Subscription> &result) {
            m_retryEvents->setEnabled(true);
            if (!result.ok()) {
                m_eventsFailed = true;
                m_eventsState->setStyleSheet(kErrorStyle);
                m_eventsState->setText(tr("The subscription was created, but setting its events failed: %1\n"
                                          "It exists now without events. Retry setting the events, or set them later "
                                          "in the details pane.")
                                           .arg(result.error.message()));
                m_retryEvents->show();
                return;
            }
            m_eventsFailed = false;
            m_retryEvents->hide();
            Subscription s = *result;
            s.id = id;
            if (!s.events)
                s.events = m_wantedEvents;
            if (m_model)
                m_model->upsert(s);
            m_eventsState->setText(tr("Events set: %1").arg(m_wantedEvents.join(QStringLiteral(", "))));
        });
    if (request == 0) {
        m_eventsFailed = true;
        m_retryEvents->setEnabled(true);
        m_retryEvents->show();
        m_eventsState->setStyleSheet(kErrorStyle);
        m_eventsState->setText(m_writes->lastError());
    }
}

void NewSubscriptionDialog::retryEventsPatch()
{
    sendEventsPatch();
}
