#include "ui/WatchCoordinator.h"

#include "models/SubscriptionTableModel.h"
#include "ui/ConsoleSession.h"
#include "ui/DesktopNotifier.h"
#include "ui/SubscriptionListWidget.h"
#include "ui/SubscriptionWatches.h"
#include "ui/WatchAlerts.h"

#include <QAction>
#include <QDBusConnection>
#include <QIcon>
#include <QTableView>

WatchCoordinator::WatchCoordinator(QSettings *settings, SubscriptionListWidget &list, QAction &watchSelected,
                                   QAction &watchFailing, const QDBusConnection &bus, const QIcon &icon,
                                   QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_watches(new SubscriptionWatches(settings, this))
    , m_alerts(new WatchAlerts(*list.model(), *m_watches, this))
    , m_notifier(new DesktopNotifier(bus, icon, this))
{
    SubscriptionTableModel *model = list.model();
    connect(m_watches, &SubscriptionWatches::changed, model, &SubscriptionTableModel::setWatchedIds);
    connect(list.table(), &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(SubscriptionTableModel::IdRole);
        if (index.column() == SubscriptionTableModel::WatchColumn && id.isValid())
            m_watches->toggle({id.toLongLong()});
    });
    connect(&watchSelected, &QAction::triggered, this, [this] { m_watches->toggle(m_list.selectedIds()); });
    connect(&watchFailing, &QAction::triggered, this, [this] {
        const int added = m_watches->watchFailing(*m_list.model());
        Q_EMIT statusMessage(tr("Now watching %n more failing subscription(s).", nullptr, added), 8000);
    });
    connect(&list, &SubscriptionListWidget::listLoaded, this, &WatchCoordinator::listLoaded);
    connect(m_alerts, &WatchAlerts::alert, m_notifier, &DesktopNotifier::notify);
    connect(m_notifier, &DesktopNotifier::statusMessage, this, &WatchCoordinator::statusMessage);
    connect(m_notifier, &DesktopNotifier::activated, this, &WatchCoordinator::showRequested);
}

void WatchCoordinator::setSession(const ConsoleSession *session)
{
    // Watches belong to a profile; a connection without one keeps them under its address.
    m_alerts->reset();
    m_watchAllOnFirstLoad = session && session->isDemo();
    if (!session)
        m_watches->setConnection(QString());
    else if (!session->profileName().isEmpty())
        m_watches->setConnection(session->profileName());
    else
        m_watches->setConnection(session->isDemo() ? QStringLiteral("demo") : session->baseUrl().toString());
}

void WatchCoordinator::listLoaded()
{
    // The demo shows what watching does: on its very first start it watches everything.
    if (m_watchAllOnFirstLoad && !m_watches->hasStoredWatches())
        m_watches->watchAll(*m_list.model());
    m_watchAllOnFirstLoad = false;
    m_watches->dropVanished(*m_list.model());
    m_alerts->listLoaded();
}
