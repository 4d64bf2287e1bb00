#include "curlworker.h"

#include "redact.h"

#include <QElapsedTimer>
#include <QFile>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace zkgrad::net {

namespace {
// A PEM bundle of every public CA is about 200 KB; anything this big is not one.
constexpr qint64 kMaxCaBundleBytes = 16 * 1024 * 1024;
} // namespace

struct CurlWorker::Easy
{
    quint64 id = 0;
    CURL *handle = nullptr;
    curl_slist *headerList = nullptr;
    HttpRequest request;
    qint64 readPos = 0;
    std::unique_ptr<QFile> file;
    bool fileError = false;
    bool caError = false; ///< The configured CA bundle could not be read.
    QByteArray response;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool tooLarge = false;
    bool cancelled = false;
    QElapsedTimer sinceProgress;
    CurlWorker *worker = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Easy()
    {
        if (handle)
            curl_easy_cleanup(handle);
        if (headerList)
            curl_slist_free_all(headerList);
    }
};

namespace {

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *easy = static_cast<CurlWorker::Easy *>(user);
    const size_t n = size * count;
    // Answers with no Content-Length (chunked) are not caught by CURLOPT_MAXFILESIZE.
    if (easy->response.size() + qint64(n) > easy->request.maxResponseBytes) {
        easy->tooLarge = true;
        return 0;
    }
    easy->response.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *easy = static_cast<CurlWorker::Easy *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    // A new status line starts a new response (redirects, 100 Continue): keep only the last.
    if (line.startsWith("HTTP/")) {
        easy->headers.clear();
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        easy->headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    return n;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *easy = static_cast<CurlWorker::Easy *>(user);
    const qint64 room = qint64(size) * qint64(count);
    if (easy->file) {
        const qint64 got = easy->file->read(buffer, room);
        if (got < 0) {
            easy->fileError = true;
            return CURL_READFUNC_ABORT;
        }
        return size_t(got);
    }
    const qint64 left = easy->request.body.size() - easy->readPos;
    const qint64 n = qMin(room, left);
    if (n > 0) {
        std::memcpy(buffer, easy->request.body.constData() + easy->readPos, size_t(n));
        easy->readPos += n;
    }
    return size_t(n);
}

int onSeek(void *user, curl_off_t offset, int origin)
{
    // libcurl rewinds the body when it must resend it (307/308 redirect, a reused
    // connection that turned out dead).
    auto *easy = static_cast<CurlWorker::Easy *>(user);
    if (origin != SEEK_SET)
        return CURL_SEEKFUNC_CANTSEEK;
    if (easy->file)
        return easy->file->seek(offset) ? CURL_SEEKFUNC_OK : CURL_SEEKFUNC_FAIL;
    if (offset < 0 || offset > easy->request.body.size())
        return CURL_SEEKFUNC_FAIL;
    easy->readPos = offset;
    return CURL_SEEKFUNC_OK;
}

NetError mapError(CURLcode code, long osErrno)
{
    switch (code) {
    case CURLE_OK:
        return NetError::None;
    case CURLE_COULDNT_CONNECT: {
#ifdef _WIN32
        constexpr long refused = 10061; // WSAECONNREFUSED: libcurl reports Winsock codes there
#else
        constexpr long refused = ECONNREFUSED;
#endif
        return osErrno == refused ? NetError::ConnectionRefused : NetError::ConnectFailed;
    }
    case CURLE_COULDNT_RESOLVE_HOST:
        return NetError::HostNotFound;
    case CURLE_COULDNT_RESOLVE_PROXY:
        return NetError::ProxyFailed;
    case CURLE_OPERATION_TIMEDOUT:
        return NetError::Timeout;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
        return NetError::ConnectionLost;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
        return NetError::TlsFailed;
    case CURLE_FILESIZE_EXCEEDED:
        return NetError::ResponseTooLarge;
    case CURLE_TOO_MANY_REDIRECTS:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return NetError::InsecureRedirect;
    case CURLE_READ_ERROR:
        return NetError::LocalFileError;
    default:
        return NetError::Other;
    }
}

} // namespace

CurlWorker::CurlWorker(FinishedFn finished, ProgressFn progress)
    : m_finished(std::move(finished))
    , m_progress(std::move(progress))
{
    m_multi = curl_multi_init();
    auto *multi = static_cast<CURLM *>(m_multi);
    curl_multi_setopt(multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 6L);
    m_thread = std::thread([this] { run(); });
}

CurlWorker::~CurlWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
    m_thread.join();
    auto *multi = static_cast<CURLM *>(m_multi);
    for (auto &easy : m_active)
        curl_multi_remove_handle(multi, easy->handle);
    m_active.clear();
    curl_multi_cleanup(multi);
}

