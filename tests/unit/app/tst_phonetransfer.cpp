// 用手机传照片 in the app: PhoneTransfer feeds what the phone sends into the slot the same way
// a chosen file goes, and closes its port when the step changes, the slot is locked, the kiosk
// wipes, after expiry and after a refused upload (checked by connecting on 127.0.0.1).
#include "kiosk/kioskcontroller.h"
#include "kioskconfig.h"
#include "photos/phonetransfer.h"
#include "photos/photoslot.h"
#include "rawhttp.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "transfercrypto.h"
#include "translations.h"
#include "wizard/wizardcontroller.h"

#include "testaccess.h"
#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using rawhttp::post;
using rawhttp::refused;
using rawhttp::request;
using rawhttp::spinUntil;
using zkgrad::testing::Access;

namespace {
struct Link
{
    quint16 port = 0;
    QByteArray path;
    QByteArray token;
    QByteArray key;
};

Link linkOf(const PhoneTransfer &transfer)
{
    const QUrl url(transfer.url());
    Link l;
    l.port = quint16(url.port());
    l.path = url.path().toLatin1();
    l.token = l.path.mid(3);
    l.key = QByteArray::fromBase64(url.fragment().toLatin1(), QByteArray::Base64UrlEncoding);
    return l;
}

QByteArray sealed(const Link &l, const QByteArray &photo)
{
    return PhoneTransferCrypto::seal(l.key, PhoneTransferCrypto::randomBytes(12), l.token, photo);
}
} // namespace

class TestPhoneTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchedOffByKioskConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nenabled=true\nphone_transfer=false\n");
        file.close();
        QCOMPARE(KioskConfig::load(path).phoneTransfer, false);
        QCOMPARE(KioskConfig::load(dir.filePath(QStringLiteral("none.conf"))).phoneTransfer, true);

        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, false);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        QVERIFY(!transfer.enabled());
        QVERIFY(!transfer.available());
        QVERIFY(!transfer.start(wizard.idPhotos()->front()));
        QCOMPARE(transfer.port(), quint16(0));
        QVERIFY(transfer.url().isEmpty());
    }

    void withoutLanItSaysWhy()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress());
        QVERIFY(transfer.enabled());
        QVERIFY(!transfer.available());
        QVERIFY(transfer.unavailableReason().contains(QStringLiteral("network")));
        QVERIFY(!transfer.start(wizard.idPhotos()->front()));
        QCOMPARE(transfer.state(), PhoneTransfer::Failed);
        QVERIFY(transfer.url().isEmpty()); // no QR code that no phone could reach
        QCOMPARE(transfer.statusText(), transfer.unavailableReason());
    }

    void photoArrivesInTheSlot()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        PhotoSlot *slot = wizard.idPhotos()->front();
        QCOMPARE(transfer.port(), quint16(0)); // nothing listens before the candidate asks
        QVERIFY(transfer.start(slot));
        QCOMPARE(transfer.state(), PhoneTransfer::Waiting);
        QCOMPARE(transfer.photoSlot(), slot);
        const Link l = linkOf(transfer);
        QVERIFY(QUrl(transfer.url()).host() == QStringLiteral("127.0.0.1"));
        QCOMPARE(l.port, transfer.port());
        QVERIFY(!refused(l.port));

        const QByteArray photo = zkgrad::testing::documentJpeg(QSize(1600, 1200));
        QCOMPARE(request(l.port, post(l.path + "/upload", sealed(l, photo))).status, 200);
        QCOMPARE(transfer.state(), PhoneTransfer::Received);
        QVERIFY(transfer.url().isEmpty());
        QVERIFY(refused(l.port));
        slot->waitForIdle();
        spinUntil([&] { return !slot->processing(); });
        QVERIFY2(slot->hasImage(), qPrintable(slot->errorMessage()));
        QCOMPARE(slot->sourceName(), PhoneTransfer::tr("photo from the phone"));
        QVERIFY(slot->bytes() <= slot->maxBytes());
        QCOMPARE(transfer.state(), PhoneTransfer::Received);
    }

    // The phone page speaks the app's language, whatever the system's is.
    void pageFollowsTheAppLanguage()
    {
        const QString before = zkgrad::Translations::current();
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        for (const char *language : { "en", "zh_CN" }) {
            QVERIFY(zkgrad::Translations::install(QString::fromLatin1(language)));
            QVERIFY(transfer.start(wizard.idPhotos()->front()));
            const Link l = linkOf(transfer);
            const rawhttp::Response page =
                request(l.port, "GET " + l.path + " HTTP/1.1\r\nHost: test\r\n\r\n");
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains(qstrcmp(language, "en") == 0
                                           ? QByteArray("lang=\"en\"")
                                           : QByteArray("lang=\"zh-CN\"")));
            transfer.stop();
        }
        zkgrad::Translations::install(before);
    }

    void tamperedUploadLeavesTheSlotAlone()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        PhotoSlot *slot = wizard.idPhotos()->front();
        QVERIFY(transfer.start(slot));
        const Link l = linkOf(transfer);
        QByteArray body = sealed(l, zkgrad::testing::documentJpeg(QSize(1600, 1200)));
        body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x10);
        QCOMPARE(request(l.port, post(l.path + "/upload", body)).status, 400);
        QCOMPARE(transfer.state(), PhoneTransfer::Refused);
        QVERIFY(refused(l.port));
        QVERIFY(!slot->processing());
        QVERIFY(!slot->hasImage());
        // A new code is a new listener with a new token and key.
        QVERIFY(transfer.start(slot));
        const Link again = linkOf(transfer);
        QVERIFY(again.token != l.token);
        QVERIFY(again.key != l.key);
        transfer.stop();
        QVERIFY(refused(again.port));
    }

    void stepChangeStopsIt()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        PhotoSlot *slot = wizard.idPhotos()->front();
        QVERIFY(transfer.start(slot));
        const Link l = linkOf(transfer);
        const int before = wizard.currentIndex();
        QVERIFY(wizard.goTo(before == 0 ? 1 : 0));
        QVERIFY(wizard.currentIndex() != before);
        QCOMPARE(transfer.state(), PhoneTransfer::Idle);
        QVERIFY(refused(l.port));
        QVERIFY(!request(l.port,
                         post(l.path + "/upload",
                              sealed(l, zkgrad::testing::documentJpeg(QSize(1600, 1200)))))
                     .connected);
        QVERIFY(!slot->hasImage());
    }

    void lockedSlotStopsIt()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        PhotoSlot *slot = wizard.idPhotos()->front();
        QVERIFY(transfer.start(slot));
        const Link l = linkOf(transfer);
        slot->setEditable(false); // e.g. the application was submitted meanwhile
        QCOMPARE(transfer.state(), PhoneTransfer::Idle);
        QVERIFY(refused(l.port));
        slot->setEditable(true);
        QVERIFY(!slot->hasImage());
    }

    void kioskWipeStopsIt()
    {
        WizardController wizard(nullptr);
        KioskController kiosk((KioskConfig()));
        kiosk.setWizard(&wizard);
        PhoneTransfer transfer(&wizard, &kiosk, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        QVERIFY(transfer.start(wizard.idPhotos()->back()));
        const Link l = linkOf(transfer);
        kiosk.wipe();
        QCOMPARE(transfer.state(), PhoneTransfer::Idle);
        QVERIFY(refused(l.port));
        QVERIFY(!request(l.port,
                         post(l.path + "/upload",
                              sealed(l, zkgrad::testing::documentJpeg(QSize(1600, 1200)))))
                     .connected);
    }

    void signOutStopsIt()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        QVERIFY(transfer.start(wizard.idPhotos()->front()));
        const Link l = linkOf(transfer);
        wizard.session()->signOut();
        QCOMPARE(transfer.state(), PhoneTransfer::Idle);
        QVERIFY(refused(l.port));
    }

    void expires()
    {
        WizardController wizard(nullptr);
        PhoneTransfer transfer(&wizard, nullptr, true);
        Access::setAddress(transfer, QHostAddress::LocalHost);
        Access::setExpiry(transfer, 50ms);
        QVERIFY(transfer.start(wizard.idPhotos()->front()));
        const Link l = linkOf(transfer);
        spinUntil([&] { return transfer.state() != PhoneTransfer::Waiting; });
        QCOMPARE(transfer.state(), PhoneTransfer::Expired);
        QVERIFY(refused(l.port));
    }
};

QTEST_MAIN(TestPhoneTransfer)
#include "tst_phonetransfer.moc"
