# Vad ett kommandos utfall och ett fel säger. Volvos egna ord ($message, $detail, $reason,
# $error, $description) visas som Volvo skickade dem. $wait är en tid som "6 h 40 min".

## Ett kommandos utfall, från Volvos invokeStatus.

outcome-done = Klart – bilen utförde kommandot.
outcome-delivered = Bilen tog emot kommandot men bekräftade det inte.
outcome-still-waiting = Volvo har inte fått någon bekräftelse från bilen än; kommandot kan fortfarande utföras.
outcome-still-waiting-advice = Vänta en minut och titta till bilen innan du skickar kommandot igen.
outcome-unknown = Volvo kunde inte avgöra om kommandot fungerade.
outcome-rejected = Bilen avvisade kommandot.
outcome-rejected-advice = Bilen kan vara upptagen med något annat; försök igen om en stund.
outcome-timeout = Bilen svarade inte i tid.
outcome-timeout-advice = Den kan vara i viloläge eller sakna mobiltäckning; försök igen om några minuter.
outcome-car-timeout = Det tog för lång tid för bilen att utföra kommandot.
outcome-try-again-in-minutes = Försök igen om några minuter.
outcome-delivery-timeout = Volvo kunde inte nå fram till bilen med kommandot i tid.
outcome-connection-failure = Volvo fick ingen kontakt med bilen.
outcome-no-coverage-advice = Bilen kanske saknar mobiltäckning, till exempel i ett garage under jord. Försök igen när den står utomhus.
outcome-asleep = Bilen är i viloläge och tog inte emot kommandot.
outcome-asleep-advice = Den vaknar när den används eller låses upp med nyckeln; försök igen efter det.
outcome-unlock-time-passed = Tiden för upplåsningen gick ut, så bilen låstes igen.
outcome-unlock-time-passed-advice = Lås upp igen när du är vid bilen.
outcome-door-open = Bilen kunde inte låsas eftersom en dörr, bakluckan eller motorhuven är öppen.
outcome-door-open-advice = Stäng den och försök igen.
outcome-expired = Kommandot gick ut innan bilen hann utföra det.
outcome-try-again = Försök igen.
outcome-not-supported = Bilen har inte stöd för det kommandot.
outcome-car-error = Bilen rapporterade ett fel när den skulle utföra kommandot.
outcome-car-error-advice = Försök igen senare. Om det fortsätter kan bilen behöva ses över av en Volvo-verkstad.
outcome-privacy = Integritetsläget är på i bilen, så den tar inte emot fjärrkommandon.
outcome-privacy-advice = Stäng av integritetsläget i bilens inställningar och försök sedan igen.
outcome-wrong-usage-mode = Bilen tar inte emot det här kommandot medan den körs eller används.
outcome-wrong-usage-mode-advice = Försök igen när bilen står parkerad och är avstängd.
outcome-invocation-error = Bilen kunde inte utföra det här kommandot.
outcome-invocation-error-advice = Volvos meddelande, om det finns något, kan förklara varför.
outcome-unrecognised = Volvo svarade { $status }, som Beacon inte känner till; kommandot kanske inte fungerade.
outcome-empty-status = Volvo svarade med en tom status, som Beacon inte känner till; kommandot kanske inte fungerade.
check-before-resending = Titta till bilen innan du skickar kommandot igen, så att det inte händer två gånger.
volvo-said = { $summary } Volvo svarade: ”{ $message }”

## volvo_api::Error

