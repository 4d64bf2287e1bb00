#pragma once

#include "applicationrecord.h"
#include "batchrules.h"
#include "wizard/stepcontroller.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>
#include <optional>

class ApplicationSession;
class StepContext;

/** The check-and-submit step (提交初审): every answer, every blocking problem, the window, and the
 * submission. */
class CheckSubmitController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    /** One map per applicable entry step: index, key, title, rows [{label, value}], photos
     *  [{label, url}], complete, problemCount, changed (since the last submission), needsChanges,
     *  editable (false for steps a rejection did not reopen: the page offers "View").
     */
    Q_PROPERTY(QVariantList groups READ groups NOTIFY summaryChanged)
    /** What blocks submission: [{stepIndex, stepKey, stepTitle, message, field}], in step order. */
    Q_PROPERTY(QVariantList blockingProblems READ blockingProblems NOTIFY summaryChanged)
    Q_PROPERTY(WindowState windowState READ windowState NOTIFY windowChanged)
    /** Where the application window stands, in words (countdown near the deadline). */
    Q_PROPERTY(QString windowText READ windowText NOTIFY windowChanged)
    /** True when the window blocks submission or closes within a week (show it prominently). */
    Q_PROPERTY(bool windowUrgent READ windowUrgent NOTIFY windowChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY summaryChanged)
    /** Why submitting is not possible now; empty when it is. */
    Q_PROPERTY(QString submitBlockedReason READ submitBlockedReason NOTIFY summaryChanged)
    Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
    Q_PROPERTY(QString submitError READ submitError NOTIFY submittingChanged)
    /** The server has the application in review (or further): state not draft or rejected. */
    Q_PROPERTY(bool submitted READ submitted NOTIFY summaryChanged)
    /** The school rejected the application: this is a resubmission. */
    Q_PROPERTY(bool resubmission READ resubmission NOTIFY summaryChanged)
    Q_PROPERTY(int round READ round NOTIFY summaryChanged)
    /** When the school's review began (the last submission), Beijing time; empty before. */
    Q_PROPERTY(QString submittedAtText READ submittedAtText NOTIFY summaryChanged)
    Q_PROPERTY(QString rejectionReason READ rejectionReason NOTIFY summaryChanged)
    /** Step keys ("id-photos", ...) the school's rejection asks to change. */
    Q_PROPERTY(QStringList affectedSteps READ affectedSteps NOTIFY summaryChanged)

public:
    /** BatchRules::WindowState for QML. */
    enum WindowState { WindowUnknown, WindowNotYetOpen, WindowOpen, WindowClosed };
    Q_ENUM(WindowState)

    using Clock = std::function<QDateTime()>;

    explicit CheckSubmitController(ApplicationSession *session, StepContext *context,
                                   QObject *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void retranslate() override;

    [[nodiscard]] QVariantList groups() const;
    [[nodiscard]] QVariantList blockingProblems() const;
    /** For ErrorSummary: {field: objectName of the group's change button, message}. */
    [[nodiscard]] QVariantList fieldProblems() const override;
    /** False once submitted (until a rejection reopens it): the page only shows answers. */
    [[nodiscard]] bool isEditable() const override;
    [[nodiscard]] WindowState windowState() const;
    [[nodiscard]] QString windowText() const;
    [[nodiscard]] bool windowUrgent() const;
    [[nodiscard]] bool canSubmit() const;
    [[nodiscard]] QString submitBlockedReason() const;
    [[nodiscard]] bool submitting() const { return m_submitting; }
    [[nodiscard]] QString submitError() const { return m_submitError; }
    [[nodiscard]] bool submitted() const;
    [[nodiscard]] bool resubmission() const;
    [[nodiscard]] int round() const;
    [[nodiscard]] QString submittedAtText() const;
    /** Its one open item is the submission on the page: a visit alone is not a problem. */
    [[nodiscard]] bool isActionStep() const override { return true; }
    [[nodiscard]] QString rejectionReason() const;
    [[nodiscard]] QStringList affectedSteps() const;

    /** The school's reason when its rejection affects step @p stepKey; empty otherwise. */
    Q_INVOKABLE QString rejectionFor(const QString &stepKey) const;
    /** True when step @p stepKey's answers differ from the last submission. */
    Q_INVOKABLE bool changedSinceSubmission(const QString &stepKey) const;
    /** Opens step @p index to change it (the "change" links). */
    Q_INVOKABLE bool openStep(int index);
    /** Submits (or resubmits) after the candidate confirmed; the result arrives as changed(). */
    Q_INVOKABLE void submit();

    /** The key of the step where @p section is edited (IdCard: "id-photos"). */
    [[nodiscard]] static QString stepKeyOfSection(zkgrad::Workflow::Section section);
    /** The step key a server field path ("attachments.id-back") belongs to; empty if none. */
    [[nodiscard]] static QString stepKeyOfField(const QString &path);

    /** Replaces the clock (tests); the default is QDateTime::currentDateTimeUtc. */
    void setClock(Clock clock);
    /**
     * Uses @p application and @p rules instead of the session's (unit tests, which have
     * no server). An empty application with no rules returns to the session's.
     */
    void setServerOverride(const QJsonObject &application,
                           const std::optional<zkgrad::BatchRules> &rules);

Q_SIGNALS:
    void summaryChanged();
    void windowChanged();
    void submittingChanged();
    /** The server accepted the submission. */
    void submittedNow();

private:
    [[nodiscard]] QJsonObject application() const;
    [[nodiscard]] zkgrad::BatchRules rules() const;
    [[nodiscard]] zkgrad::ApplicationRecord record() const;
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    [[nodiscard]] QJsonObject currentAnswers() const;
    [[nodiscard]] QVariantMap groupFor(int index) const;
    /** Whether step @p stepKey can still be changed in the application's state. */
    [[nodiscard]] bool stepEditable(const QString &stepKey) const;
    void inputsChanged();

    QPointer<ApplicationSession> m_session;
    StepContext *m_context; ///< the wizard; it outlives this controller
    Clock m_clock;
    QTimer m_tick;
    std::optional<QJsonObject> m_applicationOverride;
    std::optional<zkgrad::BatchRules> m_rulesOverride;
    /** Each entry step's toJson() when the server last accepted a submission. */
    QJsonObject m_snapshot;
    int m_snapshotRound = 0;
    bool m_submitting = false;
    QString m_submitError;
    QString m_announced; ///< completeness and problems as last announced through changed()
    bool m_editable = true; ///< isEditable() as last announced
    bool m_announcing = false;
};
