#include "shell/quickrenderer.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace zkgrad {

void chooseQuickRenderer()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
        || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return;
    // No shader effects are used, so the software renderer draws every page the same.
    const QStringList nodes =
        QDir(QStringLiteral("/dev/dri")).entryList({ QStringLiteral("renderD*") }, QDir::System);
    if (nodes.isEmpty())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
#endif
}

} // namespace zkgrad