void CurlWorker::submit(CurlTransferSpec spec)
{
    {
        std::lock_guard lock(m_mutex);
        m_pendingAdds.push_back(std::move(spec));
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
}

void CurlWorker::cancel(quint64 id)
{
    {
        std::lock_guard lock(m_mutex);
        m_pendingCancels.push_back(id);
    }
    curl_multi_wakeup(static_cast<CURLM *>(m_multi));
}

static int onProgress(void *user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal,
                      curl_off_t ulNow);

std::unique_ptr<CurlWorker::Easy> CurlWorker::createEasy(CurlTransferSpec spec)
{
    auto easy = std::make_unique<Easy>();
    easy->id = spec.id;
    easy->worker = this;
    easy->request = std::move(spec.request);
    const HttpRequest &r = easy->request;
    CURL *h = curl_easy_init();
    easy->handle = h;

    const QByteArray url = r.url.toEncoded();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PRIVATE, easy.get());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, easy->errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    // Never follow a redirect from https down to plain http.
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR,
                     r.url.scheme() == QLatin1String("https") ? "https" : "http,https");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS,
                     r.url.scheme() == QLatin1String("https")
                         ? long(CURLPROTO_HTTPS)
                         : long(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, r.followRedirects ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);

    // TLS is always verified; there is deliberately no switch to turn it off.
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!spec.caBundle.isEmpty()) {
#if LIBCURL_VERSION_NUM >= 0x074D00
        // The bundle is read here, through QFile, and handed over as bytes: a path given
        // to libcurl as char* is opened in the ANSI code page on Windows, so a bundle under
        // C:\Users\张三\ could not be found there. (CURLOPT_CAINFO_BLOB: libcurl >= 7.77.)
        QFile ca(spec.caBundle);
        if (ca.size() > kMaxCaBundleBytes || !ca.open(QIODevice::ReadOnly)) {
            easy->caError = true;
        } else {
            QByteArray pem = ca.readAll();
            curl_blob blob { pem.data(), size_t(pem.size()), CURL_BLOB_COPY };
            curl_easy_setopt(h, CURLOPT_CAINFO_BLOB, &blob);
        }
#else
        curl_easy_setopt(h, CURLOPT_CAINFO, QFile::encodeName(spec.caBundle).constData());
#endif
    } else {
#if defined(_WIN32) && LIBCURL_VERSION_NUM >= 0x074700
        // An OpenSSL build on Windows has no CA file of its own; Schannel ignores this.
        curl_easy_setopt(h, CURLOPT_SSL_OPTIONS, long(CURLSSLOPT_NATIVE_CA));
#endif
    }

    if (spec.proxy) {
        curl_easy_setopt(h, CURLOPT_PROXY, spec.proxy->constData());
        if (!spec.proxyUser.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_PROXYUSERNAME, spec.proxyUser.constData());
            curl_easy_setopt(h, CURLOPT_PROXYPASSWORD, spec.proxyPassword.constData());
        }
    }
    if (!spec.userAgent.isEmpty())
        curl_easy_setopt(h, CURLOPT_USERAGENT, spec.userAgent.constData());

    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(r.connectTimeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(r.totalTimeout.count()));
    if (r.lowSpeedTime.count() > 0 && r.lowSpeedBytesPerSecond > 0) {
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, long(r.lowSpeedBytesPerSecond));
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, long(r.lowSpeedTime.count()));
    }
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(r.maxResponseBytes));

    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, easy.get());
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, easy.get());
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, easy.get());
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);

    // Body: from memory or streamed from a file.
    qint64 bodySize = r.body.size();
    bool hasBody = !r.body.isEmpty();
    if (!r.bodyFile.isEmpty()) {
        easy->file = std::make_unique<QFile>(r.bodyFile);
        if (!easy->file->open(QIODevice::ReadOnly)) {
            easy->fileError = true;
            bodySize = 0;
        } else {
            bodySize = easy->file->size();
        }
        hasBody = true;
    }
    const QByteArray method = r.method.toUpper();
    if (method == "GET" && !hasBody) {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    } else if (method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bodySize));
        // 301/302 keep the POST (our API means "same request, other place"); 303 becomes a GET as
        // HTTP says.
        curl_easy_setopt(h, CURLOPT_POSTREDIR, long(CURL_REDIR_POST_301 | CURL_REDIR_POST_302));
    } else if (hasBody) {
        curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(bodySize));
        if (method != "PUT")
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    } else {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    if (hasBody || method == "POST") {
        curl_easy_setopt(h, CURLOPT_READFUNCTION, &onRead);
        curl_easy_setopt(h, CURLOPT_READDATA, easy.get());
        curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, &onSeek);
        curl_easy_setopt(h, CURLOPT_SEEKDATA, easy.get());
    }

    // "Expect: 100-continue" costs a round trip and some servers never answer it.
    easy->headerList = curl_slist_append(easy->headerList, "Expect:");
    bool haveKey = false;
    for (const auto &[name, value] : r.headers) {
        if (name.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
            haveKey = true;
        const QByteArray line = name + ": " + value;
        easy->headerList = curl_slist_append(easy->headerList, line.constData());
    }
    if (!haveKey && !r.idempotencyKey.isEmpty()) {
        const QByteArray line = "Idempotency-Key: " + r.idempotencyKey;
        easy->headerList = curl_slist_append(easy->headerList, line.constData());
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, easy->headerList);
    return easy;
}

