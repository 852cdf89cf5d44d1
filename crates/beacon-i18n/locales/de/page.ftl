# The window (ui/): the static page's elements carry data-l10n-id; the modules ask with t().
# A value may mark words bold with <b>…</b>; nothing else is read as markup.
# $command is always one of: FLASH, HONK, HONK_AND_FLASH (as Volvo names them).

## Header and banners

skip-to-cars = Zu Ihren Fahrzeugen springen
header-refresh = Aktualisieren
header-account = Konto
demo-banner-title = Demo – simulierte Fahrzeuge
demo-banner-text = Nichts, was Sie hier anklicken, erreicht ein echtes Fahrzeug. Verbinden Sie Ihre Volvo ID, um Ihre eigenen Fahrzeuge zu nutzen.
connect-my-volvo = Meinen Volvo verbinden
signed-out-title = Sie sind abgemeldet
sign-in-again = Erneut anmelden
use-demo-cars = Demo-Fahrzeuge nutzen
try-again = Erneut versuchen
close =
    .aria-label = Schließen

## Cars

cars-heading = Ihre Fahrzeuge

## History

history-heading = Verlauf
history-sub = Die letzten { $count } Befehle aus diesem Fenster, dem Infobereich und der Tastenkombination.
history-empty = Noch keine Befehle.
history-time = Zeit
history-car = Fahrzeug
history-command = Befehl
history-result = Ergebnis
history-what-happened = Was passiert ist

## Account & setup

account-title = Konto & Einrichtung
account-state-title = Ihr Konto
api-calls =
    .aria-label = Volvo-API-Aufrufe heute
sign-out = Abmelden
setup-title = Eigenen Volvo verbinden
setup-intro =
    Sie benötigen eine Anwendung („Application“) im Volvo Cars Developer Portal
    (developer.volvocars.com). Beacon bewahrt Schlüssel und Secret im Schlüsselbund Ihres Systems auf
    und zeigt sie nie wieder an.
step-key-title = 1. VCC-API-Schlüssel
step-key-where =
    Developer Portal → <b>Account</b> → <b>Applications</b> → Ihre
    Anwendung. Kopieren Sie den <b>VCC API key – Primary</b>.
api-key-label = API-Schlüssel
check = Prüfen
api-key2-summary = Sekundärer API-Schlüssel (optional)
api-key2-hint = Wird nur verwendet, wenn das Tageskontingent des primären Schlüssels aufgebraucht ist.
api-key2-label = Sekundärer API-Schlüssel
step-client-title = 2. Volvo ID-Client
step-client-where =
    Veröffentlichen Sie auf derselben Seite die Anwendung für die Anmeldung mit Volvo ID.
    Volvo gibt Ihnen dann eine <b>client id</b> und ein <b>client secret</b>. Fordern Sie
    diese Scopes an und registrieren Sie unten die Redirect-URIs für die Rückwege, die Sie nutzen möchten.
copy-scopes = Kopieren
    .aria-label = Scopes kopieren
client-id-label = Client-ID
client-secret-label = Client-Secret
paste-redirect-label = Ihre eigene https-Seite (optional, für „Adresse einfügen“)
save-client = Client speichern
redirects-title = Zu registrierende Redirect-URIs
step-connect-title = 3. Mit Ihrer Volvo ID anmelden
via-question = Wie soll Volvo ID Sie zu Beacon zurückleiten?
via-deep-link = <b>Direkt zurück zu Beacon</b> – der Browser übergibt die Antwort an die App.
via-loopback = <b>Über eine lokale Seite</b> – Beacon empfängt sie nur auf diesem Computer.
via-paste = <b>Adresse einfügen</b> – Volvo ID leitet Sie auf Ihre eigene https-Seite weiter; kopieren Sie die Adresse aus dem Browser und fügen Sie sie unten ein.
via-hint =
    Volvo akzeptiert erfahrungsgemäß https-Adressen; lehnt Volvo die beiden anderen ab,
    verwenden Sie Ihre eigene https-Seite und fügen Sie die Adresse ein.
