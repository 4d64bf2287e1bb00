#include "steps/signature/signaturecontroller.h"

#include "session/applicationsession.h"

#include "kiosk/memoryimageprovider.h"
#include "photos/photoslot.h"

#include "batchrules.h"
#include "displaytext.h"
#include "photomessages.h"
#include "photopipeline.h"
#include "steps/signature/signaturepad.h"
#include "wizard/stepcontext.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QMimeData>
#include <QSaveFile>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace img = zkgrad::imaging;

namespace {
const auto kSourceKey = QStringLiteral("source");
const auto kTurnsKey = QStringLiteral("quarterTurns");
const auto kCropKey = QStringLiteral("crop");
const auto kCleanUpKey = QStringLiteral("cleanUp");
const auto kOutputKey = QStringLiteral("output");
const auto kOutputBytesKey = QStringLiteral("outputBytes");
const auto kFromDrawingKey = QStringLiteral("fromDrawing");
const auto kOutputName = QStringLiteral("signature.jpg");

// Reads (unless @p inMemory holds the bytes), inspects and decodes the photo; the decode is
// DCT-scaled when @p minLongSide allows.
QImage decodeFile(const QString &path, const QByteArray &inMemory, int minLongSide,
                  img::PhotoInfo *info, QString *error)
{
    const img::PhotoLimits limits;
    img::PhotoIssue issue;
    const QByteArray bytes =
        inMemory.isEmpty() ? img::readPhotoFile(path, limits, &issue) : inMemory;
    if (bytes.isEmpty()) {
        *error = issue.message.isEmpty()
            ? QCoreApplication::translate(
                  "SignatureController",
                  "The photo %1 is empty or cannot be read. Choose another photo.")
                  .arg(QFileInfo(path).fileName())
            : issue.message;
        return {};
    }
    *info = img::inspectPhoto(bytes, QFileInfo(path).fileName(), limits);
    if (!info->isAcceptable()) {
        *error = info->firstError().message;
        return {};
    }
    const int wanted =
        minLongSide > 0 ? minLongSide : std::max(info->uprightWidth(), info->uprightHeight());
    QImage image = img::decodePhoto(bytes, *info, wanted, &issue);
    if (image.isNull())
        *error = issue.message;
    return image;
}

SignatureLoadResult loadSignature(const QString &path, const QByteArray &inMemory)
{
    SignatureLoadResult result;
    img::PhotoInfo info;
    QImage image =
        decodeFile(path, inMemory, SignatureController::PreviewSide, &info, &result.error);
    if (image.isNull())
        return result;
    result.uprightSize = QSize(info.uprightWidth(), info.uprightHeight());
    const int longSide = std::max(image.width(), image.height());
    if (longSide > SignatureController::PreviewSide) {
        const QSize target =
            image.size().scaled(SignatureController::PreviewSide, SignatureController::PreviewSide,
                                Qt::KeepAspectRatio);
        image = img::ops::downscale(image, target.width(), target.height());
    }
    result.preview = image;
    const QRect ink = SignatureGeometry::inkBounds(image, 6);
    if (!ink.isNull()) {
        const double sx = double(result.uprightSize.width()) / image.width();
        const double sy = double(result.uprightSize.height()) / image.height();
        result.ink = QRectF(ink.x() * sx, ink.y() * sy, ink.width() * sx, ink.height() * sy)
                         .toAlignedRect()
                         .intersected(QRect(QPoint(0, 0), result.uprightSize));
    }
    return result;
}

SignatureOutputResult produceSignature(const QString &path, const QByteArray &inMemory,
                                       int quarterTurns, QRect crop, bool cleanUp, qint64 maxBytes)
{
    SignatureOutputResult result;
    img::PhotoInfo info;
    // Full resolution: the crop is cut from the original pixels, never from the preview.
    QImage image = decodeFile(path, inMemory, 0, &info, &result.error);
    if (image.isNull())
        return result;
    image = img::ops::rotate(image, quarterTurns);
    const QSize expected = SignatureGeometry::displaySize(QSize(info.width, info.height),
                                                          info.orientation, quarterTurns);
    if (image.size() != expected && !expected.isEmpty()) {
        const double sx = double(image.width()) / expected.width();
        const double sy = double(image.height()) / expected.height();
        crop = QRectF(crop.x() * sx, crop.y() * sy, crop.width() * sx, crop.height() * sy)
                   .toAlignedRect();
    }
    QImage cropped = image.copy(crop.intersected(image.rect()));
    image = QImage(); // the full image is not needed any more: keep the peak short
    if (cleanUp)
        cropped =
            SignatureGeometry::applyLevels(cropped, SignatureGeometry::suggestLevels(cropped));
    img::FitOptions options;
    options.maxBytes = maxBytes;
    options.purpose = img::PhotoPurpose::Signature;
    const img::FitResult fit = img::fitImage(cropped, QFileInfo(path).fileName(), options);
    if (!fit.ok()) {
        result.error = fit.firstError().message;
        return result;
    }
    // fitImage() checks the bytes, not the legibility: a small box is flagged here.
    const img::PurposeRules rules = img::rulesFor(img::PhotoPurpose::Signature);
    if (std::max(cropped.width(), cropped.height()) < rules.recommendedLongSide)
        result.warnings.append(img::messages::tooSmallSource(QFileInfo(path).fileName(),
                                                             cropped.width(), cropped.height(),
                                                             rules.recommendedLongSide)
                                   .message);
    for (const img::PhotoIssue &issue : fit.issues)
        if (!issue.isError())
            result.warnings.append(issue.message);
    result.jpeg = fit.jpeg;
    result.bytes = fit.bytes;
    result.quality = fit.quality;
    result.image.loadFromData(fit.jpeg, "JPEG");
    return result;
}

bool saveImage(const QImage &image, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = QCoreApplication::translate("SignatureController",
                                             "The image could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
} // namespace

SignatureController::SignatureController(ApplicationSession *session, StepContext *context,
                                         QObject *parent)
    : StepController(parent)
    , m_draftDirectory(context->filesFolder())
    , m_inMemory(PhotoSlot::keepsInMemory())
    , m_session(session)
{
    if (m_inMemory)
        m_memoryKey = PhotoSlot::newMemoryKey();
    else if (m_draftDirectory.isEmpty())
        m_tempDir = std::make_unique<QTemporaryDir>();
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &SignatureController::onLoaded);
    connect(&m_outputWatcher, &QFutureWatcherBase::finished, this,
            &SignatureController::onProduced);
    connect(&m_loadWatcher, &QFutureWatcherBase::started, this, &SignatureController::busyChanged);
    connect(&m_outputWatcher, &QFutureWatcherBase::started, this,
            &SignatureController::busyChanged);
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this, [this] {
            const bool editable =
                !m_session || m_session->isEditable(zkgrad::Workflow::Section::Signature);
            if (editable == m_editable)
                return;
            m_editable = editable;
            Q_EMIT editableChanged();
        });
        m_editable = m_session->isEditable(zkgrad::Workflow::Section::Signature);
    }
}

