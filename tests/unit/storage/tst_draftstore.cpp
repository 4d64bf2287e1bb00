#include "draftstore.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** Tests DraftStore: atomic saves, the backup, recovery from damaged files, debouncing. */
class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample(int n) { return { { QStringLiteral("n"), n } }; }
    static void writeRaw(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // An attachments folder in @p dir holding one file, as a candidate's photos leave it.
    static QString attachmentsWith(const QTemporaryDir &dir, const QString &name,
                                   const QByteArray &bytes)
    {
        const QString files = dir.filePath(QStringLiteral("attachments"));
        QDir().mkpath(files);
        writeRaw(files + QLatin1Char('/') + name, bytes);
        return files;
    }

private Q_SLOTS:
    void initTestCase() { zkgrad::Translations::install(QStringLiteral("zh_CN")); }

    void emptyDirectoryIsAFreshStart()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("drafts")));
        const auto result = store.load();
        QCOMPARE(result.outcome, DraftStore::LoadOutcome::Empty);
        QVERIFY(result.data.isEmpty());
        QVERIFY(result.message.isEmpty());
    }

    void saveThenLoadRoundTrips()
    {
        QTemporaryDir dir;
        {
            DraftStore store(dir.path());
            QVERIFY(store.save(sample(1)));
        }
        DraftStore again(dir.path());
        const auto result = again.load();
        QCOMPARE(result.outcome, DraftStore::LoadOutcome::Loaded);
        QCOMPARE(result.data, sample(1));

        QFile f(again.draftPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toInt(), DraftStore::SchemaVersion);
    }

    void previousGoodCopyIsKept()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(sample(1)));
        QVERIFY(!QFile::exists(store.backupPath()));
        QVERIFY(store.save(sample(2)));
        QVERIFY(store.save(sample(3)));

        // Damage the current file: the backup holds the save before it.
        writeRaw(store.draftPath(), "{\"schema\": 1, \"data\": {\"n\": 3");
        DraftStore again(dir.path());
        const auto result = again.load();
        QCOMPARE(result.outcome, DraftStore::LoadOutcome::RestoredFromBackup);
        QCOMPARE(result.data, sample(2));
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(result.message.contains(QStringLiteral("备份")), qPrintable(result.message));
        QCOMPARE(result.movedAside.size(), 1);
        QVERIFY(QFile::exists(result.movedAside.constFirst()));
        QVERIFY(!QFile::exists(again.draftPath()));
    }

    void damagedFilesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage", 11);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("no schema") << QByteArray("{\"data\": {}}");
        QTest::newRow("data not object") << QByteArray("{\"schema\": 1, \"data\": 5}");
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 99, \"data\": {}}");
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"data\": {\"a\": \"b");
    }

    void damagedFilesNeverCrash()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        DraftStore store(dir.path());
        writeRaw(store.draftPath(), bytes);
        const auto result = store.load();
        QCOMPARE(result.outcome, DraftStore::LoadOutcome::Unreadable);
        QVERIFY(result.data.isEmpty());
        QVERIFY(!result.message.isEmpty());
        // The bad file is moved aside, not deleted, and not overwritten by the next save.
        QVERIFY(
            !QDir(dir.path()).entryList({ QStringLiteral("draft.json.unreadable-*") }).isEmpty());
        QVERIFY(store.save(sample(7)));
        QCOMPARE(DraftStore(dir.path()).load().data, sample(7));
    }

    void interruptedSaveFallsBackToBackupSilently()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(sample(1)));
        QVERIFY(store.save(sample(2)));
        QFile::remove(store.draftPath());
        const auto result = DraftStore(dir.path()).load();
        QCOMPARE(result.outcome, DraftStore::LoadOutcome::Loaded);
        QCOMPARE(result.data, sample(1));
        QVERIFY(result.message.isEmpty());
    }

    void scheduledSaveIsDebounced()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::saved);
        store.scheduleSave(sample(1));
        store.scheduleSave(sample(2));
        store.scheduleSave(sample(3));
        QVERIFY(store.hasPendingSave());
        QVERIFY(!QFile::exists(store.draftPath()));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(DraftStore(dir.path()).load().data, sample(3));
    }

    void continuousTypingStillSaves()
    {
        // Changes faster than the debounce must not postpone the save forever.
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QSignalSpy saved(&store, &DraftStore::saved);
        for (int i = 0; i < 15 && saved.isEmpty(); ++i) {
            store.scheduleSave(sample(i));
            QTest::qWait(DraftStore::DebounceMs / 2);
        }
        QVERIFY2(!saved.isEmpty(), "no save while changes kept coming");
    }

    void flushWritesImmediately()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.scheduleSave(sample(5));
        QVERIFY(store.flush());
        QVERIFY(!store.hasPendingSave());
        QCOMPARE(DraftStore(dir.path()).load().data, sample(5));
    }

    void failedSaveKeepsDataAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
        writeRaw(blocker, "x");
        DraftStore store(blocker + QStringLiteral("/drafts"));
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        QVERIFY(!store.save(sample(1)));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("磁盘")), qPrintable(message));
        QVERIFY(store.hasPendingSave());
    }

    void memoryOnlyWritesNothing()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path(), DraftStore::Mode::MemoryOnly);
        QVERIFY(store.save(sample(1)));
        store.scheduleSave(sample(2));
        QVERIFY(store.flush());
        QCOMPARE(store.load().data, sample(2));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        store.clear();
        QCOMPARE(store.load().outcome, DraftStore::LoadOutcome::Empty);
    }

    void clearRemovesDraftAndBackup()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save(sample(1)));
        QVERIFY(store.save(sample(2)));
        store.clear();
        QVERIFY(!QFile::exists(store.draftPath()));
        QVERIFY(!QFile::exists(store.backupPath()));
    }

    void parkedDraftComesBackWithItsFiles()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString files = attachmentsWith(dir, QStringLiteral("id-front.jpg"), "A's photo");

        store.park(QStringLiteral("a"), sample(1), files);
        // Nothing of A's is left where the next candidate's files go.
        QVERIFY(!QFileInfo::exists(files));
        QVERIFY(QFile::exists(store.parkedDraftPath(QStringLiteral("a"))));
        // Someone who never parked anything here starts empty.
        QVERIFY(store.unpark(QStringLiteral("b"), files).isEmpty());
        QVERIFY(!QFileInfo::exists(files));

        QCOMPARE(store.unpark(QStringLiteral("a"), files), sample(1));
        QFile photo(files + QStringLiteral("/id-front.jpg"));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        QCOMPARE(photo.readAll(), QByteArray("A's photo"));
        // Unparked once: nothing of A's stays set aside.
        QVERIFY(!QFileInfo::exists(QFileInfo(store.parkedDraftPath(QStringLiteral("a"))).path()));
        QVERIFY(store.unpark(QStringLiteral("a"), files).isEmpty());
    }

    void parkingReplacesAnOlderParkedDraft()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        const QString files = attachmentsWith(dir, QStringLiteral("old.jpg"), "old");
        store.park(QStringLiteral("a"), sample(1), files);
        QVERIFY(QDir().mkpath(files));
        writeRaw(files + QStringLiteral("/new.jpg"), "new");
        store.park(QStringLiteral("a"), sample(2), files);

        QCOMPARE(store.unpark(QStringLiteral("a"), files), sample(2));
        QVERIFY(QFile::exists(files + QStringLiteral("/new.jpg")));
        QVERIFY(!QFile::exists(files + QStringLiteral("/old.jpg")));
    }

    void memoryOnlyParksNothing()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path(), DraftStore::Mode::MemoryOnly);
        const QString files = dir.filePath(QStringLiteral("attachments"));
        store.park(QStringLiteral("a"), sample(1), files);
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(store.unpark(QStringLiteral("a"), files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
