#pragma once

#include <QByteArrayView>
#include <QStringView>

// Text measured the way the vendor's API measures it. Its service is written in Python, whose
// len() counts Unicode code points, not the UTF-16 units QString::size() counts: an emoji is one
// character there, two here. A lone UTF-16 surrogate is not a character at all (it cannot be
// encoded in UTF-8), so it is refused rather than stored as something else.
namespace UnicodeText {

// The number of code points (a surrogate pair counts once; a lone surrogate once too).
qsizetype codePoints(QStringView text);
// Whether the text holds a surrogate without its partner.
bool hasLoneSurrogate(QStringView text);
// Whether JSON text holds a \uD800-\uDFFF escape without its partner (QJsonDocument would turn
// "a\ud800b" into another character and swallow the b).
bool hasLoneSurrogateEscape(QByteArrayView json);

}  // namespace UnicodeText
