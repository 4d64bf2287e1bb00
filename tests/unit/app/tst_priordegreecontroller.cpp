#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "steps/priordegree/priordegreecontroller.h"
#include "teststepcontext.h"

#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::net::FieldError;

namespace {
const QString kName = QStringLiteral("赵本未");
const QString kId = QStringLiteral("500101199001010034"); // born 1990-01-01, valid check digit
const QString kSchool = QStringLiteral("重庆示例职业学院");
const QString kNumber = QStringLiteral("125351201506000123"); // layout year 2015
const QDate kToday(2026, 6, 1);

const QStringList kImageFields { QStringLiteral("diploma"), QStringLiteral("registrationRecord"),
                                 QStringLiteral("identityChange") };

// The keys of @p errors that are not images, sorted.
QStringList textFields(const QVariantMap &errors)
{
    QStringList out;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!kImageFields.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

void fillValid(PriorDegreeController &c)
{
    c.setToday(kToday);
    c.setName(kName);
    c.setIdNumber(kId);
    c.setSchool(kSchool);
    c.setGraduationYear(2015);
    c.setGraduationMonth(7);
    c.setGraduationDay(1);
    c.setDiplomaNumber(kNumber);
}
} // namespace

/** The prior-degree step's controller: each rule at its field, images, draft, server errors. */
class TestPriorDegreeController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStepListsEveryFieldInPageOrder();
    void validFieldsLeaveOnlyTheImages();
    void ruleMessageAtItsField_data();
    void ruleMessageAtItsField();
    void oldDiplomaNumberOnlyWarns();
    void payloadIsNormalised();
    void identityChangedRequiresThirdImage();
    void draftRoundTrip();
    void fromJsonToleratesJunk_data();
    void fromJsonToleratesJunk();
    void serverErrorsShowAtTheFieldUntilItChanges();
    void leaveWithoutServerKeepsTheDraft();

private:
    /** A document-like JPEG (lines of "text" on white) written into the test folder. */
    QString writeDocument(const QString &name);
    /** Loads a document into @p slot and waits for the fitting to finish. */
    void loadInto(PhotoSlot *slot, const QString &name);

    QTemporaryDir m_files;
};

void TestPriorDegreeController::initTestCase()
{
    QVERIFY(m_files.isValid());
}

QString TestPriorDegreeController::writeDocument(const QString &name)
{
    QImage page(1400, 1000, QImage::Format_RGB888);
    page.fill(QColor(250, 250, 245));
    QPainter p(&page);
    p.setPen(QPen(QColor(20, 20, 30), 4));
    for (int y = 120; y < 900; y += 60) {
        for (int x = 100; x < 1300; x += 90)
            p.drawRect(x, y, 50 + (x * y) % 30, 26);
    }
    p.end();
    const QString path = m_files.filePath(name);
    const bool saved = page.save(path, "JPEG", 92);
    Q_ASSERT(saved);
    return path;
}

void TestPriorDegreeController::loadInto(PhotoSlot *slot, const QString &name)
{
    slot->loadFile(writeDocument(name));
    slot->waitForIdle();
    QVERIFY2(slot->errorMessage().isEmpty(), qPrintable(slot->errorMessage()));
    QVERIFY(slot->hasImage());
    QVERIFY(slot->usable());
}

void TestPriorDegreeController::emptyStepListsEveryFieldInPageOrder()
{
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    QVERIFY(!c.isComplete());
    const QStringList order { QStringLiteral("name"),
                              QStringLiteral("idNumber"),
                              QStringLiteral("school"),
                              QStringLiteral("graduationDate"),
                              QStringLiteral("diplomaNumber"),
                              QStringLiteral("diploma"),
                              QStringLiteral("registrationRecord") };
    QStringList fields;
    for (const QVariant &v : c.fieldProblems())
        fields.append(v.toMap().value(QStringLiteral("field")).toString());
    QCOMPARE(fields, order);
    QCOMPARE(c.errors().keys().size(), order.size());
    // Without an identity change the explanation is not asked for.
    QVERIFY(!c.errors().contains(QStringLiteral("identityChange")));
    // The first problem is the reason Next is disabled: it names the field.
    QCOMPARE(c.problems().size(), order.size());
    QVERIFY2(c.problems().first().startsWith(QStringLiteral("Name on the diploma: ")),
             qPrintable(c.problems().first()));
    QVERIFY(c.problems().at(3).startsWith(QStringLiteral("Graduation date: ")));
    QVERIFY(c.graduationDate().isEmpty());
}

