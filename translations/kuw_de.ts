<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Interface language (en, de, ja, zh_CN); overrides the setting.</source>
        <translation>Sprache der Oberfläche (en, de, ja, zh_CN); hat Vorrang vor der Einstellung.</translation>
    </message>
    <message>
        <source>Kong version the demo datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: a training scenario (kong-upgrade demo --list-scenarios).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: seed size, small or large (100k+ rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: leave the datastore running on exit and print how to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style). For 200 % scaling set QT_SCALE_FACTOR=2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; training scenario “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: embedded PostgreSQL in %1 (%2 on exit), Kong %3 datastore seeded with %4 rows%5.
Simulated Kong nodes — old cluster (Kong %3): %6; new cluster (Kong %7): %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::core::Components</name>
    <message>
        <source>Core, GUI, Widgets, Network, Concurrent and the SVG icon plugin</source>
        <translation>Core, GUI, Widgets, Network, Concurrent und das SVG-Icon-Plugin</translation>
    </message>
    <message>
        <source>The simulated Kong node used by the demo and rehearsals</source>
        <translation>Der simulierte Kong-Knoten für Demo und Probeläufe</translation>
    </message>
    <message>
        <source>PostgreSQL client library: every datastore connection</source>
        <translation>PostgreSQL-Clientbibliothek: jede Verbindung zum Datenspeicher</translation>
    </message>
    <message>
        <source>Reads the embedded migration catalog</source>
        <translation>Liest den eingebetteten Migrationskatalog</translation>
    </message>
