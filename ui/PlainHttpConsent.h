#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The question asked before the API key travels over plain http:// to another computer, in one
// wording wherever it is asked (connecting, checking a profile). The answer is kept in the profile.
class PlainHttpConsent
{
    Q_DECLARE_TR_FUNCTIONS(PlainHttpConsent)
public:
    static QString title() { return tr("Unencrypted Connection"); }
    static QString text(const QUrl &url)
    {
        return tr("%1 uses plain http:// to a computer other than this one. The API key and all data would travel "
                  "unencrypted and could be read or changed on the way.\n\nConnect anyway? Your answer is remembered "
                  "for this profile.")
            .arg(url.toString());
    }
    static QString acceptText() { return tr("Connect Without Encryption"); }
};
