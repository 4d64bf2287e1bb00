#pragma once

#include "wizard/stepcontroller.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <QPointer>

#include <array>

class ApplicationSession;
class StepContext;

/** The eligibility conditions a–f of the notice, each confirmed by the candidate. */
class ConditionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by NoticeController")

public:
    /** Roles: letter ("a"–"f"), conditionText (translated), confirmed (bool, writable). */
    enum Role { LetterRole = Qt::UserRole + 1, TextRole, ConfirmedRole };
    Q_ENUM(Role)

    static constexpr int Count = 6;

    explicit ConditionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isConfirmed(int row) const { return m_confirmed.at(row); }
    void setConfirmed(int row, bool confirmed);
    [[nodiscard]] static QString letter(int row);
    [[nodiscard]] static QString text(int row);
    [[nodiscard]] static QString shortName(int row);
    void retranslate();

Q_SIGNALS:
    void confirmationChanged();

private:
    std::array<bool, Count> m_confirmed {};
};

/** The notice step (毕业申请须知): conditions a–f, candidate type, and "I have read it". */
class NoticeController : public StepController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

    Q_PROPERTY(ConditionModel *conditions READ conditions CONSTANT)
    // Qualified: Qt 6.8 moc names the type outside the class for an inherited NOTIFY signal.
    Q_PROPERTY(NoticeController::CandidateType candidateType READ candidateType WRITE
                   setCandidateType NOTIFY changed)
    Q_PROPERTY(
        bool assistedConfirmed READ assistedConfirmed WRITE setAssistedConfirmed NOTIFY changed)
    Q_PROPERTY(bool readConfirmed READ readConfirmed WRITE setReadConfirmed NOTIFY changed)
    Q_PROPERTY(bool allConditionsConfirmed READ allConditionsConfirmed NOTIFY changed)
    /** Why the page is read-only (empty while editable). */
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY editableChanged)
    /** The current round's application window as the server states it (Beijing time). */
    Q_PROPERTY(QString windowText READ windowText NOTIFY windowChanged)

public:
    /** 社会考生 apply here; 助学考生 follow their school's process. */
    enum CandidateType { Unset, Social, Assisted };
    Q_ENUM(CandidateType)

    /** @p session tells whether the application is still a draft (none: always editable). */
    explicit NoticeController(ApplicationSession *session, StepContext *context,
                              QObject *parent = nullptr);

    /** False once the application is submitted: the confirmations are part of it then. */
    [[nodiscard]] bool isEditable() const override;
    [[nodiscard]] QString readOnlyReason() const;

    [[nodiscard]] ConditionModel *conditions() { return &m_conditions; }
    [[nodiscard]] CandidateType candidateType() const { return m_type; }
    void setCandidateType(CandidateType type);
    [[nodiscard]] bool assistedConfirmed() const { return m_assistedConfirmed; }
    void setAssistedConfirmed(bool confirmed);
    [[nodiscard]] bool readConfirmed() const { return m_readConfirmed; }
    void setReadConfirmed(bool confirmed);
    [[nodiscard]] bool allConditionsConfirmed() const;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QVariantMap summary() const override;
    [[nodiscard]] QStringList problems() const override;
    /** Each problem with the control that fixes it, so the summary's rows are links. */
    [[nodiscard]] QVariantList fieldProblems() const override;
    [[nodiscard]] QString windowText() const;
    [[nodiscard]] QJsonObject toJson() const override;
    void fromJson(const QJsonObject &json) override;
    void retranslate() override;
    [[nodiscard]] bool isReadOnly() const override { return !isEditable(); }

    /** Confirms or withdraws condition @p row (0 = a … 5 = f). */
    Q_INVOKABLE void setConditionConfirmed(int row, bool confirmed);

Q_SIGNALS:
    void windowChanged();

private:
    QPointer<ApplicationSession> m_session;
    bool m_editable = true;
    bool m_restoring = false; ///< fromJson() restores even a read-only draft
    ConditionModel m_conditions;
    CandidateType m_type = Unset;
    bool m_assistedConfirmed = false;
    bool m_readConfirmed = false;
};
