#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration>

class Step;

/** The wizard's steps as a list for the step indicator. */
class StepModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WizardController")

public:
    /** Roles: step (the Step object), key, title, status (Step::Status), applicable, number. */
    enum Role {
        StepRole = Qt::UserRole + 1,
        KeyRole,
        TitleRole,
        StatusRole,
        ApplicableRole,
        NumberRole
    };
    Q_ENUM(Role)

    explicit StepModel(const QList<Step *> &steps, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Step *> m_steps;
};