SignatureController::~SignatureController()
{
    m_loadWatcher.waitForFinished();
    m_outputWatcher.waitForFinished();
    if (m_inMemory) // nothing else would ever free it
        PhotoSlot::setMemoryImage(m_memoryKey, {});
}

QString SignatureController::attachmentsDir() const
{
    const QString base = m_tempDir ? m_tempDir->path() : m_draftDirectory;
    return base + QStringLiteral("/attachments");
}

QString SignatureController::outputPath() const
{
    if (m_inMemory)
        return {};
    return attachmentsDir() + QLatin1Char('/') + kOutputName;
}

QByteArray SignatureController::savedJpeg() const
{
    if (m_inMemory)
        return m_savedJpeg;
    QFile file(outputPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool SignatureController::hasSavedOutput() const
{
    return m_inMemory ? !m_savedJpeg.isEmpty() : QFileInfo::exists(outputPath());
}

void SignatureController::setSavedInMemory(const QByteArray &jpeg)
{
    m_savedJpeg = jpeg;
    ++m_savedRevision;
    PhotoSlot::setMemoryImage(m_memoryKey, jpeg);
}

qint64 SignatureController::maxBytes() const
{
    // Until the app loads the server's rules, the guide's defaults apply.
    return zkgrad::BatchRules::defaults().imageTargetBytes;
}

QSize SignatureController::imageSize() const
{
    return SignatureGeometry::displaySize(m_uprightSize, 1, m_quarterTurns);
}

QRect SignatureController::suggestedRect() const
{
    if (m_inkUpright.isNull())
        return {};
    return SignatureGeometry::rotateRect(m_inkUpright, m_uprightSize, m_quarterTurns);
}

int SignatureController::minCropSide() const
{
    return SignatureGeometry::effectiveMinSide(imageSize());
}

void SignatureController::setCropRect(const QRect &rect)
{
    QRect box = SignatureGeometry::keepInside(rect, imageSize());
    const int min = minCropSide();
    box = SignatureGeometry::keepInside(
        QRect(box.topLeft(), box.size().expandedTo(QSize(min, min))), imageSize());
    if (box == m_crop)
        return;
    m_crop = box;
    invalidateOutput();
    Q_EMIT viewChanged();
    Q_EMIT previewChanged();
    Q_EMIT changed();
}

void SignatureController::setCleanUp(bool cleanUp)
{
    if (cleanUp == m_cleanUp)
        return;
    m_cleanUp = cleanUp;
    invalidateOutput();
    Q_EMIT previewChanged();
    Q_EMIT changed();
}

void SignatureController::invalidateOutput()
{
    m_outputReady = false;
    m_pendingJpeg.clear();
}

void SignatureController::setError(const QString &error)
{
    m_error = error;
}

SignatureGeometry::ViewMapping SignatureController::viewMapping() const
{
    SignatureGeometry::ViewMapping mapping = m_view;
    mapping.image = imageSize();
    return mapping;
}

void SignatureController::setViewSize(const QSizeF &size)
{
    if (size == m_view.view)
        return;
    m_view.view = size;
    setPan(m_view.pan);
    Q_EMIT viewChanged();
}

void SignatureController::setZoom(qreal zoom)
{
    zoomAt(zoom / m_view.zoom, QPointF(m_view.view.width() / 2, m_view.view.height() / 2));
}

void SignatureController::setPan(const QPointF &pan)
{
    // The image may be moved only as far as it covers the view: it never drifts out of sight.
    const auto mapping = viewMapping();
    const double s = mapping.scale();
    const double maxX = std::max(0.0, (mapping.image.width() * s - m_view.view.width()) / 2);
    const double maxY = std::max(0.0, (mapping.image.height() * s - m_view.view.height()) / 2);
    const QPointF clamped(std::clamp(pan.x(), -maxX, maxX), std::clamp(pan.y(), -maxY, maxY));
    if (clamped == m_view.pan)
        return;
    m_view.pan = clamped;
    Q_EMIT viewChanged();
}

void SignatureController::zoomAt(qreal factor, const QPointF &anchor)
{
    const qreal zoom = std::clamp(m_view.zoom * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_view.zoom))
        return;
    auto mapping = viewMapping();
    const QPointF source = mapping.toSource(anchor);
    mapping.zoom = zoom;
    mapping.pan = QPointF();
    const QPointF centred = mapping.origin();
    m_view.zoom = zoom;
    m_view.pan = QPointF(1e9, 1e9); // forces setPan to emit
    setPan(anchor - source * mapping.scale() - centred);
}

void SignatureController::resetView()
{
    m_view.zoom = 1.0;
    m_view.pan = QPointF();
    Q_EMIT viewChanged();
}

QRectF SignatureController::imageInView() const
{
    return viewMapping().toView(QRectF(QPointF(0, 0), QSizeF(imageSize())));
}

QRectF SignatureController::cropInView() const
{
    return viewMapping().toView(QRectF(m_crop));
}

int SignatureController::nudgeStep() const
{
    return std::max(1, qRound(4.0 / viewMapping().scale()));
}

void SignatureController::beginDrag()
{
    m_dragStart = m_crop;
}

void SignatureController::dragHandle(int handle, qreal viewDx, qreal viewDy)
{
    if (handle < TopLeft || handle > Left || !hasSource())
        return;
    const double s = viewMapping().scale();
    const QPoint delta(qRound(viewDx / s), qRound(viewDy / s));
    setCropRect(SignatureGeometry::dragHandle(m_dragStart,
                                              static_cast<SignatureGeometry::Handle>(handle), delta,
                                              imageSize(), minCropSide()));
}

void SignatureController::dragBox(qreal viewDx, qreal viewDy)
{
    if (!hasSource())
        return;
    const double s = viewMapping().scale();
    setCropRect(SignatureGeometry::moveBox(
        m_dragStart, QPoint(qRound(viewDx / s), qRound(viewDy / s)), imageSize()));
}

void SignatureController::nudge(int dx, int dy, bool resize)
{
    if (!hasSource())
        return;
    const int step = nudgeStep();
    const QPoint delta(dx * step, dy * step);
    if (resize)
        setCropRect(SignatureGeometry::dragHandle(m_crop, SignatureGeometry::Handle::BottomRight,
                                                  delta, imageSize(), minCropSide()));
    else
        setCropRect(SignatureGeometry::moveBox(m_crop, delta, imageSize()));
}

void SignatureController::rotate(int quarterTurns)
{
    if (!hasSource() || quarterTurns % 4 == 0)
        return;
    const QSize before = imageSize();
    m_crop = SignatureGeometry::rotateRect(m_crop, before, quarterTurns);
    m_quarterTurns = (((m_quarterTurns + quarterTurns) % 4) + 4) % 4;
    updateDisplayPreview();
    invalidateOutput();
    m_view.zoom = 1.0;
    m_view.pan = QPointF();
    Q_EMIT viewChanged();
    Q_EMIT changed();
}

void SignatureController::useSuggested()
{
    const QRect suggested = suggestedRect();
    setCropRect(suggested.isNull() ? QRect(QPoint(0, 0), imageSize()) : suggested);
}

void SignatureController::updateDisplayPreview()
{
    m_displayPreview = zkgrad::imaging::ops::rotate(m_preview, m_quarterTurns);
    Q_EMIT previewChanged();
}

QImage SignatureController::cropPreview(bool cleaned) const
{
    if (m_displayPreview.isNull() || imageSize().isEmpty())
        return {};
    const double sx = double(m_displayPreview.width()) / imageSize().width();
    const double sy = double(m_displayPreview.height()) / imageSize().height();
    const QRect box =
        QRectF(m_crop.x() * sx, m_crop.y() * sy, m_crop.width() * sx, m_crop.height() * sy)
            .toAlignedRect()
            .intersected(m_displayPreview.rect());
    const QImage part = m_displayPreview.copy(box);
    return cleaned ? SignatureGeometry::applyLevels(part, SignatureGeometry::suggestLevels(part))
                   : part;
}

void SignatureController::loadUrl(const QUrl &url)
{
    if (!url.isLocalFile()) {
        setError(tr("Only files on this computer can be used: %1").arg(url.toDisplayString()));
        Q_EMIT changed();
        return;
    }
    loadFile(url.toLocalFile());
}

void SignatureController::loadFile(const QString &path)
{
    loadSource(path, {});
}

void SignatureController::loadSource(const QString &path, const QByteArray &bytes)
{
    startOver();
    m_sourcePath = path;
    m_sourceBytes = bytes;
    startLoad(path, false);
    Q_EMIT changed();
}

bool SignatureController::useImage(const QImage &image, const QString &name)
{
    if (!m_inMemory) {
        const QString path = attachmentsDir() + QLatin1Char('/') + name;
        QString error;
        if (!saveImage(image, path, &error)) {
            setError(error);
            Q_EMIT changed();
            return false;
        }
        loadFile(path);
        return true;
    }
    // A kiosk: the picture goes to the worker as bytes, never through a file.
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
        setError(tr("The picture could not be read. Draw or paste the signature again."));
        Q_EMIT changed();
        return false;
    }
    loadSource(name, png);
    return true;
}

