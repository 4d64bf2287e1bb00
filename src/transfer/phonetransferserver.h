#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

/**
 * The one-shot listener that lets a phone send one photo to this computer (issue 22): listens
 * on one address and a random port only between start() and its end, serves the phone page,
 * its scripts and one encrypted upload under a random token, and ends after one good upload,
 * a refused ciphertext, the expiry or stop(). The key lives only in the URL's fragment, which
 * browsers never send; the token is never logged.
 */
class PhoneTransferServer : public QObject
{
    Q_OBJECT

public:
    /** Why the transfer ended. */
    enum class End { Received, Stopped, Expired, Refused };
    Q_ENUM(End)

    /** The largest request body (the sealed photo) accepted. */
    static constexpr qint64 MaxBodyBytes = 25 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultExpiry = std::chrono::minutes(5);

    explicit PhoneTransferServer(QObject *parent = nullptr);
    ~PhoneTransferServer() override;

    /** How long after start() the transfer ends by itself (tests make it short). */
    void setExpiry(std::chrono::milliseconds expiry) { m_expiry = expiry; }
    /** "zh" or "en": the language of the phone page. */
    void setLanguage(const QString &language) { m_language = language; }

    /** Listens on @p address and a port the system picks; false when it cannot (or when this
     * object was started before: every transfer is a new object with a new token and key). */
    bool start(const QHostAddress &address);
    /** Ends the transfer (End::Stopped) and closes the port; nothing when not listening. */
    void stop();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    /** http://<address>:<port>/t/<token>#<key>: what the QR code shows; empty when idle. */
    [[nodiscard]] QUrl url() const;

    /** The computer's address on the local network (an up, non-loopback IPv4 interface,
     * private ranges and wired/Wi-Fi first); null when there is none. */
    [[nodiscard]] static QHostAddress lanAddress();

Q_SIGNALS:
    /** A phone has begun sending @p total bytes. */
    void uploadStarted(qint64 total);
    void uploadProgress(qint64 received, qint64 total);
    /** The decrypted photo; the transfer ends (End::Received) right after. */
    void received(const QByteArray &photo);
    void ended(PhoneTransferServer::End reason);

private:
    struct Connection
    {
        QByteArray head;
        bool headDone = false;
        bool upload = false;
        qint64 expected = 0;
        QByteArray body;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, Connection &connection);
    void finishUpload(QTcpSocket *socket, Connection &connection);
    void reply(QTcpSocket *socket, int status, const QByteArray &type = {},
               const QByteArray &body = {});
    void end(End reason);
    [[nodiscard]] QByteArray page() const;
    [[nodiscard]] bool tokenPath(const QByteArray &target, QByteArray *rest) const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QTcpSocket *m_uploader = nullptr;
    QTimer m_expiryTimer;
    std::chrono::milliseconds m_expiry = DefaultExpiry;
    QString m_language = QStringLiteral("zh");
    QHostAddress m_address;
    quint16 m_port = 0;
    QByteArray m_token; ///< lower-case hex of 16 random bytes
    QByteArray m_key; ///< 32 random bytes
    bool m_used = false;
    bool m_done = false;
};
