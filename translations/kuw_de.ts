<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Kong Upgrade Wizard</source>
        <translation>Kong Upgrade Wizard</translation>
    </message>
    <message>
        <source>Guided, Kong-compatible datastore upgrades for Kong Gateway.</source>
        <translation>Geführte, Kong-kompatible Datenspeicher-Upgrades für Kong Gateway.</translation>
    </message>
    <message>
        <source>Kong configuration file.</source>
        <translation>Kong-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Run against an embedded, throwaway PostgreSQL.</source>
        <translation>Mit einer eingebetteten Wegwerf-PostgreSQL-Instanz ausführen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first connection test ends, then quit.</source>
        <translation>Nach dem ersten Verbindungstest ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Demo only: walk through every page, saving a PNG of each into DIR, then quit.</source>
        <translation>Nur Demo: alle Seiten durchlaufen, von jeder ein PNG in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Kong defaults and KONG_* environment variables</source>
        <translation>Kong-Standardwerte und KONG_*-Umgebungsvariablen</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>Aus %1 (KONG_*-Umgebungsvariablen haben Vorrang)</translation>
    </message>
    <message>
        <source>Interface language (en, de, ja, zh_CN); overrides the setting.</source>
        <translation>Sprache der Oberfläche (en, de, ja, zh_CN); hat Vorrang vor der Einstellung.</translation>
    </message>
    <message>
        <source>Kong version the demo datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>Kong-Version, mit der der Demo-Datenspeicher beginnt (1.5, 2.0, 2.1, 2.3 …; Standard: die neueste Schemastufe vor der des Ziels, 2.2.2 für 2.5).</translation>
    </message>
    <message>
        <source>Demo only: a training scenario (kong-upgrade demo --list-scenarios).</source>
        <translation>Nur Demo: ein Übungsszenario (kong-upgrade demo --list-scenarios).</translation>
    </message>
    <message>
        <source>Demo only: seed size, small or large (100k+ rows).</source>
        <translation>Nur Demo: Datenmenge, small oder large (über 100.000 Zeilen).</translation>
    </message>
    <message>
        <source>Demo only: leave the datastore running on exit and print how to connect.</source>
        <translation>Nur Demo: den Datenspeicher beim Beenden weiterlaufen lassen und ausgeben, wie man sich verbindet.</translation>
    </message>
    <message>
        <source>Use a dark palette (Fusion style). For 200 % scaling set QT_SCALE_FACTOR=2.</source>
        <translation>Dunkle Farbpalette verwenden (Fusion-Stil). Für 200 % Skalierung QT_SCALE_FACTOR=2 setzen.</translation>
    </message>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>Eingebettete Demo-PostgreSQL wird gestartet und ein Kong-Datenspeicher befüllt…</translation>
    </message>
    <message>
        <source>; training scenario “%1”</source>
        <translation>; Übungsszenario „%1“</translation>
    </message>
    <message>
        <source>Demo: embedded PostgreSQL in %1 (%2 on exit), Kong %3 datastore seeded with %4 rows%5.
Simulated Kong nodes — old cluster (Kong %3): %6; new cluster (Kong %7): %8</source>
        <translation>Demo: eingebettete PostgreSQL in %1 (beim Beenden %2), Kong-%3-Datenspeicher mit %4 Zeilen befüllt%5.
Simulierte Kong-Knoten — alter Cluster (Kong %3): %6; neuer Cluster (Kong %7): %8</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
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
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Preflight checks on the live datastore (read-only). Blockers must be resolved; tick each warning to acknowledge it.</source>
        <translation>Vorabprüfungen am laufenden Datenspeicher (nur lesend). Blocker müssen behoben werden; jede Warnung bitte per Häkchen bestätigen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Die Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stop this upgrade. Resolve them (see “What to do”), then Re-check.</source>
        <translation>
            <numerusform>%n Blocker verhindert dieses Upgrade. Beheben Sie ihn (siehe „Was zu tun ist“) und prüfen Sie dann erneut.</numerusform>
            <numerusform>%n Blocker verhindern dieses Upgrade. Beheben Sie sie (siehe „Was zu tun ist“) und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No blockers. Acknowledge each of the %n warning(s) to continue.</source>
        <translation>
            <numerusform>Keine Blocker. %n Warnung muss bestätigt werden, um fortzufahren.</numerusform>
            <numerusform>Keine Blocker. Alle %n Warnungen müssen bestätigt werden, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blockers and no warnings for Kong %1.</source>
        <translation>Keine Blocker und keine Warnungen für Kong %1.</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 finding(s)</source>
        <translation>%1 Blocker, %2 Warnung(en), %3 Befund(e)</translation>
    </message>
