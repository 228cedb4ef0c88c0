// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kuw::core {

class PgConnection;

/// Kong's CA certificate digest: lowercase hex SHA-256 of the DER of the first PEM certificate
/// in `pem` (text before it and later certificates ignored); nullopt when there is none.
std::optional<QString> caCertificateDigest(const QByteArray &pem);

/// Teardown `core_ca_cert_digest`: fills ca_certificates.cert_digest where it is missing or
/// wrong, in one UPDATE. Returns the number of rows written.
Result<qint64> digestCaCertificates(PgConnection &conn);

} // namespace kuw::core
