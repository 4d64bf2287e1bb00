#include "batchrules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace zkgrad {

namespace {

// Reads one JSON value into typed fields, remembering the first error.
class Reader
{
public:
    explicit Reader(BatchRulesParseResult &result)
        : m_result(result)
    { }

    bool failed() const { return !m_result.error.isEmpty(); }

    void fail(const QString &error, const QString &field, const QString &message)
    {
        if (failed())
            return;
        m_result.error = error;
        m_result.field = field;
        m_result.message = message;
    }

    // An optional nested object; absent or null means "keep the defaults".
    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            wrongType(path, QCoreApplication::translate("BatchRules", "an object"));
            return {};
        }
        return v.toObject();
    }

    // An optional integer within [min, max]; JSON numbers are doubles, so
    // fractions and huge values are refused rather than truncated.
    template<typename T>
    void integer(const QJsonObject &parent, const QString &key, const QString &path, T &out,
                 qint64 min, qint64 max)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            wrongType(path, QCoreApplication::translate("BatchRules", "a whole number"));
            return;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d)) {
            wrongType(path, QCoreApplication::translate("BatchRules", "a whole number"));
            return;
        }
        if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
            fail(QStringLiteral("out-of-range"), path,
                 QCoreApplication::translate("BatchRules",
                                             "The application rules from the server are "
                                             "invalid: %1 must be between %2 and %3.")
                     .arg(path)
                     .arg(min)
                     .arg(max));
            return;
        }
        out = static_cast<T>(d);
    }

    void string(const QJsonObject &parent, const QString &key, const QString &path, QString &out)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            wrongType(path, QCoreApplication::translate("BatchRules", "a string"));
            return;
        }
        out = v.toString();
    }

    void dateTime(const QJsonObject &parent, const QString &key, const QString &path,
                  QDateTime &out)
    {
        QString text;
        string(parent, key, path, text);
        if (failed() || text.isEmpty())
            return;
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        // Without an offset the instant depends on the reader's time zone;
        // the server must say which one it means.
        if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
            fail(QStringLiteral("bad-date"), path,
                 QCoreApplication::translate("BatchRules",
                                             "The application rules from the server are "
                                             "invalid: %1 is not a date and time with a time "
                                             "zone offset.")
                     .arg(path));
            return;
        }
        out = dt;
    }

private:
    void wrongType(const QString &path, const QString &expected)
    {
        fail(QStringLiteral("wrong-type"), path,
             QCoreApplication::translate("BatchRules",
                                         "The application rules from the server are invalid: "
                                         "%1 must be %2.")
                 .arg(path, expected));
    }

    BatchRulesParseResult &m_result;
};

} // namespace

