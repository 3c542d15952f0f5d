#pragma once

#include "journal/JournalEntry.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class WriteJournal;
class QPushButton;
class QTableWidget;

// Shown after connecting when the profile's journal holds writes the server never confirmed (the
// console or webhookctl was closed with "keep", crashed or was killed). Lists exactly those writes:
// what, which subscription, where it stands, when it was asked for. Creates that went out without
// an answer are flagged: they may exist on the server and are never re-sent by Resume.
// Resume: send each once (bulk lane, progress panel); Discard: forget them; Later: ask next time.
// Per row: "Checked: Send Again" puts an uncertain create the user looked for (and did not find)
// back in line for Resume; "Forget" drops one entry. While another program (a running webhookctl)
// is sending these writes, Resume and Discard are held back with a note that says so.
class PendingWritesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Resume, Discard, Later };
    Q_ENUM(Choice)

    // `journal` (may be null: no per-row actions) is where the per-row actions are applied.
    PendingWritesDialog(const QList<JournalEntry> &entries, WriteJournal *journal, QWidget *parent = nullptr);

    QList<JournalEntry> entries() const { return m_entries; }
    // How many of them Resume would send (all but the uncertain creates).
    int resumableCount() const;

    // Asked when set and again right before Resume or Discard: empty when they may go ahead, else
    // why not (translated). The dialog then stays open and shows the reason.
    using BusyCheck = std::function<QString()>;
    void setBusyCheck(BusyCheck check);

public Q_SLOTS:
    // On the current row: an uncertain create the user checked goes back in line; forget drops it.
    void sendCurrentAgain();
    void forgetCurrent();

    static QString uncertainNote();

Q_SIGNALS:
    void chosen(PendingWritesDialog::Choice choice);

private:
    void choose(Choice choice);
    void fillRow(int row);
    void updateButtons();
    // Shows `why` (or hides the note when empty); returns whether it was empty.
    bool showBusy(const QString &why);

    QList<JournalEntry> m_entries;
    bool m_decided = false;
    QTableWidget *m_table;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QPushButton *m_later;
    QPushButton *m_sendAgain;
    QPushButton *m_forget;
    QLabel *m_uncertainNote;
    QLabel *m_busyNote;
    WriteJournal *m_journal;
    BusyCheck m_busyCheck;
};
