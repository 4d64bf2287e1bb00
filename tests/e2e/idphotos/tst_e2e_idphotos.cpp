// The ID photos and materials steps against the real zkgrad-sandbox: images go up right
// after they are prepared and count as uploaded only when the server's SHA-256 matches,
// a cancelled upload is sent again on leaving, remove deletes on the server, the note is
// written on leaving, and a second computer with an empty draft takes the server's copies.
#include "photos/photoslot.h"
#include "sandboxlauncher.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "teststepcontext.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Long enough for a slow CI machine; a hang still fails instead of blocking the suite.
constexpr int Hang = 30000;
const QString kId = QStringLiteral("500101199001010034");
} // namespace

/** IdPhotosController and MaterialsController with a session talking to a live sandbox. */
class TestIdPhotosE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void idPhotosUploadCancelRemoveAdopt();
    void materialsNoteAndImages();

private:
    QString photo(const QString &name, QSize size, QColor paper);
    void signInWithApplication(ApplicationSession *session);

    QTemporaryDir m_dir;
    zkgrad::SandboxLauncher m_sandbox;
    QUrl m_base;
};

void TestIdPhotosE2e::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.setExecutable(QStringLiteral(ZKGRAD_SANDBOX_EXE));
    QVERIFY2(m_sandbox.startAndWait(), qPrintable(m_sandbox.errorString()));
    m_base = m_sandbox.apiUrl();
}

void TestIdPhotosE2e::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestIdPhotosE2e::photo(const QString &name, QSize size, QColor paper)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(paper);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 3));
    for (int y = 40; y < size.height() - 40; y += 34)
        p.drawLine(60, y, size.width() - 60, y + 9);
    p.end();
    const QString path = m_dir.filePath(name);
    if (!image.save(path, "JPEG", 92))
        return {};
    return path;
}

