#include "steps/idphotos/idphotoscontroller.h"

#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "wizard/stepcontext.h"

using zkgrad::imaging::PhotoPurpose;
using zkgrad::net::FieldError;

namespace {
constexpr auto kSection = zkgrad::Workflow::Section::IdCard;
const QString kFrontKey = QStringLiteral("front");
const QString kBackKey = QStringLiteral("back");
} // namespace

IdPhotosController::IdPhotosController(ApplicationSession *session, StepContext *context,
                                       QObject *parent)
    : StepController(parent)
    , m_session(session)
{
    connect(this, &StepController::changed, this, &StepController::errorsChanged);
    const QString dir = PhotoSlot::attachmentsDirFor(context->filesFolder());
    m_front = new PhotoSlot(session, zkgrad::Workflow::slotName(zkgrad::Workflow::Slot::IdFront),
                            PhotoPurpose::IdCard, dir, this);
    m_back = new PhotoSlot(session, zkgrad::Workflow::slotName(zkgrad::Workflow::Slot::IdBack),
                           PhotoPurpose::IdCard, dir, this);
    updateTexts();
    for (PhotoSlot *slot : { m_front, m_back })
        connect(slot, &PhotoSlot::changed, this, &IdPhotosController::recheck);
    if (m_session) {
        connect(m_session, &ApplicationSession::applicationChanged, this,
                &IdPhotosController::onApplicationChanged);
        connect(m_session, &ApplicationSession::fieldErrors, this,
                &IdPhotosController::onFieldErrors);
        m_editable = m_session->isEditable(kSection);
    }
    m_front->setEditable(m_editable);
    m_back->setEditable(m_editable);
    recheck();
}

void IdPhotosController::updateTexts()
{
    m_front->setTexts(tr("Portrait side of the ID card (人像面)"),
                      tr("The side with your photo. Lay the card flat on a dark, plain surface, "
                         "photograph it straight from above in good light, without glare on the "
                         "photo; all four corners and every character must be visible."));
    m_back->setTexts(tr("National emblem side of the ID card (国徽面)"),
                     tr("The side with the national emblem and the validity period. Same as the "
                        "portrait side: flat, straight from above, sharp and without glare."));
}

void IdPhotosController::onApplicationChanged()
{
    const bool editable = m_session->isEditable(kSection);
    if (editable != m_editable) {
        m_editable = editable;
        m_front->setEditable(editable);
        m_back->setEditable(editable);
        Q_EMIT editableChanged();
    }
    // A reinstall or another computer: the server's images fill empty local slots.
    m_front->adoptServer();
    m_back->adoptServer();
}

void IdPhotosController::onFieldErrors(const QList<FieldError> &errors)
{
    bool any = false;
    for (const FieldError &e : errors) {
        for (PhotoSlot *slot : { m_front, m_back }) {
            if (e.field == QStringLiteral("attachments.") + slot->slot()) {
                m_serverErrors.insert(slot, { slot->sha256(), e.detail });
                any = true;
            }
        }
    }
    if (any)
        recheck();
}

void IdPhotosController::recheck()
{
    m_errors.clear();
    m_fieldProblems.clear();
    m_errorProblems.clear();
    m_problems.clear();
    const QList<QPair<PhotoSlot *, QString>> slots { { m_front, QString::fromLatin1(FrontField) },
                                                     { m_back, QString::fromLatin1(BackField) } };
    for (const auto &[slot, field] : slots) {
        // A server refusal holds until the candidate chooses another image.
        auto server = m_serverErrors.find(slot);
        if (server != m_serverErrors.end() && server->first != slot->sha256())
            server = m_serverErrors.erase(server);
        QString message = slot->errorMessage();
        if (message.isEmpty() && server != m_serverErrors.end() && !server->second.isEmpty())
            message = tr("%1: %2").arg(slot->title(), server->second);
        if (!message.isEmpty()) {
            m_errors.insert(field, message);
            m_errorProblems.append(QVariantMap { { QStringLiteral("field"), field },
                                                 { QStringLiteral("message"), message } });
        } else if (slot->processing()) {
            message = tr("%1 is still being prepared; wait a moment.").arg(slot->title());
        } else if (slot->reviewing()) {
            message = tr("%1: check the new photo, then press \"Use this image\" or cancel it.")
                          .arg(slot->title());
        } else if (!slot->hasImage()) {
            message = slot == m_front
                ? tr("The portrait side of the ID card (人像面) is missing: choose a photo or "
                     "scan of the side with your photo.")
                : tr("The national emblem side of the ID card (国徽面) is missing: choose a photo "
                     "or scan of the side with the national emblem.");
        }
        if (!message.isEmpty()) {
            m_fieldProblems.append(QVariantMap { { QStringLiteral("field"), field },
                                                 { QStringLiteral("message"), message } });
            m_problems.append(message);
        }
    }
    Q_EMIT changed();
}

bool IdPhotosController::isComplete() const
{
    return m_problems.isEmpty() && m_front->usable() && m_back->usable();
}

QStringList IdPhotosController::problems() const
{
    return m_problems;
}

QJsonObject IdPhotosController::toJson() const
{
    QJsonObject json;
    const QJsonObject front = m_front->toJson();
    const QJsonObject back = m_back->toJson();
    if (!front.isEmpty())
        json.insert(kFrontKey, front);
    if (!back.isEmpty())
        json.insert(kBackKey, back);
    return json;
}

void IdPhotosController::fromJson(const QJsonObject &json)
{
    m_serverErrors.clear();
    m_front->fromJson(json.value(kFrontKey).toObject());
    m_back->fromJson(json.value(kBackKey).toObject());
    if (m_session) {
        m_front->adoptServer();
        m_back->adoptServer();
    }
    recheck();
}

void IdPhotosController::leave()
{
    m_front->uploadIfNeeded();
    m_back->uploadIfNeeded();
}

void IdPhotosController::retranslate()
{
    updateTexts();
    m_front->retranslate();
    m_back->retranslate();
    recheck();
}

QVariantMap IdPhotosController::summary() const
{
    return makeSummary({},
                       { summaryPhoto(tr("Front (portrait side)"), m_front->previewUrl()),
                         summaryPhoto(tr("Back (national emblem side)"), m_back->previewUrl()) });
}
