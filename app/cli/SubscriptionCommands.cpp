#include "cli/SubscriptionCommands.h"

#include "api/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "journal/JournalRecorder.h"
#include "journal/JournalCodec.h"
#include "cli/JsonOutput.h"
#include "cli/ListSelection.h"
#include "cli/TextTable.h"
#include "common/CsvWriter.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

QString yesNo(bool value)
{
    return value ? SubscriptionCommands::tr("yes") : SubscriptionCommands::tr("no");
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? JsonOutput::timestamp(utc) : QStringLiteral("-");
}

// The API's field names and values (true/false, RFC 3339 times) in every language: a script
// reads them. One record at a time, so that a huge list is not held twice.
void writeCsv(QTextStream &out, const SubscriptionList &list)
{
    const bool anyHealth =
        std::any_of(list.cbegin(), list.cend(), [](const Subscription &s) { return s.health.has_value(); });
    QStringList header{QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("description"),
                       QStringLiteral("enabled"), QStringLiteral("created_at")};
    if (anyHealth) {
        header << QStringLiteral("last_delivery_at") << QStringLiteral("last_delivery_status")
               << QStringLiteral("failing_since") << QStringLiteral("pending_retries")
               << QStringLiteral("next_retry_at") << QStringLiteral("gives_up_at");
    }
    out << CsvWriter::record(header);
    auto time = [](const QDateTime &utc) { return utc.isValid() ? JsonOutput::timestamp(utc) : QString(); };
    for (const Subscription &s : list) {
        QStringList row{s.id ? QString::number(*s.id) : QString(), CsvWriter::guardFormula(s.url),
                        CsvWriter::guardFormula(s.description.value_or(QString())),
                        s.enabled ? QStringLiteral("true") : QStringLiteral("false"), time(s.createdAt)};
        if (anyHealth) {
            const DeliverySummary h = s.health.value_or(DeliverySummary());
            row << time(h.lastDeliveryAt) << h.lastDeliveryStatus << time(h.failingSince)
                << (s.health ? QString::number(h.pendingRetries) : QString()) << time(h.nextRetryAt)
                << time(h.givesUpAt);
        }
        out << CsvWriter::record(row);
    }
}

}  // namespace

void SubscriptionCommands::start(const QString &command, const QStringList &arguments)
{
    if (command == u"types")
        types();
    else if (command == u"list")
        list();
    else if (command == u"get")
        get(arguments.value(0));
    else if (command == u"create")
        create(arguments.value(0));
    else if (command == u"update")
        update(arguments.value(0));
    else
        fail(tr("Unknown command \"%1\".").arg(command), ExitCode::Usage);
}

QStringList SubscriptionCommands::splitEvents(const QString &text)
{
    QStringList events;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString event = part.trimmed();
        if (!event.isEmpty() && !events.contains(event))
            events << event;
    }
    return events;
}

void SubscriptionCommands::types()
{
    m_services.client->listEventTypes(RequestLane::Interactive, this, [this](const ApiResult<EventTypeList> &result) {
        if (!result.ok())
            return failApi(result.error);
        if (jsonOutput()) {
            m_io.out() << JsonOutput::toText(JsonOutput::eventTypes(*result));
        } else {
            TextTable table({tr("EVENT"), tr("DESCRIPTION")});
            for (const EventType &type : *result)
                table.addRow({type.event, type.description});
            m_io.out() << table.render();
        }
        finish(ExitCode::Ok);
    });
}

