#include "toolcommand.h"

// The "id" commands are not built yet; usage error until they land.
int runIdCommand(const QStringList &, ToolIo &io)
{
    io.err << "zkgrad-tool: the id commands are not available in this version\n";
    return ToolUsage;
}
