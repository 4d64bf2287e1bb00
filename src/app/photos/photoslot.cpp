#include "photos/photoslot.h"

#include "displaytext.h"
#include "photojob.h"
#include "photopipeline.h"
#include "session/applicationsession.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QMimeData>
#include <QMutex>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace img = zkgrad::imaging;
using zkgrad::net::ApiError;
using zkgrad::net::ApiResult;
using zkgrad::net::NetError;

namespace {
const auto kSourceKey = QStringLiteral("source");
const auto kFileKey = QStringLiteral("file");
const auto kBytesKey = QStringLiteral("bytes");
const auto kWidthKey = QStringLiteral("width");
const auto kHeightKey = QStringLiteral("height");
const auto kQualityKey = QStringLiteral("quality");
const auto kWarningsKey = QStringLiteral("warnings");

// A saved result is at most the batch's limit; anything far larger in its place is not ours
// and is not read into memory.
constexpr qint64 kMaxSavedFileBytes = 8 * 1024 * 1024;
// The whole photo under review is shown at most this long (about two screens' worth of a slot).
constexpr int kReviewPhotoSide = 1400;
// Where the corners start when nothing was found: a frame just inside the photo (0..1).
constexpr double kInset = 0.08;
// The shortest side a hand-set outline may have (0..1 of the photo): smaller is a slip.
constexpr double kMinSide = 0.04;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The saved file only counts when it still is a JPEG the pipeline can read.
bool isUsableJpeg(const QByteArray &bytes, const QString &name, img::PhotoInfo *info)
{
    *info = img::inspectPhoto(bytes, name);
    return info->format == img::PhotoFormat::Jpeg && info->isAcceptable();
}

// Kiosk mode: the fitted JPEGs of in-memory slots, by key; read by the image provider's
// threads, hence the lock.
std::atomic<bool> g_inMemory { false };
std::atomic<quint64> g_nextKey { 0 };
QMutex g_memoryLock;
QHash<QString, QByteArray> g_memoryImages;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

PhotoSlot::PhotoSlot(ApplicationSession *session, const QString &slot, img::PhotoPurpose purpose,
                     const QString &attachmentsDir, QObject *parent)
    : QObject(parent)
    , m_inMemory(g_inMemory)
    , m_memoryKey(newMemoryKey())
    , m_session(session)
    , m_slot(slot)
    , m_purpose(purpose)
    , m_attachmentsDir(attachmentsDir)
    , m_job(new img::PhotoJob(this))
{
    if (m_attachmentsDir.isEmpty() && !m_inMemory)
        m_tempDir = std::make_unique<QTemporaryDir>();
    connect(m_job, &img::PhotoJob::finished, this, &PhotoSlot::onFitted);
    connect(m_job, &img::PhotoJob::cancelled, this, &PhotoSlot::onCancelled);
    if (m_session) {
        connect(m_session, &ApplicationSession::uploadProgress, this,
                [this](const QString &slot, qint64 sent, qint64 total) {
                    if (slot == m_slot && m_uploading && total > 0)
                        setUploadProgress(qBound(0.0, double(sent) / double(total), 1.0));
                });
        connect(m_session, &ApplicationSession::applicationChanged, this,
                &PhotoSlot::onApplicationChanged);
        connect(m_session, &ApplicationSession::rulesChanged, this, &PhotoSlot::changed);
    }
}

PhotoSlot::~PhotoSlot()
{
    // The job's worker owns copies of its input; cancelling is enough, nothing waits on it.
    m_job->cancel();
    // An in-memory image ends with its slot; a file stays for the draft that names it.
    if (m_inMemory)
        dropStored();
}

void PhotoSlot::setKeepInMemory(bool inMemory)
{
    g_inMemory = inMemory;
}

bool PhotoSlot::keepsInMemory()
{
    return g_inMemory;
}

QByteArray PhotoSlot::memoryImage(const QString &key)
{
    const QMutexLocker locker(&g_memoryLock);
    return g_memoryImages.value(key);
}

int PhotoSlot::memoryImageCount()
{
    const QMutexLocker locker(&g_memoryLock);
    return int(g_memoryImages.size());
}

QString PhotoSlot::newMemoryKey()
{
    return QString::number(++g_nextKey);
}

void PhotoSlot::setMemoryImage(const QString &key, const QByteArray &jpeg)
{
    const QMutexLocker locker(&g_memoryLock);
    if (jpeg.isEmpty())
        g_memoryImages.remove(key);
    else
        g_memoryImages.insert(key, jpeg);
}

bool PhotoSlot::store(const QByteArray &jpeg, QString *error)
{
    if (!m_inMemory)
        return writeFile(filePath(), jpeg, error);
    const QMutexLocker locker(&g_memoryLock);
    g_memoryImages.insert(m_memoryKey, jpeg);
    return true;
}

void PhotoSlot::dropStored()
{
    if (!m_inMemory) {
        QFile::remove(filePath());
        return;
    }
    const QMutexLocker locker(&g_memoryLock);
    g_memoryImages.remove(m_memoryKey);
}

QByteArray PhotoSlot::jpeg() const
{
    if (m_inMemory)
        return memoryImage(m_memoryKey);
    QFile file(filePath());
    if (file.size() > kMaxSavedFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString PhotoSlot::attachmentsDirFor(const QString &draftDir)
{
    return draftDir.isEmpty() ? QString() : draftDir + QStringLiteral("/attachments");
}

void PhotoSlot::setTexts(const QString &title, const QString &hint)
{
    if (title == m_title && hint == m_hint)
        return;
    m_title = title;
    m_hint = hint;
    Q_EMIT textChanged();
}

PhotoSlot::State PhotoSlot::state() const
{
    if (m_processing)
        return Processing;
    if (m_review.active)
        return Reviewing;
    if (m_uploading)
        return Uploading;
    if (!m_hasImage)
        return Empty;
    if (m_uploadFailed)
        return Failed;
    if (onServer())
        return Uploaded;
    if (m_queued)
        return UploadQueued;
    return Ready;
}

bool PhotoSlot::processing() const
{
    return m_processing;
}

bool PhotoSlot::usable() const
{
    return m_hasImage && !m_processing && m_error.isEmpty() && !m_review.active;
}

bool PhotoSlot::onServer() const
{
    if (!m_session || !m_hasImage || m_sha256.isEmpty())
        return false;
    const QString stored = m_session->attachment(m_slot).value(QLatin1String("sha256")).toString();
    return stored.compare(m_sha256, Qt::CaseInsensitive) == 0;
}

void PhotoSlot::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_editable)
        endReview(); // locked (submitted, wiped): a photo under review is not taken
    Q_EMIT changed();
}

QUrl PhotoSlot::previewUrl() const
{
    if (!m_hasImage)
        return {};
    if (m_inMemory) // the revision in the path: Image loads a new result again
        return QUrl(QStringLiteral("image://zkgrad-memory/%1/%2").arg(m_memoryKey).arg(m_revision));
    QUrl url = QUrl::fromLocalFile(filePath());
    // A new result has the same file name: the query makes Image load it again.
    url.setQuery(QStringLiteral("v=%1").arg(m_revision));
    return url;
}

QString PhotoSlot::filePath() const
{
    if (m_inMemory)
        return {};
    return directory() + QLatin1Char('/') + m_slot + QStringLiteral(".jpg");
}

QString PhotoSlot::directory() const
{
    return m_tempDir ? m_tempDir->path() : m_attachmentsDir;
}

int PhotoSlot::maxBytes() const
{
    return int(m_session ? m_session->rules().imageTargetBytes
                         : zkgrad::BatchRules().imageTargetBytes);
}

QString PhotoSlot::bytesText() const
{
    return zkgrad::DisplayText::kilobytesOfLimit(m_bytes, maxBytes());
}

QString PhotoSlot::statusText() const
{
    switch (state()) {
    case Empty:
        return tr("No image yet.");
    case Processing:
        return tr("Preparing the image…");
    case Uploading:
        return tr("Uploading the image…");
    case Ready:
    case UploadQueued:
        if (!m_session || !m_session->signedIn() || !m_session->hasApplication())
            return tr("Saved on this computer; it will be uploaded once you are signed in and "
                      "your application has been created.");
        return state() == Ready
            ? tr("Saved on this computer; not uploaded yet.")
            : tr("Saved on this computer; it will be uploaded automatically when the network "
                 "is back.");
    case Uploaded:
        return tr("Uploaded.");
    case Reviewing:
        return tr("Check the new photo, then press \"Use this image\". Nothing is saved or "
                  "uploaded before that.");
    case Failed:
        return tr("Not uploaded: see the message below, then press \"Retry upload\".");
    }
    return {};
}

void PhotoSlot::setError(const QString &error)
{
    m_error = error;
}

void PhotoSlot::setUploadProgress(qreal progress)
{
    if (qFuzzyCompare(progress + 1.0, m_uploadProgress + 1.0))
        return;
    m_uploadProgress = progress;
    Q_EMIT uploadProgressChanged();
}

void PhotoSlot::loadUrl(const QUrl &url)
{
    if (!url.isLocalFile()) {
        setError(tr("\"%1\" is not a file on this computer. Save the image to this computer "
                    "first, then choose it.")
                     .arg(url.toDisplayString()));
        Q_EMIT changed();
        return;
    }
    loadFile(url.toLocalFile());
}

void PhotoSlot::loadFile(const QString &path)
{
    if (!m_editable)
        return;
    startFit(FitKind::NewChoice, path, {}, QFileInfo(path).fileName(), baseOptions());
}

void PhotoSlot::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (!m_editable)
        return;
    startFit(FitKind::NewChoice, {}, bytes, name, baseOptions());
}