void SubscriptionCommands::list()
{
    const auto selection = ListSelection::fromParser(m_parser);
    if (!selection)
        return fail(selection.error(), ExitCode::Usage);
    m_services.client->listSubscriptions(
        RequestLane::Interactive, this, [this, selection = *selection](const ApiResult<SubscriptionList> &result) {
            if (!result.ok())
                return failApi(result.error);
            // The whole list, whatever is shown of it: Tab offers every id. A cache that cannot be
            // written costs only that offer, so it does not fail the command.
            if (!m_services.profileName.isEmpty())
                (void)m_services.completionCache.store(m_services.profileName, *result);
            const auto shown = selection.apply(*result);
            if (!shown)
                return fail(shown.error(), ExitCode::NotSupported);
            if (jsonOutput()) {
                JsonOutput::writeSubscriptions(m_io.out(), *shown);
                return finish(ExitCode::Ok);
            }
            if (csvOutput()) {
                writeCsv(m_io.out(), *shown);
                return finish(ExitCode::Ok);
            }
            if (shown->isEmpty()) {
                m_io.out() << (result->isEmpty()
                                   ? tr("No subscriptions.")
                                   : tr("No subscriptions match (%n in all).", nullptr, int(result->size())))
                           << '\n';
                return finish(ExitCode::Ok);
            }
            printTable(*shown);
            finish(ExitCode::Ok);
        });
}

void SubscriptionCommands::printTable(const SubscriptionList &list)
{
    const bool anyHealth =
        std::any_of(list.cbegin(), list.cend(), [](const Subscription &s) { return s.health.has_value(); });
    QStringList headers{tr("ID"), tr("ENABLED"), tr("URL"), tr("DESCRIPTION"), tr("CREATED")};
    if (anyHealth)
        headers << tr("HEALTH");
    TextTable table(headers);
    table.setColour(m_io.colour());
    table.setMaxWidth(2, 60);
    table.setMaxWidth(3, 40);
    using Tone = TextTable::Tone;
    for (const Subscription &s : list) {
        QStringList row{s.id ? QString::number(*s.id) : QStringLiteral("-"), yesNo(s.enabled), s.url,
                        s.description.value_or(QString()), timeText(s.createdAt)};
        QList<Tone> tones{Tone::Plain, s.enabled ? Tone::Good : Tone::Muted};
        if (anyHealth) {
            QString health;
            Tone tone = Tone::Plain;
            if (s.health && s.health->isFailing()) {
                health = tr("failing since %1").arg(timeText(s.health->failingSince));
                tone = Tone::Bad;
            } else if (s.health && s.health->lastDeliveryAt.isValid()) {
                health = tr("ok");
                tone = Tone::Good;
            }
            if (s.health && s.health->pendingRetries > 0) {
                health += tr(", %n retries pending", nullptr, s.health->pendingRetries);
                tone = tone == Tone::Bad ? Tone::Bad : Tone::Warning;
            }
            row << health;
            tones << Tone::Plain << Tone::Plain << Tone::Plain << tone;
        }
        table.addRow(row, tones);
    }
    m_io.out() << table.render();
}

void SubscriptionCommands::get(const QString &idText)
{
    const auto id = IdList::parseId(idText);
    if (!id)
        return fail(tr("\"%1\" is not a subscription id (a positive whole number).").arg(idText), ExitCode::Usage);
    m_services.client->getSubscription(*id, RequestLane::Interactive, this,
                                       [this](const ApiResult<Subscription> &result) {
                                           if (!result.ok())
                                               return failApi(result.error);
                                           printSubscription(*result);
                                           finish(ExitCode::Ok);
                                       });
}

void SubscriptionCommands::printSubscription(const Subscription &s)
{
    if (jsonOutput()) {
        m_io.out() << JsonOutput::toText(JsonOutput::subscription(s));
        return;
    }
    TextTable table({tr("FIELD"), tr("VALUE")});
    table.addRow({tr("id"), s.id ? QString::number(*s.id) : QStringLiteral("-")});
    table.addRow({tr("url"), s.url});
    table.addRow({tr("description"), s.description.value_or(QString())});
    table.addRow({tr("enabled"), yesNo(s.enabled)});
    table.addRow({tr("created"), timeText(s.createdAt)});
    if (s.events)
        table.addRow({tr("events"), s.events->isEmpty() ? tr("(none)") : s.events->join(QStringLiteral(", "))});
    if (s.health) {
        table.addRow({tr("last delivery"),
                      s.health->lastDeliveryAt.isValid()
                          ? timeText(s.health->lastDeliveryAt) + u' ' + s.health->lastDeliveryStatus
                          : tr("none yet")});
        if (s.health->isFailing())
            table.addRow({tr("failing since"), timeText(s.health->failingSince)});
        table.addRow({tr("pending retries"), QString::number(s.health->pendingRetries)});
        if (s.health->nextRetryAt.isValid())
            table.addRow({tr("next retry"), timeText(s.health->nextRetryAt)});
        if (s.health->givesUpAt.isValid())
            table.addRow({tr("gives up at"), timeText(s.health->givesUpAt)});
    }
    // Header row is for tables of many; a single record reads better without it.
    const QString text = table.render();
    m_io.out() << text.mid(text.indexOf(u'\n') + 1);
}