static int onProgress(void *user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal,
                      curl_off_t ulNow)
{
    auto *easy = static_cast<CurlWorker::Easy *>(user);
    if (easy->cancelled)
        return 1;
    // Throttled: the UI needs a smooth bar, not an event per packet.
    const bool done = (ulTotal > 0 && ulNow == ulTotal) || (dlTotal > 0 && dlNow == dlTotal);
    if (!easy->sinceProgress.isValid() || easy->sinceProgress.elapsed() >= 100 || done) {
        easy->sinceProgress.start();
        easy->worker->reportProgress(easy->id, ulNow, ulTotal, dlNow, dlTotal);
    }
    return 0;
}

void CurlWorker::reportProgress(quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow,
                                qint64 downTotal)
{
    if (m_progress)
        m_progress(id, upNow, upTotal, downNow, downTotal);
}

void CurlWorker::finishEasy(Easy *easy, int curlCode)
{
    const auto code = CURLcode(curlCode);
    HttpResponse response;
    long status = 0;
    curl_easy_getinfo(easy->handle, CURLINFO_RESPONSE_CODE, &status);
    long osErrno = 0;
    curl_easy_getinfo(easy->handle, CURLINFO_OS_ERRNO, &osErrno);
    char *effective = nullptr;
    curl_easy_getinfo(easy->handle, CURLINFO_EFFECTIVE_URL, &effective);
    if (effective)
        response.effectiveUrl = QUrl::fromEncoded(effective);

    if (easy->cancelled) {
        response.error = NetError::Cancelled;
    } else if (easy->tooLarge) {
        response.error = NetError::ResponseTooLarge;
    } else if (easy->fileError) {
        response.error = NetError::LocalFileError;
    } else {
        response.error = mapError(code, osErrno);
    }
    if (response.error == NetError::None) {
        response.status = int(status);
        response.headers = std::move(easy->headers);
        response.body = std::move(easy->response);
    } else {
        response.status = 0;
        QString detail = QStringLiteral("curl %1: %2")
                             .arg(int(code))
                             .arg(QString::fromUtf8(curl_easy_strerror(code)));
        if (easy->errorBuffer[0])
            detail +=
                QStringLiteral(" (") + QString::fromUtf8(easy->errorBuffer) + QLatin1Char(')');
        if (status > 0)
            detail += QStringLiteral(" after HTTP %1").arg(status);
        response.technicalDetail = Redact::mask(detail);
    }
    m_finished(easy->id, std::move(response));
}

void CurlWorker::run()
{
    auto *multi = static_cast<CURLM *>(m_multi);
    for (;;) {
        std::vector<CurlTransferSpec> adds;
        std::vector<quint64> cancels;
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
            adds.swap(m_pendingAdds);
            cancels.swap(m_pendingCancels);
        }
        for (auto &spec : adds) {
            auto easy = createEasy(std::move(spec));
            if (easy->fileError) {
                // Never send an empty body in place of a file that vanished.
                finishEasy(easy.get(), CURLE_READ_ERROR);
                continue;
            }
            if (easy->caError) {
                // What libcurl answers for a CA file it cannot read: never the system store
                // instead.
                finishEasy(easy.get(), CURLE_SSL_CACERT_BADFILE);
                continue;
            }
            curl_multi_add_handle(multi, easy->handle);
            m_active.push_back(std::move(easy));
        }
        for (quint64 id : cancels) {
            auto it = std::find_if(m_active.begin(), m_active.end(),
                                   [id](const auto &e) { return e->id == id; });
            if (it == m_active.end())
                continue;
            curl_multi_remove_handle(multi, (*it)->handle);
            (*it)->cancelled = true;
            finishEasy(it->get(), CURLE_ABORTED_BY_CALLBACK);
            m_active.erase(it);
        }

        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CURL *h = msg->easy_handle;
            const CURLcode result = msg->data.result;
            auto it = std::find_if(m_active.begin(), m_active.end(),
                                   [h](const auto &e) { return e->handle == h; });
            curl_multi_remove_handle(multi, h);
            if (it == m_active.end())
                continue;
            finishEasy(it->get(), result);
            m_active.erase(it);
        }
        // Sleeps until a socket is ready, libcurl's own timeout expires, or submit()/cancel() wakes
        // us.
        curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
    }
}

} // namespace zkgrad::net
