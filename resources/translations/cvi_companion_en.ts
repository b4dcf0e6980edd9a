<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackgroundExport</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/export_worker.py" line="112"/>
        <source>Exported %Ln entry(ies) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}.</numerusform>
            <numerusform>Exported %Ln entries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/export_worker.py" line="107"/>
        <source>Exporting %Ln entry(ies)…</source>
        <translation>
            <numerusform>Exporting %Ln entry…</numerusform>
            <numerusform>Exporting %Ln entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrampLogTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="301"/>
        <source>%Ln entry(ies) moved to the trash.</source>
        <translation>
            <numerusform>%Ln entry moved to the trash.</numerusform>
            <numerusform>%Ln entries moved to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="216"/>
        <source>None of %Ln entry(ies)</source>
        <translation>
            <numerusform>None of %Ln entry</numerusform>
            <numerusform>None of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/cramp_log_tab.py" line="222"/>
        <source>{shown} of %Ln entry(ies)</source>
        <translation>
            <numerusform>{shown} of %Ln entry</numerusform>
            <numerusform>{shown} of %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="359"/>
        <source>Replace your log with this backup of %n entry(ies)? Your log as it is now is kept as a backup.</source>
        <translation>
            <numerusform>Replace your log with this backup of %n entry? Your log as it is now is kept as a backup.</numerusform>
            <numerusform>Replace your log with this backup of %n entries? Your log as it is now is kept as a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="377"/>
        <source>Restored %n entry(ies) from {file}.</source>
        <translation>
            <numerusform>Restored %n entry from {file}.</numerusform>
            <numerusform>Restored %n entries from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/data_dialog.py" line="375"/>
        <source>Restored %n entry(ies) from {file}. Your log as it was is kept in {kept}.</source>
        <translation>
            <numerusform>Restored %n entry from {file}. Your log as it was is kept in {kept}.</numerusform>
            <numerusform>Restored %n entries from {file}. Your log as it was is kept in {kept}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/formatting.py" line="253"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/formatting.py" line="259"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/guides_search.py" line="75"/>
        <source>%n guide(s) found. Enter opens the first.</source>
        <translation>
            <numerusform>%n guide found. Enter opens the first.</numerusform>
            <numerusform>%n guides found. Enter opens the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/importing_problems.py" line="76"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (and %n more problem)</numerusform>
            <numerusform>{problem} (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="41"/>
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n cramp</numerusform>
            <numerusform>%n cramps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="36"/>
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n night</numerusform>
            <numerusform>%n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="138"/>
        <source>%n night(s) reported cramp-free also had a logged cramp; the cramp counts.</source>
        <translation>
            <numerusform>%n night reported cramp-free also had a logged cramp; the cramp counts.</numerusform>
            <numerusform>%n nights reported cramp-free also had a logged cramp; the cramp counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_sections.py" line="257"/>
        <source>After a day done (%n night(s))</source>
        <translation>
            <numerusform>After a day done (%n night)</numerusform>
            <numerusform>After a day done (%n nights)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_sections.py" line="261"/>
        <source>After a day not done (%n night(s))</source>
        <translation>
            <numerusform>After a day not done (%n night)</numerusform>
            <numerusform>After a day not done (%n nights)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="96"/>
        <source>Cramps per week, %n cramp(s) in all:</source>
        <translation>
            <numerusform>Cramps per week, %n cramp in all:</numerusform>
            <numerusform>Cramps per week, %n cramps in all:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="233"/>
        <source>Longest run of nights reported cramp-free: %n night(s), {first} to {last}. Nights without any record end a run.</source>
        <translation>
            <numerusform>Longest run of nights reported cramp-free: %n night, {first} to {last}. Nights without any record end a run.</numerusform>
            <numerusform>Longest run of nights reported cramp-free: %n nights, {first} to {last}. Nights without any record end a run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="83"/>
        <source>Nights from {first} to {last} (%n night(s)).</source>
        <translation>
            <numerusform>Nights from {first} to {last} (%n night).</numerusform>
            <numerusform>Nights from {first} to {last} (%n nights).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="125"/>
        <source>Nights with a cramp: {with_cramp} of %n night(s) with a record ({share}). Nights without any record, not counted: {unknown}.</source>
        <translation>
            <numerusform>Nights with a cramp: {with_cramp} of %n night with a record ({share}). Nights without any record, not counted: {unknown}.</numerusform>
            <numerusform>Nights with a cramp: {with_cramp} of %n nights with a record ({share}). Nights without any record, not counted: {unknown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/domain/insights_text.py" line="215"/>
        <source>{week}: average {average}, worst {worst}, from %n cramp(s).</source>
        <translation>
            <numerusform>{week}: average {average}, worst {worst}, from %n cramp.</numerusform>
            <numerusform>{week}: average {average}, worst {worst}, from %n cramps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_tab.py" line="318"/>
        <source>Show all %n line(s)</source>
        <translation>
            <numerusform>Show all %n line</numerusform>
            <numerusform>Show all %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/insights_tab.py" line="225"/>
        <source>Working out the numbers for %n night(s)…</source>
        <translation>
            <numerusform>Working out the numbers for %n night…</numerusform>
            <numerusform>Working out the numbers for %n nights…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="200"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/quick_log_dialog.py" line="199"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/reminders_tab.py" line="68"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="56"/>
        <source>%n night(s), {first} to {last}</source>
        <translation>
            <numerusform>%n night, {first} to {last}</numerusform>
            <numerusform>%n nights, {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="25"/>
        <source>average {average}, worst {worst} (%n rated cramp(s))</source>
        <translation>
            <numerusform>average {average}, worst {worst} (%n rated cramp)</numerusform>
            <numerusform>average {average}, worst {worst} (%n rated cramps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="104"/>
        <source>done {done} of %n time(s); score {score}</source>
        <translation>
            <numerusform>done {done} of %n time; score {score}</numerusform>
            <numerusform>done {done} of %n times; score {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_layout.py" line="46"/>
        <source>{with_cramp} of %n night(s) with a record ({share})</source>
        <translation>
            <numerusform>{with_cramp} of %n night with a record ({share})</numerusform>
            <numerusform>{with_cramp} of %n nights with a record ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/report_dialog.py" line="243"/>
        <source>Saved the report (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved the report (%n page) to {path}.</numerusform>
            <numerusform>Saved the report (%n pages) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleBox</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/reminder_rule_box.py" line="177"/>
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartMessages</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/app/start_messages.py" line="81"/>
        <source>The newest backup, from {when}, holds %n entry(ies).</source>
        <translation>
            <numerusform>The newest backup, from {when}, holds %n entry.</numerusform>
            <numerusform>The newest backup, from {when}, holds %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="119"/>
        <source>%Ln entry(ies) deleted for good.</source>
        <translation>
            <numerusform>%Ln entry deleted for good.</numerusform>
            <numerusform>%Ln entries deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="76"/>
        <source>%Ln entry(ies) in the trash.</source>
        <translation>
            <numerusform>%Ln entry in the trash.</numerusform>
            <numerusform>%Ln entries in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="95"/>
        <source>%Ln entry(ies) put back in the log.</source>
        <translation>
            <numerusform>%Ln entry put back in the log.</numerusform>
            <numerusform>%Ln entries put back in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/trash_dialog.py" line="103"/>
        <source>Delete %Ln entry(ies) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln entry for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/tray.py" line="119"/>
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>For %n hour</numerusform>
            <numerusform>For %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../cvi_companion/ui/tray.py" line="121"/>
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute</numerusform>
            <numerusform>For %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
