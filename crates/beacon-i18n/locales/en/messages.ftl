# What a command's outcome and an error say: volvo_api::classify and volvo_api::Error, and
# beacon_app's outcomes and errors. Volvo's own words ($message, $detail, $reason, $error,
# $description) are passed on as Volvo sent them. $wait is a duration as "6 h 40 min".

## A command's outcome, from Volvo's invokeStatus.

outcome-done = The car did it.
outcome-delivered = The car received the command but did not confirm it.
outcome-still-waiting = Volvo had no confirmation from the car yet; the command may still happen.
outcome-still-waiting-advice = Wait a minute and check the car before sending the command again.
outcome-unknown = Volvo could not tell whether the command worked.
outcome-rejected = The car rejected the command.
outcome-rejected-advice = The car may be busy with something else; try again in a moment.
outcome-timeout = The car did not answer in time.
outcome-timeout-advice = It may be asleep or out of mobile coverage; try again in a few minutes.
outcome-car-timeout = The car took too long to carry out the command.
outcome-try-again-in-minutes = Try again in a few minutes.
outcome-delivery-timeout = Volvo could not get the command to the car in time.
outcome-connection-failure = Volvo could not reach the car.
outcome-no-coverage-advice = The car may be out of mobile coverage, for example in an underground car park. Try again when it is in the open.
outcome-asleep = The car is in power-saving mode and did not take the command.
outcome-asleep-advice = It wakes when it is used or unlocked with the key; try again after that.
outcome-unlock-time-passed = The time allowed for the unlock ran out, so the car did not stay unlocked.
outcome-unlock-time-passed-advice = Unlock again when you are at the car.
outcome-door-open = The car could not lock because a door, the tailgate or the bonnet is open.
outcome-door-open-advice = Close it and try again.
outcome-expired = The command expired before the car carried it out.
outcome-try-again = Try again.
outcome-not-supported = This car does not support that command.
outcome-car-error = The car reported an error while carrying out the command.
outcome-car-error-advice = Try again later; if it keeps happening, the car may need a look at a workshop.
outcome-privacy = Privacy mode is on in the car, so it does not accept remote commands.
outcome-privacy-advice = Turn privacy mode off in the car's settings, then try again.
outcome-wrong-usage-mode = The car does not accept this command while it is being driven or in use.
outcome-wrong-usage-mode-advice = Try again when the car is parked and switched off.
outcome-invocation-error = The car could not carry out this command.
outcome-invocation-error-advice = Volvo's message, if there is one, may say why.
# $status: the invokeStatus as Volvo sent it, on one line.
outcome-unrecognised = Volvo answered { $status }, which Beacon does not know; the command may not have worked.
outcome-empty-status = Volvo answered with an empty status, which Beacon does not know; the command may not have worked.
# After any answer that leaves open whether the car acted: resending blindly could honk twice.
check-before-resending = Check the car before sending the command again, so it does not happen twice.
# $summary: one of the outcomes above; $message: Volvo's own message, shortened.
volvo-said = { $summary } Volvo said: “{ $message }”

## volvo_api::Error

