# Was das Ergebnis eines Befehls und ein Fehler sagen. Volvos eigene Worte ($message, $detail,
# $reason, $error, $description) erscheinen so, wie Volvo sie geschickt hat. $wait ist eine
# Dauer wie „6 h 40 min“.

## Das Ergebnis eines Befehls, aus Volvos invokeStatus.

outcome-done = Erledigt – das Fahrzeug hat den Befehl ausgeführt.
outcome-delivered = Das Fahrzeug hat den Befehl erhalten, aber nicht bestätigt.
outcome-still-waiting = Volvo hat vom Fahrzeug noch keine Bestätigung; der Befehl kann noch ausgeführt werden.
outcome-still-waiting-advice = Warten Sie eine Minute und sehen Sie nach dem Fahrzeug, bevor Sie den Befehl erneut senden.
outcome-unknown = Volvo konnte nicht feststellen, ob der Befehl funktioniert hat.
outcome-rejected = Das Fahrzeug hat den Befehl abgelehnt.
outcome-rejected-advice = Das Fahrzeug ist vielleicht mit etwas anderem beschäftigt; versuchen Sie es gleich noch einmal.
outcome-timeout = Das Fahrzeug hat nicht rechtzeitig geantwortet.
outcome-timeout-advice = Es ist vielleicht im Ruhemodus oder ohne Mobilfunkabdeckung; versuchen Sie es in einigen Minuten erneut.
outcome-car-timeout = Das Fahrzeug hat zu lange gebraucht, um den Befehl auszuführen.
outcome-try-again-in-minutes = Versuchen Sie es in einigen Minuten erneut.
outcome-delivery-timeout = Volvo konnte den Befehl nicht rechtzeitig an das Fahrzeug übermitteln.
outcome-connection-failure = Volvo konnte das Fahrzeug nicht erreichen.
outcome-no-coverage-advice = Das Fahrzeug hat vielleicht keine Mobilfunkabdeckung, etwa in einer Tiefgarage. Versuchen Sie es erneut, wenn es im Freien steht.
outcome-asleep = Das Fahrzeug ist im Ruhemodus und hat den Befehl nicht angenommen.
outcome-asleep-advice = Es wird wach, wenn es benutzt oder mit dem Schlüssel entriegelt wird; versuchen Sie es danach erneut.
outcome-unlock-time-passed = Die Zeit für die Entriegelung ist abgelaufen, daher ist das Fahrzeug nicht entriegelt geblieben.
outcome-unlock-time-passed-advice = Entriegeln Sie es erneut, wenn Sie am Fahrzeug sind.
outcome-door-open = Das Fahrzeug konnte nicht verriegeln, weil eine Tür, die Heckklappe oder die Motorhaube offen ist.
outcome-door-open-advice = Schließen Sie sie und versuchen Sie es erneut.
outcome-expired = Der Befehl ist abgelaufen, bevor das Fahrzeug ihn ausgeführt hat.
outcome-try-again = Versuchen Sie es erneut.
outcome-not-supported = Dieses Fahrzeug unterstützt diesen Befehl nicht.
outcome-car-error = Das Fahrzeug hat beim Ausführen des Befehls einen Fehler gemeldet.
outcome-car-error-advice = Versuchen Sie es später erneut. Wenn es wieder passiert, sollte sich eine Volvo-Werkstatt das Fahrzeug ansehen.
outcome-privacy = Im Fahrzeug ist der Datenschutzmodus eingeschaltet, daher nimmt es keine Fernbefehle an.
outcome-privacy-advice = Schalten Sie den Datenschutzmodus in den Einstellungen des Fahrzeugs aus und versuchen Sie es dann erneut.
outcome-wrong-usage-mode = Das Fahrzeug nimmt diesen Befehl nicht an, während es gefahren oder benutzt wird.
outcome-wrong-usage-mode-advice = Versuchen Sie es erneut, wenn das Fahrzeug geparkt und ausgeschaltet ist.
outcome-invocation-error = Das Fahrzeug konnte diesen Befehl nicht ausführen.
outcome-invocation-error-advice = Volvos Meldung, falls es eine gibt, nennt vielleicht den Grund.
outcome-unrecognised = Volvo hat mit { $status } geantwortet; diesen Status kennt Beacon nicht, der Befehl hat vielleicht nicht funktioniert.
outcome-empty-status = Volvo hat mit einem leeren Status geantwortet, den Beacon nicht kennt; der Befehl hat vielleicht nicht funktioniert.
check-before-resending = Sehen Sie nach dem Fahrzeug, bevor Sie den Befehl erneut senden, damit er nicht zweimal ausgeführt wird.
volvo-said = { $summary } Volvo meldete: „{ $message }“

