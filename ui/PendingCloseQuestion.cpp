#include "ui/PendingCloseQuestion.h"

#include <QMessageBox>
#include <QPushButton>

PendingCloseQuestion::Choice PendingCloseQuestion::ask(QWidget *parent, int count)
{
    QMessageBox box(QMessageBox::Question, tr("Changes Not Finished"),
                    tr("%n change(s) are still queued or waiting for the server's answer.", nullptr, count),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Wait: close when they are answered. Discard changes: those not sent "
                              "yet are dropped; any already on their way may still be applied and "
                              "are shown at the next start. Keep for next time: they stay in the "
                              "journal and the next start offers to send them."));
    QPushButton *wait = box.addButton(tr("&Wait"), QMessageBox::AcceptRole);
    // Named for what it does: "Cancel" on a close question reads as "do not close".
    QPushButton *cancel = box.addButton(tr("&Discard Changes"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep for Next Time"), QMessageBox::ActionRole);
    QPushButton *stay = box.addButton(tr("&Stay Open"), QMessageBox::RejectRole);
    box.setDefaultButton(wait);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == wait)
        return Choice::Wait;
    if (box.clickedButton() == cancel)
        return Choice::Cancel;
    if (box.clickedButton() == keep)
        return Choice::Keep;
    return Choice::StayOpen;
}