authorize-hint = Falls sich der Browser nicht geöffnet hat, kopieren Sie diese Adresse hinein:
copy-sign-in-address = Kopieren
    .aria-label = Anmeldeadresse kopieren
callback-label = Fügen Sie die Adresse ein, auf der der Browser gelandet ist
finish-sign-in = Anmeldung abschließen
token-summary = Test-Zugriffstoken einfügen
token-hint =
    Zum Ausprobieren von Beacon mit einem kurzlebigen Token aus dem Developer Portal. Es
    lässt sich nicht erneuern: Wenn es abläuft, melden Sie sich erneut an. Erfordert den API-Schlüssel aus Schritt 1.
token-label = Test-Zugriffstoken
sign-in-with-token = Mit Token anmelden
ask-title = Vor dem Hupen
ask-hint = Eine Hupe ist laut. Beacon kann vorher nachfragen: in diesem Fenster, im Infobereich und bei der Tastenkombination durch einen zweiten Klick bzw. Tastendruck. Vor dem Blinken wird nie nachgefragt.
ask-label = Vor dem Hupen nachfragen
language-title = Sprache
language-label = Sprache von { -app-name }
autostart-title = Mit dem Computer starten
autostart-hint = Beacon startet bei Ihrer Anmeldung am Computer ohne Fenster im Infobereich, bereit zum Hupen über das Menü im Infobereich oder die Tastenkombination.
autostart-label = { -app-name } bei meiner Anmeldung am Computer im Infobereich starten
shortcut-title = Tastenkombination
shortcut-hint = Ein Fahrzeug von überall aus hupen und blinken lassen, auch wenn dieses Fenster geschlossen ist.
shortcut-label = Tastenkombination verwenden
shortcut-keys-label = Tasten
shortcut-car-label = Fahrzeug
save-shortcut = Speichern
cancel = Abbrechen

## Commands and outcomes (ui/format.js)

command-label =
    { $command ->
        [FLASH] Blinken
        [HONK] Hupen
       *[HONK_AND_FLASH] Hupen & Blinken
    }
# The command inside a sentence (German capitalises it as a noun).
command-noun =
    { $command ->
        [FLASH] Blinken
        [HONK] Hupen
       *[HONK_AND_FLASH] Hupen und Blinken
    }
# A tile while its command runs.
outcome-doing =
    { $command ->
        [FLASH] Blinkt…
        [HONK] Hupt…
       *[HONK_AND_FLASH] Hupt und blinkt…
    }
# A command Beacon does not know by name ($label is Volvo's).
outcome-sending = { $label } wird gesendet…
outcome-waiting = Warten auf das Fahrzeug
outcome-done-at =
    { $command ->
        [FLASH] Geblinkt um { $time } Uhr
        [HONK] Gehupt um { $time } Uhr
       *[HONK_AND_FLASH] Gehupt und geblinkt um { $time } Uhr
    }
outcome-did-it = Das Fahrzeug hat den Befehl ausgeführt.
outcome-sent-at = { $label } um { $time } Uhr gesendet
outcome-not-confirmed = Das Fahrzeug hat den Befehl nicht bestätigt.
outcome-failed-at = { $label } um { $time } Uhr fehlgeschlagen
# $status is Volvo's invokeStatus, as Volvo sent it.
outcome-answered = Antwort des Fahrzeugs: { $status }.
outcome-no-status = Das Fahrzeug hat ohne Status geantwortet.
outcome-meta = { $label } · { $time } Uhr
announce-sending =
    { $command ->
        [FLASH] { $car }: Blinken wird an das Fahrzeug gesendet.
        [HONK] { $car }: Hupen wird an das Fahrzeug gesendet.
       *[HONK_AND_FLASH] { $car }: Hupen und Blinken wird an das Fahrzeug gesendet.
    }
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
elapsed-seconds = { $seconds } Sek.
# $seconds is two digits: 05.
elapsed-minutes = { $minutes } Min. { $seconds } Sek.