</context>
<context>
    <name>kuw::ui::CheckpointsPage</name>
    <message>
        <source>Blue-green cutover</source>
        <translation>Blue-Green-Umstellung</translation>
    </message>
    <message>
        <source>Both versions now share the datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones; finish only when every checkpoint has passed.</source>
        <translation>Beide Versionen teilen sich jetzt den Datenspeicher. Starten Sie die neuen Knoten, verlagern Sie den Datenverkehr schrittweise und nehmen Sie die alten außer Betrieb; führen Sie finish erst aus, wenn alle Prüfpunkte bestanden sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do not make Admin API changes on the new cluster until finish.&lt;/b&gt; Entities written through the new nodes&apos; Admin API before finish can break the old nodes. Changes since up are listed under “Changed since up”.</source>
        <translation>&lt;b&gt;Bis zu finish keine Änderungen über die Admin API des neuen Clusters.&lt;/b&gt; Entitäten, die vor finish über die Admin API der neuen Knoten geschrieben werden, können die alten Knoten stören. Änderungen seit up stehen unter „Geändert seit up“.</translation>
    </message>
    <message>
        <source>Reminder: no Admin API changes on the new cluster until finish</source>
        <translation>Hinweis: bis zu finish keine Admin-API-Änderungen am neuen Cluster</translation>
    </message>
    <message>
        <source>Cutover checkpoints</source>
        <translation>Umstellungs-Prüfpunkte</translation>
    </message>
    <message>
        <source>Admin API URLs of the old nodes, one per line</source>
        <translation>Admin-API-URLs der alten Knoten, eine pro Zeile</translation>
    </message>
    <message>
        <source>Admin API URLs of the new nodes, one per line</source>
        <translation>Admin-API-URLs der neuen Knoten, eine pro Zeile</translation>
    </message>
    <message>
        <source>Kong version of the old nodes</source>
        <translation>Kong-Version der alten Knoten</translation>
    </message>
    <message>
        <source>&amp;Verify nodes</source>
        <translation>Knoten &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the old and new nodes</source>
        <translation>Die alten und neuen Knoten prüfen</translation>
    </message>
    <message>
        <source>Node verification results</source>
        <translation>Ergebnisse der Knotenprüfung</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Old nodes:</source>
        <translation>&amp;Alte Knoten:</translation>
    </message>
    <message>
        <source>&amp;New nodes:</source>
        <translation>&amp;Neue Knoten:</translation>
    </message>
    <message>
        <source>Old &amp;version:</source>
        <translation>Alte V&amp;ersion:</translation>
    </message>
    <message>
        <source>Traffic stages in percent on the new cluster</source>
        <translation>Verkehrsstufen in Prozent auf dem neuen Cluster</translation>
    </message>
    <message>
        <source>&amp;Confirm stage</source>
        <translation>Stufe &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm the current traffic stage</source>
        <translation>Die aktuelle Verkehrsstufe bestätigen</translation>
    </message>
    <message>
        <source>5xx rate per cluster</source>
        <translation>5xx-Rate je Cluster</translation>
    </message>
    <message>
        <source>&amp;Stages (% on new):</source>
        <translation>&amp;Stufen (% auf neu):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the old nodes must stay quiet</source>
        <translation>Wie lange die alten Knoten ruhig sein müssen</translation>
    </message>
    <message>
        <source>Decommission status</source>
        <translation>Stilllegungsstatus</translation>
    </message>
    <message>
        <source>&amp;Quiet for at least:</source>
        <translation>&amp;Ruhig für mindestens:</translation>
    </message>
    <message>
        <source>Stop the old nodes or take them out of the load balancer. They count as decommissioned once each is unreachable or serves no traffic for the whole period.</source>
        <translation>Stoppen Sie die alten Knoten oder nehmen Sie sie aus dem Load Balancer. Sie gelten als stillgelegt, sobald jeder über den gesamten Zeitraum nicht erreichbar ist oder keinen Verkehr bedient.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualis&amp;ieren</translation>
    </message>
    <message>
        <source>Refresh the entities changed since up</source>
        <translation>Die seit up geänderten Entitäten aktualisieren</translation>
    </message>
    <message>
        <source>Entities created or changed since up</source>
        <translation>Seit up erstellte oder geänderte Entitäten</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Cutover steps</source>
        <translation>Umstellungsschritte</translation>
    </message>
    <message>
        <source>helm upgrade %1 done</source>
        <translation>helm upgrade %1 erledigt</translation>
    </message>
    <message>
        <source>New nodes configured against the same datastore</source>
        <translation>Neue Knoten für denselben Datenspeicher konfiguriert</translation>
    </message>
    <message>
        <source>New nodes provisioned and verified</source>
        <translation>Neue Knoten bereitgestellt und geprüft</translation>
    </message>
    <message>
        <source>Traffic moved to the new cluster in stages</source>
        <translation>Verkehr schrittweise auf den neuen Cluster verlagert</translation>
    </message>
    <message>
        <source>Old nodes decommissioned</source>
        <translation>Alte Knoten stillgelegt</translation>
    </message>
    <message>
        <source>New Control Plane verified</source>
        <translation>Neue Control Plane geprüft</translation>
    </message>
    <message>
        <source>Data Planes on the new version</source>
        <translation>Data Planes auf der neuen Version</translation>
    </message>
    <message>
        <source>Helm release %1 upgraded</source>
        <translation>Helm-Release %1 aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation>&amp;Helm-Releases</translation>
    </message>
    <message>
        <source>&amp;Control Plane</source>
        <translation>&amp;Control Plane</translation>
    </message>
    <message>
        <source>N&amp;odes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <source>&amp;Decommission</source>
        <translation>S&amp;tilllegung</translation>
    </message>
    <message>
        <source>Changed since &amp;up</source>
        <translation>Geändert seit &amp;up</translation>
    </message>
    <message>
        <source>new nodes must run %1.%2.x</source>
        <translation>neue Knoten müssen %1.%2.x ausführen</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed</source>
        <translation>%1 von %2 Prüfpunkten bestanden</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints passed. Next: %3</source>
        <translation>%1 von %2 Prüfpunkten bestanden. Als Nächstes: %3</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: the datastore is ready for finish.</source>
        <translation>Alle %1 Prüfpunkte bestanden: Der Datenspeicher ist bereit für finish.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;%1 Knoten, Zeile %2: „%3“ ist keine Admin-API-URL. Schreiben Sie sie als http(s)://host:port, z. B. http://10.0.0.5:8001.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neue</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alte</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;List at least one old and one new node&apos;s Admin API URL.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Geben Sie mindestens je eine Admin-API-URL eines alten und eines neuen Knotens an.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Old version: “%1” is not a Kong version, e.g. 2.0.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Alte Version: „%1“ ist keine Kong-Version, z. B. 2.0.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Asking each node&apos;s Admin API (GET / and GET /status)…</source>
        <translation>Admin API jedes Knotens wird abgefragt (GET / und GET /status)…</translation>
    </message>
    <message>
        <source>OK: version, database reachable</source>
        <translation>OK: Version, Datenbank erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n new node(s) use database %1</source>
        <translation>
            <numerusform>%n neuer Knoten verwendet die Datenbank %1</numerusform>
            <numerusform>%n neue Knoten verwenden die Datenbank %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Control Plane(s) verified</source>
        <translation>
            <numerusform>%n neue Control Plane geprüft</numerusform>
            <numerusform>%n neue Control Planes geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the new Control Plane for its Data Planes…</source>
        <translation>Die neue Control Plane wird nach ihren Data Planes gefragt…</translation>
    </message>
    <message>
        <source>%1 old and %2 new node(s) verified</source>
        <translation>%1 alte und %2 neue Knoten geprüft</translation>
    </message>
    <message>
        <source>Every node answered as expected. Move traffic on the Traffic tab.</source>
        <translation>Alle Knoten haben wie erwartet geantwortet. Verlagern Sie den Verkehr im Reiter „Verkehr“.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Some nodes did not pass: see the Result column, fix them and verify again.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Einige Knoten haben die Prüfung nicht bestanden: siehe Spalte „Ergebnis“; beheben Sie die Ursache und prüfen Sie erneut.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>all nodes passed</source>
        <translation>alle Knoten bestanden</translation>
    </message>
    <message>
        <source>some nodes failed</source>
        <translation>einige Knoten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Data Plane %1: %2 (%3)</source>
        <translation>Data Plane %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1</source>
        <translation>
            <numerusform>%n Data Plane auf %1</numerusform>
            <numerusform>%n Data Planes auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Stages cannot change once one is confirmed.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Die Stufen können nicht mehr geändert werden, sobald eine bestätigt ist.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation>Stufe %1 von %2: Leiten Sie %3 % des Verkehrs auf den neuen Cluster und bestätigen Sie, sobald das Diagramm es zeigt.</translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation>Alter Cluster: %1 Anf./s (%2 aktiv, %3 ausgefallen) · Neuer Cluster: %4 Anf./s (%5 aktiv, %6 ausgefallen) · Anteil neu: %7</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.&lt;/b&gt; </source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Warnung: Der neue Cluster liefert mehr 5xx als der alte — halten Sie die Stufe und prüfen Sie seine Logs.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>5xx: old %1, new %2</source>
        <translation>5xx: alt %1, neu %2</translation>
    </message>
    <message>
        <source>Old nodes quiet for %1 s of %2 s.</source>
        <translation>Alte Knoten ruhig seit %1 s von %2 s.</translation>
    </message>
    <message>
        <source>Old nodes still serve traffic: %1 req/s.</source>
        <translation>Alte Knoten bedienen noch Verkehr: %1 Anf./s.</translation>
    </message>
    <message>
        <source>every old node unreachable or idle for %1 s</source>
        <translation>jeder alte Knoten %1 s lang nicht erreichbar oder untätig</translation>
    </message>
    <message>
        <source>The old nodes are decommissioned.</source>
        <translation>Die alten Knoten sind stillgelegt.</translation>
    </message>
    <message>
        <source>Waiting for the previous checkpoints.</source>
        <translation>Warten auf die vorherigen Prüfpunkte.</translation>
    </message>
    <message>
        <source>All traffic is on the new cluster. Now retire the old nodes (Decommission tab).</source>
        <translation>Der gesamte Verkehr läuft über den neuen Cluster. Nehmen Sie jetzt die alten Knoten außer Betrieb (Reiter „Stilllegung“).</translation>
    </message>
    <message>
        <source>No completed up in this session: nothing to compare with.</source>
        <translation>Kein abgeschlossenes up in dieser Sitzung: nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Could not read the datastore: %1 %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Der Datenspeicher konnte nicht gelesen werden: %1 %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>No entity created or changed since up (%1 UTC); checked %2 tables at %3.</source>
        <translation>Seit up (%1 UTC) wurde keine Entität erstellt oder geändert; %2 Tabellen um %3 geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n entity(ies) created or changed since up&lt;/b&gt; (%1 UTC). Make sure none was written through the new cluster&apos;s Admin API: the old nodes may not understand them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Entität seit up erstellt oder geändert&lt;/b&gt; (%1 UTC). Stellen Sie sicher, dass sie nicht über die Admin API des neuen Clusters geschrieben wurde: Die alten Knoten verstehen sie womöglich nicht.</numerusform>
            <numerusform>&lt;b&gt;%n Entitäten seit up erstellt oder geändert&lt;/b&gt; (%1 UTC). Stellen Sie sicher, dass keine davon über die Admin API des neuen Clusters geschrieben wurde: Die alten Knoten verstehen sie womöglich nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kuw::ui::ConnectionPage</name>
    <message>
        <source>Datastore connection</source>
        <translation>Datenspeicher-Verbindung</translation>
    </message>
    <message>
        <source>Where does your Kong cluster keep its configuration? Values come from kong.conf and KONG_* environment variables, as Kong reads them.</source>
        <translation>Wo speichert Ihr Kong-Cluster seine Konfiguration? Die Werte stammen aus kong.conf und KONG_*-Umgebungsvariablen, so wie Kong sie liest.</translation>
    </message>
    <message>
        <source>Using Kong&apos;s defaults</source>
        <translation>Kong-Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>Load kong.conf…</source>
        <translation>kong.conf laden…</translation>
    </message>
    <message>
        <source>Load a kong.conf file</source>
        <translation>Eine kong.conf-Datei laden</translation>
    </message>
    <message>
        <source>Kept in memory only: never saved, never logged.</source>
        <translation>Nur im Speicher gehalten: nie gespeichert, nie protokolliert.</translation>
    </message>
    <message>
        <source>the user&apos;s current schema</source>
        <translation>das aktuelle Schema des Benutzers</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Use TLS (pg_ssl)</source>
        <translation>TLS verwenden (pg_ssl)</translation>
    </message>
    <message>
        <source>Verify the server certificate (pg_ssl_verify)</source>
        <translation>Serverzertifikat prüfen (pg_ssl_verify)</translation>
    </message>
    <message>
        <source>CA certificate file (PEM)</source>
        <translation>CA-Zertifikatsdatei (PEM)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Cancel connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Not connected yet. Press “Test connection”.</source>
        <translation>Noch nicht verbunden. Klicken Sie auf „Verbindung testen“.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Open kong.conf</source>
        <translation>kong.conf öffnen</translation>
    </message>
    <message>
        <source>Kong configuration (*.conf);;All files (*)</source>
        <translation>Kong-Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From %1 (KONG_* environment variables take precedence)</source>
        <translation>Aus %1 (KONG_*-Umgebungsvariablen haben Vorrang)</translation>
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
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>A read-only report for support: environment, Kong schema, lock state, entity counts and the assessment findings. Nothing is written to the datastore; secrets are redacted.</source>
        <translation>Ein nur lesender Bericht für den Support: Umgebung, Kong-Schema, Sperrstatus, Entitätenanzahlen und die Befunde der Bewertung. In den Datenspeicher wird nichts geschrieben; Geheimnisse werden geschwärzt.</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Zielversion</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected findings (or all shown) as text</source>
        <translation>Die ausgewählten (oder alle angezeigten) Befunde als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the whole report as HTML, Markdown or JSON</source>
        <translation>Den gesamten Bericht als HTML, Markdown oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Collecting the report (read-only)…</source>
        <translation>Bericht wird erstellt (nur lesend)…</translation>
    </message>
    <message>
        <source>%1 — schema level %2, target %3: %4 blocker(s), %5 warning(s), %6 info(s).</source>
        <translation>%1 — Schemastufe %2, Ziel %3: %4 Blocker, %5 Warnung(en), %6 Hinweis(e).</translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 info(s)</source>
        <translation>%1 Blocker, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>Es gibt noch keinen Bericht.</translation>
    </message>
    <message>
        <source>%1: use a file name ending in .html, .md or .json.</source>
        <translation>%1: Verwenden Sie einen Dateinamen mit der Endung .html, .md oder .json.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the diagnostic report</source>
        <translation>Diagnosebericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kuw::ui::FinishGate</name>
    <message>
        <source>Cutover checkpoints</source>
        <translation>Umstellungs-Prüfpunkte</translation>
    </message>
    <message>
        <source>&amp;Override: finish without every checkpoint</source>
        <translation>Ü&amp;bergehen: finish ohne alle Prüfpunkte</translation>
    </message>
    <message>
        <source>Override the cutover checkpoints</source>
        <translation>Die Umstellungs-Prüfpunkte übergehen</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Grund für das Übergehen</translation>
    </message>
    <message>
        <source>Why finish now, e.g. old nodes shut down by the platform team at 14:10</source>
        <translation>Warum jetzt finish, z. B. alte Knoten um 14:10 vom Plattform-Team heruntergefahren</translation>
    </message>
    <message>
        <source>All %1 cutover checkpoints passed: the old nodes no longer use the datastore.</source>
        <translation>Alle %1 Umstellungs-Prüfpunkte bestanden: Die alten Knoten verwenden den Datenspeicher nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 cutover checkpoints passed&lt;/b&gt; (open: %3). Finish removes what the old version needs: old nodes still running will fail. Go back to complete them, or override with a reason.</source>
        <translation>&lt;b&gt;%1 von %2 Umstellungs-Prüfpunkten bestanden&lt;/b&gt; (offen: %3). finish entfernt, was die alte Version benötigt: Noch laufende alte Knoten werden ausfallen. Gehen Sie zurück und schließen Sie sie ab, oder übergehen Sie sie mit Begründung.</translation>
    </message>