error-token-rejected = Volvo godtog inte inloggningen (åtkomsttoken nekades). Logga in igen.
error-invalid-api-key = Volvo nekade API-nyckeln. Kontrollera din applikations VCC API-nyckel i Volvos utvecklarportal.
error-quota-resets-in = Appens dagliga kvot hos Volvos API är slut. Den fylls på om { $wait }. Du är fortfarande inloggad.
error-quota-resets-within-a-day = Appens dagliga kvot hos Volvos API är slut. Den fylls på inom ett dygn. Du är fortfarande inloggad.
error-rate-limited-here = Volvo tillåter 10 kommandon i minuten, och så många har precis skickats.
error-rate-limited-by-volvo = Volvo säger att för många förfrågningar har skickats.
try-again-in = Försök igen om { $wait }.
try-again-in-a-minute = Försök igen om en minut.
error-forbidden = Volvo nekade den här förfrågan: { $detail }
error-command-not-supported = Bilen har inte stöd för { $name }.
error-not-found = Volvo känner inte till den här bilen på ditt konto: { $detail }
error-conflict = Bilen är upptagen med en annan förfrågan; försök igen om en stund. ({ $detail })
error-bad-request = Volvo avvisade förfrågan (HTTP { $status }): { $detail }
error-server = Volvos tjänst hade problem (HTTP { $status }).
error-server-detail = Volvos tjänst hade problem (HTTP { $status }): { $detail }.
error-command-may-have-run = Det är oklart om bilen tog emot kommandot; det skickades inte igen.
try-again-later = Försök igen senare.
error-timeout = Inget svar från Volvo efter { $wait }.
check-connection-and-try-again = Kontrollera din anslutning och försök igen.
error-network-while-sending = Anslutningen till Volvo bröts medan kommandot skickades ({ $detail }). Det är oklart om bilen tog emot det; det skickades inte igen.
error-network = Det gick inte att nå Volvo ({ $detail }). Kontrollera din internetanslutning.
error-decode = Volvo skickade ett svar som Beacon inte kunde läsa ({ $detail }). Svaret började: { $excerpt }
error-invalid-vin = { $input } är inget VIN-nummer: ett VIN-nummer består av exakt 17 bokstäver och siffror.
error-sign-in-cancelled = Inloggningen avbröts.
error-sign-in-timed-out = Inloggningen slutfördes inte i webbläsaren inom { $wait }. Börja om.
error-invalid-callback = Det är inget svar från en inloggning med Volvo ID: { $reason }
error-sign-in-client = Volvo ID godtog inte klient-id:t eller klienthemligheten. Kontrollera dem i Volvos utvecklarportal.
error-sign-in-code = Volvo ID godtog inte inloggningskoden (den kan redan ha använts, eller så skiljer sig redirect-URI:n). Logga in igen.
error-sign-in-scope = Volvo ID nekade de begärda behörigheterna (scopes). Kontrollera din applikations scopes.
error-sign-in-volvo-id-problem = Volvo ID hade problem. Försök igen om en stund.
error-sign-in-refused = Volvo ID nekade inloggningen.
volvo-id-said = (Volvo ID svarade: { $error })
volvo-id-said-described = (Volvo ID svarade: { $error }: { $description })
error-signed-out = Din inloggning hos Volvo har upphört ({ $reason }). Logga in igen.
error-test-token-expired = Testtoken har gått ut. Hämta en ny i Volvos utvecklarportal, eller logga in med ditt Volvo ID.
error-test-token-expired-at = Testtoken gick ut { $time }. Hämta en ny i Volvos utvecklarportal, eller logga in med ditt Volvo ID.
error-keychain-unavailable = Ingen nyckelring är tillgänglig ({ $detail }). Beacon sparar inte hemligheter i en vanlig fil: du är bara inloggad under den här sessionen.
error-keychain = Nyckelringen nekade: { $detail }
error-config = Fel i inställningarna: { $detail }

## Varför det inte finns någon inloggning, eller varför ett inloggningssvar avvisas.

not-signed-in = Du är inte inloggad med ditt Volvo ID. Logga in för att fortsätta.
sign-in-replaced = Den inloggningen har ersatts av en nyare eller avslutats.
sign-in-took-too-long = Inloggningen tog längre tid än { $wait }; börja om.
duration-in-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
sign-in-answer-not-ours = Det här inloggningssvaret hör inte till en inloggning som startades här (eller har redan använts).
sign-in-answer-without-state = Inloggningssvaret saknar state, så Beacon kan inte avgöra om det hör till en inloggning som startades här.
sign-in-answer-without-state-start-again = Inloggningssvaret saknar state, så Beacon kan inte avgöra om det hör till en inloggning som startades här. Börja om inloggningen.
sign-in-answer-foreign-state = Inloggningssvaret har ett state som Beacon inte kan ha skapat, så det hör inte till en inloggning som startades här. Börja om inloggningen.

## Det som sidan, en djuplänk eller menyn skickade och som avvisades.

input-not-a-command = { $input } är inget kommando som Beacon skickar: använd FLASH, HONK eller HONK_AND_FLASH.
input-nickname-too-long = Ett smeknamn får vara högst { $max } tecken.
input-not-a-language = { $input } är inget språk som Beacon talar: använd system, en, sv eller de.
input-nickname-invisible = Ett smeknamn får inte innehålla radbrytningar, tabbar eller osynliga tecken.
input-credential-empty =
    { $what ->
        [api-key] API-nyckeln är tom.
        [client-id] Klient-id:t är tomt.
       *[client-secret] Klienthemligheten är tom.
    }
