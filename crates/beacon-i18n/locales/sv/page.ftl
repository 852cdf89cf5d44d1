# The window (ui/): the static page's elements carry data-l10n-id; the modules ask with t().
# A value may mark words bold with <b>…</b>; nothing else is read as markup.
# $command is always one of: FLASH, HONK, HONK_AND_FLASH (as Volvo names them).
# Svenska: tilltal med ”du”, 24-timmarsklocka, ”tray” = systemfältet, ”shortcut” = kortkommandot.

## Header and banners

skip-to-cars = Hoppa till dina bilar
header-refresh = Uppdatera
header-account = Konto
demo-banner-title = Demo – simulerade bilar
demo-banner-text = Inget du trycker på här når en riktig bil. Anslut ditt Volvo ID för att använda dina egna bilar.
connect-my-volvo = Anslut min Volvo
signed-out-title = Du är utloggad
sign-in-again = Logga in igen
use-demo-cars = Använd demobilar
try-again = Försök igen
close =
    .aria-label = Stäng

## Cars

cars-heading = Dina bilar

## History

history-heading = Historik
history-sub = De senaste { $count } kommandona, från det här fönstret, systemfältet och kortkommandot.
history-empty = Inga kommandon än.
history-time = Tid
history-car = Bil
history-command = Kommando
history-result = Resultat
history-what-happened = Vad som hände

## Account & setup

account-title = Konto och inställningar
account-state-title = Ditt konto
api-calls =
    .aria-label = Anrop till Volvos API i dag
sign-out = Logga ut
setup-title = Anslut din egen Volvo
setup-intro =
    Du behöver en applikation i Volvo Cars utvecklarportal
    (developer.volvocars.com). Beacon sparar nyckeln och hemligheten i systemets nyckelring och
    visar dem aldrig igen.
step-key-title = 1. API-nyckel (VCC API key)
step-key-where =
    Utvecklarportalen → <b>Account</b> → <b>Applications</b> → din
    applikation. Kopiera <b>VCC API key – Primary</b>.
api-key-label = API-nyckel
check = Kontrollera
api-key2-summary = Sekundär API-nyckel (valfri)
api-key2-hint = Används bara när den primära nyckelns dagliga kvot är förbrukad.
api-key2-label = Sekundär API-nyckel
step-client-title = 2. Volvo ID-klient
step-client-where =
    På samma applikationssida publicerar du applikationen för inloggning med Volvo ID.
    Då får du ett klient-id (<b>client id</b>) och en klienthemlighet (<b>client secret</b>) av Volvo.
    Begär de här behörigheterna (scopes) och registrera de redirect-URI:er nedan som hör till
    de sätt att komma tillbaka som du vill använda.
copy-scopes = Kopiera
    .aria-label = Kopiera behörigheterna (scopes)
client-id-label = Klient-id
client-secret-label = Klienthemlighet
paste-redirect-label = Din egen https-sida (valfri, för ”Klistra in adressen”)
save-client = Spara klient
redirects-title = Redirect-URI:er att registrera
step-connect-title = 3. Logga in med Volvo ID
via-question = Hur ska Volvo ID skicka dig tillbaka till Beacon?
via-deep-link = <b>Direkt tillbaka till Beacon</b> – webbläsaren lämnar över svaret till appen.
via-loopback = <b>Via en lokal sida</b> – Beacon lyssnar bara på den här datorn.
via-paste = <b>Klistra in adressen</b> – Volvo ID skickar dig till din egen https-sida; kopiera adressen från webbläsaren och klistra in den nedan.
via-hint =
    Volvo godtar veterligen https-adresser. Om Volvo nekar de två andra sätten kan du
    använda din egen https-sida och klistra in adressen.
authorize-hint = Öppnades inte webbläsaren? Kopiera då den här adressen och klistra in den där:
copy-sign-in-address = Kopiera
    .aria-label = Kopiera inloggningsadressen
callback-label = Klistra in adressen som webbläsaren hamnade på
finish-sign-in = Slutför inloggningen
token-summary = Klistra in en åtkomsttoken för test
token-hint =
    För att prova Beacon med en kortlivad token från utvecklarportalen. Den kan inte
    förnyas: när den har gått ut loggar du in igen. Kräver API-nyckeln från steg 1.