## volvo_api::Error

error-token-rejected = Volvo hat die Anmeldung nicht akzeptiert (das Zugriffstoken wurde abgelehnt). Melden Sie sich erneut an.
error-invalid-api-key = Volvo hat den API-Schlüssel abgelehnt. Prüfen Sie den VCC-API-Schlüssel Ihrer Anwendung im Volvo Developer Portal.
error-quota-resets-in = Das heutige Kontingent dieser App für die Volvo-API ist aufgebraucht. Es wird in { $wait } erneuert. Sie bleiben angemeldet.
error-quota-resets-within-a-day = Das heutige Kontingent dieser App für die Volvo-API ist aufgebraucht. Es wird innerhalb eines Tages erneuert. Sie bleiben angemeldet.
error-rate-limited-here = Volvo erlaubt 10 Befehle pro Minute, und so viele wurden gerade gesendet.
error-rate-limited-by-volvo = Laut Volvo wurden zu viele Anfragen gesendet.
try-again-in = Versuchen Sie es in { $wait } erneut.
try-again-in-a-minute = Versuchen Sie es in einer Minute erneut.
error-forbidden = Volvo hat diese Anfrage abgelehnt: { $detail }
error-command-not-supported = Dieses Fahrzeug unterstützt { $name } nicht.
error-not-found = Volvo kennt dieses Fahrzeug in Ihrem Konto nicht: { $detail }
error-conflict = Das Fahrzeug ist mit einer anderen Anfrage beschäftigt; versuchen Sie es gleich noch einmal. ({ $detail })
error-bad-request = Volvo hat die Anfrage abgelehnt (HTTP { $status }): { $detail }
error-server = Volvos Dienst hatte ein Problem (HTTP { $status }).
error-server-detail = Volvos Dienst hatte ein Problem (HTTP { $status }): { $detail }.
error-command-may-have-run = Ob das Fahrzeug den Befehl erhalten hat, ist unklar; er wurde nicht erneut gesendet.
try-again-later = Versuchen Sie es später erneut.
error-timeout = Keine Antwort von Volvo nach { $wait }.
check-connection-and-try-again = Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-network-while-sending = Die Verbindung zu Volvo ist beim Senden des Befehls abgebrochen ({ $detail }). Ob das Fahrzeug ihn erhalten hat, ist unklar; er wurde nicht erneut gesendet.
error-network = Volvo ist nicht erreichbar ({ $detail }). Prüfen Sie Ihre Internetverbindung.
error-decode = Volvo hat eine Antwort geschickt, die Beacon nicht lesen konnte ({ $detail }). Anfang der Antwort: { $excerpt }
error-invalid-vin = { $input } ist keine FIN: Eine FIN besteht aus genau 17 Buchstaben und Ziffern.
error-sign-in-cancelled = Die Anmeldung wurde abgebrochen.
error-sign-in-timed-out = Die Anmeldung wurde nicht innerhalb von { $wait } im Browser abgeschlossen. Bitte beginnen Sie erneut.
error-invalid-callback = Das ist keine Antwort einer Anmeldung mit Volvo ID: { $reason }
error-sign-in-client = Volvo ID hat die Client-ID oder das Client-Secret nicht akzeptiert. Prüfen Sie beides im Volvo Developer Portal.
error-sign-in-code = Volvo ID hat den Anmeldecode nicht akzeptiert (er wurde vielleicht schon verwendet, oder die Redirect-URI weicht ab). Bitte melden Sie sich erneut an.
error-sign-in-scope = Volvo ID hat die angeforderten Berechtigungen (Scopes) abgelehnt. Prüfen Sie die Scopes Ihrer Anwendung.
error-sign-in-volvo-id-problem = Bei Volvo ID ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.
error-sign-in-refused = Volvo ID hat die Anmeldung abgelehnt.
volvo-id-said = (Volvo ID meldete: { $error })
volvo-id-said-described = (Volvo ID meldete: { $error }: { $description })
error-signed-out = Ihre Anmeldung bei Volvo ist abgelaufen ({ $reason }). Bitte melden Sie sich erneut an.
error-test-token-expired = Das Test-Zugriffstoken ist abgelaufen. Holen Sie sich ein neues im Volvo Developer Portal oder melden Sie sich mit Ihrer Volvo ID an.
error-test-token-expired-at = Das Test-Zugriffstoken ist am { $time } abgelaufen. Holen Sie sich ein neues im Volvo Developer Portal oder melden Sie sich mit Ihrer Volvo ID an.
error-keychain-unavailable = Es ist kein Schlüsselbund verfügbar ({ $detail }). Beacon speichert keine Geheimnisse in einer einfachen Datei: Sie sind nur für diese Sitzung angemeldet.
error-keychain = Der Schlüsselbund hat abgelehnt: { $detail }
error-config = Konfigurationsproblem: { $detail }