input-credential-too-long =
    Det är för långt för att vara { $what ->
        [api-key] en API-nyckel
        [client-id] ett klient-id
       *[client-secret] en klienthemlighet
    }; kopiera det igen från Volvos utvecklarportal.
input-credential-spaces =
    { $what ->
        [api-key] API-nyckeln innehåller mellanslag eller radbrytningar; kopiera den igen i ett stycke.
        [client-id] Klient-id:t innehåller mellanslag eller radbrytningar; kopiera det igen i ett stycke.
       *[client-secret] Klienthemligheten innehåller mellanslag eller radbrytningar; kopiera den igen i ett stycke.
    }
input-access-token-too-long = Det är för långt för att vara en åtkomsttoken; kopiera den igen från Volvos utvecklarportal.
input-callback-empty = Klistra in hela adressen som webbläsaren visade efter inloggningen.
input-callback-too-long = Det är för långt för att vara ett inloggningssvar; kopiera adressfältet igen.
input-redirect-page = Omdirigeringssidan måste vara en fullständig https://-adress utan '#', exakt som den är registrerad i Volvos utvecklarportal.
input-not-a-shortcut = { $input } är inget kortkommando: använd modifierartangenter och en tangent med '+' emellan, t.ex. CommandOrControl+Alt+H.
input-not-a-way-back = { $input } är inget sätt att komma tillbaka från inloggningen: använd deep_link, loopback eller paste.

## En körning av ett kommando.

outcome-asking =
    Ber bilen att { $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }…
outcome-beacon-failed = Något gick fel i Beacon när kommandot skickades.
already-waiting-for-answer =
    Väntar fortfarande på bilens svar på det senaste ”{ $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }”; det skickades inte igen.
already-sending-another =
    ”{ $pending ->
        [flash] Blinka
        [honk] Tuta
       *[honk-and-flash] Tuta och blinka
    }” skickas redan till bilen, så ”{ $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }” skickades inte. Försök igen när bilen har svarat.
command-not-offered =
    Bilen kan inte { $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    } via Volvos API.
car-not-on-this-account = Den bilen finns inte på det här kontot.

## Inställning, in- och utloggning och appens egna filer.

error-demo-unavailable = Demot kunde inte starta: { $detail }
setup-enter-api-key-first = Ange först din applikations VCC API-nyckel under Konto och inställningar.
setup-enter-client-first = Ange först din applikations klient-id och klienthemlighet under Konto och inställningar.
setup-no-api-key-yet = Ingen VCC API-nyckel än: ange din applikations nyckel under Konto och inställningar (eller sätt VCC_API_KEY).
setup-no-paste-redirect = Ingen https-omdirigeringssida är inställd för inklistring; använd djuplänken eller loopback i stället.
setup-api-key-accepted = Volvo godkände API-nyckeln.
sign-in-not-started = Ingen inloggning har startats i det här Beacon-fönstret; välj ”Anslut min Volvo” först.
sign-in-did-not-finish = Inloggningen slutfördes inte: { $problem }
signed-in-until-quit = { $problem } Du är inloggad tills Beacon avslutas.
test-token-but-sign-in-kept = Inloggad med testtoken, men inloggningen med Volvo ID kunde inte tas bort från nyckelringen ({ $problem }); Beacon återgår till den vid nästa start.
signed-out-keychain-not-emptied = Utloggad, men nyckelringen kunde inte tömmas: { $problem }
signed-out-not-revoked = Utloggad här, men Volvo ID fick inte besked om att avsluta inloggningen ({ $problem }). Den upphör av sig själv efter 7 dagar utan användning.
start-settings-not-read = Dina sparade inställningar kunde inte läsas: { $detail }
start-access-token-unusable = BEACON_ACCESS_TOKEN kan inte användas: { $detail }
start-access-token-but = BEACON_ACCESS_TOKEN är satt, men: { $detail }
start-signed-in-but = Du är inloggad med ditt Volvo ID, men: { $detail }
settings-not-read = Dina inställningar kunde inte läsas, så standardvärden används: { $detail }
settings-set-aside = Din inställningsfil kunde inte läsas ({ $problem }). Den sparades som { $path } och Beacon startar med standardvärden.
storage-settings-not-saved = Dina inställningar kunde inte sparas: { $detail }
storage-history-not-saved = Historiken kunde inte sparas: { $detail }
storage-keychain-not-opened = Det gick inte att öppna nyckelringen: { $detail }
storage-keychain-not-read = Det gick inte att läsa nyckelringen: { $detail }
storage-keychain-not-emptied = Det gick inte att tömma nyckelringen: { $detail }
storage-sign-in-not-saved = Det gick inte att spara inloggningen: { $detail }
storage-sign-in-not-removed = Det gick inte att ta bort inloggningen med Volvo ID: { $detail }
storage-key-not-saved = Det gick inte att spara nyckeln: { $detail }
storage-client-secret-not-saved = Det gick inte att spara klienthemligheten: { $detail }

