#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &allActions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(this);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    QList<QAction *> actions = allActions;
    actions.erase(std::remove_if(actions.begin(), actions.end(),
                                 [](QAction *a) { return a->shortcuts().isEmpty() || a->text().isEmpty(); }),
                  actions.end());
    table->setRowCount(int(actions.size()) + 1);
    int row = 0;
    for (QAction *a : std::as_const(actions)) {
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        keys.removeDuplicates();
        table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(", "))));
        ++row;
    }
    table->setItem(row, 0, new QTableWidgetItem(tr("Toggle enabled of the current row (in the table)")));
    table->setItem(row, 1, new QTableWidgetItem(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)));
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(520, 560);
}
