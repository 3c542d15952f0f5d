#include "models/StatusIconSet.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace {

QChar glyphFor(StatusIconSet::Kind kind)
{
    switch (kind) {
    case StatusIconSet::Ok:
        return QChar(0x2713);  // check mark
    case StatusIconSet::Retrying:
        return QChar(0x21bb);  // clockwise arrow
    case StatusIconSet::Failing:
        return QLatin1Char('!');
    case StatusIconSet::Error:
        return QLatin1Char('!');
    case StatusIconSet::Pending:
        return QChar(0x2026);  // ellipsis
    case StatusIconSet::KindCount:
        break;
    }
    return QLatin1Char('?');
}

}  // namespace

QColor StatusIconSet::colour(Kind kind)
{
    // Mid-luminance, saturated colours: enough contrast against white and against dark greys.
    switch (kind) {
    case Ok:
        return QColor(0x2e, 0x9e, 0x5b);
    case Retrying:
        return QColor(0xd9, 0x8a, 0x00);
    case Failing:
        return QColor(0xd9, 0x3a, 0x3a);
    case Error:
        return QColor(0xd9, 0x3a, 0x3a);
    case Pending:
        return QColor(0x3d, 0x7e, 0xd9);
    case KindCount:
        break;
    }
    return QColor(Qt::gray);
}

QVariant StatusIconSet::decoration(Kind kind) const
{
    if (kind < 0 || kind >= KindCount)
        return {};
    // Pixmaps need a QGuiApplication.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return colour(kind);
    QIcon &icon = m_icons[kind];
    if (icon.isNull()) {
        for (const int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour(kind));
            painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(size * 2 / 3);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(glyphFor(kind)));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}
