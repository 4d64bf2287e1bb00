// Writing a section of an application: prior degree, resume, self-assessment, note.

#include "internal.h"

#include <freetext.h>
#include <idnumber.h>
#include <note.h>
#include <personname.h>
#include <priordiploma.h>
#include <resume.h>
#include <selfassessment.h>
#include <textcount.h>

#include <QJsonDocument>
#include <QSqlQuery>

#include <variant>

namespace zkgrad::sandbox {

using Section = Workflow::Section;

namespace {

/** The column's new content, or the problem that refuses the request body. */
using Checked = std::variant<Reply, QString>;

Checked priorDegreeContent(const QJsonObject &body)
{
    QList<FieldError> errors;
    const QString name = stringMember(body, "name", &errors, S("priorDegree.name"));
    const QString idNumber = stringMember(body, "idNumber", &errors, S("priorDegree.idNumber"));
    const QString number =
        stringMember(body, "diplomaNumber", &errors, S("priorDegree.diplomaNumber"));
    const QString school = stringMember(body, "school", &errors, S("priorDegree.school")).trimmed();
    const QString dateText =
        stringMember(body, "graduationDate", &errors, S("priorDegree.graduationDate"));
    const QJsonValue changed = body.value(S("identityChanged"));
    if (!changed.isUndefined() && !changed.isNull() && !changed.isBool())
        errors.append({ S("priorDegree.identityChanged"), S("wrong-type"),
                        tr2("Must be true or false.", "应为是或否。") });

    const RuleResult nameResult = PersonName::check(name);
    addRule(&errors, S("priorDegree.name"), nameResult);
    const IdNumberResult idResult = IdNumber::check(idNumber, shanghaiToday());
    if (!idResult.valid) {
        errors.append({ S("priorDegree.idNumber"),
                        idResult.reason == QLatin1String("length") && idNumber.trimmed().isEmpty()
                            ? S("required")
                            : idResult.reason,
                        idResult.message });
    }
    const QDate graduation = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.isEmpty()) {
        errors.append({ S("priorDegree.graduationDate"), S("required"),
                        tr2("Enter the graduation date.", "请填写毕业时间。") });
    } else if (!graduation.isValid()) {
        errors.append({ S("priorDegree.graduationDate"), S("invalid-date"),
                        tr2("Use the form YYYY-MM-DD.", "日期格式应为 YYYY-MM-DD。") });
    } else {
        addRule(&errors, S("priorDegree.graduationDate"),
                PriorDiploma::checkGraduationDate(graduation, idResult.birthDate, shanghaiToday()));
    }
    const RuleResult numberResult = PriorDiploma::checkNumber(number, graduation);
    addRule(&errors, S("priorDegree.diplomaNumber"), numberResult);
    const QString schoolReason = PriorDiploma::checkSchool(school).reason;
    if (schoolReason == QLatin1String("empty"))
        errors.append(
            { S("priorDegree.school"), S("required"),
              tr2("Enter the school that issued the diploma.", "请填写前置学历毕业院校。") });
    else if (schoolReason == QLatin1String("too-long"))
        errors.append({ S("priorDegree.school"), S("too-long"),
                        tr2("At most %1 characters.", "不能超过%1个字。")
                            .arg(PriorDiploma::maxSchoolLength) });
    else
        addRule(&errors, S("priorDegree.school"),
                FreeText::check(school, tr2("school", "毕业院校"), PriorDiploma::maxSchoolLength));
    if (!errors.isEmpty())
        return validationProblem(errors);
    const QJsonObject stored { { S("name"), nameResult.normalized },
                               { S("idNumber"), idResult.normalized },
                               { S("diplomaNumber"),
                                 numberResult.normalized.isEmpty()
                                     ? PriorDiploma::normalizeNumber(number)
                                     : numberResult.normalized },
                               { S("school"), school },
                               { S("graduationDate"), graduation.toString(Qt::ISODate) },
                               { S("identityChanged"), changed.toBool(false) } };
    return QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

Checked resumeContent(const QJsonObject &body)
{
    QList<FieldError> errors;
    const ResumeParseResult parsed =
        Resume::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!parsed.ok) {
        const QString field = parsed.entry >= 0
            ? QStringLiteral("resume.entries[%1]").arg(parsed.entry)
            : S("resume.entries");
        return validationProblem({ { field, parsed.error, parsed.message } });
    }
    for (const ResumeIssue &issue : Resume::check(parsed.entries, shanghaiToday())) {
        if (issue.severity != Severity::Error)
            continue;
        QString field = S("resume.entries");
        if (issue.entry >= 0) {
            field = QStringLiteral("resume.entries[%1]").arg(issue.entry);
            if (!issue.field.isEmpty())
                field += QLatin1Char('.') + issue.field;
            else if (issue.reason.startsWith(QLatin1String("from")))
                field += S(".from");
            else if (issue.reason.startsWith(QLatin1String("to")))
                field += S(".to");
            else if (issue.reason.startsWith(QLatin1String("missing-")))
                field += QLatin1Char('.') + issue.reason.mid(8);
        }
        errors.append({ field, issue.reason, issue.message });
    }
    if (!errors.isEmpty())
        return validationProblem(errors);
    return QString::fromUtf8(
        QJsonDocument(Resume::toJson(parsed.entries)).toJson(QJsonDocument::Compact));
}

Checked selfAssessmentContent(const QJsonObject &body, const BatchRules &rules)
{
    QList<FieldError> errors;
    const QString text = stringMember(body, "text", &errors, S("selfAssessment.text"));
    if (!errors.isEmpty())
        return validationProblem(errors);
    const SelfAssessmentResult r = SelfAssessment::check(text, rules);
    if (!r.isValid()) {
        QJsonObject extra { { S("count"), r.count }, { S("min"), r.min }, { S("max"), r.max } };
        return Reply::problem(422, S("validation"), r.message,
                              { { S("selfAssessment.text"), r.reason, r.message } }, extra);
    }
    return text;
}

Checked noteContent(const QJsonObject &body)
{
    QList<FieldError> errors;
    const QString text = stringMember(body, "text", &errors, S("note.text"));
    if (TextCount::count(text) > Note::maxChars)
        errors.append(
            { S("note.text"), S("too-long"),
              tr2("At most %1 characters.", "情况说明不能超过%1个字。").arg(Note::maxChars) });
    else
        addRule(
            &errors, S("note.text"),
            FreeText::check(text, tr2("note", "情况说明"), Note::maxChars, FreeText::Lines::Multi));
    if (!errors.isEmpty())
        return validationProblem(errors);
    return text;
}

} // namespace

