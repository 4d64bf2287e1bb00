#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

/**
 * The content of one wizard step: its answers, whether they are complete, and what is missing.
 *
 * This is the contract every step keeps and every page binds to: complete, problems, editable,
 * errors and fieldProblems are declared here once, with virtual getters, so a page (and the
 * check-and-submit summary) can treat every step alike.
 */
class StepController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each step creates its own controller")
    Q_PROPERTY(bool complete READ isComplete NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    /** Whether the candidate can change the step's answers now (see isEditable()). */
    Q_PROPERTY(bool editable READ isEditable NOTIFY editableChanged)
    /** objectName of a field → its message, only for fields that are wrong now. */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /** {field, message} in page order: what the error summary lists. */
    Q_PROPERTY(QVariantList fieldProblems READ fieldProblems NOTIFY errorsChanged)

public:
    explicit StepController(QObject *parent = nullptr);

    /** True when every required answer is present and valid. */
    [[nodiscard]] virtual bool isComplete() const = 0;
    /** Translated, specific descriptions of what is missing or wrong, in page order. */
    [[nodiscard]] virtual QStringList problems() const = 0;
    /** The step's answers for the draft. */
    [[nodiscard]] virtual QJsonObject toJson() const = 0;
    /** Restores answers from a draft; unknown or malformed values are ignored, never fatal. */
    virtual void fromJson(const QJsonObject &json) = 0;
    /** Whether the candidate can change the answers now; pages disable their fields when not. */
    [[nodiscard]] virtual bool isEditable() const { return !isReadOnly(); }
    [[nodiscard]] virtual QVariantMap errors() const { return {}; }
    [[nodiscard]] virtual QVariantList fieldProblems() const { return {}; }
    /**
     * The step's answers as the check-and-submit page shows them: {rows: [{label, value}],
     * photos: [{label, url}]}. Empty for steps that hold no answers.
     */
    [[nodiscard]] virtual QVariantMap summary() const { return {}; }
    /**
     * The wizard opened this step: start what the page needs (a refresh, a lookup), so pages
     * start nothing themselves. Pairs with leave().
     */
    virtual void enter() { }
    /**
     * The wizard is leaving this step: write its section to the server. The local draft
     * is saved by the wizard already; a write that cannot be sent waits in the outbox.
     */
    virtual void leave() { }
    /** Re-emits text signals after the UI language changed. */
    virtual void retranslate() { Q_EMIT changed(); }
    /**
     * True while the candidate cannot change this step because the application is with the
     * school (submitted, or a rejection that did not send this step back). The step then
     * stands for what the server holds, whatever this computer's draft says.
     * Implementations emit editableChanged() when it changes.
     */
    [[nodiscard]] virtual bool isReadOnly() const { return false; }
    /**
     * True for a step the candidate may leave empty (the note and other materials): the step
     * list then says "optional" rather than "done" while nothing is entered.
     */
    [[nodiscard]] virtual bool isOptional() const { return false; }
    /** True while nothing at all is entered; only asked of optional steps. */
    [[nodiscard]] virtual bool isEmpty() const { return false; }
    /**
     * For a step that stands for a stage of the review (progress, payment): what the step list
     * says of it ("under review", "to pay"), since "has problems" or "not started" would not be
     * true there. Empty: the list's usual words.
     */
    [[nodiscard]] virtual QString stageText() const { return {}; }
    /**
     * True for a step whose one open item is an action on its own page (submitting): the step
     * list then says "to do" after a visit, not "has problems", since nothing there is wrong.
     */
    [[nodiscard]] virtual bool isActionStep() const { return false; }
    /**
     * For a stage of the review: true when it ended against the candidate (the city did not
     * approve; the fee goes back). The step list then says so instead of a tick.
     */
    [[nodiscard]] virtual bool isStageFailed() const { return false; }
    /** True while the candidate can only wait (the school decides, a payment is confirmed). */
    [[nodiscard]] virtual bool isWaiting() const { return false; }

Q_SIGNALS:
    /** Any answer, and so possibly completeness, problems or errors, changed. */
    void changed();
    /** isEditable() and isReadOnly() may have changed. */
    void editableChanged();
    /**
     * errors() or fieldProblems() changed. Separate from changed() so that pages rebuild their
     * messages only on a real change, not on every keystroke; a step whose errors simply follow
     * its answers connects changed() to it.
     */
    void errorsChanged();

protected:
    /** One summary row; an empty value reads "(not given)". */
    [[nodiscard]] static QVariantMap summaryRow(const QString &label, const QString &value);
    /** One summary photo; an empty @p url shows as missing. */
    [[nodiscard]] static QVariantMap summaryPhoto(const QString &label, const QUrl &url);
    [[nodiscard]] static QVariantMap makeSummary(const QVariantList &rows,
                                                 const QVariantList &photos = {});
};
