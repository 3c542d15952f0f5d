#pragma once

#include "cli/CommandGroup.h"
#include "common/SystemClock.h"

#include <memory>

class EndpointCheck;
class EndpointCheckReport;
class QUrl;

// check ID|URL [--json] [--allow-private-targets]: checks a subscription's endpoint (its URL read
// with one GET through the API) or a URL given directly, with EndpointCheck. The check itself sends
// nothing of the API's: not the key, and not through the request queue.
class CheckCommand final : public CommandGroup
{
    Q_OBJECT
public:
    CheckCommand(CliIo &io, const CliServices &services, const QCommandLineParser &parser, QObject *parent = nullptr);
    ~CheckCommand() override;

    void start(const QString &command, const QStringList &arguments) override;

private:
    void check(const QUrl &url);
    void print(const EndpointCheckReport &report);

    SystemClock m_fallbackClock;  // when the services bring none (tests that run commands in-process)
    std::unique_ptr<EndpointCheck> m_check;
};
