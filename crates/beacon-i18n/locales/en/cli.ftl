# The `beacon` command line (crates/beacon-cli): its answers on stdout, its progress lines and
# errors on stderr, and the `message` of its --json errors when --lang is given.
# Command names (`beacon login`), flags, environment variables, file paths and Volvo's status
# names (VEHICLE_IN_SLEEP) stay as they are in every language.
# $command is always one of: flash, honk, honk-and-flash.
# $secret is always one of: refresh-token, client-secret, api-key, secondary-api-key.
# $keychain: the keychain's name ("Secret Service", "macOS Keychain", "Windows Credential Manager").

## Errors and warnings

# The line a failed command ends with, on stderr.
error-line = error: { $message }
error-no-api-key = No VCC API key: pass --api-key or set VCC_API_KEY, or store it with `beacon setup` (your application's key from the Volvo developer portal).
error-no-client-id = No Volvo ID client id: pass --client-id or set BEACON_CLIENT_ID, or store it with `beacon setup` (from your application in the Volvo developer portal).
error-no-client-secret = No Volvo ID client secret: pass --client-secret or set BEACON_CLIENT_SECRET, or store it with `beacon setup` (from your application in the Volvo developer portal).
error-not-signed-in = Not signed in: run `beacon login`, or pass --access-token or set BEACON_ACCESS_TOKEN (e.g. a test access token from the Volvo developer portal).
error-nothing-to-set-up = Nothing to set up. Give what to store by flag or environment: --client-id (BEACON_CLIENT_ID), --client-secret (BEACON_CLIENT_SECRET), --api-key (VCC_API_KEY), --secondary-api-key (VCC_SECONDARY_API_KEY), --api-url, --auth-url, --token-url, --redirect, --port, --paste-redirect-uri.
# $problem: keychain-none or keychain-unusable. $after: what the refused subcommand did not do.
error-no-keychain =
    { $problem }. Beacon never writes secrets to a plain file, so { $after ->
        [login] it cannot keep you signed in: nothing was stored. Pass --access-token (a test access token) instead.
        [logout] nothing can have been stored there either; nothing was removed.
       *[setup] nothing was stored. Settings given by flag or environment still work, for the commands they are given to.
    }
# $detail: the system's own words.
keychain-none = No keychain is available ({ $detail })
keychain-unusable = The keychain cannot be used ({ $detail })
# $flag: a secret flag such as --api-key.
# $from: where the value was to come from, the terminal or (`--flag -`) standard input.
error-secret-unreadable =
    { $from ->
        [terminal] { $flag }: could not read the value ({ $detail })
       *[stdin] { $flag } -: could not read standard input ({ $detail })
    }
error-secret-empty = { $flag }: no value was given
error-simulator = The simulator failed: { $detail }
error-simulator-signals = The simulator failed: cannot listen for Ctrl-C: { $detail }
error-output = Could not write the output: { $detail }
error-no-runtime = Beacon failed: could not start the async runtime: { $detail }
error-keychain-call-stopped = Beacon failed: a keychain call stopped unexpectedly ({ $detail })
error-paste-stopped = Beacon failed: reading the pasted address stopped ({ $detail })
error-paste-unreadable = Beacon failed: could not read the pasted address: { $detail }
# $env: the flag's environment variable.
warning-secret-on-command-line = warning: the value of { $flag } on the command line can be seen by other users of this computer while beacon runs. Pass `{ $flag } -` to read it from standard input, give { $flag } without a value to be asked for it, or set { $env }.
# The prompt for a secret flag given without a value; the typing is not echoed.
prompt-secret =
    { $flag ->
        [client-secret] Client secret
        [api-key] VCC API key
        [secondary-api-key] Secondary VCC API key
       *[access-token] Access token
    }:

## Words used in several answers

secret-label =
    { $secret ->
        [refresh-token] Volvo ID refresh token
        [client-secret] client secret
        [api-key] VCC API key
       *[secondary-api-key] secondary VCC API key
    }
# $duration: "4 min 59 s".
expires-in = expires in { $duration }
expired = has expired
# A settings file that was not valid settings, moved out of the way ($problem: what was wrong).
cli-settings-set-aside = beacon: Your settings file could not be read ({ $problem }). It was kept as { $path } and Beacon starts from defaults.

## beacon flash | honk | honk-flash

# $summary: what the answer means, in a sentence.
command-done =
    { $command ->
        [flash] Flashed the lights of
        [honk] Honked the horn of
       *[honk-and-flash] Honked and flashed
    } { $vin }: { $summary }
command-asked =
    Asked { $vin } to { $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }: { $summary }
# $message: Volvo's own words, as Volvo sent them.
command-volvo-said = Volvo said: { $message }
# What Volvo support asks for: the raw status and the operation id.
command-status = (status { $status }, operation { $operation })

## beacon vehicles

vehicles-none = No cars on this account.
vehicles-model-unknown = Volvo (model unknown)
vehicles-no-commands = no honk/flash on this car
# The labels of a car's lines; the commands line lists the subcommands to type.
vehicles-label =
    { $field ->
        [vin] VIN
       *[commands] Beacon
    }

## beacon login

# $duration: "5 min". $address: where the browser comes back to.
login-waiting = Waiting up to { $duration } for Volvo ID to send your browser back to { $address }
login-paste-here = After signing in, your browser ends on an address starting with { $address }. Copy all of it, paste it here and press Enter:
login-open-above = Open the address above in a browser to sign in with Volvo ID.
# Why the sign-in was cancelled: stdin ended before an address came.
login-nothing-pasted = no address was pasted
# Followed by the address on a line of its own.
login-browser-opening = Your browser is opening Volvo ID. If it does not, open:
login-no-browser = No browser could be opened ({ $reason }). Open this address to sign in with Volvo ID:
# $program: xdg-open, open or rundll32.
browser-failed =
    { $how ->
        [not-started] could not run { $program }: { $detail }
       *[failed] { $program } failed ({ $detail })
    }
login-signed-in = Signed in. The sign-in is kept in the { $keychain } until `beacon logout`.
# $expiry: expires-in or expired.
login-signed-in-expiry = Signed in. The sign-in is kept in the { $keychain } until `beacon logout`; the current access token { $expiry }.

## beacon logout

logout-nothing-stored = Signed out. Nothing was stored in the { $keychain }.
# $secrets: secret-label of each, joined by commas.
logout-removed = Signed out. Removed from the { $keychain }: { $secrets }.
logout-not-revoked = Volvo ID was not told to end the sign-in: { $problem }. It ends by itself after 7 days unused.
logout-revoked = Volvo ID ended the sign-in too.
logout-kept-settings = Kept the settings in { $file } (client id, addresses; nothing secret). Delete that file to forget them too.

## beacon setup

setting-label =
    { $setting ->
        [clientId] client id
        [apiUrl] API address
        [authUrl] Volvo ID authorization address
        [tokenUrl] Volvo ID token address
        [revokeUrl] Volvo ID revocation address
        [pasteRedirectUri] redirect URI for pasting
        [redirectMode] way back from the browser
       *[loopbackPort] loopback port
    }
# $what: secret-label or setting-label.
setup-stored-in-keychain = Stored the { $what } in the { $keychain }.
# An API key: Volvo was asked, and knew it.
setup-stored-key = Stored the { $what } (Volvo accepted it) in the { $keychain }.
setup-stored-in-file = Stored the { $what } in { $file }.
setup-next = Next: `beacon login` to sign in with Volvo ID.

## beacon status

# The labels of the lines after the first.
status-label =
    { $field ->
        [access-token] Access token
        [renewed] Renewed
        [client-id] Client id
        [api] API
        [settings-file] Settings file
        [api-calls] API calls
       *[warning] Warning
    }
status-signed-in = Signed in with Volvo ID (the refresh token is in the { $keychain }).
# $why: why Volvo ID ends a sign-in left unused.
status-not-signed-in-idle = Not signed in: Volvo ID ended the last sign-in because { $why }. Run `beacon login`.
status-not-signed-in = Not signed in. Run `beacon login`.
status-token-fetched = fetched just now, { $expiry }
status-token-none = none in memory (a new one is fetched when a command needs it; `--check` fetches one now)
status-renewed-idle = Volvo ID has most likely ended this sign-in: { $why }. `--check` tells for sure.
# $at: an RFC 3339 time. $days: how often the app renews it.
status-renewed = { $at } (every { $days } days while the app runs)
status-client-id-unset = not set (`beacon setup --client-id ...`)

## beacon sim

sim-header = # Volvo simulator on { $url } (Ctrl-C to stop)
sim-footer = # BEACON_ACCESS_TOKEN is valid for 12 h; all of these work only against this simulator.
sim-running = Volvo simulator on { $url } (Ctrl-C to stop). The access token is valid for 12 h.