token-label = Åtkomsttoken för test
sign-in-with-token = Logga in med token
ask-title = Innan bilen tutar
ask-hint = En tuta hörs långt. Beacon kan fråga först: här i fönstret, och i systemfältet och med kortkommandot genom att du klickar eller trycker en gång till. Inför blinkning frågar Beacon aldrig.
ask-label = Fråga innan bilen tutar
language-title = Språk
language-label = Visa { -app-name } på
autostart-title = Starta med datorn
autostart-hint = Beacon startar i systemfältet när du loggar in, utan fönster, redo att tuta från menyn i systemfältet eller med kortkommandot.
autostart-label = Starta { -app-name } i systemfältet när jag loggar in
shortcut-title = Kortkommando
shortcut-hint = Tuta och blinka med en bil varifrån som helst, även när det här fönstret är stängt.
shortcut-label = Använd ett kortkommando
shortcut-keys-label = Tangenter
shortcut-car-label = Bil
save-shortcut = Spara kortkommando
cancel = Avbryt

## Commands and outcomes (ui/format.js)

command-label =
    { $command ->
        [FLASH] Blinka
        [HONK] Tuta
       *[HONK_AND_FLASH] Tuta och blinka
    }
# The command inside a sentence.
command-noun =
    { $command ->
        [FLASH] blinka
        [HONK] tuta
       *[HONK_AND_FLASH] tuta och blinka
    }
# A tile while its command runs.
outcome-doing =
    { $command ->
        [FLASH] Blinkar…
        [HONK] Tutar…
       *[HONK_AND_FLASH] Tutar och blinkar…
    }
# A command Beacon does not know by name ($label is Volvo's).
outcome-sending = Skickar { $label }…
outcome-waiting = Väntar på bilen
outcome-done-at =
    { $command ->
        [FLASH] Blinkade kl. { $time }
        [HONK] Tutade kl. { $time }
       *[HONK_AND_FLASH] Tutade och blinkade kl. { $time }
    }
outcome-did-it = Bilen utförde kommandot.
outcome-sent-at = { $label }: skickades kl. { $time }
outcome-not-confirmed = Bilen bekräftade inte kommandot.
outcome-failed-at = { $label }: misslyckades kl. { $time }
# $status is Volvo's invokeStatus, as Volvo sent it.
outcome-answered = Bilen svarade { $status }.
outcome-no-status = Bilen svarade utan status.
outcome-meta = { $label } · kl. { $time }
announce-sending =
    { $command ->
        [FLASH] { $car }: skickar kommandot blinka till bilen.
        [HONK] { $car }: skickar kommandot tuta till bilen.
       *[HONK_AND_FLASH] { $car }: skickar kommandot tuta och blinka till bilen.
    }
# Swedish: "min" is the same as English (left identical on purpose).
duration-minutes = { $minutes } min
duration-hours = { $hours } tim
duration-hours-minutes = { $hours } tim { $minutes } min
elapsed-seconds = { $seconds } sek
# $seconds is two digits: 05.
elapsed-minutes = { $minutes } min { $seconds } sek

## Errors: a title per kind (the kind is the error's stable name); the message from Rust says more.

error-title =
    { $kind ->
        [quota_exceeded] Dagsgränsen är nådd
        [rate_limited] För många kommandon
        [signed_out] Logga in igen
        [token_rejected] Logga in igen
        [not_signed_in] Logga in igen
        [test_token_expired] Logga in igen
        [network] Ingen anslutning
        [timeout] Inget svar
        [command_not_supported] Inte tillgängligt för den här bilen
        [invalid_api_key] API-nyckeln godtogs inte
        [forbidden] Inte tillåtet
        [not_found] Bilen finns inte på det här kontot
        [conflict] Bilen är upptagen
        [bad_request] Begäran godtogs inte
        [server_error] Problem hos Volvos tjänst
        [decode] Oläsbart svar från Volvo
        [invalid_vin] Ogiltigt VIN-nummer
        [sign_in_cancelled] Inloggningen avbröts
        [sign_in_timed_out] Inloggningen slutfördes inte
        [invalid_state] Inloggningen kändes inte igen
        [invalid_callback] Inte en inloggningsadress
        [sign_in_failed] Inloggningen misslyckades
        [keychain_unavailable] Ingen nyckelring
        [keychain] Problem med nyckelringen
        [config] Problem med konfigurationen
        [invalid_input] Kontrollera det du har angett
        [already_in_flight] Skickas redan
        [not_configured] Konfiguration krävs
        [demo_unavailable] Demoläget är inte tillgängligt
        [storage] Kunde inte spara
        [internal] Problem i Beacon
        [not_connected] Inte ansluten
       *[other] Något gick fel
    }
