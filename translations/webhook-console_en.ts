<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityLogCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ActivityLogCommand.cpp" line="+118"/>
        <source>Changes made from this computer to %1 (kept for %n day(s); not the server&apos;s history):</source>
        <translation>
            <numerusform>Changes made from this computer to %1 (kept for %n day; not the server&apos;s history):</numerusform>
            <numerusform>Changes made from this computer to %1 (kept for %n days; not the server&apos;s history):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptReport</name>
    <message numerus="yes">
        <location filename="../app/cli/AttemptReport.cpp" line="+33"/>
        <source>No answer from %1 after %2 (%n attempt(s)). The server may be down or overloaded: try again later, or allow more time with --timeout.</source>
        <translation>
            <numerusform>No answer from %1 after %2 (%n attempt). The server may be down or overloaded: try again later, or allow more time with --timeout.</numerusform>
            <numerusform>No answer from %1 after %2 (%n attempts). The server may be down or overloaded: try again later, or allow more time with --timeout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Tried %n time(s) in %1.</source>
        <translation>
            <numerusform>Tried once in %1.</numerusform>
            <numerusform>Tried %n times in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/BulkCommand.cpp" line="+137"/>
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
        <source>Interrupted: %n not sent. They are kept in the journal: webhookctl resume sends them, webhookctl discard --all forgets them.</source>
        <translation>
            <numerusform>Interrupted: %n not sent. It is kept in the journal: webhookctl resume sends it, webhookctl discard --all forgets it.</numerusform>
            <numerusform>Interrupted: %n not sent. They are kept in the journal: webhookctl resume sends them, webhookctl discard --all forgets them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location filename="../ui/BulkJobRunner.cpp" line="+28"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>Resume %n pending change(s)</source>
        <translation>
            <numerusform>Resume %n pending change</numerusform>
            <numerusform>Resume %n pending changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/cli/CommandCatalogue.cpp" line="+189"/>
        <source>Also list the confirmed and failed writes still kept (%n day(s) unless set with log --keep-days).</source>
        <translation>
            <numerusform>Also list the confirmed and failed writes still kept (%n day unless set with log --keep-days).</numerusform>
            <numerusform>Also list the confirmed and failed writes still kept (%n days unless set with log --keep-days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Give a subscription a new secret without an outage. The API shows a secret only when a subscription is created, so this makes a copy (same URL, description and events), disables it and prints its secret once. The customer switches to the new secret and the new id; then the cut-over enables the copy and disables the old one (during the overlap an event may arrive twice: deduplicate on the payload&apos;s id). The old subscription is deleted when its retries are over (the server&apos;s health extension tells), at the latest %n hour(s) after the cut-over: run --continue then.
Each step is recorded in the journal first; after a crash, a kill or Ctrl-C, --continue JOB goes on where it stopped and leaves exactly one copy (a copy whose secret was never printed is deleted and made again, with a new secret). The events are the ones last set from this computer; the API never reports them, so give them with --events when they were set elsewhere.</source>
        <translation>
            <numerusform>Give a subscription a new secret without an outage. The API shows a secret only when a subscription is created, so this makes a copy (same URL, description and events), disables it and prints its secret once. The customer switches to the new secret and the new id; then the cut-over enables the copy and disables the old one (during the overlap an event may arrive twice: deduplicate on the payload&apos;s id). The old subscription is deleted when its retries are over (the server&apos;s health extension tells), at the latest %n hour after the cut-over: run --continue then.
Each step is recorded in the journal first; after a crash, a kill or Ctrl-C, --continue JOB goes on where it stopped and leaves exactly one copy (a copy whose secret was never printed is deleted and made again, with a new secret). The events are the ones last set from this computer; the API never reports them, so give them with --events when they were set elsewhere.</numerusform>
            <numerusform>Give a subscription a new secret without an outage. The API shows a secret only when a subscription is created, so this makes a copy (same URL, description and events), disables it and prints its secret once. The customer switches to the new secret and the new id; then the cut-over enables the copy and disables the old one (during the overlap an event may arrive twice: deduplicate on the payload&apos;s id). The old subscription is deleted when its retries are over (the server&apos;s health extension tells), at the latest %n hours after the cut-over: run --continue then.
Each step is recorded in the journal first; after a crash, a kill or Ctrl-C, --continue JOB goes on where it stopped and leaves exactly one copy (a copy whose secret was never printed is deleted and made again, with a new secret). The events are the ones last set from this computer; the API never reports them, so give them with --events when they were set elsewhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message numerus="yes">
        <location filename="../ui/ConsolePage.cpp" line="+224"/>
        <source>Changes are kept for %n day(s) from now on.</source>
        <translation>
            <numerusform>Changes are kept for %n day from now on.</numerusform>
            <numerusform>Changes are kept for %n days from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message numerus="yes">
        <location filename="../app/check/EndpointCheck.cpp" line="+293"/>
        <source>The certificate of %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>The certificate of %1 expired %n day ago</numerusform>
            <numerusform>The certificate of %1 expired %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../ui/ExportActions.cpp" line="+175"/>
        <location line="+12"/>
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>Exported %n subscription to %1.</numerusform>
            <numerusform>Exported %n subscriptions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Fetching the attempts of %n delivery(s)…</source>
        <translation>
            <numerusform>Fetching the attempts of %n delivery…</numerusform>
            <numerusform>Fetching the attempts of %n deliveries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n delivery(s) to %1.</source>
        <translation>
            <numerusform>Exported %n delivery to %1.</numerusform>
            <numerusform>Exported %n deliveries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/JournalCommands.cpp" line="+139"/>
        <source>%n create(s) went out without an answer and may exist on the server already: %1. They are never re-sent on their own. Check with webhookctl list; if one is not there, webhookctl requeue SEQ and the next resume creates it; if it is, webhookctl discard SEQ.</source>
        <translation>
            <numerusform>%n create went out without an answer and may exist on the server already: %1. It is never re-sent on its own. Check with webhookctl list; if it is not there, webhookctl requeue SEQ and the next resume creates it; if it is, webhookctl discard SEQ.</numerusform>
            <numerusform>%n creates went out without an answer and may exist on the server already: %1. They are never re-sent on their own. Check with webhookctl list; if one is not there, webhookctl requeue SEQ and the next resume creates it; if it is, webhookctl discard SEQ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Forget %n pending write(s) of %1 without sending them?</source>
        <translation>
            <numerusform>Forget %n pending write of %1 without sending it?</numerusform>
            <numerusform>Forget %n pending writes of %1 without sending them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was forgotten. Add --yes to forget the %n pending write(s) without being asked.</source>
        <translation>
            <numerusform>Nothing was forgotten. Add --yes to forget the %n pending write without being asked.</numerusform>
            <numerusform>Nothing was forgotten. Add --yes to forget the %n pending writes without being asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Forgot %n pending write(s).</source>
        <translation>
            <numerusform>Forgot %n pending write.</numerusform>
            <numerusform>Forgot %n pending writes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Send these %n write(s) now?</source>
        <translation>
            <numerusform>Send this %n write now?</numerusform>
            <numerusform>Send these %n writes now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was sent. Add --yes to send the %n pending write(s) without being asked.</source>
        <translation>
            <numerusform>Nothing was sent. Add --yes to send the %n pending write without being asked.</numerusform>
            <numerusform>Nothing was sent. Add --yes to send the %n pending writes without being asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+227"/>
        <source>Resumed %1 of %n pending write(s).</source>
        <translation>
            <numerusform>Resumed %1 of %n pending write.</numerusform>
            <numerusform>Resumed %1 of %n pending writes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Interrupted: %n not sent; they stay pending.</source>
        <translation>
            <numerusform>Interrupted: %n not sent; it stays pending.</numerusform>
            <numerusform>Interrupted: %n not sent; they stay pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+356"/>
        <source>Closing when the %n pending change(s) are answered…</source>
        <translation>
            <numerusform>Closing when the %n pending change is answered…</numerusform>
            <numerusform>Closing when the %n pending changes are answered…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message numerus="yes">
        <location filename="../ui/NewSubscriptionDialog.cpp" line="+311"/>
        <source>Setting %n event(s)…</source>
        <translation>
            <numerusform>Setting %n event…</numerusform>
            <numerusform>Setting %n events…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingCloseQuestion</name>
    <message numerus="yes">
        <location filename="../ui/PendingCloseQuestion.cpp" line="+9"/>
        <source>%n change(s) are still queued or waiting for the server&apos;s answer.</source>
        <translation>
            <numerusform>%n change is still queued or waiting for the server&apos;s answer.</numerusform>
            <numerusform>%n changes are still queued or waiting for the server&apos;s answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingWritesDialog</name>
    <message numerus="yes">
        <location filename="../ui/PendingWritesDialog.cpp" line="+33"/>
        <source>%n change(s) from an earlier session were not confirmed by the server. Resume sends each of them once; Discard forgets them; Later asks again at the next start.</source>
        <translation>
            <numerusform>%n change from an earlier session was not confirmed by the server. Resume sends it once; Discard forgets it; Later asks again at the next start.</numerusform>
            <numerusform>%n changes from an earlier session were not confirmed by the server. Resume sends each of them once; Discard forgets them; Later asks again at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n create(s) may exist on the server: check the subscription list before creating them again. Resume does not send them; if one is not on the server, select it and choose &quot;Checked: Send Again&quot;.</source>
        <translation>
            <numerusform>%n create may exist on the server: check the subscription list before creating it again. Resume does not send it; if it is not on the server, select it and choose &quot;Checked: Send Again&quot;.</numerusform>
            <numerusform>%n creates may exist on the server: check the subscription list before creating them again. Resume does not send them; if one is not on the server, select it and choose &quot;Checked: Send Again&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfilesDialog.cpp" line="+255"/>
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
        <location filename="../ui/QueuePanel.cpp" line="+92"/>
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
        <location filename="../ui/QueueStatusWidget.cpp" line="+80"/>
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
    <name>ReissueCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ReissueCommand.cpp" line="+163"/>
        <source>%n delivery(s) to subscription %1 are still being retried. Delete it once they are over, at the latest after %2:</source>
        <translation>
            <numerusform>%n delivery to subscription %1 is still being retried. Delete it once it is over, at the latest after %2:</numerusform>
            <numerusform>%n deliveries to subscription %1 are still being retried. Delete it once they are over, at the latest after %2:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowChangeMarks</name>
    <message numerus="yes">
        <location filename="../models/RowChangeMarks.cpp" line="+123"/>
        <source>%n started failing</source>
        <translation>
            <numerusform>%n started failing</numerusform>
            <numerusform>%n started failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recovered</source>
        <translation>
            <numerusform>%n recovered</numerusform>
            <numerusform>%n recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n enabled or disabled</source>
        <translation>
            <numerusform>%n enabled or disabled</numerusform>
            <numerusform>%n enabled or disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message numerus="yes">
        <location filename="../ui/SecretField.cpp" line="+34"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretReissueDialog</name>
    <message numerus="yes">
        <location filename="../ui/SecretReissueDialog.cpp" line="+154"/>
        <source>The API shows a subscription&apos;s secret only when it is created, so a new secret needs a new subscription. This makes a copy of %1 with the same URL, description and events, disabled, and shows its secret once. When the customer is ready, cut over: the copy is enabled and %2 disabled. %2 is deleted when its retries are over, at the latest %n hour(s) after the cut-over.</source>
        <translation>
            <numerusform>The API shows a subscription&apos;s secret only when it is created, so a new secret needs a new subscription. This makes a copy of %1 with the same URL, description and events, disabled, and shows its secret once. When the customer is ready, cut over: the copy is enabled and %2 disabled. %2 is deleted when its retries are over, at the latest %n hour after the cut-over.</numerusform>
            <numerusform>The API shows a subscription&apos;s secret only when it is created, so a new secret needs a new subscription. This makes a copy of %1 with the same URL, description and events, disabled, and shows its secret once. When the customer is ready, cut over: the copy is enabled and %2 disabled. %2 is deleted when its retries are over, at the latest %n hours after the cut-over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n delivery(s) to %1 are still being retried. It is deleted when they are over, at the latest after %2: open this again from the reminder above the list.</source>
        <translation>
            <numerusform>%n delivery to %1 is still being retried. It is deleted when it is over, at the latest after %2: open this again from the reminder above the list.</numerusform>
            <numerusform>%n deliveries to %1 are still being retried. It is deleted when they are over, at the latest after %2: open this again from the reminder above the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/SubscriptionCommands.cpp" line="+132"/>
        <source>No subscriptions match (%n in all).</source>
        <translation>
            <numerusform>No subscriptions match (%n in all).</numerusform>
            <numerusform>No subscriptions match (%n in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>, %n retries pending</source>
        <translation>
            <numerusform>, %n retry pending</numerusform>
            <numerusform>, %n retries pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionFactsView</name>
    <message numerus="yes">
        <location filename="../ui/SubscriptionFactsView.cpp" line="+93"/>
        <source>%n retry(s) pending</source>
        <translation>
            <numerusform>%n retry pending</numerusform>
            <numerusform>%n retries pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionListWidget</name>
    <message numerus="yes">
        <location filename="../ui/SubscriptionListWidget.cpp" line="+324"/>
        <source>Loaded %n subscription(s).</source>
        <translation>
            <numerusform>Loaded %n subscription.</numerusform>
            <numerusform>Loaded %n subscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionCountBar.cpp" line="+76"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionRowActions</name>
    <message numerus="yes">
        <location filename="../ui/SubscriptionRowActions.cpp" line="+82"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
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
        <location line="+2"/>
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
        <location line="+26"/>
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
    <name>WatchAlerts</name>
    <message numerus="yes">
        <location filename="../ui/WatchAlerts.cpp" line="+48"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n watched subscription(s) changed</source>
        <translation>
            <numerusform>%n watched subscription changed</numerusform>
            <numerusform>%n watched subscriptions changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCoordinator</name>
    <message numerus="yes">
        <location filename="../ui/WatchCoordinator.cpp" line="+34"/>
        <source>Now watching %n more failing subscription(s).</source>
        <translation>
            <numerusform>Now watching %n more failing subscription.</numerusform>
            <numerusform>Now watching %n more failing subscriptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>webhookctl</name>
    <message numerus="yes">
        <location filename="../app/cli/IdList.cpp" line="+65"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ProgressLine.cpp" line="+18"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
</TS>
