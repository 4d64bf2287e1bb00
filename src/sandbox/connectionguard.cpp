#include "connectionguard.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace zkgrad::sandbox {

ConnectionGuard::ConnectionGuard(int maxConnections, int idleSeconds, QByteArray busyAnswer,
                                 QObject *parent)
    : QTcpServer(parent)
    , m_max(qMax(1, maxConnections))
    , m_idleMs(qMax(1, idleSeconds) * 1000)
    , m_busyAnswer(std::move(busyAnswer))
{ }

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // Whatever happens to the connection, it is dropped after the idle time without traffic.
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QIODevice::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QIODevice::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();

    if (m_active >= m_max) {
        // Answered here, never handed to the HTTP server: the request is not even read.
        socket->write(m_busyAnswer);
        socket->disconnectFromHost();
        return;
    }
    ++m_active;
    // Counted down once, on whichever comes first: the peer leaving or the socket going away.
    auto counted = std::make_shared<bool>(true);
    auto release = [this, counted] {
        if (*counted) {
            *counted = false;
            --m_active;
        }
    };
    connect(socket, &QTcpSocket::disconnected, this, release);
    connect(socket, &QObject::destroyed, this, release);
    addPendingConnection(socket);
}

} // namespace zkgrad::sandbox
