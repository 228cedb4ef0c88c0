<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>JournalErrorNotice</name>
    <message>
        <source>Session journal not saved</source>
        <translation>セッションジャーナルを保存できませんでした</translation>
    </message>
    <message>
        <source>The session journal could not be saved. The upgrade can go on, but it cannot be resumed from this point after a crash.</source>
        <translation>セッションジャーナルを保存できませんでした。アップグレードは続行できますが、クラッシュした場合にこの時点から再開することはできません。</translation>
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
        <translation>Kong Gateway 向けの、Kong 互換でガイド付きのデータストアアップグレード。</translation>
    </message>
    <message>
        <source>Kong configuration file.</source>
        <translation>Kong 設定ファイル。</translation>
    </message>
    <message>
        <source>Run against an embedded, throwaway PostgreSQL.</source>
        <translation>使い捨ての組み込み PostgreSQL に対して実行します。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first connection test ends, then quit.</source>
        <translation>最初の接続テストが終わったらウィンドウの PNG を保存して終了します。</translation>
    </message>
    <message>
        <source>Demo only: walk through every page, saving a PNG of each into DIR, then quit.</source>
        <translation>デモ専用: すべてのページを順に表示し、各ページの PNG を DIR に保存して終了します。</translation>
    </message>
    <message>
        <source>Kong defaults and KONG_* environment variables</source>
        <translation>Kong の既定値と KONG_* 環境変数</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>%1 から (KONG_* 環境変数が優先されます)</translation>
    </message>
    <message>
        <source>Interface language (en, de, ja, zh_CN); overrides the setting.</source>
        <translation>インターフェースの言語 (en, de, ja, zh_CN)。設定より優先されます。</translation>
    </message>
    <message>
        <source>Kong version the demo datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>デモ用データストアの開始時の Kong バージョン (1.5、2.0、2.1、2.3 …。既定: ターゲットより前の最新のスキーマレベル。2.5 なら 2.2.2)。</translation>
    </message>
    <message>
        <source>Demo only: a training scenario (kong-upgrade demo --list-scenarios).</source>
        <translation>デモ専用: トレーニングシナリオ (kong-upgrade demo --list-scenarios)。</translation>
    </message>
    <message>
        <source>Demo only: seed size, small or large (100k+ rows).</source>
        <translation>デモ専用: シードデータの規模。small または large (10 万行以上)。</translation>
    </message>
    <message>
        <source>Demo only: leave the datastore running on exit and print how to connect.</source>
        <translation>デモ専用: 終了時にデータストアを実行したままにし、接続方法を表示します。</translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style). For 200 % scaling set QT_SCALE_FACTOR=2.</source>
        <translation>ダークパレットを使用します (Fusion スタイル)。200 % 表示には QT_SCALE_FACTOR=2 を設定してください。</translation>
    </message>
</context>
<context>
    <name>kuw::cli::Cli</name>
    <message>
        <source>Target Kong version (default: the newest the catalog knows).</source>
        <translation>移行先の Kong バージョン (既定: カタログが知る最新のもの)。</translation>
    </message>
    <message>
        <source>The running Kong version (default: told from the schema).</source>
        <translation>稼働中の Kong バージョン (既定: スキーマから判定)。</translation>
    </message>
    <message>
        <source>oss or enterprise.</source>
        <translation>oss または enterprise。</translation>
    </message>
    <message>
        <source>Admin API URL of a running Kong node (repeatable): its version is compared with the schema.</source>
        <translation>稼働中の Kong ノードの Admin API URL (複数指定可): そのバージョンをスキーマと比較します。</translation>
    </message>
    <message>
        <source>Admin API timeout in milliseconds (default 5000).</source>
        <translation>Admin API のタイムアウト (ミリ秒、既定 5000)。</translation>
    </message>
    <message>
        <source>A kong/kong Helm release of this deployment, [namespace/]name (repeatable, in upgrade order): prints the helm upgrade commands.</source>
        <translation>このデプロイメントの kong/kong Helm リリース、[namespace/]name (複数指定可、アップグレード順): helm upgrade コマンドを出力します。</translation>
    </message>
    <message>
        <source>PEM CA file for https Admin API URLs.</source>
        <translation>https の Admin API URL 用の PEM CA ファイル。</translation>
    </message>
    <message>
        <source>Error: --node-timeout needs a positive number of milliseconds
</source>
        <translation>エラー: --node-timeout には正のミリ秒数が必要です
</translation>
    </message>
    <message numerus="yes">
        <source>asking %n node(s) for their version
</source>
        <translation>
            <numerusform>%n 台のノードにバージョンを問い合わせています
</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>Error: --to needs a Kong version such as 2.5.2
</source>
        <translation>エラー: --to には 2.5.2 のような Kong バージョンが必要です
</translation>
    </message>
    <message>
        <source>Error: --from needs a Kong version such as 2.1.4
</source>
        <translation>エラー: --from には 2.1.4 のような Kong バージョンが必要です
</translation>
    </message>
    <message>
        <source>Error: --edition must be oss or enterprise
</source>
        <translation>エラー: --edition は oss または enterprise でなければなりません
</translation>
    </message>
    <message>
        <source>connecting (read-only) to %1
</source>
        <translation>%1 に接続しています (読み取り専用)
</translation>
    </message>
    <message>
        <source>Preflight assessment of the configured datastore for an upgrade to --to: every finding with its severity (blocker, warning, info), evidence and remedy. Read-only. Exit code 20 when a blocker is found.</source>
        <translation>--to へのアップグレードに向けた、設定済みデータストアのプリフライト評価: 各検出事項を重大度 (ブロッカー、警告、情報)、根拠、対処とともに表示します。読み取り専用。ブロッカーがあれば終了コード 20。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>機械可読な出力。</translation>
    </message>
    <message>
        <source>Datastore: </source>
        <translation>データストア: </translation>
    </message>
    <message>
        <source>Kong configuration file (default: /etc/kong/kong.conf, then /etc/kong.conf).</source>
        <translation>Kong の設定ファイル (既定: /etc/kong/kong.conf、次に /etc/kong.conf)。</translation>
    </message>
    <message>
        <source>Timeout in seconds for datastore operations (overrides pg_timeout).</source>
        <translation>データストア操作のタイムアウト秒数 (pg_timeout より優先)。</translation>
    </message>
    <message>
        <source>Verbose logging.</source>
        <translation>詳細なログ出力。</translation>
    </message>
    <message>
        <source>Debug logging.</source>
        <translation>デバッグログ出力。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>  Remedy: </source>
        <translation>  対処: </translation>
    </message>
    <message>
        <source>connecting to </source>
        <translation>接続先: </translation>
    </message>
    <message numerus="yes">
        <source>Error: %n problem(s) in the declarative file; nothing was written:
</source>
        <translation>
            <numerusform>エラー: 宣言的設定ファイルに %n 件の問題があります。何も書き込んでいません:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the declarative file</source>
        <translation>宣言的設定ファイル</translation>
    </message>
    <message>
        <source>Error: expected a declarative configuration file; see `kong-upgrade config --help`
</source>
        <translation>エラー: 宣言的設定ファイルを指定してください。`kong-upgrade config --help` を参照
</translation>
    </message>
    <message>
        <source>Error: --compare needs two bundles: --compare OLD.tar.gz NEW.tar.gz
</source>
        <translation>エラー: --compare には 2 つのバンドルが必要です: --compare OLD.tar.gz NEW.tar.gz
</translation>
    </message>
    <message>
        <source>Comparing bundle </source>
        <translation>比較するバンドル </translation>
    </message>
    <message>
        <source>     with bundle </source>
        <translation>    対象バンドル </translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>変更はありません。
</translation>
    </message>
    <message>
        <source>Diagnostic report of the configured datastore for support: environment, Kong schema per subsystem, schema level, lock state and blocking sessions, entity counts, Data Planes and the assessment findings. The session is read-only; secrets are redacted.</source>
        <translation>サポート向けの、設定済みデータストアの診断レポート: 環境、サブシステムごとの Kong スキーマ、スキーマレベル、ロック状態とブロックしているセッション、エンティティ数、Data Plane、アセスメントの検出事項。セッションは読み取り専用で、機密情報は伏せられます。</translation>
    </message>
    <message>
        <source>html, md or json (default: from -o&apos;s suffix, else md).</source>
        <translation>html、md または json (既定: -o の拡張子から、なければ md)。</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>レポートをこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Write a support bundle (tar.gz: the report in every format, the session journals, a bundle id for tickets) to this file.</source>
        <translation>サポートバンドル (tar.gz: 全形式のレポート、セッションジャーナル、チケット用のバンドル ID) をこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Directory of the upgrade journals to bundle (default: the wizard&apos;s).</source>
        <translation>バンドルに含めるアップグレードジャーナルのディレクトリ (既定: ウィザードのもの)。</translation>
    </message>
    <message>
        <source>Compare two support bundles: --compare OLD NEW (no datastore needed).</source>
        <translation>2 つのサポートバンドルを比較します: --compare OLD NEW (データストア不要)。</translation>
    </message>
    <message>
        <source>With --compare: the newer bundle.</source>
        <translation>--compare と併用: 新しい方のバンドル。</translation>
    </message>
    <message>
        <source>Error: --format must be html, md or json
</source>
        <translation>エラー: --format は html、md、json のいずれかでなければなりません
</translation>
    </message>
    <message>
        <source>Error: diagnose needs a PostgreSQL datastore (database = %1)
</source>
        <translation>エラー: diagnose には PostgreSQL データストアが必要です (database = %1)
</translation>
    </message>
    <message>
        <source>Support bundle %1 written to %2
</source>
        <translation>サポートバンドル %1 を %2 に書き込みました
</translation>
    </message>
    <message>
        <source>  files: </source>
        <translation>  ファイル: </translation>
    </message>
    <message>
        <source>Quote the bundle id in your support ticket.
</source>
        <translation>サポートチケットにはバンドル ID を記載してください。
</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2
</source>
        <translation>エラー: %1 に書き込めません: %2
</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>レポートを %1 に書き込みました
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
        <translation>使い方: kong-upgrade コマンド [オプション]

Kong Gateway データストアのアップグレードを安全に実行します。

コマンド:
  status          設定済みデータストアに接続し、Kong スキーマの状態を表示します。
  path --from V --to V [--edition oss|enterprise]   アップグレードの各ステップとその注意事項 (データストア不要)。
  check [--to V] [--from V]   データストアのプリフライト評価 (ブロッカーがあれば終了コード 20)。
  diagnose [--format html|md|json] [-o FILE]   読み取り専用のサポートレポート (機密情報は伏せ字)。
  diagnose --bundle FILE | --compare OLD NEW   サポートバンドル (バンドル ID 付き tar.gz)、2 つの比較。
  config db_export [FILE] | db_import FILE | parse FILE
                  Kong の宣言的設定のエクスポート/インポート (kong.yml、&apos;config --help&apos; を参照)。
  migrations bootstrap|up|finish|list|reset
                  Kong のマイグレーションをネイティブに実行 (&apos;migrations --help&apos; を参照):
                  -y/--yes, -q/--quiet, -f/--force, --lock-timeout SEC, --dry-run,
                  --target VERSION
  demo [--version V] [--size small|large] [--scenario NAME] [--list-scenarios] [--keep] [--misbehave] [--yes]
                  組み込み PostgreSQL とシミュレートした Kong ノードで、アップグレードの全工程を体験します。

共通オプション (Kong の CLI と同じ):
  -c, --conf FILE     Kong の設定ファイル (既定 /etc/kong/kong.conf、/etc/kong.conf)
  --db-timeout SEC    データストアのタイムアウト (秒)
  -v, --vv            詳細 / デバッグ出力
  --json              機械可読な出力 (対応している場合)
  -h, --help          ヘルプ (kong-upgrade コマンド --help も可)
  --version           バージョンを表示
  --lang CODE         メッセージの言語: en, de, ja, zh_CN (既定: システムのロケール)

設定の優先順位は Kong と同じ: 既定値 &lt; kong.conf &lt; 環境変数 KONG_&lt;KEY&gt;。

終了コード:
   0  成功
   1  エラー
   2  使い方の誤り
  10  設定エラー (ファイル、行、キーを表示)
  11  データストアに到達できない (ホスト、接続拒否、タイムアウト)
  12  認証失敗
  13  データベースが存在しない
  14  TLS/SSL の失敗
  15  権限不足
  16  未対応のデータストア (cassandra、DB-less)
  20  check: ブロッカーあり、path: 許可されたアップグレードパスなし
  migrations list (Kong と同じ): 0 最新、3 bootstrap が必要、4 保留中 (finish を実行)、
  5 新しいマイグレーションあり (up を実行)
</translation>
    </message>
    <message>
        <source>Error: unknown command &apos;%1&apos;

</source>
        <translation>エラー: 不明なコマンド &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Error: not a tty: invoke &apos;%1&apos; non-interactively with the --yes flag
</source>
        <translation>エラー: TTY ではありません: &apos;%1&apos; を非対話的に実行するには --yes を指定してください
</translation>
    </message>
    <message>
        <source>kong-upgrade migrations bootstrap|up|finish|list|reset — Kong&apos;s migrations, run natively.
Each migration commits together with its schema_meta record; destructive steps ask first.
list exits 0 up to date, 1 error, 3 needs bootstrap, 4 pending (run finish), 5 new (run up).</source>
        <translation>kong-upgrade migrations bootstrap|up|finish|list|reset — Kong のマイグレーションをネイティブに実行します。
各マイグレーションは schema_meta の記録とともにコミットされます。破壊的なステップは事前に確認します。
list の終了コード: 0 最新、1 エラー、3 bootstrap が必要、4 保留中 (finish を実行)、5 新規 (up を実行)。</translation>
    </message>
    <message>
        <source>bootstrap, up, finish, list or reset</source>
        <translation>bootstrap、up、finish、list または reset</translation>
    </message>
    <message>
        <source>Assume yes to confirmations.</source>
        <translation>確認にはすべて「はい」と答えます。</translation>
    </message>
    <message>
        <source>Suppress progress output.</source>
        <translation>進行状況の出力を抑制します。</translation>
    </message>
    <message>
        <source>bootstrap: reset first (destroys data).</source>
        <translation>bootstrap: 先にリセットします (データが失われます)。</translation>
    </message>
    <message>
        <source>Seconds: TTL of the migration lock and how long &apos;up&apos; waits for it (default 60).</source>
        <translation>秒数: マイグレーションロックの TTL と、&apos;up&apos; がロックを待つ時間 (既定 60)。</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>計画を表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>Stop at this Kong version (e.g. 2.1.4; default: newest known).</source>
        <translation>この Kong バージョンで止めます (例 2.1.4、既定: 既知の最新)。</translation>
    </message>
    <message>
        <source>--target %1: not a Kong release this catalog knows</source>
        <translation>--target %1: このカタログが知らない Kong リリースです</translation>
    </message>
    <message>
        <source>Known: %1 … %2</source>
        <translation>既知: %1 … %2</translation>
    </message>
    <message>
        <source>Are you sure? This operation is irreversible.</source>
        <translation>よろしいですか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Error: unknown migrations command &apos;%1&apos; (bootstrap, up, finish, list, reset)
</source>
        <translation>エラー: 不明な migrations コマンド &apos;%1&apos; (bootstrap、up、finish、list、reset)
</translation>
    </message>
    <message>
        <source>bootstrap --force drops every table of the Kong schema first. Are you sure?</source>
        <translation>bootstrap --force は最初に Kong スキーマのすべてのテーブルを削除します。よろしいですか?</translation>
    </message>
    <message>
        <source>bootstrap --force</source>
        <translation>bootstrap --force</translation>
    </message>
    <message>
        <source>finish runs destructive teardowns; the previous Kong version can no longer use this datastore afterwards. Continue?</source>
        <translation>finish は破壊的なティアダウンを実行します。以後、以前の Kong バージョンはこのデータストアを使えなくなります。続行しますか?</translation>
    </message>
    <message>
        <source>Show the upgrade path between two Kong versions: every required hop (an &apos;up&apos; and a &apos;finish&apos; each) with its notes. Needs no datastore.</source>
        <translation>2 つの Kong バージョン間のアップグレードパスを表示します: 必要な各ステップ (それぞれ &apos;up&apos; と &apos;finish&apos;) とその注意事項。データストアは不要です。</translation>
    </message>
    <message>
        <source>The running Kong version (2.1.4, 2.4.1.0).</source>
        <translation>稼働中の Kong バージョン (2.1.4、2.4.1.0)。</translation>
    </message>
    <message>
        <source>The target Kong version.</source>
        <translation>移行先の Kong バージョン。</translation>
    </message>
    <message>
        <source>oss or enterprise (default: enterprise for 4-part versions, else oss).</source>
        <translation>oss または enterprise (既定: 4 桁のバージョンなら enterprise、それ以外は oss)。</translation>
    </message>
    <message>
        <source>Error: --from and --to need Kong versions such as 2.1.4 or 2.4.1.0
</source>
        <translation>エラー: --from と --to には 2.1.4 や 2.4.1.0 のような Kong バージョンが必要です
</translation>
    </message>
    <message>
        <source>Connect to the datastore configured in kong.conf / KONG_* and report the server, the Kong schema (schema_meta per subsystem) and the migration lock. Read-only.</source>
        <translation>kong.conf / KONG_* で設定されたデータストアに接続し、サーバー、Kong スキーマ (サブシステムごとの schema_meta)、マイグレーションロックを報告します。読み取り専用。</translation>
    </message>
    <message>
        <source>Machine-readable output (stable keys).</source>
        <translation>機械可読な出力 (キーは安定)。</translation>
    </message>
    <message>
        <source>Datastore:   </source>
        <translation>データストア: </translation>
    </message>
    <message>
        <source>Error: --node needs an Admin API URL such as http://kong-host:8001 (got &apos;%1&apos;)
</source>
        <translation>エラー: --node には http://kong-host:8001 のような Admin API URL が必要です (指定値: &apos;%1&apos;)
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
        <translation>Kong の宣言的設定 (`kong config` と同様、Kong 2.5 形式):
  db_export [FILE]   データストアのエンティティを FILE に書き出します (既定 ./kong.yml、&apos;-&apos; で
                     stdout)。既存のファイルは上書きしません。読み取り専用。
  db_import FILE     新たに bootstrap したデータストアに FILE を読み込みます。ファイル全体を
                     まず検証し、その後 1 つのトランザクションで書き込みます (全部か無か)。
  parse FILE         FILE の検証のみ (データストア不要)。
  diff NEW_CONF      設定済みのデータストアを NEW_CONF が指すデータストアと主キーと内容で
                     比較します: 新しい側を埋めた後に古い側で作成・変更・削除された
                     エンティティ (並行パス)。読み取り専用。

終了コード: 0 成功、1 エラー、2 使い方の誤り、10 無効なファイル (各問題を
FILE:LINE:COLUMN: entity.field: message の形式で出力) または無効な kong.conf、11-15 接続失敗
(kong-upgrade --help を参照)、16 ターゲットが bootstrap されていないか空でない。</translation>
    </message>
    <message>
        <source>db_export, db_import, parse or diff</source>
        <translation>db_export、db_import、parse または diff</translation>
    </message>
    <message>
        <source>Error: unknown config command &apos;%1&apos; (db_export, db_import, parse, diff)
</source>
        <translation>エラー: 不明な config コマンド &apos;%1&apos; (db_export、db_import、parse、diff)
</translation>
    </message>
    <message>
        <source>Error: both configurations name the same datastore (%1); KONG_PG_* environment variables apply to both files
</source>
        <translation>エラー: 両方の設定が同じデータストアを指しています (%1)。KONG_PG_* 環境変数は両方のファイルに適用されます
</translation>
    </message>
    <message>
        <source>old: %1
new: %2
</source>
        <translation>旧: %1
新: %2
</translation>
    </message>
    <message>
        <source>no differences (%1 entity types compared)
</source>
        <translation>差分なし (%1 種類のエンティティを比較)
</translation>
    </message>
    <message>
        <source>%1 created, %2 changed, %3 deleted on the old datastore since the new one was filled
</source>
        <translation>新しいデータストアを埋めた後、旧データストアで %1 件作成、%2 件変更、%3 件削除