</context>
<context>
    <name>kuw::ui::HelmCommandsView</name>
    <message>
        <source>Helm releases, one per line, in upgrade order</source>
        <translation>Helm-Releases, eines pro Zeile, in Upgrade-Reihenfolge</translation>
    </message>
    <message>
        <source>namespace/release, one per line, in the order to upgrade</source>
        <translation>namespace/release, eines pro Zeile, in der Upgrade-Reihenfolge</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
    <message>
        <source>Image repository</source>
        <translation>Image-Repository</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <source>&amp;Generate commands</source>
        <translation>Befehle &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate the helm upgrade commands</source>
        <translation>Die helm-upgrade-Befehle erzeugen</translation>
    </message>
    <message>
        <source>&amp;Releases:</source>
        <translation>&amp;Releases:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Image re&amp;pository:</source>
        <translation>Image-Re&amp;pository:</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>Image-&amp;Tag:</translation>
    </message>
    <message>
        <source>Run the commands in this order. Only the first release runs &lt;code&gt;migrations up&lt;/code&gt; (pre-upgrade hook) and only the last runs &lt;code&gt;migrations finish&lt;/code&gt; (post-upgrade hook), after every release serves the new version.</source>
        <translation>Führen Sie die Befehle in dieser Reihenfolge aus. Nur das erste Release führt &lt;code&gt;migrations up&lt;/code&gt; aus (pre-upgrade-Hook) und nur das letzte &lt;code&gt;migrations finish&lt;/code&gt; (post-upgrade-Hook), nachdem alle Releases die neue Version bedienen.</translation>
    </message>
    <message>
        <source>Command for release %1</source>
        <translation>Befehl für Release %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command for release %1</source>
        <translation>Den Befehl für Release %1 kopieren</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Release %1 has been upgraded</source>
        <translation>Release %1 wurde aktualisiert</translation>
    </message>
    <message>
        <source>Upgraded ✓</source>
        <translation>Aktualisiert ✓</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RehearsalPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Recommended: restore the snapshot into a throwaway copy and run the exact plan there (up, then finish) before production is touched. Its timings estimate the real run.</source>
        <translation>Empfohlen: den Snapshot in eine Wegwerfkopie einspielen und dort genau den Plan ausführen (up, dann finish), bevor die Produktion berührt wird. Seine Laufzeiten schätzen den echten Lauf ab.</translation>
    </message>
    <message>
        <source>Where to rehearse</source>
        <translation>Wo der Probelauf stattfindet</translation>
    </message>
    <message>
        <source>&amp;Embedded scratch PostgreSQL on this machine (nothing runs on the production server)</source>
        <translation>&amp;Eingebettete Scratch-PostgreSQL auf diesem Rechner (auf dem Produktionsserver läuft nichts)</translation>
    </message>
    <message>
        <source>Rehearse on an embedded scratch PostgreSQL on this machine</source>
        <translation>Probelauf auf einer eingebetteten Scratch-PostgreSQL auf diesem Rechner</translation>
    </message>
    <message>
        <source>Scratch &amp;database on the production server (needs CREATEDB; adds load there)</source>
        <translation>Scratch-&amp;Datenbank auf dem Produktionsserver (erfordert CREATEDB; erzeugt dort Last)</translation>
    </message>
    <message>
        <source>Rehearse in a scratch database on the production server</source>
        <translation>Probelauf in einer Scratch-Datenbank auf dem Produktionsserver</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Probelauf starten</translation>
    </message>
    <message>
        <source>Run the rehearsal</source>
        <translation>Den Probelauf ausführen</translation>
    </message>
    <message>
        <source>Cancel rehearsal</source>
        <translation>Probelauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running rehearsal</source>
        <translation>Den laufenden Probelauf abbrechen</translation>
    </message>
    <message>
        <source>Rehearsal progress</source>
        <translation>Fortschritt des Probelaufs</translation>
    </message>
    <message>
        <source>Per-migration durations of the rehearsal</source>
        <translation>Dauer je Migration im Probelauf</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Lock retries</source>
        <translation>Sperr-Wiederholungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rehearsal log</source>
        <translation>Protokoll des Probelaufs</translation>
    </message>
    <message>
        <source>S&amp;kip the rehearsal (recorded in the journal)</source>
        <translation>Probelauf ü&amp;berspringen (wird im Journal vermerkt)</translation>
    </message>
    <message>
        <source>Skip the rehearsal</source>
        <translation>Den Probelauf überspringen</translation>
    </message>
    <message>
        <source>Reason for skipping the rehearsal</source>
        <translation>Grund für das Überspringen des Probelaufs</translation>
    </message>
    <message>
        <source>Reason (optional), e.g. rehearsed yesterday on the staging copy</source>
        <translation>Grund (optional), z. B. gestern auf der Staging-Kopie geprobt</translation>
    </message>
    <message>
        <source>Cancelling: the scratch copy is torn down…</source>
        <translation>Wird abgebrochen: Die Scratch-Kopie wird abgebaut…</translation>
    </message>
    <message>
        <source>No snapshot was taken in this session: the rehearsal restores one. Go back to take a snapshot, or skip the rehearsal.</source>
        <translation>In dieser Sitzung wurde kein Snapshot erstellt: Der Probelauf spielt einen ein. Gehen Sie zurück und erstellen Sie einen Snapshot, oder überspringen Sie den Probelauf.</translation>
    </message>
    <message>
        <source>Snapshot to rehearse on: %1</source>
        <translation>Snapshot für den Probelauf: %1</translation>
    </message>
    <message>
        <source>Restoring the snapshot into a scratch copy…</source>
        <translation>Snapshot wird in eine Scratch-Kopie eingespielt…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
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
        <translation>Probelauf erfolgreich in %1 (Wiederherstellung %2, up %3, finish %4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated production run:&lt;/b&gt; up ≈ %1, finish ≈ %2. Lock retries on the copy: %3. Under live traffic, lock waits come on top of this estimate.</source>
        <translation>&lt;b&gt;Geschätzter Produktionslauf:&lt;/b&gt; up ≈ %1, finish ≈ %2. Sperr-Wiederholungen auf der Kopie: %3. Unter Live-Verkehr kommen Sperrwartezeiten zu dieser Schätzung hinzu.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled; the scratch copy was %1.</source>
        <translation>Probelauf abgebrochen; die Scratch-Kopie wurde %1.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>NOT removed</source>
        <translation>NICHT entfernt</translation>
    </message>
    <message>
        <source>Rehearsal failed. Production was not touched.</source>
        <translation>Probelauf fehlgeschlagen. Die Produktion wurde nicht berührt.</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Fehlgeschlagener Schritt: %1</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>The same failure would stop the real run: fix the cause, or skip only if you know why.</source>
        <translation>Derselbe Fehler würde den echten Lauf stoppen: Beheben Sie die Ursache, oder überspringen Sie nur, wenn Sie den Grund kennen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePage</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Put a datastore back as a snapshot recorded it: in place (after typed confirmation) or into a new database on the same server. Stop Kong nodes using the target first.</source>
        <translation>Einen Datenspeicher so zurücksetzen, wie ein Snapshot ihn festgehalten hat: an Ort und Stelle (nach getippter Bestätigung) oder in eine neue Datenbank auf demselben Server. Stoppen Sie zuvor die Kong-Knoten, die das Ziel verwenden.</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestorePanel</name>
    <message>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <source>A kong-….dump file made by pg_dump -Fc</source>
        <translation>Eine kong-….dump-Datei, erstellt mit pg_dump -Fc</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the snapshot file</source>
        <translation>Snapshot-Datei auswählen</translation>
    </message>
    <message>
        <source>Into a n&amp;ew database on the same server, named:</source>
        <translation>In eine n&amp;eue Datenbank auf demselben Server, Name:</translation>
    </message>
    <message>
        <source>Restore into a new database on the same server</source>
        <translation>In eine neue Datenbank auf demselben Server wiederherstellen</translation>
    </message>
    <message>
        <source>Name of the new database</source>
        <translation>Name der neuen Datenbank</translation>
    </message>
    <message>
        <source>Type the database name to confirm replacing its Kong schema</source>
        <translation>Datenbanknamen eingeben, um das Ersetzen ihres Kong-Schemas zu bestätigen</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the snapshot</source>
        <translation>Den Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running restore</source>
        <translation>Die laufende Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Restore log</source>
        <translation>Wiederherstellungsprotokoll</translation>
    </message>
    <message>
        <source>Snapshot fi&amp;le:</source>
        <translation>Snapshot-Da&amp;tei:</translation>
    </message>
    <message>
        <source>Cancelling: pg_restore is stopped and its transaction rolled back…</source>
        <translation>Wird abgebrochen: pg_restore wird gestoppt und seine Transaktion zurückgerollt…</translation>
    </message>
    <message>
        <source>Into the connected database %1, &amp;replacing its Kong schema</source>
        <translation>In die verbundene Datenbank %1, ihr Kong-Schema e&amp;rsetzend</translation>
    </message>
    <message>
        <source>Restore into the connected database, replacing its Kong schema</source>
        <translation>In die verbundene Datenbank wiederherstellen und ihr Kong-Schema ersetzen</translation>
    </message>
    <message>
        <source>This drops the current Kong schema of %1 and everything in it. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dies löscht das aktuelle Kong-Schema von %1 mit allem Inhalt. Geben Sie zur Bestätigung den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Choose a snapshot</source>
        <translation>Snapshot auswählen</translation>
    </message>
    <message>
        <source>Snapshots (*.dump);;All files (*)</source>
        <translation>Snapshots (*.dump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;%1 is not a file.&lt;/b&gt; Choose a snapshot made on the Snapshot page (they are kept in %2).</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;%1 ist keine Datei.&lt;/b&gt; Wählen Sie einen auf der Snapshot-Seite erstellten Snapshot (sie liegen in %2).</translation>
    </message>
    <message>
        <source>Verifying the archive and restoring…</source>
        <translation>Archiv wird geprüft und wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored into %1 in %2 ms.%3</source>
        <translation>In %1 wiederhergestellt in %2 ms.%3</translation>
    </message>
    <message>
        <source> Re-check the datastore before continuing.</source>
        <translation> Prüfen Sie den Datenspeicher erneut, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The Kong schema was already dropped: restore again before starting Kong.</source>
        <translation>Das Kong-Schema wurde bereits gelöscht: Stellen Sie erneut wieder her, bevor Sie Kong starten.</translation>
    </message>
    <message>
        <source>The target was left as it was.</source>
        <translation>Das Ziel wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>kuw::ui::RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>Close the restore dialog</source>
        <translation>Den Wiederherstellungsdialog schließen</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ResumePage</name>
    <message>
        <source>Resume a session</source>
        <translation>Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>The journal says what this session did; the datastore is re-checked now, because anything may have happened since.</source>
        <translation>Das Journal zeigt, was diese Sitzung getan hat; der Datenspeicher wird jetzt erneut geprüft, denn seitdem kann alles Mögliche passiert sein.</translation>
    </message>
    <message>
        <source>No session to resume.</source>
        <translation>Keine Sitzung zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Session started %1 for %2. Recorded: %3.</source>
        <translation>Sitzung gestartet %1 für %2. Aufgezeichnet: %3.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Re-reading schema_meta for Kong %1…</source>
        <translation>schema_meta wird für Kong %1 erneut gelesen…</translation>
    </message>
    <message>
        <source>The datastore now: %1
%2
Next: continue at “%3”.</source>
        <translation>Der Datenspeicher jetzt: %1
%2
Als Nächstes: weiter bei „%3“.</translation>
    </message>
    <message>
        <source>cutover checkpoints %1 of %2</source>
        <translation>Umstellungs-Prüfpunkte: %1 von %2</translation>
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
        <translation>Kongs Schema in der gewählten Version anlegen, genau wie &apos;kong migrations bootstrap&apos;.</translation>
    </message>
    <message>
        <source>Migrations up</source>
        <translation>Migrations up</translation>
    </message>
    <message>
        <source>Non-destructive changes: the old cluster keeps working afterwards. Each migration commits together with its schema_meta record.</source>
        <translation>Nicht destruktive Änderungen: Der alte Cluster funktioniert danach weiter. Jede Migration wird zusammen mit ihrem schema_meta-Eintrag festgeschrieben.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Destructive teardown: after this, nodes of the previous version can no longer use the datastore.</source>
        <translation>Destruktiver Rückbau: Danach können Knoten der vorherigen Version den Datenspeicher nicht mehr verwenden.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>Datenbanknamen zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>Run &amp;finish</source>
        <translation>&amp;finish ausführen</translation>
    </message>
    <message>
        <source>Run &amp;up</source>
        <translation>&amp;up ausführen</translation>
    </message>
    <message>
        <source>Run &amp;bootstrap</source>
        <translation>&amp;bootstrap ausführen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running migrations</source>
        <translation>Die laufenden Migrationen abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cancelling: the current step rolls back, completed steps are kept…</source>
        <translation>Wird abgebrochen: Der aktuelle Schritt wird zurückgerollt, abgeschlossene Schritte bleiben erhalten…</translation>
    </message>
    <message>
        <source>Building the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <source>No pending migrations to finish.</source>
        <translation>Keine ausstehenden Migrationen für finish.</translation>
    </message>
    <message>
        <source>Nothing to do: the datastore is up to date.</source>
        <translation>Nichts zu tun: Der Datenspeicher ist aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%n teardown(s) will run. Type the database name &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>
            <numerusform>%n Rückbau wird ausgeführt. Geben Sie zur Bestätigung den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein.</numerusform>
            <numerusform>%n Rückbauten werden ausgeführt. Geben Sie zur Bestätigung den Datenbanknamen &lt;b&gt;%1&lt;/b&gt; ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will run.</source>
        <translation>
            <numerusform>%n Schritt wird ausgeführt.</numerusform>
            <numerusform>%n Schritte werden ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>database name typed</source>
        <translation>Datenbankname eingegeben</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) in %1 ms.</source>
        <translation>
            <numerusform>Fertig: %n Schritt in %1 ms.</numerusform>
            <numerusform>Fertig: %n Schritte in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>The rehearsal estimates about %1.</source>
        <translation>Der Probelauf schätzt etwa %1.</translation>
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
        <translation>Sicherheits-Snapshot</translation>
    </message>
    <message>
        <source>A verified backup of the Kong schema before anything changes. Kong migrations have no &apos;down&apos;: restoring this snapshot is the way back.</source>
        <translation>Eine geprüfte Sicherung des Kong-Schemas, bevor sich etwas ändert. Kong-Migrationen haben kein &apos;down&apos;: Das Wiederherstellen dieses Snapshots ist der Weg zurück.</translation>
    </message>
    <message>
        <source>No snapshot yet.</source>
        <translation>Noch kein Snapshot.</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>&amp;Snapshot erstellen</translation>
    </message>
    <message>
        <source>Take a verified snapshot</source>
        <translation>Einen geprüften Snapshot erstellen</translation>
    </message>
    <message>
        <source>Reason for skipping the snapshot</source>
        <translation>Grund für das Überspringen des Snapshots</translation>
    </message>
    <message>
        <source>e.g. storage snapshot taken at 14:02 by the DBA team</source>
        <translation>z. B. Storage-Snapshot um 14:02 vom DBA-Team erstellt</translation>
    </message>
    <message>
        <source>Running pg_dump and verifying the archive…</source>
        <translation>pg_dump läuft, das Archiv wird geprüft…</translation>
    </message>
    <message>
        <source>Verified snapshot: %1
%2 KiB, %3 archive entries, %4 ms (pg_dump %5).</source>
        <translation>Geprüfter Snapshot: %1
%2 KiB, %3 Archiveinträge, %4 ms (pg_dump %5).</translation>
    </message>
    <message>
        <source>Snapshot failed: %1
What to do: %2</source>
        <translation>Snapshot fehlgeschlagen: %1
Was zu tun ist: %2</translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation>Snapshot &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a snapshot into this or a new database</source>
        <translation>Einen Snapshot in diese oder eine neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Or s&amp;kip, because:</source>
        <translation>Oder ü&amp;berspringen, weil:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::StatusView</name>
    <message>
        <source>Connection result</source>
        <translation>Verbindungsergebnis</translation>
    </message>
    <message>
        <source>Connected in %1 ms</source>
        <translation>Verbunden in %1 ms</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database / schema</source>
        <translation>Datenbank / Schema</translation>
    </message>
    <message>
        <source>May create tables</source>
        <translation>Darf Tabellen anlegen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no — bootstrap and migrations will fail</source>
        <translation>nein — bootstrap und Migrationen werden fehlschlagen</translation>
    </message>
    <message>
        <source>Kong schema</source>
        <translation>Kong-Schema</translation>
    </message>
    <message>
        <source>schema_meta exists but this user cannot read it</source>
        <translation>schema_meta existiert, aber dieser Benutzer kann es nicht lesen</translation>
    </message>
    <message>
        <source>none — the database needs bootstrapping</source>
        <translation>keines — die Datenbank braucht ein bootstrap</translation>
    </message>
    <message>
        <source>schema_meta is empty</source>
        <translation>schema_meta ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%n subsystem(s)</source>
        <translation>
            <numerusform>%n Subsystem</numerusform>
            <numerusform>%n Subsysteme</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration lock</source>
        <translation>Migrationssperre</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>stale (expired %1 s ago, owner %2)</source>
        <translation>veraltet (vor %1 s abgelaufen, Inhaber %2)</translation>
    </message>
    <message>
        <source>HELD by %1 for %2 s more</source>
        <translation>GEHALTEN von %1 für weitere %2 s</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <source>Last executed</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Datastore %1 — target Kong %2</source>
        <translation>Datenspeicher %1 — Ziel Kong %2</translation>
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
        <translation>Journal:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Every node now runs Kong %1; the previous version must not be started against this datastore again.
kong reload   # on nodes whose configuration changed
</source>
        <translation>Alle Knoten laufen jetzt mit Kong %1; die vorherige Version darf nicht mehr gegen diesen Datenspeicher gestartet werden.
kong reload   # auf Knoten mit geänderter Konfiguration
</translation>
    </message>
    <message>
        <source>Start Kong %1 nodes against this datastore (kong start -c /etc/kong/kong.conf),
divert traffic to them, then run finish once no old node is left.
</source>
        <translation>Starten Sie Kong-%1-Knoten gegen diesen Datenspeicher (kong start -c /etc/kong/kong.conf),
leiten Sie den Verkehr auf sie um und führen Sie finish aus, sobald kein alter Knoten mehr übrig ist.
</translation>
    </message>
</context>
<context>
    <name>kuw::ui::TrafficChart</name>
    <message>
        <source>Old cluster (req/s)</source>
        <translation>Alter Cluster (Anf./s)</translation>
    </message>
    <message>
        <source>New cluster (req/s)</source>
        <translation>Neuer Cluster (Anf./s)</translation>
    </message>
    <message>
        <source>Share on new (%)</source>
        <translation>Anteil neu (%)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anf./s</translation>
    </message>
    <message>
        <source>% on new</source>
        <translation>% auf neu</translation>
    </message>
    <message>
        <source>Traffic chart</source>
        <translation>Verkehrsdiagramm</translation>
    </message>
    <message>
        <source>Request rate of the old and new cluster and the share on the new cluster over time</source>
        <translation>Anfragerate des alten und neuen Clusters und Anteil des neuen Clusters im Zeitverlauf</translation>
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
        <translation>Der Migrationskatalog konnte nicht geladen werden; dieser Build ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>kuw::ui::VersionPage</name>
    <message>
        <source>Version and path</source>
        <translation>Version und Pfad</translation>
    </message>
    <message>
        <source>What the datastore holds, read from schema_meta, and the Kong version to reach.</source>
        <translation>Was der Datenspeicher enthält (aus schema_meta gelesen) und die Ziel-Version von Kong.</translation>
    </message>
    <message>
        <source>Target Kong version</source>
        <translation>Ziel-Version von Kong</translation>
    </message>
    <message>
        <source>Subsystems</source>
        <translation>Subsysteme</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Target version:</source>
        <translation>&amp;Zielversion:</translation>
    </message>
    <message>
        <source>Reading schema_meta…</source>
        <translation>schema_meta wird gelesen…</translation>
    </message>
    <message>
        <source>The database is empty: it will be bootstrapped at Kong %1.</source>
        <translation>Die Datenbank ist leer: Sie wird mit Kong %1 gebootstrappt.</translation>
    </message>
    <message>
        <source>The database holds no Kong schema (or one older than Kong 1.0). Use Fresh install to bootstrap it.</source>
        <translation>Die Datenbank enthält kein Kong-Schema (oder eines älter als Kong 1.0). Verwenden Sie „Neuinstallation“, um sie zu bootstrappen.</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier &apos;up&apos; are waiting for &apos;finish&apos;. </source>
        <translation>Ausstehende Migrationen eines früheren &apos;up&apos; warten auf &apos;finish&apos;. </translation>
    </message>
    <message>
        <source>New migrations bring this datastore to Kong %1.</source>
        <translation>Neue Migrationen bringen diesen Datenspeicher auf Kong %1.</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>Der Datenspeicher ist bereits auf dem Stand von Kong %1.</translation>
    </message>
    <message>
        <source>Unknown to this catalog (Enterprise or custom plugins): %1 — use the external Kong CLI executor.</source>
        <translation>Diesem Katalog unbekannt (Enterprise- oder eigene Plugins): %1 — verwenden Sie den Executor mit der externen Kong-CLI.</translation>
    </message>
    <message>
        <source>The datastore is newer than Kong %1; choose a newer target.</source>
        <translation>Der Datenspeicher ist neuer als Kong %1; wählen Sie ein neueres Ziel.</translation>
    </message>
    <message>
        <source>Deployment kind</source>
        <translation>Bereitstellungsart</translation>
    </message>
    <message>
        <source>Traditional nodes</source>
        <translation>Klassische Knoten</translation>
    </message>
    <message>
        <source>Hybrid (Control Plane / Data Planes)</source>
        <translation>Hybrid (Control Plane / Data Planes)</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Number of Helm releases sharing the datastore</source>
        <translation>Anzahl der Helm-Releases, die sich den Datenspeicher teilen</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Bereitstellung:</translation>
    </message>
    <message>
        <source>Helm &amp;releases:</source>
        <translation>Helm-&amp;Releases:</translation>
    </message>
</context>
<context>
    <name>kuw::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish.</source>
        <translation>Kong Upgrade Wizard führt einen Kong-Gateway-Datenspeicher sicher durch ein Upgrade: Pfadprüfung, Bewertung, Snapshot, Probelauf, migrations up, Blue-Green-Umstellung, finish.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Guided upgrade of an existing datastore</source>
        <translation>&amp;Geführtes Upgrade eines bestehenden Datenspeichers</translation>
    </message>
    <message>
        <source>&amp;Fresh install: bootstrap a new datastore</source>
        <translation>&amp;Neuinstallation: einen neuen Datenspeicher bootstrappen</translation>
    </message>
    <message>
        <source>&amp;Diagnose a datastore (read-only)</source>
        <translation>&amp;Diagnose eines Datenspeichers (nur lesend)</translation>
    </message>
    <message>
        <source>%1 — %2, last step: %3</source>
        <translation>%1 — %2, letzter Schritt: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Restore a &amp;snapshot (in place or into a new database)</source>
        <translation>&amp;Snapshot wiederherstellen (an Ort und Stelle oder in eine neue Datenbank)</translation>
    </message>
    <message>
        <source>Res&amp;ume the latest session</source>
        <translation>Letzte Sitzung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resume the latest unfinished session</source>
        <translation>Die letzte unvollendete Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Recent sessions (select an unfinished one to resume it; the datastore state is re-checked):</source>
        <translation>&amp;Letzte Sitzungen (eine unvollendete auswählen, um sie fortzusetzen; der Zustand des Datenspeichers wird erneut geprüft):</translation>
    </message>
    <message>
        <source>Start a ne&amp;w session instead</source>
        <translation>Stattdessen eine ne&amp;ue Sitzung starten</translation>
    </message>
    <message>
        <source>Clear the selection and start a new session</source>
        <translation>Auswahl aufheben und eine neue Sitzung starten</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unfinished session(s) found.&lt;/b&gt; The latest: %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n unvollendete Sitzung gefunden.&lt;/b&gt; Die letzte: %1.</numerusform>
            <numerusform>&lt;b&gt;%n unvollendete Sitzungen gefunden.&lt;/b&gt; Die letzte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the resumed session&apos;s journal (enter the password)</source>
        <translation>Aus dem Journal der fortgesetzten Sitzung (Passwort eingeben)</translation>
    </message>
</context>
</TS>
