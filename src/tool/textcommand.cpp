#include "toolcommand.h"

// The "text" commands are not built yet; usage error until they land.
int runTextCommand(const QStringList &, ToolIo &io)
{
    io.err << "zkgrad-tool: the text commands are not available in this version\n";
    return ToolUsage;
}
