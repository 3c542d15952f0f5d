#pragma once

#include <QDialog>

// The user guide (docs/user-guide.md, built into the program) in a window of its own: it is there
// without a network, a browser or an installed package, and links to web pages open outside.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
};
