#include "steps/resume/resumeentrymodel.h"

#include <QJsonValue>

#include <cmath>

using zkgrad::ResumeEntry;
using zkgrad::YearMonth;

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kOrganisation = QStringLiteral("organisation");
const QString kRole = QStringLiteral("role");
const QString kWitness = QStringLiteral("witness");

QString monthText(int year, int month)
{
    const YearMonth ym { year, month };
    if (ym.isValid())
        return ym.toString();
    if (year == 0 && month == 0)
        return QStringLiteral("…");
    // Show what was chosen so far, so the heading follows the pickers.
    return QStringLiteral("%1-%2").arg(
        year > 0 ? QString::number(year) : QStringLiteral("…"),
        month > 0 ? QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0')) : QStringLiteral("…"));
}

bool isPresentWord(const QString &s)
{
    const QString t = s.trimmed();
    return t.compare(QLatin1String("present"), Qt::CaseInsensitive) == 0
        || t == QStringLiteral("至今");
}

// A part of a half-chosen date from the draft; anything odd is "not chosen".
int part(const QJsonObject &json, const char *key, int min, int max)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isDouble())
        return 0;
    const double d = v.toDouble();
    return d >= min && d <= max && d == std::floor(d) ? static_cast<int>(d) : 0;
}

QString text(const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString().left(500) : QString();
}

} // namespace

ResumeEntryItem::ResumeEntryItem(QObject *parent)
    : QObject(parent)
{ }

QString ResumeEntryItem::period() const
{
    // "…-… – …-…" on a new entry told the candidate nothing.
    if (m_fromYear == 0 && m_fromMonth == 0 && m_toYear == 0 && m_toMonth == 0 && !m_toPresent)
        return tr("Dates not chosen yet");
    const QString to = m_toPresent ? tr("until now") : monthText(m_toYear, m_toMonth);
    return QStringLiteral("%1 – %2").arg(monthText(m_fromYear, m_fromMonth), to);
}

void ResumeEntryItem::setPart(int &member, int value, const QString &field)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT datesChanged();
    Q_EMIT edited(field);
}

void ResumeEntryItem::setText(QString &member, const QString &value, const QString &field)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT textsChanged();
    Q_EMIT edited(field);
}

void ResumeEntryItem::setFromYear(int year)
{
    setPart(m_fromYear, year, kFrom);
}

void ResumeEntryItem::setFromMonth(int month)
{
    setPart(m_fromMonth, month, kFrom);
}

void ResumeEntryItem::setToYear(int year)
{
    setPart(m_toYear, year, kTo);
}

void ResumeEntryItem::setToMonth(int month)
{
    setPart(m_toMonth, month, kTo);
}

void ResumeEntryItem::setToPresent(bool present)
{
    if (m_toPresent == present)
        return;
    m_toPresent = present;
    Q_EMIT datesChanged();
    Q_EMIT edited(kTo);
}

void ResumeEntryItem::setOrganisation(const QString &value)
{
    setText(m_organisation, value, kOrganisation);
}

void ResumeEntryItem::setRole(const QString &value)
{
    setText(m_role, value, kRole);
}

void ResumeEntryItem::setWitness(const QString &value)
{
    setText(m_witness, value, kWitness);
}

ResumeEntry ResumeEntryItem::toEntry() const
{
    ResumeEntry e;
    e.from = { m_fromYear, m_fromMonth };
    e.to = { m_toYear, m_toMonth };
    if (!e.from.isValid())
        e.from = {};
    if (!e.to.isValid())
        e.to = {};
    e.toPresent = m_toPresent;
    e.organisation = m_organisation.trimmed();
    e.role = m_role.trimmed();
    e.witness = m_witness.trimmed();
    return e;
}

void ResumeEntryItem::setEntry(const ResumeEntry &e)
{
    m_fromYear = e.from.isValid() ? e.from.year : 0;
    m_fromMonth = e.from.isValid() ? e.from.month : 0;
    m_toYear = e.to.isValid() && !e.toPresent ? e.to.year : 0;
    m_toMonth = e.to.isValid() && !e.toPresent ? e.to.month : 0;
    m_toPresent = e.toPresent;
    m_organisation = e.organisation;
    m_role = e.role;
    m_witness = e.witness;
    Q_EMIT datesChanged();
    Q_EMIT textsChanged();
}

bool ResumeEntryItem::hasContent() const
{
    return m_fromYear || m_fromMonth || m_toYear || m_toMonth || m_toPresent
        || !m_organisation.trimmed().isEmpty() || !m_role.trimmed().isEmpty()
        || !m_witness.trimmed().isEmpty();
}