error-token-rejected = Volvo did not accept the sign-in (the access token was refused). Sign in again.
error-invalid-api-key = Volvo refused the API key. Check the VCC API key of your application in the Volvo developer portal.
error-quota-resets-in = Today's Volvo API quota for this app is used up. It resets in { $wait }. You are still signed in.
error-quota-resets-within-a-day = Today's Volvo API quota for this app is used up. It resets within a day. You are still signed in.
error-rate-limited-here = Volvo allows 10 commands a minute, and that many were just sent.
error-rate-limited-by-volvo = Volvo says too many requests were sent.
try-again-in = Try again in { $wait }.
try-again-in-a-minute = Try again in a minute.
error-forbidden = Volvo refused this request: { $detail }
# $name: the command as the API names it (HONK_AND_FLASH).
error-command-not-supported = This car does not support { $name }.
error-not-found = Volvo does not know this car on your account: { $detail }
error-conflict = The car is busy with another request; try again in a moment. ({ $detail })
error-bad-request = Volvo rejected the request (HTTP { $status }): { $detail }
error-server = Volvo's service had a problem (HTTP { $status }).
error-server-detail = Volvo's service had a problem (HTTP { $status }): { $detail }.
error-command-may-have-run = The car may or may not have received the command; it was not sent again.
try-again-later = Try again later.
error-timeout = No answer from Volvo after { $wait }.
check-connection-and-try-again = Check your connection and try again.
error-network-while-sending = The connection to Volvo broke while sending the command ({ $detail }). The car may or may not have received it; it was not sent again.
error-network = Could not reach Volvo ({ $detail }). Check your internet connection.
# $excerpt: the start of Volvo's answer, quoted.
error-decode = Volvo sent an answer Beacon could not read ({ $detail }). Start of the answer: { $excerpt }
# $input: what was given, quoted.
error-invalid-vin = { $input } is not a VIN: a VIN is exactly 17 letters and digits.
error-sign-in-cancelled = Sign-in was cancelled.
error-sign-in-timed-out = Sign-in was not finished in the browser within { $wait }. Please start again.
error-invalid-callback = That is not a Volvo ID sign-in answer: { $reason }
error-sign-in-client = Volvo ID did not accept the client id or client secret. Check them in the Volvo developer portal.
error-sign-in-code = Volvo ID did not accept the sign-in code (it may have been used already, or the redirect URI differs). Please sign in again.
error-sign-in-scope = Volvo ID refused the requested permissions (scopes). Check the scopes of your application.
error-sign-in-volvo-id-problem = Volvo ID had a problem. Try again in a moment.
error-sign-in-refused = Volvo ID refused the sign-in.
# After one of the five above: Volvo ID's own error code, and its description.
volvo-id-said = (Volvo ID said: { $error })
volvo-id-said-described = (Volvo ID said: { $error }: { $description })
error-signed-out = Your Volvo sign-in has ended ({ $reason }). Please sign in again.
error-test-token-expired = The test access token expired. Get a new one from the Volvo developer portal, or sign in with Volvo ID.
# $time: when it expired, as the token says.
error-test-token-expired-at = The test access token expired at { $time }. Get a new one from the Volvo developer portal, or sign in with Volvo ID.
error-keychain-unavailable = No keychain is available ({ $detail }). Beacon will not store secrets in a plain file: you are signed in for this session only.
error-keychain = The keychain refused: { $detail }
error-config = Configuration problem: { $detail }

## Why there is no sign-in, or why a sign-in answer is refused (the reasons of volvo_api's
## not_signed_in and invalid_state).

not-signed-in = You are not signed in to Volvo ID. Sign in to continue.
sign-in-replaced = That sign-in has been replaced by a newer one or ended.
# $wait: how long a sign-in may take, e.g. "10 minutes".
sign-in-took-too-long = The sign-in took longer than { $wait }; please start again.
duration-in-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
sign-in-answer-not-ours = This sign-in answer does not belong to a sign-in started here (or was already used).
sign-in-answer-without-state = The sign-in answer has no state, so Beacon cannot tell that it belongs to a sign-in started here.
sign-in-answer-without-state-start-again = The sign-in answer has no state, so Beacon cannot tell that it belongs to a sign-in started here. Please start the sign-in again.
sign-in-answer-foreign-state = The sign-in answer carries a state Beacon could not have made, so it does not belong to a sign-in started here. Please start the sign-in again.

## What the page, a deep link or the tray sent, refused (beacon_app::input).
## $input: what was sent, quoted and cut short.

input-not-a-command = { $input } is not a command Beacon sends: use FLASH, HONK or HONK_AND_FLASH.
input-nickname-too-long = A nickname is at most { $max } characters.
input-not-a-language = { $input } is not a language Beacon speaks: use system, en, sv or de.
input-nickname-invisible = A nickname cannot contain line breaks, tabs or invisible characters.
# $what is always one of: api-key, client-id, client-secret.
input-credential-empty =
    The { $what ->
        [api-key] API key
        [client-id] client id
       *[client-secret] client secret
    } is empty.
