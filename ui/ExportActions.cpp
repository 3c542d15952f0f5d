#include "ui/ExportActions.h"

#include "api/DeliveryCsv.h"
#include "api/DeliveryDetails.h"
#include "common/CsvWriter.h"
#include "models/DeliveryTableModel.h"
#include "models/SubscriptionTableModel.h"
#include "models/TableExport.h"
#include "ui/ConsolePage.h"
#include "ui/DeliveriesPanel.h"
#include "ui/SubscriptionListWidget.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

namespace {

constexpr int kStatusMs = 10000;

// The logical columns the table shows, in the order the user sees them. Without the watch star:
// it is this console's own mark, not a fact about the subscription.
QList<int> shownColumns(const QTableView &table)
{
    const QHeaderView *header = table.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical != SubscriptionTableModel::WatchColumn)
            columns << logical;
    }
    return columns;
}

void openFileDialog(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter,
                    std::function<void(const QString &)> chosen)
{
    // Opened, not exec'd: the window goes on working while the dialog asks.
    auto *dialog = new QFileDialog(parent, caption, suggestedPath, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QFileInfo(suggestedPath).suffix());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, std::move(chosen));
    dialog->open();
}

// Opened, not exec'd: a failure reported from a network answer must not start a nested event loop.
void showError(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace

ExportActions::ExportActions(ConsolePage *console, QWidget *window)
    : QObject(window)
    , m_console(console)
    , m_window(window)
    , m_chooser(openFileDialog)
    , m_error(showError)
    , m_menu(new QMenu(window))
{
    setObjectName(QStringLiteral("exportActions"));
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    auto make = [this](const char *name) {
        auto *a = new QAction(m_window);
        a->setObjectName(QLatin1String(name));
        m_menu->addAction(a);
        return a;
    };
    m_subscriptionsCsv = make("actionExportSubscriptionsCsv");
    m_subscriptionsJson = make("actionExportSubscriptionsJson");
    m_menu->addSeparator();
    m_deliveriesCsv = make("actionExportDeliveriesCsv");
    m_deliveriesListCsv = new QAction(m_window);
    m_deliveriesListCsv->setObjectName(QStringLiteral("actionExportDeliveriesCsvList"));
    m_console->deliveries()->addListAction(m_deliveriesListCsv);
    retranslate();
    // The window is told when the language changes; its texts here follow.
    m_window->installEventFilter(this);

    connect(m_subscriptionsCsv, &QAction::triggered, this, [this] {
        choose(tr("Export Subscriptions as CSV"), QStringLiteral("subscriptions"), QStringLiteral("csv"),
               tr("CSV files (*.csv);;All files (*)"), [this](const QString &path) { exportSubscriptionsCsv(path); });
    });
    connect(m_subscriptionsJson, &QAction::triggered, this, [this] {
        choose(tr("Export Subscriptions as JSON"), QStringLiteral("subscriptions"), QStringLiteral("json"),
               tr("JSON files (*.json);;All files (*)"),
               [this](const QString &path) { exportSubscriptionsJson(path); });
    });
    auto deliveries = [this] {
        const auto id = m_console->deliveries()->subscriptionId();
        if (!id)
            return;
        choose(tr("Export Deliveries as CSV"), QStringLiteral("deliveries-%1").arg(*id), QStringLiteral("csv"),
               tr("CSV files (*.csv);;All files (*)"), [this](const QString &path) { exportDeliveriesCsv(path); });
    };
    connect(m_deliveriesCsv, &QAction::triggered, this, deliveries);
    connect(m_deliveriesListCsv, &QAction::triggered, this, deliveries);
    // The deliveries action follows the shown subscription and whether its page is loaded.
    const DeliveriesFeed *feed = m_console->deliveries()->feed();
    connect(feed, &DeliveriesFeed::stateChanged, this, &ExportActions::updateActions);
    connect(feed, &DeliveriesFeed::subscriptionChanged, this, &ExportActions::updateActions);
    updateActions();
}

void ExportActions::retranslate()
{
    m_menu->setTitle(tr("E&xport"));
    auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_subscriptionsCsv, tr("Subscriptions as &CSV…"),
        tr("Save the subscriptions the table shows, with its columns, as a CSV file"));
    set(m_subscriptionsJson, tr("Subscriptions as &JSON…"),
        tr("Save the subscriptions the table shows as a JSON file"));
    const QString deliveriesTip =
        tr("Save the loaded deliveries of the shown subscription, one line per attempt, as a CSV file");
    set(m_deliveriesCsv, tr("&Deliveries as CSV…"), deliveriesTip);
    // On the deliveries list its name says what it does without the menu's.
    set(m_deliveriesListCsv, tr("Export Deliveries as CSV…"), deliveriesTip);
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExportActions::setAvailable(bool available)
{
    m_available = available;
    updateActions();
}

void ExportActions::updateActions()
{
    m_subscriptionsCsv->setEnabled(m_available);
    m_subscriptionsJson->setEnabled(m_available);
    const DeliveriesFeed *feed = m_console ? m_console->deliveries()->feed() : nullptr;
    const bool loaded =
        feed && (feed->state() == DeliveriesFeed::State::Loaded || feed->state() == DeliveriesFeed::State::Empty);
    m_deliveriesCsv->setEnabled(m_available && loaded && !m_fetching);
    m_deliveriesListCsv->setEnabled(m_deliveriesCsv->isEnabled());
}

void ExportActions::choose(const QString &caption, const QString &baseName, const QString &suffix,
                           const QString &filter, const std::function<void(const QString &)> &chosen)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.%3").arg(baseName, QDate::currentDate().toString(Qt::ISODate), suffix);
    m_chooser(m_window, caption, QDir(folder).filePath(name), filter, chosen);
}

