#include "draftstore.h"
#include "session/applicationsession.h"
#include "steps/materials/materialscontroller.h"
#include "steps/notice/noticecontroller.h"
#include "translations.h"
#include "wizard/stepmodel.h"
#include "wizard/wizardcontroller.h"

#include "testaccess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using zkgrad::testing::Access;

/** Tests the wizard frame: step order, applicability, navigation, the notice step and drafts. */
class TestWizardController : public QObject
{
    Q_OBJECT

private:
    static void completeNotice(NoticeController *notice)
    {
        for (int i = 0; i < ConditionModel::Count; ++i)
            notice->setConditionConfirmed(i, true);
        notice->setCandidateType(NoticeController::Social);
        notice->setReadConfirmed(true);
    }

    /** An application as the server sends it, with just what decides editability. */
    static QJsonObject application(const QString &state, const QStringList &editable,
                                   const QStringList &rejected = {})
    {
        QJsonObject app {
            { QStringLiteral("id"), QStringLiteral("app_1") },
            { QStringLiteral("state"), state },
            { QStringLiteral("editableSections"), QJsonArray::fromStringList(editable) },
            { QStringLiteral("locked"), editable.isEmpty() },
            { QStringLiteral("major"),
              QJsonObject { { QStringLiteral("level"), QStringLiteral("associate") } } }
        };
        if (!rejected.isEmpty())
            app.insert(QStringLiteral("rejection"),
                       QJsonObject {
                           { QStringLiteral("category"), QStringLiteral("material") },
                           { QStringLiteral("reason"), QStringLiteral("不清晰") },
                           { QStringLiteral("sections"), QJsonArray::fromStringList(rejected) } });
        return app;
    }

    /** Every data-entry step of a 专科 applicant (no prior degree). */
    static QList<Step::Id> entrySteps()
    {
        return { Step::Notice,         Step::Profile,   Step::Resume,   Step::IdPhotos,
                 Step::SelfAssessment, Step::Signature, Step::Materials };
    }

private Q_SLOTS:
    void init() { zkgrad::Translations::install(QStringLiteral("en")); }

    void stepsFollowTheGuide()
    {
        WizardController wizard(nullptr);
        const QStringList expected {
            QStringLiteral("sign-in"),         QStringLiteral("notice"),
            QStringLiteral("profile"),         QStringLiteral("prior-degree"),
            QStringLiteral("resume"),          QStringLiteral("id-photos"),
            QStringLiteral("self-assessment"), QStringLiteral("signature"),
            QStringLiteral("materials"),       QStringLiteral("check-submit"),
            QStringLiteral("progress"),        QStringLiteral("payment"),
            QStringLiteral("certificate")
        };
        QStringList keys;
        for (const Step *step : wizard.steps())
            keys << step->key();
        QCOMPARE(keys, expected);
        QCOMPARE(wizard.stepModel()->rowCount(), expected.size());
        for (const Step *step : wizard.steps()) {
            QVERIFY(!step->title().isEmpty());
            QVERIFY(!step->summary().isEmpty());
            QCOMPARE(Step::idFromKey(step->key()), int(step->id()));
        }
    }

    void opensOnTheFirstStepWithWorkLeft()
    {
        // No server: nothing to sign in to, so the notice is first.
        WizardController wizard(nullptr);
        QCOMPARE(wizard.currentStep()->id(), Step::Notice);
        QCOMPARE(wizard.currentStep()->status(), Step::Current);
        QCOMPARE(wizard.step(Step::Profile)->status(), Step::NotVisited);
        // The app expects a server: sign in first, then back to where the candidate was.
        wizard.session()->setRequiresSignIn(true);
        QCOMPARE(wizard.currentStep()->id(), Step::SignIn);
        QVERIFY(!wizard.canGoNext());
        QVERIFY(!wizard.goTo(Step::Notice));
        wizard.session()->setRequiresSignIn(false);
        QCOMPARE(wizard.currentStep()->id(), Step::Notice);
    }

