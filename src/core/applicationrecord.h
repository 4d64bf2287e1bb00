#pragma once

#include "workflow.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zkgrad {

/**
 * The application resource of docs/api.md read into Workflow's vocabulary, so the app never
 * compares a state, section, stage or slot as a string. The JSON names live here and in
 * Workflow only; an unknown or missing value reads as "nothing" rather than a guess.
 */
class ApplicationRecord
{
public:
    /** The major's level; decides whether the prior degree may be asked for. */
    enum class Level { Unknown, Associate, Bachelor };
    /** The server's automatic prior-degree check (前置学历自动审核). */
    enum class PriorDegreeCheck { Unknown, NotRequired, Passed, Failed };

    /** One entry of "missing": what still blocks submission. */
    struct Missing
    {
        QString field; ///< "attachments.id-back", "resume.entries[0].from", ...
        QString code;
        QString detail; ///< the server's words
        std::optional<Workflow::Section> section; ///< where the field belongs, if known
    };

    /** The school's last rejection. */
    struct Rejection
    {
        Workflow::RejectionCategory category = Workflow::RejectionCategory::Other;
        QString reason;
        QList<Workflow::Section> sections; ///< those the school named (may be empty)
        QDateTime at;
        int round = 0;
    };

    /** One of the three review stages with when it reached its status. */
    struct Stage
    {
        Workflow::StageStatus status = Workflow::StageStatus::NotStarted;
        QDateTime at;
    };

    /** The refund after a failed city review. */
    struct Refund
    {
        qint64 amountFen = -1;
        QString note;
        QDateTime recordedAt;
    };

    ApplicationRecord() = default;
    /** Reads @p json (docs/api.md "The application resource"); an object without id is none. */
    [[nodiscard]] static ApplicationRecord fromJson(const QJsonObject &json);

    [[nodiscard]] bool exists() const { return !m_id.isEmpty(); }
    [[nodiscard]] const QJsonObject &json() const { return m_json; }
    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString batchId() const;
    /** The state; nothing when there is no application or the server sent an unknown one. */
    [[nodiscard]] std::optional<Workflow::State> state() const { return m_state; }
    /** True for exactly @p state. */
    [[nodiscard]] bool is(Workflow::State state) const { return m_state == state; }
    /** With the school or further: not draft, not rejected (and an application exists). */
    [[nodiscard]] bool isSubmitted() const;
    [[nodiscard]] int round() const;
    [[nodiscard]] Level level() const;
    [[nodiscard]] QString majorName() const;
    [[nodiscard]] QString majorCode() const;
    [[nodiscard]] QString schoolName() const;
    [[nodiscard]] QString schoolCode() const;
    [[nodiscard]] PriorDegreeCheck priorDegreeCheck() const;
    [[nodiscard]] QString priorDegreeCheckMessage() const;
    [[nodiscard]] bool locked() const;
    [[nodiscard]] const QList<Workflow::Section> &editableSections() const { return m_editable; }
    /** True when the candidate may change @p section (always before an application exists). */
    [[nodiscard]] bool isEditable(Workflow::Section section) const;
    /** sections.<section> as stored (empty when none). */
    [[nodiscard]] QJsonObject section(Workflow::Section section) const;
    /** The stored attachment's metadata for @p slot; empty when the slot is empty. */
    [[nodiscard]] QJsonObject attachment(const QString &slot) const;
    [[nodiscard]] QList<Missing> missing() const;
    /** The school's last rejection; it stays after a resubmission, for the record. */
    [[nodiscard]] std::optional<Rejection> rejection() const;
    /** The rejection the candidate must act on now: only while the state is rejected. */
    [[nodiscard]] std::optional<Rejection> openRejection() const;
    /** Where @p stage stands, with when it got there (the application's "stages"). */
    [[nodiscard]] Stage stage(Workflow::Stage which) const;
    [[nodiscard]] Stage schoolReview() const { return stage(Workflow::Stage::SchoolReview); }
    [[nodiscard]] Stage payment() const { return stage(Workflow::Stage::Payment); }
    [[nodiscard]] Stage cityReview() const { return stage(Workflow::Stage::CityReview); }
    /** The city's approval day (Asia/Shanghai), once approved. */
    [[nodiscard]] QDate approvalDate() const;
    [[nodiscard]] std::optional<Refund> refund() const;
    /** Why the city failed the application (its history entry), when it did. */
    [[nodiscard]] QString failureReason() const;

    bool operator==(const ApplicationRecord &other) const { return m_json == other.m_json; }

    /** The JSON member of @p section inside "sections" ("priorDegree", "selfAssessment", ...);
     * empty for the sections that are images only (ID card, signature, other materials). */
    [[nodiscard]] static QString sectionKey(Workflow::Section section);
    /** The section a problem's field path belongs to ("attachments.id-back" → IdCard,
     * "resume.entries[2].from" → Resume); nothing for contact, major and other fields. */
    [[nodiscard]] static std::optional<Workflow::Section> sectionForField(QStringView path);

private:
    QJsonObject m_json;
    QString m_id;
    std::optional<Workflow::State> m_state;
    QList<Workflow::Section> m_editable;
};

} // namespace zkgrad
