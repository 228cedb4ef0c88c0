<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test input for TranslationFilesTest: one entry of each kind the check must catch or accept. -->
<TS version="2.1" language="de">
<context>
    <name>Sample</name>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Copied %1 of %2</source>
        <translation>%2 von %1 kopiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">Alter Text</translation>
    </message>
    <message>
        <source>Value %L1</source>
        <translation>Wert %L1 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>Befunde</numerusform>
        </translation>
    </message>
</context>
</TS>
