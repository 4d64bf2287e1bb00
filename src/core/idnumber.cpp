#include "idnumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace zkgrad {

namespace {

bool isHyphenLike(char32_t c)
{
    // People paste numbers formatted with any dash their input method offers.
    return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 || c == 0xFF0D;
}

IdNumberResult fail(IdNumberResult r, const QString &reason, const QString &message)
{
    r.valid = false;
    r.reason = reason;
    r.message = message;
    return r;
}

} // namespace

RuleResult IdNumberResult::toRuleResult() const
{
    if (valid)
        return RuleResult::ok(normalized);
    return RuleResult::error(reason, message, normalized);
}

QString IdNumber::normalize(QStringView input)
{
    QString out;
    out.reserve(input.size());
    const QString trimmed = input.trimmed().toString();
    for (const char32_t c : trimmed.toUcs4()) {
        // Text copied from web pages and chat apps carries invisible format
        // characters (zero-width space, BOM, direction marks) around the digits.
        if (QChar::isSpace(c) || isHyphenLike(c) || QChar::category(c) == QChar::Other_Format)
            continue;
        if (c >= 0xFF10 && c <= 0xFF19) // full-width digits
            out.append(QChar(u'0' + (c - 0xFF10)));
        else if (c == U'x' || c == 0xFF38 || c == 0xFF58) // x, full-width X and x
            out.append(u'X');
        else
            out.append(QString::fromUcs4(&c, 1));
    }
    return out;
}

QChar IdNumber::checkDigit(QStringView first17)
{
    static constexpr std::array<int, 17> weights = { 7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                     3, 7, 9,  10, 5, 8, 4, 2 };
    static constexpr char16_t map[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const QChar ch = first17.at(i);
        if (ch < u'0' || ch > u'9')
            return {};
        sum += (ch.unicode() - u'0') * weights[static_cast<size_t>(i)];
    }
    return QChar(map[sum % 11]);
}

bool IdNumber::isProvinceCode(int code)
{
    // GB/T 2260 province-level divisions; 71 is Taiwan in the standard, 81-83
    // are the residence permits for Hong Kong, Macao and Taiwan residents.
    static constexpr std::array<int, 35> codes = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                   35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                   53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83 };
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

QString IdNumber::genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return {};
}

IdNumberResult IdNumber::check(QStringView input, QDate today)
{
    IdNumberResult r;
    r.normalized = normalize(input);
    const QString &id = r.normalized;

    if (id.isEmpty()) {
        return fail(r, QStringLiteral("length"),
                    QCoreApplication::translate(
                        "IdNumber", "Please enter the 18-character resident ID number."));
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar ch = id.at(i);
        const bool digit = ch >= u'0' && ch <= u'9';
        // X is only ever the check character, i.e. the 18th.
        if (!digit && !(ch == u'X' && i == 17 && id.size() == 18)) {
            return fail(r, QStringLiteral("characters"),
                        QCoreApplication::translate(
                            "IdNumber",
                            "The ID number may only contain digits, and an X as the 18th "
                            "character. Please check what you entered."));
        }
    }
    if (id.size() == 15) {
        return fail(r, QStringLiteral("length"),
                    QCoreApplication::translate(
                        "IdNumber",
                        "This is an old 15-digit ID number. Please enter the 18-digit number "
                        "of your current resident ID card."));
    }
    if (id.size() != 18) {
        return fail(r, QStringLiteral("length"),
                    QCoreApplication::translate("IdNumber",
                                                "The ID number must have 18 characters; you "
                                                "entered %1. Please check for missing or "
                                                "extra digits.")
                        .arg(id.size()));
    }
    if (!isProvinceCode(id.left(2).toInt())) {
        return fail(r, QStringLiteral("province"),
                    QCoreApplication::translate("IdNumber",
                                                "The first two digits of the ID number (%1) "
                                                "are not a province code. Please check them.")
                        .arg(id.left(2)));
    }
    // Codes the standard lists but under which no number is issued.
    const int province = id.left(2).toInt();
    const QStringView county = QStringView(id).mid(2, 4);
    if (province == 71) {
        return fail(r, QStringLiteral("taiwan-prefix"),
                    QCoreApplication::translate(
                        "IdNumber",
                        "No ID number starting with 71 is issued. Residents of Taiwan enter the "
                        "number of their residence permit, which starts with 830000."));
    }
    if (province >= 81 && province <= 83 && county != u"0000") {
        return fail(r, QStringLiteral("permit-county"),
                    QCoreApplication::translate(
                        "IdNumber",
                        "A residence permit number for Hong Kong, Macao or Taiwan residents "
                        "starts with exactly %1, not %2. Please check the first six digits.")
                        .arg(id.left(2) + QStringLiteral("0000"), id.left(6)));
    }
    if (province < 81 && county == u"0000") {
        return fail(r, QStringLiteral("province-only"),
                    QCoreApplication::translate(
                        "IdNumber",
                        "The first six digits of the ID number (%1) name only a province; "
                        "digits 3 to 6 give the city and county and cannot be 0000. Please "
                        "check them.")
                        .arg(id.left(6)));
    }
    const QDate birth(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    if (!birth.isValid() || birth < QDate(1900, 1, 1) || (today.isValid() && birth > today)) {
        return fail(r, QStringLiteral("birth-date"),
                    QCoreApplication::translate("IdNumber",
                                                "Digits 7 to 14 of the ID number (%1) are not "
                                                "a valid date of birth. Please check them.")
                        .arg(id.mid(6, 8)));
    }
    r.birthDate = birth;
    r.gender = (id.at(16).unicode() - u'0') % 2 == 1 ? Gender::Male : Gender::Female;
    const QChar expected = checkDigit(QStringView(id).left(17));
    if (id.at(17) != expected) {
        return fail(r, QStringLiteral("check-digit"),
                    QCoreApplication::translate("IdNumber",
                                                "The 18th character of the ID number (the "
                                                "check digit) should be %1. Please check the "
                                                "number and enter it again.")
                        .arg(expected));
    }
    r.valid = true;
    r.reason = QStringLiteral("ok");
    return r;
}

} // namespace zkgrad