## Errors: a title per kind (the kind is the error's stable name); the message from Rust says more.

error-title =
    { $kind ->
        [quota_exceeded] Tageslimit erreicht
        [rate_limited] Zu viele Befehle
        [signed_out] Bitte erneut anmelden
        [token_rejected] Bitte erneut anmelden
        [not_signed_in] Bitte erneut anmelden
        [test_token_expired] Bitte erneut anmelden
        [network] Keine Verbindung
        [timeout] Keine Antwort
        [command_not_supported] Bei diesem Fahrzeug nicht verfügbar
        [invalid_api_key] API-Schlüssel nicht akzeptiert
        [forbidden] Nicht erlaubt
        [not_found] Fahrzeug nicht in diesem Konto gefunden
        [conflict] Das Fahrzeug ist beschäftigt
        [bad_request] Anfrage nicht akzeptiert
        [server_error] Problem beim Volvo-Dienst
        [decode] Unlesbare Antwort von Volvo
        [invalid_vin] Keine gültige FIN
        [sign_in_cancelled] Anmeldung abgebrochen
        [sign_in_timed_out] Anmeldung nicht abgeschlossen
        [invalid_state] Anmeldung nicht erkannt
        [invalid_callback] Keine Anmeldeadresse
        [sign_in_failed] Anmeldung fehlgeschlagen
        [keychain_unavailable] Kein Schlüsselbund
        [keychain] Problem mit dem Schlüsselbund
        [config] Problem bei der Einrichtung
        [invalid_input] Bitte prüfen Sie Ihre Eingabe
        [already_in_flight] Wird bereits gesendet
        [not_configured] Einrichtung erforderlich
        [demo_unavailable] Demo nicht verfügbar
        [storage] Speichern nicht möglich
        [internal] Problem in Beacon
        [not_connected] Nicht verbunden
       *[other] Etwas ist schiefgelaufen
    }
# Only when an error arrives without a message of its own.
error-fallback =
    { $kind ->
        [network] Beacon konnte Volvo nicht erreichen. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.
        [timeout] Volvo hat nicht rechtzeitig geantwortet.
        [already_in_flight] Dieser Befehl ist bereits unterwegs zum Fahrzeug.
        [signed_out] Ihre Volvo-Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
       *[other] Beacon konnte den Vorgang nicht abschließen. Bitte versuchen Sie es erneut.
    }
outcome-idle = Die Antwort des Fahrzeugs erscheint hier.

## Tiles (ui/tiles.js)

rename-hint = Enter speichert · Esc bricht ab · leeres Feld entfernt den Namen
rename = Umbenennen
rename-car = { $car } umbenennen
nickname-for = Eigener Name für { $model }
nickname-too-long = Ein Name darf höchstens { $max } Zeichen lang sein.
# $fuel is Volvo's fuel type, with - for its /.
fuel =
    { $fuel ->
        [ELECTRIC] Elektro
        [PETROL-ELECTRIC] Plug-in-Hybrid
        [DIESEL-ELECTRIC] Plug-in-Hybrid
        [PETROL] Benzin
       *[DIESEL] Diesel
    }
vin-ending-in = FIN endet auf { $digits }
vin-masked = FIN { $vin }
availability-not-checked = Noch nicht geprüft
availability-checked = Geprüft: { $time }
# A car shown from the last start, before Volvo has confirmed it.
availability-stale = Zuletzt bekannt
availability-stale-detail = So, wie Beacon dieses Fahrzeug zuletzt gesehen hat; von Volvo noch nicht bestätigt
availability-last-seen = Zuletzt als „{ $state }“ gesehen: { $time }
commands-for = Befehle für { $car }

## History (ui/history.js)

history-failed = Der Verlauf konnte nicht geladen werden. { $error }
history-result-pill =
    { $result ->
        [ok] Ausgeführt
        [warn] Unbestätigt
        [bad] Fehlgeschlagen
       *[error] Fehler
    }