img::FitOptions PhotoSlot::baseOptions() const
{
    img::FitOptions options;
    options.maxBytes = maxBytes();
    options.purpose = m_purpose;
    if (documentSlot()) {
        // Found, straightened and shown whole beside it, from the one decode.
        options.document = img::DocumentMode::Auto;
        options.sourcePreviewSide = kReviewPhotoSide;
    }
    return options;
}

void PhotoSlot::startFit(FitKind kind, const QString &path, const QByteArray &bytes,
                         const QString &name, const img::FitOptions &options)
{
    if (kind == FitKind::NewChoice) {
        // Another photo replaces the one under review (the saved image stays until it is used).
        m_kept = Review();
        if (m_review.active) {
            m_review = Review();
            Q_EMIT reviewChanged();
        }
    }
    m_fitKind = kind;
    m_pendingName = name;
    m_pendingPath = path;
    m_pendingBytes = bytes;
    m_error.clear();
    m_processing = true;
    if (path.isEmpty())
        m_job->startBytes(bytes, name, options);
    else
        m_job->start(path, options);
    Q_EMIT changed();
    Q_EMIT reviewChanged();
}

bool PhotoSlot::pasteFromClipboard()
{
    if (!m_editable)
        return false;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard ? clipboard->mimeData() : nullptr;
    if (mime && mime->hasUrls() && !mime->urls().isEmpty()
        && mime->urls().constFirst().isLocalFile()) {
        loadUrl(mime->urls().constFirst());
        return true;
    }
    const QImage image = clipboard ? clipboard->image() : QImage();
    if (image.isNull()) {
        setError(tr("The clipboard holds no image. Copy a picture (for example a screenshot or "
                    "a photo opened in a viewer) first, or choose a file."));
        Q_EMIT changed();
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        setError(tr("The image in the clipboard could not be read. Save it as a file first, then "
                    "choose that file."));
        Q_EMIT changed();
        return false;
    }
    loadBytes(png, tr("pasted image"));
    return true;
}

