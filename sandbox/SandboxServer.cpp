#include "sandbox/SandboxServer.h"

#include "sandbox/ApiKeyStore.h"
#include "sandbox/DeliveryScheduler.h"
#include "sandbox/DeliveryStore.h"
#include "sandbox/DeliveryTransport.h"
#include "sandbox/DemoReceiver.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/DemoTraffic.h"
#include "sandbox/EventCatalogue.h"
#include "sandbox/EventPublisher.h"
#include "sandbox/RateLimitEnforcer.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SubscriptionStore.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTextStream>

SandboxServer::SandboxServer(SandboxOptions options, Clock &clock, QTextStream &out, QTextStream *log, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_out(out)
    , m_log(log)
{ }

SandboxServer::~SandboxServer()
{
    // The HTTP server and the demo parts use the stores: stop them first.
    m_demoTraffic.reset();
    m_http.reset();
    m_demoReceiver.reset();
    m_api.reset();
    m_publisher.reset();
    m_scheduler.reset();
    m_transport.reset();
}

bool SandboxServer::start(QString *error)
{
    m_catalogue = std::make_unique<EventCatalogue>(EventCatalogue::defaults());
    if (!m_options.eventTypesFile.isEmpty() && !m_catalogue->loadFromFile(m_options.eventTypesFile, error))
        return false;

    m_database = std::make_unique<SandboxDatabase>();
    if (!m_database->open(m_options.dbPath, error))
        return false;
    m_keys = std::make_unique<ApiKeyStore>(*m_database);
    m_subscriptions = std::make_unique<SubscriptionStore>(*m_database);
    m_deliveries = std::make_unique<DeliveryStore>(*m_database);

    RateLimitPolicy policy = RateLimitPolicy::documented();
    if (m_options.rateWindowMs)
        policy.setWindow(*m_options.rateWindowMs);
    for (const QString &spec : std::as_const(m_options.rateLimitOverrides))
        policy.addOverride(spec, nullptr);
    m_rateLimits = std::make_unique<RateLimitEnforcer>(m_clock, policy);

    m_transport =
        std::make_unique<DeliveryTransport>(m_clock, m_options.deliveryTimeoutMs, m_options.allowPrivateTargets);
    m_scheduler = std::make_unique<DeliveryScheduler>(*m_deliveries, *m_subscriptions, *m_transport, m_clock);
    if (m_log && !m_options.quiet) {
        // One line per delivery attempt, next to the request log (no secrets in it).
        QTextStream *log = m_log;
        connect(m_scheduler.get(), &DeliveryScheduler::attemptFinished, this,
                [log](qint64 deliveryId, int number, const QString &status) {
                    *log << SandboxJson::timestamp(QDateTime::currentMSecsSinceEpoch()) << " delivery " << deliveryId
                         << " attempt " << number << ' ' << status << Qt::endl;
                });
    }
    m_publisher = std::make_unique<EventPublisher>(*m_database, *m_subscriptions, *m_deliveries, m_clock,
                                                   DeliverySchedule{m_options.retryIntervalMs, m_options.retryWindowMs},
                                                   m_scheduler.get());
    m_api = std::make_unique<SandboxApi>(*m_database, *m_keys, *m_subscriptions, *m_deliveries, *m_catalogue,
                                         *m_rateLimits, *m_publisher, *m_scheduler, m_clock);
    m_api->setListCacheEnabled(!m_options.noListCache);
    m_api->setDocumentedFieldsOnly(m_options.documentedFieldsOnly);
    m_api->setAllowPrivateTargets(m_options.allowPrivateTargets);
    m_api->setErrorLog(m_log);  // errors, unlike the request log, are shown with --quiet too
    SandboxApi *api = m_api.get();
    m_http = std::make_unique<SandboxHttpServer>([api](const ApiRequest &request) { return api->handle(request); },
                                                 m_options.faults, m_options.quiet ? nullptr : m_log);
    m_http->setLimits(m_options.http);

    QHostAddress address;
    if (!address.setAddress(m_options.host)) {
        if (m_options.host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
            address = QHostAddress(QHostAddress::LocalHost);
        } else {
            if (error)
                *error = QCoreApplication::translate("SandboxServer", "Cannot listen on \"%1\": not an IP address.")
                             .arg(m_options.host);
            return false;
        }
    }

    if (m_options.demo && !startDemo(error))
        return false;

    m_port = m_http->listen(address, quint16(m_options.port));
    if (m_port == 0) {
        if (error)
            *error = QCoreApplication::translate("SandboxServer", "Cannot listen on %1 port %2 (in use?).")
                         .arg(m_options.host)
                         .arg(m_options.port);
        return false;
    }
    m_scheduler->start();
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    m_out << "listening: http://" << host << ':' << m_port << Qt::endl;  // endl flushes
    return true;
}

bool SandboxServer::startDemo(QString *error)
{
    m_demoReceiver = std::make_unique<DemoReceiver>();
    const quint16 receiverPort = m_demoReceiver->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (receiverPort == 0) {
        if (error)
            *error = QCoreApplication::translate("SandboxServer", "Cannot start the demo receiver on loopback.");
        return false;
    }
    // A port where nothing listens, for the "connection refused" partners.
    quint16 refusedPort = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
            refusedPort = probe.serverPort();
    }
    qint64 tenantId = 0;
    const QByteArray key = m_keys->createDemoKey(&tenantId, error);
    if (key.isEmpty())
        return false;
    DemoSeeder seeder(*m_database, *m_subscriptions, *m_deliveries, *m_catalogue,
                      DeliverySchedule{m_options.retryIntervalMs, m_options.retryWindowMs});
    if (!seeder.seed(tenantId, QStringLiteral("http://127.0.0.1:%1").arg(receiverPort),
                     QStringLiteral("http://127.0.0.1:%1").arg(refusedPort), m_clock.utcNow().toMSecsSinceEpoch(),
                     error))
        return false;
    m_demoTraffic =
        std::make_unique<DemoTraffic>(*m_publisher, *m_catalogue, tenantId, m_options.demoTrafficIntervalMs);
    m_demoTraffic->start();
    m_out << "demo-api-key: " << key << Qt::endl;
    return true;
}
