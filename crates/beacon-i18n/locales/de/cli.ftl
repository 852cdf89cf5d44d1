# Die Befehlszeile `beacon`: Antworten auf stdout, Fortschrittszeilen und Fehler auf stderr.
# Befehlsnamen (`beacon login`), Optionen, Umgebungsvariablen, Pfade und Volvos Statusnamen
# (VEHICLE_IN_SLEEP) bleiben, wie sie sind. Anrede mit „Sie“.

## Errors and warnings

error-line = Fehler: { $message }
error-no-api-key = Kein VCC-API-Schlüssel: Geben Sie --api-key an oder setzen Sie VCC_API_KEY, oder speichern Sie ihn mit `beacon setup` (der Schlüssel Ihrer Anwendung aus dem Volvo Developer Portal).
error-no-client-id = Keine Client-ID für die Volvo ID: Geben Sie --client-id an oder setzen Sie BEACON_CLIENT_ID, oder speichern Sie sie mit `beacon setup` (aus Ihrer Anwendung im Volvo Developer Portal).
error-no-client-secret = Kein Client-Secret für die Volvo ID: Geben Sie --client-secret an oder setzen Sie BEACON_CLIENT_SECRET, oder speichern Sie es mit `beacon setup` (aus Ihrer Anwendung im Volvo Developer Portal).
error-not-signed-in = Nicht angemeldet: Führen Sie `beacon login` aus, oder geben Sie --access-token an oder setzen Sie BEACON_ACCESS_TOKEN (z. B. ein Test-Zugriffstoken aus dem Volvo Developer Portal).
error-nothing-to-set-up = Nichts einzurichten. Geben Sie per Option oder Umgebungsvariable an, was gespeichert werden soll: --client-id (BEACON_CLIENT_ID), --client-secret (BEACON_CLIENT_SECRET), --api-key (VCC_API_KEY), --secondary-api-key (VCC_SECONDARY_API_KEY), --api-url, --auth-url, --token-url, --redirect, --port, --paste-redirect-uri.
error-no-keychain =
    { $problem }. Beacon schreibt Geheimnisse nie in eine einfache Datei, daher { $after ->
        [login] kann die Anmeldung nicht bestehen bleiben: Es wurde nichts gespeichert. Geben Sie stattdessen --access-token an (ein Test-Zugriffstoken).
        [logout] kann dort auch nichts gespeichert sein; es wurde nichts entfernt.
       *[setup] wurde nichts gespeichert. Per Option oder Umgebungsvariable angegebene Einstellungen gelten weiterhin für die Befehle, denen sie mitgegeben werden.
    }
keychain-none = Kein Schlüsselbund verfügbar ({ $detail })
keychain-unusable = Der Schlüsselbund kann nicht verwendet werden ({ $detail })
error-secret-unreadable =
    { $from ->
        [terminal] { $flag }: Der Wert konnte nicht gelesen werden ({ $detail })
       *[stdin] { $flag } -: Die Standardeingabe konnte nicht gelesen werden ({ $detail })
    }
error-secret-empty = { $flag }: Es wurde kein Wert angegeben
error-simulator = Der Simulator ist fehlgeschlagen: { $detail }
error-simulator-signals = Der Simulator ist fehlgeschlagen: Strg+C kann nicht abgefangen werden: { $detail }
error-output = Die Ausgabe konnte nicht geschrieben werden: { $detail }
error-no-runtime = Beacon ist fehlgeschlagen: Die asynchrone Laufzeitumgebung konnte nicht gestartet werden: { $detail }
error-keychain-call-stopped = Beacon ist fehlgeschlagen: Ein Aufruf des Schlüsselbunds wurde unerwartet abgebrochen ({ $detail })
error-paste-stopped = Beacon ist fehlgeschlagen: Das Lesen der eingefügten Adresse wurde abgebrochen ({ $detail })
error-paste-unreadable = Beacon ist fehlgeschlagen: Die eingefügte Adresse konnte nicht gelesen werden: { $detail }
warning-secret-on-command-line = Warnung: Der Wert von { $flag } auf der Befehlszeile ist für andere Benutzer dieses Computers sichtbar, solange beacon läuft. Geben Sie `{ $flag } -` an, um ihn von der Standardeingabe zu lesen, geben Sie { $flag } ohne Wert an, um danach gefragt zu werden, oder setzen Sie { $env }.
prompt-secret =
    { $flag ->
        [client-secret] Client-Secret
        [api-key] VCC-API-Schlüssel
        [secondary-api-key] Sekundärer VCC-API-Schlüssel
       *[access-token] Zugriffstoken
    }:

## Words used in several answers

secret-label =
    { $secret ->
        [refresh-token] Aktualisierungstoken der Volvo ID
        [client-secret] Client-Secret
        [api-key] VCC-API-Schlüssel
       *[secondary-api-key] sekundärer VCC-API-Schlüssel
    }
expires-in = läuft in { $duration } ab
expired = ist abgelaufen
cli-settings-set-aside = beacon: Ihre Einstellungsdatei konnte nicht gelesen werden ({ $problem }). Sie wurde als { $path } aufbewahrt, und Beacon beginnt mit den Standardeinstellungen.

## beacon flash | honk | honk-flash