void PhotoSlot::onFitted(const img::FitResult &result)
{
    if (!m_processing)
        return; // the slot was cleared or restored meanwhile: this result is not wanted
    m_processing = false;
    if (!result.ok()) {
        // The previous good result (if any) stays: only the message tells about the new file.
        const img::PhotoIssue issue = result.firstError();
        setError(issue.message.isEmpty()
                     ? tr("\"%1\" could not be used as an image. Choose a JPG or PNG photo.")
                           .arg(m_pendingName)
                     : issue.message);
        Q_EMIT changed();
        Q_EMIT reviewChanged();
        return;
    }
    if (m_fitKind == FitKind::Refit && m_review.active) {
        // The same photo with other corners (or whole): the candidate looks again.
        m_review.result = result;
        m_review.resultImage = QImage::fromData(result.jpeg, "JPEG");
        m_review.size = QSize(result.width, result.height);
        m_review.stale = false;
        Q_EMIT changed();
        Q_EMIT reviewChanged();
        return;
    }
    if (documentSlot() && !result.sourcePreview.isNull()) {
        Review review = makeReview(result);
        if (review.found) {
            // Nothing is saved or uploaded before the candidate has seen the straightened card.
            m_review = std::move(review);
            Q_EMIT changed();
            Q_EMIT reviewChanged();
            return;
        }
        // Nothing found: the whole photo is used (the warning says so), and the photo is kept
        // in memory so the candidate can still mark the corners by hand (markCorners()).
        review.active = false;
        takeResult(result);
        m_kept = std::move(review);
        Q_EMIT reviewChanged();
        return;
    }
    takeResult(result);
}

