#pragma once

#include "wizard/step.h"

#include <QList>
#include <QMetaObject>
#include <QString>
#include <QtGlobal>

#include <functional>

class QObject;

/** What a step controller may ask of the wizard it belongs to: the steps, navigation, a folder. */
class StepContext
{
public:
    virtual ~StepContext() = default;

    /** Every step in the guide's order; empty while the wizard is still creating its steps. */
    [[nodiscard]] virtual const QList<Step *> &steps() const = 0;
    [[nodiscard]] Step *step(Step::Id id) const { return steps().at(id); }
    [[nodiscard]] virtual int currentIndex() const = 0;
    /** Opens step @p index if it may be opened now; false if not. */
    virtual bool goTo(int index) = 0;
    /**
     * Where the steps keep their files (fitted photos, the signature). Empty: each step makes
     * a temporary folder of its own.
     */
    [[nodiscard]] virtual QString filesFolder() const = 0;
    /**
     * Calls @p callback, for as long as @p receiver lives, whenever what the step list shows
     * changed: the current step, any step's state or applicability.
     */
    virtual QMetaObject::Connection onNavigationChanged(QObject *receiver,
                                                        std::function<void()> callback) = 0;

protected:
    StepContext() = default;
    Q_DISABLE_COPY_MOVE(StepContext)
};