Reply Service::updateSection(const QString &candidateId, const QString &id,
                             const QString &sectionName, const QJsonObject &body,
                             const QByteArray &ifMatch)
{
    const auto app = applicationFor(candidateId, id);
    if (Reply g = guardWrite(app, ifMatch); g.status != 0)
        return g;
    const auto section = Workflow::sectionFromName(sectionName);
    if (!section)
        return notFound();
    if (Reply r = editRefusal(*app, *section); r.status != 0)
        return r;

    QString column;
    Checked checked;
    switch (*section) {
    case Section::PriorDegree:
        column = S("prior_degree");
        checked = priorDegreeContent(body);
        break;
    case Section::Resume:
        column = S("resume");
        checked = resumeContent(body);
        break;
    case Section::SelfAssessment:
        column = S("self_assessment");
        checked = selfAssessmentContent(body, batchRow(app->batchId).value_or(Batch {}).rules);
        break;
    case Section::Note:
        column = S("note");
        checked = noteContent(body);
        break;
    default: // the slots' sections are written through attachments
        return notFound();
    }
    if (const Reply *problem = std::get_if<Reply>(&checked))
        return *problem;
    return commitWrite(id, [&] {
        m_db.exec(S("UPDATE applications SET ") + column + S(" = ? WHERE id = ?"),
                  { std::get<QString>(checked), id });
    });
}

} // namespace zkgrad::sandbox