void SubscriptionCommands::create(const QString &url)
{
    if (auto problem = RequestValidator::checkUrl(url))
        return fail(*problem, ExitCode::Usage);
    std::optional<QString> description;
    if (m_parser.isSet(QStringLiteral("description"))) {
        description = m_parser.value(QStringLiteral("description"));
        if (auto problem = RequestValidator::checkDescription(*description))
            return fail(*problem, ExitCode::Usage);
    }
    std::optional<QStringList> events;
    if (m_parser.isSet(QStringLiteral("events")))
        events = splitEvents(m_parser.value(QStringLiteral("events")));
    if (!events || events->isEmpty())
        return sendCreate(url, description, std::nullopt);

    // Check the event names before creating anything: a typo must not leave a half-made
    // subscription behind.
    m_services.client->listEventTypes(
        RequestLane::Interactive, this, [this, url, description, events](const ApiResult<EventTypeList> &types) {
            if (!types.ok())
                return failApi(types.error, tr("Could not read the event types to check --events"));
            QStringList known;
            for (const EventType &t : *types)
                known << t.event;
            m_services.client->validator().setKnownEventTypes(known);
            if (auto problem = m_services.client->validator().checkEvents(*events))
                return fail(*problem, ExitCode::Usage);
            sendCreate(url, description, events);
        });
}

void SubscriptionCommands::sendCreate(const QString &url, const std::optional<QString> &description,
                                      const std::optional<QStringList> &events)
{
    // Recorded with its events (the whole intention), before anything is sent.
    const JournalWrite write = JournalCodec::create(SubscriptionDraft{url, description, events});
    const auto seq = m_services.journal->record(write);
    if (!seq)
        return failJournal();
    m_services.journal->expectSend(*seq, write);
    // The documented create endpoint takes no events: POST first, then PATCH them.
    m_services.client->createSubscription(
        url, description, RequestLane::Interactive, this,
        [this, events, seq = *seq](const ApiResult<CreatedSubscription> &result) {
            const auto outcome = m_services.journal->settle(seq, result.ok() ? ApiError() : result.error,
                                                            result.ok() ? result->subscription.id : std::nullopt);
            if (!result.ok()) {
                if (outcome == JournalRecorder::Outcome::Uncertain) {
                    return fail(tr("The create was sent but no answer came (%1), so the subscription may or may not "
                                   "exist now. Check with: webhookctl list. If it is not there, webhookctl requeue %2 "
                                   "and webhookctl resume create it; if it is, webhookctl discard %2.")
                                    .arg(result.error.message())
                                    .arg(seq),
                                ExitCode::forError(result.error));
                }
                if (!m_services.journal->refusal(seq).isEmpty())
                    return fail(m_services.journal->refusal(seq), ExitCode::Journal);
                return failApi(result.error, tr("The subscription was not created"));
            }
            if (!events)
                return printCreated(*result, QString());
            patchEventsAfterCreate(*result, *events);
        });
}

void SubscriptionCommands::patchEventsAfterCreate(const CreatedSubscription &created, const QStringList &events)
{
    if (!created.subscription.id) {
        return printCreated(created,
                            tr("the server returned the new subscription without an id, so "
                               "its events could not be set"));
    }
    SubscriptionPatch patch;
    patch.events = events;
    const JournalWrite write = JournalCodec::edit(*created.subscription.id, patch);
    const auto seq = m_services.journal->record(write);
    if (!seq) {
        return printCreated(created,
                            tr("the journal could not record the change, so it was not sent (%1)")
                                .arg(m_services.journal->lastError()));
    }
    m_services.journal->expectSend(*seq, write);
    m_services.client->updateSubscription(*created.subscription.id, patch, RequestLane::Interactive, this,
                                          [this, created, seq = *seq](const ApiResult<Subscription> &result) {
                                              m_services.journal->settle(seq, result.ok() ? ApiError() : result.error);
                                              if (!result.ok()) {
                                                  const QString refusal = m_services.journal->refusal(seq);
                                                  return printCreated(
                                                      created, refusal.isEmpty() ? result.error.message() : refusal);
                                              }
                                              CreatedSubscription updated = created;
                                              updated.subscription = *result;
                                              printCreated(updated, QString());
                                          });
}