bool SignatureController::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        loadUrl(mime->urls().first());
        return true;
    }
    const QImage image = QGuiApplication::clipboard()->image();
    if (image.isNull()) {
        setError(tr("The clipboard holds no image. Copy a picture of your signature first, "
                    "or choose a file."));
        Q_EMIT changed();
        return false;
    }
    return useImage(image, QStringLiteral("signature-pasted.png"));
}

bool SignatureController::useDrawing(SignaturePad *pad)
{
    if (!pad || pad->isEmpty()) {
        setError(tr("The signature pad is empty: sign in the box first."));
        Q_EMIT changed();
        return false;
    }
    if (!useImage(pad->render(), QStringLiteral("signature-drawn.png")))
        return false;
    m_fromDrawing = true;
    m_produceOnLoad = true;
    Q_EMIT changed();
    return true;
}

QString SignatureController::bytesText() const
{
    return zkgrad::DisplayText::kilobytesOfLimit(m_outputBytes, maxBytes());
}

void SignatureController::startOver()
{
    m_sourcePath.clear();
    m_preview = QImage();
    m_displayPreview = QImage();
    m_uprightSize = QSize();
    m_inkUpright = QRect();
    m_quarterTurns = 0;
    m_crop = QRect();
    m_cleanUp = false;
    m_fromDrawing = false;
    m_produceOnLoad = false;
    m_outputReady = false;
    m_pendingJpeg.clear();
    m_outputWarnings.clear();
    m_outputBytes = 0;
    m_output = QImage();
    m_error.clear();
    m_view.zoom = 1.0;
    m_view.pan = QPointF();
    m_sourceBytes.clear();
    if (m_inMemory)
        setSavedInMemory({});
    else
        QFile::remove(outputPath());
    Q_EMIT previewChanged();
    Q_EMIT outputImageChanged();
    Q_EMIT viewChanged();
    Q_EMIT changed();
}

