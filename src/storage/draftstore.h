#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

/** Keeps the candidate's draft: atomic, debounced autosave with the previous good copy as backup.
 */
class DraftStore : public QObject
{
    Q_OBJECT

public:
    /** Where the draft lives: a directory on disk, or memory only (kiosk mode). */
    enum class Mode { Disk, MemoryOnly };

    /** What load() found. */
    enum class LoadOutcome {
        Empty, ///< No draft yet: a fresh start.
        Loaded, ///< The draft was read as saved.
        RestoredFromBackup, ///< The draft was unreadable; the backup was loaded and the bad file
                            ///< moved aside.
        Unreadable, ///< Neither the draft nor its backup could be read; both were moved aside.
    };

    /** The result of load(): the data plus a message for the candidate when something went wrong.
     */
    struct LoadResult
    {
        LoadOutcome outcome = LoadOutcome::Empty;
        QJsonObject data;
        QString message; ///< Translated, empty when there is nothing to tell.
        QStringList movedAside; ///< Paths of files renamed out of the way.
    };

    /** The format version written into every draft; bump it with a migration in load(). */
    static constexpr int SchemaVersion = 1;
    /** Quiet time after the last change before the draft is written. */
    static constexpr int DebounceMs = 400;
    /** Longest a change waits while the candidate keeps typing. */
    static constexpr int MaxDelayMs = 1000;

    explicit DraftStore(const QString &directory, Mode mode = Mode::Disk,
                        QObject *parent = nullptr);
    ~DraftStore() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString draftPath() const;
    [[nodiscard]] QString backupPath() const;

    /** Reads the draft, falling back to the backup; never throws, never crashes on bad files. */
    [[nodiscard]] LoadResult load();

    /** Queues @p data to be written after DebounceMs of quiet, at most MaxDelayMs from the first
     * change. */
    void scheduleSave(const QJsonObject &data);
    /** Writes any queued data now (on quit, on leaving a step). */
    bool flush();
    /** Writes @p data now. */
    bool save(const QJsonObject &data);
    /** True while a change waits to be written. */
    [[nodiscard]] bool hasPendingSave() const { return m_pending.has_value(); }
    /** The data most recently saved (memory mode keeps nothing else). */
    [[nodiscard]] QJsonObject lastSaved() const { return m_lastSaved; }

    /** Deletes the draft and its backup (start over, kiosk wipe). */
    void clear();

    /**
     * Sets @p owner's draft @p data aside (under others/<owner>/), with the folder @p files that
     * holds their images, so that another candidate can use this computer; unpark() brings both
     * back. Files that cannot be moved are deleted, never left for the next person. Disk mode
     * only: a kiosk keeps nobody's draft.
     */
    void park(const QString &owner, const QJsonObject &data, const QString &files);
    /**
     * Takes back what park() set aside for @p owner: returns their draft (empty when there is
     * none) and moves their images to @p files. Nothing of theirs stays parked.
     */
    [[nodiscard]] QJsonObject unpark(const QString &owner, const QString &files);
    /** Where park() keeps @p owner's draft. */
    [[nodiscard]] QString parkedDraftPath(const QString &owner) const;

Q_SIGNALS:
    void saved();
    /** @p message is translated and says what to do; the data stays queued. */
    void saveFailed(const QString &message);

private:
    bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    static std::optional<QJsonObject> parse(const QByteArray &bytes, int *schema);
    QString moveAside(const QString &path);

    QString m_directory;
    Mode m_mode;
    QTimer m_debounce;
    QTimer m_maxDelay;
    std::optional<QJsonObject> m_pending;
    QJsonObject m_lastSaved;
    QByteArray
        m_lastWrittenBytes; ///< The last good file content: becomes the backup on the next save.
};
