#include "ui/EndpointCheckPanel.h"

#include "check/EndpointCheck.h"
#include "common/Clock.h"
#include "models/TimeText.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EndpointCheckPanel::EndpointCheckPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_confirm(ConfirmQuestion::ask)
    , m_url(new QLabel(this))
    , m_note(new QLabel(this))
    , m_checkButton(new QPushButton(this))
    , m_testButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_sentence(new QLabel(this))
    , m_steps(new QPlainTextEdit(this))
{
    m_url->setObjectName(QStringLiteral("endpointCheckUrl"));
    m_url->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);  // long URLs wrap rather than widen the pane
    m_note->setWordWrap(true);
    m_checkButton->setObjectName(QStringLiteral("checkEndpointButton"));
    m_copyButton->setObjectName(QStringLiteral("copyEndpointCheckButton"));
    m_testButton->setObjectName(QStringLiteral("sendTestDeliveryButton"));
    m_secretPrompt = [](QWidget *parent) -> std::optional<QString> {
        bool ok = false;
        const QString secret = QInputDialog::getText(
            parent, tr("Signing Secret"),
            tr("The subscription's signing secret (whsec_…) signs the test like a real delivery. Leave it "
               "empty to send the test unsigned. It is used for this test only and kept nowhere."),
            QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(secret.trimmed()) : std::nullopt;
    };
    m_sentence->setObjectName(QStringLiteral("endpointCheckSentence"));
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_steps->setObjectName(QStringLiteral("endpointCheckSteps"));
    m_steps->setReadOnly(true);
    m_steps->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_url);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_sentence);
    layout->addWidget(m_steps, 1);

    connect(m_checkButton, &QPushButton::clicked, this, &EndpointCheckPanel::check);
    connect(m_copyButton, &QPushButton::clicked, this, &EndpointCheckPanel::copyResult);
    connect(m_testButton, &QPushButton::clicked, this, &EndpointCheckPanel::sendTestDelivery);
    retranslate();
    showResult();
}

EndpointCheckPanel::~EndpointCheckPanel() = default;

void EndpointCheckPanel::retranslate()
{
    m_checkButton->setText(tr("Chec&k Endpoint"));
    m_checkButton->setToolTip(
        tr("Resolve the name, connect, check TLS and send a HEAD request to this URL (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText)));
    m_checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_copyButton->setText(tr("Copy &Result"));
    m_testButton->setText(tr("Send Test &Delivery…"));
    m_testButton->setToolTip(tr("POST a sample event marked as a test to this URL, as a delivery would"));
    m_note->setText(tr("Checked from this computer, without the API key and outside the API's request "
                       "limits. The vendor's servers deliver from their own network, so a firewall may "
                       "treat them differently."));
    showResult();
}

void EndpointCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EndpointCheckPanel::showTarget(const QUrl &url, const QStringList &events)
{
    m_events = events;
    if (url == m_target)
        return;
    m_target = url;
    m_check.reset();  // a check of another URL: its answer no longer matters here
    m_testDelivery.reset();
    showResult();
}

void EndpointCheckPanel::check()
{
    if (m_target.isEmpty() || m_check)
        return;
    m_testDelivery.reset();
    run(false);
}

QString EndpointCheckPanel::testEventType() const
{
    return m_events.isEmpty() ? QStringLiteral("webhook.test") : m_events.constFirst();
}

void EndpointCheckPanel::sendTestDelivery()
{
    if (m_target.isEmpty() || m_check)
        return;
    if (!m_confirm(this, tr("Send a Test Delivery?"),
                   tr("POST a sample %1 event, marked as a test, to %2?\n\nThe endpoint may act on it like on a "
                      "real event: send it only when its owner expects it.")
                       .arg(testEventType(), m_target.toDisplayString()),
                   tr("Send Test Delivery")))
        return;
    const std::optional<QString> secret = m_secretPrompt(this);
    if (!secret)
        return;
    m_testDelivery = EndpointCheck::TestDelivery{testEventType(), *secret};
    run(false);
}

void EndpointCheckPanel::run(bool allowPrivateTargets)
{
    m_check = std::make_unique<EndpointCheck>(m_clock);
    m_check->setAllowPrivateTargets(allowPrivateTargets);
    if (m_testDelivery)
        m_check->setTestDelivery(*m_testDelivery);
    if (m_setup)
        m_setup(*m_check);
    connect(m_check.get(), &EndpointCheck::finished, this,
            [this, allowPrivateTargets](const EndpointCheckReport &r) { onFinished(r, allowPrivateTargets); });
    m_check->start(m_target);
    showResult();
}

void EndpointCheckPanel::onFinished(const EndpointCheckReport &report, bool allowedPrivate)
{
    // Deleted later: this runs inside the check's own signal.
    m_check.release()->deleteLater();
    if (report.verdict == EndpointCheckReport::Verdict::PrivateTarget && !allowedPrivate
        && m_confirm(this, tr("Check a Private Address?"),
                     tr("%1\n\nThe vendor's servers cannot deliver to a private or loopback address. Check it "
                        "from this computer anyway?")
                         .arg(report.sentence),
                     tr("Check Anyway"))) {
        run(true);
        return;
    }
    m_testDelivery.reset();  // the secret goes with it
    m_results.insert(m_target, Result{report, m_clock.utcNow()});
    showResult();
    Q_EMIT statusMessage(report.sentence + QLatin1Char('.'));
    Q_EMIT finished(report);
}

void EndpointCheckPanel::showResult()
{
    m_url->setText(m_target.isEmpty() ? tr("Select a subscription to check its endpoint.")
                                      : m_target.toDisplayString());
    m_checkButton->setEnabled(!m_target.isEmpty() && !m_check);
    m_testButton->setEnabled(!m_target.isEmpty() && !m_check);
    const auto it = m_results.constFind(m_target);
    const bool has = !m_check && it != m_results.cend();
    m_copyButton->setEnabled(has);
    m_steps->setVisible(has);
    if (m_check)
        m_sentence->setText(tr("Checking… (a few seconds per step)"));
    else if (has)
        m_sentence->setText(it->report.sentence + QLatin1Char('.'));
    else
        m_sentence->setText(m_target.isEmpty() ? QString() : tr("Not checked yet."));
    m_steps->setPlainText(has ? it->report.toText() : QString());
}

QString EndpointCheckPanel::resultText() const
{
    const auto it = m_results.constFind(m_target);
    if (it == m_results.cend())
        return {};
    return tr("Endpoint check at %1:").arg(TimeText::format(it->checkedAt, QLocale())) + QLatin1Char('\n')
        + it->report.toText();
}

void EndpointCheckPanel::copyResult()
{
    const QString text = resultText();
    if (text.isEmpty())
        return;
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(text);
    Q_EMIT statusMessage(tr("Endpoint check copied to the clipboard."));
}
