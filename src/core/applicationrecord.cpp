#include "applicationrecord.h"

#include <QJsonArray>

namespace zkgrad {

namespace {
using Section = Workflow::Section;
using State = Workflow::State;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QDateTime instant(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QList<Section> sectionsOf(const QJsonValue &value)
{
    QList<Section> out;
    const QJsonArray list = value.toArray();
    for (const QJsonValue v : list) {
        if (const auto section = Workflow::sectionFromName(v.toString()))
            out.append(*section);
    }
    return out;
}
} // namespace

ApplicationRecord ApplicationRecord::fromJson(const QJsonObject &json)
{
    ApplicationRecord r;
    r.m_id = str(json, "id");
    if (r.m_id.isEmpty())
        return r;
    r.m_json = json;
    r.m_state = Workflow::stateFromName(str(json, "state"));
    r.m_editable = sectionsOf(json.value(QLatin1String("editableSections")));
    return r;
}

QString ApplicationRecord::batchId() const
{
    return str(m_json, "batchId");
}

bool ApplicationRecord::isSubmitted() const
{
    return m_state && *m_state != State::Draft && *m_state != State::Rejected;
}

int ApplicationRecord::round() const
{
    return m_json.value(QLatin1String("round")).toInt();
}

ApplicationRecord::Level ApplicationRecord::level() const
{
    const QString level = str(obj(m_json, "major"), "level");
    if (level == QLatin1String("bachelor"))
        return Level::Bachelor;
    if (level == QLatin1String("associate"))
        return Level::Associate;
    return Level::Unknown;
}

QString ApplicationRecord::majorName() const
{
    return str(obj(m_json, "major"), "name");
}

QString ApplicationRecord::majorCode() const
{
    return str(obj(m_json, "major"), "code");
}

QString ApplicationRecord::schoolName() const
{
    return str(obj(m_json, "school"), "name");
}

QString ApplicationRecord::schoolCode() const
{
    return str(obj(m_json, "school"), "code");
}

ApplicationRecord::PriorDegreeCheck ApplicationRecord::priorDegreeCheck() const
{
    const QString status = str(obj(m_json, "priorDegreeCheck"), "status");
    if (status == QLatin1String("failed"))
        return PriorDegreeCheck::Failed;
    if (status == QLatin1String("passed"))
        return PriorDegreeCheck::Passed;
    if (status == QLatin1String("not-required"))
        return PriorDegreeCheck::NotRequired;
    return PriorDegreeCheck::Unknown;
}

QString ApplicationRecord::priorDegreeCheckMessage() const
{
    return str(obj(m_json, "priorDegreeCheck"), "message");
}

bool ApplicationRecord::locked() const
{
    return m_json.value(QLatin1String("locked")).toBool();
}

bool ApplicationRecord::isEditable(Workflow::Section section) const
{
    // Before the application exists everything is a local draft and may change.
    return !exists() || m_editable.contains(section);
}

QString ApplicationRecord::sectionKey(Workflow::Section section)
{
    switch (section) {
    case Section::PriorDegree:
        return QStringLiteral("priorDegree");
    case Section::Resume:
        return QStringLiteral("resume");
    case Section::SelfAssessment:
        return QStringLiteral("selfAssessment");
    case Section::Note:
        return QStringLiteral("note");
    case Section::IdCard:
    case Section::Signature:
    case Section::OtherMaterials:
        break; // images only: their fields are attachments.<slot>
    }
    return {};
}

std::optional<Workflow::Section> ApplicationRecord::sectionForField(QStringView path)
{
    const QStringView head = path.left(path.indexOf(u'.')).left(path.indexOf(u'['));
    if (head == QLatin1String("attachments")) {
        const qsizetype dot = path.indexOf(u'.');
        QStringView slot = dot < 0 ? QStringView() : path.mid(dot + 1);
        slot = slot.left(slot.indexOf(u'.'));
        return Workflow::sectionForSlot(slot);
    }
    if (head == QLatin1String("sections")) {
        const qsizetype dot = path.indexOf(u'.');
        return dot < 0 ? std::nullopt : sectionForField(path.mid(dot + 1));
    }
    for (const Section section : Workflow::allSections()) {
        const QString key = sectionKey(section);
        if (!key.isEmpty() && head == key)
            return section;
    }
    return std::nullopt;
}

QJsonObject ApplicationRecord::section(Workflow::Section section) const
{
    return obj(obj(m_json, "sections"), sectionKey(section).toLatin1().constData());
}

QJsonObject ApplicationRecord::attachment(const QString &slot) const
{
    const QJsonArray list = m_json.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue v : list) {
        if (str(v.toObject(), "slot") == slot)
            return v.toObject();
    }
    return {};
}

QList<ApplicationRecord::Missing> ApplicationRecord::missing() const
{
    QList<Missing> out;
    const QJsonArray list = m_json.value(QLatin1String("missing")).toArray();
    for (const QJsonValue v : list) {
        const QJsonObject m = v.toObject();
        const QString field = str(m, "field");
        out.append({ field, str(m, "code"), str(m, "detail"), sectionForField(field) });
    }
    return out;
}

std::optional<ApplicationRecord::Rejection> ApplicationRecord::rejection() const
{
    const QJsonObject r = obj(m_json, "rejection");
    if (r.isEmpty())
        return std::nullopt;
    Rejection out;
    out.category =
        Workflow::categoryFromName(str(r, "category")).value_or(Workflow::RejectionCategory::Other);
    out.reason = str(r, "reason");
    out.sections = sectionsOf(r.value(QLatin1String("sections")));
    out.at = instant(r.value(QLatin1String("at")));
    out.round = r.value(QLatin1String("round")).toInt();
    return out;
}

std::optional<ApplicationRecord::Rejection> ApplicationRecord::openRejection() const
{
    return is(State::Rejected) ? rejection() : std::nullopt;
}

ApplicationRecord::Stage ApplicationRecord::stage(Workflow::Stage which) const
{
    const QString key = Workflow::stageName(which);
    const QJsonArray stages = m_json.value(QLatin1String("stages")).toArray();
    for (const QJsonValue v : stages) {
        const QJsonObject s = v.toObject();
        if (str(s, "key") != key)
            continue;
        return { Workflow::stageStatusFromName(str(s, "status"))
                     .value_or(Workflow::StageStatus::NotStarted),
                 instant(s.value(QLatin1String("at"))) };
    }
    return {};
}

QDate ApplicationRecord::approvalDate() const
{
    return QDate::fromString(str(m_json, "approvalDate"), Qt::ISODate);
}

std::optional<ApplicationRecord::Refund> ApplicationRecord::refund() const
{
    const QJsonObject r = obj(m_json, "refund");
    if (r.isEmpty())
        return std::nullopt;
    return Refund { r.value(QLatin1String("amountFen")).toInteger(-1), str(r, "note"),
                    instant(r.value(QLatin1String("recordedAt"))) };
}

QString ApplicationRecord::failureReason() const
{
    if (!is(State::Failed))
        return {};
    QString reason;
    const QJsonArray history = m_json.value(QLatin1String("history")).toArray();
    const QString failed = Workflow::stateName(State::Failed);
    for (const QJsonValue v : history) {
        if (str(v.toObject(), "to") == failed)
            reason = str(v.toObject(), "detail");
    }
    return reason;
}

} // namespace zkgrad
