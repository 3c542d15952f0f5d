#pragma once

#include "check/EndpointCheck.h"
#include "check/EndpointCheckReport.h"
#include "ui/ConfirmQuestion.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>
#include <memory>

class Clock;
class EndpointCheck;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The Endpoint tab of the details: checks the selected subscription's URL from this computer
// (name, connection, TLS, an HTTP HEAD) and says in one sentence what is wrong, which works
// against the vendor's API too, since it never calls the API. The API key is never sent.
// Results are kept per URL for the session, so going back to a row shows its last check.
class EndpointCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointCheckPanel(const Clock &clock, QWidget *parent = nullptr);
    ~EndpointCheckPanel() override;

    void setConfirmHandler(ConfirmQuestion::Handler handler) { m_confirm = std::move(handler); }
    // Asks for the signing secret of a test delivery: empty to send it unsigned, nullopt to cancel.
    using SecretPrompt = std::function<std::optional<QString>(QWidget *parent)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }
    // Test hook: what the checks use (shorter timeouts, extra trusted certificates).
    void setCheckSetup(std::function<void(EndpointCheck &)> setup) { m_setup = std::move(setup); }

    // The URL to check (empty: nothing selected) and the subscription's known events (a test
    // delivery is of the first; of "webhook.test" when none is known).
    void showTarget(const QUrl &url, const QStringList &events = {});
    QUrl target() const { return m_target; }
    bool isChecking() const { return m_check != nullptr; }
    // The last finished check of the shown URL, as text for a ticket (empty: none yet).
    QString resultText() const;

public Q_SLOTS:
    void check();
    // After a confirmation: a POST of a sample event marked as a test instead of the HEAD.
    void sendTestDelivery();
    void copyResult();

Q_SIGNALS:
    void finished(const EndpointCheckReport &report);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void run(bool allowPrivateTargets);
    void onFinished(const EndpointCheckReport &report, bool allowedPrivate);
    QString testEventType() const;
    void showResult();
    void retranslate();

    const Clock &m_clock;
    ConfirmQuestion::Handler m_confirm;
    std::function<void(EndpointCheck &)> m_setup;
    SecretPrompt m_secretPrompt;
    QUrl m_target;
    QStringList m_events;
    std::optional<EndpointCheck::TestDelivery> m_testDelivery;  // of the check on its way
    std::unique_ptr<EndpointCheck> m_check;
    struct Result
    {
        EndpointCheckReport report;
        QDateTime checkedAt;  // UTC
    };
    QHash<QUrl, Result> m_results;  // the last check of each URL, this session

    QLabel *m_url;
    QLabel *m_note;
    QPushButton *m_checkButton;
    QPushButton *m_testButton;
    QPushButton *m_copyButton;
    QLabel *m_sentence;
    QPlainTextEdit *m_steps;
};
