#include "faultserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

struct FaultServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool haveHeaders = false;
    qint64 contentLength = 0;
    qsizetype requestIndex = -1;
    std::optional<Reply> planned; ///< Taken from the script when the headers arrived.
    QTimer *drip = nullptr;
};

QByteArray FaultServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FaultServer::Reply FaultServer::Reply::json(int status, const QByteArray &body,
                                            const QByteArray &type)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.headers.append({ "Content-Type", type });
    return r;
}

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{
    handler = [](const Request &) { return Reply::json(200, "{\"ok\":true}"); };
}

FaultServer::~FaultServer()
{
    close();
}

bool FaultServer::listen(bool tls, quint16 port)
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(m_ssl);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FaultServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FaultServer::close()
{
    if (m_server)
        m_server->close();
    for (Connection *c : std::as_const(m_connections)) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
            c->socket->deleteLater();
        }
        delete c;
    }
    m_connections.clear();
}

QUrl FaultServer::url(const QString &path) const
{
    const bool tls = qobject_cast<QSslServer *>(m_server.get()) != nullptr;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

bool FaultServer::makeCertificates(QString *error)
{
    m_certDir = std::make_unique<QTemporaryDir>();
    const QString dir = m_certDir->path();
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(args.join(QLatin1Char(' ')),
                              QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    };
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"),
                           QStringLiteral("-nodes") };
    if (!run(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
             + QStringList {
                 QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                 QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=zkgrad throwaway test CA"),
                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                 QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }))
        return false;
    if (!run(QStringList { QStringLiteral("req") } + ec
             + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                             QStringLiteral("-out"), QStringLiteral("server.csr"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") }))
        return false;
    if (!run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
               QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
               QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
               QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
               QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
               QStringLiteral("-extfile"), QStringLiteral("server.ext") }))
        return false;

    QFile certFile(dir + QStringLiteral("/server.pem"));
    QFile keyFile(dir + QStringLiteral("/server.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("the generated certificate or key did not load");
        return false;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificate(cert);
    m_ssl.setPrivateKey(key);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

QString FaultServer::caBundlePath() const
{
    return m_certDir ? m_certDir->path() + QStringLiteral("/ca.pem") : QString();
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++connections;
        auto *c = new Connection;
        c->socket = socket;
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(c);
    }
}

void FaultServer::onReadyRead(Connection *c)
{
    if (!c->socket)
        return;
    c->buffer += c->socket->readAll();
    for (;;) {
        if (!c->haveHeaders) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            }
            c->contentLength = request.header("Content-Length").toLongLong();
            c->haveHeaders = true;
            received.append(request);
            c->requestIndex = received.size() - 1;
            c->planned.reset();
            if (!script.isEmpty())
                c->planned = script.takeFirst();
        }
        Request &request = received[c->requestIndex];
        const qint64 need = c->contentLength - request.body.size();
        const QByteArray chunk = c->buffer.left(need);
        c->buffer.remove(0, chunk.size());
        request.body += chunk;
        if (c->planned && c->planned->fault == Reply::Fault::ResetDuringUpload
            && request.body.size() >= c->planned->resetAfterBodyBytes) {
            request.body.truncate(c->planned->resetAfterBodyBytes);
            c->socket->abort();
            return;
        }
        if (request.body.size() < c->contentLength)
            return;
        c->haveHeaders = false;
        const Reply reply = c->planned ? *c->planned : handler(request);
        respond(c, request, reply);
        if (!c->socket || c->socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (c->buffer.isEmpty())
            return;
    }
}

void FaultServer::respond(Connection *c, const Request &request, const Reply &reply)
{
    Q_UNUSED(request)
    QTcpSocket *socket = c->socket;
    if (reply.fault == Reply::Fault::CloseWithoutResponse) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);

    switch (reply.fault) {
    case Reply::Fault::StallAfterHeaders:
        // Keep the socket open and silent: only the client's low-speed limit ends this.
        socket->write(reply.body.left(reply.stallAfterBytes));
        return;
    case Reply::Fault::Drip: {
        auto *timer = new QTimer(socket);
        c->drip = timer;
        auto pos = std::make_shared<qsizetype>(0);
        const QByteArray body = reply.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, pos, body] {
            if (*pos >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*pos)++, 1));
        });
        timer->start(reply.dripIntervalMs);
        return;
    }
    default:
        break;
    }
    if (reply.chunked) {
        socket->write(QByteArray::number(reply.body.size(), 16) + "\r\n" + reply.body
                      + "\r\n0\r\n\r\n");
    } else {
        socket->write(reply.body);
    }
}
