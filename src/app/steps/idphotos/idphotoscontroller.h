#pragma once

#include "apierror.h"
#include "wizard/stepcontroller.h"

#include <QHash>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;
class PhotoSlot;
Q_MOC_INCLUDE("photos/photoslot.h")

/** The ID photos step (身份证): both sides of the ID card, fitted and uploaded. */
class IdPhotosController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(PhotoSlot *front READ front CONSTANT)
    Q_PROPERTY(PhotoSlot *back READ back CONSTANT)
    /** fieldProblems without the missing sides: what went wrong, shown before the candidate
     * has started or left the step. */
    Q_PROPERTY(QVariantList errorProblems READ errorProblems NOTIFY changed)

public:
    /** objectNames of the two slot views on the page (the fields of errors/fieldProblems). */
    static constexpr auto FrontField = "idFrontSlot";
    static constexpr auto BackField = "idBackSlot";

    explicit IdPhotosController(ApplicationSession *session, StepContext *context,
                                QObject *parent = nullptr);

    [[nodiscard]] PhotoSlot *front() const { return m_front; }
    [[nodiscard]] PhotoSlot *back() const { return m_back; }
    /** Field -> message for what is wrong now (a refused file, a server refusal). */
    [[nodiscard]] QVariantMap errors() const override { return m_errors; }
    /** {field, message} in page order: the errors, and the sides still missing. */
    [[nodiscard]] QVariantList fieldProblems() const override { return m_fieldProblems; }
    [[nodiscard]] QVariantList errorProblems() const { return m_errorProblems; }
    [[nodiscard]] bool isEditable() const override { return m_editable; }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    void retranslate() override;
    [[nodiscard]] bool isReadOnly() const override { return !m_editable; }

Q_SIGNALS:

private:
    void recheck();
    void updateTexts();
    void onApplicationChanged();
    void onFieldErrors(const QList<zkgrad::net::FieldError> &errors);

    QPointer<ApplicationSession> m_session;
    PhotoSlot *m_front = nullptr;
    PhotoSlot *m_back = nullptr;
    bool m_editable = true;
    QVariantMap m_errors;
    QVariantList m_fieldProblems;
    QVariantList m_errorProblems;
    QStringList m_problems;
    /** A server refusal per slot, with the image (SHA-256) it was about: gone once it changes. */
    QHash<PhotoSlot *, QPair<QString, QString>> m_serverErrors;
};