void TestPriorDegreeController::validFieldsLeaveOnlyTheImages()
{
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    QSignalSpy changed(&c, &StepController::changed);
    fillValid(c);
    QVERIFY(changed.count() >= 8);
    QCOMPARE(textFields(c.errors()), QStringList());
    QCOMPARE(c.graduationDate(), QStringLiteral("2015-07-01"));
    QVERIFY(!c.isComplete());
    QVERIFY(c.problems().first().contains(QStringLiteral("photo or scan of your prior diploma")));

    loadInto(c.diploma(), QStringLiteral("diploma.jpg"));
    QVERIFY(!c.isComplete());
    QCOMPARE(c.errors().keys(), QStringList { QStringLiteral("registrationRecord") });
    loadInto(c.registrationRecord(), QStringLiteral("record.jpg"));
    QVERIFY2(c.isComplete(), qPrintable(c.problems().join(QLatin1Char('\n'))));
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.fieldProblems().isEmpty());
    QVERIFY(c.errors().isEmpty());
}

void TestPriorDegreeController::ruleMessageAtItsField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // part of the (untranslated) message

    QTest::newRow("name empty") << "name"
                                << ""
                                << "name exactly as it appears";
    QTest::newRow("name digits") << "name"
                                 << "赵本3"
                                 << "cannot contain digits";
    QTest::newRow("name latin") << "name"
                                << "Zhao"
                                << "not a Chinese character";
    QTest::newRow("id short") << "idNumber"
                              << "50010119900101"
                              << "must have 18 characters";
    QTest::newRow("id check digit") << "idNumber"
                                    << "500101199001010035"
                                    << "check digit";
    QTest::newRow("id empty") << "idNumber"
                              << ""
                              << "18-character resident ID";
    QTest::newRow("school empty") << "school"
                                  << "   "
                                  << "school that issued the diploma";
    QTest::newRow("school long") << "school" << QString(101, QChar(0x5B66)) << "at most 100";
    QTest::newRow("date future") << "graduationDate"
                                 << "2027-07-01"
                                 << "in the future";
    QTest::newRow("date before 14") << "graduationDate"
                                    << "2003-07-01"
                                    << "14th birthday";
    QTest::newRow("date no such day") << "graduationDate"
                                      << "2015-02-30"
                                      << "has no day 30";
    QTest::newRow("date no day") << "graduationDate"
                                 << "2015-07-0"
                                 << "incomplete";
    QTest::newRow("date nothing") << "graduationDate"
                                  << "0-0-0"
                                  << "year, month and day";
    QTest::newRow("date two-digit year") << "graduationDate"
                                         << "15-07-01"
                                         << "not a graduation year";
    QTest::newRow("number empty") << "diplomaNumber"
                                  << ""
                                  << "number printed on your prior";
    QTest::newRow("number year") << "diplomaNumber"
                                 << "125351201406000123"
                                 << "Digits 7 to 10";
    QTest::newRow("number too long")
        << "diplomaNumber" << QString(41, QLatin1Char('7')) << "longer than 40";
}

void TestPriorDegreeController::ruleMessageAtItsField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    fillValid(c);
    if (field == QLatin1String("graduationDate")) {
        // An old-style number only warns, so the date's message stands alone.
        c.setDiplomaNumber(QStringLiteral("甲0001"));
        const QStringList parts = value.split(QLatin1Char('-'));
        c.setGraduationYear(parts.at(0).toInt());
        c.setGraduationMonth(parts.at(1).toInt());
        c.setGraduationDay(parts.at(2).toInt());
    } else {
        QVERIFY(c.setProperty(field.toLatin1().constData(), value));
    }
    // The message is at that field and only there; the summary and Next say it too.
    QCOMPARE(textFields(c.errors()), QStringList { field });
    const QString message = c.errors().value(field).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!c.isComplete());
    bool listed = false;
    for (const QVariant &v : c.fieldProblems()) {
        const QVariantMap p = v.toMap();
        if (p.value(QStringLiteral("field")).toString() == field) {
            listed = p.value(QStringLiteral("message")).toString().endsWith(message);
            break;
        }
    }
    QVERIFY(listed);
    QVERIFY(c.problems().first().endsWith(message));
}

