#pragma once

#include "wizard/step.h"
#include "wizard/stepcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

/**
 * The wizard as a step controller sees it, for tests of one controller without a wizard:
 * a files folder (its own temporary one unless given), every step without a controller, and
 * a current index that goTo() moves and announces.
 */
class TestStepContext final : public StepContext
{
public:
    /** Files go to @p folder; none given: a temporary folder that lives as long as this. */
    explicit TestStepContext(QString folder = {})
        : m_folder(std::move(folder))
    {
        if (m_folder.isEmpty()) {
            m_tempDir = std::make_unique<QTemporaryDir>();
            m_folder = m_tempDir->path();
        }
        for (int i = 0; i < Step::count(); ++i)
            m_steps.append(new Step(static_cast<Step::Id>(i), nullptr, &m_owner));
    }

    [[nodiscard]] const QList<Step *> &steps() const override { return m_steps; }
    [[nodiscard]] int currentIndex() const override { return m_current; }
    bool goTo(int index) override
    {
        if (index < 0 || index >= m_steps.size())
            return false;
        m_current = index;
        for (const auto &[receiver, callback] : m_callbacks)
            if (receiver)
                callback();
        return true;
    }
    [[nodiscard]] QString filesFolder() const override { return m_folder; }
    QMetaObject::Connection onNavigationChanged(QObject *receiver,
                                                std::function<void()> callback) override
    {
        m_callbacks.emplace_back(receiver, std::move(callback));
        return {};
    }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_folder;
    QObject m_owner; ///< parent of the steps
    QList<Step *> m_steps;
    int m_current = 0;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_callbacks;
};
