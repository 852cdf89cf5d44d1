# The window (ui/): the static page's elements carry data-l10n-id; the modules ask with t().
# A value may mark words bold with <b>…</b>; nothing else is read as markup.
# $command is always one of: FLASH, HONK, HONK_AND_FLASH (as Volvo names them).

## Header and banners

skip-to-cars = Skip to your cars
header-refresh = Refresh
header-account = Account
demo-banner-title = Demo — simulated cars
demo-banner-text = Nothing you press here reaches a real car. Connect your Volvo ID to use your own.
connect-my-volvo = Connect my Volvo
signed-out-title = You are signed out
sign-in-again = Sign in again
use-demo-cars = Use demo cars
try-again = Try again
close =
    .aria-label = Close

## Cars

cars-heading = Your cars

## History

history-heading = History
history-sub = The last { $count } commands, from this window, the tray and the shortcut.
history-empty = No commands yet.
history-time = Time
history-car = Car
history-command = Command
history-result = Result
history-what-happened = What happened

## Account & setup

account-title = Account & setup
account-state-title = Your account
api-calls =
    .aria-label = Volvo API calls today
sign-out = Sign out
setup-title = Connect your own Volvo
setup-intro =
    You need an application in the Volvo Cars developer portal
    (developer.volvocars.com). Beacon keeps the key and secret in your system keychain and
    never shows them again.
step-key-title = 1. VCC API key
step-key-where =
    Developer portal → <b>Account</b> → <b>Applications</b> → your
    application. Copy the <b>VCC API key – Primary</b>.
api-key-label = API key
check = Check
api-key2-summary = Secondary API key (optional)
api-key2-hint = Used only when the primary key's daily quota is spent.
api-key2-label = Secondary API key
step-client-title = 2. Volvo ID client
step-client-where =
    On the same application page, publish the application for Volvo ID
    sign-in. Volvo then gives you a <b>client id</b> and <b>client secret</b>. Ask for
    these scopes, and register the redirect URIs below for the ways back you want.
copy-scopes = Copy
    .aria-label = Copy the scopes
client-id-label = Client id
client-secret-label = Client secret
paste-redirect-label = Your own https page (optional, for “paste the address”)
save-client = Save client
redirects-title = Redirect URIs to register
step-connect-title = 3. Sign in with Volvo ID
via-question = How should Volvo ID send you back to Beacon?
via-deep-link = <b>Straight back to Beacon</b> — the browser hands the answer to the app.
via-loopback = <b>Through a local page</b> — Beacon listens on this computer only.
via-paste = <b>Paste the address</b> — Volvo ID sends you to your own https page; copy the address from the browser and paste it below.
via-hint =
    Volvo is known to accept https addresses; if it refuses the other two, use
    your own https page and paste the address.
authorize-hint = If the browser did not open, copy this address into it:
copy-sign-in-address = Copy
    .aria-label = Copy the sign-in address
callback-label = Paste the address the browser ended on
finish-sign-in = Finish sign-in
token-summary = Paste a test access token
token-hint =
    For trying Beacon with a short-lived token from the developer portal. It
    cannot be renewed: when it expires, sign in again. Needs the API key from step 1.
token-label = Test access token
sign-in-with-token = Sign in with token
ask-title = Before honking
ask-hint = A horn is loud. Beacon can ask first, in this window, and in the tray and the shortcut by a second click or press. Flashing never asks.
ask-label = Ask before honking
language-title = Language
language-label = Show { -app-name } in
autostart-title = Start with your computer
autostart-hint = Beacon starts in the tray when you log in, with no window, ready for a honk from the tray menu or the shortcut.
autostart-label = Start { -app-name } in the tray when I log in
shortcut-title = Keyboard shortcut
shortcut-hint = Honk and flash one car from anywhere, even when this window is closed.
shortcut-label = Use a keyboard shortcut
shortcut-keys-label = Keys
shortcut-car-label = Car
save-shortcut = Save shortcut
cancel = Cancel

## Commands and outcomes (ui/format.js)

command-label =
    { $command ->
        [FLASH] Flash
        [HONK] Honk
       *[HONK_AND_FLASH] Honk & flash
    }
# The command inside a sentence.
command-noun =
    { $command ->
        [FLASH] flash
        [HONK] honk
       *[HONK_AND_FLASH] honk & flash
    }
# A tile while its command runs.
outcome-doing =
    { $command ->
        [FLASH] Flashing…
        [HONK] Honking…
       *[HONK_AND_FLASH] Honking and flashing…
    }