input-credential-too-long =
    That is too long to be a { $what ->
        [api-key] API key
        [client-id] client id
       *[client-secret] client secret
    }; copy it again from the Volvo developer portal.
input-credential-spaces =
    The { $what ->
        [api-key] API key
        [client-id] client id
       *[client-secret] client secret
    } contains spaces or line breaks; copy it again as one piece.
input-access-token-too-long = That is too long to be an access token; copy it again from the Volvo developer portal.
input-callback-empty = Paste the whole address the browser ended on after signing in.
input-callback-too-long = That is too long to be a sign-in answer; copy the address bar again.
input-redirect-page = The redirect page must be a full https:// address without '#', exactly as registered in the Volvo developer portal.
input-not-a-shortcut = { $input } is not a shortcut: use modifiers and a key joined by '+', e.g. CommandOrControl+Alt+H.
input-not-a-way-back = { $input } is not a way back from sign-in: use deep_link, loopback or paste.

## A run of a command (beacon_app's dispatch). $command is always one of: flash, honk,
## honk-and-flash; so is $pending.

outcome-asking =
    Asking the car to { $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }…
outcome-beacon-failed = Beacon failed while sending the command.
already-waiting-for-answer =
    Still waiting for the car to answer the last “{ $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }”; it was not sent again.
already-sending-another =
    Already sending “{ $pending ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }” to this car; “{ $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }” was not sent. Try again once the car has answered.
command-not-offered =
    This car does not offer “{ $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }” through Volvo's API.
car-not-on-this-account = That car is not on this account.

## Setting up, signing in and out, and the app's own files (beacon_app).
## $detail: what the system or a part of Beacon said; $problem: a whole sentence of it.

error-demo-unavailable = The demo could not start: { $detail }
setup-enter-api-key-first = Enter your application's VCC API key in Setup first.
setup-enter-client-first = Enter your application's client id and client secret in Setup first.
setup-no-api-key-yet = No VCC API key yet: enter your application's key in Setup (or set VCC_API_KEY).
setup-no-paste-redirect = No https redirect page is set up for pasting; use the deep link or the loopback way back instead.
setup-api-key-accepted = Volvo accepted the API key.
sign-in-not-started = No sign-in was started in this window of Beacon; choose “Connect my Volvo” first.
sign-in-did-not-finish = Sign-in did not finish: { $problem }
signed-in-until-quit = { $problem } You are signed in until Beacon quits.
test-token-but-sign-in-kept = Signed in with the test token, but the Volvo ID sign-in could not be removed from the keychain ({ $problem }); Beacon returns to it at the next start.
signed-out-keychain-not-emptied = Signed out, but the keychain could not be emptied: { $problem }
signed-out-not-revoked = Signed out here, but Volvo ID was not told to end the sign-in ({ $problem }). It ends by itself after 7 days unused.
start-settings-not-read = Your stored settings could not be read: { $detail }
start-access-token-unusable = BEACON_ACCESS_TOKEN cannot be used: { $detail }
start-access-token-but = BEACON_ACCESS_TOKEN is set, but: { $detail }
start-signed-in-but = You are signed in with Volvo ID, but: { $detail }
settings-not-read = Your settings could not be read, so defaults are used: { $detail }
# Here $problem: why it could not be read; $path: where the file is now.
settings-set-aside = Your settings file could not be read ({ $problem }). It was kept as { $path } and Beacon starts from defaults.
storage-settings-not-saved = Could not save your settings: { $detail }
storage-history-not-saved = Could not save the history: { $detail }
storage-keychain-not-opened = Opening the keychain failed: { $detail }
storage-keychain-not-read = Reading the keychain failed: { $detail }
storage-keychain-not-emptied = Emptying the keychain failed: { $detail }
storage-sign-in-not-saved = Saving the sign-in failed: { $detail }
storage-sign-in-not-removed = Removing the Volvo ID sign-in failed: { $detail }
storage-key-not-saved = Saving the key failed: { $detail }
storage-client-secret-not-saved = Saving the client secret failed: { $detail }

## The cars handed to the next process of the app (beacon_app::handoff); logged, not shown.
## $bytes: its size; $max: the most a handoff may be.

