<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>JournalErrorNotice</name>
    <message>
        <source>Session journal not saved</source>
        <translation>会话日志未保存</translation>
    </message>
    <message>
        <source>The session journal could not be saved. The upgrade can go on, but it cannot be resumed from this point after a crash.</source>
        <translation>无法保存会话日志。升级可以继续，但崩溃后无法从此处恢复。</translation>
    </message>
</context>
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
</context>
<context>
    <name>kuw::cli::Cli</name>
    <message>
        <source>Target Kong version (default: the newest the catalog knows).</source>
        <translation>目标 Kong 版本（默认：目录中已知的最新版本）。</translation>
    </message>
    <message>
        <source>The running Kong version (default: told from the schema).</source>
        <translation>正在运行的 Kong 版本（默认：根据架构推断）。</translation>
    </message>
    <message>
        <source>oss or enterprise.</source>
        <translation>oss 或 enterprise。</translation>
    </message>
    <message>
        <source>Admin API URL of a running Kong node (repeatable): its version is compared with the schema.</source>
        <translation>正在运行的 Kong 节点的 Admin API URL（可重复）：将其版本与架构进行比较。</translation>
    </message>
    <message>
        <source>Admin API timeout in milliseconds (default 5000).</source>
        <translation>Admin API 超时时间（毫秒，默认 5000）。</translation>
    </message>
    <message>
        <source>A kong/kong Helm release of this deployment, [namespace/]name (repeatable, in upgrade order): prints the helm upgrade commands.</source>
        <translation>此部署的 kong/kong Helm release，[namespace/]name（可重复，按升级顺序）：输出 helm upgrade 命令。</translation>
    </message>
    <message>
        <source>PEM CA file for https Admin API URLs.</source>
        <translation>用于 https Admin API URL 的 PEM CA 文件。</translation>
    </message>
    <message>
        <source>Error: --node-timeout needs a positive number of milliseconds
</source>
        <translation>错误：--node-timeout 需要一个正的毫秒数
</translation>
    </message>
    <message numerus="yes">
        <source>asking %n node(s) for their version
</source>
        <translation>
            <numerusform>正在向 %n 个节点查询其版本
</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Error: --to needs a Kong version such as 2.5.2
</source>
        <translation>错误：--to 需要一个 Kong 版本，例如 2.5.2
</translation>
    </message>
    <message>
        <source>Error: --from needs a Kong version such as 2.1.4
</source>
        <translation>错误：--from 需要一个 Kong 版本，例如 2.1.4
</translation>
    </message>
    <message>
        <source>Error: --edition must be oss or enterprise
</source>
        <translation>错误：--edition 必须是 oss 或 enterprise
</translation>
    </message>
    <message>
        <source>connecting (read-only) to %1
</source>
        <translation>正在连接（只读）到 %1
</translation>
    </message>
    <message>
        <source>Preflight assessment of the configured datastore for an upgrade to --to: every finding with its severity (blocker, warning, info), evidence and remedy. Read-only. Exit code 20 when a blocker is found.</source>
        <translation>针对升级到 --to 的已配置数据存储的预检评估：列出每项评估结果及其严重程度（阻断项、警告、信息）、证据和处理办法。只读。发现阻断项时退出码为 20。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读的输出。</translation>
    </message>
    <message>
        <source>Datastore: </source>
        <translation>数据存储：</translation>
    </message>
    <message>
        <source>Kong configuration file (default: /etc/kong/kong.conf, then /etc/kong.conf).</source>
        <translation>Kong 配置文件（默认：/etc/kong/kong.conf，其次 /etc/kong.conf）。</translation>
    </message>
    <message>
        <source>Timeout in seconds for datastore operations (overrides pg_timeout).</source>
        <translation>数据存储操作的超时秒数（覆盖 pg_timeout）。</translation>
    </message>
    <message>
        <source>Verbose logging.</source>
        <translation>详细日志。</translation>
    </message>
    <message>
        <source>Debug logging.</source>
        <translation>调试日志。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>  Remedy: </source>
        <translation>  处理办法：</translation>
    </message>
    <message>
        <source>connecting to </source>
        <translation>正在连接到 </translation>
    </message>
    <message numerus="yes">
        <source>Error: %n problem(s) in the declarative file; nothing was written:
</source>
        <translation>
            <numerusform>错误：声明式文件中有 %n 个问题；未写入任何内容：
</numerusform>
        </translation>
    </message>
    <message>
        <source>the declarative file</source>
        <translation>声明式文件</translation>
    </message>
    <message>
        <source>Error: expected a declarative configuration file; see `kong-upgrade config --help`
</source>
        <translation>错误：需要一个声明式配置文件；参见 `kong-upgrade config --help`
</translation>
    </message>
    <message>
        <source>Error: --compare needs two bundles: --compare OLD.tar.gz NEW.tar.gz
</source>
        <translation>错误：--compare 需要两个包：--compare OLD.tar.gz NEW.tar.gz
</translation>
    </message>
    <message>
        <source>Comparing bundle </source>
        <translation>正在比较包 </translation>
    </message>
    <message>
        <source>     with bundle </source>
        <translation>      与包 </translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>没有变化。
</translation>
    </message>
    <message>
        <source>Diagnostic report of the configured datastore for support: environment, Kong schema per subsystem, schema level, lock state and blocking sessions, entity counts, Data Planes and the assessment findings. The session is read-only; secrets are redacted.</source>
        <translation>供技术支持使用的已配置数据存储诊断报告：环境、各子系统的 Kong 架构、架构级别、锁状态和阻塞会话、实体数量、Data Plane 以及评估结果。会话为只读；机密信息已隐去。</translation>
    </message>
    <message>
        <source>html, md or json (default: from -o&apos;s suffix, else md).</source>
        <translation>html、md 或 json（默认：根据 -o 的后缀，否则为 md）。</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>将报告写入此文件。</translation>
    </message>
    <message>
        <source>Write a support bundle (tar.gz: the report in every format, the session journals, a bundle id for tickets) to this file.</source>
        <translation>将支持包（tar.gz：各种格式的报告、会话日志、用于工单的包 ID）写入此文件。</translation>
    </message>
    <message>
        <source>Directory of the upgrade journals to bundle (default: the wizard&apos;s).</source>
        <translation>要打包的升级日志目录（默认：向导的目录）。</translation>
    </message>
    <message>
        <source>Compare two support bundles: --compare OLD NEW (no datastore needed).</source>
        <translation>比较两个支持包：--compare OLD NEW（无需数据存储）。</translation>
    </message>
    <message>
        <source>With --compare: the newer bundle.</source>
        <translation>与 --compare 一起使用：较新的包。</translation>
    </message>
    <message>
        <source>Error: --format must be html, md or json
</source>
        <translation>错误：--format 必须是 html、md 或 json
</translation>
    </message>
    <message>
        <source>Error: diagnose needs a PostgreSQL datastore (database = %1)
</source>
        <translation>错误：diagnose 需要 PostgreSQL 数据存储（database = %1）
</translation>
    </message>
    <message>
        <source>Support bundle %1 written to %2
</source>
        <translation>支持包 %1 已写入 %2
</translation>
    </message>
    <message>
        <source>  files: </source>
        <translation>  文件：</translation>
    </message>
    <message>
        <source>Quote the bundle id in your support ticket.
</source>
        <translation>请在支持工单中注明包 ID。
</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2
</source>
        <translation>错误：无法写入 %1：%2
</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>报告已写入 %1
</translation>
    </message>
    <message>
        <source>Usage: kong-upgrade COMMAND [OPTIONS]

Kong Gateway datastore upgrades, performed safely.

Commands:
  status          Connect to the configured datastore and show its Kong schema state.
  path --from V --to V [--edition oss|enterprise]   Upgrade hops and their notes (no datastore).
  check [--to V] [--from V]   Preflight assessment of the datastore (exit 20 on blockers).
  diagnose [--format html|md|json] [-o FILE]   Read-only support report, secrets redacted.
  diagnose --bundle FILE | --compare OLD NEW   Support bundle (tar.gz with a bundle id); compare two.
  config db_export [FILE] | db_import FILE | parse FILE
                  Kong&apos;s declarative export/import (kong.yml; see &apos;config --help&apos;).
  migrations bootstrap|up|finish|list|reset
                  Kong&apos;s migrations, run natively (see &apos;migrations --help&apos;):
                  -y/--yes, -q/--quiet, -f/--force, --lock-timeout SEC, --dry-run,
                  --target VERSION
  demo [--version V] [--size small|large] [--scenario NAME] [--list-scenarios] [--keep] [--misbehave] [--yes]
                  The whole upgrade story on an embedded PostgreSQL and simulated Kong nodes.

Common options (as Kong&apos;s CLI):
  -c, --conf FILE     Kong configuration file (default /etc/kong/kong.conf, /etc/kong.conf)
  --db-timeout SEC    Datastore timeout in seconds
  -v, --vv            Verbose / debug output
  --json              Machine-readable output (where supported)
  -h, --help          Help (also: kong-upgrade COMMAND --help)
  --version           Print the version
  --lang CODE         Language of messages: en, de, ja, zh_CN (default: system locale)

Configuration precedence, as Kong: defaults &lt; kong.conf &lt; KONG_&lt;KEY&gt; environment variables.

Exit codes:
   0  success
   1  error
   2  usage error
  10  configuration error (file, line and key are named)
  11  datastore unreachable (host, refused, timeout)
  12  authentication failed
  13  database does not exist
  14  TLS/SSL failure
  15  insufficient privilege
  16  unsupported datastore (cassandra, DB-less)
  20  check: blockers found; path: no allowed upgrade path
  migrations list (as Kong): 0 up to date, 3 needs bootstrap, 4 pending (run finish),
  5 new migrations (run up)
</source>
        <translation>用法：kong-upgrade 命令 [选项]

安全地执行 Kong Gateway 数据存储升级。

命令：
  status          连接已配置的数据存储并显示其 Kong 架构状态。
  path --from V --to V [--edition oss|enterprise]   升级步骤及其说明（无需数据存储）。
  check [--to V] [--from V]   数据存储预检评估（有阻断项时退出码为 20）。
  diagnose [--format html|md|json] [-o FILE]   只读支持报告，机密信息已隐去。
  diagnose --bundle FILE | --compare OLD NEW   支持包（带包 ID 的 tar.gz）；比较两个支持包。
  config db_export [FILE] | db_import FILE | parse FILE
                  Kong 的声明式导出/导入（kong.yml；参见 &apos;config --help&apos;）。
  migrations bootstrap|up|finish|list|reset
                  原生执行 Kong 的迁移（参见 &apos;migrations --help&apos;）：
                  -y/--yes, -q/--quiet, -f/--force, --lock-timeout SEC, --dry-run,
                  --target VERSION
  demo [--version V] [--size small|large] [--scenario NAME] [--list-scenarios] [--keep] [--misbehave] [--yes]
                  在内嵌 PostgreSQL 和模拟 Kong 节点上演示完整的升级过程。

通用选项（与 Kong CLI 相同）：
  -c, --conf FILE     Kong 配置文件（默认 /etc/kong/kong.conf、/etc/kong.conf）
  --db-timeout SEC    数据存储超时（秒）
  -v, --vv            详细 / 调试输出
  --json              机器可读的输出（如支持）
  -h, --help          帮助（也可：kong-upgrade 命令 --help）
  --version           显示版本
  --lang CODE         消息语言：en, de, ja, zh_CN（默认：系统区域设置）

配置优先级与 Kong 相同：默认值 &lt; kong.conf &lt; KONG_&lt;KEY&gt; 环境变量。

退出码：
   0  成功
   1  错误
   2  用法错误
  10  配置错误（会指出文件、行和键）
  11  无法访问数据存储（主机、连接被拒、超时）
  12  认证失败
  13  数据库不存在
  14  TLS/SSL 失败
  15  权限不足
  16  不支持的数据存储（cassandra、DB-less）
  20  check：发现阻断项；path：没有允许的升级路径
  migrations list（与 Kong 相同）：0 已是最新，3 需要 bootstrap，4 有待完成的迁移（运行 finish），
  5 有新迁移（运行 up）
</translation>
    </message>
    <message>
        <source>Error: unknown command &apos;%1&apos;

</source>
        <translation>错误：未知命令 &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Error: not a tty: invoke &apos;%1&apos; non-interactively with the --yes flag
</source>
        <translation>错误：不是 TTY：请使用 --yes 以非交互方式调用 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>kong-upgrade migrations bootstrap|up|finish|list|reset — Kong&apos;s migrations, run natively.
Each migration commits together with its schema_meta record; destructive steps ask first.
list exits 0 up to date, 1 error, 3 needs bootstrap, 4 pending (run finish), 5 new (run up).</source>
        <translation>kong-upgrade migrations bootstrap|up|finish|list|reset — 原生执行 Kong 的迁移。
每个迁移与其 schema_meta 记录一同提交；破坏性步骤会先询问。
list 的退出码：0 已是最新，1 错误，3 需要 bootstrap，4 有待完成（运行 finish），5 有新迁移（运行 up）。</translation>
    </message>
    <message>
        <source>bootstrap, up, finish, list or reset</source>
        <translation>bootstrap、up、finish、list 或 reset</translation>
    </message>
    <message>
        <source>Assume yes to confirmations.</source>
        <translation>对所有确认回答“是”。</translation>
    </message>
    <message>
        <source>Suppress progress output.</source>
        <translation>不输出进度信息。</translation>
    </message>
    <message>
        <source>bootstrap: reset first (destroys data).</source>
        <translation>bootstrap：先重置（会销毁数据）。</translation>
    </message>
    <message>
        <source>Seconds: TTL of the migration lock and how long &apos;up&apos; waits for it (default 60).</source>
        <translation>秒数：迁移锁的 TTL 以及 &apos;up&apos; 等待它的时长（默认 60）。</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>只输出计划，不做任何更改。</translation>
    </message>
    <message>
        <source>Stop at this Kong version (e.g. 2.1.4; default: newest known).</source>
        <translation>停在此 Kong 版本（例如 2.1.4；默认：已知的最新版本）。</translation>
    </message>
    <message>
        <source>--target %1: not a Kong release this catalog knows</source>
        <translation>--target %1：不是此目录已知的 Kong 版本</translation>
    </message>
    <message>
        <source>Known: %1 … %2</source>
        <translation>已知：%1 … %2</translation>
    </message>
    <message>
        <source>Are you sure? This operation is irreversible.</source>
        <translation>确定吗？此操作不可撤销。</translation>
    </message>
    <message>
        <source>Error: unknown migrations command &apos;%1&apos; (bootstrap, up, finish, list, reset)
</source>
        <translation>错误：未知的 migrations 命令 &apos;%1&apos;（bootstrap、up、finish、list、reset）
