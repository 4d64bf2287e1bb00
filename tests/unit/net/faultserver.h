#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

/** A scriptable HTTP/1.1 server on 127.0.0.1 (plain or TLS) that misbehaves on request, for tests.
 */
class FaultServer : public QObject
{
    Q_OBJECT

public:
    /** A request as received (complete, or cut short by a reset fault). */
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    /** What to do with one request. */
    struct Reply
    {
        enum class Fault {
            None, ///< Answer normally.
            ResetDuringUpload, ///< Close the connection after resetAfterBodyBytes of the body.
            CloseWithoutResponse, ///< Read the whole request, then close without answering.
            StallAfterHeaders, ///< Send headers and stallAfterBytes of the body, then nothing.
            Drip, ///< Send the body one byte per dripIntervalMs.
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Fault fault = Fault::None;
        qint64 resetAfterBodyBytes = 0;
        qint64 stallAfterBytes = 0;
        int dripIntervalMs = 20;
        bool chunked = false; ///< No Content-Length: Transfer-Encoding: chunked.

        static Reply json(int status, const QByteArray &body,
                          const QByteArray &type = "application/json");
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    /** Listens on 127.0.0.1 with an ephemeral port; with @p tls, serves the certificate from
     * makeCertificates(). */
    bool listen(bool tls = false, quint16 port = 0);
    void close();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url(const QString &path) const;

    /**
     * Creates a throwaway CA and a server certificate for 127.0.0.1 with the openssl CLI
     * in a temporary directory. Returns false (with @p error) when openssl is missing.
     */
    bool makeCertificates(QString *error);
    /** The CA certificate (PEM file) clients must trust to accept this server. */
    [[nodiscard]] QString caBundlePath() const;

    /** Replies used in order, one per request, before the handler is consulted. */
    QList<Reply> script;
    /** Answers requests once the script is used up; the default answers 200 "ok". */
    Handler handler;
    /** Every request whose headers arrived, in order, including ones cut short. */
    QList<Request> received;
    int connections = 0;

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void respond(Connection *c, const Request &request, const Reply &reply);

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_certDir;
    QSslConfiguration m_ssl;
    QList<Connection *> m_connections;
};