handoff-not-text = the handoff from the previous process is not text
handoff-too-big = the handoff is { $bytes } bytes, over the { $max }-byte limit
handoff-unreadable = the handoff from the previous process is not readable: { $detail }

## The shell's global shortcut and start at login (src-tauri). $keys: the shortcut as
## given; $detail: what the system said.

shortcut-not-understood = { $keys } is not a shortcut this system understands ({ $detail }).
shortcut-not-released = The old shortcut could not be released ({ $detail }).
shortcut-taken = { $keys } could not be set up; another program may be using it ({ $detail }).
shortcut-not-set-up = The shortcut could not be set up ({ $detail }).
autostart-unavailable = Starting with the computer is not available here.
autostart-not-turned-on = Starting with the computer could not be turned on ({ $detail }).
autostart-not-turned-off = Starting with the computer could not be turned off ({ $detail }).

## A car's readiness for commands (volvo_api::Accessibility, beacon_app's fleet): a few
## words for its chip, and a line that says the rest. $reason, $value: Volvo's own values.

availability-ready = Ready for commands
availability-asleep = Asleep
availability-asleep-detail = Asleep to save power: it wakes when used or unlocked with the key
availability-no-connection = No connection
availability-no-internet-detail = No internet connection in the car
availability-in-use = In use
availability-not-ready = Not ready
availability-not-ready-volvo-says = Not ready for commands (Volvo says { $reason })
availability-not-ready-now = Not ready for commands right now
availability-not-known = Not known
availability-unspecified-detail = Volvo did not say whether the car can take commands
availability-unclear-volvo-says = Unclear whether the car can take commands (Volvo says { $value })
car-not-checked = Not checked
availability-check-failed = Could not check whether the car can take commands. { $problem }
car-commands-unreadable = Could not read which commands this car supports, so no buttons are shown. { $problem }
# $missing: the commands the car lacks, "all" when it has none of the three.
car-missing-commands =
    { $missing ->
        [flash] Volvo does not offer flashing the lights for this car.
        [honk] Volvo does not offer honking for this car.
        [honk-and-flash] Volvo does not offer honk-and-flash for this car.
        [flash-or-honk] Volvo does not offer flashing the lights or honking for this car.
        [flash-or-honk-and-flash] Volvo does not offer flashing the lights or honk-and-flash for this car.
        [honk-or-honk-and-flash] Volvo does not offer honking or honk-and-flash for this car.
       *[all] Volvo does not offer honk or flash for this car, so there are no buttons for them.
    }

## What makes a configuration unusable (the detail of error-config). $detail: the system's or a
## library's own words; $url, $uri: as given, quoted; $port: a number.

config-test-token-empty = The test access token is empty. Copy it from the Volvo developer portal.
config-test-token-spaces = The test access token contains spaces or line breaks; copy it again as one piece.
config-port-in-use = Port { $port } on 127.0.0.1 is already in use by another program, so Beacon cannot receive the Volvo ID answer there. Close that program (or another Beacon sign-in window) and try again, or sign in by pasting the address instead.
config-cannot-listen = Beacon could not listen on 127.0.0.1:{ $port } for the Volvo ID answer ({ $detail }).
config-client-id-empty = The Volvo ID client id is empty. Copy it from your application in the Volvo developer portal.
config-client-secret-empty = The Volvo ID client secret is empty. Copy it from your application in the Volvo developer portal.
config-volvo-id-url-invalid =
    { $which ->
        [authorization] The Volvo ID authorization URL { $url } is not a URL ({ $detail }).
        [token] The Volvo ID token URL { $url } is not a URL ({ $detail }).
       *[revocation] The Volvo ID revocation URL { $url } is not a URL ({ $detail }).
    }
config-volvo-id-url-not-https =
    { $which ->
        [authorization] The Volvo ID authorization URL { $url } must start with https://.
        [token] The Volvo ID token URL { $url } must start with https://.
       *[revocation] The Volvo ID revocation URL { $url } must start with https://.
    }
