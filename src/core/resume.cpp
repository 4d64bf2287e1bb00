#include "resume.h"

#include "freetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace zkgrad {

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

YearMonth YearMonth::parse(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-./]|年)\\s*(\\d{1,2})\\s*月?\\s*$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return {};
    YearMonth ym { m.capturedView(1).toInt(), m.capturedView(2).toInt() };
    return ym.isValid() ? ym : YearMonth {};
}

namespace {

QString entryLabel(int index)
{
    return QCoreApplication::translate("Resume", "entry %1").arg(index + 1);
}

ResumeIssue issue(Severity severity, const QString &reason, const QString &message, int entry,
                  int other = -1)
{
    return { severity, reason, message, entry, other, QString() };
}

bool isPresentWord(const QString &s)
{
    const QString t = s.trimmed();
    return t.compare(QLatin1String("present"), Qt::CaseInsensitive) == 0
        || t == QStringLiteral("至今") || t == QStringLiteral("今");
}

} // namespace

QList<ResumeIssue> Resume::check(const QList<ResumeEntry> &entries, QDate today)
{
    QList<ResumeIssue> issues;
    if (entries.isEmpty()) {
        issues.append(
            issue(Severity::Error, QStringLiteral("empty"),
                  QCoreApplication::translate("Resume",
                                              "The resume is empty. Add your schools and jobs from "
                                              "secondary school until today."),
                  -1));
        return issues;
    }
    const YearMonth now = today.isValid() ? YearMonth::fromDate(today) : YearMonth { 9999, 12 };
    const auto endOf = [&](const ResumeEntry &e) { return e.toPresent ? now : e.to; };
    const int n = static_cast<int>(entries.size());

    // Per-entry checks first; cross-entry checks only make sense between
    // entries whose own dates are sound.
    QList<bool> sound(n, false);
    for (int i = 0; i < n; ++i) {
        const ResumeEntry &e = entries.at(i);
        const QString label = entryLabel(i);
        bool ok = true;
        if (!e.from.isValid()) {
            issues.append(issue(Severity::Error, QStringLiteral("from-invalid"),
                                QCoreApplication::translate(
                                    "Resume",
                                    "In %1 the start is missing or not a valid year and month. "
                                    "Choose its year and month (for example 2015-09).")
                                    .arg(label),
                                i));
            ok = false;
        }
        if (!e.toPresent && !e.to.isValid()) {
            issues.append(issue(Severity::Error, QStringLiteral("to-invalid"),
                                QCoreApplication::translate(
                                    "Resume",
                                    "In %1 the end is missing or not a valid year and month. "
                                    "Choose its year and month, or \"until now\".")
                                    .arg(label),
                                i));
            ok = false;
        }
        if (ok && (e.from > now || (!e.toPresent && e.to > now))) {
            issues.append(issue(Severity::Error, QStringLiteral("in-future"),
                                QCoreApplication::translate(
                                    "Resume",
                                    "%1 has a date in the future. For what you are doing now, "
                                    "choose \"until now\" as the end.")
                                    .arg(label),
                                i));
            ok = false;
        }
        if (ok && e.from > endOf(e)) {
            issues.append(
                issue(Severity::Error, QStringLiteral("from-after-to"),
                      QCoreApplication::translate("Resume",
                                                  "In %1 the start %2 is after the end %3. Please "
                                                  "swap or correct the dates.")
                          .arg(label, e.from.toString(), endOf(e).toString()),
                      i));
            ok = false;
        }
        if (e.organisation.trimmed().isEmpty()) {
            issues.append(issue(
                Severity::Error, QStringLiteral("missing-organisation"),
                QCoreApplication::translate("Resume", "In %1 the school or employer is missing.")
                    .arg(label),
                i));
        }
        if (e.role.trimmed().isEmpty()) {
            issues.append(issue(Severity::Error, QStringLiteral("missing-role"),
                                QCoreApplication::translate(
                                    "Resume",
                                    "In %1 the role is missing (for example student, teacher "
                                    "or clerk).")
                                    .arg(label),
                                i));
        }
        if (e.witness.trimmed().isEmpty()) {
            issues.append(issue(Severity::Error, QStringLiteral("missing-witness"),
                                QCoreApplication::translate(
                                    "Resume",
                                    "In %1 the witness is missing: name someone who can confirm "
                                    "this period.")
                                    .arg(label),
                                i));
        }
        // The shared free-text policy, the first problem of each field.
        const struct
        {
            const QString &value;
            QString name;
            int maxChars;
            const char *field;
        } fields[] = {
            { e.organisation,
              QCoreApplication::translate("Resume", "school or employer of %1").arg(label),
              maxOrganisationChars, "organisation" },
            { e.role, QCoreApplication::translate("Resume", "role of %1").arg(label), maxRoleChars,
              "role" },
            { e.witness, QCoreApplication::translate("Resume", "witness of %1").arg(label),
              maxWitnessChars, "witness" },
        };
        for (const auto &f : fields) {
            const RuleResult r = FreeText::check(f.value, f.name, f.maxChars);
            if (!r.isValid()) {
                ResumeIssue found = issue(Severity::Error, r.reason, r.message, i);
                found.field = QLatin1String(f.field);
                issues.append(found);
            }
        }
        sound[i] = ok;
    }

    // Compare each sound entry with the sound ones before it.
    int prev = -1;
    for (int i = 0; i < n; ++i) {
        if (!sound.at(i))
            continue;
        if (prev >= 0) {
            const ResumeEntry &a = entries.at(prev);
            const ResumeEntry &b = entries.at(i);
            const YearMonth aEnd = endOf(a);
            if (b.from < a.from) {
                issues.append(issue(Severity::Error, QStringLiteral("order"),
                                    QCoreApplication::translate(
                                        "Resume",
                                        "%1 starts before %2. Please list the entries from the "
                                        "earliest to the latest.")
                                        .arg(entryLabel(i), entryLabel(prev)),
                                    i, prev));
            } else if (b.from < aEnd) {
                issues.append(
                    issue(Severity::Error, QStringLiteral("overlap"),
                          QCoreApplication::translate(
                              "Resume",
                              "%1 (%2 to %3) and %4 (from %5) overlap. Please correct "
                              "the dates so that one period ends before the next "
                              "begins.")
                              .arg(entryLabel(prev), a.from.toString(),
                                   a.toPresent ? QCoreApplication::translate("Resume", "until now")
                                               : a.to.toString(),
                                   entryLabel(i), b.from.toString()),
                          prev, i));
            } else {
                const int gap = b.from.index() - aEnd.index() - 1;
                if (gap > maxGapMonths) {
                    issues.append(issue(Severity::Warning, QStringLiteral("gap"),
                                        QCoreApplication::translate(
                                            "Resume",
                                            "Between %1 and %2 there are %3 months without an "
                                            "entry. If you were, for example, unemployed or at "
                                            "home, add an entry for that period.")
                                            .arg(entryLabel(prev), entryLabel(i))
                                            .arg(gap),
                                        prev, i));
                }
            }
        }
        // Compare the next entry with whichever period reaches furthest, so
        // one misplaced entry yields one finding rather than a cascade.
        if (prev < 0 || endOf(entries.at(i)) >= endOf(entries.at(prev)))
            prev = i;
    }

    if (!entries.constLast().toPresent) {
        issues.append(issue(
            Severity::Error, QStringLiteral("not-present"),
            QCoreApplication::translate("Resume",
                                        "The last entry must run until now: set the end of %1 to "
                                        "\"until now\", or add an entry for what you do now.")
                .arg(entryLabel(n - 1)),
            n - 1));
    }
    return issues;
}

