<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>JournalErrorNotice</name>
    <message>
        <source>Session journal not saved</source>
        <translation>Sitzungsjournal nicht gespeichert</translation>
    </message>
    <message>
        <source>The session journal could not be saved. The upgrade can go on, but it cannot be resumed from this point after a crash.</source>
        <translation>Das Sitzungsjournal konnte nicht gespeichert werden. Das Upgrade kann weiterlaufen, lässt sich nach einem Absturz aber nicht ab diesem Punkt fortsetzen.</translation>
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
</context>
<context>
    <name>kuw::cli::Cli</name>
    <message>
        <source>Target Kong version (default: the newest the catalog knows).</source>
        <translation>Kong-Zielversion (Standard: die neueste, die der Katalog kennt).</translation>
    </message>
    <message>
        <source>The running Kong version (default: told from the schema).</source>
        <translation>Die laufende Kong-Version (Standard: aus dem Schema ermittelt).</translation>
    </message>
    <message>
        <source>oss or enterprise.</source>
        <translation>oss oder enterprise.</translation>
    </message>
    <message>
        <source>Admin API URL of a running Kong node (repeatable): its version is compared with the schema.</source>
        <translation>Admin-API-URL eines laufenden Kong-Knotens (mehrfach möglich): seine Version wird mit dem Schema verglichen.</translation>
    </message>
    <message>
        <source>Admin API timeout in milliseconds (default 5000).</source>
        <translation>Admin-API-Zeitlimit in Millisekunden (Standard 5000).</translation>
    </message>
    <message>
        <source>A kong/kong Helm release of this deployment, [namespace/]name (repeatable, in upgrade order): prints the helm upgrade commands.</source>
        <translation>Ein kong/kong-Helm-Release dieses Deployments, [namespace/]name (mehrfach möglich, in Upgrade-Reihenfolge): gibt die helm-upgrade-Befehle aus.</translation>
    </message>
    <message>
        <source>PEM CA file for https Admin API URLs.</source>
        <translation>PEM-CA-Datei für https-Admin-API-URLs.</translation>
    </message>
    <message>
        <source>Error: --node-timeout needs a positive number of milliseconds
</source>
        <translation>Fehler: --node-timeout braucht eine positive Anzahl Millisekunden
</translation>
    </message>
    <message numerus="yes">
        <source>asking %n node(s) for their version
</source>
        <translation>
            <numerusform>frage %n Knoten nach seiner Version
</numerusform>
            <numerusform>frage %n Knoten nach ihrer Version
</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: --to needs a Kong version such as 2.5.2
</source>
        <translation>Fehler: --to braucht eine Kong-Version wie 2.5.2
</translation>
    </message>
    <message>
        <source>Error: --from needs a Kong version such as 2.1.4
</source>
        <translation>Fehler: --from braucht eine Kong-Version wie 2.1.4
</translation>
    </message>
    <message>
        <source>Error: --edition must be oss or enterprise
</source>
        <translation>Fehler: --edition muss oss oder enterprise sein
</translation>
    </message>
    <message>
        <source>connecting (read-only) to %1
</source>
        <translation>verbinde (nur lesend) mit %1
</translation>
    </message>
    <message>
        <source>Preflight assessment of the configured datastore for an upgrade to --to: every finding with its severity (blocker, warning, info), evidence and remedy. Read-only. Exit code 20 when a blocker is found.</source>
        <translation>Preflight-Prüfung des konfigurierten Datenspeichers für ein Upgrade auf --to: jeder Befund mit Schweregrad (Blocker, Warnung, Info), Nachweis und Abhilfe. Nur lesend. Exit-Code 20, wenn ein Blocker gefunden wird.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Datastore: </source>
        <translation>Datenspeicher: </translation>
    </message>
    <message>
        <source>Kong configuration file (default: /etc/kong/kong.conf, then /etc/kong.conf).</source>
        <translation>Kong-Konfigurationsdatei (Standard: /etc/kong/kong.conf, dann /etc/kong.conf).</translation>
    </message>
    <message>
        <source>Timeout in seconds for datastore operations (overrides pg_timeout).</source>
        <translation>Zeitlimit in Sekunden für Datenspeicher-Operationen (überschreibt pg_timeout).</translation>
    </message>
    <message>
        <source>Verbose logging.</source>
        <translation>Ausführliche Protokollierung.</translation>
    </message>
    <message>
        <source>Debug logging.</source>
        <translation>Debug-Protokollierung.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>  Remedy: </source>
        <translation>  Abhilfe: </translation>
    </message>
    <message>
        <source>connecting to </source>
        <translation>verbinde mit </translation>
    </message>
    <message numerus="yes">
        <source>Error: %n problem(s) in the declarative file; nothing was written:
</source>
        <translation>
            <numerusform>Fehler: %n Problem in der deklarativen Datei; nichts wurde geschrieben:
</numerusform>
            <numerusform>Fehler: %n Probleme in der deklarativen Datei; nichts wurde geschrieben:
</numerusform>
        </translation>
    </message>
    <message>
        <source>the declarative file</source>
        <translation>die deklarative Datei</translation>
    </message>
    <message>
        <source>Error: expected a declarative configuration file; see `kong-upgrade config --help`
</source>
        <translation>Fehler: deklarative Konfigurationsdatei erwartet; siehe `kong-upgrade config --help`
</translation>
    </message>
    <message>
        <source>Error: --compare needs two bundles: --compare OLD.tar.gz NEW.tar.gz
</source>
        <translation>Fehler: --compare braucht zwei Bundles: --compare ALT.tar.gz NEU.tar.gz
</translation>
    </message>
    <message>
        <source>Comparing bundle </source>
        <translation>Vergleiche Bundle </translation>
    </message>
    <message>
        <source>     with bundle </source>
        <translation>    mit Bundle </translation>
    </message>
    <message>
        <source>No changes.
</source>
        <translation>Keine Änderungen.
</translation>
    </message>
    <message>
        <source>Diagnostic report of the configured datastore for support: environment, Kong schema per subsystem, schema level, lock state and blocking sessions, entity counts, Data Planes and the assessment findings. The session is read-only; secrets are redacted.</source>
        <translation>Diagnosebericht des konfigurierten Datenspeichers für den Support: Umgebung, Kong-Schema je Subsystem, Schemastand, Sperrzustand und blockierende Sitzungen, Entitätsanzahlen, Data Planes und die Befunde der Prüfung. Die Sitzung ist nur lesend; Geheimnisse werden geschwärzt.</translation>
    </message>
    <message>
        <source>html, md or json (default: from -o&apos;s suffix, else md).</source>
        <translation>html, md oder json (Standard: nach der Endung von -o, sonst md).</translation>
    </message>
    <message>
        <source>Write the report to this file.</source>
        <translation>Den Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write a support bundle (tar.gz: the report in every format, the session journals, a bundle id for tickets) to this file.</source>
        <translation>Ein Support-Bundle (tar.gz: der Bericht in jedem Format, die Sitzungsjournale, eine Bundle-ID für Tickets) in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Directory of the upgrade journals to bundle (default: the wizard&apos;s).</source>
        <translation>Verzeichnis der Upgrade-Journale für das Bundle (Standard: das des Assistenten).</translation>
    </message>
    <message>
        <source>Compare two support bundles: --compare OLD NEW (no datastore needed).</source>
        <translation>Zwei Support-Bundles vergleichen: --compare ALT NEU (kein Datenspeicher nötig).</translation>
    </message>
    <message>
        <source>With --compare: the newer bundle.</source>
        <translation>Mit --compare: das neuere Bundle.</translation>
    </message>
    <message>
        <source>Error: --format must be html, md or json
</source>
        <translation>Fehler: --format muss html, md oder json sein
</translation>
    </message>
    <message>
        <source>Error: diagnose needs a PostgreSQL datastore (database = %1)
</source>
        <translation>Fehler: diagnose braucht einen PostgreSQL-Datenspeicher (database = %1)
</translation>
    </message>
    <message>
        <source>Support bundle %1 written to %2
</source>
        <translation>Support-Bundle %1 nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>  files: </source>
        <translation>  Dateien: </translation>
    </message>
    <message>
        <source>Quote the bundle id in your support ticket.
</source>
        <translation>Geben Sie die Bundle-ID in Ihrem Support-Ticket an.
</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2
</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>Bericht nach %1 geschrieben
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
        <translation>Verwendung: kong-upgrade BEFEHL [OPTIONEN]

Upgrades des Kong-Gateway-Datenspeichers, sicher durchgeführt.

Befehle:
  status          Mit dem konfigurierten Datenspeicher verbinden und seinen Kong-Schemazustand zeigen.
  path --from V --to V [--edition oss|enterprise]   Upgrade-Schritte und ihre Hinweise (ohne Datenspeicher).
  check [--to V] [--from V]   Preflight-Prüfung des Datenspeichers (Exit 20 bei Blockern).
  diagnose [--format html|md|json] [-o DATEI]   Nur lesender Support-Bericht, Geheimnisse geschwärzt.
  diagnose --bundle DATEI | --compare ALT NEU   Support-Bundle (tar.gz mit Bundle-ID); zwei vergleichen.
  config db_export [DATEI] | db_import DATEI | parse DATEI
                  Kongs deklarativer Export/Import (kong.yml; siehe &apos;config --help&apos;).
  migrations bootstrap|up|finish|list|reset
                  Kongs Migrationen, nativ ausgeführt (siehe &apos;migrations --help&apos;):
                  -y/--yes, -q/--quiet, -f/--force, --lock-timeout SEK, --dry-run,
                  --target VERSION
  demo [--version V] [--size small|large] [--scenario NAME] [--list-scenarios] [--keep] [--misbehave] [--yes]
                  Der ganze Upgrade-Ablauf auf einem eingebetteten PostgreSQL mit simulierten Kong-Knoten.

Gemeinsame Optionen (wie Kongs CLI):
  -c, --conf DATEI    Kong-Konfigurationsdatei (Standard /etc/kong/kong.conf, /etc/kong.conf)
  --db-timeout SEK    Zeitlimit des Datenspeichers in Sekunden
  -v, --vv            Ausführliche / Debug-Ausgabe
  --json              Maschinenlesbare Ausgabe (wo unterstützt)
  -h, --help          Hilfe (auch: kong-upgrade BEFEHL --help)
  --version           Version ausgeben
  --lang CODE         Sprache der Meldungen: en, de, ja, zh_CN (Standard: System-Locale)

Vorrang der Konfiguration, wie bei Kong: Standardwerte &lt; kong.conf &lt; Umgebungsvariablen KONG_&lt;KEY&gt;.

Exit-Codes:
   0  Erfolg
   1  Fehler
   2  Aufruffehler
  10  Konfigurationsfehler (Datei, Zeile und Schlüssel werden genannt)
  11  Datenspeicher nicht erreichbar (Host, abgewiesen, Zeitüberschreitung)
  12  Authentifizierung fehlgeschlagen
  13  Datenbank existiert nicht
  14  TLS/SSL-Fehler
  15  unzureichende Rechte
  16  nicht unterstützter Datenspeicher (cassandra, DB-less)
  20  check: Blocker gefunden; path: kein erlaubter Upgrade-Pfad
  migrations list (wie Kong): 0 aktuell, 3 braucht bootstrap, 4 ausstehend (finish ausführen),
  5 neue Migrationen (up ausführen)
</translation>
    </message>
    <message>
        <source>Error: unknown command &apos;%1&apos;

</source>
        <translation>Fehler: unbekannter Befehl &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>Error: not a tty: invoke &apos;%1&apos; non-interactively with the --yes flag
</source>
        <translation>Fehler: kein Terminal: rufen Sie &apos;%1&apos; nicht-interaktiv mit der Option --yes auf
</translation>
    </message>
    <message>
        <source>kong-upgrade migrations bootstrap|up|finish|list|reset — Kong&apos;s migrations, run natively.
Each migration commits together with its schema_meta record; destructive steps ask first.
list exits 0 up to date, 1 error, 3 needs bootstrap, 4 pending (run finish), 5 new (run up).</source>
        <translation>kong-upgrade migrations bootstrap|up|finish|list|reset — Kongs Migrationen, nativ ausgeführt.
Jede Migration wird zusammen mit ihrem schema_meta-Eintrag festgeschrieben; destruktive Schritte fragen vorher nach.
list endet mit 0 aktuell, 1 Fehler, 3 braucht bootstrap, 4 ausstehend (finish ausführen), 5 neu (up ausführen).</translation>
    </message>
    <message>
        <source>bootstrap, up, finish, list or reset</source>
        <translation>bootstrap, up, finish, list oder reset</translation>
    </message>
    <message>
        <source>Assume yes to confirmations.</source>
        <translation>Rückfragen mit Ja beantworten.</translation>
    </message>
    <message>
        <source>Suppress progress output.</source>
        <translation>Fortschrittsausgabe unterdrücken.</translation>
    </message>
    <message>
        <source>bootstrap: reset first (destroys data).</source>
        <translation>bootstrap: vorher zurücksetzen (zerstört Daten).</translation>
    </message>
    <message>
        <source>Seconds: TTL of the migration lock and how long &apos;up&apos; waits for it (default 60).</source>
        <translation>Sekunden: Lebensdauer der Migrationssperre und wie lange &apos;up&apos; auf sie wartet (Standard 60).</translation>
    </message>
    <message>
        <source>Print the plan and change nothing.</source>
        <translation>Den Plan ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>Stop at this Kong version (e.g. 2.1.4; default: newest known).</source>
        <translation>Bei dieser Kong-Version anhalten (z. B. 2.1.4; Standard: die neueste bekannte).</translation>
    </message>
    <message>
        <source>--target %1: not a Kong release this catalog knows</source>
        <translation>--target %1: kein Kong-Release, das dieser Katalog kennt</translation>
    </message>
    <message>
        <source>Known: %1 … %2</source>
        <translation>Bekannt: %1 … %2</translation>
    </message>
    <message>
        <source>Are you sure? This operation is irreversible.</source>
        <translation>Sind Sie sicher? Dieser Vorgang ist unumkehrbar.</translation>
    </message>
    <message>
        <source>Error: unknown migrations command &apos;%1&apos; (bootstrap, up, finish, list, reset)
</source>
        <translation>Fehler: unbekannter migrations-Befehl &apos;%1&apos; (bootstrap, up, finish, list, reset)
</translation>
    </message>
    <message>
        <source>bootstrap --force drops every table of the Kong schema first. Are you sure?</source>
        <translation>bootstrap --force löscht zuerst jede Tabelle des Kong-Schemas. Sind Sie sicher?</translation>
    </message>
    <message>
        <source>bootstrap --force</source>
        <translation>bootstrap --force</translation>
    </message>
    <message>
        <source>finish runs destructive teardowns; the previous Kong version can no longer use this datastore afterwards. Continue?</source>
        <translation>finish führt destruktive Aufräumschritte aus; die vorige Kong-Version kann diesen Datenspeicher danach nicht mehr nutzen. Fortfahren?</translation>
    </message>
    <message>
        <source>Show the upgrade path between two Kong versions: every required hop (an &apos;up&apos; and a &apos;finish&apos; each) with its notes. Needs no datastore.</source>
        <translation>Den Upgrade-Pfad zwischen zwei Kong-Versionen zeigen: jeden nötigen Schritt (je ein &apos;up&apos; und ein &apos;finish&apos;) mit seinen Hinweisen. Braucht keinen Datenspeicher.</translation>
    </message>
    <message>
        <source>The running Kong version (2.1.4, 2.4.1.0).</source>
        <translation>Die laufende Kong-Version (2.1.4, 2.4.1.0).</translation>
    </message>
    <message>
        <source>The target Kong version.</source>
        <translation>Die Kong-Zielversion.</translation>
    </message>
    <message>
        <source>oss or enterprise (default: enterprise for 4-part versions, else oss).</source>
        <translation>oss oder enterprise (Standard: enterprise bei vierteiligen Versionen, sonst oss).</translation>
    </message>
    <message>
        <source>Error: --from and --to need Kong versions such as 2.1.4 or 2.4.1.0
</source>
        <translation>Fehler: --from und --to brauchen Kong-Versionen wie 2.1.4 oder 2.4.1.0
</translation>
    </message>
    <message>
        <source>Connect to the datastore configured in kong.conf / KONG_* and report the server, the Kong schema (schema_meta per subsystem) and the migration lock. Read-only.</source>
        <translation>Mit dem in kong.conf / KONG_* konfigurierten Datenspeicher verbinden und den Server, das Kong-Schema (schema_meta je Subsystem) und die Migrationssperre melden. Nur lesend.</translation>
    </message>
    <message>
        <source>Machine-readable output (stable keys).</source>
        <translation>Maschinenlesbare Ausgabe (stabile Schlüssel).</translation>
    </message>
    <message>
        <source>Datastore:   </source>
        <translation>Datenspeicher: </translation>
    </message>
    <message>
        <source>Error: --node needs an Admin API URL such as http://kong-host:8001 (got &apos;%1&apos;)
