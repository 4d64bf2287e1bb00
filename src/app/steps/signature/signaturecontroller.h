#pragma once

#include "steps/signature/signaturegeometry.h"
#include "wizard/stepcontroller.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointF>
#include <QPointer>
#include <QRect>
#include <QRectF>
#include <QSizeF>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQmlIntegration>

#include <memory>

class ApplicationSession;
class StepContext;
class SignaturePad;
Q_MOC_INCLUDE("steps/signature/signaturepad.h")

/** What a background load of the signature photo produced (preview, size, suggested box). */
struct SignatureLoadResult
{
    QImage preview; ///< upright (EXIF applied), not turned, long side at most PreviewSide
    QSize uprightSize; ///< full-resolution size after the EXIF orientation
    QRect ink; ///< suggested box in full-resolution upright pixels (null: no ink found)
    QString error; ///< translated; empty on success
};

/** What a background run of the output produced: the JPEG and its numbers. */
struct SignatureOutputResult
{
    QByteArray jpeg; ///< what will be saved and uploaded
    QImage image; ///< the JPEG decoded, for the 100 % preview
    qint64 bytes = 0;
    int quality = 0;
    QStringList warnings; ///< translated "may be unclear" findings of the pipeline
    QString error; ///< translated; empty on success
};

/** The signature step (签名): source photo or drawing, crop box, clean-up and the saved JPEG. */
class SignatureController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString sourcePath READ sourcePath NOTIFY changed)
    Q_PROPERTY(bool hasSource READ hasSource NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY busyChanged)
    Q_PROPERTY(bool producing READ producing NOTIFY busyChanged)
    Q_PROPERTY(QSize imageSize READ imageSize NOTIFY changed)
    Q_PROPERTY(int quarterTurns READ quarterTurns NOTIFY changed)
    Q_PROPERTY(QRect cropRect READ cropRect WRITE setCropRect NOTIFY changed)
    Q_PROPERTY(QRect suggestedRect READ suggestedRect NOTIFY changed)
    Q_PROPERTY(int minCropSide READ minCropSide NOTIFY changed)
    Q_PROPERTY(bool cleanUp READ cleanUp WRITE setCleanUp NOTIFY changed)
    Q_PROPERTY(bool outputReady READ outputReady NOTIFY changed)
    Q_PROPERTY(bool resultPending READ resultPending NOTIFY changed)
    Q_PROPERTY(QString outputPath READ outputPath NOTIFY changed)
    Q_PROPERTY(QSize outputSize READ outputSize NOTIFY outputImageChanged)
    Q_PROPERTY(int outputBytes READ outputBytesInt NOTIFY changed)
    Q_PROPERTY(int maxBytes READ maxBytesInt CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString outputWarnings READ outputWarnings NOTIFY changed)
    Q_PROPERTY(QSizeF viewSize READ viewSize WRITE setViewSize NOTIFY viewChanged)
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(QPointF pan READ pan WRITE setPan NOTIFY viewChanged)
    Q_PROPERTY(QRectF imageInView READ imageInView NOTIFY viewChanged)
    Q_PROPERTY(QRectF cropInView READ cropInView NOTIFY viewChanged)
    Q_PROPERTY(int nudgeStep READ nudgeStep NOTIFY viewChanged)
    Q_PROPERTY(QString problemsText READ problemsText NOTIFY changed)
    Q_PROPERTY(bool fromDrawing READ fromDrawing NOTIFY changed)
    Q_PROPERTY(QString bytesText READ bytesText NOTIFY changed)

