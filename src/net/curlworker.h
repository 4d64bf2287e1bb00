#pragma once

#include "httptypes.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace zkgrad::net {

/** One attempt as handed to the worker: the request plus the connection settings resolved for it.
 */
struct CurlTransferSpec
{
    quint64 id = 0;
    HttpRequest request;
    std::optional<QByteArray> proxy; ///< nullopt: libcurl's default (proxy env vars); "": direct.
    QByteArray proxyUser;
    QByteArray proxyPassword;
    QString caBundle; ///< Empty: the system store.
    QByteArray userAgent;
};

/**
 * Owns the curl multi handle and every easy handle on one worker thread
 * (curl_multi_poll, woken by curl_multi_wakeup). Internal to HttpClient.
 */
class CurlWorker
{
public:
    /** Called on the worker thread; the client marshals them to its own thread. */
    using FinishedFn = std::function<void(quint64 id, HttpResponse response)>;
    using ProgressFn = std::function<void(quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow,
                                          qint64 downTotal)>;

    CurlWorker(FinishedFn finished, ProgressFn progress);
    ~CurlWorker();
    CurlWorker(const CurlWorker &) = delete;
    CurlWorker &operator=(const CurlWorker &) = delete;

    /** Queues an attempt; thread-safe. */
    void submit(CurlTransferSpec spec);
    /** Aborts an attempt; it then finishes with NetError::Cancelled (unless it already finished).
     */
    void cancel(quint64 id);

    /** One easy handle and its buffers; public only so libcurl's C callbacks can reach it. */
    struct Easy;
    /** Called from the progress callback on the worker thread. */
    void reportProgress(quint64 id, qint64 upNow, qint64 upTotal, qint64 downNow, qint64 downTotal);

private:
    void run();
    std::unique_ptr<Easy> createEasy(CurlTransferSpec spec);
    void finishEasy(Easy *easy, int curlCode);

    FinishedFn m_finished;
    ProgressFn m_progress;
    void *m_multi = nullptr; ///< CURLM*, kept opaque so the header needs no curl include.
    std::mutex m_mutex;
    std::vector<CurlTransferSpec> m_pendingAdds;
    std::vector<quint64> m_pendingCancels;
    bool m_stop = false;
    std::vector<std::unique_ptr<Easy>> m_active; ///< Touched only by the worker thread.
    std::thread m_thread;
};

} // namespace zkgrad::net
