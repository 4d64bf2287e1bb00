#pragma once

#include "photopipeline.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace zkgrad::imaging {

/** Runs fitPhoto() on a worker thread; cancelling the future stops it between stages. */
[[nodiscard]] QFuture<FitResult> fitPhotoAsync(const QString &path, const FitOptions &options);

/** Same for bytes already in memory (a pasted screenshot saved as PNG, a download). */
[[nodiscard]] QFuture<FitResult>
fitPhotoBytesAsync(const QByteArray &bytes, const QString &fileName, const FitOptions &options);

/** Runs analyzePhoto() on a worker thread. */
[[nodiscard]] QFuture<PhotoCheck> analyzePhotoAsync(const QString &path, PhotoPurpose purpose,
                                                    const PhotoLimits &limits = {});

/** One photo being fitted off the GUI thread; the result arrives as a signal in this object's
 * thread. */
class PhotoJob : public QObject
{
    Q_OBJECT
public:
    explicit PhotoJob(QObject *parent = nullptr);
    ~PhotoJob() override;

    /** Starts fitting @p path; a job already running is cancelled first. */
    void start(const QString &path, const FitOptions &options);
    /** Starts fitting @p bytes (named @p fileName in messages). */
    void startBytes(const QByteArray &bytes, const QString &fileName, const FitOptions &options);
    /** Asks the worker to stop; cancelled() follows instead of finished(). */
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /** The future of the current or last job. */
    [[nodiscard]] QFuture<FitResult> future() const { return m_watcher.future(); }

Q_SIGNALS:
    void finished(const zkgrad::imaging::FitResult &result);
    void cancelled();

private:
    void watch(const QFuture<FitResult> &future);

    QFutureWatcher<FitResult> m_watcher;
};

} // namespace zkgrad::imaging
