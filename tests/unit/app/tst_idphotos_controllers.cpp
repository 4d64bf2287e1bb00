// The ID photos and the note and other materials steps without a server: what is
// missing or wrong and where, the draft, server refusals shown at their field.
#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "steps/idphotos/idphotoscontroller.h"
#include "steps/materials/materialscontroller.h"
#include "teststepcontext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::net::FieldError;

/** IdPhotosController and MaterialsController over offline sessions. */
class TestIdPhotosControllers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idPhotosNameTheMissingSides();
    void idPhotosCompleteWithBothSides();
    void idPhotosDraftRoundTrip();
    void idPhotosShowServerRefusalUntilChanged();
    void materialsEmptyIsComplete();
    void materialsNoteLimit();
    void materialsSlotsAndDraft();
    void materialsServerRefusalOfNote();

private:
    QString photo(const QString &name, QSize size = QSize(1500, 950));

    QTemporaryDir m_files;
};

void TestIdPhotosControllers::initTestCase()
{
    QVERIFY(m_files.isValid());
}

QString TestIdPhotosControllers::photo(const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(QColor(232, 228, 218));
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 3));
    for (int y = 40; y < size.height() - 40; y += 36)
        p.drawLine(60, y, size.width() - 60, y + 8);
    p.end();
    const QString path = m_files.filePath(name);
    if (!image.save(path, "JPEG", 92))
        return {};
    return path;
}

void TestIdPhotosControllers::idPhotosNameTheMissingSides()
{
    TestStepContext context;
    ApplicationSession session;
    IdPhotosController c(&session, &context);
    QVERIFY(c.isEditable());
    QVERIFY(!c.isComplete());
    QCOMPARE(c.problems().size(), 2);
    QVERIFY(c.problems().at(0).contains(QStringLiteral("人像面")));
    QVERIFY(c.problems().at(1).contains(QStringLiteral("国徽面")));
    QCOMPARE(c.fieldProblems().size(), 2);
    QCOMPARE(c.fieldProblems().at(0).toMap().value(QStringLiteral("field")).toString(),
             QStringLiteral("idFrontSlot"));
    // Missing is not "wrong": nothing in errors until something fails.
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.errorProblems().isEmpty());
    QCOMPARE(c.front()->slot(), QStringLiteral("id-front"));
    QCOMPARE(c.back()->slot(), QStringLiteral("id-back"));
    QCOMPARE(c.front()->purpose(), zkgrad::imaging::PhotoPurpose::IdCard);
    QVERIFY(!c.front()->title().isEmpty());
    QVERIFY(!c.front()->hint().isEmpty());
    // The files go next to the draft.
    QCOMPARE(QFileInfo(c.front()->filePath()).absolutePath(),
             QFileInfo(QDir(context.filesFolder()).filePath(QStringLiteral("attachments/x")))
                 .absolutePath());
}

void TestIdPhotosControllers::idPhotosCompleteWithBothSides()
{
    TestStepContext context;
    ApplicationSession session;
    IdPhotosController c(&session, &context);
    QSignalSpy changed(&c, &StepController::changed);
    c.front()->loadFile(photo(QStringLiteral("front.jpg")));
    QVERIFY(!c.isComplete());
    QVERIFY(c.problems().at(0).contains(c.front()->title())); // "still being prepared"
    c.front()->waitForIdle();
    QVERIFY(changed.size() >= 2);
    QVERIFY(!c.isComplete());
    QCOMPARE(c.problems().size(), 1);
    QVERIFY(c.problems().at(0).contains(QStringLiteral("国徽面")));

    // A refused file for the back is an error at its field.
    const QString text = m_files.filePath(QStringLiteral("back.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    c.back()->loadFile(text);
    c.back()->waitForIdle();
    QVERIFY(c.errors().contains(QStringLiteral("idBackSlot")));
    QVERIFY(c.errors()
                .value(QStringLiteral("idBackSlot"))
                .toString()
                .contains(QStringLiteral("back.txt")));
    QCOMPARE(c.errorProblems().size(), 1);
    QVERIFY(!c.isComplete());

    c.back()->loadFile(photo(QStringLiteral("back.jpg")));
    c.back()->waitForIdle();
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.isComplete());
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.fieldProblems().isEmpty());
    // Offline: saved locally, sent later; leaving does not fail.
    QCOMPARE(c.front()->state(), PhotoSlot::UploadQueued);
    c.leave();
    QVERIFY(c.isComplete());
}

