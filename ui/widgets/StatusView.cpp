// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusView.h"
#include "widgets/ThemeColors.h"

#include "Error.h"
#include "schema/DatastoreStatus.h"

namespace kuw::ui {

StatusView::StatusView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setAccessibleName(tr("Connection result"));
    setMinimumHeight(140);
}

void StatusView::showStatus(const core::DatastoreStatus &st, qint64 elapsedMs)
{
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Connected in %1 ms").arg(elapsedMs).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><i>%1</i>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Server"), tr("PostgreSQL %1").arg(st.serverVersion));
    row(tr("User"), st.currentUser);
    row(tr("Database / schema"), QStringLiteral("%1 / %2").arg(st.database, st.schema));
    row(tr("May create tables"), st.canCreate ? tr("yes") : tr("no — bootstrap and migrations will fail"));
    if (!st.schemaMetaPresent) {
        row(tr("Kong schema"), st.schemaMetaHiddenByPrivileges
                                   ? tr("schema_meta exists but this user cannot read it")
                                   : tr("none — the database needs bootstrapping"));
    } else if (st.subsystems.isEmpty()) {
        row(tr("Kong schema"), tr("schema_meta is empty"));
    } else {
        row(tr("Kong schema"), tr("%n subsystem(s)", nullptr, int(st.subsystems.size())));
    }
    if (!st.lock)
        row(tr("Migration lock"), tr("free"));
    else if (st.lock->expired)
        row(tr("Migration lock"), tr("stale (expired %1 s ago, owner %2)").arg(-st.lock->secondsLeft).arg(st.lock->owner));
    else
        row(tr("Migration lock"), tr("HELD by %1 for %2 s more").arg(st.lock->owner).arg(st.lock->secondsLeft));
    html += QStringLiteral("</table>");
    if (!st.subsystems.isEmpty()) {
        html += QStringLiteral("<table border='0' cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                    .arg(tr("Subsystem"), tr("Last executed"), tr("Pending"));
        for (const core::SubsystemMeta &m : st.subsystems) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(m.subsystem.toHtmlEscaped(), m.lastExecuted.toHtmlEscaped(),
                             m.pending.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}

void StatusView::showError(const core::Error &e)
{
    QString html = QStringLiteral("<p style='color:%2'><b>%1</b></p>").arg(e.message.toHtmlEscaped(), errorColor(palette()).name());
    if (!e.detail.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(e.detail.toHtmlEscaped());
    if (!e.remedy.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:").toHtmlEscaped(), e.remedy.toHtmlEscaped());
    setHtml(html);
}

void StatusView::showMessage(const QString &text)
{
    setHtml(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
}

} // namespace kuw::ui
