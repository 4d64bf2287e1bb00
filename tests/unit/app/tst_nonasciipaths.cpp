// Issue 20, "Non-ASCII paths": Chinese user names are common on Windows
// (C:\Users\张三\AppData\…), and a path handed to a C library as char* is read there in the
// ANSI code page. Every file the app reads or writes for a candidate goes through Qt
// (QFile/QSaveFile/QSqlDatabase, which hand SQLite UTF-8), and this runs each of them under a
// data folder and file names with Chinese characters, spaces and an apostrophe: the photo
// pipeline, the draft store, the sandbox database (in this process and as the demo server the
// app starts) and the receipt writer. Afterwards no file exists under any other name.
#include "database.h"
#include "draftstore.h"
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "steps/checksubmit/receiptwriter.h"

#include "testimages.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::imaging::PhotoPurpose;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/** Every file the candidate's data goes into, under a folder named like C:\Users\张三. */
class TestNonAsciiPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_home = m_base.filePath(QStringLiteral("张三 O'Brien"));
        m_data = m_home + QStringLiteral("/中考 数据");
        QVERIFY(QDir().mkpath(m_data));
        m_photo = m_home + QStringLiteral("/照片 1.jpg");
        QVERIFY(writeFile(m_photo, zkgrad::testing::documentJpeg(QSize(1600, 1010))));
    }

    void photoPipelineAndDraft()
    {
        const QString attachments = PhotoSlot::attachmentsDirFor(m_data);
        QJsonObject draft;
        {
            PhotoSlot slot(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, attachments);
            // As the file dialog gives it: a file URL, percent-encoded.
            const QUrl url = QUrl::fromLocalFile(m_photo);
            QVERIFY(url.toEncoded().contains("%E7%85%A7%E7%89%87%201.jpg"));
            slot.loadUrl(url);
            slot.waitForIdle();
            QVERIFY2(slot.errorMessage().isEmpty(), qPrintable(slot.errorMessage()));
            QVERIFY(slot.hasImage());
            QCOMPARE(slot.sourceName(), QStringLiteral("照片 1.jpg"));
            QVERIFY(slot.filePath().startsWith(m_data + QLatin1Char('/')));
            QCOMPARE(QFileInfo(slot.filePath()).size(), qint64(slot.bytes()));
            QCOMPARE(QImage(slot.filePath()).size(), slot.outputSize());
            draft.insert(QStringLiteral("idFront"), slot.toJson());
        }

        DraftStore store(m_data);
        draft.insert(QStringLiteral("name"), QStringLiteral("张三 O'Brien"));
        QVERIFY(store.save(draft));
        QVERIFY(store.draftPath().startsWith(m_data + QLatin1Char('/')));
        QVERIFY(QFileInfo::exists(store.draftPath()));
        // Saved twice: the first copy becomes the backup (a rename in that folder).
        QVERIFY(store.save(draft));
        QVERIFY(QFileInfo::exists(store.backupPath()));

        DraftStore reopened(m_data);
        const DraftStore::LoadResult loaded = reopened.load();
        QCOMPARE(loaded.outcome, DraftStore::LoadOutcome::Loaded);
        QCOMPARE(loaded.data.value(QStringLiteral("name")).toString(),
                 QStringLiteral("张三 O'Brien"));

        // The draft brings the photo back from the attachments folder.
        PhotoSlot restored(nullptr, QStringLiteral("id-front"), PhotoPurpose::IdCard, attachments);
        restored.fromJson(loaded.data.value(QStringLiteral("idFront")).toObject());
        QVERIFY2(restored.errorMessage().isEmpty(), qPrintable(restored.errorMessage()));
        QVERIFY(restored.hasImage());
        QCOMPARE(restored.sourceName(), QStringLiteral("照片 1.jpg"));

        // A damaged draft is moved aside within the same folder and the backup is used.
        QVERIFY(writeFile(store.draftPath(), "{ not json"));
        DraftStore damaged(m_data);
        const DraftStore::LoadResult fromBackup = damaged.load();
        QCOMPARE(fromBackup.outcome, DraftStore::LoadOutcome::RestoredFromBackup);
        QCOMPARE(fromBackup.movedAside.size(), 1);
        QVERIFY(fromBackup.movedAside.first().startsWith(m_data + QLatin1Char('/')));
        QCOMPARE(readFile(fromBackup.movedAside.first()), QByteArray("{ not json"));
    }

    void sandboxDatabase()
    {
        const QString path = m_data + QStringLiteral("/沙盒 O'Brien.sqlite");
        {
            zkgrad::sandbox::Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), zkgrad::sandbox::Database::latestVersion());
            db.exec(QStringLiteral("CREATE TABLE note (text TEXT)"));
            db.exec(QStringLiteral("INSERT INTO note VALUES (?)"), { QStringLiteral("张三") });
            QVERIFY(!db.takeFailure());
        }
        QVERIFY(QFileInfo::exists(path));
        zkgrad::sandbox::Database again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.scalar(QStringLiteral("SELECT text FROM note")).toString(),
                 QStringLiteral("张三"));
    }

    void demoServerInTemporaryFolder()
    {
        // The app's demo server keeps its log in the temporary folder, which on Windows is
        // under the user's profile (C:\Users\张三\AppData\Local\Temp); the path crosses into
        // the child process, whose log file is made there (its database is in memory).
        const QString temp = m_home + QStringLiteral("/Temp 临时");
        QVERIFY(QDir().mkpath(temp));
        const QByteArray before = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(temp));
        auto restore = qScopeGuard([&] {
            if (before.isEmpty())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", before);
        });
        zkgrad::SandboxLauncher launcher;
        launcher.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_PATH));
        launcher.setStartTimeout(60000);
        QVERIFY2(launcher.startAndWait(), qPrintable(launcher.errorString()));
        const QString folder = QFileInfo(launcher.logFile()).absolutePath();
        QVERIFY2(folder.startsWith(temp + QLatin1Char('/')), qPrintable(folder));
        QVERIFY(QFileInfo::exists(launcher.logFile()));
        launcher.stop();
    }

    void receiptWriter()
    {
        const QString path = m_data + QStringLiteral("/回执 O'Brien 1.pdf");
        const QJsonObject application {
            { QStringLiteral("id"), QStringLiteral("app_01") },
            { QStringLiteral("status"), QStringLiteral("submitted") },
        };
        QString error;
        QVERIFY2(ReceiptWriter::write(application,
                                      { { QStringLiteral("name"), QStringLiteral("张三") } }, path,
                                      &error),
                 qPrintable(error));
        QVERIFY(readFile(path).startsWith("%PDF-"));
    }

    void nothingUnderAnotherName()
    {
        // Every file is where it was asked to be: a library that took the name's bytes in
        // another encoding (GBK, say) would have made a file whose name is not valid UTF-8,
        // which reads back with replacement characters, or with '?' for what it could not map.
        const QSet<QString> made { QStringLiteral("照片 1.jpg"), QStringLiteral("id-front.jpg"),
                                   QStringLiteral("沙盒 O'Brien.sqlite"),
                                   QStringLiteral("回执 O'Brien 1.pdf") };
        QSet<QString> seen;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            QVERIFY2(!name.contains(QChar::ReplacementCharacter)
                         && !name.contains(QLatin1Char('?')),
                     qPrintable(name));
            seen.insert(name);
        }
        for (const QString &name : made)
            QVERIFY2(seen.contains(name), qPrintable(name));
    }

private:
    QTemporaryDir m_base;
    QString m_home;
    QString m_data;
    QString m_photo;
};

QTEST_MAIN(TestNonAsciiPaths)
#include "tst_nonasciipaths.moc"
