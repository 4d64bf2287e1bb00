#include "session/applicationsession.h"
#include "steps/resume/resumecontroller.h"
#include "teststepcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using zkgrad::net::FieldError;

namespace {

const QDate kToday(2024, 6, 15);

/** Fills entry @p row with a complete period; @p to is "YYYY-MM" or "present". */
void fill(ResumeController &c, int row, const QString &from, const QString &to,
          const QString &organisation = QStringLiteral("重庆市示例中学"),
          const QString &role = QStringLiteral("学生"),
          const QString &witness = QStringLiteral("张老师"))
{
    ResumeEntryItem *e = c.entries()->item(row);
    QVERIFY(e);
    const zkgrad::YearMonth f = zkgrad::YearMonth::parse(from);
    e->setFromYear(f.year);
    e->setFromMonth(f.month);
    if (to == QLatin1String("present")) {
        e->setToPresent(true);
    } else {
        const zkgrad::YearMonth t = zkgrad::YearMonth::parse(to);
        e->setToPresent(false);
        e->setToYear(t.year);
        e->setToMonth(t.month);
    }
    e->setOrganisation(organisation);
    e->setRole(role);
    e->setWitness(witness);
}

/** A controller with a fixed "today" and the two entries of docs/api.md's example. */
void twoGoodEntries(ResumeController &c)
{
    c.setToday(kToday);
    c.addEntry();
    c.addEntry();
    fill(c, 0, QStringLiteral("2005-09"), QStringLiteral("2008-07"));
    fill(c, 1, QStringLiteral("2008-09"), QStringLiteral("present"),
         QStringLiteral("重庆示例科技有限公司"), QStringLiteral("职员"), QStringLiteral("李经理"));
}

QString error(const ResumeController &c, const QString &field)
{
    return c.errors().value(field).toString();
}

} // namespace

/** The resume step's controller: entries, the timeline checks at their fields, the draft. */
class TestResumeController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyResumeSaysWhatToDo();
    void completeResume();
    void addEditRemove();
    void errorsAtTheirFields();
    void fieldProblemsInPageOrder();
    void reorderFixesOrder();
    void moveAtTheEndsIsRefused();
    void gapIsAWarningBetweenEntries();
    void presentOnlyOnTheLastEntry();
    void addingAfterPresentMovesPresent();
    void futureDateAtTheRightField();
    void draftRoundTrip();
    void draftKeepsHalfChosenDates();
    void fromJsonToleratesJunk();
    void serverErrorsShowUntilFieldChanges();
    void serverErrorsOfOtherSectionsIgnored();
    void adoptsServerSectionOnlyWhenEmpty();
    void leaveWithoutServerKeepsDraft();
    void changedIsEmittedOnEdits();
    void periodHeading();

private:
    TestStepContext m_context; ///< the wizard as the controller sees it
};

void TestResumeController::emptyResumeSaysWhatToDo()
{
    ResumeController c(nullptr, &m_context);
    QVERIFY(!c.isComplete());
    QCOMPARE(c.count(), 0);
    QCOMPARE(c.problems().size(), 1);
    QVERIFY(!error(c, QStringLiteral("addEntryButton")).isEmpty());
    QCOMPARE(c.fieldProblems().constFirst().toMap().value(QStringLiteral("field")).toString(),
             QStringLiteral("addEntryButton"));
    QCOMPARE(c.problems().constFirst(), error(c, QStringLiteral("addEntryButton")));
}

void TestResumeController::completeResume()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    QVERIFY2(c.isComplete(), qPrintable(c.problems().join(u'\n')));
    QVERIFY(c.problems().isEmpty());
    QVERIFY(c.errors().isEmpty());
    QVERIFY(c.fieldProblems().isEmpty());
    QVERIFY(c.warnings().isEmpty());
}

