#include "ui/SubscriptionRowActions.h"

#include "journal/JournalCodec.h"
#include "journal/JournaledWrites.h"
#include "models/SubscriptionTableModel.h"
#include "ui/BulkJobRunner.h"
#include "ui/ConsoleSession.h"
#include "ui/EnabledToggler.h"

#include <QWidget>

namespace {
constexpr int kMaxNamedInConfirmation = 10;
}

SubscriptionRowActions::SubscriptionRowActions(SubscriptionTableModel &model, QWidget &dialogParent, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_confirm(ConfirmQuestion::ask)
{ }

void SubscriptionRowActions::setSession(ConsoleSession *session)
{
    if (m_bulk && m_bulk->isRunning())
        m_bulk->cancel();
    m_session = session;
    if (!session)
        return;
    JournaledWrites *writes = session->writes();
    m_toggler = new EnabledToggler(writes, &m_model, session);
    m_toggler->setObjectName(QStringLiteral("enabledToggler"));
    connect(m_toggler, &EnabledToggler::settled, this, [this](qint64 id, bool ok, const QString &error) {
        if (!ok)
            Q_EMIT statusMessage(tr("Subscription %1 was not changed: %2").arg(id).arg(error), 10000);
    });
    m_bulk = new BulkJobRunner(writes, &m_model, session);
    m_bulk->setObjectName(QStringLiteral("bulkJobRunner"));
    connect(m_bulk, &BulkJobRunner::finished, this, [this](const BulkJobProgress &p) {
        Q_EMIT statusMessage(tr("%1: %2 done, %3 failed.").arg(p.label).arg(p.succeeded).arg(p.failed), 10000);
        Q_EMIT actionsChanged();
        if (m_bulk && m_bulk->action() == BulkJobRunner::Action::Resume)
            Q_EMIT refreshRequested();  // resumed creates and edits: show the server's state
    });
    connect(m_bulk, &BulkJobRunner::refused, this, [this](const QString &why) { Q_EMIT statusMessage(why, 15000); });
}

bool SubscriptionRowActions::isBulkRunning() const
{
    return m_bulk && m_bulk->isRunning();
}

bool SubscriptionRowActions::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    return m_confirm ? m_confirm(&m_dialogParent, title, text, acceptText) : false;
}

bool SubscriptionRowActions::refuseWhileBulkRuns()
{
    if (m_bulk && !m_bulk->isRunning())
        return false;
    Q_EMIT statusMessage(tr("A bulk job is running: wait for it or cancel it first."), 8000);
    return true;
}

QString SubscriptionRowActions::describeIds(const QList<qint64> &ids) const
{
    QStringList lines;
    for (qint64 id : ids) {
        if (lines.size() == kMaxNamedInConfirmation)
            break;
        const int row = m_model.rowForId(id);
        if (row < 0)
            continue;
        const Subscription s = m_model.serverSubscriptionAt(row);
        QString line = tr("#%1 %2").arg(id).arg(s.url);
        if (s.description && !s.description->isEmpty())
            line += tr(" (%1)").arg(s.description->left(60));
        lines.append(QStringLiteral("• ") + line);
    }
    if (ids.size() > kMaxNamedInConfirmation)
        lines.append(tr("…and %n more", nullptr, int(ids.size()) - kMaxNamedInConfirmation));
    return lines.join(QLatin1Char('\n'));
}

void SubscriptionRowActions::toggle(qint64 id)
{
    const int row = m_model.rowForId(id);
    if (row >= 0)
        setEnabled(id, !m_model.subscriptionAt(row).enabled);
}

void SubscriptionRowActions::setEnabled(qint64 id, bool enabled)
{
    if (m_toggler)
        m_toggler->setEnabled(id, enabled);
}

void SubscriptionRowActions::setEnabledFor(const QList<qint64> &ids, bool enabled)
{
    if (ids.isEmpty() || !m_toggler)
        return;
    if (ids.size() == 1)
        return setEnabled(ids.constFirst(), enabled);
    if (refuseWhileBulkRuns())
        return;
    m_bulk->start(enabled ? BulkJobRunner::Action::Enable : BulkJobRunner::Action::Disable, ids);
    Q_EMIT actionsChanged();
}

void SubscriptionRowActions::changeAll(const QList<qint64> &ids, bool enable)
{
    if (ids.isEmpty())
        return;
    const int count = int(ids.size());
    const bool yes = enable
        ? confirm(tr("Enable Subscriptions"),
                  tr("Enable all %n shown subscription(s)?\n\n", nullptr, count) + describeIds(ids), tr("Enable"))
        : confirm(tr("Disable Subscriptions"),
                  tr("Disable all %n shown subscription(s)?\n\n", nullptr, count) + describeIds(ids), tr("Disable"));
    if (!yes)
        return;
    if (m_bulk && m_bulk->start(enable ? BulkJobRunner::Action::Enable : BulkJobRunner::Action::Disable, ids))
        Q_EMIT actionsChanged();
}

void SubscriptionRowActions::cancelBulk()
{
    if (m_bulk)
        m_bulk->cancel();
}

bool SubscriptionRowActions::resume(const QList<JournalEntry> &entries)
{
    if (!m_bulk || !m_bulk->resume(entries))
        return false;
    Q_EMIT actionsChanged();
    return true;
}

void SubscriptionRowActions::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_session)
        return;
    const QString text =
        tr("Delete %n subscription(s)? This cannot be undone.\n\n", nullptr, int(ids.size())) + describeIds(ids);
    if (!confirm(tr("Delete Subscriptions"), text, tr("Delete")))
        return;
    if (ids.size() > 1) {
        if (refuseWhileBulkRuns())
            return;
        m_bulk->start(BulkJobRunner::Action::Delete, ids);
        Q_EMIT actionsChanged();
        return;
    }
    const qint64 id = ids.constFirst();
    Q_EMIT statusMessage(tr("Deleting subscription %1…").arg(id), 0);
    const int row = m_model.rowForId(id);
    const QJsonObject before = row >= 0 ? JournalCodec::snapshot(m_model.subscriptionAt(row)) : QJsonObject();
    const RequestId request = m_session->writes()->remove(
        id, before, RequestLane::Interactive, m_session, [this, id](const ApiResult<Empty> &result) {
            if (result.ok() || result.error.kind == ApiError::Kind::NotFound) {
                m_model.remove(id);
                Q_EMIT statusMessage(tr("Subscription %1 deleted.").arg(id), 8000);
            } else {
                m_model.rollback(id, result.error.message());
                Q_EMIT statusMessage(tr("Subscription %1 was not deleted: %2").arg(id).arg(result.error.message()),
                                     10000);
            }
            Q_EMIT actionsChanged();
        });
    if (request == 0)  // refused: not recorded, so not sent
        Q_EMIT statusMessage(m_session->writes()->lastError(), 15000);
}
