#include "session/applicationsession.h"
#include "steps/checksubmit/checksubmitcontroller.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "translations.h"
#include "wizard/step.h"
#include "wizard/wizardcontroller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

/** Tests the check-and-submit step: window and countdown, blocking problems, snapshot, rejection.
 */
class TestCheckSubmitController : public QObject
{
    Q_OBJECT

private:
    static zkgrad::BatchRules window()
    {
        zkgrad::BatchRules rules;
        rules.windowOpens = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
        rules.windowCloses = QDateTime(QDate(2026, 12, 28), QTime(16, 0), QTimeZone::utc());
        return rules;
    }
    static QDateTime at(int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    }
    static QJsonObject app(const QString &state, const QJsonObject &extra = {})
    {
        QJsonObject a { { QStringLiteral("id"), QStringLiteral("app_1") },
                        { QStringLiteral("state"), state },
                        { QStringLiteral("round"), 1 } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            a.insert(it.key(), it.value());
        return a;
    }
    static void completeNotice(NoticeController *notice)
    {
        for (int i = 0; i < ConditionModel::Count; ++i)
            notice->setConditionConfirmed(i, true);
        notice->setCandidateType(NoticeController::Social);
        notice->setReadConfirmed(true);
    }

private Q_SLOTS:
    void init() { zkgrad::Translations::install(QStringLiteral("en")); }

    void windowStatesAndCountdown_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<QString>("text");
        // Beijing time is UTC+8: 2026-11-01 00:00Z opens at 08:00, 2026-12-28 16:00Z closes
        // at midnight of the 29th.
        QTest::newRow("before") << at(10, 31, 23, 59)
                                << int(CheckSubmitController::WindowNotYetOpen) << true
                                << QStringLiteral("opens on 2026-11-01 08:00");
        QTest::newRow("opening") << at(11, 1, 0) << int(CheckSubmitController::WindowOpen) << false
                                 << QStringLiteral("open until 2026-12-29 00:00");
        QTest::newRow("8 days") << at(12, 20, 16) << int(CheckSubmitController::WindowOpen) << false
                                << QStringLiteral("open until");
        QTest::newRow("7 days") << at(12, 21, 16) << int(CheckSubmitController::WindowOpen) << true
                                << QStringLiteral("7 days left");
        QTest::newRow("2.5 days") << at(12, 26, 4) << int(CheckSubmitController::WindowOpen) << true
                                  << QStringLiteral("2 days left");
        QTest::newRow("47.5 hours") << at(12, 26, 16, 30) << int(CheckSubmitController::WindowOpen)
                                    << true << QStringLiteral("48 hours left");
        QTest::newRow("5 hours") << at(12, 28, 11) << int(CheckSubmitController::WindowOpen) << true
                                 << QStringLiteral("5 hours left");
        QTest::newRow("minutes") << at(12, 28, 15, 30) << int(CheckSubmitController::WindowOpen)
                                 << true << QStringLiteral("Less than an hour");
        QTest::newRow("closed") << at(12, 28, 16) << int(CheckSubmitController::WindowClosed)
                                << true << QStringLiteral("closed on 2026-12-29 00:00");
    }

