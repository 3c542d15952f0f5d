#include "cli/CheckCommand.h"

#include "api/ApiClient.h"
#include "check/EndpointCheck.h"
#include "cli/CliIo.h"
#include "cli/ExitCode.h"
#include "cli/IdList.h"
#include "cli/JsonOutput.h"

#include <QCommandLineParser>

CheckCommand::CheckCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent)
    : CommandGroup(io, services, parser, parent)
{ }

CheckCommand::~CheckCommand() = default;

void CheckCommand::start(const QString &, const QStringList &arguments)
{
    const QString target = arguments.value(0);
    if (m_parser.isSet(QStringLiteral("secret-stdin")) && !m_parser.isSet(QStringLiteral("send-test")))
        return fail(tr("--secret-stdin signs a test delivery: give --send-test EVENT too."), ExitCode::Usage);
    if (m_parser.isSet(QStringLiteral("secret-stdin")) && m_parser.isSet(QStringLiteral("api-key-stdin")))
        return fail(tr("--secret-stdin and --api-key-stdin both read standard input: use a profile or "
                       "WEBHOOK_API_KEY for the key."),
                    ExitCode::Usage);
    if (m_parser.isSet(QStringLiteral("send-test")) && m_parser.value(QStringLiteral("send-test")).trimmed().isEmpty())
        return fail(tr("--send-test needs an event type, for example --send-test orders.created."), ExitCode::Usage);
    if (const auto id = IdList::parseId(target)) {
        m_services.client->getSubscription(*id, RequestLane::Interactive, this,
                                           [this](const ApiResult<Subscription> &result) {
                                               if (!result.ok())
                                                   return failApi(result.error);
                                               check(QUrl(result->url, QUrl::StrictMode));
                                           });
        return;
    }
    const QUrl url(target, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return fail(tr("\"%1\" is neither a subscription id nor an http:// or https:// URL.").arg(target),
                    ExitCode::Usage);
    check(url);
}

void CheckCommand::check(const QUrl &url)
{
    m_check = std::make_unique<EndpointCheck>(m_services.clock ? *m_services.clock : m_fallbackClock);
    m_check->setAllowPrivateTargets(m_parser.isSet(QStringLiteral("allow-private-targets")));
    if (m_parser.isSet(QStringLiteral("send-test"))) {
        EndpointCheck::TestDelivery test;
        test.eventType = m_parser.value(QStringLiteral("send-test"));
        // The secret comes from stdin only: on a command line it would show in the process list.
        if (m_parser.isSet(QStringLiteral("secret-stdin")))
            test.clientSecret = QString::fromUtf8(m_io.readSecretLine(tr("Signing secret: "))).trimmed();
        m_check->setTestDelivery(test);
    }
    connect(m_check.get(), &EndpointCheck::finished, this, [this](const EndpointCheckReport &report) {
        print(report);
        switch (report.verdict) {
        case EndpointCheckReport::Verdict::Reachable:
            return finish(ExitCode::Ok);
        case EndpointCheckReport::Verdict::InvalidUrl:
        case EndpointCheckReport::Verdict::PrivateTarget:
            return finish(ExitCode::Usage);
        default:
            return finish(ExitCode::EndpointFailed);
        }
    });
    m_check->start(url);
}

void CheckCommand::print(const EndpointCheckReport &report)
{
    if (jsonOutput()) {
        m_io.out() << JsonOutput::toText(report.toJson());
        return;
    }
    m_io.out() << report.toText();
}
