#include "steps/resume/resumecontroller.h"

#include "session/applicationsession.h"

#include <QJsonArray>
#include <QRegularExpression>

using zkgrad::Resume;
using zkgrad::ResumeEntry;
using zkgrad::ResumeIssue;
using zkgrad::Severity;
using zkgrad::YearMonth;
using zkgrad::net::FieldError;

namespace {

constexpr auto kSection = zkgrad::Workflow::Section::Resume;
const QString kEntries = QStringLiteral("entries");
const QString kAddEntry = QStringLiteral("addEntryButton");
const QString kFields[] = { QStringLiteral("from"), QStringLiteral("to"),
                            QStringLiteral("organisation"), QStringLiteral("role"),
                            QStringLiteral("witness") };

QVariantMap problem(const QString &field, const QString &message)
{
    return { { QStringLiteral("field"), field }, { QStringLiteral("message"), message } };
}

} // namespace

ResumeController::ResumeController(ApplicationSession *session, StepContext * /*context*/,
                                   QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_link(session, kSection, SectionLink::Adoption::FirstApplication, this)
{
    connect(&m_model, &ResumeEntryModel::entryEdited, this, &ResumeController::onEntryEdited);
    connect(&m_link, &SectionLink::refused, this, &ResumeController::onFieldErrors);
    connect(&m_link, &SectionLink::adoptionDue, this, &ResumeController::adoptServerSection);
    connect(&m_link, &SectionLink::editableChanged, this, &StepController::editableChanged);
    recheck();
}

QString ResumeController::fieldName(int row, const QString &field)
{
    return QStringLiteral("entry_%1_%2").arg(row).arg(field);
}

bool ResumeController::isEditable() const
{
    return m_link.isEditable();
}

QVariantList ResumeController::years() const
{
    QVariantList list;
    const int now = (m_today.isValid() ? m_today : QDate::currentDate()).year();
    for (int y = now; y >= FirstYear; --y)
        list.append(y);
    return list;
}

bool ResumeController::isComplete() const
{
    return m_complete;
}

QStringList ResumeController::problems() const
{
    return m_problems;
}

void ResumeController::setToday(QDate today)
{
    m_today = today;
    recheck();
}

void ResumeController::recheck()
{
    const QList<ResumeEntry> list = m_model.entries();
    const int n = static_cast<int>(list.size());
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const YearMonth now = YearMonth::fromDate(today);

    QVariantMap errors;
    QVariantMap warnings;
    const auto put = [&errors](const QString &field, const QString &message) {
        // One message per field: the first finding is the one to fix first.
        if (!errors.contains(field))
            errors.insert(field, message);
    };

    // The core rules see "until now" on an earlier entry only as an overlap; say plainly
    // that just the last entry may run until now.
    for (int i = 0; i + 1 < n; ++i) {
        if (list.at(i).toPresent) {
            put(fieldName(i, QStringLiteral("to")),
                tr("In entry %1 the end is \"until now\", but only the last entry can run until "
                   "now. Choose the month in which this period ended.")
                    .arg(i + 1));
        }
    }

    bool blocking = n == 0 || !errors.isEmpty();
    for (const ResumeIssue &issue : Resume::check(list, today)) {
        const QString &reason = issue.reason;
        if (issue.severity == Severity::Warning) {
            const int at = issue.otherEntry >= 0 ? issue.otherEntry : issue.entry;
            if (at >= 0)
                warnings.insert(QStringLiteral("entry_%1").arg(at), issue.message);
            continue;
        }
        blocking = true;
        if (reason == QLatin1String("empty")) {
            put(kAddEntry, issue.message);
        } else if (reason == QLatin1String("from-invalid") || reason == QLatin1String("order")) {
            put(fieldName(issue.entry, QStringLiteral("from")), issue.message);
        } else if (reason == QLatin1String("overlap")) {
            // The later entry's start is what runs into the earlier period.
            put(fieldName(issue.otherEntry >= 0 ? issue.otherEntry : issue.entry,
                          QStringLiteral("from")),
                issue.message);
        } else if (reason == QLatin1String("in-future")) {
            const bool fromLate = list.at(issue.entry).from > now;
            put(fieldName(issue.entry, fromLate ? QStringLiteral("from") : QStringLiteral("to")),
                issue.message);
        } else if (!issue.field.isEmpty() && issue.entry >= 0) {
            // The free-text policy (too long, a forbidden character) names its field.
            put(fieldName(issue.entry, issue.field), issue.message);
        } else if (reason == QLatin1String("missing-organisation")) {
            put(fieldName(issue.entry, QStringLiteral("organisation")), issue.message);
        } else if (reason == QLatin1String("missing-role")) {
            put(fieldName(issue.entry, QStringLiteral("role")), issue.message);
        } else if (reason == QLatin1String("missing-witness")) {
            put(fieldName(issue.entry, QStringLiteral("witness")), issue.message);
        } else if (issue.entry >= 0) {
            // to-invalid, from-after-to, not-present and anything added later.
            put(fieldName(issue.entry, QStringLiteral("to")), issue.message);
        } else {
            put(kAddEntry, issue.message);
        }
    }

    // The server's refusals show where nothing local is wrong (the server may know more).
    for (auto it = m_link.refusals().cbegin(); it != m_link.refusals().cend(); ++it)
        put(it.key(), it.value());

    QVariantList fieldProblems;
    QStringList problems;
    const auto add = [&](const QString &field) {
        const auto it = errors.constFind(field);
        if (it == errors.constEnd())
            return;
        fieldProblems.append(problem(field, it->toString()));
        problems.append(it->toString());
    };
    for (int i = 0; i < n; ++i) {
        for (const QString &field : kFields)
            add(fieldName(i, field));
    }
    for (const QString &message : std::as_const(m_serverGeneral)) {
        fieldProblems.append(problem(QString(), message));
        problems.append(message);
    }
    add(kAddEntry);

    const bool errorsDiffer = errors != m_errors;
    const bool warningsDiffer = warnings != m_warnings;
    const bool problemsDiffer = fieldProblems != m_fieldProblems;
    m_errors = errors;
    m_warnings = warnings;
    m_fieldProblems = fieldProblems;
    m_problems = problems;
    m_complete = !blocking;
    if (errorsDiffer || problemsDiffer)
        Q_EMIT errorsChanged();
    if (warningsDiffer)
        Q_EMIT warningsChanged();
    Q_EMIT changed();
}

void ResumeController::onEntryEdited(int row, const QString &field)
{
    // A server refusal holds until the candidate changes that field.
    m_link.forget(fieldName(row, field));
    recheck();
}

void ResumeController::structureChanged()
{
    // Rows moved, so the server's paths no longer point at the same entries.
    m_link.forgetRefusals();
    m_serverGeneral.clear();
    recheck();
}

void ResumeController::onFieldErrors(const QList<FieldError> &errors)
{
    static const QRegularExpression path(
        QStringLiteral("^resume\\.entries\\[(\\d+)\\](?:\\.(\\w+))?$"));
    m_link.forgetRefusals();
    m_serverGeneral.clear();
    for (const FieldError &e : errors) {
        const QRegularExpressionMatch m = path.match(e.field);
        const int row = m.hasMatch() ? m.captured(1).toInt() : -1;
        QString field = m.captured(2);
        if (field.isEmpty())
            field = QStringLiteral("from");
        const bool known =
            std::find(std::begin(kFields), std::end(kFields), field) != std::end(kFields);
        if (row >= 0 && row < count() && known)
            m_link.refuse(fieldName(row, field), e.detail);
        else
            m_serverGeneral.append(e.detail);
    }
    recheck();
}

int ResumeController::addEntry()
{
    const int row = count();
    ResumeEntryItem *previous = m_model.item(row - 1);
    ResumeEntryItem *item = m_model.insert(row);
    if (previous && previous->toPresent()) {
        // The new entry is the latest: "until now" moves to it, and the previous one
        // now needs the month it ended (the checks ask for it).
        previous->setToPresent(false);
        item->setToPresent(true);
    }
    structureChanged();
    return row;
}

void ResumeController::removeEntry(int row)
{
    if (!m_model.item(row))
        return;
    m_model.remove(row);
    structureChanged();
}

bool ResumeController::moveEntry(int row, int direction)
{
    const int to = row + (direction < 0 ? -1 : 1);
    if (!m_model.item(row) || !m_model.item(to))
        return false;
    m_model.move(row, to);
    structureChanged();
    return true;
}

bool ResumeController::entryHasContent(int row) const
{
    const ResumeEntryItem *item = m_model.item(row);
    return item && item->hasContent();
}

void ResumeController::clear()
{
    m_model.reset({});
    m_link.forgetWritten();
    m_link.awaitServerCopy();
    structureChanged();
}

bool ResumeController::hasContent() const
{
    for (int i = 0; i < count(); ++i) {
        if (m_model.item(i)->hasContent())
            return true;
    }
    return false;
}

QJsonObject ResumeController::toJson() const
{
    QJsonArray array;
    for (int i = 0; i < count(); ++i)
        array.append(m_model.item(i)->toDraftJson());
    return { { kEntries, array } };
}

void ResumeController::fromJson(const QJsonObject &json)
{
    QList<QJsonObject> drafts;
    const QJsonArray array = json.value(kEntries).toArray();
    for (const QJsonValue v : array) {
        if (drafts.size() >= Resume::maxEntries)
            break;
        if (v.isObject())
            drafts.append(v.toObject());
    }
    m_model.reset(drafts);
    structureChanged();
    // Restoring from a draft (for example after a reinstall) may find the server's copy,
    // now or when the application arrives.
    m_link.draftLoaded();
}

void ResumeController::adoptServerSection(const QJsonObject &section)
{
    const QJsonArray array = section.value(kEntries).toArray();
    if (array.isEmpty() || hasContent())
        return;
    QList<QJsonObject> drafts;
    for (const QJsonValue v : array) {
        if (drafts.size() >= Resume::maxEntries)
            break;
        if (v.isObject())
            drafts.append(v.toObject());
    }
    if (drafts.isEmpty())
        return;
    m_model.reset(drafts);
    m_link.markWritten(sectionContent());
    structureChanged();
}

QJsonObject ResumeController::sectionContent() const
{
    return { { kEntries, Resume::toJson(m_model.entries()) } };
}

void ResumeController::leave()
{
    // Only a resume the rules accept is sent: the server would refuse anything else,
    // and the local draft keeps the unfinished one.
    if (!m_session || !isEditable() || !m_complete)
        return;
    m_link.write(sectionContent());
}

void ResumeController::retranslate()
{
    m_model.retranslate();
    recheck();
}

QVariantMap ResumeController::summary() const
{
    const QString none = tr("(not given)");
    auto text = [&none](const QString &s) { return s.trimmed().isEmpty() ? none : s; };
    QVariantList rows;
    for (int i = 0; i < m_model.count(); ++i) {
        const ResumeEntryItem *e = m_model.item(i);
        rows << summaryRow(e->period(),
                           tr("%1, %2 (witness: %3)")
                               .arg(text(e->organisation()), text(e->role()), text(e->witness())));
    }
    if (rows.isEmpty())
        rows << summaryRow(tr("Entries"), QString());
    return makeSummary(rows);
}