public:
    /** The confirmed result's bytes, from memory or its file; empty when there is none. */
    [[nodiscard]] QByteArray savedJpeg() const;
    /** Crop box handles, as QML passes them (same order as SignatureGeometry::Handle). */
    enum Handle { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };
    Q_ENUM(Handle)

    /** Longest side of the on-screen preview: the full image is decoded only for the output. */
    static constexpr int PreviewSide = 1600;
    static constexpr qreal MinZoom = 1.0;
    static constexpr qreal MaxZoom = 8.0;

    /** @p session is where the confirmed signature is uploaded (slot "signature"); none in
     * tests. Files go to @p context's filesFolder(); empty keeps them in a temporary folder.
     * A kiosk (PhotoSlot::keepsInMemory() when made) writes no file at all: a drawn or pasted
     * source and the saved result stay in memory, so a crash leaves nothing of them. */
    explicit SignatureController(ApplicationSession *session, StepContext *context,
                                 QObject *parent = nullptr);
    ~SignatureController() override;

    [[nodiscard]] QString sourcePath() const { return m_sourcePath; }
    [[nodiscard]] bool hasSource() const { return !m_sourcePath.isEmpty(); }
    [[nodiscard]] bool loading() const { return m_loadWatcher.isRunning(); }
    [[nodiscard]] bool producing() const { return m_outputWatcher.isRunning(); }
    /** Full-resolution size of the upright, turned image the crop box lives in. */
    [[nodiscard]] QSize imageSize() const;
    [[nodiscard]] int quarterTurns() const { return m_quarterTurns; }
    [[nodiscard]] QRect cropRect() const { return m_crop; }
    void setCropRect(const QRect &rect);
    [[nodiscard]] QRect suggestedRect() const;
    [[nodiscard]] int minCropSide() const;
    [[nodiscard]] bool cleanUp() const { return m_cleanUp; }
    void setCleanUp(bool cleanUp);
    [[nodiscard]] bool outputReady() const { return m_outputReady; }
    /** A result was made and waits for the candidate to confirm it at 100 %. */
    [[nodiscard]] bool resultPending() const { return !m_pendingJpeg.isEmpty(); }
    /** The saved result's file; empty when it is kept in memory (kiosk). */
    [[nodiscard]] QString outputPath() const;
    /** Uploads the confirmed signature unless the server holds exactly this file. */
    void leave() override;
    /** False while the school has the application and did not send the signature back. */
    [[nodiscard]] bool isEditable() const override { return m_editable; }
    [[nodiscard]] bool isReadOnly() const override { return !m_editable; }
    [[nodiscard]] QSize outputSize() const { return m_output.size(); }
    [[nodiscard]] qint64 outputBytes() const { return m_outputBytes; }
    [[nodiscard]] qint64 maxBytes() const;
    // QML has no 64-bit integer type; images are far below 2 GB.
    [[nodiscard]] int outputBytesInt() const { return int(m_outputBytes); }
    [[nodiscard]] int maxBytesInt() const { return int(maxBytes()); }
    /** The problems as lines, for the page. */
    [[nodiscard]] QString problemsText() const { return problems().join(u'\n'); }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    /** The source is the signature pad: it needs no cropping, so the page skips that step. */
    [[nodiscard]] bool fromDrawing() const { return m_fromDrawing; }
    /** "43.7 KB (limit 50 KB)" for the output, written as everywhere else. */
    [[nodiscard]] QString bytesText() const;
    /** The pipeline's warnings about the result (blurry, small), one per line. */
    [[nodiscard]] QString outputWarnings() const { return m_outputWarnings.join(u'\n'); }

    [[nodiscard]] QSizeF viewSize() const { return m_view.view; }
    void setViewSize(const QSizeF &size);
    [[nodiscard]] qreal zoom() const { return m_view.zoom; }
    void setZoom(qreal zoom);
    [[nodiscard]] QPointF pan() const { return m_view.pan; }
    void setPan(const QPointF &pan);
    [[nodiscard]] QRectF imageInView() const;
    [[nodiscard]] QRectF cropInView() const;
    [[nodiscard]] SignatureGeometry::ViewMapping viewMapping() const;
    /** Source pixels one keyboard or button nudge moves the box by (a few view pixels). */
    [[nodiscard]] int nudgeStep() const;

    /** The preview turned as the candidate sees it (for the view). */
    [[nodiscard]] QImage displayPreview() const { return m_displayPreview; }
    /** The crop box of the preview, before and after the clean-up (before/after view). */
    [[nodiscard]] QImage cropPreview(bool cleaned) const;
    /** The saved output, decoded, for the 100 % view. */
    [[nodiscard]] QImage outputImage() const { return m_output; }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;

    /** Starts over with the photo at @p url (file dialog, drag and drop). */
    Q_INVOKABLE void loadUrl(const QUrl &url);
    /** Starts over with a local file. */
    Q_INVOKABLE void loadFile(const QString &path);
    /** Starts over with the clipboard's image; false (with a message) when it holds none. */
    Q_INVOKABLE bool pasteFromClipboard();
    /** Starts over with a drawing from the signature pad, boxed around the ink and made at
     * once (the result waits for confirm()); false when the pad is empty. */
    Q_INVOKABLE bool useDrawing(SignaturePad *pad);
    /** Forgets the photo, crop and output ("choose another photo"). */
    Q_INVOKABLE void startOver();
    /** Turns the photo clockwise by @p quarterTurns × 90° (negative: anticlockwise); the box
     * turns with it. */
    Q_INVOKABLE void rotate(int quarterTurns);
    Q_INVOKABLE void useSuggested();
    /** Zooms by @p factor keeping the view point @p anchor still. */
    Q_INVOKABLE void zoomAt(qreal factor, const QPointF &anchor);
    Q_INVOKABLE void resetView();
    /** Remembers the box before a drag; the drag calls pass the total movement since then. */
    Q_INVOKABLE void beginDrag();
    Q_INVOKABLE void dragHandle(int handle, qreal viewDx, qreal viewDy);
    Q_INVOKABLE void dragBox(qreal viewDx, qreal viewDy);
    /** Keyboard and nudge buttons: moves the box by @p dx, @p dy steps, or with @p resize
     * grows (positive) or shrinks (negative) its right and bottom edges. */
    Q_INVOKABLE void nudge(int dx, int dy, bool resize);
    /** Crops, cleans up if asked and fits to the byte limit, off the GUI thread; the result
     * waits for confirm() so the candidate sees it at 100 % first. */
    Q_INVOKABLE void produce();
    /** Saves the pending result (QSaveFile) as the step's signature; false with a message. */
    Q_INVOKABLE bool confirm();
    /** Drops the pending result and goes back to cropping. */
    Q_INVOKABLE void discardResult();

    /** Waits for background work (tests). */
    void waitForIdle();

