#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace zkgrad::net {

/**
 * Writes that could not reach the server yet, kept in order so nothing typed is lost.
 * QtCore only; the draft carries it as JSON (toJson/fromJson) so it survives a restart.
 * No token is ever stored here.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    /** One queued write. */
    struct Entry
    {
        /** Where the write stands. */
        enum class State {
            Waiting, ///< Saved locally, not yet uploaded; sent again when the network returns.
            Sending, ///< A send is in flight.
            Failed, ///< The server refused it (validation, locked, ...); kept until replaced or
                    ///< discarded.
        };
        QString id;
        QByteArray method;
        QString path; ///< Relative to the API base, e.g. "/applications/app_1/resume".
        QString
            applicationId; ///< Set for application writes: they need a fresh If-Match when sent.
        QByteArray contentType;
        QByteArray body;
        QByteArray idempotencyKey;
        QString label; ///< Section id or attachment slot, for the UI ("resume", "id-front").
        QDateTime queuedAt;
        int sendAttempts = 0;
        State state = State::Waiting;
        QString lastError; ///< For the candidate; empty while waiting for the network.

        [[nodiscard]] QJsonObject toJson() const;
        [[nodiscard]] static Entry fromJson(const QJsonObject &o, bool *ok);
    };

    explicit Outbox(QObject *parent = nullptr);

    /** Format of toJson(); fromJson() refuses other versions. */
    static constexpr int SchemaVersion = 1;

    /**
     * Adds @p entry; an entry for the same method and path is replaced in place (the
     * newest content is what the candidate wants; order of first intent is kept).
     * Returns the id of the stored entry.
     */
    QString enqueue(Entry entry);
    void remove(const QString &id);
    /** Drops a failed entry the candidate chose to abandon. */
    void discard(const QString &id) { remove(id); }
    void setState(const QString &id, Entry::State state, const QString &message = {});
    void clear();

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] int waitingCount() const;
    [[nodiscard]] const Entry *find(const QString &id) const;
    /** True when a write for @p label of application @p applicationId is not uploaded yet. */
    [[nodiscard]] bool isPending(const QString &applicationId, const QString &label) const;
    /** "Saved locally, not yet uploaded (2 items)." — empty when nothing waits. */
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] QJsonObject toJson() const;
    /** Replaces the content with @p o (entries that were Sending become Waiting). False if
     * unreadable. */
    bool fromJson(const QJsonObject &o);

Q_SIGNALS:
    /** Any change: persist toJson() now (the lead's DraftStore). */
    void changed();

private:
    QList<Entry> m_entries;
};

} // namespace zkgrad::net
