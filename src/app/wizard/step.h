#pragma once

#include "stepcontroller.h"
#include "workflow.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration>

/** One step of the graduation application wizard, as the step indicator and the pages see it. */
class Step : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Steps are owned by WizardController")

    Q_PROPERTY(Id id READ id CONSTANT)
    Q_PROPERTY(QString key READ key CONSTANT)
    /** The page's QML file in the module, e.g. "steps/profile/ProfilePage.qml". */
    Q_PROPERTY(QString page READ page CONSTANT)
    /** The page's file as a URL Main.qml loads. */
    Q_PROPERTY(QUrl pageUrl READ pageUrl CONSTANT)
    Q_PROPERTY(int number READ number NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY textsChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool applicable READ applicable NOTIFY stateChanged)
    Q_PROPERTY(QString notApplicableReason READ notApplicableReason NOTIFY stateChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY stateChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY stateChanged)
    Q_PROPERTY(bool visited READ visited NOTIFY stateChanged)
    Q_PROPERTY(Status status READ status NOTIFY stateChanged)
    Q_PROPERTY(bool needsChanges READ needsChanges NOTIFY stateChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY stateChanged)
    /** The review stage in the step list's words ("under review"), or empty. */
    Q_PROPERTY(QString stageText READ stageText NOTIFY stateChanged)
    /** The step's answers; the page binds to it (Main.qml hands it over with the step). */
    Q_PROPERTY(StepController *controller READ controller CONSTANT)
    /**
     * True once Next was pressed on this step while it was incomplete: from then on the page
     * shows every problem (the summary at its top, each field's message). Never on arrival.
     */
    Q_PROPERTY(bool problemsRevealed READ problemsRevealed NOTIFY problemsRevealedChanged)

public:
    /** The steps in the order of the authority's guide. */
    enum Id {
        SignIn,
        Notice,
        Profile,
        PriorDegree,
        Resume,
        IdPhotos,
        SelfAssessment,
        Signature,
        Materials,
        CheckSubmit,
        Progress,
        Payment,
        Certificate,
    };
    Q_ENUM(Id)

    /** How the step indicator shows a step. */
    enum Status {
        NotVisited,
        Current,
        Done,
        HasProblems,
        NotApplicable, ///< Not needed for this candidate.
        Later, ///< Opens at a later point of the process (after sign-in, submission, approval).
        NotAvailable, ///< Not built in this version: the page says what it will ask for.
        NeedsChanges, ///< The school sent the application back for this step.
        Submitted, ///< With the school and not sent back: read-only, as submitted.
        Optional, ///< May stay empty, and nothing is entered.
        Waiting, ///< A stage of the review the candidate can only wait for.
        Failed, ///< A stage of the review that ended against the candidate (not approved).
    };
    Q_ENUM(Status)

    Step(Id id, StepController *controller, QObject *parent = nullptr);

    [[nodiscard]] Id id() const { return m_id; }
    [[nodiscard]] QString key() const;
    [[nodiscard]] QString page() const;
    [[nodiscard]] QUrl pageUrl() const;
    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool available() const { return m_controller != nullptr; }
    [[nodiscard]] bool applicable() const { return m_notApplicableReason.isEmpty(); }
    [[nodiscard]] QString notApplicableReason() const { return m_notApplicableReason; }
    /**
     * True when the step does not hold the candidate up: its answers are complete, or it is
     * read-only (what counts then is what the server holds, which this draft cannot change).
     */
    [[nodiscard]] bool complete() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool visited() const { return m_visited; }
    [[nodiscard]] bool needsChanges() const { return m_needsChanges; }
    /** The controller's StepController::isReadOnly(): the application is with the school. */
    [[nodiscard]] bool readOnly() const;
    [[nodiscard]] Status status() const;
    [[nodiscard]] QString stageText() const;
    [[nodiscard]] StepController *controller() const { return m_controller; }
    [[nodiscard]] bool problemsRevealed() const { return m_problemsRevealed; }
    /**
     * Next was refused on this incomplete step: reveal its problems and ask the page (through
     * revealRequested()) to show them and move the focus to their summary.
     */
    Q_INVOKABLE void revealProblems();

    /** The key used in drafts, or -1 when unknown. */
    [[nodiscard]] static int idFromKey(const QString &key);
    [[nodiscard]] static QString keyOf(Id id);
    [[nodiscard]] static int count() { return Certificate + 1; }
    /** The step where the candidate edits @p section (the note and other materials share one). */
    [[nodiscard]] static Id forSection(zkgrad::Workflow::Section section);

    /** Marks the step as not applying (empty @p reason: it applies); @p later when it opens later.
     */
    void setNotApplicableReason(const QString &reason, bool later = false);
    void setVisited(bool visited);
    /** Marks the step as sent back by the school's rejection (until the next submission). */
    void setNeedsChanges(bool needsChanges);
    void setCurrent(bool current);
    void setNumber(int number);
    void retranslate();

Q_SIGNALS:
    void stateChanged();
    void textsChanged();
    void problemsRevealedChanged();
    /** Emitted on every refused Next, also when the problems were revealed already. */
    void revealRequested();

private:
    Id m_id;
    StepController *m_controller;
    QString m_notApplicableReason;
    bool m_later = false;
    int m_number = 0;
    bool m_visited = false;
    bool m_needsChanges = false;
    bool m_current = false;
    bool m_problemsRevealed = false;
};
