#include "ui/ActivityWidget.h"

#include "journal/WriteJournal.h"
#include "models/ActivityFilterProxyModel.h"
#include "models/ActivityTableModel.h"
#include "ui/SearchField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ActivityWidget::ActivityWidget(ActivityTableModel &model, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_proxy(new ActivityFilterProxyModel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(&model);

    auto *v = new QVBoxLayout(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("activityNote"));
    if (mode == Mode::AllChanges) {
        auto *bar = new QHBoxLayout;
        m_search = new SearchField(QString(), QString(), this);
        m_search->setObjectName(QStringLiteral("activitySearchEdit"));
        connect(m_search, &QLineEdit::textChanged, m_proxy, &ActivityFilterProxyModel::setSearch);
        bar->addWidget(m_search, 1);
        m_keepLabel = new QLabel(this);
        m_keepDays = new QSpinBox(this);
        m_keepDays->setObjectName(QStringLiteral("activityKeepDays"));
        m_keepDays->setRange(WriteJournal::kMinKeepDays, WriteJournal::kMaxKeepDays);
        m_keepDays->setValue(WriteJournal::kDefaultKeepDays);
        m_keepLabel->setBuddy(m_keepDays);
        // Only a finished choice is stored: not every step of typing "365".
        m_keepDays->setKeyboardTracking(false);
        connect(m_keepDays, &QSpinBox::valueChanged, this, &ActivityWidget::keepDaysChanged);
        bar->addWidget(m_keepLabel);
        bar->addWidget(m_keepDays);
        v->addLayout(bar);
    } else {
        setSubscription(std::nullopt);
    }
    v->addWidget(m_note);

    m_table->setObjectName(mode == Mode::AllChanges ? QStringLiteral("activityTable")
                                                    : QStringLiteral("subscriptionActivityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Room for the result at the window's usual width: the change and the URL are cut first (their
    // tooltips hold the whole text).
    const QList<QPair<int, int>> widths{
        {ActivityTableModel::TimeColumn, 125},         {ActivityTableModel::UserColumn, 70},
        {ActivityTableModel::KindColumn, 90},          {ActivityTableModel::ResultColumn, 100},
        {ActivityTableModel::SubscriptionColumn, 100}, {ActivityTableModel::UrlColumn, 130}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    // How it ended next to what it was, before the long texts; the change stretches at the end.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(ActivityTableModel::ChangeColumn), ActivityTableModel::ColumnCount - 1);
    header->moveSection(header->visualIndex(ActivityTableModel::ResultColumn), ActivityTableModel::KindColumn + 1);
    if (mode == Mode::OneSubscription) {
        // The pane is narrow: the subscription is the selected one, and the change says its kind.
        m_table->hideColumn(ActivityTableModel::SubscriptionColumn);
        m_table->hideColumn(ActivityTableModel::UrlColumn);
        m_table->hideColumn(ActivityTableModel::KindColumn);
    }
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(ActivityTableModel::SubscriptionIdRole);
        if (id.isValid())
            Q_EMIT subscriptionActivated(id.toLongLong());
    });
    v->addWidget(m_table, 1);
    retranslate();
}

void ActivityWidget::retranslate()
{
    if (!m_unavailable.isEmpty()) {
        m_note->setText(tr("The changes made from this computer cannot be listed: %1").arg(m_unavailable));
    } else if (m_mode == Mode::AllChanges) {
        m_note->setText(tr("The changes made from this computer to this connection, newest first, by webhook-console "
                           "and webhookctl. This is not the server's history: changes made from elsewhere are not "
                           "listed. Double-click a row to show its subscription."));
    } else {
        m_note->setText(tr("Changes to this subscription made from this computer, newest first."));
    }
    if (m_search) {
        m_search->setPlaceholderText(tr("Search changes: id, URL, user, kind, time (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search changes"));
        m_keepLabel->setText(tr("&Keep for"));
        m_keepDays->setSuffix(tr(" days"));
        m_keepDays->setToolTip(tr("How long finished changes stay in this list (and in webhookctl log), for both "
                                  "programs."));
    }
    m_table->setAccessibleName(m_mode == Mode::AllChanges ? tr("Changes made from this computer")
                                                          : tr("Changes to this subscription"));
}

void ActivityWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActivityWidget::setSubscription(std::optional<qint64> id)
{
    // No subscription selected: nothing, rather than every subscription's changes.
    if (id)
        m_proxy->setSubscription(id);
    else
        m_proxy->setNothing();
}

void ActivityWidget::setKeepDays(int days)
{
    if (!m_keepDays)
        return;
    const QSignalBlocker blocker(m_keepDays);
    m_keepDays->setValue(days);
}

void ActivityWidget::setUnavailable(const QString &why)
{
    m_unavailable = why;
    if (m_keepDays)
        m_keepDays->setEnabled(why.isEmpty());
    retranslate();
}

void ActivityWidget::focusSearch()
{
    if (m_search) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

int ActivityWidget::visibleRowCount() const
{
    return m_proxy->rowCount();
}
