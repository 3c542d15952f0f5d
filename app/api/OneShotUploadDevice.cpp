#include "api/OneShotUploadDevice.h"

#include <algorithm>
#include <cstring>

OneShotUploadDevice::OneShotUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUploadDevice::bytesAvailable() const
{
    return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
}

bool OneShotUploadDevice::atEnd() const
{
    return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return -1;  // the end: a sequential device has nothing more, ever
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}
