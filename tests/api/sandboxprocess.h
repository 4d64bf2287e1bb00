#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** One HTTP exchange as the tests see it: status, headers (lower-case names), body. */
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /** The "code" of a problem document, or empty. */
    [[nodiscard]] QString code() const;
    /** Whether the problem's errors list has @p field with @p code (any code when empty). */
    [[nodiscard]] bool hasFieldError(const QString &field, const QString &code = {}) const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

/** A real zkgrad-sandbox process on an ephemeral loopback port, and a blocking client for it. */
class SandboxProcess
{
public:
    static constexpr const char *adminToken = "test-admin-token";

    SandboxProcess();
    ~SandboxProcess();

    /** Starts the server on @p dbPath (a fresh temp file when empty) with @p extra flags. */
    [[nodiscard]] bool start(const QStringList &extra = {}, const QString &dbPath = {});
    /** SIGKILL, as a crash would. */
    void kill();
    void stop();

    [[nodiscard]] QString base() const { return m_base; }
    [[nodiscard]] QString dbPath() const { return m_dbPath; }
    [[nodiscard]] QString firstLine() const { return m_firstLine; }
    [[nodiscard]] QString secondLine() const { return m_secondLine; }
    [[nodiscard]] static QString binary();

    /** @p path is relative to the server root, e.g. "/api/v1/candidate". */
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const Headers &headers = {});

    // Shorthands for /api/v1 with a bearer token.
    HttpResult get(const QString &path, const QByteArray &token, const Headers &extra = {});
    HttpResult post(const QString &path, const QByteArray &token, const QJsonObject &body = {},
                    const QByteArray &idempotencyKey = {}, const Headers &extra = {});
    HttpResult put(const QString &path, const QByteArray &token, const QJsonObject &body,
                   const QByteArray &ifMatch);
    HttpResult patch(const QString &path, const QByteArray &token, const QJsonObject &body);
    HttpResult upload(const QString &path, const QByteArray &token, const QByteArray &jpeg,
                      const QByteArray &ifMatch, const QByteArray &contentType = "image/jpeg");
    HttpResult admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    /** Signs in and returns the token (empty on failure). */
    QByteArray signIn(const QString &login, const QString &password = QStringLiteral("Demo2026"));
    /** The current ETag of an application. */
    QByteArray etag(const QString &applicationId, const QByteArray &token);

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_base;
    QString m_firstLine;
    QString m_secondLine;
    QNetworkAccessManager m_nam;
};

/** A baseline JPEG made with TurboJPEG: a gradient, or noise (which compresses badly). */
[[nodiscard]] QByteArray makeJpeg(int width, int height, int quality = 80, bool noise = false);
