#include "common/Duration.h"

#include <QRegularExpression>

namespace Duration {

std::optional<qint64> parseMs(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,12})\\s*(ms|s|m|h|d)?\\s*$"));
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = match.capturedView(1).toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    const auto unit = match.capturedView(2);
    qint64 factor = 1000;
    if (unit == u"ms")
        factor = 1;
    else if (unit == u"m")
        factor = 60'000;
    else if (unit == u"h")
        factor = 3'600'000;
    else if (unit == u"d")
        factor = 86'400'000;
    return value * factor;
}

QString format(qint64 ms)
{
    struct Unit
    {
        qint64 factor;
        const char16_t *suffix;
    };
    static constexpr Unit units[] = {{86'400'000, u"d"}, {3'600'000, u"h"}, {60'000, u"m"}, {1000, u"s"}};
    for (const auto &unit : units) {
        if (ms > 0 && ms % unit.factor == 0)
            return QString::number(ms / unit.factor) + QString::fromUtf16(unit.suffix);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

}  // namespace Duration
