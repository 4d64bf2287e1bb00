#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "ruleresult.h"

namespace zkgrad {

/** A year and month as the resume (本人简历) records dates. */
struct YearMonth
{
    int year = 0;
    int month = 0;

    [[nodiscard]] bool isValid() const
    {
        return year >= 1900 && year <= 9999 && month >= 1 && month <= 12;
    }
    /** Months since year 0, for comparing and measuring gaps. */
    [[nodiscard]] int index() const { return year * 12 + (month - 1); }
    /** "YYYY-MM". */
    [[nodiscard]] QString toString() const;
    /** Reads "YYYY-MM", "YYYY.MM", "YYYY/MM" or "YYYY年MM月"; invalid otherwise. */
    [[nodiscard]] static YearMonth parse(QStringView text);
    [[nodiscard]] static YearMonth fromDate(QDate date) { return { date.year(), date.month() }; }

    auto operator<=>(const YearMonth &other) const { return index() <=> other.index(); }
    bool operator==(const YearMonth &) const = default;
};

/** One line of the resume: from–to, where, as what, and who can vouch for it. */
struct ResumeEntry
{
    YearMonth from;
    YearMonth to; ///< ignored when toPresent
    bool toPresent = false; ///< "至今"
    QString organisation; ///< school or employer
    QString role;
    QString witness; ///< 证明人

    bool operator==(const ResumeEntry &) const = default;
};

/** One finding about the resume, tied to the entries it concerns (0-based). */
struct ResumeIssue
{
    Severity severity = Severity::Error;
    /**
     * empty, from-invalid, to-invalid, from-after-to, in-future,
     * missing-organisation, missing-role, missing-witness, order, overlap,
     * gap (warning), not-present, forbidden-character and too-long (the
     * FreeText policy for organisation, role and witness)
     */
    QString reason;
    QString message; ///< translated; names the entries by their 1-based number
    int entry = -1;
    int otherEntry = -1; ///< the second entry for order, overlap and gap
    /** The text field concerned (organisation, role, witness), when the issue is about one. */
    QString field;
};

/** The outcome of Resume::fromJson: entries, or a reason code where the JSON is wrong. */
struct ResumeParseResult
{
    bool ok = false;
    QString error; ///< ok, not-json, not-array, wrong-type, bad-date, too-many
    QString message; ///< translated
    int entry = -1; ///< 0-based entry of the error, -1 when not about one entry
    QList<ResumeEntry> entries;
};

/** Rules and JSON form of the resume printed into the candidate's archive. */
class Resume
{
public:
    /** More entries than anyone's life has; bounds what the parser accepts. */
    static constexpr int maxEntries = 100;
    /** Longest school or employer, in characters (FreeText policy). */
    static constexpr int maxOrganisationChars = 100;
    /** Longest role, in characters. */
    static constexpr int maxRoleChars = 50;
    /** Longest witness entry (a name, perhaps with a phone number), in characters. */
    static constexpr int maxWitnessChars = 50;
    /** A gap longer than this many months is worth a warning. */
    static constexpr int maxGapMonths = 6;

    /**
     * Every problem of @p entries, errors and warnings. Touching months (one
     * entry ends in the month the next begins) are fine: that is how people
     * write a change of school or job.
     */
    [[nodiscard]] static QList<ResumeIssue> check(const QList<ResumeEntry> &entries,
                                                  QDate today = QDate::currentDate());
    /** Whether @p issues contains an error (warnings do not block). */
    [[nodiscard]] static bool hasErrors(const QList<ResumeIssue> &issues);
    /**
     * Reads a JSON array of {"from", "to", "organisation", "role", "witness"}
     * (or an object with such an array under "entries"); "to" is "YYYY-MM",
     * "present" or "至今". Never throws.
     */
    [[nodiscard]] static ResumeParseResult fromJson(const QByteArray &json);
    /** The array fromJson() reads; "to" is "present" for the current entry. */
    [[nodiscard]] static QJsonArray toJson(const QList<ResumeEntry> &entries);
};

} // namespace zkgrad
