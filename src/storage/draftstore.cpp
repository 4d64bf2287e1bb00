#include "draftstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace {
const auto kDraftFile = QStringLiteral("draft.json");
const auto kBackupFile = QStringLiteral("draft.json.bak");
// A draft holds text and references, never image bytes: anything larger is not ours.
constexpr qint64 kMaxDraftBytes = 16 * 1024 * 1024;
} // namespace

DraftStore::DraftStore(const QString &directory, Mode mode, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_mode(mode)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setInterval(MaxDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &DraftStore::flush);
    connect(&m_maxDelay, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::draftPath() const
{
    return QDir(m_directory).filePath(kDraftFile);
}

QString DraftStore::backupPath() const
{
    return QDir(m_directory).filePath(kBackupFile);
}

std::optional<QJsonObject> DraftStore::parse(const QByteArray &bytes, int *schema)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("schema"));
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!version.isDouble() || !data.isObject())
        return std::nullopt;
    *schema = version.toInt();
    return data.toObject();
}

QString DraftStore::moveAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target = path + QStringLiteral(".unreadable-") + stamp;
    if (QFile::rename(path, target))
        return target;
    QFile::remove(path);
    return {};
}

DraftStore::LoadResult DraftStore::load()
{
    LoadResult result;
    if (m_mode == Mode::MemoryOnly) {
        result.data = m_lastSaved;
        result.outcome = m_lastSaved.isEmpty() ? LoadOutcome::Empty : LoadOutcome::Loaded;
        return result;
    }

    struct Candidate
    {
        QString path;
        bool exists = false;
        std::optional<QJsonObject> data;
        int schema = 0;
        QByteArray bytes;
    };
    auto read = [](const QString &path) {
        Candidate c;
        c.path = path;
        QFile file(path);
        c.exists = file.exists();
        if (!c.exists)
            return c;
        if (file.size() > kMaxDraftBytes || !file.open(QIODevice::ReadOnly))
            return c;
        c.bytes = file.readAll();
        c.data = parse(c.bytes, &c.schema);
        // A draft from a newer version is not ours to interpret or overwrite.
        if (c.data && (c.schema < 1 || c.schema > SchemaVersion))
            c.data.reset();
        return c;
    };

    const Candidate main = read(draftPath());
    if (main.data) {
        result.outcome = LoadOutcome::Loaded;
        result.data = *main.data;
        m_lastSaved = result.data;
        m_lastWrittenBytes = main.bytes;
        return result;
    }

    const Candidate backup = read(backupPath());
    if (!main.exists) {
        if (backup.data) {
            // A save was interrupted between files: the backup is the latest good state.
            result.outcome = LoadOutcome::Loaded;
            result.data = *backup.data;
            m_lastSaved = result.data;
            m_lastWrittenBytes = backup.bytes;
        } else if (backup.exists) {
            result.outcome = LoadOutcome::Unreadable;
            result.movedAside << moveAside(backupPath());
            result.message = tr("The saved draft could not be read, so the application starts "
                                "empty. The unreadable file was kept as %1.")
                                 .arg(QDir::toNativeSeparators(result.movedAside.constLast()));
        }
        return result;
    }

    result.movedAside << moveAside(draftPath());
    if (backup.data) {
        result.outcome = LoadOutcome::RestoredFromBackup;
        result.data = *backup.data;
        m_lastSaved = result.data;
        m_lastWrittenBytes = backup.bytes;
        result.message =
            tr("The draft file was damaged, so the previous copy was restored. "
               "Please check your most recent entries. The damaged file was kept as %1.")
                .arg(QDir::toNativeSeparators(result.movedAside.constLast()));
        return result;
    }
    if (backup.exists)
        result.movedAside << moveAside(backupPath());
    result.outcome = LoadOutcome::Unreadable;
    result.message = tr("The saved draft and its backup could not be read, so the application "
                        "starts empty. The unreadable files were kept in %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
    return result;
}

void DraftStore::scheduleSave(const QJsonObject &data)
{
    m_pending = data;
    m_debounce.start();
    if (!m_maxDelay.isActive())
        m_maxDelay.start();
}

bool DraftStore::flush()
{
    m_debounce.stop();
    m_maxDelay.stop();
    if (!m_pending)
        return true;
    const QJsonObject data = *m_pending;
    m_pending.reset();
    return save(data);
}

bool DraftStore::save(const QJsonObject &data)
{
    if (m_mode == Mode::MemoryOnly) {
        m_lastSaved = data;
        Q_EMIT saved();
        return true;
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), SchemaVersion);
    root.insert(QLatin1String("savedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QLatin1String("data"), data);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QString error;
    if (!QDir().mkpath(m_directory)) {
        error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
    } else if (!m_lastWrittenBytes.isEmpty()
               && !writeFile(backupPath(), m_lastWrittenBytes, &error)) {
        // Keep going: losing the backup is better than losing the new draft.
        error.clear();
    }
    if (error.isEmpty() && writeFile(draftPath(), bytes, &error)) {
        m_lastWrittenBytes = bytes;
        m_lastSaved = data;
        Q_EMIT saved();
        return true;
    }
    // Keep the data so the next change or flush tries again.
    if (!m_pending)
        m_pending = data;
    Q_EMIT saveFailed(tr("Your entries could not be saved to disk (%1). They are still in the "
                         "application; free some disk space or check the folder's permissions, "
                         "and they will be saved on the next change.")
                          .arg(error));
    return false;
}

bool DraftStore::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void DraftStore::clear()
{
    m_debounce.stop();
    m_maxDelay.stop();
    m_pending.reset();
    m_lastSaved = {};
    m_lastWrittenBytes.clear();
    if (m_mode == Mode::Disk) {
        QFile::remove(draftPath());
        QFile::remove(backupPath());
    }
}

QString DraftStore::parkedDraftPath(const QString &owner) const
{
    return QDir(m_directory).filePath(QStringLiteral("others/%1/draft.json").arg(owner));
}

namespace {
QString parkedFiles(const QString &parkedDraft)
{
    return QFileInfo(parkedDraft).absolutePath() + QStringLiteral("/attachments");
}
} // namespace

void DraftStore::park(const QString &owner, const QJsonObject &data, const QString &files)
{
    if (m_mode != Mode::Disk || m_directory.isEmpty() || owner.isEmpty())
        return;
    const QString path = parkedDraftPath(owner);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        qWarning("zkgrad: could not make the folder for the previous candidate's draft");
    QSaveFile parked(path);
    if (parked.open(QIODevice::WriteOnly)) {
        parked.write(QJsonDocument(data).toJson(QJsonDocument::Compact));
        if (!parked.commit())
            qWarning("zkgrad: could not set the previous candidate's draft aside");
    }
    QDir(parkedFiles(path)).removeRecursively();
    if (QFileInfo::exists(files) && !QDir().rename(files, parkedFiles(path)))
        QDir(files).removeRecursively(); // never leave them for the next person
}

QJsonObject DraftStore::unpark(const QString &owner, const QString &files)
{
    if (m_mode != Mode::Disk || m_directory.isEmpty() || owner.isEmpty())
        return {};
    const QString path = parkedDraftPath(owner);
    QJsonObject theirs;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        theirs = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QFile::remove(path);
    if (!theirs.isEmpty() && QFileInfo::exists(parkedFiles(path))
        && !QDir().rename(parkedFiles(path), files))
        qWarning("zkgrad: could not bring back the candidate's images; they stay set aside");
    QDir().rmdir(QFileInfo(path).absolutePath());
    return theirs;
}
