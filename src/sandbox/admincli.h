#pragma once

#include <QStringList>

namespace zkgrad::sandbox {

/**
 * "zkgrad-sandbox admin --db PATH <command> ...": reviewer actions straight on
 * the database file. Prints the resulting JSON; returns the process exit code.
 */
[[nodiscard]] int runAdminCommand(const QStringList &arguments);

} // namespace zkgrad::sandbox
