# Kommandoraden `beacon`: svaren på stdout, förloppsraderna och felen på stderr.
# Kommandonamn (`beacon login`), flaggor, miljövariabler, sökvägar och Volvos statusnamn
# (VEHICLE_IN_SLEEP) lämnas som de är. Tilltal med ”du”.

## Errors and warnings

error-line = fel: { $message }
error-no-api-key = Ingen VCC API-nyckel: ange --api-key eller sätt VCC_API_KEY, eller spara den med `beacon setup` (din applikations nyckel från Volvos utvecklarportal).
error-no-client-id = Inget klient-id för Volvo ID: ange --client-id eller sätt BEACON_CLIENT_ID, eller spara det med `beacon setup` (från din applikation i Volvos utvecklarportal).
error-no-client-secret = Ingen klienthemlighet för Volvo ID: ange --client-secret eller sätt BEACON_CLIENT_SECRET, eller spara den med `beacon setup` (från din applikation i Volvos utvecklarportal).
error-not-signed-in = Du är inte inloggad: kör `beacon login`, eller ange --access-token eller sätt BEACON_ACCESS_TOKEN (till exempel en testtoken från Volvos utvecklarportal).
error-nothing-to-set-up = Inget att spara. Ange det som ska sparas med flaggor eller miljövariabler: --client-id (BEACON_CLIENT_ID), --client-secret (BEACON_CLIENT_SECRET), --api-key (VCC_API_KEY), --secondary-api-key (VCC_SECONDARY_API_KEY), --api-url, --auth-url, --token-url, --redirect, --port, --paste-redirect-uri.
error-no-keychain =
    { $problem }. Beacon skriver aldrig hemligheter till en vanlig fil, så { $after ->
        [login] du kan inte förbli inloggad: inget sparades. Ange --access-token (en testtoken) i stället.
        [logout] inget kan ha sparats där heller; inget togs bort.
       *[setup] inget sparades. Inställningar som ges med flaggor eller miljövariabler fungerar fortfarande för de kommandon de ges till.
    }
keychain-none = Ingen nyckelring är tillgänglig ({ $detail })
keychain-unusable = Nyckelringen kan inte användas ({ $detail })
error-secret-unreadable =
    { $from ->
        [terminal] { $flag }: värdet kunde inte läsas ({ $detail })
       *[stdin] { $flag } -: standard in kunde inte läsas ({ $detail })
    }
error-secret-empty = { $flag }: inget värde angavs
error-simulator = Simulatorn misslyckades: { $detail }
error-simulator-signals = Simulatorn misslyckades: kan inte lyssna efter Ctrl-C: { $detail }
error-output = Utdata kunde inte skrivas: { $detail }
error-no-runtime = Beacon misslyckades: den asynkrona körmiljön kunde inte startas: { $detail }
error-keychain-call-stopped = Beacon misslyckades: ett anrop till nyckelringen avbröts oväntat ({ $detail })
error-paste-stopped = Beacon misslyckades: läsningen av den inklistrade adressen avbröts ({ $detail })
error-paste-unreadable = Beacon misslyckades: den inklistrade adressen kunde inte läsas: { $detail }
warning-secret-on-command-line = varning: värdet av { $flag } på kommandoraden kan ses av andra användare på datorn medan beacon körs. Ange `{ $flag } -` för att läsa det från standard in, ange { $flag } utan värde för att bli tillfrågad, eller sätt { $env }.
prompt-secret =
    { $flag ->
        [client-secret] Klienthemlighet
        [api-key] VCC API-nyckel
        [secondary-api-key] Sekundär VCC API-nyckel
       *[access-token] Åtkomsttoken
    }:

## Words used in several answers

secret-label =
    { $secret ->
        [refresh-token] förnyelsetoken för Volvo ID
        [client-secret] klienthemlighet
        [api-key] VCC API-nyckel
       *[secondary-api-key] sekundär VCC API-nyckel
    }
expires-in = går ut om { $duration }
expired = har gått ut
cli-settings-set-aside = beacon: Din inställningsfil kunde inte läsas ({ $problem }). Den sparades som { $path } och Beacon startar med standardvärden.

## beacon flash | honk | honk-flash

command-done =
    Bilen { $vin } { $command ->
        [flash] blinkade
        [honk] tutade
       *[honk-and-flash] tutade och blinkade
    }: { $summary }
command-asked =
    Bad bilen { $vin } att { $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }: { $summary }