void SignatureController::startLoad(const QString &path, bool keepCrop)
{
    m_keepCropOnLoad = keepCrop;
    m_error.clear();
    m_loadGeneration = m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run(loadSignature, path, m_sourceBytes));
    Q_EMIT busyChanged();
}

void SignatureController::onLoaded()
{
    const SignatureLoadResult result = m_loadWatcher.result();
    Q_EMIT busyChanged();
    if (m_loadGeneration != m_generation)
        return;
    if (!result.error.isEmpty()) {
        m_produceOnLoad = false;
        m_error = result.error;
        m_preview = QImage();
        m_uprightSize = QSize();
        m_outputReady = false;
        Q_EMIT changed();
        return;
    }
    m_preview = result.preview;
    m_uprightSize = result.uprightSize;
    m_inkUpright = result.ink;
    updateDisplayPreview();
    const QRect saved = m_crop;
    if (m_keepCropOnLoad && !saved.isEmpty()) {
        m_crop = QRect(); // re-checks the saved box against the actual image
        const bool wasReady = m_outputReady;
        setCropRect(saved);
        m_outputReady = wasReady && m_crop == saved;
    } else {
        useSuggested();
    }
    Q_EMIT viewChanged();
    Q_EMIT changed();
    if (std::exchange(m_produceOnLoad, false))
        produce();
}

