// The retry timeline widget: rendered images for delivered, retrying and failed deliveries compared
// with reference PNGs (text off, so font rendering cannot make them brittle), palette, HiDPI, texts.
//
// Regenerate the references after an intended visual change with
//   WEBHOOK_UPDATE_REFERENCES=1 ./tst_retrytimelinewidget
// and look at them before committing. Every run writes its renders (with text, too) to
// $TMPDIR/retrytimeline-renders/ for a look.

#include "kit/FakeClock.h"
#include "ui/RetryTimelineWidget.h"

#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QPalette>
#include <QTest>

#include <cstdlib>

using SlotState = RetryTimelineLayout::SlotState;

namespace {
const QDateTime created(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
const QSize renderSize(600, 96);

DeliveryAttempt attempt(int number, std::optional<int> status, const QString &error = {})
{
    DeliveryAttempt a;
    a.number = number;
    a.at = created.addSecs(3600LL * (number - 1));
    a.statusCode = status;
    a.error = error;
    a.durationMs = 87;
    if (status)
        a.responseExcerpt = QStringLiteral("{\"error\":\"db down\"}");
    return a;
}

Delivery makeDelivery(const QString &status, int failures, bool successAtEnd)
{
    Delivery d;
    d.id = 42;
    d.eventId = QStringLiteral("evt_1");
    d.event = QStringLiteral("order.created");
    d.createdAt = created;
    d.status = status;
    d.maxAttempts = 49;
    d.givesUpAt = created.addSecs(48 * 3600);
    for (int i = 1; i <= failures; ++i)
        d.attempts << (i % 4 == 0 ? attempt(i, std::nullopt, QStringLiteral("connection refused")) : attempt(i, 500));
    if (successAtEnd)
        d.attempts << attempt(failures + 1, 200);
    d.attemptCount = int(d.attempts.size());
    if (!d.attempts.isEmpty()) {
        const DeliveryAttempt &last = d.attempts.last();
        d.lastStatusCode = last.statusCode;
        d.lastError = last.error;
    }
    if (status == QLatin1String("retrying"))
        d.nextAttemptAt = created.addSecs(3600LL * d.attemptCount);
    return d;
}

Delivery retrying()
{
    return makeDelivery(QStringLiteral("retrying"), 37, false);
}
Delivery delivered()
{
    return makeDelivery(QStringLiteral("delivered"), 5, true);
}
Delivery failed()
{
    return makeDelivery(QStringLiteral("failed"), 49, false);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x4d, 0xa3, 0xe0));
    return p;
}

QString referenceDir()
{
    return QStringLiteral(WEBHOOK_SOURCE_DIR "/tests/ui/data");
}

QString rendersDir()
{
    const QString dir = QDir::temp().filePath(QStringLiteral("retrytimeline-renders"));
    QDir().mkpath(dir);
    return dir;
}

// Counts pixels whose channels differ by more than `tolerance`.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > tolerance
                || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance
                || std::abs(qAlpha(p[col]) - qAlpha(q[col])) > tolerance)
                ++count;
        }
    }
    return count;
}
}  // namespace

class TestRetryTimelineWidget : public QObject
{
    Q_OBJECT
private:
    FakeClock m_clock;

    // A widget with a fixed font, locale and palette, so renders are the same on every machine.
    std::unique_ptr<RetryTimelineWidget> makeWidget(const Delivery &delivery, const QPalette &palette = lightPalette())
    {
        auto widget = std::make_unique<RetryTimelineWidget>(&m_clock);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        font.setHintingPreference(QFont::PreferNoHinting);
        widget->setFont(font);
        widget->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        widget->setPalette(palette);
        widget->setDelivery(delivery);
        widget->resize(renderSize);
        return widget;
    }

