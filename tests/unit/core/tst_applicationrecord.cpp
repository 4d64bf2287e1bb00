// The application resource read into Workflow's vocabulary (src/core/applicationrecord).

#include <applicationrecord.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using zkgrad::ApplicationRecord;
using zkgrad::Workflow;
using Section = Workflow::Section;
using State = Workflow::State;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// As docs/api.md shows it: a rejected bachelor's application, second round.
const char *const kRejected = R"({
  "id": "app_1", "batchId": "2026-2", "state": "rejected", "round": 2,
  "major": {"code": "B080901", "name": "计算机科学与技术", "level": "bachelor"},
  "school": {"code": "S01", "name": "重庆示例大学"},
  "priorDegreeCheck": {"required": true, "status": "failed", "message": "不一致"},
  "sections": {"priorDegree": null, "resume": {"entries": [{"from": "2005-09"}]},
               "selfAssessment": {"text": "本人", "length": 2}, "note": {"text": ""}},
  "attachments": [{"slot": "id-front", "sha256": "ab"}],
  "editableSections": ["id-card", "note", "bogus"],
  "locked": false,
  "missing": [{"field": "attachments.signature", "code": "required", "detail": "请上传签名"},
              {"field": "resume.entries[0].to", "code": "required", "detail": "x"},
              {"field": "contact.phone", "code": "required", "detail": "y"}],
  "rejection": {"category": "material", "reason": "身份证反面不清晰", "sections": ["id-card"],
                "at": "2026-11-02T08:00:00Z", "round": 1},
  "stages": [{"key": "school-review", "status": "rejected", "at": "2026-11-02T08:00:00Z"},
             {"key": "payment", "status": "not-started", "at": null}],
  "approvalDate": null, "refund": null
})";
} // namespace

/** What the app reads of an application, and that unknown values read as nothing. */
class TestApplicationRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void none()
    {
        const ApplicationRecord r = ApplicationRecord::fromJson({});
        QVERIFY(!r.exists());
        QVERIFY(!r.state());
        QVERIFY(!r.isSubmitted());
        // Before an application exists the candidate may change everything.
        QVERIFY(r.isEditable(Section::Resume));
        QVERIFY(!r.rejection());
        QVERIFY(ApplicationRecord::fromJson(parse(R"({"state": "draft"})")).state()
                == std::nullopt);
    }

    void rejected()
    {
        const ApplicationRecord r = ApplicationRecord::fromJson(parse(kRejected));
        QVERIFY(r.exists());
        QCOMPARE(r.state(), State::Rejected);
        QVERIFY(r.is(State::Rejected));
        QVERIFY(!r.isSubmitted());
        QCOMPARE(r.round(), 2);
        QCOMPARE(r.level(), ApplicationRecord::Level::Bachelor);
        QCOMPARE(r.priorDegreeCheck(), ApplicationRecord::PriorDegreeCheck::Failed);
        QCOMPARE(r.schoolName(), QStringLiteral("重庆示例大学"));
        // An unknown section name from the server is ignored, not guessed.
        QCOMPARE(r.editableSections(), (QList<Section> { Section::IdCard, Section::Note }));
        QVERIFY(r.isEditable(Section::Note));
        QVERIFY(!r.isEditable(Section::Resume));
        QCOMPARE(r.section(Section::SelfAssessment).value(QStringLiteral("length")).toInt(), 2);
        QVERIFY(r.section(Section::PriorDegree).isEmpty());
        QVERIFY(r.section(Section::IdCard).isEmpty());
        QCOMPARE(r.attachment(QStringLiteral("id-front")).value(QStringLiteral("sha256")),
                 QStringLiteral("ab"));
        QVERIFY(r.attachment(QStringLiteral("id-back")).isEmpty());

        const auto missing = r.missing();
        QCOMPARE(missing.size(), 3);
        QCOMPARE(missing.at(0).section, Section::Signature);
        QCOMPARE(missing.at(1).section, Section::Resume);
        QVERIFY(!missing.at(2).section);

        const auto rejection = r.openRejection();
        QVERIFY(rejection);
        QCOMPARE(rejection->category, Workflow::RejectionCategory::Material);
        QCOMPARE(rejection->sections, QList<Section> { Section::IdCard });
        QCOMPARE(rejection->round, 1);
        QCOMPARE(rejection->at, QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::utc()));

        QCOMPARE(r.schoolReview().status, Workflow::StageStatus::Rejected);
        QCOMPARE(r.payment().status, Workflow::StageStatus::NotStarted);
        QVERIFY(!r.payment().at.isValid());
        // A stage the server did not list has not started.
        QCOMPARE(r.cityReview().status, Workflow::StageStatus::NotStarted);
        QVERIFY(!r.approvalDate().isValid());
        QVERIFY(!r.refund());
    }

    void resubmittedKeepsTheRejectionForTheRecord()
    {
        QJsonObject json = parse(kRejected);
        json.insert(QStringLiteral("state"), QStringLiteral("resubmitted"));
        const ApplicationRecord r = ApplicationRecord::fromJson(json);
        QVERIFY(r.isSubmitted());
        QVERIFY(r.rejection());
        QVERIFY(!r.openRejection());
    }

    void failedWithRefund()
    {
        const ApplicationRecord r = ApplicationRecord::fromJson(parse(R"({
          "id": "app_2", "state": "failed", "approvalDate": "2026-12-01",
          "refund": {"amountFen": 5000, "note": "退回原交费账号", "recordedAt": "2026-12-02T01:00:00Z"},
          "history": [{"to": "city-review", "detail": ""}, {"to": "failed", "detail": "学籍不符"}]
        })"));
        QCOMPARE(r.state(), State::Failed);
        QCOMPARE(r.failureReason(), QStringLiteral("学籍不符"));
        QVERIFY(r.refund());
        QCOMPARE(r.refund()->amountFen, 5000);
        QCOMPARE(r.approvalDate(), QDate(2026, 12, 1));
    }

    void fieldPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("section"); // -1: none
        QTest::newRow("id-back") << "attachments.id-back" << int(Section::IdCard);
        QTest::newRow("other-3") << "attachments.other-3" << int(Section::OtherMaterials);
        QTest::newRow("diploma") << "attachments.diploma" << int(Section::PriorDegree);
        QTest::newRow("signature") << "attachments.signature" << int(Section::Signature);
        QTest::newRow("resume entry") << "resume.entries[2].from" << int(Section::Resume);
        QTest::newRow("resume") << "resume" << int(Section::Resume);
        QTest::newRow("prior field") << "priorDegree.idNumber" << int(Section::PriorDegree);
        QTest::newRow("self") << "selfAssessment.text" << int(Section::SelfAssessment);
        QTest::newRow("note") << "note.text" << int(Section::Note);
        QTest::newRow("sections.") << "sections.resume" << int(Section::Resume);
        QTest::newRow("contact") << "contact.phone" << -1;
        QTest::newRow("unknown slot") << "attachments.photo" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void fieldPaths()
    {
        QFETCH(QString, path);
        QFETCH(int, section);
        const auto found = ApplicationRecord::sectionForField(path);
        if (section < 0)
            QVERIFY2(!found, qPrintable(path));
        else
            QCOMPARE(found, Section(section));
    }
};

QTEST_GUILESS_MAIN(TestApplicationRecord)
#include "tst_applicationrecord.moc"