void SignatureController::produce()
{
    if (!hasSource() || m_preview.isNull() || producing())
        return;
    m_error.clear();
    m_outputGeneration = m_generation;
    m_outputWatcher.setFuture(QtConcurrent::run(produceSignature, m_sourcePath, m_sourceBytes,
                                                m_quarterTurns, m_crop, m_cleanUp, maxBytes()));
    Q_EMIT busyChanged();
    Q_EMIT changed();
}

void SignatureController::onProduced()
{
    const SignatureOutputResult result = m_outputWatcher.result();
    Q_EMIT busyChanged();
    if (m_outputGeneration != m_generation)
        return;
    m_outputReady = false;
    if (!result.error.isEmpty()) {
        m_error = result.error;
        m_pendingJpeg.clear();
    } else {
        m_output = result.image;
        m_outputBytes = result.bytes;
        m_pendingJpeg = result.jpeg;
        m_outputWarnings = result.warnings;
    }
    Q_EMIT outputImageChanged();
    Q_EMIT changed();
}

bool SignatureController::confirm()
{
    if (m_pendingJpeg.isEmpty())
        return false;
    if (m_inMemory) {
        setSavedInMemory(m_pendingJpeg);
        m_pendingJpeg.clear();
        m_outputReady = true;
        m_error.clear();
        Q_EMIT changed();
        leave();
        return true;
    }
    const QString path = outputPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pendingJpeg) != m_pendingJpeg.size()
        || !file.commit()) {
        m_error = tr("The signature could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        Q_EMIT changed();
        return false;
    }
    m_pendingJpeg.clear();
    m_outputReady = true;
    m_error.clear();
    Q_EMIT changed();
    leave(); // on the server at once when signed in; leaving the step tries again
    return true;
}

void SignatureController::leave()
{
    if (!m_session || !m_outputReady)
        return;
    const QByteArray jpeg = savedJpeg();
    if (jpeg.isEmpty())
        return;
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
    const QString slot = zkgrad::Workflow::slotName(zkgrad::Workflow::Slot::Signature);
    if (m_session->attachment(slot).value(QLatin1String("sha256")).toString() == sha)
        return;
    m_session->uploadAttachment(slot, jpeg);
}

void SignatureController::discardResult()
{
    if (m_pendingJpeg.isEmpty())
        return;
    m_pendingJpeg.clear();
    Q_EMIT changed();
}