    void nextWaitsForTheNotice()
    {
        WizardController wizard(nullptr);
        NoticeController *notice = wizard.notice();
        QVERIFY(!wizard.canGoNext());
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("condition a")));
        QCOMPARE(notice->problems().size(), 8);

        for (int i = 0; i < ConditionModel::Count; ++i) {
            QVERIFY(!wizard.canGoNext());
            notice->setConditionConfirmed(i, true);
        }
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("independent candidate")));
        notice->setCandidateType(NoticeController::Assisted);
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("assisted candidate")));
        notice->setAssistedConfirmed(true);
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("read and understood")));
        QVERIFY(!wizard.canGoNext());
        notice->setReadConfirmed(true);
        QVERIFY(wizard.canGoNext());
        QVERIFY(wizard.nextBlockedReason().isEmpty());
        QVERIFY(notice->isComplete());

        // Withdrawing one condition blocks again.
        notice->setConditionConfirmed(2, false);
        QVERIFY(!wizard.canGoNext());
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("condition c")));
    }

    void independentCandidateNeedsNoSchoolConfirmation()
    {
        WizardController wizard(nullptr);
        completeNotice(wizard.notice());
        QVERIFY(wizard.canGoNext());
        wizard.notice()->setCandidateType(NoticeController::Assisted);
        QVERIFY(!wizard.canGoNext());
    }

    void navigationSkipsStepsThatDoNotApply()
    {
        WizardController wizard(nullptr);
        completeNotice(wizard.notice());
        QSignalSpy changed(&wizard, &WizardController::currentChanged);
        wizard.next();
        QCOMPARE(wizard.currentStep()->id(), Step::Profile);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(wizard.step(Step::Notice)->status(), Step::Done);
        // The profile is built: without a chosen major it blocks, and says why.
        QVERIFY(!wizard.canGoNext());
        QVERIFY(!wizard.nextBlockedReason().isEmpty());
        QVERIFY(wizard.show(QStringLiteral("resume")));
        wizard.back();
        QCOMPARE(wizard.currentStep()->id(), Step::Profile); // prior degree does not apply yet
        // Before submission nothing comes after check and submit.
        QVERIFY(wizard.show(QStringLiteral("check-submit")));
        QVERIFY(!wizard.canGoNext());
    }

    void emptyOptionalStepIsOptionalNotDone()
    {
        WizardController wizard(nullptr);
        Step *materials = wizard.step(Step::Materials);
        QVERIFY(materials->complete()); // it does not hold the candidate up ...
        QCOMPARE(materials->status(), Step::Optional); // ... but nothing was done there
        materials->setVisited(true);
        QCOMPARE(materials->status(), Step::Optional);
        QVERIFY(!materials->readOnly());

        QSignalSpy state(materials, &Step::stateChanged);
        wizard.materials()->setNote(QStringLiteral("   "));
        QCOMPARE(materials->status(), Step::Optional); // blank is nothing
        wizard.materials()->setNote(QStringLiteral("本人于二〇一五年更名。"));
        QCOMPARE(materials->status(), Step::Done);
        QVERIFY(state.count() >= 1);
        wizard.materials()->setNote(QString(zkgrad::Note::maxChars + 1, u'字'));
        QCOMPARE(materials->status(), Step::HasProblems);
        materials->setVisited(false);
        QCOMPARE(materials->status(), Step::NotVisited);
        wizard.materials()->setNote({});
        QCOMPARE(materials->status(), Step::Optional);

        // Required steps are unchanged: never "optional".
        QCOMPARE(wizard.step(Step::Resume)->status(), Step::NotVisited);
        completeNotice(wizard.notice());
        wizard.next();
        QCOMPARE(wizard.step(Step::Notice)->status(), Step::Done);
    }

    void submittedStepsSaySubmittedWhateverTheDraft()
    {
        WizardController wizard(nullptr);
        QVERIFY(wizard.show(QStringLiteral("check-submit")));
        // This computer's draft is empty (the application was filed from another computer).
        for (Step::Id id : entrySteps())
            QVERIFY2(wizard.step(id)->status() != Step::Submitted, qPrintable(Step::keyOf(id)));
        QSignalSpy resumeState(wizard.step(Step::Resume), &Step::stateChanged);

        Access::adoptApplication(*wizard.session(), application(QStringLiteral("submitted"), {}));
        QCOMPARE(wizard.stage(), WizardController::Submitted);
        QVERIFY(resumeState.count() >= 1);
        for (Step::Id id : entrySteps()) {
            const Step *step = wizard.step(id);
            QVERIFY2(step->readOnly(), qPrintable(step->key()));
            QCOMPARE(step->status(), Step::Submitted);
            // Nothing here can be changed, so nothing here can block: no problems to fix.
            QVERIFY(step->complete());
            QVERIFY(step->problems().isEmpty());
        }
        QVERIFY(!wizard.notice()->isComplete()); // the local answers are still what they were
        const QModelIndex resumeRow = wizard.stepModel()->index(Step::Resume);
        QCOMPARE(resumeRow.data(StepModel::StatusRole).toInt(), int(Step::Submitted));
        // The current step stays "current"; the list can reach everything after it.
        QVERIFY(wizard.goTo(Step::Notice));
        QCOMPARE(wizard.step(Step::Notice)->status(), Step::Current);
        QVERIFY(wizard.canGoNext());
        QVERIFY(wizard.goTo(Step::Progress));
        QCOMPARE(wizard.step(Step::Notice)->status(), Step::Submitted);

        // The school sends the ID photos back: that step needs changes, the note may change
        // (so the materials step is editable and empty), the rest stays as submitted.
        Access::adoptApplication(*wizard.session(),
                                 application(QStringLiteral("rejected"),
                                             { QStringLiteral("id-card"), QStringLiteral("note") },
                                             { QStringLiteral("id-card") }));
        QCOMPARE(wizard.step(Step::IdPhotos)->status(), Step::NeedsChanges);
        QVERIFY(!wizard.step(Step::IdPhotos)->readOnly());
        QCOMPARE(wizard.step(Step::Materials)->status(), Step::Optional);
        for (Step::Id id : { Step::Notice, Step::Resume, Step::SelfAssessment, Step::Signature })
            QCOMPARE(wizard.step(id)->status(), Step::Submitted);
        // Contact details lock only with the whole application: editable while rejected.
        QVERIFY(!wizard.step(Step::Profile)->readOnly());
        QCOMPARE(wizard.step(Step::Profile)->status(), Step::NotVisited);

        // Without an application (signed out) everything is the local draft again.
        Access::adoptApplication(*wizard.session(), {});
        for (Step::Id id : entrySteps())
            QVERIFY2(!wizard.step(id)->readOnly(), qPrintable(Step::keyOf(id)));
        QCOMPARE(wizard.step(Step::Resume)->status(), Step::NotVisited);
        QCOMPARE(wizard.step(Step::Materials)->status(), Step::Optional);
    }

    void priorDegreeOnlyForFailedBachelorCheck_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("check");
        QTest::addColumn<bool>("applies");
        QTest::newRow("unknown") << int(WizardController::LevelUnknown)
                                 << int(WizardController::CheckUnknown) << false;
        QTest::newRow("zhuanke") << int(WizardController::Zhuanke)
                                 << int(WizardController::CheckFailed) << false;
        QTest::newRow("benke passed")
            << int(WizardController::Benke) << int(WizardController::CheckPassed) << false;
        QTest::newRow("benke failed")
            << int(WizardController::Benke) << int(WizardController::CheckFailed) << true;
        QTest::newRow("benke unknown")
            << int(WizardController::Benke) << int(WizardController::CheckUnknown) << false;
    }

    void priorDegreeOnlyForFailedBachelorCheck()
    {
        QFETCH(int, level);
        QFETCH(int, check);
        QFETCH(bool, applies);
        WizardController wizard(nullptr);
        wizard.setCandidateLevel(static_cast<WizardController::CandidateLevel>(level));
        wizard.setPriorDegreeCheck(static_cast<WizardController::PriorDegreeCheck>(check));
        const Step *step = wizard.step(Step::PriorDegree);
        QCOMPARE(step->applicable(), applies);
        QCOMPARE(step->notApplicableReason().isEmpty(), applies);
        QCOMPARE(step->status() == Step::NotApplicable || step->status() == Step::Later, !applies);
    }

    void laterStepsFollowTheReview()
    {
        WizardController wizard(nullptr);
        QVERIFY(!wizard.step(Step::Progress)->applicable());
        QCOMPARE(wizard.step(Step::Progress)->status(), Step::Later);
        QVERIFY(!wizard.step(Step::Payment)->applicable());
        QVERIFY(!wizard.step(Step::Certificate)->applicable());
        wizard.setStage(WizardController::Submitted);
        QVERIFY(wizard.step(Step::Progress)->applicable());
        QVERIFY(wizard.step(Step::Progress)->status() != Step::Later);
        QVERIFY(!wizard.step(Step::Payment)->applicable());
        wizard.setStage(WizardController::SchoolApproved);
        QVERIFY(wizard.step(Step::Payment)->applicable());
        QVERIFY(!wizard.step(Step::Certificate)->applicable());
        wizard.setStage(WizardController::CityApproved);
        QVERIFY(wizard.step(Step::Certificate)->applicable());
    }

    // Which later steps open follows the server's state through Workflow's stages.
    void stageFollowsTheServersState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("stage");
        using W = WizardController;
        const QList<std::pair<zkgrad::Workflow::State, W::Stage>> rows {
            { zkgrad::Workflow::State::Draft, W::NotSubmitted },
            { zkgrad::Workflow::State::Submitted, W::Submitted },
            { zkgrad::Workflow::State::Rejected, W::Submitted },
            { zkgrad::Workflow::State::Resubmitted, W::Submitted },
            { zkgrad::Workflow::State::SchoolApproved, W::SchoolApproved },
            { zkgrad::Workflow::State::Paid, W::SchoolApproved },
            { zkgrad::Workflow::State::CityReview, W::SchoolApproved },
            { zkgrad::Workflow::State::Approved, W::CityApproved },
            { zkgrad::Workflow::State::Failed, W::CityFailed },
        };
        QCOMPARE(rows.size(), zkgrad::Workflow::allStates().size());
        for (const auto &[state, stage] : rows) {
            const QString name = zkgrad::Workflow::stateName(state);
            QTest::newRow(qPrintable(name)) << name << int(stage);
        }
    }

    void stageFollowsTheServersState()
    {
        QFETCH(QString, state);
        QFETCH(int, stage);
        WizardController wizard(nullptr);
        Access::adoptApplication(*wizard.session(), application(state, {}));
        QCOMPARE(wizard.session()->state(), zkgrad::Workflow::stateFromName(state));
        QCOMPARE(int(wizard.stage()), stage);
    }

    void cannotSubmitWhileStepsAreMissing()
    {
        WizardController wizard(nullptr);
        completeNotice(wizard.notice());
        QVERIFY(!wizard.canSubmit());
        // Jumping past the incomplete steps is refused; up to the first blocking one is fine.
        // The profile is built now: it blocks any jump beyond it until it is complete.
        QVERIFY(!wizard.goTo(Step::CheckSubmit));
        QVERIFY(!wizard.goTo(Step::Signature));
        QVERIFY(wizard.goTo(Step::Profile));
        QVERIFY(!wizard.canGoNext());
        QVERIFY(!wizard.nextBlockedReason().isEmpty());
        QVERIFY(wizard.goTo(Step::Notice));
        wizard.notice()->setReadConfirmed(false);
        QVERIFY(!wizard.goTo(Step::Resume));
        QVERIFY(!wizard.goTo(Step::Payment)); // does not apply
    }

    void showOpensAnyApplicableStepWithoutSkippingChecks()
    {
        WizardController wizard(nullptr);
        QVERIFY(!wizard.goTo(Step::Signature + 1)); // the notice still blocks a jump
        QVERIFY(wizard.show(QStringLiteral("signature")));
        QCOMPARE(wizard.currentStep()->id(), Step::Signature);
        QVERIFY(!wizard.canSubmit());
        QVERIFY(!wizard.step(Step::Notice)->complete());
        QVERIFY(!wizard.show(QStringLiteral("payment"))); // opens after the school approves
        QVERIFY(!wizard.show(QStringLiteral("no-such-step")));
        QCOMPARE(wizard.currentStep()->id(), Step::Signature);
    }

    void draftRestoresStepAndAnswers()
    {
        QTemporaryDir dir;
        {
            DraftStore store(dir.path());
            WizardController wizard(&store);
            wizard.restore();
            completeNotice(wizard.notice());
            wizard.notice()->setConditionConfirmed(4, false);
            wizard.notice()->setConditionConfirmed(4, true);
            wizard.setCandidateLevel(WizardController::Benke);
            wizard.next();
            QCOMPARE(wizard.currentStep()->id(), Step::Profile);
            QCOMPARE(wizard.saveState(), WizardController::Saved);
        }
        DraftStore store(dir.path());
        WizardController wizard(&store);
        wizard.restore();
        QCOMPARE(wizard.currentStep()->id(), Step::Profile);
        QVERIFY(wizard.notice()->isComplete());
        QCOMPARE(wizard.notice()->candidateType(), NoticeController::Social);
        QCOMPARE(wizard.candidateLevel(), WizardController::Benke);
        QVERIFY(wizard.step(Step::Notice)->visited());
        QVERIFY(wizard.draftMessage().isEmpty());
    }

    void nothingIsSavedBeforeTheDraftIsLoaded()
    {
        // A start that moved to sign-in before loading once wrote an empty draft over the
        // candidate's: the real draft must survive whatever happens before restore().
        QTemporaryDir dir;
        {
            DraftStore store(dir.path());
            WizardController wizard(&store);
            wizard.restore();
            completeNotice(wizard.notice());
            QVERIFY(wizard.saveNow());
        }
        {
            DraftStore store(dir.path());
            WizardController wizard(&store);
            wizard.session()->setRequiresSignIn(true); // moves to sign-in: would save
            QVERIFY(!wizard.saveNow());
            QTest::qWait(1500); // longer than the save debounce
            wizard.restore();
            QVERIFY(wizard.notice()->isComplete());
        }
        DraftStore store(dir.path());
        WizardController wizard(&store);
        wizard.restore();
        QVERIFY(wizard.notice()->isComplete());
    }

    void changesAreSavedWithinASecond()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        WizardController wizard(&store);
        wizard.restore();
        QSignalSpy saved(&store, &DraftStore::saved);
        wizard.notice()->setConditionConfirmed(0, true);
        QCOMPARE(wizard.saveState(), WizardController::Saving);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 3000);
        QCOMPARE(wizard.saveState(), WizardController::Saved);
        DraftStore other(dir.path());
        WizardController reread(&other);
        reread.restore();
        QVERIFY(reread.notice()->conditions()->isConfirmed(0));
    }

    void damagedDraftIsReported()
    {
        QTemporaryDir dir;
        {
            DraftStore store(dir.path());
            WizardController wizard(&store);
            wizard.restore();
            wizard.notice()->setConditionConfirmed(0, true);
            QVERIFY(wizard.saveNow());
            wizard.notice()->setConditionConfirmed(1, true);
            QVERIFY(wizard.saveNow());
        }
        QFile file(QDir(dir.path()).filePath(QStringLiteral("draft.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();

        zkgrad::Translations::install(QStringLiteral("zh_CN"));
        DraftStore store(dir.path());
        WizardController wizard(&store);
        wizard.restore();
        QVERIFY(wizard.draftMessage().contains(QStringLiteral("备份")));
        QVERIFY(wizard.notice()->conditions()->isConfirmed(0));
        QVERIFY(!wizard.notice()->conditions()->isConfirmed(1));
        wizard.dismissDraftMessage();
        QVERIFY(wizard.draftMessage().isEmpty());
    }

    void languageSwitchRetranslates()
    {
        WizardController wizard(nullptr);
        QSignalSpy texts(wizard.step(Step::Notice), &Step::textsChanged);
        QCOMPARE(wizard.step(Step::Notice)->title(), QStringLiteral("Notice"));
        QVERIFY(zkgrad::Translations::install(QStringLiteral("zh_CN")));
        wizard.retranslate();
        QCOMPARE(texts.count(), 1);
        QCOMPARE(wizard.step(Step::Notice)->title(), QStringLiteral("毕业申请须知"));
        QVERIFY(wizard.nextBlockedReason().contains(QStringLiteral("条件 a")));
        const QModelIndex first = wizard.notice()->conditions()->index(0);
        QVERIFY(
            first.data(ConditionModel::TextRole).toString().contains(QStringLiteral("全部课程")));
    }
};

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
