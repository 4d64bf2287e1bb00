#include "photojob.h"
#include "photomessages.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace zkgrad::imaging {

namespace {
void runFit(QPromise<FitResult> &promise, const QByteArray &preloaded, const QString &path,
            const QString &fileName, const FitOptions &options)
{
    const CancelCheck isCancelled = [&promise] { return promise.isCanceled(); };
    QByteArray bytes = preloaded;
    if (!path.isEmpty()) {
        PhotoIssue error;
        bytes = readPhotoFile(path, options.limits, &error);
        if (!error.code.isEmpty()) {
            FitResult result;
            result.issues.append(error);
            promise.addResult(result);
            return;
        }
    }
    if (isCancelled())
        return;
    FitResult result = fitPhoto(bytes, fileName, options, isCancelled);
    if (!isCancelled())
        promise.addResult(std::move(result));
}
} // namespace

QFuture<FitResult> fitPhotoAsync(const QString &path, const FitOptions &options)
{
    return QtConcurrent::run(runFit, QByteArray(), path, QFileInfo(path).fileName(), options);
}

QFuture<FitResult> fitPhotoBytesAsync(const QByteArray &bytes, const QString &fileName,
                                      const FitOptions &options)
{
    return QtConcurrent::run(runFit, bytes, QString(), fileName, options);
}

QFuture<PhotoCheck> analyzePhotoAsync(const QString &path, PhotoPurpose purpose,
                                      const PhotoLimits &limits)
{
    return QtConcurrent::run([path, purpose, limits] {
        PhotoIssue error;
        const QByteArray bytes = readPhotoFile(path, limits, &error);
        const QString name = QFileInfo(path).fileName();
        if (!error.code.isEmpty()) {
            PhotoCheck check;
            check.info.fileName = name;
            check.info.issues.append(error);
            check.issues.append(error);
            return check;
        }
        return analyzePhoto(bytes, name, purpose, limits);
    });
}

PhotoJob::PhotoJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<FitResult>::finished, this, [this] {
        const QFuture<FitResult> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            Q_EMIT cancelled();
            return;
        }
        Q_EMIT finished(future.result());
    });
}

PhotoJob::~PhotoJob()
{
    // The worker only reads its own copies; cancel and let it finish on its own.
    m_watcher.future().cancel();
    m_watcher.disconnect(this);
}

void PhotoJob::start(const QString &path, const FitOptions &options)
{
    watch(fitPhotoAsync(path, options));
}

void PhotoJob::startBytes(const QByteArray &bytes, const QString &fileName,
                          const FitOptions &options)
{
    watch(fitPhotoBytesAsync(bytes, fileName, options));
}

void PhotoJob::cancel()
{
    m_watcher.future().cancel();
}

bool PhotoJob::isRunning() const
{
    return m_watcher.isRunning();
}

void PhotoJob::watch(const QFuture<FitResult> &future)
{
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
    m_watcher.setFuture(future);
}

} // namespace zkgrad::imaging