void TestResumeController::addEditRemove()
{
    ResumeController c(nullptr, &m_context);
    c.setToday(kToday);
    QCOMPARE(c.addEntry(), 0);
    QCOMPARE(c.count(), 1);
    QVERIFY(!c.entryHasContent(0));
    // A blank entry: every field is asked for.
    QVERIFY(!c.isComplete());
    QVERIFY(!error(c, QStringLiteral("entry_0_from")).isEmpty());
    QVERIFY(!error(c, QStringLiteral("entry_0_to")).isEmpty());
    QVERIFY(!error(c, QStringLiteral("entry_0_organisation")).isEmpty());
    QVERIFY(!error(c, QStringLiteral("entry_0_role")).isEmpty());
    QVERIFY(!error(c, QStringLiteral("entry_0_witness")).isEmpty());

    fill(c, 0, QStringLiteral("2010-09"), QStringLiteral("present"));
    QVERIFY(c.entryHasContent(0));
    QVERIFY(c.isComplete());

    c.entries()->item(0)->setOrganisation(QStringLiteral("  "));
    QVERIFY(!c.isComplete());
    QVERIFY(!error(c, QStringLiteral("entry_0_organisation")).isEmpty());
    c.entries()->item(0)->setOrganisation(QStringLiteral("重庆示例公司"));
    QVERIFY(c.isComplete());

    QCOMPARE(c.addEntry(), 1);
    QCOMPARE(c.count(), 2);
    c.removeEntry(1);
    QCOMPARE(c.count(), 1);
    c.removeEntry(5); // out of range: nothing happens
    QCOMPARE(c.count(), 1);
    c.removeEntry(0);
    QCOMPARE(c.count(), 0);
    QVERIFY(!c.isComplete());
}

void TestResumeController::errorsAtTheirFields()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    c.entries()->item(1)->setWitness(QString());
    QVERIFY(!c.isComplete());
    QCOMPARE(c.errors().size(), 1);
    const QString witness = error(c, QStringLiteral("entry_1_witness"));
    QVERIFY(!witness.isEmpty());
    QVERIFY2(witness.contains(QLatin1String("2")), qPrintable(witness)); // names entry 2

    // From after to: shown at the end date of that entry.
    c.entries()->item(1)->setWitness(QStringLiteral("李经理"));
    c.entries()->item(0)->setFromYear(2009);
    QVERIFY(!error(c, QStringLiteral("entry_0_to")).isEmpty());
    QVERIFY(error(c, QStringLiteral("entry_0_from")).isEmpty());

    // A half-chosen start month: shown at the start.
    c.entries()->item(0)->setFromYear(2005);
    c.entries()->item(0)->setFromMonth(0);
    QVERIFY(!error(c, QStringLiteral("entry_0_from")).isEmpty());
    QCOMPARE(c.errors().size(), 1);

    // Overlap: the later entry's start runs into the earlier period.
    c.entries()->item(0)->setFromMonth(9);
    c.entries()->item(1)->setFromYear(2007);
    QVERIFY(c.errors().contains(QStringLiteral("entry_1_from")));
    QVERIFY(!c.errors().contains(QStringLiteral("entry_0_from")));
    QVERIFY(!c.isComplete());
}

void TestResumeController::fieldProblemsInPageOrder()
{
    ResumeController c(nullptr, &m_context);
    c.setToday(kToday);
    c.addEntry();
    c.addEntry();
    fill(c, 0, QStringLiteral("2005-09"), QStringLiteral("2008-07"));
    c.entries()->item(1)->setToPresent(true);
    c.entries()->item(1)->setRole(QStringLiteral("职员"));
    const QVariantList problems = c.fieldProblems();
    QStringList fields;
    for (const QVariant &p : problems)
        fields.append(p.toMap().value(QStringLiteral("field")).toString());
    QCOMPARE(fields,
             QStringList({ QStringLiteral("entry_1_from"), QStringLiteral("entry_1_organisation"),
                           QStringLiteral("entry_1_witness") }));
    QCOMPARE(c.problems().size(), 3);
    QCOMPARE(c.problems().constFirst(), error(c, QStringLiteral("entry_1_from")));
}

void TestResumeController::reorderFixesOrder()
{
    ResumeController c(nullptr, &m_context);
    c.setToday(kToday);
    c.addEntry();
    c.addEntry();
    // Entered the wrong way round: the later job first.
    fill(c, 0, QStringLiteral("2008-09"), QStringLiteral("2012-07"),
         QStringLiteral("重庆示例大学"));
    fill(c, 1, QStringLiteral("2005-09"), QStringLiteral("2008-07"),
         QStringLiteral("重庆示例中学"));
    ResumeEntryItem *later = c.entries()->item(0);
    ResumeEntryItem *earlier = c.entries()->item(1);
    QVERIFY(!c.isComplete());
    QVERIFY(!error(c, QStringLiteral("entry_1_from")).isEmpty()); // order

    QVERIFY(c.moveEntry(1, -1));
    QCOMPARE(c.entries()->item(0), earlier);
    QCOMPARE(c.entries()->item(1), later);
    QCOMPARE(earlier->row(), 0);
    QCOMPARE(later->row(), 1);
    QVERIFY(earlier->isFirst());
    QVERIFY(later->isLast());
    QVERIFY(!c.errors().contains(QStringLiteral("entry_1_from")));
    // Still the last entry must run until now.
    QVERIFY(!error(c, QStringLiteral("entry_1_to")).isEmpty());
    later->setToPresent(true);
    QVERIFY2(c.isComplete(), qPrintable(c.problems().join(u'\n')));

    QVERIFY(c.moveEntry(0, +1));
    QCOMPARE(c.entries()->item(1), earlier);
    QVERIFY(!c.isComplete());
}

