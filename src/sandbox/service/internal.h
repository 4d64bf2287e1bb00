#pragma once

// What the parts of Service (one file per section of docs/api.md, in this folder) share, and
// nothing outside the service includes: the application row and the small JSON and problem
// helpers every endpoint uses.

#include "service.h"

#include <ruleresult.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace zkgrad::sandbox {

/** One row of the applications table, with the facts the state rules read from it. */
struct Service::AppRow
{
    QString id;
    QString candidateId;
    QString batchId;
    QString majorCode;
    QString schoolCode;
    Workflow::State state = Workflow::State::Draft;
    int version = 1;
    int round = 0;
    bool priorRequired = false;
    QString priorStatus;
    QString priorMessage;
    QString priorCheckedAt;
    QJsonObject priorDegree; ///< empty when not filled in
    QJsonArray resume;
    QString selfAssessment;
    QString note;
    QJsonObject rejection; ///< empty when never rejected
    QString approvalDate;
    QJsonObject refund;
    QString createdAt;
    QString updatedAt;

    [[nodiscard]] bool priorNeeded() const
    {
        return priorRequired && priorStatus == QLatin1String("failed");
    }
    [[nodiscard]] QList<Workflow::Section> editable() const;
    /** The slots submit requires: the ID card and signature, and the prior degree's when needed. */
    [[nodiscard]] QStringList requiredSlots() const;
};

/** A state change the state machine allows (refusal.status == 0), or the reply refusing it. */
struct Service::Change
{
    Reply refusal;
    AppRow app; ///< as it was before the change
    Workflow::State to = Workflow::State::Draft;

    [[nodiscard]] bool allowed() const { return refusal.status == 0; }
};

inline QString S(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

[[nodiscard]] QString randomHex(int bytes);
[[nodiscard]] QString newId(const char *prefix);
[[nodiscard]] QByteArray etagFor(int version);
/** SHA-256 of a bearer token in hex: the database never holds a token itself. */
[[nodiscard]] QString tokenHash(const QByteArray &token);
[[nodiscard]] QString levelName(const QString &level);
[[nodiscard]] QJsonValue nullable(const QString &s);
[[nodiscard]] QDate shanghaiToday();
[[nodiscard]] Reply notFound();
/** A string member of a request body; null or absent is "", any other type an error. */
[[nodiscard]] QString stringMember(const QJsonObject &body, const char *name,
                                   QList<FieldError> *errors, const QString &path);
/** Adds @p r to @p errors as a field error of @p field when it is not valid. */
void addRule(QList<FieldError> *errors, const QString &field, const RuleResult &r);
[[nodiscard]] QJsonArray sectionNames(const QList<Workflow::Section> &sections);

} // namespace zkgrad::sandbox
