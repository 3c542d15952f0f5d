#include "ui/AboutBox.h"

#include <QCoreApplication>
#include <QMessageBox>

void AboutBox::open(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Webhook Console"));
    box->setIconPixmap(parent->windowIcon().pixmap(QSize(64, 64), parent->devicePixelRatioF()));
    box->setText(tr("<h3>Webhook Console %1</h3>"
                    "<p>A desktop console for webhook subscriptions: find, toggle, edit, create and delete "
                    "subscriptions, and see why deliveries fail.</p>"
                    "<p>Built with Qt %2 (LGPL v3) and QtKeychain (BSD licence).</p>")
                     .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
    box->open();
}