## Ask before honking (ui/ask.js)

saving = Wird gespeichert…
ask-on = Beacon fragt vor dem Hupen nach.
ask-off = Beacon hupt sofort.
ask-question =
    { $command ->
        [HONK] Soll „{ $car }“ jetzt hupen?
       *[HONK_AND_FLASH] Soll „{ $car }“ jetzt hupen und blinken?
    }

## The page's state and the cars (ui/app.js, ui/cars.js)

your-car = Ihr Fahrzeug
state-failed = Beacon konnte seinen Status nicht lesen. { $error }
live-updates-failed = Live-Aktualisierungen sind nicht verfügbar. { $error }
cars-checking = Ihre Fahrzeuge werden geprüft…
cars-refresh-failed = Aktualisierung fehlgeschlagen. { $error }
mode-chip =
    { $mode ->
        [demo] Demo
        [account] Angemeldet
       *[signed_out] Abgemeldet
    }
signed-out-reason = Ihre Volvo-Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
cars-none = Mit diesem Volvo ID-Konto sind noch keine Fahrzeuge verknüpft.
cars-count =
    { $count ->
        [one] { $count } Fahrzeug
       *[other] { $count } Fahrzeuge
    }
cars-count-checked =
    { $count ->
        [one] { $count } Fahrzeug · Verfügbarkeit geprüft: { $time }
       *[other] { $count } Fahrzeuge · Verfügbarkeit geprüft: { $time }
    }
cars-sign-in-again = Melden Sie sich erneut an, um Ihre Fahrzeuge zu sehen.
cars-failed = Ihre Fahrzeuge konnten nicht geladen werden. { $error }
availability-failed = Verfügbarkeit nicht aktualisiert. { $error }

## Account & setup (ui/setup.js)

signed-out-showing-demo = Abgemeldet. Demo-Fahrzeuge werden angezeigt.
showing-demo = Demo-Fahrzeuge werden angezeigt.
account-signed-in = Sie sind mit Ihrer Volvo ID angemeldet. Ihre eigenen Fahrzeuge werden angezeigt.
account-signed-out = Sie sind abgemeldet. Melden Sie sich erneut an, um Ihre Fahrzeuge zu sehen.
account-demo = Sie sehen Demo-Fahrzeuge. Nichts davon erreicht ein echtes Fahrzeug.
# $keychain is the keychain's own name, e.g. Secret Service.
account-keychain = Schlüssel und Secrets werden hier aufbewahrt: { $keychain }.
setup-failed = Die Einrichtung konnte nicht gelesen werden. { $error }
api-key-stored = Ein API-Schlüssel ist gespeichert. Geben Sie einen anderen ein, um ihn zu ersetzen.
api-key2-stored = Ein sekundärer API-Schlüssel ist gespeichert.
client-stored = Client-ID und Client-Secret sind gespeichert.
# $role is primary or secondary; $calls and $quota are counts written out already.
api-calls-today =
    { $role ->
        [primary] Heute { $calls } von { $quota } Aufrufen mit dem primären Schlüssel
       *[secondary] Heute { $calls } von { $quota } Aufrufen mit dem sekundären Schlüssel
    }
# When the quota resets; $left is a duration such as "3 Std. 5 Min.".
api-calls-reset = 00:00 Uhr UTC (in { $left })
api-calls-spent-took-over = Das Tageskontingent des primären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, übernimmt der sekundäre Schlüssel.
api-calls-spent =
    { $role ->
        [primary] Das Tageskontingent des primären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, lehnt Volvo Aufrufe mit diesem Schlüssel ab.
       *[secondary] Das Tageskontingent des sekundären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, lehnt Volvo Aufrufe mit diesem Schlüssel ab.
    }
