# What a command's outcome and an error say: volvo_api::classify and volvo_api::Error, and
# beacon_app's outcomes and errors. Volvo's own words ($message, $detail, $reason, $error,
# $description) are passed on as Volvo sent them. $wait is a duration as "6 h 40 min".

## A command's outcome, from Volvo's invokeStatus.

outcome-done = The car did it.
outcome-delivered = The car received the command but did not confirm it.
outcome-waiting = Volvo had no confirmation from the car yet; the command may still happen.
outcome-waiting-advice = Wait a minute and check the car before sending the command again.
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
duration-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
sign-in-answer-not-ours = This sign-in answer does not belong to a sign-in started here (or was already used).
sign-in-answer-without-state = The sign-in answer has no state, so Beacon cannot tell that it belongs to a sign-in started here.
sign-in-answer-without-state-start-again = The sign-in answer has no state, so Beacon cannot tell that it belongs to a sign-in started here. Please start the sign-in again.
sign-in-answer-foreign-state = The sign-in answer carries a state Beacon could not have made, so it does not belong to a sign-in started here. Please start the sign-in again.

## Setting up, signing in and out, and the app's own files (beacon_app).
## $detail: what the system or a part of Beacon said; $problem: a whole sentence of it.

sign-in-not-started = No sign-in was started in this window of Beacon; choose “Connect my Volvo” first.
# Here $problem: why it could not be read; $path: where the file is now.
settings-set-aside = Your settings file could not be read ({ $problem }). It was kept as { $path } and Beacon starts from defaults.

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