</source>
        <translation>Fehler: --node braucht eine Admin-API-URL wie http://kong-host:8001 (erhalten: &apos;%1&apos;)
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
        <translation>Kongs deklarative Konfiguration, wie `kong config` (Format von Kong 2.5):
  db_export [FILE]   Schreibt die Entitäten des Datenspeichers in FILE (Standard ./kong.yml; &apos;-&apos; für
                     stdout). Überschreibt keine vorhandene Datei. Nur lesend.
  db_import FILE     Lädt FILE in einen frisch gebootstrappten Datenspeicher: Die ganze Datei wird
                     zuerst geprüft und dann in einer Transaktion geschrieben (alles oder nichts).
  parse FILE         Prüft nur FILE (kein Datenspeicher nötig).
  diff NEW_CONF      Vergleicht den konfigurierten Datenspeicher mit dem, den NEW_CONF nennt, nach
                     Primärschlüssel und Inhalt: Entitäten, die auf der alten Seite erstellt, geändert
                     oder gelöscht wurden, seit die neue befüllt wurde (paralleler Pfad). Nur lesend.

Exit-Codes: 0 Erfolg; 1 Fehler; 2 Aufruf; 10 ungültige Datei (jedes Problem als
FILE:LINE:COLUMN: entity.field: message ausgegeben) oder ungültige kong.conf; 11-15 Verbindungsfehler
(siehe kong-upgrade --help); 16 Ziel nicht gebootstrappt oder nicht leer.</translation>
    </message>
    <message>
        <source>db_export, db_import, parse or diff</source>
        <translation>db_export, db_import, parse oder diff</translation>
    </message>
    <message>
        <source>Error: unknown config command &apos;%1&apos; (db_export, db_import, parse, diff)
</source>
        <translation>Fehler: unbekannter config-Befehl &apos;%1&apos; (db_export, db_import, parse, diff)
</translation>
    </message>
    <message>
        <source>Error: both configurations name the same datastore (%1); KONG_PG_* environment variables apply to both files
</source>
        <translation>Fehler: Beide Konfigurationen nennen denselben Datenspeicher (%1); KONG_PG_*-Umgebungsvariablen gelten für beide Dateien
</translation>
    </message>
    <message>
        <source>old: %1
new: %2
</source>
        <translation>alt: %1
neu: %2
</translation>
    </message>
    <message>
        <source>no differences (%1 entity types compared)
</source>
        <translation>keine Unterschiede (%1 Entitätstypen verglichen)
</translation>
    </message>
    <message>
        <source>%1 created, %2 changed, %3 deleted on the old datastore since the new one was filled
</source>
        <translation>%1 erstellt, %2 geändert, %3 gelöscht im alten Datenspeicher, seit der neue befüllt wurde
</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 changed, %4 deleted
</source>
        <translation>%1: %2 erstellt, %3 geändert, %4 gelöscht
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the old datastore (%2 rows on the new one)
</source>
        <translation>nicht vergleichbar: %1 hat keine Tabelle im alten Datenspeicher (%2 Zeilen im neuen)
</translation>
    </message>
    <message>
        <source>not comparable: %1 has no table on the new datastore (%2 rows on the old one)
</source>
        <translation>nicht vergleichbar: %1 hat keine Tabelle im neuen Datenspeicher (%2 Zeilen im alten)
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
== Schritt %1: %2 ==
</translation>
    </message>
    <message>
        <source>-- next: %1</source>
        <translation>-- als Nächstes: %1</translation>
    </message>
    <message>
        <source>-- next: %1. Press Enter to continue… </source>
        <translation>-- als Nächstes: %1. Weiter mit Enter… </translation>
    </message>
    <message>
        <source>(stdin closed: continuing)</source>
        <translation>(stdin geschlossen: weiter)</translation>
    </message>
    <message>
        <source>  %1 step(s) done in %2 ms</source>
        <translation>  %1 Schritt(e) in %2 ms erledigt</translation>
    </message>
    <message>
        <source>Remedy: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>The new cluster misbehaves (--misbehave): 20 % of its requests fail with 5xx.</source>
        <translation>Der neue Cluster verhält sich fehlerhaft (--misbehave): 20 % seiner Anfragen scheitern mit 5xx.</translation>
    </message>
    <message>
        <source>send %1 % of the traffic to the new cluster</source>
        <translation>%1 % des Verkehrs auf den neuen Cluster leiten</translation>
    </message>
    <message>
        <source>  no traffic sample yet</source>
        <translation>  noch keine Verkehrsprobe</translation>
    </message>
    <message>
        <source>  stage %1 %: old cluster %2 req/s, new cluster %3 req/s (new share %4); 5xx old %5, new %6</source>
        <translation>  Stufe %1 %: alter Cluster %2 req/s, neuer Cluster %3 req/s (Anteil neu %4); 5xx alt %5, neu %6</translation>
    </message>
    <message>
        <source>  node checks: old %1 up / %2 down, new %3 up / %4 down</source>
        <translation>  Knotenprüfungen: alt %1 aktiv / %2 ausgefallen, neu %3 aktiv / %4 ausgefallen</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 new node(s) down</source>
        <translation>%1 neue(r) Knoten ausgefallen</translation>
    </message>
    <message>
        <source>  WARNING: %1</source>
        <translation>  WARNUNG: %1</translation>
    </message>
    <message>
        <source>the new cluster fails more than the old</source>
        <translation>der neue Cluster scheitert öfter als der alte</translation>
    </message>
    <message>
        <source>  Rolling the traffic back to the old cluster (0 %); &apos;finish&apos; must not run while old nodes are needed.</source>
        <translation>  Der Verkehr wird auf den alten Cluster zurückgeleitet (0 %); &apos;finish&apos; darf nicht laufen, solange alte Knoten gebraucht werden.</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Abbau</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; the datastore is kept (--keep).</source>
        <translation>Simulierte Knoten gestoppt; der Datenspeicher bleibt erhalten (--keep).</translation>
    </message>
    <message>
        <source>Simulated nodes stopped; PostgreSQL stopped; %1 %2.</source>
        <translation>Simulierte Knoten gestoppt; PostgreSQL gestoppt; %1 %2.</translation>
    </message>
    <message>
        <source>could NOT be removed</source>
        <translation>konnte NICHT entfernt werden</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Start an embedded PostgreSQL and seed a Kong datastore</source>
        <translation>Ein eingebettetes PostgreSQL starten und einen Kong-Datenspeicher befüllen</translation>
    </message>
    <message>
        <source>Ready in %1 ms: Kong %2 datastore with %3 seeded entity rows, in %4 (port %5)</source>
        <translation>Bereit in %1 ms: Kong-%2-Datenspeicher mit %3 befüllten Entitätszeilen, in %4 (Port %5)</translation>
    </message>
    <message>
        <source>  simulated node %1 %2</source>
        <translation>  simulierter Knoten %1 %2</translation>
    </message>
    <message>
        <source>Training scenario &apos;%1&apos;: %2</source>
        <translation>Trainingsszenario &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the preflight assessment for Kong %1</source>
        <translation>die Preflight-Prüfung für Kong %1</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The assessment did not report &apos;%1&apos; for scenario &apos;%2&apos;</source>
        <translation>Die Prüfung hat &apos;%1&apos; für das Szenario &apos;%2&apos; nicht gemeldet</translation>
    </message>
    <message>
        <source>The assessment caught the training scenario: %1</source>
        <translation>Die Prüfung hat das Trainingsszenario erkannt: %1</translation>
    </message>
    <message>
        <source>apply the remedy</source>
        <translation>die Abhilfe anwenden</translation>
    </message>
    <message>
        <source>Assessing again after the remedy:</source>
        <translation>Erneute Prüfung nach der Abhilfe:</translation>
    </message>
    <message>
        <source>Blockers remain: a real upgrade stops here.</source>
        <translation>Es bleiben Blocker: ein echtes Upgrade hält hier an.</translation>
    </message>
    <message>
        <source>a verified snapshot (pg_dump) before any change</source>
        <translation>ein geprüfter Snapshot (pg_dump) vor jeder Änderung</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>  %1 (%2 KiB, %3 archive entries, verified, %4 ms)</source>
        <translation>  %1 (%2 KiB, %3 Archiveinträge, geprüft, %4 ms)</translation>
    </message>
    <message>
        <source>&apos;migrations up&apos; to Kong %1 while the old nodes keep serving</source>
        <translation>&apos;migrations up&apos; auf Kong %1, während die alten Knoten weiter bedienen</translation>
    </message>
    <message>
        <source>the blue-green cutover, 10 → 50 → 100 %</source>
        <translation>die Blue-Green-Umschaltung, 10 → 50 → 100 %</translation>
    </message>
    <message>
        <source>Simulated cutover</source>
        <translation>Simulierte Umschaltung</translation>
    </message>
    <message>
        <source>The cutover was rolled back: &apos;finish&apos; is not run. The old cluster serves on the migrated schema until the new one is fixed.</source>
        <translation>Die Umschaltung wurde zurückgerollt: &apos;finish&apos; wird nicht ausgeführt. Der alte Cluster bedient auf dem migrierten Schema, bis der neue repariert ist.</translation>
    </message>
    <message>
        <source>All traffic on the new cluster; the old nodes are stopped.</source>
        <translation>Der gesamte Verkehr liegt auf dem neuen Cluster; die alten Knoten sind gestoppt.</translation>
    </message>
    <message>
        <source>&apos;migrations finish&apos; (no old node uses the database any more)</source>
        <translation>&apos;migrations finish&apos; (kein alter Knoten nutzt die Datenbank mehr)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The datastore is up to date for Kong %1.</source>
        <translation>Der Datenspeicher ist für Kong %1 auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>The datastore is NOT up to date for Kong %1.</source>
        <translation>Der Datenspeicher ist für Kong %1 NICHT auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>
Demo finished in %1 s.</source>
        <translation>
Demo in %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The whole upgrade story on an embedded, throwaway PostgreSQL and simulated Kong nodes: start, seed, assessment, snapshot, up, blue-green cutover (10/50/100 %), finish, verify, teardown. Nothing about the database is fake: the real engine migrates it. Pauses for Enter at each checkpoint unless --yes.</source>
        <translation>Der ganze Upgrade-Ablauf auf einem eingebetteten Wegwerf-PostgreSQL mit simulierten Kong-Knoten: Start, Befüllen, Prüfung, Snapshot, up, Blue-Green-Umschaltung (10/50/100 %), finish, Prüfen, Abbau. An der Datenbank ist nichts vorgetäuscht: die echte Engine migriert sie. Hält an jedem Checkpoint für Enter an, außer mit --yes.</translation>
    </message>
    <message>
        <source>Kong version the datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest schema level before the target&apos;s, 2.2.2 for 2.5).</source>
        <translation>Kong-Version, mit der der Datenspeicher beginnt (1.5, 2.0, 2.1, 2.3 …; Standard: der neueste Schemastand vor dem des Ziels, 2.2.2 für 2.5).</translation>
    </message>
    <message>
        <source>Kong version to upgrade to (default: the newest known).</source>
        <translation>Kong-Version, auf die aktualisiert wird (Standard: die neueste bekannte).</translation>
    </message>
    <message>
        <source>small (a class) or large (100k+ rows).</source>
        <translation>small (eine Klasse) oder large (100k+ Zeilen).</translation>
    </message>
    <message>
        <source>A training scenario (see --list-scenarios).</source>
        <translation>Ein Trainingsszenario (siehe --list-scenarios).</translation>
    </message>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation>Die Trainingsszenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Leave the datastore running at the end (prints how to connect).</source>
        <translation>Den Datenspeicher am Ende laufen lassen (gibt aus, wie man sich verbindet).</translation>
    </message>
    <message>
        <source>The new cluster answers 20 % of its requests with 5xx.</source>
        <translation>Der neue Cluster beantwortet 20 % seiner Anfragen mit 5xx.</translation>
    </message>
    <message>
        <source>Run unattended (no pauses).</source>
        <translation>Unbeaufsichtigt laufen (keine Pausen).</translation>
    </message>
    <message>
        <source>Also print the engine&apos;s and pg_dump&apos;s log lines.</source>
        <translation>Auch die Protokollzeilen der Engine und von pg_dump ausgeben.</translation>
    </message>
    <message>
        <source>Error: unexpected argument &apos;%1&apos;
</source>
        <translation>Fehler: unerwartetes Argument &apos;%1&apos;
</translation>
    </message>