</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 changed, %4 deleted
</source>
        <translation>%1: %2 件作成、%3 件変更、%4 件削除
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the old datastore (%2 rows on the new one)
</source>
        <translation>比較不可: %1 は旧データストアにテーブルがありません(新データストアに %2 行)
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the new datastore (%2 rows on the old one)
</source>
        <translation>比較不可: %1 は新データストアにテーブルがありません(旧データストアに %2 行)
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
== ステップ %1: %2 ==
</translation>
    </message>
    <message>
        <source>-- next: %1</source>
        <translation>-- 次: %1</translation>
    </message>
    <message>
        <source>-- next: %1. Press Enter to continue… </source>
        <translation>-- 次: %1。Enter キーで続行… </translation>
    </message>
    <message>
        <source>(stdin closed: continuing)</source>
        <translation>(stdin が閉じられました: 続行します)</translation>
    </message>
    <message>
        <source>  %1 step(s) done in %2 ms</source>
        <translation>  %1 ステップを %2 ミリ秒で完了</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>The new cluster misbehaves (--misbehave): 20 % of its requests fail with 5xx.</source>
        <translation>新しいクラスターは異常動作します (--misbehave): リクエストの 20 % が 5xx で失敗します。</translation>
    </message>
    <message>
        <source>send %1 % of the traffic to the new cluster</source>
        <translation>トラフィックの %1 % を新しいクラスターへ送る</translation>
    </message>
    <message>
        <source>  no traffic sample yet</source>
        <translation>  トラフィックのサンプルはまだありません</translation>
    </message>
    <message>
        <source>  stage %1 %: old cluster %2 req/s, new cluster %3 req/s (new share %4); 5xx old %5, new %6</source>
        <translation>  段階 %1 %: 旧クラスター %2 req/s、新クラスター %3 req/s (新の割合 %4)、5xx 旧 %5、新 %6</translation>
    </message>
    <message>
        <source>  node checks: old %1 up / %2 down, new %3 up / %4 down</source>
        <translation>  ノードチェック: 旧 %1 稼働 / %2 停止、新 %3 稼働 / %4 停止</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 new node(s) down</source>
        <translation>新しいノード %1 台が停止</translation>
    </message>
    <message>
        <source>  WARNING: %1</source>
        <translation>  警告: %1</translation>
    </message>
    <message>
        <source>the new cluster fails more than the old</source>
        <translation>新しいクラスターの失敗が旧クラスターより多い</translation>
    </message>
    <message>
        <source>  Rolling the traffic back to the old cluster (0 %); &apos;finish&apos; must not run while old nodes are needed.</source>
        <translation>  トラフィックを旧クラスターに戻します (0 %)。旧ノードが必要な間は &apos;finish&apos; を実行してはいけません。</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>後片付け</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; the datastore is kept (--keep).</source>
        <translation>シミュレートしたノードを停止しました。データストアは残します (--keep)。</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; PostgreSQL stopped; %1 %2.</source>
        <translation>シミュレートしたノードを停止しました。PostgreSQL を停止しました。%1 %2。</translation>
    </message>
    <message>
        <source>could NOT be removed</source>
        <translation>を削除できませんでした</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>を削除しました</translation>
    </message>
    <message>
        <source>Start an embedded PostgreSQL and seed a Kong datastore</source>
        <translation>組み込み PostgreSQL を起動し、Kong データストアにデータを投入</translation>
    </message>
    <message>
        <source>Ready in %1 ms: Kong %2 datastore with %3 seeded entity rows, in %4 (port %5)</source>
        <translation>%1 ミリ秒で準備完了: エンティティ %3 行を投入した Kong %2 データストア、%4 (ポート %5)</translation>
    </message>
    <message>
        <source>  simulated node %1 %2</source>
        <translation>  シミュレートしたノード %1 %2</translation>
    </message>
    <message>
        <source>Training scenario &apos;%1&apos;: %2</source>
        <translation>トレーニングシナリオ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the preflight assessment for Kong %1</source>
        <translation>Kong %1 に向けたプリフライト評価</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>アセスメント</translation>
    </message>
    <message>
        <source>The assessment did not report &apos;%1&apos; for scenario &apos;%2&apos;</source>
        <translation>アセスメントはシナリオ &apos;%2&apos; の &apos;%1&apos; を報告しませんでした</translation>
    </message>
    <message>
        <source>The assessment caught the training scenario: %1</source>
        <translation>アセスメントがトレーニングシナリオを検出しました: %1</translation>
    </message>
    <message>
        <source>apply the remedy</source>
        <translation>対処を適用</translation>
    </message>
    <message>
        <source>Assessing again after the remedy:</source>
        <translation>対処後の再評価:</translation>
    </message>
    <message>
        <source>Blockers remain: a real upgrade stops here.</source>
        <translation>ブロッカーが残っています: 実際のアップグレードはここで止まります。</translation>
    </message>
    <message>
        <source>a verified snapshot (pg_dump) before any change</source>
        <translation>変更前の検証済みスナップショット (pg_dump)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>  %1 (%2 KiB, %3 archive entries, verified, %4 ms)</source>
        <translation>  %1 (%2 KiB、アーカイブエントリ %3 件、検証済み、%4 ミリ秒)</translation>
    </message>
    <message>
        <source>&apos;migrations up&apos; to Kong %1 while the old nodes keep serving</source>
        <translation>旧ノードが稼働を続ける間に Kong %1 への &apos;migrations up&apos;</translation>
    </message>
    <message>
        <source>the blue-green cutover, 10 → 50 → 100 %</source>
        <translation>ブルーグリーン切り替え、10 → 50 → 100 %</translation>
    </message>
    <message>
        <source>Simulated cutover</source>
        <translation>シミュレートした切り替え</translation>
    </message>
    <message>
        <source>The cutover was rolled back: &apos;finish&apos; is not run. The old cluster serves on the migrated schema until the new one is fixed.</source>
        <translation>切り替えはロールバックされました: &apos;finish&apos; は実行しません。新しいクラスターが修正されるまで、旧クラスターがマイグレーション済みのスキーマで稼働します。</translation>
    </message>
    <message>
        <source>All traffic on the new cluster; the old nodes are stopped.</source>
        <translation>すべてのトラフィックが新しいクラスターに移り、旧ノードは停止しました。</translation>
    </message>
    <message>
        <source>&apos;migrations finish&apos; (no old node uses the database any more)</source>
        <translation>&apos;migrations finish&apos; (旧ノードはもうデータベースを使っていません)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了処理</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>The datastore is up to date for Kong %1.</source>
        <translation>データストアは Kong %1 に対して最新です。</translation>
    </message>
    <message>
        <source>The datastore is NOT up to date for Kong %1.</source>
        <translation>データストアは Kong %1 に対して最新ではありません。</translation>
    </message>
    <message>
        <source>
Demo finished in %1 s.</source>
        <translation>
デモは %1 秒で終了しました。</translation>
    </message>
    <message>
        <source>The whole upgrade story on an embedded, throwaway PostgreSQL and simulated Kong nodes: start, seed, assessment, snapshot, up, blue-green cutover (10/50/100 %), finish, verify, teardown. Nothing about the database is fake: the real engine migrates it. Pauses for Enter at each checkpoint unless --yes.</source>
        <translation>使い捨ての組み込み PostgreSQL とシミュレートした Kong ノードで、アップグレードの全工程を実行します: 起動、データ投入、アセスメント、スナップショット、up、ブルーグリーン切り替え (10/50/100 %)、finish、検証、後片付け。データベースは本物で、実際のエンジンがマイグレーションします。--yes を付けない限り、各チェックポイントで Enter を待ちます。</translation>
    </message>
    <message>
        <source>Kong version the datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>データストアの開始時の Kong バージョン (1.5、2.0、2.1、2.3 …。既定: 移行先より前の最新のスキーマレベル、2.5 なら 2.2.2)。</translation>
    </message>
    <message>
        <source>Kong version to upgrade to (default: the newest known).</source>
        <translation>アップグレード先の Kong バージョン (既定: 既知の最新)。</translation>
    </message>
    <message>
        <source>small (a class) or large (100k+ rows).</source>
        <translation>small (各種 1 つずつ) または large (10 万行以上)。</translation>
    </message>
    <message>
        <source>A training scenario (see --list-scenarios).</source>
        <translation>トレーニングシナリオ (--list-scenarios を参照)。</translation>
    </message>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation>トレーニングシナリオを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Leave the datastore running at the end (prints how to connect).</source>
        <translation>終了時にデータストアを動かしたままにします (接続方法を表示)。</translation>
    </message>
    <message>
        <source>The new cluster answers 20 % of its requests with 5xx.</source>
        <translation>新しいクラスターはリクエストの 20 % に 5xx で応答します。</translation>
    </message>
    <message>
        <source>Run unattended (no pauses).</source>
        <translation>無人で実行します (一時停止なし)。</translation>
    </message>
    <message>
        <source>Also print the engine&apos;s and pg_dump&apos;s log lines.</source>
        <translation>エンジンと pg_dump のログ行も表示します。</translation>
    </message>
    <message>
        <source>Error: unexpected argument &apos;%1&apos;
