#include "themesettings.h"

namespace {
QPointer<ThemeSettings> s_instance;
} // namespace

ThemeSettings *ThemeSettings::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // Tests and tools without main(): desktop sizes, normal text, owned by the engine.
    return new ThemeSettings(nullptr);
}

void ThemeSettings::setInstance(ThemeSettings *instance)
{
    s_instance = instance;
}

void ThemeSettings::setTouch(bool touch)
{
    if (m_touch == touch)
        return;
    m_touch = touch;
    Q_EMIT touchChanged();
}

void ThemeSettings::setLargeText(bool largeText)
{
    if (m_largeText == largeText)
        return;
    m_largeText = largeText;
    Q_EMIT largeTextChanged();
}