void TestPriorDegreeController::oldDiplomaNumberOnlyWarns()
{
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    fillValid(c);
    c.setDiplomaNumber(QStringLiteral("渝专字 第 0123 号"));
    QVERIFY(!c.errors().contains(QStringLiteral("diplomaNumber")));
    QVERIFY(c.warnings()
                .value(QStringLiteral("diplomaNumber"))
                .toString()
                .contains(QStringLiteral("18-digit layout")));
    c.setDiplomaNumber(kNumber);
    QVERIFY(c.warnings().isEmpty());
}

void TestPriorDegreeController::payloadIsNormalised()
{
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    fillValid(c);
    c.setName(QStringLiteral(" 赵本未 "));
    c.setIdNumber(QStringLiteral("５００１０１ 19900101 0034"));
    c.setDiplomaNumber(QStringLiteral(" 12535 1201506000123 "));
    c.setSchool(QStringLiteral("  重庆示例职业学院 "));
    QCOMPARE(textFields(c.errors()), QStringList());
    const QJsonObject body = c.payload();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), kName);
    QCOMPARE(body.value(QStringLiteral("idNumber")).toString(), kId);
    QCOMPARE(body.value(QStringLiteral("diplomaNumber")).toString(), kNumber);
    QCOMPARE(body.value(QStringLiteral("school")).toString(), kSchool);
    QCOMPARE(body.value(QStringLiteral("graduationDate")).toString(), QStringLiteral("2015-07-01"));
    QCOMPARE(body.value(QStringLiteral("identityChanged")), QJsonValue(false));
    QCOMPARE(body.size(), 6);
}

void TestPriorDegreeController::identityChangedRequiresThirdImage()
{
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    fillValid(c);
    loadInto(c.diploma(), QStringLiteral("d.jpg"));
    loadInto(c.registrationRecord(), QStringLiteral("r.jpg"));
    QVERIFY(c.isComplete());

    c.setIdentityChanged(true);
    QVERIFY(!c.isComplete());
    QCOMPARE(c.errors().keys(), QStringList { QStringLiteral("identityChange") });
    QVERIFY(c.errors()
                .value(QStringLiteral("identityChange"))
                .toString()
                .contains(QStringLiteral("police station")));
    QVERIFY(c.problems().first().startsWith(QStringLiteral("Explanation of the change: ")));
    QCOMPARE(c.payload().value(QStringLiteral("identityChanged")), QJsonValue(true));

    loadInto(c.identityChange(), QStringLiteral("i.jpg"));
    QVERIFY(c.isComplete());
    // Unticking keeps the image but no longer needs it.
    c.setIdentityChanged(false);
    QVERIFY(c.isComplete());
    QVERIFY(c.identityChange()->hasImage());
}

void TestPriorDegreeController::draftRoundTrip()
{
    TestStepContext context;
    QJsonObject saved;
    {
        PriorDegreeController c(nullptr, &context);
        fillValid(c);
        c.setIdentityChanged(true);
        loadInto(c.diploma(), QStringLiteral("rt-d.jpg"));
        loadInto(c.identityChange(), QStringLiteral("rt-i.jpg"));
        saved = c.toJson();
    }
    PriorDegreeController back(nullptr, &context);
    back.setToday(kToday);
    QSignalSpy changed(&back, &StepController::changed);
    back.fromJson(saved);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(back.name(), kName);
    QCOMPARE(back.idNumber(), kId);
    QCOMPARE(back.school(), kSchool);
    QCOMPARE(back.diplomaNumber(), kNumber);
    QCOMPARE(back.graduationDate(), QStringLiteral("2015-07-01"));
    QVERIFY(back.identityChanged());
    QVERIFY(back.diploma()->hasImage());
    QVERIFY(!back.registrationRecord()->hasImage());
    QVERIFY(back.identityChange()->hasImage());
    QCOMPARE(back.errors().keys(), QStringList { QStringLiteral("registrationRecord") });
    QCOMPARE(back.toJson(), saved);

    // A half-chosen date survives too.
    PriorDegreeController partial(nullptr, &context);
    partial.setGraduationYear(2016);
    PriorDegreeController partialBack(nullptr, &context);
    partialBack.fromJson(partial.toJson());
    QCOMPARE(partialBack.graduationYear(), 2016);
    QCOMPARE(partialBack.graduationMonth(), 0);
    QVERIFY(partialBack.graduationDate().isEmpty());
}

