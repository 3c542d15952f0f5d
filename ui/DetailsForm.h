#pragma once

#include <QList>
#include <QScrollArea>

class EventChecklist;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SubscriptionFactsView;

// The editor page of the details pane: the read-only facts, the URL, description and events
// fields with their error labels, the status line and the buttons, laid out, with their texts in
// the current language (again on a language change). It keeps no state: the pane fills and reads
// the parts, and what the user typed is never touched here.
class DetailsForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailsForm(QWidget *parent = nullptr);

    // The parts, for the pane that drives them.
    SubscriptionFactsView *const facts;
    QLineEdit *const url;
    QLabel *const urlError;
    QPlainTextEdit *const description;
    QLabel *const descriptionCount;
    QLabel *const descriptionError;
    EventChecklist *const events;
    QLabel *const eventsNote;
    QPushButton *const replaceEvents;
    QLabel *const eventsError;
    QLabel *const status;
    QPushButton *const save;
    QPushButton *const revert;
    QPushButton *const reload;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDescriptionCount();

    QList<QLabel *> m_fieldNames;  // URL, Description, Events
};