</translation>
    </message>
    <message>
        <source>bootstrap --force drops every table of the Kong schema first. Are you sure?</source>
        <translation>bootstrap --force 会先删除 Kong 架构中的所有表。确定吗？</translation>
    </message>
    <message>
        <source>bootstrap --force</source>
        <translation>bootstrap --force</translation>
    </message>
    <message>
        <source>finish runs destructive teardowns; the previous Kong version can no longer use this datastore afterwards. Continue?</source>
        <translation>finish 会执行破坏性的清理步骤；之后旧版本的 Kong 将无法再使用此数据存储。继续吗？</translation>
    </message>
    <message>
        <source>Show the upgrade path between two Kong versions: every required hop (an &apos;up&apos; and a &apos;finish&apos; each) with its notes. Needs no datastore.</source>
        <translation>显示两个 Kong 版本之间的升级路径：每个必需的步骤（各含一次 &apos;up&apos; 和一次 &apos;finish&apos;）及其说明。无需数据存储。</translation>
    </message>
    <message>
        <source>The running Kong version (2.1.4, 2.4.1.0).</source>
        <translation>正在运行的 Kong 版本（2.1.4、2.4.1.0）。</translation>
    </message>
    <message>
        <source>The target Kong version.</source>
        <translation>目标 Kong 版本。</translation>
    </message>
    <message>
        <source>oss or enterprise (default: enterprise for 4-part versions, else oss).</source>
        <translation>oss 或 enterprise（默认：四段式版本为 enterprise，否则为 oss）。</translation>
    </message>
    <message>
        <source>Error: --from and --to need Kong versions such as 2.1.4 or 2.4.1.0
</source>
        <translation>错误：--from 和 --to 需要 Kong 版本，例如 2.1.4 或 2.4.1.0
</translation>
    </message>
    <message>
        <source>Connect to the datastore configured in kong.conf / KONG_* and report the server, the Kong schema (schema_meta per subsystem) and the migration lock. Read-only.</source>
        <translation>连接 kong.conf / KONG_* 中配置的数据存储，报告服务器、Kong 架构（各子系统的 schema_meta）和迁移锁。只读。</translation>
    </message>
    <message>
        <source>Machine-readable output (stable keys).</source>
        <translation>机器可读的输出（键保持稳定）。</translation>
    </message>
    <message>
        <source>Datastore:   </source>
        <translation>数据存储：  </translation>
    </message>
    <message>
        <source>Error: --node needs an Admin API URL such as http://kong-host:8001 (got &apos;%1&apos;)
</source>
        <translation>错误：--node 需要一个 Admin API URL，例如 http://kong-host:8001（收到的是 &apos;%1&apos;）
</translation>
    </message>
    <message>
        <source>Kong&apos;s declarative configuration, as `kong config` (Kong 2.5 format):
  db_export [FILE]   Write the datastore&apos;s entities to FILE (default ./kong.yml; &apos;-&apos; for
                     stdout). Refuses to overwrite an existing file. Read-only.
  db_import FILE     Load FILE into a freshly bootstrapped datastore: the whole file is
                     validated first, then written in one transaction (all or nothing).
  parse FILE         Validate FILE only (no datastore needed).
  diff NEW_CONF      Compare the configured datastore with the one NEW_CONF names, by
                     primary key and content: entities created, changed or deleted on the
                     old side since the new one was filled (the parallel path). Read-only.

Exit codes: 0 success; 1 error; 2 usage; 10 invalid file (every issue printed as
FILE:LINE:COLUMN: entity.field: message) or invalid kong.conf; 11-15 connection failures
(see kong-upgrade --help); 16 target not bootstrapped or not empty.</source>
        <translation>Kong 的声明式配置，同 `kong config`（Kong 2.5 格式）：
  db_export [FILE]   将数据存储的实体写入 FILE（默认 ./kong.yml；&apos;-&apos; 表示
                     stdout）。不会覆盖已有文件。只读。
  db_import FILE     将 FILE 加载到刚 bootstrap 的数据存储：先校验整个文件，
                     再在一个事务中写入（全部成功或全部不写）。
  parse FILE         仅校验 FILE（无需数据存储）。
  diff NEW_CONF      按主键和内容比较已配置的数据存储与 NEW_CONF 指定的数据存储：
                     新数据存储填充之后在旧数据存储上创建、更改或删除的实体
                     （并行路径）。只读。

退出码：0 成功；1 错误；2 用法错误；10 文件无效（每个问题按
FILE:LINE:COLUMN: entity.field: message 输出）或 kong.conf 无效；11-15 连接失败
（见 kong-upgrade --help）；16 目标未 bootstrap 或不为空。</translation>
    </message>
    <message>
        <source>db_export, db_import, parse or diff</source>
        <translation>db_export、db_import、parse 或 diff</translation>
    </message>
    <message>
        <source>Error: unknown config command &apos;%1&apos; (db_export, db_import, parse, diff)
</source>
        <translation>错误：未知的 config 命令 &apos;%1&apos;（db_export、db_import、parse、diff）
</translation>
    </message>
    <message>
        <source>Error: both configurations name the same datastore (%1); KONG_PG_* environment variables apply to both files
</source>
        <translation>错误：两个配置指向同一个数据存储（%1）；KONG_PG_* 环境变量对两个文件都生效
</translation>
    </message>
    <message>
        <source>old: %1
new: %2
</source>
        <translation>旧：%1
新：%2
</translation>
    </message>
    <message>
        <source>no differences (%1 entity types compared)
</source>
        <translation>没有差异（比较了 %1 种实体类型）
</translation>
    </message>
    <message>
        <source>%1 created, %2 changed, %3 deleted on the old datastore since the new one was filled
</source>
        <translation>自新数据存储填充以来，旧数据存储上创建 %1 个、更改 %2 个、删除 %3 个
</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 changed, %4 deleted
</source>
        <translation>%1：创建 %2 个、更改 %3 个、删除 %4 个
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the old datastore (%2 rows on the new one)
</source>
        <translation>无法比较：%1 在旧数据存储中没有表（新数据存储中有 %2 行）
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the new datastore (%2 rows on the old one)
</source>
        <translation>无法比较：%1 在新数据存储中没有表（旧数据存储中有 %2 行）
</translation>
    </message>
</context>
<context>
    <name>kuw::cli::Demo</name>
    <message>
        <source>
== Step %1: %2 ==
</source>
        <translation>
== 第 %1 步：%2 ==
</translation>
    </message>
    <message>
        <source>-- next: %1</source>
        <translation>-- 下一步：%1</translation>
    </message>
    <message>
        <source>-- next: %1. Press Enter to continue… </source>
        <translation>-- 下一步：%1。按 Enter 继续… </translation>
    </message>
    <message>
        <source>(stdin closed: continuing)</source>
        <translation>（stdin 已关闭：继续）</translation>
    </message>
    <message>
        <source>  %1 step(s) done in %2 ms</source>
        <translation>  %1 个步骤在 %2 毫秒内完成</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>处理办法：%1</translation>
    </message>
    <message>
        <source>The new cluster misbehaves (--misbehave): 20 % of its requests fail with 5xx.</source>
        <translation>新集群行为异常（--misbehave）：其 20 % 的请求以 5xx 失败。</translation>
    </message>
    <message>
        <source>send %1 % of the traffic to the new cluster</source>
        <translation>将 %1 % 的流量发送到新集群</translation>
    </message>
    <message>
        <source>  no traffic sample yet</source>
        <translation>  尚无流量样本</translation>
    </message>
    <message>
        <source>  stage %1 %: old cluster %2 req/s, new cluster %3 req/s (new share %4); 5xx old %5, new %6</source>
        <translation>  阶段 %1 %：旧集群 %2 req/s，新集群 %3 req/s（新集群占比 %4）；5xx 旧 %5，新 %6</translation>
    </message>
    <message>
        <source>  node checks: old %1 up / %2 down, new %3 up / %4 down</source>
        <translation>  节点检查：旧 %1 在线 / %2 宕机，新 %3 在线 / %4 宕机</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>%1 new node(s) down</source>
        <translation>%1 个新节点宕机</translation>
    </message>
    <message>
        <source>  WARNING: %1</source>
        <translation>  警告：%1</translation>
    </message>
    <message>
        <source>the new cluster fails more than the old</source>
        <translation>新集群失败比旧集群多</translation>
    </message>
    <message>
        <source>  Rolling the traffic back to the old cluster (0 %); &apos;finish&apos; must not run while old nodes are needed.</source>
        <translation>  正在将流量回切到旧集群（0 %）；在仍需要旧节点时不得运行 &apos;finish&apos;。</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; the datastore is kept (--keep).</source>
        <translation>模拟节点已停止；数据存储保留（--keep）。</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; PostgreSQL stopped; %1 %2.</source>
        <translation>模拟节点已停止；PostgreSQL 已停止；%1 %2。</translation>
    </message>
    <message>
        <source>could NOT be removed</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Start an embedded PostgreSQL and seed a Kong datastore</source>
        <translation>启动内嵌 PostgreSQL 并填充 Kong 数据存储</translation>
    </message>
    <message>
        <source>Ready in %1 ms: Kong %2 datastore with %3 seeded entity rows, in %4 (port %5)</source>
        <translation>%1 毫秒内就绪：Kong %2 数据存储，已填充 %3 行实体数据，位于 %4（端口 %5）</translation>
    </message>
    <message>
        <source>  simulated node %1 %2</source>
        <translation>  模拟节点 %1 %2</translation>
    </message>
    <message>
        <source>Training scenario &apos;%1&apos;: %2</source>
        <translation>训练场景 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>the preflight assessment for Kong %1</source>
        <translation>针对 Kong %1 的预检评估</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>The assessment did not report &apos;%1&apos; for scenario &apos;%2&apos;</source>
        <translation>评估未报告场景 &apos;%2&apos; 的 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The assessment caught the training scenario: %1</source>
        <translation>评估发现了训练场景：%1</translation>
    </message>
    <message>
        <source>apply the remedy</source>
        <translation>应用处理办法</translation>
    </message>
    <message>
        <source>Assessing again after the remedy:</source>
        <translation>处理后重新评估：</translation>
    </message>
    <message>
        <source>Blockers remain: a real upgrade stops here.</source>
        <translation>仍有阻断项：真实升级会在此停止。</translation>
    </message>
    <message>
        <source>a verified snapshot (pg_dump) before any change</source>
        <translation>任何更改之前先做一个经过验证的快照（pg_dump）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>  %1 (%2 KiB, %3 archive entries, verified, %4 ms)</source>
        <translation>  %1（%2 KiB，%3 个归档条目，已验证，%4 毫秒）</translation>
    </message>
    <message>
        <source>&apos;migrations up&apos; to Kong %1 while the old nodes keep serving</source>
        <translation>在旧节点继续提供服务的同时执行到 Kong %1 的 &apos;migrations up&apos;</translation>
    </message>
    <message>
        <source>the blue-green cutover, 10 → 50 → 100 %</source>
        <translation>蓝绿切换，10 → 50 → 100 %</translation>
    </message>
    <message>
        <source>Simulated cutover</source>
        <translation>模拟切换</translation>
    </message>
    <message>
        <source>The cutover was rolled back: &apos;finish&apos; is not run. The old cluster serves on the migrated schema until the new one is fixed.</source>
        <translation>切换已回滚：不运行 &apos;finish&apos;。在新集群修复之前，旧集群在已迁移的架构上继续提供服务。</translation>
    </message>
    <message>
        <source>All traffic on the new cluster; the old nodes are stopped.</source>
        <translation>所有流量都在新集群上；旧节点已停止。</translation>
    </message>
    <message>
        <source>&apos;migrations finish&apos; (no old node uses the database any more)</source>
        <translation>&apos;migrations finish&apos;（已没有旧节点使用数据库）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The datastore is up to date for Kong %1.</source>
        <translation>数据存储对 Kong %1 而言已是最新。</translation>
    </message>
    <message>
        <source>The datastore is NOT up to date for Kong %1.</source>
        <translation>数据存储对 Kong %1 而言并非最新。</translation>
    </message>
    <message>
        <source>
Demo finished in %1 s.</source>
        <translation>
演示在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>The whole upgrade story on an embedded, throwaway PostgreSQL and simulated Kong nodes: start, seed, assessment, snapshot, up, blue-green cutover (10/50/100 %), finish, verify, teardown. Nothing about the database is fake: the real engine migrates it. Pauses for Enter at each checkpoint unless --yes.</source>
        <translation>在一次性的内嵌 PostgreSQL 和模拟 Kong 节点上演示完整的升级过程：启动、填充数据、评估、快照、up、蓝绿切换（10/50/100 %）、finish、验证、清理。数据库没有任何伪造：由真正的引擎进行迁移。除非使用 --yes，否则在每个检查点等待 Enter。</translation>
    </message>
    <message>
        <source>Kong version the datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>数据存储起始的 Kong 版本（1.5、2.0、2.1、2.3 …；默认：目标之前最新的架构级别，2.5 对应 2.2.2）。</translation>
    </message>
    <message>
        <source>Kong version to upgrade to (default: the newest known).</source>
        <translation>要升级到的 Kong 版本（默认：已知的最新版本）。</translation>
    </message>
    <message>
        <source>small (a class) or large (100k+ rows).</source>
        <translation>small（每类一个）或 large（10 万行以上）。</translation>
    </message>
    <message>
        <source>A training scenario (see --list-scenarios).</source>
        <translation>训练场景（参见 --list-scenarios）。</translation>
    </message>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation>列出训练场景并退出。</translation>
    </message>
    <message>
        <source>Leave the datastore running at the end (prints how to connect).</source>
        <translation>结束时保持数据存储运行（并输出连接方式）。</translation>
    </message>
    <message>
        <source>The new cluster answers 20 % of its requests with 5xx.</source>
        <translation>新集群对其 20 % 的请求返回 5xx。</translation>
    </message>
    <message>
        <source>Run unattended (no pauses).</source>
        <translation>无人值守运行（不暂停）。</translation>
    </message>
    <message>
        <source>Also print the engine&apos;s and pg_dump&apos;s log lines.</source>
        <translation>同时输出引擎和 pg_dump 的日志行。</translation>
    </message>
    <message>
        <source>Error: unexpected argument &apos;%1&apos;
