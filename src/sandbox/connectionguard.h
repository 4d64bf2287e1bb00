#pragma once

#include <QByteArray>
#include <QTcpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace zkgrad::sandbox {

/**
 * The sandbox's listening socket. Qt HttpServer 6.4 keeps every connection open for
 * as long as the client likes and accepts any number of them, so a few hundred
 * half-sent requests exhaust the process's file descriptors. This caps concurrent
 * connections (answering 503 and closing when full), drops a connection that neither
 * sends nor receives anything for the idle time, refuses bodies no endpoint accepts
 * from their headers, and closes a connection whose request said "Connection: close" once
 * the answer has been sent (no Qt HttpServer version does that itself).
 */
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    /**
     * Judges a request from its head: its raw answer when the body must not be read (-1
     * length: chunked, or an unreadable Content-Length), or empty to let it through.
     */
    using Judge = std::function<QByteArray(const QByteArray &method, const QByteArray &target,
                                           qint64 contentLength)>;

    ConnectionGuard(int maxConnections, int idleSeconds, QByteArray busyAnswer, Judge judge,
                    QObject *parent = nullptr);

    /** Connections open now. */
    [[nodiscard]] int active() const { return m_active; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    /**
     * Looks at a request's head before the HTTP server reads it: Qt HttpServer 6.4 reads a
     * whole body before any handler sees the request, so a body no endpoint accepts is refused
     * here, from its Content-Length, before it arrives.
     */
    void inspectHead(QTcpSocket *socket);

    int m_max;
    int m_idleMs;
    QByteArray m_busyAnswer;
    Judge m_judge;
    int m_active = 0;
};

} // namespace zkgrad::sandbox