</source>
        <translation>エラー: 予期しない引数 &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>kuw::core::AdminApi</name>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>%1 から PEM 証明書を読み込めませんでした</translation>
    </message>
    <message>
        <source>Give the PEM file of the CA that signed the Admin API&apos;s certificate.</source>
        <translation>Admin API の証明書に署名した CA の PEM ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Not an http(s) Admin API URL: %1</source>
        <translation>http(s) の Admin API URL ではありません: %1</translation>
    </message>
    <message>
        <source>Admin API call cancelled</source>
        <translation>Admin API の呼び出しを取り消しました</translation>
    </message>
    <message>
        <source>The Admin API needs credentials (Enterprise RBAC): give a Kong-Admin-Token.</source>
        <translation>Admin API には認証情報が必要です (Enterprise RBAC): Kong-Admin-Token を指定してください。</translation>
    </message>
    <message>
        <source>The node failed to answer: check its error.log.</source>
        <translation>ノードが応答できませんでした: error.log を確認してください。</translation>
    </message>
    <message>
        <source>Check the Admin API URL, including any path prefix.</source>
        <translation>パスのプレフィックスも含めて Admin API の URL を確認してください。</translation>
    </message>
    <message>
        <source>The Admin API answered HTTP %1</source>
        <translation>Admin API が HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答がありません</translation>
    </message>
    <message>
        <source>Check the node is not overloaded and no firewall drops packets, or raise the timeout.</source>
        <translation>ノードが過負荷でなく、ファイアウォールがパケットを破棄していないことを確認するか、タイムアウトを増やしてください。</translation>
    </message>
    <message>
        <source>TLS handshake with the Admin API failed</source>
        <translation>Admin API との TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>Give the CA file that signed the Admin API certificate, and use the host name the certificate names.</source>
        <translation>Admin API の証明書に署名した CA ファイルを指定し、証明書に記載されたホスト名を使ってください。</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>Check the host name in the Admin API URL and DNS.</source>
        <translation>Admin API URL のホスト名と DNS を確認してください。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>Check that Kong runs and that admin_listen includes this address and port.</source>
        <translation>Kong が稼働し、admin_listen にこのアドレスとポートが含まれていることを確認してください。</translation>
    </message>
    <message>
        <source>The server did not speak HTTP as expected</source>
        <translation>サーバーが想定どおりの HTTP で応答しませんでした</translation>
    </message>
    <message>
        <source>The Admin API could not be reached</source>
        <translation>Admin API に到達できませんでした</translation>
    </message>
    <message>
        <source>Check the node runs and the network path (proxy, firewall) to it.</source>
        <translation>ノードが稼働していることと、そこまでのネットワーク経路 (プロキシ、ファイアウォール) を確認してください。</translation>
    </message>
    <message>
        <source>Enable the prometheus plugin globally so the Admin API serves /metrics.</source>
        <translation>Admin API が /metrics を提供するよう、prometheus プラグインをグローバルに有効にしてください。</translation>
    </message>
    <message>
        <source>Only a control plane (role = control_plane, Kong 2.2+) lists data planes: use its Admin API URL.</source>
        <translation>Data Plane を一覧できるのは Control Plane (role = control_plane、Kong 2.2 以降) だけです: その Admin API URL を使ってください。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Checks</name>
    <message>
        <source>Kong %1 cannot authenticate with SCRAM-SHA-256</source>
        <translation>Kong %1 は SCRAM-SHA-256 で認証できません</translation>
    </message>
    <message>
        <source>Kong %1 needs luaossl for SCRAM-SHA-256</source>
        <translation>Kong %1 で SCRAM-SHA-256 を使うには luaossl が必要です</translation>
    </message>
    <message>
        <source>Store an md5 password for the Kong role (SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …) and allow md5 in pg_hba, or target Kong 2.8.4+ (error otherwise: &quot;don&apos;t know how to auth: 10&quot;)</source>
        <translation>Kong のロールに md5 パスワードを設定し (SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …)、pg_hba で md5 を許可するか、Kong 2.8.4 以降を移行先にしてください (そうしないとエラー: &quot;don&apos;t know how to auth: 10&quot;)</translation>
    </message>
    <message>
        <source>Install luaossl on the Kong nodes, use an md5 password, or target 2.8.4+ (error otherwise: &quot;module &apos;openssl.rand&apos; not found&quot;)</source>
        <translation>Kong ノードに luaossl をインストールするか、md5 パスワードを使うか、2.8.4 以降を移行先にしてください (そうしないとエラー: &quot;module &apos;openssl.rand&apos; not found&quot;)</translation>
    </message>
    <message>
        <source>the password of role %1 is stored as SCRAM-SHA-256 (pg_authid)</source>
        <translation>ロール %1 のパスワードは SCRAM-SHA-256 で保存されています (pg_authid)</translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 (%2) requires scram-sha-256 for role %3</source>
        <translation>pg_hba.conf の %1 行目 (%2) がロール %3 に scram-sha-256 を要求しています</translation>
    </message>
    <message>
        <source>Could not tell whether the Kong role authenticates with SCRAM-SHA-256</source>
        <translation>Kong のロールが SCRAM-SHA-256 で認証するかどうか判定できませんでした</translation>
    </message>
    <message>
        <source>role %1 can read neither pg_authid nor pg_hba_file_rules; password_encryption = %2%3</source>
        <translation>ロール %1 は pg_authid も pg_hba_file_rules も読めません。password_encryption = %2%3</translation>
    </message>
    <message>
        <source> (new passwords are stored as SCRAM)</source>
        <translation> (新しいパスワードは SCRAM で保存されます)</translation>
    </message>
    <message>
        <source>Kong %1 %2: ask the DBA whether the role&apos;s password is SCRAM-SHA-256 (SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;)</source>
        <translation>Kong %1 %2: ロールのパスワードが SCRAM-SHA-256 かどうか DBA に確認してください (SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>cannot do SCRAM</source>
        <translation>は SCRAM を使えません</translation>
    </message>
    <message>
        <source>needs luaossl for SCRAM</source>
        <translation>は SCRAM に luaossl が必要です</translation>
    </message>
    <message>
        <source>Cassandra datastore: the wizard upgrades PostgreSQL only</source>
        <translation>Cassandra データストア: ウィザードがアップグレードできるのは PostgreSQL のみです</translation>
    </message>
    <message>
        <source>database = cassandra in %1</source>
        <translation>%1 に database = cassandra</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Upgrade Cassandra with Kong&apos;s own CLI and plan downtime (2.1.x or older), or fill a new keyspace with &apos;kong config db_export&apos;/&apos;db_import&apos;; Cassandra is removed in 3.4: move to PostgreSQL first</source>
        <translation>Cassandra は Kong 自身の CLI でアップグレードしてダウンタイムを計画するか (2.1.x 以前)、&apos;kong config db_export&apos;/&apos;db_import&apos; で新しいキースペースに移してください。Cassandra は 3.4 で廃止されるため、先に PostgreSQL へ移行してください</translation>
    </message>
    <message>
        <source>DB-less node: there is no datastore to migrate</source>
        <translation>DB-less ノード: マイグレーションするデータストアはありません</translation>
    </message>
    <message>
        <source>database = off (role %1)</source>
        <translation>database = off (ロール %1)</translation>
    </message>
    <message>
        <source>Roll the nodes to the new version; for 3.x convert declarative files (&apos;deck convert&apos; or _format_version 3.0). Data Planes follow their Control Plane.</source>
        <translation>ノードを新しいバージョンに順次切り替えてください。3.x では宣言的設定ファイルを変換します (&apos;deck convert&apos; または _format_version 3.0)。Data Plane は Control Plane に続けて更新します。</translation>
    </message>
    <message>
        <source>Duplicate upstream targets will be deleted by the 2.2 migration</source>
        <translation>重複したアップストリームのターゲットは 2.2 のマイグレーションで削除されます</translation>
    </message>
    <message>
        <source>%1 older rows in %2 (upstream, target) groups have a newer duplicate; core 012_213_to_220&apos;s teardown keeps only the newest of each</source>
        <translation>%2 個の (upstream, target) グループで %1 行の古い行に新しい重複があります。core 012_213_to_220 のティアダウンは各グループの最新のものだけを残します</translation>
    </message>
    <message>
        <source>Nothing to do unless the older rows matter (weights); review them before &apos;finish&apos;</source>
        <translation>古い行 (重み) が重要でなければ対処は不要です。&apos;finish&apos; の前に確認してください</translation>
    </message>
    <message>
        <source>sha256 %1…: %2</source>
        <translation>sha256 %1…: %2</translation>
    </message>
    <message>
        <source>CA certificates with the same DER (different PEM text): </source>
        <translation>DER が同じ (PEM テキストが異なる) CA 証明書: </translation>
    </message>
    <message>
        <source>no parsable certificate in: </source>
        <translation>解析できる証明書がありません: </translation>
    </message>
    <message>
        <source>CA certificates would break the unique cert_digest of the 2.1 migration</source>
        <translation>CA 証明書が 2.1 マイグレーションの一意な cert_digest に違反します</translation>
    </message>
    <message>
        <source>Delete the duplicates (keep one per group and repoint services.ca_certificates) and fix unparsable rows before &apos;finish&apos; of 2.1 (core 009_200_to_210)</source>
        <translation>重複を削除し (各グループで 1 つを残し、services.ca_certificates の参照をそれに付け替える)、解析できない行を 2.1 の &apos;finish&apos; の前に修正してください (core 009_200_to_210)</translation>
    </message>
    <message>
        <source>%1.%2 → %3: %4 rows</source>
        <translation>%1.%2 → %3: %4 行</translation>
    </message>
    <message>
        <source>Rows reference parents that do not exist; the 2.1 workspace migration re-adds these foreign keys</source>
        <translation>存在しない親を参照している行があります。2.1 のワークスペースマイグレーションはこれらの外部キーを追加し直します</translation>
    </message>
    <message>
        <source>Delete the orphaned rows (or restore their parents): adding the composite foreign keys of core 009_200_to_210 fails on them</source>
        <translation>孤立した行を削除してください (または親を復元してください)。core 009_200_to_210 の複合外部キーの追加はこれらの行で失敗します</translation>
    </message>
    <message>
        <source>Kubernetes: no helm upgrade commands, a release is not valid</source>
        <translation>Kubernetes: helm upgrade コマンドなし。無効なリリースがあります</translation>
    </message>
    <message>
        <source>Kubernetes: run these %1 helm upgrade command(s) in this order</source>
        <translation>Kubernetes: 次の %1 個の helm upgrade コマンドをこの順序で実行してください</translation>
    </message>
    <message>
        <source>Run each after the previous one&apos;s pods are ready: the first release runs &apos;up&apos; (pre-upgrade job), the last one &apos;finish&apos; (post-upgrade job); set image.tag to your registry&apos;s tag of %1 (Enterprise images use the 4-part version)</source>
        <translation>それぞれ、前のリリースの Pod が準備完了になってから実行してください。最初のリリースが &apos;up&apos; (pre-upgrade ジョブ)、最後のリリースが &apos;finish&apos; (post-upgrade ジョブ) を実行します。image.tag にはレジストリでの %1 のタグを指定してください (Enterprise イメージは 4 桁のバージョン)</translation>
    </message>
    <message>
        <source>
Data Planes known to this Control Plane (clustering_data_planes):</source>
        <translation>
この Control Plane が把握している Data Plane (clustering_data_planes):</translation>
    </message>
    <message>
        <source> — incompatible with a %1 Control Plane</source>
        <translation> — %1 の Control Plane とは互換性がありません</translation>
    </message>
    <message>
        <source>
no Data Planes recorded in clustering_data_planes</source>
        <translation>
clustering_data_planes に Data Plane の記録はありません</translation>
    </message>
    <message>
        <source>Hybrid mode: upgrade the Control Plane first, then the Data Planes</source>
        <translation>ハイブリッドモード: 先に Control Plane を、次に Data Plane をアップグレードします</translation>
    </message>
    <message>
        <source>Run the migrations from the Control Plane; a CP accepts DPs of the same major and the same or an older minor version, so roll the DPs after the CP. Install custom plugins on CP and DPs.</source>
        <translation>マイグレーションは Control Plane から実行してください。CP は同じメジャーで、同じかそれより古いマイナーバージョンの DP を受け入れるため、DP は CP の後に切り替えます。カスタムプラグインは CP と DP の両方にインストールしてください。</translation>
    </message>
    <message>
        <source>Rate Limiting Advanced uses the &apos;cluster&apos; strategy in hybrid mode</source>
        <translation>Rate Limiting Advanced がハイブリッドモードで &apos;cluster&apos; 戦略を使っています</translation>
    </message>
    <message>
        <source>plugins with strategy = cluster: %1</source>
        <translation>strategy = cluster のプラグイン: %1</translation>
    </message>
    <message>
        <source>Switch these plugins to the &apos;redis&apos; strategy before upgrading</source>
        <translation>アップグレード前にこれらのプラグインを &apos;redis&apos; 戦略に切り替えてください</translation>
    </message>
    <message>
        <source>locks row &apos;migrations&apos;: owner %1, expiry %2 UTC (%3)</source>
        <translation>locks の &apos;migrations&apos; 行: 所有者 %1、有効期限 %2 UTC (%3)</translation>
    </message>
    <message>
        <source>expired %1 s ago</source>
        <translation>%1 秒前に期限切れ</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>%1 秒後に期限切れ</translation>
    </message>
    <message>
        <source>
sessions with locks on Kong tables:</source>
        <translation>
Kong のテーブルをロックしているセッション:</translation>
    </message>
    <message>
        <source>
no other session holds locks on Kong tables</source>
        <translation>
Kong のテーブルをロックしている他のセッションはありません</translation>
    </message>
    <message>
        <source>A stale migration lock is left in &apos;locks&apos;</source>
        <translation>&apos;locks&apos; に古いマイグレーションロックが残っています</translation>
    </message>
    <message>
        <source>Kong&apos;s next runner deletes an expired row itself; make sure no migration runs, then start the upgrade (a waiting &apos;up&apos; would abort as &quot;not leader&quot;)</source>
        <translation>期限切れの行は Kong の次の実行時に自動で削除されます。マイグレーションが実行中でないことを確認してからアップグレードを開始してください (待機中の &apos;up&apos; は &quot;not leader&quot; で中止されます)</translation>
    </message>
    <message>
        <source>Another runner holds the migration lock</source>
        <translation>別の実行者がマイグレーションロックを保持しています</translation>
    </message>
    <message>
        <source>Wait for the other migration to finish (the row expires after its --lock-timeout); delete the row only after confirming that nobody runs migrations</source>
        <translation>もう一方のマイグレーションの完了を待ってください (行はその --lock-timeout 後に期限切れになります)。誰もマイグレーションを実行していないことを確認した場合にのみ行を削除してください</translation>
    </message>
    <message>
        <source>Custom plugins are enabled</source>
        <translation>カスタムプラグインが有効です</translation>
    </message>
    <message>
        <source>plugins = %1; not bundled with Kong: %2</source>
        <translation>plugins = %1、Kong に同梱されていないもの: %2</translation>
    </message>
    <message>
        <source>Install versions compatible with the target on every node (Control Plane first, then Data Planes); their migrations run only when they are listed in &apos;plugins&apos;/KONG_PLUGINS and found on the Lua path</source>
        <translation>移行先と互換性のあるバージョンをすべてのノードにインストールしてください (Control Plane が先、次に Data Plane)。それらのマイグレーションは &apos;plugins&apos;/KONG_PLUGINS に記載され、Lua パス上に見つかる場合にのみ実行されます</translation>
    </message>
    <message>
        <source>%1 (%2 instances)</source>
        <translation>%1 (%2 インスタンス)</translation>
    </message>
    <message>
        <source>Plugins are configured in the database but not enabled in &apos;plugins&apos;</source>
        <translation>データベースに設定されているのに &apos;plugins&apos; で有効になっていないプラグインがあります</translation>
    </message>
    <message>
        <source>plugins table: %1; plugins = %2</source>
        <translation>plugins テーブル: %1、plugins = %2</translation>
    </message>
    <message>
        <source>Kong refuses to start (&quot;plugin is in use but not enabled&quot;): add them to &apos;plugins&apos; (and install them), or delete their instances before the upgrade</source>
        <translation>Kong が起動しません (&quot;plugin is in use but not enabled&quot;)。それらを &apos;plugins&apos; に追加する (そしてインストールする) か、アップグレード前にそのインスタンスを削除してください</translation>
    </message>
    <message>
        <source>%1 row(s) in the Dev Portal &apos;files&apos; table</source>
        <translation>Dev Portal の &apos;files&apos; テーブルに %1 行</translation>
    </message>
    <message>
        <source>, %1 developer(s)</source>
        <translation>、開発者 %1 人</translation>
    </message>
    <message>
        <source>; upgrading from %1 to %2</source>
        <translation>、%1 から %2 へのアップグレード</translation>
    </message>
    <message>
        <source>; source version unknown, target %1</source>
        <translation>、移行元のバージョンは不明、移行先 %1</translation>
    </message>
    <message>
        <source>Dev Portal files from 1.5 need a manual migration to 2.1</source>
        <translation>1.5 の Dev Portal ファイルは 2.1 への手動移行が必要です</translation>
    </message>
    <message>
        <source>Export the portal files before upgrading (kong-portal-cli or the Files API), then re-create them in 2.1&apos;s portal template layout and re-deploy them after &apos;finish&apos;</source>
        <translation>アップグレード前にポータルのファイルをエクスポートし (kong-portal-cli または Files API)、2.1 のポータルテンプレート構成で作り直して、&apos;finish&apos; の後に再デプロイしてください</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica cannot be reached</source>
        <translation>pg_ro_* の読み取りレプリカに到達できません</translation>
    </message>
    <message>
        <source>Nodes read through pg_ro_*: fix the replica (or unset pg_ro_host) before the upgrade, or reads fail on every node that starts</source>
        <translation>ノードは pg_ro_* から読み取ります。アップグレード前にレプリカを修復してください (または pg_ro_host を外してください)。そうしないと、起動するすべてのノードで読み取りが失敗します</translation>
    </message>
    <message>
        <source>pg_ro_* points at a server that is not a standby of the datastore</source>
        <translation>pg_ro_* がデータストアのスタンバイではないサーバーを指しています</translation>
    </message>
    <message>
        <source>%1 is not in recovery (pg_is_in_recovery() = false) and is not the primary</source>
        <translation>%1 はリカバリー中ではなく (pg_is_in_recovery() = false)、プライマリでもありません</translation>
    </message>
    <message>
        <source>Point pg_ro_* at a streaming standby of the primary; a separate primary serves other data, which the migrations will not update</source>
        <translation>pg_ro_* はプライマリのストリーミングスタンバイを指すようにしてください。別のプライマリは異なるデータを提供しており、マイグレーションでは更新されません</translation>
    </message>
    <message>
        <source>last replayed transaction %1 s ago</source>
        <translation>最後のトランザクションの再生は %1 秒前</translation>
    </message>
    <message>
        <source>no transaction replayed yet</source>
        <translation>まだトランザクションが再生されていません</translation>
    </message>
    <message>
        <source>%1 bytes of WAL received but not replayed</source>
        <translation>受信済みで未再生の WAL が %1 バイト</translation>
    </message>
    <message>
        <source>no WAL receiver is streaming</source>
        <translation>ストリーミング中の WAL レシーバーがありません</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica lags behind the primary</source>
        <translation>pg_ro_* の読み取りレプリカがプライマリより遅れています</translation>
    </message>
    <message>
        <source>Nodes would read an older schema and data from it during and after the migrations: fix replication first (or unset pg_ro_host for the upgrade window)</source>
        <translation>マイグレーション中および後に、ノードがそこから古いスキーマとデータを読むことになります。先にレプリケーションを修復してください (またはアップグレード期間中は pg_ro_host を外してください)</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: 応答なし (%2)</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未問い合わせ</translation>
    </message>
    <message>
        <source>%1: Kong %2 (%3), role %4, host %5</source>
        <translation>%1: Kong %2 (%3)、ロール %4、ホスト %5</translation>
    </message>
    <message>
        <source>database = %1</source>
        <translation>database = %1</translation>
    </message>
    <message>
        <source>pg_database = %1 on %2:%3, this report reads %4</source>
        <translation>pg_database = %1 (%2:%3)、このレポートが読むのは %4</translation>
    </message>
    <message>
        <source>pg_schema = %1, this report reads %2</source>
        <translation>pg_schema = %1、このレポートが読むのは %2</translation>
    </message>
    <message>
        <source>Running Kong nodes (Admin API GET /)</source>
        <translation>稼働中の Kong ノード (Admin API GET /)</translation>
    </message>
    <message>
        <source>Compare these versions with the schema level; every node must run the version whose migrations the datastore holds</source>
        <translation>これらのバージョンをスキーマレベルと比較してください。すべてのノードは、データストアが保持するマイグレーションのバージョンで稼働している必要があります</translation>
    </message>
    <message>
        <source>%1 node(s) did not answer on the Admin API</source>
        <translation>%1 台のノードが Admin API で応答しませんでした</translation>
    </message>
    <message>
        <source>Check the Admin API URL</source>
        <translation>Admin API の URL を確認してください</translation>
    </message>
    <message>
        <source>The nodes run %1 different Kong versions</source>
        <translation>ノードが %1 種類の異なる Kong バージョンで稼働しています</translation>
    </message>
    <message>
        <source>Finish the rolling or blue-green upgrade in progress (or roll back) so every node runs one version before starting another upgrade</source>
        <translation>進行中のローリングまたはブルーグリーンアップグレードを完了する (またはロールバックする) ことで、別のアップグレードを始める前にすべてのノードを 1 つのバージョンに揃えてください</translation>
    </message>
    <message>
        <source>Some nodes use another datastore than the one assessed</source>
        <translation>一部のノードは評価したものとは別のデータストアを使っています</translation>
    </message>
    <message>
        <source>Give the configuration of the datastore these nodes use, or leave their URLs out</source>
        <translation>これらのノードが使うデータストアの設定を指定するか、その URL を除外してください</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but the schema is at the %2 level: &apos;up&apos; was never run for %1</source>
        <translation>ノードは Kong %1 で稼働していますが、スキーマは %2 レベルです: %1 の &apos;up&apos; が一度も実行されていません</translation>
    </message>
    <message>
        <source>%1 report %2; migrations %2 expects and the datastore lacks: %3</source>
        <translation>%1 は %2 を報告。%2 が想定しているのにデータストアにないマイグレーション: %3</translation>
    </message>
    <message>
        <source>Plan the upgrade from the schema level (%1), not from the nodes&apos; version: run &apos;up&apos; (and &apos;finish&apos;) for the hops from there; until then these nodes cannot restart</source>
        <translation>ノードのバージョンではなくスキーマレベル (%1) からアップグレードを計画してください: そこからの各ステップで &apos;up&apos; (と &apos;finish&apos;) を実行します。それまでこれらのノードは再起動できません</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 on a schema already migrated (&apos;up&apos;) by a newer Kong: an upgrade is between &apos;up&apos; and &apos;finish&apos;</source>
        <translation>ノードは、より新しい Kong が既にマイグレーション (&apos;up&apos;) したスキーマ上で Kong %1 として稼働しています: アップグレードが &apos;up&apos; と &apos;finish&apos; の間にあります</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but a newer Kong migrated the schema (level %2)</source>
        <translation>ノードは Kong %1 で稼働していますが、より新しい Kong がスキーマをマイグレーションしています (レベル %2)</translation>
    </message>
    <message>
        <source>%1 report %2; migrations newer than %2: %3</source>
        <translation>%1 は %2 を報告。%2 より新しいマイグレーション: %3</translation>
    </message>
    <message>
        <source>Move the traffic to the new nodes, stop these old ones, then run &apos;finish&apos;</source>
        <translation>トラフィックを新しいノードに移し、これらの古いノードを停止してから &apos;finish&apos; を実行してください</translation>
    </message>
    <message>
        <source>These nodes are older than their schema (&apos;finish&apos; has run): replace them with nodes of the version that migrated it</source>
        <translation>これらのノードはスキーマより古いです (&apos;finish&apos; 実行済み)。スキーマをマイグレーションしたバージョンのノードに置き換えてください</translation>
    </message>
    <message>
        <source>The running Kong version could not be told from the schema</source>
        <translation>稼働中の Kong バージョンをスキーマから判定できませんでした</translation>
    </message>
    <message>
        <source>schema level: %1</source>
        <translation>スキーマレベル: %1</translation>
    </message>
    <message>
        <source>Pass --from VERSION (the version of the running nodes) to check the upgrade path</source>
        <translation>アップグレードパスを確認するには --from VERSION (稼働中のノードのバージョン) を指定してください</translation>
    </message>
    <message>
        <source>from %1 (given)</source>
        <translation>%1 から (指定値)</translation>
    </message>
    <message>
        <source>from %1 (lowest release matching the schema, level %2; pass --from to override)</source>
        <translation>%1 から (スキーマに合致する最も古いリリース、レベル %2。--from で上書き可)</translation>
    </message>
    <message>
        <source>Upgrade path not allowed: %1</source>
        <translation>許可されていないアップグレードパス: %1</translation>
    </message>
    <message>
        <source>%1 hops are required to reach %2</source>
        <translation>%2 に到達するには %1 ステップが必要です</translation>
    </message>
    <message>
        <source>Upgrade one hop at a time, each with &apos;up&apos; and &apos;finish&apos; (&apos;kong-upgrade path&apos; lists the notes of each)</source>
        <translation>1 ステップずつ、それぞれ &apos;up&apos; と &apos;finish&apos; でアップグレードしてください (各ステップの注意事項は &apos;kong-upgrade path&apos; が表示します)</translation>
    </message>
    <message>
        <source>Major upgrade %1 → %2</source>
        <translation>メジャーアップグレード %1 → %2</translation>
    </message>
    <message>
        <source>Review the breaking changes in Kong&apos;s changelog and UPGRADE.md before upgrading</source>
        <translation>アップグレード前に Kong の changelog と UPGRADE.md で互換性のない変更を確認してください</translation>
    </message>
    <message>
        <source>schema_meta exists but the connected role cannot see it</source>
        <translation>schema_meta は存在しますが、接続したロールからは見えません</translation>
    </message>
    <message>
        <source>role %1, schema %2</source>
        <translation>ロール %1、スキーマ %2</translation>
    </message>
    <message>
        <source>Grant the Kong role privileges on the Kong tables (Kong would report &quot;needs bootstrap&quot;)</source>
        <translation>Kong のロールに Kong のテーブルへの権限を付与してください (Kong は &quot;needs bootstrap&quot; と報告します)</translation>
    </message>
    <message>
        <source>No Kong schema in this database: this is a bootstrap, not an upgrade</source>
        <translation>このデータベースに Kong スキーマはありません: これはアップグレードではなく bootstrap です</translation>
    </message>
    <message>
        <source>no schema_meta table in %1.%2</source>
        <translation>%1.%2 に schema_meta テーブルがありません</translation>
    </message>
    <message>
        <source>Check pg_database / pg_schema; for a new installation run &apos;kong migrations bootstrap&apos;</source>
        <translation>pg_database / pg_schema を確認してください。新規インストールでは &apos;kong migrations bootstrap&apos; を実行します</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier upgrade were never finished</source>
        <translation>以前のアップグレードの保留中マイグレーションが完了していません</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations finish&apos; with the version that ran &apos;up&apos; (once no older node uses the database), then start this upgrade</source>
        <translation>&apos;up&apos; を実行したバージョンで &apos;kong migrations finish&apos; を実行し (古いノードがデータベースを使わなくなってから)、その後このアップグレードを開始してください</translation>
    </message>
    <message>
        <source>The schema holds migrations newer than %1</source>
        <translation>スキーマに %1 より新しいマイグレーションがあります</translation>
    </message>
    <message>
        <source>Pick a target at least as new as the Kong that wrote them (downgrades are not supported)</source>
        <translation>それらを書き込んだ Kong 以上の新しさの移行先を選んでください (ダウングレードには対応していません)</translation>
    </message>
    <message>
        <source>Enterprise subsystems in schema_meta: the native engine cannot run them</source>
        <translation>schema_meta に Enterprise のサブシステムがあります: ネイティブエンジンでは実行できません</translation>
    </message>
    <message>
        <source>schema_meta rows of subsystems the catalog does not know (custom plugins?)</source>
        <translation>カタログが知らないサブシステムの schema_meta 行 (カスタムプラグイン?)</translation>
    </message>
    <message>
        <source>Run the migrations with the target Kong&apos;s own CLI (external executor), with every such plugin installed and listed in &apos;plugins&apos;</source>
        <translation>移行先の Kong 自身の CLI (外部エグゼキューター) でマイグレーションを実行してください。該当するプラグインはすべてインストールし、&apos;plugins&apos; に記載します</translation>
    </message>
    <message>
        <source>Migration names the catalog has never heard of</source>
        <translation>カタログが知らないマイグレーション名</translation>
    </message>
    <message>
        <source>They come from Kong Enterprise, a custom build or a newer Kong; use the target Kong&apos;s own CLI (external executor)</source>
        <translation>Kong Enterprise、カスタムビルド、またはより新しい Kong に由来します。移行先の Kong 自身の CLI (外部エグゼキューター) を使ってください</translation>
    </message>
    <message>
        <source>Plugins in &apos;plugins&apos; whose migrations never ran</source>
        <translation>マイグレーションが一度も実行されていない &apos;plugins&apos; 内のプラグイン</translation>
    </message>
    <message>
        <source>no schema_meta row for: %1</source>
        <translation>schema_meta に行がないもの: %1</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations up&apos; with exactly this &apos;plugins&apos; setting (KONG_PLUGINS) before starting nodes that enable them</source>
        <translation>それらを有効にするノードを起動する前に、まさにこの &apos;plugins&apos; 設定 (KONG_PLUGINS) で &apos;kong migrations up&apos; を実行してください</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than 9.5</source>
        <translation>PostgreSQL %1 は 9.5 より古いです</translation>
    </message>
    <message>
        <source>server_version_num = %1; Kong %2 %3</source>
        <translation>server_version_num = %1、Kong %2 %3</translation>
    </message>
    <message>
        <source>refuses to connect (&quot;Kong requires postgres 9.5 or greater&quot;)</source>
        <translation>は接続を拒否します (&quot;Kong requires postgres 9.5 or greater&quot;)</translation>
    </message>
    <message>
        <source>declares 9.5 as its minimum</source>
        <translation>は最低要件を 9.5 としています</translation>
    </message>
    <message>
        <source>Upgrade PostgreSQL (12 to 15 are tested for Kong 2.8 and 3.x) before upgrading Kong</source>
        <translation>Kong のアップグレード前に PostgreSQL をアップグレードしてください (Kong 2.8 と 3.x では 12〜15 がテスト済み)</translation>
    </message>
    <message>
        <source>The connected role cannot create objects in the Kong schema</source>
        <translation>接続したロールは Kong スキーマにオブジェクトを作成できません</translation>
    </message>
    <message>
        <source>role %1 lacks CREATE on schema %2 (database %3)</source>
        <translation>ロール %1 にスキーマ %2 の CREATE 権限がありません (データベース %3)</translation>
    </message>
    <message>
        <source>GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15+ no longer grants it on public), or connect as the schema&apos;s owner</source>
        <translation>GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15 以降は public に対して既定では付与されません)、またはスキーマの所有者として接続してください</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1 (所有者 %2)</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… 他 %1 件</translation>
    </message>
    <message>
        <source>The connected role does not own Kong&apos;s tables</source>
        <translation>接続したロールは Kong のテーブルの所有者ではありません</translation>
    </message>
    <message>
        <source>role %1; not owned: %2</source>
        <translation>ロール %1、所有していないもの: %2</translation>
    </message>
    <message>
        <source>Run the migrations as the owner of the tables (or grant its role to the Kong user)</source>
        <translation>テーブルの所有者としてマイグレーションを実行してください (または所有者のロールを Kong のユーザーに付与してください)</translation>
    </message>
</context>
<context>
    <name>kuw::core::Components</name>
    <message>
        <source>Core, GUI, Widgets, Network, Concurrent and the SVG icon plugin</source>
        <translation>Core、GUI、Widgets、Network、Concurrent と SVG アイコンプラグイン</translation>
    </message>
    <message>
        <source>The simulated Kong node used by the demo and rehearsals</source>
        <translation>デモとリハーサルで使うシミュレートされた Kong ノード</translation>
    </message>
    <message>
        <source>PostgreSQL client library: every datastore connection</source>
        <translation>PostgreSQL クライアントライブラリ: データストアへのすべての接続</translation>
    </message>
    <message>
        <source>Reads the embedded migration catalog</source>
        <translation>組み込みのマイグレーションカタログを読み込む</translation>
    </message>
