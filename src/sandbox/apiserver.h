#pragma once

#include "reply.h"
#include "service.h"
#include "signinlimiter.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace zkgrad::sandbox {

/** The HTTP face of the Service: routing, auth, limits, idempotency, rate limiting. */
class ApiServer : public QObject
{
    Q_OBJECT

public:
    /** Settings that come from the command line. */
    struct Options
    {
        QByteArray adminToken;
        int signInLimit = 5; ///< failed attempts per window before 429
        int signInWindowSeconds = 60;
        Language defaultLanguage = Language::Chinese;
        int maxConnections = 128; ///< open at once; more are answered 503 and closed
        int idleTimeoutSeconds = 30; ///< a connection without traffic this long is closed
    };

    ApiServer(Service &service, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    /** Listens on @p address:@p port (0 = any free port); returns the port or 0. */
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

private:
    /** Writes the answer to @p request; closes the connection when the client asked. */
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder);
    [[nodiscard]] Reply handle(const QHttpServerRequest &request);
    [[nodiscard]] Reply dispatch(const QHttpServerRequest &request, const QString &path);
    [[nodiscard]] Reply candidateRoutes(const QHttpServerRequest &request, const QStringList &parts,
                                        const QString &candidateId, const QJsonObject &body);
    [[nodiscard]] Reply adminRoutes(const QHttpServerRequest &request, const QStringList &parts,
                                    const QJsonObject &body);
    [[nodiscard]] Reply signIn(const QHttpServerRequest &request, const QJsonObject &body);
    [[nodiscard]] Reply payPage(const QHttpServerRequest &request, const QString &orderId);

    Service &m_service;
    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    SignInLimiter m_limiter;
};

/**
 * A request body as the API accepts it: strict RFC 8259 JSON text (valid UTF-8, no raw control
 * characters, known escapes, paired surrogates) holding one object. False means 400 invalid-json.
 */
[[nodiscard]] bool parseJsonBody(const QByteArray &raw, QJsonObject *object);

/** The value of header @p name (case-insensitive), or empty. */
[[nodiscard]] QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

} // namespace zkgrad::sandbox
