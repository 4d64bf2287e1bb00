#include "connectionguard.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace zkgrad::sandbox {

namespace {

// Where a request's head must have ended for the guard to judge it.
constexpr qsizetype maxHeadBytes = 16 * 1024;
// Set while the next bytes on a connection start a new request.
constexpr char atRequestStart[] = "zkgradAtRequestStart";
// Set when the request being answered asked for "Connection: close".
constexpr char closeAfterAnswer[] = "zkgradCloseAfterAnswer";

bool asksToClose(const QByteArray &connectionValue)
{
    const QList<QByteArray> tokens = connectionValue.split(',');
    return std::any_of(tokens.begin(), tokens.end(),
                       [](const QByteArray &t) { return t.trimmed() == "close"; });
}

bool startsWithRequestLine(const QByteArray &head)
{
    const qsizetype space = head.indexOf(' ');
    if (space <= 0 || space > 10)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (head.at(i) < 'A' || head.at(i) > 'Z')
            return false;
    }
    return head.mid(space + 1, 1) == "/";
}

void shutdownSending(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(fd), SD_SEND);
#else
    ::shutdown(int(fd), SHUT_WR);
#endif
}

} // namespace

ConnectionGuard::ConnectionGuard(int maxConnections, int idleSeconds, QByteArray busyAnswer,
                                 Judge judge, QObject *parent)
    : QTcpServer(parent)
    , m_max(qMax(1, maxConnections))
    , m_idleMs(qMax(1, idleSeconds) * 1000)
    , m_busyAnswer(std::move(busyAnswer))
    , m_judge(std::move(judge))
{ }

void ConnectionGuard::inspectHead(QTcpSocket *socket)
{
    if (!socket->property(atRequestStart).toBool())
        return;
    const QByteArray head = socket->peek(maxHeadBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 && head.size() < maxHeadBytes)
        return; // the head is still arriving; judged on the next read
    socket->setProperty(atRequestStart, false);
    if (end < 0 || !startsWithRequestLine(head))
        return; // the HTTP server answers what it cannot parse
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    qint64 length = 0;
    bool close = false;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 given = value.toLongLong(&ok);
            length = ok && given >= 0 ? given : -1;
        } else if (name == "transfer-encoding" && value != "identity") {
            length = -1;
        } else if (name == "connection") {
            close = close || asksToClose(value);
        }
        if (length < 0)
            break;
    }
    socket->setProperty(closeAfterAnswer, close);
    const QByteArray refusal =
        m_judge ? m_judge(requestLine.value(0), requestLine.value(1), length) : QByteArray();
    if (refusal.isEmpty())
        return;
    // The HTTP server never sees this request. What the client still sends is read and
    // dropped (closing with unread data would reset the connection, and the client might
    // lose the answer); once the answer is out, the sending side is shut so the client
    // stops, and the idle timer, no longer restarted by incoming data, ends the rest.
    disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->readAll();
    connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QIODevice::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            shutdownSending(socket);
    });
    socket->write(refusal);
}

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
    // Connected before the HTTP server's own readyRead handler, so this runs first.
    socket->setProperty(atRequestStart, true);
    connect(socket, &QIODevice::readyRead, this, [this, socket] { inspectHead(socket); });
    // An answer written means the next bytes begin the next request.
    connect(socket, &QIODevice::bytesWritten, socket,
            [socket] { socket->setProperty(atRequestStart, true); });
    // "Connection: close" is honoured here, once the whole answer has left: Qt HttpServer
    // never closes a connection itself, and 6.8's responder no longer hands the handler the
    // socket (6.4's QHttpServerResponder::socket()). ApiServer writes each answer whole
    // before returning, so an empty write buffer means the last byte of it has gone.
    connect(socket, &QIODevice::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0 && socket->property(closeAfterAnswer).toBool())
            socket->disconnectFromHost();
    });
    addPendingConnection(socket);
}

} // namespace zkgrad::sandbox
