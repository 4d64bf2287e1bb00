#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace zkgrad::sandbox {

/**
 * The sandbox's listening socket. Qt HttpServer 6.4 keeps every connection open for
 * as long as the client likes and accepts any number of them, so a few hundred
 * half-sent requests exhaust the process's file descriptors. This caps concurrent
 * connections (answering @p busyAnswer and closing when full) and drops a connection
 * that neither sends nor receives anything for the idle time.
 */
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT

public:
    ConnectionGuard(int maxConnections, int idleSeconds, QByteArray busyAnswer,
                    QObject *parent = nullptr);

    /** Connections open now. */
    [[nodiscard]] int active() const { return m_active; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    int m_max;
    int m_idleMs;
    QByteArray m_busyAnswer;
    int m_active = 0;
};

} // namespace zkgrad::sandbox
