#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class WriteJournal;

// The reminder above the lists: the secret re-issues of this connection that are not finished,
// each with what it waits for (the cut-over, or the old subscription's deletion and when) and a
// link to go on with it. Hidden while there are none. It reads the journal's small jobs table
// when told (a job reached a step, the console was refreshed), not on each of the journal's
// writes: a bulk job makes hundreds of those.
class ReissueBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReissueBanner(QWidget *parent = nullptr);

    // The journal of the current connection; null: nothing to remind of.
    void setJournal(WriteJournal *journal);
    void refresh();

Q_SIGNALS:
    void continueRequested(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<WriteJournal> m_journal;
    QLabel *m_text;
};
