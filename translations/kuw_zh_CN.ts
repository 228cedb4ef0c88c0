<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation type="unfinished">Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Guided, Kong-compatible datastore upgrades for Kong Gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against an embedded, throwaway PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong version the demo datastore starts at (default 2.0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first connection test ends, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: walk through every page, saving a PNG of each into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong defaults and KONG_* environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the embedded demo PostgreSQL and bootstrapping Kong %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: embedded PostgreSQL in %1 (deleted on exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, de, ja, zh_CN); overrides the setting.</source>
        <translation>界面语言（en、de、ja、zh_CN）；优先于设置。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Components</name>
    <message>
        <source>Core, GUI, Widgets, Network, Concurrent and the SVG icon plugin</source>
        <translation>Core、GUI、Widgets、Network、Concurrent 及 SVG 图标插件</translation>
    </message>
    <message>
        <source>The simulated Kong node used by the demo and rehearsals</source>
        <translation>演示和演练所用的模拟 Kong 节点</translation>
    </message>
    <message>
        <source>PostgreSQL client library: every datastore connection</source>
        <translation>PostgreSQL 客户端库：所有数据存储连接</translation>
    </message>
    <message>
        <source>Reads the embedded migration catalog</source>
        <translation>读取内置的迁移目录</translation>
    </message>
</context>
<context>
    <name>kuw::ui::AboutDialog</name>
    <message>
        <source>About Kong Upgrade Wizard</source>
        <translation>关于 Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Migration catalog: Kong Gateway up to %1</source>
        <translation>迁移目录：Kong Gateway 至 %1</translation>
    </message>
    <message>
        <source>Migration catalog: not available (this build is broken)</source>
        <translation>迁移目录：不可用（此构建已损坏）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建时使用 %2）</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. Kong and Kong Gateway are trademarks of Kong Inc.; this project is not affiliated with Kong Inc.</source>
        <translation>本软件是依据 GNU 通用公共许可证第 3 版或更高版本发布的自由软件，不提供任何担保。Kong 和 Kong Gateway 是 Kong Inc. 的商标；本项目与 Kong Inc. 无关。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Components and their licences:</source>
        <translation>组件及其许可证：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::AssessmentPage</name>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight checks on the live datastore (read-only). Blockers must be resolved; tick each warning to acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stop this upgrade. Resolve them (see “What to do”), then Re-check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blockers. Acknowledge each of the %n warning(s) to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers and no warnings for Kong %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 finding(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::ConnectionPage</name>
    <message>
        <source>Datastore connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does your Kong cluster keep its configuration? Values come from kong.conf and KONG_* environment variables, as Kong reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using Kong&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load kong.conf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a kong.conf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only: never saved, never logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s current schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS (pg_ssl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server certificate (pg_ssl_verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet. Press “Test connection”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kong.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong configuration (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::DesktopIntegration</name>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近(&amp;R)</translation>
    </message>
    <message>
        <source>Connections used before (passwords are never stored)</source>
        <translation>以前使用过的连接（从不保存密码）</translation>
    </message>
    <message>
        <source>Recent connection: enter the password</source>
        <translation>最近的连接：请输入密码</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RunPage</name>
    <message>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Kong&apos;s schema at the chosen version, exactly as &apos;kong migrations bootstrap&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-destructive changes: the old cluster keeps working afterwards. Each migration commits together with its schema_meta record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive teardown: after this, nodes of the previous version can no longer use the datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the current step rolls back, completed steps are kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending migrations to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the datastore is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n teardown(s) will run. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>database name typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language changes the next time the wizard starts.</source>
        <translation>语言将在下次启动向导时更改。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SnapshotPage</name>
    <message>
        <source>Safety snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup of the Kong schema before anything changes. Kong migrations have no &apos;down&apos;: restoring this snapshot is the way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a verified snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. storage snapshot taken at 14:02 by the DBA team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or skip, because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running pg_dump and verifying the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified snapshot: %1
%2 KiB, %3 archive entries, %4 ms (pg_dump %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot failed: %1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::StatusView</name>
    <message>
        <source>Connection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database / schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May create tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — bootstrap and migrations will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_meta exists but this user cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — the database needs bootstrapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_meta is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subsystem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale (expired %1 s ago, owner %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELD by %1 for %2 s more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datastore %1 — target Kong %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node now runs Kong %1; the previous version must not be started against this datastore again.
kong reload   # on nodes whose configuration changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Kong %1 nodes against this datastore (kong start -c /etc/kong/kong.conf),
divert traffic to them, then run finish once no old node is left.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::UpgradeWizard</name>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation type="unfinished">Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>The migration catalog could not be loaded; this build is broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::VersionPage</name>
    <message>
        <source>Version and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the datastore holds, read from schema_meta, and the Kong version to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Kong version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading schema_meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: it will be bootstrapped at Kong %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no Kong schema (or one older than Kong 1.0). Use Fresh install to bootstrap it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending migrations from an earlier &apos;up&apos; are waiting for &apos;finish&apos;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New migrations bring this datastore to Kong %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown to this catalog (Enterprise or custom plugins): %1 — use the external Kong CLI executor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore is newer than Kong %1; choose a newer target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guided upgrade of an existing datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fresh install: bootstrap a new datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose a datastore (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or resume an unfinished session (the datastore state is re-checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, last step: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