void TestResumeController::moveAtTheEndsIsRefused()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    QSignalSpy moved(c.entries(), &QAbstractItemModel::rowsMoved);
    QVERIFY(!c.moveEntry(0, -1));
    QVERIFY(!c.moveEntry(1, +1));
    QVERIFY(!c.moveEntry(7, -1));
    QCOMPARE(moved.size(), 0);
    QVERIFY(c.moveEntry(0, +1));
    QCOMPARE(moved.size(), 1);
}

void TestResumeController::gapIsAWarningBetweenEntries()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    c.entries()->item(1)->setFromYear(2010); // 2008-07 .. 2010-09: 25 empty months
    QVERIFY(c.isComplete()); // warnings do not block
    QCOMPARE(c.warnings().size(), 1);
    const QString gap = c.warnings().value(QStringLiteral("entry_1")).toString();
    QVERIFY2(gap.contains(QLatin1String("25")), qPrintable(gap));
    QVERIFY(c.problems().isEmpty());
    c.entries()->item(1)->setFromYear(2008);
    QVERIFY(c.warnings().isEmpty());
}

void TestResumeController::presentOnlyOnTheLastEntry()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    c.entries()->item(0)->setToPresent(true);
    QVERIFY(!c.isComplete());
    const QString message = error(c, QStringLiteral("entry_0_to"));
    QVERIFY(!message.isEmpty());
    QCOMPARE(message,
             QStringLiteral("In entry 1 the end is \"until now\", but only the last entry can run "
                            "until now. Choose the month in which this period ended."));
    c.entries()->item(0)->setToPresent(false);
    QVERIFY(c.isComplete());
}

void TestResumeController::addingAfterPresentMovesPresent()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    QCOMPARE(c.addEntry(), 2);
    QVERIFY(!c.entries()->item(1)->toPresent());
    QVERIFY(c.entries()->item(2)->toPresent());
    QVERIFY(c.entries()->item(2)->isLast());
    QVERIFY(!c.entries()->item(1)->isLast());
    // Entry 2 now needs the month it ended.
    QVERIFY(!error(c, QStringLiteral("entry_1_to")).isEmpty());
}

void TestResumeController::futureDateAtTheRightField()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    c.entries()->item(1)->setToPresent(false);
    c.entries()->item(1)->setToYear(2025);
    c.entries()->item(1)->setToMonth(1);
    QVERIFY(!error(c, QStringLiteral("entry_1_to")).isEmpty());
    QVERIFY(!c.errors().contains(QStringLiteral("entry_1_from")));

    c.entries()->item(1)->setToPresent(true);
    c.entries()->item(1)->setFromYear(2024);
    c.entries()->item(1)->setFromMonth(7); // next month
    QVERIFY(!error(c, QStringLiteral("entry_1_from")).isEmpty());
    QVERIFY(!c.isComplete());
}

void TestResumeController::draftRoundTrip()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    const QJsonObject json = c.toJson();
    const QJsonArray entries = json.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("present"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2005-09"));

    // The draft is also what the server reads.
    const zkgrad::ResumeParseResult parsed = zkgrad::Resume::fromJson(QJsonDocument(json).toJson());
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.entries, c.entries()->entries());

    ResumeController d(nullptr, &m_context);
    d.setToday(kToday);
    d.fromJson(json);
    QCOMPARE(d.count(), 2);
    QCOMPARE(d.entries()->entries(), c.entries()->entries());
    QVERIFY(d.isComplete());
    QCOMPARE(d.toJson(), json);
}

void TestResumeController::draftKeepsHalfChosenDates()
{
    ResumeController c(nullptr, &m_context);
    c.addEntry();
    c.entries()->item(0)->setFromYear(2003);
    c.entries()->item(0)->setToMonth(6);
    const QJsonObject json = c.toJson();
    ResumeController d(nullptr, &m_context);
    d.fromJson(json);
    QCOMPARE(d.entries()->item(0)->fromYear(), 2003);
    QCOMPARE(d.entries()->item(0)->fromMonth(), 0);
    QCOMPARE(d.entries()->item(0)->toYear(), 0);
    QCOMPARE(d.entries()->item(0)->toMonth(), 6);
    QVERIFY(!d.isComplete());
}