    void windowStatesAndCountdown()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, state);
        QFETCH(bool, urgent);
        QFETCH(QString, text);
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        check->setServerOverride(app(QStringLiteral("draft")), window());
        check->setClock([now] { return now; });
        QCOMPARE(int(check->windowState()), state);
        QCOMPARE(check->windowUrgent(), urgent);
        QVERIFY2(check->windowText().contains(text), qPrintable(check->windowText()));
    }

    void unknownWindowSaysNothingAndDoesNotBlock()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        check->setServerOverride(app(QStringLiteral("draft")), zkgrad::BatchRules::defaults());
        QCOMPARE(check->windowState(), CheckSubmitController::WindowUnknown);
        QVERIFY(check->windowText().isEmpty());
        QVERIFY(!check->windowUrgent());
    }

    void outsideTheWindowSubmittingIsBlocked()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        check->setServerOverride(app(QStringLiteral("draft")), window());
        check->setClock([] { return at(12, 30, 0); });
        QVERIFY(!check->canSubmit());
        QCOMPARE(check->submitBlockedReason(), check->windowText());
        QVERIFY(check->submitBlockedReason().contains(QStringLiteral("closed")));
        check->setClock([] { return at(10, 1, 0); });
        QCOMPARE(check->submitBlockedReason(), check->windowText());
        QVERIFY(check->submitBlockedReason().contains(QStringLiteral("opens")));
        // Inside the window the local problems are what blocks.
        check->setClock([] { return at(11, 28, 0); });
        QVERIFY(!check->canSubmit());
        QVERIFY(check->submitBlockedReason().contains(QStringLiteral("Fix every problem")));
        QVERIFY(!check->isComplete());
        // submit() refuses while anything blocks; nothing is in flight.
        check->submit();
        QVERIFY(!check->submitting());
    }

    void blockingProblemsLinkToTheirSteps()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        const QVariantList blocking = check->blockingProblems();
        QVERIFY(!blocking.isEmpty());
        // In step order, the notice first, each with the step it is fixed on.
        const QVariantMap first = blocking.constFirst().toMap();
        QCOMPARE(first.value(QStringLiteral("stepKey")).toString(), QStringLiteral("notice"));
        QCOMPARE(first.value(QStringLiteral("stepIndex")).toInt(), int(Step::Notice));
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("change_notice"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(),
                 wizard.notice()->problems().constFirst());
        int noticeProblems = 0;
        int lastIndex = -1;
        for (const QVariant &v : blocking) {
            const int index = v.toMap().value(QStringLiteral("stepIndex")).toInt();
            QVERIFY(index >= lastIndex);
            lastIndex = index;
            if (index == Step::Notice)
                ++noticeProblems;
            QVERIFY(index != Step::PriorDegree); // does not apply (level unknown)
        }
        QCOMPARE(noticeProblems, wizard.notice()->problems().size());
        QCOMPARE(check->fieldProblems().size(), blocking.size());
        QVERIFY(check->fieldProblems()
                    .constFirst()
                    .toMap()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(wizard.step(Step::Notice)->title()));
        QVERIFY(!check->canSubmit());
        QVERIFY(check->problems().constFirst().contains(wizard.notice()->problems().constFirst()));

        // Completing the notice removes its problems and moves the next step first.
        completeNotice(wizard.notice());
        const QVariantMap next = check->blockingProblems().constFirst().toMap();
        QVERIFY(next.value(QStringLiteral("stepIndex")).toInt() > Step::Notice);
        // The notice is complete but the server still misses something placed on it? No:
        // server items are placed by path; an unknown path is listed without a step.
        check->setServerOverride(
            app(QStringLiteral("draft"),
                { { QStringLiteral("missing"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("field"), QStringLiteral("mystery") },
                        { QStringLiteral("detail"), QStringLiteral("something else") } } } } }),
            std::nullopt);
        const QVariantMap last = check->blockingProblems().constLast().toMap();
        QCOMPARE(last.value(QStringLiteral("stepIndex")).toInt(), -1);
        QVERIFY(last.value(QStringLiteral("field")).toString().isEmpty());
        QVERIFY(check->fieldProblems()
                    .constLast()
                    .toMap()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("The server")));
        // Sign-in has no "change" button on the page, so its problem is no link.
        wizard.session()->setRequiresSignIn(true);
        const QVariantMap signIn = check->blockingProblems().constFirst().toMap();
        QCOMPARE(signIn.value(QStringLiteral("stepKey")).toString(), QStringLiteral("sign-in"));
        QVERIFY(signIn.value(QStringLiteral("field")).toString().isEmpty());
        QVERIFY(last.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("something else")));
    }

    void serverPathsMapToSteps()
    {
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("attachments.id-back")),
                 QStringLiteral("id-photos"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("attachments.signature")),
                 QStringLiteral("signature"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("attachments.diploma")),
                 QStringLiteral("prior-degree"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("attachments.other-3")),
                 QStringLiteral("materials"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("resume.entries[1].from")),
                 QStringLiteral("resume"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("selfAssessment.text")),
                 QStringLiteral("self-assessment"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("priorDegree.name")),
                 QStringLiteral("prior-degree"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("note")),
                 QStringLiteral("materials"));
        QCOMPARE(CheckSubmitController::stepKeyOfField(QStringLiteral("contact.phone")),
                 QStringLiteral("profile"));
        QVERIFY(CheckSubmitController::stepKeyOfField(QStringLiteral("whatever")).isEmpty());
    }

    void rejectionMarksTheNamedSteps()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        QSignalSpy summary(check, &CheckSubmitController::summaryChanged);
        const QJsonObject rejection {
            { QStringLiteral("category"), QStringLiteral("material") },
            { QStringLiteral("reason"), QStringLiteral("身份证反面照片不清晰") },
            { QStringLiteral("sections"),
              QJsonArray { QStringLiteral("id-card"), QStringLiteral("note"),
                           QStringLiteral("other-materials") } },
            { QStringLiteral("round"), 1 }
        };
        check->setServerOverride(
            app(QStringLiteral("rejected"), { { QStringLiteral("rejection"), rejection } }),
            std::nullopt);
        QVERIFY(summary.count() > 0);
        QVERIFY(check->resubmission());
        QVERIFY(!check->submitted());
        QVERIFY(check->isEditable());
        QVERIFY(!check->isComplete());
        QCOMPARE(check->affectedSteps(),
                 (QStringList { QStringLiteral("id-photos"), QStringLiteral("materials") }));
        QCOMPARE(check->rejectionFor(QStringLiteral("id-photos")),
                 QStringLiteral("身份证反面照片不清晰"));
        QCOMPARE(check->rejectionFor(QStringLiteral("materials")),
                 QStringLiteral("身份证反面照片不清晰"));
        QVERIFY(check->rejectionFor(QStringLiteral("resume")).isEmpty());
        for (const QVariant &v : check->groups()) {
            const QVariantMap g = v.toMap();
            const QString key = g.value(QStringLiteral("key")).toString();
            QCOMPARE(g.value(QStringLiteral("needsChanges")).toBool(),
                     key == QLatin1String("id-photos") || key == QLatin1String("materials"));
        }

        // Resubmitted: the rejection stays on record, but no step needs changes any more.
        check->setServerOverride(
            app(QStringLiteral("resubmitted"), { { QStringLiteral("rejection"), rejection } }),
            std::nullopt);
        QVERIFY(check->affectedSteps().isEmpty());
        QVERIFY(check->rejectionFor(QStringLiteral("id-photos")).isEmpty());
        QVERIFY(check->submitted());
        QVERIFY(check->isComplete());
        QVERIFY(check->problems().isEmpty());
        QVERIFY(!check->isEditable());
        QVERIFY(!check->canSubmit());
    }

    void submittedApplicationCompletesTheStep()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        QVERIFY(!wizard.step(Step::CheckSubmit)->complete());
        QSignalSpy changed(check, &StepController::changed);
        check->setServerOverride(app(QStringLiteral("submitted")), std::nullopt);
        QVERIFY(changed.count() > 0);
        QVERIFY(wizard.step(Step::CheckSubmit)->complete());
        for (const QString &state : { QStringLiteral("draft"), QStringLiteral("rejected") }) {
            check->setServerOverride(app(state), std::nullopt);
            QVERIFY(!check->isComplete());
        }
    }

    void snapshotMarksWhatChanged()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        completeNotice(wizard.notice());
        wizard.materials()->setNote(QStringLiteral("单位更名。"));
        // Nothing submitted yet: nothing is marked.
        QVERIFY(check->toJson().isEmpty());
        QVERIFY(!check->changedSinceSubmission(QStringLiteral("notice")));

        // As saved at a submission.
        const QJsonObject draft {
            { QStringLiteral("submitted"),
              QJsonObject { { QStringLiteral("notice"), wizard.notice()->toJson() },
                            { QStringLiteral("materials"), wizard.materials()->toJson() } } },
            { QStringLiteral("round"), 1 }
        };
        check->fromJson(draft);
        QCOMPARE(check->toJson(), draft);
        QVERIFY(!check->changedSinceSubmission(QStringLiteral("notice")));
        QVERIFY(!check->changedSinceSubmission(QStringLiteral("materials")));

        wizard.materials()->setNote(QStringLiteral("单位于2020年更名。"));
        QVERIFY(check->changedSinceSubmission(QStringLiteral("materials")));
        QVERIFY(!check->changedSinceSubmission(QStringLiteral("notice")));
        bool marked = false;
        for (const QVariant &v : check->groups()) {
            const QVariantMap g = v.toMap();
            if (g.value(QStringLiteral("key")).toString() == QLatin1String("materials"))
                marked = g.value(QStringLiteral("changed")).toBool();
            else
                QVERIFY(!g.value(QStringLiteral("changed")).toBool());
        }
        QVERIFY(marked);
        // Changing it back is no change.
        wizard.materials()->setNote(QStringLiteral("单位更名。"));
        QVERIFY(!check->changedSinceSubmission(QStringLiteral("materials")));

        // The snapshot is part of the wizard's draft.
        QCOMPARE(wizard.toJson().value(QStringLiteral("check-submit")).toObject(), draft);
    }

    void summaryListsEveryApplicableEntryStep()
    {
        WizardController wizard(nullptr);
        CheckSubmitController *check = wizard.checkSubmit();
        completeNotice(wizard.notice());
        QStringList keys;
        QVariantMap notice;
        for (const QVariant &v : check->groups()) {
            const QVariantMap g = v.toMap();
            keys << g.value(QStringLiteral("key")).toString();
            if (keys.constLast() == QLatin1String("notice"))
                notice = g;
        }
        // The prior degree does not apply while the level is unknown.
        QCOMPARE(keys,
                 (QStringList { QStringLiteral("notice"), QStringLiteral("profile"),
                                QStringLiteral("resume"), QStringLiteral("id-photos"),
                                QStringLiteral("self-assessment"), QStringLiteral("signature"),
                                QStringLiteral("materials") }));
        QCOMPARE(notice.value(QStringLiteral("index")).toInt(), int(Step::Notice));
        QVERIFY(notice.value(QStringLiteral("complete")).toBool());
        const QVariantList rows = notice.value(QStringLiteral("rows")).toList();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.constFirst()
                    .toMap()
                    .value(QStringLiteral("value"))
                    .toString()
                    .contains(QStringLiteral("社会考生")));
        wizard.setCandidateLevel(WizardController::Benke);
        wizard.setPriorDegreeCheck(WizardController::CheckFailed);
        bool prior = false;
        for (const QVariant &v : check->groups()) {
            const QVariantMap g = v.toMap();
            if (g.value(QStringLiteral("key")).toString() == QLatin1String("prior-degree")) {
                prior = true;
                QCOMPARE(g.value(QStringLiteral("photos")).toList().size(), 2);
            }
        }
        QVERIFY(prior);
    }

    void changeLinksOpenEarlierSteps()
    {
        WizardController wizard(nullptr);
        completeNotice(wizard.notice());
        wizard.next();
        QCOMPARE(wizard.currentIndex(), int(Step::Profile));
        QVERIFY(wizard.checkSubmit()->openStep(Step::Notice));
        QCOMPARE(wizard.currentIndex(), int(Step::Notice));
    }
};

QTEST_MAIN(TestCheckSubmitController)
#include "tst_checksubmitcontroller.moc"