</context>
<context>
    <name>kuw::core::AdminApi</name>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>Aus %1 ließ sich kein PEM-Zertifikat lesen</translation>
    </message>
    <message>
        <source>Give the PEM file of the CA that signed the Admin API&apos;s certificate.</source>
        <translation>Die PEM-Datei der CA angeben, die das Zertifikat der Admin API signiert hat.</translation>
    </message>
    <message>
        <source>Not an http(s) Admin API URL: %1</source>
        <translation>Keine http(s)-Admin-API-URL: %1</translation>
    </message>
    <message>
        <source>Admin API call cancelled</source>
        <translation>Admin-API-Aufruf abgebrochen</translation>
    </message>
    <message>
        <source>The Admin API needs credentials (Enterprise RBAC): give a Kong-Admin-Token.</source>
        <translation>Die Admin API braucht Zugangsdaten (Enterprise RBAC): ein Kong-Admin-Token angeben.</translation>
    </message>
    <message>
        <source>The node failed to answer: check its error.log.</source>
        <translation>Der Knoten konnte nicht antworten: sein error.log prüfen.</translation>
    </message>
    <message>
        <source>Check the Admin API URL, including any path prefix.</source>
        <translation>Die Admin-API-URL prüfen, einschließlich eines Pfadpräfixes.</translation>
    </message>
    <message>
        <source>The Admin API answered HTTP %1</source>
        <translation>Die Admin API antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Check the node is not overloaded and no firewall drops packets, or raise the timeout.</source>
        <translation>Prüfen, dass der Knoten nicht überlastet ist und keine Firewall Pakete verwirft, oder das Zeitlimit erhöhen.</translation>
    </message>
    <message>
        <source>TLS handshake with the Admin API failed</source>
        <translation>TLS-Handshake mit der Admin API fehlgeschlagen</translation>
    </message>
    <message>
        <source>Give the CA file that signed the Admin API certificate, and use the host name the certificate names.</source>
        <translation>Die CA-Datei angeben, die das Admin-API-Zertifikat signiert hat, und den Hostnamen verwenden, den das Zertifikat nennt.</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Check the host name in the Admin API URL and DNS.</source>
        <translation>Den Hostnamen in der Admin-API-URL und das DNS prüfen.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>Check that Kong runs and that admin_listen includes this address and port.</source>
        <translation>Prüfen, dass Kong läuft und admin_listen diese Adresse und diesen Port enthält.</translation>
    </message>
    <message>
        <source>The server did not speak HTTP as expected</source>
        <translation>Der Server sprach nicht wie erwartet HTTP</translation>
    </message>
    <message>
        <source>The Admin API could not be reached</source>
        <translation>Die Admin API war nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the node runs and the network path (proxy, firewall) to it.</source>
        <translation>Prüfen, dass der Knoten läuft, und den Netzwerkweg (Proxy, Firewall) dorthin.</translation>
    </message>
    <message>
        <source>Enable the prometheus plugin globally so the Admin API serves /metrics.</source>
        <translation>Das prometheus-Plugin global aktivieren, damit die Admin API /metrics liefert.</translation>
    </message>
    <message>
        <source>Only a control plane (role = control_plane, Kong 2.2+) lists data planes: use its Admin API URL.</source>
        <translation>Nur eine Control Plane (role = control_plane, Kong 2.2+) listet Data Planes auf: ihre Admin-API-URL verwenden.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Checks</name>
    <message>
        <source>Kong %1 cannot authenticate with SCRAM-SHA-256</source>
        <translation>Kong %1 kann sich nicht mit SCRAM-SHA-256 authentifizieren</translation>
    </message>
    <message>
        <source>Kong %1 needs luaossl for SCRAM-SHA-256</source>
        <translation>Kong %1 braucht luaossl für SCRAM-SHA-256</translation>
    </message>
    <message>
        <source>Store an md5 password for the Kong role (SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …) and allow md5 in pg_hba, or target Kong 2.8.4+ (error otherwise: &quot;don&apos;t know how to auth: 10&quot;)</source>
        <translation>Ein md5-Passwort für die Kong-Rolle speichern (SET password_encryption = &apos;md5&apos;; ALTER ROLE … PASSWORD …) und md5 in pg_hba erlauben, oder Kong 2.8.4+ als Ziel wählen (sonst Fehler: &quot;don&apos;t know how to auth: 10&quot;)</translation>
    </message>
    <message>
        <source>Install luaossl on the Kong nodes, use an md5 password, or target 2.8.4+ (error otherwise: &quot;module &apos;openssl.rand&apos; not found&quot;)</source>
        <translation>luaossl auf den Kong-Knoten installieren, ein md5-Passwort verwenden oder 2.8.4+ als Ziel wählen (sonst Fehler: &quot;module &apos;openssl.rand&apos; not found&quot;)</translation>
    </message>
    <message>
        <source>the password of role %1 is stored as SCRAM-SHA-256 (pg_authid)</source>
        <translation>das Passwort der Rolle %1 ist als SCRAM-SHA-256 gespeichert (pg_authid)</translation>
    </message>
    <message>
        <source>pg_hba.conf line %1 (%2) requires scram-sha-256 for role %3</source>
        <translation>pg_hba.conf Zeile %1 (%2) verlangt scram-sha-256 für die Rolle %3</translation>
    </message>
    <message>
        <source>Could not tell whether the Kong role authenticates with SCRAM-SHA-256</source>
        <translation>Nicht feststellbar, ob sich die Kong-Rolle mit SCRAM-SHA-256 authentifiziert</translation>
    </message>
    <message>
        <source>role %1 can read neither pg_authid nor pg_hba_file_rules; password_encryption = %2%3</source>
        <translation>Rolle %1 kann weder pg_authid noch pg_hba_file_rules lesen; password_encryption = %2%3</translation>
    </message>
    <message>
        <source> (new passwords are stored as SCRAM)</source>
        <translation> (neue Passwörter werden als SCRAM gespeichert)</translation>
    </message>
    <message>
        <source>Kong %1 %2: ask the DBA whether the role&apos;s password is SCRAM-SHA-256 (SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;)</source>
        <translation>Kong %1 %2: fragen Sie den DBA, ob das Passwort der Rolle SCRAM-SHA-256 ist (SELECT rolpassword LIKE &apos;SCRAM%&apos; FROM pg_authid WHERE rolname = &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>cannot do SCRAM</source>
        <translation>kann kein SCRAM</translation>
    </message>
    <message>
        <source>needs luaossl for SCRAM</source>
        <translation>braucht luaossl für SCRAM</translation>
    </message>
    <message>
        <source>Cassandra datastore: the wizard upgrades PostgreSQL only</source>
        <translation>Cassandra-Datenspeicher: der Assistent aktualisiert nur PostgreSQL</translation>
    </message>
    <message>
        <source>database = cassandra in %1</source>
        <translation>database = cassandra in %1</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>der Konfiguration</translation>
    </message>
    <message>
        <source>Upgrade Cassandra with Kong&apos;s own CLI and plan downtime (2.1.x or older), or fill a new keyspace with &apos;kong config db_export&apos;/&apos;db_import&apos;; Cassandra is removed in 3.4: move to PostgreSQL first</source>
        <translation>Cassandra mit Kongs eigener CLI aktualisieren und Ausfallzeit einplanen (2.1.x oder älter), oder einen neuen Keyspace mit &apos;kong config db_export&apos;/&apos;db_import&apos; befüllen; Cassandra entfällt in 3.4: vorher zu PostgreSQL wechseln</translation>
    </message>
    <message>
        <source>DB-less node: there is no datastore to migrate</source>
        <translation>DB-less-Knoten: es gibt keinen Datenspeicher zu migrieren</translation>
    </message>
    <message>
        <source>database = off (role %1)</source>
        <translation>database = off (Rolle %1)</translation>
    </message>
    <message>
        <source>Roll the nodes to the new version; for 3.x convert declarative files (&apos;deck convert&apos; or _format_version 3.0). Data Planes follow their Control Plane.</source>
        <translation>Die Knoten auf die neue Version umstellen; für 3.x deklarative Dateien konvertieren (&apos;deck convert&apos; oder _format_version 3.0). Data Planes folgen ihrer Control Plane.</translation>
    </message>
    <message>
        <source>Duplicate upstream targets will be deleted by the 2.2 migration</source>
        <translation>Doppelte Upstream-Targets werden von der 2.2-Migration gelöscht</translation>
    </message>
    <message>
        <source>%1 older rows in %2 (upstream, target) groups have a newer duplicate; core 012_213_to_220&apos;s teardown keeps only the newest of each</source>
        <translation>%1 ältere Zeilen in %2 (Upstream, Target)-Gruppen haben ein neueres Duplikat; das Teardown von core 012_213_to_220 behält nur das neueste jeder Gruppe</translation>
    </message>
    <message>
        <source>Nothing to do unless the older rows matter (weights); review them before &apos;finish&apos;</source>
        <translation>Nichts zu tun, außer die älteren Zeilen sind wichtig (Gewichte); prüfen Sie sie vor &apos;finish&apos;</translation>
    </message>
    <message>
        <source>sha256 %1…: %2</source>
        <translation>sha256 %1…: %2</translation>
    </message>
    <message>
        <source>CA certificates with the same DER (different PEM text): </source>
        <translation>CA-Zertifikate mit gleichem DER (unterschiedlicher PEM-Text): </translation>
    </message>
    <message>
        <source>no parsable certificate in: </source>
        <translation>kein lesbares Zertifikat in: </translation>
    </message>
    <message>
        <source>CA certificates would break the unique cert_digest of the 2.1 migration</source>
        <translation>CA-Zertifikate würden das eindeutige cert_digest der 2.1-Migration verletzen</translation>
    </message>
    <message>
        <source>Delete the duplicates (keep one per group and repoint services.ca_certificates) and fix unparsable rows before &apos;finish&apos; of 2.1 (core 009_200_to_210)</source>
        <translation>Die Duplikate löschen (eines je Gruppe behalten und services.ca_certificates darauf umstellen) und nicht lesbare Zeilen vor &apos;finish&apos; von 2.1 korrigieren (core 009_200_to_210)</translation>
    </message>
    <message>
        <source>%1.%2 → %3: %4 rows</source>
        <translation>%1.%2 → %3: %4 Zeilen</translation>
    </message>
    <message>
        <source>Rows reference parents that do not exist; the 2.1 workspace migration re-adds these foreign keys</source>
        <translation>Zeilen verweisen auf nicht vorhandene Elternzeilen; die Workspace-Migration von 2.1 legt diese Fremdschlüssel neu an</translation>
    </message>
    <message>
        <source>Delete the orphaned rows (or restore their parents): adding the composite foreign keys of core 009_200_to_210 fails on them</source>
        <translation>Die verwaisten Zeilen löschen (oder ihre Elternzeilen wiederherstellen): das Anlegen der zusammengesetzten Fremdschlüssel von core 009_200_to_210 schlägt an ihnen fehl</translation>
    </message>
    <message>
        <source>Kubernetes: no helm upgrade commands, a release is not valid</source>
        <translation>Kubernetes: keine helm-upgrade-Befehle, ein Release ist ungültig</translation>
    </message>
    <message>
        <source>Kubernetes: run these %1 helm upgrade command(s) in this order</source>
        <translation>Kubernetes: diese %1 helm-upgrade-Befehle in dieser Reihenfolge ausführen</translation>
    </message>
    <message>
        <source>Run each after the previous one&apos;s pods are ready: the first release runs &apos;up&apos; (pre-upgrade job), the last one &apos;finish&apos; (post-upgrade job); set image.tag to your registry&apos;s tag of %1 (Enterprise images use the 4-part version)</source>
        <translation>Jeden erst ausführen, wenn die Pods des vorigen bereit sind: das erste Release führt &apos;up&apos; aus (pre-upgrade-Job), das letzte &apos;finish&apos; (post-upgrade-Job); image.tag auf das Tag Ihrer Registry für %1 setzen (Enterprise-Images verwenden die vierteilige Version)</translation>
    </message>
    <message>
        <source>
Data Planes known to this Control Plane (clustering_data_planes):</source>
        <translation>
Dieser Control Plane bekannte Data Planes (clustering_data_planes):</translation>
    </message>
    <message>
        <source> — incompatible with a %1 Control Plane</source>
        <translation> — inkompatibel mit einer %1-Control-Plane</translation>
    </message>
    <message>
        <source>
no Data Planes recorded in clustering_data_planes</source>
        <translation>
keine Data Planes in clustering_data_planes verzeichnet</translation>
    </message>
    <message>
        <source>Hybrid mode: upgrade the Control Plane first, then the Data Planes</source>
        <translation>Hybridmodus: zuerst die Control Plane aktualisieren, dann die Data Planes</translation>
    </message>
    <message>
        <source>Run the migrations from the Control Plane; a CP accepts DPs of the same major and the same or an older minor version, so roll the DPs after the CP. Install custom plugins on CP and DPs.</source>
        <translation>Die Migrationen von der Control Plane aus ausführen; eine CP akzeptiert DPs derselben Hauptversion und derselben oder einer älteren Nebenversion, also die DPs nach der CP umstellen. Eigene Plugins auf CP und DPs installieren.</translation>
    </message>
    <message>
        <source>Rate Limiting Advanced uses the &apos;cluster&apos; strategy in hybrid mode</source>
        <translation>Rate Limiting Advanced verwendet im Hybridmodus die Strategie &apos;cluster&apos;</translation>
    </message>
    <message>
        <source>plugins with strategy = cluster: %1</source>
        <translation>Plugins mit strategy = cluster: %1</translation>
    </message>
    <message>
        <source>Switch these plugins to the &apos;redis&apos; strategy before upgrading</source>
        <translation>Diese Plugins vor dem Upgrade auf die Strategie &apos;redis&apos; umstellen</translation>
    </message>
    <message>
        <source>locks row &apos;migrations&apos;: owner %1, expiry %2 UTC (%3)</source>
        <translation>locks-Zeile &apos;migrations&apos;: Besitzer %1, Ablauf %2 UTC (%3)</translation>
    </message>
    <message>
        <source>expired %1 s ago</source>
        <translation>vor %1 s abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>läuft in %1 s ab</translation>
    </message>
    <message>
        <source>
sessions with locks on Kong tables:</source>
        <translation>
Sitzungen mit Sperren auf Kong-Tabellen:</translation>
    </message>
    <message>
        <source>
no other session holds locks on Kong tables</source>
        <translation>
keine andere Sitzung hält Sperren auf Kong-Tabellen</translation>
    </message>
    <message>
        <source>A stale migration lock is left in &apos;locks&apos;</source>
        <translation>In &apos;locks&apos; ist eine veraltete Migrationssperre übrig</translation>
    </message>
    <message>
        <source>Kong&apos;s next runner deletes an expired row itself; make sure no migration runs, then start the upgrade (a waiting &apos;up&apos; would abort as &quot;not leader&quot;)</source>
        <translation>Kongs nächster Runner löscht eine abgelaufene Zeile selbst; stellen Sie sicher, dass keine Migration läuft, und starten Sie dann das Upgrade (ein wartendes &apos;up&apos; würde mit &quot;not leader&quot; abbrechen)</translation>
    </message>
    <message>
        <source>Another runner holds the migration lock</source>
        <translation>Ein anderer Runner hält die Migrationssperre</translation>
    </message>
    <message>
        <source>Wait for the other migration to finish (the row expires after its --lock-timeout); delete the row only after confirming that nobody runs migrations</source>
        <translation>Warten, bis die andere Migration fertig ist (die Zeile läuft nach ihrem --lock-timeout ab); die Zeile nur löschen, wenn sicher ist, dass niemand Migrationen ausführt</translation>
    </message>
    <message>
        <source>Custom plugins are enabled</source>
        <translation>Eigene Plugins sind aktiviert</translation>
    </message>
    <message>
        <source>plugins = %1; not bundled with Kong: %2</source>
        <translation>plugins = %1; nicht mit Kong ausgeliefert: %2</translation>
    </message>
    <message>
        <source>Install versions compatible with the target on every node (Control Plane first, then Data Planes); their migrations run only when they are listed in &apos;plugins&apos;/KONG_PLUGINS and found on the Lua path</source>
        <translation>Mit dem Ziel kompatible Versionen auf jedem Knoten installieren (zuerst Control Plane, dann Data Planes); ihre Migrationen laufen nur, wenn sie in &apos;plugins&apos;/KONG_PLUGINS stehen und im Lua-Pfad gefunden werden</translation>
    </message>
    <message>
        <source>%1 (%2 instances)</source>
        <translation>%1 (%2 Instanzen)</translation>
    </message>
    <message>
        <source>Plugins are configured in the database but not enabled in &apos;plugins&apos;</source>
        <translation>Plugins sind in der Datenbank konfiguriert, aber nicht in &apos;plugins&apos; aktiviert</translation>
    </message>
    <message>
        <source>plugins table: %1; plugins = %2</source>
        <translation>plugins-Tabelle: %1; plugins = %2</translation>
    </message>
    <message>
        <source>Kong refuses to start (&quot;plugin is in use but not enabled&quot;): add them to &apos;plugins&apos; (and install them), or delete their instances before the upgrade</source>
        <translation>Kong startet nicht (&quot;plugin is in use but not enabled&quot;): sie zu &apos;plugins&apos; hinzufügen (und installieren) oder ihre Instanzen vor dem Upgrade löschen</translation>
    </message>
    <message>
        <source>%1 row(s) in the Dev Portal &apos;files&apos; table</source>
        <translation>%1 Zeile(n) in der Dev-Portal-Tabelle &apos;files&apos;</translation>
    </message>
    <message>
        <source>, %1 developer(s)</source>
        <translation>, %1 Entwickler</translation>
    </message>
    <message>
        <source>; upgrading from %1 to %2</source>
        <translation>; Upgrade von %1 auf %2</translation>
    </message>
    <message>
        <source>; source version unknown, target %1</source>
        <translation>; Quellversion unbekannt, Ziel %1</translation>
    </message>
    <message>
        <source>Dev Portal files from 1.5 need a manual migration to 2.1</source>
        <translation>Dev-Portal-Dateien aus 1.5 brauchen eine manuelle Migration nach 2.1</translation>
    </message>
    <message>
        <source>Export the portal files before upgrading (kong-portal-cli or the Files API), then re-create them in 2.1&apos;s portal template layout and re-deploy them after &apos;finish&apos;</source>
        <translation>Die Portal-Dateien vor dem Upgrade exportieren (kong-portal-cli oder die Files-API), dann im Portal-Template-Layout von 2.1 neu anlegen und nach &apos;finish&apos; wieder bereitstellen</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica cannot be reached</source>
        <translation>Das pg_ro_*-Lesereplikat ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Nodes read through pg_ro_*: fix the replica (or unset pg_ro_host) before the upgrade, or reads fail on every node that starts</source>
        <translation>Knoten lesen über pg_ro_*: das Replikat vor dem Upgrade reparieren (oder pg_ro_host entfernen), sonst schlagen Lesezugriffe auf jedem startenden Knoten fehl</translation>
    </message>
    <message>
        <source>pg_ro_* points at a server that is not a standby of the datastore</source>
        <translation>pg_ro_* zeigt auf einen Server, der kein Standby des Datenspeichers ist</translation>
    </message>
    <message>
        <source>%1 is not in recovery (pg_is_in_recovery() = false) and is not the primary</source>
        <translation>%1 ist nicht im Recovery-Modus (pg_is_in_recovery() = false) und nicht der Primary</translation>
    </message>
    <message>
        <source>Point pg_ro_* at a streaming standby of the primary; a separate primary serves other data, which the migrations will not update</source>
        <translation>pg_ro_* auf ein Streaming-Standby des Primary zeigen lassen; ein separater Primary bedient andere Daten, die die Migrationen nicht aktualisieren</translation>
    </message>
    <message>
        <source>last replayed transaction %1 s ago</source>
        <translation>letzte Transaktion vor %1 s eingespielt</translation>
    </message>
    <message>
        <source>no transaction replayed yet</source>
        <translation>noch keine Transaktion eingespielt</translation>
    </message>
    <message>
        <source>%1 bytes of WAL received but not replayed</source>
        <translation>%1 Bytes WAL empfangen, aber nicht eingespielt</translation>
    </message>
    <message>
        <source>no WAL receiver is streaming</source>
        <translation>kein WAL-Empfänger streamt</translation>
    </message>
    <message>
        <source>The pg_ro_* read replica lags behind the primary</source>
        <translation>Das pg_ro_*-Lesereplikat hinkt dem Primary hinterher</translation>
    </message>
    <message>
        <source>Nodes would read an older schema and data from it during and after the migrations: fix replication first (or unset pg_ro_host for the upgrade window)</source>
        <translation>Knoten würden während und nach den Migrationen ein älteres Schema und ältere Daten daraus lesen: zuerst die Replikation reparieren (oder pg_ro_host für das Upgrade-Fenster entfernen)</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: keine Antwort (%2)</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>%1: Kong %2 (%3), role %4, host %5</source>
        <translation>%1: Kong %2 (%3), Rolle %4, Host %5</translation>
    </message>
    <message>
        <source>database = %1</source>
        <translation>database = %1</translation>
    </message>
    <message>
        <source>pg_database = %1 on %2:%3, this report reads %4</source>
        <translation>pg_database = %1 auf %2:%3, dieser Bericht liest %4</translation>
    </message>
    <message>
        <source>pg_schema = %1, this report reads %2</source>
        <translation>pg_schema = %1, dieser Bericht liest %2</translation>
    </message>
    <message>
        <source>Running Kong nodes (Admin API GET /)</source>
        <translation>Laufende Kong-Knoten (Admin API GET /)</translation>
    </message>
    <message>
        <source>Compare these versions with the schema level; every node must run the version whose migrations the datastore holds</source>
        <translation>Diese Versionen mit dem Schemastand vergleichen; jeder Knoten muss die Version ausführen, deren Migrationen der Datenspeicher enthält</translation>
    </message>
    <message>
        <source>%1 node(s) did not answer on the Admin API</source>
        <translation>%1 Knoten antworteten nicht auf der Admin API</translation>
    </message>
    <message>
        <source>Check the Admin API URL</source>
        <translation>Die Admin-API-URL prüfen</translation>
    </message>
    <message>
        <source>The nodes run %1 different Kong versions</source>
        <translation>Die Knoten laufen mit %1 verschiedenen Kong-Versionen</translation>
    </message>
    <message>
        <source>Finish the rolling or blue-green upgrade in progress (or roll back) so every node runs one version before starting another upgrade</source>
        <translation>Das laufende Rolling- oder Blue-Green-Upgrade abschließen (oder zurückrollen), sodass alle Knoten eine Version ausführen, bevor ein weiteres Upgrade beginnt</translation>
    </message>
    <message>
        <source>Some nodes use another datastore than the one assessed</source>
        <translation>Einige Knoten nutzen einen anderen Datenspeicher als den geprüften</translation>
    </message>
    <message>
        <source>Give the configuration of the datastore these nodes use, or leave their URLs out</source>
        <translation>Die Konfiguration des Datenspeichers angeben, den diese Knoten nutzen, oder ihre URLs weglassen</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but the schema is at the %2 level: &apos;up&apos; was never run for %1</source>
        <translation>Knoten laufen mit Kong %1, aber das Schema ist auf dem Stand %2: &apos;up&apos; wurde für %1 nie ausgeführt</translation>
    </message>
    <message>
        <source>%1 report %2; migrations %2 expects and the datastore lacks: %3</source>
        <translation>%1 melden %2; Migrationen, die %2 erwartet und die dem Datenspeicher fehlen: %3</translation>
    </message>
    <message>
        <source>Plan the upgrade from the schema level (%1), not from the nodes&apos; version: run &apos;up&apos; (and &apos;finish&apos;) for the hops from there; until then these nodes cannot restart</source>
        <translation>Das Upgrade vom Schemastand (%1) aus planen, nicht von der Version der Knoten: von dort &apos;up&apos; (und &apos;finish&apos;) für die Schritte ausführen; bis dahin können diese Knoten nicht neu starten</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 on a schema already migrated (&apos;up&apos;) by a newer Kong: an upgrade is between &apos;up&apos; and &apos;finish&apos;</source>
        <translation>Knoten laufen mit Kong %1 auf einem Schema, das ein neueres Kong bereits migriert hat (&apos;up&apos;): ein Upgrade steht zwischen &apos;up&apos; und &apos;finish&apos;</translation>
    </message>
    <message>
        <source>Nodes run Kong %1 but a newer Kong migrated the schema (level %2)</source>
        <translation>Knoten laufen mit Kong %1, aber ein neueres Kong hat das Schema migriert (Stand %2)</translation>
    </message>
    <message>
        <source>%1 report %2; migrations newer than %2: %3</source>
        <translation>%1 melden %2; Migrationen neuer als %2: %3</translation>
    </message>
    <message>
        <source>Move the traffic to the new nodes, stop these old ones, then run &apos;finish&apos;</source>
        <translation>Den Verkehr auf die neuen Knoten verlagern, diese alten stoppen, dann &apos;finish&apos; ausführen</translation>
    </message>
    <message>
        <source>These nodes are older than their schema (&apos;finish&apos; has run): replace them with nodes of the version that migrated it</source>
        <translation>Diese Knoten sind älter als ihr Schema (&apos;finish&apos; ist gelaufen): durch Knoten der Version ersetzen, die es migriert hat</translation>
    </message>
    <message>
        <source>The running Kong version could not be told from the schema</source>
        <translation>Die laufende Kong-Version ließ sich nicht aus dem Schema ermitteln</translation>
    </message>
    <message>
        <source>schema level: %1</source>
        <translation>Schemastand: %1</translation>
    </message>
    <message>
        <source>Pass --from VERSION (the version of the running nodes) to check the upgrade path</source>
        <translation>--from VERSION (die Version der laufenden Knoten) angeben, um den Upgrade-Pfad zu prüfen</translation>
    </message>
    <message>
        <source>from %1 (given)</source>
        <translation>von %1 (angegeben)</translation>
    </message>
    <message>
        <source>from %1 (lowest release matching the schema, level %2; pass --from to override)</source>
        <translation>von %1 (älteste zum Schema passende Version, Stand %2; mit --from überschreibbar)</translation>
    </message>
    <message>
        <source>Upgrade path not allowed: %1</source>
        <translation>Upgrade-Pfad nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>%1 hops are required to reach %2</source>
        <translation>%1 Schritte sind nötig, um %2 zu erreichen</translation>
    </message>
    <message>
        <source>Upgrade one hop at a time, each with &apos;up&apos; and &apos;finish&apos; (&apos;kong-upgrade path&apos; lists the notes of each)</source>
        <translation>Einen Schritt nach dem anderen aktualisieren, jeweils mit &apos;up&apos; und &apos;finish&apos; (&apos;kong-upgrade path&apos; listet die Hinweise zu jedem)</translation>
    </message>
    <message>
        <source>Major upgrade %1 → %2</source>
        <translation>Hauptversions-Upgrade %1 → %2</translation>
    </message>
    <message>
        <source>Review the breaking changes in Kong&apos;s changelog and UPGRADE.md before upgrading</source>
        <translation>Vor dem Upgrade die inkompatiblen Änderungen in Kongs Changelog und UPGRADE.md lesen</translation>
    </message>
    <message>
        <source>schema_meta exists but the connected role cannot see it</source>
        <translation>schema_meta existiert, aber die verbundene Rolle kann es nicht sehen</translation>
    </message>
    <message>
        <source>role %1, schema %2</source>
        <translation>Rolle %1, Schema %2</translation>
    </message>
    <message>
        <source>Grant the Kong role privileges on the Kong tables (Kong would report &quot;needs bootstrap&quot;)</source>
        <translation>Der Kong-Rolle Rechte auf die Kong-Tabellen geben (Kong würde &quot;needs bootstrap&quot; melden)</translation>
    </message>
    <message>
        <source>No Kong schema in this database: this is a bootstrap, not an upgrade</source>
        <translation>Kein Kong-Schema in dieser Datenbank: das ist ein Bootstrap, kein Upgrade</translation>
    </message>
    <message>
        <source>no schema_meta table in %1.%2</source>
        <translation>keine schema_meta-Tabelle in %1.%2</translation>
    </message>
    <message>
        <source>Check pg_database / pg_schema; for a new installation run &apos;kong migrations bootstrap&apos;</source>
        <translation>pg_database / pg_schema prüfen; für eine neue Installation &apos;kong migrations bootstrap&apos; ausführen</translation>
    </message>
    <message>
        <source>Pending migrations from an earlier upgrade were never finished</source>
        <translation>Ausstehende Migrationen eines früheren Upgrades wurden nie abgeschlossen</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations finish&apos; with the version that ran &apos;up&apos; (once no older node uses the database), then start this upgrade</source>
        <translation>&apos;kong migrations finish&apos; mit der Version ausführen, die &apos;up&apos; ausgeführt hat (sobald kein älterer Knoten die Datenbank nutzt), dann dieses Upgrade starten</translation>
    </message>
    <message>
        <source>The schema holds migrations newer than %1</source>
        <translation>Das Schema enthält Migrationen, die neuer als %1 sind</translation>
    </message>
    <message>
        <source>Pick a target at least as new as the Kong that wrote them (downgrades are not supported)</source>
        <translation>Ein Ziel wählen, das mindestens so neu ist wie das Kong, das sie geschrieben hat (Downgrades werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>Enterprise subsystems in schema_meta: the native engine cannot run them</source>
        <translation>Enterprise-Subsysteme in schema_meta: die native Engine kann sie nicht ausführen</translation>
    </message>
    <message>
        <source>schema_meta rows of subsystems the catalog does not know (custom plugins?)</source>
        <translation>schema_meta-Zeilen von Subsystemen, die der Katalog nicht kennt (eigene Plugins?)</translation>
    </message>
    <message>
        <source>Run the migrations with the target Kong&apos;s own CLI (external executor), with every such plugin installed and listed in &apos;plugins&apos;</source>
        <translation>Die Migrationen mit der eigenen CLI des Ziel-Kong ausführen (externer Executor), mit jedem solchen Plugin installiert und in &apos;plugins&apos; eingetragen</translation>
    </message>
    <message>
        <source>Migration names the catalog has never heard of</source>
        <translation>Migrationsnamen, die der Katalog nicht kennt</translation>
    </message>
    <message>
        <source>They come from Kong Enterprise, a custom build or a newer Kong; use the target Kong&apos;s own CLI (external executor)</source>
        <translation>Sie stammen von Kong Enterprise, einem eigenen Build oder einem neueren Kong; die eigene CLI des Ziel-Kong verwenden (externer Executor)</translation>
    </message>
    <message>
        <source>Plugins in &apos;plugins&apos; whose migrations never ran</source>
        <translation>Plugins in &apos;plugins&apos;, deren Migrationen nie liefen</translation>
    </message>
    <message>
        <source>no schema_meta row for: %1</source>
        <translation>keine schema_meta-Zeile für: %1</translation>
    </message>
    <message>
        <source>Run &apos;kong migrations up&apos; with exactly this &apos;plugins&apos; setting (KONG_PLUGINS) before starting nodes that enable them</source>
        <translation>&apos;kong migrations up&apos; mit genau dieser &apos;plugins&apos;-Einstellung (KONG_PLUGINS) ausführen, bevor Knoten starten, die sie aktivieren</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than 9.5</source>
        <translation>PostgreSQL %1 ist älter als 9.5</translation>
    </message>
    <message>
        <source>server_version_num = %1; Kong %2 %3</source>
        <translation>server_version_num = %1; Kong %2 %3</translation>
    </message>
    <message>
        <source>refuses to connect (&quot;Kong requires postgres 9.5 or greater&quot;)</source>
        <translation>verweigert die Verbindung (&quot;Kong requires postgres 9.5 or greater&quot;)</translation>
    </message>
    <message>
        <source>declares 9.5 as its minimum</source>
        <translation>nennt 9.5 als Minimum</translation>
    </message>
    <message>
        <source>Upgrade PostgreSQL (12 to 15 are tested for Kong 2.8 and 3.x) before upgrading Kong</source>
        <translation>PostgreSQL vor dem Kong-Upgrade aktualisieren (12 bis 15 sind für Kong 2.8 und 3.x getestet)</translation>
    </message>
    <message>
        <source>The connected role cannot create objects in the Kong schema</source>
        <translation>Die verbundene Rolle kann im Kong-Schema keine Objekte anlegen</translation>
    </message>
    <message>
        <source>role %1 lacks CREATE on schema %2 (database %3)</source>
        <translation>Rolle %1 fehlt CREATE auf Schema %2 (Datenbank %3)</translation>
    </message>
    <message>
        <source>GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15+ no longer grants it on public), or connect as the schema&apos;s owner</source>
        <translation>GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15+ gewährt es auf public nicht mehr), oder als Besitzer des Schemas verbinden</translation>
    </message>
    <message>
        <source>%1 (owner %2)</source>
        <translation>%1 (Besitzer %2)</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>The connected role does not own Kong&apos;s tables</source>
        <translation>Die verbundene Rolle besitzt Kongs Tabellen nicht</translation>
    </message>
    <message>
        <source>role %1; not owned: %2</source>
        <translation>Rolle %1; nicht in ihrem Besitz: %2</translation>
    </message>
    <message>
        <source>Run the migrations as the owner of the tables (or grant its role to the Kong user)</source>
        <translation>Die Migrationen als Besitzer der Tabellen ausführen (oder dessen Rolle dem Kong-Benutzer gewähren)</translation>
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
    <name>kuw::core::Config</name>
    <message>
        <source>no file at this path</source>
        <translation>keine Datei unter diesem Pfad</translation>
    </message>
    <message>
        <source>Check the path given with -c/--conf.</source>
        <translation>Den mit -c/--conf angegebenen Pfad prüfen.</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Make the file readable by this user (it holds secrets, so prefer group read over world read).</source>
        <translation>Die Datei für diesen Benutzer lesbar machen (sie enthält Geheimnisse, also besser Gruppen- statt Weltleserecht).</translation>
    </message>
    <message>
        <source>expected &apos;key = value&apos;, got &apos;%1&apos;</source>
        <translation>&apos;Schlüssel = Wert&apos; erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>Fix or comment out this line (comments start with #).</source>
        <translation>Diese Zeile korrigieren oder auskommentieren (Kommentare beginnen mit #).</translation>
    </message>
    <message>
        <source>unknown key (kept; check for a typo)</source>
        <translation>unbekannter Schlüssel (beibehalten; auf Tippfehler prüfen)</translation>
    </message>
    <message>
        <source>expected on/off or true/false, got &apos;%1&apos;</source>
        <translation>on/off oder true/false erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>Kong would silently read &apos;%1&apos; as off; write on or off.</source>
        <translation>Kong würde &apos;%1&apos; stillschweigend als off lesen; on oder off schreiben.</translation>
    </message>
    <message>
        <source>expected a whole number, got &apos;%1&apos;</source>
        <translation>ganze Zahl erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>Write a non-negative integer.</source>
        <translation>Eine nicht negative ganze Zahl schreiben.</translation>
    </message>
    <message>
        <source>port %1 is outside 1–65535</source>
        <translation>Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>Use the port PostgreSQL listens on (usually 5432).</source>
        <translation>Den Port verwenden, auf dem PostgreSQL lauscht (meist 5432).</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos;</source>
        <translation>ungültiger Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Einen dieser Werte verwenden: %1.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Connection</name>
    <message>
        <source>This configuration uses a Cassandra datastore (database = cassandra).</source>
        <translation>Diese Konfiguration verwendet einen Cassandra-Datenspeicher (database = cassandra).</translation>
    </message>
    <message>
        <source>Cassandra datastores are upgraded through the export/import path (new keyspace, kong config db_export / db_import).</source>
        <translation>Cassandra-Datenspeicher werden über den Export/Import-Weg aktualisiert (neuer Keyspace, kong config db_export / db_import).</translation>
    </message>
    <message>
        <source>DB-less mode has no datastore to migrate (database = off).</source>
        <translation>Der DB-less-Modus hat keinen Datenspeicher zu migrieren (database = off).</translation>
    </message>
    <message>
        <source>Upgrade DB-less nodes by rolling them to the new version with their declarative configuration.</source>
        <translation>DB-less-Knoten aktualisieren, indem Sie sie mit ihrer deklarativen Konfiguration auf die neue Version umstellen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>Es kann kein temporäres CA-Bundle angelegt werden.</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>Pfad oder Dateirechte korrigieren.</translation>
    </message>
    <message>
        <source>libpq could not allocate a connection.</source>
        <translation>libpq konnte keine Verbindung anlegen.</translation>
    </message>
    <message>
        <source>Connection attempt cancelled.</source>
        <translation>Verbindungsversuch abgebrochen.</translation>
    </message>
    <message>
        <source>Authentication failed for user &quot;%1&quot; at %2.</source>
        <translation>Authentifizierung für Benutzer &quot;%1&quot; bei %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check pg_user and pg_password (or KONG_PG_PASSWORD).</source>
        <translation>pg_user und pg_password (oder KONG_PG_PASSWORD) prüfen.</translation>
    </message>
    <message>
        <source>The server does not allow user &quot;%1&quot; to connect from this host (%2).</source>
        <translation>Der Server erlaubt Benutzer &quot;%1&quot; keine Verbindung von diesem Host (%2).</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry for this host, user and database.</source>
        <translation>Den DBA bitten, einen pg_hba.conf-Eintrag für diesen Host, Benutzer und diese Datenbank hinzuzufügen.</translation>
    </message>
    <message>
        <source>Ask the DBA to add a pg_hba.conf entry, or try pg_ssl = on if the entry is &apos;hostssl&apos;.</source>
        <translation>Den DBA um einen pg_hba.conf-Eintrag bitten, oder pg_ssl = on versuchen, falls der Eintrag &apos;hostssl&apos; ist.</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; does not exist on %2.</source>
        <translation>Datenbank &quot;%1&quot; existiert nicht auf %2.</translation>
    </message>
    <message>
        <source>Create it (CREATE DATABASE %1 OWNER %2;) or fix pg_database.</source>
        <translation>Sie anlegen (CREATE DATABASE %1 OWNER %2;) oder pg_database korrigieren.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; does not exist on %2.</source>
        <translation>Rolle &quot;%1&quot; existiert nicht auf %2.</translation>
    </message>
    <message>
        <source>Create the role or fix pg_user.</source>
        <translation>Die Rolle anlegen oder pg_user korrigieren.</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check pg_ssl_verify and lua_ssl_trusted_certificate (the CA that signed the server certificate).</source>
        <translation>pg_ssl_verify und lua_ssl_trusted_certificate prüfen (die CA, die das Serverzertifikat signiert hat).</translation>
    </message>
    <message>
        <source>The server requires TLS: set pg_ssl = on.</source>
        <translation>Der Server verlangt TLS: pg_ssl = on setzen.</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing listens there.</source>
        <translation>Verbindung von %1 abgewiesen: dort lauscht nichts.</translation>
    </message>
    <message>
        <source>Check that PostgreSQL runs and listens on this address (listen_addresses, port), and pg_host/pg_port.</source>
        <translation>Prüfen, ob PostgreSQL läuft und auf dieser Adresse lauscht (listen_addresses, port), sowie pg_host/pg_port.</translation>
    </message>
    <message>
        <source>Host %1 is unreachable.</source>
        <translation>Host %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check pg_host (name resolution, network route, firewall).</source>
        <translation>pg_host prüfen (Namensauflösung, Netzwerkroute, Firewall).</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms.</source>
        <translation>Verbindung zu %1 nach %2 ms abgebrochen (Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>Check the network path and firewall, or raise pg_timeout / --db-timeout.</source>
        <translation>Netzwerkpfad und Firewall prüfen oder pg_timeout / --db-timeout erhöhen.</translation>
    </message>
    <message>
        <source>Permission denied connecting to %1.</source>
        <translation>Zugriff verweigert beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>Grant CONNECT on the database to %1.</source>
        <translation>%1 das Recht CONNECT auf die Datenbank gewähren.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Check the datastore settings in kong.conf.</source>
        <translation>Die Datenspeicher-Einstellungen in kong.conf prüfen.</translation>
    </message>
    <message>
        <source>Grant the privilege to the Kong role, or run as the schema owner.</source>
        <translation>Der Kong-Rolle das Recht gewähren oder als Besitzer des Schemas ausführen.</translation>
    </message>
    <message>
        <source>The statement was cancelled (by the user or statement_timeout / --db-timeout).</source>
        <translation>Die Anweisung wurde abgebrochen (vom Benutzer oder durch statement_timeout / --db-timeout).</translation>
    </message>
    <message>
        <source>Another session holds a conflicting lock; retry when the datastore is quieter.</source>
        <translation>Eine andere Sitzung hält eine konkurrierende Sperre; erneut versuchen, wenn der Datenspeicher ruhiger ist.</translation>
    </message>
    <message>
        <source>The connection to the datastore was lost; check the server and re-run (completed steps are kept).</source>
        <translation>Die Verbindung zum Datenspeicher ist abgebrochen; den Server prüfen und erneut ausführen (abgeschlossene Schritte bleiben erhalten).</translation>
    </message>
</context>
<context>
    <name>kuw::core::Cutover</name>
    <message>
        <source>Unknown checkpoint &quot;%1&quot; for a %2 deployment</source>
        <translation>Unbekannter Checkpoint &quot;%1&quot; für ein %2-Deployment</translation>
    </message>
    <message>
        <source>Checkpoint &quot;%1&quot; cannot pass before &quot;%2&quot;</source>
        <translation>Checkpoint &quot;%1&quot; kann nicht vor &quot;%2&quot; bestätigt werden</translation>
    </message>
    <message>
        <source>Complete the checkpoints in order.</source>
        <translation>Die Checkpoints der Reihe nach abschließen.</translation>
    </message>
    <message>
        <source>Every traffic stage is already confirmed</source>
        <translation>Jede Verkehrsstufe ist bereits bestätigt</translation>
    </message>
    <message>
        <source>A %1 deployment has no traffic stages</source>
        <translation>Ein %1-Deployment hat keine Verkehrsstufen</translation>
    </message>
    <message>
        <source>Traffic cannot move before &quot;%1&quot;</source>
        <translation>Verkehr kann nicht vor &quot;%1&quot; verlagert werden</translation>
    </message>
    <message>
        <source>Verify the new nodes first.</source>
        <translation>Zuerst die neuen Knoten prüfen.</translation>
    </message>
    <message>
        <source>Traffic stages: &quot;%1&quot; is not a percentage from 1 to 100</source>
        <translation>Verkehrsstufen: &quot;%1&quot; ist kein Prozentsatz von 1 bis 100</translation>
    </message>
    <message>
        <source>Write the stages as percentages, e.g. 10, 50, 100.</source>
        <translation>Die Stufen als Prozentsätze angeben, z. B. 10, 50, 100.</translation>
    </message>
    <message>
        <source>Traffic stages: %1 does not follow %2</source>
        <translation>Verkehrsstufen: %1 folgt nicht auf %2</translation>
    </message>
    <message>
        <source>Each stage must move more traffic than the one before, e.g. 10, 50, 100.</source>
        <translation>Jede Stufe muss mehr Verkehr verlagern als die vorige, z. B. 10, 50, 100.</translation>
    </message>
    <message>
        <source>Traffic stages must end at 100 %</source>
        <translation>Verkehrsstufen müssen bei 100 % enden</translation>
    </message>
    <message>
        <source>Add 100 as the last stage: all traffic on the new cluster before finish.</source>
        <translation>100 als letzte Stufe hinzufügen: der gesamte Verkehr auf dem neuen Cluster vor finish.</translation>
    </message>
    <message>
        <source>Helm releases, line %1</source>
        <translation>Helm-Releases, Zeile %1</translation>
    </message>
    <message>
        <source>release name &quot;%1&quot; is not valid</source>
        <translation>Release-Name &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>Use the name `helm list` shows (lowercase letters, digits, &apos;-&apos;, at most 53).</source>
        <translation>Den Namen verwenden, den `helm list` zeigt (Kleinbuchstaben, Ziffern, &apos;-&apos;, höchstens 53).</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not valid</source>
        <translation>Namespace &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>Write namespace/release, e.g. kong/kong-proxy.</source>
        <translation>namespace/release schreiben, z. B. kong/kong-proxy.</translation>
    </message>
    <message>
        <source>release &quot;%1&quot; is listed twice</source>
        <translation>Release &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>List each release once, in the order to upgrade.</source>
        <translation>Jedes Release einmal aufführen, in Upgrade-Reihenfolge.</translation>
    </message>
    <message>
        <source>Helm releases</source>
        <translation>Helm-Releases</translation>
    </message>
    <message>
        <source>no release given</source>
        <translation>kein Release angegeben</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore, one per line.</source>
        <translation>Die Releases des Kong-Charts aufführen, die diesen Datenspeicher teilen, eines pro Zeile.</translation>
    </message>
    <message>
        <source>List the releases of the Kong chart that share this datastore.</source>
        <translation>Die Releases des Kong-Charts aufführen, die diesen Datenspeicher teilen.</translation>
    </message>
    <message>
        <source>Helm image tag</source>
        <translation>Helm-Image-Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag</source>
        <translation>&quot;%1&quot; ist kein gültiges Image-Tag</translation>
    </message>
    <message>
        <source>Use the target Kong version, e.g. 2.5.</source>
        <translation>Die Kong-Zielversion verwenden, z. B. 2.5.</translation>
    </message>
    <message>
        <source>Helm image repository</source>
        <translation>Helm-Image-Repository</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>e.g. kong or kong/kong-gateway.</source>
        <translation>z. B. kong oder kong/kong-gateway.</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
    <message>
        <source>e.g. kong/kong.</source>
        <translation>z. B. kong/kong.</translation>
    </message>
    <message>
        <source>GET / failed: %1 %2</source>
        <translation>GET / fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>The node reports version &quot;%1&quot;, which is not a Kong version.</source>
        <translation>Der Knoten meldet Version &quot;%1&quot;, die keine Kong-Version ist.</translation>
    </message>
    <message>
        <source>Version %1, but the %2 cluster must run %3.x: %4</source>
        <translation>Version %1, aber der %2 Cluster muss %3.x ausführen: %4</translation>
    </message>
    <message>
        <source>start the new nodes with the target Kong release.</source>
        <translation>die neuen Knoten mit dem Kong-Ziel-Release starten.</translation>
    </message>
    <message>
        <source>this URL is not an old node; check the list.</source>
        <translation>diese URL ist kein alter Knoten; die Liste prüfen.</translation>
    </message>
    <message>
        <source>Role %1, expected %2: list the %3 here.</source>
        <translation>Rolle %1, erwartet %2: hier die %3 aufführen.</translation>
    </message>
    <message>
        <source>Control Plane Admin APIs</source>
        <translation>Admin APIs der Control Plane</translation>
    </message>
    <message>
        <source>traditional nodes&apos; Admin APIs</source>
        <translation>Admin APIs der traditionellen Knoten</translation>
    </message>
    <message>
        <source>database = %1: the new nodes must use PostgreSQL (the same datastore).</source>
        <translation>database = %1: die neuen Knoten müssen PostgreSQL verwenden (denselben Datenspeicher).</translation>
    </message>
    <message>
        <source>pg_database = %1, but the datastore being upgraded is %2: point the new nodes at the same database.</source>
        <translation>pg_database = %1, aber der zu aktualisierende Datenspeicher ist %2: die neuen Knoten auf dieselbe Datenbank richten.</translation>
    </message>
    <message>
        <source>The node connects to %1:%2, the wizard to %3:%4: make sure that is the same server.</source>
        <translation>Der Knoten verbindet sich mit %1:%2, der Assistent mit %3:%4: sicherstellen, dass das derselbe Server ist.</translation>
    </message>
    <message>
        <source>GET /status was not asked.</source>
        <translation>GET /status wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>GET /status failed: %1 %2</source>
        <translation>GET /status fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>/status says the database is not reachable from this node: check its pg_* settings and the network to PostgreSQL.</source>
        <translation>/status meldet, dass die Datenbank von diesem Knoten aus nicht erreichbar ist: seine pg_*-Einstellungen und das Netzwerk zu PostgreSQL prüfen.</translation>
    </message>
    <message>
        <source>GET /clustering/data-planes failed: %1 %2</source>
        <translation>GET /clustering/data-planes fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet: start Data Planes of the target version with cluster_control_plane pointing at it.</source>
        <translation>Noch ist keine Data Plane mit der neuen Control Plane verbunden: Data Planes der Zielversion mit cluster_control_plane auf sie starten.</translation>
    </message>
    <message>
        <source>Data Plane %1 runs %2: upgrade it to %3.%4.x.</source>
        <translation>Data Plane %1 läuft mit %2: auf %3.%4.x aktualisieren.</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>eine unbekannte Version</translation>
    </message>
</context>
<context>
    <name>kuw::core::Declarative</name>
    <message>
        <source>The target is not a bootstrapped Kong 2.x datastore (no default workspace).</source>
        <translation>Das Ziel ist kein per Bootstrap angelegter Kong-2.x-Datenspeicher (kein Standard-Workspace).</translation>
    </message>
    <message>
        <source>Bootstrap it first: kong-upgrade migrations bootstrap</source>
        <translation>Zuerst per Bootstrap anlegen: kong-upgrade migrations bootstrap</translation>
    </message>
    <message>
        <source>The target datastore already holds entities (%1).</source>
        <translation>Der Ziel-Datenspeicher enthält bereits Entitäten (%1).</translation>
    </message>
    <message>
        <source>Import into a freshly bootstrapped datastore (a new database or schema).</source>
        <translation>In einen frisch per Bootstrap angelegten Datenspeicher importieren (eine neue Datenbank oder ein neues Schema).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>Pfad und Dateirechte prüfen.</translation>
    </message>
    <message>
        <source>Importer without a connection</source>
        <translation>Importer ohne Verbindung</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the import.</source>
        <translation>Es kann kein temporäres Verzeichnis für den Import angelegt werden.</translation>
    </message>
    <message>
        <source>Kong does not import %1 (db_export leaves it out)</source>
        <translation>Kong importiert %1 nicht (db_export lässt es aus)</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; auf oberster Ebene</translation>
    </message>
    <message>
        <source>unknown entity type &apos;%1&apos; (not a Kong 2.5 entity or bundled plugin entity)</source>
        <translation>unbekannter Entitätstyp &apos;%1&apos; (keine Kong-2.5-Entität und keine Entität eines mitgelieferten Plugins)</translation>
    </message>
    <message>
        <source>_format_version &apos;%1&apos; is not one Kong 2.5 reads (&quot;1.1&quot; or &quot;2.1&quot;); the file comes from a different Kong version or tool. Export it with Kong 2.x (kong config db_export) or convert it (deck convert).</source>
        <translation>_format_version &apos;%1&apos; ist keine, die Kong 2.5 liest (&quot;1.1&quot; oder &quot;2.1&quot;); die Datei stammt von einer anderen Kong-Version oder einem anderen Werkzeug. Mit Kong 2.x exportieren (kong config db_export) oder konvertieren (deck convert).</translation>
    </message>
    <message>
        <source>expected a boolean</source>
        <translation>boolescher Wert erwartet</translation>
    </message>
    <message>
        <source>expected a list of entities</source>
        <translation>Liste von Entitäten erwartet</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>missing _format_version (Kong&apos;s exports start with _format_version: &quot;2.1&quot;)</source>
        <translation>_format_version fehlt (Kongs Exporte beginnen mit _format_version: &quot;2.1&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a valid declarative configuration: %2</source>
        <translation>%1 ist keine gültige deklarative Konfiguration: %2</translation>
    </message>
    <message>
        <source>Fix the file at the positions listed (a file cut short by a failed copy must be exported again). Nothing was written.</source>
        <translation>Die Datei an den genannten Stellen korrigieren (eine durch einen fehlgeschlagenen Kopiervorgang abgeschnittene Datei muss neu exportiert werden). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the spool file %1.</source>
        <translation>Die Spool-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>cannot write the spool file %1</source>
        <translation>die Spool-Datei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a value (not shown: secret)</source>
        <translation>ein Wert (nicht angezeigt: geheim)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>the id (UUID) of a %1 entity</source>
        <translation>die ID (UUID) einer %1-Entität</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a timestamp (seconds since the epoch)</source>
        <translation>ein Zeitstempel (Sekunden seit der Epoche)</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a list of UUIDs</source>
        <translation>eine Liste von UUIDs</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>a list of mappings</source>
        <translation>eine Liste von Zuordnungen</translation>
    </message>
    <message>
        <source>expected a mapping (one entity), got a %1</source>
        <translation>Zuordnung (eine Entität) erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>nested %1 must be a list</source>
        <translation>verschachteltes %1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>unknown field (Kong 2.5&apos;s %1 schema has no such field)</source>
        <translation>unbekanntes Feld (Kong 2.5s %1-Schema hat kein solches Feld)</translation>
    </message>
    <message>
        <source>conflicts with the enclosing %1 (%2)</source>
        <translation>widerspricht dem umschließenden %1 (%2)</translation>
    </message>
    <message>
        <source>required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>at least one of these fields must be non-empty: &apos;custom_id&apos;, &apos;username&apos;</source>
        <translation>mindestens eines dieser Felder darf nicht leer sein: &apos;custom_id&apos;, &apos;username&apos;</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>hashing client secrets on import is not supported; import the hashed secret with &apos;_transform: false&apos; (as db_export writes it)</source>
        <translation>Client-Secrets beim Import zu hashen wird nicht unterstützt; das gehashte Secret mit &apos;_transform: false&apos; importieren (wie db_export es schreibt)</translation>
    </message>
    <message>
        <source>duplicate primary key &apos;%1&apos; (first at line %2)</source>
        <translation>doppelter Primärschlüssel &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>duplicate value %1 of a unique field (first at line %2)</source>
        <translation>doppelter Wert %1 eines eindeutigen Felds (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>(not shown: secret)</source>
        <translation>(nicht angezeigt: geheim)</translation>
    </message>
    <message>
        <source>references %1 &apos;%2&apos;, which is not in the file</source>
        <translation>verweist auf %1 &apos;%2&apos;, das nicht in der Datei steht</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Import abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Migrations</name>
    <message>
        <source>Unknown teardown function %1</source>
        <translation>Unbekannte Teardown-Funktion %1</translation>
    </message>
    <message>
        <source>Database already bootstrapped</source>
        <translation>Datenbank bereits per Bootstrap angelegt</translation>
    </message>
    <message>
        <source>Another node bootstrapped it meanwhile.</source>
        <translation>Ein anderer Knoten hat sie inzwischen per Bootstrap angelegt.</translation>
    </message>
    <message>
        <source>failed to run migration &apos;%1&apos; %2: %3</source>
        <translation>Migration &apos;%1&apos; %2 konnte nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>Database not bootstrapped, nothing to reset</source>
        <translation>Datenbank nicht per Bootstrap angelegt, nichts zurückzusetzen</translation>
    </message>
    <message>
        <source>unknown holder</source>
        <translation>unbekannter Inhaber</translation>
    </message>
    <message>
        <source>%1 (expires in %2 s)</source>
        <translation>%1 (läuft in %2 s ab)</translation>
    </message>
    <message>
        <source>aborted: another node is performing database changes</source>
        <translation>abgebrochen: ein anderer Knoten ändert die Datenbank</translation>
    </message>
    <message>
        <source>Wait for it to finish (holder: %1), or, if no migration is running, wait for the lock to expire.</source>
        <translation>Warten, bis er fertig ist (Inhaber: %1), oder, falls keine Migration läuft, warten, bis die Sperre abläuft.</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the migration lock</source>
        <translation>Nach %1 s Warten auf die Migrationssperre abgebrochen</translation>
    </message>
    <message>
        <source>Another node holds it: %1. Retry later or raise --lock-timeout.</source>
        <translation>Ein anderer Knoten hält sie: %1. Später erneut versuchen oder --lock-timeout erhöhen.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the migration lock.</source>
        <translation>Beim Warten auf die Migrationssperre abgebrochen.</translation>
    </message>
    <message>
        <source>Connection lost; the migration lock expires by itself after %1 s</source>
        <translation>Verbindung verloren; die Migrationssperre läuft nach %1 s von selbst ab</translation>
    </message>
    <message>
        <source>The datastore records migrations this tool&apos;s catalog does not know: %1</source>
        <translation>Der Datenspeicher verzeichnet Migrationen, die der Katalog dieses Werkzeugs nicht kennt: %1</translation>
    </message>
    <message>
        <source>These come from Kong Enterprise, custom plugins or a newer Kong. Run this upgrade with the external executor (the real &apos;kong migrations&apos; CLI of the target version).</source>
        <translation>Sie stammen von Kong Enterprise, eigenen Plugins oder einem neueren Kong. Dieses Upgrade mit dem externen Executor ausführen (der echten &apos;kong migrations&apos;-CLI der Zielversion).</translation>
    </message>
    <message>
        <source>The datastore is newer than the target Kong %1: %2</source>
        <translation>Der Datenspeicher ist neuer als das Ziel-Kong %1: %2</translation>
    </message>
    <message>
        <source>Choose a newer target version; Kong migrations never go backwards.</source>
        <translation>Eine neuere Zielversion wählen; Kong-Migrationen gehen nie rückwärts.</translation>
    </message>
    <message>
        <source>Use &apos;migrations up&apos; to apply new migrations, or &apos;bootstrap --force&apos; to reset and bootstrap again (destroys all data).</source>
        <translation>&apos;migrations up&apos; verwenden, um neue Migrationen anzuwenden, oder &apos;bootstrap --force&apos;, um zurückzusetzen und neu anzulegen (zerstört alle Daten).</translation>
    </message>
    <message>
        <source>Cannot run migrations: </source>
        <translation>Migrationen können nicht ausgeführt werden: </translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; for a new installation.</source>
        <translation>Für eine neue Installation &apos;migrations bootstrap&apos; ausführen.</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos;</source>
        <translation>Die Datenbank hat ausstehende Migrationen; &apos;kong migrations finish&apos; ausführen</translation>
    </message>
    <message>
        <source>--force never re-runs migrations (Kong&apos;s re-runs are not idempotent): run &apos;migrations finish&apos; first.</source>
        <translation>--force führt Migrationen nie erneut aus (Kongs Wiederholungen sind nicht idempotent): zuerst &apos;migrations finish&apos; ausführen.</translation>
    </message>
    <message>
        <source>Run &apos;migrations finish&apos; once the old cluster no longer uses the datastore.</source>
        <translation>&apos;migrations finish&apos; ausführen, sobald der alte Cluster den Datenspeicher nicht mehr nutzt.</translation>
    </message>
    <message>
        <source>Continuing an interrupted &apos;up&apos;: the pending migrations all precede the new ones, so this completes the same upgrade (Kong itself would refuse).</source>
        <translation>Ein unterbrochenes &apos;up&apos; wird fortgesetzt: die ausstehenden Migrationen liegen alle vor den neuen, also schließt dies dasselbe Upgrade ab (Kong selbst würde ablehnen).</translation>
    </message>
    <message>
        <source>Cannot run migrations: database needs bootstrapping</source>
        <translation>Migrationen können nicht ausgeführt werden: die Datenbank muss per Bootstrap angelegt werden</translation>
    </message>
    <message>
        <source>Run &apos;migrations bootstrap&apos; first.</source>
        <translation>Zuerst &apos;migrations bootstrap&apos; ausführen.</translation>
    </message>
    <message>
        <source>New migrations available; run &apos;kong migrations up&apos; to proceed</source>
        <translation>Neue Migrationen verfügbar; &apos;kong migrations up&apos; ausführen, um fortzufahren</translation>
    </message>
    <message>
        <source>Plugins without catalog entries are skipped: %1</source>
        <translation>Plugins ohne Katalogeintrag werden übersprungen: %1</translation>
    </message>
    <message>
        <source>Plan: %1 to Kong %2, %3 step(s)
</source>
        <translation>Plan: %1 auf Kong %2, %3 Schritt(e)
</translation>
    </message>
    <message>
        <source>  0. create schema_meta and locks (Kong&apos;s bookkeeping tables)
</source>
        <translation>  0. schema_meta und locks anlegen (Kongs Verwaltungstabellen)
</translation>
    </message>
    <message>
        <source>       locks: %1; ~%2 rows%3%4
</source>
        <translation>       Sperren: %1; ~%2 Zeilen%3%4
</translation>
    </message>
    <message>
        <source>; builds an index</source>
        <translation>; baut einen Index</translation>
    </message>
    <message>
        <source>; rewrites rows</source>
        <translation>; schreibt Zeilen um</translation>
    </message>
    <message>
        <source>  %1 migration(s) will be left pending until &apos;finish&apos;.
</source>
        <translation>  %1 Migration(en) bleiben bis &apos;finish&apos; ausstehend.
</translation>
    </message>
    <message>
        <source>  Note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <source>Database needs bootstrapping or is older than Kong 1.0.

To start a new installation from scratch, run &apos;kong migrations bootstrap&apos;.

To migrate from a version older than 1.0, migrate to Kong 1.5.0 first. 
If you still have &apos;apis&apos; entities, you can convert them to Routes and Services
using the &apos;kong migrations migrate-apis&apos; command in Kong 1.5.0.
</source>
        <translation>Die Datenbank muss per Bootstrap angelegt werden oder ist älter als Kong 1.0.

Um eine neue Installation von Grund auf zu beginnen, &apos;kong migrations bootstrap&apos; ausführen.

Um von einer Version älter als 1.0 zu migrieren, zuerst auf Kong 1.5.0 migrieren.
Falls noch &apos;apis&apos;-Entitäten vorhanden sind, können sie mit dem Befehl
&apos;kong migrations migrate-apis&apos; in Kong 1.5.0 in Routes und Services umgewandelt werden.
</translation>
    </message>
    <message>
        <source>Database has pending migrations from a previous upgrade, and new migrations from this upgrade (version %1)</source>
        <translation>Die Datenbank hat ausstehende Migrationen eines früheren Upgrades und neue Migrationen dieses Upgrades (Version %1)</translation>
    </message>
    <message>
        <source>Database has pending migrations; run &apos;kong migrations finish&apos; when ready</source>
        <translation>Die Datenbank hat ausstehende Migrationen; &apos;kong migrations finish&apos; ausführen, wenn bereit</translation>
    </message>
    <message>
        <source>Database is up-to-date</source>
        <translation>Die Datenbank ist auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Cannot read schema_meta before running Kong: </source>
        <translation>schema_meta kann vor dem Start von Kong nicht gelesen werden: </translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>Install Kong or set the command prefix.</source>
        <translation>Kong installieren oder das Befehlspräfix setzen.</translation>
    </message>
    <message>
        <source>Install %1 or fix the command prefix.</source>
        <translation>%1 installieren oder das Befehlspräfix korrigieren.</translation>
    </message>
    <message>
        <source>Cannot read schema_meta after running Kong: </source>
        <translation>schema_meta kann nach dem Lauf von Kong nicht gelesen werden: </translation>
    </message>
    <message>
        <source>%1 was cancelled and stopped</source>
        <translation>%1 wurde abgebrochen und gestoppt</translation>
    </message>
    <message>
        <source>Check the state with &apos;kong migrations list&apos;; a lock Kong left behind expires after --lock-timeout.</source>
        <translation>Den Zustand mit &apos;kong migrations list&apos; prüfen; eine von Kong hinterlassene Sperre läuft nach --lock-timeout ab.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig und wurde gestoppt</translation>
    </message>
    <message>
        <source>Raise the timeout for long migrations; check the state with &apos;kong migrations list&apos; first.</source>
        <translation>Das Zeitlimit für lange Migrationen erhöhen; zuerst den Zustand mit &apos;kong migrations list&apos; prüfen.</translation>
    </message>
    <message>
        <source>Check the output above and the state with &apos;kong migrations list&apos;.</source>
        <translation>Die Ausgabe oben und den Zustand mit &apos;kong migrations list&apos; prüfen.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Parallel</name>
    <message>
        <source>The new datastore already holds a Kong schema of another version.</source>
        <translation>Der neue Datenspeicher enthält bereits ein Kong-Schema einer anderen Version.</translation>
    </message>
    <message>
        <source>Choose an empty database or schema for the new cluster.</source>
        <translation>Wählen Sie eine leere Datenbank oder ein leeres Schema für den neuen Cluster.</translation>
    </message>
    <message>
        <source>The new datastore is already bootstrapped at Kong %1.</source>
        <translation>Der neue Datenspeicher ist bereits auf Kong %1 gebootstrappt.</translation>
    </message>
    <message>
        <source>Bootstrapping the new datastore at Kong %1…</source>
        <translation>Bootstrap des neuen Datenspeichers auf Kong %1…</translation>
    </message>
    <message>
        <source>Bootstrap cancelled.</source>
        <translation>Bootstrap abgebrochen.</translation>
    </message>
    <message>
        <source>The old datastore predates Kong 2.5&apos;s schema, which the native export reads.</source>
        <translation>Der alte Datenspeicher ist älter als das Schema von Kong 2.5, das der native Export liest.</translation>
    </message>
    <message>
        <source>Export it with the old Kong itself (%1 on an old node) and import that file instead.</source>
        <translation>Exportieren Sie ihn mit dem alten Kong selbst (%1 auf einem alten Knoten) und importieren Sie stattdessen diese Datei.</translation>
    </message>
    <message>
        <source>Missing columns: %1</source>
        <translation>Fehlende Spalten: %1</translation>
    </message>
    <message>
        <source>Exporting the old datastore to %1…</source>
        <translation>Exportiere den alten Datenspeicher nach %1…</translation>
    </message>
    <message>
        <source>Exported %1 entities.</source>
        <translation>%1 Entitäten exportiert.</translation>
    </message>
    <message>
        <source>Importing %1 into the new datastore…</source>
        <translation>Importiere %1 in den neuen Datenspeicher…</translation>
    </message>
    <message>
        <source>Imported %1 entities in one transaction.</source>
        <translation>%1 Entitäten in einer Transaktion importiert.</translation>
    </message>
    <message>
        <source>Counting every entity type on both sides…</source>
        <translation>Zähle jeden Entitätstyp auf beiden Seiten…</translation>
    </message>
    <message>
        <source>%1 entity types compared, %2 with different counts.</source>
        <translation>%1 Entitätstypen verglichen, %2 mit abweichender Anzahl.</translation>
    </message>
    <message>
        <source>No new datastore was chosen yet: continue with it.</source>
        <translation>Es wurde noch kein neuer Datenspeicher gewählt: damit weitermachen.</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore yet: run the transfer.</source>
        <translation>In den neuen Datenspeicher wurde noch nichts importiert: Übertragung ausführen.</translation>
    </message>
    <message>
        <source>The new datastore holds no Kong schema any more: run the transfer again.</source>
        <translation>Der neue Datenspeicher enthält kein Kong-Schema mehr: Übertragung erneut ausführen.</translation>
    </message>
    <message>
        <source>The old datastore&apos;s decommissioning was confirmed.</source>
        <translation>Die Stilllegung des alten Datenspeichers wurde bestätigt.</translation>
    </message>
    <message>
        <source>The changes since the export were compared: decommission the old datastore.</source>
        <translation>Die Änderungen seit dem Export wurden verglichen: den alten Datenspeicher stilllegen.</translation>
    </message>
    <message>
        <source>Every cutover checkpoint passed: compare the changes made since the export.</source>
        <translation>Alle Umschalt-Prüfpunkte bestanden: die Änderungen seit dem Export vergleichen.</translation>
    </message>
    <message>
        <source>The transfer is done: continue the cutover to the new cluster on the new datastore.</source>
        <translation>Die Übertragung ist fertig: die Umschaltung auf den neuen Cluster mit dem neuen Datenspeicher fortsetzen.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was imported into the new datastore: run the transfer again when ready.</source>
        <translation>In den neuen Datenspeicher wurde nichts importiert: die Übertragung erneut ausführen, wenn bereit.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Paths</name>
    <message>
        <source>the upgrade-path rules loop at %1</source>
        <translation>die Regeln für Upgrade-Pfade bilden bei %1 eine Schleife</translation>
    </message>
    <message>
        <source>%1 is not older than %2: nothing to upgrade (downgrades are not supported)</source>
        <translation>%1 ist nicht älter als %2: nichts zu aktualisieren (Downgrades werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>pick a newer target version</source>
        <translation>eine neuere Zielversion wählen</translation>
    </message>
    <message>
        <source>no known %1 upgrade path to %2</source>
        <translation>kein bekannter %1-Upgrade-Pfad nach %2</translation>
    </message>
    <message>
        <source>check the target version and edition (--edition oss|enterprise)</source>
        <translation>Zielversion und Edition prüfen (--edition oss|enterprise)</translation>
    </message>
    <message>
        <source>%1 upgrade from %2 to %3 is not allowed: the lowest documented source is %4</source>
        <translation>%1-Upgrade von %2 auf %3 ist nicht erlaubt: die älteste dokumentierte Ausgangsversion ist %4</translation>
    </message>
    <message>
        <source>no documented path; ask Kong support for a migration plan</source>
        <translation>kein dokumentierter Pfad; den Kong-Support um einen Migrationsplan bitten</translation>
    </message>
    <message>
        <source>both versions are required</source>
        <translation>beide Versionen sind erforderlich</translation>
    </message>
    <message>
        <source>give versions such as 2.1.4 or 2.4.1.0</source>
        <translation>Versionen wie 2.1.4 oder 2.4.1.0 angeben</translation>
    </message>
</context>
<context>
    <name>kuw::core::Session</name>
    <message>
        <source>Cannot create the journal directory %1</source>
        <translation>Das Journalverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Check permissions of the application data directory.</source>
        <translation>Die Rechte des Anwendungsdatenverzeichnisses prüfen.</translation>
    </message>
    <message>
        <source>%1: not an upgrade journal (no id)</source>
        <translation>%1: kein Upgrade-Journal (keine ID)</translation>
    </message>
    <message>
        <source>The journal is damaged; start a new session (the datastore state is re-checked anyway).</source>
        <translation>Das Journal ist beschädigt; eine neue Sitzung beginnen (der Zustand des Datenspeichers wird ohnehin neu geprüft).</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The database holds no Kong schema: start from the version page.</source>
        <translation>Die Datenbank enthält kein Kong-Schema: auf der Versionsseite beginnen.</translation>
    </message>
    <message>
        <source>The datastore is already at the Kong %1 level.</source>
        <translation>Der Datenspeicher ist bereits auf dem Stand von Kong %1.</translation>
    </message>
    <message>
        <source>&apos;up&apos; has run; %1 pending migration(s) wait for &apos;finish&apos;.</source>
        <translation>&apos;up&apos; ist gelaufen; %1 ausstehende Migration(en) warten auf &apos;finish&apos;.</translation>
    </message>
    <message>
        <source>A fresh install is re-planned from the version page.</source>
        <translation>Eine Neuinstallation wird ab der Versionsseite neu geplant.</translation>
    </message>
    <message>
        <source>&apos;up&apos; was interrupted: the migrations already committed are kept; run &apos;up&apos; again for the rest.</source>
        <translation>&apos;up&apos; wurde unterbrochen: die bereits festgeschriebenen Migrationen bleiben; &apos;up&apos; für den Rest erneut ausführen.</translation>
    </message>
    <message>
        <source>Nothing has changed the datastore yet: the checks run again before any change.</source>
        <translation>Noch hat nichts den Datenspeicher verändert: die Prüfungen laufen vor jeder Änderung erneut.</translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions of the journal&apos;s folder; until then this session cannot be resumed after a crash.</source>
        <translation>Geben Sie Speicherplatz frei oder korrigieren Sie die Berechtigungen des Journal-Ordners; bis dahin lässt sich diese Sitzung nach einem Absturz nicht fortsetzen.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Snapshot</name>
    <message>
        <source>Install postgresql-client-%1 (apt-get install postgresql-client-%1) or set PG_BINDIR to a directory holding pg_dump and pg_restore %1 or newer.</source>
        <translation>postgresql-client-%1 installieren (apt-get install postgresql-client-%1) oder PG_BINDIR auf ein Verzeichnis mit pg_dump und pg_restore %1 oder neuer setzen.</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore were not found in %1.</source>
        <translation>pg_dump und pg_restore wurden in %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 --version failed.</source>
        <translation>%1 --version fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Unrecognised pg_dump version: %1</source>
        <translation>Unbekannte pg_dump-Version: %1</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Check the user and password of the connection.</source>
        <translation>Benutzer und Passwort der Verbindung prüfen.</translation>
    </message>
    <message>
        <source>Run with a role that owns the Kong schema (or a superuser).</source>
        <translation>Mit einer Rolle ausführen, die das Kong-Schema besitzt (oder als Superuser).</translation>
    </message>
    <message>
        <source>Install a pg_dump at least as new as the server (postgresql-client-&lt;N&gt;).</source>
        <translation>Ein pg_dump installieren, das mindestens so neu ist wie der Server (postgresql-client-&lt;N&gt;).</translation>
    </message>
    <message>
        <source>Check that the server is reachable from this machine.</source>
        <translation>Prüfen, dass der Server von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Free disk space or choose another snapshot directory.</source>
        <translation>Speicherplatz freigeben oder ein anderes Snapshot-Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>pg_dump and pg_restore are not installed.</source>
        <translation>pg_dump und pg_restore sind nicht installiert.</translation>
    </message>
    <message>
        <source>pg_dump %1 (%2) is older than the PostgreSQL %3 server; it cannot make a reliable backup.</source>
        <translation>pg_dump %1 (%2) ist älter als der PostgreSQL-%3-Server; es kann keine verlässliche Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Cannot create a temporary CA bundle.</source>
        <translation>Es kann kein temporäres CA-Bundle angelegt werden.</translation>
    </message>
    <message>
        <source>lua_ssl_trusted_certificate: cannot read %1</source>
        <translation>lua_ssl_trusted_certificate: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Fix the path or the file permissions.</source>
        <translation>Pfad oder Dateirechte korrigieren.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Check the PostgreSQL client installation (or PG_BINDIR).</source>
        <translation>Die PostgreSQL-Client-Installation prüfen (oder PG_BINDIR).</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s.</source>
        <translation>%1 dauerte länger als %2 s.</translation>
    </message>
    <message>
        <source>Allow more time, or check the server&apos;s load.</source>
        <translation>Mehr Zeit geben oder die Last des Servers prüfen.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled.</source>
        <translation>Generalprobe abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing in production was changed; rehearse again when ready.</source>
        <translation>In der Produktion wurde nichts geändert; erneut proben, wenn bereit.</translation>
    </message>
    <message>
        <source>If production runs a newer PostgreSQL (%1) than this machine&apos;s server, install that version&apos;s server package, or rehearse in a scratch database on the production server.</source>
        <translation>Falls die Produktion ein neueres PostgreSQL (%1) nutzt als der Server dieses Rechners, das Serverpaket dieser Version installieren oder in einer Scratch-Datenbank auf dem Produktionsserver proben.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s datastore is not bootstrapped: nothing to rehearse.</source>
        <translation>Der Datenspeicher des Snapshots ist nicht per Bootstrap angelegt: nichts zu proben.</translation>
    </message>
    <message>
        <source>The snapshot %1 has no schema_meta table (%2 entries): it is not a Kong datastore backup.</source>
        <translation>Der Snapshot %1 hat keine schema_meta-Tabelle (%2 Einträge): er ist keine Sicherung eines Kong-Datenspeichers.</translation>
    </message>
    <message>
        <source>Take a new snapshot of the Kong database (check pg_schema).</source>
        <translation>Einen neuen Snapshot der Kong-Datenbank erstellen (pg_schema prüfen).</translation>
    </message>
    <message>
        <source>Cannot create the snapshot directory %1.</source>
        <translation>Das Snapshot-Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>Ein beschreibbares Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not exist.</source>
        <translation>Die Snapshot-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an existing snapshot file.</source>
        <translation>Eine vorhandene Snapshot-Datei wählen.</translation>
    </message>
    <message>
        <source>The file is damaged or from a newer pg_dump: take a new snapshot, or install a newer postgresql-client.</source>
        <translation>Die Datei ist beschädigt oder stammt von einem neueren pg_dump: einen neuen Snapshot erstellen oder einen neueren postgresql-client installieren.</translation>
    </message>
    <message>
        <source>Schema &quot;%1&quot; of %2 holds no Kong datastore (no schema_meta table).</source>
        <translation>Schema &quot;%1&quot; von %2 enthält keinen Kong-Datenspeicher (keine schema_meta-Tabelle).</translation>
    </message>
    <message>
        <source>Check pg_database and pg_schema; bootstrap first if this is a new install.</source>
        <translation>pg_database und pg_schema prüfen; bei einer Neuinstallation zuerst per Bootstrap anlegen.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Choose a writable snapshot directory.</source>
        <translation>Ein beschreibbares Snapshot-Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
    <message>
        <source>The Kong schema of database %1 is now empty: keep Kong stopped, fix the cause and restore again from %2 (the file is unchanged), or restore into a new database.</source>
        <translation>Das Kong-Schema der Datenbank %1 ist jetzt leer: Kong gestoppt lassen, die Ursache beheben und erneut aus %2 wiederherstellen (die Datei ist unverändert), oder in eine neue Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>Nothing was changed: fix the cause and try again.</source>
        <translation>Nichts wurde geändert: die Ursache beheben und erneut versuchen.</translation>
    </message>
    <message>
        <source>Restoring in place replaces the Kong schema of %1.</source>
        <translation>Eine Wiederherstellung an Ort und Stelle ersetzt das Kong-Schema von %1.</translation>
    </message>
    <message>
        <source>Confirm the restore first, or restore into a new database.</source>
        <translation>Zuerst die Wiederherstellung bestätigen oder in eine neue Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>Invalid database name: %1</source>
        <translation>Ungültiger Datenbankname: %1</translation>
    </message>
    <message>
        <source>Use at most 63 bytes and no &apos;=&apos;.</source>
        <translation>Höchstens 63 Bytes und kein &apos;=&apos; verwenden.</translation>
    </message>
    <message>
        <source>The snapshot holds schema &quot;%1&quot; but the connection uses schema &quot;%2&quot;.</source>
        <translation>Der Snapshot enthält das Schema &quot;%1&quot;, die Verbindung nutzt aber das Schema &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Set pg_schema to the snapshot&apos;s schema, or restore into a new database.</source>
        <translation>pg_schema auf das Schema des Snapshots setzen oder in eine neue Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>Choose a database name that does not exist yet.</source>
        <translation>Einen Datenbanknamen wählen, den es noch nicht gibt.</translation>
    </message>
</context>
<context>
    <name>kuw::core::Status</name>
    <message>
        <source>Server:      PostgreSQL %1
</source>
        <translation>Server:        PostgreSQL %1
</translation>
    </message>
    <message>
        <source>Connected:   %1@%2, schema %3%4
</source>
        <translation>Verbunden:     %1@%2, Schema %3%4
</translation>
    </message>
    <message>
        <source> (no CREATE privilege)</source>
        <translation> (kein CREATE-Recht)</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta exists but this role cannot read it (Kong would report &apos;needs bootstrap&apos;)
</source>
        <translation>Kong-Schema: schema_meta existiert, aber diese Rolle kann es nicht lesen (Kong würde &apos;needs bootstrap&apos; melden)
</translation>
    </message>
    <message>
        <source>Kong schema: none (database needs bootstrapping)
</source>
        <translation>Kong-Schema: keines (Datenbank muss per Bootstrap angelegt werden)
</translation>
    </message>
    <message>
        <source>Kong schema: schema_meta is empty (bootstrapped, every migration new)
</source>
        <translation>Kong-Schema: schema_meta ist leer (per Bootstrap angelegt, jede Migration neu)
</translation>
    </message>
    <message>
        <source>Kong schema: %1 subsystem(s)
</source>
        <translation>Kong-Schema: %1 Subsystem(e)
</translation>
    </message>
    <message>
        <source>  %1  executed: %2
</source>
        <translation>  %1  ausgeführt: %2
</translation>
    </message>
    <message>
        <source>  %1  pending:  %2
</source>
        <translation>  %1  ausstehend: %2
</translation>
    </message>
    <message>
        <source>Migration lock: locks table missing
</source>
        <translation>Migrationssperre: Tabelle locks fehlt
</translation>
    </message>
    <message>
        <source>Migration lock: free
</source>
        <translation>Migrationssperre: frei
</translation>
    </message>
    <message>
        <source>Migration lock: stale row from %1, expired %2 s ago (the next run takes it over)
</source>
        <translation>Migrationssperre: veraltete Zeile von %1, vor %2 s abgelaufen (der nächste Lauf übernimmt sie)
</translation>
    </message>
    <message>
        <source>Migration lock: HELD by %1, expires in %2 s
</source>
        <translation>Migrationssperre: GEHALTEN von %1, läuft in %2 s ab
</translation>
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
        <source>New</source>
        <translation>Neue</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alte</translation>
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
        <source>Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart shows it.</source>
        <translation>Stufe %1 von %2: Leiten Sie %3 % des Verkehrs auf den neuen Cluster und bestätigen Sie, sobald das Diagramm es zeigt.</translation>
    </message>
    <message>
        <source>Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7</source>
        <translation>Alter Cluster: %1 Anf./s (%2 aktiv, %3 ausgefallen) · Neuer Cluster: %4 Anf./s (%5 aktiv, %6 ausgefallen) · Anteil neu: %7</translation>
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
    <message>
        <source>New nodes configured against the new datastore</source>
        <translation>Neue Knoten gegen den neuen Datenspeicher konfiguriert</translation>
    </message>
    <message>
        <source>D&amp;ata Planes</source>
        <translation>D&amp;ata Planes</translation>
    </message>
    <message>
        <source>The new cluster runs on its own datastore. Bring up the new nodes, move traffic to them in stages and retire the old ones.</source>
        <translation>Der neue Cluster läuft auf einem eigenen Datenspeicher. Starten Sie die neuen Knoten, verlagern Sie den Verkehr stufenweise auf sie und nehmen Sie die alten außer Betrieb.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Admin API changes on the old cluster are not carried over.&lt;/b&gt; Make them on the new cluster only; the next page lists what changed on the old datastore since the export.</source>
        <translation>&lt;b&gt;Admin-API-Änderungen am alten Cluster werden nicht übernommen.&lt;/b&gt; Nehmen Sie sie nur am neuen Cluster vor; die nächste Seite listet auf, was sich seit dem Export im alten Datenspeicher geändert hat.</translation>
    </message>
    <message>
        <source>%1 nodes, line %2: “%3” is not an Admin API URL. Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.</source>
        <translation>%1 Knoten, Zeile %2: „%3“ ist keine Admin-API-URL. Schreiben Sie sie als http(s)://host:port, z. B. http://10.0.0.5:8001.</translation>
    </message>
    <message>
        <source>List at least one old and one new node&apos;s Admin API URL.</source>
        <translation>Geben Sie mindestens je eine Admin-API-URL eines alten und eines neuen Knotens an.</translation>
    </message>
    <message>
        <source>Old version: “%1” is not a Kong version, e.g. 2.0.</source>
        <translation>Alte Version: „%1“ ist keine Kong-Version, z. B. 2.0.</translation>
    </message>
    <message>
        <source>Some nodes did not pass: see the Result column, fix them and verify again.</source>
        <translation>Einige Knoten haben die Prüfung nicht bestanden: siehe Spalte „Ergebnis“; beheben Sie die Ursache und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Stages cannot change once one is confirmed.</source>
        <translation>Die Stufen können nicht mehr geändert werden, sobald eine bestätigt ist.</translation>
    </message>
    <message>
        <source>Warning: the new cluster answers more 5xx than the old one — hold the stage and check its logs.</source>
        <translation>Warnung: Der neue Cluster liefert mehr 5xx als der alte — halten Sie die Stufe und prüfen Sie seine Logs.</translation>
    </message>
    <message>
        <source>Could not read the datastore: %1 %2</source>
        <translation>Der Datenspeicher konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>All %1 checkpoints passed: next, the changes made on the old datastore since the export.</source>
        <translation>Alle %1 Prüfpunkte bestanden: als Nächstes die Änderungen am alten Datenspeicher seit dem Export.</translation>
    </message>
    <message>
        <source>Read from the datastore&apos;s clustering_data_planes table: the Control Plane&apos;s Admin API did not list its Data Planes (%1).</source>
        <translation>Aus der Tabelle clustering_data_planes des Datenspeichers gelesen: die Admin API der Control Plane hat ihre Data Planes nicht aufgelistet (%1).</translation>
    </message>
    <message>
        <source>The datastore&apos;s clustering_data_planes table could not be read either: %1</source>
        <translation>Auch die Tabelle clustering_data_planes des Datenspeichers ließ sich nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Data Plane(s) on %1 (read from clustering_data_planes)</source>
        <translation>
            <numerusform>%n Data Plane auf %1 (aus clustering_data_planes gelesen)</numerusform>
            <numerusform>%n Data Planes auf %1 (aus clustering_data_planes gelesen)</numerusform>
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
    <name>kuw::ui::DataPlanesView</name>
    <message>
        <source>Data Planes of the new Control Plane</source>
        <translation>Data Planes der neuen Control Plane</translation>
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
        <translation>Version</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The new Control Plane runs first. Then replace or upgrade the Data Planes one by one; this list is polled from the Control Plane and the checkpoint passes once every Data Plane reports the target version.</source>
        <translation>Zuerst läuft die neue Control Plane. Ersetzen oder aktualisieren Sie dann die Data Planes eine nach der anderen; diese Liste wird von der Control Plane abgefragt, und der Checkpoint ist bestanden, sobald jede Data Plane die Zielversion meldet.</translation>
    </message>
    <message>
        <source>Waiting for the new Control Plane to be verified on the Control Plane tab.</source>
        <translation>Warte, bis die neue Control Plane im Tab „Control Plane“ verifiziert ist.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>OK: on %1</source>
        <translation>OK: läuft mit %1</translation>
    </message>
    <message>
        <source>Old version: upgrade or replace it with %1</source>
        <translation>Alte Version: auf %1 aktualisieren oder ersetzen</translation>
    </message>
    <message>
        <source>The Control Plane did not list its Data Planes: %1</source>
        <translation>Die Control Plane hat ihre Data Planes nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>No Data Plane is connected to the new Control Plane yet (%1).</source>
        <translation>Noch ist keine Data Plane mit der neuen Control Plane verbunden (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 Data Plane(s) still on an old version (polled %3).</source>
        <translation>%1 von %2 Data Plane(s) noch auf einer alten Version (abgefragt %3).</translation>
    </message>
    <message>
        <source>All %1 Data Plane(s) run %2 (polled %3).</source>
        <translation>Alle %1 Data Plane(s) laufen mit %2 (abgefragt %3).</translation>
    </message>
</context>
<context>
    <name>kuw::ui::DemoSession</name>
    <message>
        <source>Starting the embedded demo PostgreSQL and seeding a Kong datastore…</source>
        <translation>Eingebettete Demo-PostgreSQL wird gestartet und ein Kong-Datenspeicher befüllt…</translation>
    </message>
    <message>
        <source>Preparing the demo: %1</source>
        <translation>Demo wird vorbereitet: %1</translation>
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
    <name>kuw::ui::ParallelDecommissionPage</name>
    <message>
        <source>Decommission the old datastore</source>
        <translation>Alten Datenspeicher außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>The old cluster&apos;s datastore is the way back until you retire it. Confirm each step; the wizard never drops it.</source>
        <translation>Der Datenspeicher des alten Clusters ist der Weg zurück, bis Sie ihn außer Betrieb nehmen. Bestätigen Sie jeden Schritt; der Assistent löscht ihn nie.</translation>
    </message>
    <message>
        <source>All traffic is served by the new cluster (every cutover checkpoint passed)</source>
        <translation>Der gesamte Verkehr wird vom neuen Cluster bedient (jeder Umschalt-Checkpoint bestanden)</translation>
    </message>
    <message>
        <source>The old Kong nodes are stopped, so nothing writes to the old datastore any more</source>
        <translation>Die alten Kong-Knoten sind gestoppt, sodass nichts mehr in den alten Datenspeicher schreibt</translation>
    </message>
    <message>
        <source>The changes listed since the export were carried over or knowingly dropped</source>
        <translation>Die seit dem Export aufgelisteten Änderungen wurden übernommen oder bewusst verworfen</translation>
    </message>
    <message>
        <source>A final backup of the old datastore is stored (pg_dump), with its retention period agreed</source>
        <translation>Eine abschließende Sicherung des alten Datenspeichers ist abgelegt (pg_dump), mit vereinbarter Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Monitoring and kong.conf of every remaining system point at the new datastore only</source>
        <translation>Monitoring und kong.conf aller verbleibenden Systeme zeigen nur noch auf den neuen Datenspeicher</translation>
    </message>
    <message>
        <source>How to drop the old database later</source>
        <translation>So löschen Sie die alte Datenbank später</translation>
    </message>
    <message>
        <source>Only after the retention period, and by hand (this wizard never runs it):&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;Until then the old cluster can be started again against it as the way back.</source>
        <translation>Erst nach Ablauf der Aufbewahrungsfrist und von Hand (dieser Assistent führt es nie aus):&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;Bis dahin kann der alte Cluster als Weg zurück wieder dagegen gestartet werden.</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelDiffPage</name>
    <message>
        <source>Changes since the export</source>
        <translation>Änderungen seit dem Export</translation>
    </message>
    <message>
        <source>Before the final cutover: entities created, changed or deleted on the old cluster after the export were not carried over. The old and new datastores are compared by primary key and content.</source>
        <translation>Vor der endgültigen Umschaltung: Entitäten, die nach dem Export am alten Cluster erstellt, geändert oder gelöscht wurden, wurden nicht übernommen. Alter und neuer Datenspeicher werden nach Primärschlüssel und Inhalt verglichen.</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Vergleichsergebnis</translation>
    </message>
    <message>
        <source>&amp;Compare again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the old and new datastores</source>
        <translation>Alten und neuen Datenspeicher vergleichen</translation>
    </message>
    <message>
        <source>Differences per entity type</source>
        <translation>Unterschiede je Entitätstyp</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Entities that differ</source>
        <translation>Abweichende Entitäten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <source>To carry them over, repeat the change through the new cluster&apos;s Admin API (or decK), or bootstrap a fresh new datastore and run the transfer again before moving more traffic.</source>
        <translation>Um sie zu übernehmen, wiederholen Sie die Änderung über die Admin API des neuen Clusters (oder decK), oder bootstrappen Sie einen frischen neuen Datenspeicher und führen Sie die Übertragung erneut aus, bevor Sie mehr Verkehr verlagern.</translation>
    </message>
    <message>
        <source>Comparing the old and new datastores…</source>
        <translation>Vergleiche alten und neuen Datenspeicher…</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>dem Export</translation>
    </message>
    <message numerus="yes">
        <source>No differences: the new datastore holds exactly what the old one holds (%n entity types compared).</source>
        <translation>
            <numerusform>Keine Unterschiede: Der neue Datenspeicher enthält genau, was der alte enthält (%n Entitätstyp verglichen).</numerusform>
            <numerusform>Keine Unterschiede: Der neue Datenspeicher enthält genau, was der alte enthält (%n Entitätstypen verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2 created, %3 changed, %4 deleted on the old datastore — not in the new one.</source>
        <translation>Seit %1: %2 erstellt, %3 geändert, %4 gelöscht im alten Datenspeicher — nicht im neuen.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Entity types that cannot be compared</source>
        <translation>Entitätstypen, die sich nicht vergleichen lassen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the old datastore (its Kong version predates it), %n row(s) on the new one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: keine solche Tabelle im alten Datenspeicher (seine Kong-Version ist älter), %n Zeile im neuen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: keine solche Tabelle im alten Datenspeicher (seine Kong-Version ist älter), %n Zeilen im neuen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: no such table on the new datastore, %n row(s) on the old one</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: keine solche Tabelle im neuen Datenspeicher, %n Zeile im alten</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: keine solche Tabelle im neuen Datenspeicher, %n Zeilen im alten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not comparable (their rows count neither as created nor as deleted):</source>
        <translation>Nicht vergleichbar (ihre Zeilen zählen weder als erstellt noch als gelöscht):</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTargetPage</name>
    <message>
        <source>New datastore</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <source>An empty PostgreSQL database or schema for the new cluster. Create it first (e.g. CREATE DATABASE kong_new OWNER kong;); the wizard bootstraps it at the target version.</source>
        <translation>Eine leere PostgreSQL-Datenbank oder ein leeres Schema für den neuen Cluster. Legen Sie sie zuerst an (z. B. CREATE DATABASE kong_new OWNER kong;); der Assistent bootstrappt sie auf der Zielversion.</translation>
    </message>
    <message>
        <source>Cassandra: this wizard reaches Cassandra only through the external Kong CLI executor. Create a new keyspace, run &apos;kong migrations bootstrap&apos; with a kong.conf naming it, then &apos;kong config db_export&apos; on an old node and &apos;kong config db_import&apos; on a new one.</source>
        <translation>Cassandra: Dieser Assistent erreicht Cassandra nur über den externen Kong-CLI-Executor. Legen Sie einen neuen Keyspace an, führen Sie &apos;kong migrations bootstrap&apos; mit einer kong.conf aus, die ihn nennt, dann &apos;kong config db_export&apos; auf einem alten Knoten und &apos;kong config db_import&apos; auf einem neuen.</translation>
    </message>
    <message>
        <source>Cassandra keyspaces</source>
        <translation>Cassandra-Keyspaces</translation>
    </message>
    <message>
        <source>From the old datastore&apos;s connection, with a new database name</source>
        <translation>Aus der Verbindung des alten Datenspeichers, mit einem neuen Datenbanknamen</translation>
    </message>
    <message>
        <source>This is the old datastore. The parallel path needs a different database or schema.</source>
        <translation>Das ist der alte Datenspeicher. Der parallele Pfad braucht eine andere Datenbank oder ein anderes Schema.</translation>
    </message>
</context>
<context>
    <name>kuw::ui::ParallelTransferPage</name>
    <message>
        <source>Bootstrap, export and import</source>
        <translation>Bootstrap, Export und Import</translation>
    </message>
    <message>
        <source>The new datastore is bootstrapped at the target version, the old one is exported (read only) and the export is imported into the new one in a single transaction. Then every entity type is counted on both sides.</source>
        <translation>Der neue Datenspeicher wird auf der Zielversion gebootstrappt, der alte wird exportiert (nur lesend), und der Export wird in einer einzigen Transaktion in den neuen importiert. Dann wird jeder Entitätstyp auf beiden Seiten gezählt.</translation>
    </message>
    <message>
        <source>Folder for the export file</source>
        <translation>Ordner für die Exportdatei</translation>
    </message>
    <message>
        <source>The export holds credentials: it is written readable by you only.</source>
        <translation>Der Export enthält Zugangsdaten: Er wird nur für Sie lesbar geschrieben.</translation>
    </message>
    <message>
        <source>Import a file written by the old Kong&apos;s &apos;kong config db_export&apos; instead</source>
        <translation>Stattdessen eine Datei importieren, die &apos;kong config db_export&apos; des alten Kong geschrieben hat</translation>
    </message>
    <message>
        <source>Import an existing export file</source>
        <translation>Eine vorhandene Exportdatei importieren</translation>
    </message>
    <message>
        <source>Export file to import</source>
        <translation>Zu importierende Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Run transfer</source>
        <translation>Übertragung &amp;starten</translation>
    </message>
    <message>
        <source>Transfer running</source>
        <translation>Übertragung läuft</translation>
    </message>
    <message>
        <source>Transfer result</source>
        <translation>Ergebnis der Übertragung</translation>
    </message>
    <message>
        <source>Problems in the export file</source>
        <translation>Probleme in der Exportdatei</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Entity counts, old and new</source>
        <translation>Entitätsanzahlen, alt und neu</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Transfer log</source>
        <translation>Übertragungsprotokoll</translation>
    </message>
    <message>
        <source>Export &amp;folder:</source>
        <translation>Export-&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Old: %1&lt;br&gt;New: %2 (bootstrapped at Kong %3 if empty)</source>
        <translation>Alt: %1&lt;br&gt;Neu: %2 (auf Kong %3 gebootstrappt, falls leer)</translation>
    </message>
    <message>
        <source>The import writes Kong 2.5&apos;s schema: choose Kong 2.5 or newer as the target on the Version page.</source>
        <translation>Der Import schreibt das Schema von Kong 2.5: Wählen Sie auf der Seite „Version“ Kong 2.5 oder neuer als Ziel.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Kong declarative files (*.yml *.yaml)</source>
        <translation>Deklarative Kong-Dateien (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Choose the export file to import.</source>
        <translation>Wählen Sie die zu importierende Exportdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>export to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>The %1 step failed: %2</source>
        <translation>Der Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The new datastore was left as it was; fix the cause and run the transfer again.</source>
        <translation>Der neue Datenspeicher blieb unverändert; beheben Sie die Ursache und führen Sie die Übertragung erneut aus.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message numerus="yes">
        <source>Transfer complete: %n entities on each side, every count matches.</source>
        <translation>
            <numerusform>Übertragung abgeschlossen: %n Entität auf jeder Seite, jede Anzahl stimmt.</numerusform>
            <numerusform>Übertragung abgeschlossen: %n Entitäten auf jeder Seite, jede Anzahl stimmt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but %n entity type(s) differ: was the old cluster changed during the transfer? The comparison before the cutover lists the differences.</source>
        <translation>
            <numerusform>Importiert, aber %n Entitätstyp weicht ab: Wurde der alte Cluster während der Übertragung geändert? Der Vergleich vor der Umschaltung listet die Unterschiede auf.</numerusform>
            <numerusform>Importiert, aber %n Entitätstypen weichen ab: Wurde der alte Cluster während der Übertragung geändert? Der Vergleich vor der Umschaltung listet die Unterschiede auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation>Übertragung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running transfer</source>
        <translation>Laufende Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Stops the export or rolls the import back: nothing is imported into the new datastore.</source>
        <translation>Hält den Export an oder setzt den Import zurück: in den neuen Datenspeicher wird nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelling: a running bootstrap ends first, an import rolls back…</source>
        <translation>Wird abgebrochen: ein laufender Bootstrap endet zuerst, ein Import wird zurückgesetzt…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %1: %n row(s)…</source>
        <translation>
            <numerusform>Exportiere %1: %n Zeile…</numerusform>
            <numerusform>Exportiere %1: %n Zeilen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %n row(s)…</source>
        <translation>
            <numerusform>Importiere %1: %n Zeile…</numerusform>
            <numerusform>Importiere %1: %n Zeilen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer cancelled during the %1 step: nothing was imported into the new datastore. Run the transfer again when ready.</source>
        <translation>Übertragung im Schritt %1 abgebrochen: in den neuen Datenspeicher wurde nichts importiert. Die Übertragung erneut ausführen, wenn bereit.</translation>
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
    <message>
        <source>done</source>
        <comment>step outcome</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>step outcome</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>step outcome</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <comment>step outcome</comment>
        <translation>nicht ausgeführt</translation>
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
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Choose a snapshot made on the Snapshot page (they are kept in %1).</source>
        <translation>Wählen Sie einen auf der Snapshot-Seite erstellten Snapshot (sie liegen in %1).</translation>
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
    <message>
        <source>done</source>
        <comment>journal event</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>journal event</comment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <comment>journal event</comment>
        <translation>bestätigt</translation>
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
    <name>kuw::ui::Severity</name>
    <message>
        <source>blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
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
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s), %2 ms, %3</source>
        <translation>
            <numerusform>%1: %n Schritt, %2 ms, %3</numerusform>
            <numerusform>%1: %n Schritte, %2 ms, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The new cluster runs Kong %1 on %2.
Keep the old datastore until its retention period ends; drop it by hand.
</source>
        <translation>Der neue Cluster läuft mit Kong %1 auf %2.
Behalten Sie den alten Datenspeicher bis zum Ende seiner Aufbewahrungsfrist; löschen Sie ihn von Hand.
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
    <message>
        <source>Upgrade path</source>
        <translation>Upgrade-Pfad</translation>
    </message>
    <message>
        <source>In place: both versions share the datastore (up, cutover, finish)</source>
        <translation>In place: Beide Versionen teilen sich den Datenspeicher (up, Umschaltung, finish)</translation>
    </message>
    <message>
        <source>Parallel datastore: export, then import into a new database</source>
        <translation>Paralleler Datenspeicher: Export, dann Import in eine neue Datenbank</translation>
    </message>
    <message>
        <source>The new cluster gets its own database or schema, bootstrapped at the target version and filled from an export of this one. Nothing is shared and there is no &apos;finish&apos;: the old cluster and its datastore stay untouched as the way back. But Admin API changes made on the old cluster after the export are not carried over: before the final cutover the wizard compares both datastores and lists them.</source>
        <translation>Der neue Cluster erhält eine eigene Datenbank oder ein eigenes Schema, auf der Zielversion gebootstrappt und aus einem Export dieses Datenspeichers befüllt. Nichts wird geteilt, und es gibt kein &apos;finish&apos;: Der alte Cluster und sein Datenspeicher bleiben als Weg zurück unberührt. Admin-API-Änderungen am alten Cluster nach dem Export werden jedoch nicht übernommen: Vor der endgültigen Umschaltung vergleicht der Assistent beide Datenspeicher und listet sie auf.</translation>
    </message>
    <message>
        <source>The new nodes run against this datastore after &apos;up&apos;; the old ones keep working until &apos;finish&apos;, which is the point of no return. Admin API changes must wait until finish.</source>
        <translation>Die neuen Knoten laufen nach &apos;up&apos; gegen diesen Datenspeicher; die alten arbeiten bis &apos;finish&apos; weiter, dem Punkt ohne Rückkehr. Admin-API-Änderungen müssen bis zum finish warten.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
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
    <message>
        <source>D&amp;emo: an embedded, throwaway PostgreSQL and simulated Kong nodes (training)</source>
        <translation>D&amp;emo: eine eingebettete Wegwerf-PostgreSQL und simulierte Kong-Knoten (Schulung)</translation>
    </message>
</context>
</TS>
