#include "priordiploma.h"

#include "freetext.h"
#include "textcount.h"

#include "contact.h"

#include <QCoreApplication>

namespace zkgrad {

QString PriorDiploma::normalizeNumber(QStringView input)
{
    QString out;
    for (const QChar c : Contact::asciiDigits(input.trimmed())) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

std::optional<DiplomaNumberLayout> PriorDiploma::parseLayout(QStringView normalized)
{
    if (normalized.size() != 18)
        return std::nullopt;
    for (const QChar c : normalized) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    DiplomaNumberLayout layout;
    layout.schoolCode = normalized.left(5).toString();
    layout.schoolType = normalized.mid(5, 1).toInt();
    layout.year = normalized.mid(6, 4).toInt();
    layout.level = normalized.mid(10, 2).toString();
    layout.serial = normalized.mid(12, 6).toString();
    // The layout exists since 2002; a "year" outside any plausible range means
    // the 18 digits are some other numbering.
    if (layout.year < 2002 || layout.year > 2100)
        return std::nullopt;
    return layout;
}

RuleResult PriorDiploma::checkNumber(QStringView input, QDate graduationDate)
{
    const QString number = normalizeNumber(input);
    if (number.isEmpty()) {
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("PriorDiploma",
                                        "Please enter the number printed on your prior diploma."));
    }
    if (number.size() > maxNumberLength) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("PriorDiploma",
                                        "The diploma number is longer than %1 characters. Please "
                                        "enter only the number printed on the diploma.")
                .arg(maxNumberLength),
            number);
    }
    const auto layout = parseLayout(number);
    if (!layout) {
        return RuleResult::warning(
            QStringLiteral("old-format"),
            QCoreApplication::translate(
                "PriorDiploma",
                "The diploma number does not follow the 18-digit layout used since 2002. That is "
                "normal for older diplomas; otherwise please check the number."),
            number);
    }
    if (graduationDate.isValid() && layout->year != graduationDate.year()) {
        return RuleResult::error(QStringLiteral("year-mismatch"),
                                 QCoreApplication::translate(
                                     "PriorDiploma",
                                     "Digits 7 to 10 of the diploma number give the year %1, but "
                                     "the graduation date is in %2. Please check the number and "
                                     "the graduation date.")
                                     .arg(layout->year)
                                     .arg(graduationDate.year()),
                                 number);
    }
    return RuleResult::ok(number);
}

RuleResult PriorDiploma::checkGraduationDate(QDate graduation, QDate birthDate, QDate today)
{
    if (!graduation.isValid()) {
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("PriorDiploma",
                                        "Please enter the graduation date printed on your prior "
                                        "diploma."));
    }
    const QString iso = graduation.toString(Qt::ISODate);
    if (today.isValid() && graduation > today) {
        return RuleResult::error(
            QStringLiteral("future"),
            QCoreApplication::translate("PriorDiploma",
                                        "The graduation date %1 is in the future. Please enter the "
                                        "date printed on the diploma.")
                .arg(iso),
            iso);
    }
    if (birthDate.isValid() && graduation < birthDate.addYears(14)) {
        return RuleResult::error(
            QStringLiteral("too-early"),
            QCoreApplication::translate("PriorDiploma",
                                        "The graduation date %1 is before your 14th birthday. "
                                        "Please check the date.")
                .arg(iso),
            iso);
    }
    return RuleResult::ok(iso);
}

RuleResult PriorDiploma::checkSchool(QStringView input)
{
    const QString school = input.trimmed().toString();
    const int n = TextCount::count(school);
    if (n == 0) {
        return RuleResult::error(
            QStringLiteral("empty"),
            QCoreApplication::translate("PriorDiploma",
                                        "Please enter the school that issued the "
                                        "diploma, as printed on it."));
    }
    if (n > maxSchoolLength) {
        return RuleResult::error(
            QStringLiteral("too-long"),
            QCoreApplication::translate("PriorDiploma",
                                        "The school name has %1 characters; at most "
                                        "%2 are allowed. Please enter it as printed "
                                        "on the diploma.")
                .arg(n)
                .arg(maxSchoolLength),
            school);
    }
    // No invisible or deceptive characters, and a bound on the stored size (FreeText).
    RuleResult policy = FreeText::check(
        school, QCoreApplication::translate("PriorDiploma", "school name"), maxSchoolLength);
    if (!policy.isValid())
        return policy;
    return RuleResult::ok(school);
}

} // namespace zkgrad
