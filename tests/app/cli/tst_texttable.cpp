#include "cli/CliIo.h"
#include "cli/TextTable.h"

#include <QRegularExpression>
#include <QTest>

class TestTextTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsArePaddedToTheWidestCell()
    {
        TextTable table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("URL")});
        table.addRow({QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("https://a")});
        table.addRow({QStringLiteral("100"), QStringLiteral("no"), QStringLiteral("https://b")});
        QCOMPARE(table.render(),
                 QStringLiteral("ID   STATE  URL\n"
                                "1    yes    https://a\n"
                                "100  no     https://b\n"));
    }

    void colourNeverShiftsTheColumns()
    {
        TextTable table({QStringLiteral("ID"), QStringLiteral("HEALTH"), QStringLiteral("URL")});
        table.addRow({QStringLiteral("1"), QStringLiteral("failing"), QStringLiteral("https://a")},
                     {TextTable::Tone::Plain, TextTable::Tone::Bad});
        table.addRow({QStringLiteral("2"), QStringLiteral("ok"), QStringLiteral("https://b")},
                     {TextTable::Tone::Plain, TextTable::Tone::Good, TextTable::Tone::Muted});
        const QString plain = table.render();
        QVERIFY(!plain.contains(u'\x1b'));  // colour is off unless asked for
        table.setColour(true);
        const QString coloured = table.render();
        QCOMPARE(coloured,
                 QStringLiteral("ID  HEALTH   URL\n"
                                "1   \x1b[31mfailing\x1b[0m  https://a\n"
                                "2   \x1b[32mok\x1b[0m       \x1b[90mhttps://b\x1b[0m\n"));
        // Without the escapes it is the plain table.
        QString stripped = coloured;
        stripped.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9]+m")));
        QCOMPARE(stripped, plain);
    }

    void colourOnlyOnATerminalWithoutNoColor()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
        QVERIFY(CliIo::colourWanted(true, environment));
        QVERIFY(!CliIo::colourWanted(false, environment));  // a pipe or a file
        environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        QVERIFY(!CliIo::colourWanted(true, environment));
        environment.insert(QStringLiteral("NO_COLOR"), QString());  // set but empty: no-color.org says ignore it
        QVERIFY(CliIo::colourWanted(true, environment));
        environment.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        QVERIFY(!CliIo::colourWanted(true, environment));
    }

    void controlCharactersAndLongCellsStayOnOneLine()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("B")});
        table.setMaxWidth(0, 5);
        table.addRow({QStringLiteral("abcdefgh"), QStringLiteral("x\ny")});
        QCOMPARE(table.render(), QStringLiteral("A      B\nabcd\u2026  x y\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