void TestIdPhotosE2e::signInWithApplication(ApplicationSession *session)
{
    session->setApiUrl(m_base);
    session->signIn(kId, QStringLiteral("Demo2026"), false);
    QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), Hang);
    if (!session->hasApplication()) {
        QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), Hang);
        if (!session->hasApplication())
            session->createApplication(QStringLiteral("B120201"), QStringLiteral("S02"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(session->hasApplication(), Hang);
}

void TestIdPhotosE2e::idPhotosUploadCancelRemoveAdopt()
{
    ApplicationSession session;
    TestStepContext context;
    IdPhotosController c(&session, &context);
    signInWithApplication(&session);
    QVERIFY(c.isEditable());

    // Prepared, then uploaded at once; "uploaded" means the server has exactly this file.
    c.front()->loadFile(
        photo(QStringLiteral("front.jpg"), QSize(1800, 1140), QColor(232, 228, 218)));
    c.front()->waitForIdle();
    QTRY_COMPARE_WITH_TIMEOUT(c.front()->state(), PhotoSlot::Uploaded, Hang);
    QCOMPARE(
        session.attachment(QStringLiteral("id-front")).value(QStringLiteral("sha256")).toString(),
        c.front()->sha256());
    QVERIFY(!c.isComplete());

    c.back()->loadFile(photo(QStringLiteral("back.jpg"), QSize(1700, 1080), QColor(220, 230, 238)));
    c.back()->waitForIdle();
    QTRY_COMPARE_WITH_TIMEOUT(c.back()->state(), PhotoSlot::Uploaded, Hang);
    QVERIFY(c.isComplete());

    // A new back side whose upload is cancelled: it stays local, leaving sends it.
    c.back()->loadFile(
        photo(QStringLiteral("back2.jpg"), QSize(1600, 1000), QColor(240, 240, 230)));
    c.back()->waitForIdle();
    // The upload starts the moment the image is saved, so it is still on its way here.
    QVERIFY(c.back()->uploading());
    c.back()->cancel();
    QVERIFY(!c.back()->uploading());
    QVERIFY(c.back()->errorMessage().isEmpty());
    QTest::qWait(200); // an upload that had reached the server before the cancel may report
    QVERIFY(c.back()->state() == PhotoSlot::Ready || c.back()->state() == PhotoSlot::Uploaded);
    QVERIFY(c.isComplete());
    c.leave();
    QTRY_COMPARE_WITH_TIMEOUT(c.back()->state(), PhotoSlot::Uploaded, Hang);
    QCOMPARE(
        session.attachment(QStringLiteral("id-back")).value(QStringLiteral("sha256")).toString(),
        c.back()->sha256());

    // A server refusal at the slot is shown there.
    bool refused = false;
    session.uploadAttachment(QStringLiteral("id-front"), QByteArray("not a jpeg"),
                             [&](const zkgrad::net::ApiResult &r) { refused = !r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(refused, Hang);
    QTRY_VERIFY_WITH_TIMEOUT(c.errors().contains(QStringLiteral("idFrontSlot")), Hang);
    QVERIFY(!c.isComplete());
    QVERIFY(c.front()->onServer()); // the server kept the good one

    // A second computer with an empty draft takes the server's images.
    TestStepContext otherContext;
    IdPhotosController fresh(&session, &otherContext);
    fresh.fromJson({});
    QTRY_VERIFY_WITH_TIMEOUT(fresh.front()->hasImage() && fresh.back()->hasImage(), Hang);
    QCOMPARE(fresh.front()->sha256(), c.front()->sha256());
    QCOMPARE(fresh.back()->state(), PhotoSlot::Uploaded);
    QVERIFY(fresh.isComplete());
    QCOMPARE(QFileInfo(fresh.front()->filePath()).size(), qint64(c.front()->bytes()));

    // Remove deletes on the server too.
    c.back()->remove();
    QTRY_VERIFY_WITH_TIMEOUT(session.attachment(QStringLiteral("id-back")).isEmpty(), Hang);
    QVERIFY(!c.back()->hasImage());
    QVERIFY(!c.isComplete());
    QVERIFY(c.problems().join(QString()).contains(QStringLiteral("国徽面")));
}

void TestIdPhotosE2e::materialsNoteAndImages()
{
    ApplicationSession session;
    TestStepContext context;
    MaterialsController c(&session, &context);
    signInWithApplication(&session);
    QVERIFY(c.isEditable());
    QVERIFY(c.noteEditable());

    const QString note = QStringLiteral("本人于2015年因户籍迁移变更姓名，特此说明。");
    c.setNote(note);
    PhotoSlot *slot = c.nextEmptySlot();
    slot->loadFile(photo(QStringLiteral("proof.jpg"), QSize(1400, 1900), QColor(250, 250, 245)));
    slot->waitForIdle();
    QTRY_COMPARE_WITH_TIMEOUT(slot->state(), PhotoSlot::Uploaded, Hang);
    c.leave();
    QTRY_COMPARE_WITH_TIMEOUT(
        session.section(zkgrad::Workflow::Section::Note).value(QStringLiteral("text")).toString(),
        note, Hang);

    TestStepContext otherContext;
    MaterialsController fresh(&session, &otherContext);
    fresh.fromJson({});
    QCOMPARE(fresh.note(), note);
    QTRY_VERIFY_WITH_TIMEOUT(fresh.otherSlots().at(0)->hasImage(), Hang);
    QCOMPARE(fresh.filledCount(), 1);
    QCOMPARE(fresh.otherSlots().at(0)->sha256(), slot->sha256());

    // A draft with the candidate's own note is not overwritten by the server.
    TestStepContext thirdContext;
    MaterialsController own(&session, &thirdContext);
    own.fromJson({ { QStringLiteral("note"), QStringLiteral("我自己的说明") } });
    QCOMPARE(own.note(), QStringLiteral("我自己的说明"));

    slot->remove();
    QTRY_VERIFY_WITH_TIMEOUT(session.attachment(QStringLiteral("other-1")).isEmpty(), Hang);
}

QTEST_MAIN(TestIdPhotosE2e)

#include "tst_e2e_idphotos.moc"
