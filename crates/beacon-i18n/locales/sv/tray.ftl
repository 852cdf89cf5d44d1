# Menyn i systemfältet, dess notiser och kortkommandot.
# $command är alltid en av: flash, honk, honk-and-flash.

-app-name = Volvo Beacon

tray-no-cars = Inga bilar än
tray-show = Visa { -app-name }
tray-quit = Avsluta
tray-signed-out = Utloggad: öppna { -app-name } för att logga in igen
tray-no-commands = Bilen kan inte tuta eller blinka härifrån

tray-command =
    { $command ->
        [flash] Blinka
        [honk] Tuta
       *[honk-and-flash] Tuta och blinka
    }
tray-running =
    { $command ->
        [flash] Blinkar…
        [honk] Tutar…
       *[honk-and-flash] Tutar och blinkar…
    }
tray-click-again =
    { $command ->
        [flash] Klicka igen för att blinka
        [honk] Klicka igen för att tuta
       *[honk-and-flash] Klicka igen för att tuta och blinka
    }

last-answer-done =
    Senast kl. { $time }: bilen { $command ->
        [flash] blinkade
        [honk] tutade
       *[honk-and-flash] tutade och blinkade
    }
last-answer-not-done =
    Senast kl. { $time } ({ $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }): { $message }

notification-command =
    { $car }: { $command ->
        [flash] blinka
        [honk] tuta
       *[honk-and-flash] tuta och blinka
    }
notification-unknown-car = Din bil
notification-signed-out = Du är utloggad från { -app-name }
notification-sign-in-again = Öppna { -app-name } för att logga in igen.

quit-waits-title = Avslutar om en stund
quit-waits-for-renewal = { -app-name } avslutas så snart din förnyade inloggning har sparats, om högst { $seconds } sekunder, så att du förblir inloggad.

shortcut-nothing-to-do = Ingen av dina bilar kan tuta och blinka, så kortkommandot har inget att göra.
shortcut-press-again =
    Tryck { $keys } igen inom { $seconds ->
        [one] en sekund
       *[other] { $seconds } sekunder
    } så tutar och blinkar { $car }.
shortcut-press-again-unknown-car =
    Tryck { $keys } igen inom { $seconds ->
        [one] en sekund
       *[other] { $seconds } sekunder
    } så tutar och blinkar din bil.

window-opening-title = Öppnar { -app-name }
window-opening-later =
    Om en stund: { $why ->
        [renewing] inloggningen förnyas och sparas.
        [command] ett kommando väntar på bilens svar.
        [sign-in] en inloggning väntar på webbläsaren.
       *[other] något pågår.
    }
window-failed-title = { -app-name } kunde inte öppna sitt fönster
window-failed = { $error }. Installera om { -app-name } så bör det fungera igen.
