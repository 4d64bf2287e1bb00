#pragma once

#include "apierror.h"
#include "note.h"
#include "wizard/sectionlink.h"
#include "wizard/stepcontroller.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QQmlListProperty>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

class ApplicationSession;
class StepContext;
class PhotoSlot;
Q_MOC_INCLUDE("photos/photoslot.h")

/** The note and other materials step (情况说明及其它材料): optional text and images. */
class MaterialsController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(int noteCount READ noteCount NOTIFY changed)
    Q_PROPERTY(int noteMaximum READ noteMaximum CONSTANT)
    /** "123 / 500 characters". */
    Q_PROPERTY(QString noteCounterText READ noteCounterText NOTIFY changed)
    /** other-1 … other-9, always all nine (the page shows the filled ones). */
    Q_PROPERTY(QQmlListProperty<PhotoSlot> otherSlots READ otherSlotList CONSTANT)
    /** The first slot that holds nothing (where "Add another material" goes); null when full. */
    Q_PROPERTY(PhotoSlot *nextEmptySlot READ nextEmptySlot NOTIFY changed)
    Q_PROPERTY(int filledCount READ filledCount NOTIFY changed)
    /** The note's message (errors["noteText"]); empty when the note is fine. */
    Q_PROPERTY(QString noteError READ noteError NOTIFY changed)
    Q_PROPERTY(bool noteEditable READ noteEditable NOTIFY editableChanged)

public:
    /** objectName of the note field on the page. */
    static constexpr auto NoteField = "noteText";

    explicit MaterialsController(ApplicationSession *session, StepContext *context,
                                 QObject *parent = nullptr);

    [[nodiscard]] QString note() const { return m_note; }
    void setNote(const QString &note);
    /** Characters as TextCount::count counts them (the server's number). */
    [[nodiscard]] int noteCount() const { return m_noteCount; }
    [[nodiscard]] int noteMaximum() const { return zkgrad::Note::maxChars; }
    [[nodiscard]] QString noteCounterText() const;
    [[nodiscard]] QList<PhotoSlot *> otherSlots() const { return m_slots; }
    [[nodiscard]] QQmlListProperty<PhotoSlot> otherSlotList();
    [[nodiscard]] PhotoSlot *nextEmptySlot() const;
    [[nodiscard]] int filledCount() const;
    /** objectName of the view of @p slot on the page ("otherSlot_3"). */
    [[nodiscard]] Q_INVOKABLE static QString fieldOf(const PhotoSlot *slot);
    [[nodiscard]] QString noteError() const
    {
        return m_errors.value(QString::fromLatin1(NoteField)).toString();
    }
    [[nodiscard]] QVariantMap errors() const override { return m_errors; }
    [[nodiscard]] QVariantList fieldProblems() const override { return m_fieldProblems; }
    /** Both parts can be changed (other materials may be locked while the note is not). */
    [[nodiscard]] bool isEditable() const override { return m_othersLink.isEditable(); }
    [[nodiscard]] bool noteEditable() const { return m_noteLink.isEditable(); }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void leave() override;
    void retranslate() override;
    /** Read-only only when neither part can change (a rejection always reopens the note). */
    [[nodiscard]] bool isReadOnly() const override { return !isEditable() && !noteEditable(); }
    [[nodiscard]] bool isOptional() const override { return true; }
    /** No note (blank counts as none) and no material, not even one being prepared. */
    [[nodiscard]] bool isEmpty() const override;

Q_SIGNALS:
    void noteChanged();

private:
    void recheck();
    void updateTexts();
    void onEditabilityChanged();
    void adoptNote(const QJsonObject &section);
    void adoptServerImages();
    void onFieldErrors(const QList<zkgrad::net::FieldError> &errors);

    QPointer<ApplicationSession> m_session;
    /** The note: editability, the server's copy, its refusal, the write if changed. */
    SectionLink m_noteLink;
    /** The other materials: editability (their images are the slots' own). */
    SectionLink m_othersLink;
    QString m_note;
    int m_noteCount = 0;
    QList<PhotoSlot *> m_slots;
    QVariantMap m_errors;
    QVariantList m_fieldProblems;
    QStringList m_problems;
    /** Server refusals per slot with the image (SHA-256) they were about. */
    QHash<PhotoSlot *, QPair<QString, QString>> m_serverErrors;
};
