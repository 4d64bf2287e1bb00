#include "steps/materials/materialscontroller.h"

#include "photos/photoslot.h"
#include "session/applicationsession.h"
#include "textcount.h"
#include "wizard/stepcontext.h"

#include <QLocale>

using zkgrad::TextCount;
using zkgrad::imaging::PhotoPurpose;
using zkgrad::net::FieldError;

namespace {
constexpr auto kNoteSection = zkgrad::Workflow::Section::Note;
constexpr auto kOtherSection = zkgrad::Workflow::Section::OtherMaterials;
const QString kNoteKey = QStringLiteral("note"); // vocabulary: a draft key
const QString kOthersKey = QStringLiteral("others");
const QString kText = QStringLiteral("text");
/** Far beyond the limit; keeps a pasted book out of the draft. */
constexpr qsizetype kMaxDraftLength = 20'000;
} // namespace

MaterialsController::MaterialsController(ApplicationSession *session, StepContext *context,
                                         QObject *parent)
    : StepController(parent)
    , m_session(session)
    , m_noteLink(session, kNoteSection, SectionLink::Adoption::EveryApplication, this)
    , m_othersLink(session, kOtherSection, SectionLink::Adoption::EveryApplication, this)
{
    connect(this, &StepController::changed, this, &StepController::errorsChanged);
    const QString dir = PhotoSlot::attachmentsDirFor(context->filesFolder());
    for (int i = 1; i <= zkgrad::Workflow::maxOtherSlots; ++i) {
        auto *slot =
            new PhotoSlot(session, zkgrad::Workflow::slotName(zkgrad::Workflow::Slot::Other, i),
                          PhotoPurpose::Document, dir, this);
        connect(slot, &PhotoSlot::changed, this, &MaterialsController::recheck);
        m_slots.append(slot);
    }
    updateTexts();
    connect(&m_noteLink, &SectionLink::editableChanged, this,
            &MaterialsController::onEditabilityChanged);
    connect(&m_othersLink, &SectionLink::editableChanged, this,
            &MaterialsController::onEditabilityChanged);
    connect(&m_noteLink, &SectionLink::adoptionDue, this, &MaterialsController::adoptNote);
    connect(&m_noteLink, &SectionLink::refused, this, [this](const QList<FieldError> &errors) {
        m_noteLink.refuse(QString::fromLatin1(NoteField), errors.constLast().detail);
        recheck();
    });
    if (m_session) {
        // A reinstall or another computer: the server's images fill empty local slots.
        connect(m_session, &ApplicationSession::applicationChanged, this,
                &MaterialsController::adoptServerImages);
        connect(m_session, &ApplicationSession::fieldErrors, this,
                &MaterialsController::onFieldErrors);
    }
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->setEditable(isEditable());
    recheck();
}

void MaterialsController::updateTexts()
{
    for (int i = 0; i < m_slots.size(); ++i)
        m_slots.at(i)->setTexts(
            tr("Other material %1").arg(i + 1),
            tr("A certificate or explanation the school asked for, or anything that supports "
               "your application. Photograph or scan each page separately, flat, sharp and "
               "complete."));
}

void MaterialsController::setNote(const QString &note)
{
    if (!noteEditable()
        || !m_noteLink.edit(m_note, note.left(kMaxDraftLength), QString::fromLatin1(NoteField)))
        return;
    Q_EMIT noteChanged();
    recheck();
}

QString MaterialsController::noteCounterText() const
{
    const QLocale locale;
    return tr("%1 / %2 characters")
        .arg(locale.toString(m_noteCount), locale.toString(zkgrad::Note::maxChars));
}

QQmlListProperty<PhotoSlot> MaterialsController::otherSlotList()
{
    return QQmlListProperty<PhotoSlot>(this, &m_slots);
}

PhotoSlot *MaterialsController::nextEmptySlot() const
{
    for (PhotoSlot *slot : m_slots) {
        if (!slot->hasImage() && !slot->processing() && !slot->reviewing())
            return slot;
    }
    return nullptr;
}

int MaterialsController::filledCount() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(), [](const PhotoSlot *s) {
        return s->hasImage() || s->processing() || s->reviewing();
    }));
}

QString MaterialsController::fieldOf(const PhotoSlot *slot)
{
    if (!slot)
        return {};
    return QStringLiteral("otherSlot_") + slot->slot().mid(6);
}

void MaterialsController::onEditabilityChanged()
{
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->setEditable(isEditable());
    Q_EMIT editableChanged();
}

void MaterialsController::adoptNote(const QJsonObject &section)
{
    // Server content fills in only what this computer does not have (a reinstall).
    const QString serverText = section.value(kText).toString();
    if (!m_note.isEmpty() || serverText.isEmpty())
        return;
    m_note = serverText.left(kMaxDraftLength);
    m_noteLink.markWritten(QJsonObject { { kText, m_note } });
    Q_EMIT noteChanged();
    recheck();
}

void MaterialsController::adoptServerImages()
{
    if (!m_session || !m_session->hasApplication())
        return;
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->adoptServer();
}