</source>
        <translation>错误：意外的参数 &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>kuw::core::AdminApi</name>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>无法从 %1 读取 PEM 证书</translation>
    </message>
    <message>
        <source>Give the PEM file of the CA that signed the Admin API&apos;s certificate.</source>
        <translation>请提供签发 Admin API 证书的 CA 的 PEM 文件。</translation>
    </message>
    <message>
        <source>Not an http(s) Admin API URL: %1</source>
        <translation>不是 http(s) Admin API URL：%1</translation>
    </message>
    <message>
        <source>Admin API call cancelled</source>
        <translation>Admin API 调用已取消</translation>
    </message>
    <message>
        <source>The Admin API needs credentials (Enterprise RBAC): give a Kong-Admin-Token.</source>
        <translation>Admin API 需要凭据（Enterprise RBAC）：请提供 Kong-Admin-Token。</translation>
    </message>
    <message>
        <source>The node failed to answer: check its error.log.</source>
        <translation>节点未能响应：请检查其 error.log。</translation>
    </message>
    <message>
        <source>Check the Admin API URL, including any path prefix.</source>
        <translation>请检查 Admin API URL，包括任何路径前缀。</translation>
    </message>
    <message>
        <source>The Admin API answered HTTP %1</source>
        <translation>Admin API 返回了 HTTP %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <source>Check the node is not overloaded and no firewall drops packets, or raise the timeout.</source>
        <translation>请检查节点未过载且没有防火墙丢弃数据包，或增大超时时间。</translation>
    </message>
    <message>
        <source>TLS handshake with the Admin API failed</source>
        <translation>与 Admin API 的 TLS 握手失败</translation>
    </message>
    <message>
        <source>Give the CA file that signed the Admin API certificate, and use the host name the certificate names.</source>
        <translation>请提供签发 Admin API 证书的 CA 文件，并使用证书中的主机名。</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Check the host name in the Admin API URL and DNS.</source>
        <translation>请检查 Admin API URL 中的主机名和 DNS。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Check that Kong runs and that admin_listen includes this address and port.</source>
        <translation>请检查 Kong 正在运行，且 admin_listen 包含此地址和端口。</translation>
    </message>
    <message>
        <source>The server did not speak HTTP as expected</source>
        <translation>服务器未按预期使用 HTTP 通信</translation>
    </message>
    <message>
        <source>The Admin API could not be reached</source>
        <translation>无法访问 Admin API</translation>
    </message>
    <message>
        <source>Check the node runs and the network path (proxy, firewall) to it.</source>
        <translation>请检查节点是否在运行，以及到它的网络路径（代理、防火墙）。</translation>
    </message>
    <message>
        <source>Enable the prometheus plugin globally so the Admin API serves /metrics.</source>
        <translation>请全局启用 prometheus 插件，使 Admin API 提供 /metrics。</translation>
    </message>
    <message>
        <source>Only a control plane (role = control_plane, Kong 2.2+) lists data planes: use its Admin API URL.</source>
        <translation>只有 Control Plane（role = control_plane，Kong 2.2+）会列出 Data Plane：请使用其 Admin API URL。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Checks</name>
    <message>
        <source>Kong %1 cannot authenticate with SCRAM-SHA-256</source>
        <translation>Kong %1 无法使用 SCRAM-SHA-256 进行认证</translation>
    </message>
    <message>
        <source>Kong %1 needs luaossl for SCRAM-SHA-256</source>
        <translation>Kong %1 需要 luaossl 才能使用 SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>Store an md5 password for the Kong role (SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …) and allow md5 in pg_hba, or target Kong 2.8.4+ (error otherwise: &quot;don&apos;t know how to auth: 10&quot;)</source>
        <translation>为 Kong 角色存储 md5 密码（SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …）并在 pg_hba 中允许 md5，或以 Kong 2.8.4+ 为目标（否则报错：&quot;don&apos;t know how to auth: 10&quot;）</translation>
    </message>
    <message>
        <source>Install luaossl on the Kong nodes, use an md5 password, or target 2.8.4+ (error otherwise: &quot;module &apos;openssl.rand&apos; not found&quot;)</source>
        <translation>在 Kong 节点上安装 luaossl、改用 md5 密码，或以 2.8.4+ 为目标（否则报错：&quot;module &apos;openssl.rand&apos; not found&quot;）</translation>
    </message>
    <message>
        <source>the password of role %1 is stored as SCRAM-SHA-256 (pg_authid)</source>
        <translation>角色 %1 的密码以 SCRAM-SHA-256 存储（pg_authid）</translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 (%2) requires scram-sha-256 for role %3</source>
        <translation>pg_hba.conf 第 %1 行（%2）要求角色 %3 使用 scram-sha-256</translation>
    </message>
    <message>
        <source>Could not tell whether the Kong role authenticates with SCRAM-SHA-256</source>
        <translation>无法判断 Kong 角色是否使用 SCRAM-SHA-256 认证</translation>
    </message>
    <message>
        <source>role %1 can read neither pg_authid nor pg_hba_file_rules; password_encryption = %2%3</source>
        <translation>角色 %1 既不能读取 pg_authid 也不能读取 pg_hba_file_rules；password_encryption = %2%3</translation>
    </message>
    <message>
        <source> (new passwords are stored as SCRAM)</source>
        <translation>（新密码以 SCRAM 存储）</translation>
    </message>
    <message>
        <source>Kong %1 %2: ask the DBA whether the role&apos;s password is SCRAM-SHA-256 (SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;)</source>
        <translation>Kong %1 %2：请向 DBA 确认该角色的密码是否为 SCRAM-SHA-256（SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;）</translation>
    </message>
    <message>
        <source>cannot do SCRAM</source>
        <translation>不支持 SCRAM</translation>
    </message>
    <message>
        <source>needs luaossl for SCRAM</source>
        <translation>需要 luaossl 才能使用 SCRAM</translation>
    </message>
    <message>
        <source>Cassandra datastore: the wizard upgrades PostgreSQL only</source>
        <translation>Cassandra 数据存储：向导只升级 PostgreSQL</translation>
    </message>
    <message>
        <source>database = cassandra in %1</source>
        <translation>%1 中 database = cassandra</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Upgrade Cassandra with Kong&apos;s own CLI and plan downtime (2.1.x or older), or fill a new keyspace with &apos;kong config db_export&apos;/&apos;db_import&apos;; Cassandra is removed in 3.4: move to PostgreSQL first</source>
        <translation>使用 Kong 自带的 CLI 升级 Cassandra 并安排停机（2.1.x 或更早），或用 &apos;kong config db_export&apos;/&apos;db_import&apos; 填充新的 keyspace；Cassandra 在 3.4 中被移除：请先迁移到 PostgreSQL</translation>
    </message>
    <message>
        <source>DB-less node: there is no datastore to migrate</source>
        <translation>DB-less 节点：没有需要迁移的数据存储</translation>
    </message>
    <message>
        <source>database = off (role %1)</source>
        <translation>database = off（角色 %1）</translation>
    </message>
    <message>
        <source>Roll the nodes to the new version; for 3.x convert declarative files (&apos;deck convert&apos; or _format_version 3.0). Data Planes follow their Control Plane.</source>
        <translation>将节点逐步切换到新版本；对于 3.x，请转换声明式文件（&apos;deck convert&apos; 或 _format_version 3.0）。Data Plane 随其 Control Plane 之后升级。</translation>
    </message>
    <message>
        <source>Duplicate upstream targets will be deleted by the 2.2 migration</source>
        <translation>重复的 upstream target 将被 2.2 迁移删除</translation>
    </message>
    <message>
        <source>%1 older rows in %2 (upstream, target) groups have a newer duplicate; core 012_213_to_220&apos;s teardown keeps only the newest of each</source>
        <translation>%2 个（upstream, target）组中有 %1 条较旧的行存在更新的重复项；core 012_213_to_220 的清理步骤只保留每组中最新的一条</translation>
    </message>
    <message>
        <source>Nothing to do unless the older rows matter (weights); review them before &apos;finish&apos;</source>
        <translation>除非较旧的行（权重）很重要，否则无需处理；请在 &apos;finish&apos; 之前检查它们</translation>
    </message>
    <message>
        <source>sha256 %1…: %2</source>
        <translation>sha256 %1…：%2</translation>
    </message>
    <message>
        <source>CA certificates with the same DER (different PEM text): </source>
        <translation>DER 相同（PEM 文本不同）的 CA 证书：</translation>
    </message>
    <message>
        <source>no parsable certificate in: </source>
        <translation>无法解析证书的行：</translation>
    </message>
    <message>
        <source>CA certificates would break the unique cert_digest of the 2.1 migration</source>
        <translation>CA 证书会破坏 2.1 迁移的唯一 cert_digest</translation>
    </message>
    <message>
        <source>Delete the duplicates (keep one per group and repoint services.ca_certificates) and fix unparsable rows before &apos;finish&apos; of 2.1 (core 009_200_to_210)</source>
        <translation>删除重复项（每组保留一个并将 services.ca_certificates 重新指向它），并在 2.1 的 &apos;finish&apos; 之前修正无法解析的行（core 009_200_to_210）</translation>
    </message>
    <message>
        <source>%1.%2 → %3: %4 rows</source>
        <translation>%1.%2 → %3：%4 行</translation>
    </message>
    <message>
        <source>Rows reference parents that do not exist; the 2.1 workspace migration re-adds these foreign keys</source>
        <translation>有行引用了不存在的父行；2.1 的工作区迁移会重新添加这些外键</translation>
    </message>
    <message>
        <source>Delete the orphaned rows (or restore their parents): adding the composite foreign keys of core 009_200_to_210 fails on them</source>
        <translation>删除这些孤立行（或恢复其父行）：core 009_200_to_210 添加复合外键时会因它们而失败</translation>
    </message>
    <message>
        <source>Kubernetes: no helm upgrade commands, a release is not valid</source>
        <translation>Kubernetes：没有 helm upgrade 命令，某个 release 无效</translation>
    </message>
    <message>
        <source>Kubernetes: run these %1 helm upgrade command(s) in this order</source>
        <translation>Kubernetes：请按此顺序运行这 %1 条 helm upgrade 命令</translation>
    </message>
    <message>
        <source>Run each after the previous one&apos;s pods are ready: the first release runs &apos;up&apos; (pre-upgrade job), the last one &apos;finish&apos; (post-upgrade job); set image.tag to your registry&apos;s tag of %1 (Enterprise images use the 4-part version)</source>
        <translation>每条命令都要等上一个 release 的 Pod 就绪后再运行：第一个 release 运行 &apos;up&apos;（pre-upgrade job），最后一个运行 &apos;finish&apos;（post-upgrade job）；将 image.tag 设为你的镜像仓库中 %1 的标签（Enterprise 镜像使用四段式版本）</translation>
    </message>
    <message>
        <source>
Data Planes known to this Control Plane (clustering_data_planes):</source>
        <translation>
此 Control Plane 已知的 Data Plane（clustering_data_planes）：</translation>
    </message>
    <message>
        <source> — incompatible with a %1 Control Plane</source>
        <translation> — 与 %1 的 Control Plane 不兼容</translation>
    </message>
    <message>
        <source>
no Data Planes recorded in clustering_data_planes</source>
        <translation>
clustering_data_planes 中没有记录 Data Plane</translation>
    </message>
    <message>
        <source>Hybrid mode: upgrade the Control Plane first, then the Data Planes</source>
        <translation>混合模式：先升级 Control Plane，再升级 Data Plane</translation>
    </message>
    <message>
        <source>Run the migrations from the Control Plane; a CP accepts DPs of the same major and the same or an older minor version, so roll the DPs after the CP. Install custom plugins on CP and DPs.</source>
        <translation>从 Control Plane 运行迁移；CP 接受主版本相同、次版本相同或更旧的 DP，因此请在 CP 之后再滚动升级 DP。在 CP 和 DP 上都安装自定义插件。</translation>
    </message>
    <message>
        <source>Rate Limiting Advanced uses the &apos;cluster&apos; strategy in hybrid mode</source>
        <translation>Rate Limiting Advanced 在混合模式下使用 &apos;cluster&apos; 策略</translation>
    </message>
    <message>
        <source>plugins with strategy = cluster: %1</source>
        <translation>strategy = cluster 的插件：%1</translation>
    </message>
    <message>
        <source>Switch these plugins to the &apos;redis&apos; strategy before upgrading</source>
        <translation>升级前将这些插件切换为 &apos;redis&apos; 策略</translation>
    </message>
    <message>
        <source>locks row &apos;migrations&apos;: owner %1, expiry %2 UTC (%3)</source>
        <translation>locks 中的 &apos;migrations&apos; 行：持有者 %1，过期时间 %2 UTC（%3）</translation>
    </message>
    <message>
        <source>expired %1 s ago</source>
        <translation>已于 %1 秒前过期</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>%1 秒后过期</translation>
    </message>
    <message>
        <source>
sessions with locks on Kong tables:</source>
        <translation>
持有 Kong 表锁的会话：</translation>
    </message>
    <message>
        <source>
no other session holds locks on Kong tables</source>
        <translation>