command-done =
    Das Fahrzeug { $vin } hat { $command ->
        [flash] geblinkt
        [honk] gehupt
       *[honk-and-flash] gehupt und geblinkt
    }: { $summary }
command-asked =
    { $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    } bei { $vin } angefordert: { $summary }
command-volvo-said = Antwort von Volvo: { $message }
command-status = (Status { $status }, Vorgang { $operation })

## beacon vehicles

vehicles-none = Zu diesem Konto gehören keine Fahrzeuge.
vehicles-model-unknown = Volvo (Modell unbekannt)
vehicles-no-commands = Dieses Fahrzeug kann von hier aus nicht hupen oder blinken
vehicles-label =
    { $field ->
        [vin] FIN
       *[commands] Befehle
    }

## beacon login

login-waiting = Es wird bis zu { $duration } gewartet, bis die Volvo ID Ihren Browser zu { $address } zurückleitet
login-paste-here = Nach der Anmeldung landet Ihr Browser auf einer Adresse, die mit { $address } beginnt. Kopieren Sie die ganze Adresse, fügen Sie sie hier ein und drücken Sie die Eingabetaste:
login-open-above = Öffnen Sie die Adresse oben in einem Browser, um sich mit Ihrer Volvo ID anzumelden.
login-nothing-pasted = es wurde keine Adresse eingefügt
login-browser-opening = Ihr Browser öffnet die Volvo ID. Falls nicht, öffnen Sie:
login-no-browser = Es konnte kein Browser geöffnet werden ({ $reason }). Öffnen Sie diese Adresse, um sich mit Ihrer Volvo ID anzumelden:
browser-failed =
    { $how ->
        [not-started] { $program } konnte nicht gestartet werden: { $detail }
       *[failed] { $program } ist fehlgeschlagen ({ $detail })
    }
login-signed-in = Angemeldet. Die Anmeldung bleibt bis `beacon logout` im Schlüsselbund ({ $keychain }) gespeichert.
login-signed-in-expiry = Angemeldet. Die Anmeldung bleibt bis `beacon logout` im Schlüsselbund ({ $keychain }) gespeichert; das aktuelle Zugriffstoken { $expiry }.

## beacon logout

logout-nothing-stored = Abgemeldet. Im Schlüsselbund ({ $keychain }) war nichts gespeichert.
logout-removed = Abgemeldet. Aus dem Schlüsselbund ({ $keychain }) entfernt: { $secrets }.
logout-not-revoked = Die Anmeldung konnte bei der Volvo ID nicht beendet werden: { $problem }. Sie endet von selbst nach 7 Tagen ohne Nutzung.
logout-revoked = Die Volvo ID hat die Anmeldung ebenfalls beendet.
logout-kept-settings = Die Einstellungen bleiben in { $file } (Client-ID, Adressen; nichts Geheimes). Löschen Sie diese Datei, wenn auch sie vergessen werden sollen.

## beacon setup

setting-label =
    { $setting ->
        [clientId] Client-ID
        [apiUrl] API-Adresse
        [authUrl] Autorisierungsadresse der Volvo ID
        [tokenUrl] Token-Adresse der Volvo ID
        [revokeUrl] Widerrufsadresse der Volvo ID
        [pasteRedirectUri] Redirect-URI zum Einfügen
        [redirectMode] Rückweg vom Browser
       *[loopbackPort] lokaler Port
    }
setup-stored-in-keychain = Im Schlüsselbund ({ $keychain }) gespeichert: { $what }.
setup-stored-key = Im Schlüsselbund ({ $keychain }) gespeichert: { $what } (von Volvo akzeptiert).
setup-stored-in-file = Gespeichert in { $file }: { $what }.
setup-next = Als Nächstes: `beacon login`, um sich mit Ihrer Volvo ID anzumelden.

## beacon status

status-label =
    { $field ->
        [access-token] Zugriffstoken
        [renewed] Erneuert
        [client-id] Client-ID
        [api] API
        [settings-file] Einstellungsdatei
        [api-calls] API-Aufrufe
       *[warning] Warnung
    }
status-signed-in = Mit Ihrer Volvo ID angemeldet. Das Aktualisierungstoken liegt im Schlüsselbund ({ $keychain }).
status-not-signed-in-idle = Nicht angemeldet: Die Volvo ID hat die letzte Anmeldung beendet, denn { $why }. Führen Sie `beacon login` aus.
status-not-signed-in = Nicht angemeldet. Führen Sie `beacon login` aus.
status-token-fetched = gerade abgerufen, { $expiry }
status-token-none = keines im Speicher (ein neues wird abgerufen, sobald ein Befehl es braucht; `--check` ruft jetzt eines ab)
status-renewed-idle = Die Volvo ID hat diese Anmeldung wahrscheinlich beendet: { $why }. `--check` gibt Gewissheit.
status-renewed = { $at } (alle { $days } Tage, solange die App läuft)
status-client-id-unset = nicht festgelegt (`beacon setup --client-id ...`)

## beacon sim

sim-header = # Volvo-Simulator auf { $url } (Strg+C zum Beenden)
sim-footer = # BEACON_ACCESS_TOKEN ist 12 Stunden gültig; all dies funktioniert nur mit diesem Simulator.
sim-running = Volvo-Simulator auf { $url } (Strg+C zum Beenden). Das Zugriffstoken ist 12 Stunden gültig.