## Bilarna som lämnas över till appens nästa process; loggas, visas inte.

handoff-not-text = överlämningen från den förra processen är inte text
handoff-too-big = överlämningen är { $bytes } byte, över gränsen på { $max } byte
handoff-unreadable = överlämningen från den förra processen går inte att läsa: { $detail }

## Skalets globala kortkommando och start vid inloggning.

shortcut-not-understood = { $keys } är inget kortkommando som systemet förstår ({ $detail }).
shortcut-not-released = Det gamla kortkommandot kunde inte släppas ({ $detail }).
shortcut-taken = { $keys } kunde inte ställas in; ett annat program kanske använder det ({ $detail }).
shortcut-not-set-up = Kortkommandot kunde inte ställas in ({ $detail }).
autostart-unavailable = Start tillsammans med datorn är inte tillgänglig här.
autostart-not-turned-on = Start tillsammans med datorn kunde inte slås på ({ $detail }).
autostart-not-turned-off = Start tillsammans med datorn kunde inte stängas av ({ $detail }).

## Bilens beredskap för kommandon: några ord för dess etikett och en rad som säger resten.

availability-ready = Redo för kommandon
availability-asleep = Viloläge
availability-asleep-detail = I viloläge för att spara ström: den vaknar när den används eller låses upp med nyckeln
availability-no-connection = Ingen anslutning
availability-no-internet-detail = Bilen har ingen internetanslutning
availability-in-use = Används
availability-not-ready = Inte redo
availability-not-ready-volvo-says = Inte redo för kommandon (Volvo anger { $reason })
availability-not-ready-now = Inte redo för kommandon just nu
availability-not-known = Okänt
availability-unspecified-detail = Volvo angav inte om bilen kan ta emot kommandon
availability-unclear-volvo-says = Oklart om bilen kan ta emot kommandon (Volvo anger { $value })
car-not-checked = Inte kontrollerad
availability-check-failed = Det gick inte att kontrollera om bilen kan ta emot kommandon. { $problem }
car-commands-unreadable = Det gick inte att läsa vilka kommandon bilen har stöd för, så inga knappar visas. { $problem }
car-missing-commands =
    { $missing ->
        [flash] Den här bilen kan inte blinka via Volvo.
        [honk] Den här bilen kan inte tuta via Volvo.
        [honk-and-flash] Den här bilen kan inte tuta och blinka via Volvo.
        [flash-or-honk] Den här bilen kan varken blinka eller tuta via Volvo.
        [flash-or-honk-and-flash] Den här bilen kan varken blinka eller tuta och blinka via Volvo.
        [honk-or-honk-and-flash] Den här bilen kan varken tuta eller tuta och blinka via Volvo.
       *[all] Den här bilen kan varken tuta eller blinka via Volvo, så det finns inga knappar för det.
    }

config-test-token-empty = Teståtkomsttoken är tom. Kopiera den från Volvos utvecklarportal.
config-test-token-spaces = Teståtkomsttoken innehåller mellanslag eller radbrytningar; kopiera den igen i ett stycke.
config-port-in-use = Port { $port } på 127.0.0.1 används redan av ett annat program, så Beacon kan inte ta emot svaret från Volvo ID där. Stäng det programmet (eller ett annat inloggningsfönster i Beacon) och försök igen, eller logga in genom att klistra in adressen i stället.
config-cannot-listen = Beacon kunde inte lyssna på 127.0.0.1:{ $port } efter svaret från Volvo ID ({ $detail }).
config-client-id-empty = Klient-id för Volvo ID är tomt. Kopiera det från din applikation i Volvos utvecklarportal.
config-client-secret-empty = Klienthemligheten för Volvo ID är tom. Kopiera den från din applikation i Volvos utvecklarportal.
config-volvo-id-url-invalid =
    { $which ->
        [authorization] Volvo ID:s auktoriseringsadress { $url } är ingen URL ({ $detail }).
        [token] Volvo ID:s tokenadress { $url } är ingen URL ({ $detail }).
       *[revocation] Volvo ID:s återkallelseadress { $url } är ingen URL ({ $detail }).
    }