void TestResumeController::fromJsonToleratesJunk()
{
    ResumeController c(nullptr, &m_context);
    c.setToday(kToday);
    c.fromJson(QJsonObject { { QStringLiteral("entries"), QStringLiteral("not a list") } });
    QCOMPARE(c.count(), 0);

    const QByteArray junk = R"({"entries": [
        42,
        "text",
        {"from": 2005, "to": ["2008-07"], "organisation": {"x": 1}, "role": null, "witness": 7},
        {"from": "garbage", "to": "2008-13", "fromYear": "1999", "toMonth": 99},
        {"from": "2008年9月", "to": "至今", "organisation": "重庆示例公司", "role": "职员",
         "witness": "李经理", "toYear": 2010},
        {"fromYear": 12345, "fromMonth": -3, "toYear": 2001.5}
    ]})";
    c.fromJson(QJsonDocument::fromJson(junk).object());
    // Objects are kept (the candidate sees and fixes them), anything else is dropped.
    QCOMPARE(c.count(), 4);
    const ResumeEntryItem *a = c.entries()->item(0);
    QCOMPARE(a->fromYear(), 0);
    QVERIFY(a->organisation().isEmpty());
    QVERIFY(a->witness().isEmpty());
    const ResumeEntryItem *b = c.entries()->item(1);
    QCOMPARE(b->fromYear(), 0);
    QCOMPARE(b->toMonth(), 0);
    const ResumeEntryItem *good = c.entries()->item(2);
    QCOMPARE(good->fromYear(), 2008);
    QCOMPARE(good->fromMonth(), 9);
    QVERIFY(good->toPresent());
    QCOMPARE(good->toYear(), 0);
    const ResumeEntryItem *d = c.entries()->item(3);
    QCOMPARE(d->fromYear(), 0);
    QCOMPARE(d->fromMonth(), 0);
    QCOMPARE(d->toYear(), 0);
    QVERIFY(!c.isComplete());

    // More entries than the rules accept are cut at the limit.
    QJsonArray many;
    for (int i = 0; i < zkgrad::Resume::maxEntries + 20; ++i)
        many.append(QJsonObject {});
    c.fromJson(QJsonObject { { QStringLiteral("entries"), many } });
    QCOMPARE(c.count(), zkgrad::Resume::maxEntries);

    c.fromJson({});
    QCOMPARE(c.count(), 0);
}

void TestResumeController::serverErrorsShowUntilFieldChanges()
{
    ApplicationSession session;
    ResumeController c(&session, &m_context);
    twoGoodEntries(c);
    QVERIFY(c.isComplete());
    const QString detail = QStringLiteral("服务器：证明人姓名无效。");
    const QString general = QStringLiteral("服务器：简历无法保存。");
    Q_EMIT session.fieldErrors(
        { FieldError { QStringLiteral("resume.entries[1].witness"), QStringLiteral("unknown"),
                       detail },
          FieldError { QStringLiteral("resume"), QStringLiteral("required"), general } });
    QCOMPARE(error(c, QStringLiteral("entry_1_witness")), detail);
    QVERIFY(c.problems().contains(detail));
    QVERIFY(c.problems().contains(general));
    bool listed = false;
    for (const QVariant &p : c.fieldProblems()) {
        const QVariantMap m = p.toMap();
        if (m.value(QStringLiteral("message")) == general)
            listed = m.value(QStringLiteral("field")).toString().isEmpty();
    }
    QVERIFY(listed);

    // Another field's change keeps it; changing that field clears it.
    c.entries()->item(1)->setRole(QStringLiteral("经理"));
    QCOMPARE(error(c, QStringLiteral("entry_1_witness")), detail);
    c.entries()->item(1)->setWitness(QStringLiteral("王经理"));
    QVERIFY(!c.errors().contains(QStringLiteral("entry_1_witness")));

    // A structural change makes the server's indexes meaningless: all of them go.
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("resume.entries[0].from"),
                                              QStringLiteral("in-future"), detail } });
    QCOMPARE(error(c, QStringLiteral("entry_0_from")), detail);
    QVERIFY(c.moveEntry(0, +1));
    QVERIFY(!c.problems().contains(detail));
    QVERIFY(!c.problems().contains(general));
}