# A command Beacon does not know by name ($label is Volvo's).
outcome-sending = Sending { $label }…
outcome-waiting = Waiting for the car
outcome-done-at =
    { $command ->
        [FLASH] Flashed at { $time }
        [HONK] Honked at { $time }
       *[HONK_AND_FLASH] Honked and flashed at { $time }
    }
outcome-did-it = The car did it.
outcome-sent-at = { $label } sent at { $time }
outcome-not-confirmed = The car did not confirm it.
outcome-failed-at = { $label } failed at { $time }
# $status is Volvo's invokeStatus, as Volvo sent it.
outcome-answered = The car answered { $status }.
outcome-no-status = The car answered with no status.
outcome-meta = { $label } · { $time }
announce-sending =
    { $command ->
        [FLASH] { $car }: sending flash to the car.
        [HONK] { $car }: sending honk to the car.
       *[HONK_AND_FLASH] { $car }: sending honk & flash to the car.
    }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
elapsed-seconds = { $seconds } s
# $seconds is two digits: 05.
elapsed-minutes = { $minutes } min { $seconds } s

## Errors: a title per kind (the kind is the error's stable name); the message from Rust says more.

error-title =
    { $kind ->
        [quota_exceeded] Daily limit reached
        [rate_limited] Too many commands
        [signed_out] Please sign in again
        [token_rejected] Please sign in again
        [not_signed_in] Please sign in again
        [test_token_expired] Please sign in again
        [network] No connection
        [timeout] No answer
        [command_not_supported] Not available on this car
        [invalid_api_key] API key not accepted
        [forbidden] Not allowed
        [not_found] Car not found on this account
        [conflict] The car is busy
        [bad_request] Request not accepted
        [server_error] Volvo service problem
        [decode] Unreadable answer from Volvo
        [invalid_vin] Not a valid VIN
        [sign_in_cancelled] Sign-in cancelled
        [sign_in_timed_out] Sign-in not finished
        [invalid_state] Sign-in not recognised
        [invalid_callback] Not a sign-in address
        [sign_in_failed] Sign-in failed
        [keychain_unavailable] No keychain
        [keychain] Keychain problem
        [config] Setup problem
        [invalid_input] Please check what you entered
        [already_in_flight] Already sending
        [not_configured] Setup needed
        [demo_unavailable] Demo not available
        [storage] Could not save
        [internal] Beacon problem
        [not_connected] Not connected
       *[other] Something went wrong
    }
# Only when an error arrives without a message of its own.
error-fallback =
    { $kind ->
        [network] Beacon could not reach Volvo. Check the internet connection and try again.
        [timeout] Volvo did not answer in time.
        [already_in_flight] That command is already on its way to the car.
        [signed_out] Your Volvo sign-in has ended. Please sign in again.
       *[other] Beacon could not finish that. Please try again.
    }
outcome-idle = The car's answer will show here.

## Tiles (ui/tiles.js)

rename-hint = Enter saves · Esc cancels · empty clears
rename = Rename
rename-car = Rename { $car }
nickname-for = Nickname for { $model }
nickname-too-long = A nickname can be at most { $max } characters.
# $fuel is Volvo's fuel type, with - for its /.
fuel =
    { $fuel ->
        [ELECTRIC] Electric
        [PETROL-ELECTRIC] Plug-in hybrid
        [DIESEL-ELECTRIC] Plug-in hybrid
        [PETROL] Petrol
       *[DIESEL] Diesel
    }
vin-ending-in = VIN ending in { $digits }
vin-masked = VIN { $vin }
availability-not-checked = Not checked yet
availability-checked = Checked { $time }
# A car shown from the last start, before Volvo has confirmed it.
availability-stale = Last known
availability-stale-detail = Shown as Beacon last saw this car; Volvo has not confirmed it yet
availability-last-seen = Last seen as “{ $state }” { $time }
commands-for = Commands for { $car }

## History (ui/history.js)

history-failed = History could not be loaded. { $error }
history-result-pill =
    { $result ->
        [ok] Done
        [warn] Unconfirmed
        [bad] Failed
       *[error] Error
    }

## Ask before honking (ui/ask.js)

saving = Saving…
ask-on = Beacon will ask before it honks.
ask-off = Beacon honks at once.
ask-question =
    { $command ->
        [HONK] { $car }: honk now?
       *[HONK_AND_FLASH] { $car }: honk and flash now?
    }

## The page's state and the cars (ui/app.js, ui/cars.js)

your-car = Your car
state-failed = Beacon could not read its state. { $error }
live-updates-failed = Live updates are not available. { $error }
cars-checking = Checking your cars…
cars-refresh-failed = Could not refresh. { $error }
mode-chip =
    { $mode ->
        [demo] Demo
        [account] Signed in
       *[signed_out] Signed out
    }
