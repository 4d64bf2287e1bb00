#include "wizard/stepcontroller.h"

StepController::StepController(QObject *parent)
    : QObject(parent)
{ }

QVariantMap StepController::summaryRow(const QString &label, const QString &value)
{
    return { { QStringLiteral("label"), label },
             { QStringLiteral("value"), value.trimmed().isEmpty() ? tr("(not given)") : value } };
}

QVariantMap StepController::summaryPhoto(const QString &label, const QUrl &url)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("url"), url } };
}

QVariantMap StepController::makeSummary(const QVariantList &rows, const QVariantList &photos)
{
    return { { QStringLiteral("rows"), rows }, { QStringLiteral("photos"), photos } };
}
