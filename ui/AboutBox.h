#pragma once

#include <QCoreApplication>

class QWidget;

// Help > About: the program's version, purpose and the licences of what it is built with.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    // Opens the box window-modal over `parent` and returns at once; it deletes itself when closed.
    static void open(QWidget *parent);
};
