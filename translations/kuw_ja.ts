<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>組み込みのデモ用 PostgreSQL を起動し、Kong データストアにデータを投入しています…</translation>
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
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1ノード、%2 行目: 「%3」は Admin API の URL ではありません。http(s)://host:port の形式で記述してください (例: http://10.0.0.5:8001)。&lt;/span&gt;</translation>
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
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;旧ノードと新ノードの Admin API URL をそれぞれ 1 つ以上入力してください。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Old version: “%1” is not a Kong version, e.g. 2.0.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;旧バージョン: 「%1」は Kong のバージョンではありません (例: 2.0)。&lt;/span&gt;</translation>
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
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Some nodes did not pass: see the Result column, fix them and verify again.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;合格しなかったノードがあります。「結果」列を確認して修正し、再度検証してください。&lt;/span&gt;</translation>
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
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Stages cannot change once one is confirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;段階を 1 つ確定すると、段階は変更できません。&lt;/span&gt;</translation>
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
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.&lt;/b&gt; </source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;警告: 新クラスターの 5xx が旧クラスターより多くなっています — 段階を維持してログを確認してください。&lt;/b&gt; </translation>
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
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Could not read the datastore: %1 %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;データストアを読み取れませんでした: %1 %2&lt;/span&gt;</translation>
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
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 is not a file.&lt;/b&gt; Choose a snapshot made on the Snapshot page (they are kept in %2).</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;%1 はファイルではありません。&lt;/b&gt;スナップショットページで作成したスナップショットを選択してください (%2 に保存されています)。</translation>
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
</context>
</TS>
