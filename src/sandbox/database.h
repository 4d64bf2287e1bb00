#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace zkgrad::sandbox {

/** The sandbox's SQLite file: opening, schema migrations and a small query helper. */
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if needed) @p path and migrates it to the newest schema. */
    [[nodiscard]] bool open(const QString &path, QString *error);
    /** The schema version the file has after open(). */
    [[nodiscard]] int schemaVersion() const;
    /** The newest schema version this build knows. */
    [[nodiscard]] static int latestVersion();

    /** Runs @p sql with positional @p args; the query is positioned before the first row. */
    QSqlQuery exec(const QString &sql, const QVariantList &args = {});
    /** The first column of the first row, or an invalid QVariant. */
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &args = {});

    bool begin();
    /** Commits, or rolls back and returns false when a statement since begin() failed. */
    bool commit();
    void rollback();
    /** Whether a statement failed since the last call; clears the flag. */
    [[nodiscard]] bool takeFailure();

    [[nodiscard]] QSqlDatabase handle() const { return m_db; }

private:
    bool migrate(QString *error);

    QString m_connection;
    QSqlDatabase m_db;
    bool m_failed = false;
    bool m_transactionFailed = false;
};

} // namespace zkgrad::sandbox
