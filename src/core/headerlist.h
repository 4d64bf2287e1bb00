#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace zkgrad {

/** HTTP header fields in order, as both the client (src/net) and the sandbox keep them. */
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/** The value of the first field called @p name, compared case-insensitively as HTTP requires. */
[[nodiscard]] inline QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

/** Replaces the first field called @p name, or appends it. */
inline void setHeaderValue(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

} // namespace zkgrad
