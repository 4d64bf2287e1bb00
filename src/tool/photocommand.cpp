#include "toolcommand.h"

// The "photo" commands are not built yet; usage error until they land.
int runPhotoCommand(const QStringList &, ToolIo &io)
{
    io.err << "zkgrad-tool: the photo commands are not available in this version\n";
    return ToolUsage;
}
