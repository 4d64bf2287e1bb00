#include "phonetransferserver.h"

#include "transfercrypto.h"

#include <QFile>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>

#include <openssl/crypto.h>

namespace {
// A request head (request line and headers) longer than this is refused: the phone page
// sends a few hundred bytes.
constexpr qsizetype MaxHeadBytes = 8 * 1024;
// More simultaneous connections than a phone opens are dropped.
constexpr qsizetype MaxConnections = 16;
// How long an answered connection may take to deliver the answer before it is cut.
constexpr int AnsweredLingerMs = 10000;

struct Asset
{
    const char *name; ///< the path after /t/<token>/
    const char *resource;
    const char *type;
};
// Everything the listener serves besides the page and the upload: the page's script and the
// three module files of @noble/ciphers that its AES-GCM needs (embedded from node_modules at
// build time; see web/phone/package.json).
constexpr Asset Assets[] = {
    { "phone.js", ":/transfer/phone.js", "text/javascript; charset=utf-8" },
    { "aes.js", ":/transfer/noble/aes.js", "text/javascript; charset=utf-8" },
    { "_polyval.js", ":/transfer/noble/_polyval.js", "text/javascript; charset=utf-8" },
    { "utils.js", ":/transfer/noble/utils.js", "text/javascript; charset=utf-8" },
};

QByteArray readResource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Error";
    }
}

bool isPrivate(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
        || address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
        || address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
}
} // namespace

PhoneTransferServer::PhoneTransferServer(QObject *parent)
    : QObject(parent)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] { end(End::Expired); });
}

PhoneTransferServer::~PhoneTransferServer()
{
    // Destroying a live transfer closes it without announcing anything to a half-gone owner.
    m_done = true;
    m_expiryTimer.stop();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    if (m_server)
        m_server->close();
}

QHostAddress PhoneTransferServer::lanAddress()
{
    QHostAddress best;
    int bestScore = -1;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const bool physical =
            iface.type() == QNetworkInterface::Ethernet || iface.type() == QNetworkInterface::Wifi;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() != QAbstractSocket::IPv4Protocol || address.isLoopback()
                || address.isLinkLocal())
                continue;
            const int score = (isPrivate(address) ? 2 : 0) + (physical ? 1 : 0);
            if (score > bestScore) {
                best = address;
                bestScore = score;
            }
        }
    }
    return best;
}

bool PhoneTransferServer::start(const QHostAddress &address)
{
    if (m_used)
        return false;
    m_used = true;
    const QByteArray token = PhoneTransferCrypto::randomBytes(PhoneTransferCrypto::TokenBytes);
    m_key = PhoneTransferCrypto::randomBytes(PhoneTransferCrypto::KeyBytes);
    if (token.isEmpty() || m_key.isEmpty()) {
        m_done = true;
        return false;
    }
    m_token = token.toHex();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(int(MaxConnections));
    if (!m_server->listen(address, 0)) {
        m_done = true;
        return false;
    }
    m_address = address;
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &PhoneTransferServer::onNewConnection);
    m_expiryTimer.start(m_expiry);
    return true;
}

void PhoneTransferServer::stop()
{
    end(End::Stopped);
}

bool PhoneTransferServer::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl PhoneTransferServer::url() const
{
    if (!isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/t/") + QString::fromLatin1(m_token));
    url.setFragment(QString::fromLatin1(
        m_key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    return url;
}

void PhoneTransferServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_done || m_connections.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, Connection {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            if (m_uploader == socket)
                m_uploader = nullptr;
        });
    }
}

void PhoneTransferServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || m_done)
        return;
    Connection &c = *it;
    if (!c.headDone) {
        c.head += socket->readAll();
        const qsizetype endOfHead = c.head.indexOf("\r\n\r\n");
        if (endOfHead < 0) {
            if (c.head.size() > MaxHeadBytes)
                reply(socket, 431);
            return;
        }
        if (endOfHead > MaxHeadBytes) {
            reply(socket, 431);
            return;
        }
        c.body = c.head.mid(endOfHead + 4);
        c.head.truncate(endOfHead);
        c.headDone = true;
        handleRequest(socket, c);
        return;
    }
    if (!c.upload)
        return; // the answer is on its way; anything more is ignored
    c.body += socket->read(c.expected - c.body.size());
    Q_EMIT uploadProgress(c.body.size(), c.expected);
    if (c.body.size() >= c.expected)
        finishUpload(socket, c);
}

