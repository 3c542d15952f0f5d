#include "ui/RefreshMenu.h"

#include "ui/ListRefreshSchedule.h"

#include <QActionGroup>
#include <QEvent>
#include <QSettings>

namespace {
constexpr int kChoices[] = {0, 30, 60, 300};
}  // namespace

QString RefreshMenu::settingsKey()
{
    return QStringLiteral("list/refreshSeconds");
}

RefreshMenu::RefreshMenu(QSettings *settings, ListRefreshSchedule *schedule, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
    , m_schedule(schedule)
{
    setObjectName(QStringLiteral("refreshMenu"));
    const int current = m_settings
        ? m_settings->value(settingsKey(), ListRefreshSchedule::defaultIntervalSeconds).toInt()
        : ListRefreshSchedule::defaultIntervalSeconds;
    m_schedule->setIntervalSeconds(current);
    auto *group = new QActionGroup(this);
    for (int seconds : kChoices) {
        QAction *a = addAction(QString());
        a->setObjectName(QStringLiteral("actionRefreshEvery%1").arg(seconds));
        a->setCheckable(true);
        a->setChecked(seconds == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] {
            if (m_settings)
                m_settings->setValue(settingsKey(), seconds);
            m_schedule->setIntervalSeconds(seconds);
        });
    }
    retranslate();
}

void RefreshMenu::retranslate()
{
    setTitle(tr("Refresh Au&tomatically"));
    const QString texts[] = {tr("&Off"), tr("Every &30 Seconds"), tr("Every &Minute"), tr("Every &5 Minutes")};
    const QList<QAction *> all = actions();
    for (qsizetype i = 0; i < all.size() && i < qsizetype(std::size(texts)); ++i)
        all.at(i)->setText(texts[i]);
}

void RefreshMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
