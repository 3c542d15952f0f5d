<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/AboutBox.cpp" line="+10"/>
        <source>About Webhook Console</source>
        <translation>Über Webhook Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Webhook Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for webhook subscriptions: find, toggle, edit, create and delete subscriptions, and see why deliveries fail.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QtKeychain (BSD licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhook Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Webhook-Abonnements: Abonnements finden, aktivieren und deaktivieren, bearbeiten, anlegen und löschen und sehen, warum Zustellungen fehlschlagen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPL v3) und QtKeychain (BSD-Lizenz).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityFeed</name>
    <message>
        <location filename="../ui/ActivityFeed.cpp" line="+15"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-issue: %1</source>
        <translation>Neuausstellung: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1, profile %2 on %3</source>
        <translation>%1, Profil %2 auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>ActivityLogCommand</name>
    <message>
        <location filename="../app/cli/ActivityLogCommand.cpp" line="+68"/>
        <source>--keep-days needs a number of days, not &quot;%1&quot;.</source>
        <translation>--keep-days braucht eine Anzahl Tage, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--since needs a date (2026-12-01), a date and time (2026-12-01T09:30:00Z) or a time ago (90m, 12h, 7d), not &quot;%1&quot;.</source>
        <translation>--since braucht ein Datum (2026-12-01), Datum und Uhrzeit (2026-12-01T09:30:00Z) oder eine Zeitspanne zurück (90m, 12h, 7d), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--subscription needs a subscription id (a number), not &quot;%1&quot;.</source>
        <translation>--subscription braucht die ID eines Abonnements (eine Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No changes made from this computer to %1 in this time.</source>
        <translation>In dieser Zeit wurde von diesem Computer aus nichts an %1 geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Changes made from this computer to %1 (kept for %n day(s); not the server&apos;s history):</source>
        <translation>
            <numerusform>Änderungen von diesem Computer aus an %1 (%n Tag aufbewahrt; nicht der Verlauf des Servers):</numerusform>
            <numerusform>Änderungen von diesem Computer aus an %1 (%n Tage aufbewahrt; nicht der Verlauf des Servers):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../models/ActivityTableModel.cpp" line="+91"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../ui/ActivityWidget.cpp" line="+94"/>
        <source>The changes made from this computer cannot be listed: %1</source>
        <translation>Die Änderungen von diesem Computer aus können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changes made from this computer to this connection, newest first, by webhook-console and webhookctl. This is not the server&apos;s history: changes made from elsewhere are not listed. Double-click a row to show its subscription.</source>
        <translation>Die Änderungen an dieser Verbindung, die von diesem Computer aus gemacht wurden (mit webhook-console und webhookctl), die neuesten zuerst. Das ist nicht der Verlauf des Servers: Änderungen von anderswo stehen nicht darin. Doppelklick auf eine Zeile zeigt ihr Abonnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to this subscription made from this computer, newest first.</source>
        <translation>Änderungen an diesem Abonnement von diesem Computer aus, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search changes: id, URL, user, kind, time (Ctrl+F)</source>
        <translation>Änderungen suchen: ID, URL, Benutzer, Art, Zeit (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search changes</source>
        <translation>Änderungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep for</source>
        <translation>Aufbe&amp;wahren für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long finished changes stay in this list (and in webhookctl log), for both programs.</source>
        <translation>Wie lange abgeschlossene Änderungen in dieser Liste (und in webhookctl log) bleiben, für beide Programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made from this computer</source>
        <translation>Änderungen von diesem Computer aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to this subscription</source>
        <translation>Änderungen an diesem Abonnement</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../app/api/ApiClient.cpp" line="+91"/>
        <source>The server address &quot;%1&quot; is not a complete http:// or https:// address.</source>
        <translation>Die Serveradresse „%1“ ist keine vollständige http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+320"/>
        <source>Unknown delivery status &quot;%1&quot;.</source>
        <translation>Unbekannter Zustellstatus „%1“.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+139"/>
        <source>The server could not be reached. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar. Bitte prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to the server failed: its certificate could not be trusted. Nothing was sent.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: Seinem Zertifikat kann nicht vertraut werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address uses plain http:// to another computer, so the API key would be sent unencrypted. Use https://, or allow insecure connections explicitly.</source>
        <translation>Die Serveradresse verwendet unverschlüsseltes http:// zu einem anderen Rechner; der API-Schlüssel würde also im Klartext übertragen. Verwenden Sie https:// oder erlauben Sie unsichere Verbindungen ausdrücklich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war für den Server zu groß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not understand the request.</source>
        <translation>Der Server hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server rejected some values.</source>
        <translation>Der Server hat einige Werte abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key was not accepted. Check the key in the profile settings.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert. Prüfen Sie den Schlüssel in den Profileinstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This API key is not allowed to do that.</source>
        <translation>Mit diesem API-Schlüssel ist das nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription (or item) does not exist, or was deleted in the meantime.</source>
        <translation>Das Abonnement (bzw. der Eintrag) existiert nicht oder wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with the current state on the server. Reload and try again.</source>
        <translation>Die Änderung passt nicht zum aktuellen Stand auf dem Server. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s rate limit was reached. Try again in a moment.</source>
        <translation>Die Ratenbegrenzung des Servers ist erreicht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some values are not valid.</source>
        <translation>Einige Werte sind ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server does not offer delivery details.</source>
        <translation>Dieser Server bietet keine Details zu Zustellungen an.</translation>
    </message>
</context>
<context>
    <name>AttemptReport</name>
    <message>
        <location filename="../app/cli/AttemptReport.cpp" line="+12"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer within %1</source>
        <translation>Keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time</source>
        <translation>Keine Antwort in der Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered %1</source>
        <translation>Der Server hat mit %1 geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection failed (%1)</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; trying again (attempt %2 of %3)…</source>
        <translation>%1; neuer Versuch (Versuch %2 von %3) …</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No answer from %1 after %2 (%n attempt(s)). The server may be down or overloaded: try again later, or allow more time with --timeout.</source>
        <translation>
            <numerusform>Keine Antwort von %1 nach %2 (%n Versuch). Der Server ist vielleicht nicht in Betrieb oder überlastet: Versuchen Sie es später noch einmal, oder geben Sie mit --timeout mehr Zeit.</numerusform>
            <numerusform>Keine Antwort von %1 nach %2 (%n Versuche). Der Server ist vielleicht nicht in Betrieb oder überlastet: Versuchen Sie es später noch einmal, oder geben Sie mit --timeout mehr Zeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Tried %n time(s) in %1.</source>
        <translation>
            <numerusform>%n Versuch in %1.</numerusform>
            <numerusform>%n Versuche in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCommand</name>
    <message>
        <location filename="../app/cli/BulkCommand.cpp" line="+28"/>
        <source>&quot;-&quot; reads ids from standard input, but standard input is closed.</source>
        <translation>„-“ liest IDs von der Standardeingabe, aber die Standardeingabe ist geschlossen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enabling</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabling</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Enabled %1 of %n subscription(s).</source>
        <translation>
            <numerusform>%1 von einem Abonnement aktiviert.</numerusform>
            <numerusform>%1 von %n Abonnements aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disabled %1 of %n subscription(s).</source>
        <translation>
            <numerusform>%1 von einem Abonnement deaktiviert.</numerusform>
            <numerusform>%1 von %n Abonnements deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deleted %1 of %n subscription(s).</source>
        <translation>
            <numerusform>%1 von einem Abonnement gelöscht.</numerusform>
            <numerusform>%1 von %n Abonnements gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Interrupted: %n not sent. They are kept in the journal: webhookctl resume sends them, webhookctl discard --all forgets them.</source>
        <translation>
            <numerusform>Unterbrochen: eines nicht gesendet. Es bleibt im Journal: webhookctl resume sendet es, webhookctl discard --all vergisst es.</numerusform>
            <numerusform>Unterbrochen: %n nicht gesendet. Sie bleiben im Journal: webhookctl resume sendet sie, webhookctl discard --all vergisst sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n failed:</source>
        <translation>
            <numerusform>%n fehlgeschlagen:</numerusform>
            <numerusform>%n fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkJobRunner</name>
    <message numerus="yes">
        <location filename="../ui/BulkJobRunner.cpp" line="+28"/>
        <source>Enable %n subscription(s)</source>
        <translation>
            <numerusform>Ein Abonnement aktivieren</numerusform>
            <numerusform>%n Abonnements aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Disable %n subscription(s)</source>
        <translation>
            <numerusform>Ein Abonnement deaktivieren</numerusform>
            <numerusform>%n Abonnements deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n subscription(s)</source>
        <translation>
            <numerusform>Ein Abonnement löschen</numerusform>
            <numerusform>%n Abonnements löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Resume %n pending change(s)</source>
        <translation>
            <numerusform>Eine ausstehende Änderung senden</numerusform>
            <numerusform>%n ausstehende Änderungen senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressPanel</name>
    <message>
        <location filename="../ui/BulkProgressPanel.cpp" line="+50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>Bulk job progress</source>
        <translation>Fortschritt des Massenvorgangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel bulk job</source>
        <translation>Massenvorgang abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the job: requests not sent yet are dropped (Ctrl+Shift+X)</source>
        <translation>Vorgang anhalten: Noch nicht gesendete Anfragen entfallen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close bulk job report</source>
        <translation>Bericht des Massenvorgangs schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk job status</source>
        <translation>Status des Massenvorgangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Einträge</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: finished. %2 done, %3 failed, %4 cancelled.</source>
        <translation>%1: abgeschlossen. %2 erledigt, %3 fehlgeschlagen, %4 abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 done, %3 failed</source>
        <translation>%1: %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimating time left…</source>
        <translation>Restzeit wird geschätzt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>CertificateReport</name>
    <message>
        <location filename="../app/api/CertificateReport.cpp" line="+32"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from: %1</source>
        <translation>Gültig ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The certificate is self-signed: no authority this computer trusts vouches for it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle, der dieser Rechner vertraut, bürgt dafür.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate was issued by an authority this computer does not trust.</source>
        <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, der dieser Rechner nicht vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate was issued for another server name, not for the address you connect to.</source>
        <translation>Das Zertifikat wurde für einen anderen Servernamen ausgestellt, nicht für die Adresse, mit der Sie sich verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is only valid from %1.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate was revoked by its issuer.</source>
        <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is on a list of certificates that must never be trusted.</source>
        <translation>Das Zertifikat steht auf einer Liste von Zertifikaten, denen nie vertraut werden darf.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+22"/>
        <source>--secret-stdin signs a test delivery: give --send-test EVENT too.</source>
        <translation>--secret-stdin signiert eine Testzustellung: Geben Sie auch --send-test EREIGNIS an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret-stdin and --api-key-stdin both read standard input: use a profile or WEBHOOK_API_KEY for the key.</source>
        <translation>--secret-stdin und --api-key-stdin lesen beide die Standardeingabe: Nehmen Sie für den Schlüssel ein Profil oder WEBHOOK_API_KEY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--send-test needs an event type, for example --send-test orders.created.</source>
        <translation>--send-test braucht einen Ereignistyp, zum Beispiel --send-test orders.created.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither a subscription id nor an http:// or https:// URL.</source>
        <translation>„%1“ ist weder eine Abonnement-ID noch eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing secret: </source>
        <translation>Signaturgeheimnis: </translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <location filename="../app/cli/CommandGroup.cpp" line="+50"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandCatalogue.cpp" line="+23"/>
        <source>Show help (for the command, when one is given).</source>
        <translation>Hilfe anzeigen (zum Befehl, falls einer angegeben ist).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address, e.g. https://api.example.com (overrides the profile&apos;s).</source>
        <translation>Serveradresse, z. B. https://api.example.com (statt der des Profils).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Use this profile (default: the last one added or used).</source>
        <translation>Dieses Profil verwenden (Standard: das zuletzt hinzugefügte oder verwendete).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the API key from the first line of standard input.</source>
        <translation>Den API-Schlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every documented limit but over this window (250ms, 6s, 1m).</source>
        <translation>Alle dokumentierten Grenzen beibehalten, aber über dieses Zeitfenster (250ms, 6s, 1m).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set one bucket&apos;s limit, e.g. &apos;PATCH /api/v1/webhooks/{id}=100/1m&apos; (repeatable).</source>
        <translation>Die Grenze eines Endpunkts festlegen, z. B. &apos;PATCH /api/v1/webhooks/{id}=100/1m&apos; (mehrfach möglich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPEC</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain http:// to a host other than this computer (the key travels unencrypted).</source>
        <translation>Unverschlüsseltes http:// zu einem anderen Rechner erlauben (der Schlüssel wird im Klartext übertragen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description (at most 1000 characters; empty clears it on update).</source>
        <translation>Beschreibung (höchstens 1000 Zeichen; bei update löscht ein leerer Wert sie).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Comma-separated event types, e.g. order.created,order.paid.</source>
        <translation>Ereignistypen, durch Kommas getrennt, z. B. order.created,order.paid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CSV instead of a table: UTF-8, comma-separated, a header line of field names, text that starts with =, +, -, @ or a tab behind a single quote.</source>
        <translation>CSV statt einer Tabelle ausgeben: UTF-8, durch Kommas getrennt, eine Kopfzeile mit Feldnamen, Text, der mit =, +, -, @ oder einem Tabulator beginnt, mit vorangestelltem einfachem Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ids are positive whole numbers; &quot;-&quot; reads more ids from standard input (separated by spaces, commas or new lines). Every id is checked before anything is sent. The requests run on the bulk lane, paced within the rate limits; a progress line with an ETA is shown on a terminal, and a summary at the end. The exit code is not 0 when any id failed.</source>
        <translation>IDs sind positive ganze Zahlen; „-“ liest weitere IDs von der Standardeingabe (getrennt durch Leerzeichen, Kommas oder Zeilenumbrüche). Jede ID wird geprüft, bevor etwas gesendet wird. Die Anfragen laufen auf der Spur für Massenvorgänge, im Takt der Ratenbegrenzung; im Terminal erscheint eine Fortschrittszeile mit Restzeit und am Ende eine Zusammenfassung. Schlägt eine ID fehl, ist der Exit-Code nicht 0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the event types a subscription can receive.</source>
        <translation>Die Ereignistypen auflisten, die ein Abonnement empfangen kann.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show one subscription.</source>
        <translation>Ein Abonnement anzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a subscription. The events are set with a second request (PATCH) after the create; if only that fails, you are told so exactly. The client secret is printed once: store it.</source>
        <translation>Ein Abonnement anlegen. Die Ereignisse werden nach dem Anlegen mit einer zweiten Anfrage (PATCH) gesetzt; schlägt nur diese fehl, wird genau das gemeldet. Das Client-Secret wird ein einziges Mal ausgegeben: Bewahren Sie es auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New endpoint URL.</source>
        <translation>Neue URL des Endpunkts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the subscription.</source>
        <translation>Das Abonnement aktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the subscription.</source>
        <translation>Das Abonnement deaktivieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable subscriptions.</source>
        <translation>Abonnements aktivieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable subscriptions.</source>
        <translation>Abonnements deaktivieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete subscriptions.</source>
        <translation>Abonnements löschen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only deliveries in this state: pending, retrying, delivered or failed.</source>
        <translation>Nur Zustellungen in diesem Zustand: pending (ausstehend), retrying (wird wiederholt), delivered (zugestellt) oder failed (fehlgeschlagen).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N deliveries (default 50).</source>
        <translation>Höchstens N Zustellungen (Standard 50).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+102"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Skip the first M deliveries.</source>
        <translation>Die ersten M Zustellungen überspringen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry one delivery now (server extension).</source>
        <translation>Eine Zustellung jetzt erneut versuchen (Servererweiterung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check whether a subscription&apos;s endpoint (by id) or a URL can receive deliveries: resolve its name, connect, check its TLS certificate (https), then send one HTTP HEAD without following redirects. Prints one line per step and a sentence that says what is wrong. Only the id&apos;s lookup talks to the API; the endpoint never gets the API key. Exit code 0 when it answers 2xx, 10 when it is unreachable or answers otherwise, 2 for a bad URL or a private target without --allow-private-targets.</source>
        <translation>Prüft, ob der Endpunkt eines Abonnements (per ID) oder eine URL Zustellungen empfangen kann: löst den Namen auf, verbindet sich, prüft das TLS-Zertifikat (https) und sendet dann ein HTTP HEAD, ohne Umleitungen zu folgen. Gibt eine Zeile je Schritt aus und einen Satz, der sagt, was nicht stimmt. Nur das Nachschlagen der ID spricht mit der API; der Endpunkt bekommt den API-Schlüssel nie. Exit-Code 0, wenn er mit 2xx antwortet, 10, wenn er nicht erreichbar ist oder anders antwortet, 2 bei einer ungültigen URL oder einem privaten Ziel ohne --allow-private-targets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also check loopback and private addresses (127/8, 10/8, 192.168/16, ::1, ...).</source>
        <translation>Auch Loopback- und private Adressen prüfen (127/8, 10/8, 192.168/16, ::1, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the HEAD, POST a sample EVENT event marked as a test (&quot;test&quot;: true) with the Standard Webhooks headers. The endpoint may act on it like on a real event: send it only when its owner expects it.</source>
        <translation>Statt des HEAD ein als Test markiertes Beispielereignis EVENT (&quot;test&quot;: true) mit den Standard-Webhooks-Kopfzeilen per POST senden. Der Endpunkt kann es wie ein echtes Ereignis verarbeiten: Nur senden, wenn sein Betreiber damit rechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign the test delivery with the subscription&apos;s secret (whsec_...), read from the first line of standard input; without it the test is sent unsigned.</source>
        <translation>Die Testzustellung mit dem Geheimnis des Abonnements (whsec_...) signieren, gelesen aus der ersten Zeile der Standardeingabe; ohne es wird der Test unsigniert gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the writes the server has not confirmed. They are left by a crash, a kill or Ctrl-C, for this profile (or server). Every write webhookctl makes is recorded in the profile&apos;s journal before it is sent. A create that was sent without an answer is flagged: it may exist on the server, so check there before sending it again (requeue) or forgetting it (discard). Exit code 0 when nothing is pending, 9 when something is.</source>
        <translation>Die Änderungen auflisten, die der Server nicht bestätigt hat. Sie bleiben nach einem Absturz, einem kill oder Strg+C für dieses Profil (oder diesen Server) zurück. Jede Änderung, die webhookctl vornimmt, wird vor dem Senden im Journal des Profils festgehalten. Eine Neuanlage, die ohne Antwort gesendet wurde, wird markiert: Das Abonnement existiert womöglich bereits auf dem Server; prüfen Sie das dort, bevor Sie sie erneut senden (requeue) oder vergessen (discard). Exit-Code 0, wenn nichts aussteht, 9, wenn etwas aussteht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Let the next resume send these writes. SEQ is the number pending shows; use it for a create you checked is NOT on the server, or for a failed write to try once more.</source>
        <translation>Diese Änderungen beim nächsten resume senden lassen. SEQ ist die Nummer, die pending anzeigt; verwenden Sie das für eine Neuanlage, die nachweislich NICHT auf dem Server existiert, oder für eine fehlgeschlagene Änderung, die noch einmal versucht werden soll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget pending writes without sending them. The given ones (SEQ as pending shows it), or --all pending ones (asks first unless --yes is given).</source>
        <translation>Ausstehende Änderungen vergessen, ohne sie zu senden: die angegebenen (SEQ, wie pending sie anzeigt) oder mit --all alle ausstehenden (fragt vorher nach, sofern --yes nicht angegeben ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every pending write.</source>
        <translation>Alle ausstehenden Änderungen vergessen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the changes made from this computer (the activity log). For the profile (or server) in use, oldest first: when, by which user, each field before and after, and how it ended (confirmed, failed and why, uncertain, not sent, discarded). Both webhookctl and webhook-console add to it. It is not the server&apos;s history: changes made from elsewhere are not in it. webhookctl does not read a subscription before changing it, so its own changes show the value before as &quot;?&quot;. Reads local files only.</source>
        <translation>Die Änderungen von diesem Computer aus zeigen (das Aktivitätsprotokoll). Für das verwendete Profil (oder den Server), die ältesten zuerst: wann, von welchem Benutzer, jedes Feld vorher und nachher, und wie sie ausgingen (bestätigt, fehlgeschlagen und warum, ungewiss, nicht gesendet, verworfen). webhookctl und webhook-console tragen beide dazu bei. Das ist nicht der Verlauf des Servers: Änderungen von anderswo stehen nicht darin. webhookctl liest ein Abonnement vor dem Ändern nicht, daher zeigen seine eigenen Änderungen den Wert vorher als „?“. Liest nur lokale Dateien.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Give a subscription a new secret without an outage. The API shows a secret only when a subscription is created, so this makes a copy (same URL, description and events), disables it and prints its secret once. The customer switches to the new secret and the new id; then the cut-over enables the copy and disables the old one (during the overlap an event may arrive twice: deduplicate on the payload&apos;s id). The old subscription is deleted when its retries are over (the server&apos;s health extension tells), at the latest %n hour(s) after the cut-over: run --continue then.
Each step is recorded in the journal first; after a crash, a kill or Ctrl-C, --continue JOB goes on where it stopped and leaves exactly one copy (a copy whose secret was never printed is deleted and made again, with a new secret). The events are the ones last set from this computer; the API never reports them, so give them with --events when they were set elsewhere.</source>
        <translation>
            <numerusform>Einem Abonnement ein neues Secret ohne Ausfall geben. Die API zeigt ein Secret nur beim Anlegen eines Abonnements, daher wird eine Kopie angelegt (gleiche URL, Beschreibung und Ereignisse), deaktiviert und ihr Secret einmal ausgegeben. Der Kunde stellt auf das neue Secret und die neue ID um; dann aktiviert die Umstellung die Kopie und deaktiviert das alte Abonnement (während der Überschneidung kann ein Ereignis doppelt ankommen: anhand der id der Nutzdaten deduplizieren). Das alte Abonnement wird gelöscht, wenn seine Wiederholungen vorbei sind (die Health-Erweiterung des Servers sagt es), spätestens %n Stunde nach der Umstellung: dann --continue ausführen.
Jeder Schritt wird zuerst im Journal festgehalten; nach einem Absturz, einem Kill oder Strg+C macht --continue JOB dort weiter, wo es stehen blieb, und hinterlässt genau eine Kopie (eine Kopie, deren Secret nie ausgegeben wurde, wird gelöscht und mit neuem Secret neu angelegt). Die Ereignisse sind die zuletzt von diesem Computer gesetzten; die API meldet sie nie, geben Sie sie daher mit --events an, wenn sie anderswo gesetzt wurden.</numerusform>
            <numerusform>Einem Abonnement ein neues Secret ohne Ausfall geben. Die API zeigt ein Secret nur beim Anlegen eines Abonnements, daher wird eine Kopie angelegt (gleiche URL, Beschreibung und Ereignisse), deaktiviert und ihr Secret einmal ausgegeben. Der Kunde stellt auf das neue Secret und die neue ID um; dann aktiviert die Umstellung die Kopie und deaktiviert das alte Abonnement (während der Überschneidung kann ein Ereignis doppelt ankommen: anhand der id der Nutzdaten deduplizieren). Das alte Abonnement wird gelöscht, wenn seine Wiederholungen vorbei sind (die Health-Erweiterung des Servers sagt es), spätestens %n Stunden nach der Umstellung: dann --continue ausführen.
Jeder Schritt wird zuerst im Journal festgehalten; nach einem Absturz, einem Kill oder Strg+C macht --continue JOB dort weiter, wo es stehen blieb, und hinterlässt genau eine Kopie (eine Kopie, deren Secret nie ausgegeben wurde, wird gelöscht und mit neuem Secret neu angelegt). Die Ereignisse sind die zuletzt von diesem Computer gesetzten; die API meldet sie nie, geben Sie sie daher mit --events an, wenn sie anderswo gesetzt wurden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>now: cut over as soon as the secret is printed; later (the default): wait until --continue JOB --cutover now.</source>
        <translation>now: umstellen, sobald das Secret ausgegeben ist; later (Standard): warten bis --continue JOB --cutover now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on with the re-issue JOB where it stopped.</source>
        <translation>Die Neuausstellung JOB dort fortsetzen, wo sie stehen blieb.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Give up the re-issue JOB before its cut-over: its copy is deleted, the old subscription stays as it is.</source>
        <translation>Die Neuausstellung JOB vor ihrer Umstellung aufgeben: Ihre Kopie wird gelöscht, das alte Abonnement bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the re-issues that are not finished (reads local files only).</source>
        <translation>Die nicht abgeschlossenen Neuausstellungen auflisten (liest nur lokale Dateien).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add (or replace) a profile. The API key is read from standard input and stored in the system keychain only; with no keychain available nothing is stored.</source>
        <translation>Ein Profil hinzufügen (oder ersetzen). Der API-Schlüssel wird von der Standardeingabe gelesen und ausschließlich im Schlüsselbund des Systems gespeichert; ohne verfügbaren Schlüsselbund wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the profiles (* marks the default).</source>
        <translation>Die Profile auflisten (* markiert das Standardprofil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove a profile and its API key from the keychain.</source>
        <translation>Ein Profil und seinen API-Schlüssel aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Options for every command:</source>
        <translation>Optionen für alle Befehle:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the server does not offer this extension (deliveries, retry, the health list --failing needs)</source>
        <translation>der Server bietet diese Erweiterung nicht an (Zustellungen, Wiederholen, der Zustellungszustand, den list --failing braucht)</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+281"/>
        <source>--api-key-stdin was given but standard input is closed: no key on standard input.</source>
        <translation>--api-key-stdin wurde angegeben, aber die Standardeingabe ist geschlossen: Auf der Standardeingabe steht kein Schlüssel.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pending-writes journal is not available in this build. Nothing was sent.</source>
        <translation>Das Journal der ausstehenden Änderungen ist in diesem Build nicht verfügbar. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+12"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is working on the writes of %2 right now. Resume after it has finished; nothing was sent.</source>
        <translation>%1 arbeitet gerade an den Änderungen für %2. Setzen Sie fort, wenn es fertig ist; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandCatalogue.cpp" line="+15"/>
        <source>Usage: webhookctl %1</source>
        <translation>Aufruf: webhookctl %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Change a subscription; only the given fields are sent. --events replaces all of its events, and the vendor&apos;s API does not report the current ones: list every event it should keep.</source>
        <translation>Ein Abonnement ändern; nur die angegebenen Felder werden gesendet. --events ersetzt alle seine Ereignisse, und die API des Anbieters meldet die aktuellen nicht: Geben Sie jedes Ereignis an, das es behalten soll.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The longest wait for the answer to one request, retries included (default %1).</source>
        <translation>Die längste Wartezeit auf die Antwort einer Anfrage, neue Versuche eingeschlossen (Standard %1).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>List the subscriptions. The filters combine as the console&apos;s quick filters and search do, and --sort orders the rows (the server&apos;s order otherwise). The ids of the whole list are kept on this computer for the shell completion of the profile in use (ids and URLs only).</source>
        <translation>Die Abonnements auflisten. Die Filter lassen sich kombinieren wie die Schnellfilter und die Suche der Konsole, und --sort sortiert die Zeilen (sonst in der Reihenfolge des Servers). Die IDs der ganzen Liste werden auf diesem Computer für die Shell-Vervollständigung des verwendeten Profils gespeichert (nur IDs und URLs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only enabled subscriptions.</source>
        <translation>Nur aktivierte Abonnements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only disabled subscriptions.</source>
        <translation>Nur deaktivierte Abonnements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only subscriptions whose deliveries are failing (needs a server that reports delivery health, such as webhook-sandbox; exit code 7 otherwise).</source>
        <translation>Nur Abonnements, deren Zustellungen fehlschlagen (braucht einen Server, der den Zustellungszustand meldet, etwa webhook-sandbox; sonst Exit-Code 7).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only subscriptions whose URL or description contains TEXT (any case), or whose id contains it when TEXT is a number.</source>
        <translation>Nur Abonnements, deren URL oder Beschreibung TEXT enthält (Groß- und Kleinschreibung egal), oder deren ID ihn enthält, wenn TEXT eine Zahl ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort by id, url, description, enabled (enabled first), created or health (failing first, then the soonest to give up); -COLUMN reverses, e.g. --sort=-created.</source>
        <translation>Sortieren nach id, url, description (Beschreibung), enabled (aktivierte zuerst), created (angelegt) oder health (fehlerhafte zuerst, dann die, deren Wiederholungen am frühesten enden); -SPALTE kehrt um, z. B. --sort=-created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>List a subscription&apos;s deliveries with their retry state (server extension). With --csv, one line per attempt of each delivery (its details are fetched, one request per delivery).</source>
        <translation>Die Zustellungen eines Abonnements mit dem Stand ihrer Wiederholungen auflisten (Servererweiterung). Mit --csv eine Zeile je Versuch jeder Zustellung (ihre Details werden abgerufen, eine Anfrage je Zustellung).</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Also list the confirmed and failed writes still kept (%n day(s) unless set with log --keep-days).</source>
        <translation>
            <numerusform>Auch die bestätigten und fehlgeschlagenen Schreibvorgänge zeigen, die noch aufbewahrt werden (%n Tag, sofern nicht mit log --keep-days anders gesetzt).</numerusform>
            <numerusform>Auch die bestätigten und fehlgeschlagenen Schreibvorgänge zeigen, die noch aufbewahrt werden (%n Tage, sofern nicht mit log --keep-days anders gesetzt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send each pending write again, once. It runs on the bulk lane, with a progress line and a summary like the bulk commands. Creates that were sent without an answer are never re-sent: they are listed for you to check on the server first. Asks before sending unless --yes is given (without a terminal, --yes is required). It does not run while another webhookctl, or a webhook-console window with changes in flight, is working on the same journal. Exit code 9 when such creates are left (or another program is working on it), 1 when a write failed.</source>
        <translation>Jede ausstehende Änderung genau einmal erneut senden. Das läuft auf der Spur für Massenvorgänge, mit Fortschrittszeile und Zusammenfassung wie bei den Massenvorgängen. Neuanlagen, die ohne Antwort gesendet wurden, werden nie erneut gesendet: Sie werden aufgelistet, damit Sie zuerst auf dem Server nachsehen. Fragt vor dem Senden nach, sofern --yes nicht angegeben ist (ohne Terminal ist --yes erforderlich). Läuft nicht, solange ein anderes webhookctl oder ein webhook-console-Fenster mit laufenden Änderungen am selben Journal arbeitet. Exit-Code 9, wenn solche Neuanlagen übrig bleiben (oder ein anderes Programm daran arbeitet), 1, wenn eine Änderung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only changes since WHEN: a date (2026-12-01), a date and time in UTC (2026-12-01T09:30:00Z) or a time ago (90m, 12h, 7d).</source>
        <translation>Nur Änderungen seit WANN: ein Datum (2026-12-01), Datum und Uhrzeit in UTC (2026-12-01T09:30:00Z) oder eine Zeitspanne zurück (90m, 12h, 7d).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Only the changes of this subscription.</source>
        <translation>Nur die Änderungen dieses Abonnements.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on keep finished changes N days (1 to 3650; default %1), for both programs.</source>
        <translation>Abgeschlossene Änderungen ab jetzt N Tage aufbewahren (1 bis 3650; Standard %1), für beide Programme.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Usage: webhookctl [options] COMMAND [arguments]</source>
        <translation>Aufruf: webhookctl [Optionen] BEFEHL [Argumente]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage webhook subscriptions from the command line.</source>
        <translation>Webhook-Abonnements auf der Kommandozeile verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the help of one command (or: webhookctl COMMAND --help).</source>
        <translation>Die Hilfe zu einem Befehl anzeigen (oder: webhookctl BEFEHL --help).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeout D limits the whole wait for the answer to one request: its attempts (at most 4) and the pauses between them. An attempt is given up after %1 while a retry can still follow it, and the last one gets all that is left; a retry is only started when at least half an attempt&apos;s time is left. Waits for a rate-limit slot do not count. A bulk command applies it to each of its requests, not to the whole run. On a terminal each retry is announced on stderr; when webhookctl gives up, it says how long it waited and how often it tried.</source>
        <translation>--timeout D begrenzt die ganze Wartezeit auf die Antwort einer Anfrage: ihre Versuche (höchstens 4) und die Pausen dazwischen. Ein Versuch wird nach %1 aufgegeben, solange noch ein weiterer folgen kann, und der letzte bekommt alles, was übrig ist; ein neuer Versuch beginnt nur, wenn noch mindestens die halbe Zeit eines Versuchs übrig ist. Wartezeiten der Ratenbegrenzung zählen nicht. Ein Massenvorgang wendet es auf jede seiner Anfragen an, nicht auf den ganzen Lauf. Im Terminal wird jeder neue Versuch auf stderr angekündigt; gibt webhookctl auf, nennt es die Wartezeit und die Zahl der Versuche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every write (create, update, enable, disable, delete) is first recorded in the journal of the profile, or of the server address when no profile is used; after a crash or kill, webhookctl pending shows what was not confirmed and webhookctl resume sends it once.</source>
        <translation>Jede Änderung (create, update, enable, disable, delete) wird zuerst im Journal des Profils festgehalten, ohne Profil im Journal der Serveradresse; nach einem Absturz oder kill zeigt webhookctl pending, was nicht bestätigt wurde, und webhookctl resume sendet es einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server and API key come from a profile (webhookctl profile add ...; the key lives in the system keychain), or from --base-url with --api-key-stdin or the WEBHOOK_API_KEY environment variable. The key is never accepted as an argument.</source>
        <translation>Server und API-Schlüssel stammen aus einem Profil (webhookctl profile add ...; der Schlüssel liegt im Schlüsselbund des Systems) oder aus --base-url zusammen mit --api-key-stdin oder der Umgebungsvariablen WEBHOOK_API_KEY. Als Argument wird der Schlüssel nie angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everything asked for was done</source>
        <translation>alles Verlangte wurde erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused or failed (also: some items of a bulk command failed)</source>
        <translation>der Server hat abgelehnt oder ist gescheitert (auch: einzelne Einträge eines Massenvorgangs schlugen fehl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad command line or input (unknown command or option, bad id, bad URL, no consent for http)</source>
        <translation>fehlerhafte Kommandozeile oder Eingabe (unbekannter Befehl oder Option, ungültige ID oder URL, keine Zustimmung zu http)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no API key, unknown profile, or no keychain available</source>
        <translation>kein API-Schlüssel, unbekanntes Profil oder kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server rejected the API key (401/403)</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (401/403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such subscription or delivery (404)</source>
        <translation>Abonnement oder Zustellung existiert nicht (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server could not be reached (network error, timeout, TLS error)</source>
        <translation>der Server ist nicht erreichbar (Netzwerkfehler, Zeitüberschreitung, TLS-Fehler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pending-writes journal cannot be opened or written (nothing was sent)</source>
        <translation>das Journal der ausstehenden Änderungen lässt sich nicht öffnen oder schreiben (es wurde nichts gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed writes remain (pending lists some; resume left creates to check)</source>
        <translation>unbestätigte Änderungen bleiben (pending listet welche auf; resume hat Neuanlagen zum Prüfen übrig gelassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check: the endpoint is unreachable or does not answer 2xx</source>
        <translation>check: der Endpunkt ist nicht erreichbar oder antwortet nicht mit 2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted with Ctrl-C (a bulk command first prints what was done and what was not sent)</source>
        <translation>mit Strg+C unterbrochen (ein Massenvorgang meldet vorher, was erledigt und was nicht gesendet wurde)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every command also takes the options shown by webhookctl --help (--profile, --base-url, --api-key-stdin, --rate-window, --rate-limit, --json, ...).</source>
        <translation>Jeder Befehl versteht außerdem die Optionen, die webhookctl --help zeigt (--profile, --base-url, --api-key-stdin, --rate-window, --rate-limit, --json, ...).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="-294"/>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>See: webhookctl %1 --help</source>
        <translation>Siehe: webhookctl %1 --help</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See: webhookctl --help</source>
        <translation>Siehe: webhookctl --help</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No command given. Usage: webhookctl [options] COMMAND [arguments]; see: webhookctl --help</source>
        <translation>Kein Befehl angegeben. Aufruf: webhookctl [Optionen] BEFEHL [Argumente]; siehe: webhookctl --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile needs a subcommand: add, list or remove.</source>
        <translation>profile braucht einen Unterbefehl: add, list oder remove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown profile subcommand &quot;%1&quot;: use add, list or remove.</source>
        <translation>Unbekannter Unterbefehl „%1“ für profile: add, list oder remove verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;. Commands: %2. See: webhookctl --help</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2. Siehe: webhookctl --help</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrong number of arguments. Usage: webhookctl %1</source>
        <translation>Falsche Anzahl von Argumenten. Aufruf: webhookctl %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--csv and --json cannot be used together: choose one.</source>
        <translation>--csv und --json können nicht zusammen verwendet werden: Wählen Sie eines davon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--timeout needs a duration such as 500ms, 10s or 1m.</source>
        <translation>--timeout braucht eine Dauer wie 500ms, 10s oder 1m.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--rate-window needs a duration such as 250ms, 6s or 1m.</source>
        <translation>--rate-window braucht eine Dauer wie 250ms, 6s oder 1m.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no profile named &quot;%1&quot;. Add one with: webhookctl profile add %1 --base-url URL --api-key-stdin</source>
        <translation>Es gibt kein Profil namens „%1“. Legen Sie es an mit: webhookctl profile add %1 --base-url URL --api-key-stdin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Vorhandene Profile: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No server given. Use --base-url URL (with --api-key-stdin or WEBHOOK_API_KEY), or --profile NAME, or add a profile with: webhookctl profile add NAME --base-url URL --api-key-stdin</source>
        <translation>Kein Server angegeben. Verwenden Sie --base-url URL (mit --api-key-stdin oder WEBHOOK_API_KEY) oder --profile NAME, oder legen Sie ein Profil an mit: webhookctl profile add NAME --base-url URL --api-key-stdin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 uses plain http:// to another computer, so the API key would travel unencrypted. Use https://, or add --allow-insecure-http to agree.</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu einem anderen Rechner; der API-Schlüssel würde also im Klartext übertragen. Verwenden Sie https:// oder stimmen Sie mit --allow-insecure-http zu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--api-key-stdin was given but standard input had no key on its first line.</source>
        <translation>--api-key-stdin wurde angegeben, aber die erste Zeile der Standardeingabe enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No API key. Give it on standard input with --api-key-stdin, in the environment variable WEBHOOK_API_KEY, or use a profile (webhookctl profile add ...).</source>
        <translation>Kein API-Schlüssel. Übergeben Sie ihn mit --api-key-stdin auf der Standardeingabe, in der Umgebungsvariablen WEBHOOK_API_KEY oder verwenden Sie ein Profil (webhookctl profile add ...).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain holds no API key for the profile &quot;%1&quot;. Store it again with: webhookctl profile add %1 --base-url URL --api-key-stdin</source>
        <translation>Im Schlüsselbund liegt kein API-Schlüssel für das Profil „%1“. Speichern Sie ihn erneut mit: webhookctl profile add %1 --base-url URL --api-key-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For automation without a keychain, pass the key with --api-key-stdin or WEBHOOK_API_KEY.</source>
        <translation>Für Automatisierung ohne Schlüsselbund übergeben Sie den Schlüssel mit --api-key-stdin oder WEBHOOK_API_KEY.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain entry of the profile &quot;%1&quot; is empty.</source>
        <translation>Der Schlüsselbundeintrag des Profils „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/connection/Connection.cpp" line="+50"/>
        <source>No folder for the journal of pending changes is set.</source>
        <translation>Für das Journal der ausstehenden Änderungen ist kein Ordner festgelegt.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../ui/ConnectionController.cpp" line="+119"/>
        <location line="+51"/>
        <source>Not connected: plain http:// to another computer needs your consent.</source>
        <translation>Nicht verbunden: Unverschlüsseltes http:// zu einem anderen Rechner braucht Ihre Zustimmung.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Storing the API key in the keychain…</source>
        <translation>API-Schlüssel wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no profile named %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>API-Schlüssel von %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not connected. %1</source>
        <translation>Nicht verbunden. %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No API key is stored for %1. Enter it to connect.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Geben Sie ihn ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Enter the API key of %2 to use it for this session.</source>
        <translation>%1 Geben Sie den API-Schlüssel von %2 ein, um ihn für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not connected to %1: the keyring&apos;s prompt was cancelled.</source>
        <translation>Nicht mit %1 verbunden: Die Abfrage des Schlüsselbunds wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server (webhook-sandbox) is not installed next to this program.</source>
        <translation>Der Demo-Server (webhook-sandbox) ist nicht neben diesem Programm installiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Local demo</source>
        <translation>Lokale Demo</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is sending some of these changes right now. Resume or discard them once it has finished; until then nothing is sent or forgotten.</source>
        <translation>%1 sendet gerade einige dieser Änderungen. Setzen Sie sie fort oder verwerfen Sie sie, wenn es fertig ist; bis dahin wird nichts gesendet oder vergessen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is sending some of these changes right now. Resume them once it has finished.</source>
        <translation>%1 sendet gerade einige dieser Änderungen. Setzen Sie sie fort, sobald es fertig ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to resume (or a bulk job is running).</source>
        <translation>Nichts fortzusetzen (oder ein Massenvorgang läuft).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The unconfirmed changes were discarded.</source>
        <translation>Die unbestätigten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unconfirmed changes are kept; you will be asked again at the next start.</source>
        <translation>Die unbestätigten Änderungen bleiben erhalten; beim nächsten Start werden Sie erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../ui/ConsoleOptions.cpp" line="+12"/>
        <source>Desktop console for webhook subscriptions: find, toggle, edit, create and delete subscriptions and watch their deliveries.</source>
        <translation>Desktop-Konsole für Webhook-Abonnements: Abonnements finden, aktivieren und deaktivieren, bearbeiten, anlegen und löschen und ihre Zustellungen verfolgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a local demo server (webhook-sandbox) with sample data and connect to it.</source>
        <translation>Einen lokalen Demo-Server (webhook-sandbox) mit Beispieldaten starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect with the saved profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Profil &lt;Name&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the rate limits over &lt;duration&gt; instead of a minute (e.g. 1s; for demos and tests).</source>
        <translation>Die Ratenbegrenzung auf &lt;Dauer&gt; statt auf eine Minute beziehen (z. B. 1s; für Demos und Tests).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the webhook-sandbox program used by --demo.</source>
        <translation>Pfad des Programms webhook-sandbox, das --demo startet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a duration: %1 (use e.g. 250ms, 1s, 1m)</source>
        <translation>Keine gültige Dauer: %1 (z. B. 250ms, 1s, 1m)</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../ui/ConsolePage.cpp" line="+116"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event Types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription details</source>
        <translation>Details des Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Changes are kept for %n day(s) from now on.</source>
        <translation>
            <numerusform>Änderungen werden ab jetzt %n Tag aufbewahrt.</numerusform>
            <numerusform>Änderungen werden ab jetzt %n Tage aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../ui/ConsoleSession.cpp" line="+49"/>
        <source>the local demo</source>
        <translation>die lokale Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes are not sent: the journal of pending changes cannot be opened (%1). Without it a change could be lost or sent twice after a crash.</source>
        <translation>Änderungen werden nicht gesendet: Das Journal der ausstehenden Änderungen kann nicht geöffnet werden (%1). Ohne Journal könnte eine Änderung nach einem Absturz verloren gehen oder doppelt gesendet werden.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPanel</name>
    <message>
        <location filename="../ui/DeliverySummaryText.cpp" line="+26"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/DeliveriesPanel.cpp" line="+298"/>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy summary</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+20"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery status filter</source>
        <translation>Filter nach Zustellstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the deliveries now</source>
        <translation>Die Zustellungen jetzt neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload deliveries</source>
        <translation>Zustellungen neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server to send a test event to this subscription&apos;s URL</source>
        <translation>Den Server bitten, ein Testereignis an die URL dieses Abonnements zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries shown</source>
        <translation>Angezeigte Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries status message</source>
        <translation>Statusmeldung der Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries not available</source>
        <translation>Zustellungen nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery status, attempts and manual retries need a server with the delivery extensions, such as webhook-sandbox. Everything else works as usual.</source>
        <translation>Zustellstatus, Versuche und manuelle Wiederholungen setzen einen Server mit den Zustellungs-Erweiterungen voraus, etwa webhook-sandbox. Alles andere funktioniert wie gewohnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery payload</source>
        <translation>Nutzdaten der Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a delivery to see its payload.</source>
        <translation>Wählen Sie eine Zustellung aus, um ihre Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected delivery</source>
        <translation>Ausgewählte Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempt this delivery again now, outside its hourly schedule</source>
        <translation>Diese Zustellung jetzt erneut versuchen, außerhalb des stündlichen Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy subscription, URL, status, attempts, last error and next retry as text</source>
        <translation>Abonnement, URL, Status, Versuche, letzten Fehler und nächste Wiederholung als Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No deliveries to show</source>
        <translation>Keine Zustellungen vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This subscription has no id, so its deliveries cannot be looked up.</source>
        <translation>Dieses Abonnement hat keine ID, daher lassen sich seine Zustellungen nicht abrufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../ui/DeliverySummaryText.cpp" line="+37"/>
        <source>Next retry: %1</source>
        <translation>Nächste Wiederholung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As of: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location filename="../ui/DeliveriesPanel.cpp" line="-4"/>
        <source>No subscription selected</source>
        <translation>Kein Abonnement ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a subscription to see its deliveries.</source>
        <translation>Wählen Sie ein Abonnement aus, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Could not load deliveries</source>
        <translation>Zustellungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not refresh the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+98"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pending deliveries</source>
        <translation>Keine ausstehenden Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deliveries are being retried</source>
        <translation>Keine Zustellungen in Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivered deliveries</source>
        <translation>Keine erfolgreichen Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed deliveries</source>
        <translation>Keine fehlgeschlagenen Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries appear here when an event is sent to this subscription. &quot;Send test event&quot; sends one now.</source>
        <translation>Zustellungen erscheinen hier, sobald ein Ereignis an dieses Abonnement geht. „Testereignis senden“ schickt sofort eines.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Could not load delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Delivery %1 · %2 · %3</source>
        <translation>Zustellung %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No delivery selected</source>
        <translation>Keine Zustellung ausgewählt</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>This server does not report deliveries. Its documented retry policy: hourly, for up to 48 hours.</source>
        <translation>Dieser Server meldet keine Zustellungen. Seine dokumentierte Wiederholungsregel: stündlich, bis zu 48 Stunden lang.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>none of %1</source>
        <translation>keine von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking the server to retry delivery %1…</source>
        <translation>Server wird gebeten, Zustellung %1 zu wiederholen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not retry delivery %1: %2</source>
        <translation>Zustellung %1 konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delivery %1 is being retried now.</source>
        <translation>Zustellung %1 wird jetzt wiederholt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sending a test event…</source>
        <translation>Testereignis wird gesendet …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not send a test event: %1</source>
        <translation>Das Testereignis konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Test event sent as delivery %1.</source>
        <translation>Testereignis als Zustellung %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/DeliverySummaryText.cpp" line="-36"/>
        <source>response: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../ui/DeliveriesPanel.cpp" line="+32"/>
        <source>Summary of delivery %1 copied to the clipboard.</source>
        <translation>Zusammenfassung der Zustellung %1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/DeliverySummaryText.cpp" line="+12"/>
        <source>Subscription: %1</source>
        <translation>Abonnement: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery: %1 (event %2, %3), created %4</source>
        <translation>Zustellung: %1 (Ereignis %2, %3), erstellt %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no event id</source>
        <translation>keine Ereignis-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1 of %2</source>
        <translation>Versuche: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next retry: none (delivered)</source>
        <translation>Nächste Wiederholung: keine (zugestellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next retry: none (gave up)</source>
        <translation>Nächste Wiederholung: keine (aufgegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next retry: not scheduled</source>
        <translation>Nächste Wiederholung: nicht geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gave up at: %1</source>
        <translation>Aufgegeben am: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gives up at: %1</source>
        <translation>Endet am: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryAttemptTableModel</name>
    <message>
        <location filename="../models/DeliveryAttemptTableModel.cpp" line="+82"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>0ms</source>
        <translation>0 ms</translation>
    </message>
</context>
<context>
    <name>DeliveryCommands</name>
    <message>
        <location filename="../app/cli/DeliveryCommands.cpp" line="+45"/>
        <source>This server does not offer delivery details or retries (they are an extension of the documented API, which webhook-sandbox provides). The documented policy: a failed delivery is retried every hour for up to 48 hours.</source>
        <translation>Dieser Server bietet weder Zustelldetails noch Wiederholungen an (sie erweitern die dokumentierte API; webhook-sandbox stellt sie bereit). Die dokumentierte Regel: Eine fehlgeschlagene Zustellung wird bis zu 48 Stunden lang stündlich wiederholt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not a subscription id (a positive whole number).</source>
        <translation>„%1“ ist keine Abonnement-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Unknown delivery status &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter Zustellstatus „%1“. Möglich sind: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit needs a whole number from 1 to 1000.</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--offset needs a whole number of 0 or more.</source>
        <translation>--offset braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No deliveries.</source>
        <translation>Keine Zustellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST RESULT</source>
        <translation>LETZTES ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT ATTEMPT</source>
        <translation>NÄCHSTER VERSUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIVES UP AT</source>
        <translation>ENDET AM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing %1-%2 of %3; use --offset %4 for more.</source>
        <translation>Angezeigt: %1–%2 von %3; weitere mit --offset %4.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a delivery id (a positive whole number).</source>
        <translation>„%1“ ist keine Zustellungs-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delivery %1 (%2) is queued for another attempt; status: %3, attempt %4 of %5.</source>
        <translation>Zustellung %1 (%2) ist für einen weiteren Versuch eingeplant; Status: %3, Versuch %4 von %5.</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <location filename="../models/DeliveryTableModel.cpp" line="+61"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Attempts made, of the most the server makes (the first one plus hourly retries for 48 hours)</source>
        <translation>Bisher gemachte Versuche und die höchstens mögliche Zahl (der erste Versuch und stündliche Wiederholungen über 48 Stunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives up at</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not attempted yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused (subscription disabled)</source>
        <translation>Pausiert (Abonnement deaktiviert)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 attempt left</source>
        <translation>noch 1 Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 attempts left</source>
        <translation>noch %1 Versuche</translation>
    </message>
</context>
<context>
    <name>DemoSandboxLauncher</name>
    <message>
        <location filename="../ui/DemoSandboxLauncher.cpp" line="+63"/>
        <source>The demo server %1 could not be started: %2</source>
        <translation>Der Demo-Server %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo server stopped unexpectedly. %1</source>
        <translation>Der Demo-Server wurde unerwartet beendet. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo server exited with code %1. %2</source>
        <translation>Der Demo-Server wurde mit Code %1 beendet. %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo server (webhook-sandbox) was not found next to this program.</source>
        <translation>Der Demo-Server (webhook-sandbox) wurde nicht neben diesem Programm gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No temporary folder for the demo database: %1</source>
        <translation>Kein temporärer Ordner für die Demo-Datenbank: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo server did not print its API key.</source>
        <translation>Der Demo-Server hat seinen API-Schlüssel nicht ausgegeben.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="+27"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="+128"/>
        <source>Deliveries of the selected subscription will appear here.</source>
        <translation>Hier erscheinen die Zustellungen des ausgewählten Abonnements.</translation>
    </message>
    <message>
        <location filename="../ui/DetailsForm.cpp" line="+124"/>
        <source>This server does not report a subscription&apos;s events. Saving events replaces all of them.</source>
        <translation>Dieser Server meldet die Ereignisse eines Abonnements nicht. Wenn Sie Ereignisse speichern, werden alle bisherigen ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;place events…</source>
        <translation>Ereignisse &amp;ersetzen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="+4"/>
        <location line="+100"/>
        <source>Select a subscription to see its details.</source>
        <translation>Wählen Sie ein Abonnement aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/DetailsForm.cpp" line="-11"/>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint URL</source>
        <translation>URL des Endpunkts</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this endpoint is for (optional)</source>
        <translation>Wozu dieser Endpunkt dient (optional)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events unknown</source>
        <translation>Ereignisse unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose this subscription&apos;s events anew; saving replaces all of them</source>
        <translation>Die Ereignisse dieses Abonnements neu wählen; beim Speichern werden alle ersetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Even&amp;ts:</source>
        <translation>E&amp;reignisse:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details status</source>
        <translation>Status der Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch this subscription again from the server</source>
        <translation>Dieses Abonnement erneut vom Server abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your changes to this subscription</source>
        <translation>Ihre Änderungen an diesem Abonnement verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the changed fields to the server (Ctrl+S)</source>
        <translation>Die geänderten Felder an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Revert changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reload subscription</source>
        <translation>Abonnement neu laden</translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="-99"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Subscription details</source>
        <translation>Details des Abonnements</translation>
    </message>
    <message>
        <location filename="../ui/DetailsForm.cpp" line="+20"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="+33"/>
        <source>This subscription no longer exists on the server.</source>
        <translation>Dieses Abonnement existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+115"/>
        <location line="+51"/>
        <source>You have unsaved changes here.</source>
        <translation>Hier gibt es ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>This subscription has no ID from the server, so it cannot be opened, changed or deleted here: every request for one subscription names its ID.</source>
        <translation>Dieses Abonnement hat vom Server keine ID erhalten und kann deshalb hier nicht geöffnet, geändert oder gelöscht werden: Jede Anfrage zu einem einzelnen Abonnement nennt seine ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled: yes</source>
        <translation>Aktiviert: ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled: no</source>
        <translation>Aktiviert: nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load this subscription: %1</source>
        <translation>Dieses Abonnement konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This server does not report which events subscription %1 receives now.

Saving replaces all of them with the events you check here: every event it receives now that you do not check is no longer delivered to it.</source>
        <translation>Dieser Server meldet nicht, welche Ereignisse Abonnement %1 derzeit erhält.

Beim Speichern werden alle durch die Ereignisse ersetzt, die Sie hier ankreuzen: Jedes Ereignis, das es derzeit erhält und das Sie nicht ankreuzen, wird ihm nicht mehr zugestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace Events</source>
        <translation>Ereignisse ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the events this subscription should receive. Saving replaces all of its events with them.</source>
        <translation>Kreuzen Sie die Ereignisse an, die dieses Abonnement erhalten soll. Beim Speichern werden alle seine Ereignisse durch diese ersetzt.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Nothing to save: no field was changed.</source>
        <translation>Nichts zu speichern: Kein Feld wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: there is no journal of pending changes.</source>
        <translation>Nicht gespeichert: Es gibt kein Journal der ausstehenden Änderungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving subscription %1 failed: %2</source>
        <translation>Speichern des Abonnements %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription %1 saved.</source>
        <translation>Abonnement %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <location filename="../app/check/EndpointCheck.cpp" line="+96"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 does not exist</source>
        <translation>Den Namen %1 gibt es nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Private or loopback: %1</source>
        <translation>Privat oder Loopback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a private or loopback address (%2): it is not checked unless private targets are allowed</source>
        <translation>%1 ist eine private oder Loopback-Adresse (%2): sie wird nur geprüft, wenn private Ziele erlaubt sind</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+138"/>
        <location line="+77"/>
        <source>%1 did not answer within %2</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Nothing listens on port %1 of %2 (connection refused)</source>
        <translation>Auf Port %1 von %2 lauscht nichts (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+217"/>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2, issued by %3, valid until %4</source>
        <translation>%1, %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>The certificate matches the name %1.</source>
        <translation>Das Zertifikat passt zum Namen %1.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The certificate does not match the name %1.</source>
        <translation>Das Zertifikat passt nicht zum Namen %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The certificate of %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>Das Zertifikat von %1 ist vor %n Tag abgelaufen</numerusform>
            <numerusform>Das Zertifikat von %1 ist vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of %1 has expired</source>
        <translation>Das Zertifikat von %1 ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is only valid from %2</source>
        <translation>Das Zertifikat von %1 gilt erst ab %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate of %1 was issued for another name (%2)</source>
        <translation>Das Zertifikat von %1 wurde für einen anderen Namen ausgestellt (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is self-signed: senders that check certificates refuse it</source>
        <translation>Das Zertifikat von %1 ist selbstsigniert: Absender, die Zertifikate prüfen, lehnen es ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+77"/>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The name %1 was not resolved within %2</source>
        <translation>Der Name %1 wurde nicht innerhalb von %2 aufgelöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>First bytes: %1</source>
        <translation>Erste Bytes: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Took the test delivery and answers %1 in %2 ms</source>
        <translation>Hat die Testzustellung angenommen und antwortet %1 in %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable and answers %1 in %2 ms</source>
        <translation>Erreichbar, antwortet %1 in %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint redirects to %1: deliveries do not follow redirects</source>
        <translation>Der Endpunkt leitet nach %1 um: Zustellungen folgen keinen Umleitungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoint answers %1: the path is probably wrong</source>
        <translation>Der Endpunkt antwortet %1: der Pfad ist wahrscheinlich falsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint answers %1 to the unsigned test delivery: it probably checks signatures; give the subscription&apos;s secret to sign it</source>
        <translation>Der Endpunkt antwortet %1 auf die unsignierte Testzustellung: Er prüft wahrscheinlich Signaturen; geben Sie das Geheimnis des Abonnements an, um sie zu signieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint answers %1 to the signed test delivery: it probably expects another signing secret</source>
        <translation>Der Endpunkt antwortet %1 auf die signierte Testzustellung: Er erwartet wahrscheinlich ein anderes Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The endpoint answers %1: it refuses requests without credentials of its own</source>
        <translation>Der Endpunkt antwortet %1: er lehnt Anfragen ohne eigene Zugangsdaten ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint answers 405 to POST: it does not take deliveries at this path</source>
        <translation>Der Endpunkt antwortet 405 auf POST: Unter diesem Pfad nimmt er keine Zustellungen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint answers 405 to HEAD: it is reachable, but whether it takes a delivery (POST) only a delivery shows</source>
        <translation>Der Endpunkt antwortet 405 auf HEAD: er ist erreichbar, aber ob er eine Zustellung (POST) annimmt, zeigt nur eine Zustellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint answers %1: the receiving server fails</source>
        <translation>Der Endpunkt antwortet %1: der empfangende Server hat einen Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint answers %1</source>
        <translation>Der Endpunkt antwortet %1</translation>
    </message>
</context>
<context>
    <name>EndpointCheckPanel</name>
    <message>
        <location filename="../ui/EndpointCheckPanel.cpp" line="+42"/>
        <source>Signing Secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription&apos;s signing secret (whsec_…) signs the test like a real delivery. Leave it empty to send the test unsigned. It is used for this test only and kept nowhere.</source>
        <translation>Das Signaturgeheimnis des Abonnements (whsec_…) signiert den Test wie eine echte Zustellung. Leer lassen, um den Test unsigniert zu senden. Es wird nur für diesen Test verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chec&amp;k Endpoint</source>
        <translation>Endpunkt &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the name, connect, check TLS and send a HEAD request to this URL (%1)</source>
        <translation>Namen auflösen, verbinden, TLS prüfen und eine HEAD-Anfrage an diese URL senden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Result</source>
        <translation>&amp;Ergebnis kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Test &amp;Delivery…</source>
        <translation>Test&amp;zustellung senden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POST a sample event marked as a test to this URL, as a delivery would</source>
        <translation>Ein als Test markiertes Beispielereignis per POST an diese URL senden, wie eine Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked from this computer, without the API key and outside the API&apos;s request limits. The vendor&apos;s servers deliver from their own network, so a firewall may treat them differently.</source>
        <translation>Geprüft von diesem Computer aus, ohne den API-Schlüssel und außerhalb der Anfragegrenzen der API. Die Server des Anbieters stellen aus ihrem eigenen Netz zu; eine Firewall kann sie anders behandeln.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Send a Test Delivery?</source>
        <translation>Testzustellung senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POST a sample %1 event, marked as a test, to %2?

The endpoint may act on it like on a real event: send it only when its owner expects it.</source>
        <translation>Ein als Test markiertes Beispielereignis %1 per POST an %2 senden?

Der Endpunkt kann es wie ein echtes Ereignis verarbeiten: Nur senden, wenn sein Betreiber damit rechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send Test Delivery</source>
        <translation>Testzustellung senden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check a Private Address?</source>
        <translation>Private Adresse prüfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The vendor&apos;s servers cannot deliver to a private or loopback address. Check it from this computer anyway?</source>
        <translation>%1

Die Server des Anbieters können nicht an eine private oder Loopback-Adresse zustellen. Trotzdem von diesem Computer aus prüfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check Anyway</source>
        <translation>Trotzdem prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a subscription to check its endpoint.</source>
        <translation>Wählen Sie ein Abonnement, um seinen Endpunkt zu prüfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking… (a few seconds per step)</source>
        <translation>Wird geprüft … (einige Sekunden je Schritt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint check at %1:</source>
        <translation>Endpunktprüfung am %1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint check copied to the clipboard.</source>
        <translation>Endpunktprüfung in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>EndpointCheckReport</name>
    <message>
        <location filename="../app/check/EndpointCheckReport.cpp" line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP HEAD</source>
        <translation>HTTP HEAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP POST</source>
        <translation>HTTP POST</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>EventChecklist</name>
    <message>
        <location filename="../ui/EventChecklist.cpp" line="+23"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+43"/>
        <source>Not among the server&apos;s event types</source>
        <translation>Nicht unter den Ereignistypen des Servers</translation>
    </message>
</context>
<context>
    <name>EventTypeTableModel</name>
    <message>
        <location filename="../models/EventTypeTableModel.cpp" line="+64"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>EventTypesWidget</name>
    <message>
        <location filename="../ui/EventTypesWidget.cpp" line="+52"/>
        <source>Search event types (Ctrl+F)</source>
        <translation>Ereignistypen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search event types</source>
        <translation>Ereignistypen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Loading event types…</source>
        <translation>Ereignistypen werden geladen …</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+65"/>
        <source>The event types could not be loaded.</source>
        <translation>Die Ereignistypen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reloading event types failed: %1</source>
        <translation>Neuladen der Ereignistypen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+78"/>
        <source>This server has no event types.</source>
        <translation>Dieser Server hat keine Ereignistypen.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/ExportActions.cpp" line="+94"/>
        <source>Export Subscriptions as CSV</source>
        <translation>Abonnements als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Subscriptions as JSON</source>
        <translation>Abonnements als JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Deliveries as CSV</source>
        <translation>Zustellungen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions as &amp;CSV…</source>
        <translation>Abonnements als &amp;CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the subscriptions the table shows, with its columns, as a CSV file</source>
        <translation>Die Abonnements, die die Tabelle zeigt, mit ihren Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions as &amp;JSON…</source>
        <translation>Abonnements als &amp;JSON …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the subscriptions the table shows as a JSON file</source>
        <translation>Die Abonnements, die die Tabelle zeigt, als JSON-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the loaded deliveries of the shown subscription, one line per attempt, as a CSV file</source>
        <translation>Die geladenen Zustellungen des angezeigten Abonnements als CSV-Datei speichern, eine Zeile je Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliveries as CSV…</source>
        <translation>&amp;Zustellungen als CSV …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Deliveries as CSV…</source>
        <translation>Zustellungen als CSV exportieren …</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <location line="+12"/>
        <source>Exported %n subscription(s) to %1.</source>
        <translation>
            <numerusform>%n Abonnement nach %1 exportiert.</numerusform>
            <numerusform>%n Abonnements nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No subscription&apos;s deliveries are shown.</source>
        <translation>Es werden keine Zustellungen eines Abonnements angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Fetching the attempts of %n delivery(s)…</source>
        <translation>
            <numerusform>Die Versuche von %n Zustellung werden abgerufen …</numerusform>
            <numerusform>Die Versuche von %n Zustellungen werden abgerufen …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection was closed before the attempts arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Versuche eintrafen.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exported %n delivery(s) to %1.</source>
        <translation>
            <numerusform>%n Zustellung nach %1 exportiert.</numerusform>
            <numerusform>%n Zustellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GatedTransport</name>
    <message>
        <location filename="../app/api/GatedTransport.cpp" line="+36"/>
        <source>No transport to send with.</source>
        <translation>Es ist kein Transportweg zum Senden vorhanden.</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <location filename="../models/HealthText.cpp" line="+12"/>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/SubscriptionListWidget.cpp" line="+191"/>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/SubscriptionListWidget.cpp" line="+0"/>
        <source>Failing since just now</source>
        <translation>Fehlerhaft seit gerade eben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/SubscriptionListWidget.cpp" line="+1"/>
        <source>Failing for %1</source>
        <translation>Fehlerhaft seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gives up now</source>
        <translation>endet jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives up %1</source>
        <translation>endet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 pending retry</source>
        <translation>1 ausstehende Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending retries</source>
        <translation>%1 ausstehende Wiederholungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retry due, waiting for the next update</source>
        <translation>Wiederholung fällig, wartet auf die nächste Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next retry %1</source>
        <translation>nächste Wiederholung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server does not report delivery health.</source>
        <translation>Der Server meldet keinen Zustand der Zustellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing since: %1</source>
        <translation>Fehlerhaft seit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery: %1 (%2)</source>
        <translation>Letzte Zustellung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending retries: %1</source>
        <translation>Ausstehende Wiederholungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next retry: %1</source>
        <translation>Nächste Wiederholung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives up at: %1</source>
        <translation>Endet am: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>JournalCodec</name>
    <message>
        <location filename="../app/journal/JournalCodec.cpp" line="+38"/>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enable subscription %1</source>
        <translation>Abonnement %1 aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable subscription %1</source>
        <translation>Abonnement %1 deaktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change %1 of subscription %2</source>
        <translation>%1 von Abonnement %2 ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a subscription for %1</source>
        <translation>Abonnement für %1 anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete subscription %1</source>
        <translation>Abonnement %1 löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent, but no answer came: check on the server whether it was created before sending it again</source>
        <translation>gesendet, aber ohne Antwort: Prüfen Sie auf dem Server, ob es angelegt wurde, bevor Sie es erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent, but no answer came: safe to send again</source>
        <translation>gesendet, aber ohne Antwort: kann gefahrlos erneut gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed by the server</source>
        <translation>vom Server bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded after it was sent without an answer: the server may have applied it</source>
        <translation>verworfen, nachdem er ohne Antwort gesendet wurde: der Server hat ihn vielleicht ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded, never sent</source>
        <translation>verworfen, nie gesendet</translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <location filename="../app/cli/JournalCommands.cpp" line="+37"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, no answer: check on the server before resuming</source>
        <translation>gesendet, keine Antwort: vor resume auf dem Server prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent, no answer</source>
        <translation>gesendet, keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded after it was sent (may have been applied)</source>
        <translation>verworfen, nachdem er gesendet wurde (vielleicht ausgeführt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+118"/>
        <location line="+48"/>
        <source>No pending writes for %1.</source>
        <translation>Keine ausstehenden Änderungen für %1.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Writes for %1 that the server has not confirmed: %2</source>
        <translation>Vom Server nicht bestätigte Änderungen für %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRITE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is working on these writes right now: some of them are still under way.</source>
        <translation>%1 arbeitet gerade an diesen Änderungen: Einige davon sind noch unterwegs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>webhookctl resume sends the others once; webhookctl discard SEQ... or --all forgets them.</source>
        <translation>webhookctl resume sendet die übrigen einmal; webhookctl discard SEQ... oder --all vergisst sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n create(s) went out without an answer and may exist on the server already: %1. They are never re-sent on their own. Check with webhookctl list; if one is not there, webhookctl requeue SEQ and the next resume creates it; if it is, webhookctl discard SEQ.</source>
        <translation>
            <numerusform>Eine Neuanlage wurde ohne Antwort gesendet; das Abonnement existiert womöglich bereits auf dem Server: %1. Sie wird nie von selbst erneut gesendet. Prüfen Sie mit webhookctl list: Fehlt es dort, sorgt webhookctl requeue SEQ dafür, dass das nächste resume es anlegt; ist es vorhanden, verwenden Sie webhookctl discard SEQ.</numerusform>
            <numerusform>%n Neuanlagen wurden ohne Antwort gesendet; die Abonnements existieren womöglich bereits auf dem Server: %1. Sie werden nie von selbst erneut gesendet. Prüfen Sie mit webhookctl list: Fehlt eines dort, sorgt webhookctl requeue SEQ dafür, dass das nächste resume es anlegt; ist es vorhanden, verwenden Sie webhookctl discard SEQ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a journal entry number (SEQ, as shown by webhookctl pending).</source>
        <translation>„%1“ ist keine Nummer eines Journaleintrags (SEQ, wie webhookctl pending sie anzeigt).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+63"/>
        <source>The journal of %1 has no write %2.</source>
        <translation>Das Journal für %1 enthält keine Änderung %2.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Write %1 (%2) was confirmed by the server; there is nothing to send again.</source>
        <translation>Änderung %1 (%2) wurde vom Server bestätigt; es gibt nichts erneut zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write %1 (%2) will be sent by the next webhookctl resume.</source>
        <translation>Änderung %1 (%2) wird beim nächsten webhookctl resume gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the writes to forget (SEQ..., as shown by webhookctl pending) or --all, not both.</source>
        <translation>Geben Sie entweder die zu vergessenden Änderungen an (SEQ..., wie webhookctl pending sie anzeigt) oder --all, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Forget %n pending write(s) of %1 without sending them?</source>
        <translation>
            <numerusform>Eine ausstehende Änderung für %1 vergessen, ohne sie zu senden?</numerusform>
            <numerusform>%n ausstehende Änderungen für %1 vergessen, ohne sie zu senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was forgotten. Add --yes to forget the %n pending write(s) without being asked.</source>
        <translation>
            <numerusform>Es wurde nichts vergessen. Fügen Sie --yes hinzu, um die ausstehende Änderung ohne Rückfrage zu vergessen.</numerusform>
            <numerusform>Es wurde nichts vergessen. Fügen Sie --yes hinzu, um die %n ausstehenden Änderungen ohne Rückfrage zu vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Forgot %n pending write(s).</source>
        <translation>
            <numerusform>Eine ausstehende Änderung vergessen.</numerusform>
            <numerusform>%n ausstehende Änderungen vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forgot write %1 (%2).</source>
        <translation>Änderung %1 (%2) vergessen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending writes for %1 to send again:</source>
        <translation>Ausstehende Änderungen für %1, die erneut gesendet werden:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Send these %n write(s) now?</source>
        <translation>
            <numerusform>Diese Änderung jetzt senden?</numerusform>
            <numerusform>Diese %n Änderungen jetzt senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing was sent. Add --yes to send the %n pending write(s) without being asked.</source>
        <translation>
            <numerusform>Es wurde nichts gesendet. Fügen Sie --yes hinzu, um die ausstehende Änderung ohne Rückfrage zu senden.</numerusform>
            <numerusform>Es wurde nichts gesendet. Fügen Sie --yes hinzu, um die %n ausstehenden Änderungen ohne Rückfrage zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Resuming</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its recorded body cannot be read</source>
        <translation>ihr gespeicherter Inhalt ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Created subscription %1 for %2.</source>
        <translation>Abonnement %1 für %2 angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret (shown only this once, store it now): %1</source>
        <translation>Client-Secret (wird nur dieses eine Mal angezeigt, jetzt sicher ablegen): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its events were not set: the journal could not record the change (%1). Set them with: webhookctl update %2 --events %3</source>
        <translation>Seine Ereignisse wurden nicht gesetzt: Das Journal konnte die Änderung nicht festhalten (%1). Setzen Sie sie mit: webhookctl update %2 --events %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Setting its events failed: %1. Set them with: webhookctl update %2 --events %3</source>
        <translation>Das Setzen seiner Ereignisse ist fehlgeschlagen: %1. Setzen Sie sie mit: webhookctl update %2 --events %3</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Resumed %1 of %n pending write(s).</source>
        <translation>
            <numerusform>%1 von einer ausstehenden Änderung gesendet.</numerusform>
            <numerusform>%1 von %n ausstehenden Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Interrupted: %n not sent; they stay pending.</source>
        <translation>
            <numerusform>Unterbrochen: eine nicht gesendet; sie bleibt ausstehend.</numerusform>
            <numerusform>Unterbrochen: %n nicht gesendet; sie bleiben ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed:</source>
        <translation>
            <numerusform>%n fehlgeschlagen:</numerusform>
            <numerusform>%n fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalRecorder</name>
    <message>
        <location filename="../app/journal/JournalRecorder.cpp" line="+127"/>
        <source>not sent, because the journal could not record that it was sent: %1</source>
        <translation>nicht gesendet, weil das Journal das Senden nicht festhalten konnte: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The journal could not note that write %1 was confirmed (%2); `webhookctl pending` may still list it although the server applied it.</source>
        <translation>Das Journal konnte nicht vermerken, dass Änderung %1 bestätigt wurde (%2); `webhookctl pending` listet sie womöglich noch auf, obwohl der Server sie übernommen hat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The journal could not note that write %1 failed (%2); `webhookctl pending` may still list it.</source>
        <translation>Das Journal konnte nicht vermerken, dass Änderung %1 fehlgeschlagen ist (%2); `webhookctl pending` listet sie womöglich noch auf.</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <location filename="../app/journal/JournalSchema.cpp" line="+50"/>
        <source>The pending-writes journal %1 is damaged (%2). Move it away to start a new one; its unconfirmed writes are then lost.</source>
        <translation>Das Journal der ausstehenden Änderungen %1 ist beschädigt (%2). Verschieben Sie die Datei, um ein neues Journal zu beginnen; die darin noch unbestätigten Änderungen gehen dann verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pending-writes journal %1 could not %2: %3</source>
        <translation>Beim %2 des Journals der ausstehenden Änderungen %1 ist ein Fehler aufgetreten: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pending-writes journal %1 is damaged or not a journal (%2). Move it away to start a new one; its unconfirmed writes are then lost.</source>
        <translation>Das Journal der ausstehenden Änderungen %1 ist beschädigt oder kein Journal (%2). Verschieben Sie die Datei, um ein neues Journal zu beginnen; die darin noch unbestätigten Änderungen gehen dann verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pending-writes journal %1 cannot use write-ahead logging (mode %2).</source>
        <translation>Das Journal der ausstehenden Änderungen %1 kann kein Write-Ahead-Logging verwenden (Modus %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>be configured</source>
        <translation>eingerichtet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>be read</source>
        <translation>gelesen werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The pending-writes journal %1 was written by a newer version of this program (format %2).</source>
        <translation>Das Journal der ausstehenden Änderungen %1 stammt von einer neueren Version dieses Programms (Format %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 is an SQLite database but not a pending-writes journal.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber kein Journal der ausstehenden Änderungen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The pending-writes journal %1 could not be created: %2</source>
        <translation>Das Journal der ausstehenden Änderungen %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+10"/>
        <source>The pending-writes journal %1 could not be upgraded to the current format: %2</source>
        <translation>Das Journal ausstehender Schreibvorgänge %1 konnte nicht auf das aktuelle Format gebracht werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalUsers</name>
    <message>
        <location filename="../app/journal/JournalUsers.cpp" line="+61"/>
        <source>Cannot create the folder %1 next to the pending-writes journal.</source>
        <translation>Der Ordner %1 neben dem Journal der ausstehenden Änderungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Cannot create a lock file in %1 (error %2).</source>
        <translation>In %1 kann keine Sperrdatei angelegt werden (Fehler %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A webhook-console window (process %1)</source>
        <translation>Ein webhook-console-Fenster (Prozess %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another webhookctl (process %1)</source>
        <translation>Ein anderes webhookctl (Prozess %1)</translation>
    </message>
</context>
<context>
    <name>JournaledWrites</name>
    <message>
        <location filename="../app/journal/JournaledWrites.cpp" line="+30"/>
        <source>it may have been applied anyway: refresh (F5) to see the server&apos;s state</source>
        <translation>sie wurde möglicherweise trotzdem übernommen: Aktualisieren Sie (F5), um den Stand auf dem Server zu sehen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The change was not sent: %1</source>
        <translation>Die Änderung wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changes are not sent because the journal of pending changes cannot be used: %1</source>
        <translation>Änderungen werden nicht gesendet, weil das Journal der ausstehenden Änderungen nicht verwendet werden kann: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are not sent because there is no journal of pending changes for this connection.</source>
        <translation>Änderungen werden nicht gesendet, weil es für diese Verbindung kein Journal der ausstehenden Änderungen gibt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The change was not sent because it could not be recorded in the journal: %1</source>
        <translation>Die Änderung wurde nicht gesendet, weil sie nicht im Journal festgehalten werden konnte: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The changes were not sent because they could not be recorded in the journal: %1</source>
        <translation>Die Änderungen wurden nicht gesendet, weil sie nicht im Journal festgehalten werden konnten: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>A create that may exist on the server is not sent again.</source>
        <translation>Eine Neuanlage, die womöglich bereits auf dem Server existiert, wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recorded change cannot be read back.</source>
        <translation>Die festgehaltene Änderung kann nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cancelled when the window was closed.</source>
        <translation>Beim Schließen des Fensters abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JsonDecoder</name>
    <message>
        <location filename="../app/api/JsonDecoder.cpp" line="+34"/>
        <source>The answer was empty.</source>
        <translation>Die Antwort war leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The field &quot;%1&quot; is not text.</source>
        <translation>Das Feld „%1“ ist kein Text.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &quot;%1&quot; is not a date and time.</source>
        <translation>Das Feld „%1“ ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field &quot;%1&quot; is not a valid date and time: %2</source>
        <translation>Das Feld „%1“ ist keine gültige Datums- und Zeitangabe: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The field &quot;%1&quot; is not a whole number.</source>
        <translation>Das Feld „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A delivery attempt is not an object.</source>
        <translation>Ein Zustellversuch ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The answer is not a list.</source>
        <translation>Die Antwort ist keine Liste.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A subscription is not an object.</source>
        <translation>Ein Abonnement ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A subscription&apos;s &quot;id&quot; is not a whole number.</source>
        <translation>Die „id“ eines Abonnements ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A subscription has no &quot;url&quot;.</source>
        <translation>Ein Abonnement hat keine „url“.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A subscription&apos;s &quot;url&quot; is not text.</source>
        <translation>Die „url“ eines Abonnements ist kein Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A subscription&apos;s &quot;enabled&quot; is not true or false.</source>
        <translation>„enabled“ eines Abonnements ist weder true noch false.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A subscription&apos;s &quot;events&quot; is not a list.</source>
        <translation>„events“ eines Abonnements ist keine Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A subscription&apos;s &quot;events&quot; holds something that is not text.</source>
        <translation>„events“ eines Abonnements enthält etwas, das kein Text ist.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>An event type is not an object.</source>
        <translation>Ein Ereignistyp ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An event type has no &quot;event&quot; name.</source>
        <translation>Ein Ereignistyp hat keinen Namen („event“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A delivery is not an object.</source>
        <translation>Eine Zustellung ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A delivery has no numeric &quot;id&quot;.</source>
        <translation>Eine Zustellung hat keine numerische „id“.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A delivery&apos;s &quot;attempts&quot; is not a list.</source>
        <translation>„attempts“ einer Zustellung ist keine Liste.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Entry %1 of the list: %2</source>
        <translation>Eintrag %1 der Liste: %2</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>The new subscription came without its &quot;client_secret&quot;.</source>
        <translation>Das neue Abonnement kam ohne sein „client_secret“.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The answer carries no &quot;delivery_id&quot;.</source>
        <translation>Die Antwort enthält keine „delivery_id“.</translation>
    </message>
</context>
<context>
    <name>KeychainQuestion</name>
    <message>
        <location filename="../ui/KeychainQuestion.cpp" line="+22"/>
        <source>Keyring Prompt Cancelled</source>
        <translation>Abfrage des Schlüsselbunds abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled the keyring&apos;s prompt, so the API key of &quot;%1&quot; was not read.</source>
        <translation>Sie haben die Abfrage des Schlüsselbunds abgebrochen, daher wurde der API-Schlüssel von „%1“ nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cancelled the keyring&apos;s prompt, so the API key of &quot;%1&quot; was not stored.</source>
        <translation>Sie haben die Abfrage des Schlüsselbunds abgebrochen, daher wurde der API-Schlüssel von „%1“ nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain Error</source>
        <translation>Fehler des Schlüsselbunds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again to ask the keychain once more.</source>
        <translation>Versuchen Sie es erneut, um den Schlüsselbund noch einmal zu fragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again to ask the keychain once more, or enter the key and use it for this session only: it is then kept in memory and forgotten when the console closes.</source>
        <translation>Versuchen Sie es erneut, um den Schlüsselbund noch einmal zu fragen, oder geben Sie den Schlüssel ein und verwenden Sie ihn nur für diese Sitzung: Er wird dann im Arbeitsspeicher gehalten und beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again to ask the keychain once more, or use the key for this session only: it is then kept in memory and forgotten when the console closes.</source>
        <translation>Versuchen Sie es erneut, um den Schlüsselbund noch einmal zu fragen, oder verwenden Sie den Schlüssel nur für diese Sitzung: Er wird dann im Arbeitsspeicher gehalten und beim Schließen der Konsole vergessen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Use for This Session Only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key of %1, kept in memory until the console closes:</source>
        <translation>Der API-Schlüssel von %1, im Arbeitsspeicher gehalten, bis die Konsole geschlossen wird:</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <location filename="../app/credentials/KeychainResult.h" line="+32"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../app/credentials/KeychainStore.cpp" line="+136"/>
        <source>The keyring&apos;s prompt was cancelled or could not be shown, so the API key of &quot;%1&quot; was not read.</source>
        <translation>Die Abfrage des Schlüsselbunds wurde abgebrochen oder konnte nicht angezeigt werden, daher wurde der API-Schlüssel von „%1“ nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring&apos;s prompt was cancelled or could not be shown, so the API key of &quot;%1&quot; was not removed.</source>
        <translation>Die Abfrage des Schlüsselbunds wurde abgebrochen oder konnte nicht angezeigt werden, daher wurde der API-Schlüssel von „%1“ nicht entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring&apos;s prompt was cancelled or could not be shown, so the API key of &quot;%1&quot; was not stored.</source>
        <translation>Die Abfrage des Schlüsselbunds wurde abgebrochen oder konnte nicht angezeigt werden, daher wurde der API-Schlüssel von „%1“ nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keychain holds no API key for the profile &quot;%1&quot;. If your keychain is locked, unlock it and try again.</source>
        <translation>Im Schlüsselbund liegt kein API-Schlüssel für das Profil „%1“. Falls der Schlüsselbund gesperrt ist, entsperren Sie ihn und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access to the keychain was refused, so the API key of &quot;%1&quot; could not be used. Unlock the keychain or allow access, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher konnte der API-Schlüssel von „%1“ nicht verwendet werden. Entsperren Sie den Schlüsselbund oder erlauben Sie den Zugriff und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain could not delete the API key of &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel von „%1“ nicht löschen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keychain is available (the system&apos;s Secret Service, such as GNOME Keyring or KWallet, is not running, not reachable over D-Bus, or locked). API keys are only kept in a keychain, so nothing was stored or read.</source>
        <translation>Kein Schlüsselbund verfügbar (der Secret Service des Systems, etwa GNOME Keyring oder KWallet, läuft nicht, ist über D-Bus nicht erreichbar oder ist gesperrt). API-Schlüssel werden ausschließlich im Schlüsselbund aufbewahrt, daher wurde nichts gespeichert oder gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain failed for the profile &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund meldet für das Profil „%1“ einen Fehler.</translation>
    </message>
</context>
<context>
    <name>ListSelection</name>
    <message>
        <location filename="../app/cli/ListSelection.cpp" line="+51"/>
        <source>Give either --enabled or --disabled, not both.</source>
        <translation>Geben Sie entweder --enabled oder --disabled an, nicht beides.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--sort takes one of %1 (a leading - reverses the order), not &quot;%2&quot;.</source>
        <translation>--sort nimmt eines von %1 (ein vorangestelltes - kehrt die Reihenfolge um), nicht „%2“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--failing needs the delivery health that the server reports with each subscription (an extension; the vendor&apos;s documented API has none), and this server reports none.</source>
        <translation>--failing braucht den Zustellungszustand, den der Server zu jedem Abonnement meldet (eine Erweiterung; die dokumentierte API des Anbieters hat keinen), und dieser Server meldet keinen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+388"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal of pending changes</source>
        <translation>Journal der ausstehenden Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo server (webhook-sandbox) is not installed next to this program.</source>
        <translation>Der Demo-Server (webhook-sandbox) ist nicht neben diesem Programm installiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="+216"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to a server with a new profile</source>
        <translation>Mit einem neuen Profil zu einem Server verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch, edit, check or forget connection profiles</source>
        <translation>Verbindungsprofile wechseln, bearbeiten, prüfen oder vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Local &amp;Demo</source>
        <translation>Lokale &amp;Demo öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the local demo server and connect to it</source>
        <translation>Den lokalen Demo-Server starten und sich mit ihm verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Subscription…</source>
        <translation>&amp;Neues Abonnement …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a subscription</source>
        <translation>Ein Abonnement anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Toggle Enabled</source>
        <translation>Aktivierung &amp;umschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable or disable the current subscription (Space in the table)</source>
        <translation>Das aktuelle Abonnement aktivieren oder deaktivieren (Leertaste in der Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable Selected</source>
        <translation>Auswahl a&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable the selected subscriptions</source>
        <translation>Die ausgewählten Abonnements aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable Selected</source>
        <translation>Auswahl &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable the selected subscriptions</source>
        <translation>Die ausgewählten Abonnements deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Selected…</source>
        <translation>Auswahl &amp;löschen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected subscriptions</source>
        <translation>Die ausgewählten Abonnements löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-&amp;issue Secret…</source>
        <translation>Secret n&amp;eu ausstellen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the current subscription a new secret without an outage: a copy, then a cut-over</source>
        <translation>Dem aktuellen Abonnement ohne Ausfall ein neues Secret geben: eine Kopie, dann eine Umstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch Selected</source>
        <translation>Auswahl &amp;beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the selected subscriptions, or stop watching them when all are watched</source>
        <translation>Die ausgewählten Abonnements beobachten oder, wenn alle beobachtet werden, nicht mehr beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch All Failin&amp;g</source>
        <translation>Alle &amp;fehlschlagenden beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch every subscription whose deliveries fail now: a desktop notification when one recovers</source>
        <translation>Jedes Abonnement beobachten, dessen Zustellungen gerade fehlschlagen: eine Desktop-Benachrichtigung, wenn sich eines erholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable All &amp;Filtered</source>
        <translation>Alle &amp;gefilterten aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable every subscription the filter shows (bulk job)</source>
        <translation>Jedes Abonnement aktivieren, das der Filter zeigt (Massenvorgang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable All F&amp;iltered</source>
        <translation>Alle gefilterten &amp;deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable every subscription the filter shows (bulk job)</source>
        <translation>Jedes Abonnement deaktivieren, das der Filter zeigt (Massenvorgang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete All Filte&amp;red…</source>
        <translation>Alle gefilterten &amp;löschen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete every subscription the filter shows (bulk job)</source>
        <translation>Jedes Abonnement löschen, das der Filter zeigt (Massenvorgang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Bulk Job</source>
        <translation>Massenvorgang &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running bulk job</source>
        <translation>Den laufenden Massenvorgang anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Details</source>
        <translation>Details &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the edited subscription</source>
        <translation>Das bearbeitete Abonnement speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert Details</source>
        <translation>Details &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the edits of the selected subscription</source>
        <translation>Die Änderungen am ausgewählten Abonnement verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>Suc&amp;hen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search subscriptions</source>
        <translation>Abonnements durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select every shown subscription</source>
        <translation>Alle angezeigten Abonnements auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload subscriptions and event types (pending edits are kept)</source>
        <translation>Abonnements und Ereignistypen neu laden (offene Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload &amp;Details</source>
        <translation>Details &amp;neu laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch the selected subscription again</source>
        <translation>Das ausgewählte Abonnement erneut abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the subscriptions</source>
        <translation>Die Abonnements anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event Types</source>
        <translation>&amp;Ereignistypen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the event types</source>
        <translation>Die Ereignistypen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changes made from this computer</source>
        <translation>Die Änderungen von diesem Computer aus zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details &amp;Pane</source>
        <translation>Detail&amp;bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the details pane</source>
        <translation>Den Detailbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;Queue…</source>
        <translation>Anfrage&amp;warteschlange …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each endpoint&apos;s rate-limit budget</source>
        <translation>Das Kontingent der Ratenbegrenzung je Endpunkt anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read how to find, change and check subscriptions</source>
        <translation>Nachlesen, wie Sie Abonnements finden, ändern und prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Webhook Console</source>
        <translation>Ü&amp;ber Webhook Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk</source>
        <translation>Massen&amp;vorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-300"/>
        <source>The new language applies when Webhook Console is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Webhook Console.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+245"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some subscriptions have edits that were not saved. Close anyway and discard them?</source>
        <translation>Einige Abonnements haben ungespeicherte Änderungen. Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard and Close</source>
        <translation>Verwerfen und schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Closing when the %n pending change(s) are answered…</source>
        <translation>
            <numerusform>Wird geschlossen, sobald die ausstehende Änderung beantwortet ist …</numerusform>
            <numerusform>Wird geschlossen, sobald die %n ausstehenden Änderungen beantwortet sind …</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The journal of pending changes could not be updated: %1</source>
        <translation>Das Journal der ausstehenden Änderungen konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowActions.cpp" line="-3"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-46"/>
        <source>Starting the local demo server…</source>
        <translation>Lokaler Demo-Server wird gestartet …</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>%1 — Webhook Console</source>
        <translation>%1 — Webhook Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key not accepted by %1</source>
        <translation>API-Schlüssel von %1 nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook Console</source>
        <translation>Webhook Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Subscription %1 created.</source>
        <translation>Abonnement %1 angelegt.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Read only: changes are refused because the journal of pending changes cannot be opened (%1).</source>
        <translation>Nur Lesen: Änderungen werden abgelehnt, weil das Journal der ausstehenden Änderungen nicht geöffnet werden kann (%1).</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../app/credentials/MemoryCredentialStore.cpp" line="+13"/>
        <source>No API key is held for the profile &quot;%1&quot; in this session.</source>
        <translation>In dieser Sitzung ist kein API-Schlüssel für das Profil „%1“ hinterlegt.</translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <location filename="../app/api/NetworkJob.cpp" line="+135"/>
        <source>The answer is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer within the time limit.</source>
        <translation>Keine Antwort innerhalb des Zeitlimits.</translation>
    </message>
</context>
<context>
    <name>NetworkTransport</name>
    <message>
        <location filename="../app/api/NetworkTransport.cpp" line="+72"/>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse eingestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plain http:// to %1 needs explicit consent.</source>
        <translation>Unverschlüsseltes http:// zu %1 braucht eine ausdrückliche Zustimmung.</translation>
    </message>
</context>
<context>
    <name>NewSubscriptionDialog</name>
    <message>
        <location filename="../ui/NewSubscriptionDialog.cpp" line="+50"/>
        <source>No events chosen: the subscription will receive nothing until you add some.</source>
        <translation>Keine Ereignisse gewählt: Das Abonnement erhält nichts, bis Sie welche hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry setting events</source>
        <translation>Ereignisse erneut &amp;setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint URL</source>
        <translation>URL des Endpunkts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this endpoint is for (optional)</source>
        <translation>Wozu dieser Endpunkt dient (optional)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is the subscription&apos;s client secret. It is shown only now and cannot be shown again: copy it to a safe place before closing this window.</source>
        <translation>Das ist das Client-Secret des Abonnements. Es wird nur jetzt angezeigt und lässt sich später nicht mehr abrufen: Kopieren Sie es an einen sicheren Ort, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Events state</source>
        <translation>Stand der Ereignisse</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no journal of pending changes.</source>
        <translation>Es gibt kein Journal der ausstehenden Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer came for the create: %1
The subscription may exist on the server. Refresh the list and check before creating it again.</source>
        <translation>Auf die Neuanlage kam keine Antwort: %1
Das Abonnement existiert womöglich bereits auf dem Server. Aktualisieren Sie die Liste und prüfen Sie das, bevor Sie es erneut anlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subscription was not created: %1</source>
        <translation>Das Abonnement wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subscription %1 was created for %2.</source>
        <translation>Abonnement %1 wurde für %2 angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was created for %1.</source>
        <translation>Das Abonnement wurde für %1 angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not return an ID, so the events could not be set.</source>
        <translation>Der Server hat keine ID zurückgegeben, daher konnten die Ereignisse nicht gesetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events were chosen: the subscription receives none until you add some.</source>
        <translation>Es wurden keine Ereignisse gewählt: Das Abonnement empfängt keine, bis Sie welche hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Setting %n event(s)…</source>
        <translation>
            <numerusform>Ein Ereignis wird gesetzt …</numerusform>
            <numerusform>%n Ereignisse werden gesetzt …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The subscription was created, but setting its events failed: %1
It exists now without events. Retry setting the events, or set them later in the details pane.</source>
        <translation>Das Abonnement wurde angelegt, aber das Setzen seiner Ereignisse ist fehlgeschlagen: %1
Es existiert jetzt ohne Ereignisse. Setzen Sie die Ereignisse erneut oder später im Detailbereich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Events set: %1</source>
        <translation>Ereignisse gesetzt: %1</translation>
    </message>
</context>
<context>
    <name>PendingCloseQuestion</name>
    <message>
        <location filename="../ui/PendingCloseQuestion.cpp" line="+8"/>
        <source>Changes Not Finished</source>
        <translation>Änderungen nicht abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) are still queued or waiting for the server&apos;s answer.</source>
        <translation>
            <numerusform>Eine Änderung wartet noch in der Warteschlange oder auf die Antwort des Servers.</numerusform>
            <numerusform>%n Änderungen warten noch in der Warteschlange oder auf die Antwort des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait: close when they are answered. Discard changes: those not sent yet are dropped; any already on their way may still be applied and are shown at the next start. Keep for next time: they stay in the journal and the next start offers to send them.</source>
        <translation>Warten: Schließen, sobald sie beantwortet sind. Änderungen verwerfen: Noch nicht gesendete werden verworfen; bereits unterwegs befindliche können trotzdem übernommen werden und werden beim nächsten Start angezeigt. Für nächsten Start behalten: Sie bleiben im Journal, und beim nächsten Start wird angeboten, sie zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep for Next Time</source>
        <translation>Für nächsten Start &amp;behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay Open</source>
        <translation>&amp;Nicht schließen</translation>
    </message>
</context>
<context>
    <name>PendingWritesDialog</name>
    <message>
        <location filename="../ui/PendingWritesDialog.cpp" line="+20"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: Send &amp;Again</source>
        <translation>Geprüft: &amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget This One</source>
        <translation>Diese ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unconfirmed Changes</source>
        <translation>Unbestätigte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Unconfirmed changes</source>
        <translation>Unbestätigte Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n change(s) from an earlier session were not confirmed by the server. Resume sends each of them once; Discard forgets them; Later asks again at the next start.</source>
        <translation>
            <numerusform>Eine Änderung aus einer früheren Sitzung wurde vom Server nicht bestätigt. „Fortsetzen“ sendet sie einmal; „Verwerfen“ vergisst sie; „Später“ fragt beim nächsten Start erneut.</numerusform>
            <numerusform>%n Änderungen aus einer früheren Sitzung wurden vom Server nicht bestätigt. „Fortsetzen“ sendet jede davon einmal; „Verwerfen“ vergisst sie; „Später“ fragt beim nächsten Start erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked for</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You looked on the server and this subscription was not created: send it with Resume</source>
        <translation>Sie haben auf dem Server nachgesehen und dieses Abonnement wurde nicht angelegt: Mit „Fortsetzen“ senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected change (for example a create you found on the server)</source>
        <translation>Die ausgewählte Änderung vergessen (zum Beispiel eine Neuanlage, die Sie auf dem Server gefunden haben)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send each change once more (uncertain creates are left out)</source>
        <translation>Jede Änderung noch einmal senden (unsichere Neuanlagen werden ausgelassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget all of these changes</source>
        <translation>Alle diese Änderungen vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them and ask again at the next start</source>
        <translation>Behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n create(s) may exist on the server: check the subscription list before creating them again. Resume does not send them; if one is not on the server, select it and choose &quot;Checked: Send Again&quot;.</source>
        <translation>
            <numerusform>Ein angelegtes Abonnement existiert womöglich bereits auf dem Server: Prüfen Sie die Abonnementliste, bevor Sie es erneut anlegen. „Fortsetzen“ sendet es nicht; fehlt es auf dem Server, wählen Sie es aus und dann „Geprüft: Erneut senden“.</numerusform>
            <numerusform>%n angelegte Abonnements existieren womöglich bereits auf dem Server: Prüfen Sie die Abonnementliste, bevor Sie sie erneut anlegen. „Fortsetzen“ sendet sie nicht; fehlt eines auf dem Server, wählen Sie es aus und dann „Geprüft: Erneut senden“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>sent, no answer: may exist on the server: check before sending again</source>
        <translation>gesendet, keine Antwort: existiert womöglich auf dem Server; vor erneutem Senden prüfen</translation>
    </message>
</context>
<context>
    <name>PlainHttpConsent</name>
    <message>
        <location filename="../ui/PlainHttpConsent.h" line="+13"/>
        <source>Unencrypted Connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses plain http:// to a computer other than this one. The API key and all data would travel unencrypted and could be read or changed on the way.

Connect anyway? Your answer is remembered for this profile.</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu einem anderen Rechner. Der API-Schlüssel und alle Daten würden im Klartext übertragen und könnten unterwegs mitgelesen oder verändert werden.

Trotzdem verbinden? Ihre Antwort wird für dieses Profil gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect Without Encryption</source>
        <translation>Unverschlüsselt verbinden</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../app/cli/ProfileCommands.cpp" line="+31"/>
        <source>profile add needs --base-url URL.</source>
        <translation>profile add braucht --base-url URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses plain http:// to another computer, so the API key would travel unencrypted. Use https://, or add --allow-insecure-http to agree (remembered for this profile).</source>
        <translation>%1 verwendet unverschlüsseltes http:// zu einem anderen Rechner; der API-Schlüssel würde also im Klartext übertragen. Verwenden Sie https:// oder stimmen Sie mit --allow-insecure-http zu (wird für dieses Profil gespeichert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--rate-window needs a duration such as 250ms, 6s or 1m.</source>
        <translation>--rate-window braucht eine Dauer wie 250ms, 6s oder 1m.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile add needs the API key on standard input with --api-key-stdin (or in WEBHOOK_API_KEY); it is never accepted as an argument.</source>
        <translation>profile add braucht den API-Schlüssel auf der Standardeingabe mit --api-key-stdin (oder in WEBHOOK_API_KEY); als Argument wird er nie angenommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile was not saved.</source>
        <translation>Das Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Updated profile &quot;%1&quot; (%2); its API key is in the keychain.</source>
        <translation>Profil „%1“ (%2) aktualisiert; sein API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added profile &quot;%1&quot; (%2); its API key is in the keychain.</source>
        <translation>Profil „%1“ (%2) hinzugefügt; sein API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No profiles. Add one with: webhookctl profile add NAME --base-url URL --api-key-stdin</source>
        <translation>Keine Profile. Legen Sie eines an mit: webhookctl profile add NAME --base-url URL --api-key-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE LIMITS</source>
        <translation>RATENBEGRENZUNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>window %1</source>
        <translation>Zeitfenster %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>documented</source>
        <translation>dokumentiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Vorhandene Profile: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile &quot;%1&quot; was kept.</source>
        <translation>Das Profil „%1“ wurde behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed profile &quot;%1&quot; and its API key.</source>
        <translation>Profil „%1“ und sein API-Schlüssel wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../ui/ProfileForm.cpp" line="+48"/>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server base URL</source>
        <translation>Basis-URL des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>1m (the documented window)</source>
        <translation>1m (das dokumentierte Zeitfenster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-limit window</source>
        <translation>Zeitfenster der Ratenbegrenzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty for the documented one minute. Only for test servers with a compressed window.</source>
        <translation>Leer lassen für die dokumentierte Minute. Nur für Testserver mit verkürztem Zeitfenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-limit overrides</source>
        <translation>Abweichende Ratenbegrenzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATCH /api/v1/webhooks/{id}=100/1m</source>
        <translation>PATCH /api/v1/webhooks/{id}=100/1m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, one per line: a method and path, then the number of requests per window. Only for servers whose limits differ from the documented ones.</source>
        <translation>Optional, eine pro Zeile: Methode und Pfad, dann die Anzahl der Anfragen je Zeitfenster. Nur für Server, deren Grenzen von den dokumentierten abweichen.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;limits:</source>
        <translation>&amp;Ratenbegrenzungen:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the key held for this session (not in the keychain)</source>
        <translation>Leer lassen, um den nur für diese Sitzung gehaltenen Schlüssel zu behalten (nicht im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not a duration: %1 (use e.g. 1s or 1m)</source>
        <translation>Keine gültige Dauer: %1 (z. B. 1s oder 1m)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the API key for this server.</source>
        <translation>Geben Sie den API-Schlüssel für diesen Server ein.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles/ProfileStore.cpp" line="+103"/>
        <source>The profile could not be saved to %1.</source>
        <translation>Das Profil konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profile name &quot;%1&quot; is not allowed. Use 1 to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit and not ending with a space.</source>
        <translation>Der Profilname „%1“ ist nicht zulässig. Erlaubt sind 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Binde- und Unterstriche; der Name muss mit einem Buchstaben oder einer Ziffer beginnen und darf nicht auf ein Leerzeichen enden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>A profile needs a base URL, for example https://api.example.com.</source>
        <translation>Ein Profil braucht eine Basis-URL, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The base URL &quot;%1&quot; must start with https:// (or http://).</source>
        <translation>Die Basis-URL „%1“ muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL &quot;%1&quot; has no host name.</source>
        <translation>Die Basis-URL „%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL must not contain a user name or password: the API key is kept in the keychain instead.</source>
        <translation>Die Basis-URL darf weder Benutzernamen noch Passwort enthalten: Der API-Schlüssel liegt stattdessen im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL &quot;%1&quot; must not have a query (?...) or fragment (#...).</source>
        <translation>Die Basis-URL „%1“ darf keine Abfrage (?...) und kein Fragment (#...) enthalten.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The rate window must be a positive duration such as 250ms, 6s or 1m.</source>
        <translation>Das Zeitfenster der Ratenbegrenzung muss eine positive Dauer sein, etwa 250ms, 6s oder 1m.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/ProfilesDialog.cpp" line="+30"/>
        <source>&amp;Switch to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to another server and save it as a profile</source>
        <translation>Mit einem weiteren Server verbinden und ihn als Profil speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (connected)</source>
        <translation>%1 (verbunden)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (key not accepted)</source>
        <translation>%1 (Schlüssel nicht akzeptiert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No profiles yet. Add one to connect to a server; it is saved when it connects.</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu, um sich mit einem Server zu verbinden; es wird gespeichert, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: not checked. Plain http:// to another computer needs your consent.</source>
        <translation>%1: nicht geprüft. Unverschlüsseltes http:// zu einem anderen Rechner braucht Ihre Zustimmung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1: connected, %n event type(s) available.</source>
        <translation>
            <numerusform>%1: verbunden, ein Ereignistyp verfügbar.</numerusform>
            <numerusform>%1: verbunden, %n Ereignistypen verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forget the profile &quot;%1&quot;? Its settings are deleted and its API key is removed from the keychain.</source>
        <translation>Das Profil „%1“ vergessen? Seine Einstellungen werden gelöscht und sein API-Schlüssel wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Saved %1. The new API key is stored in the keychain.</source>
        <translation>%1 gespeichert. Der neue API-Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1, but the new API key was not stored: %2</source>
        <translation>%1 gespeichert, aber der neue API-Schlüssel wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved %1. The keychain did not store the new API key, so it is used for this session only.</source>
        <translation>%1 gespeichert. Der Schlüsselbund hat den neuen API-Schlüssel nicht gespeichert, daher wird er nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+20"/>
        <source>Renamed %1 to %2, but its key could not be moved: %3</source>
        <translation>%1 in %2 umbenannt, aber sein Schlüssel konnte nicht übertragen werden: %3</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>No API key is stored for this profile. %1</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert. %1</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Forget Profile</source>
        <translation>Profil vergessen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Forgot %1 and removed its key from the keychain.</source>
        <translation>%1 vergessen und seinen Schlüssel aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot %1, but its key could not be removed from the keychain: %2</source>
        <translation>%1 vergessen, aber sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil namens %1 gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+40"/>
        <source>Request queue details</source>
        <translation>Details der Anfragewarteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Request queue&lt;/b&gt; — rate-limit budget per endpoint</source>
        <translation>&lt;b&gt;Anfragewarteschlange&lt;/b&gt; – Kontingent der Ratenbegrenzung je Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used / limit</source>
        <translation>Genutzt / Grenze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued (interactive)</source>
        <translation>Wartend (interaktiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued (bulk)</source>
        <translation>Wartend (Massenvorgang)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>429s / retries</source>
        <translation>429er / Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting because</source>
        <translation>Wartet, weil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-limit budget per endpoint</source>
        <translation>Kontingent der Ratenbegrenzung je Endpunkt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n request(s) waiting or in flight.</source>
        <translation>
            <numerusform>Eine Anfrage wartend oder unterwegs.</numerusform>
            <numerusform>%n Anfragen wartend oder unterwegs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 / %2 per %3</source>
        <translation>%1 / %2 je %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget used up: next free slot in %1</source>
        <translation>Kontingent ausgeschöpft: nächster freier Platz in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next free slot at %1</source>
        <translation>Nächster freier Platz um %1</translation>
    </message>
</context>
<context>
    <name>QueueStatusWidget</name>
    <message>
        <location filename="../ui/QueueStatusWidget.cpp" line="+21"/>
        <location line="+14"/>
        <source>Request queue</source>
        <translation>Anfragewarteschlange</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <location line="+48"/>
        <source>Requests waiting for the rate limit. Click for each endpoint&apos;s budget.</source>
        <translation>Anfragen, die auf die Ratenbegrenzung warten. Klicken zeigt das Kontingent je Endpunkt.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queue idle</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n queued · next slot in %1</source>
        <translation>
            <numerusform>%n wartend · nächster Platz in %1</numerusform>
            <numerusform>%n wartend · nächster Platz in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>Eine Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttled: %1
Click for each endpoint&apos;s budget.</source>
        <translation>Gedrosselt: %1
Klicken zeigt das Kontingent je Endpunkt.</translation>
    </message>
</context>
<context>
    <name>RateLimitPolicy</name>
    <message>
        <location filename="../app/common/RateLimitPolicy.cpp" line="+41"/>
        <source>Cannot read the rate limit &quot;%1&quot;. Write it as METHOD /route=COUNT/WINDOW, for example &quot;PATCH /api/v1/webhooks/{id}=100/1m&quot;.</source>
        <translation>Die Ratenbegrenzung „%1“ ist nicht lesbar. Schreiben Sie sie als METHODE /Route=ANZAHL/ZEITFENSTER, zum Beispiel „PATCH /api/v1/webhooks/{id}=100/1m“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rate limit &quot;%1&quot; needs a count above zero and a window such as 250ms, 6s or 1m.</source>
        <translation>Die Ratenbegrenzung „%1“ braucht eine Anzahl größer als null und ein Zeitfenster wie 250ms, 6s oder 1m.</translation>
    </message>
</context>
<context>
    <name>RefreshMenu</name>
    <message>
        <location filename="../ui/RefreshMenu.cpp" line="+46"/>
        <source>Refresh Au&amp;tomatically</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;30 Seconds</source>
        <translation>Alle &amp;30 Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;Minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every &amp;5 Minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
</context>
<context>
    <name>ReissueBanner</name>
    <message>
        <location filename="../ui/ReissueBanner.cpp" line="+55"/>
        <source>its new secret is not marked as stored yet</source>
        <translation>sein neues Secret ist noch nicht als gespeichert vermerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy %1 waits for the cut-over</source>
        <translation>Kopie %1 wartet auf die Umstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the cut-over to %1 was interrupted</source>
        <translation>die Umstellung auf %1 wurde unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in use; delete %2 when its retries are over, at the latest after %3</source>
        <translation>%1 ist in Gebrauch; %2 löschen, wenn seine Wiederholungen vorbei sind, spätestens nach %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secret re-issue of subscription %1: %2. &lt;a href=&quot;%3&quot;&gt;Continue…&lt;/a&gt;</source>
        <translation>Neuausstellung des Secrets von Abonnement %1: %2. &lt;a href=&quot;%3&quot;&gt;Fortsetzen …&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ReissueCommand</name>
    <message>
        <location filename="../app/cli/ReissueCommand.cpp" line="+30"/>
        <source>reissue-secret needs exactly one of: a subscription ID, --continue JOB, --cancel JOB or --list.</source>
        <translation>reissue-secret braucht genau eines davon: eine Abonnement-ID, --continue JOB, --cancel JOB oder --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a subscription id (a positive whole number).</source>
        <translation>„%1“ ist keine Abonnement-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--events is only for a new re-issue (reissue-secret ID).</source>
        <translation>--events gilt nur für eine neue Neuausstellung (reissue-secret ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cutover needs now or later, not &quot;%1&quot;.</source>
        <translation>--cutover braucht now oder later, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cutover goes with a subscription ID or --continue JOB.</source>
        <translation>--cutover gehört zu einer Abonnement-ID oder zu --continue JOB.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interrupted at step &quot;%1&quot;; nothing is lost. Go on with: %2</source>
        <translation>Bei Schritt „%1“ unterbrochen; nichts ist verloren. Weiter mit: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Subscription %1 is a copy of %2, disabled until the cut-over.</source>
        <translation>Abonnement %1 ist eine Kopie von %2, bis zur Umstellung deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its client secret, shown this once (store it now):</source>
        <translation>Sein Client-Secret, nur dieses eine Mal angezeigt (jetzt sicher ablegen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the customer:</source>
        <translation>Für den Kunden:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-issue %1 waits for the cut-over. When the customer is ready:</source>
        <translation>Neuausstellung %1 wartet auf die Umstellung. Wenn der Kunde bereit ist:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cut over: subscription %1 is enabled, %2 is disabled.</source>
        <translation>Umgestellt: Abonnement %1 ist aktiviert, %2 ist deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery(s) to subscription %1 are still being retried. Delete it once they are over, at the latest after %2:</source>
        <translation>
            <numerusform>%n Zustellung an Abonnement %1 wird noch wiederholt. Löschen Sie es, wenn sie vorbei ist, spätestens nach %2:</numerusform>
            <numerusform>%n Zustellungen an Abonnement %1 werden noch wiederholt. Löschen Sie es, wenn sie vorbei sind, spätestens nach %2:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server does not tell when subscription %1&apos;s retries are over; it can be deleted after %2:</source>
        <translation>Dieser Server sagt nicht, wann die Wiederholungen von Abonnement %1 vorbei sind; es kann nach %2 gelöscht werden:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-issue %1 cancelled: its copy was deleted, subscription %2 is unchanged.</source>
        <translation>Neuausstellung %1 abgebrochen: Ihre Kopie wurde gelöscht, Abonnement %2 ist unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-issue %1 done: subscription %2 replaces %3, which was deleted.</source>
        <translation>Neuausstellung %1 abgeschlossen: Abonnement %2 ersetzt %3, das gelöscht wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The re-issue stopped at step &quot;%1&quot;; go on with: %2</source>
        <translation>Die Neuausstellung hielt bei Schritt „%1“ an; weiter mit: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No secret re-issue is under way for %1.</source>
        <translation>Für %1 läuft keine Neuausstellung eines Secrets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>ReissueJobStore</name>
    <message>
        <location filename="../app/reissue/ReissueJobStore.cpp" line="+56"/>
        <source>The secret re-issue could not be %1 in the journal %2: %3</source>
        <translation>Die Neuausstellung konnte im Journal %2 nicht %1 werden: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>recorded</source>
        <translation>festgehalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret re-issue %1 is not in the journal %2 any more.</source>
        <translation>Die Neuausstellung %1 ist nicht mehr im Journal %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal %1 is damaged: %2</source>
        <translation>Das Journal %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>secret re-issue %1 cannot be read</source>
        <translation>Neuausstellung %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RelativeTimeText</name>
    <message>
        <location filename="../models/RelativeTimeText.cpp" line="+10"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <location filename="../app/api/RequestQueue.cpp" line="+189"/>
        <source>The bulk job was cancelled.</source>
        <translation>Der Massenvorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>The server asked to wait (HTTP 429).</source>
        <translation>Der Server hat um eine Pause gebeten (HTTP 429).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached: %1 of %2 requests used in the current window.</source>
        <translation>Ratenbegrenzung erreicht: %1 von %2 Anfragen im aktuellen Zeitfenster genutzt.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../app/api/RequestValidator.cpp" line="+30"/>
        <source>Enter the endpoint&apos;s address, e.g. https://example.com/hooks.</source>
        <translation>Geben Sie die Adresse des Endpunkts ein, z. B. https://example.com/hooks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address holds a broken character (a lone UTF-16 surrogate).</source>
        <translation>Die Adresse enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Adresse ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must not contain spaces.</source>
        <translation>Die Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must be a complete URL starting with https:// or http://.</source>
        <translation>Die Adresse muss eine vollständige URL sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must start with https:// or http:// (not %1:).</source>
        <translation>Die Adresse muss mit https:// oder http:// beginnen (nicht mit %1:).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description holds a broken character (a lone UTF-16 surrogate).</source>
        <translation>Die Beschreibung enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An event type name is empty.</source>
        <translation>Ein Ereignistyp hat einen leeren Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event type name is longer than 255 characters.</source>
        <translation>Ein Ereignistyp hat einen Namen mit mehr als 255 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown event type(s): %1. Known types: %2.</source>
        <translation>Unbekannte Ereignistypen: %1. Bekannte Typen: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address cannot be removed.</source>
        <translation>Die Adresse kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>RetryTimelineWidget</name>
    <message>
        <location filename="../ui/RetryTimelineWidget.cpp" line="+101"/>
        <location line="+248"/>
        <source>Retry timeline</source>
        <translation>Zeitleiste der Wiederholungen</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No delivery selected</source>
        <translation>Keine Zustellung ausgewählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delivered on attempt %1 of %2</source>
        <translation>Zugestellt beim %1. von %2 Versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (last: %2)</source>
        <translation>%1 (zuletzt: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>next attempt %1 (%2)</source>
        <translation>nächster Versuch am %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next attempt not scheduled</source>
        <translation>kein weiterer Versuch geplant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retrying: attempt %1 of %2 failed</source>
        <translation>Wird wiederholt: Versuch %1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying: attempt %1 of %2 failed (%3)</source>
        <translation>Wird wiederholt: Versuch %1 von %2 fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no retries needed</source>
        <translation>keine Wiederholung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no retries left</source>
        <translation>keine Wiederholungen mehr übrig</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Failed: gave up after 1 attempt</source>
        <translation>Fehlgeschlagen: nach einem Versuch aufgegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: gave up after %1 attempts</source>
        <translation>Fehlgeschlagen: nach %1 Versuchen aufgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused: no attempt while the subscription is disabled</source>
        <translation>Pausiert: kein Versuch, solange das Abonnement deaktiviert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused after attempt %1 of %2: no retry while the subscription is disabled</source>
        <translation>Pausiert nach Versuch %1 von %2: keine Wiederholung, solange das Abonnement deaktiviert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the retry window ends %2</source>
        <translation>%1; das Wiederholungsfenster endet am %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending: first attempt %1 (%2)</source>
        <translation>Ausstehend: erster Versuch %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending: first attempt not scheduled</source>
        <translation>Ausstehend: erster Versuch nicht geplant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 retry left</source>
        <translation>noch 1 Wiederholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 retries left</source>
        <translation>noch %1 Wiederholungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>gave up %1</source>
        <translation>aufgegeben am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>window ends %1</source>
        <translation>Zeitfenster endet am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives up %1</source>
        <translation>endet am %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attempt %1 (manual retry)</source>
        <translation>Versuch %1 (manuell wiederholt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 after %2 ms</source>
        <translation>%1 nach %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made (details not loaded)</source>
        <translation>erfolgt (Details nicht geladen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next attempt: paused while the subscription is disabled</source>
        <translation>nächster Versuch: pausiert, solange das Abonnement deaktiviert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next attempt: %1 (%2)</source>
        <translation>nächster Versuch: am %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scheduled for %1 if the earlier attempts fail</source>
        <translation>geplant für %1, falls die vorherigen Versuche fehlschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed: delivered earlier</source>
        <translation>nicht nötig: bereits zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not made</source>
        <translation>nicht erfolgt</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>RowChangeMarks</name>
    <message>
        <location filename="../models/RowChangeMarks.cpp" line="+104"/>
        <source>Added elsewhere, seen at %1</source>
        <translation>Anderswo hinzugefügt, gesehen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started failing, seen at %1</source>
        <translation>Fehlerhaft geworden, gesehen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered, seen at %1</source>
        <translation>Wieder in Ordnung, gesehen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled elsewhere, seen at %1</source>
        <translation>Anderswo aktiviert, gesehen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled elsewhere, seen at %1</source>
        <translation>Anderswo deaktiviert, gesehen um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed elsewhere, seen at %1</source>
        <translation>Anderswo geändert, gesehen um %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n started failing</source>
        <translation>
            <numerusform>%n fehlerhaft geworden</numerusform>
            <numerusform>%n fehlerhaft geworden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recovered</source>
        <translation>
            <numerusform>%n wieder in Ordnung</numerusform>
            <numerusform>%n wieder in Ordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n enabled or disabled</source>
        <translation>
            <numerusform>%n aktiviert oder deaktiviert</numerusform>
            <numerusform>%n aktiviert oder deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since the last update: %1.</source>
        <translation>Seit der letzten Aktualisierung: %1.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/SearchField.cpp" line="+26"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/SecretField.cpp" line="+16"/>
        <source>&amp;Copy secret</source>
        <translation>Secret &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
</context>
<context>
    <name>SecretReissue</name>
    <message>
        <location filename="../app/reissue/SecretReissue.cpp" line="+67"/>
        <source>Subscription %1 already has a secret re-issue under way (%2). Continue that one instead.</source>
        <translation>Für Abonnement %1 läuft schon eine Neuausstellung (%2). Setzen Sie stattdessen diese fort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The events of subscription %1 are not known on this computer: the API never reports them, and they were not set from here. Say which events the copy gets.</source>
        <translation>Die Ereignisse von Abonnement %1 sind auf diesem Computer nicht bekannt: Die API meldet sie nie, und sie wurden nicht von hier gesetzt. Geben Sie an, welche Ereignisse die Kopie bekommt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading subscription %1…</source>
        <translation>Abonnement %1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>The subscriptions could not be read</source>
        <translation>Die Abonnements konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Subscription %1 does not exist on the server.</source>
        <translation>Abonnement %1 gibt es auf dem Server nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+271"/>
        <location line="+18"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>The answer to the copy&apos;s create was lost %1 times in a row; the connection is not reliable enough right now. Try again later: lost copies are cleaned up first.</source>
        <translation>Die Antwort auf das Anlegen der Kopie ging %1-mal hintereinander verloren; die Verbindung ist gerade nicht zuverlässig genug. Versuchen Sie es später erneut: Verlorene Kopien werden zuerst aufgeräumt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating a copy of subscription %1…</source>
        <translation>Kopie von Abonnement %1 wird angelegt …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The copy could not be created</source>
        <translation>Die Kopie konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server created the copy without saying its id, so it cannot be prepared. Continuing the re-issue deletes it and tries again.</source>
        <translation>Der Server hat die Kopie ohne ihre ID zurückgegeben, daher kann sie nicht vorbereitet werden. Das Fortsetzen der Neuausstellung löscht sie und versucht es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disabling the copy %1 and setting its events…</source>
        <translation>Kopie %1 wird deaktiviert und ihre Ereignisse werden gesetzt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy %1 could not be prepared</source>
        <translation>Die Kopie %1 konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for copies whose secret was never shown…</source>
        <translation>Kopien, deren Secret nie angezeigt wurde, werden gesucht …</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Deleting the unused copy %1…</source>
        <translation>Die ungenutzte Kopie %1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enabling the copy %1…</source>
        <translation>Kopie %1 wird aktiviert …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy %1 could not be enabled</source>
        <translation>Die Kopie %1 konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabling the old subscription %1…</source>
        <translation>Das alte Abonnement %1 wird deaktiviert …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old subscription %1 could not be disabled</source>
        <translation>Das alte Abonnement %1 konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the old subscription&apos;s pending retries…</source>
        <translation>Die ausstehenden Wiederholungen des alten Abonnements werden geprüft …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old subscription %1 could not be read</source>
        <translation>Das alte Abonnement %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the old subscription %1…</source>
        <translation>Das alte Abonnement %1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re-issue %1 is past its cut-over: subscription %2 is in use. It can only be finished now.</source>
        <translation>Neuausstellung %1 ist schon umgestellt: Abonnement %2 ist in Gebrauch. Sie kann jetzt nur noch abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled before the cut-over</source>
        <translation>vor der Umstellung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for the copies to delete…</source>
        <translation>Die zu löschenden Kopien werden gesucht …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no secret re-issue %1 in the journal of %2.</source>
        <translation>Im Journal für %2 gibt es keine Neuausstellung %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your webhook endpoint %1 gets a new signing secret. Its subscription id changes from %2 to %3; deliveries carry the new id and are signed with the new secret once we switch over, which we do when you say you are ready. For a short while you may receive an event twice, from both subscriptions: deduplicate on the payload&apos;s &quot;id&quot;.</source>
        <translation>Ihr Webhook-Endpunkt %1 bekommt ein neues Signatur-Secret. Seine Abonnement-ID ändert sich von %2 auf %3; nach der Umstellung tragen Zustellungen die neue ID und sind mit dem neuen Secret signiert. Wir stellen um, sobald Sie uns sagen, dass Sie bereit sind. Für kurze Zeit kann ein Ereignis doppelt ankommen, von beiden Abonnements: Deduplizieren Sie anhand der „id“ der Nutzdaten.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Subscription %1 could not be deleted</source>
        <translation>Abonnement %1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SecretReissueDialog</name>
    <message>
        <location filename="../ui/SecretReissueDialog.cpp" line="+29"/>
        <source>&amp;Events of the copy:</source>
        <translation>&amp;Ereignisse der Kopie:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy te&amp;xt for the customer</source>
        <translation>Te&amp;xt für den Kunden kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;stored the secret or given it to the customer</source>
        <translation>Ich habe das Secret &amp;gespeichert oder dem Kunden gegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reate copy</source>
        <translation>Kopie &amp;anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ut over now</source>
        <translation>Jetzt &amp;umstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+205"/>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Ca&amp;ncel re-issue</source>
        <translation>Neuausstellung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Re-issue Secret</source>
        <translation>Secret neu ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-issue secret</source>
        <translation>Secret neu ausstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New client secret</source>
        <translation>Neues Client-Secret</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>For the customer (holds no secret):</source>
        <translation>Für den Kunden (enthält kein Secret):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text for the customer</source>
        <translation>Text für den Kunden</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+40"/>
        <source>Re-issue the secret of subscription %1</source>
        <translation>Das Secret von Abonnement %1 neu ausstellen</translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>The API shows a subscription&apos;s secret only when it is created, so a new secret needs a new subscription. This makes a copy of %1 with the same URL, description and events, disabled, and shows its secret once. When the customer is ready, cut over: the copy is enabled and %2 disabled. %2 is deleted when its retries are over, at the latest %n hour(s) after the cut-over.</source>
        <translation>
            <numerusform>Die API zeigt das Secret eines Abonnements nur beim Anlegen, ein neues Secret braucht also ein neues Abonnement. Dazu wird eine deaktivierte Kopie von %1 mit gleicher URL, Beschreibung und gleichen Ereignissen angelegt und ihr Secret einmal angezeigt. Wenn der Kunde bereit ist, stellen Sie um: Die Kopie wird aktiviert und %2 deaktiviert. %2 wird gelöscht, wenn seine Wiederholungen vorbei sind, spätestens %n Stunde nach der Umstellung.</numerusform>
            <numerusform>Die API zeigt das Secret eines Abonnements nur beim Anlegen, ein neues Secret braucht also ein neues Abonnement. Dazu wird eine deaktivierte Kopie von %1 mit gleicher URL, Beschreibung und gleichen Ereignissen angelegt und ihr Secret einmal angezeigt. Wenn der Kunde bereit ist, stellen Sie um: Die Kopie wird aktiviert und %2 deaktiviert. %2 wird gelöscht, wenn seine Wiederholungen vorbei sind, spätestens %n Stunden nach der Umstellung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The copy gets its events: %1.</source>
        <translation>Ereignisse der Kopie: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API never reports a subscription&apos;s events and they were not set from this computer: choose the events the copy gets.</source>
        <translation>Die API meldet die Ereignisse eines Abonnements nie, und sie wurden nicht von diesem Computer gesetzt: Wählen Sie die Ereignisse der Kopie.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cut over: subscription %1 is enabled, %2 is disabled.</source>
        <translation>Umgestellt: Abonnement %1 ist aktiviert, %2 ist deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery(s) to %1 are still being retried. It is deleted when they are over, at the latest after %2: open this again from the reminder above the list.</source>
        <translation>
            <numerusform>%n Zustellung an %1 wird noch wiederholt. Es wird gelöscht, wenn sie vorbei ist, spätestens nach %2: Öffnen Sie dies dann wieder über den Hinweis über der Liste.</numerusform>
            <numerusform>%n Zustellungen an %1 werden noch wiederholt. Es wird gelöscht, wenn sie vorbei sind, spätestens nach %2: Öffnen Sie dies dann wieder über den Hinweis über der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server does not tell when %1&apos;s retries are over; it can be deleted after %2: open this again from the reminder above the list.</source>
        <translation>Dieser Server sagt nicht, wann die Wiederholungen von %1 vorbei sind; es kann nach %2 gelöscht werden: Öffnen Sie dies dann wieder über den Hinweis über der Liste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription %1 is ready and disabled. Give the customer its secret and the text below. Until you tick that it is stored, closing this window throws this secret away: the next attempt makes a new copy with a new secret.</source>
        <translation>Abonnement %1 ist bereit und deaktiviert. Geben Sie dem Kunden sein Secret und den Text unten. Bis Sie ankreuzen, dass es gespeichert ist, verwirft das Schließen dieses Fensters das Secret: Der nächste Versuch legt eine neue Kopie mit neuem Secret an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 waits, disabled, for the cut-over. Cut over when the customer uses the new secret and id; until then %2 goes on working. Later, continue from the reminder above the list.</source>
        <translation>Abonnement %1 wartet deaktiviert auf die Umstellung. Stellen Sie um, wenn der Kunde das neue Secret und die neue ID verwendet; bis dahin arbeitet %2 weiter. Später geht es über den Hinweis über der Liste weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: the copy was deleted; subscription %1 is unchanged.</source>
        <translation>Abgebrochen: Die Kopie wurde gelöscht; Abonnement %1 ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: subscription %1 replaces %2, which was deleted.</source>
        <translation>Fertig: Abonnement %1 ersetzt %2, das gelöscht wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is lost: the re-issue goes on from this step when you try again.</source>
        <translation>Nichts ist verloren: Die Neuausstellung macht bei diesem Schritt weiter, wenn Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>SecretReissueLauncher</name>
    <message>
        <location filename="../ui/SecretReissueLauncher.cpp" line="+22"/>
        <source>Finish or close the re-issue that is open first.</source>
        <translation>Schließen Sie zuerst die offene Neuausstellung ab oder das Fenster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secret re-issue needs the journal of changes, which is not available: %1</source>
        <translation>Eine Neuausstellung braucht das Journal der Änderungen, das nicht verfügbar ist: %1</translation>
    </message>
</context>
<context>
    <name>ShellCompletion</name>
    <message>
        <location filename="../app/cli/ShellCompletion.cpp" line="+125"/>
        <source>reversed</source>
        <translation>umgekehrt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add, list or remove profiles.</source>
        <translation>Profile hinzufügen, auflisten oder entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the help of one command.</source>
        <translation>Die Hilfe zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="+14"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toggle enabled of the current row (in the table)</source>
        <translation>Aktivierung der aktuellen Zeile umschalten (in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../ui/StatePanel.cpp" line="+37"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List state</source>
        <translation>Zustand der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List state details</source>
        <translation>Details zum Zustand der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry loading</source>
        <translation>Erneut laden</translation>
    </message>
</context>
<context>
    <name>SubscriptionCommands</name>
    <message>
        <location filename="../app/cli/SubscriptionCommands.cpp" line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+49"/>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No subscriptions.</source>
        <translation>Keine Abonnements.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No subscriptions match (%n in all).</source>
        <translation>
            <numerusform>Kein Abonnement passt (%n insgesamt).</numerusform>
            <numerusform>Kein Abonnement passt (%n insgesamt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>failing since %1</source>
        <translation>fehlerhaft seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n retries pending</source>
        <translation>
            <numerusform>, eine Wiederholung ausstehend</numerusform>
            <numerusform>, %n Wiederholungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+168"/>
        <source>&quot;%1&quot; is not a subscription id (a positive whole number).</source>
        <translation>„%1“ ist keine Abonnement-ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last delivery</source>
        <translation>letzte Zustellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failing since</source>
        <translation>fehlerhaft seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending retries</source>
        <translation>ausstehende Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next retry</source>
        <translation>nächste Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives up at</source>
        <translation>endet am</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the event types to check --events</source>
        <translation>Die Ereignistypen zum Prüfen von --events konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The create was sent but no answer came (%1), so the subscription may or may not exist now. Check with: webhookctl list. If it is not there, webhookctl requeue %2 and webhookctl resume create it; if it is, webhookctl discard %2.</source>
        <translation>Das Anlegen wurde gesendet, aber es kam keine Antwort (%1); das Abonnement existiert jetzt also vielleicht, vielleicht auch nicht. Prüfen Sie mit: webhookctl list. Fehlt es dort, legen webhookctl requeue %2 und webhookctl resume es an; ist es vorhanden, verwenden Sie webhookctl discard %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The subscription was not created</source>
        <translation>Das Abonnement wurde nicht angelegt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server returned the new subscription without an id, so its events could not be set</source>
        <translation>der Server hat das neue Abonnement ohne ID zurückgegeben, daher konnten seine Ereignisse nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the journal could not record the change, so it was not sent (%1)</source>
        <translation>das Journal konnte die Änderung nicht festhalten, daher wurde sie nicht gesendet (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Created subscription %1 for %2.</source>
        <translation>Abonnement %1 für %2 angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret (shown only this once, store it now): %1</source>
        <translation>Client-Secret (wird nur dieses eine Mal angezeigt, jetzt sicher ablegen): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subscription %1 WAS created, but setting its events failed: %2. It exists without those events; set them with: webhookctl update %1 --events %3</source>
        <translation>Das Abonnement %1 WURDE angelegt, aber das Setzen seiner Ereignisse ist fehlgeschlagen: %2. Es existiert ohne diese Ereignisse; setzen Sie sie mit: webhookctl update %1 --events %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give either --enable or --disable, not both.</source>
        <translation>Geben Sie entweder --enable oder --disable an, nicht beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to change: give --url, --description, --events, --enable or --disable.</source>
        <translation>Nichts zu ändern: Geben Sie --url, --description, --events, --enable oder --disable an.</translation>
    </message>
</context>
<context>
    <name>SubscriptionCountBar</name>
    <message>
        <location filename="../ui/SubscriptionCountBar.cpp" line="+60"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not update.</source>
        <translation>Aktualisierung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not update. Trying again now.</source>
        <translation>Aktualisierung fehlgeschlagen. Neuer Versuch läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not update. Next try in %1.</source>
        <translation>Aktualisierung fehlgeschlagen. Nächster Versuch in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last update failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>SubscriptionFactsView</name>
    <message>
        <location filename="../ui/SubscriptionFactsView.cpp" line="+47"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health:</source>
        <translation>Zustellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last delivery:</source>
        <translation>Letzte Zustellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled state</source>
        <translation>Aktivierungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery health</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(saving…)</source>
        <translation>(wird gespeichert …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change failed: %1</source>
        <translation>Letzte Änderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reported by this server</source>
        <translation>Von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failing since %1</source>
        <translation>Fehlerhaft seit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n retry(s) pending</source>
        <translation>
            <numerusform>eine Wiederholung ausstehend</numerusform>
            <numerusform>%n Wiederholungen ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next retry: %1</source>
        <translation>Nächste Wiederholung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>SubscriptionListWidget</name>
    <message>
        <location filename="../ui/SubscriptionListWidget.cpp" line="-141"/>
        <source>Loading subscriptions… %1 of %2</source>
        <translation>Abonnements werden geladen … %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionFilterBar.cpp" line="+71"/>
        <source>Search ID, URL or description (Ctrl+F)</source>
        <translation>ID, URL oder Beschreibung suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search subscriptions</source>
        <translation>Abonnements durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionCountBar.cpp" line="-38"/>
        <source>Number of shown subscriptions</source>
        <translation>Anzahl der angezeigten Abonnements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the list was loaded</source>
        <translation>Wann die Liste geladen wurde</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionListWidget.cpp" line="+92"/>
        <source>Load error</source>
        <translation>Ladefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry loading</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionFilterBar.cpp" line="+6"/>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disa&amp;bled</source>
        <translation>&amp;Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fai&amp;ling</source>
        <translation>&amp;Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives &amp;up soon</source>
        <translation>Ende&amp;t bald</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the subscriptions with a delivery the server drops within %1 hours, soonest first (%2)</source>
        <translation>Abonnements zeigen, deren Zustellung der Server innerhalb von %1 Stunden verwirft, die nächste zuerst (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show %1 subscriptions (%2)</source>
        <translation>Abonnements anzeigen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionListWidget.cpp" line="+1"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+60"/>
        <source>Loading subscriptions…</source>
        <translation>Abonnements werden geladen …</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Loading subscriptions failed.</source>
        <translation>Laden der Abonnements fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/SubscriptionCountBar.cpp" line="+14"/>
        <source>The list, with its delivery health, was loaded from the server at %1. Refresh (Ctrl+R) to load it again.</source>
        <translation>Die Liste mit ihrem Zustellungszustand wurde am %1 vom Server geladen. Mit „Aktualisieren“ (Strg+R) laden Sie sie neu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionListWidget.cpp" line="+29"/>
        <source>Loaded %n subscription(s).</source>
        <translation>
            <numerusform>Ein Abonnement geladen.</numerusform>
            <numerusform>%n Abonnements geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reloading failed: %1 The list shows the last loaded state.</source>
        <translation>Neuladen fehlgeschlagen: %1 Die Liste zeigt den zuletzt geladenen Stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subscriptions could not be loaded.</source>
        <translation>Die Abonnements konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subscriptions yet.</source>
        <translation>Noch keine Abonnements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the first one with New Subscription (%1).</source>
        <translation>Legen Sie das erste mit „Neues Abonnement“ (%1) an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No subscription matches.</source>
        <translation>Kein Abonnement passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search or choose All (Ctrl+1) to see every subscription.</source>
        <translation>Leeren Sie die Suche oder wählen Sie „Alle“ (Strg+1), um alle Abonnements zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SubscriptionCountBar.cpp" line="-9"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>SubscriptionRowActions</name>
    <message>
        <location filename="../ui/SubscriptionRowActions.cpp" line="+35"/>
        <source>Subscription %1 was not changed: %2</source>
        <translation>Abonnement %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 done, %3 failed.</source>
        <translation>%1: %2 erledigt, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A bulk job is running: wait for it or cancel it first.</source>
        <translation>Ein Massenvorgang läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>… und eines mehr</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enable Subscriptions</source>
        <translation>Abonnements aktivieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Enable all %n shown subscription(s)?

</source>
        <translation>
            <numerusform>Das angezeigte Abonnement aktivieren?

</numerusform>
            <numerusform>Alle %n angezeigten Abonnements aktivieren?

</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Subscriptions</source>
        <translation>Abonnements deaktivieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Disable all %n shown subscription(s)?

</source>
        <translation>
            <numerusform>Das angezeigte Abonnement deaktivieren?

</numerusform>
            <numerusform>Alle %n angezeigten Abonnements deaktivieren?

</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Delete %n subscription(s)? This cannot be undone.

</source>
        <translation>
            <numerusform>Ein Abonnement löschen? Das lässt sich nicht rückgängig machen.

</numerusform>
            <numerusform>%n Abonnements löschen? Das lässt sich nicht rückgängig machen.

</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Subscriptions</source>
        <translation>Abonnements löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleting subscription %1…</source>
        <translation>Abonnement %1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscription %1 deleted.</source>
        <translation>Abonnement %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription %1 was not deleted: %2</source>
        <translation>Abonnement %1 wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionSortProxyModel</name>
    <message>
        <location filename="../models/SubscriptionSortProxyModel.cpp" line="+254"/>
        <source>Sorting…</source>
        <translation>Wird sortiert …</translation>
    </message>
</context>
<context>
    <name>SubscriptionTableModel</name>
    <message>
        <location filename="../models/SubscriptionTableModel.cpp" line="+196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has not reported any subscription&apos;s events, so this column is empty. Events you set in this console appear here.</source>
        <translation>Der Server hat für kein Abonnement die Ereignisse gemeldet, daher ist diese Spalte leer. Ereignisse, die Sie in dieser Konsole festlegen, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery health reported by the server</source>
        <translation>Vom Server gemeldeter Zustand der Zustellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saving</source>
        <translation>Speichert</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saving…</source>
        <translation>Speichert …</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The server sent this subscription without an id: it cannot be changed here.</source>
        <translation>Der Server hat dieses Abonnement ohne ID geliefert: Es kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving: waiting for the server to confirm.</source>
        <translation>Wird gespeichert: Warten auf die Bestätigung des Servers.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The server has not reported this subscription&apos;s events; select the subscription to ask for them.</source>
        <translation>Der Server hat die Ereignisse dieses Abonnements nicht gemeldet; wählen Sie das Abonnement aus, um sie abzufragen.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../models/TableExport.cpp" line="+23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <location filename="../app/common/TranslationLoader.cpp" line="+58"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The translation for &quot;%1&quot; is missing; the texts stay in English.</source>
        <translation>Die Übersetzung für „%1“ fehlt; die Texte bleiben englisch.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../ui/UserGuideDialog.cpp" line="+11"/>
        <source>Webhook Console User Guide</source>
        <translation>Handbuch zu Webhook Console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user guide is missing from this build.</source>
        <translation>Das Handbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>WatchAlerts</name>
    <message numerus="yes">
        <location filename="../ui/WatchAlerts.cpp" line="+48"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n watched subscription(s) changed</source>
        <translation>
            <numerusform>%n beobachtetes Abonnement hat sich geändert</numerusform>
            <numerusform>%n beobachtete Abonnements haben sich geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failing since %1</source>
        <translation>Fehlgeschlagen seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription %1 started failing</source>
        <translation>Abonnement %1 schlägt jetzt fehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription %1 recovered</source>
        <translation>Abonnement %1 funktioniert wieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries succeed again.</source>
        <translation>Zustellungen gelingen wieder.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subscription %1 gives up soon</source>
        <translation>Abonnement %1 wird bald aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delivery is dropped at %1 unless a retry succeeds first.</source>
        <translation>Eine Zustellung wird um %1 verworfen, falls kein erneuter Versuch vorher gelingt.</translation>
    </message>
</context>
<context>
    <name>WatchCoordinator</name>
    <message numerus="yes">
        <location filename="../ui/WatchCoordinator.cpp" line="+34"/>
        <source>Now watching %n more failing subscription(s).</source>
        <translation>
            <numerusform>Jetzt wird %n weiteres fehlschlagendes Abonnement beobachtet.</numerusform>
            <numerusform>Jetzt werden %n weitere fehlschlagende Abonnements beobachtet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchStar</name>
    <message>
        <location filename="../models/WatchStar.cpp" line="+10"/>
        <source>Watched: you get a desktop notification when it starts failing, recovers or gives up soon. Click to stop watching.</source>
        <translation>Beobachtet: Sie erhalten eine Desktop-Benachrichtigung, wenn sie zu scheitern beginnt, sich erholt oder bald aufgegeben wird. Klicken, um nicht mehr zu beobachten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to watch: get a desktop notification when it starts failing, recovers or gives up soon.</source>
        <translation>Klicken, um zu beobachten: eine Desktop-Benachrichtigung, wenn sie zu scheitern beginnt, sich erholt oder bald aufgegeben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watched subscriptions: a desktop notification when one starts failing, recovers or gives up soon</source>
        <translation>Beobachtete Abonnements: eine Desktop-Benachrichtigung, wenn eines zu scheitern beginnt, sich erholt oder bald aufgegeben wird</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+119"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the local &amp;demo</source>
        <translation>Lokale De&amp;mo öffnen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Connect with &amp;profile</source>
        <translation>Mit &amp;Profil verbinden</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the open connection (Esc)</source>
        <translation>Zurück zur offenen Verbindung (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Welcome to Webhook Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Webhook Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to your webhook API to find, toggle, edit and create subscriptions and see why deliveries fail. The API key is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Verbinden Sie sich mit Ihrer Webhook-API, um Abonnements zu finden, zu aktivieren und zu deaktivieren, zu bearbeiten und anzulegen und um zu sehen, warum Zustellungen fehlschlagen. Der API-Schlüssel liegt im Schlüsselbund Ihres Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try it out</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local demo starts a sandbox server on this computer with sample subscriptions, some of them failing. Nothing leaves your machine.</source>
        <translation>Die lokale Demo startet auf diesem Rechner einen Sandbox-Server mit Beispiel-Abonnements, von denen einige fehlschlagen. Nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the local demo</source>
        <translation>Lokale Demo öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still connected to %1 until you connect elsewhere.</source>
        <translation>Weiterhin mit %1 verbunden, bis Sie sich anderswo verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>WriteJournal</name>
    <message>
        <location filename="../app/journal/WriteJournal.cpp" line="+113"/>
        <source>The pending-writes journal %1 could not %2: %3</source>
        <translation>Beim %2 des Journals der ausstehenden Änderungen %1 ist ein Fehler aufgetreten: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The SQLite driver of Qt is missing (on Debian: install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (unter Debian: Paket libqt6sql6-sqlite installieren).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pending-writes journal %1 is not a file.</source>
        <translation>Das Journal der ausstehenden Änderungen %1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1 for the pending-writes journal.</source>
        <translation>Der Ordner %1 für das Journal der ausstehenden Änderungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pending-writes journal %1 could not be opened: %2</source>
        <translation>Das Journal der ausstehenden Änderungen %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+347"/>
        <source>be read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="-426"/>
        <source>The pending-writes journal %1 has a damaged entry %2: %3</source>
        <translation>Das Journal der ausstehenden Änderungen %1 enthält einen beschädigten Eintrag %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no sequence number</source>
        <translation>keine laufende Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the subscription id is not a number</source>
        <translation>die ID des Abonnements ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 without a subscription id</source>
        <translation>ein Eintrag „%1“ ohne ID des Abonnements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a time is not a number</source>
        <translation>eine Zeitangabe ist keine Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the send count is not a number</source>
        <translation>die Anzahl der Sendungen ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the result id is not a number</source>
        <translation>die ID des Ergebnisses ist keine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the values before the change are not a JSON object</source>
        <translation>die Werte vor der Änderung sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+44"/>
        <location line="+78"/>
        <location line="+28"/>
        <location line="+80"/>
        <location line="+58"/>
        <location line="+81"/>
        <location line="+17"/>
        <source>The pending-writes journal is not open.</source>
        <translation>Das Journal der ausstehenden Änderungen ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>A %1 needs the id of the subscription it changes.</source>
        <translation>Ein Eintrag „%1“ braucht die ID des Abonnements, das er ändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>The pending-writes journal %1 could not start a transaction: %2</source>
        <translation>Das Journal der ausstehenden Änderungen %1 konnte keine Transaktion beginnen: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+17"/>
        <location line="+44"/>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+219"/>
        <source>be written</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+99"/>
        <source>The pending-writes journal %1 could not be written: %2</source>
        <translation>Das Journal der ausstehenden Änderungen %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+48"/>
        <source>The pending-writes journal has no entry %1 that can be marked %2.</source>
        <translation>Das Journal der ausstehenden Änderungen enthält keinen Eintrag %1, der als %2 markiert werden kann.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>discard an entry</source>
        <translation>Verwerfen eines Eintrags</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>discard the unconfirmed writes</source>
        <translation>Verwerfen der unbestätigten Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>discard a bulk job</source>
        <translation>Verwerfen eines Massenvorgangs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read the older journal %1</source>
        <translation>das ältere Journal %1 lesen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The pending-writes journal %1 could not take over the older journal %2: %3</source>
        <translation>Das Journal der ausstehenden Änderungen %1 konnte das ältere Journal %2 nicht übernehmen: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>be cleaned up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Changes can be kept from %1 to %2 days.</source>
        <translation>Änderungen können %1 bis %2 Tage aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The pending-writes journal has no entry %1.</source>
        <translation>Das Journal der ausstehenden Änderungen enthält keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>webhookctl</name>
    <message numerus="yes">
        <location filename="../app/cli/IdList.cpp" line="+65"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und eine weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a subscription id: %1. Ids are positive whole numbers; nothing was sent.</source>
        <translation>Keine Abonnement-ID: %1. IDs sind positive ganze Zahlen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No subscription ids were given on standard input.</source>
        <translation>Auf der Standardeingabe wurden keine Abonnement-IDs angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subscription ids were given.</source>
        <translation>Es wurden keine Abonnement-IDs angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProgressLine.cpp" line="+16"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
</context>
</TS>
