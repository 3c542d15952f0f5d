#pragma once

// A console window against a real webhook-sandbox, as the window tests set it up: the sandbox, the
// console's services, the test's own client for seeding and checking (the helper session), and
// windows made alike (shown, their models under QAbstractItemModelTester, connected to the sandbox
// with the first list loaded). Header-only: it needs webhook_ui, which the kit does not link.

#include "kit/ConsoleTestServices.h"
#include "kit/MainWindowParts.h"
#include "kit/SandboxProcess.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

struct LiveConsole
{
    static constexpr int kWaitMs = 30'000;

    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<ConsoleTestServices> env;
    std::unique_ptr<ConsoleSession> helper;  // the documented limits over one second

    // Starts a sandbox with `sandboxArgs`, fresh services and the helper session. Returns what went
    // wrong, or an empty string.
    QString start(const QStringList &sandboxArgs)
    {
        sandbox = std::make_unique<SandboxProcess>();
        if (!sandbox->start(sandboxArgs))
            return QStringLiteral("the sandbox did not start: ") + sandbox->standardError();
        env = std::make_unique<ConsoleTestServices>();
        helper = env->helperSession(sandbox->baseUrl(), sandbox->apiKey(), 1000);
        return helper ? QString() : QStringLiteral("the helper session could not be opened");
    }

    void stop()
    {
        helper.reset();
        sandbox.reset();
    }

    // A shown window on the services (rates over one second), on `clock` when one is given,
    // confirmations answered by `confirm`.
    std::unique_ptr<MainWindow> makeWindow(ConfirmQuestion::Handler confirm, Clock *clock = nullptr) const
    {
        ConsoleServices services = env->services(1000);
        if (clock)
            services.clock = clock;
        auto w = std::make_unique<MainWindow>(services);
        w->setConfirmHandler(std::move(confirm));
        using Tester = QAbstractItemModelTester;
        new Tester(MainWindowParts::subscriptionModel(*w), Tester::FailureReportingMode::QtTest, w.get());
        new Tester(MainWindowParts::subscriptionProxy(*w), Tester::FailureReportingMode::QtTest, w.get());
        w->show();
        return w;
    }

    // Connects `w` to the sandbox and waits for the list's answer; false when either fails.
    bool connect(MainWindow &w) const
    {
        auto *list = MainWindowParts::subscriptionList(w);
        const int before = list->loadCount();
        if (!w.connectTo(sandbox->baseUrl(), sandbox->apiKey(), QStringLiteral("Test")))
            return false;
        return QTest::qWaitFor([&] { return list->loadCount() > before; }, kWaitMs);
    }
};
