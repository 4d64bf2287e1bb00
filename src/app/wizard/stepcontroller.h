#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

/** The content of one wizard step: its answers, whether they are complete, and what is missing. */
class StepController : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** True when every required answer is present and valid. */
    [[nodiscard]] virtual bool isComplete() const = 0;
    /** Translated, specific descriptions of what is missing or wrong, in page order. */
    [[nodiscard]] virtual QStringList problems() const = 0;
    /** The step's answers for the draft. */
    [[nodiscard]] virtual QJsonObject toJson() const = 0;
    /** Restores answers from a draft; unknown or malformed values are ignored, never fatal. */
    virtual void fromJson(const QJsonObject &json) = 0;
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
     * Implementations emit readOnlyChanged() (or changed()) when it changes.
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
    /** True while the candidate can only wait (the school decides, a payment is confirmed). */
    [[nodiscard]] virtual bool isWaiting() const { return false; }

Q_SIGNALS:
    /** Any answer, and so possibly completeness or problems, changed. */
    void changed();
    /** isReadOnly() may have changed. */
    void readOnlyChanged();
};