</context>
<context>
    <name>kuw::core::Config</name>
    <message>
        <source>no file at this path</source>
        <translation>このパスにファイルがありません</translation>
    </message>
    <message>
        <source>Check the path given with -c/--conf.</source>
        <translation>-c/--conf で指定したパスを確認してください。</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>Make the file readable by this user (it holds secrets, so prefer group read over world read).</source>
        <translation>このユーザーがファイルを読めるようにしてください (機密情報を含むため、全員ではなくグループに読み取りを許可するのが望ましい)。</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;, got &apos;%1&apos;</source>
        <translation>&apos;key = value&apos; の形式が必要ですが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>Fix or comment out this line (comments start with #).</source>
        <translation>この行を修正するか、コメントアウトしてください (コメントは # で始まります)。</translation>
    </message>
    <message>
        <source>unknown key (kept; check for a typo)</source>
        <translation>不明なキー (保持します。入力ミスがないか確認してください)</translation>
    </message>
    <message>
        <source>expected on/off or true/false, got &apos;%1&apos;</source>
        <translation>on/off または true/false が必要ですが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>Kong would silently read &apos;%1&apos; as off; write on or off.</source>
        <translation>Kong は &apos;%1&apos; を黙って off と解釈します。on か off と書いてください。</translation>
    </message>
    <message>
        <source>expected a whole number, got &apos;%1&apos;</source>
        <translation>整数が必要ですが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>Write a non-negative integer.</source>
        <translation>0 以上の整数を書いてください。</translation>
    </message>
    <message>
        <source>port %1 is outside 1–65535</source>
        <translation>ポート %1 は 1–65535 の範囲外です</translation>
    </message>
    <message>
        <source>Use the port PostgreSQL listens on (usually 5432).</source>
        <translation>PostgreSQL が待ち受けているポートを使ってください (通常 5432)。</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos;</source>
        <translation>無効な値 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使ってください: %1。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Connection</name>
    <message>
        <source>This configuration uses a Cassandra datastore (database = cassandra).</source>
        <translation>この設定は Cassandra データストアを使っています (database = cassandra)。</translation>
    </message>
    <message>
        <source>Cassandra datastores are upgraded through the export/import path (new keyspace, kong config db_export / db_import).</source>
        <translation>Cassandra データストアはエクスポート/インポート経由でアップグレードします (新しいキースペース、kong config db_export / db_import)。</translation>
    </message>
    <message>
        <source>DB-less mode has no datastore to migrate (database = off).</source>
        <translation>DB-less モードにはマイグレーションするデータストアがありません (database = off)。</translation>
    </message>
    <message>
        <source>Upgrade DB-less nodes by rolling them to the new version with their declarative configuration.</source>
        <translation>DB-less ノードは、宣言的設定とともに新しいバージョンへ順次切り替えてアップグレードします。</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>一時的な CA バンドルを作成できません。</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate: %1 を読み込めません</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>パスまたはファイルのパーミッションを修正してください。</translation>
    </message>
    <message>
        <source>libpq could not allocate a connection.</source>
        <translation>libpq が接続を割り当てられませんでした。</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>接続の試行を取り消しました。</translation>
    </message>
    <message>
        <source>Authentication failed for user &quot;%1&quot; at %2.</source>
        <translation>%2 でユーザー &quot;%1&quot; の認証に失敗しました。</translation>
    </message>
    <message>
        <source>Check pg_user and pg_password (or KONG_PG_PASSWORD).</source>
        <translation>pg_user と pg_password (または KONG_PG_PASSWORD) を確認してください。</translation>
    </message>
    <message>
        <source>The server does not allow user &quot;%1&quot; to connect from this host (%2).</source>
        <translation>サーバーはこのホストからのユーザー &quot;%1&quot; の接続を許可していません (%2)。</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry for this host, user and database.</source>
        <translation>このホスト、ユーザー、データベース用の pg_hba.conf エントリの追加を DBA に依頼してください。</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry, or try pg_ssl = on if the entry is &apos;hostssl&apos;.</source>
        <translation>pg_hba.conf エントリの追加を DBA に依頼するか、エントリが &apos;hostssl&apos; なら pg_ssl = on を試してください。</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; does not exist on %2.</source>
        <translation>データベース &quot;%1&quot; は %2 に存在しません。</translation>
    </message>
    <message>
        <source>Create it (CREATE DATABASE %1 OWNER %2;) or fix pg_database.</source>
        <translation>作成するか (CREATE DATABASE %1 OWNER %2;)、pg_database を修正してください。</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; does not exist on %2.</source>
        <translation>ロール &quot;%1&quot; は %2 に存在しません。</translation>
    </message>
    <message>
        <source>Create the role or fix pg_user.</source>
        <translation>ロールを作成するか、pg_user を修正してください。</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>%1 との TLS に失敗しました: %2</translation>
    </message>
    <message>
        <source>Check pg_ssl_verify and lua_ssl_trusted_certificate (the CA that signed the server certificate).</source>
        <translation>pg_ssl_verify と lua_ssl_trusted_certificate (サーバー証明書に署名した CA) を確認してください。</translation>
    </message>
    <message>
        <source>The server requires TLS: set pg_ssl = on.</source>
        <translation>サーバーは TLS を要求しています: pg_ssl = on を設定してください。</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>%1 に接続を拒否されました: そこでは何も待ち受けていません。</translation>
    </message>
    <message>
        <source>Check that PostgreSQL runs and listens on this address (listen_addresses, port), and pg_host/pg_port.</source>
        <translation>PostgreSQL が稼働してこのアドレスで待ち受けているか (listen_addresses、port)、また pg_host/pg_port を確認してください。</translation>
    </message>
    <message>
        <source>Host %1 is unreachable.</source>
        <translation>ホスト %1 に到達できません。</translation>
    </message>
    <message>
        <source>Check pg_host (name resolution, network route, firewall).</source>
        <translation>pg_host を確認してください (名前解決、ネットワーク経路、ファイアウォール)。</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms.</source>
        <translation>%1 への接続が %2 ミリ秒でタイムアウトしました。</translation>
    </message>
    <message>
        <source>Check the network path and firewall, or raise pg_timeout / --db-timeout.</source>
        <translation>ネットワーク経路とファイアウォールを確認するか、pg_timeout / --db-timeout を増やしてください。</translation>
    </message>
    <message>
        <source>Permission denied connecting to %1.</source>
        <translation>%1 への接続で権限が拒否されました。</translation>
    </message>
    <message>
        <source>Grant CONNECT on the database to %1.</source>
        <translation>データベースに対する CONNECT 権限を %1 に付与してください。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Check the datastore settings in kong.conf.</source>
        <translation>kong.conf のデータストア設定を確認してください。</translation>
    </message>
    <message>
        <source>Grant the privilege to the Kong role, or run as the schema owner.</source>
        <translation>Kong のロールに権限を付与するか、スキーマの所有者として実行してください。</translation>
    </message>
    <message>
        <source>The statement was cancelled (by the user or statement_timeout / --db-timeout).</source>
        <translation>ステートメントが取り消されました (ユーザー、または statement_timeout / --db-timeout による)。</translation>
    </message>
    <message>
        <source>Another session holds a conflicting lock; retry when the datastore is quieter.</source>
        <translation>別のセッションが競合するロックを保持しています。データストアが落ち着いてから再試行してください。</translation>
    </message>
    <message>
        <source>The connection to the datastore was lost; check the server and re-run (completed steps are kept).</source>
        <translation>データストアとの接続が失われました。サーバーを確認して再実行してください (完了したステップは保持されます)。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Cutover</name>
    <message>
        <source>Unknown checkpoint &quot;%1&quot; for a %2 deployment</source>
        <translation>%2 デプロイメントの不明なチェックポイント &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; cannot pass before &quot;%2&quot;</source>
        <translation>チェックポイント &quot;%1&quot; は &quot;%2&quot; より先に完了できません</translation>
    </message>
    <message>
        <source>Complete the checkpoints in order.</source>
        <translation>チェックポイントは順番に完了してください。</translation>
    </message>
    <message>
        <source>Every traffic stage is already confirmed</source>
        <translation>すべてのトラフィック段階は確認済みです</translation>
    </message>
    <message>
        <source>A %1 deployment has no traffic stages</source>
        <translation>%1 デプロイメントにはトラフィック段階がありません</translation>
    </message>
    <message>
        <source>Traffic cannot move before &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の前にトラフィックを移すことはできません</translation>
    </message>
    <message>
        <source>Verify the new nodes first.</source>
        <translation>先に新しいノードを検証してください。</translation>
    </message>
    <message>
        <source>Traffic stages: &quot;%1&quot; is not a percentage from 1 to 100</source>
        <translation>トラフィック段階: &quot;%1&quot; は 1〜100 のパーセンテージではありません</translation>
    </message>
    <message>
        <source>Write the stages as percentages, e.g. 10, 50, 100.</source>
        <translation>段階はパーセンテージで指定してください (例 10, 50, 100)。</translation>
    </message>
    <message>
        <source>Traffic stages: %1 does not follow %2</source>
        <translation>トラフィック段階: %1 は %2 の次に来られません</translation>
    </message>
    <message>
        <source>Each stage must move more traffic than the one before, e.g. 10, 50, 100.</source>
        <translation>各段階は前の段階より多くのトラフィックを移す必要があります (例 10, 50, 100)。</translation>
    </message>
    <message>
        <source>Traffic stages must end at 100 %</source>
        <translation>トラフィック段階は 100 % で終わる必要があります</translation>
    </message>
    <message>
        <source>Add 100 as the last stage: all traffic on the new cluster before finish.</source>
        <translation>最後の段階として 100 を追加してください: finish の前にすべてのトラフィックを新しいクラスターへ移します。</translation>
    </message>
    <message>
        <source>Helm releases, line %1</source>
        <translation>Helm リリース、%1 行目</translation>
    </message>
    <message>
        <source>release name &quot;%1&quot; is not valid</source>
        <translation>リリース名 &quot;%1&quot; は無効です</translation>
    </message>
    <message>
        <source>Use the name `helm list` shows (lowercase letters, digits, &apos;-&apos;, at most 53).</source>
        <translation>`helm list` が表示する名前を使ってください (英小文字、数字、&apos;-&apos;、最大 53 文字)。</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not valid</source>
        <translation>ネームスペース &quot;%1&quot; は無効です</translation>
    </message>
    <message>
        <source>Write namespace/release, e.g. kong/kong-proxy.</source>
        <translation>namespace/release の形で書いてください (例 kong/kong-proxy)。</translation>
    </message>
    <message>
        <source>release &quot;%1&quot; is listed twice</source>
        <translation>リリース &quot;%1&quot; が 2 回記載されています</translation>
    </message>
    <message>
        <source>List each release once, in the order to upgrade.</source>
        <translation>各リリースは 1 回だけ、アップグレードの順に記載してください。</translation>
    </message>
    <message>
        <source>Helm releases</source>
        <translation>Helm リリース</translation>
    </message>
    <message>
        <source>no release given</source>
        <translation>リリースが指定されていません</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore, one per line.</source>
        <translation>このデータストアを共有する Kong チャートのリリースを 1 行に 1 つずつ記載してください。</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore.</source>
        <translation>このデータストアを共有する Kong チャートのリリースを記載してください。</translation>
    </message>
    <message>
        <source>Helm image tag</source>
        <translation>Helm イメージタグ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot; は有効なイメージタグではありません</translation>
    </message>
    <message>
        <source>Use the target Kong version, e.g. 2.5.</source>
        <translation>移行先の Kong バージョンを使ってください (例 2.5)。</translation>
    </message>
    <message>
        <source>Helm image repository</source>
        <translation>Helm イメージリポジトリ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; は無効です</translation>
    </message>
    <message>
        <source>e.g. kong or kong/kong-gateway.</source>
        <translation>例 kong または kong/kong-gateway。</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm チャート</translation>
    </message>
    <message>
        <source>e.g. kong/kong.</source>
        <translation>例 kong/kong。</translation>
    </message>
    <message>
        <source>GET / failed: %1 %2</source>
        <translation>GET / に失敗しました: %1 %2</translation>
    </message>
    <message>
        <source>The node reports version &quot;%1&quot;, which is not a Kong version.</source>
        <translation>ノードはバージョン &quot;%1&quot; を報告していますが、Kong のバージョンではありません。</translation>
    </message>
    <message>
        <source>Version %1, but the %2 cluster must run %3.x: %4</source>
        <translation>バージョン %1 ですが、%2 クラスターは %3.x で稼働する必要があります: %4</translation>
    </message>
    <message>
        <source>start the new nodes with the target Kong release.</source>
        <translation>新しいノードは移行先の Kong リリースで起動してください。</translation>
    </message>
    <message>
        <source>this URL is not an old node; check the list.</source>
        <translation>この URL は旧ノードではありません。一覧を確認してください。</translation>
    </message>
    <message>
        <source>Role %1, expected %2: list the %3 here.</source>
        <translation>ロール %1、期待値 %2: ここには %3 を記載してください。</translation>
    </message>
    <message>
        <source>Control Plane Admin APIs</source>
        <translation>Control Plane の Admin API</translation>
    </message>
    <message>
        <source>traditional nodes&apos; Admin APIs</source>
        <translation>従来型ノードの Admin API</translation>
    </message>
    <message>
        <source>database = %1: the new nodes must use PostgreSQL (the same datastore).</source>
        <translation>database = %1: 新しいノードは PostgreSQL (同じデータストア) を使う必要があります。</translation>
    </message>
    <message>
        <source>pg_database = %1, but the datastore being upgraded is %2: point the new nodes at the same database.</source>
        <translation>pg_database = %1 ですが、アップグレード中のデータストアは %2 です: 新しいノードを同じデータベースに向けてください。</translation>
    </message>
    <message>
        <source>The node connects to %1:%2, the wizard to %3:%4: make sure that is the same server.</source>
        <translation>ノードの接続先は %1:%2、ウィザードの接続先は %3:%4 です: 同じサーバーであることを確認してください。</translation>
    </message>
    <message>
        <source>GET /status was not asked.</source>
        <translation>GET /status は問い合わせていません。</translation>
    </message>
    <message>
        <source>GET /status failed: %1 %2</source>
        <translation>GET /status に失敗しました: %1 %2</translation>
    </message>
    <message>
        <source>/status says the database is not reachable from this node: check its pg_* settings and the network to PostgreSQL.</source>
        <translation>/status によると、このノードからデータベースに到達できません: pg_* 設定と PostgreSQL へのネットワークを確認してください。</translation>
    </message>
    <message>
        <source>GET /clustering/data-planes failed: %1 %2</source>
        <translation>GET /clustering/data-planes に失敗しました: %1 %2</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet: start Data Planes of the target version with cluster_control_plane pointing at it.</source>
        <translation>新しい Control Plane にはまだ Data Plane が接続されていません: cluster_control_plane をそこに向けた移行先バージョンの Data Plane を起動してください。</translation>
    </message>
    <message>
        <source>Data Plane %1 runs %2: upgrade it to %3.%4.x.</source>
        <translation>Data Plane %1 は %2 で稼働しています: %3.%4.x にアップグレードしてください。</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
</context>
<context>
    <name>kuw::core::Declarative</name>
    <message>
        <source>The target is not a bootstrapped Kong 2.x datastore (no default workspace).</source>
        <translation>移行先は bootstrap 済みの Kong 2.x データストアではありません (default ワークスペースがありません)。</translation>
    </message>
    <message>
        <source>Bootstrap it first: kong-upgrade migrations bootstrap</source>
        <translation>先に bootstrap してください: kong-upgrade migrations bootstrap</translation>
    </message>
    <message>
        <source>The target datastore already holds entities (%1).</source>
        <translation>移行先のデータストアには既にエンティティがあります (%1)。</translation>
    </message>
    <message>
        <source>Import into a freshly bootstrapped datastore (a new database or schema).</source>
        <translation>bootstrap したばかりのデータストア (新しいデータベースまたはスキーマ) にインポートしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>パスとファイルのパーミッションを確認してください。</translation>
    </message>
    <message>
        <source>Importer without a connection</source>
        <translation>接続のないインポーター</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the import.</source>
        <translation>インポート用の一時ディレクトリを作成できません。</translation>
    </message>
    <message>
        <source>Kong does not import %1 (db_export leaves it out)</source>
        <translation>Kong は %1 をインポートしません (db_export も出力しません)</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;</source>
        <translation>不明なトップレベルキー &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown entity type &apos;%1&apos; (not a Kong 2.5 entity or bundled plugin entity)</source>
        <translation>不明なエンティティ種別 &apos;%1&apos; (Kong 2.5 のエンティティでも同梱プラグインのエンティティでもありません)</translation>
    </message>
    <message>
        <source>_format_version &apos;%1&apos; is not one Kong 2.5 reads (&quot;1.1&quot; or &quot;2.1&quot;); the file comes from a different Kong version or tool. Export it with Kong 2.x (kong config db_export) or convert it (deck convert).</source>
        <translation>_format_version &apos;%1&apos; は Kong 2.5 が読める形式 (&quot;1.1&quot; または &quot;2.1&quot;) ではありません。ファイルは別の Kong バージョンまたはツールのものです。Kong 2.x でエクスポートするか (kong config db_export)、変換してください (deck convert)。</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>真偽値が必要です</translation>
    </message>
    <message>
        <source>expected a list of entities</source>
        <translation>エンティティのリストが必要です</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <source>missing _format_version (Kong&apos;s exports start with _format_version: &quot;2.1&quot;)</source>
        <translation>_format_version がありません (Kong のエクスポートは _format_version: &quot;2.1&quot; で始まります)</translation>
    </message>
    <message>
        <source>%1 is not a valid declarative configuration: %2</source>
        <translation>%1 は有効な宣言的設定ではありません: %2</translation>
    </message>
    <message>
        <source>Fix the file at the positions listed (a file cut short by a failed copy must be exported again). Nothing was written.</source>
        <translation>示された位置でファイルを修正してください (コピーの失敗で途中までしかないファイルは再エクスポートが必要です)。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Cannot read the spool file %1.</source>
        <translation>スプールファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>cannot write the spool file %1</source>
        <translation>スプールファイル %1 に書き込めません</translation>
    </message>
    <message>
        <source>a value (not shown: secret)</source>
        <translation>値 (機密のため非表示)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>the id (UUID) of a %1 entity</source>
        <translation>%1 エンティティの id (UUID)</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a timestamp (seconds since the epoch)</source>
        <translation>タイムスタンプ (エポックからの秒数)</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <source>a list of UUIDs</source>
        <translation>UUID のリスト</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list of mappings</source>
        <translation>マッピングのリスト</translation>
    </message>
    <message>
        <source>expected a mapping (one entity), got a %1</source>
        <translation>マッピング (1 つのエンティティ) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>nested %1 must be a list</source>
        <translation>入れ子の %1 はリストでなければなりません</translation>
    </message>
    <message>
        <source>unknown field (Kong 2.5&apos;s %1 schema has no such field)</source>
        <translation>不明なフィールド (Kong 2.5 の %1 スキーマにはこのフィールドはありません)</translation>
    </message>
    <message>
        <source>conflicts with the enclosing %1 (%2)</source>
        <translation>外側の %1 (%2) と矛盾しています</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>at least one of these fields must be non-empty: &apos;custom_id&apos;, &apos;username&apos;</source>
        <translation>次のフィールドの少なくとも 1 つは空にできません: &apos;custom_id&apos;、&apos;username&apos;</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>PEM 証明書ではありません</translation>
    </message>
    <message>
        <source>hashing client secrets on import is not supported; import the hashed secret with &apos;_transform: false&apos; (as db_export writes it)</source>
        <translation>インポート時のクライアントシークレットのハッシュ化には対応していません。ハッシュ済みのシークレットを &apos;_transform: false&apos; でインポートしてください (db_export が書き出す形式)</translation>
    </message>
    <message>
        <source>duplicate primary key &apos;%1&apos; (first at line %2)</source>
        <translation>主キー &apos;%1&apos; が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>duplicate value %1 of a unique field (first at line %2)</source>
        <translation>一意フィールドの値 %1 が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>(not shown: secret)</source>
        <translation>(機密のため非表示)</translation>
    </message>
    <message>
        <source>references %1 &apos;%2&apos;, which is not in the file</source>
        <translation>ファイルにない %1 &apos;%2&apos; を参照しています</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>インポートはキャンセルされました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Migrations</name>
    <message>
        <source>Unknown teardown function %1</source>
        <translation>不明なティアダウン関数 %1</translation>
    </message>
    <message>
        <source>Database already bootstrapped</source>
        <translation>データベースは既に bootstrap 済みです</translation>
    </message>
    <message>
        <source>Another node bootstrapped it meanwhile.</source>
        <translation>その間に別のノードが bootstrap しました。</translation>
    </message>
    <message>
        <source>failed to run migration &apos;%1&apos; %2: %3</source>
        <translation>マイグレーション &apos;%1&apos; %2 の実行に失敗しました: %3</translation>
    </message>
    <message>
        <source>Database not bootstrapped, nothing to reset</source>
        <translation>データベースは bootstrap されていないため、リセットするものはありません</translation>
    </message>
    <message>
        <source>unknown holder</source>
        <translation>不明な保持者</translation>
    </message>
    <message>
        <source>%1 (expires in %2 s)</source>
        <translation>%1 (%2 秒後に期限切れ)</translation>
    </message>
    <message>
        <source>aborted: another node is performing database changes</source>
        <translation>中止しました: 別のノードがデータベースを変更中です</translation>
    </message>
    <message>
        <source>Wait for it to finish (holder: %1), or, if no migration is running, wait for the lock to expire.</source>
        <translation>完了を待ってください (保持者: %1)。マイグレーションが実行中でなければ、ロックの期限切れを待ってください。</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the migration lock</source>
        <translation>マイグレーションロックを %1 秒待ちましたがタイムアウトしました</translation>
    </message>
    <message>
        <source>Another node holds it: %1. Retry later or raise --lock-timeout.</source>
        <translation>別のノードが保持しています: %1。後で再試行するか、--lock-timeout を増やしてください。</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the migration lock.</source>
        <translation>マイグレーションロックの待機中に取り消されました。</translation>
    </message>
    <message>
        <source>Connection lost; the migration lock expires by itself after %1 s</source>
        <translation>接続が失われました。マイグレーションロックは %1 秒後に自動で期限切れになります</translation>
    </message>
    <message>
        <source>The datastore records migrations this tool&apos;s catalog does not know: %1</source>
        <translation>データストアに、このツールのカタログが知らないマイグレーションの記録があります: %1</translation>
    </message>
    <message>
        <source>These come from Kong Enterprise, custom plugins or a newer Kong. Run this upgrade with the external executor (the real &apos;kong migrations&apos; CLI of the target version).</source>
        <translation>Kong Enterprise、カスタムプラグイン、またはより新しい Kong に由来します。このアップグレードは外部エグゼキューター (移行先バージョンの本物の &apos;kong migrations&apos; CLI) で実行してください。</translation>
    </message>
    <message>
        <source>The datastore is newer than the target Kong %1: %2</source>
        <translation>データストアは移行先の Kong %1 より新しいです: %2</translation>
    </message>
    <message>
        <source>Choose a newer target version; Kong migrations never go backwards.</source>
        <translation>より新しい移行先バージョンを選んでください。Kong のマイグレーションは後戻りしません。</translation>
    </message>
    <message>
        <source>Use &apos;migrations up&apos; to apply new migrations, or &apos;bootstrap --force&apos; to reset and bootstrap again (destroys all data).</source>
        <translation>新しいマイグレーションを適用するには &apos;migrations up&apos; を、リセットして bootstrap し直すには &apos;bootstrap --force&apos; を使ってください (全データが失われます)。</translation>
    </message>
    <message>
        <source>Cannot run migrations: </source>
        <translation>マイグレーションを実行できません: </translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; for a new installation.</source>
        <translation>新規インストールでは &apos;migrations bootstrap&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos;</source>
        <translation>データベースに保留中のマイグレーションがあります。&apos;kong migrations finish&apos; を実行してください</translation>
    </message>
    <message>
        <source>--force never re-runs migrations (Kong&apos;s re-runs are not idempotent): run &apos;migrations finish&apos; first.</source>
        <translation>--force でもマイグレーションは再実行しません (Kong の再実行は冪等ではありません)。先に &apos;migrations finish&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Run &apos;migrations finish&apos; once the old cluster no longer uses the datastore.</source>
        <translation>古いクラスターがデータストアを使わなくなったら &apos;migrations finish&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Continuing an interrupted &apos;up&apos;: the pending migrations all precede the new ones, so this completes the same upgrade (Kong itself would refuse).</source>
        <translation>中断した &apos;up&apos; を再開します: 保留中のマイグレーションはすべて新しいものより前にあるため、同じアップグレードを完了させます (Kong 自身は拒否します)。</translation>
    </message>
    <message>
        <source>Cannot run migrations: database needs bootstrapping</source>
        <translation>マイグレーションを実行できません: データベースの bootstrap が必要です</translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; first.</source>
        <translation>先に &apos;migrations bootstrap&apos; を実行してください。</translation>
    </message>
    <message>
        <source>New migrations available; run &apos;kong migrations up&apos; to proceed</source>
        <translation>新しいマイグレーションがあります。続行するには &apos;kong migrations up&apos; を実行してください</translation>
    </message>
    <message>
        <source>Plugins without catalog entries are skipped: %1</source>
        <translation>カタログにエントリのないプラグインはスキップします: %1</translation>
    </message>
    <message>
        <source>Plan: %1 to Kong %2, %3 step(s)
</source>
        <translation>計画: Kong %2 への %1、%3 ステップ
</translation>
    </message>
    <message>
        <source>  0. create schema_meta and locks (Kong&apos;s bookkeeping tables)
</source>
        <translation>  0. schema_meta と locks を作成 (Kong の管理用テーブル)
</translation>
    </message>
    <message>
        <source>       locks: %1; ~%2 rows%3%4
</source>
        <translation>       ロック: %1、約 %2 行%3%4
</translation>
    </message>
    <message>
        <source>; builds an index</source>
        <translation>、インデックスを作成</translation>
    </message>
    <message>
        <source>; rewrites rows</source>
        <translation>、行を書き換え</translation>
    </message>
    <message>
        <source>  %1 migration(s) will be left pending until &apos;finish&apos;.
</source>
        <translation>  %1 件のマイグレーションが &apos;finish&apos; まで保留されます。
</translation>
    </message>
    <message>
        <source>  Note: %1
</source>
        <translation>  注: %1
</translation>
    </message>
    <message>
        <source>Database needs bootstrapping or is older than Kong 1.0.

To start a new installation from scratch, run &apos;kong migrations bootstrap&apos;.

To migrate from a version older than 1.0, migrate to Kong 1.5.0 first. 
If you still have &apos;apis&apos; entities, you can convert them to Routes and Services
using the &apos;kong migrations migrate-apis&apos; command in Kong 1.5.0.
</source>
        <translation>データベースは bootstrap が必要か、Kong 1.0 より古いものです。

新規インストールを一から始めるには、&apos;kong migrations bootstrap&apos; を実行してください。

1.0 より古いバージョンから移行するには、まず Kong 1.5.0 に移行してください。
&apos;apis&apos; エンティティが残っている場合は、Kong 1.5.0 の &apos;kong migrations migrate-apis&apos;
コマンドで Routes と Services に変換できます。
</translation>
    </message>
    <message>
        <source>Database has pending migrations from a previous upgrade, and new migrations from this upgrade (version %1)</source>
        <translation>データベースには、以前のアップグレードの保留中マイグレーションと、今回のアップグレードの新しいマイグレーション (バージョン %1) があります</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos; when ready</source>
        <translation>データベースに保留中のマイグレーションがあります。準備ができたら &apos;kong migrations finish&apos; を実行してください</translation>
    </message>
    <message>
        <source>Database is up-to-date</source>
        <translation>データベースは最新です</translation>
    </message>
    <message>
        <source>Cannot read schema_meta before running Kong: </source>
        <translation>Kong の実行前に schema_meta を読み込めません: </translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <source>Install Kong or set the command prefix.</source>
        <translation>Kong をインストールするか、コマンドプレフィックスを設定してください。</translation>
    </message>
    <message>
        <source>Install %1 or fix the command prefix.</source>
        <translation>%1 をインストールするか、コマンドプレフィックスを修正してください。</translation>
    </message>
    <message>
        <source>Cannot read schema_meta after running Kong: </source>
        <translation>Kong の実行後に schema_meta を読み込めません: </translation>
    </message>
    <message>
        <source>%1 was cancelled and stopped</source>
        <translation>%1 は取り消され、停止しました</translation>
    </message>
    <message>
        <source>Check the state with &apos;kong migrations list&apos;; a lock Kong left behind expires after --lock-timeout.</source>
        <translation>&apos;kong migrations list&apos; で状態を確認してください。Kong が残したロックは --lock-timeout 後に期限切れになります。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 は %2 秒以内に終わらなかったため停止しました</translation>
    </message>
    <message>
        <source>Raise the timeout for long migrations; check the state with &apos;kong migrations list&apos; first.</source>
        <translation>長いマイグレーションにはタイムアウトを増やしてください。まず &apos;kong migrations list&apos; で状態を確認してください。</translation>
    </message>
    <message>
        <source>Check the output above and the state with &apos;kong migrations list&apos;.</source>
        <translation>上の出力と、&apos;kong migrations list&apos; による状態を確認してください。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Parallel</name>
    <message>
        <source>The new datastore already holds a Kong schema of another version.</source>
        <translation>新しいデータストアには既に別バージョンの Kong スキーマがあります。</translation>
    </message>
    <message>
        <source>Choose an empty database or schema for the new cluster.</source>
        <translation>新しいクラスター用に空のデータベースまたはスキーマを選んでください。</translation>
    </message>
    <message>
        <source>The new datastore is already bootstrapped at Kong %1.</source>
        <translation>新しいデータストアは既に Kong %1 で bootstrap されています。</translation>
    </message>
    <message>
        <source>Bootstrapping the new datastore at Kong %1…</source>
        <translation>新しいデータストアを Kong %1 で bootstrap しています…</translation>
    </message>
    <message>
        <source>Bootstrap cancelled.</source>
        <translation>bootstrap はキャンセルされました。</translation>
    </message>
    <message>
        <source>The old datastore predates Kong 2.5&apos;s schema, which the native export reads.</source>
        <translation>旧データストアは、ネイティブエクスポートが読み取る Kong 2.5 のスキーマより古いものです。</translation>
    </message>
    <message>
        <source>Export it with the old Kong itself (%1 on an old node) and import that file instead.</source>
        <translation>旧 Kong 自体でエクスポートし (旧ノードで %1)、代わりにそのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>不足している列: %1</translation>
    </message>
    <message>
        <source>Exporting the old datastore to %1…</source>
        <translation>旧データストアを %1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported %1 entities.</source>
        <translation>%1 個のエンティティをエクスポートしました。</translation>
    </message>
    <message>
        <source>Importing %1 into the new datastore…</source>
        <translation>%1 を新しいデータストアにインポートしています…</translation>
    </message>
    <message>
        <source>Imported %1 entities in one transaction.</source>
        <translation>%1 個のエンティティを 1 つのトランザクションでインポートしました。</translation>
    </message>
    <message>
        <source>Counting every entity type on both sides…</source>
        <translation>両側ですべてのエンティティ種別を数えています…</translation>
    </message>
    <message>
        <source>%1 entity types compared, %2 with different counts.</source>
        <translation>%1 種類のエンティティを比較、うち %2 種類で件数が異なります。</translation>
    </message>
    <message>
        <source>No new datastore was chosen yet: continue with it.</source>
        <translation>新しいデータストアはまだ選択されていません: 選択から続けてください。</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore yet: run the transfer.</source>
        <translation>新しいデータストアにはまだ何もインポートされていません: 転送を実行してください。</translation>
    </message>
    <message>
        <source>The new datastore holds no Kong schema any more: run the transfer again.</source>
        <translation>新しいデータストアに Kong スキーマがもうありません: 転送をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The old datastore&apos;s decommissioning was confirmed.</source>
        <translation>旧データストアの廃止が確認されました。</translation>
    </message>
    <message>
        <source>The changes since the export were compared: decommission the old datastore.</source>
        <translation>エクスポート以降の変更を比較しました: 旧データストアを廃止してください。</translation>
    </message>
    <message>
        <source>Every cutover checkpoint passed: compare the changes made since the export.</source>
        <translation>すべての切り替えチェックポイントに合格しました: エクスポート以降の変更を比較してください。</translation>
    </message>
    <message>
        <source>The transfer is done: continue the cutover to the new cluster on the new datastore.</source>
        <translation>転送は完了しました: 新しいデータストア上の新クラスターへの切り替えを続けてください。</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore: run the transfer again when ready.</source>
        <translation>新しいデータストアには何もインポートされていません: 準備ができたら転送をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Paths</name>
    <message>
        <source>the upgrade-path rules loop at %1</source>
        <translation>アップグレードパスの規則が %1 でループしています</translation>
    </message>
    <message>
        <source>%1 is not older than %2: nothing to upgrade (downgrades are not supported)</source>
        <translation>%1 は %2 より古くありません: アップグレードするものはありません (ダウングレードには対応していません)</translation>
    </message>
    <message>
        <source>pick a newer target version</source>
        <translation>より新しい移行先バージョンを選んでください</translation>
    </message>
    <message>
        <source>no known %1 upgrade path to %2</source>
        <translation>%2 への既知の %1 アップグレードパスはありません</translation>
    </message>
    <message>
        <source>check the target version and edition (--edition oss|enterprise)</source>
        <translation>移行先のバージョンとエディションを確認してください (--edition oss|enterprise)</translation>
    </message>
    <message>
        <source>%1 upgrade from %2 to %3 is not allowed: the lowest documented source is %4</source>
        <translation>%2 から %3 への %1 アップグレードは許可されていません: 文書化されている最も古い移行元は %4 です</translation>
    </message>
    <message>
        <source>no documented path; ask Kong support for a migration plan</source>
        <translation>文書化されたパスはありません。Kong サポートに移行計画を相談してください</translation>
    </message>
    <message>
        <source>both versions are required</source>
        <translation>両方のバージョンが必要です</translation>
    </message>
    <message>
        <source>give versions such as 2.1.4 or 2.4.1.0</source>
        <translation>2.1.4 や 2.4.1.0 のようなバージョンを指定してください</translation>
    </message>
</context>
<context>
    <name>kuw::core::Session</name>
    <message>
        <source>Cannot create the journal directory %1</source>
        <translation>ジャーナルディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>Check permissions of the application data directory.</source>
        <translation>アプリケーションデータディレクトリのパーミッションを確認してください。</translation>
    </message>
    <message>
        <source>%1: not an upgrade journal (no id)</source>
        <translation>%1: アップグレードジャーナルではありません (id なし)</translation>
    </message>
    <message>
        <source>The journal is damaged; start a new session (the datastore state is re-checked anyway).</source>
        <translation>ジャーナルが壊れています。新しいセッションを開始してください (データストアの状態はいずれにせよ再確認されます)。</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>ジャーナル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The database holds no Kong schema: start from the version page.</source>
        <translation>データベースに Kong スキーマがありません: バージョンのページから始めてください。</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>データストアは既に Kong %1 のレベルです。</translation>
    </message>
    <message>
        <source>&apos;up&apos; has run; %1 pending migration(s) wait for &apos;finish&apos;.</source>
        <translation>&apos;up&apos; は実行済みです。保留中の %1 件のマイグレーションが &apos;finish&apos; を待っています。</translation>
    </message>
    <message>
        <source>A fresh install is re-planned from the version page.</source>
        <translation>新規インストールはバージョンのページから計画し直します。</translation>
    </message>
    <message>
        <source>&apos;up&apos; was interrupted: the migrations already committed are kept; run &apos;up&apos; again for the rest.</source>
        <translation>&apos;up&apos; は中断されました: コミット済みのマイグレーションは保持されます。残りのために &apos;up&apos; をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Nothing has changed the datastore yet: the checks run again before any change.</source>
        <translation>データストアはまだ何も変更されていません: 変更の前にチェックを再実行します。</translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions of the journal&apos;s folder; until then this session cannot be resumed after a crash.</source>
        <translation>ディスク容量を空けるか、ジャーナルのフォルダーの権限を修正してください。それまでは、クラッシュ後にこのセッションを再開できません。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Snapshot</name>
    <message>
        <source>Install postgresql-client-%1 (apt-get install postgresql-client-%1) or set PG_BINDIR to a directory holding pg_dump and pg_restore %1 or newer.</source>
        <translation>postgresql-client-%1 をインストールするか (apt-get install postgresql-client-%1)、PG_BINDIR を pg_dump と pg_restore %1 以降があるディレクトリに設定してください。</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore were not found in %1.</source>
        <translation>%1 に pg_dump と pg_restore が見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 --version failed.</source>
        <translation>%1 --version が失敗しました。</translation>
    </message>
    <message>
        <source>Unrecognised pg_dump version: %1</source>
        <translation>認識できない pg_dump のバージョン: %1</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 が失敗しました (終了コード %2): %3</translation>
    </message>
    <message>
        <source>Check the user and password of the connection.</source>
        <translation>接続のユーザーとパスワードを確認してください。</translation>
    </message>
    <message>
        <source>Run with a role that owns the Kong schema (or a superuser).</source>
        <translation>Kong スキーマを所有するロール (またはスーパーユーザー) で実行してください。</translation>
    </message>
    <message>
        <source>Install a pg_dump at least as new as the server (postgresql-client-&lt;N&gt;).</source>
        <translation>サーバーと同じかそれより新しい pg_dump をインストールしてください (postgresql-client-&lt;N&gt;)。</translation>
    </message>
    <message>
        <source>Check that the server is reachable from this machine.</source>
        <translation>このマシンからサーバーに到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Free disk space or choose another snapshot directory.</source>
        <translation>ディスク容量を空けるか、別のスナップショットディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore are not installed.</source>
        <translation>pg_dump と pg_restore がインストールされていません。</translation>
    </message>
    <message>
        <source>pg_dump %1 (%2) is older than the PostgreSQL %3 server; it cannot make a reliable backup.</source>
        <translation>pg_dump %1 (%2) は PostgreSQL %3 サーバーより古いため、信頼できるバックアップを作成できません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>一時的な CA バンドルを作成できません。</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate: %1 を読み込めません</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>パスまたはファイルのパーミッションを修正してください。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>Check the PostgreSQL client installation (or PG_BINDIR).</source>
        <translation>PostgreSQL クライアントのインストール (または PG_BINDIR) を確認してください。</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 を取り消しました。</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s.</source>
        <translation>%1 が %2 秒を超えました。</translation>
    </message>
    <message>
        <source>Allow more time, or check the server&apos;s load.</source>
        <translation>時間を延ばすか、サーバーの負荷を確認してください。</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 がクラッシュしました。</translation>
    </message>
    <message>
        <source>Rehearsal cancelled.</source>
        <translation>リハーサルを取り消しました。</translation>
    </message>
    <message>
        <source>Nothing in production was changed; rehearse again when ready.</source>
        <translation>本番環境は何も変更されていません。準備ができたら再度リハーサルしてください。</translation>
    </message>
    <message>
        <source>If production runs a newer PostgreSQL (%1) than this machine&apos;s server, install that version&apos;s server package, or rehearse in a scratch database on the production server.</source>
        <translation>本番環境がこのマシンのサーバーより新しい PostgreSQL (%1) を使っている場合は、そのバージョンのサーバーパッケージをインストールするか、本番サーバー上の使い捨てデータベースでリハーサルしてください。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s datastore is not bootstrapped: nothing to rehearse.</source>
        <translation>スナップショットのデータストアは bootstrap されていません: リハーサルするものはありません。</translation>
    </message>
    <message>
        <source>The snapshot %1 has no schema_meta table (%2 entries): it is not a Kong datastore backup.</source>
        <translation>スナップショット %1 には schema_meta テーブルがありません (エントリ %2 件): Kong データストアのバックアップではありません。</translation>
    </message>
    <message>
        <source>Take a new snapshot of the Kong database (check pg_schema).</source>
        <translation>Kong データベースのスナップショットを取り直してください (pg_schema を確認)。</translation>
    </message>
    <message>
        <source>Cannot create the snapshot directory %1.</source>
        <translation>スナップショットディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>書き込み可能なディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not exist.</source>
        <translation>スナップショットファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>Choose an existing snapshot file.</source>
        <translation>既存のスナップショットファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file is damaged or from a newer pg_dump: take a new snapshot, or install a newer postgresql-client.</source>
        <translation>ファイルが壊れているか、より新しい pg_dump で作成されています: スナップショットを取り直すか、より新しい postgresql-client をインストールしてください。</translation>
    </message>
    <message>
        <source>Schema &quot;%1&quot; of %2 holds no Kong datastore (no schema_meta table).</source>
        <translation>%2 のスキーマ &quot;%1&quot; に Kong データストアはありません (schema_meta テーブルなし)。</translation>
    </message>
    <message>
        <source>Check pg_database and pg_schema; bootstrap first if this is a new install.</source>
        <translation>pg_database と pg_schema を確認してください。新規インストールなら先に bootstrap してください。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Choose a writable snapshot directory.</source>
        <translation>書き込み可能なスナップショットディレクトリを選んでください。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 を %2 に名前変更できません。</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>リストアを取り消しました。</translation>
    </message>
    <message>
        <source>The Kong schema of database %1 is now empty: keep Kong stopped, fix the cause and restore again from %2 (the file is unchanged), or restore into a new database.</source>
        <translation>データベース %1 の Kong スキーマは現在空です: Kong を停止したまま原因を修正し、%2 から再度リストアするか (ファイルは変更されていません)、新しいデータベースにリストアしてください。</translation>
    </message>
    <message>
        <source>Nothing was changed: fix the cause and try again.</source>
        <translation>何も変更されていません: 原因を修正して再試行してください。</translation>
    </message>
    <message>
        <source>Restoring in place replaces the Kong schema of %1.</source>
        <translation>その場でのリストアは %1 の Kong スキーマを置き換えます。</translation>
    </message>
    <message>
        <source>Confirm the restore first, or restore into a new database.</source>
        <translation>先にリストアを確認するか、新しいデータベースにリストアしてください。</translation>
    </message>
    <message>
        <source>Invalid database name: %1</source>
        <translation>無効なデータベース名: %1</translation>
    </message>
    <message>
        <source>Use at most 63 bytes and no &apos;=&apos;.</source>
        <translation>63 バイト以内で、&apos;=&apos; を含めないでください。</translation>
    </message>
    <message>
        <source>The snapshot holds schema &quot;%1&quot; but the connection uses schema &quot;%2&quot;.</source>
        <translation>スナップショットのスキーマは &quot;%1&quot; ですが、接続はスキーマ &quot;%2&quot; を使っています。</translation>
    </message>
    <message>
        <source>Set pg_schema to the snapshot&apos;s schema, or restore into a new database.</source>
        <translation>pg_schema をスナップショットのスキーマに設定するか、新しいデータベースにリストアしてください。</translation>
    </message>
    <message>
        <source>Choose a database name that does not exist yet.</source>
        <translation>まだ存在しないデータベース名を選んでください。</translation>
    </message>
</context>
<context>
    <name>kuw::core::Status</name>
    <message>
        <source>Server:      PostgreSQL %1
</source>
        <translation>サーバー:     PostgreSQL %1
</translation>
    </message>
    <message>
        <source>Connected:   %1@%2, schema %3%4
</source>
        <translation>接続:         %1@%2、スキーマ %3%4
</translation>
    </message>
    <message>
        <source> (no CREATE privilege)</source>
        <translation> (CREATE 権限なし)</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta exists but this role cannot read it (Kong would report &apos;needs bootstrap&apos;)
</source>
        <translation>Kong スキーマ: schema_meta はありますが、このロールは読めません (Kong は &apos;needs bootstrap&apos; と報告します)
</translation>
    </message>
    <message>
        <source>Kong schema: none (database needs bootstrapping)
</source>
        <translation>Kong スキーマ: なし (データベースの bootstrap が必要)
</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta is empty (bootstrapped, every migration new)
</source>
        <translation>Kong スキーマ: schema_meta は空です (bootstrap 済み、すべてのマイグレーションが新規)
</translation>
    </message>
    <message>
        <source>Kong schema: %1 subsystem(s)
</source>
        <translation>Kong スキーマ: サブシステム %1 個
</translation>
    </message>
    <message>
        <source>  %1  executed: %2
</source>
        <translation>  %1  実行済み: %2
</translation>
    </message>
    <message>
        <source>  %1  pending:  %2
</source>
        <translation>  %1  保留中:   %2
</translation>
    </message>
    <message>
        <source>Migration lock: locks table missing
</source>
        <translation>マイグレーションロック: locks テーブルがありません
</translation>
    </message>
    <message>
        <source>Migration lock: free
</source>
        <translation>マイグレーションロック: 空き
</translation>
    </message>
    <message>
        <source>Migration lock: stale row from %1, expired %2 s ago (the next run takes it over)
</source>
        <translation>マイグレーションロック: %1 の古い行、%2 秒前に期限切れ (次の実行が引き継ぎます)
</translation>
    </message>
    <message>
        <source>Migration lock: HELD by %1, expires in %2 s
</source>
        <translation>マイグレーションロック: %1 が保持中、%2 秒後に期限切れ
</translation>
    </message>
</context>
<context>
    <name>kuw::ui::AboutDialog</name>
    <message>
        <source>About Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard について</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Migration catalog: Kong Gateway up to %1</source>
        <translation>マイグレーションカタログ: Kong Gateway %1 まで</translation>
    </message>
    <message>
        <source>Migration catalog: not available (this build is broken)</source>
        <translation>マイグレーションカタログ: 利用できません (このビルドは壊れています)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (ビルド時は %2)</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. Kong and Kong Gateway are trademarks of Kong Inc.; this project is not affiliated with Kong Inc.</source>
        <translation>GNU General Public License バージョン 3 以降で配布されるフリーソフトウェアです。一切の保証はありません。Kong および Kong Gateway は Kong Inc. の商標です。本プロジェクトは Kong Inc. とは無関係です。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt について</translation>
    </message>
    <message>
        <source>Components and their licences:</source>
        <translation>コンポーネントとそのライセンス:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::AssessmentPage</name>
    <message>
        <source>Assessment</source>
        <translation>アセスメント</translation>
    </message>
    <message>
        <source>Preflight checks on the live datastore (read-only). Blockers must be resolved; tick each warning to acknowledge it.</source>
        <translation>稼働中のデータストアに対する事前チェック (読み取り専用)。ブロッカーは解決する必要があります。警告は 1 件ずつチェックを入れて確認してください。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>再チェック(&amp;R)</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>チェックを再実行します</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stop this upgrade. Resolve them (see “What to do”), then Re-check.</source>
        <translation>
            <numerusform>%n 件のブロッカーがこのアップグレードを止めています。解決してから (「対処方法」を参照) 再チェックしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blockers. Acknowledge each of the %n warning(s) to continue.</source>
        <translation>
            <numerusform>ブロッカーはありません。続行するには %n 件の警告をそれぞれ確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers and no warnings for Kong %1.</source>
        <translation>Kong %1 に対するブロッカーも警告もありません。</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 finding(s)</source>
        <translation>ブロッカー %1 件、警告 %2 件、検出事項 %3 件</translation>
    </message>
</context>
<context>
    <name>kuw::ui::CheckpointsPage</name>
    <message>
        <source>Blue-green cutover</source>
        <translation>ブルーグリーン切り替え</translation>
    </message>
    <message>
        <source>Both versions now share the datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones; finish only when every checkpoint has passed.</source>
        <translation>両方のバージョンがデータストアを共有しています。新しいノードを起動し、トラフィックを段階的に移し、古いノードを廃止してください。finish はすべてのチェックポイントに合格してから実行します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not make Admin API changes on the new cluster until finish.&lt;/b&gt; Entities written through the new nodes&apos; Admin API before finish can break the old nodes. Changes since up are listed under “Changed since up”.</source>
        <translation>&lt;b&gt;finish までは新クラスターで Admin API による変更を行わないでください。&lt;/b&gt;finish 前に新ノードの Admin API で書き込まれたエンティティは、古いノードを壊すおそれがあります。up 以降の変更は「up 以降の変更」に一覧されます。</translation>
    </message>
    <message>
        <source>Reminder: no Admin API changes on the new cluster until finish</source>
        <translation>注意: finish までは新クラスターで Admin API による変更をしないこと</translation>
    </message>
    <message>
        <source>Cutover checkpoints</source>
        <translation>切り替えチェックポイント</translation>
    </message>
    <message>
        <source>Admin API URLs of the old nodes, one per line</source>
        <translation>旧ノードの Admin API URL (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>Admin API URLs of the new nodes, one per line</source>
        <translation>新ノードの Admin API URL (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>Kong version of the old nodes</source>
        <translation>旧ノードの Kong バージョン</translation>
    </message>
    <message>
        <source>&amp;Verify nodes</source>
        <translation>ノードを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the old and new nodes</source>
        <translation>旧ノードと新ノードを検証します</translation>
    </message>
    <message>
        <source>Node verification results</source>
        <translation>ノード検証の結果</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Old nodes:</source>
        <translation>旧ノード(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;New nodes:</source>
        <translation>新ノード(&amp;N):</translation>
    </message>
    <message>
        <source>Old &amp;version:</source>
        <translation>旧バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Traffic stages in percent on the new cluster</source>
        <translation>新クラスターへのトラフィック段階 (パーセント)</translation>
    </message>
    <message>
        <source>&amp;Confirm stage</source>
        <translation>段階を確定(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm the current traffic stage</source>
        <translation>現在のトラフィック段階を確定します</translation>
    </message>
    <message>
        <source>5xx rate per cluster</source>
        <translation>クラスターごとの 5xx 率</translation>
    </message>
    <message>
        <source>&amp;Stages (% on new):</source>
        <translation>段階 (新の %)(&amp;S):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the old nodes must stay quiet</source>
        <translation>旧ノードが静止している必要がある時間</translation>
    </message>
    <message>
        <source>Decommission status</source>
        <translation>廃止の状況</translation>
    </message>
    <message>
        <source>&amp;Quiet for at least:</source>
        <translation>最低静止時間(&amp;Q):</translation>
    </message>
    <message>
        <source>Stop the old nodes or take them out of the load balancer. They count as decommissioned once each is unreachable or serves no traffic for the whole period.</source>
        <translation>旧ノードを停止するか、ロードバランサーから外してください。各ノードが期間中ずっと到達不能またはトラフィックなしであれば、廃止済みとみなされます。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the entities changed since up</source>
        <translation>up 以降に変更されたエンティティを更新します</translation>
    </message>
    <message>
        <source>Entities created or changed since up</source>
        <translation>up 以降に作成または変更されたエンティティ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Cutover steps</source>
        <translation>切り替え手順</translation>
    </message>
    <message>
        <source>helm upgrade %1 done</source>
        <translation>helm upgrade %1 完了</translation>
    </message>
    <message>
        <source>New nodes configured against the same datastore</source>
        <translation>新ノードを同じデータストアに設定済み</translation>
    </message>
    <message>
        <source>New nodes provisioned and verified</source>
        <translation>新ノードをプロビジョニングして検証済み</translation>
    </message>
    <message>
        <source>Traffic moved to the new cluster in stages</source>
        <translation>トラフィックを段階的に新クラスターへ移行済み</translation>
    </message>
    <message>
        <source>Old nodes decommissioned</source>
        <translation>旧ノードを廃止済み</translation>
    </message>
    <message>
        <source>New Control Plane verified</source>
        <translation>新しい Control Plane を検証済み</translation>
    </message>
    <message>
        <source>Data Planes on the new version</source>
        <translation>Data Plane が新バージョンで稼働</translation>
    </message>
    <message>
        <source>Helm release %1 upgraded</source>
        <translation>Helm リリース %1 をアップグレード済み</translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation>Helm リリース(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Control Plane</source>
        <translation>Control Plane(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;odes</source>
        <translation>ノード(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>トラフィック(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decommission</source>
        <translation>廃止(&amp;D)</translation>
    </message>
    <message>
        <source>Changed since &amp;up</source>
        <translation>up 以降の変更(&amp;U)</translation>
    </message>
    <message>
        <source>new nodes must run %1.%2.x</source>
        <translation>新ノードは %1.%2.x を実行している必要があります</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed</source>
        <translation>%2 個中 %1 個のチェックポイントに合格</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed. Next: %3</source>
        <translation>%2 個中 %1 個のチェックポイントに合格。次: %3</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: the datastore is ready for finish.</source>
        <translation>%1 個のチェックポイントすべてに合格しました。データストアは finish の準備ができています。</translation>
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
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Asking each node&apos;s Admin API (GET / and GET /status)…</source>
        <translation>各ノードの Admin API に問い合わせています (GET / と GET /status)…</translation>
    </message>
    <message>
        <source>OK: version, database reachable</source>
        <translation>OK: バージョン、データベース到達可能</translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) use database %1</source>
        <translation>
            <numerusform>%n 台の新ノードがデータベース %1 を使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Control Plane(s) verified</source>
        <translation>
            <numerusform>%n 個の新しい Control Plane を検証済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the new Control Plane for its Data Planes…</source>
        <translation>新しい Control Plane に Data Plane を問い合わせています…</translation>
    </message>
    <message>
        <source>%1 old and %2 new node(s) verified</source>
        <translation>旧ノード %1 台と新ノード %2 台を検証済み</translation>
    </message>
    <message>
        <source>Every node answered as expected. Move traffic on the Traffic tab.</source>
        <translation>すべてのノードが期待どおりに応答しました。「トラフィック」タブでトラフィックを移してください。</translation>
    </message>
    <message>
        <source>all nodes passed</source>
        <translation>すべてのノードが合格</translation>
    </message>
    <message>
        <source>some nodes failed</source>
        <translation>一部のノードが不合格</translation>
    </message>
    <message>
        <source>Data Plane %1: %2 (%3)</source>
        <translation>Data Plane %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1</source>
        <translation>
            <numerusform>%1 上の Data Plane %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation>段階 %1/%2: トラフィックの %3 % を新クラスターに送り、グラフに反映されたら確定してください。</translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation>旧クラスター: %1 req/s (稼働 %2、停止 %3) · 新クラスター: %4 req/s (稼働 %5、停止 %6) · 新の割合: %7</translation>
    </message>
    <message>
        <source>5xx: old %1, new %2</source>
        <translation>5xx: 旧 %1、新 %2</translation>
    </message>
    <message>
        <source>Old nodes quiet for %1 s of %2 s.</source>
        <translation>旧ノードの静止時間 %1 秒 / %2 秒。</translation>
    </message>
    <message>
        <source>Old nodes still serve traffic: %1 req/s.</source>
        <translation>旧ノードがまだトラフィックを処理しています: %1 req/s。</translation>
    </message>
    <message>
        <source>every old node unreachable or idle for %1 s</source>
        <translation>すべての旧ノードが %1 秒間到達不能またはアイドル</translation>
    </message>
    <message>
        <source>The old nodes are decommissioned.</source>
        <translation>旧ノードは廃止されました。</translation>
    </message>
    <message>
        <source>Waiting for the previous checkpoints.</source>
        <translation>前のチェックポイントを待っています。</translation>
    </message>
    <message>
        <source>All traffic is on the new cluster. Now retire the old nodes (Decommission tab).</source>
        <translation>すべてのトラフィックが新クラスターに移りました。旧ノードを廃止してください (「廃止」タブ)。</translation>
    </message>
    <message>
        <source>No completed up in this session: nothing to compare with.</source>
        <translation>このセッションで完了した up がないため、比較対象がありません。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No entity created or changed since up (%1 UTC); checked %2 tables at %3.</source>
        <translation>up (%1 UTC) 以降に作成または変更されたエンティティはありません。%3 に %2 個のテーブルを確認しました。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entity(ies) created or changed since up&lt;/b&gt; (%1 UTC). Make sure none was written through the new cluster&apos;s Admin API: the old nodes may not understand them.</source>
        <translation>
            <numerusform>&lt;b&gt;up 以降に %n 個のエンティティが作成または変更されました&lt;/b&gt; (%1 UTC)。新クラスターの Admin API で書き込まれたものがないことを確認してください。旧ノードが解釈できない可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>New nodes configured against the new datastore</source>
        <translation>新しいデータストアに対して構成された新ノード</translation>
    </message>
    <message>
        <source>D&amp;ata Planes</source>
        <translation>Data Plane(&amp;A)</translation>
    </message>
    <message>
        <source>The new cluster runs on its own datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones.</source>
        <translation>新しいクラスターは独自のデータストアで稼働します。新ノードを起動し、トラフィックを段階的に移し、旧ノードを退役させてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin API changes on the old cluster are not carried over.&lt;/b&gt; Make them on the new cluster only; the next page lists what changed on the old datastore since the export.</source>
        <translation>&lt;b&gt;旧クラスターでの Admin API の変更は引き継がれません。&lt;/b&gt;変更は新クラスターでのみ行ってください。次のページに、エクスポート以降に旧データストアで変更された内容が一覧表示されます。</translation>
    </message>
    <message>
        <source>%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.</source>
        <translation>%1ノード、%2 行目: 「%3」は Admin API の URL ではありません。http(s)://host:port の形式で記述してください (例: http://10.0.0.5:8001)。</translation>
    </message>
    <message>
        <source>List at least one old and one new node&apos;s Admin API URL.</source>
        <translation>旧ノードと新ノードの Admin API URL をそれぞれ 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Old version: “%1” is not a Kong version, e.g. 2.0.</source>
        <translation>旧バージョン: 「%1」は Kong のバージョンではありません (例: 2.0)。</translation>
    </message>
    <message>
        <source>Some nodes did not pass: see the Result column, fix them and verify again.</source>
        <translation>合格しなかったノードがあります。「結果」列を確認して修正し、再度検証してください。</translation>
    </message>
    <message>
        <source>Stages cannot change once one is confirmed.</source>
        <translation>段階を 1 つ確定すると、段階は変更できません。</translation>
    </message>
    <message>
        <source>Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.</source>
        <translation>警告: 新クラスターの 5xx が旧クラスターより多くなっています — 段階を維持してログを確認してください。</translation>
    </message>
    <message>
        <source>Could not read the datastore: %1 %2</source>
        <translation>データストアを読み取れませんでした: %1 %2</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: next, the changes made on the old datastore since the export.</source>
        <translation>%1 個のチェックポイントすべてに合格しました: 次はエクスポート以降に旧データストアで行われた変更です。</translation>
    </message>
    <message>
        <source>Read from the datastore&apos;s clustering_data_planes table: the Control Plane&apos;s Admin API did not list its Data Planes (%1).</source>
        <translation>データストアの clustering_data_planes テーブルから読み取りました: Control Plane の Admin API が Data Plane を一覧表示しませんでした(%1)。</translation>
    </message>
    <message>
        <source>The datastore&apos;s clustering_data_planes table could not be read either: %1</source>
        <translation>データストアの clustering_data_planes テーブルも読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1 (read from clustering_data_planes)</source>
        <translation>
            <numerusform>%n 個の Data Plane が %1 (clustering_data_planes から読み取り)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuw::ui::ConnectionPage</name>
    <message>
        <source>Datastore connection</source>
        <translation>データストア接続</translation>
    </message>
    <message>
        <source>Where does your Kong cluster keep its configuration? Values come from kong.conf and KONG_* environment variables, as Kong reads them.</source>
        <translation>Kong クラスターはどこに設定を保存していますか? 値は Kong と同じ方法で kong.conf と KONG_* 環境変数から読み込まれます。</translation>
    </message>
    <message>
        <source>Using Kong&apos;s defaults</source>
        <translation>Kong の既定値を使用中</translation>
    </message>
    <message>
        <source>Load kong.conf…</source>
        <translation>kong.conf を読み込む…</translation>
    </message>
    <message>
        <source>Load a kong.conf file</source>
        <translation>kong.conf ファイルを読み込みます</translation>
    </message>
    <message>
        <source>Kept in memory only: never saved, never logged.</source>
        <translation>メモリ上にのみ保持されます。保存もログ出力もされません。</translation>
    </message>
    <message>
        <source>the user&apos;s current schema</source>
        <translation>ユーザーの現在のスキーマ</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Use TLS (pg_ssl)</source>
        <translation>TLS を使用 (pg_ssl)</translation>
    </message>
    <message>
        <source>Verify the server certificate (pg_ssl_verify)</source>
        <translation>サーバー証明書を検証 (pg_ssl_verify)</translation>
    </message>
    <message>
        <source>CA certificate file (PEM)</source>
        <translation>CA 証明書ファイル (PEM)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>スキーマ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストを中止</translation>
    </message>
    <message>
        <source>Cancel connection test</source>
        <translation>接続テストを中止します</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Not connected yet. Press “Test connection”.</source>
        <translation>まだ接続していません。「接続テスト」を押してください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Open kong.conf</source>
        <translation>kong.conf を開く</translation>
    </message>
    <message>
        <source>Kong configuration (*.conf);;All files (*)</source>
        <translation>Kong 設定 (*.conf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>%1 から (KONG_* 環境変数が優先されます)</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DataPlanesView</name>
    <message>
        <source>Data Planes of the new Control Plane</source>
        <translation>新しい Control Plane の Data Plane</translation>
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
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期状態</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>最終確認 (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The new Control Plane runs first. Then replace or upgrade the Data Planes one by one; this list is polled from the Control Plane and the checkpoint passes once every Data Plane reports the target version.</source>
        <translation>まず新しい Control Plane を稼働させます。その後 Data Plane を 1 つずつ置き換えるかアップグレードしてください。この一覧は Control Plane からポーリングされ、すべての Data Plane がターゲットバージョンを報告するとチェックポイントに合格します。</translation>
    </message>
    <message>
        <source>Waiting for the new Control Plane to be verified on the Control Plane tab.</source>
        <translation>Control Plane タブで新しい Control Plane が検証されるのを待っています。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>OK: on %1</source>
        <translation>OK: %1 で稼働</translation>
    </message>
    <message>
        <source>Old version: upgrade or replace it with %1</source>
        <translation>旧バージョン: %1 にアップグレードするか置き換えてください</translation>
    </message>
    <message>
        <source>The Control Plane did not list its Data Planes: %1</source>
        <translation>Control Plane が Data Plane の一覧を返しませんでした: %1</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet (%1).</source>
        <translation>新しい Control Plane に接続している Data Plane はまだありません (%1)。</translation>
    </message>
    <message>
        <source>%1 of %2 Data Plane(s) still on an old version (polled %3).</source>
        <translation>%2 個中 %1 個の Data Plane がまだ旧バージョンです (ポーリング %3)。</translation>
    </message>
    <message>
        <source>All %1 Data Plane(s) run %2 (polled %3).</source>
        <translation>%1 個の Data Plane すべてが %2 で稼働しています (ポーリング %3)。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DemoSession</name>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>組み込みのデモ用 PostgreSQL を起動し、Kong データストアにデータを投入しています…</translation>
    </message>
    <message>
        <source>Preparing the demo: %1</source>
        <translation>デモを準備しています: %1</translation>
    </message>
    <message>
        <source>; training scenario “%1”</source>
        <translation>、トレーニングシナリオ「%1」</translation>
    </message>
    <message>
        <source>Demo: embedded PostgreSQL in %1 (%2 on exit), Kong %3 datastore seeded with %4 rows%5.
Simulated Kong nodes — old cluster (Kong %3): %6; new cluster (Kong %7): %8</source>
        <translation>デモ: 組み込み PostgreSQL は %1 (終了時に%2)、Kong %3 のデータストアに %4 行を投入済み%5。
シミュレートされた Kong ノード — 旧クラスター (Kong %3): %6、新クラスター (Kong %7): %8</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DesktopIntegration</name>
    <message>
        <source>&amp;About</source>
        <translation>情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近の接続(&amp;R)</translation>
    </message>
    <message>
        <source>Connections used before (passwords are never stored)</source>
        <translation>以前に使用した接続 (パスワードは保存されません)</translation>
    </message>
    <message>
        <source>Recent connection: enter the password</source>
        <translation>最近の接続: パスワードを入力してください</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>A read-only report for support: environment, Kong schema, lock state, entity counts and the assessment findings. Nothing is written to the datastore; secrets are redacted.</source>
        <translation>サポート向けの読み取り専用レポート: 環境、Kong スキーマ、ロック状態、エンティティ数、アセスメントの検出事項。データストアには何も書き込まず、機密情報は伏せられます。</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>ターゲットバージョン</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>表示する重大度</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>すべての検出事項</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected findings (or all shown) as text</source>
        <translation>選択した検出事項 (未選択なら表示中のすべて) をテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the whole report as HTML, Markdown or JSON</source>
        <translation>レポート全体を HTML、Markdown または JSON で保存します</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Collecting the report (read-only)…</source>
        <translation>レポートを収集しています (読み取り専用)…</translation>
    </message>
    <message>
        <source>%1 — schema level %2, target %3: %4 blocker(s), %5 warning(s), %6 info(s).</source>
        <translation>%1 — スキーマレベル %2、ターゲット %3: ブロッカー %4 件、警告 %5 件、情報 %6 件。</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 info(s)</source>
        <translation>ブロッカー %1 件、警告 %2 件、情報 %3 件</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>まだレポートがありません。</translation>
    </message>
    <message>
        <source>%1: use a file name ending in .html, .md or .json.</source>
        <translation>%1: ファイル名の末尾は .html、.md、.json のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Export the diagnostic report</source>
        <translation>診断レポートをエクスポート</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
</context>
<context>
    <name>kuw::ui::FinishGate</name>
    <message>
        <source>Cutover checkpoints</source>
        <translation>切り替えチェックポイント</translation>
    </message>
    <message>
        <source>&amp;Override: finish without every checkpoint</source>
        <translation>オーバーライド: すべてのチェックポイントを待たずに finish(&amp;O)</translation>
    </message>
    <message>
        <source>Override the cutover checkpoints</source>
        <translation>切り替えチェックポイントをオーバーライドします</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>オーバーライドの理由</translation>
    </message>
    <message>
        <source>Why finish now, e.g. old nodes shut down by the platform team at 14:10</source>
        <translation>今 finish する理由。例: 旧ノードは 14:10 にプラットフォームチームが停止済み</translation>
    </message>
    <message>
        <source>All %1 cutover checkpoints passed: the old nodes no longer use the datastore.</source>
        <translation>%1 個の切り替えチェックポイントすべてに合格しました。旧ノードはもうデータストアを使用していません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 cutover checkpoints passed&lt;/b&gt; (open: %3). Finish removes what the old version needs: old nodes still running will fail. Go back to complete them, or override with a reason.</source>
        <translation>&lt;b&gt;%2 個中 %1 個の切り替えチェックポイントに合格&lt;/b&gt; (未完了: %3)。finish は旧バージョンが必要とするものを削除します。稼働中の旧ノードは動作しなくなります。戻って完了させるか、理由を記入してオーバーライドしてください。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::HelmCommandsView</name>
    <message>
        <source>Helm releases, one per line, in upgrade order</source>
        <translation>Helm リリース (1 行に 1 つ、アップグレード順)</translation>
    </message>
    <message>
        <source>namespace/release, one per line, in the order to upgrade</source>
        <translation>namespace/release (1 行に 1 つ、アップグレードする順)</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm チャート</translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation>イメージリポジトリ</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>イメージタグ</translation>
    </message>
    <message>
        <source>&amp;Generate commands</source>
        <translation>コマンドを生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the helm upgrade commands</source>
        <translation>helm upgrade コマンドを生成します</translation>
    </message>
    <message>
        <source>&amp;Releases:</source>
        <translation>リリース(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>チャート(&amp;H):</translation>
    </message>
    <message>
        <source>Image re&amp;pository:</source>
        <translation>イメージリポジトリ(&amp;P):</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>イメージタグ(&amp;T):</translation>
    </message>
    <message>
        <source>Run the commands in this order. Only the first release runs &lt;code&gt;migrations up&lt;/code&gt; (pre-upgrade hook) and only the last runs &lt;code&gt;migrations finish&lt;/code&gt; (post-upgrade hook), after every release serves the new version.</source>
        <translation>コマンドはこの順に実行してください。&lt;code&gt;migrations up&lt;/code&gt; を実行するのは最初のリリースだけ (pre-upgrade フック)、&lt;code&gt;migrations finish&lt;/code&gt; を実行するのは最後のリリースだけです (post-upgrade フック)。finish はすべてのリリースが新バージョンで稼働してから行われます。</translation>
    </message>
    <message>
        <source>Command for release %1</source>
        <translation>リリース %1 のコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the command for release %1</source>
        <translation>リリース %1 のコマンドをコピーします</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>アップグレード済み</translation>
    </message>
    <message>
        <source>Release %1 has been upgraded</source>
        <translation>リリース %1 はアップグレード済みです</translation>
    </message>
    <message>
        <source>Upgraded ✓</source>
        <translation>アップグレード済み ✓</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelDecommissionPage</name>
    <message>
        <source>Decommission the old datastore</source>
        <translation>旧データストアの廃止</translation>
    </message>
    <message>
        <source>The old cluster&apos;s datastore is the way back until you retire it. Confirm each step; the wizard never drops it.</source>
        <translation>旧クラスターのデータストアは、廃止するまでは戻り道です。各ステップを確認してください。ウィザードがそれを削除することはありません。</translation>
    </message>
    <message>
        <source>All traffic is served by the new cluster (every cutover checkpoint passed)</source>
        <translation>すべてのトラフィックを新クラスターが処理している (すべての切り替えチェックポイントに合格)</translation>
    </message>
    <message>
        <source>The old Kong nodes are stopped, so nothing writes to the old datastore any more</source>
        <translation>旧 Kong ノードは停止しており、旧データストアに書き込むものはもうない</translation>
    </message>
    <message>
        <source>The changes listed since the export were carried over or knowingly dropped</source>
        <translation>エクスポート以降に一覧表示された変更は、引き継いだか意図的に破棄した</translation>
    </message>
    <message>
        <source>A final backup of the old datastore is stored (pg_dump), with its retention period agreed</source>
        <translation>旧データストアの最終バックアップ (pg_dump) が保存され、その保存期間が合意されている</translation>
    </message>
    <message>
        <source>Monitoring and kong.conf of every remaining system point at the new datastore only</source>
        <translation>残るすべてのシステムの監視と kong.conf が新しいデータストアのみを指している</translation>
    </message>
    <message>
        <source>How to drop the old database later</source>
        <translation>後で旧データベースを削除する方法</translation>
    </message>
    <message>
        <source>Only after the retention period, and by hand (this wizard never runs it):&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;Until then the old cluster can be started again against it as the way back.</source>
        <translation>保存期間の経過後にのみ、手作業で行ってください (このウィザードが実行することはありません):&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;それまでは、戻り道として旧クラスターをそれに対して再起動できます。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelDiffPage</name>
    <message>
        <source>Changes since the export</source>
        <translation>エクスポート以降の変更</translation>
    </message>
    <message>
        <source>Before the final cutover: entities created, changed or deleted on the old cluster after the export were not carried over. The old and new datastores are compared by primary key and content.</source>
        <translation>最終切り替えの前に: エクスポート後に旧クラスターで作成・変更・削除されたエンティティは引き継がれていません。旧データストアと新データストアを主キーと内容で比較します。</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>比較結果</translation>
    </message>
    <message>
        <source>&amp;Compare again</source>
        <translation>再比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the old and new datastores</source>
        <translation>旧データストアと新データストアを比較</translation>
    </message>
    <message>
        <source>Differences per entity type</source>
        <translation>エンティティ種別ごとの差分</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Entities that differ</source>
        <translation>差分のあるエンティティ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>To carry them over, repeat the change through the new cluster&apos;s Admin API (or decK), or bootstrap a fresh new datastore and run the transfer again before moving more traffic.</source>
        <translation>引き継ぐには、新クラスターの Admin API (または decK) で変更を繰り返すか、新しいデータストアを改めて bootstrap し、さらにトラフィックを移す前に転送を再実行してください。</translation>
    </message>
    <message>
        <source>Comparing the old and new datastores…</source>
        <translation>旧データストアと新データストアを比較しています…</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>エクスポート</translation>
    </message>
    <message numerus="yes">
        <source>No differences: the new datastore holds exactly what the old one holds (%n entity types compared).</source>
        <translation>
            <numerusform>差分なし: 新しいデータストアは旧データストアとまったく同じ内容です (%n 種類のエンティティを比較)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2 created, %3 changed, %4 deleted on the old datastore — not in the new one.</source>
        <translation>%1 以降: 旧データストアで %2 件作成、%3 件変更、%4 件削除 — 新データストアにはありません。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Entity types that cannot be compared</source>
        <translation>比較できないエンティティ型</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the old datastore (its Kong version predates it), %n row(s) on the new one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 旧データストアにこのテーブルはありません(その Kong バージョンより新しいため)、新データストアに %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the new datastore, %n row(s) on the old one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: 新データストアにこのテーブルはありません、旧データストアに %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Not comparable (their rows count neither as created nor as deleted):</source>
        <translation>比較不可(これらの行は作成とも削除とも数えません):</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTargetPage</name>
    <message>
        <source>New datastore</source>
        <translation>新しいデータストア</translation>
    </message>
    <message>
        <source>An empty PostgreSQL database or schema for the new cluster. Create it first (e.g. CREATE DATABASE kong_new OWNER kong;); the wizard bootstraps it at the target version.</source>
        <translation>新しいクラスター用の空の PostgreSQL データベースまたはスキーマ。先に作成してください (例: CREATE DATABASE kong_new OWNER kong;)。ウィザードがターゲットバージョンで bootstrap します。</translation>
    </message>
    <message>
        <source>Cassandra: this wizard reaches Cassandra only through the external Kong CLI executor. Create a new keyspace, run &apos;kong migrations bootstrap&apos; with a kong.conf naming it, then &apos;kong config db_export&apos; on an old node and &apos;kong config db_import&apos; on a new one.</source>
        <translation>Cassandra: このウィザードは外部の Kong CLI エグゼキューター経由でのみ Cassandra に接続します。新しいキースペースを作成し、それを指定した kong.conf で &apos;kong migrations bootstrap&apos; を実行してから、旧ノードで &apos;kong config db_export&apos;、新ノードで &apos;kong config db_import&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Cassandra keyspaces</source>
        <translation>Cassandra キースペース</translation>
    </message>
    <message>
        <source>From the old datastore&apos;s connection, with a new database name</source>
        <translation>旧データストアの接続から、新しいデータベース名で</translation>
    </message>
    <message>
        <source>This is the old datastore. The parallel path needs a different database or schema.</source>
        <translation>これは旧データストアです。並行パスには別のデータベースまたはスキーマが必要です。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTransferPage</name>
    <message>
        <source>Bootstrap, export and import</source>
        <translation>bootstrap、エクスポート、インポート</translation>
    </message>
    <message>
        <source>The new datastore is bootstrapped at the target version, the old one is exported (read only) and the export is imported into the new one in a single transaction. Then every entity type is counted on both sides.</source>
        <translation>新しいデータストアをターゲットバージョンで bootstrap し、旧データストアをエクスポートし (読み取り専用)、そのエクスポートを 1 つのトランザクションで新しいデータストアにインポートします。その後、両側ですべてのエンティティ種別を数えます。</translation>
    </message>
    <message>
        <source>Folder for the export file</source>
        <translation>エクスポートファイルのフォルダー</translation>
    </message>
    <message>
        <source>The export holds credentials: it is written readable by you only.</source>
        <translation>エクスポートには認証情報が含まれます: あなただけが読めるように書き込まれます。</translation>
    </message>
    <message>
        <source>Import a file written by the old Kong&apos;s &apos;kong config db_export&apos; instead</source>
        <translation>代わりに、旧 Kong の &apos;kong config db_export&apos; で書き出したファイルをインポートする</translation>
    </message>
    <message>
        <source>Import an existing export file</source>
        <translation>既存のエクスポートファイルをインポート</translation>
    </message>
    <message>
        <source>Export file to import</source>
        <translation>インポートするエクスポートファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Run transfer</source>
        <translation>転送を実行(&amp;R)</translation>
    </message>
    <message>
        <source>Transfer running</source>
        <translation>転送を実行中</translation>
    </message>
    <message>
        <source>Transfer result</source>
        <translation>転送結果</translation>
    </message>
    <message>
        <source>Problems in the export file</source>
        <translation>エクスポートファイルの問題</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Entity counts, old and new</source>
        <translation>エンティティ数 (旧と新)</translation>
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
        <translation>転送ログ</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>エクスポートフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Old: %1&lt;br&gt;New: %2 (bootstrapped at Kong %3 if empty)</source>
        <translation>旧: %1&lt;br&gt;新: %2 (空の場合は Kong %3 で bootstrap)</translation>
    </message>
    <message>
        <source>The import writes Kong 2.5&apos;s schema: choose Kong 2.5 or newer as the target on the Version page.</source>
        <translation>インポートは Kong 2.5 のスキーマで書き込みます: バージョンページでターゲットに Kong 2.5 以降を選んでください。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>エクスポートファイル</translation>
    </message>
    <message>
        <source>Kong declarative files (*.yml *.yaml)</source>
        <translation>Kong 宣言的設定ファイル (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Choose the export file to import.</source>
        <translation>インポートするエクスポートファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>export to %1</source>
        <translation>%1 へのエクスポート</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>The %1 step failed: %2</source>
        <translation>%1 ステップが失敗しました: %2</translation>
    </message>
    <message>
        <source>The new datastore was left as it was; fix the cause and run the transfer again.</source>
        <translation>新しいデータストアは元のままです。原因を修正して転送を再実行してください。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違</translation>
    </message>
    <message numerus="yes">
        <source>Transfer complete: %n entities on each side, every count matches.</source>
        <translation>
            <numerusform>転送完了: 両側とも %n 個のエンティティで、すべての件数が一致しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but %n entity type(s) differ: was the old cluster changed during the transfer? The comparison before the cutover lists the differences.</source>
        <translation>
            <numerusform>インポートしましたが、%n 種類のエンティティで件数が異なります: 転送中に旧クラスターが変更されましたか? 切り替え前の比較で差分が一覧表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>転送をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running transfer</source>
        <translation>実行中の転送をキャンセル</translation>
    </message>
    <message>
        <source>Stops the export or rolls the import back: nothing is imported into the new datastore.</source>
        <translation>エクスポートを停止するかインポートをロールバックします: 新しいデータストアには何もインポートされません。</translation>
    </message>
    <message>
        <source>Cancelling: a running bootstrap ends first, an import rolls back…</source>
        <translation>キャンセル中: 実行中のブートストラップは先に完了し、インポートはロールバックされます…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1: %n row(s)…</source>
        <translation>
            <numerusform>%1 をエクスポート中: %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n row(s)…</source>
        <translation>
            <numerusform>%1 をインポート中: %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer cancelled during the %1 step: nothing was imported into the new datastore. Run the transfer again when ready.</source>
        <translation>%1 ステップ中に転送がキャンセルされました: 新しいデータストアには何もインポートされていません。準備ができたら転送をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RehearsalPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
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
        <translation>リハーサル</translation>
    </message>
    <message>
        <source>Recommended: restore the snapshot into a throwaway copy and run the exact plan there (up, then finish) before production is touched. Its timings estimate the real run.</source>
        <translation>推奨: 本番環境に触れる前に、スナップショットを使い捨てのコピーに復元し、そこでまったく同じ計画 (up、続いて finish) を実行します。その所要時間が本番実行の目安になります。</translation>
    </message>
    <message>
        <source>Where to rehearse</source>
        <translation>リハーサルの実行場所</translation>
    </message>
    <message>
        <source>&amp;Embedded scratch PostgreSQL on this machine (nothing runs on the production server)</source>
        <translation>このマシン上の組み込みスクラッチ PostgreSQL(&amp;E) (本番サーバーでは何も実行しません)</translation>
    </message>
    <message>
        <source>Rehearse on an embedded scratch PostgreSQL on this machine</source>
        <translation>このマシン上の組み込みスクラッチ PostgreSQL でリハーサルします</translation>
    </message>
    <message>
        <source>Scratch &amp;database on the production server (needs CREATEDB; adds load there)</source>
        <translation>本番サーバー上のスクラッチデータベース(&amp;D) (CREATEDB が必要。本番サーバーに負荷がかかります)</translation>
    </message>
    <message>
        <source>Rehearse in a scratch database on the production server</source>
        <translation>本番サーバー上のスクラッチデータベースでリハーサルします</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>リハーサル(&amp;R)</translation>
    </message>
    <message>
        <source>Run the rehearsal</source>
        <translation>リハーサルを実行します</translation>
    </message>
    <message>
        <source>Cancel rehearsal</source>
        <translation>リハーサルを中止</translation>
    </message>
    <message>
        <source>Cancel the running rehearsal</source>
        <translation>実行中のリハーサルを中止します</translation>
    </message>
    <message>
        <source>Rehearsal progress</source>
        <translation>リハーサルの進行状況</translation>
    </message>
    <message>
        <source>Per-migration durations of the rehearsal</source>
        <translation>リハーサルでのマイグレーションごとの所要時間</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>マイグレーション</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Lock retries</source>
        <translation>ロックの再試行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Rehearsal log</source>
        <translation>リハーサルのログ</translation>
    </message>
    <message>
        <source>S&amp;kip the rehearsal (recorded in the journal)</source>
        <translation>リハーサルをスキップ(&amp;K) (ジャーナルに記録されます)</translation>
    </message>
    <message>
        <source>Skip the rehearsal</source>
        <translation>リハーサルをスキップします</translation>
    </message>
    <message>
        <source>Reason for skipping the rehearsal</source>
        <translation>リハーサルをスキップする理由</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. rehearsed yesterday on the staging copy</source>
        <translation>理由 (任意)。例: 昨日ステージングのコピーでリハーサル済み</translation>
    </message>
    <message>
        <source>Cancelling: the scratch copy is torn down…</source>
        <translation>中止しています: スクラッチコピーを破棄しています…</translation>
    </message>
    <message>
        <source>No snapshot was taken in this session: the rehearsal restores one. Go back to take a snapshot, or skip the rehearsal.</source>
        <translation>このセッションではスナップショットが作成されていません。リハーサルはスナップショットを復元して行います。戻ってスナップショットを作成するか、リハーサルをスキップしてください。</translation>
    </message>
    <message>
        <source>Snapshot to rehearse on: %1</source>
        <translation>リハーサルに使うスナップショット: %1</translation>
    </message>
    <message>
        <source>Restoring the snapshot into a scratch copy…</source>
        <translation>スナップショットをスクラッチコピーに復元しています…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>手順 %1/%2: %3</translation>
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
        <translation>リハーサルは %1 で成功しました (復元 %2、up %3、finish %4)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated production run:&lt;/b&gt; up ≈ %1, finish ≈ %2. Lock retries on the copy: %3. Under live traffic, lock waits come on top of this estimate.</source>
        <translation>&lt;b&gt;本番実行の見積もり:&lt;/b&gt; up ≈ %1、finish ≈ %2。コピー上でのロックの再試行: %3。稼働中のトラフィックがある場合は、この見積もりにロック待ちが加わります。</translation>
    </message>
    <message>
        <source>Rehearsal cancelled; the scratch copy was %1.</source>
        <translation>リハーサルを中止しました。スクラッチコピーは%1。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除されました</translation>
    </message>
    <message>
        <source>NOT removed</source>
        <translation>削除されていません</translation>
    </message>
    <message>
        <source>Rehearsal failed. Production was not touched.</source>
        <translation>リハーサルに失敗しました。本番環境には触れていません。</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>失敗した手順: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>ステートメント: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>The same failure would stop the real run: fix the cause, or skip only if you know why.</source>
        <translation>同じ失敗は本番実行も止めます。原因を修正してください。スキップするのは理由がわかっている場合だけにしてください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>done</source>
        <comment>step outcome</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step outcome</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>step outcome</comment>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>not run</source>
        <comment>step outcome</comment>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePage</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>スナップショットを復元</translation>
    </message>
    <message>
        <source>Put a datastore back as a snapshot recorded it: in place (after typed confirmation) or into a new database on the same server. Stop Kong nodes using the target first.</source>
        <translation>スナップショットに記録された状態にデータストアを戻します: その場で (確認入力のあと) または同じサーバー上の新しいデータベースに。先に、対象を使っている Kong ノードを停止してください。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePanel</name>
    <message>
        <source>Snapshot file</source>
        <translation>スナップショットファイル</translation>
    </message>
    <message>
        <source>A kong-….dump file made by pg_dump -Fc</source>
        <translation>pg_dump -Fc で作成された kong-….dump ファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the snapshot file</source>
        <translation>スナップショットファイルを選択します</translation>
    </message>
    <message>
        <source>Into a n&amp;ew database on the same server, named:</source>
        <translation>同じサーバー上の新しいデータベースに復元(&amp;E)。名前:</translation>
    </message>
    <message>
        <source>Restore into a new database on the same server</source>
        <translation>同じサーバー上の新しいデータベースに復元します</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>新しいデータベースの名前</translation>
    </message>
    <message>
        <source>Type the database name to confirm replacing its Kong schema</source>
        <translation>Kong スキーマの置き換えを確認するため、データベース名を入力してください</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the snapshot</source>
        <translation>スナップショットを復元します</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>復元を中止</translation>
    </message>
    <message>
        <source>Cancel the running restore</source>
        <translation>実行中の復元を中止します</translation>
    </message>
    <message>
        <source>Restore log</source>
        <translation>復元のログ</translation>
    </message>
    <message>
        <source>Snapshot fi&amp;le:</source>
        <translation>スナップショットファイル(&amp;L):</translation>
    </message>
    <message>
        <source>Cancelling: pg_restore is stopped and its transaction rolled back…</source>
        <translation>中止しています: pg_restore を停止し、そのトランザクションをロールバックしています…</translation>
    </message>
    <message>
        <source>Into the connected database %1, &amp;replacing its Kong schema</source>
        <translation>接続中のデータベース %1 に復元し、Kong スキーマを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Restore into the connected database, replacing its Kong schema</source>
        <translation>接続中のデータベースに復元し、Kong スキーマを置き換えます</translation>
    </message>
    <message>
        <source>This drops the current Kong schema of %1 and everything in it. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>%1 の現在の Kong スキーマとその中身をすべて削除します。確認のためデータベース名 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Choose a snapshot</source>
        <translation>スナップショットを選択</translation>
    </message>
    <message>
        <source>Snapshots (*.dump);;All files (*)</source>
        <translation>スナップショット (*.dump);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Verifying the archive and restoring…</source>
        <translation>アーカイブを検証して復元しています…</translation>
    </message>
    <message>
        <source>Restored into %1 in %2 ms.%3</source>
        <translation>%1 に %2 ミリ秒で復元しました。%3</translation>
    </message>
    <message>
        <source> Re-check the datastore before continuing.</source>
        <translation> 続行する前にデータストアを再チェックしてください。</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>復元に失敗しました: %1</translation>
    </message>
    <message>
        <source>The Kong schema was already dropped: restore again before starting Kong.</source>
        <translation>Kong スキーマはすでに削除されています。Kong を起動する前に、もう一度復元してください。</translation>
    </message>
    <message>
        <source>The target was left as it was.</source>
        <translation>対象は元のままです。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>Choose a snapshot made on the Snapshot page (they are kept in %1).</source>
        <translation>スナップショットページで作成したスナップショットを選択してください (%1 に保存されています)。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>スナップショットを復元</translation>
    </message>
    <message>
        <source>Close the restore dialog</source>
        <translation>復元ダイアログを閉じます</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ResumePage</name>
    <message>
        <source>Resume a session</source>
        <translation>セッションを再開</translation>
    </message>
    <message>
        <source>The journal says what this session did; the datastore is re-checked now, because anything may have happened since.</source>
        <translation>ジャーナルにはこのセッションで行ったことが記録されています。その後に何が起きたかわからないため、データストアを今あらためてチェックします。</translation>
    </message>
    <message>
        <source>No session to resume.</source>
        <translation>再開できるセッションはありません。</translation>
    </message>
    <message>
        <source>Session started %1 for %2. Recorded: %3.</source>
        <translation>%2 のセッション (開始 %1)。記録済み: %3。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>まだ何もありません</translation>
    </message>
    <message>
        <source>Re-reading schema_meta for Kong %1…</source>
        <translation>Kong %1 の schema_meta を再読み込みしています…</translation>
    </message>
    <message>
        <source>The datastore now: %1
%2
Next: continue at “%3”.</source>
        <translation>現在のデータストア: %1
%2
次: 「%3」から続行します。</translation>
    </message>
    <message>
        <source>cutover checkpoints %1 of %2</source>
        <translation>切り替えチェックポイント %1 / %2</translation>
    </message>
    <message>
        <source>done</source>
        <comment>journal event</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>journal event</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <comment>journal event</comment>
        <translation>確認済み</translation>
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
        <translation>&apos;kong migrations bootstrap&apos; とまったく同じように、選択したバージョンの Kong スキーマを作成します。</translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation>Migrations up</translation>
    </message>
    <message>
        <source>Non-destructive changes: the old cluster keeps working afterwards. Each migration commits together with its schema_meta record.</source>
        <translation>非破壊的な変更: 実行後も旧クラスターは動作し続けます。各マイグレーションは schema_meta のレコードと一緒にコミットされます。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Destructive teardown: after this, nodes of the previous version can no longer use the datastore.</source>
        <translation>破壊的な後処理: 実行後、以前のバージョンのノードはデータストアを使用できなくなります。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>確認のためデータベース名を入力してください</translation>
    </message>
    <message>
        <source>Run &amp;finish</source>
        <translation>finish を実行(&amp;F)</translation>
    </message>
    <message>
        <source>Run &amp;up</source>
        <translation>up を実行(&amp;U)</translation>
    </message>
    <message>
        <source>Run &amp;bootstrap</source>
        <translation>bootstrap を実行(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>実行を中止</translation>
    </message>
    <message>
        <source>Cancel the running migrations</source>
        <translation>実行中のマイグレーションを中止します</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Cancelling: the current step rolls back, completed steps are kept…</source>
        <translation>中止しています: 現在の手順はロールバックされ、完了した手順はそのまま残ります…</translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation>計画を作成しています…</translation>
    </message>
    <message>
        <source>No pending migrations to finish.</source>
        <translation>finish 待ちのマイグレーションはありません。</translation>
    </message>
    <message>
        <source>Nothing to do: the datastore is up to date.</source>
        <translation>何もすることはありません: データストアは最新です。</translation>
    </message>
    <message numerus="yes">
        <source>%n teardown(s) will run. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>
            <numerusform>%n 件の後処理を実行します。確認のためデータベース名 &lt;b&gt;%1&lt;/b&gt; を入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run.</source>
        <translation>
            <numerusform>%n 個の手順を実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>database name typed</source>
        <translation>データベース名を入力済み</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>手順 %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 個の手順</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) in %1 ms.</source>
        <translation>
            <numerusform>完了: %n 個の手順を %1 ミリ秒で実行しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
    <message>
        <source>The rehearsal estimates about %1.</source>
        <translation>リハーサルによる見積もりは約 %1 です。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The language changes the next time the wizard starts.</source>
        <translation>言語は次回ウィザードを起動したときに切り替わります。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>kuw::ui::Severity</name>
    <message>
        <source>blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SnapshotPage</name>
    <message>
        <source>Safety snapshot</source>
        <translation>安全のためのスナップショット</translation>
    </message>
    <message>
        <source>A verified backup of the Kong schema before anything changes. Kong migrations have no &apos;down&apos;: restoring this snapshot is the way back.</source>
        <translation>変更を加える前の、検証済みの Kong スキーマのバックアップです。Kong のマイグレーションには &apos;down&apos; がないため、このスナップショットを復元することが唯一の戻し方です。</translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>スナップショットはまだありません。</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>スナップショットを作成(&amp;S)</translation>
    </message>
    <message>
        <source>Take a verified snapshot</source>
        <translation>検証済みのスナップショットを作成します</translation>
    </message>
    <message>
        <source>Reason for skipping the snapshot</source>
        <translation>スナップショットをスキップする理由</translation>
    </message>
    <message>
        <source>e.g. storage snapshot taken at 14:02 by the DBA team</source>
        <translation>例: 14:02 に DBA チームがストレージスナップショットを取得済み</translation>
    </message>
    <message>
        <source>Running pg_dump and verifying the archive…</source>
        <translation>pg_dump を実行してアーカイブを検証しています…</translation>
    </message>
    <message>
        <source>Verified snapshot: %1
%2 KiB, %3 archive entries, %4 ms (pg_dump %5).</source>
        <translation>検証済みスナップショット: %1
%2 KiB、アーカイブエントリ %3 個、%4 ミリ秒 (pg_dump %5)。</translation>
    </message>
    <message>
        <source>Snapshot failed: %1
What to do: %2</source>
        <translation>スナップショットに失敗しました: %1
対処方法: %2</translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation>スナップショットを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a snapshot into this or a new database</source>
        <translation>このデータベースまたは新しいデータベースにスナップショットを復元します</translation>
    </message>
    <message>
        <source>Or s&amp;kip, because:</source>
        <translation>またはスキップ(&amp;K)。理由:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::StatusView</name>
    <message>
        <source>Connection result</source>
        <translation>接続結果</translation>
    </message>
    <message>
        <source>Connected in %1 ms</source>
        <translation>%1 ミリ秒で接続しました</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Database / schema</source>
        <translation>データベース / スキーマ</translation>
    </message>
    <message>
        <source>May create tables</source>
        <translation>テーブルの作成権限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no — bootstrap and migrations will fail</source>
        <translation>なし — bootstrap とマイグレーションは失敗します</translation>
    </message>
    <message>
        <source>Kong schema</source>
        <translation>Kong スキーマ</translation>
    </message>
    <message>
        <source>schema_meta exists but this user cannot read it</source>
        <translation>schema_meta はありますが、このユーザーは読み取れません</translation>
    </message>
    <message>
        <source>none — the database needs bootstrapping</source>
        <translation>なし — データベースの bootstrap が必要です</translation>
    </message>
    <message>
        <source>schema_meta is empty</source>
        <translation>schema_meta は空です</translation>
    </message>
    <message numerus="yes">
        <source>%n subsystem(s)</source>
        <translation>
            <numerusform>%n 個のサブシステム</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration lock</source>
        <translation>マイグレーションロック</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>stale (expired %1 s ago, owner %2)</source>
        <translation>失効 (%1 秒前に期限切れ、所有者 %2)</translation>
    </message>
    <message>
        <source>HELD by %1 for %2 s more</source>
        <translation>%1 が保持中 (残り %2 秒)</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation>最後に実行</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Datastore %1 — target Kong %2</source>
        <translation>データストア %1 — ターゲット Kong %2</translation>
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
        <translation>ジャーナル:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>Every node now runs Kong %1; the previous version must not be started against this datastore again.
kong reload   # on nodes whose configuration changed
</source>
        <translation>すべてのノードが Kong %1 で稼働しています。以前のバージョンをこのデータストアに対して再び起動してはいけません。
kong reload   # 設定を変更したノードで実行
</translation>
    </message>
    <message>
        <source>Start Kong %1 nodes against this datastore (kong start -c /etc/kong/kong.conf),
divert traffic to them, then run finish once no old node is left.
</source>
        <translation>このデータストアに対して Kong %1 のノードを起動し (kong start -c /etc/kong/kong.conf)、
トラフィックをそちらに移してから、旧ノードがなくなったら finish を実行してください。
</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>未完了</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s), %2 ms, %3</source>
        <translation>
            <numerusform>%1: %n ステップ、%2 ミリ秒、%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The new cluster runs Kong %1 on %2.
Keep the old datastore until its retention period ends; drop it by hand.
</source>
        <translation>新しいクラスターは %2 上で Kong %1 を実行しています。
旧データストアは保存期間が終わるまで保持し、その後手作業で削除してください。
</translation>
    </message>
</context>
<context>
    <name>kuw::ui::TrafficChart</name>
    <message>
        <source>Old cluster (req/s)</source>
        <translation>旧クラスター (req/s)</translation>
    </message>
    <message>
        <source>New cluster (req/s)</source>
        <translation>新クラスター (req/s)</translation>
    </message>
    <message>
        <source>Share on new (%)</source>
        <translation>新の割合 (%)</translation>
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
        <translation>新の %</translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation>トラフィックグラフ</translation>
    </message>
    <message>
        <source>Request rate of the old and new cluster and the share on the new cluster over time</source>
        <translation>旧クラスターと新クラスターのリクエスト率、および新クラスターの割合の推移</translation>
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
        <translation>マイグレーションカタログを読み込めませんでした。このビルドは壊れています。</translation>
    </message>
</context>
<context>
    <name>kuw::ui::VersionPage</name>
    <message>
        <source>Version and path</source>
        <translation>バージョンと経路</translation>
    </message>
    <message>
        <source>What the datastore holds, read from schema_meta, and the Kong version to reach.</source>
        <translation>schema_meta から読み取ったデータストアの内容と、到達する Kong のバージョン。</translation>
    </message>
    <message>
        <source>Target Kong version</source>
        <translation>ターゲットの Kong バージョン</translation>
    </message>
    <message>
        <source>Subsystems</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>ターゲットバージョン(&amp;T):</translation>
    </message>
    <message>
        <source>Reading schema_meta…</source>
        <translation>schema_meta を読み取っています…</translation>
    </message>
    <message>
        <source>The database is empty: it will be bootstrapped at Kong %1.</source>
        <translation>データベースは空です。Kong %1 で bootstrap されます。</translation>
    </message>
    <message>
        <source>The database holds no Kong schema (or one older than Kong 1.0). Use Fresh install to bootstrap it.</source>
        <translation>データベースに Kong スキーマがありません (または Kong 1.0 より古いものです)。「新規インストール」で bootstrap してください。</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier &apos;up&apos; are waiting for &apos;finish&apos;. </source>
        <translation>以前の &apos;up&apos; による保留中のマイグレーションが &apos;finish&apos; を待っています。</translation>
    </message>
    <message>
        <source>New migrations bring this datastore to Kong %1.</source>
        <translation>新しいマイグレーションでこのデータストアを Kong %1 にします。</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>データストアはすでに Kong %1 のレベルです。</translation>
    </message>
    <message>
        <source>Unknown to this catalog (Enterprise or custom plugins): %1 — use the external Kong CLI executor.</source>
        <translation>このカタログにない項目 (Enterprise またはカスタムプラグイン): %1 — 外部 Kong CLI エグゼキューターを使用してください。</translation>
    </message>
    <message>
        <source>The datastore is newer than Kong %1; choose a newer target.</source>
        <translation>データストアは Kong %1 より新しいため、より新しいターゲットを選択してください。</translation>
    </message>
    <message>
        <source>Deployment kind</source>
        <translation>デプロイの種類</translation>
    </message>
    <message>
        <source>Traditional nodes</source>
        <translation>従来型のノード</translation>
    </message>
    <message>
        <source>Hybrid (Control Plane / Data Planes)</source>
        <translation>ハイブリッド (Control Plane / Data Plane)</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Number of Helm releases sharing the datastore</source>
        <translation>データストアを共有する Helm リリースの数</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>デプロイ(&amp;D):</translation>
    </message>
    <message>
        <source>Helm &amp;releases:</source>
        <translation>Helm リリース(&amp;R):</translation>
    </message>
    <message>
        <source>Upgrade path</source>
        <translation>アップグレードパス</translation>
    </message>
    <message>
        <source>In place: both versions share the datastore (up, cutover, finish)</source>
        <translation>インプレース: 両バージョンがデータストアを共有 (up、切り替え、finish)</translation>
    </message>
    <message>
        <source>Parallel datastore: export, then import into a new database</source>
        <translation>並行データストア: エクスポートしてから新しいデータベースにインポート</translation>
    </message>
    <message>
        <source>The new cluster gets its own database or schema, bootstrapped at the target version and filled from an export of this one. Nothing is shared and there is no &apos;finish&apos;: the old cluster and its datastore stay untouched as the way back. But Admin API changes made on the old cluster after the export are not carried over: before the final cutover the wizard compares both datastores and lists them.</source>
        <translation>新しいクラスターは独自のデータベースまたはスキーマを持ち、ターゲットバージョンで bootstrap され、このデータストアのエクスポートで埋められます。何も共有されず、&apos;finish&apos; もありません: 旧クラスターとそのデータストアは戻り道としてそのまま残ります。ただし、エクスポート後に旧クラスターで行った Admin API の変更は引き継がれません: 最終切り替えの前に、ウィザードが両方のデータストアを比較して一覧表示します。</translation>
    </message>
    <message>
        <source>The new nodes run against this datastore after &apos;up&apos;; the old ones keep working until &apos;finish&apos;, which is the point of no return. Admin API changes must wait until finish.</source>
        <translation>&apos;up&apos; の後、新ノードはこのデータストアに対して稼働します。旧ノードは &apos;finish&apos; まで動作し続け、&apos;finish&apos; が後戻りできない地点です。Admin API の変更は finish まで待つ必要があります。</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kuw::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish.</source>
        <translation>Kong Upgrade Wizard は Kong Gateway のデータストアを安全にアップグレードします: 経路チェック、アセスメント、スナップショット、リハーサル、migrations up、ブルーグリーン切り替え、finish。</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>何を行いますか?</translation>
    </message>
    <message>
        <source>&amp;Guided upgrade of an existing datastore</source>
        <translation>既存データストアのガイド付きアップグレード(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Fresh install: bootstrap a new datastore</source>
        <translation>新規インストール: 新しいデータストアを bootstrap(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Diagnose a datastore (read-only)</source>
        <translation>データストアの診断 (読み取り専用)(&amp;D)</translation>
    </message>
    <message>
        <source>%1 — %2, last step: %3</source>
        <translation>%1 — %2、最後の手順: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Restore a &amp;snapshot (in place or into a new database)</source>
        <translation>スナップショットを復元 (その場でまたは新しいデータベースへ)(&amp;S)</translation>
    </message>
    <message>
        <source>Res&amp;ume the latest session</source>
        <translation>最新のセッションを再開(&amp;U)</translation>
    </message>
    <message>
        <source>Resume the latest unfinished session</source>
        <translation>未完了の最新セッションを再開します</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>最近のセッション</translation>
    </message>
    <message>
        <source>&amp;Recent sessions (select an unfinished one to resume it; the datastore state is re-checked):</source>
        <translation>最近のセッション(&amp;R) (未完了のものを選ぶと再開します。データストアの状態は再チェックされます):</translation>
    </message>
    <message>
        <source>Start a ne&amp;w session instead</source>
        <translation>代わりに新しいセッションを開始(&amp;W)</translation>
    </message>
    <message>
        <source>Clear the selection and start a new session</source>
        <translation>選択を解除して新しいセッションを開始します</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2、%3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unfinished session(s) found.&lt;/b&gt; The latest: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;未完了のセッションが %n 件見つかりました。&lt;/b&gt;最新: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the resumed session&apos;s journal (enter the password)</source>
        <translation>再開したセッションのジャーナルから (パスワードを入力してください)</translation>
    </message>
    <message>
        <source>D&amp;emo: an embedded, throwaway PostgreSQL and simulated Kong nodes (training)</source>
        <translation>デモ(&amp;E): 使い捨ての組み込み PostgreSQL とシミュレートされた Kong ノード (トレーニング用)</translation>
    </message>
</context>
</TS>