bool PhoneTransferServer::tokenPath(const QByteArray &target, QByteArray *rest) const
{
    static const QByteArray prefix = QByteArrayLiteral("/t/");
    if (!target.startsWith(prefix))
        return false;
    const QByteArray afterPrefix = target.mid(prefix.size());
    const QByteArray candidate = afterPrefix.left(m_token.size());
    // Constant time, so the answer's timing says nothing about how much of a guess was right.
    if (candidate.size() != m_token.size()
        || CRYPTO_memcmp(candidate.constData(), m_token.constData(), size_t(m_token.size())) != 0)
        return false;
    *rest = afterPrefix.mid(m_token.size());
    return true;
}

void PhoneTransferServer::handleRequest(QTcpSocket *socket, Connection &c)
{
    const QList<QByteArray> lines = c.head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        reply(socket, 400);
        return;
    }
    const QByteArray &method = requestLine.at(0);
    QByteArray rest;
    if (!tokenPath(requestLine.at(1), &rest)) {
        reply(socket, 404);
        return;
    }

    if (rest.isEmpty()) {
        if (method != "GET") {
            reply(socket, 405);
            return;
        }
        reply(socket, 200, "text/html; charset=utf-8", page());
        return;
    }
    for (const Asset &asset : Assets) {
        if (rest == QByteArray("/") + asset.name) {
            if (method != "GET") {
                reply(socket, 405);
                return;
            }
            reply(socket, 200, asset.type, readResource(asset.resource));
            return;
        }
    }
    if (rest != "/upload") {
        reply(socket, 404);
        return;
    }
    if (method != "POST") {
        reply(socket, 405);
        return;
    }

    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            reply(socket, 501); // the page always sends a known length
            return;
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 || length >= 0) {
                reply(socket, 400);
                return;
            }
            length = parsed;
        }
    }
    if (length < 0) {
        reply(socket, 411);
        return;
    }
    if (length > MaxBodyBytes) {
        reply(socket, 413);
        return;
    }
    if (length < PhoneTransferCrypto::Overhead) {
        reply(socket, 400);
        return;
    }
    if (m_uploader) {
        reply(socket, 409); // one upload at a time
        return;
    }
    m_uploader = socket;
    c.upload = true;
    c.expected = length;
    c.body.truncate(length);
    c.body.reserve(length);
    Q_EMIT uploadStarted(length);
    c.body += socket->read(length - c.body.size());
    Q_EMIT uploadProgress(c.body.size(), length);
    if (c.body.size() >= length)
        finishUpload(socket, c);
}

void PhoneTransferServer::finishUpload(QTcpSocket *socket, Connection &c)
{
    c.upload = false;
    const std::optional<QByteArray> photo = PhoneTransferCrypto::open(m_key, m_token, c.body);
    c.body.clear();
    if (!photo) {
        // Not made with this QR code's key (or changed on the way): the code is spent, so a
        // tampering device cannot keep trying; the candidate asks for a new one.
        reply(socket, 400);
        end(End::Refused);
        return;
    }
    reply(socket, 200, "text/plain; charset=utf-8", "OK");
    end(End::Received);
    // After end(): whoever receives the photo sees a closed listener.
    Q_EMIT received(*photo);
}

void PhoneTransferServer::reply(QTcpSocket *socket, int status, const QByteArray &type,
                                const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store"
          "\r\nConnection: close"
          "\r\nX-Content-Type-Options: nosniff"
          "\r\nReferrer-Policy: no-referrer"
          "\r\nContent-Security-Policy: default-src 'none'; script-src 'self'; "
          "style-src 'unsafe-inline'; img-src 'self' blob:; connect-src 'self'; "
          "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    if (!type.isEmpty())
        out += "\r\nContent-Type: " + type;
    out += "\r\n\r\n" + body;
    socket->write(out);
    // An answered connection is on its own: it finishes sending even when the transfer ends
    // or this object is deleted right after (the phone must learn that its photo arrived),
    // and is cut if the peer does not read it.
    m_connections.remove(socket);
    if (m_uploader == socket)
        m_uploader = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    QTimer::singleShot(AnsweredLingerMs, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost();
}

void PhoneTransferServer::end(End reason)
{
    if (m_done)
        return;
    m_done = true;
    m_expiryTimer.stop();
    if (m_server)
        m_server->close();
    // Every connection still waiting is cut (answered ones finish on their own, see reply()).
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_key.fill('\0');
    Q_EMIT ended(reason);
}

QByteArray PhoneTransferServer::page() const
{
    QByteArray html = readResource(":/transfer/phone.html");
    html.replace("{{LANG}}", m_language == QLatin1String("en") ? "en" : "zh-CN");
    html.replace("{{TOKEN}}", m_token);
    return html;
}
