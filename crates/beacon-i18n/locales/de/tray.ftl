# Das Menü im Infobereich, seine Benachrichtigungen und die Tastenkombination.
# $command ist immer eines von: flash, honk, honk-and-flash.

-app-name = Volvo Beacon

tray-no-cars = Noch keine Fahrzeuge
tray-show = { -app-name } anzeigen
tray-quit = Beenden
tray-signed-out = Abgemeldet: Öffnen Sie { -app-name }, um sich erneut anzumelden
tray-no-commands = Dieses Fahrzeug kann von hier aus nicht hupen oder blinken

tray-command =
    { $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }
tray-running =
    { $command ->
        [flash] Blinkt…
        [honk] Hupt…
       *[honk-and-flash] Hupt und blinkt…
    }
tray-click-again =
    { $command ->
        [flash] Zum Blinken erneut klicken
        [honk] Zum Hupen erneut klicken
       *[honk-and-flash] Zum Hupen und Blinken erneut klicken
    }

last-answer-done =
    Zuletzt um { $time } Uhr: Das Fahrzeug hat { $command ->
        [flash] geblinkt
        [honk] gehupt
       *[honk-and-flash] gehupt und geblinkt
    }
last-answer-not-done =
    Zuletzt um { $time } Uhr ({ $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }): { $message }

notification-command =
    { $car }: { $command ->
        [flash] Blinken
        [honk] Hupen
       *[honk-and-flash] Hupen und Blinken
    }
notification-unknown-car = Ihr Fahrzeug
notification-signed-out = Sie sind bei { -app-name } abgemeldet
notification-sign-in-again = Öffnen Sie { -app-name }, um sich erneut anzumelden.

quit-waits-title = Wird gleich beendet
quit-waits-for-renewal = { -app-name } wird beendet, sobald Ihre erneuerte Anmeldung gespeichert ist, spätestens in { $seconds } Sekunden, damit Sie angemeldet bleiben.

shortcut-nothing-to-do = Keines Ihrer Fahrzeuge kann hupen und blinken, daher hat die Tastenkombination nichts zu tun.
shortcut-press-again =
    Drücken Sie { $keys } innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } erneut, dann hupt und blinkt das Fahrzeug „{ $car }“.
shortcut-press-again-unknown-car =
    Drücken Sie { $keys } innerhalb { $seconds ->
        [one] einer Sekunde
       *[other] von { $seconds } Sekunden
    } erneut, dann hupt und blinkt Ihr Fahrzeug.

window-opening-title = { -app-name } wird geöffnet
window-opening-later =
    Gleich: { $why ->
        [renewing] Die Anmeldung wird erneuert und gespeichert.
        [command] Ein Befehl wartet auf die Antwort des Fahrzeugs.
        [sign-in] Eine Anmeldung wartet auf den Browser.
       *[other] Gerade läuft noch etwas.
    }
window-failed-title = { -app-name } konnte sein Fenster nicht öffnen
window-failed = { $error }. Eine Neuinstallation von { -app-name } sollte das beheben.
