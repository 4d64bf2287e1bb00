#pragma once

#include "database.h"

#include <QString>

namespace zkgrad::sandbox {

/** One demo account, as docs/api.md lists it and the app's demo mode offers it. */
struct DemoAccount
{
    QString idNumber;
    QString ticket;
    QString name;
    QString description;
};

/** The password of every demo account. */
[[nodiscard]] QString demoPassword();
[[nodiscard]] QList<DemoAccount> demoAccounts();

/**
 * Inserts the demo catalog, batch and candidates unless the database already
 * has candidates; the batch window is open from 30 days ago to 30 days ahead.
 */
bool seedDemo(Database &db);

} // namespace zkgrad::sandbox