PhotoSlot::Review PhotoSlot::makeReview(const img::FitResult &result)
{
    Review review;
    review.active = true;
    review.sourcePath = m_pendingPath;
    review.sourceBytes = m_pendingBytes;
    review.name = m_pendingName;
    review.full = QSize(result.source.uprightWidth(), result.source.uprightHeight());
    review.found = result.document.found && review.full.isValid();
    review.whole = !review.found;
    if (review.found) {
        for (size_t i = 0; i < 4; ++i) {
            const QPointF c = result.document.corners[i];
            review.detected[i] = QPointF(std::clamp(c.x() / review.full.width(), 0.0, 1.0),
                                         std::clamp(c.y() / review.full.height(), 0.0, 1.0));
        }
    } else {
        // Nothing found: a frame just inside the photo, for marking the corners by hand.
        review.detected = { QPointF(kInset, kInset), QPointF(1 - kInset, kInset),
                            QPointF(1 - kInset, 1 - kInset), QPointF(kInset, 1 - kInset) };
    }
    review.corners = review.detected;
    review.photo = result.sourcePreview;
    review.result = result;
    review.result.sourcePreview = QImage(); // kept once, in photo
    review.resultImage = QImage::fromData(result.jpeg, "JPEG");
    review.size = QSize(result.width, result.height);
    m_pendingBytes.clear();
    return review;
}

bool PhotoSlot::canMarkCorners() const
{
    return !m_kept.photo.isNull() && m_hasImage && !m_review.active && m_editable;
}

void PhotoSlot::markCorners()
{
    if (!canMarkCorners())
        return;
    m_review = m_kept;
    m_review.active = true;
    m_review.whole = false;
    m_review.stale = true;
    Q_EMIT changed();
    Q_EMIT reviewChanged();
    refit(false);
}

void PhotoSlot::endReview()
{
    m_kept = Review();
    if (!m_review.active)
        return;
    m_review = Review();
    Q_EMIT reviewChanged();
}

bool PhotoSlot::documentSlot() const
{
    img::DocumentKind kind;
    return img::documentKindFor(m_purpose, &kind);
}

bool PhotoSlot::canAccept() const
{
    return m_review.active && !m_processing && !m_review.stale && m_review.result.ok();
}

