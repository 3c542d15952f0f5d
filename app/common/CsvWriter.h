#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Comma-separated values as RFC 4180 writes them: a field holding a comma, a double quote, CR or
// LF is put in double quotes with its quotes doubled; records end in CRLF; text is UTF-8.
//
// Written by hand because Qt has no CSV writer, and the one C/C++ CSV library Debian 12 packages
// with a writer (libcsv 3.0.3, a C library without CMake support, last released in 2013) quotes
// every field, works on byte buffers and ends no records, so it would save none of the few lines
// below and add a run-time dependency to every package.
class CsvWriter
{
public:
    // What spreadsheet programs need to read UTF-8: Excel takes a file without it for the
    // Windows code page and garbles every ä and 漢字. Files the console writes start with it; what
    // webhookctl prints does not, as scripts and Unix tools would take it for part of the text.
    static QByteArray byteOrderMark();

    // One field as it appears in a record: quoted only when it must be.
    static QString field(const QString &text);
    // One record (fields joined by commas) with its CRLF.
    static QString record(const QStringList &fields);

    // A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR)
    // gets a single quote in front, as OWASP recommends against CSV injection. For text that came
    // from users or servers (descriptions, URLs, errors), not for numbers, which may be negative.
    static QString guardFormula(const QString &text);
};