void TestIdPhotosControllers::idPhotosDraftRoundTrip()
{
    TestStepContext context;
    ApplicationSession session;
    QJsonObject json;
    {
        IdPhotosController c(&session, &context);
        c.front()->loadFile(photo(QStringLiteral("front2.jpg")));
        c.front()->waitForIdle();
        c.back()->loadFile(photo(QStringLiteral("back2.jpg")));
        c.back()->waitForIdle();
        QVERIFY(c.isComplete());
        json = c.toJson();
    }
    QVERIFY(json.contains(QStringLiteral("front")));
    QVERIFY(json.contains(QStringLiteral("back")));
    IdPhotosController restored(&session, &context);
    restored.fromJson(json);
    QVERIFY(restored.isComplete());
    QCOMPARE(restored.front()->sourceName(), QStringLiteral("front2.jpg"));
    QCOMPARE(restored.toJson(), json);

    // The back's file went missing (cleaned up by hand): it is asked for again.
    QVERIFY(QFile::remove(restored.back()->filePath()));
    IdPhotosController partial(&session, &context);
    partial.fromJson(json);
    QVERIFY(!partial.isComplete());
    QVERIFY(partial.front()->usable());
    QVERIFY(!partial.back()->hasImage());
    QVERIFY(partial.errors().contains(QStringLiteral("idBackSlot")));

    // Garbage in the draft is ignored.
    partial.fromJson({ { QStringLiteral("front"), 3 }, { QStringLiteral("back"), QJsonArray {} } });
    QVERIFY(!partial.isComplete());
    QCOMPARE(partial.problems().size(), 2);
}

void TestIdPhotosControllers::idPhotosShowServerRefusalUntilChanged()
{
    TestStepContext context;
    ApplicationSession session;
    IdPhotosController c(&session, &context);
    c.front()->loadFile(photo(QStringLiteral("front3.jpg")));
    c.front()->waitForIdle();
    c.back()->loadFile(photo(QStringLiteral("back3.jpg")));
    c.back()->waitForIdle();
    QVERIFY(c.isComplete());
    Q_EMIT session.fieldErrors(
        { FieldError { QStringLiteral("attachments.id-back"), QStringLiteral("decode"),
                       QStringLiteral("图片无法解码") } });
    QVERIFY(!c.isComplete());
    QVERIFY(c.errors()
                .value(QStringLiteral("idBackSlot"))
                .toString()
                .contains(QStringLiteral("图片无法解码")));
    // Another image replaces the refused one: the message goes.
    c.back()->loadFile(photo(QStringLiteral("back4.jpg"), QSize(1400, 900)));
    c.back()->waitForIdle();
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.isComplete());
}

void TestIdPhotosControllers::materialsEmptyIsComplete()
{
    TestStepContext context;
    ApplicationSession session;
    MaterialsController c(&session, &context);
    QVERIFY(c.isComplete());
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.toJson().isEmpty());
    QCOMPARE(c.otherSlots().size(), 9);
    QCOMPARE(c.otherSlots().at(8)->slot(), QStringLiteral("other-9"));
    QCOMPARE(c.nextEmptySlot(), c.otherSlots().at(0));
    QCOMPARE(MaterialsController::fieldOf(c.otherSlots().at(2)), QStringLiteral("otherSlot_3"));
    QCOMPARE(c.filledCount(), 0);
    c.leave(); // nothing to write, no server: fine
}