QVariantList PhotoSlot::corners() const
{
    QVariantList list;
    if (!m_review.active)
        return list;
    for (const QPointF &p : m_review.corners)
        list.append(p);
    return list;
}

QList<QPointF> PhotoSlot::cornersInPhoto() const
{
    QList<QPointF> list;
    for (const QPointF &p : m_review.corners)
        list.append(QPointF(p.x() * m_review.full.width(), p.y() * m_review.full.height()));
    return list;
}

QString PhotoSlot::reviewBytesText() const
{
    if (!m_review.active)
        return {};
    return zkgrad::DisplayText::kilobytesOfLimit(m_review.result.jpeg.size(), maxBytes());
}

QString PhotoSlot::reviewText() const
{
    if (!m_review.active)
        return {};
    const bool card = m_purpose == img::PhotoPurpose::IdCard;
    if (!m_review.found && m_review.whole)
        return card ? tr("No ID card was found in this photo, so the whole photo will be used.")
                    : tr("No page was found in this photo, so the whole photo will be used.");
    if (!m_review.found)
        return card ? tr("Drag the four corners onto the corners of the card (or select one with "
                         "Tab and move it with the arrow keys), then check the straightened card.")
                    : tr("Drag the four corners onto the corners of the page (or select one with "
                         "Tab and move it with the arrow keys), then check the straightened page.");
    if (m_review.whole)
        return tr("The whole photo will be used, as it is.");
    if (m_review.moved)
        return card ? tr("You have moved the corners. Check the straightened card: all of the "
                         "card must be there, straight and legible.")
                    : tr("You have moved the corners. Check the straightened page: all of the "
                         "page must be there, straight and legible.");
    return card ? tr("The card was found and straightened. Check that all of it is there and "
                     "legible. If a corner is not on the card's corner, drag it there (or select "
                     "it with Tab and use the arrow keys).")
                : tr("The page was found and straightened. Check that all of it is there and "
                     "legible. If a corner is not on the page's corner, drag it there (or select "
                     "it with Tab and use the arrow keys).");
}

namespace {
// Twice the signed area of triangle a, b, c.
double cross(QPointF a, QPointF b, QPointF c)
{
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}
} // namespace

bool PhotoSlot::moveCorner(int index, qreal x, qreal y)
{
    if (!m_review.active || index < 0 || index > 3)
        return false;
    std::array<QPointF, 4> next = m_review.corners;
    next[size_t(index)] = QPointF(std::clamp(double(x), 0.0, 1.0), std::clamp(double(y), 0.0, 1.0));
    // A crossed or folded outline cannot be straightened into anything readable.
    int sign = 0;
    for (size_t i = 0; i < 4; ++i) {
        const double c = cross(next[i], next[(i + 1) % 4], next[(i + 2) % 4]);
        if (std::abs(c) < 1e-9)
            return false;
        const int s = c > 0 ? 1 : -1;
        if (sign != 0 && s != sign)
            return false;
        sign = s;
    }
    for (size_t i = 0; i < 4; ++i) {
        const QPointF d = next[i] - next[(i + 1) % 4];
        if (std::hypot(d.x(), d.y()) < kMinSide)
            return false;
    }
    if (next == m_review.corners)
        return true;
    m_review.corners = next;
    m_review.moved = m_review.corners != m_review.detected || !m_review.found;
    m_review.stale = true;
    m_review.whole = false;
    Q_EMIT reviewChanged();
    return true;
}

void PhotoSlot::straighten()
{
    if (!m_review.active)
        return;
    m_review.whole = false;
    m_review.stale = true;
    Q_EMIT reviewChanged();
    refit(false);
}

void PhotoSlot::resetCorners()
{
    if (!m_review.active)
        return;
    m_review.corners = m_review.detected;
    m_review.moved = false;
    m_review.stale = true;
    m_review.whole = false;
    Q_EMIT reviewChanged();
    refit(false);
}