void TestPriorDegreeController::fromJsonToleratesJunk_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("wrong types") << QJsonObject {
        { QStringLiteral("name"), 5 },
        { QStringLiteral("idNumber"), QJsonArray { 1, 2 } },
        { QStringLiteral("school"), true },
        { QStringLiteral("diplomaNumber"), QJsonValue::Null },
        { QStringLiteral("graduationYear"), QStringLiteral("2015") },
        { QStringLiteral("graduationMonth"), 13 },
        { QStringLiteral("graduationDay"), 2.5 },
        { QStringLiteral("identityChanged"), QStringLiteral("yes") },
        { QStringLiteral("diploma"), QJsonArray { 1 } },
        { QStringLiteral("registrationRecord"), QStringLiteral("x") },
        { QStringLiteral("identityChange"), QJsonObject { { QStringLiteral("file"), 7 } } },
    };
    QTest::newRow("out of range") << QJsonObject {
        { QStringLiteral("graduationYear"), -4 },
        { QStringLiteral("graduationMonth"), 0 },
        { QStringLiteral("graduationDay"), 1e300 },
    };
}

void TestPriorDegreeController::fromJsonToleratesJunk()
{
    QFETCH(QJsonObject, json);
    TestStepContext context;
    PriorDegreeController c(nullptr, &context);
    fillValid(c);
    c.fromJson(json);
    // Nothing usable: everything is back to empty, and the step says so.
    QVERIFY(c.name().isEmpty());
    QVERIFY(c.idNumber().isEmpty());
    QVERIFY(c.school().isEmpty());
    QVERIFY(c.diplomaNumber().isEmpty());
    QCOMPARE(c.graduationYear(), 0);
    QCOMPARE(c.graduationMonth(), 0);
    QCOMPARE(c.graduationDay(), 0);
    QVERIFY(!c.identityChanged());
    QVERIFY(!c.diploma()->hasImage());
    QVERIFY(!c.isComplete());
    QVERIFY(c.errors().contains(QStringLiteral("name")));
}

void TestPriorDegreeController::serverErrorsShowAtTheFieldUntilItChanges()
{
    TestStepContext context;
    ApplicationSession session;
    PriorDegreeController c(&session, &context);
    fillValid(c);
    QCOMPARE(textFields(c.errors()), QStringList());

    QSignalSpy changed(&c, &StepController::changed);
    const QString refusal = QStringLiteral("不能超过100个字。");
    // Another section's refusal is not ours.
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("resume.entries[0].from"),
                                              QStringLiteral("required"), QStringLiteral("x") } });
    QCOMPARE(changed.count(), 0);
    Q_EMIT session.fieldErrors(
        { FieldError { QStringLiteral("priorDegree.school"), QStringLiteral("too-long"), refusal },
          FieldError { QStringLiteral("attachments.diploma"), QStringLiteral("too-large"),
                       QStringLiteral("图片太大") } });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(textFields(c.errors()), QStringList { QStringLiteral("school") });
    QCOMPARE(c.errors().value(QStringLiteral("school")).toString(), refusal);
    QVERIFY(c.problems().first().startsWith(QStringLiteral("School: ")));

    // Another field changing keeps it; the school changing clears it.
    c.setName(QStringLiteral("赵本"));
    QVERIFY(c.errors().contains(QStringLiteral("school")));
    c.setSchool(QStringLiteral("重庆示例学院"));
    QCOMPARE(textFields(c.errors()), QStringList());
}

void TestPriorDegreeController::leaveWithoutServerKeepsTheDraft()
{
    TestStepContext context;
    ApplicationSession session; // offline: writes are skipped, the draft keeps everything
    PriorDegreeController c(&session, &context);
    QVERIFY(c.isEditable());
    QVERIFY(c.checkMessage().isEmpty());
    fillValid(c);
    loadInto(c.diploma(), QStringLiteral("l.jpg"));
    const QJsonObject before = c.toJson();
    c.leave();
    QCOMPARE(c.toJson(), before);
    QCOMPARE(session.syncState(), ApplicationSession::Synced);
}

QTEST_MAIN(TestPriorDegreeController)

#include "tst_priordegreecontroller.moc"