void TestIdPhotosControllers::materialsNoteLimit()
{
    TestStepContext context;
    ApplicationSession session;
    MaterialsController c(&session, &context);
    // 500 characters as TextCount counts them: white space does not count.
    c.setNote(QString(500, QChar(u'字')) + QStringLiteral("  \n "));
    QCOMPARE(c.noteCount(), 500);
    QVERIFY(c.isComplete());
    QVERIFY(c.noteCounterText().startsWith(QStringLiteral("500 / 500")));
    c.setNote(QString(498, QChar(u'字')) + QStringLiteral("e\u0301") + QStringLiteral("𠀀𠀀"));
    QCOMPARE(c.noteCount(), 501); // the accented letter is one character, so is Ext-B
    QVERIFY(!c.isComplete());
    const QString message = c.errors().value(QStringLiteral("noteText")).toString();
    QVERIFY(message.contains(QStringLiteral("501")));
    QVERIFY(message.contains(QStringLiteral("500")));
    QCOMPARE(c.noteError(), message);
    QCOMPARE(c.problems(), QStringList { message });
    QCOMPARE(c.fieldProblems().size(), 1);
    c.leave(); // an invalid note is not sent
    c.setNote(QStringLiteral("本人姓名于2015年变更。"));
    QVERIFY(c.isComplete());
    QVERIFY(c.noteError().isEmpty());
    QCOMPARE(c.toJson().value(QStringLiteral("note")).toString(),
             QStringLiteral("本人姓名于2015年变更。"));
}

void TestIdPhotosControllers::materialsSlotsAndDraft()
{
    TestStepContext context;
    ApplicationSession session;
    QJsonObject json;
    {
        MaterialsController c(&session, &context);
        c.setNote(QStringLiteral("说明"));
        PhotoSlot *first = c.nextEmptySlot();
        first->loadFile(photo(QStringLiteral("m1.jpg")));
        QCOMPARE(c.nextEmptySlot(), c.otherSlots().at(1));
        QVERIFY(!c.isComplete()); // still being prepared
        first->waitForIdle();
        QVERIFY(c.isComplete());
        PhotoSlot *second = c.nextEmptySlot();
        second->loadFile(photo(QStringLiteral("m2.jpg")));
        second->waitForIdle();
        QCOMPARE(c.filledCount(), 2);
        first->remove();
        QCOMPARE(c.filledCount(), 1);
        QCOMPARE(c.nextEmptySlot(), first);
        json = c.toJson();
    }
    const QJsonObject others = json.value(QStringLiteral("others")).toObject();
    QCOMPARE(others.keys(), QStringList { QStringLiteral("other-2") });
    MaterialsController restored(&session, &context);
    restored.fromJson(json);
    QCOMPARE(restored.note(), QStringLiteral("说明"));
    QCOMPARE(restored.filledCount(), 1);
    QVERIFY(restored.otherSlots().at(1)->usable());
    QCOMPARE(restored.otherSlots().at(1)->sourceName(), QStringLiteral("m2.jpg"));
    QCOMPARE(restored.toJson(), json);
}

void TestIdPhotosControllers::materialsServerRefusalOfNote()
{
    TestStepContext context;
    ApplicationSession session;
    MaterialsController c(&session, &context);
    c.setNote(QStringLiteral("说明"));
    Q_EMIT session.fieldErrors(
        { FieldError { QStringLiteral("note.text"), QStringLiteral("forbidden-character"),
                       QStringLiteral("含有无法打印的字符") } });
    QVERIFY(!c.isComplete());
    QVERIFY(c.noteError().contains(QStringLiteral("含有无法打印的字符")));
    c.setNote(QStringLiteral("说明。"));
    QVERIFY(c.noteError().isEmpty());
    QVERIFY(c.isComplete());
}

QTEST_MAIN(TestIdPhotosControllers)

#include "tst_idphotos_controllers.moc"
