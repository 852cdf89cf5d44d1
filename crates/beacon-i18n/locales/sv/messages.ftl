# Vad ett kommandos utfall och ett fel säger. Volvos egna ord ($message, $detail, $reason,
# $error, $description) visas som Volvo skickade dem. $wait är en tid som "6 h 40 min".

## Ett kommandos utfall, från Volvos invokeStatus.

outcome-done = Klart – bilen utförde kommandot.
outcome-delivered = Bilen tog emot kommandot men bekräftade det inte.
outcome-waiting = Volvo har inte fått någon bekräftelse från bilen än; kommandot kan fortfarande utföras.
outcome-waiting-advice = Vänta en minut och titta till bilen innan du skickar kommandot igen.
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
error-invalid-vin = { $input } är inget VIN: ett VIN består av exakt 17 bokstäver och siffror.
error-sign-in-cancelled = Inloggningen avbröts.
error-sign-in-timed-out = Inloggningen slutfördes inte i webbläsaren inom { $wait }. Börja om.
error-invalid-callback = Det är inget svar från en inloggning med Volvo ID: { $reason }
error-sign-in-client = Volvo ID godtog inte klient-id:t eller klienthemligheten. Kontrollera dem i Volvos utvecklarportal.
error-sign-in-code = Volvo ID godtog inte inloggningskoden (den kan redan ha använts, eller så skiljer sig omdirigerings-URI:n). Logga in igen.
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
duration-minutes =
    { $count ->
        [one] { $count } minut
       *[other] { $count } minuter
    }
sign-in-answer-not-ours = Det här inloggningssvaret hör inte till en inloggning som startades här (eller har redan använts).
sign-in-answer-without-state = Inloggningssvaret saknar state, så Beacon kan inte avgöra om det hör till en inloggning som startades här.
sign-in-answer-without-state-start-again = Inloggningssvaret saknar state, så Beacon kan inte avgöra om det hör till en inloggning som startades här. Börja om inloggningen.
sign-in-answer-foreign-state = Inloggningssvaret har ett state som Beacon inte kan ha skapat, så det hör inte till en inloggning som startades här. Börja om inloggningen.

## Inställning, in- och utloggning och appens egna filer.

sign-in-not-started = Ingen inloggning har startats i det här Beacon-fönstret; välj ”Connect my Volvo” först.
settings-set-aside = Din inställningsfil kunde inte läsas ({ $problem }). Den sparades som { $path } och Beacon startar med standardvärden.

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
