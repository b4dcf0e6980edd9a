<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/about_dialog.py" line="29"/>
        <source>About CVI Companion</source>
        <translation>Über CVI Companion</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/about_dialog.py" line="21"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/about_dialog.py" line="13"/>
        <source>Reminders, a cramp log and guides for people living with chronic venous insufficiency and leg cramps. Everything stays on this computer: no account, no network.</source>
        <translation>Erinnerungen, ein Krampftagebuch und Ratgeber für Menschen mit chronischer Veneninsuffizienz und Beinkrämpfen. Alles bleibt auf diesem Computer: kein Konto, kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/about_dialog.py" line="18"/>
        <source>This app does not replace a clinician. For urgent help call your local emergency number.</source>
        <translation>Diese App ersetzt keine ärztliche Beratung. In dringenden Fällen rufen Sie bitte Ihre örtliche Notrufnummer an.</translation>
    </message>
</context>
<context>
    <name>BackgroundExport</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/export_worker.py" line="112"/>
        <source>Exported %Ln entry(ies) to {path}.</source>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/export_worker.py" line="107"/>
        <source>Exporting %Ln entry(ies)…</source>
        <translation>
            <numerusform>%Ln Eintrag wird exportiert…</numerusform>
            <numerusform>%Ln Einträge werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/export_worker.py" line="97"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/export_worker.py" line="115"/>
        <source>Nothing exported: {problem}</source>
        <translation>Nichts exportiert: {problem}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="255"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="418"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="426"/>
        <source>{category}: {values}</source>
        <translation>{category}: {values}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="213"/>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="209"/>
        <source>{name}: {value} ({share})</source>
        <translation>{name}: {value} ({share})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="421"/>
        <source>{series} {value}</source>
        <translation>{series} {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/charts.py" line="411"/>
        <location filename="../../cvi_companion/ui/charts.py" line="431"/>
        <source>{title}: {values}.</source>
        <translation>{title}: {values}.</translation>
    </message>
</context>
<context>
    <name>ClosePolicy</name>
    <message>
        <location filename="../../cvi_companion/ui/close_policy.py" line="75"/>
        <source>&amp;Keep running in the background</source>
        <translation>Im &amp;Hintergrund weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/close_policy.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/close_policy.py" line="60"/>
        <source>CVI Companion can keep running in the background. To open the window again, start CVI Companion again; to log a cramp from a terminal, run: cvi-companion quick-log

You will not be asked again.</source>
        <translation>CVI Companion kann im Hintergrund weiterlaufen. Um das Fenster wieder zu öffnen, starten Sie CVI Companion noch einmal; um einen Krampf im Terminal einzutragen, geben Sie ein: cvi-companion quick-log

Diese Frage kommt nicht noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/close_policy.py" line="54"/>
        <source>CVI Companion keeps running in the tray, so your reminders still come. Click the icon to open it again, or choose Quit in its menu.</source>
        <translation>CVI Companion läuft im Infobereich weiter, damit Ihre Erinnerungen weiterhin kommen. Klicken Sie auf das Symbol, um das Fenster wieder zu öffnen, oder wählen Sie in seinem Menü „Beenden“.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/close_policy.py" line="59"/>
        <source>Keep your reminders coming after you close this window?</source>
        <translation>Sollen Ihre Erinnerungen weiter kommen, wenn Sie dieses Fenster schließen?</translation>
    </message>
</context>
<context>
    <name>CrampLogTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="301"/>
        <source>%Ln entry(ies) moved to the trash.</source>
        <translation>
            <numerusform>%Ln Eintrag in den Papierkorb gelegt.</numerusform>
            <numerusform>%Ln Einträge in den Papierkorb gelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="104"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="78"/>
        <source>&amp;No cramps last night</source>
        <translation>&amp;Keine Krämpfe letzte Nacht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="111"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="157"/>
        <source>A cramp is logged for the night of {night} ({time}), so that night counts as a night with a cramp.</source>
        <translation>Für die Nacht vom {night} ist ein Krampf eingetragen ({time}), darum zählt diese Nacht als Nacht mit Krampf.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="332"/>
        <source>Add details</source>
        <translation>Details ergänzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="105"/>
        <source>Change the selected entry (Enter or double-click)</source>
        <translation>Den ausgewählten Eintrag ändern (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="345"/>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="353"/>
        <source>Could not undo: {problem}</source>
        <translation>Rückgängig machen war nicht möglich: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="326"/>
        <source>Cramp logged at {time} ({where}).</source>
        <translation>Krampf eingetragen um {time} ({where}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="322"/>
        <source>Cramp logged at {time} on {day} ({where}).</source>
        <translation>Krampf eingetragen: {day} um {time} ({where}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="108"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="64"/>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="72"/>
        <source>Log a cramp now ({keys})</source>
        <translation>Jetzt einen Krampf eintragen ({keys})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="109"/>
        <source>Move the selected entries to the trash (Delete)</source>
        <translation>Die ausgewählten Einträge in den Papierkorb legen (Entf)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="93"/>
        <source>No cramps logged yet. Press Log a cramp ({keys}) when one happens.</source>
        <translation>Noch keine Krämpfe eingetragen. Wenn ein Krampf kommt, drücken Sie „Krampf eintragen“ ({keys}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="97"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="216"/>
        <source>None of %Ln entry(ies)</source>
        <translation>
            <numerusform>Keiner von %Ln Eintrag</numerusform>
            <numerusform>Keiner von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="81"/>
        <source>Record last night as free of cramps: the insights need good nights, not only bad ones</source>
        <translation>Die letzte Nacht als krampffrei eintragen: Für die Auswertung zählen auch die guten Nächte, nicht nur die schlechten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="173"/>
        <source>Recorded: no cramps in the night of {night}.</source>
        <translation>Eingetragen: keine Krämpfe in der Nacht vom {night}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="337"/>
        <source>Removed. It is in the trash, should you want it back.</source>
        <translation>Entfernt. Der Eintrag liegt im Papierkorb, falls Sie ihn zurückhaben möchten.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="112"/>
        <source>See deleted entries, restore them or delete them for good</source>
        <translation>Gelöschte Einträge ansehen, wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="275"/>
        <source>That entry is no longer in the log.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="169"/>
        <source>The night of {night} is already recorded as free of cramps.</source>
        <translation>Die Nacht vom {night} ist schon als krampffrei eingetragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="75"/>
        <source>or press {keys} anywhere in this window</source>
        <translation>oder drücken Sie {keys} irgendwo in diesem Fenster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="222"/>
        <source>{shown} of %Ln entry(ies)</source>
        <translation>
            <numerusform>{shown} von %Ln Eintrag</numerusform>
            <numerusform>{shown} von %Ln Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrampTableModel</name>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="212"/>
        <source>Cramp on {started}, {where}</source>
        <translation>Krampf am {started}, {where}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="87"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="95"/>
        <source>How strong, from 0 (barely) to 10 (worst imaginable)</source>
        <translation>Wie stark, von 0 (kaum) bis 10 (schlimmer geht es nicht)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="86"/>
        <location filename="../../cvi_companion/ui/cramp_table_view.py" line="27"/>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="83"/>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="98"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="215"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="215"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="90"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="84"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="82"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="94"/>
        <source>The night it belongs to: a cramp before 4 a.m. counts for the evening before</source>
        <translation>Die Nacht, zu der er gehört: Ein Krampf vor 4 Uhr morgens zählt zum Abend davor</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="89"/>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="93"/>
        <source>When the cramp started, in the local time it was logged in</source>
        <translation>Wann der Krampf begann, in der Ortszeit, in der er eingetragen wurde</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="85"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="96"/>
        <source>Whether the cramp woke you up</source>
        <translation>Ob der Krampf Sie geweckt hat</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="88"/>
        <location filename="../../cvi_companion/ui/cramp_table_view.py" line="30"/>
        <source>Woke me</source>
        <translation>Geweckt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="98"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="243"/>
        <source>soreness afterwards: {soreness}</source>
        <translation>Schmerzen danach: {soreness}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_model.py" line="245"/>
        <source>tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
</context>
<context>
    <name>CrampTableView</name>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_view.py" line="65"/>
        <source>Logged cramps</source>
        <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/cramp_table_view.py" line="67"/>
        <source>One row per cramp, newest first. Enter opens the selected entry, Delete moves it to the trash.</source>
        <translation>Eine Zeile pro Krampf, der neueste zuerst. Die Eingabetaste öffnet den ausgewählten Eintrag, Entf legt ihn in den Papierkorb.</translation>
    </message>
</context>
<context>
    <name>Cramps</name>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="111"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="82"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="85"/>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="96"/>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="109"/>
        <source>Exercise</source>
        <translation>Sport oder Bewegung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="86"/>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="95"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="110"/>
        <source>Hot weather</source>
        <translation>Heißes Wetter</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="80"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="114"/>
        <source>Legs elevated that day</source>
        <translation>Beine an dem Tag hochgelegt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="108"/>
        <source>Long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="107"/>
        <source>Long standing</source>
        <translation>Langes Stehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="94"/>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="102"/>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="103"/>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="112"/>
        <source>New medicine</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="101"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="97"/>
        <source>Nothing helped</source>
        <translation>Nichts hat geholfen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="89"/>
        <source>Other</source>
        <translation>Andere Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="81"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="104"/>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="88"/>
        <source>Shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="98"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="113"/>
        <source>Stockings worn that day</source>
        <translation>Kompressionsstrümpfe an dem Tag getragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="115"/>
        <source>Stretched before bed</source>
        <translation>Vor dem Schlafen gedehnt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="92"/>
        <source>Stretching or flexing the foot</source>
        <translation>Dehnen oder Anziehen des Fußes</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="87"/>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="93"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../cvi_companion/app/crash_reporter.py" line="98"/>
        <source>Sorry, something went wrong.</source>
        <translation>Entschuldigung, da ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/crash_reporter.py" line="107"/>
        <source>Your logged cramps are safe. If this keeps happening, restarting the app usually helps.</source>
        <translation>Ihre eingetragenen Krämpfe sind sicher. Wenn das öfter passiert, hilft meist ein Neustart der App.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/crash_reporter.py" line="101"/>
        <source>Your logged cramps are safe. The details were written to {path}. If this keeps happening, restarting the app usually helps.</source>
        <translation>Ihre eingetragenen Krämpfe sind sicher. Die Einzelheiten stehen in {path}. Wenn das öfter passiert, hilft meist ein Neustart der App.</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="130"/>
        <source>&amp;All dates</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="182"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="199"/>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="142"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="167"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="184"/>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="144"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="180"/>
        <source>A backup is made once a day while the app runs; the newest 7 are kept.</source>
        <translation>Solange die App läuft, wird einmal am Tag eine Sicherung erstellt; die neuesten 7 werden aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="161"/>
        <source>Add what is &amp;new and update what changed</source>
        <translation>&amp;Neues hinzufügen und Geändertes aktualisieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="168"/>
        <source>Add what is new and update what changed</source>
        <translation>Neues hinzufügen und Geändertes aktualisieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="245"/>
        <source>Also delete the backups</source>
        <translation>Auch die Sicherungen löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="182"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="341"/>
        <source>Backed up to {path}.</source>
        <translation>Gesichert in {path}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="179"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="348"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="58"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="295"/>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV oder JSON (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="122"/>
        <source>CSV: one row per cramp</source>
        <translation>CSV: eine Zeile pro Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="197"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="199"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="237"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="247"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="120"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="212"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="124"/>
        <source>Export format</source>
        <translation>Export-Format</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="135"/>
        <source>Export from</source>
        <translation>Export ab</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="142"/>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="135"/>
        <source>Export until</source>
        <translation>Export bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="128"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="160"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="295"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="167"/>
        <source>Import a CSV or JSON file</source>
        <translation>Eine CSV- oder JSON-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="330"/>
        <source>Imported from {file}.
{summary}</source>
        <translation>Aus {file} importiert.
{summary}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="326"/>
        <source>Imported from {file}.
{summary}
The log as it was is kept in {backup}.</source>
        <translation>Aus {file} importiert.
{summary}
Das Krampftagebuch im vorherigen Stand ist in {backup} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="59"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="123"/>
        <source>JSON: everything (cramps, reminders, settings)</source>
        <translation>JSON: alles (Krämpfe, Erinnerungen, Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="339"/>
        <source>No backup made: {problem}</source>
        <translation>Keine Sicherung erstellt: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="266"/>
        <source>Nothing exported: the first date is after the last.</source>
        <translation>Nichts exportiert: Das erste Datum liegt nach dem letzten.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="309"/>
        <source>Nothing imported. {file} cannot be read:
{problems}</source>
        <translation>Nichts importiert. {file} kann nicht gelesen werden:
{problems}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="315"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="322"/>
        <source>Nothing imported: {problem}</source>
        <translation>Nichts importiert: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="355"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="371"/>
        <source>Nothing restored: {problem}</source>
        <translation>Nichts wiederhergestellt: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="187"/>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="187"/>
        <source>Open the folder with your data</source>
        <translation>Den Ordner mit Ihren Daten öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="162"/>
        <source>Re&amp;place my log with the file</source>
        <translation>Mein Krampftagebuch durch die Datei e&amp;rsetzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="169"/>
        <source>Replace my log with the file</source>
        <translation>Mein Krampftagebuch durch die Datei ersetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="359"/>
        <source>Replace your log with this backup of %n entry(ies)? Your log as it is now is kept as a backup.</source>
        <translation>
            <numerusform>Ihr Krampftagebuch durch diese Sicherung mit %n Eintrag ersetzen? Der jetzige Stand wird als Sicherung aufbewahrt.</numerusform>
            <numerusform>Ihr Krampftagebuch durch diese Sicherung mit %n Einträgen ersetzen? Der jetzige Stand wird als Sicherung aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="366"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="184"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="346"/>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="366"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="377"/>
        <source>Restored %n entry(ies) from {file}.</source>
        <translation>
            <numerusform>%n Eintrag aus {file} wiederhergestellt.</numerusform>
            <numerusform>%n Einträge aus {file} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="375"/>
        <source>Restored %n entry(ies) from {file}. Your log as it was is kept in {kept}.</source>
        <translation>
            <numerusform>%n Eintrag aus {file} wiederhergestellt. Der vorherige Stand Ihres Krampftagebuchs ist in {kept} aufbewahrt.</numerusform>
            <numerusform>%n Einträge aus {file} wiederhergestellt. Der vorherige Stand Ihres Krampftagebuchs ist in {kept} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="238"/>
        <source>This deletes your cramp log, your reminder history and your settings from this computer, and closes the app. It cannot be undone. Files you exported yourself are not touched.</source>
        <translation>Damit werden Ihr Krampftagebuch, der Verlauf Ihrer Erinnerungen und Ihre Einstellungen von diesem Computer gelöscht, und die App wird geschlossen. Das lässt sich nicht rückgängig machen. Dateien, die Sie selbst exportiert haben, bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="92"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="82"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="202"/>
        <source>Your log, reminder history and settings, from this computer.</source>
        <translation>Ihr Krampftagebuch, der Verlauf der Erinnerungen und die Einstellungen auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/data_dialog.py" line="307"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/entry_dialog.py" line="83"/>
        <source>A cramp that lasts more than 10 minutes needs urgent medical advice. With sudden breathlessness or chest pain, call {emergency}.</source>
        <translation>Ein Krampf, der länger als 10 Minuten dauert, braucht dringend ärztlichen Rat. Bei plötzlicher Atemnot oder Schmerzen in der Brust rufen Sie {emergency} an.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_dialog.py" line="68"/>
        <source>Edit the cramp of {day} {time}</source>
        <translation>Krampf vom {day} {time} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_dialog.py" line="72"/>
        <source>Log a cramp with details</source>
        <translation>Krampf mit Details eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_dialog.py" line="93"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_dialog.py" line="164"/>
        <source>choose left, right or both</source>
        <translation>wählen Sie links, rechts oder beide</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="176"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="186"/>
        <source>&amp;How long</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="234"/>
        <source>&amp;Intensity (0–10)</source>
        <translation>&amp;Stärke (0–10)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="268"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="165"/>
        <source>&amp;Started</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="264"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="233"/>
        <source>0 = barely noticeable, 10 = the worst you can imagine</source>
        <translation>0 = kaum spürbar, 10 = das Schlimmste, was Sie sich vorstellen können</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="267"/>
        <source>Anything else worth remembering</source>
        <translation>Was Sie sich sonst merken möchten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="178"/>
        <source>Exact duration in minutes</source>
        <translation>Genaue Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="171"/>
        <source>Exact minutes</source>
        <translation>Genaue Minuten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="227"/>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="188"/>
        <source>It &amp;woke me up</source>
        <translation>Hat mich ge&amp;weckt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="232"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="168"/>
        <location filename="../../cvi_companion/ui/entry_form.py" line="236"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="239"/>
        <source>S&amp;oreness afterwards</source>
        <translation>Sch&amp;merzen danach</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="260"/>
        <source>Tags and note</source>
        <translation>Tags und Notiz</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="253"/>
        <source>That d&amp;ay or evening</source>
        <translation>An dem T&amp;ag oder Abend</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="220"/>
        <source>Wh&amp;ere in the leg</source>
        <translation>W&amp;o im Bein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="244"/>
        <source>What hel&amp;ped</source>
        <translation>Was hat ge&amp;holfen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="156"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="195"/>
        <source>Which &amp;leg</source>
        <translation>Welches B&amp;ein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="263"/>
        <source>comma-separated, for example: new shoes, long drive</source>
        <translation>durch Kommas getrennt, zum Beispiel: neue Schuhe, lange Autofahrt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/entry_form.py" line="161"/>
        <source>ddd {date}  {time}</source>
        <translation>ddd {date}  {time}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="60"/>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="43"/>
        <source>All time</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="57"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="47"/>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="99"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="46"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="45"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="44"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="99"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="48"/>
        <source>S&amp;how</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="50"/>
        <source>Show entries from</source>
        <translation>Einträge zeigen aus</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="62"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/filter_bar.py" line="97"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/formatting.py" line="253"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/formatting.py" line="259"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="36"/>
        <source>1–5 min</source>
        <translation>1–5 Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="37"/>
        <source>5–10 min</source>
        <translation>5–10 Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="38"/>
        <source>Over 10 min</source>
        <translation>Über 10 Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="35"/>
        <source>Under 1 min</source>
        <translation>Unter 1 Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="44"/>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="55"/>
        <source>cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="96"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="101"/>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="106"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="45"/>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="54"/>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="241"/>
        <source>left {places}</source>
        <translation>{places} links</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="53"/>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="61"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="62"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="60"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="56"/>
        <source>nothing helped</source>
        <translation>nichts hat geholfen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="48"/>
        <source>other</source>
        <translation>andere Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="242"/>
        <source>right {places}</source>
        <translation>{places} rechts</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="63"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="47"/>
        <source>shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="57"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="51"/>
        <source>stretching or flexing the foot</source>
        <translation>Dehnen oder Anziehen des Fußes</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="46"/>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="52"/>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="126"/>
        <source>{date} {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="207"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="157"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="154"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="151"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="145"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} Sek.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="235"/>
        <source>{places} and {last}</source>
        <translation>{places} und {last}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="239"/>
        <source>{places}, both legs</source>
        <translation>{places}, beide Beine</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/formatting.py" line="142"/>
        <source>{seconds} s</source>
        <translation>{seconds} Sek.</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <location filename="../../cvi_companion/ui/guides_list.py" line="103"/>
        <source>Guides</source>
        <translation>Ratgeber</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../../cvi_companion/ui/guides_view.py" line="168"/>
        <source>Guide text</source>
        <translation>Text des Ratgebers</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="23"/>
        <source>(opens in your browser)</source>
        <translation>(öffnet sich in Ihrem Browser)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="377"/>
        <source>112 in Europe, 911 in North America, 999 in the UK</source>
        <translation>112 in Europa, 911 in Nordamerika, 999 im Vereinigten Königreich</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="417"/>
        <source>Australia</source>
        <translation>in Australien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="379"/>
        <source>Austria</source>
        <translation>in Österreich</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="380"/>
        <source>Belgium</source>
        <translation>in Belgien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="381"/>
        <source>Bulgaria</source>
        <translation>in Bulgarien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="415"/>
        <source>Canada</source>
        <translation>in Kanada</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="382"/>
        <source>Croatia</source>
        <translation>in Kroatien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="383"/>
        <source>Cyprus</source>
        <translation>in Zypern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="384"/>
        <source>Czechia</source>
        <translation>in Tschechien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="385"/>
        <source>Denmark</source>
        <translation>in Dänemark</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="386"/>
        <source>Estonia</source>
        <translation>in Estland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="387"/>
        <source>Finland</source>
        <translation>in Finnland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="388"/>
        <source>France</source>
        <translation>in Frankreich</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="389"/>
        <source>Germany</source>
        <translation>in Deutschland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="390"/>
        <source>Greece</source>
        <translation>in Griechenland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="423"/>
        <source>Hong Kong</source>
        <translation>in Hongkong</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="391"/>
        <source>Hungary</source>
        <translation>in Ungarn</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="405"/>
        <source>Iceland</source>
        <translation>in Island</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="419"/>
        <source>India</source>
        <translation>in Indien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="413"/>
        <source>Ireland</source>
        <translation>in Irland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="392"/>
        <source>Italy</source>
        <translation>in Italien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="421"/>
        <source>Japan</source>
        <translation>in Japan</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="393"/>
        <source>Latvia</source>
        <translation>in Lettland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="406"/>
        <source>Liechtenstein</source>
        <translation>in Liechtenstein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="394"/>
        <source>Lithuania</source>
        <translation>in Litauen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="395"/>
        <source>Luxembourg</source>
        <translation>in Luxemburg</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="396"/>
        <source>Malta</source>
        <translation>in Malta</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="416"/>
        <source>Mexico</source>
        <translation>in Mexiko</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="418"/>
        <source>New Zealand</source>
        <translation>in Neuseeland</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="407"/>
        <source>Norway</source>
        <translation>in Norwegen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="398"/>
        <source>Poland</source>
        <translation>in Polen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="399"/>
        <source>Portugal</source>
        <translation>in Portugal</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="400"/>
        <source>Romania</source>
        <translation>in Rumänien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="424"/>
        <source>Singapore</source>
        <translation>in Singapur</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="401"/>
        <source>Slovakia</source>
        <translation>in der Slowakei</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="402"/>
        <source>Slovenia</source>
        <translation>in Slowenien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="29"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="420"/>
        <source>South Africa</source>
        <translation>in Südafrika</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="422"/>
        <source>South Korea</source>
        <translation>in Südkorea</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="403"/>
        <source>Spain</source>
        <translation>in Spanien</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="404"/>
        <source>Sweden</source>
        <translation>in Schweden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="408"/>
        <source>Switzerland</source>
        <translation>in der Schweiz</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="24"/>
        <source>This guide is general information, not a diagnosis or advice for you personally. It does not replace a clinician. In an emergency call {emergency}. Last reviewed: {reviewed}.</source>
        <translation>Dieser Ratgeber gibt allgemeine Informationen, keine Diagnose und keinen persönlichen Rat für Sie. Er ersetzt keine ärztliche Beratung. Im Notfall rufen Sie {emergency} an. Zuletzt geprüft: {reviewed}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="397"/>
        <source>the Netherlands</source>
        <translation>in den Niederlanden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="412"/>
        <source>the UK</source>
        <translation>im Vereinigten Königreich</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="414"/>
        <source>the US</source>
        <translation>in den USA</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="437"/>
        <source>your local emergency number ({numbers})</source>
        <translation>die Notrufnummer Ihres Landes ({numbers})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="441"/>
        <source>your local emergency number ({number} in {place})</source>
        <translation>die Notrufnummer Ihres Landes ({number} {place})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/guides.py" line="442"/>
        <source>your local emergency number ({number} or {other} in {place})</source>
        <translation>die Notrufnummer Ihres Landes ({number} oder {other} {place})</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/guides_search.py" line="75"/>
        <source>%n guide(s) found. Enter opens the first.</source>
        <translation>
            <numerusform>%n Ratgeber gefunden. Mit der Eingabetaste öffnen Sie ihn.</numerusform>
            <numerusform>%n Ratgeber gefunden. Mit der Eingabetaste öffnen Sie den ersten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="60"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="65"/>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="165"/>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="43"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="44"/>
        <source>Back to the guide before (Alt+Left)</source>
        <translation>Zurück zum vorigen Ratgeber (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="164"/>
        <source>Find in the guides</source>
        <translation>In den Ratgebern suchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="166"/>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="49"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="50"/>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vor (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="167"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="61"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Größere Schrift (Strg++)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="79"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="83"/>
        <source>More: print or save this guide</source>
        <translation>Mehr: diesen Ratgeber drucken oder speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_search.py" line="78"/>
        <source>No guide contains all of these words.</source>
        <translation>Kein Ratgeber enthält alle diese Wörter.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="169"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_links.py" line="21"/>
        <source>Opens in your browser: {target}</source>
        <translation>Öffnet sich in Ihrem Browser: {target}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_links.py" line="18"/>
        <source>Opens the guide “{target}”</source>
        <translation>Öffnet den Ratgeber „{target}“</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_links.py" line="19"/>
        <source>Opens the quick log</source>
        <translation>Öffnet den schnellen Eintrag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_links.py" line="20"/>
        <source>Opens the settings of the “{target}” reminder</source>
        <translation>Öffnet die Einstellungen der Erinnerung „{target}“</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="184"/>
        <source>Print guide</source>
        <translation>Ratgeber drucken</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="80"/>
        <source>Print or save this guide</source>
        <translation>Diesen Ratgeber drucken oder speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="66"/>
        <source>Print this guide</source>
        <translation>Diesen Ratgeber drucken</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="55"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="70"/>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="87"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="199"/>
        <source>Save guide as PDF</source>
        <translation>Ratgeber als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="71"/>
        <source>Save this guide as a PDF file</source>
        <translation>Diesen Ratgeber als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="401"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_search.py" line="40"/>
        <source>Search the guides</source>
        <translation>Ratgeber durchsuchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_search.py" line="39"/>
        <source>Search the guides (Ctrl+F)</source>
        <translation>Ratgeber durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="168"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tools.py" line="56"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere Schrift (Strg+-)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="330"/>
        <source>The reading size could not be saved: {problem}</source>
        <translation>Die Schriftgröße konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="202"/>
        <source>There is no guide called “{guide}”.</source>
        <translation>Es gibt keinen Ratgeber namens „{guide}“.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_tab.py" line="222"/>
        <source>This guide is not available in {language} yet; here is the English version.</source>
        <translation>Dieser Ratgeber ist noch nicht auf {language} verfügbar; hier die englische Fassung.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/guides_links.py" line="22"/>
        <source>This link does nothing: {target}</source>
        <translation>Dieser Link bewirkt nichts: {target}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="81"/>
        <source>  cramp entries: {counts}</source>
        <translation>  Krampf-Einträge: {counts}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="90"/>
        <source>  nights without cramps: {counts}</source>
        <translation>  Nächte ohne Krampf: {counts}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="88"/>
        <source>  reminder history: {counts}</source>
        <translation>  Verlauf der Erinnerungen: {counts}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="93"/>
        <source>  settings: restored from the file</source>
        <translation>  Einstellungen: aus der Datei wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="95"/>
        <source>  settings: to restore from the file</source>
        <translation>  Einstellungen: werden aus der Datei wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="100"/>
        <source>  {entry}  ({origin})</source>
        <translation>  {entry}  ({origin})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="105"/>
        <source>  {entry}  ({origin}: {fields})</source>
        <translation>  {entry}  ({origin}: {fields})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="116"/>
        <source>  {entry}  ({origin}: {reason})</source>
        <translation>  {entry}  ({origin}: {reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="35"/>
        <source>  … and {count} more</source>
        <translation>  … und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="158"/>
        <source>'{value}' has a date but no time of day; {example}</source>
        <translation>'{value}' hat ein Datum, aber keine Uhrzeit; {example}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="218"/>
        <source>'{value}' has no UTC offset (write it like 2026-11-23T07:30:00+01:00)</source>
        <translation>'{value}' hat keinen UTC-Versatz (schreiben Sie es wie 2026-11-23T07:30:00+01:00)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="174"/>
        <source>'{value}' is ambiguous: it could be {first} or {second}, and no other row settles whether the day or the month comes first; write it as 2026-02-01 03:10 or 01.02.2026 03:10</source>
        <translation>'{value}' ist nicht eindeutig: Gemeint sein kann {first} oder {second}, und keine andere Zeile zeigt, ob der Tag oder der Monat zuerst steht; schreiben Sie es als 2026-02-01 03:10 oder 01.02.2026 03:10</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="193"/>
        <source>'{value}' is not a date and time this app can read; {example}</source>
        <translation>'{value}' ist kein Datum mit Uhrzeit, das diese App lesen kann; {example}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="228"/>
        <source>'{value}' is not a date like 2026-11-22</source>
        <translation>'{value}' ist kein Datum wie 2026-11-22</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="159"/>
        <source>'{value}' is not a slot like 2026-11-23T07:30</source>
        <translation>'{value}' ist kein Termin wie 2026-11-23T07:30</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="120"/>
        <source>'{value}' is not a whole number from 0 to 10</source>
        <translation>'{value}' ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="116"/>
        <source>'{value}' is not a whole number of seconds</source>
        <translation>'{value}' ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="214"/>
        <source>'{value}' is not an ISO date and time for {what}</source>
        <translation>'{value}' ist kein ISO-Datum mit Uhrzeit für {what}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="159"/>
        <source>'{value}' is not an id (a UUID like 6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01)</source>
        <translation>'{value}' ist keine ID (eine UUID wie 6f1d0c3e-8a43-4c1b-9a55-0d1f3a2b7c01)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="129"/>
        <source>'{value}' is not an id (a UUID)</source>
        <translation>'{value}' ist keine ID (eine UUID)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="96"/>
        <location filename="../../cvi_companion/domain/importing_json.py" line="120"/>
        <location filename="../../cvi_companion/domain/importing_json.py" line="180"/>
        <source>'{value}' is not one of {allowed}</source>
        <translation>'{value}' ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="129"/>
        <source>'{value}' is not true or false</source>
        <translation>'{value}' ist weder true noch false</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="143"/>
        <source>'{value}' is out of range</source>
        <translation>'{value}' liegt außerhalb des möglichen Bereichs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="98"/>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="103"/>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="275"/>
        <source>Columns ignored (not part of the format): {columns}</source>
        <translation>Nicht übernommene Spalten (nicht Teil des Formats): {columns}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="120"/>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="272"/>
        <source>Settings: {problem}</source>
        <translation>Einstellungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="114"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="297"/>
        <source>The file covers only {since} to {until}; replacing removes every entry outside that range too.</source>
        <translation>Die Datei umfasst nur die Zeit von {since} bis {until}; beim Ersetzen werden auch alle Einträge außerhalb dieses Zeitraums entfernt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="265"/>
        <source>The file holds no settings; your settings stay as they are.</source>
        <translation>Die Datei enthält keine Einstellungen; Ihre Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="268"/>
        <source>The file's settings come from a newer version of the app; your settings stay as they are.</source>
        <translation>Die Einstellungen in der Datei stammen aus einer neueren Version der App; Ihre Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="98"/>
        <source>To add:</source>
        <translation>Hinzuzufügen:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="103"/>
        <source>To change:</source>
        <translation>Zu ändern:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="114"/>
        <source>To skip:</source>
        <translation>Zu überspringen:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="43"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="41"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="44"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="255"/>
        <source>cannot be read as JSON ({reason})</source>
        <translation>kann nicht als JSON gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="211"/>
        <source>dates with slashes are written day first on line {day_line} but month first on line {month_line}; write them as 2026-11-23 03:10 instead</source>
        <translation>Datumsangaben mit Schrägstrichen stehen in Zeile {day_line} mit dem Tag zuerst, in Zeile {month_line} aber mit dem Monat zuerst; schreiben Sie sie stattdessen als 2026-11-23 03:10</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="302"/>
        <source>describes the same cramp as {first} (same start, side and places, and neither has an id); remove one of them or give each an id</source>
        <translation>beschreibt denselben Krampf wie {first} (gleicher Beginn, gleiche Seite und Stellen, und keiner hat eine ID); entfernen Sie einen davon oder geben Sie jedem eine ID</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="288"/>
        <source>format version {version} is not one this app reads (1 to {latest}); update the app</source>
        <translation>die Formatversion {version} kann diese App nicht lesen (sie liest 1 bis {latest}); bitte aktualisieren Sie die App</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="309"/>
        <source>has the same id as {first}</source>
        <translation>hat dieselbe ID wie {first}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="284"/>
        <source>has {cells} cells but the header names {columns} columns (a separator inside a cell needs quotes)</source>
        <translation>hat {cells} Zellen, die Kopfzeile nennt aber {columns} Spalten (ein Trennzeichen innerhalb einer Zelle braucht Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="261"/>
        <source>holds a \u escape of half a character pair (such as \ud800), which is not text</source>
        <translation>enthält eine \u-Escape-Sequenz für ein halbes Zeichenpaar (zum Beispiel \ud800), die kein Text ist</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="27"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="28"/>
        <source>in the Trash here</source>
        <translation>hier im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="60"/>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="236"/>
        <location filename="../../cvi_companion/domain/importing_json.py" line="93"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="95"/>
        <source>is empty; choose one of {allowed}</source>
        <translation>ist leer; wählen Sie einen der Werte {allowed}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="70"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="253"/>
        <source>is nested too deeply to be an export of this app</source>
        <translation>ist zu tief verschachtelt, um ein Export dieser App zu sein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="53"/>
        <source>is not UTF-8 text (byte {byte}); in a spreadsheet program save it as 'CSV UTF-8' and try again</source>
        <translation>ist kein UTF-8-Text (Byte {byte}); speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/importer.py" line="55"/>
        <source>is {size} MiB, too large to be an export of a cramp log</source>
        <translation>ist {size} MiB groß, zu groß für den Export eines Krampftagebuchs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_problems.py" line="22"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="250"/>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_problems.py" line="27"/>
        <source>line {line}, {column}</source>
        <translation>Zeile {line}, {column}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="134"/>
        <source>no real date</source>
        <translation>kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="169"/>
        <source>should be a whole number from 0</source>
        <translation>sollte eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="199"/>
        <source>should be an object ({...})</source>
        <translation>sollte ein Objekt sein ({...})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="107"/>
        <location filename="../../cvi_companion/domain/importing_json.py" line="134"/>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="79"/>
        <source>should be {kind}, not {value}</source>
        <translation>sollte {kind} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="275"/>
        <source>should hold a JSON object, as the export writes it</source>
        <translation>sollte ein JSON-Objekt enthalten, wie es der Export schreibt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="40"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="253"/>
        <source>the CSV quoting is broken ({reason})</source>
        <translation>die Anführungszeichen der CSV-Datei sind fehlerhaft ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="263"/>
        <source>the column '{name}' appears twice</source>
        <translation>die Spalte '{name}' kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="155"/>
        <source>the date and time are empty</source>
        <translation>Datum und Uhrzeit fehlen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="301"/>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_problems.py" line="32"/>
        <source>the file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/importer.py" line="136"/>
        <source>the file comes from a newer version of cvi_companion (log schema {schema}; this version reads up to {latest}); update the app to import it</source>
        <translation>die Datei stammt aus einer neueren Version von cvi_companion (Schema {schema}; diese Version liest bis {latest}); aktualisieren Sie die App, um sie zu importieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="241"/>
        <source>the first row should name the columns (at least started_at and side, as in this app's export), separated by commas or semicolons</source>
        <translation>die erste Zeile sollte die Spalten benennen (mindestens started_at und side, wie im Export dieser App), getrennt durch Kommas oder Semikolons</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="220"/>
        <source>the night {key} appears twice (first at {earlier})</source>
        <translation>die Nacht {key} kommt zweimal vor (zuerst bei {earlier})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="216"/>
        <source>the occurrence {key} appears twice (first at {earlier})</source>
        <translation>die Erinnerung {key} kommt zweimal vor (zuerst bei {earlier})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing.py" line="300"/>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_csv.py" line="266"/>
        <source>there is no '{name}' column (it is needed; see docs/data-format.md)</source>
        <translation>es gibt keine Spalte '{name}' (sie wird gebraucht; siehe docs/data-format.md)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="281"/>
        <source>this is not a cvi-companion export (expected "{format}")</source>
        <translation>das ist kein Export von cvi-companion (erwartet: "{format}")</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="251"/>
        <source>this is not valid JSON ({reason})</source>
        <translation>das ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="42"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_data.py" line="127"/>
        <source>use a date and time like 2026-11-23 03:10, 2026-11-23T03:10:00+01:00 or 23.11.2026 03:10</source>
        <translation>verwenden Sie ein Datum mit Uhrzeit wie 2026-11-23 03:10, 2026-11-23T03:10:00+01:00 oder 23.11.2026 03:10</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="36"/>
        <source>when it happened</source>
        <translation>den Zeitpunkt des Ereignisses</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="35"/>
        <source>when it was due</source>
        <translation>den Zeitpunkt, zu dem sie fällig war</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_json.py" line="37"/>
        <source>when it was reported</source>
        <translation>den Zeitpunkt der Meldung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="51"/>
        <source>{added} added, {changed} changed, {skipped} skipped</source>
        <translation>{added} hinzugefügt, {changed} geändert, {skipped} übersprungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="42"/>
        <source>{added} added, {changed} changed, {skipped} skipped, {removed} removed</source>
        <translation>{added} hinzugefügt, {changed} geändert, {skipped} übersprungen, {removed} entfernt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="68"/>
        <source>{added} to add, {changed} to change, {skipped} to skip</source>
        <translation>{added} hinzuzufügen, {changed} zu ändern, {skipped} zu überspringen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_summary.py" line="60"/>
        <source>{added} to add, {changed} to change, {skipped} to skip, {removed} to remove</source>
        <translation>{added} hinzuzufügen, {changed} zu ändern, {skipped} zu überspringen, {removed} zu entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/importing_problems.py" line="76"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (und %n weiteres Problem)</numerusform>
            <numerusform>{problem} (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/importing_problems.py" line="61"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../cvi_companion/ui/import_preview.py" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/import_preview.py" line="40"/>
        <source>A backup of your log is made first.</source>
        <translation>Vorher wird eine Sicherung Ihres Krampftagebuchs erstellt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/import_preview.py" line="28"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/import_preview.py" line="42"/>
        <source>This file holds nothing new: importing it would change nothing.</source>
        <translation>Diese Datei enthält nichts Neues: Ein Import würde nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/import_preview.py" line="31"/>
        <source>What the import would do</source>
        <translation>Was der Import bewirken würde</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="41"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="36"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="138"/>
        <source>%n night(s) reported cramp-free also had a logged cramp; the cramp counts.</source>
        <translation>
            <numerusform>%n als krampffrei gemeldete Nacht hatte auch einen eingetragenen Krampf; der Krampf zählt.</numerusform>
            <numerusform>%n als krampffrei gemeldete Nächte hatten auch einen eingetragenen Krampf; der Krampf zählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_sections.py" line="257"/>
        <source>After a day done (%n night(s))</source>
        <translation>
            <numerusform>Nach einem Tag mit Erledigt (%n Nacht)</numerusform>
            <numerusform>Nach einem Tag mit Erledigt (%n Nächte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_sections.py" line="261"/>
        <source>After a day not done (%n night(s))</source>
        <translation>
            <numerusform>Nach einem Tag ohne Erledigt (%n Nacht)</numerusform>
            <numerusform>Nach einem Tag ohne Erledigt (%n Nächte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="192"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="338"/>
        <source>Comparisons of nights after days a reminder was done and days it was not appear once there are at least {minimum} nights with a record on each side.</source>
        <translation>Vergleiche der Nächte nach Tagen, an denen eine Erinnerung erledigt wurde, und Tagen, an denen nicht, erscheinen, sobald es auf jeder Seite mindestens {minimum} Nächte mit Eintrag gibt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="120"/>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="121"/>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="149"/>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="167"/>
        <source>Cramps by starting hour (local clock): {hours}.</source>
        <translation>Krämpfe nach Stunde des Beginns (Ortszeit): {hours}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="150"/>
        <source>Cramps by starting hour (local clock, noon to noon)</source>
        <translation>Krämpfe nach Stunde des Beginns (Ortszeit, Mittag bis Mittag)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="180"/>
        <source>Cramps naming each place</source>
        <translation>Krämpfe je Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="176"/>
        <source>Cramps naming the place</source>
        <translation>Krämpfe an dieser Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="118"/>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="290"/>
        <source>Cramps per week</source>
        <translation>Krämpfe pro Woche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="96"/>
        <source>Cramps per week, %n cramp(s) in all:</source>
        <translation>
            <numerusform>Krämpfe pro Woche, insgesamt %n Krampf:</numerusform>
            <numerusform>Krämpfe pro Woche, insgesamt %n Krämpfe:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="226"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="282"/>
        <source>How the score works: {rule}</source>
        <translation>So funktioniert der Wert: {rule}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="310"/>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="189"/>
        <source>Intensity per week</source>
        <translation>Stärke pro Woche</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="208"/>
        <source>Intensity per week (0 to 10, cramps with an intensity only):</source>
        <translation>Stärke pro Woche (0 bis 10, nur Krämpfe mit angegebener Stärke):</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="199"/>
        <source>Intensity, 0 to 10 (– no rated cramps)</source>
        <translation>Stärke, 0 bis 10 (– keine bewerteten Krämpfe)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="233"/>
        <source>Longest run of nights reported cramp-free: %n night(s), {first} to {last}. Nights without any record end a run.</source>
        <translation>
            <numerusform>Längste Folge von krampffrei gemeldeten Nächten: %n Nacht, {first} bis {last}. Nächte ohne Eintrag beenden eine Folge.</numerusform>
            <numerusform>Längste Folge von krampffrei gemeldeten Nächten: %n Nächte, {first} bis {last}. Nächte ohne Eintrag beenden eine Folge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="230"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="159"/>
        <source>Most cramps started between {start} and {end} ({count} of {total}).</source>
        <translation>Die meisten Krämpfe begannen zwischen {start} und {end} ({count} von {total}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="267"/>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="268"/>
        <source>Night cramps per night</source>
        <translation>Nächtliche Krämpfe pro Nacht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="131"/>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="83"/>
        <source>Nights from {first} to {last} (%n night(s)).</source>
        <translation>
            <numerusform>Nächte vom {first} bis {last} (%n Nacht).</numerusform>
            <numerusform>Nächte vom {first} bis {last} (%n Nächte).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="293"/>
        <source>Nights with a cramp</source>
        <translation>Nächte mit Krampf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="125"/>
        <source>Nights with a cramp: {with_cramp} of %n night(s) with a record ({share}). Nights without any record, not counted: {unknown}.</source>
        <translation>
            <numerusform>Nächte mit Krampf: {with_cramp} von %n Nacht mit Eintrag ({share}). Nächte ohne Eintrag, nicht gezählt: {unknown}.</numerusform>
            <numerusform>Nächte mit Krampf: {with_cramp} von %n Nächten mit Eintrag ({share}). Nächte ohne Eintrag, nicht gezählt: {unknown}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="117"/>
        <source>No night in this range has a logged cramp or a cramp-free report. Nights without any record, not counted: {unknown}.</source>
        <translation>In diesem Zeitraum hat keine Nacht einen eingetragenen Krampf oder eine Meldung „krampffrei“. Nächte ohne Eintrag, nicht gezählt: {unknown}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="231"/>
        <source>No night in this range was reported cramp-free.</source>
        <translation>In diesem Zeitraum wurde keine Nacht als krampffrei gemeldet.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="135"/>
        <source>No record (unknown)</source>
        <translation>Kein Eintrag (unbekannt)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="232"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="296"/>
        <source>Only nights with a logged cramp or a cramp-free report count; nights without any record are shown as unknown, not as good nights.</source>
        <translation>Es zählen nur Nächte mit eingetragenem Krampf oder mit der Meldung „krampffrei“; Nächte ohne Eintrag gelten als unbekannt, nicht als gute Nächte.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="172"/>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="191"/>
        <source>Place: no cramps logged.</source>
        <translation>Stelle: keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="203"/>
        <source>Place: {parts} (a cramp can name more than one place).</source>
        <translation>Stelle: {parts} (ein Krampf kann mehrere Stellen betreffen).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="238"/>
        <source>Reminders per week</source>
        <translation>Erinnerungen pro Woche</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="316"/>
        <source>Reminders: done, skipped and missed</source>
        <translation>Erinnerungen: erledigt, ausgelassen und verpasst</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="134"/>
        <source>Reported cramp-free</source>
        <translation>Als krampffrei gemeldet</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="162"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="307"/>
        <source>Side and place</source>
        <translation>Seite und Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="174"/>
        <source>Side: no cramps logged.</source>
        <translation>Seite: keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="185"/>
        <source>Side: {parts}.</source>
        <translation>Seite: {parts}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="228"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_care.py" line="34"/>
        <source>The score moves towards 100 % each time you do this reminder and towards 0 % each time it is skipped, missed or left unanswered. Recent reminders count most: each one counts half as much after 14 more, so a few misses after a good run only dent the score.</source>
        <translation>Der Wert steigt in Richtung 100 %, wann immer Sie diese Erinnerung erledigen, und sinkt in Richtung 0 %, wann immer sie ausgelassen, verpasst oder nicht beantwortet wird. Die letzten Erinnerungen zählen am meisten: Jede zählt nach 14 weiteren nur noch halb so viel, daher drücken ein paar Versäumnisse nach einer guten Zeit den Wert nur wenig.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_care.py" line="50"/>
        <source>This is an association, not proof: nights on the two sides may differ in other ways too (a long day standing, heat, a new medicine).</source>
        <translation>Das ist ein Zusammenhang, kein Beweis: Die Nächte auf beiden Seiten können sich auch anders unterscheiden (ein langer Tag im Stehen, Hitze, ein neues Medikament).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="147"/>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="304"/>
        <source>Time of the cramps</source>
        <translation>Uhrzeit der Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="151"/>
        <source>Time of the cramps: none logged.</source>
        <translation>Uhrzeit der Krämpfe: keine eingetragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="70"/>
        <source>Week {number} of {year}, {first} – {last}</source>
        <translation>Woche {number} von {year}, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="61"/>
        <source>Week {number} of {year}, {first} – {last} (part week, {nights} of 7 nights)</source>
        <translation>Woche {number} von {year}, {first} – {last} (angebrochene Woche, {nights} von 7 Nächten)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="97"/>
        <source>Weeks start on {weekday}; * a week cut by the range.</source>
        <translation>Wochen beginnen am {weekday}; * eine vom Zeitraum angeschnittene Woche.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="133"/>
        <source>With a cramp</source>
        <translation>Mit Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="322"/>
        <source>With and without</source>
        <translation>Mit und ohne</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="194"/>
        <source>Worst</source>
        <translation>Am stärksten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="154"/>
        <source>{hours}: {count}</source>
        <translation>{hours}: {count}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_sections.py" line="214"/>
        <source>{kind} – score {score}</source>
        <translation>{kind} – Wert {score}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="305"/>
        <source>{kind}: after a day it was done, {rate_with} cramps a night ({with_cramps} in {with_nights}); after a day it was due but not done, {rate_without} cramps a night ({without_cramps} in {without_nights}).</source>
        <translation>{kind}: nach einem Tag, an dem sie erledigt wurde, {rate_with} Krämpfe pro Nacht ({with_cramps} in {with_nights}); nach einem Tag, an dem sie fällig war, aber nicht erledigt wurde, {rate_without} Krämpfe pro Nacht ({without_cramps} in {without_nights}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="257"/>
        <source>{kind}: done {done} of {total} times; score {score}.</source>
        <translation>{kind}: {done} von {total} Mal erledigt; Wert {score}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="294"/>
        <source>{kind}: not enough nights to compare yet. Needs {minimum} nights with a record on each side; there are {with_nights} after a day it was done and {without_nights} after a day it was not.</source>
        <translation>{kind}: noch nicht genug Nächte für einen Vergleich. Nötig sind {minimum} Nächte mit Eintrag auf jeder Seite; es gibt {with_nights} nach einem Tag, an dem sie erledigt wurde, und {without_nights} nach einem Tag, an dem nicht.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="193"/>
        <source>{place} {count} ({share})</source>
        <translation>{place} {count} ({share})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="176"/>
        <source>{side} {count} ({share})</source>
        <translation>{side} {count} ({share})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="46"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="271"/>
        <source>{summary} {rule}</source>
        <translation>{summary} {rule}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/locale_text.py" line="82"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="215"/>
        <source>{week}: average {average}, worst {worst}, from %n cramp(s).</source>
        <translation>
            <numerusform>{week}: Durchschnitt {average}, am stärksten {worst}, aus %n Krampf.</numerusform>
            <numerusform>{week}: Durchschnitt {average}, am stärksten {worst}, aus %n Krämpfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="212"/>
        <source>{week}: no rated cramps.</source>
        <translation>{week}: keine bewerteten Krämpfe.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="100"/>
        <source>{week}: {cramps} ({daytime} in the daytime).</source>
        <translation>{week}: {cramps} ({daytime} tagsüber).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="108"/>
        <source>{week}: {cramps}.</source>
        <translation>{week}: {cramps}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/insights_text.py" line="276"/>
        <source>{week}: {done} done, {skipped} skipped, {missed} missed, {unanswered} not answered.</source>
        <translation>{week}: {done} erledigt, {skipped} ausgelassen, {missed} verpasst, {unanswered} nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="98"/>
        <source>&amp;Report for my clinician…</source>
        <translation>&amp;Bericht für Ihre Ärztin oder Ihren Arzt…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="289"/>
        <source>About {section}</source>
        <translation>Zu „{section}“</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="151"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="135"/>
        <source>Nights without cramps only count when you say so. &lt;a href="{link}"&gt;Turn on the morning check-in&lt;/a&gt; in Reminders, so cramp-free nights count instead of being unknown.</source>
        <translation>Nächte ohne Krampf zählen nur, wenn Sie es melden. &lt;a href="{link}"&gt;Schalten Sie die Morgenabfrage ein&lt;/a&gt; (unter Erinnerungen), damit krampffreie Nächte zählen, statt unbekannt zu bleiben.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="120"/>
        <source>No entries yet. When a cramp happens, log it with Log a cramp (Ctrl+L), and answer the morning check-in: this page then shows how your nights go, week by week.</source>
        <translation>Noch keine Einträge. Wenn ein Krampf kommt, tragen Sie ihn mit „Krampf eintragen“ (Strg+L) ein und beantworten Sie die Morgenabfrage: Dann zeigt diese Seite Woche für Woche, wie Ihre Nächte verlaufen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="277"/>
        <source>Nothing was recorded in these nights; try a longer range.</source>
        <translation>In diesen Nächten wurde nichts eingetragen; wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="93"/>
        <source>R&amp;ange</source>
        <translation>Zeitr&amp;aum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="99"/>
        <source>Report for my clinician</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="112"/>
        <source>Report status</source>
        <translation>Stand des Berichts</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="100"/>
        <source>Save a PDF of these insights to show your clinician (Ctrl+Shift+R)</source>
        <translation>Diese Auswertung als PDF speichern, um sie Ihrer Ärztin oder Ihrem Arzt zu zeigen (Strg+Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_tab.py" line="318"/>
        <source>Show all %n line(s)</source>
        <translation>
            <numerusform>%n Zeile anzeigen</numerusform>
            <numerusform>Alle %n Zeilen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="319"/>
        <source>Show every number of {chart}</source>
        <translation>Alle Zahlen zu „{chart}“ anzeigen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="144"/>
        <source>Turn on the morning check-in</source>
        <translation>Morgenabfrage einschalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_tab.py" line="225"/>
        <source>Working out the numbers for %n night(s)…</source>
        <translation>
            <numerusform>Die Zahlen für %n Nacht werden berechnet…</numerusform>
            <numerusform>Die Zahlen für %n Nächte werden berechnet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/insights_tab.py" line="309"/>
        <source>{chart} in numbers</source>
        <translation>{chart} in Zahlen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="257"/>
        <source>&amp;About CVI Companion</source>
        <translation>Ü&amp;ber CVI Companion</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="255"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="173"/>
        <source>&amp;Your data…</source>
        <translation>&amp;Ihre Daten…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="105"/>
        <source>CVI Companion</source>
        <translation>CVI Companion</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="111"/>
        <source>Cramp log</source>
        <translation>Krampftagebuch</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="235"/>
        <source>Go to tab {number}</source>
        <translation>Zum Reiter {number}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="151"/>
        <source>Guides</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="250"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="251"/>
        <source>Help: keyboard shortcuts and about this app</source>
        <translation>Hilfe: Tastenkürzel und Informationen zu dieser App</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="139"/>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="242"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="200"/>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="229"/>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="232"/>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="166"/>
        <source>Red &amp;flags: get help now</source>
        <translation>&amp;Warnzeichen: jetzt Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="168"/>
        <source>Red flags: get help now</source>
        <translation>Warnzeichen: jetzt Hilfe holen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="124"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="206"/>
        <source>Report for my clinician…</source>
        <translation>Bericht für meine Ärztin oder meinen Arzt…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="240"/>
        <source>Search the guides</source>
        <translation>In den Ratgebern suchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="177"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="179"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="169"/>
        <source>Signs that need an ambulance now, a doctor today or a check soon</source>
        <translation>Zeichen, bei denen Sie jetzt einen Rettungswagen, heute eine Ärztin oder einen Arzt oder bald eine Untersuchung brauchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="154"/>
        <source>Your data stays on this computer. This app does not replace a clinician; for urgent help call your local emergency number.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. Diese App ersetzt keine ärztliche Beratung; in dringenden Fällen rufen Sie bitte Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/main_window.py" line="175"/>
        <source>Your data: export, import, backups, delete</source>
        <translation>Ihre Daten: Export, Import, Sicherungen, Löschen</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../cvi_companion/services/notifications.py" line="80"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/services/notifications.py" line="78"/>
        <source>No cramps</source>
        <translation>Keine Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/services/notifications.py" line="81"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/services/notifications.py" line="71"/>
        <source>This was due at {time}.</source>
        <translation>Das war um {time} fällig.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="242"/>
        <source>'nothing helped' cannot be combined with other choices</source>
        <translation>„nichts hat geholfen“ lässt sich nicht mit anderen Angaben kombinieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="161"/>
        <source>add at least one time of day</source>
        <translation>geben Sie mindestens eine Uhrzeit an</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="167"/>
        <source>choose an interval from 15 to 120 minutes</source>
        <translation>wählen Sie einen Abstand von 15 bis 120 Minuten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="177"/>
        <source>choose at least one day of the week</source>
        <translation>wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="223"/>
        <source>choose at least one place (for example calf)</source>
        <translation>wählen Sie mindestens eine Stelle (zum Beispiel Wade)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="174"/>
        <source>choose from 1 to 24 months</source>
        <translation>wählen Sie 1 bis 24 Monate</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="220"/>
        <source>choose left, right or both</source>
        <translation>wählen Sie links, rechts oder beide</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="181"/>
        <source>days of the week are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>die Wochentage sind von 0 (Montag) bis 6 (Sonntag) nummeriert</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="171"/>
        <source>the active hours must end after they start</source>
        <translation>die aktive Zeit muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="229"/>
        <source>the duration must be between 1 second and {hours} hours</source>
        <translation>die Dauer muss zwischen 1 Sekunde und {hours} Stunden liegen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="343"/>
        <source>the end date is before the start date</source>
        <translation>das Enddatum liegt vor dem Anfangsdatum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="236"/>
        <source>the intensity must be a whole number from 0 to 10</source>
        <translation>die Stärke muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="265"/>
        <source>the note contains a NUL character</source>
        <translation>die Notiz enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="163"/>
        <source>the same time is listed twice</source>
        <translation>dieselbe Uhrzeit steht zweimal da</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="215"/>
        <source>the start time is before {date}</source>
        <translation>der Beginn liegt vor dem {date}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="210"/>
        <source>the start time is in the future</source>
        <translation>der Beginn liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="208"/>
        <source>the start time needs a time zone</source>
        <translation>der Beginn braucht eine Zeitzone</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="261"/>
        <source>the tag '{tag}' contains a comma or semicolon</source>
        <translation>der Tag „{tag}“ enthält ein Komma oder Semikolon</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="254"/>
        <source>the tag '{tag}…' is longer than {length} characters</source>
        <translation>der Tag „{tag}…“ ist länger als {length} Zeichen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/cramps.py" line="247"/>
        <source>use at most {count} tags</source>
        <translation>verwenden Sie höchstens {count} Tags</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="200"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="199"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="245"/>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="210"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="133"/>
        <source>Add &amp;details…</source>
        <translation>&amp;Details ergänzen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="134"/>
        <source>Add details</source>
        <translation>Details ergänzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="201"/>
        <source>At a time…</source>
        <translation>Zu einer Uhrzeit…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="235"/>
        <source>Both (B)</source>
        <translation>Beide (B)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="271"/>
        <source>Choose a side first (L, R or B)</source>
        <translation>Bitte zuerst die Seite wählen (L, R oder B)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="344"/>
        <source>Choose a side first: press L, R or B.</source>
        <translation>Bitte zuerst die Seite wählen: Drücken Sie L, R oder B.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="135"/>
        <source>Duration, intensity, what helped, a note…</source>
        <translation>Dauer, Stärke, was geholfen hat, eine Notiz…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="119"/>
        <source>It woke me up (W)</source>
        <translation>Hat mich geweckt (W)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="198"/>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="235"/>
        <source>Left (L)</source>
        <translation>Links (L)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="94"/>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="105"/>
        <source>Log a cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="235"/>
        <source>Right (R)</source>
        <translation>Rechts (R)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="274"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="217"/>
        <source>The most recent time the clock showed this: {time} means last night</source>
        <translation>Das letzte Mal, als die Uhr diese Zeit zeigte: {time} heißt letzte Nacht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="160"/>
        <source>This app does not replace a clinician. A cramp that lasts more than 10 minutes, or one leg that turns swollen, warm, red or painful: get urgent medical advice. Sudden breathlessness or chest pain: call {emergency}.</source>
        <translation>Diese App ersetzt keine ärztliche Beratung. Ein Krampf, der länger als 10 Minuten dauert, oder ein Bein, das geschwollen, warm, gerötet oder schmerzhaft wird: Holen Sie sich dringend ärztlichen Rat. Plötzliche Atemnot oder Schmerzen in der Brust: Rufen Sie {emergency} an.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="215"/>
        <source>Time of the cramp</source>
        <translation>Uhrzeit des Krampfs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="256"/>
        <source>Whe&amp;re</source>
        <translation>W&amp;o</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="304"/>
        <source>{time}, {day}</source>
        <translation>{time}, {day}</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="46"/>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="47"/>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="65"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="44"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="43"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="45"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="62"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="66"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="68"/>
        <source>fro&amp;m</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="70"/>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="95"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="117"/>
        <source>&amp;Why?</source>
        <translation>&amp;Warum?</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="107"/>
        <source>&amp;Yes, log it</source>
        <translation>&amp;Ja, eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="102"/>
        <source>&amp;for</source>
        <translation>&amp;in</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="332"/>
        <source>Legs up: {minutes}:{seconds} left</source>
        <translation>Beine hoch: noch {minutes}:{seconds}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="109"/>
        <source>N&amp;o cramps</source>
        <translation>&amp;Keine Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="119"/>
        <source>Open the guide about this reminder</source>
        <translation>Den Ratgeber zu dieser Erinnerung öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="58"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="106"/>
        <source>S&amp;kip</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="96"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="100"/>
        <source>Snooze for how long</source>
        <translation>Wie lange bis zur nächsten Erinnerung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="110"/>
        <source>Start &amp;timer</source>
        <translation>&amp;Timer starten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="111"/>
        <source>Start a countdown for this activity</source>
        <translation>Einen Countdown für diese Übung starten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="190"/>
        <source>This was due at {time}.</source>
        <translation>Das war um {time} fällig.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="337"/>
        <source>Time is up. Well done: you can lower your legs and press Done.</source>
        <translation>Die Zeit ist um. Gut gemacht: Sie können die Beine wieder absenken und auf „Erledigt“ drücken.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="114"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_window.py" line="118"/>
        <source>Why? Open the guide about this reminder</source>
        <translation>Warum? Den Ratgeber zu dieser Erinnerung öffnen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="38"/>
        <source>Any cramps last night?</source>
        <translation>Krämpfe letzte Nacht?</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="61"/>
        <source>Any leg cramps last night?</source>
        <translation>Hatten Sie letzte Nacht Wadenkrämpfe?</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="37"/>
        <source>Bedtime calf stretch</source>
        <translation>Waden dehnen vor dem Schlafen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="62"/>
        <source>Compression stockings lose their stretch: time to replace them or book a re-measure.</source>
        <translation>Kompressionsstrümpfe verlieren mit der Zeit ihre Spannung: Zeit, sie zu ersetzen oder neu Maß nehmen zu lassen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="44"/>
        <source>Lie back with your feet above the level of your heart for 30 minutes: it helps blood flow back from your legs.</source>
        <translation>Legen Sie sich 30 Minuten hin, die Füße höher als das Herz: So fließt das Blut leichter aus den Beinen zurück.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="54"/>
        <source>Put your compression stockings on before your legs swell.</source>
        <translation>Ziehen Sie Ihre Kompressionsstrümpfe an, bevor die Beine anschwellen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="35"/>
        <source>Put your stockings on</source>
        <translation>Kompressionsstrümpfe anziehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="33"/>
        <source>Raise your legs</source>
        <translation>Beine hochlegen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="49"/>
        <source>Stand up and walk for a few minutes, or do 10 ankle pumps and 10 calf raises: your calf muscles pump blood upward.</source>
        <translation>Stehen Sie auf und gehen Sie ein paar Minuten, oder bewegen Sie 10-mal die Füße auf und ab und stellen Sie sich 10-mal auf die Zehenspitzen: Ihre Wadenmuskeln pumpen das Blut nach oben.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="60"/>
        <source>Stretch your calves for a few minutes before bed.</source>
        <translation>Dehnen Sie vor dem Schlafengehen ein paar Minuten Ihre Waden.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="36"/>
        <source>Take your stockings off</source>
        <translation>Kompressionsstrümpfe ausziehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="57"/>
        <source>Take your stockings off for the night, unless your clinician told you to keep them on.</source>
        <translation>Ziehen Sie Ihre Kompressionsstrümpfe für die Nacht aus, außer Ihre Ärztin oder Ihr Arzt hat Ihnen gesagt, sie anzubehalten.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="39"/>
        <source>Time for new stockings</source>
        <translation>Zeit für neue Kompressionsstrümpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminders.py" line="34"/>
        <source>Walking break</source>
        <translation>Gehpause</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="68"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="99"/>
        <source>&amp;Quiet hours (no walking breaks)</source>
        <translation>&amp;Ruhezeiten (keine Gehpausen)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="135"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="161"/>
        <source>&amp;Save reminders</source>
        <translation>Erinnerungen s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="82"/>
        <source>A &amp;clinician recommended compression stockings for me</source>
        <translation>&amp;Kompressionsstrümpfe wurden mir ärztlich empfohlen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="84"/>
        <source>A clinician recommended compression stockings for me</source>
        <translation>Kompressionsstrümpfe wurden mir ärztlich empfohlen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="87"/>
        <source>Compression is not safe for everyone, for example with poor arterial circulation.</source>
        <translation>Kompression ist nicht für alle sicher, zum Beispiel nicht bei schlechter Durchblutung der Arterien.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="225"/>
        <source>Next: none (off)</source>
        <translation>Als Nächstes: keine (aus)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="223"/>
        <source>Next: none (only with a clinician's recommendation)</source>
        <translation>Als Nächstes: keine (nur mit ärztlicher Empfehlung)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="229"/>
        <source>Next: {day} {time}</source>
        <translation>Als Nächstes: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="278"/>
        <source>Nothing saved: see the problems above.</source>
        <translation>Nichts gespeichert: Bitte sehen Sie sich die Hinweise oben an.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="122"/>
        <source>Pause all reminders:</source>
        <translation>Alle Erinnerungen pausieren:</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="127"/>
        <source>Pause for {duration}</source>
        <translation>Für {duration} pausieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="133"/>
        <source>Pause until {time}</source>
        <translation>Bis {time} pausieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="235"/>
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="102"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="158"/>
        <source>Reminder kinds</source>
        <translation>Arten von Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="136"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="112"/>
        <source>S&amp;nooze for</source>
        <translation>&amp;Später erinnern nach</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="162"/>
        <source>Save reminders</source>
        <translation>Erinnerungen speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="296"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="111"/>
        <source>Snooze for, unless chosen otherwise</source>
        <translation>Später erinnern nach, wenn nicht anders gewählt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="132"/>
        <source>Until {time}</source>
        <translation>Bis {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="59"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="61"/>
        <source>“{text}” is not a time like {example}</source>
        <translation>„{text}“ ist keine Uhrzeit wie {example}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="56"/>
        <source>%n night(s), {first} to {last}</source>
        <translation>
            <numerusform>%n Nacht, {first} bis {last}</numerusform>
            <numerusform>%n Nächte, {first} bis {last}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="235"/>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="272"/>
        <source>Could not write the report to {path}: {reason}.</source>
        <translation>Der Bericht konnte nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="75"/>
        <source>Cramps logged</source>
        <translation>Eingetragene Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="56"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="239"/>
        <source>Entries ({count})</source>
        <translation>Einträge ({count})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="55"/>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="100"/>
        <source>Intensity (0 to 10)</source>
        <translation>Stärke (0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="44"/>
        <source>Leg cramps and self-care: report for my clinician</source>
        <translation>Beinkrämpfe und Selbstversorgung: Bericht für meine Ärztin oder meinen Arzt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="83"/>
        <source>Longest cramp-free run</source>
        <translation>Längste krampffreie Folge</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="84"/>
        <source>Most cramps started</source>
        <translation>Die meisten Krämpfe begannen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="281"/>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="76"/>
        <source>Nights with a cramp</source>
        <translation>Nächte mit Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="78"/>
        <source>Nights without any record</source>
        <translation>Nächte ohne Eintrag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="242"/>
        <source>No cramps were logged in this range.</source>
        <translation>In diesem Zeitraum wurden keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="247"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="149"/>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="92"/>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="54"/>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="45"/>
        <source>Self-reported by the patient with CVI Companion; not a medical record.</source>
        <translation>Von der Patientin oder dem Patienten selbst mit CVI Companion erfasst; keine ärztliche Dokumentation.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="86"/>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="53"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="52"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="284"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="315"/>
        <source>The list of individual entries was left out of this report.</source>
        <translation>Die Liste der einzelnen Einträge ist in diesem Bericht nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="25"/>
        <source>average {average}, worst {worst} (%n rated cramp(s))</source>
        <translation>
            <numerusform>Durchschnitt {average}, am stärksten {worst} (%n bewerteter Krampf)</numerusform>
            <numerusform>Durchschnitt {average}, am stärksten {worst} (%n bewertete Krämpfe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="104"/>
        <source>done {done} of %n time(s); score {score}</source>
        <translation>
            <numerusform>{done} von %n Mal erledigt; Wert {score}</numerusform>
            <numerusform>{done} von %n Mal erledigt; Wert {score}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="43"/>
        <source>no cramps logged</source>
        <translation>keine Krämpfe eingetragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="52"/>
        <source>no night has a record</source>
        <translation>keine Nacht hat einen Eintrag</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="59"/>
        <source>no night reported cramp-free</source>
        <translation>keine Nacht als krampffrei gemeldet</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="22"/>
        <source>no rated cramps</source>
        <translation>keine bewerteten Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="70"/>
        <source>{count} ({daytime} in the daytime)</source>
        <translation>{count} ({daytime} tagsüber)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="62"/>
        <source>{hours} ({count} of {total})</source>
        <translation>{hours} ({count} von {total})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="217"/>
        <source>{intensity} / 10</source>
        <translation>{intensity} / 10</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="31"/>
        <source>{name} {count} ({share})</source>
        <translation>{name} {count} ({share})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_pdf.py" line="266"/>
        <source>{self_reported} Generated on {day}.</source>
        <translation>{self_reported} Erstellt am {day}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_layout.py" line="79"/>
        <source>{unknown} (unknown, not counted as good nights)</source>
        <translation>{unknown} (unbekannt, nicht als gute Nächte gezählt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="46"/>
        <source>{with_cramp} of %n night(s) with a record ({share})</source>
        <translation>
            <numerusform>{with_cramp} von %n Nacht mit Eintrag ({share})</numerusform>
            <numerusform>{with_cramp} von %n Nächten mit Eintrag ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="197"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="175"/>
        <source>Include the list of &amp;entries with their notes</source>
        <translation>Liste der &amp;Einträge mit Notizen beifügen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="176"/>
        <source>Include the list of entries with their notes</source>
        <translation>Liste der Einträge mit Notizen beifügen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="187"/>
        <source>Nigh&amp;ts</source>
        <translation>Nä&amp;chte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="170"/>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="171"/>
        <source>Printed on the report, never saved.</source>
        <translation>Steht auf dem Bericht, wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="155"/>
        <source>Report for my clinician</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="198"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="263"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_dialog.py" line="243"/>
        <source>Saved the report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Bericht (%n Seite) in {path} gespeichert.</numerusform>
            <numerusform>Bericht (%n Seiten) in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="179"/>
        <source>The report says that the data is self-reported and not a medical record. Your name appears only if you type it here.</source>
        <translation>Im Bericht steht, dass die Angaben von Ihnen selbst stammen und keine ärztliche Dokumentation sind. Ihr Name erscheint nur, wenn Sie ihn hier eintragen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="191"/>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/report_dialog.py" line="168"/>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
</context>
<context>
    <name>RuleBox</name>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="119"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="177"/>
        <source> month(s)</source>
        <translation>
            <numerusform> Monat</numerusform>
            <numerusform> Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="113"/>
        <source>24-hour times separated by commas, like 07:30, 19:00</source>
        <translation>Uhrzeiten im 24-Stunden-Format, durch Kommas getrennt, zum Beispiel 07:30, 19:00</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="142"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="131"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="157"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="91"/>
        <source>Done already</source>
        <translation>Schon erledigt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="123"/>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="140"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="93"/>
        <source>Mark the next one as done, so it does not come</source>
        <translation>Die nächste als erledigt markieren, damit sie nicht kommt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="84"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="115"/>
        <source>Times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="128"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="141"/>
        <source>{reminder}: at</source>
        <translation>{reminder}: um</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="92"/>
        <source>{reminder}: done already</source>
        <translation>{reminder}: schon erledigt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="121"/>
        <source>{reminder}: every how many minutes</source>
        <translation>{reminder}: alle wie viele Minuten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="138"/>
        <source>{reminder}: every how many months</source>
        <translation>{reminder}: alle wie viele Monate</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="125"/>
        <source>{reminder}: from</source>
        <translation>{reminder}: von</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="85"/>
        <source>{reminder}: on</source>
        <translation>{reminder}: an</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="112"/>
        <source>{reminder}: times of day</source>
        <translation>{reminder}: Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="126"/>
        <source>{reminder}: until</source>
        <translation>{reminder}: bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="149"/>
        <source>{reminder}: {day}</source>
        <translation>{reminder}: {day}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="126"/>
        <source>'{key}' should be a date like 2026-11-23, not {value}</source>
        <translation>'{key}' sollte ein Datum wie 2026-11-23 sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="138"/>
        <source>'{key}' should be a language code such as de, not {value}; following the desktop</source>
        <translation>'{key}' sollte ein Sprachcode wie de sein, nicht {value}; es gilt die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="109"/>
        <source>'{key}' should be a list, not {value}</source>
        <translation>'{key}' sollte eine Liste sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="81"/>
        <source>'{key}' should be a time like 22:00, not {value}; using {default}</source>
        <translation>'{key}' sollte eine Uhrzeit wie 22:00 sein, nicht {value}; stattdessen gilt {default}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="187"/>
        <source>'{key}' should be a whole number, not {value}</source>
        <translation>'{key}' sollte eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="96"/>
        <source>'{key}' should be a whole number, not {value}; using the normal size</source>
        <translation>'{key}' sollte eine ganze Zahl sein, nicht {value}; stattdessen gilt die normale Größe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="152"/>
        <source>'{key}' should be one of {choices} (percent), not {value}; using {default}</source>
        <translation>'{key}' sollte einer der Werte {choices} (Prozent) sein, nicht {value}; stattdessen gilt {default}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="122"/>
        <source>'{key}' should be one of {choices}, not {value}; using {default}</source>
        <translation>'{key}' sollte einer der Werte {choices} sein, nicht {value}; stattdessen gilt {default}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="103"/>
        <source>'{key}' should be true or false, not {value}</source>
        <translation>'{key}' sollte true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="110"/>
        <source>'{key}' should be true or false, not {value}; using true</source>
        <translation>'{key}' sollte true oder false sein, nicht {value}; stattdessen gilt true</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="96"/>
        <source>The settings file {file} belongs to a newer version of cvi_companion; it was not changed.</source>
        <translation>Die Einstellungsdatei {file} gehört zu einer neueren Version von cvi_companion; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="69"/>
        <source>The settings file {file} comes from a newer version of cvi_companion; it is read as far as possible and will not be overwritten.</source>
        <translation>Die Einstellungsdatei {file} stammt aus einer neueren Version von cvi_companion; sie wird so weit wie möglich gelesen und nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="80"/>
        <source>The settings file {file} {why}; defaults are used, and the file is kept as {kept} when you next change a setting.</source>
        <translation>Die Einstellungsdatei {file} {why}; es gelten die Standardwerte, und die Datei wird als {kept} aufbewahrt, sobald Sie das nächste Mal eine Einstellung ändern.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="37"/>
        <source>could not be read ({reason})</source>
        <translation>konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="66"/>
        <source>could not be understood ({reason})</source>
        <translation>konnte nicht verstanden werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="59"/>
        <source>does not hold settings (it holds a JSON {kind})</source>
        <translation>enthält keine Einstellungen (sie enthält JSON vom Typ {kind})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="40"/>
        <source>is larger than {size} KiB, far too large for settings</source>
        <translation>ist größer als {size} KiB, viel zu groß für Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="47"/>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="57"/>
        <source>is not usable JSON ({reason})</source>
        <translation>ist kein verwendbares JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="51"/>
        <source>is not valid JSON ({reason} at line {line})</source>
        <translation>ist kein gültiges JSON ({reason} in Zeile {line})</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="171"/>
        <source>quiet hours end: {problem}; using {default}</source>
        <translation>Ende der Ruhezeiten: {problem}; stattdessen gilt {default}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="160"/>
        <source>quiet hours start: {problem}; using {default}</source>
        <translation>Beginn der Ruhezeiten: {problem}; stattdessen gilt {default}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="183"/>
        <source>snooze: {value} seconds is not one of 5, 10 or 30 minutes; using 10 minutes</source>
        <translation>Später erinnern: {value} Sekunden sind keiner der Werte 5, 10 oder 30 Minuten; stattdessen gelten 10 Minuten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/settings.py" line="211"/>
        <source>the night cannot start and end at the same time; using {start} to {end}</source>
        <translation>die Nacht kann nicht zur selben Zeit beginnen und enden; stattdessen gilt {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="203"/>
        <source>the reminder kinds are not readable; using the defaults</source>
        <translation>die Arten von Erinnerungen sind nicht lesbar; stattdessen gelten die Standardwerte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="150"/>
        <source>the reminder settings are not readable ({value}); using the defaults</source>
        <translation>die Einstellungen der Erinnerungen sind nicht lesbar ({value}); stattdessen gelten die Standardwerte</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="208"/>
        <source>unknown reminder kind {name} ignored</source>
        <translation>unbekannte Art von Erinnerung {name} wird ignoriert</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="194"/>
        <source>{key} should be true or false, not {value}; stocking reminders stay off</source>
        <translation>{key} sollte true oder false sein, nicht {value}; die Erinnerungen an die Kompressionsstrümpfe bleiben aus</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="221"/>
        <source>{kind}: {problem}; using the default schedule</source>
        <translation>{kind}: {problem}; stattdessen gilt der Standardzeitplan</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="95"/>
        <source>{value} is not a list of weekdays (0 = Monday)</source>
        <translation>{value} ist keine Liste von Wochentagen (0 = Montag)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="213"/>
        <source>{value} is not a set of values</source>
        <translation>{value} ist keine Gruppe von Werten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="75"/>
        <source>{value} is not a time like 07:30</source>
        <translation>{value} ist keine Uhrzeit wie 07:30</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/domain/reminder_settings.py" line="89"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="184"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;ussehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="110"/>
        <source>&amp;Data folder</source>
        <translation>&amp;Datenordner</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="102"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="136"/>
        <source>&amp;Quiet hours (no walking breaks)</source>
        <translation>&amp;Ruhezeiten (keine Gehpausen)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="178"/>
        <source>A new language is used from the next start of the app.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="151"/>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="182"/>
        <source>Appearance and language</source>
        <translation>Aussehen und Sprache</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="200"/>
        <source>Close without saving</source>
        <translation>Schließen, ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="50"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="100"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="119"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="140"/>
        <source>Dim the &amp;window at night</source>
        <translation>Fenster &amp;nachts abdunkeln</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="170"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="186"/>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="177"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="185"/>
        <source>Larger &amp;text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="165"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="49"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="153"/>
        <source>Light or dark. The window is still dimmed at night. Shown at once; Cancel puts it back.</source>
        <translation>Hell oder dunkel. Nachts wird das Fenster trotzdem abgedunkelt. Sie sehen die Wahl sofort; mit Abbrechen kommt das Vorherige zurück.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="132"/>
        <source>Night dimming ends</source>
        <translation>Ende der Nachtabdunkelung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="131"/>
        <source>Night dimming starts</source>
        <translation>Beginn der Nachtabdunkelung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="265"/>
        <source>Nothing saved: the night cannot start and end at the same time.</source>
        <translation>Nichts gespeichert: Die Nacht kann nicht zur selben Zeit beginnen und enden.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="286"/>
        <source>Nothing saved: {problem}</source>
        <translation>Nichts gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="103"/>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="133"/>
        <source>Quiet hours and night</source>
        <translation>Ruhezeiten und Nacht</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="130"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="129"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="48"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="197"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="306"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="298"/>
        <source>Settings saved, but start at login was not changed: {problem}</source>
        <translation>Einstellungen gespeichert, aber der Start beim Anmelden wurde nicht geändert: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="194"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="118"/>
        <source>Show desktop &amp;notifications for reminders</source>
        <translation>Desktop-&amp;Benachrichtigungen für Erinnerungen zeigen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="113"/>
        <source>Start at &amp;login, in the background</source>
        <translation>Beim Anmelden im &amp;Hintergrund starten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="114"/>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="123"/>
        <source>Starting and notifications</source>
        <translation>Start und Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="121"/>
        <source>The reminder window still opens when notifications are off.</source>
        <translation>Das Erinnerungsfenster öffnet sich auch, wenn Benachrichtigungen ausgeschaltet sind.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="167"/>
        <source>The size of all text in the app. Shown at once; Cancel puts it back.</source>
        <translation>Die Größe aller Texte in der App. Sie sehen die Wahl sofort; mit Abbrechen kommt das Vorherige zurück.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="115"/>
        <source>Written to {path}</source>
        <translation>Wird gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="108"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="231"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="162"/>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/settings_dialog.py" line="160"/>
        <source>{number}% (normal size)</source>
        <translation>{number} % (normale Größe)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="63"/>
        <source>Back to the guide before</source>
        <translation>Zurück zum vorigen Ratgeber</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="30"/>
        <source>Cramp log</source>
        <translation>Krampftagebuch</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="57"/>
        <source>Done (for the morning check-in: No cramps)</source>
        <translation>Erledigt (bei der Morgenfrage: Keine Krämpfe)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="32"/>
        <source>Entry with details</source>
        <translation>Eintrag mit Details</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="64"/>
        <source>Forward again</source>
        <translation>Wieder vor</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="42"/>
        <source>Go to the first tab (Cramp log)</source>
        <translation>Zum ersten Reiter (Krampftagebuch)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="45"/>
        <source>Go to the fourth tab (Guides)</source>
        <translation>Zum vierten Reiter (Ratgeber)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="43"/>
        <source>Go to the second tab (Reminders)</source>
        <translation>Zum zweiten Reiter (Erinnerungen)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="44"/>
        <source>Go to the third tab (Insights)</source>
        <translation>Zum dritten Reiter (Auswertung)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="34"/>
        <source>Guides</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="54"/>
        <source>It woke me up</source>
        <translation>Hat mich geweckt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="60"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="53"/>
        <source>Left, right or both legs</source>
        <translation>Linkes, rechtes oder beide Beine</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="38"/>
        <source>Log a cramp (from any tab)</source>
        <translation>Krampf eintragen (von jedem Reiter aus)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="29"/>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="51"/>
        <source>Move the selected entries to the trash</source>
        <translation>Ausgewählte Einträge in den Papierkorb legen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="40"/>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="62"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="50"/>
        <source>Open the selected entry</source>
        <translation>Ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="41"/>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="31"/>
        <source>Quick log</source>
        <translation>Schnell eintragen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="46"/>
        <source>Red flags: signs that need help now</source>
        <translation>Warnzeichen: Zeichen, bei denen Sie jetzt Hilfe brauchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="33"/>
        <source>Reminder window</source>
        <translation>Erinnerungsfenster</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="47"/>
        <source>Report for your clinician</source>
        <translation>Bericht für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="55"/>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="56"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="39"/>
        <source>Search the guides</source>
        <translation>In den Ratgebern suchen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="49"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Diese Liste der Tastenkürzel zeigen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="59"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="61"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="58"/>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcut_list.py" line="52"/>
        <source>Undo what was just done (while Undo is shown)</source>
        <translation>Das gerade Getane rückgängig machen (solange „Rückgängig“ zu sehen ist)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="104"/>
        <source>Close the list of shortcuts</source>
        <translation>Die Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="65"/>
        <source>Grouped by window: the keys, then what they do.</source>
        <translation>Nach Fenstern geordnet: erst die Tasten, dann was sie bewirken.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="56"/>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="57"/>
        <source>These keys work without the mouse. Esc closes this window.</source>
        <translation>Diese Tasten funktionieren ohne Maus. Esc schließt dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/shortcuts_dialog.py" line="63"/>
        <source>What it does</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>StartMessages</name>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="83"/>
        <source>&amp;Restore the newest backup</source>
        <translation>Neueste Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="46"/>
        <source>All your data was deleted from this computer.</source>
        <translation>Alle Ihre Daten wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="42"/>
        <source>All your data was deleted from this computer.

Your backups are kept in {folder}.</source>
        <translation>Alle Ihre Daten wurden von diesem Computer gelöscht.

Ihre Sicherungen bleiben in {folder} erhalten.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="58"/>
        <source>CVI Companion cannot open your cramp log.

{problem}</source>
        <translation>CVI Companion kann Ihr Krampftagebuch nicht öffnen.

{problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="74"/>
        <source>It was moved, unchanged, to {file}. Nothing in it was deleted.</source>
        <translation>Es wurde unverändert nach {file} verschoben. Darin wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="38"/>
        <source>Not everything could be deleted.

{problem}</source>
        <translation>Nicht alles konnte gelöscht werden.

{problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="131"/>
        <source>Some settings could not be used.</source>
        <translation>Einige Einstellungen konnten nicht übernommen werden.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="87"/>
        <source>Start a &amp;new empty log</source>
        <translation>&amp;Neues, leeres Krampftagebuch beginnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/app/start_messages.py" line="81"/>
        <source>The newest backup, from {when}, holds %n entry(ies).</source>
        <translation>
            <numerusform>Die neueste Sicherung vom {when} enthält %n Eintrag.</numerusform>
            <numerusform>Die neueste Sicherung vom {when} enthält %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="86"/>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="92"/>
        <source>What went wrong: {problem}</source>
        <translation>Was schiefging: {problem}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/start_messages.py" line="72"/>
        <source>Your cramp log is damaged and cannot be read.</source>
        <translation>Ihr Krampftagebuch ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="174"/>
        <source>A backup cannot be written over the log itself; choose another file.</source>
        <translation>Eine Sicherung kann nicht über das Krampftagebuch selbst geschrieben werden; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/insight_data.py" line="185"/>
        <source>A cramp entry cannot be read for the insights (its start time or side).</source>
        <translation>Ein Krampf-Eintrag kann für die Auswertung nicht gelesen werden (sein Beginn oder seine Seite).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/insight_data.py" line="181"/>
        <source>A cramp entry cannot be read for the insights ({reason}).</source>
        <translation>Ein Krampf-Eintrag kann für die Auswertung nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/importer.py" line="70"/>
        <location filename="../../cvi_companion/storage/insight_data.py" line="199"/>
        <location filename="../../cvi_companion/storage/night_reports.py" line="69"/>
        <source>A night without cramps cannot be read ({reason}).</source>
        <translation>Eine Nacht ohne Krampf kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/insight_data.py" line="42"/>
        <source>A reminder history entry cannot be read ({reason}).</source>
        <translation>Ein Eintrag im Verlauf der Erinnerungen kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/instance.py" line="48"/>
        <source>Another CVI Companion seems to be running but does not answer: {reason}.</source>
        <translation>Ein anderes CVI Companion scheint zu laufen, antwortet aber nicht: {reason}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="83"/>
        <source>Could not {action}: another program kept the log busy. Nothing was changed; try again.</source>
        <translation>{action} war nicht möglich: Ein anderes Programm hat das Krampftagebuch zu lange belegt. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="151"/>
        <source>Could not {action}: permission denied ({file}). Nothing was changed.</source>
        <translation>{action} war nicht möglich: keine Berechtigung ({file}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="106"/>
        <source>Could not {action}: reading or writing the disk failed ({reason}). Nothing was changed; check that the disk has free space, that you may write to the data folder and that the disk works, then try again.</source>
        <translation>{action} war nicht möglich: Lesen oder Schreiben auf dem Datenträger ist fehlgeschlagen ({reason}). Es wurde nichts geändert; prüfen Sie, ob auf dem Datenträger Platz frei ist, ob Sie in den Datenordner schreiben dürfen und ob der Datenträger funktioniert, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="79"/>
        <source>Could not {action}: the data file is read-only. Nothing was changed.</source>
        <translation>{action} war nicht möglich: Die Datendatei ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="123"/>
        <source>Could not {action}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>{action} war nicht möglich: Der Datenträger ist voll. Es wurde nichts geändert; bitte geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="144"/>
        <source>Could not {action}: the folder {folder} cannot be written (permission denied). Nothing was changed.</source>
        <translation>{action} war nicht möglich: In den Ordner {folder} kann nicht geschrieben werden (keine Berechtigung). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="89"/>
        <source>Could not {action}: the log file is damaged or is not a cramp log ({reason}).</source>
        <translation>{action} war nicht möglich: Die Datei ist beschädigt oder kein Krampftagebuch ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="96"/>
        <source>Could not {action}: the log or its folder cannot be opened for writing ({reason}). Nothing was changed; check that the data folder exists and that you may write to it.</source>
        <translation>{action} war nicht möglich: Das Krampftagebuch oder sein Ordner lässt sich nicht zum Schreiben öffnen ({reason}). Es wurde nichts geändert; prüfen Sie, ob der Datenordner vorhanden ist und ob Sie hineinschreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/errors.py" line="131"/>
        <source>Could not {action}: {reason}.</source>
        <translation>{action} war nicht möglich: {reason}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="98"/>
        <source>SQLite says: {reason}</source>
        <translation>SQLite meldet: {reason}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="133"/>
        <source>The entry {entry} in the log cannot be read ({reason}).</source>
        <translation>Der Eintrag {entry} im Krampftagebuch kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="79"/>
        <source>The file {file} is not a cramp-log database (or it is damaged). It was left as it is; move it away or restore a backup, then start again.</source>
        <translation>Die Datei {file} ist keine Datenbank eines Krampftagebuchs (oder sie ist beschädigt). Sie wurde so gelassen, wie sie ist; verschieben Sie sie an einen anderen Ort oder stellen Sie eine Sicherung wieder her, und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="136"/>
        <source>The file {file} is not a cramp-log database or it is damaged ({reason}). It was left as it is.</source>
        <translation>Die Datei {file} ist keine Datenbank eines Krampftagebuchs, oder sie ist beschädigt ({reason}). Sie wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/insight_data.py" line="268"/>
        <source>The first night of the log cannot be read ({reason}).</source>
        <translation>Die erste Nacht im Krampftagebuch kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="153"/>
        <source>The log {file} was written by a newer version of cvi_companion (schema {schema}; this version reads up to {latest}). It was left untouched: please update the app.</source>
        <translation>Das Krampftagebuch {file} wurde von einer neueren Version von cvi_companion geschrieben (Schema {schema}; diese Version liest bis {latest}). Es wurde nicht angerührt: Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/reminder_log.py" line="48"/>
        <source>The reminder history entry {kind}@{slot} cannot be read ({reason}).</source>
        <translation>Der Eintrag {kind}@{slot} im Verlauf der Erinnerungen kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="61"/>
        <source>There is no file {file}.</source>
        <translation>Es gibt keine Datei {file}.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="210"/>
        <source>This entry was deleted for good meanwhile, so the change was not saved.</source>
        <translation>Dieser Eintrag wurde inzwischen endgültig gelöscht, deshalb wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="122"/>
        <source>back up the log before upgrading it</source>
        <translation>Das Sichern des Krampftagebuchs vor seiner Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/app/instance.py" line="53"/>
        <source>check for another running CVI Companion</source>
        <translation>Die Prüfung auf ein bereits laufendes CVI Companion</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/autostart.py" line="104"/>
        <location filename="../../cvi_companion/storage/paths.py" line="96"/>
        <source>create the folder {folder}</source>
        <translation>Das Anlegen des Ordners {folder}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="108"/>
        <source>create the log {file}</source>
        <translation>Das Anlegen des Krampftagebuchs {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="239"/>
        <source>delete the entries for good</source>
        <translation>Das endgültige Löschen der Einträge</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/erase.py" line="54"/>
        <source>delete {file}</source>
        <translation>Das Löschen von {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/night_reports.py" line="54"/>
        <source>forget a night without cramps</source>
        <translation>Das Entfernen einer Nacht ohne Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/importer.py" line="236"/>
        <source>import the file</source>
        <translation>Das Importieren der Datei</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="85"/>
        <source>it is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="288"/>
        <source>keep the current log aside</source>
        <translation>Das Beiseitelegen des aktuellen Krampftagebuchs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="111"/>
        <source>keep the unreadable settings file aside</source>
        <translation>Das Beiseitelegen der unlesbaren Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="160"/>
        <source>make a backup of the log</source>
        <translation>Das Erstellen einer Sicherung des Krampftagebuchs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/quarantine.py" line="75"/>
        <source>move the damaged log {file} aside</source>
        <translation>Das Beiseitelegen des beschädigten Krampftagebuchs {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="228"/>
        <source>move the entries to the trash</source>
        <translation>Das Verschieben der Einträge in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="94"/>
        <source>open the log {file}</source>
        <translation>Das Öffnen des Krampftagebuchs {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="256"/>
        <source>prepare the backup for restoring</source>
        <translation>Das Vorbereiten der Sicherung für die Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/importer.py" line="276"/>
        <source>put the settings back</source>
        <translation>Das Wiederherstellen der vorherigen Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="191"/>
        <source>read the backups folder {folder}</source>
        <translation>Das Lesen des Sicherungsordners {folder}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/insight_data.py" line="37"/>
        <source>read the data for the insights</source>
        <translation>Das Lesen der Daten für die Auswertung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="140"/>
        <location filename="../../cvi_companion/storage/exporter.py" line="74"/>
        <location filename="../../cvi_companion/storage/exporter.py" line="155"/>
        <location filename="../../cvi_companion/storage/importer.py" line="78"/>
        <location filename="../../cvi_companion/storage/importer.py" line="169"/>
        <source>read the log</source>
        <translation>Das Lesen des Krampftagebuchs</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="90"/>
        <source>read the log {file}</source>
        <translation>Das Lesen des Krampftagebuchs {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/night_reports.py" line="64"/>
        <source>read the nights without cramps</source>
        <translation>Das Lesen der Nächte ohne Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/reminder_log.py" line="97"/>
        <source>read the reminder history</source>
        <translation>Das Lesen des Verlaufs der Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="65"/>
        <location filename="../../cvi_companion/storage/importer.py" line="61"/>
        <location filename="../../cvi_companion/storage/importer.py" line="264"/>
        <source>read {file}</source>
        <translation>Das Lesen von {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/night_reports.py" line="36"/>
        <source>record a night without cramps</source>
        <translation>Das Eintragen einer Nacht ohne Krampf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/instance_files.py" line="33"/>
        <source>record the app's socket address</source>
        <translation>Das Speichern der Socket-Adresse der App</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/reminder_log.py" line="67"/>
        <source>record the reminder</source>
        <translation>Das Eintragen der Erinnerung in den Verlauf</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="234"/>
        <source>remove the old backup {file}</source>
        <translation>Das Entfernen der alten Sicherung {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/autostart.py" line="111"/>
        <source>remove {file}</source>
        <translation>Das Entfernen von {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="336"/>
        <location filename="../../cvi_companion/storage/backups.py" line="338"/>
        <source>restore the backup</source>
        <translation>Das Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="233"/>
        <source>restore the entries</source>
        <translation>Das Wiederherstellen der Einträge</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="206"/>
        <source>save the changes</source>
        <translation>Das Speichern der Änderungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/cramp_repository.py" line="198"/>
        <source>save the cramp entry</source>
        <translation>Das Speichern des Krampf-Eintrags</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/settings_store.py" line="115"/>
        <source>save the settings</source>
        <translation>Das Speichern der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/autostart.py" line="226"/>
        <source>switch off start at login</source>
        <translation>Das Ausschalten des Starts beim Anmelden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/autostart.py" line="132"/>
        <location filename="../../cvi_companion/storage/autostart.py" line="163"/>
        <location filename="../../cvi_companion/storage/autostart.py" line="219"/>
        <source>switch on start at login</source>
        <translation>Das Einschalten des Starts beim Anmelden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/db.py" line="176"/>
        <source>upgrade the log to schema {schema}</source>
        <translation>Das Aktualisieren des Krampftagebuchs auf Schema {schema}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="175"/>
        <source>write the backup {file}</source>
        <translation>Das Schreiben der Sicherung {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/exporter.py" line="134"/>
        <source>write {file}</source>
        <translation>Das Schreiben von {file}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="74"/>
        <source>{file} cannot be opened as a database ({reason}).</source>
        <translation>{file} kann nicht als Datenbank geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="117"/>
        <source>{file} cannot be read as a cramp log ({reason}).</source>
        <translation>{file} kann nicht als Krampftagebuch gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="112"/>
        <source>{file} is a damaged database (its integrity check failed).</source>
        <translation>{file} ist eine beschädigte Datenbank (die Integritätsprüfung ist fehlgeschlagen).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="63"/>
        <source>{file} is a folder, not a backup file.</source>
        <translation>{file} ist ein Ordner, keine Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="92"/>
        <source>{file} is an SQLite database, but not a cramp log (it has no {table} table).</source>
        <translation>{file} ist eine SQLite-Datenbank, aber kein Krampftagebuch (die Tabelle {table} fehlt).</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="68"/>
        <source>{file} is not an SQLite database, so it is not a backup of the cramp log.</source>
        <translation>{file} ist keine SQLite-Datenbank und damit keine Sicherung des Krampftagebuchs.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backups.py" line="312"/>
        <source>{file} is the log itself, not a backup of it.</source>
        <translation>{file} ist das Krampftagebuch selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="103"/>
        <source>{file} looks like a cramp log but lacks parts of schema {schema}; it is damaged.</source>
        <translation>{file} sieht wie ein Krampftagebuch aus, es fehlen aber Teile von Schema {schema}; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/storage/backup_check.py" line="80"/>
        <source>{file} was written by a newer version of cvi_companion (schema {schema}; this version reads up to {latest}). Update the app to restore it.</source>
        <translation>{file} wurde von einer neueren Version von cvi_companion geschrieben (Schema {schema}; diese Version liest bis {latest}). Aktualisieren Sie die App, um die Sicherung wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="119"/>
        <source>%Ln entry(ies) deleted for good.</source>
        <translation>
            <numerusform>%Ln Eintrag endgültig gelöscht.</numerusform>
            <numerusform>%Ln Einträge endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="76"/>
        <source>%Ln entry(ies) in the trash.</source>
        <translation>
            <numerusform>%Ln Eintrag im Papierkorb.</numerusform>
            <numerusform>%Ln Einträge im Papierkorb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="95"/>
        <source>%Ln entry(ies) put back in the log.</source>
        <translation>
            <numerusform>%Ln Eintrag zurück ins Tagebuch gelegt.</numerusform>
            <numerusform>%Ln Einträge zurück ins Tagebuch gelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="49"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="43"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="103"/>
        <source>Delete %Ln entry(ies) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Eintrag endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Einträge endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="46"/>
        <source>Delete for &amp;good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="102"/>
        <source>Delete for good?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="29"/>
        <source>Deleted cramps</source>
        <translation>Gelöschte Krämpfe</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="37"/>
        <source>Deleted entries stay here until you delete them for good. They are left out of the log.</source>
        <translation>Gelöschte Einträge bleiben hier, bis Sie sie endgültig löschen. Im Tagebuch werden sie nicht mehr gezeigt.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="31"/>
        <source>Enter puts the selected entries back in the log; Delete removes them for good, after asking.</source>
        <translation>Die Eingabetaste legt die ausgewählten Einträge zurück ins Tagebuch; Entf löscht sie nach einer Rückfrage endgültig.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="44"/>
        <source>Put the selected entries back in the log (Enter)</source>
        <translation>Die ausgewählten Einträge zurück ins Tagebuch legen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="47"/>
        <source>Remove the selected entries for ever (Delete)</source>
        <translation>Die ausgewählten Einträge für immer entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="74"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="24"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="140"/>
        <source>A reminder is waiting for you</source>
        <translation>Eine Erinnerung wartet auf Sie</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="219"/>
        <source>Answer in the reminder window.</source>
        <translation>Antworten Sie im Erinnerungsfenster.</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="100"/>
        <source>Done already</source>
        <translation>Schon erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/tray.py" line="119"/>
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Für %n Stunde</numerusform>
            <numerusform>Für %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/tray.py" line="121"/>
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Für %n Minute</numerusform>
            <numerusform>Für %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="99"/>
        <source>Log a cramp…</source>
        <translation>Krampf eintragen…</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="71"/>
        <source>Next: {reminder} at {time}</source>
        <translation>Als Nächstes: {reminder} um {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="76"/>
        <source>Next: {reminder} on {day} at {time}</source>
        <translation>Als Nächstes: {reminder} am {day} um {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="73"/>
        <source>Next: {reminder} tomorrow at {time}</source>
        <translation>Als Nächstes: {reminder} morgen um {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="66"/>
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="107"/>
        <source>Open CVI Companion</source>
        <translation>CVI Companion öffnen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="101"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="108"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="60"/>
        <source>Reminders paused until tomorrow {time}</source>
        <translation>Erinnerungen pausiert bis morgen {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="61"/>
        <source>Reminders paused until {day} {time}</source>
        <translation>Erinnerungen pausiert bis {day} {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="58"/>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="105"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/tray.py" line="104"/>
        <source>Until morning</source>
        <translation>Bis morgen früh</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../cvi_companion/ui/undo_bar.py" line="44"/>
        <location filename="../../cvi_companion/ui/undo_bar.py" line="45"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/undo_bar.py" line="35"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../cvi_companion/ui/undo_bar.py" line="36"/>
        <source>Undo this (Ctrl+Z)</source>
        <translation>Rückgängig machen (Strg+Z)</translation>
    </message>
</context>
</TS>