bool ExportActions::exportSubscriptionsCsv(const QString &path)
{
    const QTableView &table = *m_console->list()->table();
    const int rows = table.model()->rowCount();
    if (!write(path, TableExport::csv(*table.model(), shownColumns(table))))
        return false;
    Q_EMIT statusMessage(tr("Exported %n subscription(s) to %1.", nullptr, rows).arg(QFileInfo(path).fileName()),
                         kStatusMs);
    Q_EMIT finished(path, true);
    return true;
}

bool ExportActions::exportSubscriptionsJson(const QString &path)
{
    const QAbstractItemModel &model = *m_console->list()->table()->model();
    if (!write(path, TableExport::subscriptionsJson(model)))
        return false;
    Q_EMIT statusMessage(
        tr("Exported %n subscription(s) to %1.", nullptr, model.rowCount()).arg(QFileInfo(path).fileName()), kStatusMs);
    Q_EMIT finished(path, true);
    return true;
}

void ExportActions::exportDeliveriesCsv(const QString &path)
{
    const DeliveriesPanel *panel = m_console->deliveries();
    const auto id = panel->subscriptionId();
    ApiClient *api = panel->apiClient();
    if (!id || !api || m_fetching) {
        fail(path, tr("No subscription's deliveries are shown."));
        return;
    }
    const DeliveryList deliveries = panel->feed()->deliveryModel()->deliveries();
    m_fetching = true;
    const quint64 generation = ++m_generation;
    updateActions();
    Q_EMIT statusMessage(tr("Fetching the attempts of %n delivery(s)…", nullptr, int(deliveries.size())), 0);
    // A connection closed meanwhile takes its client along, and the answers may never come.
    connect(api, &QObject::destroyed, this, [this, path, generation] {
        if (!m_fetching || generation != m_generation)
            return;
        m_fetching = false;
        updateActions();
        fail(path, tr("The connection was closed before the attempts arrived."));
    });
    // On the bulk lane: a page of 50 details is a whole minute of that endpoint's budget, and the
    // user's own clicks on the deliveries tab go first meanwhile.
    DeliveryDetails::fetch(
        api, *id, deliveries, RequestLane::Bulk, this,
        [this, path, generation](const ApiResult<DeliveryList> &details) {
            if (!m_fetching || generation != m_generation)
                return;
            m_fetching = false;
            updateActions();
            if (!details.ok())
                return fail(path, details.error.message());
            if (!write(path, CsvWriter::byteOrderMark() + DeliveryCsv::text(*details).toUtf8()))
                return;
            Q_EMIT statusMessage(
                tr("Exported %n delivery(s) to %1.", nullptr, int(details->size())).arg(QFileInfo(path).fileName()),
                kStatusMs);
            Q_EMIT finished(path, true);
        });
}

bool ExportActions::write(const QString &path, const QByteArray &bytes)
{
    // Whole or not at all: a full disk or a lost permission leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        fail(path, reason);
        return false;
    }
    return true;
}

void ExportActions::fail(const QString &path, const QString &reason)
{
    const QString text = tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), reason);
    Q_EMIT statusMessage(text, kStatusMs);
    if (m_error)
        m_error(m_window, tr("Export Failed"), text);
    Q_EMIT finished(path, false);
}
