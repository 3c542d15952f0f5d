#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. QNetworkAccessManager silently sends a
// request again when the connection closes before any answer, POST included; a create that was
// handled before the drop would then be made twice. Given this body (with
// DoNotBufferUploadDataAttribute), it cannot rewind it and reports ContentReSendError instead,
// so the caller learns that the create may or may not have reached the server.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