config-volvo-id-url-not-https =
    { $which ->
        [authorization] Volvo ID:s auktoriseringsadress { $url } måste börja med https://.
        [token] Volvo ID:s tokenadress { $url } måste börja med https://.
       *[revocation] Volvo ID:s återkallelseadress { $url } måste börja med https://.
    }
config-https = HTTPS kunde inte förberedas: { $detail }
config-redirect-invalid = { $uri } är ingen redirect-URI: { $detail }
config-redirect-fragment = { $uri } är ingen redirect-URI: den får inte innehålla '#'.
config-no-api-key = ingen VCC API-nyckel angavs
config-no-token-source = ingen källa för åtkomsttoken angavs
config-http-client = HTTP-klienten: { $detail }
config-api-url =
    { $why ->
        [not-a-url] API-adressen { $url } är ingen URL: { $detail }
        [not-https] API-adressen { $url } måste vara en https-adress{ $detail }
       *[not-secure] API-adressen { $url } måste börja med https:// (vanlig http bara till den här datorn): API-nyckeln och åtkomsttoken skickas med varje anrop{ $detail }
    }
config-header-unsendable =
    { $what ->
        [api-key] API-nyckeln innehåller tecken som inte kan skickas
       *[access-token] åtkomsttoken innehåller tecken som inte kan skickas
    }
config-folder-not-created = mappen { $path } kunde inte skapas: { $detail }
config-settings-not-written = inställningarna kunde inte skrivas: { $detail }
config-settings-not-saved = { $path } kunde inte sparas: { $detail }
config-settings-not-read = { $path } kunde inte läsas: { $detail }
config-settings-busy = inställningarna används just nu: { $detail }
config-settings-not-set-aside = { $problem }; och filen kunde inte flyttas undan: { $detail }
config-no-home-folder = hemmappen, där inställningarna ska sparas, hittas inte; ange en mapp i { $variable }

callback-too-long = den är { $bytes } byte lång; ett inloggningssvar är mycket kortare än { $kib } KiB.
callback-answer-empty = den är tom. Klistra in adressen som webbläsaren visar när du har loggat in hos Volvo ID.
callback-not-an-address = det är ingen webbadress ({ $detail }). Klistra in hela adressen från webbläsarens adressfält.
callback-wrong-deep-link = ett volvo-beacon://-svar ska gå till volvo-beacon://auth/callback.
callback-wrong-loopback = ett http://-svar ska gå till den här datorns http://127.0.0.1:PORT/callback.
callback-wrong-scheme = en { $scheme }:-adress är inte dit Volvo ID skickar sitt svar. Klistra in https://-adressen som webbläsaren visar när du har loggat in.
callback-parameter-twice = parametern `{ $key }` finns två gånger.
callback-no-code = den saknar inloggningskod. Klistra in adressen som webbläsaren visar när du har loggat in hos Volvo ID.
callback-code-too-long = dess inloggningskod är { $bytes } byte lång; Volvo ID:s koder är mycket kortare än { $kib } KiB.
callback-code-characters = dess inloggningskod innehåller tecken som Volvo ID aldrig skickar.

budget-count =
    { $role ->
        [primary] { $calls } av { $quota } anrop i dag med den primära nyckeln
       *[secondary] { $calls } av { $quota } anrop i dag med den sekundära nyckeln
    }
budget-resets-at = 00:00 UTC (om { $left })
budget-spent-took-over = Den primära nyckelns dagliga kvot är förbrukad: den sekundära nyckeln har tagit över tills kvoten återställs kl. { $when }.
budget-spent =
    { $role ->
        [primary] Den primära nyckelns dagliga kvot är förbrukad: Volvo avvisar anrop med den tills kvoten återställs kl. { $when }.
       *[secondary] Den sekundära nyckelns dagliga kvot är förbrukad: Volvo avvisar anrop med den tills kvoten återställs kl. { $when }.
    }
budget-almost-spent =
    { $role ->
        [primary] { $calls } av { $quota } anrop i dag: den primära nyckelns dagliga kvot är nästan förbrukad; den återställs kl. { $when }.
       *[secondary] { $calls } av { $quota } anrop i dag: den sekundära nyckelns dagliga kvot är nästan förbrukad; den återställs kl. { $when }.
    }
idle-explanation = ingen har använt den på { $idle }, och Volvo ID avslutar en inloggning efter { $limit } utan användning. Beacon förnyar den med { $renew }s mellanrum medan appen körs: slå på ”Starta med datorn” så hålls den vid liv
idle-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
idle-seconds = { $seconds } sekunder

keychain-session-only = minnet (bara den här sessionen)
keychain-memory = minnet