command-volvo-said = Volvo svarade: { $message }
command-status = (status { $status }, åtgärd { $operation })

## beacon vehicles

vehicles-none = Det finns inga bilar på det här kontot.
vehicles-model-unknown = Volvo (okänd modell)
vehicles-no-commands = bilen kan inte tuta eller blinka härifrån
vehicles-label =
    { $field ->
        [vin] VIN-nr
       *[commands] Kommandon
    }

## beacon login

login-waiting = Väntar i upp till { $duration } på att Volvo ID skickar tillbaka webbläsaren till { $address }
login-paste-here = När du har loggat in hamnar webbläsaren på en adress som börjar med { $address }. Kopiera hela adressen, klistra in den här och tryck på Enter:
login-open-above = Öppna adressen ovan i en webbläsare för att logga in med ditt Volvo ID.
login-nothing-pasted = ingen adress klistrades in
login-browser-opening = Webbläsaren öppnar Volvo ID. Om den inte gör det, öppna:
login-no-browser = Ingen webbläsare kunde öppnas ({ $reason }). Öppna den här adressen för att logga in med ditt Volvo ID:
browser-failed =
    { $how ->
        [not-started] { $program } kunde inte köras: { $detail }
       *[failed] { $program } misslyckades ({ $detail })
    }
login-signed-in = Du är inloggad. Inloggningen sparas i nyckelringen ({ $keychain }) tills du kör `beacon logout`.
login-signed-in-expiry = Du är inloggad. Inloggningen sparas i nyckelringen ({ $keychain }) tills du kör `beacon logout`; den aktuella åtkomsttoken { $expiry }.

## beacon logout

logout-nothing-stored = Du är utloggad. Inget var sparat i nyckelringen ({ $keychain }).
logout-removed = Du är utloggad. Borttaget från nyckelringen ({ $keychain }): { $secrets }.
logout-not-revoked = Inloggningen kunde inte avslutas hos Volvo ID: { $problem }. Den upphör av sig själv efter 7 dagar utan användning.
logout-revoked = Volvo ID avslutade också inloggningen.
logout-kept-settings = Inställningarna finns kvar i { $file } (klient-id och adresser, inget hemligt). Ta bort filen om du vill glömma dem också.

## beacon setup

setting-label =
    { $setting ->
        [clientId] klient-id
        [apiUrl] API-adress
        [authUrl] Volvo ID:s auktoriseringsadress
        [tokenUrl] Volvo ID:s tokenadress
        [revokeUrl] Volvo ID:s återkallelseadress
        [pasteRedirectUri] redirect-URI för inklistring
        [redirectMode] vägen tillbaka från webbläsaren
       *[loopbackPort] lokal port
    }
setup-stored-in-keychain = Sparat i nyckelringen ({ $keychain }): { $what }.
setup-stored-key = Sparat i nyckelringen ({ $keychain }): { $what } (Volvo godkände nyckeln).
setup-stored-in-file = Sparat i { $file }: { $what }.
setup-next = Nästa steg: `beacon login` för att logga in med ditt Volvo ID.

## beacon status

status-label =
    { $field ->
        [access-token] Åtkomsttoken
        [renewed] Förnyad
        [client-id] Klient-id
        [api] API
        [settings-file] Inställningsfil
        [api-calls] API-anrop
       *[warning] Varning
    }
status-signed-in = Du är inloggad med ditt Volvo ID. Förnyelsetoken finns i nyckelringen ({ $keychain }).
status-not-signed-in-idle = Du är inte inloggad: Volvo ID avslutade den senaste inloggningen eftersom { $why }. Kör `beacon login`.
status-not-signed-in = Du är inte inloggad. Kör `beacon login`.
status-token-fetched = hämtad nyss, { $expiry }
status-token-none = ingen i minnet (en ny hämtas när ett kommando behöver den; `--check` hämtar en nu)
status-renewed-idle = Volvo ID har troligen avslutat den här inloggningen: { $why }. `--check` ger ett säkert svar.
status-renewed = { $at } (var { $days }:e dag medan appen är igång)
status-client-id-unset = inte angivet (`beacon setup --client-id ...`)

## beacon sim

sim-header = # Volvo-simulator på { $url } (Ctrl-C för att stoppa)
sim-footer = # BEACON_ACCESS_TOKEN gäller i 12 timmar; allt detta fungerar bara mot den här simulatorn.
sim-running = Volvo-simulator på { $url } (Ctrl-C för att stoppa). Åtkomsttoken gäller i 12 timmar.