void PhotoSlot::turnAround()
{
    if (!m_review.active)
        return;
    // Top-left becomes bottom-right: the same outline, read the other way up. The detected
    // corners turn too, so "put the corners back" keeps the candidate's reading direction.
    std::rotate(m_review.corners.begin(), m_review.corners.begin() + 2, m_review.corners.end());
    std::rotate(m_review.detected.begin(), m_review.detected.begin() + 2, m_review.detected.end());
    m_review.whole = false;
    m_review.stale = true;
    Q_EMIT reviewChanged();
    refit(false);
}

void PhotoSlot::useWholePhoto()
{
    if (!m_review.active || (m_review.whole && !m_review.stale))
        return;
    m_review.whole = true;
    m_review.stale = true;
    Q_EMIT reviewChanged();
    refit(true);
}

void PhotoSlot::refit(bool whole)
{
    if (!m_editable)
        return;
    img::FitOptions options;
    options.maxBytes = maxBytes();
    options.purpose = m_purpose;
    if (!whole) {
        // The detected corners give the same result as detection would; set them anyway,
        // so what is straightened is exactly what the candidate sees.
        options.documentCorners = cornersInPhoto();
    }
    startFit(FitKind::Refit, m_review.sourcePath, m_review.sourceBytes, m_review.name, options);
}

void PhotoSlot::acceptReview()
{
    if (!canAccept())
        return;
    img::FitResult result = m_review.result;
    // The review said what it found; "no document" is not a warning about the image.
    result.issues.removeIf(
        [](const img::PhotoIssue &i) { return i.code == QLatin1String("no-document"); });
    m_pendingName = m_review.name;
    m_review = Review();
    m_kept = Review();
    Q_EMIT reviewChanged();
    takeResult(result);
}

void PhotoSlot::discardReview()
{
    if (!m_review.active)
        return;
    if (m_processing && m_fitKind == FitKind::Refit)
        m_job->cancel();
    m_processing = false;
    m_error.clear();
    m_review = Review();
    Q_EMIT reviewChanged();
    Q_EMIT changed();
}

void PhotoSlot::takeResult(const img::FitResult &result)
{
    QString reason;
    if (!store(result.jpeg, &reason)) {
        setError(tr("The image could not be saved to %1: %2. Check the free disk space, then "
                    "choose the file again.")
                     .arg(QDir::toNativeSeparators(filePath()), reason));
        Q_EMIT changed();
        return;
    }
    m_hasImage = true;
    m_sourceName = m_pendingName;
    m_size = QSize(result.width, result.height);
    m_bytes = result.jpeg.size();
    m_quality = result.quality;
    m_warnings.clear();
    for (const img::PhotoIssue &issue : result.issues) {
        if (!issue.isError() && !issue.message.isEmpty())
            m_warnings.append(issue.message);
    }
    m_sha256 = sha256Hex(result.jpeg);
    ++m_revision;
    m_queued = false;
    m_uploadFailed = false;
    m_error.clear();
    Q_EMIT changed();
    startUpload();
}

void PhotoSlot::onCancelled()
{
    m_processing = false;
    Q_EMIT changed();
}

