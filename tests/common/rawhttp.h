#pragma once
// Raw HTTP/1.1 over a real socket on 127.0.0.1 for the phone transfer tests: one request per
// connection (the listener always closes), and "is anything listening on this port?".
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <chrono>

namespace rawhttp {
using namespace std::chrono_literals;

// Runs the event loop until @p done or a generous safety limit (never a timing assertion).
template<typename F>
void spinUntil(F done)
{
    QDeadlineTimer limit(20s);
    while (!done() && !limit.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

struct Response
{
    bool connected = false;
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Sends @p raw and reads until the server closes the connection (it always does).
inline Response request(quint16 port, const QByteArray &raw)
{
    Response response;
    QTcpSocket socket;
    bool failed = false;
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&] { failed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    spinUntil([&] { return failed || socket.state() == QAbstractSocket::ConnectedState; });
    if (socket.state() != QAbstractSocket::ConnectedState)
        return response;
    response.connected = true;
    socket.write(raw);
    QByteArray all;
    spinUntil([&] {
        all += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    all += socket.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    response.head = all.left(split);
    response.body = split >= 0 ? all.mid(split + 4) : QByteArray();
    response.status = all.mid(9, 3).toInt();
    return response;
}

// True when nothing listens on @p port: the connection is refused.
inline bool refused(quint16 port)
{
    QTcpSocket socket;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    bool failed = false;
    QObject::connect(&socket, &QTcpSocket::errorOccurred, [&](QAbstractSocket::SocketError e) {
        error = e;
        failed = true;
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    spinUntil([&] { return failed || socket.state() == QAbstractSocket::ConnectedState; });
    return failed && error == QAbstractSocket::ConnectionRefusedError;
}

inline QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: test\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace rawhttp