# Only when an error arrives without a message of its own.
error-fallback =
    { $kind ->
        [network] Beacon nådde inte Volvo. Kontrollera internetanslutningen och försök igen.
        [timeout] Volvo svarade inte i tid.
        [already_in_flight] Det kommandot är redan på väg till bilen.
        [signed_out] Din inloggning hos Volvo har upphört. Logga in igen.
       *[other] Beacon kunde inte slutföra det. Försök igen.
    }
outcome-idle = Bilens svar visas här.

## Tiles (ui/tiles.js)

rename-hint = Enter sparar · Esc avbryter · tomt fält tar bort smeknamnet
rename = Byt namn
rename-car = Byt namn på { $car }
nickname-for = Smeknamn för { $model }
nickname-too-long = Ett smeknamn får vara högst { $max } tecken.
# $fuel is Volvo's fuel type, with - for its /.
fuel =
    { $fuel ->
        [ELECTRIC] El
        [PETROL-ELECTRIC] Laddhybrid
        [DIESEL-ELECTRIC] Laddhybrid
        [PETROL] Bensin
       *[DIESEL] Diesel
    }
vin-ending-in = VIN-nummer som slutar på { $digits }
vin-masked = VIN-nr { $vin }
availability-not-checked = Inte kontrollerad än
availability-checked = Kontrollerad { $time }
# A car shown from the last start, before Volvo has confirmed it.
availability-stale = Senast känt läge
availability-stale-detail = Visas som Beacon senast såg bilen; Volvo har inte bekräftat det än
availability-last-seen = Senast sedd som ”{ $state }” { $time }
commands-for = Kommandon för { $car }

## History (ui/history.js)

history-failed = Historiken kunde inte läsas in. { $error }
history-result-pill =
    { $result ->
        [ok] Utfört
        [warn] Obekräftat
        [bad] Misslyckat
       *[error] Fel
    }

## Ask before honking (ui/ask.js)

saving = Sparar…
ask-on = Beacon frågar innan bilen tutar.
ask-off = Beacon tutar direkt.
ask-question =
    { $command ->
        [HONK] Tuta med { $car } nu?
       *[HONK_AND_FLASH] Tuta och blinka med { $car } nu?
    }

## The page's state and the cars (ui/app.js, ui/cars.js)

your-car = Din bil
state-failed = Beacon kunde inte läsa in sin status. { $error }
live-updates-failed = Liveuppdateringar är inte tillgängliga. { $error }
cars-checking = Kontrollerar dina bilar…
cars-refresh-failed = Det gick inte att uppdatera. { $error }
mode-chip =
    { $mode ->
        [demo] Demo
        [account] Inloggad
       *[signed_out] Utloggad
    }
signed-out-reason = Din inloggning hos Volvo har upphört. Logga in igen.
cars-none = Inga bilar är anslutna till det här Volvo ID-kontot än.
cars-count =
    { $count ->
        [one] { $count } bil
       *[other] { $count } bilar
    }
cars-count-checked =
    { $count ->
        [one] { $count } bil · tillgänglighet kontrollerad { $time }
       *[other] { $count } bilar · tillgänglighet kontrollerad { $time }
    }
cars-sign-in-again = Logga in igen för att se dina bilar.
cars-failed = Dina bilar kunde inte läsas in. { $error }
availability-failed = Tillgängligheten uppdaterades inte. { $error }

## Account & setup (ui/setup.js)

signed-out-showing-demo = Utloggad. Visar demobilar.
showing-demo = Visar demobilar.
account-signed-in = Du är inloggad med Volvo ID. Dina egna bilar visas.
account-signed-out = Du är utloggad. Logga in igen för att se dina bilar.
account-demo = Du tittar på demobilar. Inget når en riktig bil.
# $keychain is the keychain's own name, e.g. Secret Service.
account-keychain = Nycklar och hemligheter sparas i: { $keychain }.
setup-failed = Konfigurationen kunde inte läsas in. { $error }
api-key-stored = En API-nyckel är sparad. Ange en annan för att ersätta den.
api-key2-stored = En sekundär API-nyckel är sparad.
client-stored = Ett klient-id och en klienthemlighet är sparade.
# $role is primary or secondary; $calls and $quota are counts written out already.
api-calls-today =
    { $role ->
        [primary] { $calls } av { $quota } anrop i dag med den primära nyckeln
       *[secondary] { $calls } av { $quota } anrop i dag med den sekundära nyckeln
    }
