<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/BulkCommand.cpp" line="+113"/>
        <source>Enabled %1 of %n subscription(s).</source>
        <translation>
            <numerusform>Enabled %1 of %n subscription.</numerusform>
            <numerusform>Enabled %1 of %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disabled %1 of %n subscription(s).</source>
        <translation>
            <numerusform>Disabled %1 of %n subscription.</numerusform>
            <numerusform>Disabled %1 of %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %1 of %n subscription(s).</source>
        <translation>
            <numerusform>Deleted %1 of %n subscription.</numerusform>
            <numerusform>Deleted %1 of %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Interrupted: %n not sent.</source>
        <translation>
            <numerusform>Interrupted: %n not sent.</numerusform>
            <numerusform>Interrupted: %n not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkJobRunner</name>
    <message numerus="yes">
        <location filename="../ui/BulkJobRunner.cpp" line="+22"/>
        <source>Enable %n subscription(s)</source>
        <translation>
            <numerusform>Enable %n subscription</numerusform>
            <numerusform>Enable %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disable %n subscription(s)</source>
        <translation>
            <numerusform>Disable %n subscription</numerusform>
            <numerusform>Disable %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n subscription(s)</source>
        <translation>
            <numerusform>Delete %n subscription</numerusform>
            <numerusform>Delete %n subscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/DetailsPane.cpp" line="+405"/>
        <source>%n retry(s) pending</source>
        <translation>
            <numerusform>%n retry pending</numerusform>
            <numerusform>%n retries pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+903"/>
        <source>Loaded %n subscription(s).</source>
        <translation>
            <numerusform>Loaded %n subscription.</numerusform>
            <numerusform>Loaded %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+114"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Enable all %n shown subscription(s)?

</source>
        <translation>
            <numerusform>Enable the shown subscription?

</numerusform>
            <numerusform>Enable all %n shown subscriptions?

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Disable all %n shown subscription(s)?

</source>
        <translation>
            <numerusform>Disable the shown subscription?

</numerusform>
            <numerusform>Disable all %n shown subscriptions?

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Delete %n subscription(s)? This cannot be undone.

</source>
        <translation>
            <numerusform>Delete %n subscription? This cannot be undone.

</numerusform>
            <numerusform>Delete %n subscriptions? This cannot be undone.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message numerus="yes">
        <location filename="../ui/NewSubscriptionDialog.cpp" line="+148"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>Setting %n event(s)…</source>
        <translation>
            <numerusform>Setting %n event…</numerusform>
            <numerusform>Setting %n events…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfilesDialog.cpp" line="+140"/>
        <source>%1: connected, %n event type(s) available.</source>
        <translation>
            <numerusform>%1: connected, %n event type available.</numerusform>
            <numerusform>%1: connected, %n event types available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../ui/QueuePanel.cpp" line="+72"/>
        <source>%n request(s) waiting or in flight.</source>
        <translation>
            <numerusform>%n request waiting or in flight.</numerusform>
            <numerusform>%n requests waiting or in flight.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatusWidget</name>
    <message numerus="yes">
        <location filename="../ui/QueueStatusWidget.cpp" line="+67"/>
        <source>%n queued · next slot in %1</source>
        <translation>
            <numerusform>%n queued · next slot in %1</numerusform>
            <numerusform>%n queued · next slot in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n request in progress</numerusform>
            <numerusform>%n requests in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SubscriptionCommands.cpp" line="+104"/>
        <source>, %n retries pending</source>
        <translation>
            <numerusform>, %n retry pending</numerusform>
            <numerusform>, %n retries pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webhookctl</name>
    <message numerus="yes">
        <location filename="../app/cli/IdList.cpp" line="+66"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ProgressLine.cpp" line="+20"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
</TS>