void MaterialsController::onFieldErrors(const QList<FieldError> &errors)
{
    bool any = false;
    for (const FieldError &e : errors) {
        for (PhotoSlot *slot : std::as_const(m_slots)) {
            if (e.field == QStringLiteral("attachments.") + slot->slot()) {
                m_serverErrors.insert(slot, { slot->sha256(), e.detail });
                any = true;
            }
        }
    }
    if (any)
        recheck();
}

void MaterialsController::recheck()
{
    m_noteCount = TextCount::count(m_note);
    m_errors.clear();
    m_fieldProblems.clear();
    m_problems.clear();
    auto add = [this](const QString &field, const QString &message) {
        m_errors.insert(field, message);
        m_fieldProblems.append(QVariantMap { { QStringLiteral("field"), field },
                                             { QStringLiteral("message"), message } });
        m_problems.append(message);
    };
    const QString noteField = QString::fromLatin1(NoteField);
    if (m_noteCount > zkgrad::Note::maxChars)
        add(noteField,
            tr("The situation note (情况说明) has %1 characters; at most %2 are allowed. Shorten "
               "it "
               "by %3 characters.")
                .arg(m_noteCount)
                .arg(zkgrad::Note::maxChars)
                .arg(m_noteCount - zkgrad::Note::maxChars));
    else if (!m_noteLink.refusal(noteField).isEmpty())
        add(noteField, tr("The situation note (情况说明): %1").arg(m_noteLink.refusal(noteField)));

    for (PhotoSlot *slot : std::as_const(m_slots)) {
        auto server = m_serverErrors.find(slot);
        if (server != m_serverErrors.end() && server->first != slot->sha256())
            server = m_serverErrors.erase(server);
        QString message = slot->errorMessage();
        if (message.isEmpty() && server != m_serverErrors.end() && !server->second.isEmpty())
            message = tr("%1: %2").arg(slot->title(), server->second);
        if (message.isEmpty())
            continue;
        // The empty slot's view is the "add" area at the end of the page.
        add(fieldOf(slot), message);
    }
    Q_EMIT changed();
}

bool MaterialsController::isComplete() const
{
    if (!m_problems.isEmpty())
        return false;
    return std::none_of(m_slots.cbegin(), m_slots.cend(),
                        [](const PhotoSlot *s) { return s->processing() || s->reviewing(); });
}

bool MaterialsController::isEmpty() const
{
    return m_note.trimmed().isEmpty() && filledCount() == 0;
}

QStringList MaterialsController::problems() const
{
    if (!m_problems.isEmpty())
        return m_problems;
    for (const PhotoSlot *slot : m_slots) {
        if (slot->processing())
            return { tr("%1 is still being prepared; wait a moment.").arg(slot->title()) };
        if (slot->reviewing())
            return { tr("%1: check the new photo, then press \"Use this image\" or cancel it.")
                         .arg(slot->title()) };
    }
    return {};
}

QJsonObject MaterialsController::toJson() const
{
    QJsonObject json;
    if (!m_note.isEmpty())
        json.insert(kNoteKey, m_note);
    QJsonObject others;
    for (const PhotoSlot *slot : m_slots) {
        const QJsonObject o = slot->toJson();
        if (!o.isEmpty())
            others.insert(slot->slot(), o);
    }
    if (!others.isEmpty())
        json.insert(kOthersKey, others);
    return json;
}

void MaterialsController::fromJson(const QJsonObject &json)
{
    m_note = json.value(kNoteKey).toString().left(kMaxDraftLength);
    m_noteLink.forgetRefusals();
    m_serverErrors.clear();
    m_noteLink.forgetWritten();
    const QJsonObject others = json.value(kOthersKey).toObject();
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->fromJson(others.value(slot->slot()).toObject());
    Q_EMIT noteChanged();
    m_noteLink.draftLoaded();
    adoptServerImages();
    recheck();
}

void MaterialsController::leave()
{
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->uploadIfNeeded();
    if (!m_session || !noteEditable() || m_noteCount > zkgrad::Note::maxChars)
        return;
    // Nothing to say and nothing on the server: no write needed.
    if (m_note.isEmpty() && m_session->section(kNoteSection).value(kText).toString().isEmpty())
        return;
    m_noteLink.write(QJsonObject { { kText, m_note } });
}

void MaterialsController::retranslate()
{
    updateTexts();
    for (PhotoSlot *slot : std::as_const(m_slots))
        slot->retranslate();
    recheck();
}

QVariantMap MaterialsController::summary() const
{
    QVariantList rows { summaryRow(tr("Situation note"),
                                   m_note.trimmed().isEmpty() ? tr("(none)") : m_note) };
    QVariantList photos;
    int n = 0;
    for (const PhotoSlot *slot : std::as_const(m_slots)) {
        if (slot->hasImage())
            photos << summaryPhoto(tr("Other material %1").arg(++n), slot->previewUrl());
    }
    if (photos.isEmpty())
        rows << summaryRow(tr("Other materials"), tr("(none)"));
    return makeSummary(rows, photos);
}
