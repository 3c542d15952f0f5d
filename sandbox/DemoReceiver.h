#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

// A webhook receiver on loopback, inside the sandbox process (demo) or a test. How it answers is
// chosen by the URL: a query item mode=ok|fail|flaky|slow|redirect|gone, or a path segment
// /status/NNN; the default is 200. "slow" never answers (the delivery times out); "flaky" fails
// two requests out of three; "redirect" answers 302 (redirects are not followed).
class DemoReceiver : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Received
    {
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    explicit DemoReceiver(QObject *parent = nullptr);

    int receivedCount() const { return m_count; }

Q_SIGNALS:
    void received(const DemoReceiver::Received &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void answer(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});

    QHash<QString, int> m_flakyCounts;
    int m_count = 0;
};
