#include "common/UnicodeText.h"

#include <QChar>

namespace UnicodeText {

qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

namespace {

// The value of the \uXXXX escape at `at` (pointing at the backslash), or -1.
int escapeAt(QByteArrayView json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    bool ok = false;
    const int value = QByteArray(json.data() + at + 2, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

bool isHigh(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}
bool isLow(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

bool hasLoneSurrogateEscape(QByteArrayView json)
{
    // Backslashes only occur inside JSON strings, and each starts a two-character escape (or \uXXXX).
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json[i] != '\\')
            continue;
        const int unit = escapeAt(json, i);
        if (unit < 0) {
            ++i;  // a two-character escape such as \\ or \"
            continue;
        }
        if (isLow(unit))
            return true;
        if (isHigh(unit)) {
            if (!isLow(escapeAt(json, i + 6)))
                return true;
            i += 6;
        }
        i += 5;
    }
    return false;
}

}  // namespace UnicodeText
