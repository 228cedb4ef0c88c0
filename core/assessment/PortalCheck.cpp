// SPDX-License-Identifier: GPL-3.0-or-later
// Enterprise Dev Portal: the portal files of 1.5 are not carried into 2.1's new file layout
// by the migrations; an administrator moves them by hand.
#include "CheckContext.h"

#include "db/PgConnection.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

void checkPortal(const CheckContext &ctx, QList<Finding> &out)
{
    if (!ctx.conn || !ctx.tableExists(QStringLiteral("files")))
        return;
    const KongVersion v21 = KongVersion::parse(QStringLiteral("2.1.0")).value();
    if (ctx.target < v21)
        return;
    const std::optional<KongVersion> source = ctx.source();
    if (source && !(*source < v21))
        return; // already on 2.1's portal
    auto n = ctx.conn->exec(QStringLiteral("SELECT count(*) FROM %1.files").arg(ctx.conn->quoteIdentifier(ctx.status.schema)));
    if (!n || n->integer(0, 0) == 0)
        return;
    QString evidence = Text::tr("%1 row(s) in the Dev Portal 'files' table").arg(n->integer(0, 0));
    if (ctx.tableExists(QStringLiteral("developers"))) {
        if (auto d = ctx.conn->exec(QStringLiteral("SELECT count(*) FROM %1.developers").arg(ctx.conn->quoteIdentifier(ctx.status.schema))))
            evidence += Text::tr(", %1 developer(s)").arg(d->integer(0, 0));
    }
    evidence += source ? Text::tr("; upgrading from %1 to %2").arg(source->toString(), ctx.target.toString())
                       : Text::tr("; source version unknown, target %1").arg(ctx.target.toString());
    out << Finding{QStringLiteral("portal.files_manual_migration"), Severity::Warning,
                   Text::tr("Dev Portal files from 1.5 need a manual migration to 2.1"),
                   evidence,
                   Text::tr("Export the portal files before upgrading (kong-portal-cli or the Files API), then "
                                  "re-create them in 2.1's portal template layout and re-deploy them after 'finish'"),
                   guide::kEnterprise};
}

} // namespace kuw::core
