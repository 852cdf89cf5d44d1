// Recorded from the real app by src-tauri/tests/ipc_payloads.rs: do not edit by hand.
// BEACON_RECORD_IPC=1 cargo test -p volvo-beacon --test ipc_payloads records it again.
// Secrets in `args` are stand-ins; no answer holds one.
export default {
  "calls": {
    "app_state": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "demo",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": false,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {}
    },
    "begin_sign_in": {
      "answer": {
        "authorizeUrl": "http://127.0.0.1:37373/as/authorization.oauth2?response_type=code&client_id=beacon-demo-client&state=7aLOR5EhhWgn9mZBYECuCg&code_challenge=Pc0Fu7AORRc9aa7AqC6FthP5plAWZxgMsDXT-BbqQcQ&code_challenge_method=S256&redirect_uri=volvo-beacon%3A%2F%2Fauth%2Fcallback&scope=openid+conve%3Avehicle_relation+conve%3Acommands+conve%3Acommand_accessibility+conve%3Ahonk_flash",
        "redirectUri": "volvo-beacon://auth/callback"
      },
      "args": {
        "via": "deep_link"
      }
    },
    "check_api_key": {
      "answer": {
        "message": "Volvo accepted the API key.",
        "ok": true
      },
      "args": {
        "apiKey": "0123456789abcdef0123456789abcdef"
      }
    },
    "complete_sign_in": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "account",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": true,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {
        "callbackUrl": "volvo-beacon://auth/callback?code=a-code&state=a-state"
      }
    },
    "history": {
      "answer": [
        {
          "advice": null,
          "command": "HONK_AND_FLASH",
          "displayName": "XC40 Recharge",
          "finishedAt": 1796321171625,
          "message": "The car did it.",
          "outcome": "succeeded",
          "runId": 1796321165841002,
          "startedAt": 1796321170422,
          "state": "done",
          "status": "COMPLETED",
          "vin": "YV1XZK8V2P1234567"
        },
        {
          "advice": "It wakes when it is used or unlocked with the key; try again after that.",
          "command": "FLASH",
          "displayName": "XC90",
          "finishedAt": 1796321170420,
          "message": "The car is in power-saving mode and did not take the command. Volvo said: “Vehicle is in sleep mode”",
          "outcome": "failed",
          "runId": 1796321165841001,
          "startedAt": 1796321167916,
          "state": "done",
          "status": "VEHICLE_IN_SLEEP",
          "vin": "YV4A22PL5N1234568"
        },
        {
          "advice": null,
          "command": "HONK",
          "displayName": "XC40 Recharge",
          "finishedAt": 1796321167914,
          "message": "The car did it.",
          "outcome": "succeeded",
          "runId": 1796321165841000,
          "startedAt": 1796321166712,
          "state": "done",
          "status": "COMPLETED",
          "vin": "YV1XZK8V2P1234567"
        }
      ],
      "args": {}
    },
    "list_vehicles": {
      "answer": [
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321165873,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Sage Green",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC40 Recharge",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234567",
          "missingNote": null,
          "model": "XC40 Recharge",
          "modelYear": 2023,
          "nickname": null,
          "stale": false,
          "vin": "YV1XZK8V2P1234567"
        },
        {
          "availability": {
            "available": false,
            "checkedAt": 1796321165873,
            "detail": "Asleep to save power: it wakes when used or unlocked with the key",
            "text": "Asleep"
          },
          "colour": "Denim Blue",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC90",
          "fuelType": "PETROL/ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234568",
          "missingNote": null,
          "model": "XC90",
          "modelYear": 2022,
          "nickname": null,
          "stale": false,
          "vin": "YV4A22PL5N1234568"
        },
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321165872,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Cloud Blue",
          "commands": [],
          "displayName": "EX30",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234569",
          "missingNote": "Volvo does not offer honk or flash for this car, so there are no buttons for them.",
          "model": "EX30",
          "modelYear": 2024,
          "nickname": null,
          "stale": false,
          "vin": "YV1EX30A0R1234569"
        }
      ],
      "args": {
        "refresh": true
      }
    },
    "page_words": {
      "answer": {
        "lang": "en",
        "locale": "en",
        "messages": {
          "account-demo": {
            "value": [
              "You are looking at demo cars. Nothing reaches a real car."
            ]
          },
          "account-keychain": {
            "value": [
              "Keys and secrets are kept in: ",
              {
                "var": "keychain"
              },
              "."
            ]
          },
          "account-signed-in": {
            "value": [
              "You are signed in with Volvo ID. Your own cars are shown."
            ]
          },
          "account-signed-out": {
            "value": [
              "You are signed out. Sign in again to see your cars."
            ]
          },
          "account-state-title": {
            "value": [
              "Your account"
            ]
          },
          "account-title": {
            "value": [
              "Account & setup"
            ]
          },
          "announce-sending": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "FLASH": [
                    {
                      "var": "car"
                    },
                    ": sending flash to the car."
                  ],
                  "HONK": [
                    {
                      "var": "car"
                    },
                    ": sending honk to the car."
                  ],
                  "HONK_AND_FLASH": [
                    {
                      "var": "car"
                    },
                    ": sending honk & flash to the car."
                  ]
                }
              }
            ]
          },
          "api-calls": {
            "attrs": {
              "aria-label": [
                "Volvo API calls today"
              ]
            }
          },
          "api-calls-almost-spent": {
            "value": [
              {
                "default": "secondary",
                "select": "role",
                "variants": {
                  "primary": [
                    {
                      "var": "calls"
                    },
                    " of ",
                    {
                      "var": "quota"
                    },
                    " calls today: the primary key's daily quota is almost spent; it resets at ",
                    {
                      "var": "when"
                    },
                    "."
                  ],
                  "secondary": [
                    {
                      "var": "calls"
                    },
                    " of ",
                    {
                      "var": "quota"
                    },
                    " calls today: the secondary key's daily quota is almost spent; it resets at ",
                    {
                      "var": "when"
                    },
                    "."
                  ]
                }
              }
            ]
          },
          "api-calls-reset": {
            "value": [
              "00:00 UTC (in ",
              {
                "var": "left"
              },
              ")"
            ]
          },
          "api-calls-spent": {
            "value": [
              {
                "default": "secondary",
                "select": "role",
                "variants": {
                  "primary": [
                    "The primary key's daily quota is spent: Volvo refuses calls with it until it resets at ",
                    {
                      "var": "when"
                    },
                    "."
                  ],
                  "secondary": [
                    "The secondary key's daily quota is spent: Volvo refuses calls with it until it resets at ",
                    {
                      "var": "when"
                    },
                    "."
                  ]
                }
              }
            ]
          },
          "api-calls-spent-took-over": {
            "value": [
              "The primary key's daily quota is spent: the secondary key has taken over until it resets at ",
              {
                "var": "when"
              },
              "."
            ]
          },
          "api-calls-today": {
            "value": [
              {
                "default": "secondary",
                "select": "role",
                "variants": {
                  "primary": [
                    {
                      "var": "calls"
                    },
                    " of ",
                    {
                      "var": "quota"
                    },
                    " calls today with the primary key"
                  ],
                  "secondary": [
                    {
                      "var": "calls"
                    },
                    " of ",
                    {
                      "var": "quota"
                    },
                    " calls today with the secondary key"
                  ]
                }
              }
            ]
          },
          "api-key-accepted": {
            "value": [
              "Volvo accepted the key. It is stored in the keychain."
            ]
          },
          "api-key-checking": {
            "value": [
              "Checking the key with Volvo…"
            ]
          },
          "api-key-empty": {
            "value": [
              "Enter the API key first."
            ]
          },
          "api-key-label": {
            "value": [
              "API key"
            ]
          },
          "api-key-spaces": {
            "value": [
              "An API key has no spaces. Copy only the key itself."
            ]
          },
          "api-key-stored": {
            "value": [
              "An API key is stored. Enter another one to replace it."
            ]
          },
          "api-key2-hint": {
            "value": [
              "Used only when the primary key's daily quota is spent."
            ]
          },
          "api-key2-label": {
            "value": [
              "Secondary API key"
            ]
          },
          "api-key2-stored": {
            "value": [
              "A secondary API key is stored."
            ]
          },
          "api-key2-summary": {
            "value": [
              "Secondary API key (optional)"
            ]
          },
          "ask-hint": {
            "value": [
              "A horn is loud. Beacon can ask first, in this window, and in the tray and the shortcut by a second click or press. Flashing never asks."
            ]
          },
          "ask-label": {
            "value": [
              "Ask before honking"
            ]
          },
          "ask-off": {
            "value": [
              "Beacon honks at once."
            ]
          },
          "ask-on": {
            "value": [
              "Beacon will ask before it honks."
            ]
          },
          "ask-question": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "HONK": [
                    {
                      "var": "car"
                    },
                    ": honk now?"
                  ],
                  "HONK_AND_FLASH": [
                    {
                      "var": "car"
                    },
                    ": honk and flash now?"
                  ]
                }
              }
            ]
          },
          "ask-title": {
            "value": [
              "Before honking"
            ]
          },
          "authorize-hint": {
            "value": [
              "If the browser did not open, copy this address into it:"
            ]
          },
          "autostart-hint": {
            "value": [
              "Beacon starts in the tray when you log in, with no window, ready for a honk from the tray menu or the shortcut."
            ]
          },
          "autostart-label": {
            "value": [
              "Start Volvo Beacon in the tray when I log in"
            ]
          },
          "autostart-off": {
            "value": [
              "Beacon will not start by itself."
            ]
          },
          "autostart-on": {
            "value": [
              "Beacon will start in the tray when you log in."
            ]
          },
          "autostart-title": {
            "value": [
              "Start with your computer"
            ]
          },
          "availability-checked": {
            "value": [
              "Checked ",
              {
                "var": "time"
              }
            ]
          },
          "availability-failed": {
            "value": [
              "Availability not updated. ",
              {
                "var": "error"
              }
            ]
          },
          "availability-last-seen": {
            "value": [
              "Last seen as “",
              {
                "var": "state"
              },
              "” ",
              {
                "var": "time"
              }
            ]
          },
          "availability-not-checked": {
            "value": [
              "Not checked yet"
            ]
          },
          "availability-stale": {
            "value": [
              "Last known"
            ]
          },
          "availability-stale-detail": {
            "value": [
              "Shown as Beacon last saw this car; Volvo has not confirmed it yet"
            ]
          },
          "callback-empty": {
            "value": [
              "Paste the address from the browser first."
            ]
          },
          "callback-finishing": {
            "value": [
              "Finishing the sign-in…"
            ]
          },
          "callback-label": {
            "value": [
              "Paste the address the browser ended on"
            ]
          },
          "callback-not-address": {
            "value": [
              "That is not a whole address. Copy everything in the browser's address bar."
            ]
          },
          "cancel": {
            "value": [
              "Cancel"
            ]
          },
          "cars-checking": {
            "value": [
              "Checking your cars…"
            ]
          },
          "cars-count": {
            "value": [
              {
                "default": "other",
                "select": "count",
                "variants": {
                  "one": [
                    {
                      "var": "count"
                    },
                    " car"
                  ],
                  "other": [
                    {
                      "var": "count"
                    },
                    " cars"
                  ]
                }
              }
            ]
          },
          "cars-count-checked": {
            "value": [
              {
                "default": "other",
                "select": "count",
                "variants": {
                  "one": [
                    {
                      "var": "count"
                    },
                    " car · availability checked ",
                    {
                      "var": "time"
                    }
                  ],
                  "other": [
                    {
                      "var": "count"
                    },
                    " cars · availability checked ",
                    {
                      "var": "time"
                    }
                  ]
                }
              }
            ]
          },
          "cars-failed": {
            "value": [
              "Your cars could not be loaded. ",
              {
                "var": "error"
              }
            ]
          },
          "cars-heading": {
            "value": [
              "Your cars"
            ]
          },
          "cars-none": {
            "value": [
              "No cars are connected to this Volvo ID account yet."
            ]
          },
          "cars-refresh-failed": {
            "value": [
              "Could not refresh. ",
              {
                "var": "error"
              }
            ]
          },
          "cars-sign-in-again": {
            "value": [
              "Sign in again to see your cars."
            ]
          },
          "check": {
            "value": [
              "Check"
            ]
          },
          "check-fields-above": {
            "value": [
              "Check the fields above."
            ]
          },
          "client-id-empty": {
            "value": [
              "Enter the client id."
            ]
          },
          "client-id-label": {
            "value": [
              "Client id"
            ]
          },
          "client-id-spaces": {
            "value": [
              "A client id has no spaces. Copy only the id itself."
            ]
          },
          "client-saved": {
            "value": [
              "Saved. The secret is in the keychain."
            ]
          },
          "client-secret-empty": {
            "value": [
              "Enter the client secret."
            ]
          },
          "client-secret-label": {
            "value": [
              "Client secret"
            ]
          },
          "client-secret-spaces": {
            "value": [
              "A client secret has no spaces. Copy only the secret itself."
            ]
          },
          "client-stored": {
            "value": [
              "A client id and secret are stored."
            ]
          },
          "close": {
            "attrs": {
              "aria-label": [
                "Close"
              ]
            }
          },
          "command-label": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "FLASH": [
                    "Flash"
                  ],
                  "HONK": [
                    "Honk"
                  ],
                  "HONK_AND_FLASH": [
                    "Honk & flash"
                  ]
                }
              }
            ]
          },
          "command-noun": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "FLASH": [
                    "flash"
                  ],
                  "HONK": [
                    "honk"
                  ],
                  "HONK_AND_FLASH": [
                    "honk & flash"
                  ]
                }
              }
            ]
          },
          "commands-for": {
            "value": [
              "Commands for ",
              {
                "var": "car"
              }
            ]
          },
          "connect-in-browser": {
            "value": [
              "Sign in to Volvo ID in your browser and allow access. Beacon continues by itself; if it does not, paste the address the browser ended on below."
            ]
          },
          "connect-in-browser-paste": {
            "value": [
              "Sign in to Volvo ID in your browser. When it lands on your page, copy the whole address and paste it below."
            ]
          },
          "connect-my-volvo": {
            "value": [
              "Connect my Volvo"
            ]
          },
          "connect-opening": {
            "value": [
              "Opening Volvo ID in your browser…"
            ]
          },
          "copied": {
            "value": [
              "Copied"
            ]
          },
          "copy": {
            "value": [
              "Copy"
            ]
          },
          "copy-redirect": {
            "value": [
              "Copy the redirect URI for “",
              {
                "var": "via"
              },
              "”"
            ]
          },
          "copy-scopes": {
            "attrs": {
              "aria-label": [
                "Copy the scopes"
              ]
            },
            "value": [
              "Copy"
            ]
          },
          "copy-sign-in-address": {
            "attrs": {
              "aria-label": [
                "Copy the sign-in address"
              ]
            },
            "value": [
              "Copy"
            ]
          },
          "demo-banner-text": {
            "value": [
              "Nothing you press here reaches a real car. Connect your Volvo ID to use your own."
            ]
          },
          "demo-banner-title": {
            "value": [
              "Demo — simulated cars"
            ]
          },
          "duration-hours": {
            "value": [
              {
                "var": "hours"
              },
              " h"
            ]
          },
          "duration-hours-minutes": {
            "value": [
              {
                "var": "hours"
              },
              " h ",
              {
                "var": "minutes"
              },
              " min"
            ]
          },
          "duration-minutes": {
            "value": [
              {
                "var": "minutes"
              },
              " min"
            ]
          },
          "elapsed-minutes": {
            "value": [
              {
                "var": "minutes"
              },
              " min ",
              {
                "var": "seconds"
              },
              " s"
            ]
          },
          "elapsed-seconds": {
            "value": [
              {
                "var": "seconds"
              },
              " s"
            ]
          },
          "error-fallback": {
            "value": [
              {
                "default": "other",
                "select": "kind",
                "variants": {
                  "already_in_flight": [
                    "That command is already on its way to the car."
                  ],
                  "network": [
                    "Beacon could not reach Volvo. Check the internet connection and try again."
                  ],
                  "other": [
                    "Beacon could not finish that. Please try again."
                  ],
                  "signed_out": [
                    "Your Volvo sign-in has ended. Please sign in again."
                  ],
                  "timeout": [
                    "Volvo did not answer in time."
                  ]
                }
              }
            ]
          },
          "error-internal-detail": {
            "value": [
              "Beacon could not do that (",
              {
                "var": "detail"
              },
              ")."
            ]
          },
          "error-title": {
            "value": [
              {
                "default": "other",
                "select": "kind",
                "variants": {
                  "already_in_flight": [
                    "Already sending"
                  ],
                  "bad_request": [
                    "Request not accepted"
                  ],
                  "command_not_supported": [
                    "Not available on this car"
                  ],
                  "config": [
                    "Setup problem"
                  ],
                  "conflict": [
                    "The car is busy"
                  ],
                  "decode": [
                    "Unreadable answer from Volvo"
                  ],
                  "demo_unavailable": [
                    "Demo not available"
                  ],
                  "forbidden": [
                    "Not allowed"
                  ],
                  "internal": [
                    "Beacon problem"
                  ],
                  "invalid_api_key": [
                    "API key not accepted"
                  ],
                  "invalid_callback": [
                    "Not a sign-in address"
                  ],
                  "invalid_input": [
                    "Please check what you entered"
                  ],
                  "invalid_state": [
                    "Sign-in not recognised"
                  ],
                  "invalid_vin": [
                    "Not a valid VIN"
                  ],
                  "keychain": [
                    "Keychain problem"
                  ],
                  "keychain_unavailable": [
                    "No keychain"
                  ],
                  "network": [
                    "No connection"
                  ],
                  "not_configured": [
                    "Setup needed"
                  ],
                  "not_connected": [
                    "Not connected"
                  ],
                  "not_found": [
                    "Car not found on this account"
                  ],
                  "not_signed_in": [
                    "Please sign in again"
                  ],
                  "other": [
                    "Something went wrong"
                  ],
                  "quota_exceeded": [
                    "Daily limit reached"
                  ],
                  "rate_limited": [
                    "Too many commands"
                  ],
                  "server_error": [
                    "Volvo service problem"
                  ],
                  "sign_in_cancelled": [
                    "Sign-in cancelled"
                  ],
                  "sign_in_failed": [
                    "Sign-in failed"
                  ],
                  "sign_in_timed_out": [
                    "Sign-in not finished"
                  ],
                  "signed_out": [
                    "Please sign in again"
                  ],
                  "storage": [
                    "Could not save"
                  ],
                  "test_token_expired": [
                    "Please sign in again"
                  ],
                  "timeout": [
                    "No answer"
                  ],
                  "token_rejected": [
                    "Please sign in again"
                  ]
                }
              }
            ]
          },
          "finish-sign-in": {
            "value": [
              "Finish sign-in"
            ]
          },
          "fuel": {
            "value": [
              {
                "default": "DIESEL",
                "select": "fuel",
                "variants": {
                  "DIESEL": [
                    "Diesel"
                  ],
                  "DIESEL-ELECTRIC": [
                    "Plug-in hybrid"
                  ],
                  "ELECTRIC": [
                    "Electric"
                  ],
                  "PETROL": [
                    "Petrol"
                  ],
                  "PETROL-ELECTRIC": [
                    "Plug-in hybrid"
                  ]
                }
              }
            ]
          },
          "header-account": {
            "value": [
              "Account"
            ]
          },
          "header-refresh": {
            "value": [
              "Refresh"
            ]
          },
          "history-car": {
            "value": [
              "Car"
            ]
          },
          "history-command": {
            "value": [
              "Command"
            ]
          },
          "history-empty": {
            "value": [
              "No commands yet."
            ]
          },
          "history-failed": {
            "value": [
              "History could not be loaded. ",
              {
                "var": "error"
              }
            ]
          },
          "history-heading": {
            "value": [
              "History"
            ]
          },
          "history-result": {
            "value": [
              "Result"
            ]
          },
          "history-result-pill": {
            "value": [
              {
                "default": "error",
                "select": "result",
                "variants": {
                  "bad": [
                    "Failed"
                  ],
                  "error": [
                    "Error"
                  ],
                  "ok": [
                    "Done"
                  ],
                  "warn": [
                    "Unconfirmed"
                  ]
                }
              }
            ]
          },
          "history-sub": {
            "value": [
              "The last ",
              {
                "var": "count"
              },
              " commands, from this window, the tray and the shortcut."
            ]
          },
          "history-time": {
            "value": [
              "Time"
            ]
          },
          "history-what-happened": {
            "value": [
              "What happened"
            ]
          },
          "language-label": {
            "value": [
              "Show Volvo Beacon in"
            ]
          },
          "language-name": {
            "value": [
              {
                "default": "de",
                "select": "code",
                "variants": {
                  "de": [
                    "Deutsch"
                  ],
                  "en": [
                    "English"
                  ],
                  "sv": [
                    "Svenska"
                  ]
                }
              }
            ]
          },
          "language-system": {
            "value": [
              "System language (",
              {
                "var": "name"
              },
              ")"
            ]
          },
          "language-title": {
            "value": [
              "Language"
            ]
          },
          "live-updates-failed": {
            "value": [
              "Live updates are not available. ",
              {
                "var": "error"
              }
            ]
          },
          "looks-right": {
            "value": [
              "Looks right."
            ]
          },
          "mode-chip": {
            "value": [
              {
                "default": "signed_out",
                "select": "mode",
                "variants": {
                  "account": [
                    "Signed in"
                  ],
                  "demo": [
                    "Demo"
                  ],
                  "signed_out": [
                    "Signed out"
                  ]
                }
              }
            ]
          },
          "nickname-for": {
            "value": [
              "Nickname for ",
              {
                "var": "model"
              }
            ]
          },
          "nickname-too-long": {
            "value": [
              "A nickname can be at most ",
              {
                "var": "max"
              },
              " characters."
            ]
          },
          "one-moment": {
            "value": [
              "One moment…"
            ]
          },
          "outcome-answered": {
            "value": [
              "The car answered ",
              {
                "var": "status"
              },
              "."
            ]
          },
          "outcome-did-it": {
            "value": [
              "The car did it."
            ]
          },
          "outcome-doing": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "FLASH": [
                    "Flashing…"
                  ],
                  "HONK": [
                    "Honking…"
                  ],
                  "HONK_AND_FLASH": [
                    "Honking and flashing…"
                  ]
                }
              }
            ]
          },
          "outcome-done-at": {
            "value": [
              {
                "default": "HONK_AND_FLASH",
                "select": "command",
                "variants": {
                  "FLASH": [
                    "Flashed at ",
                    {
                      "var": "time"
                    }
                  ],
                  "HONK": [
                    "Honked at ",
                    {
                      "var": "time"
                    }
                  ],
                  "HONK_AND_FLASH": [
                    "Honked and flashed at ",
                    {
                      "var": "time"
                    }
                  ]
                }
              }
            ]
          },
          "outcome-failed-at": {
            "value": [
              {
                "var": "label"
              },
              " failed at ",
              {
                "var": "time"
              }
            ]
          },
          "outcome-idle": {
            "value": [
              "The car's answer will show here."
            ]
          },
          "outcome-meta": {
            "value": [
              {
                "var": "label"
              },
              " · ",
              {
                "var": "time"
              }
            ]
          },
          "outcome-no-status": {
            "value": [
              "The car answered with no status."
            ]
          },
          "outcome-not-confirmed": {
            "value": [
              "The car did not confirm it."
            ]
          },
          "outcome-sending": {
            "value": [
              "Sending ",
              {
                "var": "label"
              },
              "…"
            ]
          },
          "outcome-sent-at": {
            "value": [
              {
                "var": "label"
              },
              " sent at ",
              {
                "var": "time"
              }
            ]
          },
          "outcome-waiting": {
            "value": [
              "Waiting for the car"
            ]
          },
          "paste-redirect-label": {
            "value": [
              "Your own https page (optional, for “paste the address”)"
            ]
          },
          "paste-redirect-not-address": {
            "value": [
              "That is not a web address. It should start with https://"
            ]
          },
          "paste-redirect-not-https": {
            "value": [
              "Use an https:// address of a page you control."
            ]
          },
          "redirect-no-page": {
            "value": [
              "Enter it in step 2 if you host one."
            ]
          },
          "redirect-no-port": {
            "value": [
              "Shown once Beacon has a local port."
            ]
          },
          "redirect-via": {
            "value": [
              {
                "default": "paste",
                "select": "via",
                "variants": {
                  "deep_link": [
                    "Straight back to Beacon"
                  ],
                  "loopback": [
                    "Through a local page"
                  ],
                  "paste": [
                    "Your own https page"
                  ]
                }
              }
            ]
          },
          "redirects-title": {
            "value": [
              "Redirect URIs to register"
            ]
          },
          "rename": {
            "value": [
              "Rename"
            ]
          },
          "rename-car": {
            "value": [
              "Rename ",
              {
                "var": "car"
              }
            ]
          },
          "rename-hint": {
            "value": [
              "Enter saves · Esc cancels · empty clears"
            ]
          },
          "save-client": {
            "value": [
              "Save client"
            ]
          },
          "save-shortcut": {
            "value": [
              "Save shortcut"
            ]
          },
          "saving": {
            "value": [
              "Saving…"
            ]
          },
          "selected": {
            "value": [
              "Selected"
            ]
          },
          "setup-failed": {
            "value": [
              "The setup could not be read. ",
              {
                "var": "error"
              }
            ]
          },
          "setup-intro": {
            "value": [
              "You need an application in the Volvo Cars developer portal\n(developer.volvocars.com). Beacon keeps the key and secret in your system keychain and\nnever shows them again."
            ]
          },
          "setup-title": {
            "value": [
              "Connect your own Volvo"
            ]
          },
          "shortcut-car-label": {
            "value": [
              "Car"
            ]
          },
          "shortcut-first-car": {
            "value": [
              "The first car"
            ]
          },
          "shortcut-hint": {
            "value": [
              "Honk and flash one car from anywhere, even when this window is closed."
            ]
          },
          "shortcut-keys-invalid": {
            "value": [
              "Write keys joined by +, for example ",
              {
                "var": "example"
              },
              "."
            ]
          },
          "shortcut-keys-label": {
            "value": [
              "Keys"
            ]
          },
          "shortcut-label": {
            "value": [
              "Use a keyboard shortcut"
            ]
          },
          "shortcut-off": {
            "value": [
              "Shortcut off."
            ]
          },
          "shortcut-on": {
            "value": [
              "Shortcut on."
            ]
          },
          "shortcut-title": {
            "value": [
              "Keyboard shortcut"
            ]
          },
          "showing-demo": {
            "value": [
              "Showing demo cars."
            ]
          },
          "sign-in-again": {
            "value": [
              "Sign in again"
            ]
          },
          "sign-in-with-token": {
            "value": [
              "Sign in with token"
            ]
          },
          "sign-out": {
            "value": [
              "Sign out"
            ]
          },
          "signed-in-announce": {
            "value": [
              "Signed in with Volvo ID. Loading your cars."
            ]
          },
          "signed-in-loading": {
            "value": [
              "Signed in. Loading your cars…"
            ]
          },
          "signed-out-reason": {
            "value": [
              "Your Volvo sign-in has ended. Please sign in again."
            ]
          },
          "signed-out-showing-demo": {
            "value": [
              "Signed out. Showing demo cars."
            ]
          },
          "signed-out-title": {
            "value": [
              "You are signed out"
            ]
          },
          "signing-in": {
            "value": [
              "Signing in…"
            ]
          },
          "skip-to-cars": {
            "value": [
              "Skip to your cars"
            ]
          },
          "state-failed": {
            "value": [
              "Beacon could not read its state. ",
              {
                "var": "error"
              }
            ]
          },
          "step-client-title": {
            "value": [
              "2. Volvo ID client"
            ]
          },
          "step-client-where": {
            "value": [
              "On the same application page, publish the application for Volvo ID\nsign-in. Volvo then gives you a <b>client id</b> and <b>client secret</b>. Ask for\nthese scopes, and register the redirect URIs below for the ways back you want."
            ]
          },
          "step-connect-title": {
            "value": [
              "3. Sign in with Volvo ID"
            ]
          },
          "step-key-title": {
            "value": [
              "1. VCC API key"
            ]
          },
          "step-key-where": {
            "value": [
              "Developer portal → <b>Account</b> → <b>Applications</b> → your\napplication. Copy the <b>VCC API key – Primary</b>."
            ]
          },
          "token-empty": {
            "value": [
              "Paste the access token first."
            ]
          },
          "token-hint": {
            "value": [
              "For trying Beacon with a short-lived token from the developer portal. It\ncannot be renewed: when it expires, sign in again. Needs the API key from step 1."
            ]
          },
          "token-label": {
            "value": [
              "Test access token"
            ]
          },
          "token-spaces": {
            "value": [
              "An access token has no spaces. Copy only the token itself."
            ]
          },
          "token-summary": {
            "value": [
              "Paste a test access token"
            ]
          },
          "try-again": {
            "value": [
              "Try again"
            ]
          },
          "use-demo-cars": {
            "value": [
              "Use demo cars"
            ]
          },
          "via-deep-link": {
            "value": [
              "<b>Straight back to Beacon</b> — the browser hands the answer to the app."
            ]
          },
          "via-hint": {
            "value": [
              "Volvo is known to accept https addresses; if it refuses the other two, use\nyour own https page and paste the address."
            ]
          },
          "via-loopback": {
            "value": [
              "<b>Through a local page</b> — Beacon listens on this computer only."
            ]
          },
          "via-paste": {
            "value": [
              "<b>Paste the address</b> — Volvo ID sends you to your own https page; copy the address from the browser and paste it below."
            ]
          },
          "via-question": {
            "value": [
              "How should Volvo ID send you back to Beacon?"
            ]
          },
          "vin-ending-in": {
            "value": [
              "VIN ending in ",
              {
                "var": "digits"
              }
            ]
          },
          "vin-masked": {
            "value": [
              "VIN ",
              {
                "var": "vin"
              }
            ]
          },
          "your-car": {
            "value": [
              "Your car"
            ]
          }
        }
      },
      "args": {}
    },
    "refresh_availability": {
      "answer": [
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Sage Green",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC40 Recharge",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234567",
          "missingNote": null,
          "model": "XC40 Recharge",
          "modelYear": 2023,
          "nickname": null,
          "stale": false,
          "vin": "YV1XZK8V2P1234567"
        },
        {
          "availability": {
            "available": false,
            "checkedAt": 1796321166711,
            "detail": "Asleep to save power: it wakes when used or unlocked with the key",
            "text": "Asleep"
          },
          "colour": "Denim Blue",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC90",
          "fuelType": "PETROL/ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234568",
          "missingNote": null,
          "model": "XC90",
          "modelYear": 2022,
          "nickname": null,
          "stale": false,
          "vin": "YV4A22PL5N1234568"
        },
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Cloud Blue",
          "commands": [],
          "displayName": "EX30",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234569",
          "missingNote": "Volvo does not offer honk or flash for this car, so there are no buttons for them.",
          "model": "EX30",
          "modelYear": 2024,
          "nickname": null,
          "stale": false,
          "vin": "YV1EX30A0R1234569"
        }
      ],
      "args": {
        "force": true
      }
    },
    "save_client": {
      "answer": {
        "apiCalls": {
          "keys": [
            {
              "calls": 1,
              "inUse": true,
              "quotaSpent": false,
              "role": "primary"
            }
          ],
          "quota": 10000,
          "resetsAt": 1796342400000,
          "warnAt": 8000
        },
        "autostart": false,
        "clientId": "beacon-demo-client",
        "hasApiKey": true,
        "hasClientId": true,
        "hasClientSecret": true,
        "hasSecondaryApiKey": false,
        "redirectUris": {
          "deep_link": "volvo-beacon://auth/callback",
          "loopback": "http://127.0.0.1:53682/callback",
          "paste": "https://example.com/volvo-beacon/callback"
        },
        "shortcut": {
          "accelerator": "CommandOrControl+Alt+H",
          "enabled": false,
          "vin": null
        }
      },
      "args": {
        "clientId": "beacon-demo-client",
        "clientSecret": "a client secret",
        "pasteRedirectUri": "https://example.com/volvo-beacon/callback"
      }
    },
    "send_command": {
      "answer": {
        "advice": null,
        "command": "HONK",
        "finishedAt": 1796321167914,
        "message": "The car did it.",
        "outcome": "succeeded",
        "runId": 1796321165841000,
        "startedAt": 1796321166712,
        "state": "done",
        "status": "COMPLETED",
        "vin": "YV1XZK8V2P1234567"
      },
      "args": {
        "command": "HONK",
        "vin": "YV1XZK8V2P1234567"
      }
    },
    "set_ask_before_honking": {
      "answer": {
        "askBeforeHonking": true,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "account",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": true,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {
        "enabled": true
      }
    },
    "set_autostart": {
      "answer": {
        "apiCalls": {
          "keys": [
            {
              "calls": 12,
              "inUse": true,
              "quotaSpent": false,
              "role": "primary"
            }
          ],
          "quota": 10000,
          "resetsAt": 1796342400000,
          "warnAt": 8000
        },
        "autostart": true,
        "clientId": "beacon-demo-client",
        "hasApiKey": true,
        "hasClientId": true,
        "hasClientSecret": false,
        "hasSecondaryApiKey": false,
        "redirectUris": {
          "deep_link": "volvo-beacon://auth/callback",
          "loopback": "http://127.0.0.1:53682/callback",
          "paste": "https://example.com/volvo-beacon/callback"
        },
        "shortcut": {
          "accelerator": "CommandOrControl+Alt+H",
          "enabled": false,
          "vin": "YV4A22PL5N1234568"
        }
      },
      "args": {
        "enabled": true
      }
    },
    "set_language": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "demo",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": false,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {
        "language": "en"
      }
    },
    "set_nickname": {
      "answer": {
        "availability": {
          "available": true,
          "checkedAt": 1796321166711,
          "detail": "Ready for commands",
          "text": "Ready for commands"
        },
        "colour": "Sage Green",
        "commands": [
          "FLASH",
          "HONK",
          "HONK_AND_FLASH"
        ],
        "displayName": "Green one",
        "fuelType": "ELECTRIC",
        "inFlight": [],
        "lastOutcome": {
          "advice": null,
          "command": "HONK_AND_FLASH",
          "finishedAt": 1796321171625,
          "message": "The car did it.",
          "outcome": "succeeded",
          "runId": 1796321165841002,
          "startedAt": 1796321170422,
          "state": "done",
          "status": "COMPLETED",
          "vin": "YV1XZK8V2P1234567"
        },
        "maskedVin": "•••••••••••234567",
        "missingNote": null,
        "model": "XC40 Recharge",
        "modelYear": 2023,
        "nickname": "Green one",
        "stale": false,
        "vin": "YV1XZK8V2P1234567"
      },
      "args": {
        "nickname": "Green one",
        "vin": "YV1XZK8V2P1234567"
      }
    },
    "set_shortcut": {
      "answer": {
        "apiCalls": {
          "keys": [
            {
              "calls": 12,
              "inUse": true,
              "quotaSpent": false,
              "role": "primary"
            }
          ],
          "quota": 10000,
          "resetsAt": 1796342400000,
          "warnAt": 8000
        },
        "autostart": false,
        "clientId": "beacon-demo-client",
        "hasApiKey": true,
        "hasClientId": true,
        "hasClientSecret": false,
        "hasSecondaryApiKey": false,
        "redirectUris": {
          "deep_link": "volvo-beacon://auth/callback",
          "loopback": "http://127.0.0.1:53682/callback",
          "paste": "https://example.com/volvo-beacon/callback"
        },
        "shortcut": {
          "accelerator": "CommandOrControl+Alt+H",
          "enabled": false,
          "vin": "YV4A22PL5N1234568"
        }
      },
      "args": {
        "enabled": false,
        "vin": "YV4A22PL5N1234568"
      }
    },
    "setup_status": {
      "answer": {
        "apiCalls": {
          "keys": [
            {
              "calls": 0,
              "inUse": true,
              "quotaSpent": false,
              "role": "primary"
            }
          ],
          "quota": 10000,
          "resetsAt": 1796342400000,
          "warnAt": 8000
        },
        "autostart": false,
        "clientId": null,
        "hasApiKey": true,
        "hasClientId": false,
        "hasClientSecret": false,
        "hasSecondaryApiKey": false,
        "redirectUris": {
          "deep_link": "volvo-beacon://auth/callback",
          "loopback": "http://127.0.0.1:53682/callback",
          "paste": null
        },
        "shortcut": {
          "accelerator": "CommandOrControl+Alt+H",
          "enabled": false,
          "vin": null
        }
      },
      "args": {}
    },
    "sign_in_with_token": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "account",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": true,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {
        "accessToken": "a pasted test access token"
      }
    },
    "sign_out": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "demo",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": false,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {}
    },
    "use_demo": {
      "answer": {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "demo",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": false,
        "signedOutReason": null,
        "systemLanguage": "en"
      },
      "args": {}
    },
    "vehicle_image": {
      "answer": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAFoCAYAAADHMkpRAAC83ElEQVR42u29BaAkx3UufHpmLvNdZgYtiKUVoyXLjHJMcRxDnOTZ/hM7Ly/vJS/gxC9x4qCdxIkdx0ySZdmyyGJcsbS7Wma+S5dxqP861VTN1YM9d86327d7qqm6uvv0V4cqAQQCgUAgEAiEukKCmoBAIBAIBAKhvkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc5ABJBAIBAIBAKhzkAEkEAgEAgEAqHOQASQQCAQCAQCoc6QoiYgEAgEQhgWLVqksFkXaN+NdjY161MDm9qEcuM3ooNNSUdZl3BYXFYc24K+bYOwnbh/UJmITiiNkmNYr2POY90UmyYcZZP6ZCCvH8PAEJtUfXmUTVl9eUTfNqcvI9JsGndsq+rHkFp/9OjRcSAQPKBQExAIBML0ACNpSIiQhOEcCVCXvtwCGsHCda361KXPm/TlJn27Tn3eom+fgtKRKUL1UAiBFAmuuN4gtCLZRdKK5DVf6HpGVnPT/zbEB0QACQQCocpYuHBhN2gkrFOYnL+RwHULy2J5O9i1aQRCrQIJ4i3Hjh17lJqivCATMIFAIBQIRtxQu+ZH3Locy0HkjkAgaEBNc74OrrPqIAJIIBAIDAsWLEAT6Cw2zdfn84Q5ls1m0wywzKedqqomqeXKh2QyCY2NliugklCgqanJtV0Cy5ubKlKndDoDuazbUpnJ2MuzuRxk2LaEwpqZmqD8IAJIIBAIDIzMnQXNlFq3aGBkK5VKQUtLMyRTSWhoaOAELJlMMILVzIlWc0sTmzNi1sTKEwk2b9SJGZsrOkFjhujmZowPUSHVkOLHRDS36GXsN5ajNxkeu0EneXh8PJ51Uxz3yFngeSP9V4TtrXgs+WzgewTFZ/tMOgu5nEYQkShmMlm+Pp/LM1Kp8Z0sK8vqJDI9lYZ8XuX1npyY0vZDUpnRSOUUW6+y9ey5hclJbT3umzXWT+L+eb5+iq9X2Pqsdl6+/5S+f57tb53fOH418Zu//aFPb7jgvDfqdxMrNKavGmclaf1uDpnrVb4+zcpw/SBbHvrQuz8xUPULiTnIX4RAIBAY5s+fv4/NVtRKfZFMNTOtF2q+kHwhccI5ErTGRuu3sQ5JVgMjXbgfzjm54+sauKatqbnRJE+qtWCnTaqDRNl+q0aR7be5pHqU2XcAzz09WJsa8CusOBIUuZWK7+qAbRTFo1wxZ157Kor30RTF50iK4lEtxVUZG23VFw0CqhFInSBms3zi65FgqqpAMA0CaieYedt6tn8mZ67P6wTUOH4mox3/9g+9A2bM7PVs7cDbal+JZuSzrOgMKz/OVrIJjrDqHGLz/ez33o/c/qk+qGMQASQQCASGefPmPcNmV5X7PEjakIQhcdOWm6xlndCJ5E6b60ROJ3sGWVNN0uVB2ExyptpImaqv0ze3LwuES7UtW39dpNCvzFYH1wrh/H4tpYaXRCZ58jpAKSgye/trE8M0jl7EztpD8VylCCTSo9Sxzqvcg5iWiKwqjnPYy72Orvg3jxp+U5zHtdrGXEJt4Q72mL7O5lvY9Ap7l7b85vt/ZwLqAEQACQRC3eKHP/8m+vWtY9Oaf/zrf/uDo4ePr/TbFk2Vra2t0NQikDW23OIia9ZcW24UljU/NTdxc5I1Ya6vt2ZOEqc6iJ+djKlqgAbPRg71ncFJzAL0bcEMjlAReJMkJWx7/109DxZEVv2InVUchcQqoPieylGghrWKov/Xf/F6KHxunNtYNtYxZNnfrWy+mR3+GXaOJz/2wd89DtMQRAAJBEJdgJE9DNy4EjQt30VMsF/E6M8CgxQ988RzcPTQcWjvbIf2jjZz6uhoh9b2Fmhra3Vr1zy0cJbmzE3iZImbSNqsZTdZCzat2ssJhOojClkNoydOlwP/Yxh/DTJqEj5hOYHLSkIjhOKytg+6hzzOTvk4O90Tn/jQ/zhWW+0OBbUwgUAg1CQY4cNo3evZdCubbmJEagObEqrut4S+R8ZyXlg2J87IRPImEDbVbjINJm52c2ogcSPS5gL6iaE/mhMYjYtBDlGAwRL4SU8kMPAkegykEegiAgNgMFBGUehzWmq4Tf7+74vNzUG172P9dBBCxZhbpE8kggn8nUg4iCGnjEgIH2HHvYsd/+FP/vpnajJtDT2xBAJh2oCRPkzZ8g42vYsRsOvZ1GSQPSQLnOjlDcKXN53QncTPWEbYNHraTIfNM64myRvWdmpiCnKsbTJ6ehPuiI8TRpxOaSQLnfTx6tNTWf4bt8FttaCAHP/Iio78GK0qEjceKGCQOBXMqFVEWo9mNTDFzon3pJaBATcYIW0AI54xqhqBATcG+URyYaS5SSSt5RTb1oicxm0TSW1fg4AicTHS3miR0w3WsRtS+jlZHVJaHZoatUhtBPqcIrSI7UZ9PysSO27Pp70gGgF0+cb6dOBEU7FoElYSCZME4lz7rRPFhEkSd7ID/D4jgQ/GrgFDQASQQCDUNBjpw3DB97Hpw0zgX4laPoPs5fM5jfiZ5C9vpsawaf0c2r64AbVdSJTS6SyfI5lCwoapRTCFCJKvtPk7o63DlB5sjttq6T2yZmoQjODMMOKWy2Zr5TYTKgSetkcnnA2MWCZ0Isv9V3WShITT0HgaQUrtnW3Q0dkOs+b0wqy5M6C9vbXoupSXAApE0PPdt/wGE4ZGUNcGGoQQiXkqkWQEOqWysi8wEvjntXSviQASCISaAyN9+FXCPGGfZEL+LWxqNMheziR9dvJnED+R8JULSLrSUxoRQ0KGGi/8rZVpZG1yIs3Jm207po3TyJ5exo4jastqAfiBNKNGlYQ+t5ZBUWzmUm178xf/sDoO6GleVRLRhyZOCPtENR9zCJphe3HexlY0LXJeLLB+i8u2eqj2oKAa14J2dnXA0pULYcmyhbB63TJobWuJ3twe7W9bVwYCaJ9bx7NpBnUtYBLJH+bLTGGKpUb2O/X//dZHPvMvtXKPiAASCISaASN+OBLHJ9j0W+zDudwgehrpY/Oc9Ztr+wRfvyAg6cJcZVOTGhEztGoZnYxp6y3Nm6aNc5ZlzOPEA5oJy+bQzgmQws2BvEzfBnSCZjrG83UgbG8QuYTG7RyO9KD71RFKD/H55XNzOQ9jI4MwNT5mEWRFjKC1lpta200zsioQX1Ukn3nL5cEiq4IrRN6DtJrvVzBZxfotW7kINly0FjZcuJqbqqWu3d0Y9nUVIICuSH3VfL10EpiAtqFxWPT4S9BydjA/dsn6K2//9o9eiNdT5CchCAQCIeZgxG8pm32OCeOPsY9NGxK9XF7zNePkz5gbpl7VruHD3/1nB+HsmQE43XcOBtjy0OAIDPYPwfjYBCdu1YVB1hIWOdOXUSPGNZvMXGv5LQkfKo+glq4Zc6ClnYYYnu4YPHMSJkaHQrebOX8pM+c2l68i6FKB72AW/UjR5YB1iqYm+bITLa0tcNlV57PpglCtYFwJoD2CX4HLvvZTaDujDTwytmH1trdufu58qAEQASQQCLEFI36Yl+9PmRD+ACNBqVwuy4ken+MHxyB+enCH8TFAf7fjR/rg8IFjcOTQCeg7foaZVydLWDORsAlaNoO82SIHrUhCEMid4URuaNmCMM40PUPn5Act6Jo5D1rbu2r4zhNkMHD6OEyOj4RuN2vhckilGitev3wOfVbHuZYyMzUBIqXD0WquuuES2HTNRWYQixO1QAAVJneu++I3zXrl2lryQ9dvanrvj++KvYMtjQVMIBBiB13jh8Tv15lJN4VEL8tJX1afW9o+Q9qPjozDzm37YP+ew3Bw3xFzSCo/4Hi2iWRKn5J24qY7eYNNG6dFAIJhKq0kop4vhoEshNJD1o/R5VdZIeC71dzaySckg5NjI2wa4m4a6Gbx+K82w2sv7YBb3notrF1fM6Mw2qAyGZFub4HGUW3wkOTYREJJpzH11H1xrzsRQAKBEBvoyZr/DyN+n2UfieasblbK5rS0JEgAtWAO7cOHptvtW/bAtld2cU2f6vFBRPKWamiCVGMTJBsa2XIjJJMNBQURVAtR6WatBxAQJO9zPif3/MTgWUcy2NrZAy0dXYwEDnOtNtYf3TDu+M69sPGiNXDbO28wR8upJYzP7DYJIL/WyfQ1QASQQCAQwqFH9X6SMZe/zOXzswxNX1Ynf5rGL2eaY9CP7/mnX+XkL+Py31OgobEZGppboKGphZM/bwVaDWnJImoAtXYiLeB0hxzRN6Ko4/E8YF1a2rugqbUDxocHOBnEum17dRccO9IH7/nQm2DegtmxqKssxhgB7Dp00vydSKfX1EK9iQASCISqgpG/i9js35lmb5NJ+jDBcC7jIn4H9x2Fpx55gfv22aFAIyN8jS3tbN5qpRzRUesWUaUAAkhW4OkPGRMwav/i+CzgO9rWNYNHKI8OnOaa/oFzg/Dtr90Jb33PG3i0cK0ANYC2a5tML66FehMBJBAIVQEjfhgC+JeMrPwe0/glMwbx07V+IvE7wIjfo/c/AyePnbIdI5lqhOa2DmhixE9JJGH6ohANIGG6Q5UggHFPz4Ma+q5ZC2Bs8CxMTYxyjf7dP3oARkfGYNO1F8W67gacBBDGx+fUQr2JABIIhIqDkb+r2OybTMO3BjV9mUxGMPdmTQLTd+IMPPTLp+DQ/qPC3go37aIZSUttMf2TGSgUBEJw32QpE7CixN/XFevY3jMbkowMjg/38/f/oV8+ycngNTdfHvv6IwG0jSEyOt4T+0oDEUACgVBBMOKH+R6+wD5cf5jN5hKZLA5JZpE/Q6OBufkee3AzvPbidsHMpTBNXxsjft3sQyGmjagDshPZBJyvj3apY8hGAGsBILXxLGDuymQyBSODp3knBqOEcazpG954ZazrnW5vhWxzI6T08bBTo+MtUAMgAkggECoCRv4wz8MPmNbvciR8nPyh5o/7+mmEBT9T21/bA7+65wkYGx0390Xi19kzCxKpBnN4t3qCopAJmOC4x7IpYGpshJbGllboTMyBkf7TvCPz9KMv8Pf9ptuujnW9UQvYeew0X06NTSTveN+72m7/yc/G4lxnIoAEAqHsYOTvdkZK/ouZdzvSOEpARtP8ieZe1Prdc+fDsGfHAXM/9PHrnjkHmlvbuRIjr5u8VNUYIqu+29UXFAQy7ZGXTQGjxDMIJAipxhbo6EUSeIq/588+/hLkmCYQ8wXGFUgAO3QCyBs8m72ELT0Z2woDEUACgVBGMOKHMuZvWA/+c0zrp4jkT/yA7d15kJM/S+unQFtnD7R3z7DGDVV4Qgue1FZNqGx/pW7SnSiUBobgvMfT0AQsAvN2iiQQ0z5hLtDb3n4DKDF0+3VFAmeyFwIRQAKBUI9g5A+Tef2EmXyvR3MvZv7HOZp/Da0fmn7Rz2fzEy+bZegI3t41k38AcHi3vJLXhk0DPdwDx8cF3ayl4mgg9UB0yARMsEPaB7AGgkD8wEngjLkaCWQdxpc3b+WawLe8+yaIGwt0BYKkM+fFqoJe7Rv3ChIIhNoDz+2nqndnc9nFqPUzNH9o8jUwPj4Jd33/fj5smwYFmts6oaWjm2u8sNefE75xIgnkQ7Lx/GY4Fqcy7QkP+QAS3Pc4igawdoEj95iaQEYCMTAM84O+7b23VH5IxgA4CWBiKr08Tu3o2bZxryCBQKgtMPL3fvT3Y5q+1nRmytT8iRqLUyfPwo+/fQ8MDQzz35jDr717JjQ06sFz5hjuSAJVUwGWSOgUUFE0Iqh/3PjwcPlpTHoif+hUsgBPc8gOA8fHAa7xZyGVspNAHPoxl83DO37tVl0mVB9TXe2Qb0hBwhiDfGJyYRzb0tauca8ggUCoDTDih856X2Rk7A8Z4VOQ+CEBFE2+iF2v74Of//ghTgwRmAi2rXsWJJJJPQ5YgP4znzM+dgnQOKA2vJUZ4ciOn1PUaav5ij4WsOpuS8K0QpQ0MNPhWUimGqCzVzMH5/NZ2LF1D9cEvusDt0EyWX0tp8pe0vEZXdDWd04rGBufFdOmNFHbumECgRALMPKHHtD3MIH8v9LpKWVqahKm0pM8zYtBynD+xEPPwR3fvc8kfzh0G/bsE0n/UTxwvzz6AvJh4XSfP30yzMFIBLmJOI7e4aUAmYAJznss7QM4fd6JRCqlywtNd7V7+36483v38VyBccD4DCsQJDE63hGXdvNtz7hXkEAgxBuM/J3HFAzPZ7PZNyHpm0xPcPKHmj9DhTc1lWbE71548uHn9TIFWjt7+VigMuQGNRguEqgDP3CKTgAT3DQ8XUcGiXBdRACnPerFB9AJJwnct+sg/Phb93AZU21MzOwCI/4+OTrWFLe2c2I6D55JIBDKDEb+3sq0Tfczsjdf8/eb4sEeonmq/9wgfP/rP4MjB4/z34lEErpmzuWDwJuQ5iv6hopimoGN34qwBdeATTMOND4yKN1Q6FPZ2t41vRqAYMPkxChk2TsXBhwyMZmcXt5eGNnc2NwKGWZpQCI8ODAMB/YcgXXnr4RUQ/WuNTU+CTN2HtTqmMsrb3vHG795545dw3FtR/IBJBAIkcGIH/Kt/8OI3hcY+UtM6eTP6e93YO8R+On372cfq0n+u6GxCXpmL+AkkJNERtzMMUAktFa4ic33STD7Knp6GFXfMC95zJoBXqfk5VAewOmP6Z4HMAwoQzp6Z8PowGnIMblz6uQZuOsHD8AHPvaOqtVpwp0L8DI2OxrXNiQCSCAQIoGRvzY2++9cLne7lt9viqd5wbF8DcKFf59/8hV4+P5nzA9VS1sH9MyazwkbjuiBdI3Hc+B6VQVZyqJqLND8jVGAJgnk/oBIlBL8vKo6fUIheGoc6a0pBGS6Q9oEHOm5qbF3ArMH9Mzmw8blcxk4tP8obH15J5x/SXVS8E32dkIeO6W6fFLSmY1sdldc2498AAkEgjQY+VvKZs8wsnc7mny1YA9N82eQv0wmCz//8a/goXuf0smfwsfx7WWaPxtREyZFN+nKIs8DQ/KmT6Bo8sW0F2ZQyDTyf4ri20hBINMfah0kgpa6PkYCuS+x/n689NzW6t0TJm8mezqtzmw6vSZ2DSaANIAEAkEKjPzdyIjFT7LZ7Ezu75eZ4lG+4pBuw0OjcMd3fgknjp3iv5GA9TKtX7Po7wc6mVEcA9UjoQN58pJ3aQITJkkyzMGclHKN4zQgRAoFgRDE57/+ooD9kGxo5Amj0Sfy1ImzkJ5KQ2NTY1XqMj6zC5rPDWptP5VeEud2IwJIIBBCwcjfZ5jG4R8y2UyKj+yBwR7c38/6CB09fBLu/O69MDoyxn+jQO6dswAaGryD4URtIBI2/k9jgPIkkP8RSKCi+QRqYwYD9xFEcHOwpMYkrojyIVfVaeb/SHDfY4nn2dT+1cGzwKOCeVCMClOT1SOA6Aeo7j6s/RifmBfbBgMigAQCIQCM+CF7+zem5fsYavvMYA/B3w/x6gvb4f67H+OJWRFNLW3M5Dtf1/D5f3y0Ed3Yn3wCdIdAyBs+SzIfLTQFi9sleapoTVkmaBh5LkGlxoeMi6TJUfVkO4TpCikCOM1SwAQhx9NOaaS3pa2lavWYEIeEGx3vjVkz2UAEkEAgeIKRP+y93pXLZa8wtH5px3i+uVwefnXPk/DS5i1mWXtXL/f5k+cripbVxdAC6prAKAEctshgnQSaRxdGDMkZ/oI1iMhkDtuvDsx/9QqZ5xjJUD3ogXOsY5rLankAFy2dB6lU9TLcTQqRwMroeFv8WssCBYEQCAQXGPnbxD4wL2WzmSswyGNSD/YQyd/Y2AR8/xs/M8kffmx6Zs3j5A8hDNgROGn7KlrwhjkpuilXDngYHhTCA0PyNv8oRRgpRIsYrtGbEnk0kNo2eRMC7m1eS54U+sjEZJzccrfF+HC/+fuyqy6oan0mZ3SZVozU6Hjq+7/2robYNJYDpAEkEAg2MPL3UUb+vpbJZpo0rZ/u7ydo2fpOnIGffOeXMDSg5ThNJhugd858aGhsLvi8pjlYG+CNl+WNFDEyOQLBQxOo24KN9DCqqpmakSDWmiZQKWA4OIX8AKcl5FPAJKa1/x8+42NDZ1mnT+uYrly7FNasX17VS843pCDd2QaNQ6Oaf3I2dz4rfjmO7UcEkEAgcDDih/Lgy4xE/X84mocW6Zt2JXfevnUv3HPHQ5BJaz43jU0tmr8fH8+3WMmr8I+WwmzAiq4FNDMLSrkEqg4SmICEOViIZQpG47KqB5zUDmg8YIJ+bykFDPf5Q80f5v9DzJjVA2+//dZY1A39ABuQAAJPBn0xEAEkEAhxBSN/mEjrx7lc7mYkf1M8xQvm97NMvhhs8fiDm+GZx14Cg43hcGNdM2aXLNWEdhg9mbPhocLH/lWkUxt7k0B7omiVp4jJ11R6mMhtTARw2iKfr89xgPHdRn+/9OQ4ZKYmwJBDPb1dfASQ5pYmiMOoJ0gAO/Yf036kM+vi2JYIIoAEQp2Dkb+NTGb+PJvLLLNSvKTNiF7E5OQU3P3DB2HvroN6iQLt3TOgrUN3eC5hyKlBAg2TsKoHhkCUwBAnCRSHjFN0rWBCq3g+XyOjZkTmfzQayHTFtB0FRDWSu+dA1ef5fNZa5jLJfkXLVi2Gd7zvVmitYuSvE2IgCEylV8apiUUQASQQ6hiM/L2HEYVvMTNvOzf5ptOc/Ink6dyZAfjxt3/J5pqjNR9+qWsmNDa36NvpplW1lA7nCk/hl8/rZA35n5KXHzMYjCHjrLKEQAINDSMeT1GNoeji/alUCjIBEwWcjohmAo7JM4Cvrk7iNGKHJC9rEjtcFyVwqXdmD1x782Ww/sI1/M2Ik8J7cmaX2erK5NSi+NTMDiKABEIdghE//DL8OSNwf5LJZhQj2MPp77dv1yH42Q8f4BpARDLVAK2dM3jSVYsk4qHyuu9eaetpju0LJgtkZtsoo4XYoyU1EmgdO8mJq2ZSU/MxJ0uFmICJ/01LSGsA9ee74vVjZA599IwJgzS0QI3olUG50tbRCq2tzdDZ3QFz5s2EFWuWwKIl842zQdwwOcPKBaiOjc+OXQV1EAEkEOoMjPx1stl3mYn37ajtM/L7af5+ZsgFPPv4S/DYA8+aZKuhqQWa23s0s5LTxIqZ9xJ5Pi8lCbTMwdpxtUk7rzQJ5MTOMmcbJNDyN9S0JKoa70TRkTWAxP6mLeQ1gJVJA4NavCymicJOJJtUYXjIMLS0aMSus7udz7v0qbNLK+vobGcdTveIJqr5J37ItTRChpmkU2MTAGPjXfGsJRFAAqGuwMjfKiY0787msuusYA97cudMJgv33PEwbN+yWy9RoKm1g03tIDqiuUmgoo+8ppT0w6NpAQFMLSCbeHYYkNdwuUmgYkYZa8dOgGpoAuNKAhWKAiYY97b6UcCo2cumJyAzNWlG4noh1ZCCmbN6YMasXuiZ0QldPZ0WyWNTY6N/mrxafoLRD7CNEUBlZKwZYgoigARCnYCRvzcyUvBDZubtEYM9RBI3NDgCP/n2L6HvxGn+Gz8gzR090NBojOdrF8kGadJg+Ncl9F+l1T4YyaLxsCrTAiaQCEbwc9OqmdPrltCDQIw8gQmdCOpBIXEkT1Gbk3wApy3yku4KWkesdM8A+uph9G1matzMvec832xmol20dD4sXDwX5i6YDTNm9uhuHPUBo7U5ATx8EpITU4lv3/7OGb9xx93n4lZXIoAEQh2Akb//ycxGf53JZpJWsEfGpkk4fPA43Pm9+2B8dJz/Rj+/lo5ePvfnQxrJ0MiVJeQ5CSyDPyAkNGLJyV9eixRWpX0CVduHM4lHSRjHFgJDVE3DEjcSWEgQCCkBpyei+ACW4hnQUq+McTOvk1C2tbfCqrXLYMXaJbBsxSJoaW12Uc7qP4ZqgbuoHkdQXdupHvuKgSCQzV7G/j5Q9WZwgAgggTCNwYgf5kb4Rj6f+2A6kwEz2AN778KX4aXntsGDv3hCT7OAZptmpvnrljIhaYfJ84hdMexWjLotFUwtoFmtvEnqVKlE0fYcahoJVGzHVm2awBjdTDIBE4x7WxEfQJVr+9ITYy4Tb2trC5x3/ipYf+FqHowhDjlXlqfO8Syr9j82cmZt6qZsqmt74djOufuMIHrW2o+lWkRQ33+qt9M6TzqL49MRASQQCJUBI3+YfuBnuVz2EsPkm3b4+2Guvwd+/gS88vw2s6yxpZ37/GmQTb6MH4BKkUBNGyYGhqhmtK9EipgwEihoAvFa4kKkIrcimYCnLaL5AEZ/BjKTEzA1McqIZlY8GCxbuQgu2bQRVp23DJIpsXMYcI4SPoJ2bqc6Fu3kz+Jzqm1u7qCKJE51bCsewzn3Pqbok4zL6e4OgQCm10AMQQSQQJiGYOTvWiac7mCavjkZRvy0YI8Mj9YzMMpMvXd+9144euiEVsAEfHNbNzQ0FeKzrAqaQDtV4SQQlNKZhBXNGOoZGKIWMlqIykhgUkgUrUUGa0TREv5Vh0JRwATr+S3HM5NNT8LU+IjNvw+DOC645Dy4/JoLuT+f8ICV/zrdF25fJxJBg6QJ5U7CBqoq8D/VPYfSkcB0Rxuoho/KVHo5xBBEAAmEGsWX/+MvkKktYNNcYT6/oaHhhrP9py9jmr5ETohq1bOecIJz8tgZuOM7v4ThoRFtXSIJLR09kEw2FCXYDQGYB7uGAk2rpU0TDfzjxod4EwJDcEGVzH+ngj2KOalrK81jG8OFGEPGVZ1PUR5Agn5ro5iAJZ4BtApMjQ1BLps2yxoaG+DSK8+HTddexP38jHemshfq91PUtoFJDG3LIYTNk+iZBNFjHkYmxWX8yeRHprWZp4JRxyfmQwxBBJBAiCm+/LU/R0K3iU1L2DRfn7BsIZ+rao/Xfpl02vN4hrBCcnZg72FG/rTBypOpRh7pi+aiosW7LgC1VH3iMBw8Q2Bp08PwP4rO/6zAEFWV/FCZwSN2EgiKPZpZG8FArfrQagoNBUcw760EAVQ0zbgafCBm6h1hJt9xMBhVIplkZt4NcPWNl5rErxBn2OKePTWwWPS7M3+rYZpAHzLopw1Ui9AC6suZdi0XoDo2PhNiCCKABELM8Hdf+7Or2ewvmSC5AUoeS6vhiusu4t+Hpx59DZraOvXS0tEFzXyKS/bxeDWrbWkzRWvmYIusQSIfyXQr1pN/MsUh47TwYE1bCMZoIdWiVTQUHEG8t2GvRrD/Xy6Thkmm9ROTNqNv381vvgZ6Z3bpr1OE56dMj5orbMODBPoFYsgSN38iCB5awABtINjJYLalSSsfGWuHGIIIIIEQI/ztv//pHzAB8iUQ4lzLBfTp6Ts1BkcOnSrD0VXdz85BWspAAkXfPQzmUPKKmf9MTnGhp4fRt03q9VT0CBMt6FgbUgvNzFULCokeBQKE6QkZE7Cfth2fX/Tzy06Nm2WYnPmNb7+OD7FmbBOPCxVnXiRQ1LyBYAr2IXDGtr7m4BACaMwlgk44AWxu5PskR8Ybvv7edzR98s6fT8WjYTUQASQQYoIv/dv//TATHn9XyXNec8NG+NG3T+sJlUsP92ghoJErKLEiECxtnYG8NlyItBaDjxusK0OSYj0BzNQzmt9gdYaMU4DSwBDkNbteKZwwj9/U+LCp9cNtLr1qI1z3hk3Q0JiK7zPj9R57+d6Jy0EE0DTxloIIagd1kUK2kMM2xWWURVouwKfj1KxEAAmEGOBv/vVPupnQ+edKn7e7px3O27gEtm85VLZzOIMtEJrJtrRjhRgBHAlr0GDIKyAdFILgwSteJFBPFK3qmsB8NRJFKxQEQigsAAR9BpH4YZSvgRmze+HN77oB5i+ao28T54fFW5sv1tkrGteXuDm3kzYJ+/gG6sdzEcCGBss0PJW+AogAEggEJ5jA+Tib9Vbj3JdesQZ27zjKxwAuz8VpM08SqJSeBIqaO0YBuUlYBcnh3VRvEqgf3PQ15MeL65Bx1jNFqWCmIWSfOUX3XUXSl2YmXyNwBJ/hTdddBFfdcDGkUkn7MxLLx8WZ788qF5vCmwDKEEGfII9AAugTSSxUFMuyhgYQMZW+MG4tSwSQQIgBmHD+QLXO3dLSCBdcsgJeem53Ga/PJz1MQjGjFUsFpxaQawJ5JeTMwdxs7SCBijG+sZ56RtV/5/OV0wRGp8pE/qYjoiSBnhwd5MO4GZgzbybcxrR+c+bNMJ916aekoo+T6l3iSwDtmjf/XH8gTQD9tYLex7Bm1vlzDUmruuOTsUsGTQSQQKgyvvgvf7SECZeLq1mHCy5eAdu3HoKJ8fL5KKsaA3SQwASUnAMaI4XoAScojBXUPiryQ7txEqiKo4WAK1G0sR1UKt1KARZgwvSDjAk41djMR/HI5bRtk0zThxq/y6+5QE9yXsJnVq3MTp6jgAQFYTjLQky64Vo+uUhhq4poArY0gOro2CKIGYgAEghVBhMs74IypXuRRSqVgEs2rYanH91W3mvVHOjsekCdqClQ+nGDRbMtTxNtaOyKSBTNq2xoF1kZKgpVPeCkvCAfQEKwBjCRSEIK/c6E1C7o4/fGd1wHM2Z188chX+6eQbkCyhzH9x0JxC8ww4cAuhJAe5qDA/wHfQghIisQQBga6YGYgQgggVBlMELy7jjUY+36RbD1lf0wPDhW5usFHhXnSQJLnSiaqRcTnPkJ5mDTFCxpDsYd9JHsxLGNRQ0jcLOxWl61W1T+J3mNhNqCn8tBA9P64ag1BvlrYETw6psvgYs2refPbOmIn1qRXbx3dyR/1hrE7ntnbqbaAzMcJM6X4IlmYJloYeFYzuHg0ARs1DMxPNr41Xe9pf3TP7t3FGICIoAEQhXxhX/6n3OYwLgqDnVBXrNu4xLY/NSO8p9MzxRtJ4EKz7dXWhKoMTfFERgCeVVaQcaFfM7SqCSE0UIUY8g4NcG1gOUcfUMpQANI9G/6wWkCTiRTTIOfsmn9Fi2bD7e87Wqe3898huXPUMGLibqZI++fV/Jn8dkvxLQrGyQCYUQQNYAWAeQ9z3TmJrb0C4gJiAASCFUEExzvAD3YNA6YObuzMtetXbvmm2ciwUfx0Egg/i4REVS0YehsWkBFsX00wpD3JIHGsY0cgdp2cYkMpjyA0xPm2N5Kgpl7G21av8amRrj2lstg48WrwRwX2/cNrIWLFWf2aOWwkUCKSfkiZRaWGBIOfQBtlzI5dQMQASQQCAjd/y82GBudrPT1O9LDWCQQgzZKCUXXMPLzgh4YEkFL5kkCncfG45UtMriqbqKEmAB9ALm5FzXZqvU8Ll4+H97w1quhs6vdI+K9xjsDHhH8qof/nxQB9CKCYQTQmEsSQYsAJu21npisarCfE0QACYQq4c/+/nOY/PmmuNQnm83Bay/tr3j4qOYSmNeX+GC++v/SjoZnmYMVTSOoappAiKC141SVk0BdC5NQwPiX0JwEzeuRTdgb9SpkP+ZGhDKh9sGfqWyaj+SR52ldrPva2tYC17zhUli7cTl3SRB90JzPSi0/Da53NGj0j7DEzSFEsFQEMJuyCCA/5MjYyji1KRFAAqFKYALirWzWGIe6DJwbhace2Qb9Z4er0BD6uMGc8AmkSR99o6Q5AhWd/OlDuyE4WdPrIVNX0Zk+idb7hJ52Ro84NoNClNIPGadEOiaRv1qD9uxonYc8M+uqOUzlkmXkLwPO+9nU3AQXbVrHJxzGTXvsijf5qoXtVpHWcXHA0JFAfLSCUvn+ohJBd31EDSCfDwzPjlOLEgEkEKqEk0dP31rtOkxNZmDPrpNw7MjZ6iuLeFCIQAL5YoJztZKmiMHRRxS79k7JR0uKa0sPY5JAsEirqhHBkpuDheG9wlDOgJSyQnWa+vIh612swGN0CzGMQHWzHNvmavg5bDs42tljrF41tM7y2uJZc3ph/UWr4LzzV0CqIYz4RWp4KCXUsuzszP/nTQLlUrlIJID2MR07zcvgNxZwkskBlDd6YXJ4rOEf337b7N//xQOnIQYgAkggVAn33flEFb/PyFQa2NQYfYzZMsEYND0PAsnhLoEau1JKFxOi5QcEK5ADGaBpDpasq4sEKoqZhNr0D9Q1hlI3WoI4JJJJ/kExr8XVKIqpMMV65NKTgcdzntOtCXVqXdzkKZBsOX57+qaRmToQmMR57oJZsHjZPFi+ZhH0zOjyv5+xglraI8kMAwc+kbkh5C/UHBxEIsXn2osEMu1scipjBr7BVPrtbPEbcbhDRAAJhCrgv370ldTpvrOZJx/ZDMePnoShwREYGx13jZdbeiiQamyCVFMLjyLkiFHUqor8JcfMnDhqBzOB5THXnpl7TzX1gFpP3d5WTp87l9bFMPWa6/W0LcaUt37z9TKaItD5o14/O3dStXOIv8F5vGhtz+9YIogJ28lVemIkFvd2OgFTriSTln8qEjSczN/JhKmZM38L6xPsd4Ownvuk6s84rmtuboTmlibo7GmHXkb2emd1664QXvdY8t2KS+Opxe9oJ4P+5lfbXHz/zPdQtQePuPYJziMIkppAjARO6ASQY2IK/b6JABII9Yhv/PBfZjJi8JOemV03vuldN7IO4SSk01OQyWZgfGwCxkbYNDoBoyPjMD6Kv8dhz46DzFyb1o8gHwggQkmwD1dDI//QZB2aISmTV4iZzK758TLLOc9Hmp9aAyYXFskIEp2EQIZSDYwMJQUyxIhPykGWnGRIJEtIhJzkqLFR+M2e3YbGBtvvxqYGWx2bmhttzxamRhHpUwPbXtSc4vHNzhCuZ7+DrrFoFJJHuSKvSnzfR9VjQSSCKgRpACVJIISQQK/9w8zAeiRwg1j90fGL4tKuRAAJhAri6z/454sZ+ftpJptdmmYkTCN/acjmsnx9S2szn2bOsY8a1DOzE5781Yv6r8IENY4Nmp3KTt/GLTMaG+3EAYmIkhB/p2ypYTgZsv2W0BylBDLENUUCWUo4yZJGhrKZLI/gxufGRYYcvxubGz3WC2SoKRV4jSVBbHlGQMViZGo9fqSPzxcsnhunFqrQyd3DwNmIoKUOtFdYdf3wJYEuMiiQQM9WcJI/x2NjjAdslg8MLYaYgAgggVABfP0H/4Tv2ueZifcvMtl00xTT+CH5y2TSkBMy+Pthw0Wr4UxfP+zcegCqIYadWhRONEQtSpOTHKW08XLF3w4yZNMcpZyaI7vZDNclkQypxm9vMmSAa4YEzRE4NEWKfk0impobXNdcttR7JbyFJ472wfDQKKzZsKw8FSMfvXLduoIwNZWORT0q3+BqyHW7xgsB1bGPYPH1P4p0kL0qVXH0ARTPn+gfbv3yu9/S8Qd33Vt1/wwigARCGfGf3/8npBBvZb3Jv2ZEb30mk+HEDwkgkj9VMvovkVTg5rdeCRddsQ5OHDnNtIYZTqjQ3OVJhmxmtISZJoKvRzOaQYZUjcfZNUeMLDnIUFkQe02QWhNfWT7Oq5lHsbItRCBU5YmroQfQGA3EGhKOvatjE+9hS9+qdt2IABIIZcB/fv8fZ7HZ+1gP9FNqPr8RTbxI/tIZTfOXzWY9ggzCgRGAYhRg2UBan/Amikk90ESbz9O4vwRCHCGagI13VBmffDMQASQQahf/8f1/xPenR58wwecKNp3P3vJr8qp6CSN+STTvItljZl+u8UujyVcYSaKWQYQjHkCNr1r26HECgVAIRBOwieHRS+NQNyKAhLrGf3zvH9ERrUdi6mWUx1xmL3QPM+t2gDPCjOd907L4I9FDzV82m+ERvricpw81ocTACFbUABIIhPghrwdy2bSA5wYXxqFuRAAJ0wKMyDnImheJU22/VSRyqtpljyyzR355jiupv8bO7PEi+RMJIM75sE51eF8I5QfXAKrUsSAQ4gjDBCwiMTTa8Lcfe//iP/zmj45Us25EAAmxwX987x86QSNvPgTOPaEmjn39mDYuz+M1iyJxem47UZtn5XoSM8OLaQJEApjXRn1gWj40/eb1MT2J+BHKCQzyIQ0ggRBP5IUgENtbOjL+Tvb3X6pZNyKAhJKCkbhmsAicMZ8B/tq5XovEqUnjRSkZibON3xhC4jwIoLGNlS/KJ2GoeRyLOPYdPw1DAyOwZsOKenoECBUGRnWrRAAJhFjC6QNoEEFlaOQWIAJIiCN0bRwSN1EjJ85tk2qQOVVtMR5yCCVv4EnETCKlrbCROWtIHieZ8yOAjn0d5xDrYBtWyJH8U7X/kdLq8RE3spR4mVBe8ChgMgETpsOzbC4o1nLCWFb01KP6L8UxB2ssbmt/ax/79oo5Jrg19zpeyLmNv4p5RFf91VwzqI9tcX0zWsemqj4iCBHAaQ5G5DBniEjkxGmGsM7QxvWyJxWJHH82vLVxQVqwMDLnIGBRNHLgNUC3X1b30pC4YoDJi/M5+jATygvMB0kawOkDNwkSSYwmV3BNY0MDGMRGm8Dx22MKXJ9w/BZIkMdxQNiGEyK9vibBUux11y9JvEIxl7wL9jF/baW2odbEjFWu74FT6eA19xjGTfUbH1icq8EWKqO2alOD5xgi6cPHKz+UiwNEAGsEjMi1gUbUZoKb0M0AO5nTiZwaTuRCtHGF+MXJavN8X0rw1srZh/1xZ32PG3CkixwRQEKZoSWCnl4E0K5Z0ZZthMIkM+KyNRntEjpBQm47k/SAi0yBkyxBAAkSrse6f/7t4B4DlxGHMW2+cvmaoD2Cj1dYIRSypSqM+y2bXlT1KlEd61XVd9l/fF7RigSeZfbvXfgxXGRTXMafDSnb6O3GPD80kvzOv//tnI/8zh+egiqBCGCFwYgc+rkZRM2YzwI7qTPI3ExBI9fsfthlNHJyRM5N4Bx+bZ77Wfv7n198ccxa1wyJKwZJTgBzQCBEhSIuGaRB8TZbNTU1ca1QU2NTgKZGiUR0womQTnqcRAjAtuxpQnOSICV4xD0vEhSMypIgma1MEhQh97vfdnl96MhcPltIdb3JVWmatrS2FdGS42pP2wY+mjiQJ3UmIfTT8PlpBD2OJZ4PgWOC+1xibmj4cja7B6oEIoBF4Gvf/fsWJro0rZwCMxU7scNplvAbtXIz2YPTY3tRnA9qSKBCMCHzJ3ImAfQxy8po40STql0oV8akWmsgE3BxCCdBbrMXCCapSKTGMUHYfh7an1AS5ONPJFyiL4JI0PjYOBzdfwqWLl4ujKccNxJkyZ5SkCDvMYtBGqrkjmheF8eoLqh2quNegyZTpfyDHQfCn0Yu0dJ1Lu2qtdLK8ShtJPEMOV4Gb/OvhNlX28Fu7nV9I8GDGIKPjzlYihnVUVeBALq0gIqyHogAVh9f+eaXuphYRiI3Q0HSpiicxClI4hTFJHVMcHPNHC6zh6LVrtpW7b0WF4myUoYEEzoHCbQ9hA6NnjSR8/aNqxdtXDVgmoBVNdjOEwAvfyCL5Gi/3WYwo7xADU+g1icaEXKaxERn6Sj+QB6PKUhsHW1tmU1hXn6qhR9TfF+1FEQ41GDhhC3iW6+CVM1KAg8SVHq4SdCcubP0YReVaPvLNRNkM1k4fvQkTExMRmoqI+DHSiovQ78LXRlpowK3BqmXWxXeI/suXibfKP57YqYI8NcWemkJARwdGzvB5EglPa9MbWoEZe7MBVBFTFsC+A9f+yJrXVjKXt2l7AWezz4us1FbpxO4GexrM0sxtHMKN7E2+I/N6hRpfoEHAf5xXhGrXiZWn0hXzwfZk8i5alnzCHOKhgDio+1WiMkrwDfIqIsfEdLPiYL95KFzsGLZKkilGkrjFB3pxsaVBBXrDxSypsSmsFQqxaZk+OEjth1+wNPpTAGVtZMgnoA8r/IRZxLJwjoarpNUSBMUXQsU7fjSWzhWNjU3QmdPBzOz5uWOJGUatQOjt2fM7IEjh49HerkN4meYgqO3ROHXUcY7IPNIgt3say34+wEK/nkBRDDIB1AqIAT8NJDANYBcsKv273LmTVdCGvLLoYqYFgTwy//2l3gdl7CP7jVsjmPsXchuxkrW4CnV6+HxecLcD5jgw+Z8wPw0fK6Hz8+kG81HThcZbqdo0WQV4BTtcmAOiwKDKFoh8I0Oc5vq7PPp5g8kbtnY2Gg66KOwN9eXxCk6ZM009QcSC8qqCcIZu2cLF82HtvbWYioaWM8MI4DHDp+AqXRaqk09oegaQGZSTDUkI9ZOdmVhlVML2ri4O1u0rooVoXn25PE+rXOeV7UE73qSd3PUn7yQ9zOvjQJkLGujAhnLeY9tVX30FgU6OtsiVVF1aQDDrr1MqoBKvv/6oVRXJ8WHdPkFaPgROg9lja92METTKPr/Gdvm5/RCou+cZsJny1NvuBxyKxfC+MRYVZPE1iwBZKSPmWOVdzAq8Tb28ybW5J3Gk2BTvxq8wozKspMQb/MVuMLhxX39CRfIR4G5tFliZae7U3Sc/YGK3tkE49NcWKfZxz3swxz9XOUiQMKJYu0PFO340lsJKzs62qG5tYmP6iJ9lIiaIHQT6O7thJMnTjs2iNLhUHWfsgwjBQ2R9y6iKQvctThNUGGbRjvn2TPn4MXNr5atjgYamxpgzfqV0U6jf9ukcz+qcbIIhdwdVeZyVO/fQb5+zrlA4rwUM16pyuyk0drfPXfXafz2myC19yhkF8yC3IJZ+ro8EsAlX//eV5RPfvgzVbk9NUUAf3rvDxoZWXo7W/woa99bGa9ucPW+cA7uVCRej5ytVLHN7FC8yxSQPYD3S1k6fyCftWVwio5aseniD1TMkZAANrc0hbZDaRQg8fMHiryHGnmPIs/pveXE+AQcZeY5LlNcWh1DCxSg9RG3FbQ+zm3RvNzR1V7EBRkEMGdqheKiCSr5+19w/aKRoOaWZh4AEhhoEeE59duqnWn/tG+WXHsi8gYBzJcqwKxEHfuS32I1oLntbk8iKQz19dNW+mr1CjIVCxV0RQQzZLvbIXvZeUYFzX3Yt6GZ3f/ZbLEqqWBqggD+5Bffnc2I1f/I5bKfYjdjTp6r1PNgzFV9WTVIoMM8a0IkbSZfU+zcTXH4ZileOam0DXLZPBPeCQfpc2Z5IhIUcgF+l1Xy40tvUUJJl2BmRCSAuXyugOpXnwQVWoWyaIEi7lYsCTp+9ASb+spaRwSSv7aOVigKCkaFZv21QgWQoPKheC1QuevDuB8sW7UY+s8O8Ej+ot8jD7Qwktk7syckh6NXCpS8bV58TYrdsUJ2AuczXIoAkLKSwKBlswSPvRCIALrxw7v/u4NJtv/DBNtnmWBrRadX7JEh6cMPKv62NH+qzbeKw3TYF4eJAYHk2cmefa4daWoiA5PjaaYN0Cb8reYTTDAM8he3oTEJcxf2wvK1c3net2If8+lIggraI0b+QMWcG018GJ2Zl3UmL+0FFWfeLmHdYkE9IpIgw/dPVVWpYxbaRB26FqiYxx5lVk7QAJb05kXZssxaoIrtraIPbwPMnT+7zHVUPZ+vQEpomoALFQaVew/VUh1F9boMNYQIOgihSOC8iJwMGVQlUsvoc2EGbvJn01hWbUSQ2BLA7//0v65nZO87TKAtxp4tEj9MfKnNc5bpRU+HIk/27OvQBDM5kWYkL6PP05BNq9Da0gE9PTNh1qx5sHzVbJg9ezZbngW9M2bA0aNH4Yt/8Rf8eLlsFg7tOQljoxOw8bKloFehNC/ENCFBpaxd1F2qbQpLJjQCyJ3Hy3lu6TrGwignd3eqrAlqaEyxd38JDA4McXIVrUrhW6KJsZ2RzM7uzshaICf4uNNMNnpphSqjCSr9zSrL7a9ZEiQczyQX+Qo3XqlPEV2Qi+TP/O0zCohM0IevVs+1n1xeQNv9cdXNfs0COSUCKOI7d/znb2dz2a9ks5kURmNlcxku3PKMAGqmX0PT50X6HIEWvGecZ+Quo08ayUsqjdDR3g0zZ86G+YzczT4PCR6bz5kDnZ2dgfVDIsjqZys7efQsLFjaC90zLF8eczDoUr0Exb07pTlvEfWKDfWooFM0puXAfF/eprly+wOW+AZG2SpGmqBiqoLpQObMm1XWMwV9yGWPiFHm3DoioxWqeRKklnSz6l5XAZYUVxaJ8l+7WsG9gg4lkwrGlwgGBnuAPWtHZNMwuImga9lxBRYBnAlVQuwI4Ld+/LVPM+L3FdSapDNTkMlmdLNvznrgPYheNpPjBG9KJ3npqRw0NbZCT9cMpr2bD0uXzWHkjpG82XO4Ng+HTyoEw8PDcOpUH++9Z4zUDTpOHDkLnT0tYBBT79AT91LFUUv+QBWvZClz3mlaHkzPURqH7SqQoCr7A5XniBDZdBu/67Afjacb8tIAqrVwTZXvjFbmcOVtfFUtv/Ig2m7lf9iKIoCB6V+gcAIIDiLoqI9ZYy/ri8qDeXqhSogVAfzvH/7brYz8/dNUegqm0pPcdIbmX6OR0+ksJ3hTk5o2T80p0NbSCb29s2Hu3HkwZ/UcrsHDaQYz1eLHNyqQbJ49exZOnzoFp/r6GNk7BadPn9LmbJqcnPTd99Txflhz/kKAyIEZ8XeKLnjL6aAJKoIEoQ9gFk3Aar7y9ZY6cO2awuKiCVJjcAQkgLlczk0KpjkJqnRzV50EgaQGsAptVhHlhuqTC9CPDHr4BMqmffEyC4cRQS+fQLNFVO9WmkxPdkOVEBsC+F8/+GpXNp/71sTEePLUyTMwPDQGE+NTkEo2QWd7DzO7zoXFixjJmzOXkb25bD4H2js6CjrXxMSESe5Qm8eX9d9nz57Rhu8qAMNDWRgfm4TmlsYytlT1nKIrVcfKHBEqwrA5Aczm7H4hlW6ZaWoKq9ah40iCMOckyi1pUlDjJKgqiAkJqgoBLGdjqtE/L6rLl04tLv+fL+lTA8lkoKbRcXFOLaBRNj4x1lmtuxAbAphX1T9m5G/eUw+/AiND47zs2uuvh9/73OcLOl5//zno6xPIHZv6+HSSEbXhsl3H5MQUNDWXp1nJKbqII1aJBGEQCPqxykXsTVdTWBmvrUrtUha/3iKgjTiTKz8piJToepoSwXI0phq9tWqbAEZrJ69LdWndIIQM+pqBhcAOGe1fgE+hrT5+JNBxsxnvaatWy8aCAP7nd/+5O5NJ/86Z0+dgoN8iZyeOH/fdJ5PJctNs38kTbNKIHSd4J09ysodm5EqjsTEFre3N/GMflg+anKIrXMkqkSBNA5h1pyiKC2rVHyjGbVYNEpTgJuB8DZKC4khQPcJ9j+Oawqf81x5EAoPG95XTAnr4A3ocQ6yHc6QQfxJolTHu01Kt9owFAWSN9v6JyfF2VcnqjsxaEx07dhT27d0LJxmpO3nihEbycJmRPvTTU0uWCb14dHS1woVXrmYffOGBKbxFytTQ1T5cTCVMGUkQJ4CTuaJ8AGuxzWIR7FRrjen6QMgDo4CN1Fh13YbFbhnz5sP7i76emHO2eve6wuoL1V0gXnqQ/10g+QNn2hbVtmwSwrBjeJmCIZgEOi6rsIjUEiAWBDCXz71zfHwMh0xmGrRGGBoY4+X9587Bp3/nU3GoIgd+zNuYhq+towXaO1v4HKfO7lZW3sJDku2aHqWQx72m3mfyBwreBE3AuWy2jj/MERuUtEAFwYgCLkkaH7oBxbZg0UfD/LRjo+MwOsKm4TEYHxvn7kVTk2kuS5YsX+gONZzW9011xaypolZNdjxg8M/xJ+cT6HeMcJO0VX1XT6+hWq1adQL479/6hxTT/l09OTXJtSRdM9qg/2z5fPTCkEwlGalrhnad3GlEr5XPW9ua9ETSVv5BDYrPB36aS9K4RIbFGEYQSKTGJBJUvgdSdssauwE8DyDXAMazvSt2tBp9cVCrNzw0CkP9wzzx+MiQpgRpbWvh4wX3zuzm4xPjmOI4pVKp2D7E5U/8IKMBlPADBBXEoA7zWEFDvkX1AzSXbQvOS4qerqREqDoBZA22cnxirD2vj5XaM7MD9m4/WtZzNjaluMauTdfiWWSvlUfwOkcLEUcUUT2+zjznn2fiP6Xcr8Y0w/QjQUgAc9lcBTWA9eMPFKvntcpHSygJzQQ8XV6cmN6jUp41k87AuTMDcPb0AAyeG+Kyoqu7A2bO7oUVq5dyxQMSe+/jl3bEplq4h1IaQKFt/DSAYBI4H39AayfwMv/aCWRJNIBVQ/UJIKirJyYnzMZr70QTa5NpBi4I7J1BIsdJHid3qNFrNTV6OMYjJ3gew8QZN1fjc97pnO2EDw/kQQoVv1TQ4S0iLpIsL+ypKsmWJWj8pCMNTD23dcWOVocvDfcBxPRVanwaRK2bk8qD55k91Q99J87A0OAItLQ2M8LXA4uXzYeOznbzWxT9emrnoVeL3slHAwgeGjnthw8JFI/l9gf0JIHgoWEU6yD4/9sJoXARbv5XNQfx6vsAqrAim83Yis67cCk8/8R2PoSWH/BFaWlt4lG3hi+eqM1LMVOuqL1ThNFDxJ6DooAxlLA2B4HcGdxOmFs/+N5sP/vDaLzA1f/gkyYoDm2NychzfNjAEponK3aQ6X9/psuZtTQw9a4BjO+Fo0n35PFTcIaRP/w2zZk/C1aet5SbeO1XELNriE11vLSA3kTQGYkbTgKhIBJom4OwHUiYgu2Xla1Wq1adADLT7wrVzqCgvasVrn7D+XBo7wkYHhzjWhRO9JhGr1UnefgbP65uLZ72R9VTsVh8zcbiNG2fqrM8J9sTb5CD9IlrDdJontfXF7C2gR+WEXYfRkcmYGJ8EibG2DSOw+1l+PWiKcO47IaGFNdGYEocHEe1pa2Z3yvs6Xb2tPFy+de9JDKjqkiaJuBq12T6k6CYXG5VkNDHAo7Bgzb9bk8R2fPPnRmEY4dPMgI4CjPn9MK681dBdy/m/VUiHxtl7ejwOIxxOTzFBx2YZHOUw/m8yhUmGDyCQF92NCmnGpLQ1NTA5XBLW5Mmh7vbuGyulTuielZRJH9e6VjE8jAS6DDXgt0XEAJ8Ad3zIPKn+jV3/RLAyfSURgCNqAqduDW3NsLaC5bZgi2s8X8NBz3Vrr3jc1zLyk12ppE3Q2nnJG1e2j+NB7Lj8JutH08/v2oQQcUie9qyVh+9oqF5AKUf+pK9PXJAIXKmbwBOn+yHgbPDMNg/AsMDo1zAlAKone3u7YDuGR1MIPbAnAUzWC+4GSqDygs57gNo5GdToHIgLVBd1VTTAJZRf1QXz1PpRjY+03cODh84xjrHWZi3YDas3biCEbFG6XOhzDh3egjO2OTwmGRAWTjw+4pyuItNM2Z3wex5vdDRXbV8xBFui+qrBRSJl6+WToYEqsKZbCQujARKkD8vX8B6JoDjE2PLjfujGM2iMzGNyBnrLPIFov+dQ3unmWQtEmiQOI0EalTOpv0L2s+cg7avuS2YGkawEUG9TrG2wthrhh+N0yf64ejBPug7fg4GzgyVjOx5AXuvOB0/fNosw+CbOQt6YcGSObBg6WxobGoox6VWBUa+Li13V7Iq9zjOqA9NUPlh5AEsvo710XMo16hK584OwOH9x5hWLg0Ll8yHeQtnc21c6Dlx39NMW3joFPQdO8eXc9nyuYZNMgtO3/g5fi4D6FI1ixHB+UtmwUImh1FbGLc75W8C9gkCAQcPtB3HhwQ6gzZUz0BkwfCrzz0CUcgEHIB/+caXkif6ji21DZgcQv4M8mbNvX33+KFUl8ueiwRax9ZJIISRP0PrqJgPkWX+FW6uYpsJ97qq7w8HfiiOHTwFh/edZETsFExNZqr5GHCzBk77dx7jpizUCi5aPheWrV7AUx6U7MKrANQAItAMnEwmYlzTmmlSulCv58wIAqm0ryndTg7M2bdv1yE+X7B4LiN/86wOn+pXLRVOMQJ2eN8JJo9Pc5NuNYFm5SP7T/IJv2kzZnfDwmVzuBzG4Mmq3z7HQrgJ2N8PUDy4/bBu/z9w7BvsB1iQCbhqH+DqagBVWJjJpgW9uMLJGpjkT9GJXRD58yFuotZP0YmezhQVAIHEaduApwbQIn/WNoL5VzdHq5YKUyd8Skwive1nP8e0e/t3HIWDe47D5EQa4gjUPp48epZPLz29gwnS2bBi3SI2nwNKspI2VKkmDQV+BHCXLNMANqhVy/dZ3ousUUynq1TMNDDT/EJjdifRJIsav5PHTsOc+TNh3QWruB90UL1wrPv9u47BATahNSSWLcqqfvbUIJ+2PL+bXdsMWH7eQli8Yh73K6ze7Q0wATt1fEGBGoF+gPbTqgH72olmVBOwuVSfGkDWKMvsrlE68QOwCJe5DP7kz8t0C5rGTnWYfsHw6zPInK8G0E7+LBJo1cO4sS7Tr6KbhCO1RZnamBGqIwf6YMcr+7lvXy0BNRpYd5zQTxB9QldvWFI6E3EF7ghqZvA5yGVzEMcvMWmBpgc0E7BaM0Eg0+FR6D8zCHt3HuQBFedfeh50dLUHHh+1fTteOwAnDp+uqduEdUX3IJxeemo7rFy3mMviyvluW60aaAJ2agHFPd2KOn/tn6q6j+mxr/tHuAnYcSUG6tYHcDGoFumzNICC1s/X/AsW+fPQAAI4yJupAdTJouHLJ2oAbccA9/7grIdWZ+10qkX4VCNpdPWATsT7dhyBHa/u5z3OWgeaR155didse2kvE0CLYP1FK3h0cSlQ7vukBYLkqs9BpvlQUfWMhJ4Ghlqr/I8Vvsv7dx+GM6fOwdIVi5jJdw6IVh/77qwDvu8kk8MHeFBHrSM9leXXsmvrQVi6cj6sv3gFdPW2V+42iORPXK86FiJo/8BL++cIBHGZgkFCCwhe5M/TDFynBFBVF+ncSYNiNI9OBG0EzakBFEigk/wJpl2R/Fk5+iCE/BlaRH0b1/7W+UE/Poh+htVMucEqdWD3ca62Hx2Op3mhGGBU3c7XDsLe14/AmvOXwoZLVkJjcwSNYBVujZEKpvznps96vbaUEQRS/mG46vvJwOHadm3bz60QF12+QdCCufc7ceQMvLZ5d1WHNi0X8jntO3Nw7wlYvmYBnH/ZKp7hoTyt7tzIbgZWnQZVcASAQLD2T5XU/qnukwRegTMlnOrhF6Yv1qcPYC6fm281i2Lm2XOZfoNIIN8ujPyZI7kJ+4WRP0FL6DincTNN4mdq/+xEsNI4cfgMvPLMDhg4N1LS4zY0pqC5tQkaGpK8PbK5LE8Xgx8c9IHhy/rDjv4v6PeW5DmoUnzMSmynbDYPUxPpkvke4nm3M7P23u1HYMOlK+E8ZpLAvJBx/GJhe/AcbTGrG9HF6dNQ+OzzHHCURbxsj8CJo6fg0N6jsGDJXFiyfIF71A4d/WeG4eVndsKp4+dKWodkKsEjdRuaUlraHyZTMtkMd5VBGYx+xlogEHDZq8nhJE88jb+5nyhbj0F/GAVcipy1+Mxh8B7m7EX3nI2MCDY0lphWOIM/nGWeaWAgOA2Mg8V5cTnVdbII2j8X2SQfQBcmJifmgaD9M5pDJH4gBmuYrEo38QrEEEyNoRD9C2BqCQEUKfIHxhBu4vAf4vFF/z+X9s9tBq5IO45PwktP7eAvYbFATQIfLo8JGUxl0H9uEE4fGyyZzwom8545Zwa0trYADv+M0b/ZTOG5rTAJ6itM2B5gQmjTjRt4PquCZEsZkeDDweVr+7NKmqBYQzFNwLV7o+Jac9Teo6/fYP8wnHf+SuiZ2e1Z3yyzTmx5YQ/s2Xa4+FRaiiYrm1oaAEfKGhoYhr6T/SVL0YV+i7PnzmTnaOXfqrGRSS5LC2+jPLfMHN57Ei655jweLFKOJyNaGhj7PkGpXFwRwIHnhVL7ANanBnB8YmyOg/8JxE9xa+0cpl8Qo3edZE4kcTYTrrAfKDaOZ9wWRSB3Yipog4C6SaBZcSuIpQLiDNth7/bD8OrmXdw3o+CHgPUQcZSOTCYNx4/2MUFzsmx1HhudYNMx8zdqCucvmgsdHe0wPjrFUxEUAkyU+qu7NsOK8xbBxVefV55AkQJvqakBrLlvM2mCaqXFE+UyAdd5A6fTadjx2h6+fNHl6xlxavI8Bubve/HJ7UyGFZ7KBe9hZ087k+s56DtxGk719ZWtGaYm03D0kKUwwO/Z3PmzoLu3i1lqsgVHJ6Ov9lMPvsq0pMfgsus3MIJZukARF/kT1/mFvzs0eMbGYT6AvlpAlw8guLSA4OUDaDusSw1YnwRwcnJilr1JLN8/a5QPkwVaQ7w5/f/Am/wF+/8Z3NBU7bn9/8xRQsJMwAbhE9K/lFkBiEMAPfvIFm72LQR4HT0zO/AewPEjfXD8eHWeQQxWMQQRF0ILZkFPTzeMDI4z4RuN1OL92rfjKE8hc/UtF0bWBvoctegjmD6A9HmuUIvXH4yRQKiBS4exsXFO/lBLtmbDCj2Pp2MML/Zev/z0Ti53CkV3bztk81lmYu6Dk2XsfAc+Ekx4njx+mk+ImbN7+TQxluHfmqg4zr5LZ378NFx+/XpYsrI4baBvAIiX9s+ZB1DcwsdDwpuiOU3H3hpE8NMWOg+s+pI/RGFajxKguj6AudwM84dB+sAyARs31PT1szWxYl8UNxC1euKmvlpAgThCgSZgW/CHUlYhi6NobH50C/fjiApU/bd1NsGJY0zT93p1hI3vi45C6NhpPqEGb8nyhaDmFU4GowB7rw/d/RxsuGQFbLx0Fe9ZVxNGFHCktgBC+R606XdJSiJRopFA6qjRAjA0OAI7tuxlZtIZsHz1EvBy90Nfv2cefo0P0RYVmEsPrS5nT5+D3Tv3xe76z57u5xOS3sXLFkBjYxMM9Y9GcgVCk/LTv3qNB8Nceu067odY/OOnun6rfozLmPuwvlAtoMdRnQUB9A98RwBx71+1DOBVI4D/+B//Tzl0dH+XmTrZYQJWXHZZCE4BI60FFFPAgKBxBB/e5zYBuxwOK2T+xetGH5PtL++L7JPX2tYEycYEHNp3BLKHSzOeZDmBwgP9bhALmIm4nZmIB8+NyrcV04Zse3EfH+bu2jdeDE0tjVW7FsMEHKtPKDHMadVo2MlRa9wHMC53DP3tkPwtWjoPFi6d73kc9DlGk28uF224NuzYtnY0wuH9R+H4seOxbz+8voP7NO0magRnzZ7JxyaO8v05sOs4Tyh9/ZsugY6uYsYbdnvPeZmBVZ8oXe8UMI59hP1kUsB4WJc9zm07qGM1X6panrbqaQBVtYP9TVo3VbFp7GyRv54BIIJizvwhhvv6aQGNTWS1gOBLQAHEZbDy/3kMA1f4464BHYyfeXgLH8ItCpoZ8WlqTcGBPYeLHkgcr93IfWifO2+t8LKqhlpeLTiQBP0SEYuYMG5ubonU4z51vB8euPMZJnwuhe6ZHf4NXEZoJuD8NPk2E8GIIwwTsN1SQncrKgbPDcHOrXthMbM+YLSv6+lnbfzKs7tg99ZDkY6LGr+O7lY4tP8ITB4pzuIXTQ5rT0Ep5LChFUStaO/MXkYE5bNNoMx+8Keb4epbLoB5i2ZFPLN/EAgEaP98U8B4HlncTw3ZDsJTwEQLAqk/Asguv0O0mIrpYIJzANoDQGwkDjzooaAFBCHKN1QLCH7aP+vlMkmgubuoGSyd8EWT5uP3vsSEk/wLh6Sjs7cVDuw9XFB0lyZkxAnAj9KKwkfk4F53He8jTvxjFVESoa8gHnvJikWg5BMwPiYnSDEf4q/uehauuuVC1qOfU4I7Eq3eaAJOpzNAn+PqoB5anWsA8R/6AVbZ5aFWG39okGn+GPlbunIRzF84x1X3DHuHn/rVq9B3VD69C8qrnlmdcOTgsYI0frg/pm+JKod506v+N8WQw4YsjoLTfef4NH/RHGhtbZN20cHv0OP3vQwXX7UW1mxcUthjFJoIWpyXMgjEeX7wCALx9O/zuA7XQeRNWyVGNX0A210taRJBUd8Xov2DMBLnsiS7CZtgPrangXHvZA8EsTSMlsW6tFEgwwOj8Mg9L0SKLkOn4rNnz8Ku16OlhcHr4kOX6QLHLVi8epyK/2NujOusiq2l7ctT9oEhgPK6MAqvI25ziJkkmpgpZfnqpTBwZlSKSGYyOXjqgVdg0w0bYfnaBVBJWHkAqweintO74RXtheLvUlKp8Fit0wBjo2Owk5l90d+Nkz8HJiemeCcc/f5kgem0JibHYee2PdHuZZnksLZsl8OIZFLslOelNYSYFxE7t6vWLmMkcEKzcoS9DuwcGDSD+WDPv3yVlJXMS8nnGwTimeUvShCI+4jOI3uRR/u+/to/nyCQqmUKryYBbBENFnZTrVduFpsCz6b9c5I4uTQwHsTReWgo1AfQ2KY4oLB57JcvSidPxgScLe0NsGfXfmntmiFstCTKik3QOLWAmtBwmx+8Xh8n+RN7nHayp5jRdSiADDIYhinWm9y5bS/MXTAbOtrapYa7w+M/99hWro3DUUQqBcMEXLckjNhn2ZHQX1p8xpNl4X/T9yZOMHK3/bU9MGf+LFjIzb72a8XO96NMDsu6niAp6mLWl327Dkq73RiaPpTDTtLnLYOjyGHR/GuZg41JP5P+3CTMTrmMZhATS+/evh96ZnTB7DmzpP20t7+8HzJMhl9yzbpwX6nABH4BKWB89wdf63H0cYADC723cG9atTECq0kAm8TWiOoD6GpZxeMGR/QBFNgleGsBjVQ04sgilinYYQEuCug0++g9L/Khz2SAEWVnTp2BY0flOhMoQJCYWMLGEixa71NxmB7cJghFUQIfd2/hY5l/td6mJZSQgyYSSb6sCaDwHmXf8dOQSp2DVeetgP7T4deOx8YeKKZlWXfxCqgEEjWbB5DgfKbjCkzgzkUWBYJEuosoBzDVS1dPJzf9OlsO3W8e+fkL0nnxMNhunGn9dr0uF9mryduEkKlAEUhfIkAWa9saxwi6Wj857C2LtW21UUS0IBAZreDAuSEY7B+C1etWwHD/uBR53PP6ET4IACbwl/9iemfWs64PfJz/PMy/wtxrjF4Z30FX6j9VIgrYfZxBqBKqSQAb7UzJ7WlnK3GQr9A8gDaPQA8fPvDkjF6ZXwQtIHiapm2G6RJYgNHXD80NsuSvd3Yn7N25X6q36SR+lkBJmJpAQ9hoQkmxbSsPp2OyXStoCB1L65c3TRCaANJ6wzJEEK8bzSyYrmFqPCs1sshrz+3haQlw+KJyI1lAGpj4gshFHJFQLBMw3UH5Rxm1VygHVp23zPVBwPx3j7FOuCz5w7yqhw8e5SMzhcFJ/JxyWNQG2jWAxcphMVeeapPD7rmqW2cSnAiGPVuq3p4LFs+FxkSjlOUKxxPGABmuCZS4YU5SFpS2RWYkEM9lvyN6kUfV55DSUcAcA1AlVDMKOGlrCdH/z8Nxr7x5AMHx8jvNy/aXR1G8zb+Ks14A3iwzACPDY1zo4HiNoTcvlYTm9pSUj4nmd5d0CJyELoTcQsfYpnRwmixQwOD5RD/AvEn4tB5kXiCCudBeJUY6Y6qCzs4uKaH98tM7uNl82eqoPoHRPqFmFDB9emOD6XYnlIRlAqZ0Q3I4vP8YkxPjcMFl6y2ZrgMDFh775UtSriW4b/eMNti9Y5+U+4oh04x9LTKYMDvghjw2tinps+KQ76IcdspgwyUH62x0ZMPkMA4s0N7ZBvMXzOO5A8OAmkCUw+dfvjrwIXJr5Dy0f47yMKc/ufQvxUYBO4/v2q+0g0ZHQDWjgBMOBaAnCQzUAgJ4R/6CbCoYMImcXYNor6gz+EN8eBRPEgjgIoISQEdjJH8yw6HhWL3ZfBr27z4W9rp7CJyETeBYPVGl5MImqF6GqQMbiQ9mL2gENcJnjW+KJgkUUjyfXoCQxcSqY6PjsGjxAhgK8dnBwzz/2DaeHHv+4pllu9JEDIJAfN5BwjRpaMX0AZwu6YbKi/6zgzy91MaL10Jjo33YSNR2PXn/y1JZFxJJBZrbGmDX9r1hd4jL2KTuoGknfkmB/Nm1fZWAdT6rU26RQGtC+Swrh0eHR2H/+AFYtXYFDJwJb8ftrxyA5pYmWL1xsf8r5MzrF0TuvMy/rs0CzMB+ewZEAYNvFHBARVlTQhU1gAmoMlTwDvH2bitHoUO3a/9ZwM11Htp3P9X7GKqT3ctP+ILhGIqYsiQMmNtvYmocTh47Ffpio5bQCPDAOb7AqVQKGpjZA+c4GSZh0zey4pOhobTql0o16FOKC0hDSGm/gx/bifEJOHTgMOuVd4S2JRLOZx9+jZPFcl0dti86S6tVal3/Vq/wS16vU4WgJBQpE3C9A8f3xSTzS1cshI7OdtfDigmez/SFu2WhbE01KnBw72EIgiGHDfJnyTlLxhlyTdP84VbVlMOKz3fCLoeTIdFG6F+5e/s+6J0VLocROKb9SUeKHbNmfqZW/kM2CjhKEmjwMRGrYTTFVuCt/bP9OPfVv/lW1V7aahLAvPjguRtKtS/7N7M3VNkoHytDuOuR8XyKvB4M1fu8EcCFzsnwjgAOrj00PAhnTwVrjZE04UtqvLB2YoUvb0rvcUKs4BRAVn2TJvHTHJRRee1feYz03bd7v5TwSU9l4ckHXi4oX6IMkAByM3cuTwSIUDZwLXq+lA0+/R5GfA/37DjITZTzFs1xrd+15RAc3B2erw8tMDlIw9FDx0PviVMOo+wySJXRQdesIRAbGHLY+I5YJDBlUyhgWZAcRq3hztf3QM+s9tBzap3xLTA8OG4nfoHMyk9vpAYpAH2LvdK/GHP7eYK0i2rgER0/oo3sUGqZUcVzZ+wtqsr6YdrnYpP7jMMSfKMdZYG8z93TEOvgfPZkJ/SB2L8zzJSrRZidPnOGR1xpgRTuCYEvqea8a/Q23QLHekHjOWlCyE4EtetKmgEqeC1GcnCvCYND0DQjQwIxmemzD23Rd4aSTgm9pzx9AkHqCbVDbhKK5TIx3Zl7oVeEVpPx0XEt6MOxru/YOXjt+XB/avRXm0pP8DHLg+WwU+vnTaR4PWpGDntrA9GtKOg4mLKrZ2Y4CcRO+FMPvqIF8qned1718wN0F4GXms5zO4/0L14//R9I1fN0nvWxb9MHVUR1CaD4Bho3F0BCCwi+d0d1PglCgc1nQfXaHlzrXT+8OKbqTQJ9jytM6GeCqu8wNDU3wODQIIwM+TvVWiZSxfOlxd5c8QlqqvCQ2kzDhvBJSJmEsVe5Z+d+Zg4OFz4nj56FnUwDUGoYZFwmUWo8Mf00QdORBGkmYJXuis8jOzWZhsMHjvNsAWjatK2bSMNzj24L1aBybb6ShVMnz/pug9ozSy5pWjSD/Imd2FoDylxu9naQWO16k6EmYdnOOOZbfOWZnZ431Xl3vMigaxt9wwDjsJySyIsGqP7bql41c1OEaKM1lBjVTAMz6Wpc6XfCY2NHUfDhjLXWXDYXoD39ixigAu5oE+OnD1AjtJmpvMOIAYbJY48THZf9YJhN7aaGpOlgXAqB484jBXaTui2RtOKZwqBQGNdkHS8HqFBDjQcKH1z2G5gdNYEH9x+GJUsXcfNCELa+sBfmLOiF3pldHs9MYTAIqqYBjDepqDVQa9qfM9MHkBrGhQO7D0NXTwfMmNXjWvfC46+HBt+h3GlsScDBfccDtzEsE5qlIinI4kSJiJ87mXOl5LBBaI1j5XJ4vBwP2tN8ycE3HRlWEUngmnWrQscRPrDrODPRz4RFy+da12xcntAOrkVjI1VOuSPl/+eyAaoBZmU59aFQXKcEUIVxb5LmEQVskjDVIxegg87ZsjSDZBSwePbgXICOqtpSxXgtBeG1zbthMCRMnmvzknnoO3omcBvsjRnZ5A2BI/rNFXqTrKhce64+bEPsBXZ1d0EDM8+2tLZy5+oMm4aHh2FycsIzx6CYZ7AQWELUmDThY2g3/cys2Ps/fuwEzJk7N3BYPfTT2/zwVnjje6/kgrwU4P40ZcoFSN95ahzzOcPxgPMqPRQeOHu6H4YGR+CiTRtc6/ZuPwLHD58JPUZHdzOzJhzwb38H+bPL4eJkiVeaLIP4oUzs7u7m8ritvZ2ZTzMwNTUF4+NjMDo6aiN/VpqZRFGEVPvOKKbvotEB17SE/iQQ6713935YsWoZDPUHZ2l48ckdMGN2F7S2N3uSObtBL9pDr0qttRihlHnZZ00IaTwKVUQVNYDqqNhQrqHgPKmhT6kjZ5+2ZNfyhSaD9jq4Dxu0jQfsIJOuMYF9gFFmKHjC0NnTGphiwPAtEaNoDR9AI49UIcIGSZWW/FN7kZcsXQbr12+A1avXwOLFS2De/AXQ1dUNlkYQzGXExMQE9J08CUeOHIaDBw/Azp3bYe+e3YwYTun1TBSsnbRrA1HYgE4CDU2bdwJtTA8zOjYMDclmX20hYnhwDF5/aT9ccMVqKBW0HFpVGA6OyEDdAJNBUxSwG9gmmPNv0dL50NTUaFs3PjoBWyT8/nqY6XLntt2+6w3zqKZxK00n3CJ7OTMR84IFCzQ5vGYtLFmyFBYuXATdPT26L7TlC2/IYySCZ06f5nL40KGDsGvnDti1aycnh0YKmkK1k4aG0+qMZ3W5KpJAtwDKZrJw/OgJmDlzVmCyaPQHxFGbrrntIgi0/XovQlQiFylTiHj0wBFI/PfTr6E+CSC79BFPnZmp+QPvXIC2ZgwwA/tq/3zGBPaqocToIa41+mEB/HWA2AvCqN+wnKGYWX7X9j2BQkcjQk7yF93HxEjGjFoqnFBjd9nlm+Caa66DTVdcBZ2dnR7j++ZdxM8gg01NTbB4yRI+XX3Ntbwsk0nDtq1b4PnnN8OzzzzNe6eioIxSZ6M3azzCWg/UIIH+efdOnzwLq9Yuh5HB4Gz9u7cegqWr5kFXr1wKgzDwXIBZGg6OUD5wH0CVHjANVjtgsAZi3sLZ4HwBX35mV+jIQe2dLbBvd7jmz55qK2n6KkeFRvhyZtLljeefD9dedwNceeXVMHv2HN033t7pzqvuMkRDQwPrrM/n0+WbruBleNzdjAQ+//xz8MzTT8LZs2cccli+ztbIUkaJkwR6d8ZHR8b48HtKSOQ6amaPHTwNC5fO9rm7AnET/f31P7a5n/+fjBnYi2S64g/8Ak5U+3HtJz0MVURVPVE//UcfTbMaNBhVURy14iVey2Imc8VapxijTBjJnB0DZnvtZxudwmc/cTgd+0Dd9kG7Xc3p07o7Xz0Y2utsaWtiGrQ+ntPOX+hoIfhalvZCyZ/KX1jUmmGPbdasWfCud78Xbrn1Nqbh63Jo9yzh4kf85MpULhhefPF5uO+Xv4AdO3boAjN6/S3iqtUfhSeWidpLL5y3cU1ogtKZc7rhDe+8HErxmrz24naYv2guzJ47AwiEcuD1V3dB76wemL9wjvF21H2bZJi26ZXN22D5miUwa06vbd2xQ6fh6QdfC9wf/a8nJkfh3Bm/FF2KFlBiJnpOFUz+UF6hDENZhqbct73tnfCmN78V5s6dqycncJM8p8bPKWeNZb8ylJ3btm2B+++7F15i8ljM8VdM/Y1E0Uhg/SwyiDXrV8HQuWBTcGtbM7zpfVfxIfvEuhuPuH3UDdH/T3XPhW+Zua3n98q5n/MY4Nm++iZg80N0EUCbObjzX7/07fBM2WVCNYNAEAOsIWbbRgAxWklxudh5w7aRRzCHZZN1aQj9tX/gdCx0OwX6bO4qdGBibBK2v7w/sFHwJZycHIfxsTDyV5zmD19+JGI4zZs3D37jox+H62+4ycpblzeCPizhcurUKTiwfx8cPXoETp8+BQMDA8zMMMlNvtjbRM0fmoZ7e3thPjMTo7l4EZu0kT6sFwXrumnTlbDp8itg37698OMf/QBee+1VPcqsQY+cDb8WpybQMAdr+6u+pl7s0S9avCjQH/DsqUE4uPsELFsTdag4N6bXeMC1hPohQTwVRz76kIOxb6EiKojDkjW3NvMhIkXegL6+rz67O3T/ptYkHD0y4NPeYPoJW7lLo5M/qwObhQ5mafnQhz4Cb37L27gsxTp7afdQ7qIcPnz4EJfD586dg6nJSRhjpl08f3NzC3R0dEBPD8rh+bBo0WLuxoMymh9FIIMbNpzPpo1w8uRJuPOOH8PTTz3BiZyY7kUGWl5A67dmkQE+6quf7MNE0RgUEjRk3Dh+M185ABdsWg1+Rl4IXAPhGjyfzCFW9DB4+/+Fmn+9tH/myjPVJH+IahNAjKWf7bCgeo75G2oGDowC9vcDDCabXmZgIQpYHB5Oiq2yXjojf34Osga6Z7bDjq27JYSO6Gsi78Ohaciwt5bhguJTv/278Na3vYMfx0n8xsZG4QVmKnjuuWdh65ZXmbngbOSbjOdYu/Y8uPiSS+FyRvhmz5ljvlh4vuUrVsIf/Z//Czu2vw7//c2vw7Fjx3iv2sqVFQyRBBpCEomf/XrsQP+SdGbSDCbyw7aX9sHilXNDUxyEAU3A+aoRQNIE1XQLSVYuYaSBodvNgXK279gZWL1+uWvdvh1HQ8cL7+5th107/C01mu+16PNnjFokS/40OYxaSjTfv/8DH2bTh6ClpcVF/NLpKXjl5Zdg8+ZnYAvrKB8/fgyiAsnfypWr4KKLL4HLmBxGH0IxonjOnLnwu//js0zz+A741n//F7PMvG7mYJXzYzRM4GAe1+iMG5YaVwugUqHvFLS1dgRmw0B/+VXrF3PLmLMNrZkKrjy+QvoXu/bNobUztKdGdLWoBbRlvLBHYFvb27cVtzPPY9NQ8j/7ocqotgn4CTa7zl4bpylYML+apl4wIy8UP3Otw5xr7uu3n7i9sJ+nGdjDHG1WWfFvVgwueOCOZwIH025ubYQTx0/wqFUvWJnjrdx4URyNLa1fhvv3ffqzv8+1dc4HF8neL5l5Fn1EMLq3lFh73jq4+eZb4Jprr+PCRSSD2BO+l533zjt+wuuiaQPlyJdBbI3etBY5B/xa/T6K684PNwVfeOUaWHv+kqKuedfr+6G1tQUWL58PccR01gLVC3Zv3w8tTNu1eNkCIAAcPXSCm24vvGy9rTyTZjLmR08xGes/8k8ylWDatBGedN9zfTJhascsOZySlsOaG0yGk79169bB5//gj5hFYrHL1HvwwH74xS9+Bo8/9gj3mS4l0Dpz081vgBtvuoXJplawkRY2PcU0gd/59jeZNWpSH5FJLo+sQfZQBhvmYN7u7Fr9xg9efV64X/ai5XNgw2UrfImW09RtJ3D+JM69bQDZA9VN5lymZqteIJZbDQT6Zt+98zv3fgSqiNLkuSgQl11z4VvZ47TOViiSQBfhcvvi+fr1lcIP0Db3rodYB+u37WJMvPTUjkBVN78hjQDnTnubHAyNn3NIIez5ywC1YplMhu/ze7//efj4Jz7FtHPNthcJNX5/8LnPwPe//x04dPBAWcyW6HT84gvPwyMP/wrWrFkLvTNmmOfHNsYIt4suvhi2M43g8NCgkMYg+Lji/bXeM01L60e6x8fGudklKCp44OwwrFy3iKdyKRSD54Z5/bpndBXecESCCAEYODvEiUl3b2fdtwW+z3sYIV6yYiG0trXY1u189YBrzFknOnta4Njhk57rnP7XUYfWRFmEchhJ0od//aPwB//zf0NXd7eN+CE5/OJf/Tl89Sv/BHv27C55JxwxNDTE3W4efOBemDVrNixkZmKEQX7Qdeeqq6/hpubTp0+DoeGLIodFs3UiYKzqgf5BZqafERiQg6M1dXS38GNwC06aTVNpPs/wKastM6KZZcvYxhhxnGGaYJxjEB73UTTmqCxgWsd8Lq8H3GjLXHGgpz/jc9WYq3xukWTh+rQZ2Iif3gABqQh/umPL3iehiqi6CdiWBsarlUJMslJJnaP4AUY6pzdUfbUi3HrU/h07GDzsH45WsfP13b5CRxxWyAjflzX74gOOL8fs2bPhC3/1N7B06VJPH7+WllY4/4KLYOfOHWW/+egruGz5CrPHaWgBufBZtAT+4gtfhK/9+1fh1VdeZuaLRn3IoTDhYyRfVXWNoKq3V95T+GBqmPkLE0yQ+B8TNQX7dhyDtRcsLfhaE3oaGCJxhHJBCfjAysJPQ2Nztjd/6wvO36o72tFTQyIuq+7z+zrVq/ahP72OfeZUP9Ncpfm7byTQ17RuOdi9LTjwEq0we3bsB++XVXH5/VlpVMLb1+iEo5n3T/70L+Diiy/VtUr2jAoJ3Uf6ySceL/djw03DGzae79J64TL6EKJ7zg9/8D1GFO/n5eieE/bdETNTiNo5P19o/BaNjo5AKtEU+GweP3gGVm5Y6HjmSge1iLVS29vfr91QZVSbAJ7xbDPF7q3nSdBsCfi8NgzzA3T7D/r7H3rEf3imlrHXRRWKdm89HOibg7ufO+vfKxXTvYi5m9zPlBuan0maa9b+6otfgo6OTk9VtyF8PvThj3BH4EL8TGSBdf+t3/5dSOrBIbZ66D4YjY1N8Blmov7Jj3/Io9QMk3AYDBKYSKimWRh76Pl8Brxeyv17DsGyFcsCA0L2vn4YVm9cIq1tdd+/BExlSt+LJ5QaAT50RZCgMOLjSYKE89lJkJ0MGTMeNIbDS/YP+xxP9cxdpjrr7yBWQnXBmWbD/VtoHAiXTeXC8cN9fNSPiXH7O3380JnQtC+ZzJQvkTZ8re2jLcnJYTwmyuGZs2bB33zp72H+goUu4idGmt50863w6CMPw8svv1jWtvrIRz/OA0ZccticK/CBD34Y5s2bz03ChhwOJ4GK7v+X5NepyeGk7prjbqwzp87CitXLYXzEvzd+5uQgLF41BxqbGoJe4VJIAYltws+pBpfthCqjugRQVc8YJtXQodtELR64eaCvFi90NBA/DaIjv7QjGtgdUOKTlxC0cSYP7Q0e8aV7Rgfs2OY9xJCYtd1KoixnjjTI3/kXXMg0av9PN/mKQ7oBONMH4Mv92d/7PPzRH37OXyNQJDC9wfLlK/W8ZXbiZw/FB7j9fe/nPio/vfMOXmZEsgXB6n3mdU2nNmScV14qLuyV4I/C+NgUHNl/EpauKsyHL2nkAawJ+JMg1fmllyJBzqGZfLQ/YsSc6pXaISzdg3g8eQ2T37Gt3X1IjyOsT/UZPLRSJAj9hvF9R612PQOJ8OTEJCxbtch+N5gcOHE4OIgNtX8HDxzyXGe3wiTNScYvjpstmRl34cKF8Dd/+w8wY8YMPf9dcDqXT3/29+B3PvVx7odXDlx40cVw9dXXeliD3MqB666/gWsu//M//o2bqOVIYEK3xiRN30DsjOP+XhjsH4CmxlbfdwbrefLIOViyaq7rVfOPCLa9jb5rINIary3UCNsCfojCM5CXGdXXABoCVVEcyaDtQ8JZTegVDQzhaV0CbkngaCCOFf5aQPA1AWDEWVCEE75Ep/pOez70eExD6GhD+CTNsRjDgBFYSP7Wrd8AX/jLv+YaNVWVy+OHaQFuu+3NcP/995b8pmMy09tvf7/V+/UkfvayN735bfzjdvfPfqpHQsuTQC0XVd4k0V7+gAf2HoaVq1fA6LB/ZOAepsVdsnKemxR7aVEcJALPafiteBGKYBOYD/EJMotF1DC5iU/pSBBFpVYGfDSIPDU2Bn509nSaeeOM5/DcqSHWGc8E7otjrnu1oSiHjU64bOYFQ/M3Z84c+NLf/SM3q6qqXB4/lJUf+Y2PcdJVamB2BvQDt2shva1Chny45NLL4ZPs9398TauP1hkPJ4GiRQZ1F9iGXn7XZ9m9W7WmB8YCtIB9R/th4fLZHtYY1ednYIIYN5wpXRyZYYIEmupKJ2M/rlC0787v3DsFVUaMTMChOkCJtcF+gF6aQDk/QO/1TjLqZQrGsoN7wrR/7bB9q7e51ehhGup0We2fJnQyPPeTRv4aA0fu8Cr7jd/8BLzwwnM8x1Qp8YlPfgoasD75cOInlr35LW+HkZERZhZ5SG+PVIjgMfwB8boTeu8TCaGXFlCFyangtBAD50Zg/64j0N7V6kGIrAXVwzYwNDAMA/1DcKavtG1JIJjPuzkSSJlJYIw5Jsqu4cERPuyb80N96nh/4L4tTPt3YP9B77ZVjKE1FdMNRybdC9YH5TCOpISav56eHk0OayulEji/5a1vhycefxR2795V0rZ6/wc+CL29MwLdgazIV6vskksu425C3/vut/SAmODOuGi5yufRJCyagt3boytUc3O773OGJvz+U8Mwc16X+3l0ymKxzEHsBM8Ix4Lko696lPlu6zIqb4MYIAHVxVnfxlQ97qzrRno5WQb9tGcEcpqyxFxBrrw+Qsi4GQ2kRwqJU06PMjIijU4ePRuab+rcuX6fFwfMYXYMM7AM+TNSDLS3d/BAClTbG4OHb3ntFdMHwxpQPG9dm1CGZtdP/c6nA19sfJGRXDY1NfPEpVqghj9Vv/76G2H9+o2aaVYMw8+rnmV7mNDL5rJmnd57+6/BunXr9Si6cJOq5Q+oCW+tN+pdv2OHT0BjUzCpPHnkrHZ/eeSYFTVmDNAuDtJuCVbt/uVzNE5r6aGWd1JrZ0pwDWC+/M0B8Z1GhrVRJdo722zlGMg1eC44A0Mml/blAJYPthJhDHNNDuN2f/rnf8UD8Az5hnINx+m1y968Q3ZoZbj/pz/z+2byf7/6aXK4iU+omQv6VuCY7je/4Y2CzBfPndflsWrW99ixIzA+Pm6WXXvd9XDTzbdwOSyTKcL4dllaU8W3fv3nhqC1rSnweKdPDDhaWrVJBC8pISNJnMfyO4LT7SWEeHghFgSwqhrATCZ70uVYXSDE3HyudT65+fzStRhFhSZJFJ+H3duOBG6LPicH9gVp/6welGyvU8u/lIf/8yd/CjNnzjZfbMzr9Ndf/AI3Kbzv1z4gNWQbJm5GH5FnnnmK16OtrY1H7yK5RH9CLQ2NVScj6AKFG6aUGR4eYtMIzweF+33wQx+R8PvTynDw8r//8t/AZZdtgo9+7BPmjfn4J38b/uoLf8bTGDQ2Bgtise0wEhijgrXep9sUhIIw2cCOFaCYRyfkpWvmRR7gPVGCCM2yql7IcljzzcBNwKpa17cSA2A6uztcMuH0icFABQ/6B584dtzzCbAifBWhIx7+dUAFABKkz3z2c7Bm7XmmnN2zeyf8rz/8PE+x8vk/+F9SQ7ZhjsD3vPd9fMQkBHbOOzu7eEAfdvCdhE8jdjnudzg2NsZk8DCXxUYaMJSh2nb5UI0fjjry93/3NzB7zlz4/d//n5ppna3H+uBIJAcPHBCS8ftDVGIYWkDNDOxuc80a4388TKeGpL6pqcHD0qu6ApqMcjXCG69KmH8dGV+8z+P1TqqwFWKAquYBXL5q8cTkxOQfTU5MpTBkn81t09TkFHdsNibM+YM3fWpKW0afqgzPBaT5VmX4PKvlBMIcQDwXEOYE0rKtYy6grJgTKOOVE8gYiFvPD8RzA1maPiMfkKXtAVevzXgScP+9244FBlIozDyJ5kEv4EstRpvJpH0xgj6Q4N36xjeZ50bzwZ//6R9zcrh166uwYsUqmL9ggZQJAn0Id+zYDgsWLOSRYGjOEMmfladPsWkF29vbYcaMmbzni0LqAx/8dVi8ZImU3x/m//vy3/41T36Kw87hMVetWq0FqTDT75Jly+DZZ57WHuIIiaJR4DmvUwQ+Ry3Nrb7HwGcBTcCtjLhHQYa1OyaVrfZYwMTzpi8w4nWCyc3emd11ef1cU3X4JMyZP4sRA/v7uX/HcfZd8NdUNbc1wNnT3u4ZmlXD8PuTGyfX8Pu74sqr4eOf+C1Tzp05c4YH142MDPMkzygX165dZ9Y/iAwiidy7dw/r1M/iw2x2d3fz/f3kMHZ6MX0Wdtox2T+O9NHW1g5vvO1NfDSQMOKHZWl2Df/4D38HfSdPMkvVWZ7D9aKLLtHcn9g51q45D5599in+XQnTilq5AVXPaxWBgUw9vd1c3vqhsTHFyH4bQIj2z7YizPyreh1I9SuS0P55kj/E/96xde8gVBlVNQHf8Z170d32gJupBzRuuBjwLSvq46fKlxvXgyaHoATDmG3+xLE+7xsjaP80s2W4ycEw/WICzw99+DfMl2xwcBC+8Bf/10wmisT17/72/8GRI4dDTRBoUsKe5gc/9Ouc9BUCFFCoSeRCx8fUK5ah4PzXr/4z9PdbpvGf330XbNu6xdxn2bLlzIRxC7/eMBOEpQW0TOh+vdWxkTFoaQ8md/2nhyObprgJOJ+vuomMMH2BPoDlitqvBWD0L15+e7u9Azc5nobx0WB/ez/yp/n+KTY3HDk5nGWdxDb47P/3ObPjiUqJv/zCn9rk2jf/6+s8zYuf+Vc0yyLx/NjHPsnMo22Rxnw3gHVfuXIl3HLrbb6mXntZHr79rf/iRNXA889thoceetCU2909PUwT+GtSclhrT8UcySrIDIzHSjUG05P+MyO2IDZzQfUIXAsx6wabf732cmgCfbV/XjurQ2yrwxADVNsHELHDahd/9arfiii2/fDScOu/X74rr32QKAShuaWBayu9kNRHnXC+MEHQht3J89x5GuHQXux/Yj24c44xfNGfA82oGFThR/xEwYADhmtjR0YHagOvu+FGCb8/Tfh877vfhn379jpeMJWPTznENINGZvbb3vQW1gvu4cI27MMntqNlrvBuz8mJkGCQM8PRXzRbvkMCofSo9yjgkaExaGPkT3GYZ8PkMAZ/DA74D/mmtW1CmgCi6RUJEUbYivn1MIfeHkcgB8rev/vS/+M5V/2In+ibPY9p/lADV+jzcePNt5jPiT/x0+aY+Hnzs8+4jvOzu+7gyoO8XrfLN10BK1au0uVwPrQOhh+2MWKInzb13NngoJ3RoXFNqxvgigdCmS09lG29W/vnNP+qHtupoWTBiwzysm0//e59sXhR40AAX/G8Gb5Qg5dtN02VVnv4+gaoQecMVlL2hxCFCR+iYVfjywodbezF66+/gZsUjJcaI2afe+5Zz31OnDjONYHY2/IjfmLZLW+8TSr9ihNXXX0t7w2HET9cfuSRX/Ek1F5As8mPfvh9cx80kb/jne+2jTcpJ3i0tkz6DO12qu9MoI9PeirLPjbRcq0Zw8hRIAghFAWqd3mKIzUPVVczl20KDoIZGR6Fjs4287chb8LksKr4v5NW/lXF7DwGHkvX/i1fsRLecMutJqHbvWsn/PTOn3jug24uX/zLP+dzP+Inll173XV8+MqowFywc2bPCSV+WPb6tq2svj/2PA5eH2oG0X3K2Pc973mfTnzlrTEG8fOTw4P9Q9DU3BDQ1mybsyPmK2OP/A3Q/rnyj9pWeLyMzl8Ov0If7Z8P+UNsgZggDgRwc2DzCwxL9dL82Vh70JtpO6DDB8Arwthf8+ckfV5Ec2xkkhMFf8GicKLhJcsMtbiztxQkHZEA4fYf/shHTUGB2r1vfP1rgY3/2quv8Jc5iPjldaGApuCrr7km0s1FX5Xz1q0PJX5YtnPHdvjxj38YeDwcFg6FkxGJfQETagsWLuIkUFWDvyBaBJ8leDStnLv90ae0OcTHb/BstIHZDUKZm44EcNoSDig5SXFOqtdU4D9TszNt//k3O/pqow9kW0erzd0BO1zDg8GdNRyHNkgOi8EfMnIYSdBHf/MT5v3Esq985Z8Cg8COHTsK//D3XzI7417EzyjDTvgb3nBrpFcUg0VQUxdG/LCsr+8kzzsYVN/jx47Bo48+ZGoB582fDxdfcimXw9p+/m0kftdEM7DnPQgJU0U3K9Xrgw2Ob7af9s9j+8DgD1/tn3sMYOeBhZJYBIDw71IM6vAcmybsbRUWUq3aGKBMZI/qbbn3fAxcPQIP9udLAvWy4YGxwItGgoFEw/OmJESzgyKh/VP5i3fDDTdxR19DWNzxkx/C0GC4n+kvfv4zeOyxR3yJn0XeVLiQmR/wHDJAn5UbbrxJ/9DlA4UPOhdjctG8hB/Jz+66UxeUmk/drUwzqQ3mHbavXQtoTF7IZIOHbeP3NwIx4PdU1UcdqTGiooZN9E+KpJTbJ9OIAq5HTIxN8nesudmePmRkaCLQLI5pn4yxgv3ksLz2T3PDWbNmDVx44UXm+4FWmAP794Vew8svvQjf/963pbSAmN917drzpNvn+htv5L7YYX5/ExPj3P8aXYTC8MD99/FMD8b34tZbb9NSoYVaY8DmjqOVeVORkeGRwGONcHKvOj7PDg2d7SbpZSaRC7fnqp6/7MdxPgiq83z2wxIBNHDnd+5lbyg85r5HqudtCNYChpiBA9m8cDODtIDOXw4SaJxvZDCYAGoEw693pNjMDmG+f0h88MV757vfawqL/v6zcM8vfi59H3714P2mH4oX8csLEbRo2pBJg3LpZZugs6srtNeJwSkPsfNnJMfKxR7qiy88r2sB87Bu3QaYMXMm73mHjbfsFObadbjvw5nTwQmb0QQchfzw87Nzc+JaY0SFUBtAUZGfbj6Akg8pBoC0tDa79hkJ6YinGhLg99RbuUMVyY64lkHiXe++3SRsGPjx/e9/R/pyUa7t2P56iBZQW0a/aowCDsOaNWthIbOShAV84Dfk0UcfgdGREam6Ill8+KFfmcebOWs2t/YYWszAZ9XRpr5y+NQ5Rlz9vzU8K4g+uovL9Ks6lDZeiiSwbQKl0P45eYKD/OFHNBY5AHm7x6Ma6l3e6lvhBrlMwd5awCB7vhrK6K0yVTixKj5E4oPgQQKN8uGB4B7UyJD3S2aYCg01uRU67z/hC7d+/QZYtGixKRyQ/KXTciPNYGoXzNF3910/5X52XsRPNOH2zpjJs8EHYSYjZBdceGF4tBkTOo8/9ijPVbVs2Qrp6Db0FVSFQcWvuuoaXQuYD2wrzeQgCh7v82E0cFBSaEwZFJbg231vKRl0TaHGzM9KBRJBV3ySxBgjgK1tbjIUZv6dnJr0eVcNOQyR5DBGxW664kozkOPJJx5jncnTUteAqVpQFj9w/7087Yof8TMmTL5/7XU3BB4TCeKVV18TSPyM4yH5PMGUACiHg5JOi3jm6Sd50JwhizFnrJFGLait7GZgfzmM7djYHFwX1ALalETWojcLcBK5YrV/AaZft/YR9v/0e/eNQUwQCwLI2uWnrDknnS+96tGgHvvaFwTCJqMFDPIF9O4wuEmg+Vsvy6SzvGfi2+jJBB8WzFvwiP5/ilTwB75wN73hVvNFxiTMDz4gN4Yv5ojC/H4IVOf//Gd3aaNseBA/0T/w0ssu58MaeQHrfD0zR/NmCeh14vTyyy/BkcOH+LZdTFs4d+48qXqjgMTchoYWECPjsKnCki072zVIk5lqDM4vGDRusN99l0oGPZ0+4HVAPuJyG7UgEKd2tz7+TU1MQXNLk6s87B31y8EqymEZ7Z/h63fjjTdbCbnZ9Itf3C31rGBA2+LFS/m+GGRx990/hbHRUU/iJ5bhiB5B2RmuvuZaYQx4b+KHZfv37eVpthBIGlGZIAMMZHz++c3m8VeuWsXzxMqO0uScPL9xIZHFZkfc9o330f55kD4nTwjX/vmYmB2mXxXcZJCVxSYAhD/ncajET797Hzph3GmKLh/O5zYFq55aQK+9VcdWQb6ALqdSP5u+7dzWgxKWc6qJ9Wj8iIDlEyFLALWM6ldccZXZ63z+uWd5AIgMFi1aYiNBaF59+FcPQNDwbFimsH1uYMLOCxhthgmgg4gfHyP54H7Y8tqrtn0xaEQ236AleFSeG2vlytW6/0m4+cFtBnYDUzkEgd/niH6APAikhMSj+jyJ/pXGG7D4yfIBLCGLrQGgXEF/amfy58xUlif790OqIQnDPpYYpxwOd8PRTKjXXnuDIN8OcGIlAzTRYrosA2iG/cUvfmamuPIdsk03BSOBdAKJIUYjBxE/nJ85cxqefupJ276YbBqD/mTwwvPPmUF52E4o/zUNoIwcttrWTw6H+SNqctilA/QI/FDBpbQrSPsH4OU6GEb+9L+x8f/jbR6junzFaCLVSQL9TMHGTfVg927tn1sLqAZoAc1jg+OY5v5uzZ8h+MdHJ4OvVFF9XwjD50SG/GlRZ3meow9Jk/FiP8HMDjLo6enlvTUndu7cwR2Sw8bqRW3d+g0bbfui0MBosCDih0II8xI+9aQ73QuS2XnzFkjVH6OBUdtpaAHPW7dO94eUEzzaBxN823lsNFhTPzE2FYkQ8OHgUDDWMMkouZqsXlEmEzCXXXm1rjS1ODIUvguNmDLE5hcY3BFvbEoGyginrAgCyh0kTUuWLjU74k88/qjUo4DDuuG+Tpw8cYIHkISN1YsjLqHZWQQSwquvvS6Q+GEZkqtHHn7IFbiB12tYhsKAvuOoODDqhn6Ahl+6rBwW29yJgXODoXLYeKXsRFB41wA8R/0oRPunqo4D2w7uLHcQyBgFgCCqOhawCKYFfOE9H37zI4z/3Kw3M+NJ1oC8+HCJfhh8UetwmM2r8Jujp0wxNsIboGicS1W0Y/K52aPTD6Jvr82MnbTjqIq+tW0Z+EHNIxn3XLEeSD9og4C7yzU/CK0+MkLHyDGlDetjmX+3bnlNqs3nzfM3t6JvB/qkLF68RKMa4sMvDNl25VVXc3MB+oxgbxV9YJDEqXo+MuvFUs3hhSYmJ+ARJthwey/MmDEDTp48DpOTwUQaTdWYWBWHqsPKrF6z1hSWwX0be8/TIIIuwcPM9LNn+TtZhxJ91/1NFD8eMHEugt9TrcsLfMZkh0csFyr5mOIwodqwmQnbeSdC3s+8OQ6uHXY/7MLkMLYA+tTJADvSfufAgBD0p0atWtCQbevXb4QO1vlOopWBka+WllZOLPPC0Jc2OQzA8/ghwRwf9+7oYhJrdMvBMdfDsP31bTDrxtlcDi9ZsoRrM8OeQysRtPX8et2PifEpaJib4q5VXsB0axgAaJzL5rPvQdac1kCvJzdI+2fdd2vBrv1zLtuIJJmAA/BndvKsOmzAbsZdcECIU/vn8df7BntpAu1lOPRQsMCaAj8TjvEiaCQluLEMsnPeeetMJ9wd27dxEhgG7DW2tXX4rsdjPfDAfTAw0B+YwDnBhC4OVD533nxYuGgR9yn00vgZZZgm4fFHH+H+Lb4PJRNiXj1iL+zevdOsU3dXt+5/EtbzdE6K5/3A8abRTOQHFDz5nLzTvbQJeJoq3OpIKVWVyTbWapX/VfLKcTSlhsaUq3xyItiFA8eED5LDoiwOfK51AsjlsK5pO336NM/tFwYkrmiJCQJaSo4eORKcwJn9W7hQG6sdNXfon+2l8RPLNm9+JjRAZdasOVLvNvpjG8fGNjMCEoOFlp8G0H1PtGhtf2iRwOLH3K6RU320eqXQ/nmafp3babMhNovFEHAGYkUAf/q9+57BgBCnWdV+XwNs/U7mJxkQovqSSQgkgXYTsCX6ghJAI3Cga8/XwXwB5P1OcLDvxUuWmoIBzbcyQB+9MIKZZkTy3l/ewwlrWB4/P1OvVab7Jz7/HJw61Rdav97eGVIRwYcOHrSdF8loPh/F/yRYyIcJHrzXsp8qywRcn355RNFKOHmEVnINCuipYOqoKTKMyDU0pFzlfnlWDfh1lKN2xLlszGNAxlozdQsmtZdBj24xCT6+ynPuYU5XmfF7w4gfVxTseB327d0TWj/UAHr5Fzpx9Mhh7jNt+ALiePRGRoZguK0xPpuFymH90yy0G7jLzLlXxby1fx7qI58IYtW5la2Yzbb97Pv3x6obHzcNIDbT51jDjdkbzocEupi+t/bOmDtJoJ0M+vgDgt1hVFwGh+bPOIHf+L78OWYkIJgAKqZmKqSd+Iu8YMECa5xZ9sLt2yvndIwvtgwGBwfgoV89oL/MhRM/3B6HQ3KOhemHpqYmqRxXSCYxj6BxHiMRdljP05qMtvd5QRKKhOCR+1JxDWBIlvywj7zcBDRN98lTfuhyIV9fqYZQk+eVtiQT0hEfH/cfitPepuGJ+DEAZdbs2abM2ycZ/NHd3Su13dTUJNx33y+5rCuG+GEZDgH60osvSJ0XySmOIhIGdMfp6+sz5fDs2XMEd5wASay3r2UG9t4u7JnGb66ok/PU1BWo/TMVPKrrkLbvf5AmUGcSsTL/ImLjA2jgru/df+SWt9zwVWbT/1/6o+F4YoyZYvttlimOTQNeZmuVAo5d+UrF42l1lzl/qIGRZw0NSV/tlOUPIWN20HqeC3iCT12rxAqPHjsS2sZIrjCHlCxw4G8UGBjcYVyj6FMCDh8/VScvRp1wuZ+Zkl94/nnpc2JboOAJiwDTzC2nuOkDzzhr1ixd8ASTaItka9fjN4pCWAqCMycGYEwyHQzmhkRn6yR496hj1TUk1N7dQf/a0TScOj7ANNexE+1lw8DZUWhsxAAQe/L2iQBXHHz3R0fGfNaFWwbERtc64gvBIAn4+9jRcDmMHUJ0mZG+zv5+ePThh+ANt76Rf+tEfz4vHz+vMszZ9+Tjj4daSESgW01//7nQ7U4xAjh37lzeBiiHLX/IINg1rP4jM2UC7wU+A5ib1bor4DIFO0mhvWqqayg3x2pQXczP6Q5mHslVhkimEmchZoillJiazPzx2PDkxyfH0zPjWL9ioCTCzZqif5r/h0d7uTBgIq9avjD958JfVHQOlk24bMCIEnMGd2zZ8io89tij/OVHv0J0hL7pppvZw56ykUE+cLgaTTMhKxzPnj3LHanxXFpUsyqhBeQtrcUJBWxmjWvpjdOMAEbFSP9JIBDKgyQcPxi770zZMQZpGDgdIb+ukuAyKWAD7a8pJv0DAVCuoUuNkX0AZQ9qw8KAHXHZhMvW+bRzOIM7DhzYDw8+eD8jnkehobERNqzfwIfIbGGy3tpOs8T4Bd/5QVYOnzt31hyLuiOSHLba2w9YZyWArgyeHeFTnNEzq3133OoUSwL45CPP5K698arrM+nsVqZNq244W8lRGk2C0dPs7u6xadlkenbNzS2Rz7dq9Rrz5TaI3aOPPAz3CIlOcWggHFJu/7598Mnf+pRmmgatnhhRjClihoeHpM8pW09z9BI2tbV3lLTnqUr4ExIIhNpCcD9c8Vn2BoqHbj3owtAkYfBcGJAARu2Ir1qzxpJvuhzetnUrfOu/v2EFvzEe/PTTT8KuXTvh05/9PWhtaTHlMJ5z/oIFUhpKA5hIWmac6ZHhYTMACaOA0XdQTnTaI4G9gL7TiRq2kSSSCZUpf+6KW71iayd46rFnd1x9/RUfZ6rdb6nTbHxLr5ciqiAwgNo8QyAgEZKBmHBUBphSADVrZnQhmw8ODMB99/7Sc/v9+/fCCy88D5dvukLwvUT/vDmRCKCM8zECh5HL65rJJp71np+wJPclL0UmCQRCLSFI829zDQqFRvpEOYxDcKKvXhiiymEEt3TkLTmcY5qxO37yI8/MB2fPnuFj9b71bW/XaqorClAORyGA6AeIU5jmENPJ5FXD/Ucjm2Ht4PXZ87ovaIFSErXr1tDU0nDwqUefnYKYIdYt+swTz337yms3rWUk8I9g2nyEvVXidgKo+Z4EX7ImAFK8l6VFW2HaEhnI5AhD0oc9RRyZA9O7OHud2LvElC5+wCi4yy7fZPMFvPCii2HuvHncXHzq1CkYGgpO8IkaRJmeZzaTMeumXZuXj4fsvbEjnyMNIIEw7RDoXuOGnwgw4q4aBDksk4YLkUyGf36RJM6bP5/LYfQzxPOI5l/0zw7q+KMcfstb32briOPoINih7+NyuI/7FgbJOG04vPB40QwftcRyEULzNk/SHdLMbhLo3gHTZyWV2pXDjU2pf45jvWJPqTc/9fz/3nT1ZTMHz459Yjq4yft69Dk9TiWvlTsD6z3CnMT4i8ZeTmA6GUPQzF8wn5uWRQdiy/yrCZIwIadF5qpmr9PIU4b5AufgeL+sDBM9YwAHksEzbB4W8OEHM+rY0+G3OPgliyUQCLULBUp9PGP8X+w05go+DnZgMZMB73yziafrEgI+nB3xqZBOvyGHxeT9eO0zZ83muVbXb9jAfccxbyHK4tNMFstakpww3GWM+slYtQwCHQYcWaRWO+LNrY3DjMf8SxzrVhM61eefefGTl191WfPg2dEP1zoJ9H+IC7suNDcYQSCplJzJFF8m7NEZggZ7ljNnzTIFDej+hf5RvcDz7QVhISYC1aOTnRHBRlljUyOPYsbzY9nY6AgXRJic9AwzX+C1yQB70oZ5OpPRBKJcGh3xvnhvpWkg6yutBoEw3RE+Io98JxyRZnJHCwKJIofzXL7gSB/zmQxEOTibmWe1kZQs2Rs0msd81mnH7XM+pHMRt97khRGcwEYG8Q8G7OGoUHPnaRG8GCmMZBDHCD5z+gw37cqQLzyO6CeeiRBsEnb4RCJZkwQQ729re9PvxrV+NWNUf+HZF3/98isvTTFz8PtrmQQG+TOKqUtknWdRi2YQKxwPOOhBxOScmK3+ImaKxYHC+QvrECrB6VysMsz0ft5562HnTnfC07a2drjyyqv047mJnyh8xLLW1jZer8VLlvB9BgYGmECcCwf274PDhw/xXFNeaGJmEsv8koao/fsgn8GEhAmaQCDUFviIPD4Qhx0N+9YY2RpMOcy2b2hsQKd/bZQgD6AfH46Xi8O7rVq1mpt5xdQtoo+fUead4kXlUb7XXHOd5/jv2DG+4cab9eNBoOwVh/hE3z10+8HOOXDf8hHuurOfyeFDBw/AxIR32qsm/TqMb0SGaR/lXNstsu0na5OsPWsxFqCrt+2ezU+98P241q+mvCpf2PzSBy674hIkge+tpXqL8Ot5ihFkUSKnMFGzQX6cyZ0xGScKmnVsWrP2PG2YNjOppeqK6pUhfiKhe/8HPgh3/+wuePXVV8B4gVG4vfd9vwZt7e2CQzAECh9T4wj23II4tNtVV18DV111DXdAPnr0CE93cJBNmMzUaEvrXACjTIsok7zVNpYmBPu/EP8jEKYXstlwM60li7kDS8CWiimHDVHS1dnFO7CI7u5uLoexw7yWdcBx9A9bp9thbZEhfqYcZnjjbW/i1Xv6qadMv2x04Xnnu97N3XpUSeJnncte1tbeBpdetgkuvfRyLnNPnDwOB/fv57IYZbIRHIJy2PgWYRmS4ij5ZoM62jwIpXDLelXQ1dv6zIvPvfz2ONex5sJqWIPefukVF/+UmYPfXYsf5qCep/AqgIyWE8mJNVYvQDN72a67/gZYsWIlFza9M2bYXmq3Wbcw4mcIEMw3hWTvjW96MzcXtLHeqJYNHxzm32jEz6sMTdaoGVzMtJjX33AjTDHhcujQId4jRT8Zo27Dw+i/okj7n1jL/iGBpAEkEKYXclmV52T10ipZGkD5XKID/QOmHMZ9rrjyak70UA4jCTOOa3OvASiK+BllWIE3vvFNcO11N8CpvpM8UAQ74ob7SqHEz6sMiSYm3Z83dz5cyTrnGICHJPAgk8NYbnT6NT9CmWH0VKHd/OUwjshUK644yVRCZZq//3hx88u/E/e61mRc9UvPvfKey6685BsDZ4Y/XmvfZhwlxO8hNwSPKEj8ep6a6UGBkydOCiYDgN/46McdgkY7TimJn7OsnWkW29qWCVpFKBnxc5dpx0TyieaTlatWaWV6G2AyUmtEFX+IGlfjd6n9MwkEQnyBw7dNjE+6ykVSInAsXyhKAvr6Ttg62O+9/dc8ZW8piZ9TzjYz0y2OC2+UOS0weduwqNGIn+rzDUHN3JIly6zz6ufU5DBE6IirtrZ3QotCjrcKEHP9tXe2vNLc0vgRZvbdEevK6qjZxDqMXX9i09WXvjB4bvRfM+lszVwHjluJgscresvZMwwWPJqW68SJY2YQiF2AAJSS+E2Mj3OVfysje0uYFi4ouEMUIKiRQ/89HLPYSFpdDPELKzt75ow+fm+Q4BHaK8T3JJ+jPIAEwnREa1urLwHUl4TJX56gHEY5h4mQNTOotm85iB9G9R4+dJCbWNesWWuTw0Gd7smJSdi7dzd3C8KAP31VwcTPLnuFc+llZ5gcRmIcRgC9OuKebayPdx8XoPY41ZDMNDSkRhsak/vZ/L5kQ/IfNj/5whDUEGp6wMjnn3npP6+87vJ7Jsam7hkeGLukVj7Ube2tvgRQfCnCBU+CO+ieZeZXbgYtMfFDf4/jx49z59+TJ46b9UOStfH8C7ScewGmhSOHj8DWLa9yYbVv7x6eewrNuAsWLNLzZpWO+BllJ0+eCNUAqi4zjL/g4YOMEwEkEKYdmKbGs9zeCZcZV1zrjGMHecPG88tC/DA9CybYP3rkiBnxi5G6l1x6Odf8Bfn4YYqtV15+iQdv7Nu7lweOLF68mAfy4WhLpSR+Rhl+L0rZEecWnjLK4QQndKksM99OJZOJcabNG2Lzfkb0zjLtYx+7v0fYNkfwNrPlnc8++cJpmAao+RHDGePGgVUvveLay66cHJ/66ujQxEXZbE6BGMNvPGBMI6BxKlHwqIEPLZLAPaxnt6l3BpSK+A2PDPPh3DDYAh15nUAyh76HGGHm1+tEYbh1y2u2/bCX/Pq2bbBj+3buo4KRZkhcjRe/GOKn5cSa4tnvrQz7wRHXFhH09y0hDSCBME3hN+xY3ki7InYUg+Uwmij37NkN69dvLBnxM6wu2AEfHXGPc3uCdc5Pn7oH3vGu9/h2xDGt1rPPPGXbD4+7e9cuPs2aNZun9ELNIHc/KpL4GWXHjh3TNYAAweMoi+Z2NdA9KoocZuRNTTWmsilO6JLjjNgNsns0kEBCl0wcZ9d6jH2HkdTtYct7nn7suXOxeS4riJongAaee+rFzWx2CdMItuayud9lZuF3pqeyq9m8i2mgGnLZfNVJIQqKju62s8cOH8e8QBkPebSRzb6gcu2b8cAHawBR8CChuvzyK4oifqilO3L4MO9lYh6+MGg9sryvj59fyhYEjyRjPUScWlpazFyATc1NBRE/4/xHmKnZaJfAuqtG3U2Bci+bvuG1bXt3y+eZdvnqbCbenQoCgSAHJDptHS3jIyPDn2c/+zw26WHTN8EWpRvsjsPl8I7t8I53vpuXFEr8VNPqspcTvDDSY46U5BPckc1mAvfnuf7YhJ1mnhOWyWLMFlEo8cNf/f3neDaG8Ahg1Umwt7Dpz722ZATu7W0dzb+GbvKopUulUqdQQ5dIKmdY2x9n39bjjNAdZsu7WJvse/KRZwenw7NabkwbAmiAaQRxOIkv61NNgfXGHmGzP8PnXUbwYDkKnm1bX+M5p7x7cMHEDzVmB/bv534lQaTN9eA0pFwBH6IJF4cBkoFmltjDJ8xMj0IIE6Oiz4cs8TPK0LyB7ZFIhPudiL16ts8P2Mfgbq9tX31xy9219hwRCITiwGTxnzEZsURG82TIYZShQ0ND0NnRGZn44bCYBw8c4Bq/SZ88e17ApNP2jrjdn09WDqNv4aGDB/nU1d3NO+SY0YHvL0n8jLL9phwO64jbNXvs+3WPnxze+urrWP6x2nuS4o1pRwBrGawnNsIEz+vshbhAe6nRFIEvkT+hwQSZo6NjzPywC1atXiNF/MbHxuCll16A5zY/y82my5eviFzXhpTDh88hfGQFjwgko7t37+IRdRs2nM8TpfYy03YY8cPSbC7He82YMT6ovexmB1OwP1uTDwyBQCgX0KK0xLDE2JNDu6GRHYX72mEqLkQY8UPSteW1V7gcxuEw1649TypqVkRDQ8ojnyuYZFBm3HcnhgYH4Tgz4aI8xbyFKIfnz1sgqQVU+bcI5XDQtWjNkBcsXRwkhysMIoDxA2oBL4hiBkYS+OyzT8PKVat9iR9GCu/ds5sLmy1bXrOZBjBRaS/3IYzw4OijiPgFchQieFAgHj16mM+ff34znxYsXAjnb7wAVjPh2IDnBLARP2O0ERwtBMksZrHXN/GBqgse0wR8gBHvQzX2jBAIhPIC5fD7RXcRVQ2Xw5uZHL72uusDiR8Gcjy3+Rl4+eUXbaNqYAAbjsUeBSmhI+6lBcTRQKICZeORI4e4PN3y2qt8QusMBv6tW78BWvTAESfxw+X+c+dYB75PQg67XHEwKvKpmnpCpgGIAMYPv2LT58SXIywCDcnWq6+8DO95769xnzqR+A2y3hwSqeeeexbOnT3reQxMqNzS0qrtK/vgMDKW1zPfe2kBkxE1gLjvoUMHOPkTgT1RnB555CE+msnGjefzABLVIXy2bd3Ce53hZgfV2et8MObPA4FAqDxQDgvywrDG+APlMKa8Onb0KHdlMfZHGTU+Pm5aXY4dO+q5//Hjx7j/XVdXt3Ql0RUnL/gAOrWAyVT0jjh2wkdHR21laJ157NGH4cknHoMVK1dxOYxJ+fk1ahfK59u2bZE0/7rk8LOsIz4ar0dg+oMIYPzwBJuG2YvRiS8ITolEsBYQiQ/21p568nG45dbbzJfxgft+CQ8+eH/owOeoDUR1/+rVa4UI2mDYxhH20AKmImgAcX8UnEhW/YDEEEkeTphx/j3vfZ+pZcSko7h/Y2MThA0Bl8+7AkDuiedjQCAQqgVGRo7MmjV7C5NOFximSpTDwWbgJJ8efvhB+PWP/KYph19+6UX44Q++G+pjrerZEzC/H46LLgPNEpP3zeMX1RKDWkg0R/sBU9Ds2b2LT52dXfD+D3yIp5XBc+I36PVtW7nWUTYQT/g2kRyuAhLUBPECEzyT7OX4peUjkQ91QsbeVor19B5/7BH+Eub1aDJU2csCe6j79u1xaeD8wAUPElTTPGKNL4xlsoIH9zly5DDPaSWLZctX8OOrumn7xRdf4IIXTTBh5xLblE0DbHokRrefQCDEBEw23Knq+VAdnUZPIDlEOfzySy9xa0tel4lr1q7leU9lgCRx7949TB6PSW1vuOLkjdGQBHmMcljRI5Rl0Nd3kg/rJgtM7o9WI/zW4Pm36Dlfw2W/Sw4jfhqbG19HIAIYT/zICpHXep9hwJcO1fZIAg0BMJdpyq659nrpk+L+u3fvlBI+Nh9AgfgZv2UIIPYmscd76lSfdB17enrhoosuNoUrDxzZtZMLXplepyB0sOgutn8aCAQCwY0fAxcbmtzQtFXBsliTeyrc+8tfmGld0L3mLW99u/RJsROPwXAYGRyGVDLlSfxUIXglLCAPt0Hihx1xWaCP39XXXGfKYYxcRk0nnkvO/GvT/m1mclj+5ISSgQhgPHE/m06KL4qcFjAFjzz8K55w2dACvvG2N8OMGfIBHuiUvHPnDj6UT9ApDQ2cWwuoCZ9ECAEcGxuFXbt2cPOtLLCHfdPNt/BrVfU2efqpJ3Ttn3yvUxA834zXbScQCHEBIyV72eypKHIYO6EohzHAA4M9DJl4+aYrYcWKldLnRk0gJpY+cSI4F2BS6Ig7iZ9x7iB/bCSbOEQcmn6jABULXPunn+eF559jdc5Kdfw11yZbR5zkcJVABDCGYIIny2bfsgRPLtSPD33f0PcCTbh3/+xO8+VCn74PfPDXpc0ACNTMHTy4n5mEd3PTsBfwXF7ELy+kV/E6J5oI0AkaSebY2BhEwaWXXg7z5s0zz4mCC4UsClxZ7Z8gxLezdqa0AwQCIQg8QXxULSDKvp/8+Adclqq6Bef9H/iw5i8nCTynIStHRoY9tzGC8byInyGPUx6RwHgdaHnZvn1boO+1FzAI5Lzz1pkaThxtZOvW13TtXzL0mhxyGC/sJ/G77fWBJBBiidbWtl1s9hm8R9pYk1pkVZATsrEKo2YXLlwEM2bO4s65nV3dPHQfzQpRgMPAYZZ47CVigEVDQ6N5DhzTl4f6ByRrRuFljFuJxBQFzsGDB7jAiTq8Gg5XdONNb+DLuOfExDg3syAwFUJw/ixN6GSzOVHw/Akjt6/U3pNBIBAqBV0Of4LJjA6UMcawb8FyWBuLHIfLxA740qXLuFzEkTEwgG3LllcgivhD2YmuLuiagzIYj2mcHzMidHR0BCbKR7lrDOmJHXA8Fsrhs+inGKpYsKOnp4ebs7kFCHCozByTwz/n3wj0c5SRw7lcViPGWiP8G6sPBYBUCUQAYwpGTkaY8FnNFs/H39q4ikroKBeaJkzlvcaLL7mUCwsUAwsXLea9SEw1UEBdOBEcHh7kAgQF4MqVq/kLHzRkG2bGx+AOHNoI80phlnyDEEYBCp23vf1dmilD7+H+6sH7ob+/n9chrE00k0OOCx5d4OFYdx9j15Wt2QeEQCCUHUxG5JgcxvQCN2vcxiCB4XIYt0czLmrLOto7OGFCd5ym5mZeHhVI4pC8IbFEEzHK4cVLlkJbe3tgonwM7jhx4gQz8x7n2RJQbqIcj4pmVu93vPM90MqHitMijZ979llOJjU5HG6FyeXy/Bugy2GsxIdZG9OwbVUCmYDjjS+yKaepzXOSPiiaWWBycgK+991v8xfdMA+8/R3vgg0bzy+4Mhgkgs7CaDYIMv8aZSgYMMgDBVbUnqYB7N2+jdWbE1n9+jHnIQoyOYdj0HudNjP6l5kgnQACgUAIx1fZ1C+644QF5qEc1tKhKPCd7/w3jDHtHfdBZgLpqquugRtuvLngyqCfNvoG4tjDuGzJ3rwjKE8rw20xwwNq/AohfgiUv297+zuhq6vLPA8OXffaa69wOSzv+2f7jn2XyeFDNfQcTDsQAYwx2MuB5ocfOn0Bw8wHWkBIAx/X8ed332USMkwJcPv73g8bN15QdN0aGxp8iZ9RJptT0A8obLDH2dbaZh7/ENMqYlJr7HHKZLnXAj9sQgfzzfxbHO83gUCIH5gcRj+1v8dlsTMZLocVLocHBwb1znjOJE9veMOtcP0NNxVdt4bGBl/iZ5TJpqDxA7r6IPmbOWuWeQ4M3nv4oQc5+ZMZ9lMkf3pHHJMi/lX87nZ9gQhg/PEnbJo0BA+q0GX857BHhi/+Cy88xyODjWjdBDNNvPf2X4NNV1xZ+EOjRxz7ET9D+BRDAHEg8ne+671cA2hEuKEpA02/SPy0wI/gYxjEGdtM0P79KRPoY0AgEAjy+Cc2HRM749roIMHA3KQohw/s3w93/PiH2r66zLz5DbfAm9781kgBek40NjT6Ej+rI95U8PFR/r7zXe+B2bPnmMcbHh6Ce35xt55ipiF0/GLRCiO4AP0rk8MHYn7Ppz3IBzDmGB8fH2ptbcPQsWvxt+ZgrOgvXfCLpzkrA08simQMAymMADYcN7ijo5OPoRvVPIs9wk1XXOXrdGyUoQYSfQejYvXqNXDbbW8x/RfxP/oSGrm1tGCU8EHTRaGjk+atbPpt1qYqEAgEgiSYzMgwOXyGLb7bKDP8smXkMGoD0RSL5Gn1mjW8HGXbgoWLYMGChTyjQSHm2SuvuhpSqOFzyF5bEEhfHxw5fCjysXFc4re9/R38O2Ece2R0BH7x87u5ixHKYRnyahBmwQ3nHJvey9p0spaegekIIoA1ACZ4nmOzD7CpB39bJDD85dNeUIUP3YMkaOmyZWbQBkakIdnCBKDjEVKy4HiVl1x6mS/xM5JYo78gau1kgQLl+htuhMsu2wQKOlnrw8yh4Lzv3ntMc4bMdWNPWHM4NgM/8M+7Wa9TPtU9gUAg6GByeBubXcemZVqJogfmyclh3BYzI2AgB45rji45KDl7e3phw/kXMFnZB4ODA5HqdPW112nn9+2Iq9z37+CB/dLHxOOhDEYTtUUutXHlf3H3XdzvUJb8Gf7rDh/sT7M22Fy7T8L0ARHAGoDe+0R/wA+zF0qLRdMjgsM1YQo3Q+B2+5kZYnBggGn/VpnCp62tHS686GJuMj7OhJOMNhDHgLzgwot8iZ9RdvLECemoYxze7c1veSvMnTfPJH4ITF2DviZYf3nyJ0abmSaHf2dC5z9q+0kgEAjVAmZDYHIYc4diWpgGIyrYssgEwyCBfSdPwOFDh7gm0BhRqYmZac9nJLCzq4t3nGW0gXi8a6651pf4GcsYhLdv316pa5w7dy43Sy/Tk1YbFhiU4/cxCwympJElf1ral5zTCvMomz7nl1+WUFkQAawRsBdmf0tL6xy2eJlRZmgBZUigJnwSXJu2nwmD5StWmHn8kAyieRiDQyantNx/QX6GPb09sGHD+b7Ez9j3FDPbhg0vNGfOXO4Lc+FFF3HBYuybZZq7zc8+zX0YUUhqZl9ZoWORP90fBqXfeycmxjPT78kgEAiVApPD/UwOY1DImzRZpUTojFvmYEzF8vq2bbB48RJo52lcNLI1l8lD7JAjMH9fUIcc07JcevkmX+Jnmm1HhkNzwHZ3d8O1190AV155tTbCh5Hei+2/desWeOzRh/l28uTP7YLDJkz3ctu5c2eHpsvzUOsgAlhDaG1tfYzN3s1epFn4W/QHlCWBOGE+vldfeYlr8jDYwhA+TY2NsGrVGlivp4rp7z/n2ROdNXMWrF27DvyIn1HWj6aHg24/X6wrJke97npm7mUCjOfIEvZF4Xj/vb/k5BH9AGUcjTWIiUazRuQvjvX7NiZ0Dk2vp4FAIFQDTA6/yGaXs2mVUSbfGQdTDqMp9RUmh1PM+jJ/wUK+DiUn/l6ybBknghjk0c80eKh5cwKtNxddfIkv8TPK0L1n547tnnVBN6Crrr6GmZKv56ZokfjhSE0PMevLzh2vc+tLoeRPyMDwMSaHn5kmj8G0gAKEmsKMGTOReT3PBE07voxaRKwxFq7c7dRGxchwcrecmV5ve9NboKur25XUGddjAAkmLT3EiBxme0esXXseNxP4ET8wh2rbAw8+cJ/2oDHBiMIGfRAxiXRLa4vN1Kvq53vl5Zdgy5ZXzVQ2MvmlrOvSBA4eRzA5fIYJna9O40ei3CAZUduggKcygMlhHGD9ZTYtMbIioCxGeSXXWdX8lFFW4YRRtm9+y9t0Fxi7Px+mUDl06ADs3rUL9h/YZ/prY+f9wx/+DV/iZ5SdPXMGfvTD75nnxXQuy5Yu565AOEqU4eNnyGPMuLBj++vM+vI8H+lDS7kV7ftiyeGsOeIHk8P/Yzo/E7UIEu41CCZ83stmP2GCRrELHy3gQwaan1yOE0EEjhqCCUq1Ab7dPiU5HPORmSROHD/OM9kbY0Eax/Iig2fOnOFjCs+ZPRfmzJ2jmXgFQWNshwJj9+6d8NKLL/LoMiO3lJzJlx+FC0kUNg7y910mdD5SodtSrXep3s5L8HsJ6LwVBZPDTP0GTzK+14pj4CJJMsbDlSWBeBlip3XduvVwLbOMdGPCZb7aQQbZdI5ZVtAnD0cDuZhpAIPMv1g2PjEOW157lZHM2XzouObmFmE7Sx7jP/RNfOH5zTA4OGTK4ShpajRSmzOHe9NN2Kj1u4nJ4nS17xnBDhLiNQomfP6Izf5a8z9J6lrAVOg4lU4YJlN8aZFAbjz/Arj00suhq7s71McvWpmb+KUzadar3Qlbt2xh5obRgoisnfzlxB7nk+zabh0Y6C9G6JTi/VCqvH+pjlHO49XKueUeyOlzbjUGx4hDHXyPyeQwpoW5Q+uLWxaZaCTQyFqgEUGUX2hluezyK2D2nDmhPn7hZSLJc5fheffv38ctLwP9/QVZlQw5jFYYg8zq5A/Dj69k5O8MEGIHIoA1DCZ8/pXNftdOAg3hE+1YTp+NhYsWwYb1G2H5ipVc41cq4ofHx0CUvcysjMPE4bmwzhZ5LazeGvkzk7O+zspvZOQvWk6F6O+DEoNtC9m+2P2K3bcax40L1BgeV63QfmoMti359kwOf5rN/tlICWPXBEY7kdaZtTRoaBrG4TtXrVptjfnLa1Qc8UMz75nTp7mbDk7pqSkHeS2u3jr5w1GXrmPkbw8QYgkigDUMJnhQVfbfbPqIJXwKf4kRRi/OGHUEpcX8BQtg0aLFPDEoCiSMHpYlftgbxGASzAeIaWGOHj3Kzc6GoNR8ZqITP3t2eZvZdy9bvnlwcKCvgOddphaVOIbsNuXYrtDti92vUserNOKilSsXSSrldqXYpirH0C0yf4lyzDAHG9YMpQBB7ExlhbIOZe/iJUu4HMbsCa2trdLED/fHHINcDp9kcvjIEZiYmOT1M+pbSAccISoPBPLXz6YbGfnbCoTYgghgjaOnpzfJXtxvsMWPij1QQxOIKQcKAfc7Ua1h1LRILi2aCwUPBo1gj7S1pUXr8TY0aJq4TJb78WGeJ8x6PzIywvcxIt/EqRDBaNRNzC8lkL/djHC+eWho8ITkM14r60qxXnabKNsVun2p9p0OqKTmrpJkrZj1Nbmut3fGHzKZ9gVcdnbGi5XDhgy2ZLEKjawj3tPdw9PItDCZjNHDDY2NfD36B2Lk8NjoKIyyiclEXm6kA9PqZywXI4c9O+Fo7n0jI3+vAiHWIAJY+/dDaWlpUVpb2/6RLX8GCywSmDJfcqWIO60avUnnWJOC1s9WIX14JCM9jZEjq9h6IOwaSluKgdfS6al3McJ5NkK71kp5MetKsT7qdlG3Lcf+cUMlfeFKRfQqTeJqoTxwW0YCf5vJur8DLoadnfHi5bDhaycjhzUZbKWoseSwUnDn26qL6tL86XU4yua3MavPziKeK0KFQAQwXm1blBaHCZ/fZy/2l0AXPnYBlCj6pRdhyRs1sIqlOqXR23SSP22d+iDTOH6MaR7HfNqnWmWl2LaQ8mLWyayX3aaQbUu5bxxQKQ1fubV21SJ0xW5b8TJmlXkrk7dfZ4utKHPdJFApqVz0r1Z55LBlGXJ1wl9ly28fGOg/UYJntRT7EEJABLC87VXMh7aQdQojgW9mAgb9ArtFk7Dm55GIkFolPjB6mx7DCrFZ/itDQ0NfzGGhHNkK+13oNpUqK2V52LpSrC9021LsV/VHtwL7VUOLVy5iV+6yQrYpaJ+urq4LUqnUt9mju9iQw4YMNohg7UF1BQtaI5WodzCz828NDw+P+u4cdOCwE0etKEEKRAALa4dCP4qlKA8t6+rqXs5I3/eZ4LkQf4vaQLEXGn+oppARBY5u8hhihPD3BwcH7/Npl2J/x/WYhW5TbFlQeTHromxTin3K86CWZ59KaOTiRrDKcYxKHFN1Lre0tPa0tLT8K5O1b8Dflv+zQQRrpUNupXgRZbHeCZ9i8z9mWr+vGp1yibYudbns+mK3n3aoFwJYSi1FRUicT5n078bGpsb29vY/YTzv91hxwuqFJmzawHgSwSCBw3MTPjM5Ofl74+NjJz3aIWw5yrbFLEfdr9jzRllXyO9iy4pdV8h2lX9wi98u6rpSkbXIBEdinVqG/dUSnbfU5/Fch/KVdcg/yuTu/2WLLcaQnIZbjhEgEk8iaMjhvCmLLa0fl8M72PLHBgcHtga0g9fvYssKKZddX+i2NYnpRABL9fEoB8GrhHbJ8+PPhM+lTNj8C1tcbwVlJAThkxAGMq/u42AEmTgj3oTe5jAjg18aHh76sWqMxO5/7WHzSmxTzrJSLkdZ5/W72DKZdTLroUT7lztgIw4kr5QkrhAyVYoymXWl3qag47W1tS1pamr+Ilu8xi2HnZkR4iCHVUH+5pxyOM22+oexsbEvTxnjg1ZHS+tXVki57Pqo28UatUYAS6XJK5bklYL0lYTgBWxnlqdSqYaOjs5PMuHyB6D7BnoJIEMjqCkFK/NoiNHFVm8zbxJBXeDk2fzn4+Pj/zQ1NXnO5zrFuSwJLHafYuaFblNIWbHLUdaVokxmXZRtyvoIF7lNuQhfuQleKQlcIQSsFPNy7+O6vs7Orrcwefx5tjjfKYeN9CyGRrCSctgY7cmIMPbpgCMeymazf8w64XtA7jkp5He53A0KLQ9bV8y2VUWcCWApNHrVIHqlIHKy5sVImq+Wlpbe5uaWzzKh8xvsd4uYEsAuhMRUAaUkhEaiaCfxy9sEj2pPKv00I33/zsjfbvAnamFErpgymXVRtilkXug2ha6P8twW8tuvLKhcdn2x23s/tKXbvhj/vEpp+Iohf5UidcVuU6qyyOuZRaapvb3jg2yOcrjbKYctGWy3zpSWEKoecthO/hzpZV5h1pe/HhoafCzC/S12uRS/ZbcppDxsXSHbVRRxIoCVJnzVJneFmC1lyA9OCY9lc85MEbMYGfxNJmxuZ787+c42AeSXN8ouhILcB8X0BLbxhPU0AmJv0zA3WNviz/wzzLrwo4mJ8V0gB2d7RiGKlSCQxWwb9XkppKyQ5UJ+RykLKi90u1KhWMFfCd+9Smn3SkX6it22WAJXiv2C7rkNjAC2trW1v4tpBHE84Vn8IXaRQSW0Uy4rh7XfqmdeV5HwOTrgz+dy2a8PDw8/ph8k7zP3mwp9XmSXS/E7SlnY/a0pQlgLg7rHlfCVRUsXUJbwmItTMuoyQ1tra9stTAC9kQmWlWYlFSVwMrYRq2n8FAPB7MTPe9K2M+dDTNg8MzEx+Wgmkz4N3oJWDSgHkBfCxZDAUhLCuGkHC1ku5HeUMpl1xWwrg1KZgOJM/Pzen3Jr+cpF+EpB/qLIE6932jm5yhlSra2tmxoaGm9kpG+dsV2wDLaSPIunt8thrdruDrg7qb+2j7nTONP2PZZOT90zMTGBlpe8MOUc86Bl5xREGKM+V7LLhfyOUhb2bMSaECoxPmfUD0ElSV8xhC+MDHgRvKQwdy6LU8qn3GuyHa+xsWlxU1PTpYwMXsiEymxbA3gQPzF6WFy2E8Dgub48wYTNrnQ6/Toz9e5lv7OCUMh7LOcD1hXaI5W5V9UwKRczL6TMb73M9oX+9iuTWSezvtwod8BHKYif3zNfDu1fuYhgubR7MmQvisXFr7PuNXctp1INvc3NTRew+UZGBhfYKiHI3mhyWFsOksMMaSaHt2cymVcmJycwofME2MlelCnrU+5HIEWCGCSvg54fmWe8kN/FlsmsK2S7kkCJ4blqnfhFNQP6afOcJC3lsZwKWHaWhRFEk2gyEjiDEcIVbL6YaQnRWbnd94Z4+KV4D0tkrssw4XI6m82eYFq+I4z49enCwI/kOZfzEcu9SKGZvRTsgsbvmSslKZRZV4p5qcrcN7h2/QHLhVr1+5tOBLDUmj0/LZ6TvPlZZLzKwraxHZ/J3g4mh5c0NKQWJRLJeYwQdoFfZSPKYYZcPp87lc3mjjLSd4Bp+w6z7TGi10nS/Ihd1mMus+x1rCBCmI/4HIWVFfq72DKZdYVsVxQqJUCrbe4ttam3WCKoBAgIP62eF9nzm5I+v6VJoDihIEJSmEymepgQ6mRTeyKhYBBJE7uMBiZ8UphrUBc6adCidqeYiWEyn1fHmKAZZb3LIUb6Btk0BBbhC9LueQmCIPNC2OQkhX5kUHwBo/heAhRHCEFynyj7y66Tec5l95X5HaVMZl0h2xWKUgjwcpiBS6H989q2EPLnLCsVGSyXydfrefYjfmEELxmx3I8Quggnk7stTDPYk0olmRxOohxuYzIYh5trYlMjnoPNk/yiWEebzXKaHFaZHM4zOZwfYbIYZfA5nPRtnHJSRrvnJHdev4MmPzLopSEUvwtRn0/Z96LQ335lQeVh6wrZrmCkgCBzExTHclBZVF+hvLBf2JTXBYLfurzHNkH7SE2MvCGBGweYOuYQSgD+JAXAXyDLkD+va/PT+MmQwzDzsVd9AUpH/mTWlXJeSFmxyzK/o5QFlUfdplyyodBtKkkCS+X75/dOl3peKk2g7HrweU9FEqaCXY5Gzdws84wax88LxzeX0SzLNHWT6TScBH+Z63Xtft8KP1kctF8h6wqZZJ7RqFo/QgEPZaXPFUcTsPN3KaN9ZXz+/DSCsmZgWf9Av96qn/9KEPkDn5czKgnMQ+m0fkFCSqyneL9qwd+vGI1fpYM/ohK9eiKAXuWVCgYpp0awFvwCIeC99fLxkzXzRplk/ASddQt67pzXGmZpcZp+xeVswLKs6dfPN9DLDOxloSn0GS/F72LLZNYVsl1RoCCQ0hHBoHVRIoZlzAvJEkxOX8MgM4Uf8ZMlgTKaQJmgjyBSF+bzJ+v/UwtEr9AgpKjrZZ9jmd9RyoLKZddXGuX0A/QqK9Yc7PVeRllfLULo9w6X2nzs9Y54yWkZE3HYclgH20/Ohmn/xGuLSgL9iGAxk9fx/TSSxT7TpfpdbJnMukK2KwkoDUzpfpfiw+n3cfYyScikg5H5HbU3WohQ8ntJvV74Qk0QQccMekaiErg4kLu4m3nrjfx5PeNR1peDBPq9c8UsF2seltmm3ORQZpug+vs9i0oRk1O+AsjJV0XifvlpAWXIYJibTS5kGxkLTCHPY5R1hfyOUhb2fMSS+Hk9QNVGvRLCoHVRtYhRBE0C5FIZ+JE9GfIX1EP1KovyAXKu8zt3XOaFblNIWSmXS/HbryyoPGxdIduVGuUKCAl71kvxu9rk0Kus2lrFUsxln9NC3ukoz5qs1SWKNSaqvx9EeI5Kta6Q31HKgsrD1hWyXVkR1550lLqVihB6lU8XkiizXSkITSHtEbRNKYhRKcyllSBqxfqVFnLPS/W72DKZdVG2qSbUIrcppQmqHARRZrty+B4WU1YOs3Y5y4q996Ug0KVcLtW6Qn7LblNIedi6QrarKOIuTIupb9yIobMsjubmcu5f6fPV4v6Fbhd126jHCyorZXnUbUqxTyFQy7SPWsbyUn84K0UmS7HPdNo/rvWNsi7qvjL7y25TSHnYumK2rSpqjQCW4loK9S8qxrxcbk2i83cpIpoLXVctElTpdcXuW8jxy1FWSHkx66JsU8i2cUKpPxpqideV2idRtqyS5DPKvuVeVynyW45jlPIeyPwudJtCy2XXR90u1phOBLBU11kNgihbVixhqAapjPtxyrlvKfcptqyQ8mLWRdmmkG0rdcxyCHoiht5lahn2Uauwby0dJ+q+xR6vFGWFlMuuL3TbmkS9EMBSt0MlSKJfeanIo8w2cf5d7nNV6hjFllWivFTrC922lPuWE2qF9lXLtL6SJmjZskoRkHL5T9bi70K3iVJWynLZ9cVuP+1ABLC87VXMB7OS0c7FlFWKfMZpn2qWlbI8bF0p1he6bSn2qzbUCuynlnF9HAlhMWXV0kKWa59CtylHWVB5Metk1he7fd2CCGC82rZYk1o5A1+Cyqms+PYqZXkx62TWy25TyLal3DcOiItWUGabapqS/crjTiproayU5cWsi7JNKfYhhIAIYO3fj3IHvxS6rpwazGoco5rlxawrxfqo20Xdthz7xw1qBfcvlSN7LRLGcpdX4xil3idsncz6qNsVuw+hDCACSPey1B/1ShPNelhXivWy20TZrtDtS7XvdIBawX1L+VGPG3msh3Uy62W3KWTbUuxHiBGIABJK+UyUizgoFdomLscoddtE2a7Q7Yvdr1LHqzTUmByvmmRRdrtKEM9KHaPUbVPM9qXalzDNQASQUG4oVTyOEqPtlZjUoxT7FbtvNY4bF6gxPG7cSGU5t63E9oXuU87jEAguEAEk0LNc3mPGwRduOmnlpsNQcLVybjUGx4hDHSp1TAKhoiACSCCUBgqdl1BFqHReAoEQBSTECQRCEEhG1DaIKBEIBE+QcCcQCAQCgUCoMySoCQgEAoFAIBDqC0QACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gxEAAkEAoFAIBDqDEQACQQCgUAgEOoMRAAJBAKBQCAQ6gz/P70myorJHsbkAAAAAElFTkSuQmCC",
      "args": {
        "vin": "YV1XZK8V2P1234567"
      }
    }
  },
  "commandNames": [
    "page_words",
    "app_state",
    "list_vehicles",
    "vehicle_image",
    "refresh_availability",
    "send_command",
    "history",
    "set_nickname",
    "setup_status",
    "check_api_key",
    "save_client",
    "begin_sign_in",
    "complete_sign_in",
    "sign_in_with_token",
    "sign_out",
    "use_demo",
    "set_shortcut",
    "set_autostart",
    "set_ask_before_honking",
    "set_language"
  ],
  "errorKinds": [
    "token_rejected",
    "not_signed_in",
    "invalid_api_key",
    "quota_exceeded",
    "rate_limited",
    "forbidden",
    "command_not_supported",
    "not_found",
    "conflict",
    "bad_request",
    "server_error",
    "timeout",
    "network",
    "decode",
    "invalid_vin",
    "sign_in_cancelled",
    "sign_in_timed_out",
    "invalid_state",
    "invalid_callback",
    "sign_in_failed",
    "signed_out",
    "test_token_expired",
    "keychain_unavailable",
    "keychain",
    "config",
    "invalid_input",
    "already_in_flight",
    "not_configured",
    "demo_unavailable",
    "storage",
    "internal"
  ],
  "eventNames": [
    "command-started",
    "command-finished",
    "vehicles-changed",
    "auth-changed"
  ],
  "events": {
    "auth-changed": {
      "askBeforeHonking": false,
      "keychain": "memory",
      "language": "en",
      "languageSetting": "en",
      "mode": "demo",
      "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
      "signedIn": false,
      "signedOutReason": null,
      "systemLanguage": "en"
    },
    "command-finished": {
      "advice": null,
      "command": "HONK",
      "finishedAt": 1796321167914,
      "message": "The car did it.",
      "outcome": "succeeded",
      "runId": 1796321165841000,
      "startedAt": 1796321166712,
      "state": "done",
      "status": "COMPLETED",
      "vin": "YV1XZK8V2P1234567"
    },
    "command-started": {
      "advice": null,
      "command": "HONK",
      "finishedAt": null,
      "message": "Asking the car to honk the horn…",
      "outcome": null,
      "runId": 1796321165841000,
      "startedAt": 1796321166712,
      "state": "pending",
      "status": "pending",
      "vin": "YV1XZK8V2P1234567"
    },
    "vehicles-changed": [
      {
        "availability": {
          "available": true,
          "checkedAt": 1796321165866,
          "detail": "Ready for commands",
          "text": "Ready for commands"
        },
        "colour": "Sage Green",
        "commands": [
          "FLASH",
          "HONK",
          "HONK_AND_FLASH"
        ],
        "displayName": "XC40 Recharge",
        "fuelType": "ELECTRIC",
        "inFlight": [],
        "lastOutcome": null,
        "maskedVin": "•••••••••••234567",
        "missingNote": null,
        "model": "XC40 Recharge",
        "modelYear": 2023,
        "nickname": null,
        "stale": false,
        "vin": "YV1XZK8V2P1234567"
      },
      {
        "availability": {
          "available": false,
          "checkedAt": 1796321165867,
          "detail": "Asleep to save power: it wakes when used or unlocked with the key",
          "text": "Asleep"
        },
        "colour": "Denim Blue",
        "commands": [
          "FLASH",
          "HONK",
          "HONK_AND_FLASH"
        ],
        "displayName": "XC90",
        "fuelType": "PETROL/ELECTRIC",
        "inFlight": [],
        "lastOutcome": null,
        "maskedVin": "•••••••••••234568",
        "missingNote": null,
        "model": "XC90",
        "modelYear": 2022,
        "nickname": null,
        "stale": false,
        "vin": "YV4A22PL5N1234568"
      },
      {
        "availability": {
          "available": true,
          "checkedAt": 1796321165867,
          "detail": "Ready for commands",
          "text": "Ready for commands"
        },
        "colour": "Cloud Blue",
        "commands": [],
        "displayName": "EX30",
        "fuelType": "ELECTRIC",
        "inFlight": [],
        "lastOutcome": null,
        "maskedVin": "•••••••••••234569",
        "missingNote": "Volvo does not offer honk or flash for this car, so there are no buttons for them.",
        "model": "EX30",
        "modelYear": 2024,
        "nickname": null,
        "stale": false,
        "vin": "YV1EX30A0R1234569"
      }
    ]
  },
  "examples": {
    "pendingMessages": {
      "FLASH": "Asking the car to flash the lights…",
      "HONK": "Asking the car to honk the horn…",
      "HONK_AND_FLASH": "Asking the car to honk and flash…"
    }
  },
  "pictures": {
    "YV1EX30A0R1234569": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAFoCAYAAADHMkpRAAC4kklEQVR42u19B4DkVnn/p9mZ7eV2r/fi87le8bkbbGMDBlMMphN6ICTkn0pIAqGFUEJPAiSEhNBNs8EY3HvvZ1/vdW/vdm/vbnsvo//7nvSkpy7NaGY0O9/vTivNk0bSPEmffu+rKSAQCAQCgUAgVBRS1AUEAoFAIBAIlQUigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVBiKABAKBQCAQCBUGIoAEAoFAIBAIFQYigAQCgUAgEAgVhjR1AYFAIJQ3vvSN79SqWXW+CmqDqqptrCmlZrMLcR373MymBraoZLPZueI7rK2GbdOsfVL0tix+vzbX81BSqUEFlAm5LVWVOs1mWe0oyqSSUnr5sqL0sWkUtLZuvq2SOsE2mmDt7f/0d3+hzrwrRSAkBwp1AYFAIBQPX/zat5ZnVXUxEjRGyBYgKWPLs7JZdRYjYM3T09OtrK0hOz3dwOY17HN9djqbUbPTmampqWr2uYq1p6YmJqqQIU1OTHA5zoib41hubawVXJtBlb4X7TcpxptE8VivRG7D5Ux1taooKTWdTmer0lXTqVRquiqdnqiqqppgy5OpqqrRVIpNValh9nmITYPs82k270OiyeYnGSntYsTyOPvc8cmP/eWJBN0KBEJJQQSQQCAQIoARuMWMgJ3BJpwjiZuPJI4RtjY2tTKC1sKmpumpqXpG2OqmJidr2JSenJysmhgfN2SuIGfWuSBnbnPvdd77k7dzLmvbyb/OrS0YXgTQSujM9dblKHPF+K5z7t5m2UcqBdWMVKYzmelMpnoinUmPpdOZEUYuBxmx7GfEspeRylNVqdQJNj/OyOQRRiLb2XTwnz72Fz3lcH8SCGFBBJBAIBAYvvC1b61ipO0KRtrOZfMzGGFbxrRrC9nUNDE+UT85MV49Pj6eYiTPlbTZl83P1kl8z22ybg+ONvm77sd3I352omhfNj8bnzzanZAJnXOdTAydy4onEXQjcPZlmRA629wnmSh6r3M/PiOIUF1TM820kpOZTGaMkchhppkUxLGHEcaTVakqRhxTHYw4ImlE8niIEce+MnsUCBUCIoAEAqFi8MWvfzvNyN01jNRdNzExsXF8bGzF2OjovOHBwQa2rDhJWRaYadby2Yu8RdvGbTs8Q3/CKJb9NYXaXNvWXHb77NWWPxQXUhhECOXlIA2ffdmdxGnzlCchFOtTKetn+zaMyAUQRm+yykgiZBhxrObEsXqUaR2HqzTi2GcQx6qqLnYMJI5HGYE8wkzWqHEcLJsHi1CWIAJIIBBmJBjZq2VavBsnxsZeNzoysnFkeHjJYH9/IyN/BrFjplt9OQvTXLNntotJrBckTF4OT/a8tXziM19yED2wLashTbbuhE6Niecpeb85lID9Ki7tVk2hvOxmJo6qIXSSvJTebiWF1u3kbbzIZhABBXAjtWlT4zjBplH22UIc2XRSM1OnjtmI4zAQCDk/hQQCgVBm+MJX/2MFM9F+aHR4+Dqm0Turv7e3mWn5JDI3bRA9nPCzNs8an2XiZxJAN02gu4kX4a+hsy9rnwuPyhL1VoLq5neoLdu1iNo6JcSU8tEiymQxLHlMhTyOndw6/RwxcKa6mhHHGkYc0VStEccBiTiif2OnC3EcraibhEAEkEAglCe+8LVvzWNm279gmr3XDPb1ndPX01MvEzsxTU1NsfmU1DYlkcCsC/Fz1+whZE2c9rmQv9BNQ+gkmOZ5uJFN62dnVHBwRHB4BEf6uvv8yW3asnXuFwBi9SOMG0GkUZxbGPOwt5bQSR6dpDAcwQyavMgughNHoXHMZEZtxPE0N1Nrpurj3MdRI44HGHGcAEJZgggggUAoG3zuX7/5ambO/dOBvr6rTp/sbpuanHQQPZyLSXyWCaFM+OyavTi0ce4BHH6f3bSGlAIvGpxmXzd/QCcxA4cPX77nYSyFCHBxD2ZJeZio4yWPYQlkUHBMtUYcp5A4ppE4ZjJDbOphBLKbkceOdFX6QFW6ahsjkJs++fd/1TVz78FyfGoIBAIhoWBavtTkxMR7hwYH/6ynu3vjQH9/Bgnc1BROkzrRM+eTk5MS4bNq+gTZ89Z6OUlaOAJn/Vw2wBe6w9culddbQc1mXfo0W0ZdEiaa2D2COGLXe62R1it5mKrDBLLkRx7dAmj8IrBxqqmtVesbGkZr6+p6qmtrjzLyuCtdXf080zje86m//6uDZXOjzBAQASQQCInDZ7749Q8O9ff/+anu7nVDAwNpWbOnkbwJPheET5BAmfBpBDDr4bMHrsulgf7ylF6gWrMpnquq0lCVqeYCW9Ff5BqB0wibIG78Ja1/1yQKKWN/8Wi58oBqEkKZMAviyK8H/jOIetb8jiXwhn/JFoiT5ftRNTZeZOLppVEMJpFxvIaD/RsBgshZeB9HP5N0yrY+xdu0yfpZLAviWVvfkG1saupjBPEwI4ovMK3iPUyTeMcnP/aX5JtYsLuWQCAQEgBm3r2Skb3Pnjxx4sqBvt5qoeXTiN6EPk1KxG9SJ4TYrpl75cCN4kDRCZn5UhMETbF8lufaS7/3xDGdvAQTlbrGFmhumzdTLnVxoBNHM4o7y4mlSRT1ubSc5fNpo61o95CvWbpQJms/H8zcTNWyBtEkdzIJrLIsV1WJeZWtTXtWmGYQmltbhxqamg7W1dU9xrSGN3/243/7SFndhwkGEUACgVAyfP6r/zFrZGjoK6dPnnz7qRMnWpDECcKHEbzmfNIggOPjY6xt0tDw5W52tZM07XNKJmtBhC5HEYparu6j+0NvX9fQzAjg/PK+2GUGTRNpJYpZY3naJJaWbab5NlCkAUgQSbQTuFQqf42jW85G81wA3ANgUoZWUCaCgvjhXJvS0nKVTgjTBlHEbZmGMNvS1nasobHxaWZK/nk6nf79p/7hr8vHzyBBIAJIIBCKjs9+6RvXD/T2fqHrWMcFI8Mjiqbp08jexMS4PtcI4Pj4OIyNjfHlMIQvlWIvjHSGmUwzkMY5n9L8BYKkDcGthDhHjVBJeiAaAaytb4Lm2QuScfEIIS5v1pcgOjSP0nKh/UhNE61MyLSpQEfUj2sG4pjmYDG3agMFGUynxTwtzU2iiOdcV1+fbZ0z5ygzHz/ACOF3P/uJjz6fqHshwSACSCAQigKm7asaGxn5DNP0/WV3V2crmm8F0dNI37hB/lDLNzo6xjV+GPThDq08V1WmBtJs0khftUXrwLULhs+c9i2VJ3pWtXQxRTUXW9F99ACEfdnX1DVCyxwigJUAT61jAInM32StSCRM08oVgyLIWkOrn6A4D43sIfkzp4yxbCWGVdDS2jbW0ta6ub6h8SfV1dXf/8zH/3YyURc4QSACSCAQCop/+cq/zR4aHPz2iWPH3tzX01ONpE4meqjhE59HR0f5MgZyuCFVlYFMTR1kqhnpq641NHpuECSwKmU6mwsg6Zu2JXsuNk52HAz90q6ubYBZcxcCgeAJI2G5Xbs4bcyz6Cc7rc3D1HkW5lnUxBVOQ+h9fEEKTUIoawfT3EdQkEF5WRBC1A62zZ13sLG56Tc1tXXf+OdPfPRkWVzLovUwgUAgFACf+/I3Vwz09v3gWPuRlw0PDSnCfw8Jn0z8hIkXzcBOIqZwsldd18CJn5KqinQOfiQwq5d14y/ErBZ9WkycOnbIR7tpRXVtPSOAi4BAiAV472PE/NQEmyb5NDU5rhNDr2cpChksXGJuoSG0agfZwDCDxK+aE0ExyYQww6wDs+fNO9HU0nIPMxV//V8+9ffbknp5igUigAQCIVb8879+c01/T88PO44cvnx0ZESRSZ5G/MZ07Z9GADHa166NQJNufWMz1DU0cdJnkDUjzUf481FS7iRQ8wHU6wDr82JywFOdh31fuDKQ/LbOXZyMC0yYseA5NhkRnMLncmKME0O3hwJJmPDP0wJLSgWrhtAkexlO+Kxz3SdY9y1snT1nsLl11hP1DQ3/+YXPfPz2JF6PwvcegUAgxABG/Fb3nT5909HDhy4eGx1VhKZvbGxU0vyNG8EejoAORszqG5qhoXkWMHMNNnCyh+RPlUu1iZx+Ecy2iuQPyLUXQhOo79/QBEbcbz443dWuv2CDkWHm7tZ5RAAJxQUSwkn27E6Oj8LkxKjrs2EGZRTaRBxMV/CxDkcGqy2mYqYVnGibM/dpZir+OCODTyXrKpSyRwkEAsEHjPjNH+jtvan90MFrR4aHucYPtX1I/LRpzJLDz078UFgj6WtsboUUE8gOqGAQP0MLqGsCw1I1kUDZSgJt+9c1gXzfRei3nq6j3AQXBqgRbZ2/BAiEkoE9b0gEJ8aGOSm0awY1raBGBEuecFyHEQhW5U8GNe2gZiZeuGTJ/tbZs9/xhc9+fFNyOr8wIAJIIBBywue+/M36wf6BHx89dPBNgwMDKc3MO2ohfpqJV9TjtRE/JpQbW1o58TOqVXhAVIfIumkCQ8JOArU8fmL/mjl4WiaYBe6/3hMd3NwWBlXpamhbsBQIhCQAI5EnRodhnE3ZaasWG8mf0KwlB6apWPgMCsInSGB1dTXU1NSweQ3mGlSXrTrjR9/48uf+OEE/ogC9QiAQCBHx8c988Z87Dh36RM/pU9VI8jB6F0nf6OiITvzQxKtp+zCiVyZq6NPXhMSvpS2Q+MnQzMFZKxFUo5dws/gDpsx6uGL/2Wlz34VEb/cx7mcVBpjipm3BMiAQEgXUCrJ7eHxk0HEvCyLI828mjGkYwWG6+Vr4CNbU1EJtbR3U1dXx+bJVq7a3zZmz8fOf/scZmUqGCCCBQAiNT33+Kzd0dRz7v86Oo3OExg9Jn0n8NI0fpqCY1omUCQUamlqguXUO1/5Fh0b2soIA8pQXqln/NSzskcF2EmgzBxcKfSc7Nb+qEMD+mk0EkJBgoD/r2PAANxPLmn4RMFL8NDLhIJNBQQLr6uqhoaERGhubkATunT133tlf+Mw/lqpYeMGQBgKBQAjAZ7/0jUU9J0/evuW55y4Y1028IyMjOvnTcvehf5+qa+Ts5t7qmjqYNWc+T+miIUdZykuyMULE/gEeQmFkTTHJWyjoJE+A70tUyOJO5Apv5WRQUQqXIzDC8LtUyaoJhLBALXVDy2ydCPbrRFCrxzw5meUkCzWCSfEPFNDk1TSftFRV43qGggltMHvgwBpmFr6TbXp90vo872s2034QgUCIF//wqc9/ff+unb86frR90fDwEAwNDcLAwAAMDg4AfkbNn0jcLLRnAmjunTV7PrSwqSqd/3hTkf6CYm1VIRdaqXLtH68eYuxQcdkqfqAPVdgoYDy3uqZZQCAkHfjMZ2rreeQ61utW9VyXYmBoloQr0vk4DuV/bJRfWmnKSUOujY+Orr7xbX+0/4lHH5pRuQPJBEwgEFzx6c9/9arOjo5bjrUfmYtpXFDjNzIyrJt7R3lkryB7qKCya/1qahughWn90OE6ftjMwUbJrGjpnEWlgSq90Ly9WohmCtYTRceshRvoOcFJYMgzhTmLVwKBUF5QYXKMWQmG+g0iyO9m3SycNG2gHWgSbmxshjlz5sLK1WcOLV2xsvmLn/34jFHHkwmYQCBY8M//+o2qgb7+X23d9PybR5iGD028qOlD8qfl9LOWalNtJlUU7g0tbVDHBCcuowlIFIGPD4quSTBNtmgSzipZvSRWOBnNz106L5kE8v1j5KCa0kzNarwkUInUH8XLT0ggxIlMTT2kq+u4WVgb8Ki6WVjVq3mUpqpIGKAWcHCwn59jzdGaxnkLFnyONX8mGT2bP4gAEggEA5/6l6+8/PD+/b/pOtbRgsQPSZ82aVo/9IkRWj6V58+zGl55BY/mNqjKVGukEGV7FoMtoCCRgBpZQ9KmkUwkbCAKeoQlgahFBMknMKUYJDClMUxtO54wMEZ/vIgdgsdNusaEQHC/1RU2IJzFyeDoYK+eOkY1MgT4p4xRC3xu/uvRHNzf38+DQ06d6P5/MIMIIPkAEggEDPJIb7zw0lt2b9v6r6e6u2uHh9HPr1/y8xu11K11mkQVqG1ogboml5x+ivanEL4/irRvi6YgKkmTC5I4zlUxXxIqxFYzeBIJdcg8gIj6phYigISyRooRveraBs0fUE+CLgLH+AAuoff3NK8XnsUBYd3b3/P++x9/5MGjiTzRiCANIIFQ4fjU57/ykiMH9t/e2dExC/37UOM3NKSZfCcmxvRavSbsWj9MUozEr0ry9ePkEE2yQrMmawKRqMUo52USiNo7DOvAFM/ZiNo6oQnUTq1KV/wJczDbpxZ+rP0uNYb0MBH7QHtJAoFQ1hDawHR1LdcGom8g3tsoZ9DUmtR0MTgQ7u09DcODQ59mH1+dyJOMCCKABEIF4+8+8dkfbNu06f1DgwMKmnlR8zc8rAV6iLQuAqrq1PrV1DeyqZmTGYdmDD/KJJCTF40Egho3kzG1gEjUslyDlzXPO6zWjn1l2iB3MglULMuqqkTbr9sZ52ACVoH8AAkzA+nqGmicNQ9GBntgmmvCZZNwWBJYvBERnldfXy90d3W+LEHdmBfIBEwgVCA+/YWvnrfmzLO37t+168qhoUEFTb0DA33c5IvkT/P1E1C5RVUmf5iYuL5lNvfpCQ0pbUth/AGtc+PsxXlH4E74FXN/iuVHyB9VzSacEyYxaXbISiCI2oZmTQtJIMwQ4LNVXVvvYhIG3SRckKPm/E2Ui5l0Jv2O9/zxzicee2hnojozB5AGkECoMPzDJ//lKztefPFjA/19KWHuHebRviM8tYtJ9BRDGJssRxPYNQ3h/NGE1irFzL9cE6ibULkmUFFiH8CbEbwp3Y8vKwWGhI8M1rQRZpswSxlaRk2NycxXuSeKjuzvRFHAhBkK9B9OVWVgbKgPRJTw9LR3cEh+xNDrOQonz3p7e4BZTD7GPt6c1P4MC9IAEggVgs984WvLzj5n7aa9O7a/fmCgn2n9zEAPTetnTUps1/phgtf6plaormuMbr7knnlmwQ1th9qfuEf5RkpnW6Lo6Ko61aIJlANZlFx3KWEKq6dE0ADW1DdxJ3oCYSYCfYgxe4CmFReZBlRPn8BSaQdRTjY3tSx409v/6EuPPfxA4WpFFqPPy/nkCQRCOHz801/42N5dO/9w/OjR2VqE7wDPb4Xav/HxUUseP9VIOWeyGzT11jfPzquah6RY1ImgqQGMNfpPkRcVl+DgCIEh+h+Rc9DM3idTWRVyqUMyxbStolxWGNQw4l1FBJAwg4EDnHRNLfcJVHVfXAw6c4sQLhUBRD/FTCaTWrx0Wc+Tjz/yTHJ7MxhkAiYQZjA+88Wvt53uPvHgluefW29G+GqBHpjaBUs1yXBo/ZgptbaxhSdyFetzhqKCxjOzhpzldXj1Ab4Soz3YIH48h7NiMQnbf6MvMFF0ipmRdXMwV0ZIiaLNusFazdMo5uBcTMBkBSbMdKRS6F88B0YHenS/QK2EHAaGJCVNDJqBB/sH/owt/kcCuzA0aDhJIMxQfOKzX3r/wT27Hz56+PBiofVDky8SQKzfK+f1c9P6pTO1WlLndHX8J+empStQomj3tDNRIkK0reWgENPXUK4hHI2d4cstigawuq6BvQRpzE6Y+cDnKlNTB1k2QM3qg1RtcKVYKvUU4MihtkIzcH19w+y3vPM933z8kQcmEt6dniBpQiDMMHz2S1+v7z11+i6m9btqVK/kIWv9gnz9ALV+9c28oHshoJWOYwupLJhpAjVNYCFG+FqsiVULyANcIkTwikL2ApaScSkt76CIcNGSZIc5LwoCIRA8gfkCm1phbHgAJse0mtnaoLX0uQIxGvhkd5cyPjb6Cfbxn5LYfWFABJBAmEH45Oe+/PoDe/b8srvzeD2afEWEL5JArOGr2hIYayZZa1Ln2sZZerBB4QiHVkYObCRQK7sWOwlUNB2dnMcvi2Zho6pH2Ohg8CaBih4ZrGopDrV+Dtpv9DyAQHkACRUGnv4oVQXjI4P8/kd/ZXwUNJNw6c4LzcD9vb3vgTImgGQCJhBmALRSbpf8dtfWLZ/rOXUygxo/uZTbxITmSyPg9INTeEJnTMegFG10rYpDG+egxVko8VcL0fdnBHAotnOIcM72HIHiHyjiF5i1kv2A/pcTYyOhj4yBOOlMBgiESgNGB2PuUYyc1yDKx8VNAsPvDBPl19bUNb/tXe/7v8cfeXAg4V3oCtIAEghljk/9i1bK7fjRo7yUGxI+U+s3ZonwRdi1fph/CwM9cB4xSDYGaCN6U+7yIm6adi3m8zDIpREYouh1i7NSvsMwyLrmCOS75+Zg7bMICvHarwIUBEIghAWWjkOfZF4+Tn+2MCIXI+NLoQlEuXX69EkYHRn5Z/bxQ+XRi7Y+LceTJhAIGv7u45/9wbYXRCk3e1Jn9PXz1/phYfbq+kYoZkklGSLwJAtWf0D8nNJzr8Q7wBfmYEHastwcHCU9jLatNwnUzjsFakrl++bEzeNcIvUVmX8JFY4U1h1vng1jjARms1O2GsLFl2F9fT3Qe/rUjVCmBJBMwARCGeLTn//qeWvWnL11/+5dVzIzr17KzUzqbE/v4tD6pdJQ29TKI+0SAS3Az4BpCobYw/0Mvz3r0SCXXH7yeZvRzDbztRFrotquyTRMjA6HPlSGaUDSmQJEZBMIZQR0UUFtIEbRq1lR7xtccwXmsPdIW+Mgu5oJ0be/5/23PfHoQ13l1I8I0gASCGWGv8dSbpvdS7kF+/ppvmTV9U2JyanFzxPPGZWARlCIrgdM6QbVuEmgvk98maDJmXvxZRW9z8KXjMvKQTUpPZBF9wsUWkHuq+QSGRy5mgrZfwkEDnxu65raYHyoH6YmtcohaA5W1RTXBhYLWmm4UzA6PPxZ9vHGcutHIoAEQpkAS7md6Dz+4LZNz50xOjrK07pgfj+cYzWPadkmCe6l3GoampkWqSaRv49XDbZEBitaYhVBAmOGIszBuskWeMngrK6xU0Ofs8XHUjpXsW9VJ4Ja9GLuJI4IIIFgAp9fzFgwPjIAk+NaMJV4FotJAvv6+uBkd/cry6PXrCATMIFQBvjHT3/hY/uMUm5DUim3QUegh2tSZ2YyqWtsZYIx+VGknHxJxXwNM3Dc/oDSfl3PIRe+pdjOVTZL2SrGIaEbHx0Kvet0dQ1kMrVAIBBM8AEte8a0qiG6xj1nc3D072Be1UwmU/2Od7//mScee3h/WfVdOZ0sgVBpEKXctuql3GStX9hSbmjuRQLI15dDIIGqj+S5+k8TyHw8n0rFTgIFz0xpdd14G2oB0Rys6qkmQp2yqhpBLNqppqSScYq+f9wnm7Kq8ZKK1C08mIS0gASCHSJp/cToIJ9jvk5FKV50cF9vDwwPDWFS6LvLo8c0kAaQQEgozFJuhxajnx8GeAitX5hSblVsZFyLWr90OeeOs4VqeGjs8j2G4jia6NjwezGTSus5AeWSceLcpX1yDeDIYOj9p9PVkKkhDSCB4AaUc1g2TpXkYvTI4NxkC1YGmdXSuugNb33HFx5/5MEy6THSABIIJcH//uYuDOecw6bZbJqvz3Gaw4jBosHe02/sO316/ryly2F0YhyOdx5jI0yN+AWXclOguq4pORG+OYIHWWiRISDUa0ITWAAOqGUgTPHwDc2Sy/MTRsu9l+WaQPkFlDJeKYaWETV52egmKtL+EQj+qK5rhNFJLVl0MX1mscrS8WMdmeWrV3+AffxB4jtKBxFAAiFG/O9v7kSt+gVsOp9NC0AjdfPAJHtztM9qk9c+kBc0t83mE+L8iy+BE53H4bc/+T9oP2i6mLhp/VJsFIwVPTDNy0zgC6qRI9AkSxoJVKAAHoG6uRYMTWNW0aKE+cskZH9mQZBA7QsyCRQl41RxASN1hjojrimBUChwuadX4yl2zBTmBBweGPgrKCMCmJw8EARCGeN/brkTQ2s/yiYUAAsKcQzU/P3su9+CvTu2eiZ1TtfWz7yHWjelpnTyJKZ48n45oaV3UXmOsWmM3M1ismg1Wi1e+XyrqrgpShBWsf/s9DSc6mwPvU9M39PQ3FomF41AKD7QLWZ04LT+SYFMJqqXW+7yJJPJwMYLL82ef/bZDV/6yufHyqG/yAeQQMgT37vlDtTwoeMHFgZvLNRxkEycs+4C2Pzc0zA6YiYQxhqZNY2zoKo6meldYoEtUTRCkYIs4oQiB5pI0cju6ZwDzlnah1s08/BQX+jzqkqny96sTyAUDNyndsDwAdQGisXxAURg4FomnVEWLl8x+vQTjz5WDl1WvGQ5BMIMxH/ffEeGyZ3b2HShMMkWcqqurYXXvOUd+tEVrhXCQA8kgTMZWo7ArKY54xq5rJFXryC+Pope15eZgFO6Nk+JGIAicgRmp7NcM5E1bPaqvv9UJDM25QEkENyRnZrQysPpqWBASsReTKAZeLB/4I+T21NWEAEkEPKBqv4/Nl0GxWB/+nTuho2wcOlyngQ1U9cIkKCKHgXtapx8SGCc/xDcaMurhegVQ4TZOeI5O0kgCA4YTXtJBJBAMKCqWZiaGOXEb4xp0rE2sAaFJ4IuhVjETA3Hjh5Z9ZkP/fncxHcgkAmYQMgZ3/317fj83Mym5uIeWYH6plmwd+eOJHdPcXtEKVxQiGO/mo95boRMDzARxG9kqJ+/yEJ9taoKqmvqgUCoZGDC58mxEZgYGYTpyXHL84PPVTpdlYPp19hDXueGA9FMJqMsmz2n5YktL9ye9L4kDSCBkCPYw/4yNi02NFBFnM5Ztw5aZ8+u1H7XAikkLaCmCcwW5HiKMAeLABQlFd0crNrNwVlz56F3krQrQSAUB5jfb2JsmAd4jA/3M+Kn1f8VwOexig2QcCq1QaS3tweGhoffkNS+lEFpYAiEHMFe6m8q1bFR4F161dVw162/TVq3FKvzNfEv1+EFJGhZXbsWb70QEQtimITxX1ZU5wh/zta6wdFMwJGORSCUO9izMsU0fEj2sraKRxoUrulL2fKCZqpreMBUTU0tpDPVTCPIlmtxOaO1s2VMGp3Wt8E2XK7my1V8O76PqjSP7BVlIb3mRoZO3SKAz/SiTKb1O1XvWfIXv/ppR5K7mAgggZADvvPL36fY4/7GUp7D2o0XwuMP3A+DAwPJ6pwiQAhcTqccJBBEMY7YoOgMkJuWMDG1likasrgiJDHTrMaq7XyjehQSCDMUPDXSFJsmGemb0Emf9Z5HcrZs1WpYc946WL76TE7wqqurDdKHy0I2OAibHoClWpbNbeRlMPyKwVjWFs19uB5Dn2dqqqszzzz9SbbVR5Lc5UQACYQcwATBpWy2qJTngPnlLn7JlfDgnYl3NSncdQBwJYEKd25R4jUHKSIwBEwtIKrxslnLSyIIlvONyv8oEIRQUshESIpM110azM/O9apru8pdN/jEnwnn/Y0atZVrzoENl14O56zfyDR1NZYE+PK5GIMsC0kDK1kzllVjP6qd5NnIn5UI+uxbn49MT0PDyZNoBiYCSCDMNJTS/Ctj7YUXwsP33MWTClfohdCrhSiiWhxHCokZkkC1AHWDcdc2LaCRIVANd85atRBtf6F/KmkAKx5WgqVazJD29aq8nScxs62XiQw4CV4xMXfBIjh/48Ww/tIruL+z+JmqqtrIJFj6wltbBxJZi1sTaJ1PTE5CtrdnwX+/7d0r/+zXPzuUqJtIAhFAAiE33JiEk6itq4O22XPgVPeJJJxOaaAL8mwq6ySBSgESRev2ZS3SUOFHAp6eRglP0pD/RX2pkvav5DeaarIQazk/ww1AdZAvbdGNgLnsx3IMQcTUGX/t6xoaYfbceTBv0WJYsmIV0/idDa1z5lpufePZsvnduWkW3QiaqdmzawLBpgk0l53fBW8iKF879mhP19YqSn/fp1lDYvMCEgEkECLiP266dT178M9IyvlMuzpIVx7ULCOBipVUaSQt/pxgwidQ4RHBWSM4BLKFS9hc6RpAkzTJZMD6AgabNshO2sRa8CByVk2Yk8jNZPCgh+pq7lpSXV2jzZm5NZXCua2dz1M8cAKDMMztavTPcnuKJ7DHPJoYdCHm/JjpNNTV13PfPulGNy+t3O82EijfA3YyqLoRQpEr1O6/52cStmgCpWW/4+jrpurqoep45+uTfM2JABIIEcGe7USYfxEnuzqh9/RpMg8aFweskbZ6ZHBhSKCiBZwYWkDgBFSVSUfMv02blehay5oR/UHQZv6kKdD8KC/L/VZhBAxJUBqjU+V5RotW1SJYMzwqlZcEzFTrc7292t5ezSNarZ/ZfhjBw1QpGT5P6/MqHkRRkJs17NYegybV+sedBLrOwYOogQcRtBE8m1YwkAi6DDimmHWmet/eOf/11ned+ec337QvkfdcEk+KQEgy2COeCPPv6PAw3P7rX1GJMOu14XN3EqjEbg4WWkCxfxXDQrIKr/gR5rJESV6tnbuqO8uDqznR/Azgpi2zECrpRWb0XgUTMC31R5U0l0hS2k6aTPKUtmyX9iZpejtPTZJJO0heqZ8cgZMnuqCBmWTrGhtz+XpBzst8lmx+f3ZzeYCWzpsIQnTfQJf9y/Op+gbtWe3r+xT7+D5IIIgAEggR8M2f/GY1MzWuLfV5HNyzG+77w20w2N+fnM5JCIQAzrqlh+FQctyvHumYzVo+i3J0mOCZm6H1km8qb+dbSudlJWrI6TLVteIIOiFUwSw3In2PARPhzlTU1NZxkovmQky2rc31zxazojAj1ljMitzcaDFPymZJ2Typfc7UyETPvyhWZH4T8QtJGsMd3LMTlixfxf3ycnwCcz626tmgOrSB3iRQJmc2bSCAzbcP3IkgBGgBwcUv0Dwpvm66Xqvao3Z1vhYSCiKABEIE3Pe7m9eX8vgTExNw/GgH9PdVGvFz8eWSNV3gNDWahMosuKGl7dO3z8qpK5C4if24E73i/MpSQeEBRYjaunp9rn2uYS8y7L4aW7t1O/P7NXUakROEDhPvWj/X8Qthby/p3VXQjleL+K14Tlcyzpf8pFRLdL2VCKquc+kZ99LWgaTlA3DxC7QSQbEvy/7dTM0Axs00jRpAXGhvn/2dt/zRmX9xy88TZwYmAkgghMQnPvflZYf37f3m/ffcAdNFT7uiQBXTFKWr60pS6sjbNKi1u5EvX8LmcOS3OvnbfcNmOuwO8hhQYmq2ak1HeoM4pVyIVa2FYFkIGfunza2fEYLIFelOitgeZYtiPxRJO6E4f5aa9+9T4/i2JQZEtfrBhiaB4NAAmssgBQeBae51RAfbtIHg42+oz7O6BhAzBKj9/ZgU+v2QMBABJBBC4O/+6XMf27dj+5f7ek5XrVy5Gnp6TsHo6AjXyGVtpr64karKQLqmnpMBnlBVtUcy+pApvc071YR7+olKI2B2366Um6M8mgy56dB0nLeYHG2fM74Rk1ZTpoy+nh44sn8vrL/kMs/zjfOKxBZUQq6oCe2e6Ee2pF0p8SnbCamVCLr9Qom8epBAuzbQGpAkHQfA5sYhvu5PAhFoAjaO19WVSDMwEUACwQdM69fWe/Lkgzte2LR+bGwUhoeHYGhoCCYnJ2BqasrwMxNpQeywEkN5fRjhqm2PpZEmRma2yVfU5hQO8aK0kzMy0t7mjJAU9T/N9R7O+ZITf0EQNiWgbbupqUkY6Oud0anfyokMVV6HqgXYZz4/SXU9Jfsg2GquleaW9IGqcx9gjTa2juVVx1/nCaqu544mYOPz0fY533rLH638q1t+fggSBCKABIIHPvbJf3n/wd27vtdz6mT1yMiITv4Gdc3fuOEz5ge9VKyOqBK1eBIYNV2ojULCxB3kqzOaFgzJEiNO1Tohq2XmxaqMWURdTjeR8ks/EUDGSooEcALVcs+ktICSSvnx9JOoW0Mc1cs07ZlAxkVj6PiC6rMf1Y3jWX0CjVUqgN0IlJU1gOgyNDDwCbb0YUgQiAASCDb88u6Haw/s3Pk/T9x/73uQ7Amt38jIECN/o1zzFwXolxWUqgXJF68sy0gXbl/FiZhMyKrNSEg9QSuSKvT3Qi1WXUMD14qhP1d1bY1rglbFNWGr9jlJqHTtEF6XrEdd1DL+WTMKM79LE5RZ1CsWxYMIqoEKTJ/fFqMrj8pkdxbl9sSEFk5yoitxSaGJABIIOn5x18PIhN7ByNrnR0aGV/IysqgFq62FFkaoGtvaOMlCZ3xhphREDDVk6COG7Ui+kLDhtuiYj1ovJG3jjEyOj49BfUMj/y466YeJgCy0IFZLduQSoAx+EgaAaGllsjwdCnUrgS5meSLLzMAKI4Ac7e0L/uOt71r41zff1JmU8yMCSKh4/OKuh5ay2R8xyfdhZtZdNc1evGecvw6WnX0uTE5NM42fltctf8k427U1Kc7WhGR0aUpPWIgEUKkqDwJIIBCcwECQqr5evqyi5Whg4B/Z4t8k5fyIABIqBozoYcHJ+WxCwncmmzay6WqmbVnPCJ6CPn3T01mYmp5mxG+Kz/EzVdrID9R70aDoWj+ehzBZ1nkCgRABWZELUId6shvLiBIBJBDigkTsFrNpAZsWimUV5yr/vJDxuHnsEVTkUP6smNjLVpA/QfyslSTiAZEhQhCET2Yh7j8CgVA8TDdYc2yq7e1L/v2t72r5m5tvSkRaByKAhMTi5z7EjjGpxfpnRuzUeapWiJXDLTeTpR4kmHUhs1md/EmTmdePQCg+ZBMwgUAoX2T1VDDG62R8XIHhoY+ypc8m4fyIABKKjp/f6UPswCR2kAOxAwvB07+lSmV8pLqPol5rVhBBlYgfofRQiAASCDMCllQwOtRTp94BRAAJMw06sWNmVlgCfsQOCkvs/L6rf9TXyd81MTU5Cc899hBsuPSKPAqiEwi5QWgA1Wyxyw0SCIQ4ISeDRvDXTfvR1f/+tnen/+bXP5uCEoMIICEQjNihU5IgdkjiFunTAjDJ3qIkEDtLTUht5lJKyB+YsmVifCxyvj8CIQ6QCXhmQ6vHXM8TphcKkxMTTIaNl1/nBPQb/6voy4p1jfv20mdpe8W1XezXbb3ZZtmP4v49kdprGnPH6m3Ge2d4KNWUTr+fLX2/1H1KBLCCwYgd3qVI7HTNnIPg6Ro8Tuyqyp3YhQW+gNEMN00EkFACcBMwe4EQAZyZWLh0OdQ3xmVZkEiIvqBwIqJAz6lu6D11UidMirZeWuYf+Xesn+vqaqGJWT5aW5r1dutkHEORvgfSetsxxDmax9LplGIjTopB8cQPsv5UVa4KIsl91Vnz3DnX31mi5q9RT11+P5l11eV3kmU/llrr9rm1njouKrNaXd9LUz2n3w1EAAmFAiN3LaCROGF6XWxbRo0dRslW50rsQCJ0dnOqantYkkDsogArcRABJJQKKSVFBDACFOsfG7GQCYedpLiTIEGitFU2EgS27WwkCOT92I5X39AAZ5x1tpUgyccCcM7132jIR9WUryJhuDlNQ3Zamy9oa4GupnpHsekgedrS3AxtbbNg3tw5Ib6khmiJBuP7WdWaI1W15Uz1IXzaTH7/OAmgnRhGJYlhjq82Nrj+xomOYxshASACWGZgxA4r1wvt3FIwNXZLzHZ1Cbv1GlyJHdg0ci7RscZnFWwPiPNBKTdiF/rBqErD1DQRQEJpgFpANUcCaLWMKRZyJBMjOxECibA4NDaBBChYOwQObRFAaO2Q3GZZzg9q7F/0J1voH3P00EGYZrIly9NN6dPUtLNtGsnclLasEzutbVojenrqKl43WhBADGRD4qTP1114CaQz0V7zWSk7gutviU1wq8Gtcg1e47P7ewbk9xV4EDUPbZ4bMXQjidb3p6wltB1THMPDh3yi42jT/33gTxd98IffOw4lBBHABIGRu7lgml+XuC9zc6wnoTNuaOMmt96YfsROfhhmKrELC9IAzhzYTUqF1Q65EaNw2iH5eHvnzobFCxfAoiVLTWLlSozAaTrLA2qsXyqUdki2VETdf0x1XnPc5cnubti7c1tOp5XTmSvAyVyk36a/A6ZdvxdhX7Fsan+vqI53jhpE/ry0d5ZlOxm0mn/NZdsxHKTQdl5VVQA1tQDjY9bfiiR+bPS9bOnLUEIQASwCGLGrASuZW+xcVhezG6YmsjnWZoa1t1lMsrbvyCZcC4F0ecj0pYrBTCWA+WuHQNL2hNcOgc1PyEmMrKTIqR2ya4kgsnYIay/jdXVFxJvbbfPxsVEtcChH7ZCMTDoDWinqquBzUFXzc5kRoqjnpea/C4hvF9FvGqwDXsWsC5OTk1BoNLXMQlWyXsbS53ytVlZLftRiw35PW9bJPoDSb/IiX74aPEPLZyeFwdpCV99Cjzn+UZqaQNUJoPELmOyqOe/8VVBiEAHMEzfd/kArk9Q6mVMWs+sqfO2E1g6J3Tww7k0fc6ztxvP3s/Mx4QYQO+dy5cKLEGUyGW5GSeML2IMIuZnMHIQmpHYIXB2qwUG8nGYy+xxIO6TazFXsxy9ftRqampsK+pvxOTve3g49Pafy/lFoAkYyaWpv8iREMT3ksRGiwmya/y+JTKCjX9c1562F7s5OmJgoXJRuXX09zF+4OCcSJyokqfLAIuZujjw0sQxyXJbdgjFsRM1KCF18/EKSwqDjWAkgw7LloGIwjrgHlq+AqjfcCOn1G1ZCiUEE0AM//t3dafbynK8gkVMYsUMypyhI6jixY69Y9hmWsQtdZ9GWZeWb12mWdZA6m8Opg9T55bJzudlUG6uL8vDGph0Cm6nLRzsEocxm4Pi+u3YIDKLlrh2C0ISot/Mo1NXVw+qVy8MJqJgFYmyO1KQdgoaGJqhvbGImrRyPZjMFieThquFzZTrhVzMto0ba8lQpsvtUI4DZAl2VkHtVC33cPM+wBJnb8/UbrK6pgyUrVsWxx8BvZ3PoH0H+smruGoIYqKPl2PJ7zeJjZ2zjEaFreW96ED1jndVcbDUd203B4BsVLG+TetNbmDqWDT4ZKVcu2AiwcBE//tjExMW/vOM+5R2vfWXJHq2KJYD/d8vtc5iMXcMk7Qo2X4baO4PoASxVsVKFqmrqH9kBVY7MMj7LiYTMZZnASBsYM8Xx2UWrA1bCFeyrFKwdMo5aau2Q5xcLGFkWkhCh6W1iYkLyg0kqGfLeEWmHNIyPj8Phg/stDvbO5SmfdZrTvTbP6k740txCBNHx/mJjQJIrFGa6w5rUfi9w16ekBK8SNfYvqsU/lwIfQE2SnUX1b5LLZBalc7z25iIsVUsQiDfpshA5o80n6MM1IjhAM+iyX9fzwXQ6b34rGMNCJitwYXRsvKW2uhpHAgegRKgIAnjX48/OZwL5JWy6lJGhC5l0Xcfk81xZswX6XKZv4oPqcp+r1o+uN6111CJuSOuD5rYP1wP6rc5VBpB2yHMXqao0jI2O5uwHE7fvUAE2zf8EykQ71NlxFA7u3V2EftIkiqrm8Lq3fUFJKdwHNV8/rCQSoti0QwX6DWqhdlys7o9htCwHQ8T9u3MbmMrvTtWXCEYL9vDWCroFkbhpBcOmowF5HcM4UzCwdeuBCGC8uOeJ5zBVytVMjL6GyeNXsuXzxA2Vldm77w2pQNgYKDWcO0nU+z0mkHYoF3BHbfaAOjUwaqgDkrksz36IUTvUwMy/xUqs3DRrlvFCCf9TnduG0QAW64IVYKhXrFMv1qFz/t0FHPPmsTs1EgGMcqfn+ru8/detZM/p/x7kzye5Xbn4CgaZibVduWsGjZ9gLFs1R9PTfB/ITX4LJcKMIYB3PPp0FVPYvYKJzndOT2ffwPp5lhxcYV44+QYRnxH2ejC2NqPJUiTGmNnNueYWSsTHgLRDRTnDAOHGy8FNTsZKGtSCfHFmmcsKoR2qymRg9TnnQ3fnMV7nuRA/E5/yuvoGWLBkaUjS5r8Nr0TDCKCqxnx9S654Kz9CVLhDq6U6sP+upJRhpetO1cWPXbVkxtBawqd+CYz4jWIWduzPxTRsnLyVFMqXjHGVs6GEKHsC+IeHnsRkyB9mL+oPsP5dLOe5y6pS3jvDidN6AQRMnx3T9Cu3yWkpwOajZwZKqLrLoGK5zIrz1i4pSDsU/E1MFzI5ORGfBqYCfIeK3jkRgKW3Vpx5VlEOHZ60eW+HGsDpODSAJb59SkKICvibS/80qgXdXNy/eNtl1QTIHrs7hfE5IAegS9Jmh/nWTgYj+AiCSxAnRCCAYmlsYmJNKbu3bAng7x547GImJv9+Ojt9I+vXtMheLqKXstJFVd18o12iRwXBw+1HhwdhaGAAhvv72fIQjA4NQu/pU1yDgC+T5WvOgTPOW6t9D3mfompUT1x1yZ8wf31Arl8k7VCuSOm5unxf5uQ7VIyzivf0ykQ7lNJ9ANU4XsJEiIq1eRnCw0UoLx/AmM9QtTpsmSkAo9T+DYjqDdIGupqDnRpHBxm1nJfZ3+InjI6PlzQVTNkRwN/e98hlbPYvTHX6SpGtHCPwROLKrI30iY42U4OYaUWwtM7IECN5jOgNDfTD+Mgw1FVXw5w5bbBo0WI4b+25sHjxYpg9Zw7ccvOv4d677+b7Guzvg+3PPcWJ4XkXX26QRvNAbKaqpu4vKCCQtEPxd06eR8Ao4KmJyRwi4Qp5VjH3CmmHSvh7/MFNwFjiK2r0UoFPuOIIkVoJv9n2k32CmPINbspxLx5JoD3y/4FbEmjRLtbJZmEnGdT26e0b6KVllImfqrqlrtG31c9/fHxi9o9/e0fT+9702kEoAcqGAN5yz0OLmFj8JiN+b2MkT5nmaRiyMK2nXuAkULX69gktHObTGhlkRG9QI3sTYyPQUFsL8+bOhcVLFsOis8+ERUj0Zs/2TN+wcMFCLcu/hL3bNsOyNWdDI2Zc16+uomoE0+T5SswShLRDBTs9aSfcBDw1WdRRcMGcqYu0qyLuujBnkCDtEJqAs3n6ABai/xKiFEoE4ssDGuHJZxdghCkexsfGeOUZzFSAy5MT40a6oqxeHxiBwWzoz5xm8gxlWjqT4flNa+sbtHldHW9zu9Bx3Xv5Wbdksmd+dlQCCdACWiKCJa0gSDEC4TWBEEAErXPr+YKFBGKgl6oVjtgNJUBZEMBf3/Xg2xnR+y4jeq3TOunTCmSbWj8EPgiC6OF8kn1uamxg5G0+rFiyBBZdsBYWL9I0elGAx6hhhBGPaUf7/r1w9gUXG7EhwiG81KJHLfwhSvwLC3Sy+q7QBCxywKWYNqbMuxNIO1SAPiygdohXApmcTIwZLofeyfELlWp0dQKvf9/pUzDIrFNooULL0xB7r+H7CBUVNTW1UMMIXE1tHVQzyxW+oxAmoVNA1fNX4r4mxsfZu3EQukaPwtjIiPE+q2b7aZ41C5pbWnn5uCnuegAlvfecGTFcomp95+5aQF3X5+MTCC4+gRCOCNrNweChBbT8QH6chUAE0Ilf3nF/FbuHv85u1L+ZYsQP2TJOeBMP4MPQrz0Y05MTMKu5CRYtXARnLV3CtHqXsGkJtLW1RToeEsvuE11wrKMDOo52wLFjHXz5+PHjPCWIG44dPghnbbhIJ35S0mjpc+wPRExbFnNXRdx1LGeAo2V8eDEQpLqmhnyHQvxC0g759U60L6ViiAKesf1UsgMW9mzR5xj9zHtOdUPPyW5O+PA+aGxu4dOiZSv05WZO/mRrVS5nhu+0sdER7uuOx+rv64GOIweZhWwc0tWZ4lybED7s7kn8w5M/1xJwQSZhw31P9Q76CKEFtJt/PYzrc6FESCwB/MXt92UYyftt7+nTr2MTuzl7YXJ8DNrYSAX98s5duQyWLl3GiV5ra2ukfaNg7ershA5O9I6y+VGN6B07xs1+UXCy8ziv6Ziprva8twvkAlispzCWEy631xj6ACJQKGeqa6L/wgr0HYrQOzl+qXJotWECLtYBi/fFovVhOWCSaeVOdB6DE8c74HT3CU74Zs2eA/MXLYFz1l0ALa1t/F5w/Z15Xjusd57JtEATI5ULlyw11qIljWsT1SJYmkIdQJUVZiBH1bqTQZD8+sBHCygRQZtJGCAfLSCA0wQs9ZaNCLL9RtNUxYhEEsDv//LW1GP337vl0N495+DnN77pzfD6P/8ItMyaFWk/qMruZNo7JHhH29l0tJ0vHz92nEfYxYNp7lfYMnu2zfxrav/sZmHSDiUf6DvDfTQKYIYrhe/QzLiLknzAeM9WBIHE8eCU7V2ilt+BwuwJiX0Xvoc6jjBN30luYZi/aDFceMVV0Dp7Lq8CY91nca9gNSN/SXAhcppM3VOrOEigvf6v/h3VxxxsTSytWgJh7EQwiPyFIoHinLSlaMQmRiSSALYfPPCjfbt2nCM+I5HzI3+4XtPmtXOi195+hGv2Oo8f4ybjQgJHbLX19ebFNfIA2ms7gduFJwAkUjuUSmuPxmSC/LDKhxCRdijv+y9l0wDOUDJUMWCdMTw0CEcPHYDj7Yf5+2DhkuVwxlnnco2fpWCAWpTTgaIeMM8TdTWjeqWB4YsuhM3yfTk6GBwaQIsvoGWfcj5h2z5DkEBZwwjmfhtL1b2JI4A/ve3uazc/+/S7p6dM4nbk8CE+n5iY4ETvKCN4R9vbof3IEUb22pk59zhm1C7J+Z5/xRWQqanlN4dG+2zkT49EjsIhSuFMjY7FA7093KcSJ54aZ3CAaUonua8Ims3RiRhHq9wBmY0SUUtR39jETQgNTc3Q2NICLW2zIZ3OFLzfiyGyeCoYJIB5H5AIUfmeeGkIkcIJYHZm+gAm8CepBTw59Oc7uGcX9+1D+XjW2g2wYPFSSFWlpKNGiwQe7OvlvntDA30wMjjIZfYUk9VTuqxGmY3BIJqsruNaxfqGRmhAWc1kNsrq5tbZrq5LSbnudqIUivzZEjqDQ2voZwoGF1OwfZ/g7QfoRwKlc5B2yzExOVUPJUKiCOBPfndXHSMi/9s2d74yPW2aaLds3gwfev/7oKursyj1PP2A2r6WtjnQNm8+rGSjt3mLl5hCWk4IKBJBq8VR4Ec5BvqdHD9yiI9ET5/ogtPdXdDTfcKR5iYXoOYChdzs+QtgDpvmL1kGS1asYkSxOYczLS5cq4FMlUEkZhmSoaKedtLh0hEpJj80E3CpT4euUq5An74Du3dAPxtYL1y6HC6/5pU8yjZK1yKp62KWrU6U1d2dcIrJ615GKL2CEqMAyWHzrFZoY3J6NnufzWOkdPHyVVJas/zvnrhuyPw1gGAJ9jD2ZZAyMxhEa7FFBoNJ/Iz9RtIAWreX+2lsfLyILNyKZGkAVfVvJyYnV9Wzm5LXYmVEBTHEVOc4FQ3swUCN1ixGZFqYen7W7Lmc1LTOmQs1dfVmWTjpRsCHSSaCioP4KcV7YGxAf8f2g/vg0O6d0HH4IJxkpvFCEWncb++pk3zav2Ob0Y59t5gRwRVrzubEGdMXFO4+imc36AfIa8cWoPRc4fZU5qgw7ZAXFMMEXEF3hjozDoOavv07t/HAxUVLV8D5F17C60TzYwcMJlUmP48xi9ehPTt5honuY0dd04/F0g/sXJCc4oTvBoHm1lZYxIjgstVruKzGyleluBccz52DCFrn+o+y/D5jlZc/IIAjGARswSBWYmkjlz4kEIJ8APW2sfGJKigREkMAf/zbO5umprN/Nzo2wUy9U2xUshCOHTpQ0GOiWryppZWTO/TDQM0en7MJVeNa1RCtPJxY1i6+bubVNX6K3K6ARP4UifcVV5Ajed6/YysnYYf37jLIdKkgSOH255/h5B61gmecuxbOWncBT2vg8vyXHKgB1EzAZVI/rOinQ7S1UOA+gDhIK7o/2Mw4UimAufX2MJnbfbyDp2xZe9FljPgFW/fQ8nJw13Y4uHM7HGKyGvdTSgz09rJpE+zevIm/I1F7uers82HNug3cbFySe8VNC+ihaVM9SaC+nWOfMkEz9IGu/oCO/UoaxrDmX9Xm2MuUXoVPHeyBxBBA1k3vHZ+YaGPqUG76WMBuuiP79sSyb3yRN7e2caInkz1cRj8vsw6wTuD06h2qIpV0U1Sd82lkzyB9htlX20bbTBA//Tt5903YDVXoYKQZSda+7VtKTvq8gJqN9gP7+PTIHb+D5WeeBedddCmsZoSwKp2OoSNiejjSGc0sroY5JSJDBcUM0Q6FPZpRCo7uq0RcVL9dYNWNw/v3cvKGyZQvvfoVhqnXT+HX1XEEdm56DvZufYFX9Ehk12VVOH7kMJ+euPcOWLxyFZy78RI48/z1xfEftAdNyKXWQKoGIuaeJFAiYpL2L4wZGBxmYOuy5WzMUzJnPn6A+n4KG6nqg8QQQDba/eNRRlgmdT+0hctXcl+E/p5TofeB+dowb1Izkjyd4CHZw/3wag62WsAaidO+qyjaBcJSbqpO3jiZM8y5is71rOSPr+P71W8URTG+K6ifWih+r587JivewUjfpscf5pnjywmo5Ti0Zxef0L9y3aVXwAVXXMVN8KVGIjSAPtd9Zh2KiI6MlB4EktRunjlXK79fgubTbZueBfRZP3fDhbBwyTLf/aI5d8+WF+AFJqtPdXWWV0+hguHgAT49/IffciJ4wUuuZu/ZHNPYqWGa3UvBgWo3BbvQQtX53SDtnxwoYh5NdfUvNL9otUNbzsTFD9B6PI5oyYdjRCII4A9/c/sZzA6+cXx8wjClIsm64rrX8lEHBijI4IEYkkZPaPMamprA1ORpPnpimfM1vBC6hs9O/HCFlsFF1uJJJFC/iK7kz9ASahpDfiShAZRmcWNkaAhefPJR2Pr0EzA6MpyES5kX0PTx7EP3w6bHHoZzmDC98MpreDBJroIkX3ACODVZ6MtY3B9FiL2bC3GleCJo1ACWVzLEigEOXDGy99De3bB4+QpYwzRiaR/rxTjT8G199knY8tRjPHq33IHWpc3st2x95glYfd462Hjly2D+4mWFuQ9dtYBgM7mCCxl0Cdywa/+M/QZr/8BHqxjsBwjg0BKaCyUz1SWCALLOvH50bByw3JsWX6F1GqYYue7N7+BaLUxLgoEDSPQwrB0kvzwRlGFaZPVkLIqim2BVnZApOrlTzdq9EvHTtlV0kqjydWakh6kBdJA/Q+snET8VzNxOMWsAJ8bG4PnHHuKjyKSaefMBBq2gGXvHC88yIngRXP6K67ljcrGhBYFMVY4ZjrRDifklpgawQgmZGssmBcHwYD/T+j0H42OjsIFZLObMX6idj8sJYRqtLU8/Ds898kDJffsKASTCe7dthn3bN8Oqc9bCFa+8nmfIiO02cNWcOU3Axtw1GETeBjwigaU9OrR/EKxVVFXXoBTZRcjTBMx0H6W6fokggNmseuUYD2uXtHE6kUISNkuPxBWkT5XIliBqBjkDXUsHujZO0bR5gviBhwZQ0cmeCqYG0GLyFVfchfyZWj+J+CnyTRYPA8wyMwMKk2ceug9Ghwun8UOCXc+0qTiiRV8k1EbIdSfxl+GDj32D/nyjw0NcGxk30P9k5wvPwZ6tL8L6S18Cl1z7SiOarigPB/v9KOTzedPMrNc3aYeKBUUPAhGD2iQTokq6h7uOdcCOF5/jpO/CK67U/eDcKh9psuuZB+7hdXYLBczLiooSzPmXkvzZDaUDJzhZLktRozzGLEUoq2OvbsR2d2DnNji0ewecc8FFcNkrXs3rFudyaVSPFapbIEXJTcAuP8DNBGw024NSOCqbAE5MTl6m5aDT7lpFEWpTRV8W5lhFN9EqlgANsb0gKV4aQCO4Qz+Gtq2kAQSwEUtBJnWfPj3gQ/XRABrET98vyKbgPIApAR743c08b1+cwgM1qimm6RpjRGd4cBB6e07BiRyOgftqmzOXP/R1dfX8Nw/29XFymC9QI/jCE4/Ars3Pw1XX3wDnbLwYYlerukCYgN2vHr1uS4YKIEPcZxm0l3YqVcgsEXQfh+olJuf37dwO7Qf2wpnM5Ln8jDM9t8X68A/edgt0HT0S2/GR4PEk+5lqGB8f47K6r/d0TrIaawBjWi5M4I/uVCk2wB/G5P+D+ZumcdCyY9OzPAgRSeD6y17qWcs4yr2pOtRqdlMrWLR/3mTNTgLNL1o3VZ2E1CfFTD5RwFDJBPD/bv79gr6BoWUa2TJJGVjMsHbyZ/fNC6sBBG1f4hhg0wAC2IilIJM6sdO1gWaEsDk3tYdmBLDQZgK405UwondsdAQev/sPPMgj31EbEhpM+Jll++k5dRKO8RrJ8QgpNEXj6BhwkoDHmzNvAdQwgtjHjsk1ajkCtZ733PILZhp+Dl7+hrdA69x5UEhoQSBTkPiXJGmHituZRYBGAIGbgcUyXRbHYlGAQXbbmPwd7O+FjZdfycjTPFdzLyZnfubBe2Dzk4/mnWcVrzk3pbJ5X89pJluPcnkdz++ZhG5GUnGSgXlv5y1cBLXMAjTAyGU+ViZ8Hzx6x208lcy1N7yFF0zI9bp7RQGDWxSw8b2gVDAR/AABfAJAPKKA5TNU3dZbNqxoDeDFhvlXImVInFR52U0DaCN/rhpAEERNFfpF06wCqkkO7ZG/4LJPEUzicU5+2r9chFb7/r1w7y0/z8tpGE0UKEjG2QPZfnA/HLcRtEIDs+Gf1oN4kFAtW3UGH3kO9vbkbDbuYL/jpu98HV766hv0Eab9iQuUKeEeDna+07wSCFQoiDaWCmgCxt5HDaBDTJeQDFUacAD+AiN0KLsuverlTGPW4NrrJxg5u+fmm/LKwoDyppUNltEadvTwAei0EbRCA4kmTggkoJirdVZrG9cOYqm5XNDN3je//t634OKXvYJPoQczavRE0O4BIMYHsKaCieAHqDrStkhn5cj34qIFBFfyJ7WVLAdQyQkg68sLzRJkui+doQ30IlwB5M/QAOqXI9D8C3oaF7FvAIklWvcpSKP8SRX+f5LvIoCNCIYH1kF+8r47eZBHrlo/NBdgjeIDe3ZBx9H2Ul9m/XdNwaG9Wm5HzL+46qxzoJqZI06f6IxMslAzh6kIjuzdDa988zugriH+bPU8CMRSHo9et4nEDCRE/EWpajkzkz8AmZnPxfDQICN/j/HauesvuVzPUeokA5seewiefuAefq1yAdblrWto4rkEjxV5gO4F1GCiwgDfHJgMeuXqs6C+oQFOMVIa9Z2E+3rmwXvh6IF9cN1b3glNs6KkjbFr6sBTCyhdFMv1MdZ6+gHav6baDgjgLOnqVQ0EXB4H1Un+rNtULgGcnp6+wKyuYTcDy1QLTNNrKPInmX+N7+qaQZ0MKlLQB0jRv+CiBRT7dAR/KCYlFFpMWfsnjhUWWOT79p//kI+cogLPc+6ixTDINIb7du9MdA1bzIeFPjWIeQsXw4Ili6Gnq5ObJ6IASybd9O2vwfXveC8vNRcnjDQw5fSCI+1Qci5AHhB+U9PZCo4ELuElHGDm3hefehxmzZkLazdeomlkbZcBAyru/tVP4SgjSrlgDjO3jo2N8VQypa5x79sdWRUOsnNEtM2dC4uXrYT+U90wPhbNcon153/xn9+EV7ABO1YWCbwI0qKLzs1f++eyL9coXFklCOAbAWwvCeceteKfA9DDDFyyHG4lJ4DM/LvO0nGS/5/DzCpKsMnpWRRBvOy+f+5aQJ0XaqlmQI7+dWoBnYTSx//PxawcNQAEH5A7fv6jnEyjSPxOn+yGbS88H9u1MWoeu2gwLTd1nu+n7s5jfMLC5CtWnwmnjh+LVP8SHaJv/cF/w9WvuxHWspG6jxyJhCpuAp4CeYBCiAoiL7lADgJJwuWrpKvY33saXnjqMViweCmcvW6jLQOCBrRa3H7TD2Ggtyfy/jG36eDgAOzY/EJs51wsWd1z8iSfsD7wGcyC03uiK9KgHUnjnT//MVz68lfBxcykHiRWHQETvmlgIHoaGIiWBgZcIoADK4G4rbc+UZVJAP/3V7c19fT1LzdTsogOV2xmWY8IYHsQCLiQP0XSz3mQNF1P50r+jIuuWE3TYDMBg2Keh13zp4TgDpj37uHf/yZy4e/ZCxZyjd/2FzflfB1EVRRzAohGeMyi16oqT9HOY4BpP7c+/ywbZc6DJcuW85qaOPoMA+w3jLw7xQTzVa95QyyRk+iTg78BzcBYFi5/EBkqexSJEMlBIJXrg5rnRcoB6Ov24tNPwKKly+GstRtc94d1e++95Rc86CMKMPJ2nJGlnVs353x+SZHVqKTAXIjNs2bBijPWMNNw+EE7Hu/p++/mJPrlN76dRyU7twHXh061P4B2LSBEiQCOQAJt5+9Y51sJxPoznNHNMAglQok1gOpZTAOoyL5/4OqPZ9O6SX54JukCk6iBuwkYhHnZTv7kCGDTUdC42A7/P8MELO1DNgFbNH9K4MP1zAN389x+UVDX0ADVdfWwc8uLkXsdf08qZQoRWYBYyari0mZ/SOUk2dYRqCZY9HyB2fASpodpMnFavGwFNLKRZhTHaqyKMtjby03C6Ux+t7fw+ZnmBDAxVROTgwrUDhULiiCAsWgA6QqFwcjwENP8PQ5zmIZuzfkbXLfZ9uyT8Mjtv4vkXlNdUwuNzLqxe9vmyG45xZLVmrbZlNdhT3Ogrw+2bnoW5jJFxFzWb1HSlO3btgWG+vvgde/+oFbcwe/ezdEHEAJ8AN3Mv1F8AB37tJ2KaAgoBVey0jClfqutQR8XBcybU/bzA7vp12ECBuN5cDPXWn0H1ZxNwMYVM9SM0j4d5+L0A5QfUOtDqcJjd/4ONjOhE14gAMxbvIwHd6CTclRBomkW7EJEEwZCwNhHlqagsGakVS0+DvJIUpVK+mmauKoqU8CEJYPH2g8zElYF56y7gJsarAEZ3kC/wN//5H+ZYPljnp8wV2AQCALrAdfU1gZ/gQhRGaA8ro4oYVnR1UCKeNkxDyoGfDS3tsG5Gy7SvmL7zqZHH4SnH7grkrYMXXOOHj4ER5ksi3LtNdJnTcDvLqvBQgytstr84WFkNR6T6Z6NNvRLDCurT3Z1MutLF5PVG3iGh7AVqjrbj3D3nRve+yGe0Nr1YuXhA+j4ns0c7GWidT+eU2NoN/u61gG2Hc0lD2DhMoUHoKQEkP38M4x+EqSPr7Br//xMwB7mWnCPApbUgbZZHlHAFlOwuOhmoIntYmuf2IN1/62/gl0vhvfZw1rHKhMKOOIKJ0g0Z3IxghSCQQgNIWC8zAp23xe5i80HQTXmRn1EVZA9VWrnKa0YqhixAl24BJu3MCJ6+wvP8xHmnHnzHXWhvdBx6IAmWN73Iaity616SJWu9Zua0algiFwkFbwcXCF8ANVYNyt7TE9PweZnnuBVhtZeeImLz58KT96rZWUIi9q6Oqhm+4vimiMG6O6y2ktem9u5aQe9ZLXdBCzLawHM1BBFVvPqJ8wihfkEFy9bziOGw+BU13H47f/9F7zh/R+GppZZ9q73NLWCR8iH/YerLqG5qptm0abJ80sB4+hcv6fFPwk0ojIJIBvdrgCZ9Ek3rqy1s/elHHfrSdRs/n8WzaIlF6C5UiZ//lHA1gAQ8EgEbTf/mvozFR647eZI5G8OI0BHDh0MnY8JBUlVVUoSCKYQEaNL07SQcpC+8L4lqsPJ2OpbkrVo/jQTg3Z+Kb3cVRjhgiPM3lMn4dz1G+FER7i0NieOHYXf//j78MYP/Ck3w4T5LfY+RFOcpnkkojRjkdBE2impHByhcFdl5+ZN3M3jwiuuMoJvZGCKlyjkD339sEJHL9P8hb3OGvHTPrvJajdTcOFltTaZstosAeoHzCXY39cD5224kPsGhvHjRjef2370P/CmD35E0wSq0fMAau3OFDDmLjwCMez2W/vpeqWAAes+7dVAHITSnfwNfeGjH4nmTBojSppifnxiYqmjUwNLvlidAaI5fDpZuOpr6/cKIbUrmFVb9nB5O+fesLLHztBaPAXmLVkKu9BfIgT5wwc1k0nr5E8THtpILs0DGXCdOU/zdlyPQRNi9Gn3NQk4Q5vAEser4vuXj6l91s5NmKJxLtqCgmWQiKH2s4UJWK0GZzCQBGK03tTkpHQ9vCYn0lVaMuiKgRpuUmfSlNOdUXjwl26koDC1wqb8cXjfHm66XHfJ5bzcmh0vPvEIPP/IA6H3h7L6wN7dfLAafH0Vi+xDGWrK6rSL3CyerNbmVfrxTAIq2oJkNZI+tNzUNTZzbWgYIAn8/U++D2Ojox7kD6RlpxbQlQt4mX/tZmXLq14F/zJwjt27fXD3O7S5ULHpNJQQJSWAo2Pji1UXpm8p+uzSvQbtcouqsX8rr2gf2/H0RreRh/0SO6OYtOm5h+9jQuXRUP2DJKdhViuPtgrKE4UPqBAm2mdNA4gPrClMhCDRhIjdxyROCEGjjR6rbAItIwkzKxEMkyl+745tMMFMww5zgQeOMXPw3b/6ie5PFQ1GOTgiQyUnRNFQ/gRHYc9N1sgDODOuSpKAxO/A7h1w3gUXQWNTs6M7cZD+5L13hJMTTJa1zpvPZXVQWhRNVptEShA/IZ+FnBQyUiZhhUhHJctqmQxaFQV2IhhOVh9iBHtgcBBmzZ4T7powS8/tP/sBk7kT4Pte1z+6WoTlTdza7N93IYFumsDQZeDcHkW776G5mHvpmBhQUgI4NjGxwOhr1e1S+2j/bKpss489GD/4kT9VOpb3xXa7jSyjBftvsMnlvVs381qRYVCDoyb2AkABFST0tYfWLkyqjIfYFCapgpK+YAFjjjZRsGiayrQuCFP6b0kZv8Xvd3d3dkB3dxe0zJ4d6hwO7dkFj931+8iESCSDLv/XLmmHyg0F8wFM2C1TioEO5qPb8eLzsOLMs2HugkWOwc/Rg/t4paEw5nfUHNYwsyVG+QbLaiHfFBvxyxjaPiGrrf6AxYKVDArLkSCnQvuI28m/xe93954+Ce2HD0LbvAWhzqDr6BHuH6/qF0V1aO68tH+q7/vbyglU6y5sn638w/3RsG6sOs/Eof2znI44j2BVcSFlTKkO/L1f3Jqenp5uBQ/TbFDHu5j8IZeQb1dnUM9SMlFLvqiGNhArezzwu1+HEiiYZJOZx6HjyEH/R1URWjOZYKUlgSJGbootGKWEWg1FODtr52rXTArBKISNHzBvYMeRw1rR9BDY+swTsGPTM5HON60ngyZCRCg2GdJMwNnEa4OTfWe6HxX9/rC02co1ZzvW9fec4nV9w1TnwOwAKSZrD+3dFVJWmxYPd1mdSqCsTllciExlgmLRZvphdGQY9u/ZyaufhMEBZuVB07tT8+fyvrZcbg/zr8MqKK2xKIbsO7ZbBVWvVf63oBvH0dANJUQpNYBtYNFnqx7Xz0cLCE6iJn/PyifdNYG23YC3D6DLTQguWkCXG2hkaIBX+JgKkTEdzZr9/f1w4rh/KTir1s9uZjXJlDj1pE2aUFSM85b9XIRpAYWMlorFexSMubvQ52bOgnCC5dHbb+UVV8JC0wBOAcGGGawdKiUhsgjngmgAy3UAEx+97Dh8iPubnXvBxQ4NG6YvufMXP4axkZHAnsRcrBNMNhw9fAD8oMk4d3OvaQEpB1ktk1ZZVpsuPH6yenJinPuyz1u8BMLguYfvh4O7tpkNllereOGqFsufDDcu4aQOLhzAroAKHQRi5yihgkDCJ04sAEpIANUW+QZz61hHV9m3ciOC9m/5kD/Vcf3tbN+6d9Vyw4GLGdlyr+n7UOHem38eKoADNX+nmWDCkm7eD6PiGEkKPz+T+JXUsh8ZdudnWSgKx2NFr8TiZc7Zu3NbKE0gZqu/59c/g9HhcNV3qtiodypMEEilEaIi/eQCy6BET4oeBVxOPZp0YAWLfTu3wpnnreUaQDse/sNvQqWawvyiY4wsdnYc9SVOQluGsBMolGth/OiSBDuBNYNYTMuNn6xGa8p2pn3F/IiBTyf7woO/u5lpZE9b3+OqHy+AEOZf6/YOoub4C+CZVsa2T8cnx3rVLn46S3k9S3n3NclaP8tlsXE71aEFBIsaN8gMLO/asmAnf6r7BffzAfTavzD9YvoAzEkXKFCYKWGEEZken+gxoW43/UdSlgfRnuQ5DljTBDhz+8V6M0pOyDIJ1H6rv9PxBDOZHz6wH1ragn0CsXbwg9wcrwYSHR4FPDlFhKhCtENJQkpJlb4WcLFQpEu+e+uL0Dp7DixattK5jhETrE4RBLQKKGxgiOTPC6Ybixa4IQ9wNeJXBfEHdBRPVluzS5iKB1RkysGIbkC3ht3bt4YasKNG9v7f/tL2HNiIoMn8HNu4KnZs73/rzuQmu0LI7V3vPC1v7Z/qOBybwiVLLBBKmQew3uwtuQKI1IlGoj23nlaci3JCaONSB+UBFDeDdPCAJNPGvqS5Wx5A9Pt79sF7AzuCCxT2IHX55I1CQYIPmzVdgDUlQF6iwzUflGoIFRcRYElIKueryudcxG/D+fS0Jjzx4UdNiIiam/aI5kVzcFfXcZgzey4jef7VdTAoZPuzT8H5l1zh1SPGtRkfGwXSnhCKCtX0ASz3Wy8pp4+1xft6T8NlL3ul47wGek7BY3feFrgPhcm5+uYWpkXc7r2NbaAugt+s0bz59aiZp88uq9163Jns35pGJjfIslqbpgGzFqGsFgTXqz7wJB+w74Oly1dqGj4fnGBEG83Bl1x7nbsZGFzCQrzMvzYlUHD6F2ff275h0U6qDoWQ6nb5ZGJ6DEqIUhLAWkenGsmYdZIGbtVA3GoCi31IS3KmZ4NMag+DTP6sdYEtR7VeM1WuBCe2EZ9UqaSctjw1PQX3/eYXgQWycZ8NLbN4ahMvWMmfmbvJTKOSoxgxyv1MSwmZVaiuroFVq1bBkiVLoJVp1FpaWqC+vt7ogJGRYRhmJtRTTFvZfeIEHGQazqHBISnBdEqKYsvt/IQztEYEtTZTsHiTwP6eHqipqYVaZqIJKkf0xL13wJIzzvRNUUA+gAnADOPeYX+OMAEn/+cn/wxRDu/buQ2Wn7EG6lCW2fzHMeo0TPmytnkLYcdm7+oeTitNlS3lVY49bMjqrCSrs1zbtnzFSiarl0Ibk9WzZs3isprXkmY/cXR0hMnrETh18iScPNnNZXV/X7+Uoss65QJrihqcpvk7RezP6x04wt4hXZ3H+XmPssG7H1544mFYduZZsGDJMustF8z8XG9Xi2bQVxPoXudX9dm9fZUzitmyRQeUECUjgKxTMq5cy8r6XLSAXto/uYqIaq0FbNMEhi0HZ9UoWrf3PD19S6wbiY7GQZi7aCls5ZGp3g+XmS8qZQR/mOH4kXueCw8kUPhg4oOKBO+Kl1wJa9eth3POORcWLFho+HEYZgW9X631I8Ewo/aykfXePXtgJxsZP/P0U3D8+HGdBOY+8tV+r1kWCWDKRgLdBUt35zFYc966QIGOQTmP3H4rvOG9f+JpjakyooAThBlEiGaeXjW+X2QGgZD2OV8c3rubP+MrVq9xrNvx/DPQdTS4uhD6rW174XnP66FF+mqaL+G2ku9AXZPV04asbmhohMsuuwI2XHABnM1k9eLFS/i+veSyo43NB/r7YN/evbBr5w549rln4PChQ1Lal5SeIzaqrFak9xQm7QcbCXSXof3svTGrrc2oeuP5VDEt56N3/A7e/Cd/YVRrsRIpF/OvQ/Pn7a7lFgvg6v/ncSy7+deLIdq+jw93xWoAU6KPzEo2dvOsk6+Bm/bPpRwcSBdPmHOlI4BT16c6zMBhagG7aQF7T3XDi2zEEoTWufNg55YXfB6qlB5erxjCRc7nFwViBIkPIgoTHAW/5pWvg2tf/ko466yzjd8Hqq1EkNTmJ2BmzWqFiy+5FC66+FJ47/v+GI4fOwZPPPEo3H/fvXzkKY+EowgXWbBoECRQE3pePlJ7d2yFdRdeyszwR33333FwP+zZ+gKctW6j+wOi5wEs1juYCBFBIOilSAiHMaYFaz+4D87feAmkbOlKRgYH4ZkH7g7cB2Zn2LdL5GR1Qmj+tMA8RfeNy3WgrhoDdJTX1dXV8PKXvxpe8crr4Nzzzuf71syVVlnNv+lD/EDfrqmpGS7YeCGf3vmu98DJ7m548snH4b777mFyuyMvWS37NpokED9XeQ7YjxzAa3MxnDruz4VOn+iCrU8/Dhsuv8rWW7a5lxJQterzVNeN3HYCvmXlnIZo+2481YbHvvSx/1dS7UIJCaBwnVeMflFkEgimRk6o2WSDr8wMQ5mBzUawaxCtJlxvMzDY92fbpbYfLdXI9JS/6RfzR3UxTZVXhKlVoKSkhzIq+RPCZIoda5qbdd/+jnfBNde+nAsWIRzsgsNKBrMwyswIYjv8Hp6Pn9BZsHAhvPktb4cb3/RW2LL5Rfjdrb+B7du3SSQ2vHAx08WIlindJ1AbCXq9JHcyYrf6rHOhL6As0xP33AHLzzwbaurqHeuqqjQNYDw0hsgQITyUyKXgioQyu42x3FtjcwtP+Gw/9yfuuZ1nEfADDgIHmYkSiaTHldJToEDe5A8JE8ppdDuZO3cuvPXt74Trrns1N+uqOoER9dS9BuTooqPqUYiYpBrPTd7O3F5bnj1nDrz+hjfC617/Bq4VvO22W2HT888aKbqiy2r8zVp/yJpAvwH7jhc3wbnrL4DTXf5BsZseeQDOOHctNGIVKCNNh23uuEnd07hAoP+fX/oX8DiW9+Ph4k54GEqMUmoAp63dYjPzSto4Jx0LYwYGi8XW8CMExbat6npsdzOwdGOgVtHYibmPg7t3wLHDBwN/fHV9A/QcOujxEIGe/04IlCqdOEUjf0Ljh8Jk3vz58MEP/ilc9bJrIMXNu4w4qapFuzfOTKYHD+yH/fv3wzE2EkT/jL6+XhgYGAT77VvHyFLLrBaYP28+I3uLYMWKlbBy1RnMRNHgEDDr1m9g03rYs2c33PTTH/O5nFk+vGDBPjDvGSS2gohmXQqOT05MstHtCairqdbKuXkA/U82PfYgXHHdax3rRCUQIm8ETxTo1sD7fXJqqiJvPTWGLRDjo6NwvP0IrLv4MgcNONHRDvt3BEf9Ns+ZywmKG7So1yr9eqUcwXmhfy8jdRrxm+R+fO97/4fgulddz/fNiZNNVmO5ucPs/bFv3z4mq49C5/Hj0Nvbw2U17ksGKhtmMcI0d9487t6zfPkKWHXGamhubtaPbcrqs84+B/6BTUcOH4af3/QT2Lz5BUukbxiYJLDKOF8xYBeWKLfff4S9e+YwMoq1gL2AvxsDK6+98W0ed4E1uMNh/rX54AWVfwOvZCBuJl6b+VfW/nlEAR+CEqOUBHDC3nuqqjgVdraQ29BBIA6SKK33DAKRo3ht+7SYge1nrp8Tu4mfCRH1i9nQNV8Sj4uSdgZ8iNq94YSJykdak4z04EP3xx/8MLzpzW/jSaLtxG9iYhyeePwxeJGdz+7du0IHPKBzMU5dnZ2wZctm48Ffumw5rF27Di697ApdwJhmijPPPAs++7kvwrPPPAU//MH3mbAaMDLLhxlhCnOwuIaC+HGTiDrpmq0H632uRfNCp795ASOC1136Em1kabsWifMBTDKIJ8cG2QSsUqfnhMP79zDzbQvMdkk58vT9dwdWZprFyN+uLS96rpejYEV1o2g+f5qFhpebZCfzNqbxe9e73we1jLTZiR/K5meefhI2bXoOdu7YzlNfhQFqOE+MdcEJJgu3b9tqtC9avBjOPx9l9eUwWw+EU/XjLV22DP7h45+Ebdu2wPf/93tw6mS3UbEkrKyWB+zabqc5oZ2cdM8sMTjQD4uXr/QlgIj96N5z+UthzvyFlny72tzat9ZPHiG+fv5/jiAQFSzmX1V1mOMNzawwOcsWNes8WFNUYJSSAI462ZRMAr20gG7aPxt5zCEIxJVAWsigdd/OIBCV55HqPelf2SXDVPLH2Ig0jEDRKmFUGeXcQokTdn4oTJD8nXPuufDxT3wKFi5c5Krx07adgtt+9xtefSRf4P6OHD4E7UcOcwflpqYmm+lBO/bFF18K5563Fn720x/BIw8/xPoky4VLGKEp+kVVq8AcZWnRcJMeWr5dW1+EM846GwZ6ejz3i/2AqQauecNbrNeD7ZdH3TEhnarKwZGb3s2xIy7tUNKh6EEgKt1EOQFNtkL7Z0c7MwsHVQRCedTPLCBeLiZyvV4zM0Mqoqye4vJ6GRs4/9MnP8usKKtcNX5Cft5x+++hszOe1HHHOjr4hNYbjMQFyR1IyNbzz18LX/nqN+GWm38Jd97xB94XOGgPY7kxB+yqRROokUB3Wb1n+2Y4Z+0G3/cont/T990FL3/T273zHuopctSs2/qsuZy1ffbcxr5vVTfH29qkvjPatZMGl3zG+6HEKCUBHPZK9ecbBGJuBaFyAdr89iwehm6ZYiQTst0MbA/7kD+hgyvWLgxC8+y50N7+vIfAUXS/NtPvzxqR5f8iQG0YChMUKu9+z/vhj971Xr4/N2EibkpMmfKGN74ZfvLjH8R2YTEYBKPT7A+ELGDq6mrhQ3/yZ7Bu3Xr4n+99l49mkRxXVYUlgVXGb5meVg2B7JYeBvtjZGRUj2z27sM9W16ADS+5GlrZNTKFvPBlmYTqVA0kEaQdmpkw8gAScsIxNhBtaGyE2XNt2j8mA5558J7A789mA+etzz/ruk5z0zFNvyLbgWmlCSOrp7hJ84Y33Agf/tOP8PRb7sRPvINS8Na3vQO+9R/fjK2PzmbmXsz84JDVEolBwveOd76bWXbWw39+5995WhlNVochgWBoAmVTM37XLSgEV3ce64D6ujpf/1d0s9qDSb3nzpOsrqqtqINNC2czzVqUE67aOtXQ8hnbgXM/VlJnjTq2m6BtuQhLTgBLVgmEdd6AXDFDWmNdtnSe/cK6bC8vqfZwbvv29uP479O9Npw237d9S2C5t+bWNh6Y4FWVwBQoii1xaHB/4shqcnKCf+ef/+WL8J73vp9rrKwjmCwXMPa2l7z0Sp5HKg5ggMhrXvt66yhKP1ZWdY62MGr4s5/7AhuBtvHznw7p9C4nWDVrB1dJfp3W6eih/TAnoPwQ9uGWJx8FVfpXpTt3a4EgyfxXztUuCN4oahRwQSpvWDUjFo2KnNNuOstf9lk93Qk+a9NTmu8ypmrCCRMHiwnTO/GJmTbRvIl+fmN8GuE1fEcxT+ngIBxh5t/Z8xfA8PAg/4zJ4VFG72Wy+lRAsEEtIyC7eVUQ9x9nBn3YU10FdzWSPyR+WSYL/+5j/wh/8Zd/AxkekJe1yGXRX3LSZ0zVde6558V2f93wxje5yuWsi2YMj/u5z/8rMx0v4QN29FkMU2REtmaJKGFRPs6tb3tPn4SG5pbA/R7atd24dR33sts8l2cil6+oPvuwkpG9UGKUMgq4V+4Rh/+fmxbQo8dNTZ0zF6B1O/cgECm2GOxBIO4HN7V/qj7f+tRjwb+YHdBrVCPXU9QciE1iE/SQaeRvkgdgfPmr34AzVp/pG9XrGP2w34Ajy29+46t5X1VMK4O+f7L622tkKZYXLVoEn/7sv8A3vv4VOMpMNplMdajRpRZZhv2kGs7FqLHziqzGIvB1tbW+I8u9bFSJGefrGhq1BwQFvQrh6gETZgbUwu3Y/WXlnXcM7zvhg6qq1uTFYltjeOyikVBdnNK95j6+SpY0Iq7Hd9GcuB5L+n2O8zU+qpZ+UG19Yv9s6UG9uYeZEPt7e3g5PTvZ2xJCVqcYIZsYd48Otvr9pSyD0CBZjf2GA12UK5//wpdh3YYLAqN67elc3sJk9ec/95m8BweXXX4FLFiwwGm29JHVOFD/JDNVf+tb34Tdu3ay9oxhJfGD5s+O+0gZ1Us0U7D7b2g/dADmMu0ekn8vnDzeAUP9/TpZ9PD3C3qYVQi3XWSh4Ew4Y9vDiR9962t9UGKU0gSMoaVT5jnY/P8ctliZ6YELO/Oo4AHCtOvuO2hNBm0LAnEpCWc1/GoLRw/ug9MBBcSxRu2ends8Hg7FYk4QviRhakXiw4TkD5M5f+0b/841eWrWdEQNm8cPo7/Wr99gBHTkAswF+LJrrtVGsRAsTGTTcCMz1fzDP3wC/v3fvg4HDqBmPDwJ1CKBtdEqymEvzUnPqW5Yd9GlcPKYd/J11DpgQMjF12jlovg5KFDZgSBq4XbqRYjctPYOrb6djIAPMQlFjJypMtxMSY5tIJx5yO/YMvERbadPnoDeUyehs6PdpV+8SaO9fyoRmAx+DtP+2fP+DTBSeLrL34euhmn/juzf57FWMfzfZPIXJjBCkD809X6FDdTXnHW2RVaLbYLy+C1iloyXXnkVPPrIwzn3D2o4X/Xq10r10N3lsurSVl1TDX/9138H//3d78DmzS+y36OEltWaYiPYFIza3Fo2CB/q6/XpT4DDe3bCeRdf7pAr7p+kVtX3Qvmsc85DP2VWobYLEoCSEcCPvOst6j99/T/RK3+eo5PcAjuM1VIaZika2BIwknNNYI8oYrdcM1IKmO3PPhn4e6f0MmtusPuShC2hpgmUSaivr+OOuosXL42cwFluw0hhzNXnlbU9CK993Q08mCMbgfjJAqamtg7+igmWr33tX6Hj6FEpnYA3zJJGVbrZYpr3p9fouP3gAWhsqPfN07hj0zOw8aprdfKnCTdLdHSBCFEU7ZBDKxJJOwTBmhpPIpOvdgjMSDr7MQC8j2t8zF87VC5AM6msASSEA5IHjChd7lL14wgjDEG8OJXJeGr85apMdkuN77XUZTVu/8V//SqcuebsyAmcRRvida9/Izz7zDMwNjaSUx+98pWv4hajbDY88ZPb0DXmw3/25/Dt//g32L0bNYFhBuwigE+bkPhhf2h+286LcuTgfp62ZtIn2vn44YOwZv1GbjXy5XQg/RaQ+ZvVN8/J72S55EUvVXf3MtVt0ViqbAKo90UPuyfmyQ1Wc6y8xicXIDjpm7HkkrzZrvmzp4PxNgM7j4mZ5LGahB9aZs+B3du3ugoek+wplhq6YQUKEqAvfOmrPGyfa8EMgeEiTALaME/UVVdfAw8+cF/kS4m5pS7YuNFmzog2slQ5CayFv/6bv4MvfeFz0NfXx0aXmUAyLIJnhHkB96eRNifJ6z19CpauwLQw3lqA0eFh2MdMwVh7UqRfGOzv5edWaO2QNzFyJ0EOh2O93fwmkHaoTIH3vZql6xQVPUxrWs/ITV19g6UdiXRn+2Hf7wrtn7usNgekUevnogzBgfU/f+7LetCFnt4nIvETpBEtJq++/rVw629vjtw/mGsPNYh2WR2G+Mnnmmam34/8v7+Er37lSzyaONyA3dQCCj9DxwBbB/p31rBr6EcA0Z2n88ghWLb6LK3B1edO9XEUBH8zsGt8gntcvqssBtVr1zsgASgpAWR90s1I19nanSG1SszL0PfZzcDgsb1LOhjrpvbMgXYzsJNoim+Yyj9dw4jBH9teDPbFSKV8tH8pPVLK1GSFMSdoCZ4n4R8//ilYs+Ys3+ixsG2I61/zOp5rapiRoCi44Y035kX85PNpZKp/dIz+1y99nqcLwIgz/z6xFjZHLaBGrN2dlDvYS6C2utpXI7TzhWehrklLlIpO5Wjij1p+j0DIBwqTCVmVooCjAlOI8OhQG7rYc+/nU4bI1NR65kK1uumkpEAGf4ho3z/58J/BhRddLAVW4NpoxE9uQ3ebxx59GE4FVDqyAyt+4HvGOIeIxE8MQnERg/7+/P/9FXzx8//MtJGjXBMX1CemrNYscMKE7vaORFndNqvV9x17/NABnQAaej53jRzY2nyJn08kRxjzr7/2jxsOIQEo8RtNPa66MGRX0g02/q2CxX/BEtkqR5jpxbSzel1FI8IMo8umpAizyQmeFHlyfAwmxsZhfBwjzOTosmEtwowRI5xGhobYNMBz//kKFPaAHOAqcme0Ez4A2sMSlfxNa+kDbrgRrkafO1tUr1v0mF+buS4LdWwEbEbxhps2XLCRawC9osdErqWsb5s1ZxOWknvP+z6gmcBCRAabI0tTKItUMfYJHcQbm2f57u/k8WP8+mv7SYeOTiYQ4kKKawCTRADVWKdY/+lyA2X0yPAQtM2Z65BTQZYalMfH0d/S5VxF0Idp/g3npqOVdpuEl7zkpXDjm97iLZdV893lJpfd2lC+veHGN0WS1VgBBJM/h5fLTvlsl9lYueRPPvwRo4RdEGS3Ha0PVaOsp30aGRp0JOe3o7/nNLPQ9PnxNHD6FVsWzE+q6mn+9dIGWi04VsInawWNVm3TbQl4oEurAWQX7bDc4U71aTgo5p1la7dqC63kSvYvFMsKmF8RywqYH8VKrXWgr4fffH6oa2zyjSYTxcPFqCiIAIpEz0uXLoMPfPBPDCdieYQURePnHFmqTFhdCY8+8hB0dXUF9j1q55Aw5upLYjelTugRcoiNGy+E7ZddAc8+87TeR1WBAtzUAqq6OUKE7FgxEaAJwP5EjcHyNedojsrkh1VBUBOxN0UPZlLL0H+xVMBAr3pmQUB/Yhk4mOvp9pdnDS2t0NFx1HWdyE8qyF94WT3Fg+P+6m/+ziLz8LqKoMKwGj+3tvXrL4DVq8+E/Z5BK9L9xI53ww1vlJIYi/OB0Bo/uW2cKUxQ/iNWn3kmvOrV18O999xlBMf4waoFVHy1gP0D/YHhkF3th2D1+Rus2j8Pxz5Xvz812PzrIJJeT7tqORjYyR/D0R9/+2s9kACUVAM4NNC/Z2hwQM/RNMjzNeHobZRPw9z0JjRvqIUb59Mof5gxBxQSK54PamKc5yWaRA0e5ifSc0cJDR/X+on8UlwbmOUjM6EhFGHpdi2U/GBar6t2E/hFkwqc9IgOdh9RhjMnoNPsRz/2j1z9LkaRt9z8K/j1r34eWeNnz3yO2+OL5w03vjnUNUSfQRwB5qvxwwkDULA6CD8vfd2b3/I27qyMv1sN8FsTI0vsT1ML6H6LHz18gJl7/BM7d+svg5RHpFr5I2EaHTUpE8Q65dql/IWIAzsif6GBqV9m6WXNLM/ysaOB8mNoaDBArpiD9TDaP5QZKLf+6q8/yn32hIy979674fv/+9+6nAuv8XPmU9TaULMY5t1x0cWX8PJv+Wr8cPkgM7v+4Pv/w+utizb0SeSpWyLIavm95zXA7zzabqTl8gKmhLFLNnlufHKscDMxuph/XaN/Xfy3Xc4BLLvlD/dWSAhK7dS0zbWTXa5XvINgt+OpPlu7304oVPxQ39QEpz1GnWKE5PYgeEEzJ0zB6294Ax/1iYcV60LeddftcPddd8Jdd96eM/GT28455zyeJd7vRYml3q655uV5Ez/0czp4YD/85pZfwaGDB7lfS1Y/L6yJiTkKp3Ty7g/FQaa9nJJxMBAkVE53d7IBhJZcW8sdOJNITnKIjjERrHezrskOepkS9GeaPaOY7LnJxWTY3eEvq6uZnDnuESAiZIhVVkOArNYiuK+44qWceInr2N5+BG7+9S/hqSefgF/98qa8iJ9I4Lx4yVJefcnvWUdlwauNtC+5Ez+Uy53Hj8MvbvopHD9+DO65507jHYJy8h1/9G4j4CUIVjKt+FSBYtactL+xcrCvjyuO3LV/QdG/Tu2evbaw6vyW16mCm/ZPtWoCt0BCkAQCOGbtYktPuiw7+9mX1RtNPg6hvr4D7sdFbeRAr7/5N+WTIFOYJ02B4n8pNHPCNCdE7/yj9xikDX0Vf/iD7xvRgqgJfOLxR3MmfrI/IWaJ94vqehUb8fEM9nkQP5wfP3YMfvHznxn+I1gf+GR3t7H9+g0XwPIVK7lQUQOc4u2EWkyuQoO9LHyFONO0nuw8pmsAp4jkEIqKlH7fJssPUEBN3MQrMbE+a+DBW2Y7DvZOn/Cv/FFTV+9JtE0CaJot/XO0qvpgVYE//tCHDTKFbT/4v//h/tuI++69x6ivmwvxk9ehG06Nj0XjmmtfDo1Ymz0P4ofzntOn4ac/+SGMjWmv7eeefQYOHz5kbHfGqjOYvN7AZXlwomrF6E8hor3eNz2ngwNdhBbQU/sn5q6aPp82Fy1goPbPm/whiAAifvStr2F897OWjlaDFHOqJ/uzX1fVlg7D6eRpmwf4DsjncrqrMzCTRm/PaVdNiSlQhFCR8w26T1owyxS87e3vZOaEJuMB/f1tv4NTp7ot2/7kxz+ELZtfzJn4CQEzf/4CuOzyl7ieD5oSLrzw4ryIH06nTp7kZt9x7iepC2z2O7Houbwd+q4gATZzRrlPIqJaNgNrPoHO69DFtALpjP/IEtPFVM1YE3AlI3kExnkva3JCiwSOWV3rMZVKexzHNNjXy0hOs+5LZrb3njwR6MM7Mjzsuk95ECnkiulX7CWrNd8/JGXz5i8wyBum1zrCyJK87a2/vQUef+yRnImfcF1qYr/7mmtf4Xo+6IN45VUvy4v44TQ4MMBrxmumcnP/KKunpqeMfbz2tTfw85rWrSZ+stoeUOMlqzELQy0j6X5Akq/6af8CfAAd2kHVSuD8tH929zAvH0B9f0QAJTzo6EqbJk+V2n34uesny5V3a3Mlk/LeHMphvtTLSZc3MGfcSY+M89YRpSAr3vvCU8WHCbV/mKZFlUZj6E9if1hw2//9n+/C3r17ciJ+soBAx97a2jrHMV7/+jcaD0kuxA/XDaBAYaPJoaEhx/6PHDkMe3bvMvaxcuUqWLVqlamJ84FVWHuPKlFI1zU2++4LU0qkEhcEknzyYpkSQ1qSTWAc5COlBQlopKA4V6ucMdDf52r+xWfYDzjA6zzWHiCrFUle+58Hyl/c5k1vfotB3kZGRthg/VaX66yyAfCP4cUXNuVE/OS2q192LSd79mNc/5rX8kwGuRI/bBsdHWWavx9BT0+PY/8n2SBePv+5c+fChgsu4LI6mw32BTSVIIqneR2Pk2HvPz/0YTocVfgjCzmpzx1KHZd3vurjGhag/XOaft13xfpnhP3dDwlByQkg6/M7VRctnyqTQNXdmVP1i/RRrcTNwvJV8Az1Vi2jBtX1wuOfvgChUm2YFJwi1kwmatVUefeRphXDESWmaREC4A+//51hTrADg2L+6zvfgo6j7TkRPyFg6usb4BWvvM6y7/PPXwsrGRnLlfhxgchM6GhK6Ov1LvXz8EMPGt/F/eMIlwfxZMP6AlpH726vPAwi8sPwQB+o01oqodKTlvIhL5YJiLTkApEiI5kmYF+JVfQJ5Q76gDUwM6d9XRABrGfaMy3ZsHO/zsF6kJ+2JqsxOG727DnGM4vRsTjQdf9OFv7v+9+DvXt250T8hAzG7AnXs3eEjGXLV8C69RfkTPxwjpkZ0Oevq8vbjI5+2/guEt99GSOj4WQ1OJQg4r63T1jdxQ94DYcHBsxbENy0fgXS/gFYtrcvG/wBYPtPvvONxJiTEqABVJ9n0xHDkdzRmXIvO8mglfe5XCjVc2eRtYDGjcZIw/Cg/8047kEshLnX7p/m9wLVHqQsXPeq6w0i19/fC08++bgvURgZGYZvf+vfuZk1KvGT2654yZWGMMPRMgqZXIkftiE5/flNP4ETXV2+59/N1P779+01PmO94ubmFt4ffv3l1r9ePpanA5Ko4v7Qt4hrHoFIS3lDLatJJJvXfKmSp3ktGeN3mTBfK89jitU/pHZs6w/wH5v2INiyDBGaKlE+1GsSeWc1S42em3BsjJt//WQdysTv/te34Wh7e2TiJ5t1N2y4AJYtWw5mybg3gCDIUYkfrsffcsvNv9T8/HzOf3BwELZt3WLsf/HiJbwufS6y2nSJsuIkM/EGEfA+ZpnzU+IYQt3SALFo/2Tu4UH+EIkx//K+LvUJ/PjbX8ee+YU5krN2voVRm70Jfvl+1IJoAc3jYkHxIDNkn0d+QLtJIUz4Po6iMHnnvHnzDSGA2rHJgFx2iH5mFvn2t/+NmVv7IxM/IWAwPP81+sjyipe8FNra2nIifqruCI1RcO1HjoS6P9DJWIyIsacw2k0TKuFMC0FCpb/3NA9k8cPI4EABfQDLi5Qk1QycVGKSrwlYe/6z5fJzSzah9i+dybCp2tI+zOReUHLiYY/0L6briBJK+4dAObFo0WI488w1hj/f00894an9k4Fm1v/8zr8zk2p3ZOKnGtsx0nfDG7g2DYPnli5dmhPxE9ujlWn3rnBla5979mlLWptLLr2c+2yHCwZRAjM3oLWmtqHBd0/4bvZWC7nxgPDav0DVkI0/iDbVqpAiAuiCH8o95iCBZk/6xoSICyp/17IYRguout8yMhkcwqzjPkBB1Ntzyv1WV9w1gF7QRpRZuPpl11gchZ984vHQnYsRtf/1n99iZtfRnEeW5553Pqxdt56bYXMhfuK80Q8GTR1hgSPP/v5+43zWrdug52/0J2RhNYCI2np/oYIvlyy+RMqQlFSKGTipU17CWb9n4zMBz9yexiAOLa2TtT1IVqN8OOWZqzUVSVZr+WSnuS+e9lmTe48//ljoK4R+0f/57X+H/r5+yK2ikso1gBdddAm8+tWvyZn4Ydv9993DfftCv2eYpQlTw4h9oKuQ1ifBmRtkDauojuX1bvXDsG4mVm2vd2eD5cKZj4flWQEblzSVQDLvsPAD23dt5A8/JyYHIJcxSTgJpgVkdj64T+4pdx9A1amGFe3ie7bvm2zeh/2rLjxflS+i9ShDAb4InFB4aKicBNC/b0Si6gs2Xmg8sPuYWRTrP0bxG0PTAgaGTExM5jiyVOGtb30HTzUQlfiJNgxY2fziC5HOG3//jh3bjX3MnTcPWltbQ4wq3Uige2dnA17VSAC51lG/OyqFgOSOSqV78bJ2cb/ye51YuO+Ez2hdfb2jfag/QFYzjZJXpSbTXQdCympNXsn1fk+cOAGHDu6PJPOQSP3Xf32LB45EIX4yyXv9DTdCc8usnIgfLj/11OPw+GOPRjpvnHZs325oAevZ9cD0XWH8AOX3Id6qXhYbfH/5AfNAulvuwKIkykn757JfeRvze9Z9gnEsvpYIoPsrQ/2aKDFjtMjaPBsJdCWDlgsD4G/rVx0XypH8UXU/3nAAAQTF3U/EJCAyMQnWAOJD1NraZpgUtmx+Iac+3rd3Dw/jFybUKCPLXqZaP3ToAPfbyxpOyuGIH+7nCTYKjqK1lGH6AWr7xiTVqBUNZwY2U+zgCNPtuowyQeuHMZ4iIjitQTmQClL3lcFku4e1cnDULX4Tmgdramod7UMDwdYaL980pxwJTtSPPsorOOkxZXWAmHLFsY4OfcA+EblyB5ZOO3z4INPGdcD01HQk4odtmEIMg1Zyesfst8pqLCYglBgBL02pn1VHKh8xhQkEmdBruLvY8bx5gMnwwMsqKG3hriyUt1Pt5I/j8E//85v9kCAkhgD+5DvfuJ/NnlIt2j9wkECxrPqoZB2XPUAb6HbRVY85/h/x8BkRwAzwrre4Yo4orbWI3SE0YOcx86v8oGPJtFxF5dYtL8Itv/6lJDDC5fFraWmB1avXcA2cpaJFiJHli0zrh+aEXM8ZzQqj7KEW+0VCLPbtK1IUU7Dwm91jVDkS6J+j8jKDPBVMufK+8jrthE2l+2eUg6Or4DthOVDNl9faPhogq73SlNgtNUHkT8hqdJURnzWNWO6y+sD+feaAPUICZyw7d8YZZ8KCBQv5aYclfjjH1GFauprczrm/rxdOnz5t7H/58hW6y06QrFYMeS3LbDuCrG+aPB906n6k97xzlU3xAzJ/kHmF6tT+qZY9WfZjPx4kLACEvxMTdj7/JDpSfrnLJNCqYnU8hjbSl6Mp2OMiiyivyYDUIeNjZlJjebJqALV5kFDBB/Oss842HtDhoWFeOSMfBQ1GD995x+15JXAOa1LAXH7oSJxP+hLscxwRi31jhJmo4+wPWXibo0v7FDSqxO/xmtLcDJxswmD/R+QgDDtOrkYTy8FlRT1gmlwnrNiDz2emusaxDmvH+0ELpPOT1RDS/09zq5HLZ2LmgAMH9uclqzGy9uZf/8IqZ9Xco3q9iB+2iTJ1QZG7QVNHR7vxPlm4cJHeP2FddkyTu9t1QV/PqnRVwPt3FHyVQ67+gO6KIItm0LKlh+lX3l61awqT5f+HSBQBZFrAh1mP3So/VGAjcN7aP9V50ezsH1zUsj5+gC4eAly9HKR5wpvU6wbX5uF8SjQHWpWH04v0LyIcP1+gRg5zNxWK+GFb+5HDvDRdNgYn9s7O48bxmpuboZoJ+zD9YAoUf4Hh51xsEMDQgSBAUzlMZQBhAg5CJWhDvf6hdh7By1JK/7DfJgIH66Oe/W7Og6N/hfxbunSZ4QOHNXNFybR88MzTT8Gdt/+hYMSPp9w6cQJ++fOfhcosESirj5uyuiqd5inEgjWAAGKgLve/251eXeOfEHpC73O3GAFzLzaFkGppdaESbrwCLN+1HFO1Lus8I3EawHTSTqjvVPenJsbHXsN6q8b+3CnYoNhaPD8rYG5ufk8xFyzLxidJM2fX0uHnoBElYtDT70SR5uHMCvggzF+wwFDJozk0rrfX72/7LXfU3XDBRoNsZ/V0K8LMK85D3NBubYJEy20nTnTBL39xk6c5PCpOnTrFz013poX58+friUnVgH4MI1SACZUaTvK89jE2PAQdB/cFliOKD2pJv05IBgZ7e6CT3beDHlkFCMDLSA4x02Pn4YOWdhywBQ/W3d0/rBpACOWug9PCRYs0ORWzrH7wwfugvqEBrrzqaoNwIKnyk9VuctnSps/7+vrgpp/9GEZHR2I5VzdZjcdQVdVXBtv7WfMDdPZfVdo/Evh013Hb9yQtoMsygEzwjE+mBVBa1voMrNdVJnv270lgxPUgJAyJI4C//9VPd1557XW/7znR+daknVsYpKrSnqNOM9M5WG9OD+BNPGvWLJ7hXdUfKCRWakwvd9znr375c15d5Mw1Z/F0K6hdy9qECZoxMCIMEzM3sfUbN17IJ3H2YjtMPF3L9oXVPX7+s5/wvFZxoZeXIMoaDxuWPNK0gtifqmd/O4W34trnSlWV77VIsQMd2b0DCIRiY7j3NHVCCOzZ/Hz0vg30/5UH6/6yGgnLLD3yFkCLAFZjHIjd/ofb+IAdM0IMMFnd5CKrOzqOwsMPPwRdTDZiVPS6devh0ssuh5SiWIgfuimh1QMD4G766Y95+pm40NtrldUtvDyd0GKrIfo6DLz309PdxackgZFWde7ipYkzASeOACKqa+veWd/UfM3wQP+cJJ6fH5RUKtQNHiKnKH9YW9vaNLW9/rm/ry+W80Sih6blJUuXcjX9wQMHYNHixcZIVjy8jz/2GPz2N782R1RsULt7107Ys3s3vP2df2QZWSL5wwgyTIR62eVXsBHwcW4O6OnJ/wU2NDxo+BHin6amppxM4SLNgFd/EwiEykG4gL0wQKIzS6vfrMvQvr7eWM6xgWn+UE6jvMbSnGj54BHPNlmNshfr9cpJ6zHzAwYNfuADH2LKiZShSEBz+YsvPA8rVqyCiy+5hGsrUVaj9i5fOYiaRIw+5u9ClNWNjbp3jBroSxlGAyhrPMsFtfUNxx6487bE1XRMJAFkHTV97atffw0zt26enBivSuI5et/AiifBCC9MTHcyjOgSJgUeBj84GPnmx30IsrdkyTI2LeGjR9msi9q6DKZEyKpG22kmDG797S2ux9u06Tk46+yzYf36DZaRJZLI2W2zoW32bMMEMDY2zrV1XUgImXq+s7MzMpEdHRk1faHYoWp5TeQwQsU5qnTtPpUIIIFQSeD+lXrAQz4QcqipsUn3dctdVqM1RpbTS5Yu41YgWVYjueJkTpfVeLDh4WH4xS9ucq1YhIF4jz/+KFx55VUWv/fFi5fy7A4bL7yYWXQu4m1overq6mIy+hiX06hJ7GUWnSi/AzfFWu/1el5GlNXRTOGmttXtsAbxLSPU1NX/NonnlUgCiHjw7j9sv/qV1/9597Gj3yunYuhm9FKYmxwChI8K1VjaSCKAE7xouTdq62q5IzIKkKX6qJFrEVVb0Ixq9RuplUeUettmNqL0S+KJ6V2wOojYHk+wlav7BYnUfmA1G20uX7Ycli1bZrRhklMcyXYxIYOkEPML+pVLwn1iSSesRYzfT0sm2+iyQHVtIQJIIFQOsMRl2EAyRNCmPAhFktWTAbK6pqaak7Cly5YZA/TZs+fqayXtnk0uY6k0VbX68+3YsUPPPuEOTMD/0pdeKbnsqDCrVchqsw3Nwkg8Fy9ZbLwvMJAF5TSX17rMDjIZYzCJOH+U2WYmjQhaEL0fHC1lRgDT1dVZNn06keeWxJMSeOS+u/7npde88vKTx4+9P8nnKSO4XqRLRLIPtIdHNQQLphYQ38VI2MXsYcXSP5z0MQEyZ85c/SHRjmFEg4F/IIdbG45g/YCETRZEmkMeSA7AYGgBVTMSSjcX1/KEqctXrDDWDQ0N8tEnChn0dcTINNkxmY98MZkzpmlIhQ1gD9fPhnmZQCBUBMLKkLByQchqIfOmJFmdTmd4+iqU05zwsfm8efO094Uhg/nRcgq6Gxz0J2Qoq+1yGYmkm6y2nI8+gOfvGJcBPMppnKOsHpYCangATlbkskxBnFFpWkaMhNxEIdDcOvs3D939h/icLGNEogkg4vGH7vvApS+5ekPvye4NST9XfnPGfGdOTE6AKPKND9GFF10CVzOT7lL2QM6fN1/3OQEr0bIJkajETwiEuXPn+Z7bXEY2ZYFnJ3lebXYBI9owym3lqjNg5cpVRhtmtUftYHd3l+HDwoVrQIF3K9RQ25AGkECoHGRjtiyhxk+W1eefv47XLkfihPnwNM2dts6q3bO15RDVGySr58yd69AahpXLbm04gMeE/JjoWbThAB4JIQa/VOvaUE1Wo59lFM1fsBwuF1ld39Q0WFNb9+6knl/iCaDeiZdNjI8dG+rvn530c532SXsSxgnWjvHxcUvww7Uvf4UlMbXpsyfa8id+om39+vW8JJDb6BKF2WWXX24KvDyIn1cb6H41jasxs/1qfbusZF6Jak7wDwAhAkggVA60tE9B0b3GEgTJm/EJq6x+CZpcZVmt2kmeWJc78RPbr1mzhmkU5/NMDW644oqXSsfPTy67y2rgASor2OAdA0vEb+F5Glk/h33tuVcBs0KB8iCANbW1Uy1tc1720D23TyT1HJNWCcQVD919+zjryAtr6+vHk55ddipEIk2z3mRQckyFp2aJUrItjgTOog1z4733/R+ApqZmy3mhOePGN70FFi5abDtm1rYPc9/W/fu3id+Sdcl8L9qGmLkhXCS1PHlnAKZyWzTRVFkTyhStfJyb3JBddcKYHJms7uuPVLItjgTO2vZZbs5+z/vez5MuW17wrP3V178WzmQEUSSozlUuu8tqVZfL9koleltWlUzDYdyjVFv/u2+V9HuLcZXRtgULr3zkvjtfgASjLDSAiIfvvePI1a98zeWnuo4/PT46Up3U85ziox2P8HVDA2gKFX8So/D8d3IUcCFMvX4jS/Rb+ejH/oGXJMKo4MamRl7vspmRwiDzr3nscG0gysWFaNP8E5UQJFB+ML0FixYNSBpAAqGSgINcUUlEhrUUafB+UA4h0cEgvXQm7aHdc2vLTS47NXnAyd9f/+1HYcf27dwvr66uHs4551xoM4IA49X4qW5tjncSltocDGX5sldo85LHYerAlwqpqiqYNWfuY3UNTa9/5N47+iHhKBsCiGBs+kVGAtf3nup+Znigvzmp54lCZWx0DNyEiqyRChYqChcqONWzh7mYxE8WMNWZDGy88EILyVMdxM/tfCB24icEHuYWDC7TpLr2tVvfTxMBJBAqDhmeZcF9nRx8F2QCFvWCu092w8KFC4tK/OS2qlQVz8xw/tp1DlntTtAKR/zsstqfA6pmH0mDddc0MNlkEUD8bXWNTUP1jU0P19TVfezR++7ak5iTC0BZEUAEI4G7r77utQtrause6OnuuiyJL+36hiZGAEddBYpTXRwsVDqPH4OVq1ZDsYgfjmIxJ2DY4A5MFeOIZisQ8cN1SNZ6Tp/WztFPpOiC1ypQVLeO5jVBiQASCJWF2vo6gNPO5x4jTfU8xgYR8SMwYjCKCZUXzF9QNOKHPuIYcBE2uMN4BxWB+Ak5fpKR4qDBuptixEsea8E2xZXVaEqvrq2byFRXD6Yz1SfT6XRHKp3eX1WVfr4qXfWHR+69sxvKEGVHABFMtYq5QS5/6ctf9ZbB3p7/GujtmZuk86tvaAS30p3ywxxWqODU3t7OnWuLpfHD8khj42PcqTgouAMTkGLk14qVKwtO/ETb6dOntDqYIVLu2P1S3K9XQ2DOLgKBMPOAFTXcoJUu03KNhvXXTqWYrD5yGDZs2AjF0vih60r7kSM8BViQCw6SxcOHD2n+gEUgfvz9MDLCU9B49bO1z00toJesRiI2NjIcOwGsSqfVGk7wavrT1ZnudDrTzsjdPmbS3cam59i13fbQ3bfPOA1BWRJAgccfuOcWNruFEcEbx4aHPznU37d+bHSk5L+JjRB8bnBz2S8owRQqKdi7dzcvAl5o4odzTI0wzTR6zc0tnBTxxMuifJrlIdfyXGFqFvQxQeGiaQ0LR/xE27FjHVzYBuWXkkfvCC1LvxMNmME/RPAOgUCYWUCTqRvcBuv+JFCTR3v37AG5Dm6hiB9IwXBz583lshr9z4SLuUUGY/UQRhQxKAPT0WBVpZramoISP9F2nMlqocjw7z8r8fNK0YOy2q3aSRCY5g4J3mimpqafmf27qjKZI4zg7WHvt62s35596O4/7E/WnVkclDUBFGBE8FY2wwmuesX1l01NTb5+emrqfHajzGMPY62azTayGyvN5jXsxqpmy1Vs5ITz1PT0FGtXFWbGTLHvKGbR6tzB9olexQ4bMDs2MpZmq1bKWwuI7ShUdu/aZZQYsguTuAQMmn2x8sczTz8J552/Fq6++hpTOGTdR5aYSb86k4KOo0fh9ttvgw3rL4ANGy+EhvqGghA/0dbefoQT4yANoJ1ks2uLmmOHqm98bCydqapqDBrlEwiEmQVGinDkN+xoz2ZRuLTgclhZjTLpwIF9WiBIWnu1FoL4TTECtH3bFnjqqSdh8aLF8NrX3WAlbS6EDqOEsapUX28v/Pymn3IfwQsvvIgP9AtB/ETb0aPtvF9wwO4Hu5WGzdGJ3uFIPz4+lqqrq2u2p1urrqnL1tTVjTANXi8je52s/w9VpTO7Gbnbwkje0w/ceVvnzLhj48WMIIAyHr3/rqfZ7Ol89nHt9TcwfTrUspsQbaBN7J5kpC3bxtqQQM5j93UN+4xEroFNSDCb2a2byU5nG2tqa1+oa2j8s51bX3QMU+bOnYcE8DT7zqyweefw4cGi4h1Hj8DiJUtjJ36onn/22adh0/PPwsiIxlmbmppCZYgXbY1NTTzo5emnn4LnnnsWzjn3XF5fcjaPPouP+IE+kj14YL9OAP0EilOoMA3lZawvt9m3xTyHV1/3ms+NDA6+HQcHSb6/CQRCPKiurd3T0NT8zq0vPOda8qi2tnY3kwdnibQpWtY0b6GDJGd8fIrX3sVMCXETv9GxUSann4Nnn3naqNJ09tnn+AbkOWQ106AhQX1h0/Ow+cVNcOaZZ8GFF10M89FvMUbiJ9r27dvLZXVQChi7rGYE7g29vT33OjZkP3v9xZe/enJi/EZG7g4zLd6LbP7U/bffmviI2yRixhHAOPDgXb8/qi/ui3O/J092ZxkJfIYtvkq+4f00WdroKcW1c4sWL4mN+J06dZKNIJ+ArVs2O6pqNNlSvAQ5DDc2NoLQnmGpuu3btrJpG6xcuZITQSxXly/xE20dHUd5YtGamprA/rYJFRQQO7y2feTeOz/LZp9Nxh1IIBASgKfYdJaZ9y7IZ1vI6hfYIPi82IhfX18ft8y88MImRt6sKWusg/VgWY1yM5NJcxmKVqU9e3bxCWsRo6zG8pz8sHkSP81X+zT0s3PHY4YbrIsqKoBs+xmv7dn7+W42u3vG3W0lABHA4uNRMAigECz+kcDoh/fUk0/whJ7aE5M78Tty5DA8+eTjuq+KuwYShYrVjwV8BQyaFrAuMfoBmlDh4MGDfJo/fz5cwEzDZ6w+U48Wji5MhA/Ozp07dO1fyjeVjpGY2vT7ewIJ+Iy8owgEQiGAsvr9PKmxkQDZ20Cg+WxXwXPPPgtvfsvbNTNwHsTveOdxeOqJx5nM284G1u6iSxush5fVQgvY09Nj2c/Ro0f5hP7cKKvPOusc7t+dk6zW57t0WY19EiSrs1mLu84WJqtJo1cEEAEsPlCt/cWgyFQZ+AChxu7A/n2w6ozVkYkfOtTiw4jE71jH0cDjNXICGC2dC2oBx8fHXPeHUcJ333UHNDU3cz9BHB1jNZEoxI+nPGCmi717dvP+COv/J/l03jND7h8CgVAcoKxmYkRVwiYfrmKkaYyZatGygkQqKvHD5f3MbIqy+tDBA4HHiy6rte9gbj43YPsD99/LFQ7r1q+H885byyN4oxA/VQ8m3LFjG1dehJPVlv69d8bcQQkHEcDiA0vDnED/wixPaIlTKtAMjA/Sgw/eDytXnRGa+KGvx4vMbPA0M/X29vaEOjnU5OEkagyHjepFoYLpWfwwODAAjz32CPc5PJcJlrVr10F9fX0g8RNtO7dv4z6ANTWZwN+haf8sQoVMBgQCITSYFurY3Lnz0Gd4ndBSpVJhXHaYrH7gPthwwcbQxG96agq2bt3CiNfjnvV83YC10sPJajO4AzWAQRgZGWbvjSfh+eee49VE1q3foFuG/ImfWN7PlBUjIyP8XRIEF2XIXWV+65QNiAAWGWiGnDNn3u+YDPlTMVIKEirCDLxl84twsrsbZs+Z40v8hoYG4Zmnn2IP7zNGYEdYhDH/uvnzoQYwbGqmsbFx7oS8ZfML3AkZR5qzWts8iR/+yzITyCb2naqqdKiIMpn8sdm2U6e695b7vUMgEIoLJjt+w2brzMF6lsljvzgxhVk3quDQoYNw8MABnh/Vj/iNjo5yOY3yWgR2hEVtba1edk6NlM4liqxGX0Ekptu3b+XKBySCjBR7Ej/x+55/7ln+zkKNqH//qpbBOvuPCZUfL+ubpoxABLAkUG9mN/qf4ohS+JZoUVLexAYfJgzWuOvO2+Fd73mfK/HDjOvoM7Jly4uOwI6wEAEgUfP4aaPKaGlUUJu3e/dONu2CpcuWwbp163meKkfkMWr/dmznJfG0EWUQAdR8/yQSeEuZ3igEAqGkUFF2fA7FCMoToQX0jwau4vL6jttvgz//i792JX6YjgWD8HAgPOFSizgMmnzMv37pXOSgvbDA340uSDihjF67bgOX2VoXWckgkl/UYmqBeuEH67qs/u2pUyejJ/oj5AQigKXBQ2xqZ7f/MjH6Ccprh0EP6FT8HBstXnPty2EBewjFg3eiqxPuv/9eHtiRby47LlSy0RM4NzY05nFUFY62H+HT7DlzYcOGC2DZ8hXG75ucnICnnn4y9IhSE9QG+UN2/dNyuTEIBEJywMjIzjlz5j7HZMnFQq5gOlc/K4RmsUnD3r17eEqYM9ecZcgydMW5/7572YB2m2ey47Dgg/Vs9ATOGgHMHZ2dx/nUMmsWG7RvgNVnrjFJLvtNTzzxmG6pCcqoZcpqqS9+XD53R/kjRV1QfDChgnf7j2SyIid69oJGgKrg5pt/JY2aslDNRlpYgkiMBvOZTKdi3TEXNWmWxNXubQ26WSHf6fSpk5wMy/t+/tlneW1lLblq2BGlQQAfYv19qJLuLwKBECt+gH/MYAUU32FkdRp+c8uvYYqZUYU8q6nWZDVG9cYrq1VdLmcd5S+zusw2ZHVDPLK6r7fPcSw0F/f29HIzeFDwh7DSSIP1nUxW55XDlxANRABLh/9l06RVY+X/BdQColDB6DBMBprVH3rM5v76G96ob6XmNaEpNwrxE8sNDQ15HxsnjDpbzPMdavs+feoUvPDC85z8aQlFvWEl1MaI8r9m1m1DIBCKjJvY1O9iXfAEkh8kQeiWg8F7mqzOQk1tLdz4prfosiw/WWmYgEMSv7hl9apVZ8Dq1Wca+x0aHORBLJqsDtb+uQTqkawuMogAlghspNPBZjebQmVaJy3+Dx2OLPEB+92tt/CoW/Fwn3X2uXDllVflPapramqMRPzEugbdrJDPsRctWsyz0ov9Tk5Nwr333K1HQQtvBe++cRHQB9l0W+XeZQQCIV8wWY3RGd93DjDDyep777mLJ7AXsnPZsuXwqldfn78GsLExEvETshprtldXV+d17Nmz58BLXnqlvl+tP+6/7x4+x9+sKf+8+8bU/on3HvSy6UcVfJuVBEQAS4uvgZZnKsLIkpfJ4UEeN/3sJ4wkTRkP+1VXXwNr162D/DWA4YmfaEszYac5/eZ23LbZbfCya17Of6M4JuaiQp8ZbUQZZPoFu0BBfJ0cigkEQgz4dzaNy2ZLKcm8J3DgitrAn/30RzA2NqYTNBUuvPBiuPzyKyAeWR2O+Fm1gI2Qj+bx5a94pcVV58UXN8GxYx08v2sYWY3nopnBjT78DpPVwzP15kkqiACWEOyG38xmt9q1gEGmYHzw8EE72t4Ot936G0vC49e97g08i3uu4L58EYifRQuYYyAIOhNfd92rIc1GpuJ4e/bs5slUNYESXJ5XMydMyyS6HXTfHQKBQMgHusXm+yJwQSMvYWS1wmVYz+nT8Iuf/4ynsxKy89qXvxIu2HhRzuekpXOJRvzsFpuoqK9vgOtedT3U1dUbx25vP8JzBqJmEbWeQVB5TXfLYB2rfvxbOd0PMwVU+L7EYA/UTjbDnIApDHBAgYG+fkEOtGIbfPhq62ph6dJlWq1Ktu6ss8+Gvr5e6D7RHelcamtr4NLLLs+5/iOWmcO6lVEwZ84cZg55jZRtXosyu4eZTVDzh3Urw2SSR0EyNTXNhYqOjzGh/Vw53xsEAiE5YLIaB+x/xuRNNYokrfavEiifxDZYEWliclL3mwMuN3EZ08B0dHREOhc85EuvvBpSWBIzB1ndeewYnDx5MtIxm5ub4frXvFYjnrqsxsohd9z+e94XSACDZTVwGY0pwHDS8SUmq6lSUwlABLDEGBkZ6WaCZRFbvAifKHyAtCkVUHgcjKCI3bt2QWtrKyxYsEDT0rN1a848iz+kqCUMmxpm1qxWnugzqjARbZ2dx7jTc1igLwyOgjPVGSN9AZa8+8Pvf8eJbCZTHdr0KwSKrv3bwqaPsL7NLycOgUAg6GDyZJDJaixD9DL8bMpqJeSAHeDgwQNcI7hs+XJjoL1i5RlMo1YHhw8dDFVuDoEauIsvuTTnWr2nGPk7fjw86Zy/YCG30tTV1xmyemCgH2773a3cHam6OhMiSM8uq7n2D2uTvov17WT53yHlByKACQATKs+y2QfZVIfsLaxQ4RdQz4u3Y/s2TuDwQRVJQZFgYdb2w4cPhkoMPW/+AqY9PCcy8RMBGKeZmeP4sWChgr8L62RedtkVhh8Joru7G27/w21cSGijyWAPBeFLMj09JcwJuLN3UuoXAoEQN5isRqvCu9k0Cz/LA/YgaARJgb17d3P5tnTZckNWY3LlJUuWMll9iJfwDAIO+NeuWx+Z+Ilkzf2MvB05HE5Ennve+XDlVVdDJp0xZDVaen5/2+94/XdtoB5GVquG9k/y0/4zJqtfLOubooxBBDABYKOfYSZYsDr3DdyMq4CkBQwigYrx8CEJxEAMFCTi4W9rmw3nnHse16xh3iY/LF26FFauWBWZ+Im2wcEBOHTIX6i0zGqBlzOt3ypR0xg0wYAOxHfc/gcuGHA0GUag4vGFL4lkTvgh+63fmgn3BYFASBZQU8VkNZaVfJeQX2FNwSirtQG7wpNEY5m1lStXaatU4Om8zj9/LfT39zN57V9XfT6z9qxZc3Zk4ieWx8ZG2Tn4V8dsbGyAq192LZx99rlGm2mluZWbrsOSP813ctpuqbmb7esTZXorzAgQAUwIdP+Sl7JpFT4c0cwLil5JBGDvnt1cNX/GGWdqTJI9Zxjyfy4jga1tbdDV2elZegi/s2jRosjET/iDYJTbPja6dQOOeLHCB44kRbCIyFiPZd4euP8+LkRzJX+6QDnOphtHohZAJhAIhJBg8mUfk9dMwMI60SYG62FJIG6H2r6urk5eKYSTKCbCqtJpTuwWLFwIXSc6eQJ8N2AZthUrVkQmfmKOcnPHjm2u+8ZAjvOY1u/qa66Flhau6DRkNdY3vvuuO3gEdHjy5+qmM8Cm17G+jOY0TogVRAATAvYgoF/Hg2zxA8BNwaZ5QfODCyaBQrCgNm3//r2wgo0uMbBDCIc5s+fC+vUbeDJSHGFiiTUZ57CRHgZlRCV+qlEGCIXKdss+MZADR5CY4gUTPOP5CWGCpo5HH34INr/4AieIKFDCkT+rQNEjf/EU3nr69KntM/tOIRAIpYYuq/+ITS2iLaysFlYblHXoM71z53ZYvmwFT9AsSrahOw/Kaqz2ga41aGqVccYZq2EhDtYjEj/RhiRv8+YXLPvEc8KybiirlzNyaaR5wcH21DSP9MUJU9uE8fkTcJHV2PynTFY/MtPui3IDEcAEYXR0ZKC+vn4fW3wbGFJE1gKGESxVXAgN9A/AC5ueY5rFem4u4EDNIntoF7LR5XqmjcPRHY4wBwcH+UOJASBNzc2RiZ9oSzPBgEJFE2CzYO3a9Uzj9zLui4hEUK5Refz4MbjzjtvhxIkTXJiEiSATkAWKNKL8JhMo3525d0fZQaEp1omQIDBZPcZk6ya2+B7Q06kJGR2VBI6MDMOmTc/zXKpogdEsN5ov0Lx58zgRxBrp48xyg+ZhlHfo1tM2e05k4ifaUmzfO7Zv577hSDLPO/d8uPLql8GqlWfoSaJNWY0k9a477+C12nEdBrGEHahrPtoO8vcLJqs/M6NvkDIBCZYEYvbsOZgg+mOaVk/LJo9z4UQcBlpalCk2TXLNG6ZamT9/vuuIEYUKRqedsXq1Zp6NSPzktm1bNvORKWaKl338xHbDw8Pw7DNPwb59e/lIUvy2sECBguleMOhDciZ+lE0vZ0JlCpKNUj9vSX/eK0UeJT06vdTnVzbR+0zO/S2bfVPIak2mRZPVmkyb4tMcRvRQVqM/tpusHhoa4rIag0baZs+OTPxEG2L79q38eBgoaJ6L1aVnE1MioG+59h7KGD6MYX8Xymj8XZKs3sGmS5mspqTPCQARwASCCRWse3YHm67TBIsmVHAebnSpQURdiQcQR40vfelV3BcwFx+/KG3i+KJtdGyUkcMtsG3bFq1yCCd+6dBaP21/rgLlCJsuYwKlqwT3uZLAfRXit5ZKTswU+aTOoOOqCdtPoX5nqP02NTUrTCv2E7b47nwG7JpP87ROBKdhNRuMo/VkHhu05+Lj50f81ABZja456B+Irjl4Lvh78P0TVuun7U/I6mk5QwMGOl7OZPU+ICQCRAATCkYCmS0WHmfTWhQkaNrVSGBVaN8LAS3zuiZc8EE8Y/WZcNFFF/NoYWFuKBTxw0ShGOSxe/cuC/ELyu/n9xsk8ocZ5F/KBMrOIj4Dygw5RlzfjXMf5XBM19uzTI+pFvm76gw5huW7s2a11jC5fDdbvNqdBEbYoSHnNOK0fPkKuOjiS2DFipXcfaeQxA+DB3fu3MHk9Q5+bKs2M/pvkN85DBh5+Aomqx8HQmJABDDBYCRwMWjmzVX5kkCEVsdy2qiYgTUdMccTOhRjDkCOGIjfQD/mmDoMe/ft4QlHNdNIfuetCRQL+Rthx3stI5iPhbyPw97rShG3KeV2uW6f63eKsa9yRKk1YYUiTKXYLq5tIu+LkcBZTL7dzxY3yOZgIfOUiHe5TKJwwsTP5553npGpwRi4axvnTPzQpNzOZPW+/Xt5hgh8x5jyOr93jKT5Q9ectzHydysQEgUigAkHI4ErQSOBS+IQLAhROk0TLloqFRQwS5YuZcJlMcydOxdaW9t4dvog4ofmgt7eHq7pQwFy/PhxPpIUhBWFiAhMyQX2gA8xmmTHfjM75n0R7udgr+z41yVhfaG2y3X7uL9f7lCL/P1iE7NSrs91XU7fbWmZNYdp/pAEnmPKajHwrcpbVmv14rM8EGMxs94sXryY+++hrNYiiMGX+E1OTUJfb68mq7u6oJPJapTdmqxOGeeZu6x2Hahjgtb3MfJ3ExASByKAZQCdBKJgWeUULKlIfnQyVNUUMFqEVtaI1BLmWqz7WFdfz2tOVtdUw+TEJC8APjoyAsPDI0ZOQXEeQpiICLccT81WNmjKOEeGETZ/GxNcD4a4j+NqL9a+CrUu7m2ibJfvd0qxz0i3akL2mSRNWjHXqSXcl6O9ubllTiaTuZ0trhPyUAzYRZqunG4IMQjXZbQpszVZjfvHAL6GhnpO4jKMJGIAoMpI2ejoCE8zNjo6KuWMjV9Wy4medVmN5d3ey8jfL4GQSBABLI8+V9raZi9iD+2dbHmtKVjk0aWS8wMsIISJfRLr5J9gViuxJ6yO5zzkJM9Sqpcetvz2vr7epz36MWwbFPH7xWjPZ12Y9WG3yWXbOL5XblCL8L04iF6pyVqU9ny3je37jIjNqq2t+RW7na9wyur8yJZxMIkQmrJaOw0xF49UoWW1R1oujPJ9JyN/txfwHifkCSKApenHnF7IzMTQzLRyOJq6Dj/bSWC4ckTREFSbPM7DaUItayF/Zu4o9eDk5NTbmHn5QEA/KSH6spDfi9IWx7Z+7YVaF2WbXLaN87ulRLGCLJKmsSs1cQvTVtDvMTNtdWNj038yefwW/CybWDW3mNSMkNUeSZ672PwNzNS8KeS1Drs+3+0J9nuCuiC2/imEj5mjvaamNt3Q0PB5Jjw+Cnxgp7gIlujOu6WGaYqetvi76OvuZ+aLjzBTRl+IflNi/lzIbaK0xbGtX3uh1kXZJp/tE3+LF2D7SiZ1hdpGjWufKJxnzWr9CyaTP8U+VmnaQE1Oy9rAcoPQPNoH6vrap1n7O5iV5niO90OYdWHW57ptRaGSCWAxyF0c7a5tra1tNzCN33fROowN9hGmqE2ZfJg+iEKgSFq/qWxW/ToTJt9SUeK494fi01f5fC72ukL+FrfPuW6Ta3vQujDr892+cDdxvNsXm6AVgyipBdi2EOti/y3McvMSJptRG7gQG5wBcuUkq1VDRtu0fliN8zsjIyOfHBsbnfDpD6+2ONvDrs912xmDmUwAk0bwYtcsNTc3L0qnM99jsuNaUTLOKlySSwSF34rQ+gmBohM/NDEwk+/kXw0ODmx26QfFpy1ofbG+E2V9rtvGtV0un6O05dIedn1c3wl12xbgO4XSuBWK1OS7nVqAbXNZX6zv8OXa2tpZ9fUNX2ai+PVWWZ0qg0G7IH6mrDYtNFxWH2dy+0/1wLxCaWq92nJpD7s+123LBuVOAOMieVHXxUXwgr4T+H3dzPAuNvsC+9wmHHztgsX0DyzlJVctviP2SR9JTrH1/zM4OPidqampcdvvznUexz5y2Weu2wS1RVkfdjnKujCfo7T5tYddH/f3zJu2MN8rN4JXLBKmFnibqPNY99nc3HJdOp3+HFteYJXVpjYwGbJajjpWHcRPl9XIAH8wNjb22ZGR4YEc772g7cN+J0pbvuvy2TZRKCcCGEd6ikJo8vIlfrlua1luaGiYXVNT8wm2+D72Oe0ULqbjsRmFVozLr9pSGKiWlDOSMMH5Y+Pj419lwuSAfnJ+5KkQ6/LZNo55rtsEtcW5nMvnKG1+7VG3KSby8dkrNukrFOErNVnzm8e1bd7rMpkME9eNH2byGGV1jZusNgftpZLVTjkty2qGZ5jF5p/6+/s2Rbh3otyjYT7nuk2u7UHrctmupEgqASw22SuURi8fs11O2qumpqY1TMD8A1t8PehBInYBI2sErekA4rgdbGXlLKZe1ZFrkG+pqtuYufe7Q0ODT4M3AQsiZnGu92sLsy6fbaNe+6jr8l2Osi7KNn7tQevy2TbazR3PtmFfPFFfeMXS7BWT8BWSuAW1xbnesczMwgtra+uQCL4OpEG7VVYr0sA9flnN/6qmZcYkfqoj16COXUwb+NX+/v7bVbMxl2vvtxxlXZjP+bb5tQety2W7oiEpBDCJhC8uspfPC9trSvnM+XJ9fcPZNTXVH2Rk73r2OcN3KAkXoQl0EkE5N5S24OaWYk054E76ZGEilrXvCsGTfWFiYuLm4eHh5yDcQ+x1zZQ8l3NZH7UNIB5ymOs2QW25LAetC9rery3MujDrC424AzqivsyKTfrc2vIle/luW2hy57ccRGwCnwVmuVnEiODbqqqqML1XLV/hkNWKw5VH5PeTd52frLbnFbQM0rcwjd8PBgcH7mHLWN0jq//OrG1ZnntNQfdIUFuY56SQJNGvPWhdLtsVDEoZHLtQpC/qNl7r8tHeuRE7O5mrkpblz0Fzvsy0gXPq6uqvR+HChMV846RcEoO6jTLtZNB+31oTkIZKJD08NTX19Pj42EPM3NsO3kLVT3j4vTQgoO9LRRTDrItjHldb2OVcPkdpC7MuyjZxQM1zm6SZfAtBAgtlri0WsQs6F79nKcwg3jExGd1YX19/VTqduZrJ4UXGjmOU1WIeUlaPMdL3KBuk3zk6OrIDTLI3HXJuX7ZPXmQx33vT7553+5zrNkHtQety2S5WKAk9ZlI0fblEbwa9/P0IXpU0yZ/TtnVB7W77qGImhzXV1dUXVlWl1zPh0WL50YosSBSjzdk11vvULjTcK4eo41NT03smJye2j42N7WHrJqSHPeuyHHau2r4L4D8yt/+YQhLDqG1xzqOuy3c5l89R2sKsy2fbMCik+Tcp/n5xmXvjJn/5EsG4iV7QlMpxbiwzreDS6uqatel0+nwmh1vlCy3L5/hlNUwy0rdrcnJy09jY6GZmtRkBk8iJyf55yvY5qN2+jyByGObeyWU5zOcobX7tQeuibBMblAQeKykRuXH45dkFghfZcyN1bnOvZTsZtBPDlH05k6lewMjgqnS6alkqVYVl5uo8O93hc6IGZJ1Xp6ansyemp6c6mSBpZyNITBMwBd5kzr7sJQz82r3IpJuQ97o3ZromMBc3Bb/lKOuitvm1B60rBeLw+QvbFpcJOOz6maj5C7IgBA3gXV1vwGqtSeWwzkEMmUawjcnqFYwMLmZawoVMVteD34NhkddBshqms9npE2yA3jE1NXmQWWUO6wN0L9JnJ3VTLvMwy14k0UtrGHTdotzfuXzOty3Muly2ywvFEqJJM/cW2p/PzaxrN9P6Eb60x+e0z3ovMuilFbQIISZcWtg0mwmY1lQq1awoqcZUSqljwqYWZRCbp/Vt0fcXi3xPo6BQ1exoNqsOs5HiEBs59jPzbi8TJP36Q+yl5QsifPZpOuR2foTQzwfFbYSf67JfW5h1cc5zactlOco6v7Zc2vPdNgri0ALmQwaT7vuXJBIYZdnr/vHT7AWROje5H3ayH8NCPJmMbmCyuo1ZcmYxWd3EpkYcwDN5XcNWZ7A4FG7Gf6RO5th8nE1jKKfZNMhIXx+T1adx0gfnbvJ22mfyI3lu07RPm5e2UD4fN3ke5Z4NemZy+QwQ/TkPWpfLdjkjDYQwF0GxLfu12U0HajlMTBAMsGmQLbeDt2kjqJ/cRtlZ8CeChZj8zMUA/maeuLWAYdZF2QZCbpML4SsE2aMgkGjr4jL9+q1T81gfVwBInGQwX2LodU/ZyZ8qzcVyGHjd815uLCnpsziGscwG2sM4AYx3+DyLXn3i5W6TtMnreuVK/gghb8xSHyuJJmCA3DQkQX5/hTIB2z/bTcBuo1IvnxQ/YuH18HkJGz8NoBcpDONEHDYSTT5Ht2tbjv5+cWv9Sk384iR8cck3NcZti+0D6LWuHLSBAMXxC7T/tjDuPG4aQC+NYBgNoAL+GkC/QbkScK95kSw3OWrXvAX5/AWZgP3a/HwDw/gDhl2O43O+bWHW5bJdXqAgkNyJX9R1fqZhr2jeID/BsAEgXlHCYchfGEETVuCECfYIIod+3/cjfGEEfK5tYdZF/U6U/YRdF2V9XPd+1Da/9qB1EOP3chXA5egL6PWcxO0X6LWu2KZitzY14BoFmYWDTMR+pmPfgBDwlsX5yuMwrjhuARvTEM48HEcAiBrjvZ/L5yhtfu1B66JsExtKaT5Jml9gmG2UmNf5EUM/kugVQRxmOz/h4yV0AHIjgQC5qf+jmiXcjgse550PiSu2Nq9Q0b1xk7y4nrew68KsLzaKbQq2tyXNNOy3Lom+hGHWed2DXuTQjyyGaQ8ifUqIeyoKCQzrmjMdcTmI4GVd+j+uezrM51y3CWoPWpfLdrEiKUK01GTQra0YJuMw24UVKKkQbSmIJngA/DWAQaYHr+Vc50HXNwkkrZikLm4tXz7rgrb3a/NrD7s+3+2DoMa8fT7awGKSQa/nME6zsd+6JM6jyCevZzIfeeH2Ocx1yWUQHiZNl99yUH/lcj8W4nOUtqBrnmjSF+YmKpfzKiYhDPMQFkNjGLRdWA1WLhquML85l2up5Pibcl1XjGPE1RZlfdjlKOty+ezVlkt72PWF+G4+AjpOAujVHudLMC4TsrwcN2F0a4uLYOa7Ta7f9+r/XO6rKL6fuZjFVSgciUuKGXdGEz47kkoA8znXuEihV3sxTcl+2xZyu2IQjZmynJR+i7Iul89R2nJpD7s+6nbFQlwvgUIQQ7e2UpLFXL6TL9mcCctJPV6u2+WzbT7b5NoetC6X7UqKciKA+Z6/EuO6QmkM7W3F0DgWi0gm4Tu57iPO6xLH51y3ybctl/aw68NuE8d34oRaoO8khSiGbSs06Yz6Oddtk0Z8C/mdQvRD1O/msr982/Jdl8+2iUK5E8C4fluuL69C+x2G2aYY2saZuC6fbQvxOddtorTF2R52fdhtctm20PsshGCP+8VSDKLo1V7pZHEmrstn2zCfc93Gqy2X9rDrc922bDCTCWCcv70YBNGrvRCaxUJ/LsfvFuJzrtsUos2vPZ91YdaH3SaO7yQRSdMS5rpOLUFb0sii/XM5fjeXz3F9x6stzvaw63Pddsagkglg3P2Tz0uyWEQxbFs5ks5S7jPXbaK0xbGtX3vQujDrw26Ty7bF2E9UqCXYT6mIYb6kMMq2hSKGYbZRE7DPYpGxYhD6XNqD1oVZn+u2FQUigKXpR6VA65NGJMO2FZJQFft7Udri2NavvVDromyTy7ZxfreUUIv03XxJYTE0hV7tSfZZLPb3SqFh9WqLsz2u9fluT7CBCGB59HkcL+NCayCjtitF+n6pz6kY7fmsC7M+7Da5bBvH98oNahG+Vy4m5LjaC0Ek8/1+Mc8pzvagdWHWh90mju8QcgQRwJl9neJKqVEIcpE0QlqscyrFuri3ibJdvt8pxT6joNSBIlG/oxZhm6RqG+PeVynPKd/+DLM+6nZxfY9QJBABpGsc13cLraXMd32hvlvK3xRmfaG2y3X7uL9f7lCL/H21yNuVcr1agv0WY33YbXLZNs7vEhIOIoCEsCj2i77Y5DPufZWKmBWDwMUpN4gAlnZfSSeQUbZTE3i8XLbNZfu4v0+oABABJMyE+6+YAQbKDDlGXN+Ncx/lcEw3qGV6zGJrhtQZcow4vluI/RAIkUAEkED3eTL2m+SUKKWSE5WcBzCpx00i6SlU/xIxI8xoEAEkEIqHUj9vSX/eKQqYzq8c+odAmBEgAkggEAoBki3xgkgRgUCIFSSkCQQCgUAgECoMKeoCAoFAIBAIhMoCEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECgMRQAKBQCAQCIQKAxFAAoFAIBAIhAoDEUACgUAgEAiECsP/B0wxuFOyGqHLAAAAAElFTkSuQmCC",
    "YV4A22PL5N1234568": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAFoCAYAAADHMkpRAAC620lEQVR42u19B6DkVnX20ZTXy+7b3vu6rtu6944rNoYAqUCA9AR+AoEESCiBhBpCEkgIJSR0m2Js44oL7r2v1+st3r5vy+tv+oz+c6501UbSSNPnzfl29UYjXZW5ko6+e2oEGAwGg8FgMBhthQh3AYPBYDAYDEZ7gQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGm4EJIIPBYDAYDEabgQkgg8FgMBgMRpuBCSCDwWAwGAxGmyHGXcBgMBiMoNi8eUcPfnTgNKh/9uLUD9r7ZFBvNgCagoG+K5bPAf0zrm9nbduJU7flUHIb5zxY9gmOZR2OfVQDYy7LCjhNOJblcJrS5/M4TVrWTenrrdulcUpa1ucd+5DbWPeVwCmDk4rTuL4sqe/Leq7po49elQQGwwcKdwGDwWDMTGzevL0LNII1CzSS1q9/p88+faL5Qf2TyFOP3l7Oy22IoPW2eZe2IogoEmEk4pjQlxGhJGKZxWlaX+ZHOAtQBgkFk+BO6PuwncPRR6/Ot0H/Ny2YADIYDEaT4pVXthHpGsJpDk6zQSNm1mm241MSPSJsUkPHYDQziHQSKSSCSIQyrX+XRHNCb0Off3rMMWtSbd5fVQMTQAaDwagxXn55KxGxITDJnHWyErw5lnY09bR51zEYVnQcd9zaLHdDdcAEkMFgMALipZe2kMy0Ejnr/FyXdXJ530zvm2wuD6qq4mcOP/F7Fj/xXyZLVj761JbnC3nI5wtiG1pGyOXNZTRfKBSEfVEtqGK/EqJdQWsnGjiXWaGvL6gF2z78EI9FIaLosZEub8dYNALRSNS2PhaN4jIznjIej4GiaKujlnVR3JbayuMo2IimeCxm7juqte2Ia8to26ixjbbfSCQi2rYhcscfvz7ejj+8VmACyGAw2hovvLCZNG9H47QENLOpVTs3H+zkjuZbVm4WChpBI0JE5IvIk/yesyyj+WxOWyfm89o6Imk5fTmRLmt7guBcqqp/an/kvCoZmSq5mWqZ19uq9vNVHQtUc4X78uALXKCUXFTUQlFclyuK4tLM0lb/Y1msfVOsx1HAskjsRHEcg0hhJKIgadWJpGKSWCWiaEQT/8VoWUQjnB16OytxFYRT0QinJKl2EmolporYl5PMWpeJ4ynVfUzwfsv8+PYH/wlnD+vTQbyq+/Fz3+f+9o/HgREaTAAZDMaMx3PPbVqPH6twWq1PqyzfZ7XCbyDOQ4Qrk81CJpfT5jPa93RW/45TNmtZlrGuywoCZ5A0nZSpkqipYJA3SbxUg8w5iJzt07K9Y15ua84bf9y/W2YcS71m3ZcE4XtBoPgvUHy+KI7liuOLvbni+92LQDq/K27H8yKRiu0s7cdQHL/Di6Q6CbBj/0REJUEkcmiQ0LjUekYFuRTh2/GYpt3E9ho5NQkuaVVp8PLMpm265lQ/G8U4pyn8uwsXvI4rtuMNsA3vga04/wpOr3/u7/6Eg02C3N4MBoMx0/DMMy8dAU2D13AUkBBZiVuaSJqcaFnGXJaSn+mM+DTImY3A6fNW0mYlclai50LwjG3EjEnstK+qj8bO3J8TTs2dG9TAC2cAlECLvDf30aY5CWHxcnOmmJQqju/2L4p1bw7SWqzlVFzPSfE4nitBdXyX+5SkT5rNxb+ItiwilymKbd7SPq1oRPAlnJ7H6Tm80Z75/Ef/bATaHEwAGQzGjMeTTz7/FH5srPZ+yUxKxIw0bGmpedMJXMpK7PTvTiJnTo7v4CB6Ypl1HvR1qkOjJ77YtXpyveW8vQiaWjTDaBuUMneX2NjP4mvVFhYvN4/mSlAVc3sFLCTQQvIk8ZMaRtIkRvTvEct3JWIlibCNRANOj+H0KE7PfuFjf95WASZMABkMxozHI48+/fNoJHK9XxsicSlJ5mxauZyFvFnJXQbyBbWYqDnJmpPkOddBsVbPprUDO2FzI28WSyqDMfOgePtZGuTQSQYthJD8GAUZ1D+17+a81h4S+EmE8BGcHsan79EvfvwvZ7SWkAkgg8GYUfjIP/0XJT8+nSbkRKfi52nHrlqyevXS+ZBIpmEKp+lkCqYSKZikaTopPkWUasFK4DxInMc6gur0rXP40PkRuXYhceTb1dFhBnN2dXYUmQ9pmRs6OzqEFqeqwOtA5N4NRPYLjuuUTKWNeRkYw2gk3B8aqVh0I4VE/ug+JP9DbV4LdLESRWyvYvPNuIuHcE/34HTbF//+r6ZnUs8xAWQwGC0NJHzkUX4OTpfgq+ACJFZnFApqJxEsilSllCIk6Mhcq31XtTQjqqrNq4USZlhvQgfQWkQuHtcc7Ilg0Sc53nciGSPH+4649kmO97ScXobUjl6G1IY4Wldnp9iPIG0AYjmtlw78grx1aW0oVYlMcaK1m9mvG7oNJJHUoqu1uIM0Livo9xQRSgK1kylzcnntHpXrqD3dPlk9wpruUfINtW+XF+tUy3Ypt+0y7WDRVN2XOSLM5RfTN1ALUpFaQIMMRosJoa4xnMBt/gN38U9f+of3Tc6EnmMCyGAwWg5I+iig440o06/GF+Kl+LKbRS9RInikkRFELy+/54WptqCTQfkyNrV9xUERYr5opv4gYkVkq6szLsgXESmaaJmcF99RM9apL6M0H3F9O9pem+LQ3cVFQdoVqXTWQjjt5FAjnLgum/chnJqms1CCcJIPrFxG6xMp1LRP17pwRxgCaI1AN9dazcdF2kE9f6MYJOGzhZ87sO31SAJfaNX7wfjdrf4DGAxGewBJH+XruwHF9m/hS+lifCHFJcEjLYr1U76spMav2FRb+/Pt6IhBtyBvcuq0fbet66LvnbblnUj6rAmG6wXybRQvcHx5U19OJxJC0zSd0Mq6TiemxRs0kUyK/kzq7WiibQgpNJPSd1qfSCSMfU/r2xAy6bQgFhJZSm+TsZtik/p+vEDXOJlMhvp9dB2iumbSDUQCenq6bcviSKA7OkwCTYSgs6vL+N7b02O8TLu6u0SyaCIP3d1am86OToiJBNGKaCva4fbUr1tfexV6enuFNmpoaLZYNzg4S5jJu7u6ob+/H8+nBwYG+qEVkUxlYGR8AnbuPQg79w3Dlh27YWIqWcUjVEoA7SmMCNZgk6huEqZ0Nh364AunEdQMnvulf3j/K611NexgAshgMJoWSPoos+xlKJbficThOiR2XSIZsUg+LJMQF/RKEqamT7VFyIY/rql5cyFr9L3Luq7TtV2khuSNiNLIyAgcOnQIRkZHQcFj9fcPoNYlJQgXEbA0EqwUTkTgSMtD35PJFBK8tCBb1C4jgl6yMD09LfowbfFvY9QeuVwGDuzcUrLdvCWrkHD2inmNYEYMUqqRSo2wEqmkyiHCjI+kkzRbVsJJ62LC7K9t16Ov6xbrKAdf3HVdRJjz40LLrFgIstinrIwSAjv27IdnN22Dp1581agGUz6qTABtCczNPUT0xNrUP709XdTnL+JgYeOXPvH+lrWzx1r1xBkMxswFEj+qwPFelL9/jFq8ZWZ1Cq0yhaxOQaSPTL0FS5CGBJG0gT7UnPT1ivkefFl1miP4YlJnaOM6a6p5I40VkTIiYNP6lJhOWJYlUbuWgE0vvYjaoc2QQtKWEaQtI0hvQWjW7IEHvQNDMHve4pl4K8xoOK+jFxTFvB/pfmg2OEkluRwQSZwzNAQL5s+HlSuWw1Hr1sKypVRsR4FVSxeJ6aoLToeHnn4JHnjieaEpbOIrhbJGNSrhkGUBf+uGvp7ud+HKbzTxiftft1Y9cQaDMfOAxO9E5HB/jYTurUj6OgXRy2qlyrTPnOnjp9eLpVH5svnzYMXi+bBg7mxYNG8ODM3qh76ergrOxF1tSCbJhIO0Wcmc+JwuXjY1bX4n38MgGB8ZhsnRQ8HOVm3SqBOG/3ULeC8oSnMb63LkB6hr8qamrIGy22ztZs+eBWecuhEuPP88OO6Yo4Vv66Vnnwxnn3ws3HLfY0Ij2Oy3Mg1GEzhIi4igqI4/gxYmgGwCZjAYDQcSv/NQ7n8ESd2VSPoUrVatlpMvp9eqlX599DJcjmTv6NXLYM2yxWI+iLk1rZtDEw7SNi3IWdKDyE3r37X1hXz9KkpNIPmbGDkYqG1P3ywYWrCk2S4ro9Q9mUrAob07SrZbuHw9atniM+q3L1++DH7rTdfDBeeeYxDcV7btgpvueCCkj2A9TMDFbcgsPm9oFswa6FuBZuBdrXgNmAAyGIyGAYnfOShL/xE1eheSti+jJ2KWNW1zeTJ5qkJSrVm+GE46Zg0ct24F9HYXa/coeOH1nbtg1+49sGfvXjgwfBAOHzkCR0ZGYGJyqijAoNkxNXYExo8cCNS2u3cAhhYua6nfx8B7NjEFh/fvLNlu0cqjkHDMTIPdmlWr4M//6D2wft0a8X1sYhq+87M7Yd/wkYB7aAwBpBYkh5YtXvBbSABvasW+ZxMwg8GoO5D4nYQy9DNI/K6ShE8GJGjET9P24egaTttwlJgG+3uN7UkYT01NwfMvvgQvbtoEmza/Crt27Ram4RmDEGY/NgG3JgJftyY3AVeCbTt2wIc++nF46w1vgre/9c3iOf+z37kWvnXj7bBjz3BTn3tCC5o6uqlP0gdMABkMRt2AxG+hrvF7F5p1IxlLyTUjnxi+FJctnAfnn7YBjl+/0hKQocLBQ4fhkcceh0cffxI2b3lNkMSZCgVCEkDmgC2HoPevMJHO4OtL7h0/vPGn8Nq2bfA3H3g/dHd1wnt+6yr4xk9uE+ljmhV6jsS1TXuCJcAEkMFg1BxI/MiB6QNI7j6KRK/fWmtXK6elJZJdvngeXHr2KXDUqqXGtmS6ffCRx+DX9z0AL6G2r120XWGUPlqfMANsNQSLAlb0wcDMv75PPfMsfOyTn4ZPfezvRBTxO2+4HL7+g1vh4JGxpj3nqelkyxJA9gFkMBg1BZK/c/HV9Z84Uj4uk9EqBJC/Hs3LCgJzZw/AFeedKjR+UiyNjY/BLb+6A+68516YnJwRlZdCITE1DqMH9wZq29HZLXLFMVoLUxMjMH7Y38+TUsAsXtWyVsaycMzRR8GnPv530BHvgOHDo/D1H94iqpm4ozE+gPTnjFdfgPXDe7Jv2/lqS5bZYQLIYDBqAiR+Aygnv4hmrvegpk8RxC+tm3spnx0SP0q4fNEZJ8K5px4vqisQRkdH4cZf3Ax3//o+4RPYrkhNT8DI8J5AbeMdXTBv6eq26JeZBAr0mRjx93Oj4I+FK9a3Vb8Qzj/nbPjrv/oLMf/US1vgp3c+5NGyMQRwzf5dcP3j94olr5153uI/uvvm/a3Wx2wCZjAYVQeSv0uR330rm8suJ9JHSV5TeokxEahBAnT5Irj+0rOF9o9ACZJvQuL3y1/dDpl0a0Xs1gRhg0A4EKTlEMQErPn/td+1/c1DD8MxR62Hq95wGWw8bh1s2roTXtm2u2nObyBp5juMZrMX4MePmubkAoIJIIPBqBqQ+FGNqC/m8oU/Ja0fJU4mzR8Fe+REBQstcfMbzt0IZ518rOA4pAn8zcMPw3f+7wcwNta8vj71RuggEEbLQS0EIYD1rwfdLPjO/30fTtxwPCxetBCuvvB02LZrfxVKx1UH4z1mVoJoNnMatCABbN87i8FgVBVI/o5DGvJEOpv7s+lkSpmcogoYSVE9gxI5E0eZNzQIf/Y71yD5OwZIDTh88BD8w2f+Cf7l377G5M+JcFEgM7knZiyCEPdmrwJSS1AA2Ne+8U2RGWD2QB+cddIxTXNuo32Dxnwskz6uaU4sBFgDyGAwKgaSv/fmC+pX0plMDxE+MvlSoAfl85OOOCcctRKuv+Rs6OiIiRffPfc9AN/53+9BItV8tU2bAUpIEzBTwNZDUBNwO1/bFze9Ao8+9gScdcZpcN6px8OTL22BRDLd8PMa7+mDAmpnI3gNY8lkS0ZgMQFkMBhlA4lfF76cvo4avneSqTeRTAnyJ4M8CJGIApeceZIQ3sRpqMTa17/5bXj40cfavv/8EMoEDAXWArYggmkAI21/bf/vhz+CUzeeDJ04eDx343Fw10PPNPyc8pEIjPX2weypCYhNTy1ouk4LADYBMxiMsoDkbzm+lh7KZLLvnEokQZh8EylIZ7MG+SOB/farLkDyRxYSVZRp+5uP/T2TvyDgSiAzHkF8ACHCyTr2HxgWWQHoPj/jhKNgoK+nKc5rtE8LYOuamuprpv4KCiaADAYjNJD8XVBQ1adSqczGyWmN/E2j9o/q+Up71ezBPnjPW94AR61aIgT3408+BR/5+0/Avv0HgFEaSmgfQCaBrYbAGkAG3PizX0ASZUwsGoGLTt/QFOc0ohPA7lQi+l+XXTe3aTorIPjOYjAYoYDk74/zhcLdiWR63sS0FuhB5l+p9SOsWroA3ovkj4I+qNzVjT+/Gb7wla9CSvj7qTwFmsLBrAbCU6tMgdPAcF9pieFvv0Pc5ycevRplywA0GjIQhK5QNJc9v+EnFBLsA8hgMAIBiR/Ji69kc/k/p0CP6URKi/DN52185bQN6+AN55wCkUhEEL6vfeNb8MjjT7R575WBkNGfGgFkc2ErIWgUMFv4Nfzytl/BZRddCP39/XDRGSfAT25/qKHnQyZgeWmimezp+PGzZuw3L7AGkMFglASSvzko6O5MZ3N/Tv5+E7rJN2sx+UbRNHP1BafCFeeeIrjL4cOH4eOf/gyTvzKhlEUAGa2EYHkAmdRLJFD2/PTmW4Tm9KiVS2DpwjkNPR/pA0iIZdLHN12HlQATQAaD4QvK74fW3SfQzHvxFJp8yd+PNH/5vPny6unuhN+95gI4+ZjVgohs3vIa/O0/fAp2vL4T2HxV7hSSAAoywf3WWibgAKRd+AByX8np7l/fCwcPHRZ9dzFqARuJ6a4eyMTi4syiqWTL1WJkAshgMDyB5O/afEF9FAnfahHs4eLvN3/OILzrTZfAsoVzhVC+94EH4dP//HkYnxhv9+6rCJrihyOBZzKC+wAyJLK5LPzkpz8X9zvJnLXLFzXu+oEZCBKbnlrYrH3mBfYBZDAYRUDiR2+dj+TyhX9E8hchfz9K2Gw1+RKOWrUYrr3wdOiIxyCXy8H3f3wj3H7XPW3ee9WD5v8VkNipKvuKtRjYB7A8PPToo3D1FZfD8mVL4cLTNsC23QcaNgAiM/D8sSPQOTXV3+TdVgTWADIYDBuoni+K0u9ncrnPTieSES3FSxKyWZP8kVLinFOOhjddcqZIyzA5NQWf+/JXmPxVG6FyARaA0WLgUnBlgSwQP7rppyLDwNzZ/XDc2uUNO5fRXj0VTDIR+/pl181q1j5zA2sAGQyGASR/S/CV9ItMJnsqBXmQ5s9p8o3Ho3D1eRuN/H77DxyAf/n3r4tP4Fx0VQVVAwnaoyrnAmw5BCLthg8gw4pnn38BXnl1Cxy9fh2ce8ox8Mr23Ta/5HrBjARWIZLLnYcztzR/72lgDSCDwRBA8ndmQVWfTKUyp0p/PyrrZiV/A33d8DtXnQfrVy4WhOOFl16Cz37hy3Do8GGIiBcVayuqCq4GMmOhFoJdL9YAeuNHN2pawIHebjj56MaU47VGAkezmTOas6fcwRpABoNB5O8P8oXCfyHh6yLNH9X0zWZzNgvV0gVD8MaLToOerk4hdO+85174xS23ApJGkfOPoFJVWnqxMRepCsIVA+F+byUENdkLAsjX1RVbt22Hp555FjaefBKcccJ6eGHLTsig3Konxiy5AGOZdHOUKAkIJoAMRhsDiV8UP/45m89/MJlMi9x+9OlM7rxh3XK45MwNEEWil8lk4H++/0N48qmnNeKHLyh6SUXIWZ2+43YF/McaqcoRthycykyhZRDcZ1Ph6+oDqjJ00gkboKsjDqcdvxYefnZzXY9PaWCmu7qhJ5WEaCq1piU6TQebgBmMNgWSv0F8rdyCI+YPTguTb0L4/FkjfSMRBS46/Ti47KwTBMEbGR0VJt+HH31M+NuQJlCoCXEiskIEMRKNsNmqauAgkJmKoAMkfpb8sW//fnjw4UdEf56CZmDKSVpvyECQaIulgmECyGC0IZD8rUd5+Vg6nb1S+vslkvbkzl2dcXjTxafBietXCKK3bfsO+ORnPwfbX39dCNt8IY/t82KdfJUJTWBEEZrBCBexrxgK+wDOWASpAhL2HmhX/PyW2yCdTotqRGduWFf348tAkI6pqcGm7ywLoq10sgwGo3Ig+bu8oKp3pNKZZVTWbTqhJXe28oehwT644ZLTYf6QJs8efeJJ+I//+m9RismAxeVMvKTIFKx90fVWuuGKeUnZSCUmoZAP5tPU0dUL8Xj9tR+M8pDH65qanijZrrt/Fg6o+FXtB6o53tXVBWvXrIZ5s/vh1Z37kRBm63b8WVOTsOzQPojlspFzzn/Dl361fXOmFfqNfQAZjDYCkr/35/KFLybT6SiZe4W/X84e7LFqyTx4w9kniOTOpOH72c23wB13/xrcmBxFMub1efGKimjUT2gCcTROWxTUApsny0RYH0Bm262DUEEgfF1L4ld33gXnnXMW9PZ0w1knrIM7Hnqubsc2AkEoIC6XPRfn7miFPmMCyGC0AZD4daKA+lo2l//DRCottH6U4iWXyxtt6D1zyjGr0ISyVrx0qM03v/NdeOHlTf47R1OWSQKjBmkRJmCRwozMxQqbKMtCCBMwhwq0FML4APJ1LY3pREKQwDdf90ZYu2whzEPrxcGR+pSjHLOkgolkM2dDixBAdtJhMGY4kPwtwBfIrzOZ7B9Okb/fVEKkebGSP6rmcekZxwvyRxg+eBA+96WvwIsvv1Jy/0LLRyRQTHnbi02JaJpA8glkX6bwYB/AmYugPoCcWzM47r3/NyJQjZ4F0gLWCxO9fZBXNItHLJ0+pTV6izWADMaMBpK/kwuq+ot0Jrtc1PNF4ofztuTOvd2dcOU5J8D8oQFhlnp1y1b4zve+j0RxWhA4tOEGIhcFywstGtE0gfTPqgksqCoTlTAISwC5b1sGoaKA+boGAqWouuVXt8Pv//bbYOmC2bBswRDsHh6p+XELKOOIBA5OTUA0MX1Uq/QXawAZjBkKJH9vzRfUh5Kp9HLS+pH2z1nWbcGcAXjzJafC3Fn9YvkDDz0M30CzLzlVi2hePcdfICJCBI+0gHmrJlAVm0b09DAybyAjGEL1FJOElkIgAsjPSmg88tgTsG//ASHPziB3ljodl1LB0BWNT04sbpW+4tAiBmOGAYmfcu6l134ql89/FclfBxE/SvCcyeVsvuTrVyyAy9HsS8EeOVx30y9uhnsf+A1YYnuNttLBOSjFUPQ/mglTDwyR+9O1gExXSiOTTkIumw7UNtbRBfGu7rbol5mAbCYF2XTSt42CAyaKAmYEB8mWsfFx2HjyidDT1QFjk9MwMjFd8+POHTsCC0YPQSybiZ9z/uWfu33b5vqWJCkDrAFkMGYQkPz1IbH6aSab+/hUIqVMTOnJnbNmcmfiZGdsWA0XnHK00PJNTE7Cf37rO/DEU8+AaUVUNP89OemawCCjaZkjsJDX/ALlgbUcgaYmkHUbpRHOB5AjrVsJQTSACr+iy8LzL7wE23do+UpPPXa1kF+1xrgeCBLJ5yGSyVzZCv3EGkAGY4YAyd9KfKXcnc5kLySNH2n+UAOIJMx80XTEo3DZ6cfBumULxPe9+/bDN779P3Bg+GDR/jS6Vyw4pTbQF6r2ghP70DWB4p/YpZ4lUJYuY1WgJ7LpFORQUxQEsXgHdHT1tEW/zIxrmxRaQD9Q/r/u3oE27J3KcfDQYTjjtFOhEy0clPHg0OhkTY8Xz2Vh/e5tYj4xZ+7UrXt2/LLZ+4iHFwzGDACSvwsKqvoEEr4TyN+PJiJ/Vn+/wb5uuPb8k2DJ/FlCW/T8iy/C1/77W8JcorGw4knz39M1dxFdCxhwMC00gXlNEyiqheikMWLVBHK1EF+E0gAyk24psA9gbbF123Z4adMmIetOPmo5xGK11XeN67kAhR/g9NSZrdBHLH0ZjBYHkr8/RlPr3Ylkep4I9kgkRaSv9f1CpO+a806Awd4uQcbuvOde+MFPbkLTcOls+ZrmThH+SLLEW1BiYiWBqkgIrSkPjbrBnB6meuAgkBa7XAFMwPxsVIRf3na7CEqjspbHr1mi9bvxR14HY85YXqqNamuoIdHZDZlYXCsJNzayuhX6h03ADEaLAolf7NxLr/1qNpf/FJK/qBbskdb8/Sw4bvUiOPfEdYJwpdMZ+OGNP4Unnn4m1LFM/z+tKoEm94KnHtZedpr2UL7UFBkpItuwBqsI+WymZKCARBRfPh3dvW3RLzMBmdS0uL6lrmlnT19b9Us1MTk1BXPnDMHihYtg7qw+eHXnAcjlNL/kIlcWg/+pBgO0t1H1WdXSXs5rnyv37YQefF5j6VT87PMu++87tr9aW7tzheA8gAxGi+C6d390Dn4sxGlJPBZdO3xk7AP5XH5NBrV4OZuZVSNVUTTZnrlhNaxdOg9IVFGC1O/96Ceu/n5BoAVx0FxEyLsCkTm1UFKToUqiqPPSaNQkgRFROk4zRKh5zhHo0umBm3IluNZCYBMwX9OK8Ks774aTNmwQJuCT1i+HR1/calPx2a6DqlZEAqkiyJzxETEfTSXfhUs/08x9wwSQwWgw3viHf0fPIZXgWA4awVusTzS/VP9chIKqS26TyebgiEeZI4re7e3qhAtPWQ/zZvcJAbfj9Z3ww5t+BolEoqJz1XwAIzoR1MgmBfqqAYJCCpYo1Wg0YtEEavtT9TyCTALLBPfbjLtebAKuHCMjo/DQo4/BBeeeDeuXL4BN2/fC2FSiNMFzXW+VdcXm4DE9FyAhPj11DTABZDAYbrj2XX+7Bj8+jgLlBvzsr9Z+SZPW3RmDoYEeIawee/IpMQpWKSCkCu8TGRgiNYGKUggczWuvFhIRZNW6P9pJoaAylzH6moNAZio4CKR+uPve++D0jadAFw6MT1y3DO5/ZrOrCbeY3JnzQbSBY739xlPYOXJkQ7P3C/sAMhgNwNXv/Mi1KCjuwek0nDrdY3DLn6aSaUG2HnvkQfj1fQ9ogk1/lygVskCZ2sVkk1J4BiQhRp5pxZJqxpxXVUuKmDZHPpeDTCqY1pZShrC/WOsgnZiCQt4/V3As3snJvasAcpPp6e6GFcuXQ39vF7yyfZ9wmwlE7mzrjT+umkByiTlm11axNJ5Kdpx1ziXfu2vHltFm7RcmgAxGnXHVOz58PH7chVNNk7YdODIOLz33hO0lo5V1q87+TSLoHkkXcCdmahm94pym9FAlo2xr5PPZwARQQQLY1VM1RTKjxkglJlErn/dtE+9AAtjJBLAaSCaTcMZpG4V82Xd4HCamk4bPn+ogega5K7UewFLVSIVMNAYnbt9krEvMnlO4Y8+OO5u1TzgNDINRZ6CJ80s4dZOps5YTyag5S9YKTaB1qpqPnU7eIkrElicwCFRL3eCCUTfYUi1EpIdh8RRKW8t289YCm4Driv0HhjWyhlN/d6cmD8X3gnCPIR9l8V2XkUKO6u3lvLZeny+YPstiW/yewUHYVFePYYnpmBi7tpn7hH0AGYw64vLf++BqFBaX1et4/UMLYWT/DsigucmqTatW/j2xjwj91334RFyIJkhLqe+kYFUc50T/IhFJ/lQ9mXWbkpvQPoBMAlsFwfMA8jWtBijwTPZ5Xidudh8+lwjgEiZfuZ3RCudHe/uhV9fa9xw8sOqfL74m/pF7b81CE4KH2AxGHYFk5k04KbXW/hkTCqQ5S9fpI9SCUZXD0ARWweFQUD9dc6dYAjuCwFo32NROqg5NIGtBAnYm90FLXS7WANYTa1avMjSAoxPTupWkoGvzTO1foWBq9IxPQytoLlcL5nZiX/r8SE+/WREknYpEU6n3NmufsAaQwagjUGi8sd7H7O4bgu6BOZCcOAKWTCwCgmBV4yB6omhrXj8hNAulQzm0F2Hedk7aLnVNIKUQLKi2snbtglBRwCpHT7cUgmgA9aAoRmWIx2Jw+cUXimckkcrA/sPjWloqlwAQV02fhybQGQVMf0a7+2wyr3Ny/A/x42vN2C9MABmMOuGit71/Lgqdcxpx7KHFa2HP+BGcK0DeSQLNyIuKYBA2AslMBQWksGCVNk1q2WGKSaD81IRwMNNye4P7pmWuVGANIF/TStDR0QG/89a3wIL580WfP7N5J+TyUtaEIHm+0cJmm5HuXtsVQzPwiZ+58OrIR++/rdBsfcMEkMGoE1CDdTU0KPI+3tWLWsAhoQUsIoFkaqXPapBA0AklagJVsddCwLx+Fg2fIk9LJ4FaokBNvoqAEWgjhNMAMloEzmKzXlefTcAVYeXy5XDDddfCvLlzxPOxbe8heGnbPijW3jm0gDILgfwWIjm0kwB2JqZjkXTq3Tj7383WP0wAGYw6AbVX1zXy+J29g5oZWNW0aXl7VIhOAis8iKJn9JP70zWBEDBHoDVRtDgtWS1E358K7VUtJNz7X5XFWRhNDlUNqgzii1kOenp64A2XXAynbTxZ728VNr9+AB56fqtFxgQhgeZ66Z/srP7hJISTsU5IR2PQYUm/1TU+9hfABJDBaE+ce8NfdKmFwuWNPIdcJm1xV6HabGR0zYOxUPgDKlV55WjpYUxNIOoBtUokIauFCGIq/QstmsC8mm8Ty1i4q0EvKYVJQ9Mj6ABG4VrAoTB/3lw45eQTjaof1HlTiTQ8+tIO2LbnUMlIX+d6T9NwiZrBo6gFnD9llursO7j/+E+ed0XPPzx4RwKaCEwAGYw6ALV/l+BHb6OOn0snYXr0gE0LR8IsUlDAmopWmF0VpRqKQG0/Fk0goCZQFI0LUjfYQQIV3U+x7TSBIS8EV09pDQS+b5XWuabxeBxiUdPDpavLKF0ulsdwvURnZ4eh3acKNh0d5jry2bMGgnV1dpr7icVwsh+DSkoODAzA4kULYdbgoLGOAsc2bd8Pj7+8AzJZy0DXkbbFeG4sZl4jpVIJ/0DX9TiNdPXBPAsBpGjgWCr5EZz9+2a6ZkwAGYw6QG2g+Tc5fhhG921xLTtFQRWK0+wakUEhFdJA0gLqn1ITKI4VwBwsUy6Y56TnCBSBJvRW1DSBIh3DjCY9YRkg9pnCBZ6aDZ1IahSLTyvdwonxDu171Ex6To9KLGaSoVUrV0J//4C5HyRD8o6IIqmKx+3EKSqJEx6gs8MkTvF4TLSXB3GSKoqStR1DJ2eUO8/zGNim07KfZoBIK5UvwNa9h+C5LXtgZGLaokENl/cvmEnYfb3TD5DQPTbyTmACyGC0H7Lp5JX1PmYuk4LJgzshkxj3beckW5TGhap7VIMDCp9AQ2un/SkowTR3riQQwEgULUs0qTM4PUzY7tdMwK0FKxmJupARU1MUEQREgrRG/poicz+aOVA/hoM4dVo0Ts5jUDsiQdq1UGz7EceIWs61y5uczVTUUgOfyeUNckUD1WzOlAXZnFY9iAaDFDxGqV1GJ5NwYGQCdg+PosYvJ0/QPNcQBK4sImjRCI7o1UCs6D90YNnHz7l88acfvmtfs1w/JoAMRh2w+/n76mr+jaIWIYJTUDJAwspGAqOCBlbFn0yagzXNHWkCca8FRQ9GCaAJdFYwAWuOQG0fhQD7ajUQcRYECE1k9FLRSHnE6NSohXxQXxDpWLZ0qSAwVi1OEXFCYhKJmtqozk5vUlNEeHzJmbcZz3qMuGM/jHCgZ0KQIx2k8cpbnl0yd0rdFpGjnCXkP4vrCpZ8d1nLfrL5giXXpqqbTTXk9LKN1mNIApR3HiPnfYxcrvhcjd+By3P5sJlSVNusWrSs2Nxbid+fvrUnUZTrj3QWi/tIPg8dycRHcfbPoUnATyGDUWP8yd99ObLt5Wdu2797x+9NT45BcnoSMukUgFr9tFDReCd0dPchedDMPYEpkV4VhII1zJ3pJLBaOQK1mnHGOUkfvtKJoilaxWxFRJLITicSXFpHLyYroaD1xVocrT/ol3R1WnyTYlE7qRFaHGn+ctMUmVHJnR7HINiIExKqWNxCqjrNYxAR64i7E6eZjFppjoh45KykJlfwJiP54GREapy0+xb3k7eTGusx/MhZOmsGL+WdpMp6DMvvUPVzDZcIvTr9q1atUc3vKL3/HSdlDdAwGaKHzx84tH0BCKDtoKpxiNHObsiTpcLqc03P/vgouQI1DQHkcDEGo4b44498aR5+fDeTzV45nUCT7HQSzRUpIdzzaKJF07Aw1ebSCfG5ZKgLMqkkjIwcgeHhg3q6iAD5wiIxQfyi8Q6hYYlaSE230/wVsztjS61SRCc1Wik3TWtDztvS766jw6oNitrNX50d9mNYCA+RGkMbpWg+RVKIUruIIKuqq6bI+jsEcWKJVTZyedVBeEyfUDctjupBaqyEh15+aSfh8SU1ATVFgji5a6Oc5Mzm4F8GGkVycpkkPbg4OGguP7rwXaDW+gChduJGAp11e90SOAcK/CgR/Wslge988UEYRPluRTYaU3cde9Lsf3rkrnFoArAGkMGoAf7ow18kqvK7+LL6UjqTmS/JXzKVNkytERT8nTRZtjv1hNVwzMoFYn5yagomJ6cgkZjGKQFp1BpOTkzA1JS2LI9aiL6+Pli9ei0cf/xxpnlwBqNWVl6qDCA1LPTXRjjCmNgchMfqt2Q/hup7jLRlXcFJePAY40eGoXdgNmoQ43Yzno1U0fec8ZuCdTC0NepJcqbHjwhXjd5Z81uib5r3Ormll1KLTcJWa4NbYIgKjvUOclfCVGzbv/AD7IUBBwGM5HNKLJ2inICfaYZ+ZALIYFQR7/3wF4j4XYkv4X9ALd/pqXQGppMpmE4kgeZLmb6e3bIHls2fBX09ndCP5I6mRoM0RabZVrWUUdJMbHbCY9fieBIeF58iq2nY26cIHMfIWzRFDq0WarxyBav/k/13WPfTaji0dzcMZlC72hXetbQ1NDkzH2qA+HXuSr/OUb171lULaN+uOH2LW5oY616dM86j2r8QAVwxfrioTWdi6s3ABJDBmDl4z998/mj8uAGJxTtQM7eeiAgRvgSSv0QybSEm/iJ9EjWFP/71s7B+2TyYPdADUTS9ElGRJri8zTRWmpwZBCyE/5PT4btVoYZYWqWd1xFaEM1MyIPYtiTHtDgyQvVbicCxWl2rkMcYdYkEJnSOjRwDTQImgAxGCbz7Q58nrd4QTnP0T5rITrsCp+PxJXxGLldYmi/kNbKWyQryJ6ewZIr28fKOA4HasjandVDNriR/SZWCaFq4PxiMmYzRruJcgPS9Z2qi68NnXXrs5x69Z1Ojz5EJIKOt8Icf+jylip8LBpFTh8x5XK6aJE+lT1UdQpMkzSvCx0P3/dCyjmh56ojgkeaN/K1II0cEMI1TzuIP1i5gQlIvKG13bzEYrYRRh3uGapli6dQ78OPDjT5HJoCMlsQffvBz5BynkTaTwNnJHGrsNBKnET2aL+QLMdXixCuJHFjmVRvRs3xXze8FQf5U3V8tL8geTUQCiRAW+OXMqCEo4EdVW99Mz2DMVCRjHZCKxqDTpQJTPJW4qBnOkQkgo6FAIkdJ2aTWbQ7YzaxiXidxc6W2ThC5QqFT0Db9j/ah2uZtxA28iZzb8lLrVL1erSCCuj9dkJx2DEZVQPlweJDBYDQ1SAu4YNrM+CI1gPHJyfXNcH5MABlVA5K52aBr3sAkcJQHT9PE0XdNGzdX1eeRRPW4ErmQGjlZMaKYqPmtcywD87tVQwg2TaEZPeb2+k0nJiEW7xAJmRmMWkH4ADIBZDCaGkQA5zsIIKFrcnzgr8+7IvalB+/INfL8mAAyXKGbWClBlSR0c/Xvc1T5XVXnGd9VmINasJiNOLlp40qQOOuyQuB1lv1YyZrt+Nrjp6oOAqcWFQ+qCInxQ9DdP8QEkFFTaASQTcAMRrlQrH9U7ZkCRQVwFMCUSey1EpTanGiqKEZZSnB8F8nzccpM4mvziFb615IqGqL5nDIQj12Is/c0sg+YALYJkNBJEkcTRbBK8jZfzGsm1nniu0bmuvzJnJt5VTeNyvmCm0nVS0unb2cx1YIrcdQeIfunvbRUI/UiwjerwC9mRq1vtAhwyA0j8O1izJjkxiAuoOikRWspCYxBcixTxPFdVgkqaiOWRVy3cbZ3PRYUL5fnbCVhNrLmViXIrZqH9qU4qbO+3N7WmSjarWSco53RXIVuNQXqlhfsp6OjG9TLgAkgoxwgoaMQo4WgETkicUTqyLS6ADQSR4RugaqTOyR0cWfgg+pK6jz85Aqqr2au4EHqwphYnQ9pK77eqEYsa2YYNb/P2ARc3CeO/nF+BiE4YciOsT7i095n//t7ADo6u2D+4hWO87TMazM2bZUv4SGogRYVr1GDtPfaTXj/Z7XoQGqgbQyiVTCWOPapepyXF4kzjy3dj/zInncdYWOt0Xayb8D2q6xnqyYSJ0ODwQSwiYCkjsgcTUTs5uvTQlXT2i3STa4L8N5agISuOzih04lbwduMWih4BUB4mWvdtXJq0UPSXnoK1gAyan6PgTbQIEQ0FmM3RbloTxQv4mMjLxEXLU5wsuO+XJ6XPIcqkRxCqOS8xeymHiTHOI5LGYkY1bqOxkTtbLdtDIJfUAN1gBqgj9ybqIH7ONgqfyZZTr8H2s6F7Nl+n8N6ZN+muLybjfQV1fr1rgVsrUKS6+qDAj5XEbVQTASnp1dBg8EEsMZAUieTBi+0fgpNnUrz6nxVkDuYZ2jpHL5sfsEMBQ/NXMFXY+cd4WojlUU3OxudSoE1gFXqR2PGJAYKuBMcAHeNjitJidiXa0Qn4r1NxE+L42a2CmCyqgLJ2b+rW+x74bI17o3L1eZUheQEO2p9SY75t7dvUKujTM9qyX0FsEiIjAB5mJ4cg8TkeOA+p7RRSlRLHg/VsHyogc62RB+V2jRE6vlwN165h7URuKL9uZqA3Wv5qmo4UljKjCz3mUQtYA/eG8Y9r6/LZ9JD0GAwASwD7/rrfybpuxg0Dd0iRSN2i3TzK2nqFuikbj6Suk4/UmcjZwXze8FlmZXYFQKnLNFvXKt2rsqBDwwTYTSAVgIg6YBdiwMWzYm/ySqcbw7NR9z3EQmuPXI6Q4PiIDdF8x6ot8mq7iRHnyt4bROe5FCd40IhJ+ob25sEKVRaWV+X1ecANSA54fcUiUShq282YPdpFXpKsA41cKcpuN9ZMDkxDoV83ncjgwBgu4ieQD7MTwlU4lAtdz+lr135vV/qlNWy91O0re0d5yRw5jJ3M2+l2j+7H+B0/yB06wTQOD2Uv7vXHZ+DV5+HRoIJoI53/r/PxvAZJhPrInyYFyj0qeiEDr/TJ94IRPgWI9nqpxGrV245L22cG6lzI3ROc6yX2bVVNHQ2p2Pnp5fJKoRvTvXMVQ6C44jqkufsZ7I6uH8Q0qkELFt9tKug8vnq3rhV/HL04wUlOZ57VgOcXxlsJrDewqVhN47ge/tnGfeAZ9MSC2wmIOyr6YkxSE5PeF0635PKY4McEgeDPJS8juE6OuQtULR1cOIU5gzDs1DnakVRYXjfTq2MniFXC+ZnwfHd8H92LNMSgRbto3dgCGLxuM/tZS6g3KERqiKUy0NoqKGuYPC+LusFEpAcVvhych0+qB73ngsRsz5YobR6nqZjh5nZI+BkAjXOcy2nOzFrDmzecAaMz14w9IFP/Gvky594X8NMRjOeAP7BX31qNr6dyeyqETvFJHRgau7mF9TCfHx5KYYPnbwHLJo7d20dePvMOSJo/V/IurkJP6Mx8NC6RBxaHMXDl8dvAu9IK01CuhA1/fzMUw3ylLp99W7cUL+cYEcOYrIi8k6l4KRmZqb75ZS1rWXDik1WaqBWwda4NI1Eo0gAZ5NocD+g71fF98y6+2fD9NSE0ASF2KlxnxEBFOUGK7h2wXoq6MUIcO+WfX9U54xz2SQMv7atqj/eumlnz4AeoV0apIEkAuisFe77TJSvJKtWp1ez60rKYDXUfty0fvodqdp/n380b2WmYCcJ3bN0NSzcsx1SXT2wfe1xcHDBMnkDxHAQQEqnYWgQZgwB/NgX/nsWEpYzcdqIVOUE/Dwa5e9qfBr7JLExoRTdYKqDyVvzx6mOfHLuaVCK892ZtWPBTlTCkpY28MsJs30zkxzqsmwmo/n16BtWYrJqtF+O7yZ1NFk1iuQoeEEPHdjj0AiF0B7ZNEXF2/WgZjEajYfuwYKuAcy5mBurrc0p9/kOdpTwz3+4s3cATcAdXb2QSkwF2iiM5O3q6QMFR+95pwuIx0NIJD6vl5KsGgJ1Z5XtRBVZn6o18LPLftt1cwlMdE/vEtA30MVMbGvnIJkT3f1w70XXm+0KBWP/BSaA5eEfv/pdGmadiSL6GuzIN2Dfn4RCMSI1cwUhdC1aO3ldbDnn7KQOwIP0AVgCJKxtjdvK816uKcnxPWbQp6nxfjneD3XwfZZvsqoOyZFNBQHMZXUC2Bi/nND78b29mlObUy+SQxqjna+9WOYhSp9cRxflW49A2F3TfZan+tP5QiWdXroPyt64Am1OmSca9IgDcxZBz0AGCvlcNQ4rIKJ5Yx1F2jy/LdHqpJWT9PAZDngLVaUTqyH/KjsDnzWBB5rFgSCl0rS4E0FwmHg9iKCvedh+DpYj284RecgcaCBajgB+4kvfOg61ee9EE9tv4whqCT08eTFppC8vHiinH501XYrFNAvmdznvfc8p1bnha2yyKvF4hD1kwKa11Oao1VYS1JTkFARpyHn49TSW5FR+D/kdqc6anAD3R+X7BqHRiXf2QDo5VWkHFX3t7O511xj5nKjVYkGao3yNtEeN1ebU4Ac5lihRLQVLBT+2CL5EzmWpfE/lC4Wa9EF15KNa/+MH3qGH8sKm1HCSOEtrh0ZPm3U3Ddtz/3mbhouOYbEo2s5UfhTUQWggWoIAfuzz36Ah8puwz96XzmbPy+t+EyQA6UUr5gtyNOWMiPW7IRVbBKa2SCleX8jjlBUTqHnh41GI95EUqd7NX3O/nIr3Zr2fgx00zGnWkuRU4acHNVmpeMOQaS7IizkUyQn5G2qpzamqYG8Bk9Xg3EWQy6Q9X/Dl3DUUjRqLd3pojEpDWDnwHnM7p1rc/+VdxvI0OdU5dpgN1YYcX1xDVXtnhdtZDd4VNfixNbBP+O7K3eyr/3UjaA6Nn1OT52X6dV3nSwIBit24dDcAtTAADURTE8CPfPbrxMbels3lPlnIF9ZnKWQ+m9ej3/L6CNjU+qm2TjaDGuR3/T+YM4rZUhC9HETUrPjs7ojAgrmzYNmShbB0yRJYsHAh/OfXvobH08wGSvIIZLsXQiEarOYr++UEbNniJiuhASQCaH0xV2iyquT31UuTY2zVSJNVDd+AETTvKUH7K+B5hCGUzl2qqoL3WF5YPoJt2BiSU/7OZj7Jkb6khUoSx1fbOlKNTgm4K7VGO/Qkgh7pWqxkzvzusa6k2dc9EMR6PrZsAAWVCaAbPvTpf1+JWpRvI8m7iCIqM/pE81nd9CFJnxehA/2bXcunIsnLGdNAbycsmj8HVixbAouR6C1Eord48WLo7esrOqehoSHYv2+fuaBwAPK9y/S9hrhZZ6JfjsfO2o3kkAaQBgnlaXbqQ/TL65naa3NaVZNT2Q7Le0KEH6CHBrDaP7Yumpwyz1Wt14HK3J3fHguqaQZueEd6tajXqZX9i1T3k1YdVq9SRNDPrBsiSMQ4J/NgLse1nCmllGsgmpIAfuCTX70INXw3ZbLZoVQ6A+lMVqTWyOlaP6MfraTPqelD1bokeVHIw5xZfbB00XxYuWI5LFy0yCB7nZ3BNHgjR45AV3eX0O4YwPlCPIFawK7iG7BaaCO/nApPuwq9Uh2SQwQwnD9Q2JNmbU4tfmxDiU4ZJEe6vNSsQ0Lsrnl4ghq+VYNO3po5ovJfqAZt2FSoTB569IRtuZupFwL7/vmlhfHUJHoGfhRbMQpMAO14/z985Q3ZbPYXyVS6K5FMAxFA0vyRRkUV+hWd6OmET5I8BafOqALz0Wy7ErV5y5YtFSSPtHnzFyxwrbfoBGkVDx48CPv27oV9qOkjbd++vXtg//79kEomXbcppCeg0NVR8tZuHpLjsoa1OVXYmRQNik0zwyQn2CHay2RVnVOi8mN+ZQebgeRU2OWll7bI73I7TWvRgPA7aTXKXasDubxnHQTQWZ3DGQlsNfn6BX/4mYPN/ejfVaf/oaWd5et0IskmYIm/+viXj0Ot303T08muqUQKUqm0MPeC0OZpgRhE9nq74rB44TxYtWIZLF2qEz2c5sydGyhWN51OI6nbB3v37EWStxf27NkjyB4RvXwuZGqA1CTkO0KW9GtZkuPekEmOFYoWjY4DlpKVI+rZKQF31Vzv05lnsip9ukFJjlKmBrCev6UaO5m5RMeZgqzygzS1hKnhCTmJlRsB1Fu4aQM9tH36kmJtX6lqIvp8MQG0tNVXjU1MsQaQ8Bcf/WIczbs/GD1yuG9qfBRy2RTM6utBgrcAVq1cAUt1jd7Spcugvz9Yn01NTcGe3buFRm/Pnt2wFz/3Itk7fOhQaLW75/2oZAPXfi3/Bg/bbCZpc1rNZKWIfZMZOBKNBT+hMK1mIslpkd/VLCRH0wAWqibHqvr7anogtblOp8KjquBiAlbrfx7N0R+VnLo3CfRK0Oye4sU7F6B3Chmf9ZbjmtfcxMTkNGsACTiS/ZMDu147ITGyX3y/5LLL4M/+4i8DbUuEjsgdkT1B9JDk0fz4+HjtT5xK/1Q8Cme/nKJWLUxyqGSfSAMTiZTbFU3zW6q3EzZZVXdDxYgibbrf3ZQn1Hwkp1wfwEb+gCbKCuixe7U8Eujn8xfUH9BxTG8SaJ4wWjxZA/inH/l8HDviI1Njh6GQy4plu3butLWhF+oBNNHuJpKnE73du3YJspdMJup4tmjWi3WCEu8GpXsIlK5BYaLWglFmtsmqHfxyKt+JKvxTg2sAm/z31fQg7WqyqgYUkUNODTBqarGxVMN/QL1IjlFdSm2yK9Qw3/QK9+ZLAkuZgv0qggAEzQFYkgQWdwATwIKqXo2q0MWZvCIiawnbtm2F//vf7woiqJlx99gjcGsNJYokrwt7qAsUmojw6fMyAEXcEgXLyKIJwdqc+h+ENIAFI1qdSU49DtiOJEet0ATctNqcJu3vWuxetRGTGfDD63zKrqGWnulXPEhg2LJwpczI4PTrdJin7aSVTcCFfOGG0fFJyCqoWdNJ3gSab7/33f+p/cGjcRvBi9AnTdEOW5oZ0GeLo4waev83yYFmkl9O5ScjCKCI0FSrekDW5NTzkE3e24puAq5vaHWL9FJrPClSA1hsHmyHX1/lX2pTrrkQwRB+gKpH/j8olUDaQQJtx7G0s/8CTgMDU4nEhYlkCtRYd+go3GBQkNx1Co0ekbuITviI7KGdTghTa4UQVfzxqSNZm1u46Z6pRhxsRpAcQwOo1u2Q9d6yqfq79Q9RBpTK/MdmwLWaCUSnOhrAps/WXKfNXFK9iFk3DSBYeJ1PMIg1n1/QYBDbd/DWAGof7a0BfM8HPztv7/5Dy7S8aQrko92gpifK25luto1YtHmRDt10S2ZbS7JoxYfoyWtTTPQU4wIrRcvD3caszannIet7snSvCQ1gCw3rm/d+nBEJ7Kq/O0UxIoFJ49wemFlEx8wq0j46u5p1uo8GsFSKFs/kzjZNoWMdlKEBdNH04te+d7zvU8p3//XvG3ITNJwAYicePTE1bXSm0jsfsokxPbDCHWSeFQSvAyfUGiodpM2jeVnVQ9G5nmK5dlb9nWp+KpIEivIhdjWfagnsUEyyaC41y8tV+Xau65bN9iy3+CFQARjRU3Q001k1b0fy66/83iAzsBKtpk2iqqdX6WYz/FKrTdIvTXh1yvJscJJBO0HTZr1MwWCv3esaCGLu3C8QxDykVzCIbR2aINVe/JxqRDc33gSswlFZNPsaVXyR2MXnrofs5DCo2RR2T0wjd7rJluaVSMwkePqnAs6RlAvBk7TNofizx+9q3xSRz82L/FmInxL699ahS5sRbURydBOwTfC03q9vwo5t7tOr968iTbMqIoGjwGi2q+NxFigTMskpSE6N4zQG/UMLfa1QjBDX1lML6FMDWF9urwzis86yyjsK2GV767kWX9g+aFcCWFDVo7ROshC0eCd0DK0w2tgrKuhmWNVbk6coqo3zCTIntHtSy2duo8hjW5ZrgtVO/iRBFUsVt9Dz6msD6/nsNOnuWhJGEMgMJDp8fZvqRtOS0Eeb+OqoFa2eMcikpiExcQSSkyMQicahq3cQhhatgo7uPn6mKr2xVE//OhctYAny57ZfTx9Bl+N7RQLb9lP0O/oa1YsNJ4CJZOoo44IYHMqiZ7OSMYPc2Umfqa1zrJdrrJZc2daF/Cn6civ5U1SzxqtB/DQW6H1DtuuDOINOr5JfRQRQDWUCZtTv6tT/dGp1torIBahChG+0pgQNAhPjR2B67KDQ1Hb3D8HcpUdBvLO79jddA58DtUlOoDjSF8A1KNcl0MPpv2fV7LlX/HDTAoLtYF4pa3BVb6N6rOEEcHxicr15oRSr1x5+VWy+e3byZ+Fjur+ekxwKgmchiWBoBl3In6KaQSGKblQ22pgXWKnE/Fvj+74mm2Ef5DPTUMgkoJBNQyGnTWo+J/w0VRRyEmSap76NCB/NDjTXdwq/zGhnn/DXbJ4Oqy00H8B8Yy5qg+4zpiANudGqW4aylW64Jjglr7OjYgaToweExq+jqw8G5y2FTtT4GdsFIewoPzS5m9TkbS6jfZJcEWb/guU2iAmrFfnGk8zVZG83RDt6xXx7QC3fBOxC2qwRxEUm4OJDumSeCR4IgguqMSIoCw0lgO98/6djr27budqWwduae081tYCG2VfRyZzgbbqWTydt9vUW8qfoWj9VDw6R64jeqZIYmuZf46IZbfRzUqwXU5mBbz0ke+lpyCXGtCk5IYhfNaLUiBSRQIp2D0CsZ5aYoh0Nu+/9uqCS1fLHIkHOcnQfo/Ibzu82030Aa+nHwXdwcOSRpE2NEPEbQW3fbJi3/GiIUTGBkv1dgFxqEvJC5o5BPjWFZC9Vlc5XojExAI91D6LsHUS5O6jluJ1pz4+nGbg4CtgvFUxxFLC1qSPQAyqLArbMBrhJaoMGawDVlZlsNm65XXXFmmmCNS+OpqUjEmeQM9UerOtcrxFDzaSrSAKnWtZZfAMVnUyqDg2g1kZePCNboN0PsKRmq3lNVjSizE4dwekQZCcP48AzW5tDFjQhR1N6dK9YRgE98f650NE/DwXTbEGcZgJkGhiGyw3XjM9A851d0BtNzwXYqj9ghtzd+KxPjg7D9OhBYeadv+JYiMb9SRZp83Iob0nu5hKjNdPkkqVGDugloqiVjPfNw2kukkLKQxzGMtNEN5vqk0nWmQvQWOsRBSyXqi5t1WLbtupQ/bmbl93Jn0toYLxRXdjoYqVrinSqiiXK1iB++uVwaPhA1+zZtHieGkAw5sNrAPXzUSz+gM7zbiXg789OH4bM2H5B+lQ1mPCJkDkhGgdJ0a15rIQJQnaTWF7QtGA+hLKQTUF6ZI+YaKTa0T8fOmYtFtrB1oQexBSRprkmuC9YmzNjocggEEaVEfxJIW3fxOG9EO/s0TR+HZ2e+1DzeZHdIjO+HwnZeOBrLMy4aOaV70VVNc3IiixiYLyi8sJcrPoMQEnDSFPq8A5hMu4YXARxnERhhJlw3TwqcHibeeWHUwtobesVROIwObuF/nkHf+j1ZKFhKtmGEkD87atsJlV9oWKQL9nhiq6V0zV8NtOv1bzrsV5qBw0Nn31bSQJt6+XFUSypn1Wn9q+1fNpo1Jke2Y3Ebx/OZzzbKREtoXZepei1FE4JSCUmUTsYvkpLDEfCnd190NHdCx0oHCOAxDCbLDKP0kg1jedFU7SjBzpmL4VOJINKNECKiyYjOSIIRM2zZoZR6xst8OCtGC1+c6qN/TVk7h0b3gX5bBpmLVgJnT1aRS+3Z76QnhJyNzt50JeYKTS4jnVCPl+ANMpcihxOJ6fLIvkUaEJyt7O7B+KxOL6ycmLAXXRueP6pw6+LiczDHbOXoVVmHrSev7abKRg8fQChhA+gub3fugA+gPbV4BYpg7MNM3012gS8zNaD+lDG0NaJr7p9V9WWK5Z0LjJoQ7H4CJrrdf6m/1EtZl6pAVRMXmeakMFFQwjgqv1T6hkIUgHJIT++9JGdOPI84PnCoIopOTUCiclxnA5WTbOQy2ZwGoFpHClLRFHb1zM4B3p6+yGiZoUQsiKP55sc3oJCaTuSwCXQObS8pZyZtTQwrJlpDrQw0VH9FykQab1ycDMAiYnDMHFoL8qwuTC0eLVnJRYy7ZLczU2PuK4X2rt4D2RyeZS5o5CcOlC1c8ymk2KaMi2/EO/ogl6Uu11d3aQG1AL5bOc7LiZ6F3QiESRrTPO75ZSuBOKzlVtAhov51mudy2dR5pcSD7GG9iSAyVR6qU2XZjIxy/UzCZ6moQMzAthiKVbsVmO7hs+aO1CxZuxzav+sikfH9qr1JK3nB00L0vilDm2HLJoc3G5EetCzyFOmxo5Aarp6wqcU8ih4JkeGxUToHRjCaTZEaZSaM8kgCagUCtD06B4kgcugc84KLdK4yWGagOuFmUtyGH43WiUaQEZYkAVk7OAuyCGxGlqyFjq63LN35FMTKHe3IfEbdblmJHd7IZ3Jovw7CNnM/rqdfzaTgrFDmv81yaj+2fOhu6cPlFzSppmkyGMagKdHdqLMXSVMxKA0QNMRYhOvABBztlQEsOqz3xARwO4L3E7Ua891RUPfpmMTU4vNLjBvMMVgcXonGV/N7M6qxcRr0/7Z1gNY3AWNnallmoBNy29zm4DpYU4f3oHEaXcRERFkGgXQ9OQETA7vaIrzJe0gTXRug3MXQ3d3FwqhafM5wt9DJgoKHumahwJp1tL6yaMyoOUBzIOf2pZJDqPy+0yhTPrcEXVANp2AkX3bhVmVfP3ITcYJMrGmDm4Vpt6ia4VWj0K0EyZGDtV1sO0Fei9MHDmAExXbisOseUugIwo2MzFZZpIHNkNmdBd0zV8Hsd6hZrgU+g+wfYDbN2OJlxhWXdP1QXGUr9vh7do/1ZXclYoA9tZD1gsNJYDjE1MLwIVUGZRQtebgU3TLrt0EXEwCwUbcrNo/RbFr74pNwOZdIEgimOZkuTe5cW18ASu/DyiiN3ng1SJ/D5GbLtoNo4cPQCZV2ajTWmfZ63eUY5Ui8k0jVLJadPfNgsGhuQAZs040BZQkD2wRpuzuBUdBtKsfmhHCBKxyImhGre+zZtcAzowHIInmWdL8DcxdgibUuUW/TZR3QysFDbqdPn7kupItRHD7vZDPVZZhwV/ulh8NTud1ZP/rYv99sxdAX2+fNgCX65H8Tu9+HuID8wURbPo0MkURwN4mWutq1XfArrqb/FT3namq1zFcN2xYyoiGEkBUg89TnP1hI2mW3H02EggWkucwB4M9Shhs6+S2Hto/gzBa29tJoLv5t/GCTi2guRSJX2Zi2LZcvCTivTByeD9kkvtC7VOL7NX6X87rawI9haqROd06BTs21cmkqad/NgzMngNq2iyVmE9OwPTOp6BjaDl0zV0NTacOjMz0BL0M633eMNQqD2CbdqfbKVBev+nxQzBn8VqIo8nXKb/Ivzq5fxOafSftlwY1fjklDqPDu5FghQueM+WuKXuDKxlUS5RwOLlLbaRrzuDcRdAjLDFJY3124qDwZyQSGB9Y2PgL5XbVnETLldM5U8B4JpNxNQ2rJThgkVm3KAq46KRqk3stABodBDKkB7Obf4vVcaZmT147t1QwFpanevn5uRBI55Uz16tmHkKnNrLJTL/55Bgk9m0q1vp19sHYETI5BNP4acImIgROJGIXOnaOpfhyLmsZZcNv09LJhYKqF7EvLZjIOZqmvlnzoL+/Xwhc7Riq4WDds/g4iHT0NM31ME3AMwmszmy27tSizdVy3aYYJXpo/OBuSCenRPk2t7x+2fF9wuRrq4ZEOUBjPXDk4B7IZdIBr6N2LUnmOsmeKWcVx3eXM7aVr1cc6zSZq8ne0ld/HBUGE7ijWVTFJI7b69pL8stO7n9FI4IL1jeJT7ZHCTjrQses6x48Urv5RQgbLTwO6bE3Z5v2I4B/8Fef6Hvhla0dZm8o9oQwNsc9awuLCddxLaw+gGAjiJa2VvMuFGsBzfVQrD1sQh/A9JHXNdOD5aGmdAJplEmju7YG2gcJnkgkYhM+krwVawAVmynCKpCsyTH9RqEauYyAlQwWSvgyTY0dgumJIzBn4QqIqWlDw0Yj76nXn4TuhUfjqHRBhb1ZndeiCALROqBdqt/Vsjtb9fC1h64BZDJX/Ttn9MDrkM9mkPyth0jU8ZpEwpc88ApkJw/ZFlMevYnJSdQYbgty6VxJn1Xj59QAmjLZcbY2uetuedHcBaJknABN7pYmg7RuFEkw5Tacs2AZQMa0wmTR0pRPjkP3kuMh2tkoV5xicqd6rvbwFiya8RtQFWsMnXv10v55n6T4nmpQBzaOAGK/DNhzGth9AB3jFxftndMH0B6oa9UCFmkRLbsFxU+n5+4DqLhEBNe9/6QQmrA7HCsdfTj63CtSAPiB+oJIXyQSMfrdJHqmFlDOm4melcA+gMUEsFj7JzWNdBoklFQf3zkifYf37YCu3kGYPTTX8FOhvkjsexk60UysmYTreSHc+jYibnDyA4zUIcKfCUB7QtErgTCqCCI9w6+LPH9zlqwtCvYgK0ty74uQt7ik0HXIR7vh0L7XS6Z/0uRqRJd7YkkRGbTLXMU2GPc/ddXyaZW3Vpkr5W5EyFytjf8AnDSZw7u3wsCchdDT1YnawLTRF4ldz0IXDb5F7sBGXTOvL24JoItzADo38yaH7sHCwbV/4CWs248AIvqKekmxfzVTwMgLp1jMv+Agb2ZwiFugh+0gDi1gUZCIVQvo4gPorg2sHyiJc2LPCza/E9I6ZdQYjOz21/ppxC9qCCBTyEQMwie1gZKcyWuglOFrZxVK5lSwaP6k8FEhGiWyFNGXeRPB1PQ4HEhMwLwlq0HJmdHCZBIupKehG03CDc9fpWh+gGp0ZpS3YzQfNDnIvqbeCC+bDfK3eK2QqdZ9kO9xYt+LhjlUXINYB0xNJ9BC4e9mQ7KT5JtVlkoyaJe9kgDqV7jkYNvjl7vIXTnAtspe2nc0ag7A/QgsRQ0nUBs4d8FSUC2D7+T+l3Ewvkqk6WrkJVbDmHvBr2mQBNHFvn5uFUDUkick2kxDg9BAAqj2FOnPihmb0xLsfUU9Aj1sFNFtX15KvCIton2DovzV1b2XvdvgqGt6z3M259xIrBMmpqbQ9OAf5EECSGr8rKRPI4QRh8YPoBq/zEkeNcEUdQikgoX0qYZmkjLiewkkandwzzYtbUw8IoJgCNmpw6Bi//QsOUGUT2oUtFyAecqxAAxGjW6y4nRDjLIxfoj89lLC7KtE7AM3yumX3PeS3d+voxetLft8rS1uA26T9JmTVeNXlVvDRe6S/JcaQavMLehlK+X7geqYe2kEhTZwz3aYu3gVRPJJvS4daG5I+Qx0zVtXyjhUdbgH4rrlAIQS2jp/n3RnyTf3swjKPG0nMgUNQiPfTp0mZ1ccSjorKytWDXoHgRSzNms1EJt/IHj5Edq2dIkELt6yXuKXTJ6J3c/bkiWTEDo0vFcILi9Ikmc18dKDLh94U+sHUGv7qXMErGn8rAIpb2gFtfNTBBH0MnWNH94H6d4BmD17yAiCoWz207uRBC49oWEpCzQHfdbOVAdMcLyepQLfY1XB1OgwpNGyMGfpUUXkj3z9UvtfsT3PlFnhIBIhPxO8c8BtEr6og/iJFjW/VzRtHxiDbI0IavLWHGwXsA2dn4rL3MtZ0naH9m7XTMIdUYMUZ0b3inrHXQuPsmXTqCVKa9jcWjs0fIGy0funkHGbL3VulqWT0CA0kgB2WLtCdUYCO4ILlFI+d26pYPyauZFHKI4o9igCAvX2/6Po1wSSGmsNX/L3G8YH0S/liPYwa+dpFUDacqsAsv6u+kAKPs0EIU2/EYMIklAigRSLRQ0h5YbU9AQcymZg3oJFhmaUzONElnuWnaTV2KwzlEg55eCY6DDCPUAN9QGcIbdrCgeMRABFtC9p7C2/iywKqf2bbP1M/n6H92zzuyxCvkrSZQ623Yhf/TtTKgLI7YneDTTYjkQKgvBJQkiIxWL6MvdzI5NwbmAIBvp6RY5W0V8TB8RvIb/AUiSwer/YqeHzrN/hfkzVb68lyZtHK79cMTZjNbHnttQARtwIVbEJV3aYXUvoNM+60jGPNDHgZwb2IHnFJeE8j1p1qLkUJPY8byN/QOQPhZCXlok0UJoQMkefGumL6r4okaZKn6cJzYiNCCqKKZCk0NRGpcWPWw6J38H9e2DeomWg6qliyFE7sfcF1ASeVDSqr/3vkbkAmdS1NJr48hlBIHyLlY0cWg3GDuyE2QtXQizeaV+XGLWTP+zvLMRFRRAvSPmqNTeJn/eAu5H3j/irW4gU3doS0Qffed0KExW+8fTd7UZLTBwR7WcNDuJ7Sns/UYQwpYfpnL+uDr9CDbg6QKoWn+AQtbghQJA8gi5rHOvGvvfvn2rLSiCWjMpQHGTh1qM2NZyzzpvdEbDIf89iBnbuqsgU7EEYvTWBAMV0tEq3dz4nsrBbc/wJ84MI9nA/jlUIWTV+UggV3cdNBumPqAkkjfSZ2kA5Ki0mvuS8fXDfTpi/eKXhpEyO2+S707NkQ10TRmupYFooFyCTiJaD0DA1gQm4VW8dGjyP7N8uql909NiTUhTQgiB8/vT+pb5OFaIwdnCn19WwWFvMAbeUuc0vd6WbUEQffEcMjSCduqJEPQffqakxGMV1s4fmGBHCmbG9wvLSMWdl/e6gIu2f21G8U7gE3XfJ9T715lzcAEehgWgkASzu/6Lkez5aQAiaCxBcSJ7TH9ARQeyp5bOcg2sES7V7SNUjrBLmMtT8EflzexCl6UETNlrUmSmEolVyMLameHH+7uApC0pDMc5Z01bmDYFEv4fW07yzGyjr/sF9ryMJXGFoAilpKSVs7arLiFReC10DyMRqxqDpLqWeCJpvsfIwcWiP0Pr1zp5vv85IYpwBHxmgqh7u5I9kFLmpmJG99gF3NeSuPcWL9W4sztta0S2lKIb5WrO4KIYVhszjXoPvVGISRrH97FmzDHMw5ailBP2xeqSI8U3U7LOB6u7/50cOndlhguv/XJngYWggGkcAVci59o+PpRZ8YkPcD+GhTwxgQva29DpIIEDNrMCpQ9tE9JnxcHb06mZfd/JH2jGrECKhZCWEZV0mPW2APYWAauSaKj4POQJWiiLeyhFOmhlFsQgkENpAzYwNro7KRAIPH9ir+QTqmlMakUY6e6FjcDHUA0qLloNjMtE6aM5awK1xB1EqKZrmLT/aft7Yn2LQbQm0E5U9PHz+7OTPHHA7rS1h+9CZJsteOcnZx/Zk/WaEsZnVISyskclEAslVTQ6+NbnrQgKnJ2Ai1gEDvV0GeU4Nb4aeeDdEuvrqcMt5af9Km39L7DjUtt7JqF33cQgaiMYlgqZBlV8OFiPfnl9FkOJk0I6GjptA8ff/sy33ygUI4OaTWG1kJ4dFgXHjgcSHaBjNm26jL0n+5AhQE0CxsoWQNQhDatmWLV8O69cfBcuXr4BFixfD3DlzYRBHe7T/7q5uSCQTkM1mYWRkBI4cPgx79uyGXbt2wmtbXoWDBw/aHKGlD2JQ2EeltEQTRprARQ1frtjUms2k4MiRQzA0NGTk7UoffA2inX0ojAag1ojoUcBMqGYimuSqGkEgfJeFQQEHjeMHd8GsBSuKqnyQpYDcRgzgoPugR0UlIlhSLpkm35glACTcPWVG4+p+z7ifdWvXweo1a4XcXbhwEcyePRsGBjW5S8QznUpDKp2Cw4cOweEjh2H3rl2wc+frsOXVzTA1Neka9Bf89rLLXW3wnRf7I7iRwOnxw6hVXYSkT7s3aRBMhLpn+UZRH7luj6IaysBbVK7U5cPjwKq/+deY8zzRg9BANNIEnDI7yZm3xedquyfnM7vZmtC5eGsbefQ1Awe892qh/Ctkkzhy2mI+iPjgHD48jJqtrMtDapI/TSDFDM1fGJIlc0Pl8znxkPf09MJ5558NZ511Dpx08imiDq+9zJD81Ob79PWLFi0xlsv9EiF85tmn4YnHH4Xnnn0GUqmsbaQcFBqZ1X6r8EkWRJAEoTsJTCemYLKjG/q744bWkqqn9C4/FXcW/LjlQNHzabUumFQ0O5rFB7DVMHl4L3T2DIjJitzUYciOmwmdFTRfHtiz3bPv7eRPk7thXW1IJmk+zprcnb9gAZxzznlwJsrdY489DuIdHZoywiFvDRk7qO1j6dJlxv40F52CIINPPfUEyt3HYPPmV4z3QxjFgPk7xTexrBQJpDrC8cWrIKZqr3iywqQPboGuRcdW90K6kC010AaqR04/NdC2nqcQ4AxczvkANBCNTASd8Cz+5gzY8FcU+va2piEEV81f6Uhiq6bPPRdg9V+TGkkx/E/weIl0DjJJt0hx7YG2k79wI1CZCyqX0wTQCSeeBNdcex2cjUIoHouDtaSQG/FzFUoAFjMxwGzUwl188aVimp6eggd/8wDcccevUEDt1M83FpgIFgsuIoGaGYZ+gxNTYwehq3c1xPK6MMoguT70GnQtcJh+qgyOAmbUGgpEuBRcSGRwUChMvyuOsS0nv7/U8Ktm36JMGjk0bPMDNNZZzL7lkj+N+OWEzKJtLrjwYrjqqmtgwwkngkxHJohfwVpOE8BLxrqtX7psGSxZuhSuu/4GGB4+APfdew/cdecdMDExbrwrghJBzaXIjGDWSGDEmHeCSnYuWr7WCMajXIrRngMQH1hYg6vqIH+O+ruqT64+t12pPgtUv23BJ9ezd8v90EA0UgM4ae0KxZfNuYdw2L77pncpwRS9fAsDEExdJFStUzIju20miEK0B8b3u5sgNCEEZZM/enA14peDs88+F373998B69attwiSgk3jl0QzL5kXdu3cieaGQzA2OiYInUws2tvbC4Nonpg/fz4Kn+ViVCqJnRRK3d09cNnlV8Cll70Bnn/uWbjxJz+E117bguceDyyQnG20XWsJTF2F0V6HMBo/ALG+uRDrnQO1QutrABlNj6b0AWxioKAYP7wH+ucuRhliz/dHFhfKuCCRSOchnXTLz6tYLC7hyZ/U+JHcJVeY665/M/zWW98Oc+fO1YtqqEKrayVz42NjsOP1HcKthqwpk5MTkEhoAW7xeFzIXUqEv2DBQuGqQ6Zi6/FomjdvPh7nt+H6N70FHrj/XvjpTT+BkZEjutwNZi2SFhhJqCQJlNYjxy+FQwd2w7z5C430MOlDW5EEzhaVq6p4UWu0B7Vqe1WLzMO2fe+BBqKRBHDc2V1eJLBkBG+JCh/WPfmZiE2Nnxfh9DJBV2cUTmXeMiOvG98VNF8e2u1ugjB9MzTfE9PsG0wIkQAinz3y6/vzv3wfHHPMsUZ0rxxNEoF58cUX4LFHHxZkbdu2raGSG3eg+WLt2nWoVTwZTjv9DFi1arVxfJpI20gj3ieffBz+97vfRuF2BAWaphEs9TucaRXyebW0MJq3wIxQO7gVYitm1cwUrGkAs8Bg1ApKkETQrCA0kJgYEZ89/UO25bmpQyJTgNFlcRx0H/AedBOk/18Y8kdyKZfLCtl74UWXwHve+ydisCxkraoapl4aaD/91JPw2GOPoPx9Hvbt3Rvqd/b19cHRKM9PPnmjkLtz584DOYinc774kkvhvPMuEFaYm278MaTTGUPuloL0PRT9pL8jaJ9WbaTRr5kUTE4loK87rmsz84IEdi86rgpX0ysyt3QEruq7K7/8fy4bevr/BUZDCWBDU1KecPHvkEqmx3oWiv2LcYpiuWJZoVjaymAN4yG0lNfxW1dqW+Nw1rNSatZzyb0vGoKIBMr4VBKmJ0aK2sn0Lpp/hqn5C6I9oweWiB+N/EgAXfvG63XhZRK/Awf2wy2//AX8+p474ciRI1X7fYuXLBFm4EsuvRyFVD9YU8pkMmn46Y0/gdtu+6UuWOMBf0/BMKXIPFU075a9fvaCZdAVMbVyHbOXQee81VALJMYPo9l+GmYtXAGMGqNNSU42k4TR/dth/orjgFHiFkGt2sGdL8OsBSuhs7vfXF7IQWLnk0aSfSXWAcP797r6W2tkL2LR/AW1uKjCR5nIH5GxD/z138ApG0+1aPw0Obhp00tw6y03CxeZVCpZld9N53bMscfBJZdcJtx66JytZmPSAn77m9+AZ599WmgTSe4G+T3k+2eXuyB+nxv/Wrh8HSjZaeN79+Lj0foyVL1ra7/QtjVqUc4Wi/+fw5/dtl72kZXkObZVHQTQRoCt29tOsqiD5r9w7w8bFgncaAK4Cz+WWc9EKfpiWWIhaU4CKG92ud4kgPp367wbAbS1BXtUsaI4Oqv6JDA3fQQJ4EvG9wKOQoddos/oN9JoTSYepQdaM52WPhkSQtlsRkSVffRj/wBLliwDK/EjIfmfX/93uPkXP3M1pVYLnZ2d8I53vlsQQXteQRU2v/IKfO0/vgrj42P4OzuMhNZ+0EbWwYTR4hXrDFMw9WXPitMggprWaiOJxD01PQazF1WJYLImh+EAVbE4suc1WLBqwwz8ddW94afHDkEqMQFzFq+xLU8f3gGZ0d3G92ROgbFDxRo3t0G39AP0/RVCFuWE3L3wwovhff/vgyLAzkr8UqkUfPTvPgQvPP9cTXuUzMR/8+G/E/LfJndx+vWv74bvf++7YuBMRLDU+0Rq/6Tclelq3PywYyjH5y9YZFhfKKNFz4pTq5Mf0XlStq/2SF3VlvvPQvwspE+1EUPVJHKq6YsJtrbO9eY+befgRjzxtnzloZ/XMD9OaTTSBEwg5rvMeUHd8u8Firj1rdoRxERs3dYrIbVlD9UKAyYNGAoiCRqFHt7nnnTUNEGYOafCCKGLcSRII1B6yKWPH/nx0X6ImJ2EZoOf/fRGqCWIpB173PGGf0tPb49uflBh/VFHw6f+8Z/gq1/5MmzdukWQQPmbvSDN4NIMoSUtjbpGBo8cHoahWQMiQENoHo/sgK6FVY5OA04EzQiK8m8QRYlwGpggPYx9NDU2jBaAlbbllOsvO26SPcqzOrb/NZd+BiP5vDXJcxC5S9aWPBKlP/7Tv4Abbvgt8dqXcvfQwWGYO2+ecJU5+uhjak4AO7s6YdnyFaI/yMqzYMECgwRedPElwkXnX/7lCzAxPiHeD36Db833nPrBzAtLBhvaxhkZnMP3DgUydutsQ2S5oCTRvfPMZ8BQlFk1ZqrtGhZ1rkd7K+ky2jgCZNy0eKbmz18raG5rb2M5A/cI5eJlO6DBqG0ujBJYsOr4N+GttNa8qyw3mKsW0G4GLtby6XdmSBOxeRh/M7B9iePhD0MEHfdydvKgLf1ACgdRiUk302/USKwsNX9Bomcl+fv9P3gX/Omf/6XuK6edyKOPPgIf+fBfi5xRRP6WoJn21c2bYd++cH4nYXD1NW8U6WXo+P/6lS8JjePadetFAAkt6+johLPOPgeGDxwQuQS1ZKb+mkC5Xgo06R9V5JeSTUP3rPkQKeR0YZQQwSDVdUzWytJlkpPQM1C7QJPWAROUmvQq3tuJsYPQN1SLyMoWuHt8/b1MYpKYOIxkLysqfqh6ZC2RMNL+FdJadgWSF0eOHMbnNl20N2kW1fzfgkbPqoL8UbtPfPIfNWuHxbf6xz/6AXzqkx+HNWvWCdeYo5AA3n3XHZBMVsf064Y/+/P3iWOlUeP4kQ9/AE3OL8NxOBCngT+d2OCsQTjrzLPhhReeExaYIEmk5Xopd0lzWHDJfkCVQvpmzQFFL49J1a0KsV4ooBm5QBrEvNuUNybyH7RPBX3S51XrpBoDfFOLV3DVwhl/LeROrdyvL+g9/NjIvm0/ggaiwQRwA9kAT4Qivz8vAgi+ZuBiEhfAROy1rePYtv04T7bCW0MUHNcJiRLvgkMu2j8t9YBm+iWNWFD/E0n+/gRHoG99228bNzct//rX/k1MKRQ6W7e+Bpe/4Qro6uqGdevXw+2/ujVUwEdQzJo1C96PZhA6/1c3vwI/+tH3RVTbbx64D4/dheaJdeL8SPiccsqpMIaCaPv2rUX1NP2FkWqQQDdfwHRyWvNBlKM2JGvx/vkVX0crSKhRuoneQSaAjLB3j3OFR5wiPp+k2eqdtUC/582XnmpUj0DTnHwx2l6cesJhvbxioZAzv+e1zADayzlrvJDzaMIj3zhtymifWQpqyOjfccIBVj6bERMNtnKZtPaJ5mr5nZK054wpCbm0Np8VU1Kb0jQlxGdOn7KphL4sYawTn47lGWNbbRo78Dp0dPeJ36Ztg1NyAgoTpv99TonDxGhxTl5paZHyN9igWzX8rD/zT1+Ak08+xZC7o6Oj8A8f/1shX8kSQlkVrrzqGrHfgYFBHJA/XJP766STToa3vPVt4jxuvfVmEWRyYP9+eOjBB2DFypWoiZwvzq8DyeDpZ5wlyOHIkSMlk0fLyk/i1+n3nyZ3i98dqoJWpnhM3rwiUwLEe+rzdJXK3+K3bcCl7ofwjSa5FQngXdBANJoAkhrobP1WcnwUEy/zhtMbBvYDdGoQS/sBmrv0I4DF38LCmXw0lS0I4uCELPMmHZCDBH2QEM9kMvDu9/wR3PDmt4Ic3dDD+W9f/bII9DDb5iGdTsNpp52OgmgAzcLTsPmVTVW/5u9813tgzdq1QlD8x398VaQ1INA5vfDC84KYrVq1BqRK/oQTTkRTyUEUlDtLkkBZusiu6i82H9CLrntwHkRUXQuYS0K8b54oXl4t0As1OTmGL+c61MFsIVSqzfEiOgbJUe0kRw1CcpDYmFqIrIXoZAzCQ2Ysg+TkHCTHIDop47sXyckVkRyNrJgkJ+kgOZYpZSU5tE0CJkf2Q7yzB/eXMPeXsu7bJFA52zk5JytZS+tEzvydxmT0gUkGC9YpX0Kb46nJcUzWa2zV5BRN/vdbNj0tcv/1iXq/FlmdQLmTTRpyfQS1f4V81lPuhqnykc1quf0+/Zl/hg0bTjTuX5KvH/zr98ErFrk6Ojoi0mWtWLESVq5cBc88/aTQRFYTUfwNf/3BjwjZSu4+//avXxYElUDn9OgjDwuSOogElKQuEddTTz1NmKRJE6hVbipFAsH4nV7WF7oX+wbnGlpAVAOC0j0bynuH+hAzNcwWfrIn4DmUryX8XySAT0MD0WgfwIP2zlQsH9ZiayGc7Vz9AKUPn8UP0OHW559p0HKjKG5JYsqHtdwbaf8oqq/4AYsY6vigdSaJ0BH5e9MNWp4p6SukjcwUQcReeeVl2LHdPN6dd/xK5IlauHAhvP3tvyMSh46NjVbtYhPxO/e884VW7vnnnhEaQCuo4gg5SksVvszu8453vVskL33llVcMEuwFMkGQb0okotXRpHnNJ8V+nY4M74YF8xdoiV6pLuHYHuiav74qv1McSfhn5X2dlB1buJcjMmbVcNFu+qxtK9WRm8opLVXVniyhpF9O8fa2/dtW+2xnXV+UdDWsNG8/EFmipNCMYiSnxqCrj1xLrMIen8uUOcjO4WuQSLUT0u/PWuM3iMWFAtA+9vFPisGrNZcq+dX9vw98CP5WuNyYif3/73//R0Toklx77x//GXwISWI1E3y/4Q1XwqJFi8Q+adBPg3sr3nTDW0T+QCMVDf4jS9D78Vw/8+lPCAsN+WL7/XZZco7kLr17qK/ctIC0L6oVLEB5F9MTAJ3VLs2plt/SJVG0GnKf/sewfXsVGoxGawDJ3ne9ucRDCxgkHYxLtG9wP0DL0awaRvDWAjqWloV8ahIyI6a5N5VTUWC5af+iRt6pIKNQEjqZTBZOPuUU+OCHPmKMyMbGxsTo71TU8lFCZio59OQTj+MoTzsmPbCTk+PCP49GvlT+jcoIOUGCrKenR4woSVvY3z8gItvId49GiwXd/8IKOof3vf+DojYvEcB//+q/iNGlBI2U//Kv/h+OVqMiMOT//u+7Ikeg0Orhvw0nngTPPPOkEJz+v9/uk6KNSKHIFEzaiO7+IXxtaqNRigwudAyg9iMbwmRVrMnJWsxVU6PDEO/oDm2yMtp6aXJ8tTlpmzYnX1Kbk/XQ5lTil+PU5BSCaXKY1IWEInLb9fTPDlX2sblRvZuA7r9p3UfSJi9SOKjVMwGQuCBTpzPtiyyxKat+aHI3An5Sn4gPudv83u+/E666+lqD+JEl5ZZbboYT0QxLkbgbTjgJHvzN/YYWbnJyEubMmYMD5HUoH+fA8PAw7Nixveh8KFiEkj6TXCaZS58kx2m5NLs65e7g4CC8731/LX7LKA7myeXHmuGBqoS88bobxDO4Zcur8NBDvxGBeLSfTpTn648+GjWEDxmBdZ53ol4vWGaTkL/dKXczRVpA1JZ2zarenaNW0lANcFuW2s6TQbrh71ADOAUNRKMJ4GL8+F3HreT4sJt45c1mNKq2H6DDDGxuGpTuyfB+F5NVwfxOJqvM6C4opPWUJJEYHB7eW/QAS+JnLTbur/1ThQmCHvx/+tyXhIOvlmogKUaeTz31JOzZvQvOOfc84XNHFUCI5NHIjEA+KWeedbYIyCCTBPmKjIyMCLK3aNFiNFWsECaL+ag9I2E1a9Zs0ZY+SYjRcspET0SPCKFMOE2JRy+9/ArRN48/9gjcffedxhlTnqq/ev8HhJBKJVPwxS/8M7z04gsiUk3kywJNGK9fdxQ8jAKK+shfGOk9ofe1l08KjdR7urssPYftlHh4k5XqZrIqQHLiiCCZYUxWjJmC+lzo5OSo0HApEQUYdqQTE+KZ6+odtF+Z6QM0AhTzhUgHjI8Up2EzS71FDQLoR7LloPukk09GWfbX+jIVdqOs/fDffABNu08J8kbBHnPmzBXBFw8++ICRNmX7tm1w5ZVXQwTlGiXnv+vO24XMIrlKgXnLl6+ExYuXiIoeRCLJl5rk7uzZs8X+qAoITbSMZCMRUSJ6FPi3dt06IXp+/KPvi6pLEkRS3/zmtwqNHyWb/tIX/xlefOF5PM8+ERFM5z/QPygG+c89+2wAP2zFJgOp/9xqBcdwUByP6vcrEcCOfnzRVcsY6WJZUINr8QJVFFZ9jqr6nY3t2/jWp+76GDQYDSWAc5cdNYgv1T9S3bQJeW1y10Jk9UlzUrY7Jmd0TYbVKdnUgNicki1ak7xNw2OfNC2Puy+OXZPj4bvjqs1BjdP4HuNuyqoR16TP2ig0ogui0to/LddfFj7+958UQkOOwj7/z5+BZ599RrShyNrJiUlBrrq6uwXhe/yxRw2zBPmgEGEjrFmzFvbv34/CZ7HIMB8kUaiWq7BDjFKp+sb8+fPgD975h0hGO/Ca5OHfUPsnj0WjTQoK6cD2JAzJN1EKKRmJTAKRnp0+HPESaX35pRdLCCM3LWAxCaT7wz4azVdtNEpITCIBHJhj92dtOTBjbWakpkahs28wcE3XdsL0+CEkfwMQi1si/HMpfDBNOTudTEO6qM66YvP9k1G//nI3K6wiFPTR3aUNKkmzRxkWDut+zs8885QYPC9fvkIQOUr9QgNaImpU/UMSxE7cngbwJMepHe03iPmZzpEG/EQOaSBOVZiuR/Mu4SBqFb/5zf/S65MDXI5mYRkUSH6In//8Z2FCtwRtevklWL16jUhRQ7Jz2bLlsHfvbvEe8PMHNLWAqq2ilLNcodAC9pPZV5UbihQ85aJ0FRCf7VTVZUeeC4rXqUEO4ooXUfv339BgNFRqpBOT+3ESNRfpIZRTJiWnaXMiZ14bAXNEiWWS7uYw6aSd1Z23c9L8ZXdeFo7fkmBKZ3E5CU2Qm8bHzbQF7lPRj58iu6TxdXJ8xOOBUgy/t1JCiM6HBNGll10uzA1C04jk7+Zf/FSMNq245ZZfwE03/kj8LtLkffof/1kIGwKZhYmE0W9aiSNBcgguF3S6VPaIyCBpQB9BcwJp9ghELt+Ho2UyYdB5fOfb/w0vv/ySbXvKjE8RacLJH7c//4KLRC4rIot+fjKaL6DZZ9oLsrjvEta0C/RyyKfB+yIGn4zrZKREaNWJ0dxQREQlww6RpBjfAfEue55dq+8flYGcdIn8lfnvNAJYWu5qpt8cvOe9fyw0cjIX6Vf+5Yuwd4/p403Lv/ylz4vgClp//IYT4G//7u+FSw3hpzfdKGr8UrsLLrxYlIkrF3TOV197HQhvXHoH3PwzfOdp2kaqxvS2t/+OliJnegq+8uUvCDO42XcF+OZ//xeMjY4a/thEFjs64q6Jnm13o66s0LSlimsuQXrH5lSL7ik9UXYghj/5c8vXZ9vKbU9Q3DwAESxqp/pp/wiboQnQ6GHjME7ZEpci+E0AVdqT6n1DVH4MHRmz0LgaiUNqeqKoiTRzmmSmtAMy+YS8+91/JIgfPbw7d+6Ab3/bfaDxv9/9jgj0oHY02vvUp/9JlCoi0y+ZaSWxJdIlhVRYkEmCav4SGc0iOX1tyxZhSqZjkJOxMFHjud50049dUyDQ8f/n298UjssF/UX39rf/rhDw/tVKikmzm5ZkYmQYwLo8PQnVgpaol1/OjBoiSD3gNkQWlQZkaix65jOmti9bUFyfTzlYDDbo1lJqHXvssXDxJZcbfniU04+0e0XnhVq9z37mk8LHj9rSQP1vPvxR4UNNpt4nn3hMnBMd9yIkauWCLCsL0SRM53L48CGYnpoW5PS88y+E3/m9P9DLb2bg3//tK7Bnz+6i7Skv7He/+20hmyk4pL9vAK6+5jq96kfe53a09ps1M4MdkxOW4EKy+OWS5Q1PxYw3+fO8blC8XWnzr+rkeP5b+PkNqo0PABH3eiMPjjZwupO2FXWSR0Sj+6oyhZ+qhnQDVUsQzTBTwShHJmRSzv2BksJHG1X5OyDLcmgU8UumUk37VxDBFtlMxqMLVPg3FABkmqD5+QsWwGc++3nh/7F71y7hl0LLe9A0ccaZZ5fVzeRrKCsWkH9JIjENJ51EwSl/i6aSbrH8nnvugjtuv81zHxQs8ouf32SMRimZKZmvS2kB7X0HrqNR6qe8xRNCzVTPJ5cJIKPWUNqQAAaRsFSHu6Or176cNPwFU4OVmJpw7U+r1UXLvuB9LjQIJcvRu3DQLdOgUK6/b/73f3puQ4NZSgJN6a1IPpAso9Kc5O/35BNPCLJG+1mFZliywIRFDAfrFMhX0P3Oyb2HzNhXXf1G+IN3vEt0RiFfgG+hSfjVV70VUWQKfkIQUlUMvs8+51xhLdK0gP5y1+qi4zbwpuhs0sAaILkb6jWqGlU73O8Q61wA7V8RsVN9CGHpQBC11A0MKhNAHS96X7ggHe/WTHXnh+VE//jcJ2WD8k9ZiMH05HhRUKR8aMyHSQatuD8RJIQokeg1qPaXmrv77vt1kUnVCTILfP5zn4Vt27aKbYbmzIG3onmANIkUqSZHtCSktEodwUGmWkoyKrLup9Pw7DNPCwfmq665VpQlIgFFQSbknFwKDz/0IJLSnbpQK8CVV16jkbd8DrzNsGAR4oqRtNTZ1xR4YsDxkqgE4uVcYO3MTEbDDfQiVZLa0k4GVXVK0BuRexDlR7SzQsvgLkI+16OecleTt1arS/GZkFwk+UNZFY5CjZu0uvzf/35H+P/5gUyuRAInJ6eEHCONHVVIIhcesoRI9yJKixXWv3MjymryG6R97D+wH15/fYdwt7ngwovEeiJzP/7xD+CpJ58oua+f/+xGUTlEVPlAeXbFlVcJP3MztZa7+4upOTXTdjn7Olew/C5xbaromuLzrg6l/bMQCdXFR9BTD+UbFSL+MAHU8aT3VbLNeGXTNm6ukurbEjeMrZ1XrrIqkECr9o+in9xSv9gJoOJrhpBFuK+59o3CVEukjUwN3/u//wl0PqQhJH9AcgYWJBBHeaRJJM3bFhwhSpPE+RdcGPzGwvbn4IhRRj4//+yzwrn5aiJ/nV1i2f59e+H+++4NpMGgNr+8+ef6aFSF2UNDcMIJJwlh5Le5s//chOnU+BF7mrBsAqqCSP00gO1EAJqSjNT0QKrnpIBuxvRp01YTDYZzGS1TQLzD3pFZU+7m1air3HEOvP2tLnkhfyjJvoz837N7tzD/BgHJ25/d9BMRPUzbEwm84sqr9QTM42J/s9BsS/lRg4IidsnlpqArAZ5A7R9pES+8+BLtNkV5/MJzz8Erm14OtD86D1IkSLl7IlpvKEDFz/1Gmn5NC5b7+yuZtLwHKQl3IQuVQb/ObjwhqPZPX1bSrcyTizhyqRY1U7XbD+A1aAI0AwF8wLWDoQSDd59xaefjy6eq/kcrQQLLJoI5M/AgV1DA7bUiR09mHVzFU+aRICLH2yuEVkx78O+//15RSzcIKOKLBMONP/mRME/Q9nPmzoUb3vJWMUqk0Z40SVAEWxCQg/PgrFlitEmOzTQKvRpNEBR1TILtCI6ASVCSwKIosyCgDPq7dr5umILJnyUvU7V49I00A8sUDtqI3t7fFCSkKhYfRySA1Xhva+a5Qu2JSJ1JB0/uxKMONLMYMvkaw5Sp6SRq/7odYptUTmad31QqBW6aK7v515pNoHgi2bN69Wo49tjjDLlLvsz+vskayCS7du162L9/nwh0o21o+6OPOVb4/lF1joJe5eb0M86E7p5gJdPOOvtcvdZ7Qbjx0HEuvuRSfaCgiuA+MusuWbJMWGOCgAggWXBkNgVy6xEBkwU1gNy1Drzt/a0NvC3EMFtJHWTV5aOY/JXU/jn4gbGwLO2fc5mhqd+57em7U9AEaDwBRCsg/j3s0lvgmr/HzQvT0clF7ZzavZLVBUpF8Mg7vZz3akEzM+pIZ4rvA1MQQUntH4GEx+lnnCHStEiT7c0//2mg7qecfVIQUNTXz396I45ItYedotDIbKBFBGv7JdJVyiTRjSRP5O/TtX9bcfvL3nAFCrFusWwKzSN33v4r4YSsncPiwOZl62h0+fLlMG/evJICVwuiUXxH9Vlrvioi6FUgBZoJuNCi5IPRCpAvdobl8c2mUPvX6ViYtL0TEq5WFzNXrJfWSkIz/+bhkksvN6J+SaP3AA68g4CC4CgAjkDy8df33GXI2GOPO15UYxoZOSLkJVl1zjr7nJL7FCXlyOWmoPn+URqtSy67XEuBRdrJPbuFW4/2G7VziAstqT+mp6a04BSLOxChdDCIYulT92hgVYnZr1FoWOSVG/krta3qtj/3o0AQ7Z8bK7SQPx1NYf4V93yjT2Dr03dRvaxfenW5F8120wKWVNu6XjP38ld2U7DLPoz2IScahVoEUSpRHHQQRhCR4CFBdIEsoSYyum8WGrdSIAG0ZMlS2zJK0XLrLb/UNWsqLFhICUYXGKNRMklo9S29cdrpZ2imaF1Ikgmit6dXnFsqnYI777hdBIOYwgJELcwgvi5kHpFaSimMpIbSC3I0KomfWzR1Jm1qBwBNSNVIrcFBIIyag6OAi0Aa/VgRAbQMtNFaQqnFnLCaf63aKzdI8nPe+ReYPtf3/tqo7uEHGnCTm40VJNcee/RRgwQed9wGiOJ5SlPu0UcfC/N80sLQuRJJlAEbiWQCTjrpZCNIiHIR3nvP3bZcqCSjaRAdBI89amaFoKIAa9asc03y7DwnU6OqWbSKrpXVRzpXrJUNNFC1WH6LFUYAYbV/9nZBtX8e1sRi8kdgAujo0O+D6s3Gi+SbqhZfPJcL7h4MorpqFb14f2kSGBJ5C9FAIZOannR5cMIIooJ4kE888WTT/HtfsFEokT+3ihqv79hujkgLqtAsmpVMCnDq6aeLWpFuoDQy69cfbVbhwH+kESShRGXW7rnrTtf6wpTgmZKXlgL5OlIdYa2aiirML5oJ2E8Y2Ym0qz9KYsL7OpULfjkzagyl5iZgteWmPFowNA2gZbnleS54vPZM+RAJYHUpiKTNRIak1eX+ANo/2i9p6txAJddefuklQ7b19fcZMph+w7l6cn43EGEklxtpdaHBPVUVofmJiQm4+87bXcnp0NBcId9LgSqaHBg+YGgBjz1Oyt1SA2/TjO468M5Y5Gw+U7axwo98mbMO62FVtX9em7sqjpoiByChWvVXKhUx9+GtsQXn1qNO2DFQEN5Utr/W5fZZImzFdReMba37Fgut+7PeGNZz0Pcpr6PrNiGQN1OyqEoU3G4QpwbQD/QQUjCEDP4Qjr8u9XudoEAMKiHkBUoBQLmpzjjzLJ0gq7ai5uQHQkEcFIxB1UHSqNk7gqNMMl8I2lwAfRvtQSMC+MD998HwsLdfIpmjDx4cdi3bZsVLL70Ip59+ptj/PCSNZD4mP8NIJOoriGRX0kjfaTamtBGgzDU1f3SdYt1QCYQGsDCTNYBMbhsPkmwyIpNvI0FKQBWl22z7tcjdnEvaLdPnOpj5l46zceNpxqCb5Nbrjvq9biDNHw2IvfBr1NLR+uUrVugcRZe7+IcsMZrFIy98p0mOkTWEXHdO3rjRLEignyNtk0yl4C60uCST7uZV+plUYo7qAJcCVWCai5Ym2u9RRx0DNxd+VqJGsLUvVdc+JQtYb8eg7Fi8gHidIqXN0u63jjv589+2lto/1f0cmyQHIKEpCOC2p+9W12y87Cs4+7UiombtV8UyY/uwkzLNCVU2UKE4kZMLUaSHx6gH7EECjcMbbDD8j7U4IucLxaHl5qnaSYu3ICrAMcceazz8NFI7dOhgydMg/75S5PKpJx+H3t4eJHUbtD4w/B5VWLN2rUgtYCWGxnrV3pbmH0cTAtUZ9gNVBCHzCJWi871ftr4mRrMkeGj/5PdCI2c/ODWAbgNXIuSKJIBkBu6s7M0kg0CYKPmAu6YK95jK/aiDKjxFoi6vNQsBzGQzRc+/GRwWCSl3C2JfVOs3CIjE+T4OuL/bf3UbXP+mG8Tg1jn4ppQzVrlqnbdWpKLmJCPvuftO1ACO+x6TBtCkMUyn/a0emzdvEkUBaP+DswZF2jEill4E0JkI2k3uphJoAZs9aN6/eJ3UEARQ7zWXrw5K5qf9czfTWvbsFyDifgquCkPzuGwCdsF3cNpjdLhLsIevKdjK2oufKvNCWlm7c5Tg6Q9o3iDGJraZEJMl1F3TQhVHolkfHj+SqQkiLX2A1P4FCe+n/Tp9ULzwmwfuhx3btxqmBVmSTQZiSFOv+3rtnF58/nkUHq8EOh6ZkEuBBNvuPbsMszRFJkvfGe/fbDf9uuVUtKXso+tUoTXK8AFsPSta/aY2QE27rw3zAPpNVCM+Go3bl1NeT4tsyGXSJeSu7Fh3SK0XZU+QvtGUoaAUyM2lt7e0uZVyAd566y+Fq0xQGSszI0i5TO+WB+67Fw4fOhTofeBnDZKgqGI6N5lgetny5YFcb7RPMDSB1klYSBQLgaR0MJUIkYDkz9V9zNa2hPbPdZnq09bY3/i2Z+7ZD02CpiGAelj039u60ZMEFi+3z6o+eQH9b5hSJBCgMv4Hlsgpt7qKJkkxHxwvyHrElEZFComtW7eU7GsyMcgItFLQyhrdKcoJhSV+NJFZhCqNBEV/f7+PScEE5duS50G+g5IA+wkjUyDJ73bkreZan2TQwV/OWhQwv5iZ49YO1fAznTm9TZGlmgbQsly1P8vZTMq3P0tZRkjuUTnLqO5jRySQrBKlQJq2UvuWSKFm7bZbbtYyMoQgfnI9BW24lXjzApWJKwUaeB/Yv98YbC9YsDCQ3JU/2eu3q1YaUiidQsf3FvYlf5bl9kZQufZP9V5v5xGlX9B1RDNpAKmjvot/HrV1pwcBc7XdOzm39cL4BYQEIYFq0Z0W/kUgtEEmychlM549EWQkSg8eJeXs7e01BNHu3aUfevIfCXVVKKlqLOZJ/HLZnKdQCkLmbDdkJCJ+TymQL6F0lqY6xvK8/GCVP26yKG8l5PjSqPSFXj0HfaZRPLlP2j1WqHA/MwcF1HwpjmwCioNUZNJJ92cVTJnrzdM0+UYBdLLyB6WzouwJpUCyOgxkMIoX8aOgOifxk+s7QtZup8pPQWS1kLsF7ThkrbH6HXrJXDvxK+5Ym+VFDVmFqejd7JxzNFZ9WpSj/XPhekVnYm/TNAEghKbwAZTY9vQ9hTUbL30P3iSUG7DL8O9z+OMV+Qha/fy0jawztnaan591H+6BI0U+gRa/Q/NAIe9VNW87TtYjB2Dxw+JxO+tVOwp6lBh1w8Hh0smfe3v7Q533uvVHCc2cNGdSj5H28o7bfyUSlk5PT4lgkIsuusTIVyV9URYtXiIEBWkQg4LMJBS55gcqpSSEHv4jjSY5fftVgzHJtHckMJk3QObFKuSh0pejmQZmZr1kGc0EjjS3QqWk+DEH+bFq89Hc6BaYZbrb2F4sxfvXfZypZKaq5+Akn+tCgGAvIllhcPIpp0BEr6MurzFV5rj5Fz8TddWzOPAmM+xVV10Da9et089Pk7sUjEd1ft2sTG6ggTdldiBZ7gchd3W/RFIkqGqpgYTV4qK65i0XJnXZjORuWbezC/krZfqthvavuIGbzsq6oGn8/8R1b6aTISAJ3ISd/MGiC6EWP4juHa+WNAW77dOdPDjt+2plg2aHhqrgq+4ubSqgh48KiEvtHz3spYgTgXxRwmDt2nVFZojv/s+3hYOxFBijIyPws5/eKHL82UwSOK1ctSrU8fyi5CQmJycsqWnMVDV+/WlqVb36s+C8ISqDTATNaDxmqBLQFgTCk5Z6itJo2ZarVjFQ6pGFUlZaTe7OMuQuJWwuBdKuxUNo5WhAu2LlKpvGjzIdfPVf/0UEnGgpXVRRH/0b//V1eHXzKza5S8davGQJhEGQ98IEyl2pceyV6cFKisrSQTWWLyHOuJh8qj778V1SRe2f9wLxPVgNvjqh6QggYdsz9/wH9u737d1YrL61m3gdbYv63TQFu99I4GIKBijOEaja770wcCahLBSKizpYHxvFf1c0dXV3GT4ZJCCCjESpPFBQ0AuGTKxWM8TWra+JEagb7rv3HkFCraZgKisXBkEEJaU3sApHiiAOe0GK8nQXXEYZFb+cOQikKaaZCj0IpDlR/wutlSuzH9suwd1Laob5TULudnUbcnd6arrkVkQAg/r/EeaghlH6GEpiR1U8jrhYUug8brnllzoxM0lgkIA6KzQZ6g/yTVSLzMwVyl3b2jDuDMV3m3EA5xoHd3B8uOzHrYEPd5D3husxbXt9EpoITWUCduA9eCFX4FNzruw+zzyA1guvBMkNKJe5mILFdo5928zBcudyNkQqGKcG0NU8qLg+MB47FGRJjsJsSTU9oJWXC877e3p7i8wQ27Zt9WxP0Wc7d+6EYylFAmiju56eHlNTEQBe+fyskP4vUvtBpLYcYW7v50Lx9VLKHyMper/NbAbCaCTMUnB8jwmobu8F87l2VRB47cZzuSrkjXS9CSJ3rbWFg4D8BY0AMl3Gbdu2zbP98IH9kJieFrXWpdKirz+cq0+Q90IWrUzS9UZLNA1VkLvlagBd9uZB/oJp/9z3Xuw2qAZU9hUtemn7M7/eC02EpiWAqAVMrT/pvLcoah4Zs6qnTlfMv7ZnyfFgSUde505dHkCjld/+XFcppVoWo2DPxO5uHgz3AJAQkoIo0MNSotkACp558+aLPIE0ghwaGtKJqulfUkqDGItpJYykIIrH4vCmG94CI6MjIlk0mUzIl8QrOWkQaHV29dF9CUfkoP3q3IeSGi2LAMq9RHJZiBXw5ZAaBQajFojmUCNDqTMqvsdmBoGMFlIQITGbMmWtkktVvQ+k9cE9z2w4yDQsVNecyr2RxWWgf1CXoboOs4TclXXOrXkAKUr3jde/ScjaI0c0mUuyN0i5Os/jABg+gIVqubfYCGAer91IuHMqednUItd91bnc7VzA2wXNaSksObAQuqbIQ9BkaGYNIGx57sHho04488JIPv2ComZ7oQlRidhUfMmFGmgwRBFoQYmZhOZ7GBepYEjgzJ+3wBA8wgxgETraM2EKFa0u5TFw262/dCVd5Ois5eWT26h6GaCIMGuI/IP6ciKAJJTIf3AEJ8p7RRpEZ5UO1xs3FjeSsNK+srnSQq30SFWxawGT4QSRE6TH7CUrSeIwMBi1AN1e8QjfYxI99NDlp7A/zGAGuw+/v1ANqs3KpDOG/IkHkLsyXQoRNfJXpiTPcqA9pJt7rTJWNWSnKYOp7CVVaHLD6tVrLdYgy+A73iGI4Hyc5EB5cnJSG4SjzCXZS4miVZE7sHTAiJYNQnNrISJZmvuqAftdVmDCz0Rpn8pKoVS5XeleiKj5WPfnocnQ1ASQ8OoLj21fv+GMNUoBXowUMvNgBiGKJIYKl/vdNq6mbsvtSUEYUhCREy+RQLfILxIwlC9w1arVcPIpG0UeK9L22cieCq7lhFTHPBHFSy97A9x91x22YxDJuw5HnJogKhgljKzljFQwj0Pl6Og8Fi5apPvgFYT/4L59e6G3r1fk+hP5B92IZk+3bYScSqVK+kzKPpWRfE7I2pkMBmNmQvUIvJPkrNSQXmYT0OSuJit7fWrpkkxeuXIVrF6zFk466RQkYgtEkFuRjHWpnmRbj/NUBu6FF56HLa/aM4lQyc5r3vhGm9XFup1TBpNspVRbVJOYludzeTH4JjlM+QwplZhX9RDj3KnMXDJh6RPfXtd/i7vcVdqgZno+2vGDLS88vqPZzqvpCSBhy4uPD6/bcMZycqBUcunjW+GcgyDqMnKU/nxBRqL04NCDK02h1J58R0jdTyaF1WvWIOFbIzLWk1YuJpx2/Uu2ZdJpQeS0MmsuJFD/vPjiS5C8LYInn3wCxsfGBCk8++xzYMnSpRZB5E78hAlCAd3J2bIetETQ6486CtavP8ogdnv37IG9e3fDHvzct3ePqH9JRdjNQBNV+L+UdmJWHZ92kO9hocAEkMGYsVCCJBounU1gdNSUu5TgmUDl5BYtWiLIHg20Sf7SAFfL1WjKWKeWjuaTiQR0WqJw3QbftJ8/eMe74PHHHhWlL8n3kAb1555/PpqMB4r265TBqXRKDM4173dT7lPeRCrBecrG2XDKKaeKfVC0Lw3ASe6S/N23fx9k0dok5K7+uycnJqE4dY6jJ1X74NsLM1nuqtHOLagB/P1mPLeWIICE1158nBw5Nqw77pSfKtnEDa1y3n6IRNwJoD2qzXuERQLhyOEjNh+9P/qTPxemBZHs2RA6oO/LkscPSdgokkcyAZAwGx0dEZFtlE9KZHh3CCAyywonYcuyo446WpShswoaKxkFy3aqRSiRpm0/avlIwNDSfhReRPzIaZlGptbUFkTqVq1aJUbRUmjRuaZSSeNYNFrVBIjfUFQt1m46+zOilEwmzWAwWhgkTyPRIk2gVS6Y2SXc5QnJJ7JMSBlJftJ/8+G/gxUrViGJ6/S1qtCAVpO5mtwdHx+DISRfJEeJADqJH5mOTXmokcAzzzwLzsDJ2rbgIH7CP09PuiflZhR/947t22H4wAEhV0ne9uuTFjwCRlsyUx919NFCxgt/PzTNHjw0DJ0dnZp1B0Cce6m6ydbobGs/O9vMVLmrRrueViOxs7a+9ERTMtyWIYASr738zJvXHrvxE5Cd/nslVAhu88HN5BhWEJEannw5ZlM+QPy3BkefptAB4ddBD/zevZr2bO/evUJ4LV5s5oii+RNOPEn4ARppB/RzoFqSm1/ZJLYhs293T4/nCNM5T/59lCh68ZKleF5r9LxR2noyNyxYuFCUFnptyxbY+ppWIYcI4x4cdVIAivSRoU8xylZAr34yS5ivpZn5EJ6jtei464Po0Ki6ZbDXop3LLEXEYDBaArF4B2RSCdsyUzNnyk7vgXcEZele080FoQ2Ezf2k0ZJCrixC5pIFA+cphQrJMgINiklWU+J8w5qhy10ib5Tfb/Mrr4h2F150sVbdxMW866bx27Z1qzATr0LLz4qVK6EDf6+I2sV9UE5W0hru3Pm6MPfSeRISiWlBSIVPuPBP1OSvVmUKhOydj99NsgkiAXbpevV20udKAAMF8bUW1Eh8AqKdH9+66emvNvWz0Mwn5wXs1E+sOfbUl9Ts9A+hkGvJ30CIxuIuz4L9YSmlAaSHmoTFoO7PRyPLRx55SCd8e2E/qu7dgioogfS6desF8TNKqVkE0K6dOwXxO3LEdC6/5+674NzzzteSoPoQP/pPpZGefOJx4Y9I9YBpIv8XMkfPofxUelvhoIwCZ3h4WNQxliNUmqwg04VGCufh+c6HE086WcsXiPs5ePCAML/4E8AAGkAFxEiXwWDMXMQ7u10JoD4HpfwASdbQgJjyrorkydh8x+vb4blnnhYDbDKbHj58uEjGkLwiWUeVlY7fcIJRwlPKXQroo4EwkTdyc5G4//574ayzzoEOqt/u5+OHVhDadtMmLdfwK/j56ubNsHTZMpS7q3EA3q9pEfH8yaJCRHD37p2wfds22IHymQgdvTesoKC+efM1Mrhw4SI4/vgNxjEPoszW5K5XT9llrpeZVy1kWzdhvsgcHkE1bSQNSnQEp+dQs/Nf2zY9fUsrnH7Lkqdtm566CUng82ou9QDkUota8TfQw+OEfEjshMWrvJlGerZseRWOowdT1UZnP//ZTb7H3XDCiXDtG68X/ik2AYSjwdd0AUTCzQkaJd59952iMgj56XUJkwXYiB+ZBba8+qprIXISGDSRyWHlqtVC80jCiLbThMxc4VeYSifFqNkK8hskMksTOSJv3HiqIQTJlKzl2QLwFt5mP3rWr0TtHweBMBgzG7F4sa+wTGlilbt+GkACJcQ/7rjjRVsasN52m/c7n8jf2eecC1dceY1RtUjKXapq9Cpq+yi/qlsAH8nMO26/DY455jjU6q3WXGq0kzVMzdTmFRywk3nZ/rvyOJh/XUxE4kgDKGr46nWkly1fIeoa9w8MwEMP/kbIbyvIwkTKAJrWosJA+71a1C5pOM1MFt5l88zPYpIXJe1kPmT932pCiVJH5PB3ZPFllMH5JC6cxs8p/BzHT+wQBYkdoCZEoSzcqJlQqPAz/fjd215+cgpaGC1LAAlIAl/Dj8Wrjz75y2o28ZdqPttavyfi5Q+hp70OUGibhAHVfJRtZ6F5lEZ8RIrsbRU4EbV9V1x5NSyh6C+LAKLI21dReGzfvq1k7Uja5jUknBR8ct55F9iCO2hfDz/0oGFW8AKlIaBKIlS+iAQQ1bOUZorly1fCO975bnEuD6NA2r17V9H2FNgiz4UEN41a/VLqSAEki7d7j0RVLt3GYMxwKEpxonm7640pg9231ywvJL+ORVJGcotStNAyZ2488rU759zz4dJLL9fdVky5Ozx8QFhZnLLaDSRTn3vuGchkMyINl9XqMjU1BY88XDrFHGn4aCICSmXmSAEg/Lrx95yEFhXSSpJcpn2RfHeCrDfS1/Ag7ieVSpcoHxfE6hIpO5+gEiHyFingPnKaBi6SwmuTwJ0igYtM6ASOkrkewZ+I5E0Zxu9E3vbh/J6tLz1+oL53XvOhpQmgxPbNz35g9TGnfgzNwV9GjeBvq7n0QFOeqNDYaaxPicbTORX+DWd/5dLyY/i4XKIapc68zcAR4di7TYwie3u1kSWlG5BChYTVySdvROJ3FSxCjZtVANGokNT/TrV/EHTpDsuqwwxBjsylCKAEmTzID4XOgTR/CxYt1PMEgjBRrFyxUviqEKnchWZuCQpUkYKIzp2ORyllvGGSP/0yfBM/vu9sVYjE/yiiKG9SC/nyahwxGIxmBdnqVCUaG89MT38Av9tGlrps+Al+zJOywkvuagPvKDz//LNw3fVaPCL5RpNpl0ghgXKs0gD54ksvE0FuUu7SAJs0faQ9dGrrgoD2a82yIAPlwoAI48svvSgsPaQMINmrVXxShEsQWZNoPflvk0sRQfosysA7ktu0zM2KZe1T+Q7T8Vc4vWhtk8uk8Acs/LSi5o+jlN1KJEKkDafIOL4tKcrkCE6kfTuoCPKGk6LQC2vX1hcfa6DqcGZgRhBAwvZXniKb5Z/QtPqYjSfjS/y9qFs+Ez+R9eR7yQfWfIJJ3UtFB0n1q2hVtZWITGpEn3m8+XBEoVDkcUHckNpKuilxtAGkJibVb17coNo6cpaj/U7i/ATd2/ho7Nf3uR9v1kzQ39LVNZ9S3VxifYC8/Ntk+Z7nn3sWzjrrXPFwnn7GmfArNEdQ3qg3XHGV8N2QAohK+Tzz9JNw/333Cj+9448/QQiVsOhCwuWW7oWWT8B4qH3Rb9yMgvMXv/ipGJmedtrpIpUCgfxU3vbbv4uEdpcYmQ4fHBYjUUliyWQdVhBh++8jYb7f2W5y8sX7m+/OZjAY9QAOau9HafFbDtLiimhUCwQ5ePAgzJs7V8giiszd+foOOP+CC+Hiiy/Tg940uUuk6+GHH0Qz6wOCBB577PGhSsNJkKw2sjnospfSadEUJIG+FeRW8wieE7nVHIMaTJK78+cvFOdFvn60bPOml+HRRx+BwVmzBMmVEcAkd6kPvLSkqi36WfRlJhaL/TcSyqKyLJOTL5zXenfLzEBLR9HOVMybN/9Y/HiZHkSqeEH+I351GkmTRqlS3v+BD4nv9NBRRJcI1tBJ2uTUpPDxeOih38DkxISxrRYMclToakZkLqA8V04fQBoV7961K9S+SHBt2vSSrTQcpVY4ZeNpYjRKmfallnF8fFz4q4gUMyhYv/mNrwuBGnMJqLHuP5fLosCjAaNKBH8OmkJSwGAwGDpQ7pIC4eska0nmkkzxImky0veKK66Eq6+9Tsi+XD4H6VRKJ0qa3N2Pg+wH7r9XBMRZS7BREmZrJoaguOCii2FwYNCWx48Odf+999gCR4KA/LxJ7lpNsOSOc+qp2gBcK/umlb2bRgIrEl7jAgoM/N/vfkdYXUQFEw+QXKbfrFcYeQBl7oWtdk/MdMwYDeBMAj4om1AY7UYhskwbjdID6k0A6SF8DVXyB1E7Nk84+JrFxCmBJ2n7nn7qCdcakOTrceDAPuEPEgb08EtzAD3olGNKmIB9TbHu2LXr9aK6wJTa5p677xQjZgpaIbO2zFslhesONB3TdqXMv9R/mpATNPI3TP4YDIYL7qQ/Mv8eyQ03f0ECEUOSu48++jBccdU1hl8g5dOjbcm37/77fi0sG27aRHJdIV+8ASRzYaBpAHW5iwNaLWG/5noThgDSoHj79q1F/nc0eKeJFAOnnLIRjqUBOJJhEbGsW11efPEFcVw/pYRpdSnY+pbRXIhyFzQn8IEjG+hpNE/+JlqUq7dTsvAvQYFw7HHHG+kBfvbTG+H7//ddEZHr52hLiZQpspZC/oOCotG6u7SyQGQGEQIC/9FI8RB+DwqKJCNTtBeIXJKp5blnnxHHmC9zFeK6X99zl4hS89P+aUmsCyIaThfEX04kpp9q8svPYDDqDJQLYyhj3oKz8yk4wXQt8Za7VBJu4cKFsJAG0HqVo6985Uti8EqpYvxA1gwiWiKdVQDQ8Y4+5lg9DUxBBHTIVDJ0rKnJyUD7ofbkh0h+416ghNWUGoZciygwj3wEQdd63nnH7Ua1KO9jFATJtLx33of9e6jFbokZjwh3QXMCH9KbpA+FHI16QY5GH3vsEa0qhr4dOfQGBQkE6fAbBJQRvqD7ylAKAjFfUEP5ExLxc0sX4wb6fZTUVP42qiRC5DEa9Vdik0N3QY8Wxu3yOP0cGAwGwwUoH26U2itdZni2lSTorrvu0GSMqvnjkf9cEBBZ3LJlc5H1wwudMg8gnhuZb8mVR8rgoHKX2lKGhaCynjSUc8nHUe+LF154Tph0/cifDLqT/YfTK0hWX27Wa97OYALYvPgNTnskAdRSl3gLI+kETPmipOMx1aM89bTTAx2Mttmqm5GDoKOzQ2xDGjryCZFCM0hEGrWl9C7WyN5SOOOMs6C3RzNDkKClyGAif5ojsvdxHOT5Xhwpt33oP4PB8MQPQWSYKugk0D8YJBaLwd49e+HZZ57W5A1OF1x4kUj4HASkUdu8eZNIxVUKslQcDbTJ0jKFJl/tmAUxIC8FktWvvfaqLbm/H0ixcNHFl4h5Ua84lYSnnnxSyF3/tFs28keLftBsF5mhgQlgkwKJCoV0/Y85Gs37CiN6IEkYPfLwwzCMmrWCTgKvvfZ6kYYgCOhYr7++A1X//vkARUFxYXZWhQmECplTBQ06ZikCSAKPRr0UeRYUVEGEKn9I7d921FaS9o9+r38ZooJV+0eLvtWM15rBYDQHUO5SbtkHRfBDIZgWkOTQLbf8QgTjUVvyh/6tt77dNzOBFaQJfPXVV4RM9DuWlnlBOx+KKk6g7FX1lDUdJTSARDAp4GNsbCxwX5AFSdaFp2M8+fhjIpguFiul/ZPvKzHwFu+x5rvSDHH/chc0NShfXc4UREYggyu0kRnAT378Q0Nl39PbA297+++ESjlAtXVfeukFQ7PnhAgA0YnptD4KpSoh9Kn5s7hVOCkIky/tl3xfgoL2d/kbrjT8HEnIPnD/fULoBtH+WXz/SLX5i5a46gwGo5H4TyuR8XO/IVlHsohy+t2NpmCpBaQ8phddfFngA0qrCFXzmPTw5ZMBIEQCEyh3p6cTWqBFwXvgnc1mxKCetIzk1xcUc+bMhbPPPtewJpG/4fPPPyd+axDtn4U434akOnyiWUZdwASwiYEPDtlIfy4fKi2YQZqCiyfieBQQIapoPPyQrgVUYd369XDZZW8IdWyRpBk1bS+//KJwMLbmmBKCqKAJOtIAEgQRLGjBGVZhRKNbIn4vvPC8MPmGyVVFv+dSPG+R9kAfhZLpl/xfzMAP975w0f59DX9HGhgMBsMfVEtzj1XumvnsiifS9NFA9d5f3yPylUoSSLJr/VFHhzrw1NQkksCXRXUnGihbB+AdutxVhdydRhmdFqmt3FxvUmiuJXlLcjeoW48EDfCvvOoarbIJufnkc3DPPXfpPo8xz36QpFl7Txmk+V9a/3aYueAo4CZHT0/vDvx4LwiXDFFJRJ/c20uzA5kUKIeejN6i2ruk0fOLuHUDETjKKUhChIgXPdhkkhXJpfHfvr37RDQZ5eYbGBgQeaNI8BxAc8aePXvEPJkdwiYpJZx51jlGrU369/qOHfDIIw+hsIuXiEDTamCSGVsXRMRSfy/hVuCYwWAwLEAxUUC5S7Ni1Czlrp9JV5Y0ozKZ5HdNmRuoNZVto+ogZLINg3Q6JeQ1Db6l5m75ipWGjKUULiSb56EsjiP5U5CcUfWOw4cPo8zdJYLr6Jhha5uTXL3q6mth3vz5esCJKlLdkOyNxztKJtwnOU9BIrrcfQLP/2OtfTfMbLAGsMmBDxClLLnVxaTpCVLTU5vvfudbwj9Pas/e/Oa3wjHHHFvWedCDPTJyRI8gGzWifjehhpC0hNu2vab7ihSEDyKZHaiweLl1Hk8+ZaPIQyV9XsbwmPfcfZfQ/JWO/DVTEOh99e/Yj4eBwWAwggHNwHBAWhFKyV0akMfjMSRtR+DHP/qBEaxG2rR3/uF70aQ6p6yTIEsMDb63ILEkjV9BJMDPw9NPPyXkLmVDoPOiMm7btm0TxE9aZcKCNHzkbrNkyVLDhYgCAykVDGk4/V1u7HJXxyda8cK3E5gAtgY+jlPefMDy4McBacRKDyyF+n/ve98VmjBRTg5Hb2//7d8TVTwqQZ8scYTkjByXyRwxfOCAQTRFxvgKQJnozzzrbCPijdIk3HbrLeJ3az4o3ttqRDlvmH8RlO/gC018bRkMRpMBB4yUm+XTNK9ptaQ7ifc2soLISy++AHfffYdRfrKvtw/e/d4/gQULFlR0TrLWOyXvJ6sLyV3y15buOH0VyF0aVF9x5dXCd1HK8eHhYTRr3x1o0G3N+6cT5d9gH97ezNeYwQSwJYAP0vP48R3TJyUfWBhRxOyPf/wDMWokQUEk8C2/9TY459zyyy8KQYT7SuPoVDosE9mUo15aX9bNiOdMKRROO/0MQ6jRCPjWW24WvjFaSTw/EwQIQa0JbMPk/CnsvxFgMBiMcPgGTpvkoJJkin9AiGZCJVMp+QM+IvywdRKI5OwP3/3HsEavcV4ORG1hlIsjR44Yy0bRKiMDQcodePf09MAbr7seVqCJWQaZUCWmW2+9GSjIhTSbpQfdNu0f/flAk15ThgVMAFsHH8VpRD5omjBS9aLb7hP5oZAwohHpTT/5kXDmVfVUMpdddgW8+S1vDZW4WaKvr1cIHYp8k6AE1ELTiOdH2enD77MPhdCb0ER9nJF2gOpqEvkjswr9DvKz8fu9Ml2O6bQNL+L0tZlyAzAYjPoBB46UC+svQc8LKDWBfnKXQFYKGqzedusv4bFHHzGC8Tq7OuF3f+8dcO6554fKykAgYtklooA1ciahueNo1pi+MuQulQCl94CW7kX7bUQwf3nzzyGP8lxmdfCTuy4uN9/Evnt65twJMxccBNIiSCQS0z09vVRK5zptiSK0YX6lighaOaMI7Nu3T/iLHHX0MeI7Pajz5y0QQRZUySNMfqizzj5HJB4lfxOKViPQc09lirr0mpRUAzMo1q8/Cs0P18DgrFmG4zHtg0agI0dGRNAHkVk/mA7IhvaPRqHXoyDaNROuP4PBqD9Q7u5AubsSZ08iGacFhCi+dXAJIggExTKldSFQFSMRKIvLVq1aA8uXrxA1dylaNwgo+GPjxtNFMNwrm1428qhSwMXGU08XcnP//v0iP2oQEKE87fQz4cILLxZBJKBqMpSCBG9F4qqRv46SRFWafi3aP4oyfBP2G9dbbwEwAWwhoKqeTMGn4rReWxJUGGkkkHI5UUTaunXrjbJC5KS84cQTYfbs2UKAUKJmP9Dxzjv/QuH1vO2112zVPEjIUW3LTCYLL774fMnfM2fuXLj00svhhBNP1oqa60Nocnq+5Ze/ELmuKL1BKfKnpR+wkj+xny8cPnz4f1r7ijMYjEYD5S5VZfodnAa1dFuKMflBI4ER4YZDspfkrhx8zxqcBSefvFEM4A+g3C2VJYFk5YYNJ4iB9rPPPCX8AAkUCUzBchGUn6S52/n6jpK/h/z8hL/fqpXiu8yy8OrmzSKXoWb2DUL+nINuIcB/G+XuizPsFpixYALYQqAsJt3dPb/G2d/Hqc8URuCbnJOgkcCo8KWjskWzZ88RQkWM/PAfhf2fsvFU4Q9C6Qe8iCCtP5189PBZp7QDBw8eNNaRk/OChYvE/DPPPOV5LlRb8uxzzhWmEKpSIokfmSBeeP454Xgsc1uVIrd09la/P83xGp7BFb+bTCbC555hMBgMC0ibhXL3OdDkrmBF2sA7CAnU0scMDx+ATai5W7Z8ueYiQ0F5KLOXr1gBJ+o12535Vq0gU+06yilIaVkeediW1HntunVCLk9NTsBrr21x3Z5Ok3z8Lrr4Ujjx5JONpNL0L4sD9gcfuB+eefopEfAhKz35weoXKd2REP+J746vzKyrP7PBBLDFgKQGTcE9guCA7sMZdERK6ymUnx5Y8gukEePSZcsgjg89CQJKJbBo0RJBBMknhHz6KJWLNf3BLNQUbjjhJCGInn7qSRGNJjEwOAgrUciQD8xTTz1hT2KKZG4tjoDPOec8OP3Ms2AICahcLyPb7rnrTpG/0BRCpV1UNf+TnJHzD3dFQ+PLURBx2hcGg1EVoNx9HeUu2TgvFhkVFAihCdQG3+TWQto7ElKLlywV+yAJGENZt3LlapH6imQoZT2YnLJXA1m+fCVq7FZBAWX3g7+53yZbly5dBkNDc8SgnUimFRQYcvxxG+CCCy+B4zdsEBHJkvjRf6o+cvuvbhMElWS0lmWhlH+iauRZzeUM0y/5/L0N+ynXFjfEDEGMu6D1gOTm3jlz5n4EH+Qv2keMsZIaMyJVWjRtRAiL19CMe9555wvhQ2YE0BxdYO3adSJijSJ9X9+xXfirkH9JX3+/Jnx00mYF5eqTKQQGUZCReXnRokWwBAXUosWLNVOu7hBNEIEeKLSee/YZYTImwdPR0emb5NmEFnlGAsjigEyd8XvYP9tm6rWvAxRgzGSowCgXn8HpVJQz11nlbjQajAQSwaLB6m+QwJG8o1Jx61B7Jy6IKKPZIervnnDCiYIAbtfz+u3ft0+PAC4IX21nblWRgYHKfqIWsKurG+ajNWchagyXLVsO8+bNM8ieVqlJm6eB/ROPPwY7ULYT6SO5W9raot0+VosLEUEEmYHejHKX/f5aDCzsWxhIAv8LP/5I0+zF9Pq40ZKBIRJkLtVGcTno6+uHM886C44//gQtkbTWQB8t6vMgwuHEtiSEKDkpCYFcNgtR3IYCQKx5pLTNVNu+5LJkKgmb0IT8Imoi6fjauccCRseZaQdoW4sJ4q9QCP1bjbu93s+MMkOO0YrnUgs0EwFTZ8gx6nY8lLkUavsAThtlabRYLCrkbhCLhTlw1eQumXYpqE6mh1F1lxxwyE3ahmQjuQFRkn0p/+i4lGR67rz5RTLWIH6WeYoafuH5Z4XspvOX74xgj50kf1aLi0pRLBej3H0MGC0HJoAtDBRGpMGlupXXmSQwKj798uU5YWrScmIkeNzxxwsiOBdHj05B5DWvzTqFjn09+fjRaJYCUaiiCNU1rvR8LeTv8yiEPlLHe1+p83aN3LaW+2qmY9UCaoseS22xbSv97YG3R3PrQpS3RALXaSQwahCpMOldrGRq1qxZsAE1f8cee7yWz89XxkIIGYykDWXl669vh82vvAJ79+4RlhiTtAY7X1leUw66dfJH5t63oNy9GRgtCSaALQ4kgZTI75c4Xa6RwKhFExguzaM1xyAJJxJKNDIlR2UaqZIJIyzxoxErpSygIuk7d74u/Fvo3LTzi4YifmbOqZzT+fjraI7+K/yuVnCPN3u7WratZJtqbNvIfdcSapPuW63xNrVo21TthoaGlqPG7z6cXSFJIA1kTQtMwJ2rdrlLVhmqs756zRpYunS5MOfKDAlhiB+551BWh10oc3ejGZlIoJS75Acehqhaa6tb0mzRnz9A8vcDYLQsmADOACAJ7MKPG3G6RpJAK8kKmXMUzLrD9tqO5KA8Z2iOyNfX29MrTL6iEDmIOnWiakcymYDpqWkhgEZGR3B+ykhDI52h6bPcc5KaP0vS0a+iWeNvUECpIe7tUkev1bb1WB+0TZh25bavdLtm2b/nbdmk+1dr1F6tQptGrq/qtrNmzV6OMpbypqyxW2A0c3BYGUcWEVl3WMpfkpWzZw/BEJp5B/r7hXaQfAXlYJxIWRblLg20yW+Q/LCpZjv5VkuZK5UB5Z+TXfOHyOL0+0j+fgyMlgYTwBlynQYHZ3Wg5u+bOPt7MjegHJXKVATlwKywoVo+hTega3F0a2ScPA9N8CihhY95fBl1ZpI/sUpV/xGF3T+H7LNaL6/2NpWsC7I+aJsw7cptX6t9NBJqA/bRLISu2uuquU1Vlg8MDC6Ix+M/w9mTigffkdAVP4yDCZmn2mSvrEDidip2uRvRU9RUKncLtjx/utydwuntSP5+VcX7kNEgMAFs3r4O/eJGAqgMDg7+PS7+GK0zSWDU0LxVD6prLWJN2ChVOwYJP00A5YxRMSKNn38xOjryk4D9Vu1l9W5bi22qtT5su0q3acQ+rajFS62WJtlGaNSqtU0925a9rLu7u7e7u+dbSLaupO/FJLC2ctckeNWTu+QC5JLnby9+Xo+D7mcD9n3YNpW0Z5QBJoC177dKNTChNVNDQ3PeiMLoWzg/oGnhTN8PzSTc/JddG/naywzp0cW7kQy+c3x8/LkSfaGE/F7ufuq1rJrLK1kXpk2YdpVu0wpoJNEr1aZR2rVaL6vWdr7bINHDwfesD+Hnh7SvEbAPwCMtcVtLE7RD60c/9Tdogfnd8fGx4SrdC6XWhWlTTltGS9yRzdkXtfAhqyphQGG0BgXPt5Hrna7VDY4YmkDNCTjSlETQ9D80BZAmhMTI99ZkMvHBZDI56vG7FZ8+KYfIVfq9Xvsot43XsmouD7o+aJtqblfx7VrD7crVzNWLlNWqTT32Uek+Pdeh3D0f5ey/oWxdKF1grLI3aIquut/ItgG3Jn91V588fnxuamrynzKZTK6MfgyzzG95qXVB1pfbdsaiHQhgPYhdPUhd6O/xeDzW39//AZz9G5RFnZpviBmM0UxEUPq6SAdoc/QpiN8Yzn9ybGz0J+BO8ryIX5j5em9XzflqrXP7Xm6bUstLrQuyvtL2Zd+uVW5fK5NpzYhOiHX1mq/3dp776Orqmt3T0/MpvB1vsPpCS02g1S+6sTBzDErSJwfcusl3M87/OcrdJ6A+pDvMsnKWB11fbtuWw0wggNUiePUid7X87rpuYGBwXSwW+yLOXmAVSM5JE0j1uyVkwmg5+pTETy7TVqs3o9bvs6lU6ggUk66gn1DBtuXsI+y6ai0rZz7MunK+ey3zW15qXTntanYbV6FdNUleLQhepYSqGsuCrKukbdX3MTAwcF4sFv8Ezq60y11z8G3WE6633LUPuB3EL4mf/zI9PfWVDKV2KP8eqsX3MMvKWV5qXSVtmw6tQgAbQfKageAFeTEH1VAps2bNugKFz8dxfr0zUtc6MpVmiuoGdGjPiozqdRI/hwCiz6dR9nwRhdBLlt/hR7zKXRemTTlt/T4rbVvOsnLmw6xz+x5mWZB1QdbXG9XW8tVLe1dvcldLsqbWoG1F61CmohVm4LdR+/dH+HWWn8w16wpX+9a2yl0pa1Vd3trkbh5b3ZROZz6LcndvgOvktT7ofVWL75Uu81teal0lbRuCZiSA1Rj5N5rolUPqaqG1cpIWlC+RKI5Mr0OB9Bf4fT0AFKVskSkErKNTaa6wWy0U33tepiyQnzKFjFXoWII79G3UZ7PZzLenpqae8OmLIPOVtvVbVum6Sj7LbRP23gu6bTnfvZb5LS+1rpK2QVAtwV8vbV+Ql261yF+tyJzzs5rrSi2rZlvK0NDT29v3Wyh3345fh8QNashcxZUImrI3yG3tLnftg2277LXI3Rx+3oID7q8i8Xst6G8q47Pcey/sOrfvlS7zW15qXTnt6oJmIIC1InxBXzDVJHv1IHTWKeLy6TVFnd9RIJ0Zj8ffjMLnTH29Sw6/YmFk+q54E0BrzirVUs/SKngseQTTaPp9NJ1O3Yam3q0QXPgCeD9Q5ZLBWhLGMG3CfIZdV+76sOsgxLNZbnBJ0Da1QCXBHM2g9asG6fNbVysNXjUJXSgiF+Ae9JUfKFM7enp6L0C5+waUo6IAsJSnTnnrTQTd5a5d3oLFlUb1krsjKHd/lUolUeuXPoDfC5Yp7/juNqkun9UkjmHu1bDPSpg2QbcNuq6cdjWB0sTHraeGr5wXXLkv36CaIz9SFwWT0EUrnCI4Op3T1dV9Nn6eikJolXHihtZPsc27j0qtI1C16NNMHm00K6Dw2ZrLZZ9PJpPPITlMgCk0Ci7zhRLr3SYvAVJt8tcs2sGw92SY9X7PQql1bt+9lvktL7WuGu2dqGbAR620f5WYe4Our7V2D6ByTV41SKDX/aP4TBHwHpR7LVM6OjqWdHZ2bUS5ewLK1TnGAYvkrnPgbT01d7nrNq8jhXL3ebSyPIFy91lcR1U98mASvnwFkx9xDCKbS8ntsEQxzHMS9Dn0Wua3vNS6MG2qCqUJj1Ur4he2TWDfugDrghACJ9nzIngxl89Yie9un65kMBqNzers7Fgbi8VXobliKQqdAdcO94lgc6sQQkCSN4rCZx+Svp044tyJ35NgkriCz3yQyW1bL4Lo9sDVgwDWQjtYbpty14ddF+R7ucvDtqkmqq39c1ve7Nq/cklhPbR8pdaHIXtBLC2lLDBubY1P1AjOQ0K4Esngskgkugjla2fRyZXwyfaQuyhmC8P5fG5XJpPdlsmkX8d2FNjhRvpyLvM5l3m/dc7tC45jucnocu+ToOv85gHK1wy2vKm4XkKz2chfpSbeapl1nYIgCOkrNcVdlkXBnRS6kkDLJxLCaB8KpblIDIei0ciAokT6UUvYTWll8LRjKKji+vkXULDgQ6/mCgU1hfNJFDxThUJ+IpfLjyLpG8HvafDW7vlN+ZDfg5gpSo36q0kGK13n91lum1LLgs5X43u5y8O2qSaajQA6v9cyuKNaWsFqrKvEP895T3uRPidxc7rTOJeVWu+1b+O4KHMHcZqN8nc2EsI+lLm9KGu7dGIY1eUukT5BrvAzrU0kcwtT+XxhDEnfkWw2e0QnfE5Z6dTeOcmbF/GjKeuyLOexnXPfTnkdhAiWew/6zVfju9cyv+Wl1pXTrmzEgBHkIiiOeb9lYS9aQX/o5YOgWD6ty+V8qcmNBDn3U2p/8vgqauymcULzbHoPFJsxANxJhPOhc9t/GALoRfa85v1IoJ8pwvl7mpn41SMoJOh8qXWl2gdZXmpdJW2DyoFqtC2X/Lk9V0HW1YIUVtssXG8i6HavOCerPJdTxPF7w9wTzvvRKpPleimblVwuN4bTOM7v9Hi2wspYv4Gwn0tNEHNu0OOX+l7uvVZqGSPgTdkMx2pGE3CYtuWYi91MwE5/v1ImYD9zcGATMPiPVoMSQK8HuJSPX7lEsJQ52G2UGVbzF3ZZkHW1+CxnWaXz5Xz3Wua3vNQ6qOJ25b48GuED6PxeawLo9XzX6rNWpmK3e8Tpgx00yK6Uxi+w9s8xAVQ+yHaTm06NnFVLVw0TsJ9/oB/x87sXgs6HeT6gzOcPgE3ANT1uswSBlPquVNiuHFJYaSCI2/ZugkuBYiHlNnn1sx8JDEoIgyzz0/CFMfWGXRZkXS0+w64rtawa93SQ717LyllebrtqoVJB3owBIW7PbNBlM4Ecet1XpYI/3GSl3+DZNSgESstVpURfe8lTq9x0c58pJwCkAOECQApQPqEr556uxvcwywA4CKSm5xCWEAZ9odQqSjjMujDb+PkQevmslO2cDP5CCsCfAHrd4G4j8lIk0a89uMwDVI+sNYLIVYPshVlfyX0JZT5HpZaXWldOu2qhGiP5apmDS31vdLCI37paE8dqbuN1z7kN3J3f/eSn2zyA/z1dSgNYSiNYSZBdGLeaSgck1VoHZT5HYbYNuq6cdjVBMxDAcs+pnhpCt2W1MB/7rauEPHoJJed3JWBbgNLEotQ1CnPz1yoQp1bbhF0XpD9racKtRVBHmEFZJeuquU017tWg24RdV20zsfN7PUzIpdY3kkyWs03Q8602gp6z38DabZnXtlCj+TDrKmlbjWV+y0utK6ddXdCMBLDS82xmYhj2e71Nz9XYfibON/M5Vmud2/dy25RaXsm6arSvFtQqtq+X72CQNtXWxjR6vlnPq5Hz9do+zLpqfK90md/yUusqadsQtAoBrNZvqBY59Fpeb4Lo/F5PU3XQdvXaphrtwqyrdNty9l9um0qX+S2vZF2YNpW0rxfUGrRvBGmsZFk1NJWl2lRL01nuulq2q9c29VhXi+9hlpWzvNS6Sto2HWYCAazmb1TKXN9qmsWw3+tt7m7E8au9ba22CbOsmstLrQuyPmibamzTDFBrtI1awXq1hsubhSA6v6t12rbRBKuZiFojNXWVPB+VtG05tAMBrEVfVPIirAdZdFvW7CSz2t/rQdhq1e9ey6rR1m95JevCtAnTrlbbVxtqnbZvFq2h1/J6m6uDtGkmQtkK38ttU+kyv+Wl1gVZX27bGQsmgLXvt3qmvAm7vJZkstztlCbabzW3q3RZNZdXsi5MmzDtKt2mFaDWcJtmJ4Zey5vBJB1ku2bSbtZ6O69l1Vxeal2YNuW0ZQATwGbu62q8hKtJDGqhpWqUNrSe51iNtrXYplrrw7ardJtG7NMKtUn2WS1iWE9zctht6tm2Ucvqub3f8nK3CbI+aJtK2jPKABPAmXudqvXirpe5u9xtmm15tbepZF2Q9UHbhGlXbvta7aORUBuwj3ppDUutr5fGsZxtmm15tbep1vqw7SrdhlFHMAHka13tbZU6takFMa31tvVYH7RNmHbltq90u2bZvxfUJt1/qxLGWq9v1LbV6rugbcppW81tGS0CJoCMRt9DtTYdKjOkXS3bVrJNNbZt5L5riXolA67HtmqD2zZ7u7BtK9mmmtsz2hhMABnteq82Kgq1USSrmv1XT7nBJuDGHEttsW2bjUgxMWM0PZgAMhjhoMzA4zWTHJjpMqmZiIE6Q47RyOMxGC0LJoAMBsMKlgkzG0yQGAyGAAt7BoPBYDAYjDZDhLuAwWAwGAwGo73ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzcAEkMFgMBgMBqPNwASQwWAwGAwGo83ABJDBYDAYDAajzfD/AVP2eGUEur8dAAAAAElFTkSuQmCC"
  },
  "rejection": {
    "kind": "invalid_input",
    "message": "\"LOCK\" is not a command Beacon sends: use FLASH, HONK or HONK_AND_FLASH."
  },
  "variants": {
    "app_state": [
      {
        "askBeforeHonking": false,
        "keychain": "memory",
        "language": "en",
        "languageSetting": "en",
        "mode": "signed_out",
        "notice": "Your settings file could not be read (/tmp/beacon-ipc-payloads-24444/config/settings.toml line 1 is not valid: invalid type: integer `3`, expected a string). It was kept as /tmp/beacon-ipc-payloads-24444/config/settings.toml.broken-20261203T180605Z and Beacon starts from defaults.",
        "signedIn": false,
        "signedOutReason": "The test access token expired at 2026-12-03T18:06:16Z. Get a new one from the Volvo developer portal, or sign in with Volvo ID.",
        "systemLanguage": "en"
      }
    ],
    "list_vehicles": [
      [
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Sage Green",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "Green one",
          "fuelType": "ELECTRIC",
          "inFlight": [
            "FLASH"
          ],
          "lastOutcome": {
            "advice": null,
            "command": "FLASH",
            "finishedAt": null,
            "message": "Asking the car to flash the lights…",
            "outcome": null,
            "runId": 1796321165841003,
            "startedAt": 1796321171633,
            "state": "pending",
            "status": "pending",
            "vin": "YV1XZK8V2P1234567"
          },
          "maskedVin": "•••••••••••234567",
          "missingNote": null,
          "model": "XC40 Recharge",
          "modelYear": 2023,
          "nickname": "Green one",
          "stale": false,
          "vin": "YV1XZK8V2P1234567"
        },
        {
          "availability": {
            "available": false,
            "checkedAt": 1796321166711,
            "detail": "Asleep to save power: it wakes when used or unlocked with the key",
            "text": "Asleep"
          },
          "colour": "Denim Blue",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC90",
          "fuelType": "PETROL/ELECTRIC",
          "inFlight": [],
          "lastOutcome": {
            "advice": "It wakes when it is used or unlocked with the key; try again after that.",
            "command": "FLASH",
            "finishedAt": 1796321170420,
            "message": "The car is in power-saving mode and did not take the command. Volvo said: “Vehicle is in sleep mode”",
            "outcome": "failed",
            "runId": 1796321165841001,
            "startedAt": 1796321167916,
            "state": "done",
            "status": "VEHICLE_IN_SLEEP",
            "vin": "YV4A22PL5N1234568"
          },
          "maskedVin": "•••••••••••234568",
          "missingNote": null,
          "model": "XC90",
          "modelYear": 2022,
          "nickname": null,
          "stale": false,
          "vin": "YV4A22PL5N1234568"
        },
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Cloud Blue",
          "commands": [],
          "displayName": "EX30",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234569",
          "missingNote": "Volvo does not offer honk or flash for this car, so there are no buttons for them.",
          "model": "EX30",
          "modelYear": 2024,
          "nickname": null,
          "stale": false,
          "vin": "YV1EX30A0R1234569"
        }
      ]
    ],
    "refresh_availability": [
      [
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Sage Green",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "Green one",
          "fuelType": "ELECTRIC",
          "inFlight": [
            "FLASH"
          ],
          "lastOutcome": {
            "advice": null,
            "command": "FLASH",
            "finishedAt": null,
            "message": "Asking the car to flash the lights…",
            "outcome": null,
            "runId": 1796321165841003,
            "startedAt": 1796321171633,
            "state": "pending",
            "status": "pending",
            "vin": "YV1XZK8V2P1234567"
          },
          "maskedVin": "•••••••••••234567",
          "missingNote": null,
          "model": "XC40 Recharge",
          "modelYear": 2023,
          "nickname": "Green one",
          "stale": false,
          "vin": "YV1XZK8V2P1234567"
        },
        {
          "availability": {
            "available": false,
            "checkedAt": 1796321166711,
            "detail": "Asleep to save power: it wakes when used or unlocked with the key",
            "text": "Asleep"
          },
          "colour": "Denim Blue",
          "commands": [
            "FLASH",
            "HONK",
            "HONK_AND_FLASH"
          ],
          "displayName": "XC90",
          "fuelType": "PETROL/ELECTRIC",
          "inFlight": [],
          "lastOutcome": {
            "advice": "It wakes when it is used or unlocked with the key; try again after that.",
            "command": "FLASH",
            "finishedAt": 1796321170420,
            "message": "The car is in power-saving mode and did not take the command. Volvo said: “Vehicle is in sleep mode”",
            "outcome": "failed",
            "runId": 1796321165841001,
            "startedAt": 1796321167916,
            "state": "done",
            "status": "VEHICLE_IN_SLEEP",
            "vin": "YV4A22PL5N1234568"
          },
          "maskedVin": "•••••••••••234568",
          "missingNote": null,
          "model": "XC90",
          "modelYear": 2022,
          "nickname": null,
          "stale": false,
          "vin": "YV4A22PL5N1234568"
        },
        {
          "availability": {
            "available": true,
            "checkedAt": 1796321166711,
            "detail": "Ready for commands",
            "text": "Ready for commands"
          },
          "colour": "Cloud Blue",
          "commands": [],
          "displayName": "EX30",
          "fuelType": "ELECTRIC",
          "inFlight": [],
          "lastOutcome": null,
          "maskedVin": "•••••••••••234569",
          "missingNote": "Volvo does not offer honk or flash for this car, so there are no buttons for them.",
          "model": "EX30",
          "modelYear": 2024,
          "nickname": null,
          "stale": false,
          "vin": "YV1EX30A0R1234569"
        }
      ]
    ],
    "send_command": [
      {
        "advice": "It wakes when it is used or unlocked with the key; try again after that.",
        "command": "FLASH",
        "finishedAt": 1796321170420,
        "message": "The car is in power-saving mode and did not take the command. Volvo said: “Vehicle is in sleep mode”",
        "outcome": "failed",
        "runId": 1796321165841001,
        "startedAt": 1796321167916,
        "state": "done",
        "status": "VEHICLE_IN_SLEEP",
        "vin": "YV4A22PL5N1234568"
      }
    ]
  }
};