</context>
<context>
    <name>kuw::ui::AboutDialog</name>
    <message>
        <source>About Kong Upgrade Wizard</source>
        <translation>Über Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Migration catalog: Kong Gateway up to %1</source>
        <translation>Migrationskatalog: Kong Gateway bis %1</translation>
    </message>
    <message>
        <source>Migration catalog: not available (this build is broken)</source>
        <translation>Migrationskatalog: nicht verfügbar (dieser Build ist fehlerhaft)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with ABSOLUTELY NO WARRANTY. Kong and Kong Gateway are trademarks of Kong Inc.; this project is not affiliated with Kong Inc.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Sie wird OHNE JEGLICHE GEWÄHRLEISTUNG bereitgestellt. Kong und Kong Gateway sind Marken von Kong Inc.; dieses Projekt ist nicht mit Kong Inc. verbunden.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>Components and their licences:</source>
        <translation>Komponenten und ihre Lizenzen:</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blockers. Acknowledge each of the %n warning(s) to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <name>kuw::ui::CheckpointsPage</name>
    <message>
        <source>Blue-green cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions now share the datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones; finish only when every checkpoint has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not make Admin API changes on the new cluster until finish.&lt;/b&gt; Entities written through the new nodes&apos; Admin API before finish can break the old nodes. Changes since up are listed under “Changed since up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: no Admin API changes on the new cluster until finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API URLs of the old nodes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API URLs of the new nodes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kong version of the old nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the old and new nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node verification results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic stages in percent on the new cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the current traffic stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx rate per cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages (% on new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the old nodes must stay quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old nodes or take them out of the load balancer. They count as decommissioned once each is unreachable or serves no traffic for the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the entities changed since up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities created or changed since up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helm upgrade %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nodes configured against the same datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nodes provisioned and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moved to the new cluster in stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old nodes decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Control Plane verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Planes on the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm release %1 upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new nodes must run %1.%2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed. Next: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: the datastore is ready for finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;List at least one old and one new node&apos;s Admin API URL.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Old version: “%1” is not a Kong version, e.g. 2.0.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking each node&apos;s Admin API (GET / and GET /status)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: version, database reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) use database %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Control Plane(s) verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the new Control Plane for its Data Planes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old and %2 new node(s) verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node answered as expected. Move traffic on the Traffic tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Some nodes did not pass: see the Result column, fix them and verify again.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all nodes passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some nodes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Plane %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Stages cannot change once one is confirmed.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx: old %1, new %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old nodes quiet for %1 s of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old nodes still serve traffic: %1 req/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every old node unreachable or idle for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old nodes are decommissioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the previous checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All traffic is on the new cluster. Now retire the old nodes (Decommission tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed up in this session: nothing to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Could not read the datastore: %1 %2&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity created or changed since up (%1 UTC); checked %2 tables at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entity(ies) created or changed since up&lt;/b&gt; (%1 UTC). Make sure none was written through the new cluster&apos;s Admin API: the old nodes may not understand them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Connections used before (passwords are never stored)</source>
        <translation>Früher verwendete Verbindungen (Passwörter werden nie gespeichert)</translation>
    </message>
    <message>
        <source>Recent connection: enter the password</source>
        <translation>Zuletzt verwendete Verbindung: Passwort eingeben</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only report for support: environment, Kong schema, lock state, entity counts and the assessment findings. Nothing is written to the datastore; secrets are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infos</source>
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
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected findings (or all shown) as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole report as HTML, Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the report (read-only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — schema level %2, target %3: %4 blocker(s), %5 warning(s), %6 info(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 info(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use a file name ending in .html, .md or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::FinishGate</name>
    <message>
        <source>Cutover checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override: finish without every checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the cutover checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why finish now, e.g. old nodes shut down by the platform team at 14:10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 cutover checkpoints passed: the old nodes no longer use the datastore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 cutover checkpoints passed&lt;/b&gt; (open: %3). Finish removes what the old version needs: old nodes still running will fail. Go back to complete them, or override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::HelmCommandsView</name>
    <message>
        <source>Helm releases, one per line, in upgrade order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace/release, one per line, in the order to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the helm upgrade commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Releases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image re&amp;pository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the commands in this order. Only the first release runs &lt;code&gt;migrations up&lt;/code&gt; (pre-upgrade hook) and only the last runs &lt;code&gt;migrations finish&lt;/code&gt; (post-upgrade hook), after every release serves the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command for release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 has been upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::RehearsalPage</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: restore the snapshot into a throwaway copy and run the exact plan there (up, then finish) before production is touched. Its timings estimate the real run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded scratch PostgreSQL on this machine (nothing runs on the production server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse on an embedded scratch PostgreSQL on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch &amp;database on the production server (needs CREATEDB; adds load there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse in a scratch database on the production server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-migration durations of the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the rehearsal (recorded in the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional), e.g. rehearsed yesterday on the staging copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the scratch copy is torn down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was taken in this session: the rehearsal restores one. Go back to take a snapshot, or skip the rehearsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot to rehearse on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the snapshot into a scratch copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal succeeded in %1 (restore %2, up %3, finish %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated production run:&lt;/b&gt; up ≈ %1, finish ≈ %2. Lock retries on the copy: %3. Under live traffic, lock waits come on top of this estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal cancelled; the scratch copy was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal failed. Production was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same failure would stop the real run: fix the cause, or skip only if you know why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePage</name>
    <message>
        <source>Restore a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a datastore back as a snapshot recorded it: in place (after typed confirmation) or into a new database on the same server. Stop Kong nodes using the target first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePanel</name>
    <message>
        <source>Snapshot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kong-….dump file made by pg_dump -Fc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the snapshot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a n&amp;ew database on the same server, named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new database on the same server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name to confirm replacing its Kong schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: pg_restore is stopped and its transaction rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the connected database %1, &amp;replacing its Kong schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into the connected database, replacing its Kong schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drops the current Kong schema of %1 and everything in it. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (*.dump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 is not a file.&lt;/b&gt; Choose a snapshot made on the Snapshot page (they are kept in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the archive and restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1 in %2 ms.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Re-check the datastore before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kong schema was already dropped: restore again before starting Kong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the restore dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::ResumePage</name>
    <message>
        <source>Resume a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal says what this session did; the datastore is re-checked now, because anything may have happened since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started %1 for %2. Recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-reading schema_meta for Kong %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore now: %1
%2
Next: continue at “%3”.</source>
        <translation type="unfinished"></translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
    <message>
        <source>The rehearsal estimates about %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kuw::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes the next time the wizard starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start des Assistenten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
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
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a snapshot into this or a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or s&amp;kip, because:</source>
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
    <name>kuw::ui::TrafficChart</name>
    <message>
        <source>Old cluster (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster (req/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share on new (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% on new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate of the old and new cluster and the share on the new cluster over time</source>
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
    <message>
        <source>Deployment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (Control Plane / Data Planes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of Helm releases sharing the datastore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm &amp;releases:</source>
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
        <source>%1 — %2, last step: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;snapshot (in place or into a new database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume the latest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the latest unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent sessions (select an unfinished one to resume it; the datastore state is re-checked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a ne&amp;w session instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection and start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unfinished session(s) found.&lt;/b&gt; The latest: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From the resumed session&apos;s journal (enter the password)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