    static QImage render(RetryTimelineWidget &widget, qreal dpr = 1.0)
    {
        QImage image(widget.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(widget.palette().color(QPalette::Window));
        widget.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        return image;
    }

    // Renders without text and compares with tests/ui/data/<name>.png.
    void compareWithReference(const Delivery &delivery, const QPalette &palette, const QString &name)
    {
        auto widget = makeWidget(delivery, palette);
        widget->setTextVisible(true);
        render(*widget).save(QDir(rendersDir()).filePath(name + QStringLiteral("-text.png")));
        widget->setTextVisible(false);
        const QImage actual = render(*widget);
        const QString referencePath = QDir(referenceDir()).filePath(name + QStringLiteral(".png"));
        actual.save(QDir(rendersDir()).filePath(name + QStringLiteral(".png")));
        if (qEnvironmentVariableIsSet("WEBHOOK_UPDATE_REFERENCES")) {
            QDir().mkpath(referenceDir());
            QVERIFY(actual.save(referencePath));
            return;
        }
        const QImage reference(referencePath);
        QVERIFY2(!reference.isNull(), qPrintable(QStringLiteral("missing reference ") + referencePath));
        QCOMPARE(actual.size(), reference.size());
        // Small tolerance per channel for antialiasing differences between rasterizer builds.
        const int differing = differingPixels(actual, reference, 8);
        QVERIFY2(differing <= actual.width() * actual.height() / 500,
                 qPrintable(QStringLiteral("%1 pixels differ from %2 (render in %3)")
                                .arg(differing)
                                .arg(referencePath, rendersDir())));
    }

    static QColor colorAt(const QImage &image, const QPointF &logical)
    {
        const qreal dpr = image.devicePixelRatio();
        return image.pixelColor((logical * dpr).toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.setUtcStart(created);
        // 36 h 30 min after the first attempt: attempt 37 is done, 38 is next (at 37 h).
        m_clock.advance((36LL * 60 + 30) * 60 * 1000);
    }

    void retryingMatchesReference()
    {
        compareWithReference(retrying(), lightPalette(), QStringLiteral("retrytimeline-retrying"));
    }
    void deliveredMatchesReference()
    {
        compareWithReference(delivered(), lightPalette(), QStringLiteral("retrytimeline-delivered"));
    }
    void failedMatchesReference()
    {
        compareWithReference(failed(), lightPalette(), QStringLiteral("retrytimeline-failed"));
    }
    void darkPaletteMatchesReference()
    {
        compareWithReference(retrying(), darkPalette(), QStringLiteral("retrytimeline-retrying-dark"));
    }

    void slotsArePaintedByOutcome()
    {
        auto widget = makeWidget(retrying());
        widget->setTextVisible(false);
        const QImage image = render(*widget);
        const RetryTimelineLayout layout = widget->currentLayout();
        const QColor httpError = colorAt(image, layout.slotRect(0).center());
        const QColor network = colorAt(image, layout.slotRect(3).topLeft() + QPointF(2, 2));
        const QColor background = widget->palette().color(QPalette::Window);
        QVERIFY(httpError.red() > 150 && httpError.green() < 100);
        QVERIFY(network != httpError);
        QVERIFY(network != background);
        // A scheduled slot is only outlined: its centre shows the background.
        QCOMPARE(colorAt(image, layout.slotRect(45).center()), background);
        // The next-attempt marker over slot 38 is in the highlight colour.
        const QPointF markerPoint = layout.nextMarker().boundingRect().center() - QPointF(0, 1);
        QCOMPARE(colorAt(image, markerPoint), widget->palette().color(QPalette::Highlight));
    }

    void darkPaletteKeepsMarksVisible()
    {
        auto widget = makeWidget(failed(), darkPalette());
        widget->setTextVisible(false);
        const QImage image = render(*widget);
        const RetryTimelineLayout layout = widget->currentLayout();
        const QColor background = widget->palette().color(QPalette::Window);
        for (int slot : {0, 10, 48}) {
            const QColor mark = colorAt(image, layout.slotRect(slot).center());
            // Lighter than the dark window by a clear margin.
            QVERIFY2(mark.lightness() - background.lightness() > 60, qPrintable(QString::number(slot)));
        }
    }

    void hiDpiRenderDoublesResolution()
    {
        auto widget = makeWidget(delivered());
        widget->setTextVisible(false);
        const QImage normal = render(*widget, 1.0);
        const QImage hiDpi = render(*widget, 2.0);
        QCOMPARE(hiDpi.size(), normal.size() * 2);
        const RetryTimelineLayout layout = widget->currentLayout();
        for (int slot : {0, 4, 5, 20}) {
            const QPointF centre = layout.slotRect(slot).center();
            QCOMPARE(colorAt(hiDpi, centre), colorAt(normal, centre));
        }
        // The one-pixel gap between slots stays: the pixel just right of slot 0 is background.
        const QPointF gap(layout.slotRect(0).right() + 0.5, layout.slotRect(0).center().y());
        QCOMPARE(colorAt(hiDpi, gap), widget->palette().color(QPalette::Window));
    }

    void textsForRetrying()
    {
        auto widget = makeWidget(retrying());
        QCOMPARE(widget->remainingText(), QStringLiteral("12 retries left"));
        const QString summary = widget->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("attempt 37 of 49 failed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("in 30 min")), qPrintable(summary));
        QVERIFY(widget->giveUpText().startsWith(QStringLiteral("gives up")));
        QVERIFY(widget->accessibleDescription().contains(QStringLiteral("12 retries left")));
        QVERIFY(widget->accessibleDescription().contains(summary));
        QVERIFY(!widget->accessibleName().isEmpty());
    }

    void textsForDeliveredAndFailed()
    {
        auto ok = makeWidget(delivered());
        QCOMPARE(ok->summaryText(), QStringLiteral("Delivered on attempt 6 of 49"));
        QCOMPARE(ok->remainingText(), QStringLiteral("no retries needed"));

        auto gaveUp = makeWidget(failed());
        QVERIFY2(gaveUp->summaryText().startsWith(QStringLiteral("Failed: gave up after 49 attempts")),
                 qPrintable(gaveUp->summaryText()));
        QCOMPARE(gaveUp->remainingText(), QStringLiteral("no retries left"));
        QVERIFY(gaveUp->giveUpText().startsWith(QStringLiteral("gave up")));
    }

    void toolTipPerSlot()
    {
        auto widget = makeWidget(retrying());
        const QString first = widget->slotToolTip(0);
        QVERIFY2(first.startsWith(QStringLiteral("Attempt 1 of 49")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("HTTP 500")));
        QVERIFY(first.contains(QStringLiteral("87 ms")));
        QVERIFY(widget->slotToolTip(3).contains(QStringLiteral("connection refused")));
        const QString next = widget->slotToolTip(37);
        QVERIFY2(next.contains(QStringLiteral("next attempt")) && next.contains(QStringLiteral("in 30 min")),
                 qPrintable(next));
        QVERIFY(widget->slotToolTip(40).contains(QStringLiteral("scheduled")));
        QVERIFY(widget->slotToolTip(49).isEmpty());

        auto ok = makeWidget(delivered());
        QVERIFY(ok->slotToolTip(10).contains(QStringLiteral("not needed")));
    }

    void emptyWidgetSaysSo()
    {
        RetryTimelineWidget widget(&m_clock);
        QVERIFY(!widget.hasDelivery());
        QCOMPARE(widget.summaryText(), QStringLiteral("No delivery selected"));
        QVERIFY(widget.remainingText().isEmpty());
        widget.resize(renderSize);
        QVERIFY(!render(widget).isNull());  // paints without a delivery
    }

    void sizeHintShowsComfortableSlots()
    {
        auto widget = makeWidget(retrying());
        QVERIFY(widget->sizeHint().width() >= 49 * 10);
        QVERIFY(widget->minimumSizeHint().width() < widget->sizeHint().width());
        QVERIFY(widget->sizeHint().height() >= widget->currentLayout().legendRect().bottom());
    }
};

QTEST_MAIN(TestRetryTimelineWidget)
#include "tst_retrytimelinewidget.moc"
