#include "ui/DetailsForm.h"

#include "common/UnicodeText.h"

#include "api/RequestValidator.h"
#include "ui/EventChecklist.h"
#include "ui/SubscriptionFactsView.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

// The texts keep the pane's translation context, where the catalogue has them (the form was part
// of the pane): QCoreApplication::translate with that context rather than tr().

namespace {
QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that stays readable on dark and light palettes.
    label->setStyleSheet(QStringLiteral("color: #d9463b;"));
    label->hide();
    return label;
}
}  // namespace

DetailsForm::DetailsForm(QWidget *parent)
    : QScrollArea(parent)
    , facts(new SubscriptionFactsView(this))
    , url(new QLineEdit(this))
    , urlError(makeErrorLabel(this))
    , description(new QPlainTextEdit(this))
    , descriptionCount(new QLabel(this))
    , descriptionError(makeErrorLabel(this))
    , events(new EventChecklist(this))
    , eventsNote(new QLabel(this))
    , replaceEvents(new QPushButton(this))
    , eventsError(makeErrorLabel(this))
    , status(new QLabel(this))
    , save(new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this))
    , revert(new QPushButton(this))
    , reload(new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(), this))
{
    auto *form = new QWidget(this);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *v = new QVBoxLayout(form);
    v->addWidget(facts);

    // A grid rather than a form layout: the events list takes all the height that is left.
    auto *editor = new QGridLayout;
    editor->setColumnStretch(1, 1);
    url->setMaxLength(RequestValidator::MaxUrlLength + 100);  // let the validator explain the limit
    auto *urlBox = new QVBoxLayout;
    urlBox->addWidget(url);
    urlBox->addWidget(urlError);
    auto *urlLabel = new QLabel(form);
    urlLabel->setBuddy(url);
    editor->addWidget(urlLabel, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    editor->addLayout(urlBox, 0, 1);

    description->setTabChangesFocus(true);
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 4 + 12);
    descriptionCount->setAlignment(Qt::AlignRight);
    auto *descBox = new QVBoxLayout;
    descBox->addWidget(description);
    descBox->addWidget(descriptionCount);
    descBox->addWidget(descriptionError);
    auto *descLabel = new QLabel(form);
    descLabel->setBuddy(description);
    editor->addWidget(descLabel, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    editor->addLayout(descBox, 1, 1);

    events->setMinimumHeight(events->fontMetrics().lineSpacing() * 6);
    eventsNote->setWordWrap(true);
    eventsNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(eventsNote, 1);
    noteRow->addWidget(replaceEvents, 0, Qt::AlignTop);
    auto *eventsBox = new QVBoxLayout;
    eventsBox->addLayout(noteRow);
    eventsBox->addWidget(events, 1);
    eventsBox->addWidget(eventsError);
    auto *eventsLabel = new QLabel(form);
    eventsLabel->setBuddy(events);
    editor->addWidget(eventsLabel, 2, 0, Qt::AlignLeft | Qt::AlignTop);
    editor->addLayout(eventsBox, 2, 1);
    editor->setRowStretch(2, 1);
    v->addLayout(editor, 1);

    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(status);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reload);
    buttons->addStretch(1);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    v->addLayout(buttons);
    m_fieldNames = {urlLabel, descLabel, eventsLabel};
    setWidget(form);
    connect(description, &QPlainTextEdit::textChanged, this, &DetailsForm::updateDescriptionCount);
    retranslate();
}

void DetailsForm::retranslate()
{
    m_fieldNames.at(0)->setText(QCoreApplication::translate("DetailsPane", "&URL:"));
    m_fieldNames.at(1)->setText(QCoreApplication::translate("DetailsPane", "&Description:"));
    m_fieldNames.at(2)->setText(QCoreApplication::translate("DetailsPane", "Even&ts:"));
    url->setPlaceholderText(QCoreApplication::translate("DetailsPane", "https://example.com/webhooks"));
    url->setAccessibleName(QCoreApplication::translate("DetailsPane", "Endpoint URL"));
    description->setAccessibleName(QCoreApplication::translate("DetailsPane", "Description"));
    description->setPlaceholderText(QCoreApplication::translate("DetailsPane", "What this endpoint is for (optional)"));
    eventsNote->setText(QCoreApplication::translate(
        "DetailsPane", "This server does not report a subscription's events. Saving events replaces all of them."));
    eventsNote->setAccessibleName(QCoreApplication::translate("DetailsPane", "Events unknown"));
    replaceEvents->setText(QCoreApplication::translate("DetailsPane", "Re&place events…"));
    replaceEvents->setToolTip(QCoreApplication::translate(
        "DetailsPane", "Choose this subscription's events anew; saving replaces all of them"));
    status->setAccessibleName(QCoreApplication::translate("DetailsPane", "Details status"));
    reload->setText(QCoreApplication::translate("DetailsPane", "Re&load"));
    reload->setToolTip(QCoreApplication::translate("DetailsPane", "Fetch this subscription again from the server"));
    reload->setAccessibleName(QCoreApplication::translate("DetailsPane", "Reload subscription"));
    revert->setText(QCoreApplication::translate("DetailsPane", "&Revert"));
    revert->setToolTip(QCoreApplication::translate("DetailsPane", "Discard your changes to this subscription"));
    revert->setAccessibleName(QCoreApplication::translate("DetailsPane", "Revert changes"));
    save->setText(QCoreApplication::translate("DetailsPane", "&Save"));
    save->setToolTip(QCoreApplication::translate("DetailsPane", "Send the changed fields to the server (Ctrl+S)"));
    save->setAccessibleName(QCoreApplication::translate("DetailsPane", "Save changes"));
    updateDescriptionCount();
}

void DetailsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void DetailsForm::updateDescriptionCount()
{
    const int n = int(UnicodeText::codePoints(description->toPlainText()));
    descriptionCount->setText(QCoreApplication::translate("DetailsPane", "%1 / %2 characters")
                                  .arg(n)
                                  .arg(RequestValidator::MaxDescriptionLength));
    // Red past the limit, before Save says so.
    descriptionCount->setStyleSheet(n > RequestValidator::MaxDescriptionLength ? QStringLiteral("color: #d9463b;")
                                                                               : QString());
}
