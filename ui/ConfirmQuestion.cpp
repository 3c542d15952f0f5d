#include "ui/ConfirmQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace ConfirmQuestion {

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == yes;
}

}  // namespace ConfirmQuestion
