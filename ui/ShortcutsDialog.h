#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Every keyboard shortcut of the given actions, and Space, which toggles the current row of the
// subscriptions table without being an action of the window.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
