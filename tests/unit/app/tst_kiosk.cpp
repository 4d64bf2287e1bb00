#include "kiosk/kioskcontroller.h"
#include "kiosk/memoryimageprovider.h"
#include "kioskconfig.h"
#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "shell/languagecontroller.h"
#include "steps/resume/resumecontroller.h"
#include "steps/selfassessment/selfassessmentcontroller.h"
#include "steps/signature/signaturecontroller.h"
#include "steps/signature/signaturepad.h"
#include "teststepcontext.h"
#include "translations.h"
#include "wizard/wizardcontroller.h"

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

namespace {
constexpr int kTestIterations = 1000; // the format's minimum: fast tests, same code path

QString writeConfig(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body) != body.size())
        return {};
    return path;
}

KioskConfig enabledConfig()
{
    KioskConfig c;
    c.enabled = true;
    c.staffPinHash = KioskPin::hash(QStringLiteral("2468"), kTestIterations);
    return c;
}
/** Every file under @p dir but the kiosk's lock: what a crash would leave behind. */
QStringList filesBesideLock(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() != QLatin1String(".lock"))
            files << path;
    }
    return files;
}

} // namespace

/** Kiosk mode: the config file, the staff PIN with its lockout, the idle timer and the wipe. */
class TestKiosk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { zkgrad::Translations::install(QStringLiteral("en")); }

    void missingFileGivesDefaults()
    {
        const KioskConfig c = KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"));
        QVERIFY(!c.fileFound);
        QVERIFY(!c.enabled);
        QVERIFY(c.server.isEmpty());
        QCOMPARE(c.idleMinutes, 3);
        QCOMPARE(c.warningSeconds, 60);
        QVERIFY(c.staffPinHash.isEmpty());
        QCOMPARE(c.locale, QStringLiteral("zh_CN"));
        QVERIFY(!c.largeText);
        QVERIFY(c.school.isEmpty());
        QVERIFY(c.warnings.isEmpty());
    }

    // A candidate who needs large text finds it on at the next start; a kiosk's next candidate
    // starts from the kiosk's config, whatever the last one chose.
    void largeTextIsRememberedOutsideKiosksOnly()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("ui/largeText"));
        {
            KioskController desktop(KioskConfig {});
            desktop.rememberLargeText();
            QVERIFY(!desktop.largeText());
            desktop.setLargeText(true);
        }
        {
            KioskController desktop(KioskConfig {});
            QVERIFY2(!desktop.largeText(), "only what main() asks for is read");
            QSignalSpy changed(&desktop, &KioskController::largeTextChanged);
            desktop.rememberLargeText();
            QVERIFY(desktop.largeText());
            QCOMPARE(changed.count(), 1);
            desktop.setLargeText(false);
        }
        {
            KioskController desktop(KioskConfig {});
            desktop.rememberLargeText(/*startLarge=*/true);
            QVERIFY2(desktop.largeText(), "--large-text");
        }
        {
            KioskController desktop(KioskConfig {});
            desktop.rememberLargeText();
            QVERIFY2(!desktop.largeText(), "--large-text alone is not kept");
        }
        KioskController kiosk(enabledConfig());
        kiosk.rememberLargeText();
        kiosk.setLargeText(true);
        KioskController desktop(KioskConfig {});
        desktop.rememberLargeText();
        QVERIFY2(!desktop.largeText(), "a kiosk never writes the user's settings");
        QSettings().remove(QStringLiteral("ui/largeText"));
    }

    void readsEveryKey()
    {
        QTemporaryDir dir;
        const QString hash = KioskPin::hash(QStringLiteral("135790"), kTestIterations);
        const QString path = writeConfig(dir,
                                         "[kiosk]\n"
                                         "enabled=true\n"
                                         "server=https://zk.example.edu.cn/api/v1\n"
                                         "idle_minutes=5\n"
                                         "warning_seconds=30\n"
                                         "staff_pin_hash="
                                             + hash.toLatin1()
                                             + "\n"
                                               "locale=en\n"
                                               "large_text=yes\n"
                                               "school=重庆某某大学自考办, 二楼\n"
                                               "colour=blue\n");
        const KioskConfig c = KioskConfig::load(path);
        QVERIFY(c.fileFound);
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(u'\n')));
        QVERIFY(c.enabled);
        QCOMPARE(c.server, QUrl(QStringLiteral("https://zk.example.edu.cn/api/v1")));
        QCOMPARE(c.idleMinutes, 5);
        QCOMPARE(c.warningSeconds, 30);
        QCOMPARE(c.staffPinHash, hash);
        QCOMPARE(c.locale, QStringLiteral("en"));
        QVERIFY(c.largeText);
        QCOMPARE(c.school, QStringLiteral("重庆某某大学自考办, 二楼"));
    }

    void badValuesFallBackWithAWarningEach()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir,
                                         "[kiosk]\n"
                                         "enabled=maybe\n"
                                         "server=ftp://host/x\n"
                                         "idle_minutes=0\n"
                                         "warning_seconds=abc\n"
                                         "staff_pin_hash=sha1$1$x$y\n"
                                         "locale=fr\n"
                                         "large_text=2\n");
        const KioskConfig c = KioskConfig::load(path);
        QVERIFY(c.fileFound);
        QCOMPARE(c.warnings.size(), 7);
        for (const char *key : { "enabled", "server", "idle_minutes", "warning_seconds",
                                 "staff_pin_hash", "locale", "large_text" }) {
            const bool named =
                std::any_of(c.warnings.cbegin(), c.warnings.cend(), [key](const QString &w) {
                    return w.startsWith(QLatin1String(key) + u':');
                });
            QVERIFY2(named, key);
        }
        // Every warning has Chinese and English.
        for (const QString &w : c.warnings)
            QVERIFY2(w.contains(QStringLiteral(" / ")), qPrintable(w));
        QVERIFY(!c.enabled);
        QVERIFY(c.server.isEmpty());
        QCOMPARE(c.idleMinutes, 3);
        QCOMPARE(c.warningSeconds, 60);
        QVERIFY(c.staffPinHash.isEmpty());
        QCOMPARE(c.locale, QStringLiteral("zh_CN"));
        QVERIFY(!c.largeText);
    }

    void pbkdf2MatchesTheStandardVectors()
    {
        // PBKDF2-HMAC-SHA256 test vectors (P="password", S="salt").
        QCOMPARE(KioskPin::pbkdf2Sha256("password", "salt", 1, 32).toHex(),
                 QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
        QCOMPARE(KioskPin::pbkdf2Sha256("password", "salt", 2, 32).toHex(),
                 QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"));
        QCOMPARE(KioskPin::pbkdf2Sha256("password", "salt", 4096, 32).toHex(),
                 QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"));
    }

    void pinHashVerifiesOnlyTheRightPin()
    {
        QVERIFY(KioskPin::isValidPin(QStringLiteral("2468")));
        QVERIFY(KioskPin::isValidPin(QStringLiteral("123456789012")));
        QVERIFY(!KioskPin::isValidPin(QStringLiteral("123")));
        QVERIFY(!KioskPin::isValidPin(QStringLiteral("1234567890123")));
        QVERIFY(!KioskPin::isValidPin(QStringLiteral("12a4")));

        const QString hash = KioskPin::hash(QStringLiteral("2468"), kTestIterations);
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(KioskPin::isValidHash(hash));
        QVERIFY(KioskPin::verify(QStringLiteral("2468"), hash));
        QVERIFY(!KioskPin::verify(QStringLiteral("2469"), hash));
        QVERIFY(!KioskPin::verify(QString(), hash));
        // Two hashes of one PIN differ (random salt) and both verify.
        const QString again = KioskPin::hash(QStringLiteral("2468"), kTestIterations);
        QVERIFY(again != hash);
        QVERIFY(KioskPin::verify(QStringLiteral("2468"), again));
        // Malformed lines never verify.
        QVERIFY(!KioskPin::verify(QStringLiteral("2468"), QStringLiteral("2468")));
        QVERIFY(!KioskPin::isValidHash(
            QString(hash).replace(QStringLiteral("$1000$"), QStringLiteral("$10$"))));
        QVERIFY(!KioskPin::isValidHash(hash.left(hash.size() - 4)));
    }

    void wrongPinsNeverExitAndLockAfterFive()
    {
        KioskController kiosk(enabledConfig());
        kiosk.setLockoutMs(300);
        QSignalSpy exits(&kiosk, &KioskController::exitRequested);
        QVERIFY(!kiosk.exitApp()); // no PIN yet
        for (int i = 1; i < KioskController::MaxPinAttempts; ++i) {
            QVERIFY(!kiosk.checkPin(QStringLiteral("0000")));
            QVERIFY(!kiosk.pinLocked());
            QVERIFY(!kiosk.staffUnlocked());
            QVERIFY(kiosk.pinMessage().contains(QStringLiteral("Wrong PIN")));
            QVERIFY(!kiosk.exitApp());
        }
        QVERIFY(!kiosk.checkPin(QStringLiteral("1111")));
        QVERIFY(kiosk.pinLocked());
        // Locked: even the right PIN is refused.
        QVERIFY(!kiosk.checkPin(QStringLiteral("2468")));
        QVERIFY(!kiosk.staffUnlocked());
        QVERIFY(!kiosk.exitApp());
        QCOMPARE(exits.count(), 0);
        QVERIFY(!kiosk.exitAllowed());

        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.pinLocked(), 5000);
        QVERIFY(kiosk.checkPin(QStringLiteral("2468")));
        QVERIFY(kiosk.staffUnlocked());
        QVERIFY(kiosk.pinMessage().isEmpty());
        QVERIFY(kiosk.exitApp());
        QCOMPARE(exits.count(), 1);
        QVERIFY(kiosk.exitAllowed());
    }

    void closingTheStaffMenuNeedsThePinAgain()
    {
        KioskController kiosk(enabledConfig());
        QSignalSpy exits(&kiosk, &KioskController::exitRequested);
        QVERIFY(kiosk.checkPin(QStringLiteral("2468")));
        kiosk.closeStaffMenu();
        QVERIFY(!kiosk.exitApp());
        QCOMPARE(exits.count(), 0);
    }

    void noPinHashMeansNoPinWorks()
    {
        KioskConfig c;
        c.enabled = true;
        KioskController kiosk(c);
        QVERIFY(!kiosk.checkPin(QStringLiteral("2468")));
        QVERIFY(!kiosk.checkPin(QString()));
    }

    void idleWarnsThenContinuesThenWipes()
    {
        WizardController wizard(nullptr);
        KioskController kiosk(enabledConfig());
        kiosk.setWizard(&wizard);
        kiosk.setIdleIntervalMs(100);
        kiosk.setWarningIntervalMs(400);
        QSignalSpy wiped(&kiosk, &KioskController::wiped);
        wizard.selfAssessment()->setText(QStringLiteral("本人在自学考试期间遵纪守法。"));
        QVERIFY(!wizard.selfAssessment()->toJson().isEmpty());
        kiosk.start();

        QTRY_VERIFY_WITH_TIMEOUT(kiosk.warningVisible(), 5000);
        QVERIFY(kiosk.secondsLeft() >= 1);
        QVERIFY(kiosk.warningText().contains(QString::number(kiosk.secondsLeft())));
        QVERIFY(!kiosk.idleTimerActive());
        kiosk.continueSession();
        QVERIFY(!kiosk.warningVisible());
        QVERIFY(kiosk.idleTimerActive());
        QCOMPARE(wiped.count(), 0);
        QCOMPARE(wizard.selfAssessment()->text(), QStringLiteral("本人在自学考试期间遵纪守法。"));

        // Idle again: the warning comes back, and this time nobody answers.
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.warningVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(wiped.count(), 1, 5000);
        QVERIFY(!kiosk.warningVisible());
        QVERIFY(wizard.selfAssessment()->text().isEmpty());
        QVERIFY(kiosk.idleTimerActive()); // watching for the next candidate
    }

    void activityResetsTheIdleTimer()
    {
        KioskController kiosk(enabledConfig());
        kiosk.setIdleIntervalMs(60000);
        kiosk.start();
        QWindow window;
        QObject notAWindow;
        QTest::qWait(40);
        const int before = kiosk.idleRemainingMs();
        QVERIFY(before < 60000);

        // Not activity: a non-input event, and input seen by a non-window (counted at its window).
        QEvent update(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(&window, &update);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&notAWindow, &key);
        QVERIFY(kiosk.idleRemainingMs() <= before);

        for (QEvent::Type type :
             { QEvent::KeyPress, QEvent::MouseButtonPress, QEvent::Wheel, QEvent::TouchBegin }) {
            QTest::qWait(20);
            const int waited = kiosk.idleRemainingMs();
            QEvent activity(type);
            QCoreApplication::sendEvent(&window, &activity);
            QVERIFY2(kiosk.idleRemainingMs() > waited, QByteArray::number(int(type)));
        }

        // During the warning, activity does not hide it: only "continue" does.
        kiosk.showWarningNow();
        QEvent press(QEvent::MouseButtonPress);
        QCoreApplication::sendEvent(&window, &press);
        QVERIFY(kiosk.warningVisible());
        QVERIFY(!kiosk.idleTimerActive());
        kiosk.continueSession();
        QVERIFY(!kiosk.warningVisible());
    }

    void wipeEmptiesThePrivateFolder()
    {
        KioskController kiosk(enabledConfig());
        const QString files = kiosk.filesDirectory();
        QVERIFY(!files.isEmpty());
        QVERIFY(QFileInfo(files).isDir());
        QVERIFY(files.startsWith(QDir::tempPath()));
        // Only the owner may enter it.
        const QFileInfo root(QFileInfo(files).absolutePath());
        QCOMPARE(root.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QDir().mkpath(files + QStringLiteral("/attachments"));
        QFile photo(files + QStringLiteral("/attachments/id-front.jpg"));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("\xff\xd8 candidate bytes");
        photo.close();

        kiosk.wipe();
        QVERIFY(!QFile::exists(photo.fileName()));
        QVERIFY(QFileInfo(files).isDir());
        QVERIFY(QDir(files).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QCOMPARE(kiosk.wipeCount(), 1);

        // Off: no folder at all.
        KioskController off((KioskConfig()));
        QVERIFY(off.filesDirectory().isEmpty());
    }

    void kioskPhotosStayInMemory()
    {
        // The candidate's photo comes from outside the kiosk's folder (a USB stick, a phone).
        QTemporaryDir source;
        QImage image(1600, 1000, QImage::Format_RGB32);
        image.fill(QColor(246, 244, 236));
        QPainter painter(&image);
        painter.setPen(Qt::black);
        painter.setFont(QFont(QStringLiteral("sans"), 60));
        painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("毕业证书 2026"));
        painter.end();
        const QString photo = source.filePath(QStringLiteral("diploma.jpg"));
        QVERIFY(image.save(photo, "JPEG", 95));

        KioskController kiosk(enabledConfig());
        QVERIFY(PhotoSlot::keepsInMemory());
        const int before = PhotoSlot::memoryImageCount();
        {
            PhotoSlot slot(nullptr, QStringLiteral("diploma"),
                           zkgrad::imaging::PhotoPurpose::Document,
                           PhotoSlot::attachmentsDirFor(kiosk.filesDirectory()));
            slot.loadFile(photo);
            slot.waitForIdle();
            QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
            QVERIFY(slot.bytes() > 1000);

            // Not one file in the kiosk's folder besides its lock, nor a path to one.
            const QStringList files = filesBesideLock(kiosk.privateDirectory());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
            QVERIFY(slot.filePath().isEmpty());

            // The bytes to upload and the preview come from memory.
            const QByteArray jpeg = slot.jpeg();
            QCOMPARE(jpeg.size(), qsizetype(slot.bytes()));
            QCOMPARE(PhotoSlot::memoryImageCount(), before + 1);
            const QUrl preview = slot.previewUrl();
            QCOMPARE(preview.scheme(), QStringLiteral("image"));
            QCOMPARE(preview.host(), QString::fromLatin1(MemoryImageProvider::Id));
            MemoryImageProvider provider;
            QSize size;
            const QImage shown = provider.requestImage(preview.path().mid(1), &size, {});
            QCOMPARE(shown.size(), slot.outputSize());
            QCOMPARE(size, slot.outputSize());

            // The memory-only draft restores it (another candidate's turn and back).
            const QJsonObject draft = slot.toJson();
            slot.fromJson(draft);
            QVERIFY2(slot.hasImage(), qPrintable(slot.errorMessage()));
            QCOMPARE(slot.jpeg(), jpeg);
            // A wipe reads an empty draft: the image is gone from memory too.
            slot.fromJson({});
            QVERIFY(!slot.hasImage());
            QCOMPARE(PhotoSlot::memoryImageCount(), before);
            QVERIFY(provider.requestImage(preview.path().mid(1), &size, {}).isNull());
        }
        QCOMPARE(PhotoSlot::memoryImageCount(), before);
        PhotoSlot::setKeepInMemory(false); // the other tests' slots use files
    }

    void kioskSignatureStaysInMemory()
    {
        // The signature's source (a drawing, a pasted picture) and its result are candidate data
        // as the photos are: in a kiosk no file of them, only memory, gone with a wipe.
        KioskController kiosk(enabledConfig());
        QVERIFY(PhotoSlot::keepsInMemory());
        const int before = PhotoSlot::memoryImageCount();
        const auto filesInKioskFolder = [&kiosk] {
            return filesBesideLock(kiosk.privateDirectory());
        };
        {
            TestStepContext context(kiosk.filesDirectory());
            SignatureController signature(nullptr, &context);
            SignaturePad pad;
            pad.setSize(QSizeF(600, 240));
            pad.beginStroke(QPointF(100, 120));
            for (int i = 1; i <= 40; ++i)
                pad.extendStroke(QPointF(100 + i * 10, 120 + (i % 7) * 6));
            pad.endStroke();
            QVERIFY(signature.useDrawing(&pad));
            signature.waitForIdle();
            QVERIFY2(signature.resultPending(), qPrintable(signature.errorMessage()));
            QVERIFY(signature.confirm());
            QVERIFY2(signature.isComplete(), qPrintable(signature.problems().join(u'\n')));
            QVERIFY2(filesInKioskFolder().isEmpty(), qPrintable(filesInKioskFolder().join(u'\n')));
            QCOMPARE(PhotoSlot::memoryImageCount(), before + 1);

            // The check-submit page shows it from memory.
            const QVariantList photos =
                signature.summary().value(QStringLiteral("photos")).toList();
            QCOMPARE(photos.size(), 1);
            const QUrl shownUrl = photos.first().toMap().value(QStringLiteral("url")).toUrl();
            QCOMPARE(shownUrl.scheme(), QStringLiteral("image"));
            QCOMPARE(shownUrl.host(), QString::fromLatin1(MemoryImageProvider::Id));
            MemoryImageProvider provider;
            QSize size;
            QCOMPARE(provider.requestImage(shownUrl.path().mid(1), &size, {}).size(),
                     signature.outputSize());

            // A pasted picture is not written down either.
            QGuiApplication::clipboard()->setImage(pad.render());
            QVERIFY(signature.pasteFromClipboard());
            signature.waitForIdle();
            QVERIFY2(signature.errorMessage().isEmpty(), qPrintable(signature.errorMessage()));
            QVERIFY(signature.imageSize().width() > 0);
            signature.produce();
            signature.waitForIdle();
            QVERIFY(signature.confirm());
            QVERIFY2(filesInKioskFolder().isEmpty(), qPrintable(filesInKioskFolder().join(u'\n')));
            QGuiApplication::clipboard()->clear();

            // The memory-only draft restores it (another step and back) ...
            signature.fromJson(signature.toJson());
            signature.waitForIdle();
            QVERIFY2(signature.isComplete(), qPrintable(signature.problems().join(u'\n')));
            QVERIFY(signature.hasSource());
            QVERIFY2(signature.errorMessage().isEmpty(), qPrintable(signature.errorMessage()));
            // ... and a wipe leaves nothing of it in memory.
            signature.fromJson({});
            QVERIFY(!signature.isComplete());
            QCOMPARE(PhotoSlot::memoryImageCount(), before);
            QVERIFY(provider.requestImage(shownUrl.path().mid(1), &size, {}).isNull());
        }
        QCOMPARE(PhotoSlot::memoryImageCount(), before);
        PhotoSlot::setKeepInMemory(false); // the other tests' slots use files
    }

    void aCrashedKiosksFolderIsRemovedAtTheNextStart()
    {
        // A crashed kiosk: its folder and files are there, its lock names a process that ended.
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 deadPid = ended.processId();
        QVERIFY(ended.waitForFinished());
        QTemporaryDir stale(QDir::tempPath() + QStringLiteral("/zkgrad-kiosk-XXXXXX"));
        stale.setAutoRemove(false);
        QVERIFY(QDir().mkpath(stale.filePath(QStringLiteral("session/attachments"))));
        QFile photo(stale.filePath(QStringLiteral("session/attachments/id-front.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write("candidate bytes");
        photo.close();
        QFile lock(stale.filePath(QStringLiteral(".lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\ntst_kiosk\n"
                   + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        // Not ours (no lock file, or another name): left alone.
        QTemporaryDir foreign(QDir::tempPath() + QStringLiteral("/zkgrad-kiosk-other-XXXXXX"));
        QTemporaryDir unlocked(QDir::tempPath() + QStringLiteral("/zkgrad-kiosk-XXXXXX"));

        KioskController running(enabledConfig());
        QVERIFY(!QFileInfo::exists(stale.path()));
        QVERIFY(QFileInfo(foreign.path()).isDir());
        QVERIFY(QFileInfo(unlocked.path()).isDir());
        // A running kiosk's folder is left alone by the next one.
        KioskController second(enabledConfig());
        QVERIFY(QFileInfo(running.filesDirectory()).isDir());
        QVERIFY(QFileInfo(second.filesDirectory()).isDir());
        QVERIFY(running.filesDirectory() != second.filesDirectory());
    }

    void wipeClearsTheClipboardTheAppFilled()
    {
        KioskController kiosk(enabledConfig());
        kiosk.start();
        QWindow window;
        window.show();
        window.requestActivate();
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::applicationState() == Qt::ApplicationActive,
                                 2000);
        QGuiApplication::clipboard()->setText(QStringLiteral("500101199001010018"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("500101199001010018"));
        kiosk.wipe();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void largeTextStartsFromTheConfigAndWipeRestoresIt()
    {
        KioskConfig c = enabledConfig();
        c.largeText = true;
        KioskController kiosk(c);
        QVERIFY(kiosk.largeText());
        kiosk.setLargeText(false);
        QVERIFY(!kiosk.largeText());
        kiosk.wipe();
        QVERIFY(kiosk.largeText());
    }

    // Input methods (fcitx5 pinyin) learn what is typed unless the field says it is sensitive:
    // in a kiosk every field says so, on top of its own hints; outside kiosks nothing changes.
    void everyFieldIsSensitiveToInputMethods()
    {
        struct Field : QObject
        {
            bool event(QEvent *e) override
            {
                if (e->type() != QEvent::InputMethodQuery)
                    return QObject::event(e);
                static_cast<QInputMethodQueryEvent *>(e)->setValue(Qt::ImHints,
                                                                   int(Qt::ImhDigitsOnly));
                return true;
            }
        } field;
        auto hints = [&field] {
            QInputMethodQueryEvent query(Qt::ImHints | Qt::ImCursorPosition);
            QCoreApplication::sendEvent(&field, &query);
            return Qt::InputMethodHints(query.value(Qt::ImHints).toInt());
        };
        {
            KioskController off(KioskConfig {});
            off.start();
            QCOMPARE(hints(), Qt::ImhDigitsOnly);
        }
        KioskController kiosk(enabledConfig());
        kiosk.start();
        QCOMPARE(hints(), Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    }

    // A kiosk writes nothing of a candidate, not even the language they switched to.
    void kioskLanguageIsNotRemembered()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        LanguageController desktop(nullptr);
        desktop.setLanguage(QStringLiteral("zh_CN"));
        desktop.setLanguage(QStringLiteral("en"));
        QCOMPARE(LanguageController::savedLanguage(), QStringLiteral("en")); // the desktop saves
        LanguageController kiosk(nullptr);
        kiosk.setRemembers(false);
        kiosk.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(kiosk.language(), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageController::savedLanguage(), QStringLiteral("en"));
        zkgrad::Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestKiosk)

#include "tst_kiosk.moc"
