#include "ui/SubscriptionFilterBar.h"

#include "models/SubscriptionTableModel.h"
#include "ui/SearchField.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QToolButton>

// The texts keep the list's translation context, where the catalogue has them (the bar was part
// of the list widget): QCoreApplication::translate with that context rather than tr().

SubscriptionFilterBar::SubscriptionFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new SearchField(QString(), QString(), this))
    , m_filterGroup(new QActionGroup(this))
{
    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    connect(m_search, &QLineEdit::textChanged, this, &SubscriptionFilterBar::searchTextChanged);
    top->addWidget(m_search, 1);

    const struct
    {
        const char *name;
        SubscriptionFilterProxyModel::QuickFilter filter;
        Qt::Key key;
    } filters[] = {
        {"actionFilterAll", SubscriptionFilterProxyModel::All, Qt::Key_1},
        {"actionFilterEnabled", SubscriptionFilterProxyModel::Enabled, Qt::Key_2},
        {"actionFilterDisabled", SubscriptionFilterProxyModel::Disabled, Qt::Key_3},
        {"actionFilterFailing", SubscriptionFilterProxyModel::Failing, Qt::Key_4},
        {"actionFilterGivesUpSoon", SubscriptionFilterProxyModel::GivesUpSoon, Qt::Key_5},
    };
    for (const auto &f : filters) {
        auto *a = new QAction(m_filterGroup);
        a->setObjectName(QLatin1String(f.name));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | f.key));
        a->setChecked(f.filter == SubscriptionFilterProxyModel::All);
        const auto filter = f.filter;
        connect(a, &QAction::triggered, this, [this, filter] { Q_EMIT quickFilterChosen(filter); });
        addAction(a);
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        top->addWidget(b);
        m_buttons.append(b);
    }
    retranslate();
}

QLineEdit *SubscriptionFilterBar::searchField() const
{
    return m_search;
}

QList<QAction *> SubscriptionFilterBar::filterActions() const
{
    return m_filterGroup->actions();
}

void SubscriptionFilterBar::retranslate()
{
    m_search->setPlaceholderText(
        QCoreApplication::translate("SubscriptionListWidget", "Search ID, URL or description (Ctrl+F)"));
    m_search->setAccessibleName(QCoreApplication::translate("SubscriptionListWidget", "Search subscriptions"));
    // Wide enough for the placeholder's first words ("Search ID, URL"), however narrow the list.
    const QFontMetrics metrics = m_search->fontMetrics();
    m_search->setMinimumWidth(metrics.horizontalAdvance(m_search->placeholderText().section(u' ', 0, 2))
                              + 3 * metrics.height() + 16);
    const QString texts[] = {
        QCoreApplication::translate("SubscriptionListWidget", "&All"),
        QCoreApplication::translate("SubscriptionListWidget", "E&nabled"),
        QCoreApplication::translate("SubscriptionListWidget", "Disa&bled"),
        QCoreApplication::translate("SubscriptionListWidget", "Fai&ling"),
        QCoreApplication::translate("SubscriptionListWidget", "Gives &up soon"),
    };
    const QList<QAction *> actions = m_filterGroup->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QAction *a = actions.at(i);
        const QString plain = QString(texts[i]).remove(QLatin1Char('&'));
        a->setText(texts[i]);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        if (a->objectName() == QLatin1String("actionFilterGivesUpSoon"))
            a->setToolTip(QCoreApplication::translate("SubscriptionListWidget",
                                                      "Show the subscriptions with a delivery the server drops "
                                                      "within %1 hours, soonest first (%2)")
                              .arg(SubscriptionTableModel::defaultGiveUpWarningSeconds / 3600)
                              .arg(shortcut));
        else
            a->setToolTip(QCoreApplication::translate("SubscriptionListWidget", "Show %1 subscriptions (%2)")
                              .arg(plain.toLower(), shortcut));
        m_buttons.at(i)->setAccessibleName(plain);
    }
}

void SubscriptionFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