# When the quota resets; $left is a duration such as "3 tim 5 min".
api-calls-reset = 00:00 UTC (om { $left })
api-calls-spent-took-over = Den primära nyckelns dagliga kvot är förbrukad: den sekundära nyckeln har tagit över tills kvoten återställs kl. { $when }.
api-calls-spent =
    { $role ->
        [primary] Den primära nyckelns dagliga kvot är förbrukad: Volvo avvisar anrop med den tills kvoten återställs kl. { $when }.
       *[secondary] Den sekundära nyckelns dagliga kvot är förbrukad: Volvo avvisar anrop med den tills kvoten återställs kl. { $when }.
    }
api-calls-almost-spent =
    { $role ->
        [primary] { $calls } av { $quota } anrop i dag: den primära nyckelns dagliga kvot är nästan förbrukad. Den återställs kl. { $when }.
       *[secondary] { $calls } av { $quota } anrop i dag: den sekundära nyckelns dagliga kvot är nästan förbrukad. Den återställs kl. { $when }.
    }
redirect-via =
    { $via ->
        [deep_link] Direkt tillbaka till Beacon
        [loopback] Via en lokal sida
       *[paste] Din egen https-sida
    }
copy = Kopiera
copy-redirect = Kopiera redirect-URI:n för ”{ $via }”
redirect-no-port = Visas när Beacon har fått en lokal port.
redirect-no-page = Ange den i steg 2 om du har en egen sida.
copied = Kopierat
selected = Markerat
api-key-empty = Ange API-nyckeln först.
api-key-spaces = En API-nyckel innehåller inga mellanslag. Kopiera bara själva nyckeln.
api-key-checking = Kontrollerar nyckeln hos Volvo…
api-key-accepted = Volvo godkände nyckeln. Den är sparad i nyckelringen.
client-id-empty = Ange klient-id:t.
client-id-spaces = Ett klient-id innehåller inga mellanslag. Kopiera bara själva id:t.
client-secret-empty = Ange klienthemligheten.
client-secret-spaces = En klienthemlighet innehåller inga mellanslag. Kopiera bara själva hemligheten.
paste-redirect-not-address = Det är ingen webbadress. Den ska börja med https://
paste-redirect-not-https = Använd en https://-adress till en sida som du själv styr över.
looks-right = Ser rätt ut.
check-fields-above = Kontrollera fälten ovan.
client-saved = Sparat. Hemligheten finns i nyckelringen.
connect-opening = Öppnar Volvo ID i webbläsaren…
connect-in-browser-paste = Logga in med ditt Volvo ID i webbläsaren. När du hamnar på din sida kopierar du hela adressen och klistrar in den nedan.
connect-in-browser = Logga in med ditt Volvo ID i webbläsaren och tillåt åtkomst. Beacon fortsätter av sig själv. Om inte, klistra in adressen som webbläsaren hamnade på nedan.
callback-empty = Klistra in adressen från webbläsaren först.
callback-not-address = Det är inte en hel adress. Kopiera allt i webbläsarens adressfält.
callback-finishing = Slutför inloggningen…
token-empty = Klistra in åtkomsttoken först.
token-spaces = En åtkomsttoken innehåller inga mellanslag. Kopiera bara själva token.
signing-in = Loggar in…
signed-in-loading = Inloggad. Hämtar dina bilar…
signed-in-announce = Inloggad med Volvo ID. Hämtar dina bilar.
one-moment = Ett ögonblick…
autostart-on = Beacon startar i systemfältet när du loggar in.
autostart-off = Beacon startar inte av sig själv.
shortcut-first-car = Den första bilen
shortcut-keys-invalid = Skriv tangenterna med + emellan, till exempel { $example }.
shortcut-on = Kortkommandot är på.
shortcut-off = Kortkommandot är av.
# A language in its own name: the same in every catalog.
language-name =
    { $code ->
        [en] English
        [sv] Svenska
       *[de] Deutsch
    }
language-system = Systemspråk ({ $name })
# A call the app could not even read: a bug, still in plain words.
error-internal-detail = Beacon kunde inte göra det ({ $detail }).