void SignatureController::waitForIdle()
{
    while (loading() || producing()) {
        m_loadWatcher.waitForFinished();
        m_outputWatcher.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

bool SignatureController::isComplete() const
{
    return m_outputReady && m_error.isEmpty() && hasSavedOutput();
}

QStringList SignatureController::problems() const
{
    if (!m_error.isEmpty())
        return { m_error };
    if (!hasSource())
        return { tr("No signature yet: choose a photo of your handwritten signature, or draw "
                    "it on the pad.") };
    if (loading())
        return { tr("The signature photo is still being read.") };
    if (resultPending())
        return { tr("The signature is not saved yet: check the result at 100 % and press \"Use "
                    "this signature\".") };
    if (!m_outputReady)
        return { tr("The signature is not saved yet: check the crop box, then press \"Make "
                    "signature\".") };
    if (!hasSavedOutput())
        return { tr("The saved signature %1 is missing: save the signature again.")
                     .arg(QDir::toNativeSeparators(outputPath())) };
    return {};
}

QJsonObject SignatureController::toJson() const
{
    QJsonObject json;
    if (!hasSource())
        return json;
    json.insert(kSourceKey, m_sourcePath);
    json.insert(kTurnsKey, m_quarterTurns);
    json.insert(kCropKey,
                QJsonObject { { QStringLiteral("x"), m_crop.x() },
                              { QStringLiteral("y"), m_crop.y() },
                              { QStringLiteral("width"), m_crop.width() },
                              { QStringLiteral("height"), m_crop.height() } });
    json.insert(kCleanUpKey, m_cleanUp);
    if (m_fromDrawing)
        json.insert(kFromDrawingKey, true);
    if (m_outputReady) {
        // Only the file's name: image bytes never go into the draft.
        json.insert(kOutputKey, QString(QStringLiteral("attachments/") + kOutputName));
        json.insert(kOutputBytesKey, m_outputBytes);
    }
    return json;
}

void SignatureController::fromJson(const QJsonObject &json)
{
    m_loadWatcher.waitForFinished();
    ++m_generation;
    // A result made but not confirmed belongs to whoever made it, never to a restored draft.
    m_pendingJpeg.clear();
    m_outputWarnings.clear();
    const QString source = json.value(kSourceKey).toString();
    // Kiosk: a drawn or pasted source lives only in memory; the memory-only draft names it.
    if (source != m_sourcePath)
        m_sourceBytes.clear();
    m_sourcePath = source;
    m_quarterTurns = std::clamp(json.value(kTurnsKey).toInt(), 0, 3);
    const QJsonObject crop = json.value(kCropKey).toObject();
    m_crop = QRect(crop.value(QStringLiteral("x")).toInt(), crop.value(QStringLiteral("y")).toInt(),
                   crop.value(QStringLiteral("width")).toInt(),
                   crop.value(QStringLiteral("height")).toInt());
    m_cleanUp = json.value(kCleanUpKey).toBool();
    m_fromDrawing = json.value(kFromDrawingKey).toBool();
    m_produceOnLoad = false;
    if (m_inMemory && !json.contains(kOutputKey))
        setSavedInMemory({}); // a wipe: the result leaves memory with the draft
    const QByteArray saved = json.contains(kOutputKey) ? savedJpeg() : QByteArray();
    m_outputReady = !saved.isEmpty();
    m_outputBytes = saved.size();
    m_output = m_outputReady ? QImage::fromData(saved, "JPEG") : QImage();
    m_preview = QImage();
    m_displayPreview = QImage();
    m_error.clear();
    if (hasSource()) {
        if (!m_sourceBytes.isEmpty() || QFileInfo::exists(m_sourcePath))
            startLoad(m_sourcePath, true);
        else
            m_error = tr("The signature photo %1 is no longer there. Choose the photo again.")
                          .arg(QDir::toNativeSeparators(m_sourcePath));
    }
    Q_EMIT previewChanged();
    Q_EMIT outputImageChanged();
    Q_EMIT changed();
}

QVariantMap SignatureController::summary() const
{
    QUrl url;
    if (outputReady())
        url = m_inMemory ? QUrl(QStringLiteral("image://%1/%2/%3")
                                    .arg(QLatin1String(MemoryImageProvider::Id), m_memoryKey)
                                    .arg(m_savedRevision))
                         : QUrl::fromLocalFile(outputPath());
    return makeSummary({}, { summaryPhoto(tr("Signature"), url) });
}
