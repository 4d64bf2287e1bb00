#pragma once

#include "photoinfo.h"
#include "photopipeline.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

#include <array>
#include <memory>

class ApplicationSession;
namespace zkgrad::imaging {
class PhotoJob;
} // namespace zkgrad::imaging

/**
 * One image of the application (an attachment slot such as "id-front" or "other-3"): the
 * candidate's choice fitted to the byte limit off the GUI thread, saved next to the draft and
 * uploaded. A failed new choice never destroys the previous good result.
 *
 * Slots of ID cards and pages (documentSlot) find the document in a new photo and straighten
 * it, then wait in *review*: the candidate sees the photo with the four corners (movable), the
 * straightened result, may use the whole photo instead, and accepts or discards. Nothing is
 * saved as the slot's image or uploaded before acceptReview().
 */
class PhotoSlot : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a step controller")

    Q_PROPERTY(QString slot READ slot CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY textChanged)
    Q_PROPERTY(QString hint READ hint NOTIFY textChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
    /** True while the chosen image is being fitted (cancel() stops it). */
    Q_PROPERTY(bool processing READ processing NOTIFY changed)
    /** True while the image is being sent to the server (cancel() stops it). */
    Q_PROPERTY(bool uploading READ uploading NOTIFY changed)
    /** A good fitted image is saved locally (whatever its upload state). */
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY changed)
    /** hasImage, not processing and no error: the slot counts as filled. */
    Q_PROPERTY(bool usable READ usable NOTIFY changed)
    /** The server holds exactly the local file. */
    Q_PROPERTY(bool onServer READ onServer NOTIFY changed)
    Q_PROPERTY(bool editable READ editable WRITE setEditable NOTIFY changed)
    /** Upload progress 0..1 (0 when not uploading). */
    Q_PROPERTY(qreal uploadProgress READ uploadProgress NOTIFY uploadProgressChanged)
    /** file: URL of the saved JPEG with a query that changes with each new result. */
    Q_PROPERTY(QUrl previewUrl READ previewUrl NOTIFY changed)
    Q_PROPERTY(QString filePath READ filePath NOTIFY changed)
    Q_PROPERTY(QSize outputSize READ outputSize NOTIFY changed)
    Q_PROPERTY(int bytes READ bytes NOTIFY changed)
    Q_PROPERTY(int maxBytes READ maxBytes NOTIFY changed)
    /** "48.3 KB (limit 50 KB)", written as everywhere else (DisplayText). */
    Q_PROPERTY(QString bytesText READ bytesText NOTIFY changed)
    Q_PROPERTY(int quality READ quality NOTIFY changed)
    /** The pipeline's "may be unclear" findings (blurry, too small), translated, with a fix. */
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY changed)
    /** The warnings one per line, for a label. */
    Q_PROPERTY(QString warningsText READ warningsText NOTIFY changed)
    /** The last failure (refused file, save failed, upload refused); empty when none. */
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    /** The base name of the file (or "clipboard image") the current result came from. */
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY changed)
    /** One translated line describing the state ("Saved locally, will be uploaded later"). */
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

    /** New photos are searched for an ID card or page and straightened (reviewed first). */
    Q_PROPERTY(bool documentSlot READ documentSlot CONSTANT)
    /** The document is an ID card (else a page): the words of the review say which. */
    Q_PROPERTY(bool idCard READ idCard CONSTANT)
    /** A new photo waits for the candidate: corners, straightened result, accept or discard. */
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY reviewChanged)
    /** The detector found the document in the photo under review. */
    Q_PROPERTY(bool documentFound READ documentFound NOTIFY reviewChanged)
    /** The result under review is the whole photo (nothing found, or the candidate's choice). */
    Q_PROPERTY(bool wholePhoto READ wholePhoto NOTIFY reviewChanged)
    /** The corners were moved by hand (resetCorners() returns to the detected ones). */
    Q_PROPERTY(bool cornersMoved READ cornersMoved NOTIFY reviewChanged)
    /** The corners changed since the result was made: straighten() first, then accept. */
    Q_PROPERTY(bool resultStale READ resultStale NOTIFY reviewChanged)
    /** The result shown is the current choice and nothing is being made: acceptReview() works. */
    Q_PROPERTY(bool canAccept READ canAccept NOTIFY reviewChanged)
    /** Four points (top-left, top-right, bottom-right, bottom-left of the document), each
     *  0..1 of the photo's width and height as shown upright. */
    Q_PROPERTY(QVariantList corners READ corners NOTIFY reviewChanged)
    /** Pixel size of the result under review and "43.7 KB (limit 50 KB)". */
    Q_PROPERTY(QSize reviewSize READ reviewSize NOTIFY reviewChanged)
    Q_PROPERTY(QString reviewBytesText READ reviewBytesText NOTIFY reviewChanged)
    /** The whole photo was used because nothing was found; markCorners() can still straighten. */
    Q_PROPERTY(bool canMarkCorners READ canMarkCorners NOTIFY reviewChanged)
    /** What the review found, in one translated sentence for the candidate. */
    Q_PROPERTY(QString reviewText READ reviewText NOTIFY reviewChanged)

