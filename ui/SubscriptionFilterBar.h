#pragma once

#include "models/SubscriptionFilterProxyModel.h"

#include <QList>
#include <QWidget>

class QAction;
class QActionGroup;
class QLineEdit;
class QToolButton;
class SearchField;

// Above the subscriptions table: the search field and the quick filters (All, Enabled, Disabled,
// Failing), checkable and exclusive, on Ctrl+1 to Ctrl+4. The window also lists the filters in its
// View menu. Retranslates itself on a language change.
class SubscriptionFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionFilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const;
    QList<QAction *> filterActions() const;

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void quickFilterChosen(SubscriptionFilterProxyModel::QuickFilter filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SearchField *m_search;
    QActionGroup *m_filterGroup;
    QList<QToolButton *> m_buttons;
};
