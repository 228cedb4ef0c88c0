// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kuw::core {

class PgConnection;

/// One row of clustering_data_planes (a Data Plane a Control Plane has seen).
struct DataPlaneRow
{
    QString id;
    QString hostname;
    QString ip;
    QString version;      ///< empty before 2.3
    QString syncStatus;   ///< empty before 2.3
    QString lastSeen;     ///< ISO UTC
    QString configHash;
    qint64 lastSeenEpoch = 0;
    bool expired = false; ///< its ttl has passed: Kong's DAO no longer lists it

    QJsonObject toJson() const;
    QString toText() const;
};

/// The hybrid DP inventory; an empty list when the table does not exist (then `*tableExists`,
/// when given, is false).
Result<QList<DataPlaneRow>> dataPlanes(PgConnection &conn, bool *tableExists = nullptr);

} // namespace kuw::core