void TestResumeController::serverErrorsOfOtherSectionsIgnored()
{
    ApplicationSession session;
    ResumeController c(&session, &m_context);
    twoGoodEntries(c);
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("selfAssessment.text"),
                                              QStringLiteral("too-short"), QStringLiteral("x") } });
    QVERIFY(c.errors().isEmpty());
    // An index the resume does not have is reported without a field.
    Q_EMIT session.fieldErrors({ FieldError { QStringLiteral("resume.entries[9].from"),
                                              QStringLiteral("order"), QStringLiteral("y") } });
    QVERIFY(c.problems().contains(QStringLiteral("y")));
    QVERIFY(!c.errors().values().contains(QStringLiteral("y")));
}

void TestResumeController::adoptsServerSectionOnlyWhenEmpty()
{
    const QJsonObject section = QJsonDocument::fromJson(R"({"entries": [
        {"from": "2005-09", "to": "2008-07", "organisation": "重庆市示例中学", "role": "学生", "witness": "张老师"},
        {"from": "2008-09", "to": "present", "organisation": "重庆示例科技有限公司", "role": "职员", "witness": "李经理"}
    ], "warnings": []})")
                                    .object();
    ResumeController empty(nullptr, &m_context);
    empty.setToday(kToday);
    empty.addEntry(); // a blank entry is still "nothing entered"
    empty.adoptServerSection(section);
    QCOMPARE(empty.count(), 2);
    QCOMPARE(empty.entries()->item(1)->witness(), QStringLiteral("李经理"));
    QVERIFY(empty.isComplete());

    ResumeController local(nullptr, &m_context);
    local.setToday(kToday);
    local.addEntry();
    local.entries()->item(0)->setOrganisation(QStringLiteral("本地草稿"));
    local.adoptServerSection(section);
    QCOMPARE(local.count(), 1);
    QCOMPARE(local.entries()->item(0)->organisation(), QStringLiteral("本地草稿"));

    ResumeController none(nullptr, &m_context);
    none.adoptServerSection(QJsonObject { { QStringLiteral("entries"), QJsonArray {} } });
    QCOMPARE(none.count(), 0);
}

void TestResumeController::leaveWithoutServerKeepsDraft()
{
    ApplicationSession session;
    ResumeController c(&session, &m_context);
    twoGoodEntries(c);
    QVERIFY(c.isEditable());
    const QJsonObject before = c.toJson();
    c.leave(); // no server: skipped, nothing lost
    QCOMPARE(c.toJson(), before);
    QVERIFY(c.isComplete());
}

void TestResumeController::changedIsEmittedOnEdits()
{
    ResumeController c(nullptr, &m_context);
    c.setToday(kToday);
    QSignalSpy changed(&c, &StepController::changed);
    c.addEntry();
    QCOMPARE(changed.size(), 1);
    c.entries()->item(0)->setRole(QStringLiteral("学生"));
    QCOMPARE(changed.size(), 2);
    c.entries()->item(0)->setRole(QStringLiteral("学生")); // same value: nothing
    QCOMPARE(changed.size(), 2);
    c.entries()->item(0)->setFromMonth(3);
    QCOMPARE(changed.size(), 3);

    // The lists the page rebuilds are announced only when they really change.
    QSignalSpy errors(&c, &StepController::errorsChanged);
    c.entries()->item(0)->setRole(QStringLiteral("职员"));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(errors.size(), 0);
    c.entries()->item(0)->setWitness(QStringLiteral("张老师"));
    QCOMPARE(errors.size(), 1); // errors and field problems changed: announced once
}

void TestResumeController::periodHeading()
{
    ResumeController c(nullptr, &m_context);
    twoGoodEntries(c);
    QCOMPARE(c.entries()->item(0)->period(), QStringLiteral("2005-09 – 2008-07"));
    QCOMPARE(c.entries()->item(1)->period(), QStringLiteral("2008-09 – until now"));
    c.entries()->item(0)->setFromMonth(0);
    QCOMPARE(c.entries()->item(0)->period(), QStringLiteral("2005-… – 2008-07"));
    // A new entry's heading says what is missing, not a row of ellipses.
    c.addEntry();
    QCOMPARE(c.entries()->item(2)->period(), QStringLiteral("… – until now"));
    c.clear();
    c.addEntry();
    QCOMPARE(c.entries()->item(0)->period(), QStringLiteral("Dates not chosen yet"));
}

QTEST_GUILESS_MAIN(TestResumeController)

#include "tst_resumecontroller.moc"