void PhotoSlot::startUpload()
{
    if (!m_session || !m_hasImage || !m_editable)
        return;
    const QByteArray bytes = jpeg();
    if (bytes.isEmpty()) {
        resetImage();
        setError(tr("The saved image %1 is missing. Choose the file again.")
                     .arg(QDir::toNativeSeparators(filePath())));
        Q_EMIT changed();
        return;
    }
    const quint64 generation = ++m_uploadGeneration;
    if (m_uploadFailed)
        m_error.clear(); // the refusal is about the previous attempt
    m_uploading = true;
    m_uploadFailed = false;
    m_queued = false;
    setUploadProgress(0);
    Q_EMIT changed();
    QPointer<PhotoSlot> self(this);
    m_session->uploadAttachment(m_slot, bytes, [self, generation](const ApiResult &r) {
        if (!self || generation != self->m_uploadGeneration)
            return; // superseded by a newer image, a cancel or a removal
        self->m_uploading = false;
        self->setUploadProgress(0);
        if (r.queued) {
            self->m_queued = true;
        } else if (!r.ok()) {
            if (r.error.kind == ApiError::Kind::Network
                && r.error.netError == NetError::Cancelled) {
                // The candidate stopped it; the image stays and is sent again on leaving.
            } else {
                QString message = r.error.userMessage;
                const auto atSlot = r.error.errorsAt(QStringLiteral("attachments.") + self->m_slot);
                if (!atSlot.isEmpty() && !atSlot.constFirst().detail.isEmpty())
                    message = atSlot.constFirst().detail;
                self->m_uploadFailed = true;
                self->setError(tr("The server did not accept the image: %1").arg(message));
            }
        }
        Q_EMIT self->changed();
    });
}

void PhotoSlot::cancel()
{
    if (m_processing)
        m_job->cancel();
    if (m_uploading) {
        ++m_uploadGeneration;
        m_uploading = false;
        setUploadProgress(0);
        if (m_session)
            m_session->cancelUpload(m_slot);
        Q_EMIT changed();
    }
}

void PhotoSlot::retryUpload()
{
    if (m_uploadFailed) {
        m_uploadFailed = false;
        m_error.clear();
    }
    startUpload();
}

void PhotoSlot::uploadIfNeeded()
{
    if (!m_hasImage || m_processing || m_uploading || onServer() || !m_error.isEmpty())
        return;
    startUpload();
}

void PhotoSlot::resetImage()
{
    if (m_processing)
        m_job->cancel();
    m_processing = false;
    if (m_uploading && m_session)
        m_session->cancelUpload(m_slot);
    ++m_uploadGeneration;
    m_uploading = false;
    m_queued = false;
    m_uploadFailed = false;
    setUploadProgress(0);
    dropStored();
    m_hasImage = false;
    m_sourceName.clear();
    m_size = QSize();
    m_bytes = 0;
    m_quality = 0;
    m_warnings.clear();
    m_sha256.clear();
    m_error.clear();
    ++m_revision;
    endReview();
}

void PhotoSlot::clear()
{
    resetImage();
    Q_EMIT changed();
}

void PhotoSlot::remove()
{
    if (!m_editable)
        return;
    const bool wasQueued = m_queued;
    resetImage();
    if (m_session && wasQueued)
        m_session->cancelUpload(m_slot);
    if (m_session && !m_session->attachment(m_slot).isEmpty()) {
        QPointer<PhotoSlot> self(this);
        m_deleting = true;
        m_session->deleteAttachment(m_slot, [self](const ApiResult &r) {
            if (!self)
                return;
            self->m_deleting = false;
            if (r.ok() || r.queued)
                return;
            self->setError(tr("The image was removed here but the server still has it: %1")
                               .arg(r.error.userMessage));
            Q_EMIT self->changed();
        });
    }
    Q_EMIT changed();
}

void PhotoSlot::dismissError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    m_uploadFailed = false;
    Q_EMIT changed();
}

QJsonObject PhotoSlot::toJson() const
{
    QJsonObject json;
    if (!m_hasImage)
        return json;
    json.insert(kSourceKey, m_sourceName);
    json.insert(kFileKey, QString(m_slot + QStringLiteral(".jpg")));
    json.insert(kBytesKey, m_bytes);
    json.insert(kWidthKey, m_size.width());
    json.insert(kHeightKey, m_size.height());
    json.insert(kQualityKey, m_quality);
    json.insert(kWarningsKey, QJsonArray::fromStringList(m_warnings));
    return json;
}