Q_SIGNALS:
    void busyChanged();
    void viewChanged();
    void previewChanged();
    void outputImageChanged();

private:
    void startLoad(const QString &path, bool keepCrop);
    /** Starts over with @p path, or with @p bytes named @p path when they are in memory. */
    void loadSource(const QString &path, const QByteArray &bytes);
    /** A drawn or pasted picture: a file in the attachments folder, or memory in a kiosk. */
    bool useImage(const QImage &image, const QString &name);
    [[nodiscard]] bool hasSavedOutput() const;
    void setSavedInMemory(const QByteArray &jpeg);
    void onLoaded();
    void onProduced();
    void updateDisplayPreview();
    void invalidateOutput();
    void setError(const QString &error);
    [[nodiscard]] QString attachmentsDir() const;

    QString m_draftDirectory;
    const bool m_inMemory; ///< PhotoSlot::keepsInMemory() when made
    QString m_memoryKey; ///< the result's key for MemoryImageProvider (in memory only)
    QByteArray m_sourceBytes; ///< a drawn or pasted source kept in memory (PNG)
    QByteArray m_savedJpeg; ///< the confirmed result kept in memory
    int m_savedRevision = 0; ///< makes the preview URL new for each result
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_sourcePath;
    QImage m_preview;
    QImage m_displayPreview;
    QSize m_uprightSize;
    QRect m_inkUpright;
    int m_quarterTurns = 0;
    QRect m_crop;
    QRect m_dragStart;
    bool m_cleanUp = false;
    bool m_outputReady = false;
    qint64 m_outputBytes = 0;
    QImage m_output;
    QByteArray m_pendingJpeg;
    /** fromJson() (a restore, a kiosk wipe) starts a new generation: late worker results of the
     * previous one are dropped, so nothing of a wiped candidate comes back. */
    quint64 m_generation = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_outputGeneration = 0;
    QStringList m_outputWarnings;
    QString m_error;
    SignatureGeometry::ViewMapping m_view;
    QFutureWatcher<SignatureLoadResult> m_loadWatcher;
    QFutureWatcher<SignatureOutputResult> m_outputWatcher;
    bool m_keepCropOnLoad = false;
    bool m_fromDrawing = false;
    bool m_produceOnLoad = false;
    QPointer<ApplicationSession> m_session;
    bool m_editable = true;
};
