#include "outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace zkgrad::net {

namespace {

QString stateName(Outbox::Entry::State s)
{
    switch (s) {
    case Outbox::Entry::State::Waiting:
        return QStringLiteral("waiting");
    case Outbox::Entry::State::Sending:
        return QStringLiteral("sending");
    case Outbox::Entry::State::Failed:
        return QStringLiteral("failed"); // vocabulary: an outbox state
    }
    return QStringLiteral("waiting");
}

} // namespace

QJsonObject Outbox::Entry::toJson() const
{
    return QJsonObject {
        { QLatin1String("id"), id },
        { QLatin1String("method"), QString::fromLatin1(method) },
        { QLatin1String("path"), path },
        { QLatin1String("applicationId"), applicationId },
        { QLatin1String("contentType"), QString::fromLatin1(contentType) },
        { QLatin1String("body"), QString::fromLatin1(body.toBase64()) },
        { QLatin1String("idempotencyKey"), QString::fromLatin1(idempotencyKey) },
        { QLatin1String("label"), label },
        { QLatin1String("queuedAt"), queuedAt.toUTC().toString(Qt::ISODate) },
        { QLatin1String("sendAttempts"), sendAttempts },
        // A send in flight when the app stopped did not finish as far as we know: wait again.
        { QLatin1String("state"), stateName(state == State::Sending ? State::Waiting : state) },
        { QLatin1String("lastError"), lastError },
    };
}

Outbox::Entry Outbox::Entry::fromJson(const QJsonObject &o, bool *ok)
{
    Entry e;
    e.id = o.value(QLatin1String("id")).toString();
    e.method = o.value(QLatin1String("method")).toString().toLatin1();
    e.path = o.value(QLatin1String("path")).toString();
    e.applicationId = o.value(QLatin1String("applicationId")).toString();
    e.contentType = o.value(QLatin1String("contentType")).toString().toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(o.value(QLatin1String("body")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    e.body = decoded.decoded;
    e.idempotencyKey = o.value(QLatin1String("idempotencyKey")).toString().toLatin1();
    e.label = o.value(QLatin1String("label")).toString();
    e.queuedAt = QDateTime::fromString(o.value(QLatin1String("queuedAt")).toString(), Qt::ISODate);
    e.sendAttempts = o.value(QLatin1String("sendAttempts")).toInt();
    e.state = o.value(QLatin1String("state")).toString() == stateName(State::Failed)
        ? State::Failed
        : State::Waiting;
    e.lastError = o.value(QLatin1String("lastError")).toString();
    *ok = !e.id.isEmpty() && !e.method.isEmpty() && e.path.startsWith(QLatin1Char('/'))
        && bool(decoded);
    return e;
}

Outbox::Outbox(QObject *parent)
    : QObject(parent)
{ }

QString Outbox::enqueue(Entry entry)
{
    if (entry.queuedAt.isNull())
        entry.queuedAt = QDateTime::currentDateTimeUtc();
    entry.state = Entry::State::Waiting;
    for (Entry &existing : m_entries) {
        if (existing.method == entry.method && existing.path == entry.path
            && existing.state != Entry::State::Sending) {
            entry.id = existing.id;
            existing = std::move(entry);
            Q_EMIT changed();
            return existing.id;
        }
    }
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_entries.append(std::move(entry));
    Q_EMIT changed();
    return m_entries.constLast().id;
}

void Outbox::remove(const QString &id)
{
    const auto n = m_entries.removeIf([&id](const Entry &e) { return e.id == id; });
    if (n > 0)
        Q_EMIT changed();
}

void Outbox::setState(const QString &id, Entry::State state, const QString &message)
{
    for (Entry &e : m_entries) {
        if (e.id == id) {
            e.state = state;
            if (state == Entry::State::Sending)
                ++e.sendAttempts;
            else
                e.lastError = message;
            Q_EMIT changed();
            return;
        }
    }
}

void Outbox::clear()
{
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    Q_EMIT changed();
}

int Outbox::waitingCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.state != Entry::State::Failed; }));
}

const Outbox::Entry *Outbox::find(const QString &id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool Outbox::isPending(const QString &applicationId, const QString &label) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return e.applicationId == applicationId && e.label == label;
    });
}

QString Outbox::statusText() const
{
    const int n = waitingCount();
    if (n == 0)
        return {};
    return QCoreApplication::translate("Outbox",
                                       "Saved locally, not yet uploaded (%n item(s)). It is sent "
                                       "automatically when the network is back.",
                                       nullptr, n);
}

QJsonObject Outbox::toJson() const
{
    QJsonArray items;
    for (const Entry &e : m_entries)
        items.append(e.toJson());
    return QJsonObject { { QLatin1String("schema"), SchemaVersion },
                         { QLatin1String("entries"), items } };
}

bool Outbox::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("schema")).toInt() != SchemaVersion)
        return false;
    QList<Entry> entries;
    for (const QJsonValue v : o.value(QLatin1String("entries")).toArray()) {
        bool ok = false;
        Entry e = Entry::fromJson(v.toObject(), &ok);
        if (!ok)
            return false;
        entries.append(std::move(e));
    }
    m_entries = std::move(entries);
    Q_EMIT changed();
    return true;
}

} // namespace zkgrad::net