bool Resume::hasErrors(const QList<ResumeIssue> &issues)
{
    for (const ResumeIssue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

ResumeParseResult Resume::fromJson(const QByteArray &json)
{
    ResumeParseResult result;
    const auto fail = [&](const QString &error, const QString &message, int entry = -1) {
        result.ok = false;
        result.error = error;
        result.message = message;
        result.entry = entry;
        result.entries.clear();
        return result;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("not-json"),
                    QCoreApplication::translate("Resume",
                                                "The resume data could not be read (%1 at byte "
                                                "%2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("entries")).isArray()) {
        array = doc.object().value(QStringLiteral("entries")).toArray();
    } else {
        return fail(
            QStringLiteral("not-array"),
            QCoreApplication::translate("Resume", "The resume data is not a list of entries."));
    }
    if (array.size() > maxEntries) {
        return fail(QStringLiteral("too-many"),
                    QCoreApplication::translate("Resume", "The resume has more than %1 entries.")
                        .arg(maxEntries));
    }
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            return fail(
                QStringLiteral("wrong-type"),
                QCoreApplication::translate("Resume", "In the resume data, %1 is not an object.")
                    .arg(entryLabel(i)),
                i);
        }
        const QJsonObject o = v.toObject();
        ResumeEntry e;
        const QString keys[] = { QStringLiteral("from"), QStringLiteral("to"),
                                 QStringLiteral("organisation"), QStringLiteral("role"),
                                 QStringLiteral("witness") };
        for (const QString &key : keys) {
            const QJsonValue f = o.value(key);
            if (!f.isUndefined() && !f.isNull() && !f.isString()) {
                return fail(QStringLiteral("wrong-type"),
                            QCoreApplication::translate("Resume",
                                                        "In the resume data, \"%1\" of %2 is "
                                                        "not text.")
                                .arg(key, entryLabel(i)),
                            i);
            }
        }
        const QString from = o.value(QStringLiteral("from")).toString();
        const QString to = o.value(QStringLiteral("to")).toString();
        e.from = YearMonth::parse(from);
        e.toPresent = isPresentWord(to);
        if (!e.toPresent)
            e.to = YearMonth::parse(to);
        // An empty date is a form not yet filled in, which check() reports;
        // text that is not a date at all is a broken document.
        if ((!from.trimmed().isEmpty() && !e.from.isValid())
            || (!to.trimmed().isEmpty() && !e.toPresent && !e.to.isValid())) {
            return fail(QStringLiteral("bad-date"),
                        QCoreApplication::translate("Resume",
                                                    "In the resume data, a date of %1 is not "
                                                    "YYYY-MM.")
                            .arg(entryLabel(i)),
                        i);
        }
        e.organisation = o.value(QStringLiteral("organisation")).toString().trimmed();
        e.role = o.value(QStringLiteral("role")).toString().trimmed();
        e.witness = o.value(QStringLiteral("witness")).toString().trimmed();
        result.entries.append(e);
    }
    result.ok = true;
    result.error = QStringLiteral("ok");
    return result;
}

QJsonArray Resume::toJson(const QList<ResumeEntry> &entries)
{
    QJsonArray array;
    for (const ResumeEntry &e : entries) {
        array.append(QJsonObject {
            { QStringLiteral("from"), e.from.isValid() ? e.from.toString() : QString() },
            { QStringLiteral("to"),
              e.toPresent ? QStringLiteral("present")
                          : (e.to.isValid() ? e.to.toString() : QString()) },
            { QStringLiteral("organisation"), e.organisation },
            { QStringLiteral("role"), e.role },
            { QStringLiteral("witness"), e.witness },
        });
    }
    return array;
}

} // namespace zkgrad
