#pragma once

#include "wizard/step.h"
#include "wizard/stepcontext.h"

#include <QList>
#include <QObject>
#include <QtQmlIntegration>

class QJSEngine;
class QQmlEngine;

class ApplicationSession;
class CertificateController;
class CheckSubmitController;
class DraftStore;
class PaymentController;
class ProgressController;
class ReceiptWriter;
class IdPhotosController;
class MaterialsController;
class NoticeController;
class PriorDegreeController;
class ProfileController;
class ResumeController;
class SelfAssessmentController;
class SignatureController;
class SignInController;
class StepModel;

/** Owns the wizard: the ordered steps, which apply, the current one, navigation and the draft. */
class WizardController : public QObject, public StepContext
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(StepModel *steps READ stepModel CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(Step *currentStep READ currentStep NOTIFY currentChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY navigationChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY navigationChanged)
    Q_PROPERTY(QString nextBlockedReason READ nextBlockedReason NOTIFY navigationChanged)
    /**
     * Next was pressed on this step and could not move on; the navigation bar then says why.
     * Next itself stays enabled: pressing it is how a candidate finds out what is missing.
     */
    Q_PROPERTY(bool nextRefused READ nextRefused NOTIFY navigationChanged)
    Q_PROPERTY(bool nextWaits READ nextWaits NOTIFY navigationChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY navigationChanged)
    Q_PROPERTY(ApplicationSession *session READ session CONSTANT)
    Q_PROPERTY(SignInController *signIn READ signIn CONSTANT)
    Q_PROPERTY(NoticeController *notice READ notice CONSTANT)
    Q_PROPERTY(ProfileController *profile READ profile CONSTANT)
    Q_PROPERTY(PriorDegreeController *priorDegree READ priorDegree CONSTANT)
    Q_PROPERTY(ResumeController *resume READ resume CONSTANT)
    Q_PROPERTY(IdPhotosController *idPhotos READ idPhotos CONSTANT)
    Q_PROPERTY(SelfAssessmentController *selfAssessment READ selfAssessment CONSTANT)
    Q_PROPERTY(SignatureController *signature READ signature CONSTANT)
    Q_PROPERTY(MaterialsController *materials READ materials CONSTANT)
    Q_PROPERTY(CheckSubmitController *checkSubmit READ checkSubmit CONSTANT)
    Q_PROPERTY(ProgressController *progress READ progress CONSTANT)
    Q_PROPERTY(PaymentController *payment READ payment CONSTANT)
    Q_PROPERTY(CertificateController *certificate READ certificate CONSTANT)
    Q_PROPERTY(ReceiptWriter *receipt READ receipt CONSTANT)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveStateChanged)
    Q_PROPERTY(QString draftMessage READ draftMessage NOTIFY draftMessageChanged)
    Q_PROPERTY(CandidateLevel candidateLevel READ candidateLevel NOTIFY factsChanged)
    Q_PROPERTY(PriorDegreeCheck priorDegreeCheck READ priorDegreeCheck NOTIFY factsChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY factsChanged)

public:
    /** 专科 or 本科, known once the server says which major the candidate graduates in. */
    enum CandidateLevel { LevelUnknown, Zhuanke, Benke };
    Q_ENUM(CandidateLevel)
    /** The server's automatic prior-degree check (前置学历自动审核). */
    enum PriorDegreeCheck { CheckUnknown, CheckPassed, CheckFailed };
    Q_ENUM(PriorDegreeCheck)
    /** How far the application has come; decides when progress, payment and certificate apply. */
    /** How far the application has come; CityFailed: the city did not approve it (refund). */
    enum Stage { NotSubmitted, Submitted, SchoolApproved, CityApproved, CityFailed };
    Q_ENUM(Stage)
    /** The local draft's state as the page shows it. */
    enum SaveState { Saved, Saving, SaveFailed };
    Q_ENUM(SaveState)

    /**
     * @p filesFolder is where the steps keep files (fitted photos, the signature) when the
     * draft is memory-only: the kiosk's private folder. Empty: next to the draft on disk, or a
     * temporary folder per step.
     */
    explicit WizardController(DraftStore *store, QObject *parent = nullptr,
                              const QString &filesFolder = {});
    ~WizardController() override;

    /** The instance QML gets; created by main() (or a test) before the engine loads. */
    static WizardController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(WizardController *instance);

    [[nodiscard]] StepModel *stepModel() const { return m_model; }
    [[nodiscard]] const QList<Step *> &steps() const override { return m_steps; }
    [[nodiscard]] int currentIndex() const override { return m_current; }
    [[nodiscard]] QString filesFolder() const override { return m_files; }
    QMetaObject::Connection onNavigationChanged(QObject *receiver,
                                                std::function<void()> callback) override;
    [[nodiscard]] Step *currentStep() const { return m_steps.at(m_current); }
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoNext() const;
    [[nodiscard]] bool nextRefused() const { return m_nextRefused; }
    [[nodiscard]] QString nextBlockedReason() const;
    /**
     * True when nothing on this side holds Next up but no later step is open yet: the next
     * one waits for the authority (or, before submitting, for the submission).
     */
    [[nodiscard]] bool nextWaits() const;
    [[nodiscard]] bool canSubmit() const;
    [[nodiscard]] ApplicationSession *session() const { return m_session; }
    [[nodiscard]] SignInController *signIn() const { return m_signIn; }
    [[nodiscard]] NoticeController *notice() const { return m_notice; }
    [[nodiscard]] ProfileController *profile() const { return m_profile; }
    [[nodiscard]] PriorDegreeController *priorDegree() const { return m_priorDegree; }
    [[nodiscard]] ResumeController *resume() const { return m_resume; }
    [[nodiscard]] IdPhotosController *idPhotos() const { return m_idPhotos; }
    [[nodiscard]] SelfAssessmentController *selfAssessment() const { return m_selfAssessment; }
    [[nodiscard]] SignatureController *signature() const { return m_signature; }
    [[nodiscard]] MaterialsController *materials() const { return m_materials; }
    [[nodiscard]] CheckSubmitController *checkSubmit() const { return m_checkSubmit; }
    [[nodiscard]] ProgressController *progress() const { return m_progress; }
    [[nodiscard]] PaymentController *payment() const { return m_payment; }
    [[nodiscard]] CertificateController *certificate() const { return m_certificate; }
    [[nodiscard]] ReceiptWriter *receipt() const { return m_receipt; }
    [[nodiscard]] SaveState saveState() const { return m_saveState; }
    [[nodiscard]] QString saveError() const { return m_saveError; }
    [[nodiscard]] QString draftMessage() const { return m_draftMessage; }
    [[nodiscard]] CandidateLevel candidateLevel() const { return m_level; }
    [[nodiscard]] PriorDegreeCheck priorDegreeCheck() const { return m_priorCheck; }
    [[nodiscard]] Stage stage() const { return m_stage; }

    /** Facts that come from the server decide which steps apply. */
    void setCandidateLevel(CandidateLevel level);
    void setPriorDegreeCheck(PriorDegreeCheck check);
    void setStage(Stage stage);

    /** Loads the draft (or its backup) and returns to the step the candidate was on. */
    void restore();
    /** Writes the draft now. */
    bool saveNow();
    /** The whole draft as saved. */
    [[nodiscard]] QJsonObject toJson() const;

    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    /** Jumps to any applicable step (the step indicator); leaving a step saves the draft. */
    Q_INVOKABLE bool goTo(int index) override;
    /**
     * Why goTo(@p index) would not go there now ("finish step 3 first: …"), for the step
     * list to say on hover and focus; empty when it would.
     */
    Q_INVOKABLE QString goToBlockedReason(int index) const;
    /**
     * Shows step @p key without the forward checks of goTo(), for screenshots and support
     * (--step). Nothing is skipped for submission: canSubmit() still needs every step.
     * Returns false for an unknown key or a step that does not apply.
     */
    bool show(const QString &key);
    Q_INVOKABLE void dismissDraftMessage();
    /**
     * Forgets the candidate (kiosk wipe, "finish and clear"): stops photo work and uploads,
     * signs out on the server, drops the outbox, empties every step and the draft store, and
     * returns to the first step. Nothing is written to the server on the way out.
     */
    Q_INVOKABLE void wipe();