void SubscriptionCommands::printCreated(const CreatedSubscription &created, const QString &eventsError)
{
    const Subscription &s = created.subscription;
    const QString id = s.id ? QString::number(*s.id) : QStringLiteral("?");
    if (jsonOutput()) {
        QJsonObject o = JsonOutput::created(created);
        if (!eventsError.isEmpty())
            o.insert(QStringLiteral("events_error"), eventsError);
        m_io.out() << JsonOutput::toText(o);
    } else {
        m_io.out() << tr("Created subscription %1 for %2.").arg(id, s.url) << '\n';
        if (s.events && !s.events->isEmpty())
            m_io.out() << tr("Events: %1").arg(s.events->join(QStringLiteral(", "))) << '\n';
        m_io.out() << tr("Client secret (shown only this once, store it now): %1").arg(created.clientSecret) << '\n';
    }
    if (eventsError.isEmpty())
        return finish(ExitCode::Ok);
    // Say exactly what happened: the subscription exists, only its events are missing.
    const QString events = splitEvents(m_parser.value(QStringLiteral("events"))).join(u',');
    fail(tr("The subscription %1 WAS created, but setting its events failed: %2. It exists without "
            "those events; set them with: webhookctl update %1 --events %3")
             .arg(id, eventsError, events),
         ExitCode::Failed);
}

void SubscriptionCommands::update(const QString &idText)
{
    const auto id = IdList::parseId(idText);
    if (!id)
        return fail(tr("\"%1\" is not a subscription id (a positive whole number).").arg(idText), ExitCode::Usage);
    SubscriptionPatch patch;
    if (m_parser.isSet(QStringLiteral("url")))
        patch.url = m_parser.value(QStringLiteral("url"));
    if (m_parser.isSet(QStringLiteral("description"))) {
        const QString text = m_parser.value(QStringLiteral("description"));
        patch.description = text.isEmpty() ? QString() : text;  // empty clears it (JSON null)
    }
    if (m_parser.isSet(QStringLiteral("events")))
        patch.events = splitEvents(m_parser.value(QStringLiteral("events")));
    const bool enable = m_parser.isSet(QStringLiteral("enable"));
    const bool disable = m_parser.isSet(QStringLiteral("disable"));
    if (enable && disable)
        return fail(tr("Give either --enable or --disable, not both."), ExitCode::Usage);
    if (enable || disable)
        patch.enabled = enable;
    if (patch.isEmpty())
        return fail(tr("Nothing to change: give --url, --description, --events, --enable or --disable."),
                    ExitCode::Usage);
    const ApiError invalid = m_services.client->validator().validatePatch(patch);
    if (invalid.isError())
        return failApi(invalid);
    // Only "enabled": a toggle, described as such in `pending`.
    const JournalWrite write = JournalCodec::update(*id, patch);
    const auto seq = m_services.journal->record(write);
    if (!seq)
        return failJournal();
    m_services.journal->expectSend(*seq, write);
    m_services.client->updateSubscription(*id, patch, RequestLane::Interactive, this,
                                          [this, seq = *seq](const ApiResult<Subscription> &result) {
                                              m_services.journal->settle(seq, result.ok() ? ApiError() : result.error);
                                              if (!result.ok()) {
                                                  if (!m_services.journal->refusal(seq).isEmpty())
                                                      return fail(m_services.journal->refusal(seq), ExitCode::Journal);
                                                  return failApi(result.error);
                                              }
                                              printSubscription(*result);
                                              finish(ExitCode::Ok);
                                          });
}
