#pragma once

#include <QLineEdit>

// A search box: a magnifier in front, a clear button behind, a placeholder that names the
// shortcut, and names a screen reader can read for the field and for its clear button (Qt's own
// clear button has none and is announced as just "button").
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    // The owner sets the placeholder and name again on a language change; the field names its
    // clear button itself.
    SearchField(const QString &placeholder, const QString &accessibleName, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameClearButton();
};