QJsonObject ResumeEntryItem::toDraftJson() const
{
    const YearMonth from { m_fromYear, m_fromMonth };
    const YearMonth to { m_toYear, m_toMonth };
    QJsonObject json {
        { kFrom, from.isValid() ? from.toString() : QString() },
        { kTo,
          m_toPresent ? QStringLiteral("present") : (to.isValid() ? to.toString() : QString()) },
        { kOrganisation, m_organisation },
        { kRole, m_role },
        { kWitness, m_witness },
    };
    // Half-chosen dates are not part of the API's shape; keep them for the draft only.
    if (!from.isValid() && (m_fromYear || m_fromMonth)) {
        json.insert(QStringLiteral("fromYear"), m_fromYear);
        json.insert(QStringLiteral("fromMonth"), m_fromMonth);
    }
    if (!m_toPresent && !to.isValid() && (m_toYear || m_toMonth)) {
        json.insert(QStringLiteral("toYear"), m_toYear);
        json.insert(QStringLiteral("toMonth"), m_toMonth);
    }
    return json;
}

void ResumeEntryItem::fromDraftJson(const QJsonObject &json)
{
    const YearMonth from = YearMonth::parse(text(json, kFrom));
    const QString toText = text(json, kTo);
    const bool present = isPresentWord(toText);
    const YearMonth to = present ? YearMonth {} : YearMonth::parse(toText);
    m_fromYear = from.isValid() ? from.year : part(json, "fromYear", 1900, 9999);
    m_fromMonth = from.isValid() ? from.month : part(json, "fromMonth", 1, 12);
    m_toPresent = present;
    m_toYear = to.isValid() ? to.year : (present ? 0 : part(json, "toYear", 1900, 9999));
    m_toMonth = to.isValid() ? to.month : (present ? 0 : part(json, "toMonth", 1, 12));
    m_organisation = text(json, kOrganisation);
    m_role = text(json, kRole);
    m_witness = text(json, kWitness);
    Q_EMIT datesChanged();
    Q_EMIT textsChanged();
}

void ResumeEntryItem::setPosition(int row, bool last)
{
    if (m_row == row && m_last == last)
        return;
    m_row = row;
    m_last = last;
    Q_EMIT rowChanged();
}

ResumeEntryModel::ResumeEntryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ResumeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ResumeEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != EntryRole)
        return {};
    return QVariant::fromValue(m_items.at(index.row()));
}

QHash<int, QByteArray> ResumeEntryModel::roleNames() const
{
    return { { EntryRole, "entry" } };
}

ResumeEntryItem *ResumeEntryModel::item(int row) const
{
    return row >= 0 && row < count() ? m_items.at(row) : nullptr;
}

QList<ResumeEntry> ResumeEntryModel::entries() const
{
    QList<ResumeEntry> list;
    list.reserve(m_items.size());
    for (const ResumeEntryItem *item : m_items)
        list.append(item->toEntry());
    return list;
}

ResumeEntryItem *ResumeEntryModel::createItem()
{
    auto *item = new ResumeEntryItem(this);
    connect(item, &ResumeEntryItem::edited, this,
            [this, item](const QString &field) { Q_EMIT entryEdited(item->row(), field); });
    return item;
}

ResumeEntryItem *ResumeEntryModel::insert(int row)
{
    row = std::clamp(row, 0, count());
    beginInsertRows({}, row, row);
    ResumeEntryItem *item = createItem();
    m_items.insert(row, item);
    renumber();
    endInsertRows();
    Q_EMIT countChanged();
    return item;
}

void ResumeEntryModel::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    ResumeEntryItem *item = m_items.takeAt(row);
    renumber();
    endRemoveRows();
    // Delegates may still hold it until the view has processed the removal.
    item->deleteLater();
    Q_EMIT countChanged();
}

void ResumeEntryModel::move(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= count() || to >= count())
        return;
    // beginMoveRows takes the destination as "insert before" in the old numbering.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_items.move(from, to);
    renumber();
    endMoveRows();
}

void ResumeEntryModel::reset(const QList<QJsonObject> &drafts)
{
    beginResetModel();
    for (ResumeEntryItem *item : std::as_const(m_items))
        item->deleteLater();
    m_items.clear();
    for (const QJsonObject &json : drafts) {
        ResumeEntryItem *item = createItem();
        item->fromDraftJson(json);
        m_items.append(item);
    }
    renumber();
    endResetModel();
    Q_EMIT countChanged();
}

void ResumeEntryModel::retranslate()
{
    for (ResumeEntryItem *item : std::as_const(m_items))
        item->retranslate();
}

void ResumeEntryModel::renumber()
{
    const int n = count();
    for (int i = 0; i < n; ++i)
        m_items.at(i)->setPosition(i, i == n - 1);
}
