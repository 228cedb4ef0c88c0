<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Guided, Kong-compatible datastore upgrades for Kong Gateway.</source>
        <translation>面向 Kong Gateway 的引导式、与 Kong 兼容的数据存储升级。</translation>
    </message>
    <message>
        <source>Kong configuration file.</source>
        <translation>Kong 配置文件。</translation>
    </message>
    <message>
        <source>Run against an embedded, throwaway PostgreSQL.</source>
        <translation>在内置的临时 PostgreSQL 上运行。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first connection test ends, then quit.</source>
        <translation>第一次连接测试结束后保存窗口的 PNG 截图，然后退出。</translation>
    </message>
    <message>
        <source>Demo only: walk through every page, saving a PNG of each into DIR, then quit.</source>
        <translation>仅限演示：依次浏览所有页面，将每页的 PNG 保存到 DIR，然后退出。</translation>
    </message>
    <message>
        <source>Kong defaults and KONG_* environment variables</source>
        <translation>Kong 默认值和 KONG_* 环境变量</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>来自 %1（KONG_* 环境变量优先）</translation>
    </message>
    <message>
        <source>Interface language (en, de, ja, zh_CN); overrides the setting.</source>
        <translation>界面语言（en、de、ja、zh_CN）；优先于设置。</translation>
    </message>
    <message>
        <source>Kong version the demo datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>演示数据存储的起始 Kong 版本（1.5、2.0、2.1、2.3 …；默认：目标之前最新的架构级别，2.5 对应 2.2.2）。</translation>
    </message>
    <message>
        <source>Demo only: a training scenario (kong-upgrade demo --list-scenarios).</source>
        <translation>仅限演示：培训场景（kong-upgrade demo --list-scenarios）。</translation>
    </message>
    <message>
        <source>Demo only: seed size, small or large (100k+ rows).</source>
        <translation>仅限演示：种子数据规模，small 或 large（10 万行以上）。</translation>
    </message>
    <message>
        <source>Demo only: leave the datastore running on exit and print how to connect.</source>
        <translation>仅限演示：退出时保持数据存储运行，并打印连接方式。</translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style). For 200 % scaling set QT_SCALE_FACTOR=2.</source>
        <translation>使用深色调色板（Fusion 风格）。如需 200 % 缩放，请设置 QT_SCALE_FACTOR=2。</translation>
    </message>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>正在启动内置演示 PostgreSQL 并填充 Kong 数据存储…</translation>
    </message>
    <message>
        <source>; training scenario “%1”</source>
        <translation>；培训场景“%1”</translation>
    </message>
    <message>
        <source>Demo: embedded PostgreSQL in %1 (%2 on exit), Kong %3 datastore seeded with %4 rows%5.
Simulated Kong nodes — old cluster (Kong %3): %6; new cluster (Kong %7): %8</source>
        <translation>演示：内置 PostgreSQL 位于 %1（退出时%2），已为 Kong %3 数据存储填充 %4 行%5。
模拟 Kong 节点 — 旧集群（Kong %3）：%6；新集群（Kong %7）：%8</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
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
        <translation>评估</translation>
    </message>
    <message>
        <source>Preflight checks on the live datastore (read-only). Blockers must be resolved; tick each warning to acknowledge it.</source>
        <translation>对运行中的数据存储进行预检（只读）。必须解决阻断项；请逐项勾选确认警告。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>重新检查(&amp;R)</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>再次运行检查</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stop this upgrade. Resolve them (see “What to do”), then Re-check.</source>
        <translation>
            <numerusform>%n 个阻断项阻止了此次升级。请解决它们（见“处理方法”），然后重新检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blockers. Acknowledge each of the %n warning(s) to continue.</source>
        <translation>
            <numerusform>没有阻断项。请逐一确认 %n 个警告以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers and no warnings for Kong %1.</source>
        <translation>Kong %1 没有阻断项，也没有警告。</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 finding(s)</source>
        <translation>%1 个阻断项，%2 个警告，%3 个检查结果</translation>
    </message>