public Q_SLOTS:
    /** Re-emits every translated text after the UI language changed. */
    void retranslate();

Q_SIGNALS:
    void currentChanged();
    void navigationChanged();
    void saveStateChanged();
    void draftMessageChanged();
    void factsChanged();

private:
    /** Sets one server fact and re-decides which steps apply. */
    template<typename T>
    void setFact(T &member, T value);
    void updateApplicability();
    /** Level, prior-degree check and stage as the server's application says. */
    void takeFactsFromServer();
    /**
     * Shows the sign-in page while nobody is signed in, and afterwards returns to where
     * the candidate was (or goes on from sign-in). An expired session does not move the
     * page: Main.qml asks for the password over it.
     */
    void followSignIn();
    /** Sign-in of someone whose draft this is not: set it aside, bring theirs back. */
    void followOwner();
    void applyDraft(const QJsonObject &root);
    void setCurrent(int index, bool markLeftVisited);
    void scheduleSave();
    [[nodiscard]] int nextApplicable(int from, int direction) const;
    [[nodiscard]] int firstAvailable() const;
    void setSaveState(SaveState state, const QString &error = {});
    /** Every step back to empty, the facts unknown, nothing visited. */
    void resetSteps();

    DraftStore *m_store;
    QString m_files; ///< where the steps keep files (before the controllers: they get it)
    ApplicationSession *m_session;
    SignInController *m_signIn;
    NoticeController *m_notice;
    ProfileController *m_profile;
    PriorDegreeController *m_priorDegree;
    ResumeController *m_resume;
    IdPhotosController *m_idPhotos;
    SelfAssessmentController *m_selfAssessment;
    SignatureController *m_signature;
    MaterialsController *m_materials;
    CheckSubmitController *m_checkSubmit;
    ProgressController *m_progress;
    PaymentController *m_payment;
    CertificateController *m_certificate;
    ReceiptWriter *m_receipt;
    QList<Step *> m_steps;
    StepModel *m_model;
    int m_current = 0;
    CandidateLevel m_level = LevelUnknown;
    PriorDegreeCheck m_priorCheck = CheckUnknown;
    Stage m_stage = NotSubmitted;
    SaveState m_saveState = Saved;
    QString m_saveError;
    QString m_draftMessage;
    /**
     * The wizard is changing its own state in one piece: restoring a draft, taking the server's
     * facts, resetting or wiping. Meanwhile a step that becomes current is not the candidate's
     * visit (no leave() or enter()), nothing is saved (the piece ends in one save or none), and
     * sign-in is not followed. Set only through a QScopedValueRollback, so pieces nest.
     */
    bool m_rearranging = false;
    bool m_nextRefused = false;
    bool m_pinned = false; ///< show() chose the page: leave it there (--step)
    /** restore() has run: before it, a save would write an empty draft over the real one. */
    bool m_loaded = false;
    int m_returnTo = -1; ///< the step to go back to after signing in
    /** After a wipe, until the next sign-in: a late answer for the last candidate is dropped. */
    bool m_wiped = false;
    QString
        m_owner; ///< ApplicationSession::ownerKey() of whose draft this is (empty: nobody's yet)
};
