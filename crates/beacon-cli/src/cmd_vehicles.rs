//! `beacon vehicles`: the cars on the account and which Beacon commands each supports.

use beacon_i18n::{t, Lang};
use futures_util::future::{try_join, try_join_all};
use serde::Serialize;
use volvo_api::{Command, CommandInfo, CommandName, VehicleDetails, Vin};

use crate::args::GlobalArgs;
use crate::error::CliError;
use crate::output::{aligned, printable, Format, Report};
use crate::{connect, Finished};

pub async fn run(global: &GlobalArgs, format: Format) -> Result<Finished, CliError> {
    let client = connect::client(global, format.lang).await?;
    let vins = client.list_vehicles().await?;
    // All cars at once, and per car details and commands at once: the answer arrives in the
    // time of the slowest single call rather than the sum of them all.
    let cars = try_join_all(vins.into_iter().map(|vin| {
        let client = client.clone();
        async move {
            let (details, commands) =
                try_join(client.vehicle_details(&vin), client.commands(&vin)).await?;
            Ok::<_, volvo_api::Error>(Car::new(vin, details, commands))
        }
    }))
    .await?;
    format.report(&Vehicles(cars))?;
    Ok(Finished::Success)
}

#[derive(Debug, Serialize)]
#[serde(transparent)]
struct Vehicles(Vec<Car>);

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Car {
    vin: Vin,
    model: Option<String>,
    model_year: Option<u16>,
    colour: Option<String>,
    fuel_type: Option<String>,
    /// Every command Volvo lists for the car, by its API name.
    commands: Vec<CommandName>,
    /// The ones Beacon can send, in Volvo's order.
    beacon_commands: Vec<Command>,
}

impl Car {
    fn new(vin: Vin, details: VehicleDetails, commands: Vec<CommandInfo>) -> Self {
        let commands: Vec<CommandName> = commands.into_iter().map(|c| c.command).collect();
        let mut beacon_commands: Vec<Command> = Vec::new();
        for command in commands.iter().filter_map(CommandName::as_command) {
            if !beacon_commands.contains(&command) {
                beacon_commands.push(command);
            }
        }
        Car {
            vin,
            model: details.model().map(str::to_owned),
            model_year: details.model_year,
            colour: details.external_colour,
            fuel_type: details.fuel_type,
            commands,
            beacon_commands,
        }
    }

    fn human(&self, lang: Lang) -> String {
        let mut title = self
            .model
            .as_deref()
            .map_or_else(|| t!(lang, "vehicles-model-unknown"), printable);
        if let Some(year) = self.model_year {
            title.push_str(&format!(" {year}"));
        }
        if let Some(colour) = &self.colour {
            title.push_str(&format!(", {}", printable(colour)));
        }
        let can_do = if self.beacon_commands.is_empty() {
            t!(lang, "vehicles-no-commands")
        } else {
            // The subcommand names, so the line doubles as a hint of what to type.
            let names: Vec<&str> = self
                .beacon_commands
                .iter()
                .map(|c| c.path_segment())
                .collect();
            names.join(", ")
        };
        let lines = [
            (
                t!(lang, "vehicles-label", field = "vin"),
                self.vin.to_string(),
            ),
            (t!(lang, "vehicles-label", field = "commands"), can_do),
        ];
        format!("{title}\n{}", aligned(&lines, "  ", "  "))
    }
}

impl Report for Vehicles {
    fn human(&self, lang: Lang) -> String {
        if self.0.is_empty() {
            return format!("{}\n", t!(lang, "vehicles-none"));
        }
        let blocks: Vec<String> = self.0.iter().map(|car| car.human(lang)).collect();
        blocks.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn car(model: Option<&str>, names: &[&str]) -> Car {
        let details = VehicleDetails {
            model_year: Some(2024),
            external_colour: Some("Crystal White".into()),
            fuel_type: Some("ELECTRIC".into()),
            descriptions: volvo_api::models::Descriptions {
                model: model.map(Into::into),
                ..Default::default()
            },
            ..Default::default()
        };
        let commands = names
            .iter()
            .map(|n| CommandInfo {
                command: CommandName::from(*n),
                href: None,
            })
            .collect();
        Car::new(Vin::parse("YV1ABCDEFG1234567").unwrap(), details, commands)
    }

    #[test]
    fn json_keeps_api_names_and_picks_beacon_commands() {
        let v = serde_json::to_value(car(Some("XC40"), &["LOCK", "HONK", "NEW_THING", "FLASH"]))
            .unwrap();
        assert_eq!(v["vin"], "YV1ABCDEFG1234567");
        assert_eq!(v["model"], "XC40");
        assert_eq!(v["modelYear"], 2024);
        assert_eq!(v["colour"], "Crystal White");
        assert_eq!(v["fuelType"], "ELECTRIC");
        assert_eq!(
            v["commands"],
            serde_json::json!(["LOCK", "HONK", "NEW_THING", "FLASH"])
        );
        assert_eq!(v["beaconCommands"], serde_json::json!(["HONK", "FLASH"]));
    }

    #[test]
    fn missing_details_are_null() {
        let c = Car::new(
            Vin::parse("YV1ABCDEFG1234567").unwrap(),
            VehicleDetails::default(),
            Vec::new(),
        );
        let v = serde_json::to_value(&c).unwrap();
        assert!(v["model"].is_null() && v["modelYear"].is_null() && v["colour"].is_null());
        assert!(c.human(Lang::En).contains("model unknown"));
    }

    #[test]
    fn human_block_says_what_can_be_sent() {
        let text = car(Some("EX30"), &["LOCK", "UNLOCK"]).human(Lang::En);
        assert!(text.starts_with("EX30 2024, Crystal White\n"), "{text}");
        assert!(text.contains("YV1ABCDEFG1234567"));
        assert!(text.contains("no honk/flash on this car"));
        let text = car(Some("XC40"), &["HONK_AND_FLASH", "FLASH"]).human(Lang::En);
        assert!(text.contains("honk-flash, flash"), "{text}");
    }

    /// Volvo's model and colour names stay as Volvo sent them; the subcommand names too.
    #[test]
    fn human_block_in_each_language() {
        let cars = Vehicles(vec![
            car(Some("XC40"), &["HONK_AND_FLASH", "FLASH"]),
            car(None, &["LOCK"]),
        ]);
        assert_eq!(
            cars.human(Lang::En),
            "XC40 2024, Crystal White\n  VIN     YV1ABCDEFG1234567\n  Beacon  honk-flash, flash\n\n\
             Volvo (model unknown) 2024, Crystal White\n  VIN     YV1ABCDEFG1234567\n  Beacon  no honk/flash on this car\n"
        );
        assert_eq!(
            cars.human(Lang::Sv),
            "XC40 2024, Crystal White\n  VIN-nr     YV1ABCDEFG1234567\n  Kommandon  honk-flash, flash\n\n\
             Volvo (okänd modell) 2024, Crystal White\n  VIN-nr     YV1ABCDEFG1234567\n  Kommandon  bilen kan inte tuta eller blinka härifrån\n"
        );
        assert_eq!(
            cars.human(Lang::De),
            "XC40 2024, Crystal White\n  FIN      YV1ABCDEFG1234567\n  Befehle  honk-flash, flash\n\n\
             Volvo (Modell unbekannt) 2024, Crystal White\n  FIN      YV1ABCDEFG1234567\n  Befehle  Dieses Fahrzeug kann von hier aus nicht hupen oder blinken\n"
        );
        assert_eq!(
            Vehicles(Vec::new()).human(Lang::De),
            "Zu diesem Konto gehören keine Fahrzeuge.\n"
        );
    }
}