config-https = could not set up HTTPS: { $detail }
config-redirect-invalid = { $uri } is not a redirect URI: { $detail }
config-redirect-fragment = { $uri } is not a redirect URI: it must not contain '#'.
config-no-api-key = no VCC API key was given
config-no-token-source = no access token source was given
config-http-client = HTTP client: { $detail }
config-api-url =
    { $why ->
        [not-a-url] the API URL { $url } is not a URL: { $detail }
        [not-https] the API URL { $url } must be an https URL{ $detail }
       *[not-secure] the API URL { $url } must start with https:// (plain http only to this computer): the API key and the access token travel with every request{ $detail }
    }
config-header-unsendable =
    { $what ->
        [api-key] the API key contains characters that cannot be sent
       *[access-token] the access token contains characters that cannot be sent
    }
config-folder-not-created = cannot create the folder { $path }: { $detail }
config-settings-not-written = cannot write settings: { $detail }
config-settings-not-saved = cannot save { $path }: { $detail }
config-settings-not-read = cannot read { $path }: { $detail }
config-settings-busy = the settings are busy: { $detail }
config-settings-not-set-aside = { $problem }; and it could not be moved aside: { $detail }
config-no-home-folder = cannot find your home folder to keep settings in; set { $variable } to a folder

## Why a pasted sign-in answer is not one (the reason of error-invalid-callback). $bytes and
## $kib are numbers; $detail is the URL parser's own words.

callback-too-long = it is { $bytes } bytes long; a sign-in answer is far shorter than { $kib } KiB.
callback-answer-empty = it is empty. Paste the address your browser shows after you signed in at Volvo ID.
callback-not-an-address = it is not a web address ({ $detail }). Paste the whole address from the browser's address bar.
callback-wrong-deep-link = a volvo-beacon:// answer must go to volvo-beacon://auth/callback.
callback-wrong-loopback = an http:// answer must go to this computer's http://127.0.0.1:PORT/callback.
callback-wrong-scheme = a { $scheme }: address is not where Volvo ID sends its answer. Paste the https:// address your browser shows after you signed in.
callback-parameter-twice = the parameter `{ $key }` appears twice.
callback-no-code = it has no sign-in code. Paste the address your browser shows after you signed in at Volvo ID.
callback-code-too-long = its sign-in code is { $bytes } bytes long; Volvo ID codes are far shorter than { $kib } KiB.
callback-code-characters = its sign-in code contains characters Volvo ID never sends.

## The day's API calls per key ($role: primary or secondary; $calls and $quota are counts
## already written out; $when: the reset, budget-resets-at), and why Volvo ID ended an unused
## sign-in (beacon status).

budget-count =
    { $role ->
        [primary] { $calls } of { $quota } calls today with the primary key
       *[secondary] { $calls } of { $quota } calls today with the secondary key
    }
# $left: the time until the reset, e.g. 3 h 12 min.
budget-resets-at = 00:00 UTC (in { $left })
budget-spent-took-over = The primary key's daily quota is spent: the secondary key has taken over until it resets at { $when }.
budget-spent =
    { $role ->
        [primary] The primary key's daily quota is spent: Volvo refuses calls with it until it resets at { $when }.
       *[secondary] The secondary key's daily quota is spent: Volvo refuses calls with it until it resets at { $when }.
    }
budget-almost-spent =
    { $role ->
        [primary] { $calls } of { $quota } calls today: the primary key's daily quota is almost spent; it resets at { $when }.
       *[secondary] { $calls } of { $quota } calls today: the secondary key's daily quota is almost spent; it resets at { $when }.
    }
# $idle, $limit, $renew: lengths of time (idle-days, idle-seconds).
idle-explanation = it went unused for { $idle }, and Volvo ID ends a sign-in after { $limit } without use. Beacon renews it every { $renew } while it runs: turn on “Start with your computer” to keep it alive
idle-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
idle-seconds = { $seconds } seconds

## Where secrets are kept when no keychain of the system is (a keychain's own name is shown
## as it is: Secret Service, Windows Credential Manager, macOS Keychain).
keychain-session-only = memory (this session only)
keychain-memory = memory
