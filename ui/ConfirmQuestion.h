#pragma once

#include <QString>

#include <functional>

class QWidget;

// The one confirmation every window asks through by default: a question whose safe answer,
// Cancel, is the default button, and whose other button names what it does. Windows take a
// replaceable handler of this shape, so that tests (and a closing session) answer it themselves.
namespace ConfirmQuestion {

using Handler =
    std::function<bool(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)>;

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

}  // namespace ConfirmQuestion