</context>
<context>
    <name>kuw::ui::CheckpointsPage</name>
    <message>
        <source>Blue-green cutover</source>
        <translation>蓝绿切换</translation>
    </message>
    <message>
        <source>Both versions now share the datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones; finish only when every checkpoint has passed.</source>
        <translation>两个版本现在共享数据存储。启动新节点，分阶段将流量迁移过去，然后停用旧节点；仅在所有检查点都通过后才运行 finish。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not make Admin API changes on the new cluster until finish.&lt;/b&gt; Entities written through the new nodes&apos; Admin API before finish can break the old nodes. Changes since up are listed under “Changed since up”.</source>
        <translation>&lt;b&gt;在 finish 之前，不要通过新集群的 Admin API 做任何更改。&lt;/b&gt;在 finish 之前通过新节点 Admin API 写入的实体可能使旧节点出错。自 up 以来的更改列在“自 up 以来的更改”中。</translation>
    </message>
    <message>
        <source>Reminder: no Admin API changes on the new cluster until finish</source>
        <translation>提醒：finish 之前不要在新集群上通过 Admin API 做更改</translation>
    </message>
    <message>
        <source>Cutover checkpoints</source>
        <translation>切换检查点</translation>
    </message>
    <message>
        <source>Admin API URLs of the old nodes, one per line</source>
        <translation>旧节点的 Admin API URL，每行一个</translation>
    </message>
    <message>
        <source>Admin API URLs of the new nodes, one per line</source>
        <translation>新节点的 Admin API URL，每行一个</translation>
    </message>
    <message>
        <source>Kong version of the old nodes</source>
        <translation>旧节点的 Kong 版本</translation>
    </message>
    <message>
        <source>&amp;Verify nodes</source>
        <translation>验证节点(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the old and new nodes</source>
        <translation>验证旧节点和新节点</translation>
    </message>
    <message>
        <source>Node verification results</source>
        <translation>节点验证结果</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Old nodes:</source>
        <translation>旧节点(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New nodes:</source>
        <translation>新节点(&amp;N)：</translation>
    </message>
    <message>
        <source>Old &amp;version:</source>
        <translation>旧版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Traffic stages in percent on the new cluster</source>
        <translation>新集群上的流量阶段（百分比）</translation>
    </message>
    <message>
        <source>&amp;Confirm stage</source>
        <translation>确认阶段(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the current traffic stage</source>
        <translation>确认当前流量阶段</translation>
    </message>
    <message>
        <source>5xx rate per cluster</source>
        <translation>各集群的 5xx 比率</translation>
    </message>
    <message>
        <source>&amp;Stages (% on new):</source>
        <translation>阶段（新集群 %）(&amp;S)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the old nodes must stay quiet</source>
        <translation>旧节点必须保持静默的时长</translation>
    </message>
    <message>
        <source>Decommission status</source>
        <translation>停用状态</translation>
    </message>
    <message>
        <source>&amp;Quiet for at least:</source>
        <translation>至少静默(&amp;Q)：</translation>
    </message>
    <message>
        <source>Stop the old nodes or take them out of the load balancer. They count as decommissioned once each is unreachable or serves no traffic for the whole period.</source>
        <translation>停止旧节点或将其从负载均衡器中移除。当每个节点在整个时段内都无法访问或没有流量时，即视为已停用。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the entities changed since up</source>
        <translation>刷新自 up 以来更改的实体</translation>
    </message>
    <message>
        <source>Entities created or changed since up</source>
        <translation>自 up 以来创建或更改的实体</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Cutover steps</source>
        <translation>切换步骤</translation>
    </message>
    <message>
        <source>helm upgrade %1 done</source>
        <translation>helm upgrade %1 已完成</translation>
    </message>
    <message>
        <source>New nodes configured against the same datastore</source>
        <translation>新节点已配置为使用同一数据存储</translation>
    </message>
    <message>
        <source>New nodes provisioned and verified</source>
        <translation>新节点已部署并通过验证</translation>
    </message>
    <message>
        <source>Traffic moved to the new cluster in stages</source>
        <translation>流量已分阶段迁移到新集群</translation>
    </message>
    <message>
        <source>Old nodes decommissioned</source>
        <translation>旧节点已停用</translation>
    </message>
    <message>
        <source>New Control Plane verified</source>
        <translation>新 Control Plane 已验证</translation>
    </message>
    <message>
        <source>Data Planes on the new version</source>
        <translation>Data Plane 已运行新版本</translation>
    </message>
    <message>
        <source>Helm release %1 upgraded</source>
        <translation>Helm release %1 已升级</translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation>Helm release(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Control Plane</source>
        <translation>Control Plane(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;odes</source>
        <translation>节点(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>流量(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decommission</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Changed since &amp;up</source>
        <translation>自 up 以来的更改(&amp;U)</translation>
    </message>
    <message>
        <source>new nodes must run %1.%2.x</source>
        <translation>新节点必须运行 %1.%2.x</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed</source>
        <translation>已通过 %1/%2 个检查点</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed. Next: %3</source>
        <translation>已通过 %1/%2 个检查点。下一步：%3</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: the datastore is ready for finish.</source>
        <translation>全部 %1 个检查点已通过：数据存储已可以执行 finish。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1节点，第 %2 行：“%3”不是 Admin API URL。请写成 http(s)://host:port，例如 http://10.0.0.5:8001。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;List at least one old and one new node&apos;s Admin API URL.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;请至少列出一个旧节点和一个新节点的 Admin API URL。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Old version: “%1” is not a Kong version, e.g. 2.0.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;旧版本：“%1”不是 Kong 版本，例如 2.0。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Asking each node&apos;s Admin API (GET / and GET /status)…</source>
        <translation>正在询问各节点的 Admin API（GET / 和 GET /status）…</translation>
    </message>
    <message>
        <source>OK: version, database reachable</source>
        <translation>正常：版本、数据库可访问</translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) use database %1</source>
        <translation>
            <numerusform>%n 个新节点使用数据库 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Control Plane(s) verified</source>
        <translation>
            <numerusform>已验证 %n 个新 Control Plane</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the new Control Plane for its Data Planes…</source>
        <translation>正在向新 Control Plane 查询其 Data Plane…</translation>
    </message>
    <message>
        <source>%1 old and %2 new node(s) verified</source>
        <translation>已验证 %1 个旧节点和 %2 个新节点</translation>
    </message>
    <message>
        <source>Every node answered as expected. Move traffic on the Traffic tab.</source>
        <translation>所有节点均按预期应答。请在“流量”选项卡中迁移流量。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Some nodes did not pass: see the Result column, fix them and verify again.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;部分节点未通过：请查看“结果”列，修复后重新验证。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>all nodes passed</source>
        <translation>所有节点均通过</translation>
    </message>
    <message>
        <source>some nodes failed</source>
        <translation>部分节点失败</translation>
    </message>
    <message>
        <source>Data Plane %1: %2 (%3)</source>
        <translation>Data Plane %1：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 个 Data Plane</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Stages cannot change once one is confirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;一旦确认了某个阶段，阶段就不能再更改。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation>第 %1/%2 阶段：将 %3 % 的流量发送到新集群，图表显示后再确认。</translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation>旧集群：%1 req/s（%2 在线，%3 离线）· 新集群：%4 req/s（%5 在线，%6 离线）· 新集群占比：%7</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.&lt;/b&gt; </source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;警告：新集群返回的 5xx 多于旧集群 — 请保持当前阶段并检查其日志。&lt;/b&gt; </translation>
    </message>
    <message>
        <source>5xx: old %1, new %2</source>
        <translation>5xx：旧 %1，新 %2</translation>
    </message>
    <message>
        <source>Old nodes quiet for %1 s of %2 s.</source>
        <translation>旧节点已静默 %1 秒（共需 %2 秒）。</translation>
    </message>
    <message>
        <source>Old nodes still serve traffic: %1 req/s.</source>
        <translation>旧节点仍在处理流量：%1 req/s。</translation>
    </message>
    <message>
        <source>every old node unreachable or idle for %1 s</source>
        <translation>每个旧节点均已 %1 秒无法访问或空闲</translation>
    </message>
    <message>
        <source>The old nodes are decommissioned.</source>
        <translation>旧节点已停用。</translation>
    </message>
    <message>
        <source>Waiting for the previous checkpoints.</source>
        <translation>正在等待前面的检查点。</translation>
    </message>
    <message>
        <source>All traffic is on the new cluster. Now retire the old nodes (Decommission tab).</source>
        <translation>所有流量都已在新集群上。现在请停用旧节点（“停用”选项卡）。</translation>
    </message>
    <message>
        <source>No completed up in this session: nothing to compare with.</source>
        <translation>本次会话中没有已完成的 up：无可比较的内容。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Could not read the datastore: %1 %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;无法读取数据存储：%1 %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>No entity created or changed since up (%1 UTC); checked %2 tables at %3.</source>
        <translation>自 up（%1 UTC）以来没有创建或更改任何实体；已于 %3 检查 %2 个表。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entity(ies) created or changed since up&lt;/b&gt; (%1 UTC). Make sure none was written through the new cluster&apos;s Admin API: the old nodes may not understand them.</source>
        <translation>
            <numerusform>&lt;b&gt;自 up 以来有 %n 个实体被创建或更改&lt;/b&gt;（%1 UTC）。请确认它们都不是通过新集群的 Admin API 写入的：旧节点可能无法识别它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuw::ui::ConnectionPage</name>
    <message>
        <source>Datastore connection</source>
        <translation>数据存储连接</translation>
    </message>
    <message>
        <source>Where does your Kong cluster keep its configuration? Values come from kong.conf and KONG_* environment variables, as Kong reads them.</source>
        <translation>您的 Kong 集群将配置保存在哪里？这些值按 Kong 的读取方式来自 kong.conf 和 KONG_* 环境变量。</translation>
    </message>
    <message>
        <source>Using Kong&apos;s defaults</source>
        <translation>正在使用 Kong 默认值</translation>
    </message>
    <message>
        <source>Load kong.conf…</source>
        <translation>加载 kong.conf…</translation>
    </message>
    <message>
        <source>Load a kong.conf file</source>
        <translation>加载 kong.conf 文件</translation>
    </message>
    <message>
        <source>Kept in memory only: never saved, never logged.</source>
        <translation>仅保存在内存中：从不存储，从不记录到日志。</translation>
    </message>
    <message>
        <source>the user&apos;s current schema</source>
        <translation>用户的当前架构</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Use TLS (pg_ssl)</source>
        <translation>使用 TLS（pg_ssl）</translation>
    </message>
    <message>
        <source>Verify the server certificate (pg_ssl_verify)</source>
        <translation>验证服务器证书（pg_ssl_verify）</translation>
    </message>
    <message>
        <source>CA certificate file (PEM)</source>
        <translation>CA 证书文件（PEM）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>架构(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Cancel connection test</source>
        <translation>取消连接测试</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Not connected yet. Press “Test connection”.</source>
        <translation>尚未连接。请按“测试连接”。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Open kong.conf</source>
        <translation>打开 kong.conf</translation>
    </message>
    <message>
        <source>Kong configuration (*.conf);;All files (*)</source>
        <translation>Kong 配置（*.conf）;;所有文件（*）</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>来自 %1（KONG_* 环境变量优先）</translation>
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
    <name>kuw::ui::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>A read-only report for support: environment, Kong schema, lock state, entity counts and the assessment findings. Nothing is written to the datastore; secrets are redacted.</source>
        <translation>供技术支持使用的只读报告：环境、Kong 架构、锁状态、实体数量以及评估结果。不会向数据存储写入任何内容；机密信息已隐去。</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>显示严重程度</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>所有检查结果</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>阻断项</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected findings (or all shown) as text</source>
        <translation>将选中的检查结果（或显示的全部）复制为文本</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the whole report as HTML, Markdown or JSON</source>
        <translation>将完整报告保存为 HTML、Markdown 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Collecting the report (read-only)…</source>
        <translation>正在收集报告（只读）…</translation>
    </message>
    <message>
        <source>%1 — schema level %2, target %3: %4 blocker(s), %5 warning(s), %6 info(s).</source>
        <translation>%1 — 架构级别 %2，目标 %3：%4 个阻断项，%5 个警告，%6 条信息。</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 info(s)</source>
        <translation>%1 个阻断项，%2 个警告，%3 条信息</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>尚无报告。</translation>
    </message>
    <message>
        <source>%1: use a file name ending in .html, .md or .json.</source>
        <translation>%1：请使用以 .html、.md 或 .json 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the diagnostic report</source>
        <translation>导出诊断报告</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML（*.html）;;Markdown（*.md）;;JSON（*.json）</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>kuw::ui::FinishGate</name>
    <message>
        <source>Cutover checkpoints</source>
        <translation>切换检查点</translation>
    </message>
    <message>
        <source>&amp;Override: finish without every checkpoint</source>
        <translation>强制跳过(&amp;O)：不等所有检查点即执行 finish</translation>
    </message>
    <message>
        <source>Override the cutover checkpoints</source>
        <translation>强制跳过切换检查点</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>强制跳过的原因</translation>
    </message>
    <message>
        <source>Why finish now, e.g. old nodes shut down by the platform team at 14:10</source>
        <translation>为何现在执行 finish，例如：旧节点已由平台团队于 14:10 关闭</translation>
    </message>
    <message>
        <source>All %1 cutover checkpoints passed: the old nodes no longer use the datastore.</source>
        <translation>全部 %1 个切换检查点已通过：旧节点已不再使用数据存储。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 cutover checkpoints passed&lt;/b&gt; (open: %3). Finish removes what the old version needs: old nodes still running will fail. Go back to complete them, or override with a reason.</source>
        <translation>&lt;b&gt;已通过 %1/%2 个切换检查点&lt;/b&gt;（未完成：%3）。finish 会删除旧版本所需的内容：仍在运行的旧节点将会出错。请返回完成它们，或填写原因后强制跳过。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::HelmCommandsView</name>
    <message>
        <source>Helm releases, one per line, in upgrade order</source>
        <translation>Helm release，每行一个，按升级顺序</translation>
    </message>
    <message>
        <source>namespace/release, one per line, in the order to upgrade</source>
        <translation>namespace/release，每行一个，按升级顺序</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm chart</translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>镜像标签</translation>
    </message>
    <message>
        <source>&amp;Generate commands</source>
        <translation>生成命令(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the helm upgrade commands</source>
        <translation>生成 helm upgrade 命令</translation>
    </message>
    <message>
        <source>&amp;Releases:</source>
        <translation>Release(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Chart(&amp;H)：</translation>
    </message>
    <message>
        <source>Image re&amp;pository:</source>
        <translation>镜像仓库(&amp;P)：</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>镜像标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Run the commands in this order. Only the first release runs &lt;code&gt;migrations up&lt;/code&gt; (pre-upgrade hook) and only the last runs &lt;code&gt;migrations finish&lt;/code&gt; (post-upgrade hook), after every release serves the new version.</source>
        <translation>请按此顺序运行这些命令。只有第一个 release 运行 &lt;code&gt;migrations up&lt;/code&gt;（pre-upgrade 钩子），只有最后一个运行 &lt;code&gt;migrations finish&lt;/code&gt;（post-upgrade 钩子），且在所有 release 都运行新版本之后。</translation>
    </message>
    <message>
        <source>Command for release %1</source>
        <translation>release %1 的命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the command for release %1</source>
        <translation>复制 release %1 的命令</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Release %1 has been upgraded</source>
        <translation>release %1 已升级</translation>
    </message>
    <message>
        <source>Upgraded ✓</source>
        <translation>已升级 ✓</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RehearsalPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Recommended: restore the snapshot into a throwaway copy and run the exact plan there (up, then finish) before production is touched. Its timings estimate the real run.</source>
        <translation>建议：在触及生产环境之前，将快照恢复到一个临时副本中，并在其中执行完全相同的计划（先 up，再 finish）。其耗时可用于估算正式运行。</translation>
    </message>
    <message>
        <source>Where to rehearse</source>
        <translation>演练位置</translation>
    </message>
    <message>
        <source>&amp;Embedded scratch PostgreSQL on this machine (nothing runs on the production server)</source>
        <translation>本机上的内置临时 PostgreSQL(&amp;E)（生产服务器上不运行任何内容）</translation>
    </message>
    <message>
        <source>Rehearse on an embedded scratch PostgreSQL on this machine</source>
        <translation>在本机的内置临时 PostgreSQL 上演练</translation>
    </message>
    <message>
        <source>Scratch &amp;database on the production server (needs CREATEDB; adds load there)</source>
        <translation>生产服务器上的临时数据库(&amp;D)（需要 CREATEDB；会给生产服务器增加负载）</translation>
    </message>
    <message>
        <source>Rehearse in a scratch database on the production server</source>
        <translation>在生产服务器上的临时数据库中演练</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>演练(&amp;R)</translation>
    </message>
    <message>
        <source>Run the rehearsal</source>
        <translation>运行演练</translation>
    </message>
    <message>
        <source>Cancel rehearsal</source>
        <translation>取消演练</translation>
    </message>
    <message>
        <source>Cancel the running rehearsal</source>
        <translation>取消正在运行的演练</translation>
    </message>
    <message>
        <source>Rehearsal progress</source>
        <translation>演练进度</translation>
    </message>
    <message>
        <source>Per-migration durations of the rehearsal</source>
        <translation>演练中每个迁移的耗时</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Lock retries</source>
        <translation>锁重试次数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rehearsal log</source>
        <translation>演练日志</translation>
    </message>
    <message>
        <source>S&amp;kip the rehearsal (recorded in the journal)</source>
        <translation>跳过演练(&amp;K)（记入会话记录）</translation>
    </message>
    <message>
        <source>Skip the rehearsal</source>
        <translation>跳过演练</translation>
    </message>
    <message>
        <source>Reason for skipping the rehearsal</source>
        <translation>跳过演练的原因</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. rehearsed yesterday on the staging copy</source>
        <translation>原因（可选），例如：昨天已在预发布副本上演练</translation>
    </message>
    <message>
        <source>Cancelling: the scratch copy is torn down…</source>
        <translation>正在取消：正在拆除临时副本…</translation>
    </message>
    <message>
        <source>No snapshot was taken in this session: the rehearsal restores one. Go back to take a snapshot, or skip the rehearsal.</source>
        <translation>本次会话中未创建快照：演练需要恢复一个快照。请返回创建快照，或跳过演练。</translation>
    </message>
    <message>
        <source>Snapshot to rehearse on: %1</source>
        <translation>用于演练的快照：%1</translation>
    </message>
    <message>
        <source>Restoring the snapshot into a scratch copy…</source>
        <translation>正在将快照恢复到临时副本…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <source>Rehearsal succeeded in %1 (restore %2, up %3, finish %4).</source>
        <translation>演练成功，用时 %1（恢复 %2，up %3，finish %4）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated production run:&lt;/b&gt; up ≈ %1, finish ≈ %2. Lock retries on the copy: %3. Under live traffic, lock waits come on top of this estimate.</source>
        <translation>&lt;b&gt;生产运行估算：&lt;/b&gt;up ≈ %1，finish ≈ %2。副本上的锁重试：%3。在实时流量下，锁等待时间会叠加在此估算之上。</translation>
    </message>
    <message>
        <source>Rehearsal cancelled; the scratch copy was %1.</source>
        <translation>演练已取消；临时副本%1。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>NOT removed</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Rehearsal failed. Production was not touched.</source>
        <translation>演练失败。生产环境未受影响。</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>失败的步骤：%1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>语句：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>The same failure would stop the real run: fix the cause, or skip only if you know why.</source>
        <translation>同样的失败也会使正式运行停止：请修复原因；仅当您清楚原因时才跳过。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePage</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>Put a datastore back as a snapshot recorded it: in place (after typed confirmation) or into a new database on the same server. Stop Kong nodes using the target first.</source>
        <translation>将数据存储恢复到快照记录时的状态：就地恢复（需输入确认）或恢复到同一服务器上的新数据库。请先停止使用目标的 Kong 节点。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePanel</name>
    <message>
        <source>Snapshot file</source>
        <translation>快照文件</translation>
    </message>
    <message>
        <source>A kong-….dump file made by pg_dump -Fc</source>
        <translation>由 pg_dump -Fc 生成的 kong-….dump 文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the snapshot file</source>
        <translation>选择快照文件</translation>
    </message>
    <message>
        <source>Into a n&amp;ew database on the same server, named:</source>
        <translation>恢复到同一服务器上的新数据库(&amp;E)，名称：</translation>
    </message>
    <message>
        <source>Restore into a new database on the same server</source>
        <translation>恢复到同一服务器上的新数据库</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>新数据库的名称</translation>
    </message>
    <message>
        <source>Type the database name to confirm replacing its Kong schema</source>
        <translation>输入数据库名称以确认替换其 Kong 架构</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Cancel the running restore</source>
        <translation>取消正在运行的恢复</translation>
    </message>
    <message>
        <source>Restore log</source>
        <translation>恢复日志</translation>
    </message>
    <message>
        <source>Snapshot fi&amp;le:</source>
        <translation>快照文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Cancelling: pg_restore is stopped and its transaction rolled back…</source>
        <translation>正在取消：pg_restore 已停止，其事务正在回滚…</translation>
    </message>
    <message>
        <source>Into the connected database %1, &amp;replacing its Kong schema</source>
        <translation>恢复到已连接的数据库 %1，替换其 Kong 架构(&amp;R)</translation>
    </message>
    <message>
        <source>Restore into the connected database, replacing its Kong schema</source>
        <translation>恢复到已连接的数据库，替换其 Kong 架构</translation>
    </message>
    <message>
        <source>This drops the current Kong schema of %1 and everything in it. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>这将删除 %1 当前的 Kong 架构及其中的所有内容。请输入数据库名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Choose a snapshot</source>
        <translation>选择快照</translation>
    </message>
    <message>
        <source>Snapshots (*.dump);;All files (*)</source>
        <translation>快照（*.dump）;;所有文件（*）</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 is not a file.&lt;/b&gt; Choose a snapshot made on the Snapshot page (they are kept in %2).</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;%1 不是文件。&lt;/b&gt;请选择在“快照”页面创建的快照（保存在 %2 中）。</translation>
    </message>
    <message>
        <source>Verifying the archive and restoring…</source>
        <translation>正在校验归档并恢复…</translation>
    </message>
    <message>
        <source>Restored into %1 in %2 ms.%3</source>
        <translation>已在 %2 毫秒内恢复到 %1。%3</translation>
    </message>
    <message>
        <source> Re-check the datastore before continuing.</source>
        <translation> 继续之前请重新检查数据存储。</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>The Kong schema was already dropped: restore again before starting Kong.</source>
        <translation>Kong 架构已被删除：启动 Kong 之前请再次恢复。</translation>
    </message>
    <message>
        <source>The target was left as it was.</source>
        <translation>目标保持原样。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>Close the restore dialog</source>
        <translation>关闭恢复对话框</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ResumePage</name>
    <message>
        <source>Resume a session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>The journal says what this session did; the datastore is re-checked now, because anything may have happened since.</source>
        <translation>会话记录记载了此会话所做的操作；由于此后可能发生了任何变化，现在将重新检查数据存储。</translation>
    </message>
    <message>
        <source>No session to resume.</source>
        <translation>没有可恢复的会话。</translation>
    </message>
    <message>
        <source>Session started %1 for %2. Recorded: %3.</source>
        <translation>会话于 %1 开始，针对 %2。已记录：%3。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Re-reading schema_meta for Kong %1…</source>
        <translation>正在为 Kong %1 重新读取 schema_meta…</translation>
    </message>
    <message>
        <source>The datastore now: %1
%2
Next: continue at “%3”.</source>
        <translation>当前数据存储：%1
%2
下一步：从“%3”继续。</translation>
    </message>
    <message>
        <source>cutover checkpoints %1 of %2</source>
        <translation>切换检查点 %1 / %2</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RunPage</name>
    <message>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>Create Kong&apos;s schema at the chosen version, exactly as &apos;kong migrations bootstrap&apos; does.</source>
        <translation>按所选版本创建 Kong 的架构，与 &apos;kong migrations bootstrap&apos; 完全相同。</translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation>Migrations up</translation>
    </message>
    <message>
        <source>Non-destructive changes: the old cluster keeps working afterwards. Each migration commits together with its schema_meta record.</source>
        <translation>非破坏性更改：之后旧集群仍可正常工作。每个迁移与其 schema_meta 记录一起提交。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Destructive teardown: after this, nodes of the previous version can no longer use the datastore.</source>
        <translation>破坏性清理：此后，旧版本的节点将无法再使用该数据存储。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>输入数据库名称以确认</translation>
    </message>
    <message>
        <source>Run &amp;finish</source>
        <translation>运行 finish(&amp;F)</translation>
    </message>
    <message>
        <source>Run &amp;up</source>
        <translation>运行 up(&amp;U)</translation>
    </message>
    <message>
        <source>Run &amp;bootstrap</source>
        <translation>运行 bootstrap(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Cancel the running migrations</source>
        <translation>取消正在运行的迁移</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Cancelling: the current step rolls back, completed steps are kept…</source>
        <translation>正在取消：当前步骤将回滚，已完成的步骤保留…</translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <source>No pending migrations to finish.</source>
        <translation>没有待 finish 的迁移。</translation>
    </message>
    <message>
        <source>Nothing to do: the datastore is up to date.</source>
        <translation>无需操作：数据存储已是最新。</translation>
    </message>
    <message numerus="yes">
        <source>%n teardown(s) will run. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>
            <numerusform>将运行 %n 个清理步骤。请输入数据库名称 &lt;b&gt;%1&lt;/b&gt; 以确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run.</source>
        <translation>
            <numerusform>将运行 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message>
        <source>database name typed</source>
        <translation>已输入数据库名称</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1/%2 步：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) in %1 ms.</source>
        <translation>
            <numerusform>完成：%n 个步骤，用时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>The rehearsal estimates about %1.</source>
        <translation>演练估算约需 %1。</translation>
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
        <translation>安全快照</translation>
    </message>
    <message>
        <source>A verified backup of the Kong schema before anything changes. Kong migrations have no &apos;down&apos;: restoring this snapshot is the way back.</source>
        <translation>在任何更改之前对 Kong 架构做一次经过校验的备份。Kong 迁移没有 &apos;down&apos;：恢复此快照就是回退的方法。</translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>尚无快照。</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>创建快照(&amp;S)</translation>
    </message>
    <message>
        <source>Take a verified snapshot</source>
        <translation>创建经过校验的快照</translation>
    </message>
    <message>
        <source>Reason for skipping the snapshot</source>
        <translation>跳过快照的原因</translation>
    </message>
    <message>
        <source>e.g. storage snapshot taken at 14:02 by the DBA team</source>
        <translation>例如：DBA 团队已于 14:02 创建存储快照</translation>
    </message>
    <message>
        <source>Running pg_dump and verifying the archive…</source>
        <translation>正在运行 pg_dump 并校验归档…</translation>
    </message>
    <message>
        <source>Verified snapshot: %1
%2 KiB, %3 archive entries, %4 ms (pg_dump %5).</source>
        <translation>已校验的快照：%1
%2 KiB，%3 个归档条目，%4 毫秒（pg_dump %5）。</translation>
    </message>
    <message>
        <source>Snapshot failed: %1
What to do: %2</source>
        <translation>快照失败：%1
处理方法：%2</translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation>恢复快照(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a snapshot into this or a new database</source>
        <translation>将快照恢复到此数据库或新数据库</translation>
    </message>
    <message>
        <source>Or s&amp;kip, because:</source>
        <translation>或者跳过(&amp;K)，原因：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::StatusView</name>
    <message>
        <source>Connection result</source>
        <translation>连接结果</translation>
    </message>
    <message>
        <source>Connected in %1 ms</source>
        <translation>已在 %1 毫秒内连接</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database / schema</source>
        <translation>数据库 / 架构</translation>
    </message>
    <message>
        <source>May create tables</source>
        <translation>可以创建表</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — bootstrap and migrations will fail</source>
        <translation>否 — bootstrap 和迁移将会失败</translation>
    </message>
    <message>
        <source>Kong schema</source>
        <translation>Kong 架构</translation>
    </message>
    <message>
        <source>schema_meta exists but this user cannot read it</source>
        <translation>schema_meta 存在，但此用户无法读取</translation>
    </message>
    <message>
        <source>none — the database needs bootstrapping</source>
        <translation>无 — 数据库需要 bootstrap</translation>
    </message>
    <message>
        <source>schema_meta is empty</source>
        <translation>schema_meta 为空</translation>
    </message>
    <message numerus="yes">
        <source>%n subsystem(s)</source>
        <translation>
            <numerusform>%n 个子系统</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration lock</source>
        <translation>迁移锁</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>stale (expired %1 s ago, owner %2)</source>
        <translation>已失效（%1 秒前过期，持有者 %2）</translation>
    </message>
    <message>
        <source>HELD by %1 for %2 s more</source>
        <translation>被 %1 持有，还剩 %2 秒</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation>最后执行</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Datastore %1 — target Kong %2</source>
        <translation>数据存储 %1 — 目标 Kong %2</translation>
    </message>
    <message>
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation>Migrations up</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>会话记录：</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>Every node now runs Kong %1; the previous version must not be started against this datastore again.
kong reload   # on nodes whose configuration changed
</source>
        <translation>所有节点现已运行 Kong %1；不得再针对此数据存储启动旧版本。
kong reload   # 在配置已更改的节点上
</translation>
    </message>
    <message>
        <source>Start Kong %1 nodes against this datastore (kong start -c /etc/kong/kong.conf),
divert traffic to them, then run finish once no old node is left.
</source>
        <translation>针对此数据存储启动 Kong %1 节点（kong start -c /etc/kong/kong.conf），
将流量切换到这些节点，待旧节点全部下线后再运行 finish。
</translation>
    </message>
</context>
<context>
    <name>kuw::ui::TrafficChart</name>
    <message>
        <source>Old cluster (req/s)</source>
        <translation>旧集群（req/s）</translation>
    </message>
    <message>
        <source>New cluster (req/s)</source>
        <translation>新集群（req/s）</translation>
    </message>
    <message>
        <source>Share on new (%)</source>
        <translation>新集群占比（%）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>% on new</source>
        <translation>新集群 %</translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation>流量图表</translation>
    </message>
    <message>
        <source>Request rate of the old and new cluster and the share on the new cluster over time</source>
        <translation>旧集群和新集群的请求速率以及新集群占比随时间的变化</translation>
    </message>
</context>
<context>
    <name>kuw::ui::UpgradeWizard</name>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>The migration catalog could not be loaded; this build is broken.</source>
        <translation>无法加载迁移目录；此构建已损坏。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::VersionPage</name>
    <message>
        <source>Version and path</source>
        <translation>版本与路径</translation>
    </message>
    <message>
        <source>What the datastore holds, read from schema_meta, and the Kong version to reach.</source>
        <translation>从 schema_meta 读取的数据存储内容，以及要升级到的 Kong 版本。</translation>
    </message>
    <message>
        <source>Target Kong version</source>
        <translation>目标 Kong 版本</translation>
    </message>
    <message>
        <source>Subsystems</source>
        <translation>子系统</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>子系统</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>目标版本(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading schema_meta…</source>
        <translation>正在读取 schema_meta…</translation>
    </message>
    <message>
        <source>The database is empty: it will be bootstrapped at Kong %1.</source>
        <translation>数据库为空：将以 Kong %1 进行 bootstrap。</translation>
    </message>
    <message>
        <source>The database holds no Kong schema (or one older than Kong 1.0). Use Fresh install to bootstrap it.</source>
        <translation>数据库中没有 Kong 架构（或早于 Kong 1.0）。请使用“全新安装”进行 bootstrap。</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier &apos;up&apos; are waiting for &apos;finish&apos;. </source>
        <translation>之前 &apos;up&apos; 留下的待处理迁移正在等待 &apos;finish&apos;。</translation>
    </message>
    <message>
        <source>New migrations bring this datastore to Kong %1.</source>
        <translation>新的迁移会将此数据存储升级到 Kong %1。</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>数据存储已处于 Kong %1 级别。</translation>
    </message>
    <message>
        <source>Unknown to this catalog (Enterprise or custom plugins): %1 — use the external Kong CLI executor.</source>
        <translation>此目录中未知（Enterprise 或自定义插件）：%1 — 请使用外部 Kong CLI 执行器。</translation>
    </message>
    <message>
        <source>The datastore is newer than Kong %1; choose a newer target.</source>
        <translation>数据存储比 Kong %1 更新；请选择更新的目标。</translation>
    </message>
    <message>
        <source>Deployment kind</source>
        <translation>部署类型</translation>
    </message>
    <message>
        <source>Traditional nodes</source>
        <translation>传统节点</translation>
    </message>
    <message>
        <source>Hybrid (Control Plane / Data Planes)</source>
        <translation>混合模式（Control Plane / Data Plane）</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes（Helm）</translation>
    </message>
    <message>
        <source>Number of Helm releases sharing the datastore</source>
        <translation>共享该数据存储的 Helm release 数量</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <source>Helm &amp;releases:</source>
        <translation>Helm release(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish.</source>
        <translation>Kong Upgrade Wizard 安全地引导 Kong Gateway 数据存储完成升级：路径检查、评估、快照、演练、migrations up、蓝绿切换、finish。</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>您想做什么？</translation>
    </message>
    <message>
        <source>&amp;Guided upgrade of an existing datastore</source>
        <translation>引导升级现有数据存储(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Fresh install: bootstrap a new datastore</source>
        <translation>全新安装：bootstrap 新数据存储(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Diagnose a datastore (read-only)</source>
        <translation>诊断数据存储（只读）(&amp;D)</translation>
    </message>
    <message>
        <source>%1 — %2, last step: %3</source>
        <translation>%1 — %2，最后一步：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Restore a &amp;snapshot (in place or into a new database)</source>
        <translation>恢复快照（就地或恢复到新数据库）(&amp;S)</translation>
    </message>
    <message>
        <source>Res&amp;ume the latest session</source>
        <translation>恢复最近的会话(&amp;U)</translation>
    </message>
    <message>
        <source>Resume the latest unfinished session</source>
        <translation>恢复最近一个未完成的会话</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <source>&amp;Recent sessions (select an unfinished one to resume it; the datastore state is re-checked):</source>
        <translation>最近的会话(&amp;R)（选择一个未完成的会话以恢复；将重新检查数据存储状态）：</translation>
    </message>
    <message>
        <source>Start a ne&amp;w session instead</source>
        <translation>改为开始新会话(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the selection and start a new session</source>
        <translation>清除选择并开始新会话</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2，%3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unfinished session(s) found.&lt;/b&gt; The latest: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;找到 %n 个未完成的会话。&lt;/b&gt;最新的：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the resumed session&apos;s journal (enter the password)</source>
        <translation>来自所恢复会话的会话记录（请输入密码）</translation>
    </message>
</context>
</TS>
