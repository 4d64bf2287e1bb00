#include "database.h"

#include <QSqlError>
#include <QStringList>
#include <QUuid>

namespace zkgrad::sandbox {

namespace {

// Ordered migration steps: step N brings the schema from version N-1 to N.
// Never edit a released step; append a new one.
QList<QStringList> migrationSteps()
{
    return {
        // 1: the whole first schema.
        {
            QStringLiteral("CREATE TABLE schools (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '',"
                           " certificate_info TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE majors (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " level TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE major_schools (major_code TEXT NOT NULL, school_code TEXT"
                           " NOT NULL, PRIMARY KEY (major_code, school_code))"),
            QStringLiteral("CREATE TABLE announcements (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " school_code TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
                           " published_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE candidates (id TEXT PRIMARY KEY,"
                " id_number TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL, gender TEXT NOT NULL, candidate_type TEXT NOT NULL,"
                " password TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '',"
                " address TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '',"
                " email TEXT NOT NULL DEFAULT '', prior_degree_status TEXT NOT NULL"
                " DEFAULT 'not-required', prior_degree_message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE enrolled_majors (candidate_id TEXT NOT NULL, major_code"
                           " TEXT NOT NULL, school_code TEXT NOT NULL, enrolled_at TEXT NOT NULL,"
                           " PRIMARY KEY (candidate_id, major_code))"),
            QStringLiteral("CREATE TABLE batches (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " opens_at TEXT NOT NULL, closes_at TEXT NOT NULL, fee_fen INTEGER NOT"
                           " NULL, image_target_bytes INTEGER NOT NULL, image_accept_bytes INTEGER"
                           " NOT NULL, sa_min INTEGER NOT NULL, sa_max INTEGER NOT NULL,"
                           " is_current INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, candidate_id TEXT"
                           " NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE applications (id TEXT PRIMARY KEY, candidate_id TEXT NOT"
                " NULL, batch_id TEXT NOT NULL, major_code TEXT NOT NULL, school_code"
                " TEXT NOT NULL, state TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
                " round INTEGER NOT NULL DEFAULT 0, prior_required INTEGER NOT NULL,"
                " prior_status TEXT NOT NULL, prior_message TEXT NOT NULL DEFAULT '',"
                " prior_checked_at TEXT NOT NULL, prior_degree TEXT,"
                " resume TEXT NOT NULL DEFAULT '[]', self_assessment TEXT NOT NULL"
                " DEFAULT '', note TEXT NOT NULL DEFAULT '', rejection TEXT,"
                " approval_date TEXT, refund TEXT, created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE attachments (application_id TEXT NOT NULL, slot TEXT NOT"
                           " NULL, data BLOB NOT NULL, bytes INTEGER NOT NULL, width INTEGER NOT"
                           " NULL, height INTEGER NOT NULL, progressive INTEGER NOT NULL, sha256"
                           " TEXT NOT NULL, uploaded_at TEXT NOT NULL, PRIMARY KEY"
                           " (application_id, slot))"),
            QStringLiteral(
                "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " application_id TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL,"
                " at TEXT NOT NULL, actor TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, application_id TEXT NOT"
                           " NULL, amount_fen INTEGER NOT NULL, status TEXT NOT NULL, created_at"
                           " TEXT NOT NULL, paid_at TEXT, refunded_at TEXT)"),
            QStringLiteral("CREATE TABLE idempotency (scope TEXT NOT NULL, key TEXT NOT NULL,"
                           " fingerprint TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT"
                           " NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL, created_at TEXT"
                           " NOT NULL, PRIMARY KEY (scope, key))"),
        },
        // 2: lookups the API does on every request.
        {
            QStringLiteral("CREATE INDEX applications_by_candidate ON applications (candidate_id)"),
            QStringLiteral("CREATE INDEX payments_by_application ON payments (application_id)"),
            QStringLiteral("CREATE INDEX history_by_application ON history (application_id)"),
            QStringLiteral("CREATE INDEX sessions_by_candidate ON sessions (candidate_id)"),
        },
    };
}

} // namespace

Database::Database()
    : m_connection(QStringLiteral("zkgrad-sandbox-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::latestVersion()
{
    return int(migrationSteps().size());
}

bool Database::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // The admin subcommand may write while a server runs on the same file.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return migrate(error);
}

bool Database::migrate(QString *error)
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    if (!scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt())
        exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"));
    const int current = schemaVersion();
    const QList<QStringList> steps = migrationSteps();
    if (current > steps.size()) {
        if (error)
            *error = QStringLiteral("database schema %1 is newer than this build (%2)")
                         .arg(current)
                         .arg(steps.size());
        return false;
    }
    for (int v = current; v < steps.size(); ++v) {
        if (!begin())
            return false;
        for (const QString &sql : steps.at(v)) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                if (error)
                    *error = QStringLiteral("migration %1 failed: %2")
                                 .arg(v + 1)
                                 .arg(q.lastError().text());
                rollback();
                return false;
            }
        }
        exec(QStringLiteral("UPDATE schema_version SET version = ?"), { v + 1 });
        if (!commit())
            return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &a : args) {
        // A null QString would bind SQL NULL; every text column here means "" by it.
        if (a.typeId() == QMetaType::QString && a.toString().isNull())
            q.addBindValue(QString::fromLatin1(""));
        else
            q.addBindValue(a);
    }
    if (!q.exec()) {
        qWarning("sql error: %s in %s", qPrintable(q.lastError().text()), qPrintable(sql));
        m_failed = true;
        m_transactionFailed = true;
    }
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = exec(sql, args);
    if (q.next())
        return q.value(0);
    return {};
}

bool Database::begin()
{
    m_transactionFailed = false;
    return m_db.transaction();
}

bool Database::commit()
{
    // Half a state change is worse than none.
    if (m_transactionFailed) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_failed = true;
        return false;
    }
    return true;
}

bool Database::takeFailure()
{
    const bool failed = m_failed;
    m_failed = false;
    return failed;
}

void Database::rollback()
{
    m_db.rollback();
}

} // namespace zkgrad::sandbox
