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

#include <atomic>

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
    , m_memoryKey(QString::number(++g_nextKey))
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
    return m_hasImage && !m_processing && m_error.isEmpty();
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
    img::FitOptions options;
    options.maxBytes = maxBytes();
    options.purpose = m_purpose;
    m_pendingName = QFileInfo(path).fileName();
    m_error.clear();
    m_processing = true;
    m_job->start(path, options);
    Q_EMIT changed();
}

void PhotoSlot::loadBytes(const QByteArray &bytes, const QString &name)
{
    if (!m_editable)
        return;
    img::FitOptions options;
    options.maxBytes = maxBytes();
    options.purpose = m_purpose;
    m_pendingName = name;
    m_error.clear();
    m_processing = true;
    m_job->startBytes(bytes, name, options);
    Q_EMIT changed();
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
        return;
    }
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
    for (const QJsonValue &w : warnings) {
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
