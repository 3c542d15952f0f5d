#pragma once

// Reads a Qt Linguist .ts file (the XML that lupdate writes) into plain values, for the tests that
// check the translations are complete and that the built .qm files carry them.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

struct TsMessage
{
    QString context;
    QString source;
    QString comment;  // the disambiguation, if any
    bool numerus = false;
    QString type;  // "", "unfinished", "obsolete", "vanished"
    QString translation;  // when !numerus
    QStringList forms;  // when numerus
    QString location;  // "file:line" of the first location, for messages

    QString label() const { return context + QStringLiteral(" \"") + source + QLatin1Char('"'); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ts.error = QStringLiteral("cannot open ") + path;
            return ts;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString lastFile;
        TsMessage msg;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS")) {
                    ts.language = xml.attributes().value(QLatin1String("language")).toString();
                } else if (name == QLatin1String("context")) {
                    context.clear();
                } else if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    msg = TsMessage();
                    msg.context = context;
                    msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (name == QLatin1String("location")) {
                    const auto attrs = xml.attributes();
                    if (attrs.hasAttribute(QLatin1String("filename")))
                        lastFile = attrs.value(QLatin1String("filename")).toString();
                    if (msg.location.isEmpty())
                        msg.location = lastFile + QLatin1Char(':') + attrs.value(QLatin1String("line")).toString();
                } else if (name == QLatin1String("source")) {
                    msg.source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    msg.comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    msg.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!msg.numerus)
                        msg.translation = xml.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    msg.forms.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ts.messages.append(msg);
            }
        }
        if (xml.hasError())
            ts.error = path + QStringLiteral(": ") + xml.errorString();
        return ts;
    }
};
