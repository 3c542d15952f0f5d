#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTextStream>

class QIODevice;

// webhookctl's three streams. The entry point hands in the process's stdin/stdout/stderr; tests
// may hand in buffers. Whether a stream is a terminal decides if a progress line is drawn.
class CliIo
{
public:
    CliIo(QIODevice *in, QIODevice *out, QIODevice *err, bool errIsTerminal);
    CliIo(const CliIo &) = delete;
    CliIo &operator=(const CliIo &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool errIsTerminal() const { return m_errIsTerminal; }
    // Set by the entry point when stdin is a terminal: the key is then asked for without echo.
    void setInputIsTerminal(bool terminal) { m_inIsTerminal = terminal; }
    bool inputIsTerminal() const { return m_inIsTerminal; }
    // Set by the entry point when the process was started with stdin closed: nothing is read then
    // (the descriptor would otherwise be taken by the next file the program opens).
    void setInputClosed(bool closed) { m_inClosed = closed; }
    bool inputClosed() const { return m_inClosed; }
    // The columns help is laid out for: the terminal's width, set by the entry point (80 when
    // stdout is not a terminal and COLUMNS is not set).
    void setOutputWidth(int columns) { m_outputWidth = columns; }
    int outputWidth() const { return m_outputWidth; }
    // Whether tables may be coloured: set by the entry point when stdout is a terminal, NO_COLOR is
    // not set (https://no-color.org) and TERM is not "dumb".
    void setColour(bool colour) { m_colour = colour; }
    bool colour() const { return m_colour; }
    static bool colourWanted(bool outputIsTerminal, const QProcessEnvironment &environment);

    // Reads the API key: the first line of stdin. On a terminal, prompts on stderr and turns
    // echo off while typing, so the key never shows on screen or in a scroll-back.
    QByteArray readSecretLine(const QString &prompt);

    // The first line of stdin without its line end (for --api-key-stdin). Reading blocks until a
    // line or end of input arrives; that is what a person or a pipe feeding a key expects.
    QByteArray readLine();
    // Everything left on stdin (for ids given as "-").
    QByteArray readAll();
    bool inputConsumed() const { return m_inputConsumed; }

    void flush();

private:
    QIODevice *m_in;
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal;
    bool m_inputConsumed = false;
    bool m_inIsTerminal = false;
    bool m_inClosed = false;
    int m_outputWidth = 80;
    bool m_colour = false;
};
