# The tray menu, its notifications and the global shortcut: beacon_app::tray_menu,
# last_answer and shortcut_press, the same in the window's program and the tray program.
# $command is always one of: flash, honk, honk-and-flash.

-app-name = Volvo Beacon

tray-no-cars = No cars yet
tray-show = Show { -app-name }
tray-quit = Quit
tray-signed-out = Signed out: open { -app-name } to sign in again
tray-no-commands = No honk or flash for this car

# A command's menu entry.
tray-command =
    { $command ->
        [flash] Flash the lights
        [honk] Honk
       *[honk-and-flash] Honk and flash
    }
# The entry while its command runs.
tray-running =
    { $command ->
        [flash] Flashing…
        [honk] Honking…
       *[honk-and-flash] Honking and flashing…
    }
# The entry after a first click, with "ask before honking" on.
tray-click-again =
    { $command ->
        [flash] Click again to flash
        [honk] Click again to honk
       *[honk-and-flash] Click again to honk and flash
    }

# A car's last answer, one line in its submenu ($time: 11:02).
last-answer-done =
    Last: { $command ->
        [flash] flashed
        [honk] honked
       *[honk-and-flash] honked and flashed
    } at { $time }, the car did it
# $message: the first sentence of what went wrong, without its full stop.
last-answer-not-done =
    Last: { $command ->
        [flash] flash
        [honk] honk
       *[honk-and-flash] honk and flash
    } at { $time }: { $message }

# A finished command's notification title ($car: the car's name).
notification-command =
    { $car }: { $command ->
        [flash] flash the lights
        [honk] honk the horn
       *[honk-and-flash] honk and flash
    }
notification-unknown-car = Your car
notification-signed-out = { -app-name } is signed out
notification-sign-in-again = Open { -app-name } to sign in again.

# Quit while a renewed sign-in is being saved ($seconds: the most it waits).
quit-waits-title = Quitting in a moment
quit-waits-for-renewal = { -app-name } quits as soon as your renewed sign-in is saved, in { $seconds } seconds at most, so you stay signed in.

shortcut-nothing-to-do = None of your cars can honk and flash, so the shortcut has nothing to do.
# $keys: the shortcut as the settings show it (Ctrl+Alt+H).
shortcut-press-again =
    Press { $keys } again within { $seconds ->
        [one] a second
       *[other] { $seconds } seconds
    } to honk and flash the { $car }.
shortcut-press-again-unknown-car =
    Press { $keys } again within { $seconds ->
        [one] a second
       *[other] { $seconds } seconds
    } to honk and flash your car.

# The tray program, opening the window: $why is renewing, command, sign-in or other.
window-opening-title = Opening { -app-name }
window-opening-later =
    In a moment: { $why ->
        [renewing] the sign-in is being renewed and saved.
        [command] a command is waiting for the car's answer.
        [sign-in] a sign-in is waiting for the browser.
       *[other] something is under way.
    }
window-failed-title = { -app-name } could not open its window
# $error is the system's own words.
window-failed = { $error }. Reinstalling { -app-name } should fix this.
