#include "wizard/stepmodel.h"

#include "wizard/step.h"

StepModel::StepModel(const QList<Step *> &steps, QObject *parent)
    : QAbstractListModel(parent)
    , m_steps(steps)
{
    for (int row = 0; row < m_steps.size(); ++row) {
        auto refresh = [this, row] {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i);
        };
        connect(m_steps.at(row), &Step::stateChanged, this, refresh);
        connect(m_steps.at(row), &Step::textsChanged, this, refresh);
    }
}

int StepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step *step = m_steps.at(index.row());
    switch (role) {
    case StepRole:
        return QVariant::fromValue(const_cast<Step *>(step));
    case KeyRole:
        return step->key();
    case TitleRole:
    case Qt::DisplayRole:
        return step->title();
    case StatusRole:
        return step->status();
    case ApplicableRole:
        return step->applicable();
    case NumberRole:
        return step->number();
    default:
        return {};
    }
}

QHash<int, QByteArray> StepModel::roleNames() const
{
    return { { StepRole, "step" },
             { KeyRole, "key" },
             { TitleRole, "title" },
             { StatusRole, "status" },
             { ApplicableRole, "applicable" },
             { NumberRole, "number" } };
}
