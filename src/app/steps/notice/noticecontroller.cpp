#include "steps/notice/noticecontroller.h"

#include "displaytext.h"
#include "session/applicationsession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct ConditionText
{
    const char *text;
    const char *shortName;
};

// Conditions a–f of the guide's 毕业申请须知, item 1.
constexpr ConditionText kConditions[ConditionModel::Count] = {
    { QT_TRANSLATE_NOOP("Notice",
                        "I have passed every course in the examination plan of my major."),
      QT_TRANSLATE_NOOP("Notice", "all courses passed") },
    { QT_TRANSLATE_NOOP("Notice",
                        "I have completed and passed all practical parts and the graduation "
                        "assessment (graduation project, thesis and so on) at the examining "
                        "school where I apply."),
      QT_TRANSLATE_NOOP("Notice", "practical parts and thesis passed") },
    { QT_TRANSLATE_NOOP("Notice", "I have passed the moral character assessment."),
      QT_TRANSLATE_NOOP("Notice", "moral character assessment") },
    { QT_TRANSLATE_NOOP("Notice",
                        "My course exemptions and course substitutions comply with the "
                        "regulations."),
      QT_TRANSLATE_NOOP("Notice", "exemptions and substitutions") },
    { QT_TRANSLATE_NOOP("Notice",
                        "If I apply for a bachelor's (本科) graduation, my prior degree "
                        "complies with the regulations."),
      QT_TRANSLATE_NOOP("Notice", "prior degree") },
    { QT_TRANSLATE_NOOP("Notice",
                        "I have not broken any national law in a way that bars me from "
                        "receiving a graduation certificate."),
      QT_TRANSLATE_NOOP("Notice", "no legal bar") },
};

const auto kConditionsKey = QStringLiteral("conditions");
const auto kTypeKey = QStringLiteral("candidateType");
const auto kAssistedKey = QStringLiteral("assistedConfirmed");
const auto kReadKey = QStringLiteral("readConfirmed");
} // namespace

ConditionModel::ConditionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ConditionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ConditionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case LetterRole:
        return letter(index.row());
    case TextRole:
    case Qt::DisplayRole:
        return text(index.row());
    case ConfirmedRole:
        return m_confirmed.at(index.row());
    default:
        return {};
    }
}

bool ConditionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ConfirmedRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setConfirmed(index.row(), value.toBool());
    return true;
}

QHash<int, QByteArray> ConditionModel::roleNames() const
{
    return { { LetterRole, "letter" },
             { TextRole, "conditionText" },
             { ConfirmedRole, "confirmed" } };
}

void ConditionModel::setConfirmed(int row, bool confirmed)
{
    if (row < 0 || row >= Count || m_confirmed.at(row) == confirmed)
        return;
    m_confirmed.at(row) = confirmed;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { ConfirmedRole });
    Q_EMIT confirmationChanged();
}

QString ConditionModel::letter(int row)
{
    return QString(QChar(u'a' + row));
}

QString ConditionModel::text(int row)
{
    return QCoreApplication::translate("Notice", kConditions[row].text);
}

QString ConditionModel::shortName(int row)
{
    return QCoreApplication::translate("Notice", kConditions[row].shortName);
}

void ConditionModel::retranslate()
{
    Q_EMIT dataChanged(index(0), index(Count - 1), { TextRole, Qt::DisplayRole });
}