## Warum keine Anmeldung besteht oder warum eine Anmeldeantwort abgelehnt wird.

not-signed-in = Sie sind nicht mit Ihrer Volvo ID angemeldet. Melden Sie sich an, um fortzufahren.
sign-in-replaced = Diese Anmeldung wurde durch eine neuere ersetzt oder beendet.
sign-in-took-too-long = Die Anmeldung hat länger als { $wait } gedauert; bitte beginnen Sie erneut.
duration-in-minutes =
    { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
sign-in-answer-not-ours = Diese Anmeldeantwort gehört zu keiner hier gestarteten Anmeldung (oder wurde bereits verwendet).
sign-in-answer-without-state = Die Anmeldeantwort enthält keinen State, daher kann Beacon nicht erkennen, ob sie zu einer hier gestarteten Anmeldung gehört.
sign-in-answer-without-state-start-again = Die Anmeldeantwort enthält keinen State, daher kann Beacon nicht erkennen, ob sie zu einer hier gestarteten Anmeldung gehört. Bitte starten Sie die Anmeldung erneut.
sign-in-answer-foreign-state = Die Anmeldeantwort enthält einen State, den Beacon nicht erzeugt haben kann; sie gehört also zu keiner hier gestarteten Anmeldung. Bitte starten Sie die Anmeldung erneut.

## Was die Seite, ein Deep Link oder das Menü geschickt hat und abgelehnt wurde.

input-not-a-command = { $input } ist kein Befehl, den Beacon sendet: Verwenden Sie FLASH, HONK oder HONK_AND_FLASH.
input-nickname-too-long = Ein eigener Name darf höchstens { $max } Zeichen lang sein.
input-not-a-language = { $input } ist keine Sprache, die Beacon spricht: verwenden Sie system, en, sv oder de.
input-nickname-invisible = Ein eigener Name darf keine Zeilenumbrüche, Tabulatoren oder unsichtbaren Zeichen enthalten.
input-credential-empty =
    { $what ->
        [api-key] Der API-Schlüssel ist leer.
        [client-id] Die Client-ID ist leer.
       *[client-secret] Das Client-Secret ist leer.
    }
input-credential-too-long =
    Das ist zu lang für { $what ->
        [api-key] einen API-Schlüssel
        [client-id] eine Client-ID
       *[client-secret] ein Client-Secret
    }; kopieren Sie es erneut aus dem Volvo Developer Portal.
input-credential-spaces =
    { $what ->
        [api-key] Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche; kopieren Sie ihn erneut in einem Stück.
        [client-id] Die Client-ID enthält Leerzeichen oder Zeilenumbrüche; kopieren Sie sie erneut in einem Stück.
       *[client-secret] Das Client-Secret enthält Leerzeichen oder Zeilenumbrüche; kopieren Sie es erneut in einem Stück.
    }
input-access-token-too-long = Das ist zu lang für ein Zugriffstoken; kopieren Sie es erneut aus dem Volvo Developer Portal.
input-callback-empty = Fügen Sie die vollständige Adresse ein, die der Browser nach der Anmeldung angezeigt hat.
input-callback-too-long = Das ist zu lang für eine Anmeldeantwort; kopieren Sie die Adresszeile erneut.
input-redirect-page = Die Weiterleitungsseite muss eine vollständige https://-Adresse ohne '#' sein, genau wie im Volvo Developer Portal registriert.
input-not-a-shortcut = { $input } ist keine Tastenkombination: Verwenden Sie Zusatztasten und eine Taste, verbunden mit '+', z. B. CommandOrControl+Alt+H.
input-not-a-way-back = { $input } ist kein Rückweg von der Anmeldung: Verwenden Sie deep_link, loopback oder paste.

## Ein Lauf eines Befehls.

outcome-asking =
    { $command ->
        [flash] Das Fahrzeug wird gebeten zu blinken…
        [honk] Das Fahrzeug wird gebeten zu hupen…
       *[honk-and-flash] Das Fahrzeug wird gebeten zu hupen und zu blinken…
    }
outcome-beacon-failed = Beim Senden des Befehls ist in Beacon ein Fehler aufgetreten.
already-waiting-for-answer =
    Das Fahrzeug hat auf das letzte „{ $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }“ noch nicht geantwortet; der Befehl wurde nicht erneut gesendet.
already-sending-another =
    „{ $pending ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }“ wird bereits an dieses Fahrzeug gesendet; „{ $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }“ wurde nicht gesendet. Versuchen Sie es erneut, sobald das Fahrzeug geantwortet hat.
command-not-offered =
    Dieses Fahrzeug bietet „{ $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }“ über Volvos API nicht an.
car-not-on-this-account = Dieses Fahrzeug gehört nicht zu diesem Konto.

## Einrichtung, An- und Abmeldung und die eigenen Dateien der App.

error-demo-unavailable = Die Demo konnte nicht starten: { $detail }
setup-enter-api-key-first = Geben Sie zuerst unter „Konto & Einrichtung“ den VCC-API-Schlüssel Ihrer Anwendung ein.
setup-enter-client-first = Geben Sie zuerst unter „Konto & Einrichtung“ die Client-ID und das Client-Secret Ihrer Anwendung ein.
setup-no-api-key-yet = Noch kein VCC-API-Schlüssel: Geben Sie den Schlüssel Ihrer Anwendung unter „Konto & Einrichtung“ ein (oder setzen Sie VCC_API_KEY).
setup-no-paste-redirect = Für das Einfügen ist keine https-Weiterleitungsseite eingerichtet; verwenden Sie stattdessen den Deep Link oder Loopback.
setup-api-key-accepted = Volvo hat den API-Schlüssel akzeptiert.
sign-in-not-started = In diesem Beacon-Fenster wurde keine Anmeldung gestartet; wählen Sie zuerst „Meinen Volvo verbinden“.
sign-in-did-not-finish = Die Anmeldung wurde nicht abgeschlossen: { $problem }
signed-in-until-quit = { $problem } Sie bleiben angemeldet, bis Beacon beendet wird.
test-token-but-sign-in-kept = Mit dem Test-Token angemeldet, aber die Anmeldung mit Volvo ID konnte nicht aus dem Schlüsselbund entfernt werden ({ $problem }); Beacon kehrt beim nächsten Start zu ihr zurück.
signed-out-keychain-not-emptied = Abgemeldet, aber der Schlüsselbund konnte nicht geleert werden: { $problem }
signed-out-not-revoked = Hier abgemeldet, aber Volvo ID wurde nicht mitgeteilt, die Anmeldung zu beenden ({ $problem }). Sie endet von selbst nach 7 Tagen ohne Nutzung.
start-settings-not-read = Ihre gespeicherten Einstellungen konnten nicht gelesen werden: { $detail }
start-access-token-unusable = BEACON_ACCESS_TOKEN kann nicht verwendet werden: { $detail }
start-access-token-but = BEACON_ACCESS_TOKEN ist gesetzt, aber: { $detail }
start-signed-in-but = Sie sind mit Ihrer Volvo ID angemeldet, aber: { $detail }
settings-not-read = Ihre Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte: { $detail }
settings-set-aside = Ihre Einstellungsdatei konnte nicht gelesen werden ({ $problem }). Sie wurde als { $path } aufbewahrt, und Beacon startet mit den Standardwerten.
storage-settings-not-saved = Ihre Einstellungen konnten nicht gespeichert werden: { $detail }
storage-history-not-saved = Der Verlauf konnte nicht gespeichert werden: { $detail }
storage-keychain-not-opened = Der Schlüsselbund konnte nicht geöffnet werden: { $detail }
storage-keychain-not-read = Der Schlüsselbund konnte nicht gelesen werden: { $detail }
storage-keychain-not-emptied = Der Schlüsselbund konnte nicht geleert werden: { $detail }
storage-sign-in-not-saved = Die Anmeldung konnte nicht gespeichert werden: { $detail }
storage-sign-in-not-removed = Die Anmeldung mit Volvo ID konnte nicht entfernt werden: { $detail }
storage-key-not-saved = Der Schlüssel konnte nicht gespeichert werden: { $detail }
storage-client-secret-not-saved = Das Client-Secret konnte nicht gespeichert werden: { $detail }

## Die Fahrzeuge, die an den nächsten Prozess der App übergeben werden; protokolliert, nicht angezeigt.

handoff-not-text = die Übergabe des vorigen Prozesses ist kein Text
handoff-too-big = die Übergabe ist { $bytes } Byte groß, über der Grenze von { $max } Byte
handoff-unreadable = die Übergabe des vorigen Prozesses ist nicht lesbar: { $detail }

## Die globale Tastenkombination und der Start bei der Anmeldung (Shell).

shortcut-not-understood = { $keys } ist keine Tastenkombination, die dieses System versteht ({ $detail }).
shortcut-not-released = Die bisherige Tastenkombination konnte nicht freigegeben werden ({ $detail }).
shortcut-taken = { $keys } konnte nicht eingerichtet werden; vielleicht verwendet ein anderes Programm diese Kombination ({ $detail }).
shortcut-not-set-up = Die Tastenkombination konnte nicht eingerichtet werden ({ $detail }).
autostart-unavailable = Der Start mit dem Computer ist hier nicht verfügbar.
autostart-not-turned-on = Der Start mit dem Computer konnte nicht eingeschaltet werden ({ $detail }).
autostart-not-turned-off = Der Start mit dem Computer konnte nicht ausgeschaltet werden ({ $detail }).

## Die Bereitschaft des Fahrzeugs für Befehle: wenige Worte für die Anzeige und eine Zeile mit dem Rest.

availability-ready = Bereit für Befehle
availability-asleep = Ruhemodus
availability-asleep-detail = Im Ruhemodus, um Strom zu sparen: Es wird wach, wenn es benutzt oder mit dem Schlüssel entriegelt wird
availability-no-connection = Keine Verbindung
availability-no-internet-detail = Keine Internetverbindung im Fahrzeug
availability-in-use = In Benutzung
availability-not-ready = Nicht bereit
availability-not-ready-volvo-says = Nicht bereit für Befehle (Volvo meldet { $reason })
availability-not-ready-now = Gerade nicht bereit für Befehle
availability-not-known = Unbekannt
availability-unspecified-detail = Volvo hat nicht angegeben, ob das Fahrzeug Befehle annehmen kann
availability-unclear-volvo-says = Unklar, ob das Fahrzeug Befehle annehmen kann (Volvo meldet { $value })
car-not-checked = Nicht geprüft
availability-check-failed = Es konnte nicht geprüft werden, ob das Fahrzeug Befehle annehmen kann. { $problem }
car-commands-unreadable = Es konnte nicht gelesen werden, welche Befehle dieses Fahrzeug unterstützt, daher werden keine Schaltflächen angezeigt. { $problem }
car-missing-commands =
    { $missing ->
        [flash] Volvo bietet für dieses Fahrzeug kein Blinken an.
        [honk] Volvo bietet für dieses Fahrzeug kein Hupen an.
        [honk-and-flash] Volvo bietet für dieses Fahrzeug kein Hupen und Blinken an.
        [flash-or-honk] Volvo bietet für dieses Fahrzeug weder Blinken noch Hupen an.
        [flash-or-honk-and-flash] Volvo bietet für dieses Fahrzeug weder Blinken noch Hupen und Blinken an.
        [honk-or-honk-and-flash] Volvo bietet für dieses Fahrzeug weder Hupen noch Hupen und Blinken an.
       *[all] Volvo bietet für dieses Fahrzeug weder Hupen noch Blinken an, daher gibt es dafür keine Schaltflächen.
    }

config-test-token-empty = Das Test-Zugriffstoken ist leer. Kopieren Sie es aus dem Volvo Developer Portal.
config-test-token-spaces = Das Test-Zugriffstoken enthält Leerzeichen oder Zeilenumbrüche; kopieren Sie es noch einmal in einem Stück.
config-port-in-use = Port { $port } auf 127.0.0.1 wird bereits von einem anderen Programm verwendet, daher kann Beacon die Antwort von Volvo ID dort nicht empfangen. Schließen Sie dieses Programm (oder ein anderes Anmeldefenster von Beacon) und versuchen Sie es erneut, oder melden Sie sich an, indem Sie die Adresse einfügen.
config-cannot-listen = Beacon konnte auf 127.0.0.1:{ $port } nicht auf die Antwort von Volvo ID warten ({ $detail }).
config-client-id-empty = Die Client-ID für Volvo ID ist leer. Kopieren Sie sie aus Ihrer Anwendung im Volvo Developer Portal.
config-client-secret-empty = Das Client-Secret für Volvo ID ist leer. Kopieren Sie es aus Ihrer Anwendung im Volvo Developer Portal.
config-volvo-id-url-invalid =
    { $which ->
        [authorization] Die Autorisierungsadresse von Volvo ID { $url } ist keine URL ({ $detail }).
        [token] Die Token-Adresse von Volvo ID { $url } ist keine URL ({ $detail }).
       *[revocation] Die Widerrufsadresse von Volvo ID { $url } ist keine URL ({ $detail }).
    }
config-volvo-id-url-not-https =
    { $which ->
        [authorization] Die Autorisierungsadresse von Volvo ID { $url } muss mit https:// beginnen.
        [token] Die Token-Adresse von Volvo ID { $url } muss mit https:// beginnen.
       *[revocation] Die Widerrufsadresse von Volvo ID { $url } muss mit https:// beginnen.
    }
config-https = HTTPS konnte nicht eingerichtet werden: { $detail }
config-redirect-invalid = { $uri } ist keine Redirect-URI: { $detail }
config-redirect-fragment = { $uri } ist keine Redirect-URI: Sie darf kein '#' enthalten.
config-no-api-key = es wurde kein VCC-API-Schlüssel angegeben
config-no-token-source = es wurde keine Quelle für Zugriffstokens angegeben
config-http-client = HTTP-Client: { $detail }
config-api-url =
    { $why ->
        [not-a-url] die API-Adresse { $url } ist keine URL: { $detail }
        [not-https] die API-Adresse { $url } muss eine https-Adresse sein{ $detail }
       *[not-secure] die API-Adresse { $url } muss mit https:// beginnen (einfaches http nur zu diesem Computer): API-Schlüssel und Zugriffstoken werden bei jeder Anfrage mitgesendet{ $detail }
    }
config-header-unsendable =
    { $what ->
        [api-key] der API-Schlüssel enthält Zeichen, die nicht gesendet werden können
       *[access-token] das Zugriffstoken enthält Zeichen, die nicht gesendet werden können
    }
config-folder-not-created = der Ordner { $path } konnte nicht angelegt werden: { $detail }
config-settings-not-written = die Einstellungen konnten nicht geschrieben werden: { $detail }
config-settings-not-saved = { $path } konnte nicht gespeichert werden: { $detail }
config-settings-not-read = { $path } konnte nicht gelesen werden: { $detail }
config-settings-busy = die Einstellungen werden gerade verwendet: { $detail }
config-settings-not-set-aside = { $problem }; und die Datei konnte nicht beiseitegelegt werden: { $detail }
config-no-home-folder = Ihr Benutzerordner für die Einstellungen wurde nicht gefunden; geben Sie in { $variable } einen Ordner an

callback-too-long = sie ist { $bytes } Byte lang; eine Anmeldeantwort ist weit kürzer als { $kib } KiB.
callback-answer-empty = sie ist leer. Fügen Sie die Adresse ein, die Ihr Browser nach der Anmeldung bei Volvo ID anzeigt.
callback-not-an-address = sie ist keine Webadresse ({ $detail }). Fügen Sie die ganze Adresse aus der Adresszeile des Browsers ein.
callback-wrong-deep-link = eine volvo-beacon://-Antwort muss an volvo-beacon://auth/callback gehen.
callback-wrong-loopback = eine http://-Antwort muss an http://127.0.0.1:PORT/callback auf diesem Computer gehen.
callback-wrong-scheme = eine { $scheme }:-Adresse ist nicht das Ziel, an das Volvo ID seine Antwort sendet. Fügen Sie die https://-Adresse ein, die Ihr Browser nach der Anmeldung anzeigt.
callback-parameter-twice = der Parameter `{ $key }` kommt zweimal vor.
callback-no-code = sie enthält keinen Anmeldecode. Fügen Sie die Adresse ein, die Ihr Browser nach der Anmeldung bei Volvo ID anzeigt.
callback-code-too-long = ihr Anmeldecode ist { $bytes } Byte lang; Codes von Volvo ID sind weit kürzer als { $kib } KiB.
callback-code-characters = ihr Anmeldecode enthält Zeichen, die Volvo ID nie sendet.

budget-count =
    { $role ->
        [primary] { $calls } von { $quota } Aufrufen heute mit dem primären Schlüssel
       *[secondary] { $calls } von { $quota } Aufrufen heute mit dem sekundären Schlüssel
    }
budget-resets-at = 00:00 UTC (noch { $left })
budget-spent-took-over = Das Tageskontingent des primären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, übernimmt der sekundäre Schlüssel.
budget-spent =
    { $role ->
        [primary] Das Tageskontingent des primären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, lehnt Volvo Aufrufe mit diesem Schlüssel ab.
       *[secondary] Das Tageskontingent des sekundären Schlüssels ist aufgebraucht. Bis es um { $when } zurückgesetzt wird, lehnt Volvo Aufrufe mit diesem Schlüssel ab.
    }
budget-almost-spent =
    { $role ->
        [primary] { $calls } von { $quota } Aufrufen heute: Das Tageskontingent des primären Schlüssels ist fast aufgebraucht; es wird um { $when } zurückgesetzt.
       *[secondary] { $calls } von { $quota } Aufrufen heute: Das Tageskontingent des sekundären Schlüssels ist fast aufgebraucht; es wird um { $when } zurückgesetzt.
    }
# Every length of time here follows a preposition with the dative (seit, nach, von): idle-days
# is written for it.
idle-explanation = sie wurde seit { $idle } nicht verwendet, und Volvo ID beendet eine Anmeldung nach { $limit } ohne Nutzung. Beacon erneuert sie in Abständen von { $renew }, solange es läuft: Schalten Sie „Mit dem Computer starten“ ein, damit sie erhalten bleibt
idle-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
idle-seconds = { $seconds } Sekunden

keychain-session-only = Arbeitsspeicher (nur für diese Sitzung)
keychain-memory = Arbeitsspeicher