BatchRulesParseResult BatchRules::fromJson(const QByteArray &json)
{
    BatchRulesParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("not-json");
        result.message = QCoreApplication::translate("BatchRules",
                                                     "The application rules from the server "
                                                     "could not be read (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("not-object");
        result.message = QCoreApplication::translate("BatchRules",
                                                     "The application rules from the server "
                                                     "are not a JSON object.");
        return result;
    }
    const QJsonObject root = doc.object();
    BatchRules rules;
    Reader r(result);
    r.string(root, QStringLiteral("id"), QStringLiteral("id"), rules.batchId);

    const QJsonObject window = r.object(root, QStringLiteral("window"), QStringLiteral("window"));
    r.dateTime(window, QStringLiteral("opens"), QStringLiteral("window.opens"), rules.windowOpens);
    r.dateTime(window, QStringLiteral("closes"), QStringLiteral("window.closes"),
               rules.windowCloses);

    constexpr qint64 maxBytes = 100LL * 1024 * 1024;
    const QJsonObject image = r.object(root, QStringLiteral("image"), QStringLiteral("image"));
    r.integer(image, QStringLiteral("targetBytes"), QStringLiteral("image.targetBytes"),
              rules.imageTargetBytes, 1, maxBytes);
    r.integer(image, QStringLiteral("acceptBytes"), QStringLiteral("image.acceptBytes"),
              rules.imageAcceptBytes, 1, maxBytes);

    const QJsonObject self =
        r.object(root, QStringLiteral("selfAssessment"), QStringLiteral("selfAssessment"));
    r.integer(self, QStringLiteral("minChars"), QStringLiteral("selfAssessment.minChars"),
              rules.selfAssessmentMin, 0, 100'000);
    r.integer(self, QStringLiteral("maxChars"), QStringLiteral("selfAssessment.maxChars"),
              rules.selfAssessmentMax, 1, 100'000);

    const QJsonObject fee = r.object(root, QStringLiteral("fee"), QStringLiteral("fee"));
    qint64 feeFen = -1;
    r.integer(fee, QStringLiteral("amountFen"), QStringLiteral("fee.amountFen"), feeFen, 0,
              1'000'000'000);
    if (feeFen >= 0)
        rules.feeFen = feeFen;

    if (!r.failed() && rules.windowOpens.isValid() && rules.windowCloses.isValid()
        && rules.windowCloses <= rules.windowOpens) {
        r.fail(QStringLiteral("window-order"), QStringLiteral("window.closes"),
               QCoreApplication::translate("BatchRules",
                                           "The application rules from the server are invalid: "
                                           "the window closes before it opens."));
    }
    if (!r.failed() && rules.imageTargetBytes > rules.imageAcceptBytes) {
        r.fail(QStringLiteral("limits-order"), QStringLiteral("image.targetBytes"),
               QCoreApplication::translate("BatchRules",
                                           "The application rules from the server are invalid: "
                                           "the image target size is above the accepted size."));
    }
    if (!r.failed() && rules.selfAssessmentMin > rules.selfAssessmentMax) {
        r.fail(QStringLiteral("limits-order"), QStringLiteral("selfAssessment.minChars"),
               QCoreApplication::translate("BatchRules",
                                           "The application rules from the server are invalid: "
                                           "the self-assessment minimum is above its maximum."));
    }
    if (r.failed())
        return result;
    result.ok = true;
    result.error = QStringLiteral("ok");
    result.rules = rules;
    return result;
}

QJsonObject BatchRules::toJson() const
{
    QJsonObject root;
    if (!batchId.isEmpty())
        root.insert(QStringLiteral("id"), batchId);
    QJsonObject window;
    if (windowOpens.isValid())
        window.insert(QStringLiteral("opens"), windowOpens.toString(Qt::ISODate));
    if (windowCloses.isValid())
        window.insert(QStringLiteral("closes"), windowCloses.toString(Qt::ISODate));
    if (!window.isEmpty())
        root.insert(QStringLiteral("window"), window);
    root.insert(QStringLiteral("image"),
                QJsonObject { { QStringLiteral("targetBytes"), imageTargetBytes },
                              { QStringLiteral("acceptBytes"), imageAcceptBytes } });
    root.insert(QStringLiteral("selfAssessment"),
                QJsonObject { { QStringLiteral("minChars"), selfAssessmentMin },
                              { QStringLiteral("maxChars"), selfAssessmentMax } });
    if (feeFen)
        root.insert(QStringLiteral("fee"),
                    QJsonObject { { QStringLiteral("amountFen"), *feeFen } });
    return root;
}

BatchRules::WindowState BatchRules::windowState(const QDateTime &now) const
{
    if (!windowOpens.isValid() && !windowCloses.isValid())
        return WindowState::Unknown;
    if (windowOpens.isValid() && now < windowOpens)
        return WindowState::NotYetOpen;
    if (windowCloses.isValid() && now >= windowCloses)
        return WindowState::Closed;
    return WindowState::Open;
}

bool BatchRules::acceptsSubmissionAt(const QDateTime &now) const
{
    const WindowState state = windowState(now);
    return state == WindowState::Open || state == WindowState::Unknown;
}

} // namespace zkgrad
