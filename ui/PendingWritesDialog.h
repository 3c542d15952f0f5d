#pragma once

#include "journal/JournalEntry.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

// Shown after connecting when the profile's journal holds writes the server never confirmed (the
// console or webhookctl was closed with "keep", crashed or was killed). Lists exactly those writes:
// what, which subscription, where it stands, when it was asked for. Creates that went out without
// an answer are flagged: they may exist on the server and are never re-sent by Resume.
// Resume: send each once (bulk lane, progress panel); Discard: forget them; Later: ask next time.
class PendingWritesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Resume, Discard, Later };
    Q_ENUM(Choice)

    explicit PendingWritesDialog(const QList<JournalEntry> &entries, QWidget *parent = nullptr);

    QList<JournalEntry> entries() const { return m_entries; }
    // How many of them Resume would send (all but the uncertain creates).
    int resumableCount() const;

    // For tests and keyboard users.
    QTableWidget *table() const { return m_table; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

    static QString uncertainNote();

Q_SIGNALS:
    void chosen(PendingWritesDialog::Choice choice);

private:
    void choose(Choice choice);

    QList<JournalEntry> m_entries;
    bool m_decided = false;
    QTableWidget *m_table;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QPushButton *m_later;
};
