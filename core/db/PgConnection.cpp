// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include "PgCancelToken.h"
#include "PgErrorMapper.h"
#include "util/Log.h"
#include "util/Redactor.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryFile>

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Connection)
};
} // namespace
namespace {

/// Kong's trusted certificates may be several files; libpq takes one, so combine them.
Result<QString> combinedRootCert(const QStringList &files, std::unique_ptr<QTemporaryFile> &holder)
{
    if (files.isEmpty())
        return QString();
    if (files.size() == 1)
        return files.first();
    holder = std::make_unique<QTemporaryFile>();
    if (!holder->open())
        return Error::make(ErrorKind::Environment, Text::tr("Cannot create a temporary CA bundle."));
    for (const QString &f : files) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Config,
                               Text::tr("lua_ssl_trusted_certificate: cannot read %1").arg(f),
                               Text::tr("Fix the path or the file permissions."));
        holder->write(in.readAll());
        holder->write("\n");
    }
    holder->flush();
    return holder->fileName();
}

} // namespace

PgConnection::PgConnection(pg_conn *conn, ConnectionSettings settings, std::shared_ptr<PgCancelToken> cancel)
    : m_conn(conn), m_settings(std::move(settings)), m_cancel(std::move(cancel))
{
}

PgConnection::~PgConnection()
{
    if (m_cancel)
        m_cancel->detach();
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const ConnectionSettings &settings,
                                                         std::shared_ptr<PgCancelToken> cancel)
{
    if (!cancel)
        cancel = std::make_shared<PgCancelToken>();
    Redactor::addSecret(settings.password); // whatever prints an error later, never the password
    std::unique_ptr<QTemporaryFile> caHolder;
    auto rootCert = combinedRootCert(settings.sslRootCerts, caHolder);
    if (!rootCert)
        return rootCert.error();

    const QByteArray host = settings.host.toUtf8(), port = QByteArray::number(settings.port),
                     db = settings.database.toUtf8(), user = settings.user.toUtf8(),
                     pass = settings.password.toUtf8(), app = settings.applicationName.toUtf8(),
                     sslmode = settings.sslMode().toUtf8(), root = rootCert->toUtf8();
    std::vector<const char *> keys = {"host", "port", "dbname", "user", "application_name",
                                      "sslmode", "client_encoding"};
    std::vector<const char *> vals = {host.constData(), port.constData(), db.constData(),
                                      user.constData(), app.constData(), sslmode.constData(), "UTF8"};
    if (!settings.password.isEmpty()) {
        keys.push_back("password");
        vals.push_back(pass.constData());
    }
    if (!root.isEmpty()) {
        keys.push_back("sslrootcert");
        vals.push_back(root.constData());
    }
    keys.push_back(nullptr);
    vals.push_back(nullptr);

    pg_conn *conn = PQconnectStartParams(keys.data(), vals.data(), 0);
    if (!conn)
        return Error::make(ErrorKind::Internal, Text::tr("libpq could not allocate a connection."));
    auto fail = [&](Error e) {
        PQfinish(conn);
        return e;
    };
    if (PQstatus(conn) == CONNECTION_BAD)
        return fail(mapConnectionError(QString::fromUtf8(PQerrorMessage(conn)), settings));

    // Non-blocking connect: poll in short slices so Cancel and the deadline take effect.
    QDeadlineTimer deadline(settings.connectTimeoutMs > 0 ? settings.connectTimeoutMs : 5000);
    PostgresPollingStatusType st = PGRES_POLLING_WRITING;
    while (st != PGRES_POLLING_OK) {
        if (st == PGRES_POLLING_FAILED)
            return fail(mapConnectionError(QString::fromUtf8(PQerrorMessage(conn)), settings));
        if (cancel->isCancelled())
            return fail(Error::make(ErrorKind::Cancelled, Text::tr("Connection attempt cancelled.")));
        if (deadline.hasExpired()) {
            Error e = mapConnectionError(QStringLiteral("timeout expired"), settings);
            return fail(e);
        }
        pollfd pfd{PQsocket(conn), short(st == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        const int slice = int(qMin<qint64>(100, qMax<qint64>(1, deadline.remainingTime())));
        const int rc = ::poll(&pfd, 1, slice);
        if (rc > 0 || pfd.fd < 0)
            st = PQconnectPoll(conn);
    }

    // Server NOTICEs ("already exists, skipping") belong in the debug log, not on stderr.
    PQsetNoticeProcessor(conn, [](void *, const char *message) {
        qCDebug(lcDb).noquote() << QString::fromUtf8(message).trimmed();
    }, nullptr);
    std::unique_ptr<PgConnection> c(new PgConnection(conn, settings, cancel));
    cancel->attach(PQgetCancel(conn));
    if (Status s = c->setUpSession(); !s)
        return s.error();
    qCDebug(lcDb).noquote() << "connected:" << settings.toString();
    return c;
}

Status PgConnection::setUpSession()
{
    // Kong's connector: schema from pg_schema, else the role's current schema (public if
    // none), then every new connection runs with that schema alone and time zone UTC.
    QString schema = m_settings.schema;
    if (schema.isEmpty()) {
        auto r = exec(QStringLiteral("SELECT current_schema()"));
        if (!r)
            return r.error();
        schema = r->isNull(0, 0) ? QStringLiteral("public") : r->value(0, 0);
    }
    m_schema = schema;
    QString setup = QStringLiteral("SET search_path TO %1; SET TIME ZONE 'UTC';").arg(quoteIdentifier(schema));
    if (m_settings.statementTimeoutMs > 0)
        setup += QStringLiteral(" SET statement_timeout = %1;").arg(m_settings.statementTimeoutMs);
    return execScript(setup);
}

Result<PgResult> PgConnection::exec(const QString &sql, const QVariantList &params)
{
    const QByteArray query = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(size_t(params.size()));
    for (const QVariant &p : params) {
        if (p.isNull()) {
            values.push_back(nullptr);
        } else {
            storage.push_back(p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "true" : "false")
                                                            : p.toString().toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    PGresult *res = PQexecParams(m_conn, query.constData(), int(values.size()), nullptr,
                                 values.empty() ? nullptr : values.data(), nullptr, nullptr, 0);
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Error e = mapQueryError(res, QString::fromUtf8(PQerrorMessage(m_conn)), sql);
        if (res)
            PQclear(res);
        return e;
    }
    return PgResult(res);
}

Status PgConnection::execScript(const QString &sql)
{
    const QByteArray query = sql.toUtf8();
    if (!PQsendQuery(m_conn, query.constData()))
        return mapQueryError(nullptr, QString::fromUtf8(PQerrorMessage(m_conn)), sql);
    Status status;
    m_lastScriptRows = 0;
    while (PGresult *res = PQgetResult(m_conn)) {
        const ExecStatusType st = PQresultStatus(res);
        m_lastScriptRows += QByteArray(PQcmdTuples(res)).toLongLong();
        if (status && st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && st != PGRES_EMPTY_QUERY)
            status = mapQueryError(res, QString::fromUtf8(PQerrorMessage(m_conn)), sql);
        PQclear(res);
    }
    if (status && PQstatus(m_conn) == CONNECTION_BAD)
        status = mapQueryError(nullptr, QString::fromUtf8(PQerrorMessage(m_conn)), sql);
    return status;
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray n = name.toUtf8();
    char *q = PQescapeIdentifier(m_conn, n.constData(), size_t(n.size()));
    const QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

QString PgConnection::quoteLiteral(const QString &value) const
{
    const QByteArray v = value.toUtf8();
    char *q = PQescapeLiteral(m_conn, v.constData(), size_t(v.size()));
    const QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

int PgConnection::serverVersionNum() const { return PQserverVersion(m_conn); }
bool PgConnection::isBroken() const { return PQstatus(m_conn) != CONNECTION_OK; }
int PgConnection::backendPid() const { return PQbackendPID(m_conn); }

QString pgArrayLiteral(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        QString item = items.at(i);
        item.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        out += QLatin1Char('"') + item + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

} // namespace kuw::core