signed-out-reason = Your Volvo sign-in has ended. Please sign in again.
cars-none = No cars are connected to this Volvo ID account yet.
cars-count =
    { $count ->
        [one] { $count } car
       *[other] { $count } cars
    }
cars-count-checked =
    { $count ->
        [one] { $count } car · availability checked { $time }
       *[other] { $count } cars · availability checked { $time }
    }
cars-sign-in-again = Sign in again to see your cars.
cars-failed = Your cars could not be loaded. { $error }
availability-failed = Availability not updated. { $error }

## Account & setup (ui/setup.js)

signed-out-showing-demo = Signed out. Showing demo cars.
showing-demo = Showing demo cars.
account-signed-in = You are signed in with Volvo ID. Your own cars are shown.
account-signed-out = You are signed out. Sign in again to see your cars.
account-demo = You are looking at demo cars. Nothing reaches a real car.
# $keychain is the keychain's own name, e.g. Secret Service.
account-keychain = Keys and secrets are kept in: { $keychain }.
setup-failed = The setup could not be read. { $error }
api-key-stored = An API key is stored. Enter another one to replace it.
api-key2-stored = A secondary API key is stored.
client-stored = A client id and secret are stored.
# $role is primary or secondary; $calls and $quota are counts written out already.
api-calls-today =
    { $role ->
        [primary] { $calls } of { $quota } calls today with the primary key
       *[secondary] { $calls } of { $quota } calls today with the secondary key
    }
# When the quota resets; $left is a duration such as "3 h 5 min".
api-calls-reset = 00:00 UTC (in { $left })
api-calls-spent-took-over = The primary key's daily quota is spent: the secondary key has taken over until it resets at { $when }.
api-calls-spent =
    { $role ->
        [primary] The primary key's daily quota is spent: Volvo refuses calls with it until it resets at { $when }.
       *[secondary] The secondary key's daily quota is spent: Volvo refuses calls with it until it resets at { $when }.
    }
api-calls-almost-spent =
    { $role ->
        [primary] { $calls } of { $quota } calls today: the primary key's daily quota is almost spent; it resets at { $when }.
       *[secondary] { $calls } of { $quota } calls today: the secondary key's daily quota is almost spent; it resets at { $when }.
    }
redirect-via =
    { $via ->
        [deep_link] Straight back to Beacon
        [loopback] Through a local page
       *[paste] Your own https page
    }
copy = Copy
copy-redirect = Copy the redirect URI for “{ $via }”
redirect-no-port = Shown once Beacon has a local port.
redirect-no-page = Enter it in step 2 if you host one.
copied = Copied
selected = Selected
api-key-empty = Enter the API key first.
api-key-spaces = An API key has no spaces. Copy only the key itself.
api-key-checking = Checking the key with Volvo…
api-key-accepted = Volvo accepted the key. It is stored in the keychain.
client-id-empty = Enter the client id.
client-id-spaces = A client id has no spaces. Copy only the id itself.
client-secret-empty = Enter the client secret.
client-secret-spaces = A client secret has no spaces. Copy only the secret itself.
paste-redirect-not-address = That is not a web address. It should start with https://
paste-redirect-not-https = Use an https:// address of a page you control.
looks-right = Looks right.
check-fields-above = Check the fields above.
client-saved = Saved. The secret is in the keychain.
connect-opening = Opening Volvo ID in your browser…
connect-in-browser-paste = Sign in to Volvo ID in your browser. When it lands on your page, copy the whole address and paste it below.
connect-in-browser = Sign in to Volvo ID in your browser and allow access. Beacon continues by itself; if it does not, paste the address the browser ended on below.
callback-empty = Paste the address from the browser first.
callback-not-address = That is not a whole address. Copy everything in the browser's address bar.
callback-finishing = Finishing the sign-in…
token-empty = Paste the access token first.
token-spaces = An access token has no spaces. Copy only the token itself.
signing-in = Signing in…
signed-in-loading = Signed in. Loading your cars…
signed-in-announce = Signed in with Volvo ID. Loading your cars.
one-moment = One moment…
autostart-on = Beacon will start in the tray when you log in.
autostart-off = Beacon will not start by itself.
shortcut-first-car = The first car
shortcut-keys-invalid = Write keys joined by +, for example { $example }.
shortcut-on = Shortcut on.
shortcut-off = Shortcut off.
# A language in its own name: the same in every catalog.
language-name =
    { $code ->
        [en] English
        [sv] Svenska
       *[de] Deutsch
    }
language-system = System language ({ $name })
# A call the app could not even read: a bug, still in plain words.
error-internal-detail = Beacon could not do that ({ $detail }).
