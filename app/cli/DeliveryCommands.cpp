#include "cli/DeliveryCommands.h"

#include "api/ApiClient.h"
#include "api/DeliveryCsv.h"
#include "api/DeliveryDetails.h"
#include "cli/CliIo.h"
#include "cli/CommandCatalogue.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "cli/JsonOutput.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>

namespace {

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? JsonOutput::timestamp(utc) : QStringLiteral("-");
}

QString lastOutcome(const Delivery &d)
{
    if (d.lastStatusCode)
        return QStringLiteral("HTTP %1").arg(*d.lastStatusCode);
    if (!d.lastError.isEmpty())
        return d.lastError;
    return QStringLiteral("-");
}

}  // namespace

void DeliveryCommands::start(const QString &command, const QStringList &arguments)
{
    if (command == u"deliveries")
        deliveries(arguments.value(0));
    else
        retry(arguments.value(0), arguments.value(1));
}

void DeliveryCommands::failDelivery(const ApiError &error)
{
    if (error.kind == ApiError::Kind::NotSupported) {
        // Not an error of the user's: the vendor's documented API simply has no such endpoint.
        m_io.err() << tr("This server does not offer delivery details or retries (they are an extension "
                         "of the documented API, which webhook-sandbox provides). The documented policy: "
                         "a failed delivery is retried every hour for up to 48 hours.")
                   << '\n';
        return finish(ExitCode::NotSupported);
    }
    failApi(error);
}

void DeliveryCommands::deliveries(const QString &idText)
{
    const auto id = IdList::parseId(idText);
    if (!id)
        return fail(tr("\"%1\" is not a subscription id (a positive whole number).").arg(idText), ExitCode::Usage);
    const QString status = m_parser.value(QStringLiteral("status")).trimmed().toLower();
    const QStringList statuses = CommandCatalogue::fixedValues(QStringLiteral("status"));
    if (!status.isEmpty() && !statuses.contains(status))
        return fail(
            tr("Unknown delivery status \"%1\". Use one of: %2.").arg(status, statuses.join(QStringLiteral(", "))),
            ExitCode::Usage);
    int limit = 50;
    int offset = 0;
    if (m_parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return fail(tr("--limit needs a whole number from 1 to 1000."), ExitCode::Usage);
    }
    if (m_parser.isSet(QStringLiteral("offset"))) {
        bool ok = false;
        offset = m_parser.value(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return fail(tr("--offset needs a whole number of 0 or more."), ExitCode::Usage);
    }
    m_services.client->listDeliveries(
        *id, status, limit, offset, RequestLane::Interactive, this,
        [this, id = *id](const ApiResult<DeliveryPage> &result) {
            if (!result.ok())
                return failDelivery(result.error);
            const DeliveryPage &page = *result;
            if (csvOutput())
                return writeCsv(id, page);
            if (jsonOutput()) {
                m_io.out() << JsonOutput::toText(JsonOutput::deliveryPage(page));
                return finish(ExitCode::Ok);
            }
            if (page.items.isEmpty()) {
                m_io.out() << tr("No deliveries.") << '\n';
                return finish(ExitCode::Ok);
            }
            TextTable table({tr("ID"), tr("EVENT"), tr("STATUS"), tr("ATTEMPTS"), tr("LAST RESULT"), tr("NEXT ATTEMPT"),
                             tr("GIVES UP AT"), tr("CREATED")});
            table.setMaxWidth(4, 40);
            for (const Delivery &d : page.items) {
                table.addRow({QString::number(d.id), d.event, d.status,
                              tr("%1 of %2").arg(d.attemptCount).arg(d.maxAttempts), lastOutcome(d),
                              timeText(d.nextAttemptAt), timeText(d.givesUpAt), timeText(d.createdAt)});
            }
            m_io.out() << table.render();
            if (page.total > page.offset + page.items.size()) {
                m_io.out() << tr("Showing %1-%2 of %3; use --offset %4 for more.")
                                  .arg(page.offset + 1)
                                  .arg(page.offset + page.items.size())
                                  .arg(page.total)
                                  .arg(page.offset + page.items.size())
                           << '\n';
            }
            finish(ExitCode::Ok);
        });
}

void DeliveryCommands::writeCsv(qint64 id, const DeliveryPage &page)
{
    // A list answer holds no attempts: each delivery's detail does.
    DeliveryDetails::fetch(m_services.client, id, page.items, RequestLane::Interactive, this,
                           [this](const ApiResult<DeliveryList> &details) {
                               if (!details.ok())
                                   return failDelivery(details.error);
                               m_io.out() << DeliveryCsv::text(*details);
                               finish(ExitCode::Ok);
                           });
}

void DeliveryCommands::retry(const QString &idText, const QString &deliveryText)
{
    const auto id = IdList::parseId(idText);
    if (!id)
        return fail(tr("\"%1\" is not a subscription id (a positive whole number).").arg(idText), ExitCode::Usage);
    const auto deliveryId = IdList::parseId(deliveryText);
    if (!deliveryId)
        return fail(tr("\"%1\" is not a delivery id (a positive whole number).").arg(deliveryText), ExitCode::Usage);
    // A 404 from retry alone is ambiguous (unknown delivery, or no extension at all): one small
    // deliveries request first tells the client whether this server has the extension.
    const qint64 subscription = *id;
    const qint64 delivery = *deliveryId;
    m_services.client->listDeliveries(subscription, QString(), 1, 0, RequestLane::Interactive, this,
                                      [this, subscription, delivery](const ApiResult<DeliveryPage> &probe) {
                                          if (!probe.ok())
                                              return failDelivery(probe.error);
                                          sendRetry(subscription, delivery);
                                      });
}

void DeliveryCommands::sendRetry(qint64 id, qint64 deliveryId)
{
    m_services.client->retryDelivery(
        id, deliveryId, RequestLane::Interactive, this, [this](const ApiResult<Delivery> &result) {
            if (!result.ok())
                return failDelivery(result.error);
            const Delivery &d = *result;
            if (jsonOutput()) {
                m_io.out() << JsonOutput::toText(JsonOutput::delivery(d));
            } else {
                m_io.out() << tr("Delivery %1 (%2) is queued for another attempt; status: %3, attempt %4 of %5.")
                                  .arg(d.id)
                                  .arg(d.event, d.status)
                                  .arg(d.attemptCount)
                                  .arg(d.maxAttempts)
                           << '\n';
            }
            finish(ExitCode::Ok);
        });
}