NoticeController::NoticeController(ApplicationSession *session, StepContext * /*context*/,
                                   QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_conditions(this)
{
    connect(&m_conditions, &ConditionModel::confirmationChanged, this, &StepController::changed);
    // The problems follow the answers one to one.
    connect(this, &StepController::changed, this, &StepController::errorsChanged);
    if (m_session) {
        auto update = [this] {
            const bool now = isEditable();
            if (now == m_editable)
                return;
            m_editable = now;
            Q_EMIT editableChanged();
        };
        connect(m_session, &ApplicationSession::applicationChanged, this, update);
        connect(m_session, &ApplicationSession::rulesChanged, this,
                &NoticeController::windowChanged);
        connect(m_session, &ApplicationSession::connectionChanged, this,
                &NoticeController::windowChanged);
        m_editable = isEditable();
    }
}

bool NoticeController::isEditable() const
{
    // The notice's confirmations went in with the first submission; a rejection reopens
    // only the sections the school named, never the notice.
    if (!m_session || !m_session->hasApplication())
        return true;
    return m_session->record().is(zkgrad::Workflow::State::Draft);
}

QString NoticeController::readOnlyReason() const
{
    if (isEditable())
        return {};
    return QCoreApplication::translate("Notice",
                                       "You confirmed the notice when you submitted the "
                                       "application; it can no longer be changed.");
}

void NoticeController::setCandidateType(CandidateType type)
{
    if (type == m_type || (!m_restoring && !isEditable()))
        return;
    m_type = type;
    Q_EMIT changed();
}

void NoticeController::setAssistedConfirmed(bool confirmed)
{
    if (confirmed == m_assistedConfirmed || (!m_restoring && !isEditable()))
        return;
    m_assistedConfirmed = confirmed;
    Q_EMIT changed();
}

void NoticeController::setReadConfirmed(bool confirmed)
{
    if (confirmed == m_readConfirmed || (!m_restoring && !isEditable()))
        return;
    m_readConfirmed = confirmed;
    Q_EMIT changed();
}

void NoticeController::setConditionConfirmed(int row, bool confirmed)
{
    if (!m_restoring && !isEditable())
        return;
    m_conditions.setConfirmed(row, confirmed);
}

bool NoticeController::allConditionsConfirmed() const
{
    for (int i = 0; i < ConditionModel::Count; ++i) {
        if (!m_conditions.isConfirmed(i))
            return false;
    }
    return true;
}

bool NoticeController::isComplete() const
{
    return problems().isEmpty();
}

QString NoticeController::windowText() const
{
    const zkgrad::BatchRules rules =
        m_session ? m_session->rules() : zkgrad::BatchRules::defaults();
    // Dates as the authority states them: Beijing time.
    const auto beijing = zkgrad::DisplayText::beijingDateTime;
    if (rules.windowOpens.isValid() && rules.windowCloses.isValid()) {
        return QCoreApplication::translate("Notice",
                                           "Application window of this round: %1 to %2 "
                                           "(Beijing time).")
            .arg(beijing(rules.windowOpens), beijing(rules.windowCloses));
    }
    if (rules.windowCloses.isValid()) {
        return QCoreApplication::translate("Notice",
                                           "Application window of this round: until %1 "
                                           "(Beijing time).")
            .arg(beijing(rules.windowCloses));
    }
    if (m_session && m_session->connected()) {
        return QCoreApplication::translate("Notice",
                                           "Application window: the server has not announced "
                                           "the dates of this round yet. Ask your examining "
                                           "school before you rely on a date.");
    }
    return QCoreApplication::translate("Notice",
                                       "Application window: the dates of this round come from "
                                       "the examination authority's server and appear here "
                                       "once this computer is connected to it.");
}

QVariantList NoticeController::fieldProblems() const
{
    QVariantList list;
    const auto add = [&list](const QString &field, const QString &message) {
        list.append(QVariantMap { { QStringLiteral("field"), field },
                                  { QStringLiteral("message"), message } });
    };
    for (int i = 0; i < ConditionModel::Count; ++i) {
        if (!m_conditions.isConfirmed(i)) {
            add(QStringLiteral("condition_") + ConditionModel::letter(i),
                QCoreApplication::translate("Notice", "Confirm condition %1 (%2).")
                    .arg(ConditionModel::letter(i), ConditionModel::shortName(i)));
        }
    }
    if (m_type == Unset) {
        add(QStringLiteral("socialButton"),
            QCoreApplication::translate("Notice",
                                        "Choose whether you are an independent "
                                        "candidate or an assisted candidate."));
    } else if (m_type == Assisted && !m_assistedConfirmed) {
        add(QStringLiteral("schoolAskedCheckBox"),
            QCoreApplication::translate("Notice",
                                        "As an assisted candidate, confirm that your "
                                        "examining school asked you to apply here."));
    }
    if (!m_readConfirmed) {
        add(QStringLiteral("readCheckBox"),
            QCoreApplication::translate("Notice",
                                        "Confirm that you have read and understood "
                                        "the notice."));
    }
    return list;
}

QStringList NoticeController::problems() const
{
    QStringList list;
    for (const QVariant &problem : fieldProblems())
        list << problem.toMap().value(QStringLiteral("message")).toString();
    return list;
}

QJsonObject NoticeController::toJson() const
{
    QJsonArray conditions;
    for (int i = 0; i < ConditionModel::Count; ++i)
        conditions.append(m_conditions.isConfirmed(i));
    const char *type = m_type == Social ? "social" : m_type == Assisted ? "assisted" : "";
    return { { kConditionsKey, conditions },
             { kTypeKey, QString::fromLatin1(type) },
             { kAssistedKey, m_assistedConfirmed },
             { kReadKey, m_readConfirmed } };
}

void NoticeController::fromJson(const QJsonObject &json)
{
    m_restoring = true;
    const QJsonArray conditions = json.value(kConditionsKey).toArray();
    for (int i = 0; i < ConditionModel::Count; ++i)
        m_conditions.setConfirmed(i, i < conditions.size() && conditions.at(i).toBool());
    const QString type = json.value(kTypeKey).toString();
    setCandidateType(type == QLatin1String("social")         ? Social
                         : type == QLatin1String("assisted") ? Assisted
                                                             : Unset);
    setAssistedConfirmed(json.value(kAssistedKey).toBool());
    setReadConfirmed(json.value(kReadKey).toBool());
    m_restoring = false;
}

void NoticeController::retranslate()
{
    m_conditions.retranslate();
    Q_EMIT changed();
    Q_EMIT editableChanged();
}

QVariantMap NoticeController::summary() const
{
    const QString type = m_type == Social ? tr("Self-study candidate (社会考生)")
        : m_type == Assisted              ? tr("Assisted candidate (助学考生)")
                                          : QString();
    return makeSummary(
        { summaryRow(tr("Candidate type"), type),
          summaryRow(tr("Eligibility conditions"),
                     allConditionsConfirmed() ? tr("All confirmed") : tr("Not all confirmed")),
          summaryRow(tr("Notice read"), m_readConfirmed ? tr("Yes") : tr("No")) });
}