没有其他会话持有 Kong 表的锁</translation>
    </message>
    <message>
        <source>A stale migration lock is left in &apos;locks&apos;</source>
        <translation>&apos;locks&apos; 中残留了一个过期的迁移锁</translation>
    </message>
    <message>
        <source>Kong&apos;s next runner deletes an expired row itself; make sure no migration runs, then start the upgrade (a waiting &apos;up&apos; would abort as &quot;not leader&quot;)</source>
        <translation>Kong 的下一个运行者会自行删除过期的行；请确认没有迁移在运行，然后开始升级（正在等待的 &apos;up&apos; 会以 &quot;not leader&quot; 中止）</translation>
    </message>
    <message>
        <source>Another runner holds the migration lock</source>
        <translation>另一个运行者持有迁移锁</translation>
    </message>
    <message>
        <source>Wait for the other migration to finish (the row expires after its --lock-timeout); delete the row only after confirming that nobody runs migrations</source>
        <translation>等待另一个迁移完成（该行在其 --lock-timeout 之后过期）；只有在确认没有人运行迁移后才能删除该行</translation>
    </message>
    <message>
        <source>Custom plugins are enabled</source>
        <translation>已启用自定义插件</translation>
    </message>
    <message>
        <source>plugins = %1; not bundled with Kong: %2</source>
        <translation>plugins = %1；不随 Kong 提供的：%2</translation>
    </message>
    <message>
        <source>Install versions compatible with the target on every node (Control Plane first, then Data Planes); their migrations run only when they are listed in &apos;plugins&apos;/KONG_PLUGINS and found on the Lua path</source>
        <translation>在每个节点上安装与目标兼容的版本（先 Control Plane，后 Data Plane）；只有在 &apos;plugins&apos;/KONG_PLUGINS 中列出并能在 Lua 路径上找到时，它们的迁移才会运行</translation>
    </message>
    <message>
        <source>%1 (%2 instances)</source>
        <translation>%1（%2 个实例）</translation>
    </message>
    <message>
        <source>Plugins are configured in the database but not enabled in &apos;plugins&apos;</source>
        <translation>有插件在数据库中已配置，但未在 &apos;plugins&apos; 中启用</translation>
    </message>
    <message>
        <source>plugins table: %1; plugins = %2</source>
        <translation>plugins 表：%1；plugins = %2</translation>
    </message>
    <message>
        <source>Kong refuses to start (&quot;plugin is in use but not enabled&quot;): add them to &apos;plugins&apos; (and install them), or delete their instances before the upgrade</source>
        <translation>Kong 将无法启动（&quot;plugin is in use but not enabled&quot;）：请将它们加入 &apos;plugins&apos;（并安装），或在升级前删除其实例</translation>
    </message>
    <message>
        <source>%1 row(s) in the Dev Portal &apos;files&apos; table</source>
        <translation>Dev Portal &apos;files&apos; 表中有 %1 行</translation>
    </message>
    <message>
        <source>, %1 developer(s)</source>
        <translation>，%1 个开发者</translation>
    </message>
    <message>
        <source>; upgrading from %1 to %2</source>
        <translation>；从 %1 升级到 %2</translation>
    </message>
    <message>
        <source>; source version unknown, target %1</source>
        <translation>；源版本未知，目标 %1</translation>
    </message>
    <message>
        <source>Dev Portal files from 1.5 need a manual migration to 2.1</source>
        <translation>1.5 的 Dev Portal 文件需要手动迁移到 2.1</translation>
    </message>
    <message>
        <source>Export the portal files before upgrading (kong-portal-cli or the Files API), then re-create them in 2.1&apos;s portal template layout and re-deploy them after &apos;finish&apos;</source>
        <translation>升级前导出门户文件（kong-portal-cli 或 Files API），然后按 2.1 的门户模板布局重新创建，并在 &apos;finish&apos; 之后重新部署</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica cannot be reached</source>
        <translation>无法访问 pg_ro_* 只读副本</translation>
    </message>
    <message>
        <source>Nodes read through pg_ro_*: fix the replica (or unset pg_ro_host) before the upgrade, or reads fail on every node that starts</source>
        <translation>节点通过 pg_ro_* 读取：请在升级前修复副本（或取消设置 pg_ro_host），否则每个启动的节点读取都会失败</translation>
    </message>
    <message>
        <source>pg_ro_* points at a server that is not a standby of the datastore</source>
        <translation>pg_ro_* 指向的服务器不是该数据存储的备库</translation>
    </message>
    <message>
        <source>%1 is not in recovery (pg_is_in_recovery() = false) and is not the primary</source>
        <translation>%1 不处于恢复状态（pg_is_in_recovery() = false），也不是主库</translation>
    </message>
    <message>
        <source>Point pg_ro_* at a streaming standby of the primary; a separate primary serves other data, which the migrations will not update</source>
        <translation>让 pg_ro_* 指向主库的流复制备库；单独的主库提供的是其他数据，迁移不会更新它们</translation>
    </message>
    <message>
        <source>last replayed transaction %1 s ago</source>
        <translation>最后一次重放事务在 %1 秒前</translation>
    </message>
    <message>
        <source>no transaction replayed yet</source>
        <translation>尚未重放任何事务</translation>
    </message>
    <message>
        <source>%1 bytes of WAL received but not replayed</source>
        <translation>已接收但未重放的 WAL 有 %1 字节</translation>
    </message>
    <message>
        <source>no WAL receiver is streaming</source>
        <translation>没有正在流复制的 WAL 接收进程</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica lags behind the primary</source>
        <translation>pg_ro_* 只读副本落后于主库</translation>
    </message>
    <message>
        <source>Nodes would read an older schema and data from it during and after the migrations: fix replication first (or unset pg_ro_host for the upgrade window)</source>
        <translation>在迁移期间及之后，节点会从中读取旧的架构和数据：请先修复复制（或在升级窗口内取消设置 pg_ro_host）</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1：无响应（%2）</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未查询</translation>
    </message>
    <message>
        <source>%1: Kong %2 (%3), role %4, host %5</source>
        <translation>%1：Kong %2（%3），角色 %4，主机 %5</translation>
    </message>
    <message>
        <source>database = %1</source>
        <translation>database = %1</translation>
    </message>
    <message>
        <source>pg_database = %1 on %2:%3, this report reads %4</source>
        <translation>pg_database = %1（%2:%3），本报告读取的是 %4</translation>
    </message>
    <message>
        <source>pg_schema = %1, this report reads %2</source>
        <translation>pg_schema = %1，本报告读取的是 %2</translation>
    </message>
    <message>
        <source>Running Kong nodes (Admin API GET /)</source>
        <translation>正在运行的 Kong 节点（Admin API GET /）</translation>
    </message>
    <message>
        <source>Compare these versions with the schema level; every node must run the version whose migrations the datastore holds</source>
        <translation>将这些版本与架构级别比较；每个节点都必须运行数据存储中迁移所对应的版本</translation>
    </message>
    <message>
        <source>%1 node(s) did not answer on the Admin API</source>
        <translation>%1 个节点未在 Admin API 上响应</translation>
    </message>
    <message>
        <source>Check the Admin API URL</source>
        <translation>检查 Admin API URL</translation>
    </message>
    <message>
        <source>The nodes run %1 different Kong versions</source>
        <translation>节点运行着 %1 个不同的 Kong 版本</translation>
    </message>
    <message>
        <source>Finish the rolling or blue-green upgrade in progress (or roll back) so every node runs one version before starting another upgrade</source>
        <translation>完成（或回滚）正在进行的滚动或蓝绿升级，使所有节点在开始下一次升级前运行同一版本</translation>
    </message>
    <message>
        <source>Some nodes use another datastore than the one assessed</source>
        <translation>部分节点使用的不是所评估的数据存储</translation>
    </message>
    <message>
        <source>Give the configuration of the datastore these nodes use, or leave their URLs out</source>
        <translation>提供这些节点所用数据存储的配置，或去掉它们的 URL</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but the schema is at the %2 level: &apos;up&apos; was never run for %1</source>
        <translation>节点运行 Kong %1，但架构处于 %2 级别：从未为 %1 运行过 &apos;up&apos;</translation>
    </message>
    <message>
        <source>%1 report %2; migrations %2 expects and the datastore lacks: %3</source>
        <translation>%1 报告 %2；%2 需要但数据存储中缺少的迁移：%3</translation>
    </message>
    <message>
        <source>Plan the upgrade from the schema level (%1), not from the nodes&apos; version: run &apos;up&apos; (and &apos;finish&apos;) for the hops from there; until then these nodes cannot restart</source>
        <translation>从架构级别（%1）而不是节点版本出发规划升级：从那里为各个步骤运行 &apos;up&apos;（和 &apos;finish&apos;）；在此之前这些节点无法重启</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 on a schema already migrated (&apos;up&apos;) by a newer Kong: an upgrade is between &apos;up&apos; and &apos;finish&apos;</source>
        <translation>节点在已被较新 Kong 迁移（&apos;up&apos;）的架构上运行 Kong %1：一次升级正处于 &apos;up&apos; 与 &apos;finish&apos; 之间</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but a newer Kong migrated the schema (level %2)</source>
        <translation>节点运行 Kong %1，但较新的 Kong 已迁移了架构（级别 %2）</translation>
    </message>
    <message>
        <source>%1 report %2; migrations newer than %2: %3</source>
        <translation>%1 报告 %2；比 %2 新的迁移：%3</translation>
    </message>
    <message>
        <source>Move the traffic to the new nodes, stop these old ones, then run &apos;finish&apos;</source>
        <translation>将流量切到新节点，停止这些旧节点，然后运行 &apos;finish&apos;</translation>
    </message>
    <message>
        <source>These nodes are older than their schema (&apos;finish&apos; has run): replace them with nodes of the version that migrated it</source>
        <translation>这些节点比其架构旧（已运行 &apos;finish&apos;）：请用迁移该架构的版本的节点替换它们</translation>
    </message>
    <message>
        <source>The running Kong version could not be told from the schema</source>
        <translation>无法根据架构推断正在运行的 Kong 版本</translation>
    </message>
    <message>
        <source>schema level: %1</source>
        <translation>架构级别：%1</translation>
    </message>
    <message>
        <source>Pass --from VERSION (the version of the running nodes) to check the upgrade path</source>
        <translation>传入 --from VERSION（正在运行的节点的版本）以检查升级路径</translation>
    </message>
    <message>
        <source>from %1 (given)</source>
        <translation>从 %1（已指定）</translation>
    </message>
    <message>
        <source>from %1 (lowest release matching the schema, level %2; pass --from to override)</source>
        <translation>从 %1（与架构匹配的最低版本，级别 %2；可用 --from 覆盖）</translation>
    </message>
    <message>
        <source>Upgrade path not allowed: %1</source>
        <translation>不允许的升级路径：%1</translation>
    </message>
    <message>
        <source>%1 hops are required to reach %2</source>
        <translation>需要 %1 个步骤才能到达 %2</translation>
    </message>
    <message>
        <source>Upgrade one hop at a time, each with &apos;up&apos; and &apos;finish&apos; (&apos;kong-upgrade path&apos; lists the notes of each)</source>
        <translation>一次升级一个步骤，每步都运行 &apos;up&apos; 和 &apos;finish&apos;（&apos;kong-upgrade path&apos; 会列出每一步的说明）</translation>
    </message>
    <message>
        <source>Major upgrade %1 → %2</source>
        <translation>主版本升级 %1 → %2</translation>
    </message>
    <message>
        <source>Review the breaking changes in Kong&apos;s changelog and UPGRADE.md before upgrading</source>
        <translation>升级前请查阅 Kong 的 changelog 和 UPGRADE.md 中的不兼容变更</translation>
    </message>
    <message>
        <source>schema_meta exists but the connected role cannot see it</source>
        <translation>schema_meta 存在，但所连接的角色看不到它</translation>
    </message>
    <message>
        <source>role %1, schema %2</source>
        <translation>角色 %1，架构 %2</translation>
    </message>
    <message>
        <source>Grant the Kong role privileges on the Kong tables (Kong would report &quot;needs bootstrap&quot;)</source>
        <translation>授予 Kong 角色对 Kong 表的权限（否则 Kong 会报告 &quot;needs bootstrap&quot;）</translation>
    </message>
    <message>
        <source>No Kong schema in this database: this is a bootstrap, not an upgrade</source>
        <translation>此数据库中没有 Kong 架构：这是 bootstrap，而不是升级</translation>
    </message>
    <message>
        <source>no schema_meta table in %1.%2</source>
        <translation>%1.%2 中没有 schema_meta 表</translation>
    </message>
    <message>
        <source>Check pg_database / pg_schema; for a new installation run &apos;kong migrations bootstrap&apos;</source>
        <translation>检查 pg_database / pg_schema；若是新安装，请运行 &apos;kong migrations bootstrap&apos;</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier upgrade were never finished</source>
        <translation>之前升级中待完成的迁移从未完成</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations finish&apos; with the version that ran &apos;up&apos; (once no older node uses the database), then start this upgrade</source>
        <translation>用运行过 &apos;up&apos; 的版本运行 &apos;kong migrations finish&apos;（在没有旧节点使用数据库之后），然后开始本次升级</translation>
    </message>
    <message>
        <source>The schema holds migrations newer than %1</source>
        <translation>架构中包含比 %1 更新的迁移</translation>
    </message>
    <message>
        <source>Pick a target at least as new as the Kong that wrote them (downgrades are not supported)</source>
        <translation>选择至少与写入它们的 Kong 一样新的目标版本（不支持降级）</translation>
    </message>
    <message>
        <source>Enterprise subsystems in schema_meta: the native engine cannot run them</source>
        <translation>schema_meta 中有 Enterprise 子系统：原生引擎无法运行它们</translation>
    </message>
    <message>
        <source>schema_meta rows of subsystems the catalog does not know (custom plugins?)</source>
        <translation>目录不认识的子系统的 schema_meta 行（自定义插件？）</translation>
    </message>
    <message>
        <source>Run the migrations with the target Kong&apos;s own CLI (external executor), with every such plugin installed and listed in &apos;plugins&apos;</source>
        <translation>使用目标 Kong 自带的 CLI（外部执行器）运行迁移，并安装所有此类插件且在 &apos;plugins&apos; 中列出</translation>
    </message>
    <message>
        <source>Migration names the catalog has never heard of</source>
        <translation>目录从未见过的迁移名称</translation>
    </message>
    <message>
        <source>They come from Kong Enterprise, a custom build or a newer Kong; use the target Kong&apos;s own CLI (external executor)</source>
        <translation>它们来自 Kong Enterprise、自定义构建或更新的 Kong；请使用目标 Kong 自带的 CLI（外部执行器）</translation>
    </message>
    <message>
        <source>Plugins in &apos;plugins&apos; whose migrations never ran</source>
        <translation>&apos;plugins&apos; 中迁移从未运行过的插件</translation>
    </message>
    <message>
        <source>no schema_meta row for: %1</source>
        <translation>没有 schema_meta 行：%1</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations up&apos; with exactly this &apos;plugins&apos; setting (KONG_PLUGINS) before starting nodes that enable them</source>
        <translation>在启动启用它们的节点之前，使用完全相同的 &apos;plugins&apos; 设置（KONG_PLUGINS）运行 &apos;kong migrations up&apos;</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than 9.5</source>
        <translation>PostgreSQL %1 低于 9.5</translation>
    </message>
    <message>
        <source>server_version_num = %1; Kong %2 %3</source>
        <translation>server_version_num = %1；Kong %2 %3</translation>
    </message>
    <message>
        <source>refuses to connect (&quot;Kong requires postgres 9.5 or greater&quot;)</source>
        <translation>拒绝连接（&quot;Kong requires postgres 9.5 or greater&quot;）</translation>
    </message>
    <message>
        <source>declares 9.5 as its minimum</source>
        <translation>声明最低版本为 9.5</translation>
    </message>
    <message>
        <source>Upgrade PostgreSQL (12 to 15 are tested for Kong 2.8 and 3.x) before upgrading Kong</source>
        <translation>在升级 Kong 之前先升级 PostgreSQL（Kong 2.8 和 3.x 已在 12 到 15 上测试）</translation>
    </message>
    <message>
        <source>The connected role cannot create objects in the Kong schema</source>
        <translation>所连接的角色无法在 Kong 架构中创建对象</translation>
    </message>
    <message>
        <source>role %1 lacks CREATE on schema %2 (database %3)</source>
        <translation>角色 %1 缺少架构 %2 上的 CREATE 权限（数据库 %3）</translation>
    </message>
    <message>
        <source>GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15+ no longer grants it on public), or connect as the schema&apos;s owner</source>
        <translation>GRANT CREATE ON SCHEMA %1 TO %2（PostgreSQL 15+ 不再在 public 上授予此权限），或以架构所有者身份连接</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1（所有者 %2）</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… 另有 %1 个</translation>
    </message>
    <message>
        <source>The connected role does not own Kong&apos;s tables</source>
        <translation>所连接的角色不拥有 Kong 的表</translation>
    </message>
    <message>
        <source>role %1; not owned: %2</source>
        <translation>角色 %1；不归其所有：%2</translation>
    </message>
    <message>
        <source>Run the migrations as the owner of the tables (or grant its role to the Kong user)</source>
        <translation>以表的所有者身份运行迁移（或将其角色授予 Kong 用户）</translation>
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
    <name>kuw::core::Config</name>
    <message>
        <source>no file at this path</source>
        <translation>此路径下没有文件</translation>
    </message>
    <message>
        <source>Check the path given with -c/--conf.</source>
        <translation>请检查通过 -c/--conf 给出的路径。</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Make the file readable by this user (it holds secrets, so prefer group read over world read).</source>
        <translation>让此用户可以读取该文件（文件包含机密，最好授予组读取权限而不是所有人）。</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;, got &apos;%1&apos;</source>
        <translation>应为 &apos;key = value&apos;，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Fix or comment out this line (comments start with #).</source>
        <translation>请修正或注释掉这一行（注释以 # 开头）。</translation>
    </message>
    <message>
        <source>unknown key (kept; check for a typo)</source>
        <translation>未知的键（已保留；请检查是否有拼写错误）</translation>
    </message>
    <message>
        <source>expected on/off or true/false, got &apos;%1&apos;</source>
        <translation>应为 on/off 或 true/false，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Kong would silently read &apos;%1&apos; as off; write on or off.</source>
        <translation>Kong 会静默地把 &apos;%1&apos; 读作 off；请写 on 或 off。</translation>
    </message>
    <message>
        <source>expected a whole number, got &apos;%1&apos;</source>
        <translation>应为整数，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write a non-negative integer.</source>
        <translation>请填写非负整数。</translation>
    </message>
    <message>
        <source>port %1 is outside 1–65535</source>
        <translation>端口 %1 超出 1–65535 范围</translation>
    </message>
    <message>
        <source>Use the port PostgreSQL listens on (usually 5432).</source>
        <translation>请使用 PostgreSQL 监听的端口（通常为 5432）。</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos;</source>
        <translation>无效的值 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Connection</name>
    <message>
        <source>This configuration uses a Cassandra datastore (database = cassandra).</source>
        <translation>此配置使用 Cassandra 数据存储（database = cassandra）。</translation>
    </message>
    <message>
        <source>Cassandra datastores are upgraded through the export/import path (new keyspace, kong config db_export / db_import).</source>
        <translation>Cassandra 数据存储通过导出/导入方式升级（新的 keyspace，kong config db_export / db_import）。</translation>
    </message>
    <message>
        <source>DB-less mode has no datastore to migrate (database = off).</source>
        <translation>DB-less 模式没有需要迁移的数据存储（database = off）。</translation>
    </message>
    <message>
        <source>Upgrade DB-less nodes by rolling them to the new version with their declarative configuration.</source>
        <translation>升级 DB-less 节点的方法是带着其声明式配置将其逐步切换到新版本。</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>无法创建临时 CA 证书包。</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate：无法读取 %1</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>请修正路径或文件权限。</translation>
    </message>
    <message>
        <source>libpq could not allocate a connection.</source>
        <translation>libpq 无法分配连接。</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>连接尝试已取消。</translation>
    </message>
    <message>
        <source>Authentication failed for user &quot;%1&quot; at %2.</source>
        <translation>用户 &quot;%1&quot; 在 %2 上认证失败。</translation>
    </message>
    <message>
        <source>Check pg_user and pg_password (or KONG_PG_PASSWORD).</source>
        <translation>请检查 pg_user 和 pg_password（或 KONG_PG_PASSWORD）。</translation>
    </message>
    <message>
        <source>The server does not allow user &quot;%1&quot; to connect from this host (%2).</source>
        <translation>服务器不允许用户 &quot;%1&quot; 从此主机连接（%2）。</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry for this host, user and database.</source>
        <translation>请 DBA 为此主机、用户和数据库添加一条 pg_hba.conf 条目。</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry, or try pg_ssl = on if the entry is &apos;hostssl&apos;.</source>
        <translation>请 DBA 添加一条 pg_hba.conf 条目；如果该条目是 &apos;hostssl&apos;，请尝试 pg_ssl = on。</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; does not exist on %2.</source>
        <translation>数据库 &quot;%1&quot; 在 %2 上不存在。</translation>
    </message>
    <message>
        <source>Create it (CREATE DATABASE %1 OWNER %2;) or fix pg_database.</source>
        <translation>请创建它（CREATE DATABASE %1 OWNER %2;）或修正 pg_database。</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; does not exist on %2.</source>
        <translation>角色 &quot;%1&quot; 在 %2 上不存在。</translation>
    </message>
    <message>
        <source>Create the role or fix pg_user.</source>
        <translation>请创建该角色或修正 pg_user。</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>与 %1 的 TLS 失败：%2</translation>
    </message>
    <message>
        <source>Check pg_ssl_verify and lua_ssl_trusted_certificate (the CA that signed the server certificate).</source>
        <translation>请检查 pg_ssl_verify 和 lua_ssl_trusted_certificate（签发服务器证书的 CA）。</translation>
    </message>
    <message>
        <source>The server requires TLS: set pg_ssl = on.</source>
        <translation>服务器要求 TLS：请设置 pg_ssl = on。</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>%1 拒绝连接：那里没有服务在监听。</translation>
    </message>
    <message>
        <source>Check that PostgreSQL runs and listens on this address (listen_addresses, port), and pg_host/pg_port.</source>
        <translation>请检查 PostgreSQL 是否在运行并监听此地址（listen_addresses、port），以及 pg_host/pg_port。</translation>
    </message>
    <message>
        <source>Host %1 is unreachable.</source>
        <translation>主机 %1 不可达。</translation>
    </message>
    <message>
        <source>Check pg_host (name resolution, network route, firewall).</source>
        <translation>请检查 pg_host（名称解析、网络路由、防火墙）。</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms.</source>
        <translation>连接 %1 在 %2 毫秒后超时。</translation>
    </message>
    <message>
        <source>Check the network path and firewall, or raise pg_timeout / --db-timeout.</source>
        <translation>请检查网络路径和防火墙，或增大 pg_timeout / --db-timeout。</translation>
    </message>
    <message>
        <source>Permission denied connecting to %1.</source>
        <translation>连接 %1 时权限被拒绝。</translation>
    </message>
    <message>
        <source>Grant CONNECT on the database to %1.</source>
        <translation>请授予 %1 对该数据库的 CONNECT 权限。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Check the datastore settings in kong.conf.</source>
        <translation>请检查 kong.conf 中的数据存储设置。</translation>
    </message>
    <message>
        <source>Grant the privilege to the Kong role, or run as the schema owner.</source>
        <translation>请将该权限授予 Kong 角色，或以架构所有者身份运行。</translation>
    </message>
    <message>
        <source>The statement was cancelled (by the user or statement_timeout / --db-timeout).</source>
        <translation>语句已被取消（由用户或 statement_timeout / --db-timeout 引起）。</translation>
    </message>
    <message>
        <source>Another session holds a conflicting lock; retry when the datastore is quieter.</source>
        <translation>另一个会话持有冲突的锁；请在数据存储较空闲时重试。</translation>
    </message>
    <message>
        <source>The connection to the datastore was lost; check the server and re-run (completed steps are kept).</source>
        <translation>与数据存储的连接已断开；请检查服务器后重新运行（已完成的步骤会保留）。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Cutover</name>
    <message>
        <source>Unknown checkpoint &quot;%1&quot; for a %2 deployment</source>
        <translation>%2 部署中未知的检查点 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; cannot pass before &quot;%2&quot;</source>
        <translation>检查点 &quot;%1&quot; 不能在 &quot;%2&quot; 之前通过</translation>
    </message>
    <message>
        <source>Complete the checkpoints in order.</source>
        <translation>请按顺序完成检查点。</translation>
    </message>
    <message>
        <source>Every traffic stage is already confirmed</source>
        <translation>所有流量阶段均已确认</translation>
    </message>
    <message>
        <source>A %1 deployment has no traffic stages</source>
        <translation>%1 部署没有流量阶段</translation>
    </message>
    <message>
        <source>Traffic cannot move before &quot;%1&quot;</source>
        <translation>在 &quot;%1&quot; 之前不能切换流量</translation>
    </message>
    <message>
        <source>Verify the new nodes first.</source>
        <translation>请先验证新节点。</translation>
    </message>
    <message>
        <source>Traffic stages: &quot;%1&quot; is not a percentage from 1 to 100</source>
        <translation>流量阶段：&quot;%1&quot; 不是 1 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>Write the stages as percentages, e.g. 10, 50, 100.</source>
        <translation>请以百分比填写各阶段，例如 10, 50, 100。</translation>
    </message>
    <message>
        <source>Traffic stages: %1 does not follow %2</source>
        <translation>流量阶段：%1 不能跟在 %2 之后</translation>
    </message>
    <message>
        <source>Each stage must move more traffic than the one before, e.g. 10, 50, 100.</source>
        <translation>每个阶段切换的流量都必须多于前一个阶段，例如 10, 50, 100。</translation>
    </message>
    <message>
        <source>Traffic stages must end at 100 %</source>
        <translation>流量阶段必须以 100 % 结束</translation>
    </message>
    <message>
        <source>Add 100 as the last stage: all traffic on the new cluster before finish.</source>
        <translation>将 100 添加为最后一个阶段：在 finish 之前所有流量都在新集群上。</translation>
    </message>
    <message>
        <source>Helm releases, line %1</source>
        <translation>Helm release，第 %1 行</translation>
    </message>
    <message>
        <source>release name &quot;%1&quot; is not valid</source>
        <translation>release 名称 &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>Use the name `helm list` shows (lowercase letters, digits, &apos;-&apos;, at most 53).</source>
        <translation>请使用 `helm list` 显示的名称（小写字母、数字、&apos;-&apos;，最多 53 个字符）。</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not valid</source>
        <translation>命名空间 &quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>Write namespace/release, e.g. kong/kong-proxy.</source>
        <translation>请写成 namespace/release，例如 kong/kong-proxy。</translation>
    </message>
    <message>
        <source>release &quot;%1&quot; is listed twice</source>
        <translation>release &quot;%1&quot; 被列出了两次</translation>
    </message>
    <message>
        <source>List each release once, in the order to upgrade.</source>
        <translation>每个 release 只列一次，按升级顺序排列。</translation>
    </message>
    <message>
        <source>Helm releases</source>
        <translation>Helm release</translation>
    </message>
    <message>
        <source>no release given</source>
        <translation>未给出 release</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore, one per line.</source>
        <translation>请列出共享此数据存储的 Kong chart 的 release，每行一个。</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore.</source>
        <translation>请列出共享此数据存储的 Kong chart 的 release。</translation>
    </message>
    <message>
        <source>Helm image tag</source>
        <translation>Helm 镜像标签</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot; 不是有效的镜像标签</translation>
    </message>
    <message>
        <source>Use the target Kong version, e.g. 2.5.</source>
        <translation>请使用目标 Kong 版本，例如 2.5。</translation>
    </message>
    <message>
        <source>Helm image repository</source>
        <translation>Helm 镜像仓库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; 无效</translation>
    </message>
    <message>
        <source>e.g. kong or kong/kong-gateway.</source>
        <translation>例如 kong 或 kong/kong-gateway。</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm chart</translation>
    </message>
    <message>
        <source>e.g. kong/kong.</source>
        <translation>例如 kong/kong。</translation>
    </message>
    <message>
        <source>GET / failed: %1 %2</source>
        <translation>GET / 失败：%1 %2</translation>
    </message>
    <message>
        <source>The node reports version &quot;%1&quot;, which is not a Kong version.</source>
        <translation>节点报告的版本 &quot;%1&quot; 不是 Kong 版本。</translation>
    </message>
    <message>
        <source>Version %1, but the %2 cluster must run %3.x: %4</source>
        <translation>版本为 %1，但 %2 集群必须运行 %3.x：%4</translation>
    </message>
    <message>
        <source>start the new nodes with the target Kong release.</source>
        <translation>请用目标 Kong 版本启动新节点。</translation>
    </message>
    <message>
        <source>this URL is not an old node; check the list.</source>
        <translation>此 URL 不是旧节点；请检查列表。</translation>
    </message>
    <message>
        <source>Role %1, expected %2: list the %3 here.</source>
        <translation>角色为 %1，应为 %2：请在此列出 %3。</translation>
    </message>
    <message>
        <source>Control Plane Admin APIs</source>
        <translation>Control Plane 的 Admin API</translation>
    </message>
    <message>
        <source>traditional nodes&apos; Admin APIs</source>
        <translation>传统节点的 Admin API</translation>
    </message>
    <message>
        <source>database = %1: the new nodes must use PostgreSQL (the same datastore).</source>
        <translation>database = %1：新节点必须使用 PostgreSQL（同一个数据存储）。</translation>
    </message>
    <message>
        <source>pg_database = %1, but the datastore being upgraded is %2: point the new nodes at the same database.</source>
        <translation>pg_database = %1，但正在升级的数据存储是 %2：请让新节点指向同一个数据库。</translation>
    </message>
    <message>
        <source>The node connects to %1:%2, the wizard to %3:%4: make sure that is the same server.</source>
        <translation>节点连接到 %1:%2，向导连接到 %3:%4：请确认它们是同一台服务器。</translation>
    </message>
    <message>
        <source>GET /status was not asked.</source>
        <translation>未查询 GET /status。</translation>
    </message>
    <message>
        <source>GET /status failed: %1 %2</source>
        <translation>GET /status 失败：%1 %2</translation>
    </message>
    <message>
        <source>/status says the database is not reachable from this node: check its pg_* settings and the network to PostgreSQL.</source>
        <translation>/status 显示此节点无法访问数据库：请检查其 pg_* 设置以及到 PostgreSQL 的网络。</translation>
    </message>
    <message>
        <source>GET /clustering/data-planes failed: %1 %2</source>
        <translation>GET /clustering/data-planes 失败：%1 %2</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet: start Data Planes of the target version with cluster_control_plane pointing at it.</source>
        <translation>尚无 Data Plane 连接到新的 Control Plane：请启动目标版本的 Data Plane，并将 cluster_control_plane 指向它。</translation>
    </message>
    <message>
        <source>Data Plane %1 runs %2: upgrade it to %3.%4.x.</source>
        <translation>Data Plane %1 运行的是 %2：请升级到 %3.%4.x。</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>未知版本</translation>
    </message>
</context>
<context>
    <name>kuw::core::Declarative</name>
    <message>
        <source>The target is not a bootstrapped Kong 2.x datastore (no default workspace).</source>
        <translation>目标不是已 bootstrap 的 Kong 2.x 数据存储（没有 default 工作区）。</translation>
    </message>
    <message>
        <source>Bootstrap it first: kong-upgrade migrations bootstrap</source>
        <translation>请先 bootstrap：kong-upgrade migrations bootstrap</translation>
    </message>
    <message>
        <source>The target datastore already holds entities (%1).</source>
        <translation>目标数据存储中已有实体（%1）。</translation>
    </message>
    <message>
        <source>Import into a freshly bootstrapped datastore (a new database or schema).</source>
        <translation>请导入到刚 bootstrap 的数据存储（新的数据库或架构）。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>Importer without a connection</source>
        <translation>导入器没有连接</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the import.</source>
        <translation>无法为导入创建临时目录。</translation>
    </message>
    <message>
        <source>Kong does not import %1 (db_export leaves it out)</source>
        <translation>Kong 不导入 %1（db_export 也不导出它）</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;</source>
        <translation>未知的顶层键 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown entity type &apos;%1&apos; (not a Kong 2.5 entity or bundled plugin entity)</source>
        <translation>未知的实体类型 &apos;%1&apos;（既不是 Kong 2.5 实体，也不是内置插件的实体）</translation>
    </message>
    <message>
        <source>_format_version &apos;%1&apos; is not one Kong 2.5 reads (&quot;1.1&quot; or &quot;2.1&quot;); the file comes from a different Kong version or tool. Export it with Kong 2.x (kong config db_export) or convert it (deck convert).</source>
        <translation>_format_version &apos;%1&apos; 不是 Kong 2.5 能读取的版本（&quot;1.1&quot; 或 &quot;2.1&quot;）；该文件来自其他 Kong 版本或工具。请用 Kong 2.x 导出（kong config db_export）或进行转换（deck convert）。</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>应为布尔值</translation>
    </message>
    <message>
        <source>expected a list of entities</source>
        <translation>应为实体列表</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>missing _format_version (Kong&apos;s exports start with _format_version: &quot;2.1&quot;)</source>
        <translation>缺少 _format_version（Kong 的导出以 _format_version: &quot;2.1&quot; 开头）</translation>
    </message>
    <message>
        <source>%1 is not a valid declarative configuration: %2</source>
        <translation>%1 不是有效的声明式配置：%2</translation>
    </message>
    <message>
        <source>Fix the file at the positions listed (a file cut short by a failed copy must be exported again). Nothing was written.</source>
        <translation>请在列出的位置修正文件（因复制失败而被截断的文件必须重新导出）。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the spool file %1.</source>
        <translation>无法读取缓冲文件 %1。</translation>
    </message>
    <message>
        <source>cannot write the spool file %1</source>
        <translation>无法写入缓冲文件 %1</translation>
    </message>
    <message>
        <source>a value (not shown: secret)</source>
        <translation>一个值（机密，不显示）</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>the id (UUID) of a %1 entity</source>
        <translation>%1 实体的 id（UUID）</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a timestamp (seconds since the epoch)</source>
        <translation>时间戳（自纪元起的秒数）</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>a list of UUIDs</source>
        <translation>UUID 列表</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list of mappings</source>
        <translation>映射列表</translation>
    </message>
    <message>
        <source>expected a mapping (one entity), got a %1</source>
        <translation>应为映射（一个实体），实际为 %1</translation>
    </message>
    <message>
        <source>nested %1 must be a list</source>
        <translation>嵌套的 %1 必须是列表</translation>
    </message>
    <message>
        <source>unknown field (Kong 2.5&apos;s %1 schema has no such field)</source>
        <translation>未知字段（Kong 2.5 的 %1 架构中没有此字段）</translation>
    </message>
    <message>
        <source>conflicts with the enclosing %1 (%2)</source>
        <translation>与外层的 %1（%2）冲突</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>at least one of these fields must be non-empty: &apos;custom_id&apos;, &apos;username&apos;</source>
        <translation>以下字段至少有一个不能为空：&apos;custom_id&apos;、&apos;username&apos;</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>不是 PEM 证书</translation>
    </message>
    <message>
        <source>hashing client secrets on import is not supported; import the hashed secret with &apos;_transform: false&apos; (as db_export writes it)</source>
        <translation>不支持在导入时对客户端密钥进行哈希；请用 &apos;_transform: false&apos; 导入已哈希的密钥（与 db_export 的输出一致）</translation>
    </message>
    <message>
        <source>duplicate primary key &apos;%1&apos; (first at line %2)</source>
        <translation>主键 &apos;%1&apos; 重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>duplicate value %1 of a unique field (first at line %2)</source>
        <translation>唯一字段的值 %1 重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>(not shown: secret)</source>
        <translation>（机密，不显示）</translation>
    </message>
    <message>
        <source>references %1 &apos;%2&apos;, which is not in the file</source>
        <translation>引用了文件中不存在的 %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>导入已取消。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Migrations</name>
    <message>
        <source>Unknown teardown function %1</source>
        <translation>未知的清理函数 %1</translation>
    </message>
    <message>
        <source>Database already bootstrapped</source>
        <translation>数据库已 bootstrap</translation>
    </message>
    <message>
        <source>Another node bootstrapped it meanwhile.</source>
        <translation>另一个节点已在此期间完成了 bootstrap。</translation>
    </message>
    <message>
        <source>failed to run migration &apos;%1&apos; %2: %3</source>
        <translation>运行迁移 &apos;%1&apos; %2 失败：%3</translation>
    </message>
    <message>
        <source>Database not bootstrapped, nothing to reset</source>
        <translation>数据库尚未 bootstrap，无需重置</translation>
    </message>
    <message>
        <source>unknown holder</source>
        <translation>未知持有者</translation>
    </message>
    <message>
        <source>%1 (expires in %2 s)</source>
        <translation>%1（%2 秒后过期）</translation>
    </message>
    <message>
        <source>aborted: another node is performing database changes</source>
        <translation>已中止：另一个节点正在更改数据库</translation>
    </message>
    <message>
        <source>Wait for it to finish (holder: %1), or, if no migration is running, wait for the lock to expire.</source>
        <translation>请等待其完成（持有者：%1）；如果没有迁移在运行，请等待锁过期。</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the migration lock</source>
        <translation>等待迁移锁 %1 秒后超时</translation>
    </message>
    <message>
        <source>Another node holds it: %1. Retry later or raise --lock-timeout.</source>
        <translation>另一个节点持有它：%1。请稍后重试或增大 --lock-timeout。</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the migration lock.</source>
        <translation>在等待迁移锁时已取消。</translation>
    </message>
    <message>
        <source>Connection lost; the migration lock expires by itself after %1 s</source>
        <translation>连接已断开；迁移锁会在 %1 秒后自动过期</translation>
    </message>
    <message>
        <source>The datastore records migrations this tool&apos;s catalog does not know: %1</source>
        <translation>数据存储中记录了本工具目录不认识的迁移：%1</translation>
    </message>
    <message>
        <source>These come from Kong Enterprise, custom plugins or a newer Kong. Run this upgrade with the external executor (the real &apos;kong migrations&apos; CLI of the target version).</source>
        <translation>它们来自 Kong Enterprise、自定义插件或更新的 Kong。请使用外部执行器（目标版本真正的 &apos;kong migrations&apos; CLI）运行本次升级。</translation>
    </message>
    <message>
        <source>The datastore is newer than the target Kong %1: %2</source>
        <translation>数据存储比目标 Kong %1 更新：%2</translation>
    </message>
    <message>
        <source>Choose a newer target version; Kong migrations never go backwards.</source>
        <translation>请选择更新的目标版本；Kong 的迁移永远不会回退。</translation>
    </message>
    <message>
        <source>Use &apos;migrations up&apos; to apply new migrations, or &apos;bootstrap --force&apos; to reset and bootstrap again (destroys all data).</source>
        <translation>使用 &apos;migrations up&apos; 应用新迁移，或使用 &apos;bootstrap --force&apos; 重置并重新 bootstrap（会销毁所有数据）。</translation>
    </message>
    <message>
        <source>Cannot run migrations: </source>
        <translation>无法运行迁移：</translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; for a new installation.</source>
        <translation>若是新安装，请运行 &apos;migrations bootstrap&apos;。</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos;</source>
        <translation>数据库有待完成的迁移；请运行 &apos;kong migrations finish&apos;</translation>
    </message>
    <message>
        <source>--force never re-runs migrations (Kong&apos;s re-runs are not idempotent): run &apos;migrations finish&apos; first.</source>
        <translation>--force 绝不会重新运行迁移（Kong 的重新运行不是幂等的）：请先运行 &apos;migrations finish&apos;。</translation>
    </message>
    <message>
        <source>Run &apos;migrations finish&apos; once the old cluster no longer uses the datastore.</source>
        <translation>在旧集群不再使用数据存储后运行 &apos;migrations finish&apos;。</translation>
    </message>
    <message>
        <source>Continuing an interrupted &apos;up&apos;: the pending migrations all precede the new ones, so this completes the same upgrade (Kong itself would refuse).</source>
        <translation>继续被中断的 &apos;up&apos;：待完成的迁移都排在新迁移之前，因此这会完成同一次升级（Kong 本身会拒绝）。</translation>
    </message>
    <message>
        <source>Cannot run migrations: database needs bootstrapping</source>
        <translation>无法运行迁移：数据库需要 bootstrap</translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; first.</source>
        <translation>请先运行 &apos;migrations bootstrap&apos;。</translation>
    </message>
    <message>
        <source>New migrations available; run &apos;kong migrations up&apos; to proceed</source>
        <translation>有新的迁移可用；运行 &apos;kong migrations up&apos; 以继续</translation>
    </message>
    <message>
        <source>Plugins without catalog entries are skipped: %1</source>
        <translation>跳过没有目录条目的插件：%1</translation>
    </message>
    <message>
        <source>Plan: %1 to Kong %2, %3 step(s)
</source>
        <translation>计划：%1 到 Kong %2，共 %3 步
</translation>
    </message>
    <message>
        <source>  0. create schema_meta and locks (Kong&apos;s bookkeeping tables)
</source>
        <translation>  0. 创建 schema_meta 和 locks（Kong 的簿记表）
</translation>
    </message>
    <message>
        <source>       locks: %1; ~%2 rows%3%4
</source>
        <translation>       锁：%1；约 %2 行%3%4
</translation>
    </message>
    <message>
        <source>; builds an index</source>
        <translation>；构建索引</translation>
    </message>
    <message>
        <source>; rewrites rows</source>
        <translation>；重写行</translation>
    </message>
    <message>
        <source>  %1 migration(s) will be left pending until &apos;finish&apos;.
</source>
        <translation>  %1 个迁移将保持待完成状态，直到 &apos;finish&apos;。
</translation>
    </message>
    <message>
        <source>  Note: %1
</source>
        <translation>  注意：%1
</translation>
    </message>
    <message>
        <source>Database needs bootstrapping or is older than Kong 1.0.

To start a new installation from scratch, run &apos;kong migrations bootstrap&apos;.

To migrate from a version older than 1.0, migrate to Kong 1.5.0 first. 
If you still have &apos;apis&apos; entities, you can convert them to Routes and Services
using the &apos;kong migrations migrate-apis&apos; command in Kong 1.5.0.
</source>
        <translation>数据库需要 bootstrap，或早于 Kong 1.0。

若要从头开始新的安装，请运行 &apos;kong migrations bootstrap&apos;。

若要从早于 1.0 的版本迁移，请先迁移到 Kong 1.5.0。
如果仍有 &apos;apis&apos; 实体，可以使用 Kong 1.5.0 中的
&apos;kong migrations migrate-apis&apos; 命令将其转换为 Routes 和 Services。
</translation>
    </message>
    <message>
        <source>Database has pending migrations from a previous upgrade, and new migrations from this upgrade (version %1)</source>
        <translation>数据库既有之前升级中待完成的迁移，也有本次升级的新迁移（版本 %1）</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos; when ready</source>
        <translation>数据库有待完成的迁移；准备就绪后请运行 &apos;kong migrations finish&apos;</translation>
    </message>
    <message>
        <source>Database is up-to-date</source>
        <translation>数据库已是最新</translation>
    </message>
    <message>
        <source>Cannot read schema_meta before running Kong: </source>
        <translation>运行 Kong 之前无法读取 schema_meta：</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <source>Install Kong or set the command prefix.</source>
        <translation>请安装 Kong 或设置命令前缀。</translation>
    </message>
    <message>
        <source>Install %1 or fix the command prefix.</source>
        <translation>请安装 %1 或修正命令前缀。</translation>
    </message>
    <message>
        <source>Cannot read schema_meta after running Kong: </source>
        <translation>运行 Kong 之后无法读取 schema_meta：</translation>
    </message>
    <message>
        <source>%1 was cancelled and stopped</source>
        <translation>%1 已被取消并停止</translation>
    </message>
    <message>
        <source>Check the state with &apos;kong migrations list&apos;; a lock Kong left behind expires after --lock-timeout.</source>
        <translation>请用 &apos;kong migrations list&apos; 检查状态；Kong 遗留的锁会在 --lock-timeout 后过期。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 未在 %2 秒内完成，已被停止</translation>
    </message>
    <message>
        <source>Raise the timeout for long migrations; check the state with &apos;kong migrations list&apos; first.</source>
        <translation>请为耗时的迁移增大超时时间；先用 &apos;kong migrations list&apos; 检查状态。</translation>
    </message>
    <message>
        <source>Check the output above and the state with &apos;kong migrations list&apos;.</source>
        <translation>请检查上面的输出，并用 &apos;kong migrations list&apos; 检查状态。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Parallel</name>
    <message>
        <source>The new datastore already holds a Kong schema of another version.</source>
        <translation>新数据存储中已有另一个版本的 Kong 模式。</translation>
    </message>
    <message>
        <source>Choose an empty database or schema for the new cluster.</source>
        <translation>请为新集群选择一个空的数据库或模式。</translation>
    </message>
    <message>
        <source>The new datastore is already bootstrapped at Kong %1.</source>
        <translation>新数据存储已在 Kong %1 上 bootstrap。</translation>
    </message>
    <message>
        <source>Bootstrapping the new datastore at Kong %1…</source>
        <translation>正在以 Kong %1 bootstrap 新数据存储…</translation>
    </message>
    <message>
        <source>Bootstrap cancelled.</source>
        <translation>bootstrap 已取消。</translation>
    </message>
    <message>
        <source>The old datastore predates Kong 2.5&apos;s schema, which the native export reads.</source>
        <translation>旧数据存储早于原生导出所读取的 Kong 2.5 模式。</translation>
    </message>
    <message>
        <source>Export it with the old Kong itself (%1 on an old node) and import that file instead.</source>
        <translation>请用旧版 Kong 本身导出（在旧节点上执行 %1），然后改为导入该文件。</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>缺少的列：%1</translation>
    </message>
    <message>
        <source>Exporting the old datastore to %1…</source>
        <translation>正在将旧数据存储导出到 %1…</translation>
    </message>
    <message>
        <source>Exported %1 entities.</source>
        <translation>已导出 %1 个实体。</translation>
    </message>
    <message>
        <source>Importing %1 into the new datastore…</source>
        <translation>正在将 %1 导入新数据存储…</translation>
    </message>
    <message>
        <source>Imported %1 entities in one transaction.</source>
        <translation>已在一个事务中导入 %1 个实体。</translation>
    </message>
    <message>
        <source>Counting every entity type on both sides…</source>
        <translation>正在统计两侧的每种实体类型…</translation>
    </message>
    <message>
        <source>%1 entity types compared, %2 with different counts.</source>
        <translation>比较了 %1 种实体类型，其中 %2 种数量不同。</translation>
    </message>
    <message>
        <source>No new datastore was chosen yet: continue with it.</source>
        <translation>尚未选择新的数据存储：请从选择开始继续。</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore yet: run the transfer.</source>
        <translation>新数据存储中尚未导入任何内容：请运行传输。</translation>
    </message>
    <message>
        <source>The new datastore holds no Kong schema any more: run the transfer again.</source>
        <translation>新数据存储中已没有 Kong 架构：请再次运行传输。</translation>
    </message>
    <message>
        <source>The old datastore&apos;s decommissioning was confirmed.</source>
        <translation>已确认停用旧数据存储。</translation>
    </message>
    <message>
        <source>The changes since the export were compared: decommission the old datastore.</source>
        <translation>已比较导出以来的更改：请停用旧数据存储。</translation>
    </message>
    <message>
        <source>Every cutover checkpoint passed: compare the changes made since the export.</source>
        <translation>所有切换检查点均已通过：请比较导出以来的更改。</translation>
    </message>
    <message>
        <source>The transfer is done: continue the cutover to the new cluster on the new datastore.</source>
        <translation>传输已完成：请继续切换到使用新数据存储的新集群。</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore: run the transfer again when ready.</source>
        <translation>新数据存储中未导入任何内容：准备好后请再次运行传输。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Paths</name>
    <message>
        <source>the upgrade-path rules loop at %1</source>
        <translation>升级路径规则在 %1 处形成循环</translation>
    </message>
    <message>
        <source>%1 is not older than %2: nothing to upgrade (downgrades are not supported)</source>
        <translation>%1 并不比 %2 旧：无需升级（不支持降级）</translation>
    </message>
    <message>
        <source>pick a newer target version</source>
        <translation>请选择更新的目标版本</translation>
    </message>
    <message>
        <source>no known %1 upgrade path to %2</source>
        <translation>没有已知的到 %2 的 %1 升级路径</translation>
    </message>
    <message>
        <source>check the target version and edition (--edition oss|enterprise)</source>
        <translation>请检查目标版本和版本类型（--edition oss|enterprise）</translation>
    </message>
    <message>
        <source>%1 upgrade from %2 to %3 is not allowed: the lowest documented source is %4</source>
        <translation>不允许从 %2 到 %3 的 %1 升级：有文档记载的最低源版本是 %4</translation>
    </message>
    <message>
        <source>no documented path; ask Kong support for a migration plan</source>
        <translation>没有文档记载的路径；请向 Kong 支持咨询迁移方案</translation>
    </message>
    <message>
        <source>both versions are required</source>
        <translation>两个版本都是必需的</translation>
    </message>
    <message>
        <source>give versions such as 2.1.4 or 2.4.1.0</source>
        <translation>请给出版本，例如 2.1.4 或 2.4.1.0</translation>
    </message>
</context>
<context>
    <name>kuw::core::Session</name>
    <message>
        <source>Cannot create the journal directory %1</source>
        <translation>无法创建日志目录 %1</translation>
    </message>
    <message>
        <source>Check permissions of the application data directory.</source>
        <translation>请检查应用数据目录的权限。</translation>
    </message>
    <message>
        <source>%1: not an upgrade journal (no id)</source>
        <translation>%1：不是升级日志（没有 id）</translation>
    </message>
    <message>
        <source>The journal is damaged; start a new session (the datastore state is re-checked anyway).</source>
        <translation>日志已损坏；请开始新会话（数据存储状态无论如何都会重新检查）。</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>无法写入日志 %1：%2</translation>
    </message>
    <message>
        <source>The database holds no Kong schema: start from the version page.</source>
        <translation>数据库中没有 Kong 架构：请从版本页面开始。</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>数据存储已处于 Kong %1 级别。</translation>
    </message>
    <message>
        <source>&apos;up&apos; has run; %1 pending migration(s) wait for &apos;finish&apos;.</source>
        <translation>&apos;up&apos; 已运行；%1 个待完成的迁移正在等待 &apos;finish&apos;。</translation>
    </message>
    <message>
        <source>A fresh install is re-planned from the version page.</source>
        <translation>全新安装将从版本页面重新规划。</translation>
    </message>
    <message>
        <source>&apos;up&apos; was interrupted: the migrations already committed are kept; run &apos;up&apos; again for the rest.</source>
        <translation>&apos;up&apos; 被中断：已提交的迁移会保留；请再次运行 &apos;up&apos; 完成其余部分。</translation>
    </message>
    <message>
        <source>Nothing has changed the datastore yet: the checks run again before any change.</source>
        <translation>数据存储尚未被更改：任何更改之前都会重新运行检查。</translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions of the journal&apos;s folder; until then this session cannot be resumed after a crash.</source>
        <translation>请释放磁盘空间或修正日志文件夹的权限；在此之前，崩溃后无法恢复此会话。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Snapshot</name>
    <message>
        <source>Install postgresql-client-%1 (apt-get install postgresql-client-%1) or set PG_BINDIR to a directory holding pg_dump and pg_restore %1 or newer.</source>
        <translation>请安装 postgresql-client-%1（apt-get install postgresql-client-%1），或将 PG_BINDIR 设为包含 pg_dump 和 pg_restore %1 或更新版本的目录。</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore were not found in %1.</source>
        <translation>在 %1 中找不到 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
        <source>%1 --version failed.</source>
        <translation>%1 --version 失败。</translation>
    </message>
    <message>
        <source>Unrecognised pg_dump version: %1</source>
        <translation>无法识别的 pg_dump 版本：%1</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>Check the user and password of the connection.</source>
        <translation>请检查连接的用户名和密码。</translation>
    </message>
    <message>
        <source>Run with a role that owns the Kong schema (or a superuser).</source>
        <translation>请使用拥有 Kong 架构的角色（或超级用户）运行。</translation>
    </message>
    <message>
        <source>Install a pg_dump at least as new as the server (postgresql-client-&lt;N&gt;).</source>
        <translation>请安装至少与服务器一样新的 pg_dump（postgresql-client-&lt;N&gt;）。</translation>
    </message>
    <message>
        <source>Check that the server is reachable from this machine.</source>
        <translation>请检查从本机能否访问服务器。</translation>
    </message>
    <message>
        <source>Free disk space or choose another snapshot directory.</source>
        <translation>请释放磁盘空间或选择其他快照目录。</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore are not installed.</source>
        <translation>未安装 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
        <source>pg_dump %1 (%2) is older than the PostgreSQL %3 server; it cannot make a reliable backup.</source>
        <translation>pg_dump %1（%2）比 PostgreSQL %3 服务器旧；无法生成可靠的备份。</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>无法创建临时 CA 证书包。</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate：无法读取 %1</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>请修正路径或文件权限。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>Check the PostgreSQL client installation (or PG_BINDIR).</source>
        <translation>请检查 PostgreSQL 客户端的安装（或 PG_BINDIR）。</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s.</source>
        <translation>%1 耗时超过 %2 秒。</translation>
    </message>
    <message>
        <source>Allow more time, or check the server&apos;s load.</source>
        <translation>请留出更多时间，或检查服务器负载。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 崩溃了。</translation>
    </message>
    <message>
        <source>Rehearsal cancelled.</source>
        <translation>演练已取消。</translation>
    </message>
    <message>
        <source>Nothing in production was changed; rehearse again when ready.</source>
        <translation>生产环境未做任何更改；准备好后请再次演练。</translation>
    </message>
    <message>
        <source>If production runs a newer PostgreSQL (%1) than this machine&apos;s server, install that version&apos;s server package, or rehearse in a scratch database on the production server.</source>
        <translation>如果生产环境运行的 PostgreSQL（%1）比本机服务器更新，请安装该版本的服务器软件包，或在生产服务器上的临时数据库中演练。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s datastore is not bootstrapped: nothing to rehearse.</source>
        <translation>快照中的数据存储尚未 bootstrap：没有可演练的内容。</translation>
    </message>
    <message>
        <source>The snapshot %1 has no schema_meta table (%2 entries): it is not a Kong datastore backup.</source>
        <translation>快照 %1 没有 schema_meta 表（%2 个条目）：它不是 Kong 数据存储的备份。</translation>
    </message>
    <message>
        <source>Take a new snapshot of the Kong database (check pg_schema).</source>
        <translation>请重新为 Kong 数据库创建快照（检查 pg_schema）。</translation>
    </message>
    <message>
        <source>Cannot create the snapshot directory %1.</source>
        <translation>无法创建快照目录 %1。</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>请选择可写的目录。</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not exist.</source>
        <translation>快照文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose an existing snapshot file.</source>
        <translation>请选择现有的快照文件。</translation>
    </message>
    <message>
        <source>The file is damaged or from a newer pg_dump: take a new snapshot, or install a newer postgresql-client.</source>
        <translation>文件已损坏或来自更新的 pg_dump：请重新创建快照，或安装更新的 postgresql-client。</translation>
    </message>
    <message>
        <source>Schema &quot;%1&quot; of %2 holds no Kong datastore (no schema_meta table).</source>
        <translation>%2 的架构 &quot;%1&quot; 中没有 Kong 数据存储（没有 schema_meta 表）。</translation>
    </message>
    <message>
        <source>Check pg_database and pg_schema; bootstrap first if this is a new install.</source>
        <translation>请检查 pg_database 和 pg_schema；如果是新安装，请先 bootstrap。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Choose a writable snapshot directory.</source>
        <translation>请选择可写的快照目录。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <source>The Kong schema of database %1 is now empty: keep Kong stopped, fix the cause and restore again from %2 (the file is unchanged), or restore into a new database.</source>
        <translation>数据库 %1 的 Kong 架构现在为空：请保持 Kong 停止，修复原因后再从 %2 恢复（文件未更改），或恢复到新数据库。</translation>
    </message>
    <message>
        <source>Nothing was changed: fix the cause and try again.</source>
        <translation>未做任何更改：请修复原因后重试。</translation>
    </message>
    <message>
        <source>Restoring in place replaces the Kong schema of %1.</source>
        <translation>原地恢复会替换 %1 的 Kong 架构。</translation>
    </message>
    <message>
        <source>Confirm the restore first, or restore into a new database.</source>
        <translation>请先确认恢复，或恢复到新数据库。</translation>
    </message>
    <message>
        <source>Invalid database name: %1</source>
        <translation>无效的数据库名称：%1</translation>
    </message>
    <message>
        <source>Use at most 63 bytes and no &apos;=&apos;.</source>
        <translation>最多 63 字节，且不能包含 &apos;=&apos;。</translation>
    </message>
    <message>
        <source>The snapshot holds schema &quot;%1&quot; but the connection uses schema &quot;%2&quot;.</source>
        <translation>快照包含架构 &quot;%1&quot;，但连接使用的是架构 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Set pg_schema to the snapshot&apos;s schema, or restore into a new database.</source>
        <translation>请将 pg_schema 设为快照的架构，或恢复到新数据库。</translation>
    </message>
    <message>
        <source>Choose a database name that does not exist yet.</source>
        <translation>请选择尚不存在的数据库名称。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Status</name>
    <message>
        <source>Server:      PostgreSQL %1
</source>
        <translation>服务器：    PostgreSQL %1
</translation>
    </message>
    <message>
        <source>Connected:   %1@%2, schema %3%4
</source>
        <translation>已连接：    %1@%2，架构 %3%4
</translation>
    </message>
    <message>
        <source> (no CREATE privilege)</source>
        <translation>（无 CREATE 权限）</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta exists but this role cannot read it (Kong would report &apos;needs bootstrap&apos;)
</source>
        <translation>Kong 架构：schema_meta 存在，但此角色无法读取（Kong 会报告 &apos;needs bootstrap&apos;）
</translation>
    </message>
    <message>
        <source>Kong schema: none (database needs bootstrapping)
</source>
        <translation>Kong 架构：无（数据库需要 bootstrap）
</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta is empty (bootstrapped, every migration new)
</source>
        <translation>Kong 架构：schema_meta 为空（已 bootstrap，所有迁移都是新的）
</translation>
    </message>
    <message>
        <source>Kong schema: %1 subsystem(s)
</source>
        <translation>Kong 架构：%1 个子系统
</translation>
    </message>
    <message>
        <source>  %1  executed: %2
</source>
        <translation>  %1  已执行：%2
</translation>
    </message>
    <message>
        <source>  %1  pending:  %2
</source>
        <translation>  %1  待完成：%2
</translation>
    </message>
    <message>
        <source>Migration lock: locks table missing
</source>
        <translation>迁移锁：缺少 locks 表
</translation>
    </message>
    <message>
        <source>Migration lock: free
</source>
        <translation>迁移锁：空闲
</translation>
    </message>
    <message>
        <source>Migration lock: stale row from %1, expired %2 s ago (the next run takes it over)
</source>
        <translation>迁移锁：来自 %1 的过期行，已于 %2 秒前过期（下次运行会接管）
</translation>
    </message>
    <message>
        <source>Migration lock: HELD by %1, expires in %2 s
</source>
        <translation>迁移锁：由 %1 持有，%2 秒后过期
</translation>
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
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
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
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation>第 %1/%2 阶段：将 %3 % 的流量发送到新集群，图表显示后再确认。</translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation>旧集群：%1 req/s（%2 在线，%3 离线）· 新集群：%4 req/s（%5 在线，%6 离线）· 新集群占比：%7</translation>
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
    <message>
        <source>New nodes configured against the new datastore</source>
        <translation>新节点已配置为使用新数据存储</translation>
    </message>
    <message>
        <source>D&amp;ata Planes</source>
        <translation>Data Plane(&amp;A)</translation>
    </message>
    <message>
        <source>The new cluster runs on its own datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones.</source>
        <translation>新集群运行在自己的数据存储上。请启动新节点，分阶段将流量迁移到新节点，然后下线旧节点。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin API changes on the old cluster are not carried over.&lt;/b&gt; Make them on the new cluster only; the next page lists what changed on the old datastore since the export.</source>
        <translation>&lt;b&gt;旧集群上的 Admin API 更改不会被同步。&lt;/b&gt;请只在新集群上进行更改；下一页会列出自导出以来旧数据存储上的变化。</translation>
    </message>
    <message>
        <source>%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.</source>
        <translation>%1节点，第 %2 行：“%3”不是 Admin API URL。请写成 http(s)://host:port，例如 http://10.0.0.5:8001。</translation>
    </message>
    <message>
        <source>List at least one old and one new node&apos;s Admin API URL.</source>
        <translation>请至少列出一个旧节点和一个新节点的 Admin API URL。</translation>
    </message>
    <message>
        <source>Old version: “%1” is not a Kong version, e.g. 2.0.</source>
        <translation>旧版本：“%1”不是 Kong 版本，例如 2.0。</translation>
    </message>
    <message>
        <source>Some nodes did not pass: see the Result column, fix them and verify again.</source>
        <translation>部分节点未通过：请查看“结果”列，修复后重新验证。</translation>
    </message>
    <message>
        <source>Stages cannot change once one is confirmed.</source>
        <translation>一旦确认了某个阶段，阶段就不能再更改。</translation>
    </message>
    <message>
        <source>Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.</source>
        <translation>警告：新集群返回的 5xx 多于旧集群 — 请保持当前阶段并检查其日志。</translation>
    </message>
    <message>
        <source>Could not read the datastore: %1 %2</source>
        <translation>无法读取数据存储：%1 %2</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: next, the changes made on the old datastore since the export.</source>
        <translation>全部 %1 个检查点均已通过：接下来是导出以来在旧数据存储上所做的更改。</translation>
    </message>
    <message>
        <source>Read from the datastore&apos;s clustering_data_planes table: the Control Plane&apos;s Admin API did not list its Data Planes (%1).</source>
        <translation>已从数据存储的 clustering_data_planes 表读取：Control Plane 的 Admin API 未列出其 Data Plane（%1）。</translation>
    </message>
    <message>
        <source>The datastore&apos;s clustering_data_planes table could not be read either: %1</source>
        <translation>数据存储的 clustering_data_planes 表也无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1 (read from clustering_data_planes)</source>
        <translation>
            <numerusform>%n 个 Data Plane 运行 %1（从 clustering_data_planes 读取）</numerusform>
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
    <name>kuw::ui::DataPlanesView</name>
    <message>
        <source>Data Planes of the new Control Plane</source>
        <translation>新 Control Plane 的 Data Plane</translation>
    </message>
    <message>
        <source>Data Plane</source>
        <translation>Data Plane</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>最后在线时间（UTC）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The new Control Plane runs first. Then replace or upgrade the Data Planes one by one; this list is polled from the Control Plane and the checkpoint passes once every Data Plane reports the target version.</source>
        <translation>先运行新的 Control Plane。然后逐个替换或升级 Data Plane；此列表从 Control Plane 轮询获得，当每个 Data Plane 都报告目标版本时，检查点即通过。</translation>
    </message>
    <message>
        <source>Waiting for the new Control Plane to be verified on the Control Plane tab.</source>
        <translation>正在等待在 Control Plane 标签页上验证新的 Control Plane。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>OK: on %1</source>
        <translation>OK：运行 %1</translation>
    </message>
    <message>
        <source>Old version: upgrade or replace it with %1</source>
        <translation>旧版本：请升级或替换为 %1</translation>
    </message>
    <message>
        <source>The Control Plane did not list its Data Planes: %1</source>
        <translation>Control Plane 未列出其 Data Plane：%1</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet (%1).</source>
        <translation>尚无 Data Plane 连接到新的 Control Plane（%1）。</translation>
    </message>
    <message>
        <source>%1 of %2 Data Plane(s) still on an old version (polled %3).</source>
        <translation>%2 个 Data Plane 中有 %1 个仍在旧版本上（轮询于 %3）。</translation>
    </message>
    <message>
        <source>All %1 Data Plane(s) run %2 (polled %3).</source>
        <translation>全部 %1 个 Data Plane 均运行 %2（轮询于 %3）。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DemoSession</name>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>正在启动内置演示 PostgreSQL 并填充 Kong 数据存储…</translation>
    </message>
    <message>
        <source>Preparing the demo: %1</source>
        <translation>正在准备演示：%1</translation>
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
    <name>kuw::ui::ParallelDecommissionPage</name>
    <message>
        <source>Decommission the old datastore</source>
        <translation>停用旧数据存储</translation>
    </message>
    <message>
        <source>The old cluster&apos;s datastore is the way back until you retire it. Confirm each step; the wizard never drops it.</source>
        <translation>在停用之前，旧集群的数据存储是回退的途径。请确认每一步；向导绝不会删除它。</translation>
    </message>
    <message>
        <source>All traffic is served by the new cluster (every cutover checkpoint passed)</source>
        <translation>所有流量均由新集群处理（每个切换检查点均已通过）</translation>
    </message>
    <message>
        <source>The old Kong nodes are stopped, so nothing writes to the old datastore any more</source>
        <translation>旧 Kong 节点已停止，不再有任何东西写入旧数据存储</translation>
    </message>
    <message>
        <source>The changes listed since the export were carried over or knowingly dropped</source>
        <translation>自导出以来列出的更改已同步或有意放弃</translation>
    </message>
    <message>
        <source>A final backup of the old datastore is stored (pg_dump), with its retention period agreed</source>
        <translation>旧数据存储的最终备份（pg_dump）已保存，且已商定保留期限</translation>
    </message>
    <message>
        <source>Monitoring and kong.conf of every remaining system point at the new datastore only</source>
        <translation>所有剩余系统的监控和 kong.conf 仅指向新数据存储</translation>
    </message>
    <message>
        <source>How to drop the old database later</source>
        <translation>以后如何删除旧数据库</translation>
    </message>
    <message>
        <source>Only after the retention period, and by hand (this wizard never runs it):&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;Until then the old cluster can be started again against it as the way back.</source>
        <translation>仅在保留期限结束后手动执行（本向导绝不会执行）：&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;在此之前，可以将旧集群重新指向它启动，作为回退途径。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelDiffPage</name>
    <message>
        <source>Changes since the export</source>
        <translation>自导出以来的更改</translation>
    </message>
    <message>
        <source>Before the final cutover: entities created, changed or deleted on the old cluster after the export were not carried over. The old and new datastores are compared by primary key and content.</source>
        <translation>最终切换之前：导出后在旧集群上创建、更改或删除的实体尚未同步。将按主键和内容比较新旧数据存储。</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>&amp;Compare again</source>
        <translation>重新比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the old and new datastores</source>
        <translation>比较新旧数据存储</translation>
    </message>
    <message>
        <source>Differences per entity type</source>
        <translation>按实体类型统计的差异</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Entities that differ</source>
        <translation>存在差异的实体</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <source>To carry them over, repeat the change through the new cluster&apos;s Admin API (or decK), or bootstrap a fresh new datastore and run the transfer again before moving more traffic.</source>
        <translation>若要同步这些更改，请通过新集群的 Admin API（或 decK）重复这些更改，或者重新 bootstrap 一个新的数据存储并再次运行传输，然后再迁移更多流量。</translation>
    </message>
    <message>
        <source>Comparing the old and new datastores…</source>
        <translation>正在比较新旧数据存储…</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>No differences: the new datastore holds exactly what the old one holds (%n entity types compared).</source>
        <translation>
            <numerusform>没有差异：新数据存储与旧数据存储的内容完全一致（比较了 %n 种实体类型）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2 created, %3 changed, %4 deleted on the old datastore — not in the new one.</source>
        <translation>自%1以来：旧数据存储上创建 %2 个、更改 %3 个、删除 %4 个 — 新数据存储中没有。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Entity types that cannot be compared</source>
        <translation>无法比较的实体类型</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the old datastore (its Kong version predates it), %n row(s) on the new one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：旧数据存储中没有此表（其 Kong 版本早于该表），新数据存储中有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the new datastore, %n row(s) on the old one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：新数据存储中没有此表，旧数据存储中有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Not comparable (their rows count neither as created nor as deleted):</source>
        <translation>无法比较（其行既不计为创建也不计为删除）：</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTargetPage</name>
    <message>
        <source>New datastore</source>
        <translation>新数据存储</translation>
    </message>
    <message>
        <source>An empty PostgreSQL database or schema for the new cluster. Create it first (e.g. CREATE DATABASE kong_new OWNER kong;); the wizard bootstraps it at the target version.</source>
        <translation>为新集群准备一个空的 PostgreSQL 数据库或模式。请先创建它（例如 CREATE DATABASE kong_new OWNER kong;）；向导会以目标版本 bootstrap 它。</translation>
    </message>
    <message>
        <source>Cassandra: this wizard reaches Cassandra only through the external Kong CLI executor. Create a new keyspace, run &apos;kong migrations bootstrap&apos; with a kong.conf naming it, then &apos;kong config db_export&apos; on an old node and &apos;kong config db_import&apos; on a new one.</source>
        <translation>Cassandra：本向导只能通过外部 Kong CLI 执行器访问 Cassandra。请创建一个新的 keyspace，使用指定它的 kong.conf 运行 &apos;kong migrations bootstrap&apos;，然后在旧节点上运行 &apos;kong config db_export&apos;，在新节点上运行 &apos;kong config db_import&apos;。</translation>
    </message>
    <message>
        <source>Cassandra keyspaces</source>
        <translation>Cassandra keyspace</translation>
    </message>
    <message>
        <source>From the old datastore&apos;s connection, with a new database name</source>
        <translation>基于旧数据存储的连接，使用新的数据库名</translation>
    </message>
    <message>
        <source>This is the old datastore. The parallel path needs a different database or schema.</source>
        <translation>这是旧数据存储。并行路径需要另一个数据库或模式。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTransferPage</name>
    <message>
        <source>Bootstrap, export and import</source>
        <translation>bootstrap、导出和导入</translation>
    </message>
    <message>
        <source>The new datastore is bootstrapped at the target version, the old one is exported (read only) and the export is imported into the new one in a single transaction. Then every entity type is counted on both sides.</source>
        <translation>新数据存储以目标版本 bootstrap，旧数据存储被导出（只读），导出内容在单个事务中导入新数据存储。然后统计两侧的每种实体类型。</translation>
    </message>
    <message>
        <source>Folder for the export file</source>
        <translation>导出文件所在文件夹</translation>
    </message>
    <message>
        <source>The export holds credentials: it is written readable by you only.</source>
        <translation>导出内容包含凭据：写入后仅您本人可读。</translation>
    </message>
    <message>
        <source>Import a file written by the old Kong&apos;s &apos;kong config db_export&apos; instead</source>
        <translation>改为导入由旧版 Kong 的 &apos;kong config db_export&apos; 写出的文件</translation>
    </message>
    <message>
        <source>Import an existing export file</source>
        <translation>导入已有的导出文件</translation>
    </message>
    <message>
        <source>Export file to import</source>
        <translation>要导入的导出文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Run transfer</source>
        <translation>运行传输(&amp;R)</translation>
    </message>
    <message>
        <source>Transfer running</source>
        <translation>传输进行中</translation>
    </message>
    <message>
        <source>Transfer result</source>
        <translation>传输结果</translation>
    </message>
    <message>
        <source>Problems in the export file</source>
        <translation>导出文件中的问题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Entity counts, old and new</source>
        <translation>实体数量（旧与新）</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Transfer log</source>
        <translation>传输日志</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>导出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Old: %1&lt;br&gt;New: %2 (bootstrapped at Kong %3 if empty)</source>
        <translation>旧：%1&lt;br&gt;新：%2（若为空则以 Kong %3 bootstrap）</translation>
    </message>
    <message>
        <source>The import writes Kong 2.5&apos;s schema: choose Kong 2.5 or newer as the target on the Version page.</source>
        <translation>导入会写入 Kong 2.5 的模式：请在版本页面上选择 Kong 2.5 或更新版本作为目标。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Kong declarative files (*.yml *.yaml)</source>
        <translation>Kong 声明式配置文件 (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Choose the export file to import.</source>
        <translation>请选择要导入的导出文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>export to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>The %1 step failed: %2</source>
        <translation>%1 步骤失败：%2</translation>
    </message>
    <message>
        <source>The new datastore was left as it was; fix the cause and run the transfer again.</source>
        <translation>新数据存储保持原样；请修复原因后重新运行传输。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message numerus="yes">
        <source>Transfer complete: %n entities on each side, every count matches.</source>
        <translation>
            <numerusform>传输完成：两侧各有 %n 个实体，所有数量均一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but %n entity type(s) differ: was the old cluster changed during the transfer? The comparison before the cutover lists the differences.</source>
        <translation>
            <numerusform>已导入，但有 %n 种实体类型数量不同：传输期间旧集群是否被更改过？切换前的比较会列出这些差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>取消传输(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running transfer</source>
        <translation>取消正在运行的传输</translation>
    </message>
    <message>
        <source>Stops the export or rolls the import back: nothing is imported into the new datastore.</source>
        <translation>停止导出或回滚导入：不会向新数据存储导入任何内容。</translation>
    </message>
    <message>
        <source>Cancelling: a running bootstrap ends first, an import rolls back…</source>
        <translation>正在取消：正在运行的引导会先完成，导入将回滚…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1: %n row(s)…</source>
        <translation>
            <numerusform>正在导出 %1：%n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %1：%n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer cancelled during the %1 step: nothing was imported into the new datastore. Run the transfer again when ready.</source>
        <translation>传输在 %1 步骤中被取消：新数据存储中未导入任何内容。准备好后请再次运行传输。</translation>
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
    <message>
        <source>done</source>
        <comment>step outcome</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step outcome</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>step outcome</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not run</source>
        <comment>step outcome</comment>
        <translation>未运行</translation>
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
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Choose a snapshot made on the Snapshot page (they are kept in %1).</source>
        <translation>请选择在“快照”页面创建的快照（保存在 %1 中）。</translation>
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
    <message>
        <source>done</source>
        <comment>journal event</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>journal event</comment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <comment>journal event</comment>
        <translation>已确认</translation>
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
    <name>kuw::ui::Severity</name>
    <message>
        <source>blocker</source>
        <translation>阻断项</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
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
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s), %2 ms, %3</source>
        <translation>
            <numerusform>%1：%n 个步骤，%2 毫秒，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The new cluster runs Kong %1 on %2.
Keep the old datastore until its retention period ends; drop it by hand.
</source>
        <translation>新集群在 %2 上运行 Kong %1。
请保留旧数据存储直到其保留期限结束；然后手动删除它。
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
    <message>
        <source>Upgrade path</source>
        <translation>升级路径</translation>
    </message>
    <message>
        <source>In place: both versions share the datastore (up, cutover, finish)</source>
        <translation>原地升级：两个版本共享数据存储（up、切换、finish）</translation>
    </message>
    <message>
        <source>Parallel datastore: export, then import into a new database</source>
        <translation>并行数据存储：先导出，再导入新数据库</translation>
    </message>
    <message>
        <source>The new cluster gets its own database or schema, bootstrapped at the target version and filled from an export of this one. Nothing is shared and there is no &apos;finish&apos;: the old cluster and its datastore stay untouched as the way back. But Admin API changes made on the old cluster after the export are not carried over: before the final cutover the wizard compares both datastores and lists them.</source>
        <translation>新集群拥有自己的数据库或模式，以目标版本 bootstrap，并用此数据存储的导出内容填充。不共享任何内容，也没有 &apos;finish&apos;：旧集群及其数据存储保持不变，作为回退途径。但导出后在旧集群上进行的 Admin API 更改不会被同步：在最终切换之前，向导会比较两个数据存储并列出这些更改。</translation>
    </message>
    <message>
        <source>The new nodes run against this datastore after &apos;up&apos;; the old ones keep working until &apos;finish&apos;, which is the point of no return. Admin API changes must wait until finish.</source>
        <translation>执行 &apos;up&apos; 后，新节点使用此数据存储运行；旧节点继续工作直到 &apos;finish&apos;，这是不可回退的节点。Admin API 更改必须等到 finish 之后。</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
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
    <message>
        <source>D&amp;emo: an embedded, throwaway PostgreSQL and simulated Kong nodes (training)</source>
        <translation>演示(&amp;E)：内置的一次性 PostgreSQL 和模拟的 Kong 节点（培训用）</translation>
    </message>
</context>
</TS>
