// Idempotency records: the stored reply of a POST with an Idempotency-Key, kept 24 hours.

#include "internal.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace zkgrad::sandbox {

std::optional<Reply> Service::storedReply(const QString &scope, const QString &key,
                                          const QByteArray &fingerprint, bool *conflict)
{
    *conflict = false;
    QSqlQuery q = m_db.exec(S("SELECT fingerprint, status, content_type, headers, body,"
                              " created_at FROM idempotency WHERE scope = ? AND key = ?"),
                            { scope, key });
    if (!q.next())
        return std::nullopt;
    const QDateTime created = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    if (created.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600) {
        m_db.exec(S("DELETE FROM idempotency WHERE scope = ? AND key = ?"), { scope, key });
        return std::nullopt;
    }
    if (q.value(0).toString().toLatin1() != fingerprint) {
        *conflict = true;
        return std::nullopt;
    }
    Reply r;
    r.status = q.value(1).toInt();
    r.contentType = q.value(2).toString().toLatin1();
    r.body = q.value(4).toByteArray();
    const QJsonObject headers = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        r.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    return r;
}

void Service::storeReply(const QString &scope, const QString &key, const QByteArray &fingerprint,
                         const Reply &reply)
{
    // Records live the documented 24 hours, whether or not their key comes back.
    m_db.exec(S("DELETE FROM idempotency WHERE created_at < ?"),
              { iso(now().addSecs(-24 * 3600)) });
    QJsonObject headers;
    for (const auto &h : reply.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
    m_db.exec(S("INSERT OR REPLACE INTO idempotency (scope, key, fingerprint, status,"
                " content_type, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              { scope, key, QString::fromLatin1(fingerprint), reply.status,
                QString::fromLatin1(reply.contentType),
                QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)),
                reply.body, iso(now()) });
}

} // namespace zkgrad::sandbox