void PhotoSlot::fromJson(const QJsonObject &json)
{
    if (m_processing)
        m_job->cancel();
    m_processing = false;
    ++m_uploadGeneration;
    m_uploading = false;
    m_queued = false;
    m_uploadFailed = false;
    m_hasImage = false;
    m_error.clear();
    m_sourceName.clear();
    m_size = QSize();
    m_bytes = 0;
    m_quality = 0;
    m_warnings.clear();
    m_sha256.clear();
    ++m_revision;
    setUploadProgress(0);
    endReview(); // the draft keeps no photo under review
    if (json.value(kFileKey).toString().isEmpty()) {
        if (m_inMemory)
            dropStored(); // nothing else would ever free it
        Q_EMIT changed();
        return;
    }
    // Only "<slot>.jpg" in our own folder (or our memory): the draft never names another file.
    const QString path = m_inMemory ? QString(m_slot + QStringLiteral(".jpg")) : filePath();
    const QByteArray bytes = jpeg();
    img::PhotoInfo info;
    if (bytes.isEmpty() || !isUsableJpeg(bytes, QFileInfo(path).fileName(), &info)) {
        setError(tr("The saved image for \"%1\" (%2) is missing or damaged. Choose the file "
                    "again.")
                     .arg(m_title.isEmpty() ? m_slot : m_title, QDir::toNativeSeparators(path)));
        Q_EMIT changed();
        return;
    }
    m_hasImage = true;
    m_sourceName = json.value(kSourceKey).toString();
    m_size = QSize(info.uprightWidth(), info.uprightHeight());
    m_bytes = bytes.size();
    m_quality = json.value(kQualityKey).toInt();
    const QJsonArray warnings = json.value(kWarningsKey).toArray();
    for (const QJsonValue w : warnings) {
        if (w.isString())
            m_warnings.append(w.toString());
    }
    m_sha256 = sha256Hex(bytes);
    m_lastOnServer = onServer();
    Q_EMIT changed();
}

void PhotoSlot::adoptServer()
{
    if (!m_session || m_hasImage || m_processing || m_downloading || m_deleting)
        return;
    const QJsonObject stored = m_session->attachment(m_slot);
    if (stored.isEmpty())
        return;
    m_downloading = true;
    QPointer<PhotoSlot> self(this);
    const QString expected = stored.value(QLatin1String("sha256")).toString();
    const bool sent = m_session->downloadAttachment(m_slot, [self, expected](const ApiResult &r) {
        if (!self)
            return;
        self->m_downloading = false;
        // Something newer was chosen meanwhile, or the answer is not the stored image.
        if (!r.ok() || self->m_hasImage || self->m_processing)
            return;
        img::PhotoInfo info;
        const QString sha = sha256Hex(r.body);
        if ((!expected.isEmpty() && sha.compare(expected, Qt::CaseInsensitive) != 0)
            || !isUsableJpeg(r.body, self->m_slot, &info))
            return;
        QString reason;
        if (!self->store(r.body, &reason))
            return;
        self->m_hasImage = true;
        self->m_sourceName = tr("the copy on the server");
        self->m_size = QSize(info.uprightWidth(), info.uprightHeight());
        self->m_bytes = r.body.size();
        self->m_quality = 0;
        self->m_warnings.clear();
        self->m_sha256 = sha;
        self->m_error.clear();
        ++self->m_revision;
        self->m_lastOnServer = true;
        Q_EMIT self->changed();
    });
    if (!sent)
        m_downloading = false;
}

void PhotoSlot::onApplicationChanged()
{
    const bool now = onServer();
    if (now == m_lastOnServer)
        return;
    m_lastOnServer = now;
    Q_EMIT changed();
}

void PhotoSlot::retranslate()
{
    Q_EMIT textChanged();
    Q_EMIT changed();
}

void PhotoSlot::waitForIdle()
{
    // Bounded: a test must fail, not hang, if a job never reports back.
    const QDeadlineTimer deadline(120'000);
    while (m_processing && !deadline.hasExpired()) {
        m_job->future().waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}
