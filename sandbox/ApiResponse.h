#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP response of the API layer. route is the matched route template (for the request log).
struct ApiResponse
{
    int status = 200;
    QByteArray body;  // JSON text, empty for 204
    QList<QPair<QByteArray, QByteArray>> headers;
    QString route;

    static ApiResponse json(int status, const QJsonDocument &document)
    {
        ApiResponse response;
        response.status = status;
        response.body = document.toJson(QJsonDocument::Compact);
        return response;
    }
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};