public:
    /** Where the slot is; Failed means the last action failed (a previous image may remain). */
    enum State { Empty, Processing, Ready, Uploading, Uploaded, UploadQueued, Failed, Reviewing };
    Q_ENUM(State)

    /**
     * @p slot is the API attachment slot, @p attachmentsDir the folder for "<slot>.jpg"
     * (empty: a temporary folder owned by the slot, e.g. a kiosk without a draft).
     */
    PhotoSlot(ApplicationSession *session, const QString &slot,
              zkgrad::imaging::PhotoPurpose purpose, const QString &attachmentsDir,
              QObject *parent = nullptr);
    ~PhotoSlot() override;

    /** The folder the slots of a step keep their files in: "<draftDir>/attachments", or empty
     * (a temporary folder) when @p draftDir is empty. */
    [[nodiscard]] static QString attachmentsDirFor(const QString &draftDir);

    /**
     * Kiosk mode (issue #19): slots made from now on keep their fitted JPEG in memory only and
     * write no file at all, so a crash leaves no image behind; previewUrl() is then an
     * image://zkgrad-memory/ URL that MemoryImageProvider serves.
     */
    static void setKeepInMemory(bool inMemory);
    [[nodiscard]] static bool keepsInMemory();
    /** The JPEG of the in-memory slot whose previewUrl() names @p key; empty when none. Any
     * thread (asynchronous image loading). */
    [[nodiscard]] static QByteArray memoryImage(const QString &key);
    /** How many in-memory slots hold an image now (tests: a wipe leaves none). */
    [[nodiscard]] static int memoryImageCount();
    /** A key no slot uses, for another holder of an in-memory image (the kiosk's signature). */
    [[nodiscard]] static QString newMemoryKey();
    /** Keeps @p jpeg under @p key for MemoryImageProvider; an empty one forgets the key. */
    static void setMemoryImage(const QString &key, const QByteArray &jpeg);

    [[nodiscard]] QString slot() const { return m_slot; }
    [[nodiscard]] zkgrad::imaging::PhotoPurpose purpose() const { return m_purpose; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString hint() const { return m_hint; }
    /** The owner sets the translated title and hint (again on retranslate()). */
    void setTexts(const QString &title, const QString &hint);

    [[nodiscard]] State state() const;
    [[nodiscard]] bool processing() const;
    [[nodiscard]] bool uploading() const { return m_uploading; }
    [[nodiscard]] bool hasImage() const { return m_hasImage; }
    [[nodiscard]] bool usable() const;
    [[nodiscard]] bool onServer() const;
    [[nodiscard]] bool editable() const { return m_editable; }
    void setEditable(bool editable);
    [[nodiscard]] qreal uploadProgress() const { return m_uploadProgress; }
    [[nodiscard]] QUrl previewUrl() const;
    /** Absolute path of the saved JPEG (it may not exist yet); empty for an in-memory slot. */
    [[nodiscard]] QString filePath() const;
    /** The fitted JPEG (from the file, or from memory); empty when there is none. */
    [[nodiscard]] QByteArray jpeg() const;
    [[nodiscard]] QSize outputSize() const { return m_size; }
    [[nodiscard]] int bytes() const { return int(m_bytes); }
    [[nodiscard]] int maxBytes() const;
    [[nodiscard]] QString bytesText() const;
    [[nodiscard]] int quality() const { return m_quality; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] QString warningsText() const { return m_warnings.join(u'\n'); }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QString sourceName() const { return m_sourceName; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool documentSlot() const;
    [[nodiscard]] bool idCard() const { return m_purpose == zkgrad::imaging::PhotoPurpose::IdCard; }
    [[nodiscard]] bool reviewing() const { return m_review.active; }
    [[nodiscard]] bool documentFound() const { return m_review.found; }
    [[nodiscard]] bool wholePhoto() const { return m_review.whole; }
    [[nodiscard]] bool cornersMoved() const { return m_review.moved; }
    [[nodiscard]] bool resultStale() const { return m_review.stale; }
    [[nodiscard]] bool canAccept() const;
    [[nodiscard]] bool canMarkCorners() const;
    [[nodiscard]] QVariantList corners() const;
    /** The corners in pixels of the full-size upright photo (what fitPhoto() takes). */
    [[nodiscard]] QList<QPointF> cornersInPhoto() const;
    [[nodiscard]] QSize reviewSize() const { return m_review.size; }
    [[nodiscard]] QString reviewBytesText() const;
    [[nodiscard]] QString reviewText() const;
    /** The whole photo under review, scaled down for the screen (null when not reviewing). */
    [[nodiscard]] QImage reviewPhoto() const { return m_review.photo; }
    /** The result under review, decoded (null when not reviewing). */
    [[nodiscard]] QImage reviewResult() const { return m_review.resultImage; }

    /** Moves corner @p index (0..3) to @p x, @p y (0..1 of the photo, clamped); false when
     *  the four corners would no longer make a convex outline of sensible size. */
    Q_INVOKABLE bool moveCorner(int index, qreal x, qreal y);
    /** Straightens what the corners enclose (off the GUI thread) for the candidate to see. */
    Q_INVOKABLE void straighten();
    /** Back to the corners the detector found (or a frame inside the photo) and straightens. */
    Q_INVOKABLE void resetCorners();
    /** Turns the straightened result upside down (the detector cannot tell which way a
     *  document reads): the corners swap diagonally, and it is straightened again. */
    Q_INVOKABLE void turnAround();
    /** Makes the whole photo the result under review (no straightening). */
    Q_INVOKABLE void useWholePhoto();
    /** Takes the result under review as the slot's image: saved and uploaded. */
    Q_INVOKABLE void acceptReview();
    /** Drops the photo under review; the previous image (if any) stays. */
    Q_INVOKABLE void discardReview();
    /** Opens the review for the whole photo that was used when no document was found, with the
     *  corners on a frame inside the photo, to be dragged onto the document's. */
    Q_INVOKABLE void markCorners();

    /** SHA-256 (lower-case hex) of the saved file; empty when there is none. */
    [[nodiscard]] QString sha256() const { return m_sha256; }

    /** Fits the file at @p url (file dialog, drag and drop); only local files. */
    Q_INVOKABLE void loadUrl(const QUrl &url);
    /** Fits a local file. */
    Q_INVOKABLE void loadFile(const QString &path);
    /** Fits the clipboard's image (or the file it names); false with a message when none. */
    Q_INVOKABLE bool pasteFromClipboard();
    /** Fits image bytes already in memory, named @p name in messages. */
    void loadBytes(const QByteArray &bytes, const QString &name);
    /** Stops the fitting or the upload in progress; the previous result stays. */
    Q_INVOKABLE void cancel();
    /** Sends the saved image again after a failed or queued upload. */
    Q_INVOKABLE void retryUpload();
    /** Uploads the saved image unless the server has it already (the owner's leave()). */
    Q_INVOKABLE void uploadIfNeeded();
    /** Deletes the image locally and on the server. */
    Q_INVOKABLE void remove();
    /** Forgets the image locally only (the file is deleted; the server is not asked). */
    Q_INVOKABLE void clear();
    /** Hides the last error message (the image, if any, stays). */
    Q_INVOKABLE void dismissError();

    /** What the draft keeps: names and numbers, never the image. */
    [[nodiscard]] QJsonObject toJson() const;
    /** Restores from the draft: Ready again when the saved file is still there. */
    void fromJson(const QJsonObject &json);
    /** Takes the server's image when the slot is empty locally (a reinstall); see the .cpp. */
    void adoptServer();

    /** Re-emits the texts computed on demand (state line, byte count) after a language change;
     * the owner calls it from its retranslate() after setTexts(). */
    void retranslate();

    /** Waits until fitting has finished (tests, shutdown). */
    void waitForIdle();

Q_SIGNALS:
    /** Anything shown or kept changed (state, result, error, texts). */
    void changed();
    void textChanged();
    void uploadProgressChanged();
    /** Anything of the review changed (corners, result, its options). */
    void reviewChanged();

private:
    /** Why a fit runs: a new photo, or the one under review made again. */
    enum class FitKind { NewChoice, Refit };
    /** A new photo waiting for the candidate's decision. */
    struct Review
    {
        bool active = false;
        bool found = false;
        bool whole = false;
        bool moved = false;
        bool stale = false;
        QString sourcePath; ///< the chosen file, fitted again for new corners
        QByteArray sourceBytes; ///< or the bytes (paste, phone)
        QString name;
        QSize full; ///< the upright photo's full size
        std::array<QPointF, 4> detected; ///< 0..1
        std::array<QPointF, 4> corners; ///< 0..1
        QImage photo;
        zkgrad::imaging::FitResult result;
        QImage resultImage;
        QSize size;
    };

    void startFit(FitKind kind, const QString &path, const QByteArray &bytes, const QString &name,
                  const zkgrad::imaging::FitOptions &options);
    [[nodiscard]] zkgrad::imaging::FitOptions baseOptions() const;
    void refit(bool whole);
    void takeResult(const zkgrad::imaging::FitResult &result);
    [[nodiscard]] Review makeReview(const zkgrad::imaging::FitResult &result);
    void endReview();
    void onFitted(const zkgrad::imaging::FitResult &result);
    void onCancelled();
    void startUpload();
    void setError(const QString &error);
    void setUploadProgress(qreal progress);
    void resetImage();
    void onApplicationChanged();
    [[nodiscard]] QString directory() const;
    bool store(const QByteArray &jpeg, QString *error);
    void dropStored();

    const bool m_inMemory; ///< keepsInMemory() when the slot was made
    const QString m_memoryKey; ///< this slot's name in the in-memory registry

    QPointer<ApplicationSession> m_session;
    QString m_slot;
    zkgrad::imaging::PhotoPurpose m_purpose;
    QString m_attachmentsDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    zkgrad::imaging::PhotoJob *m_job = nullptr;
    QString m_title;
    QString m_hint;
    QString m_pendingName; ///< the source being fitted
    FitKind m_fitKind = FitKind::NewChoice;
    QString m_pendingPath; ///< the file being fitted (empty: m_pendingBytes)
    QByteArray m_pendingBytes;
    Review m_review;
    Review m_kept; ///< the whole photo used when nothing was found, for markCorners()
    bool m_processing = false;
    bool m_downloading = false;
    bool m_deleting = false; ///< a removal is on its way: the server's old copy is not adopted
    bool m_lastOnServer = false;
    bool m_hasImage = false;
    bool m_editable = true;
    bool m_uploading = false;
    bool m_queued = false;
    bool m_uploadFailed = false;
    quint64 m_uploadGeneration = 0; ///< ignores answers to uploads that were superseded
    qreal m_uploadProgress = 0;
    QString m_sourceName;
    QSize m_size;
    qint64 m_bytes = 0;
    int m_quality = 0;
    QStringList m_warnings;
    QString m_error;
    QString m_sha256;
    int m_revision = 0; ///< changes the preview URL so Image reloads
};