api-calls-almost-spent =
    { $role ->
        [primary] Heute { $calls } von { $quota } Aufrufen: Das Tageskontingent des primären Schlüssels ist fast aufgebraucht; es wird um { $when } zurückgesetzt.
       *[secondary] Heute { $calls } von { $quota } Aufrufen: Das Tageskontingent des sekundären Schlüssels ist fast aufgebraucht; es wird um { $when } zurückgesetzt.
    }
redirect-via =
    { $via ->
        [deep_link] Direkt zurück zu Beacon
        [loopback] Über eine lokale Seite
       *[paste] Ihre eigene https-Seite
    }
copy = Kopieren
copy-redirect = Redirect-URI für „{ $via }“ kopieren
redirect-no-port = Wird angezeigt, sobald Beacon einen lokalen Port hat.
redirect-no-page = Tragen Sie die Adresse in Schritt 2 ein, falls Sie eine eigene Seite betreiben.
copied = Kopiert
selected = Ausgewählt
api-key-empty = Geben Sie zuerst den API-Schlüssel ein.
api-key-spaces = Ein API-Schlüssel enthält keine Leerzeichen. Kopieren Sie nur den Schlüssel selbst.
api-key-checking = Schlüssel wird bei Volvo geprüft…
api-key-accepted = Volvo hat den Schlüssel akzeptiert. Er ist im Schlüsselbund gespeichert.
client-id-empty = Geben Sie die Client-ID ein.
client-id-spaces = Eine Client-ID enthält keine Leerzeichen. Kopieren Sie nur die ID selbst.
client-secret-empty = Geben Sie das Client-Secret ein.
client-secret-spaces = Ein Client-Secret enthält keine Leerzeichen. Kopieren Sie nur das Secret selbst.
paste-redirect-not-address = Das ist keine Webadresse. Sie sollte mit https:// beginnen.
paste-redirect-not-https = Verwenden Sie die https://-Adresse einer Seite, die Sie selbst verwalten.
looks-right = Sieht gut aus.
check-fields-above = Prüfen Sie die Felder oben.
client-saved = Gespeichert. Das Secret liegt im Schlüsselbund.
connect-opening = Volvo ID wird im Browser geöffnet…
connect-in-browser-paste = Melden Sie sich im Browser bei Volvo ID an. Sobald Sie auf Ihrer Seite landen, kopieren Sie die ganze Adresse und fügen Sie sie unten ein.
connect-in-browser = Melden Sie sich im Browser bei Volvo ID an und erlauben Sie den Zugriff. Beacon macht dann von selbst weiter; falls nicht, fügen Sie unten die Adresse ein, auf der der Browser gelandet ist.
callback-empty = Fügen Sie zuerst die Adresse aus dem Browser ein.
callback-not-address = Das ist keine vollständige Adresse. Kopieren Sie den gesamten Inhalt der Adressleiste des Browsers.
callback-finishing = Anmeldung wird abgeschlossen…
token-empty = Fügen Sie zuerst das Zugriffstoken ein.
token-spaces = Ein Zugriffstoken enthält keine Leerzeichen. Kopieren Sie nur das Token selbst.
signing-in = Anmeldung läuft…
signed-in-loading = Angemeldet. Ihre Fahrzeuge werden geladen…
signed-in-announce = Mit Volvo ID angemeldet. Ihre Fahrzeuge werden geladen.
one-moment = Einen Moment…
autostart-on = Beacon startet bei Ihrer Anmeldung am Computer im Infobereich.
autostart-off = Beacon startet nicht von selbst.
shortcut-first-car = Das erste Fahrzeug
shortcut-keys-invalid = Verbinden Sie die Tasten mit +, zum Beispiel { $example }.
shortcut-on = Tastenkombination aktiviert.
shortcut-off = Tastenkombination deaktiviert.
# A language in its own name: the same in every catalog.
language-name =
    { $code ->
        [en] English
        [sv] Svenska
       *[de] Deutsch
    }
language-system = Systemsprache ({ $name })
# A call the app could not even read: a bug, still in plain words.
error-internal-detail = Beacon konnte das nicht ausführen ({ $detail }).
