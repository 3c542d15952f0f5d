#pragma once

#include "api/HttpResponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One send on the wire. Like Nextcloud's AbstractNetworkJob it owns its reply, its timeout and
// its error text, and reports exactly once through finished().
class NetworkJob : public QObject
{
    Q_OBJECT
public:
    NetworkJob(QNetworkReply *reply, qint64 timeoutMs, QObject *parent = nullptr);
    ~NetworkJob() override;

    void abort();  // reports Outcome::Aborted

Q_SIGNALS:
    void finished(const HttpResponse &response);

private:
    void readSlice();
    void onReplyFinished();
    void onTimeout();
    void finish(HttpResponse response);

    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_tooLarge = false;  // the answer passed maxBodyBytes and was cut off
    QByteArray m_body;  // read as it arrives, one slice per turn of the event loop
    bool m_sliceQueued = false;  // a zero-timer will read the next slice
    bool m_finishWaiting = false;  // the reply ended with more than a slice still to read
    QString m_tlsErrors;
};
