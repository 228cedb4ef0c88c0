// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaCertDigest.h"

#include "db/PgConnection.h"

#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace kuw::core {

namespace {

// The base64 body of the first certificate block, as OpenSSL's PEM_read_bio_X509 picks it:
// other blocks and text are skipped; the legacy "X509 CERTIFICATE" label counts too.
std::optional<QByteArray> firstCertificateBlock(const QByteArray &pem)
{
    const QList<QByteArray> lines = pem.split('\n');
    QByteArray endLine;
    QByteArray body;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (endLine.isEmpty()) {
            if (line == "-----BEGIN CERTIFICATE-----")
                endLine = "-----END CERTIFICATE-----";
            else if (line == "-----BEGIN X509 CERTIFICATE-----")
                endLine = "-----END X509 CERTIFICATE-----";
            continue;
        }
        if (line == endLine)
            return body;
        body += line;
    }
    return std::nullopt; // no block, or an unterminated one
}

} // namespace

std::optional<QString> caCertificateDigest(const QByteArray &pem)
{
    const auto block = firstCertificateBlock(pem);
    if (!block)
        return std::nullopt;
    const auto der = QByteArray::fromBase64Encoding(*block, QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return std::nullopt;
    const QSslCertificate cert(der.decoded, QSsl::Der);
    if (cert.isNull())
        return std::nullopt;
    // toDer() re-encodes the parsed certificate (i2d_X509), which is what Kong hashes.
    return QString::fromLatin1(QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> digestCaCertificates(PgConnection &conn)
{
    auto rows =
        conn.exec(QStringLiteral("SELECT id::text, cert, cert_digest FROM ca_certificates ORDER BY id"));
    if (!rows)
        return rows.error();

    QStringList ids;
    QStringList digests;
    QHash<QString, QString> owner; // digest → id of the first row that has it
    for (int r = 0; r < rows->rows(); ++r) {
        const QString id = rows->value(r, 0);
        const auto digest = caCertificateDigest(rows->value(r, 1).toUtf8());
        if (!digest)
            return Error::make(
                ErrorKind::Sql,
                QStringLiteral("cannot create digest value of certificate with id: %1").arg(id),
                QStringLiteral("replace or delete the CA certificate %1: its cert holds no "
                               "parsable PEM certificate")
                    .arg(id));
        // The UNIQUE constraint on cert_digest would reject the UPDATE; name both rows instead.
        if (const auto it = owner.constFind(*digest); it != owner.cend()) {
            Error e =
                Error::make(ErrorKind::Sql,
                            QStringLiteral("CA certificates %1 and %2 hold the same certificate (digest %3)")
                                .arg(it.value(), id, *digest),
                            QStringLiteral("delete one of the two CA certificates (and repoint services "
                                           "that use it), then run the migration again"),
                            QStringLiteral("ca_certificates.cert_digest is unique "
                                           "(constraint ca_certificates_cert_digest_key)"));
            e.sqlState = "23505";
            return e;
        }
        owner.insert(*digest, id);
        if (rows->isNull(r, 2) || rows->value(r, 2) != *digest) {
            ids << id;
            digests << *digest;
        }
    }
    if (ids.isEmpty())
        return qint64(0);

    auto updated = conn.exec(QStringLiteral("UPDATE ca_certificates AS c SET cert_digest = u.digest "
                                            "FROM unnest($1::uuid[], $2::text[]) AS u(id, digest) "
                                            "WHERE c.id = u.id"),
                             {pgArrayLiteral(ids), pgArrayLiteral(digests)});
    if (!updated)
        return updated.error();
    return updated->affectedRows();
}

} // namespace kuw::core
