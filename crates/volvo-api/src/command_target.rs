//! Where a command is POSTed: the `href` of the car's own entry in `GET /commands` when it is
//! safe to follow, else the documented `/vehicles/{vin}/commands/{segment}`.
//!
//! Volvo documents `honk-flash`, yet a real car was reported at `honk-and-flash`; the car's list
//! knows which, so its `href` wins. It is only ever allowed to choose the last path segment
//! (and a query): every request carries the bearer token and the API key, so the scheme, host,
//! port and the path up to `commands/` are always the API base's and this car's own.

use url::Url;

use crate::command::Command;
use crate::models::{CommandInfo, CommandName};
use crate::vin::Vin;

/// Where one command for one car is sent. Build it from the car's command list with
/// [`CommandTarget::resolve`] (or [`crate::Client::command_target`]), keep it with the car,
/// and send with [`crate::Client::send_command_to`]: no second `GET /commands` per send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandTarget {
    vin: Vin,
    command: Command,
    url: Url,
    /// The last path segment, as it appears in `url` (percent-encoded).
    segment: String,
    from_href: bool,
}

impl CommandTarget {
    /// The documented path under `base`, ignoring whatever the car's list says.
    pub fn documented(base: &Url, vin: &Vin, command: Command) -> CommandTarget {
        let segment = command.path_segment().to_owned();
        CommandTarget {
            url: command_url(base, vin, &segment, None),
            vin: vin.clone(),
            command,
            segment,
            from_href: false,
        }
    }

    /// The target for `command` from this car's `GET /commands` answer: the first entry for
    /// the command whose `href` passes [`followable`], else the documented path (also when the
    /// list has no entry or no `href` for it).
    pub fn resolve(base: &Url, vin: &Vin, command: Command, listed: &[CommandInfo]) -> Self {
        listed
            .iter()
            .filter(|info| info.command.as_command() == Some(command))
            .filter_map(|info| info.href.as_deref())
            .find_map(|href| followable(base, vin, command, href))
            .map(|(url, segment)| CommandTarget {
                vin: vin.clone(),
                command,
                url,
                segment,
                from_href: true,
            })
            .unwrap_or_else(|| CommandTarget::documented(base, vin, command))
    }

    pub fn vin(&self) -> &Vin {
        &self.vin
    }

    pub fn command(&self) -> Command {
        self.command
    }

    /// The full URL the POST goes to.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// Whether the URL came from the car's `href` rather than the documented path.
    pub fn follows_href(&self) -> bool {
        self.from_href
    }

    /// The path below the API base, for logs (the caller masks the VIN).
    pub(crate) fn segments(&self) -> [&str; 4] {
        ["vehicles", self.vin.as_str(), "commands", &self.segment]
    }

    /// A target made for another base (another client) must not send this client's
    /// credentials there.
    pub(crate) fn belongs_to(&self, base: &Url) -> bool {
        let mut expected = command_url(base, &self.vin, &self.segment, self.url.query());
        expected.set_fragment(self.url.fragment());
        expected == self.url
    }
}

/// The URL `href` names for this car's `command`, with its last segment; `None` when it must
/// not be followed.
///
/// - A relative `href` resolves against the URL the list came from,
///   `{base}/vehicles/{vin}/commands` (RFC 3986: a reference resolves against its document).
/// - Same origin as `base` (scheme, host, port) and no user info: the credentials go with it.
/// - The path must be `{prefix}/vehicles/{this vin}/commands/{segment}`, where `prefix` is the
///   base path or a tail of it. Volvo's own example is `/v2/vehicles/...` under a base of
///   `/connected-vehicle/v2`: it is rooted at the product, not the host, so read literally it
///   would leave the API. Any other prefix is another API on the same host, and another VIN
///   is another car; either means the list is not what we think it is, so the documented path
///   is the safer guess.
/// - The segment must not name another command: a list that puts `HONK` at `.../unlock` is
///   broken, and following it would unlock a car. Unknown spellings (`honk-and-flash`) pass.
/// - A query is kept (Volvo asked for it, and it stays on this path); a fragment is dropped.
fn followable(base: &Url, vin: &Vin, command: Command, href: &str) -> Option<(Url, String)> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let listed_at = command_url(base, vin, "", None);
    let url = listed_at.join(href).ok()?;
    if url.origin() != base.origin() || !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    let path: Vec<&str> = url.path_segments()?.collect();
    let [prefix @ .., "vehicles", car, "commands", segment] = path.as_slice() else {
        return None;
    };
    let base_path = base_segments(base);
    let prefix_fits =
        prefix == base_path.as_slice() || (!prefix.is_empty() && base_path.ends_with(prefix));
    if !prefix_fits || !car.eq_ignore_ascii_case(vin.as_str()) || segment.is_empty() {
        return None;
    }
    if names_another_command(segment, command) {
        return None;
    }
    Some((
        command_url(base, vin, segment, url.query()),
        (*segment).to_owned(),
    ))
}

fn names_another_command(segment: &str, command: Command) -> bool {
    if let Some(named) = Command::parse(segment) {
        return named != command;
    }
    CommandName::from(segment.to_ascii_uppercase().replace('-', "_")).is_known()
}

fn base_segments(base: &Url) -> Vec<&str> {
    base.path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).collect())
        .unwrap_or_default()
}

/// `{base}/vehicles/{vin}/commands/{segment}`; an empty `segment` gives the list's own URL.
/// `segment` is taken as it appears in a URL (already percent-encoded).
fn command_url(base: &Url, vin: &Vin, segment: &str, query: Option<&str>) -> Url {
    let mut path = String::new();
    let below = ["vehicles", vin.as_str(), "commands", segment];
    for part in base_segments(base).into_iter().chain(below) {
        if !part.is_empty() {
            path.push('/');
            path.push_str(part);
        }
    }
    let mut url = base.clone();
    url.set_path(&path);
    url.set_query(query);
    url.set_fragment(None);
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIN: &str = "YV1ABCDEFG1234567";
    const BASE: &str = "https://api.volvocars.com/connected-vehicle/v2";

    fn base() -> Url {
        Url::parse(BASE).unwrap()
    }

    fn vin() -> Vin {
        Vin::parse(VIN).unwrap()
    }

    fn listed(command: &str, href: Option<&str>) -> CommandInfo {
        CommandInfo {
            command: CommandName::from(command),
            href: href.map(str::to_owned),
        }
    }

    /// The URL `href` gives for `command` on [`VIN`], or `None` when it falls back.
    fn followed(base: &Url, command: Command, href: &str) -> Option<String> {
        let target = CommandTarget::resolve(
            base,
            &vin(),
            command,
            &[listed(command.api_name(), Some(href))],
        );
        target.follows_href().then(|| target.url().to_string())
    }

    fn documented(command: Command) -> String {
        format!("{BASE}/vehicles/{VIN}/commands/{}", command.path_segment())
    }

    #[test]
    fn the_cars_own_path_name_is_followed_in_every_documented_form() {
        let expected = format!("{BASE}/vehicles/{VIN}/commands/honk-and-flash");
        for href in [
            format!("/v2/vehicles/{VIN}/commands/honk-and-flash"),
            format!("/connected-vehicle/v2/vehicles/{VIN}/commands/honk-and-flash"),
            format!("{BASE}/vehicles/{VIN}/commands/honk-and-flash"),
            format!("https://API.volvocars.com:443/connected-vehicle/v2/vehicles/{VIN}/commands/honk-and-flash"),
            "commands/honk-and-flash".to_owned(),
            format!("  /v2/vehicles/{}/commands/honk-and-flash#top ", VIN.to_lowercase()),
        ] {
            assert_eq!(
                followed(&base(), Command::HonkAndFlash, &href).as_deref(),
                Some(expected.as_str()),
                "{href}"
            );
        }
    }

    #[test]
    fn other_hosts_schemes_ports_and_user_info_fall_back() {
        for href in [
            format!("https://evil.example/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("http://api.volvocars.com/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("https://api.volvocars.com:8443/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("https://api.volvocars.com.evil.example/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("https://user:pw@api.volvocars.com/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("//evil.example/connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            format!("file:///connected-vehicle/v2/vehicles/{VIN}/commands/honk"),
            "javascript:alert(1)".to_owned(),
        ] {
            assert_eq!(followed(&base(), Command::Honk, &href), None, "{href}");
            let target = CommandTarget::resolve(
                &base(),
                &vin(),
                Command::Honk,
                &[listed("HONK", Some(&href))],
            );
            assert_eq!(target.url().as_str(), documented(Command::Honk), "{href}");
        }
    }

    #[test]
    fn paths_outside_the_api_or_of_another_car_fall_back() {
        for href in [
            format!("/vehicles/{VIN}/commands/honk"),
            format!("/energy/v2/vehicles/{VIN}/commands/honk"),
            format!("/connected-vehicle/v2/extra/vehicles/{VIN}/commands/honk"),
            "/v2/vehicles/YV1OTHERCAR000001/commands/honk".to_owned(),
            format!("/v2/vehicles/{VIN}/commands/honk/now"),
            format!("/v2/vehicles/{VIN}/commands/"),
            format!("/v2/vehicles/{VIN}/honk"),
            format!("/v2/vehicles/{VIN}/commands/../../YV1OTHERCAR000001/commands/honk"),
            ".../commands/honk".to_owned(),
            "honk".to_owned(),
            String::new(),
            "   ".to_owned(),
            "http://[::1".to_owned(),
        ] {
            assert_eq!(followed(&base(), Command::Honk, &href), None, "{href:?}");
        }
    }

    #[test]
    fn a_path_naming_another_command_falls_back() {
        for segment in ["unlock", "lock", "engine-start", "flash", "honk-flash"] {
            let href = format!("/v2/vehicles/{VIN}/commands/{segment}");
            assert_eq!(followed(&base(), Command::Honk, &href), None, "{segment}");
        }
        let odd = format!("/v2/vehicles/{VIN}/commands/beep-v2");
        assert!(followed(&base(), Command::Honk, &odd).is_some());
        let flash = format!("/v2/vehicles/{VIN}/commands/honk_flash");
        assert!(followed(&base(), Command::HonkAndFlash, &flash).is_some());
    }

    #[test]
    fn a_query_is_kept_and_a_fragment_dropped() {
        assert_eq!(
            followed(
                &base(),
                Command::Flash,
                &format!("/v2/vehicles/{VIN}/commands/flash?mode=short#x")
            )
            .as_deref(),
            Some(format!("{BASE}/vehicles/{VIN}/commands/flash?mode=short").as_str())
        );
    }

    #[test]
    fn a_missing_entry_or_href_gives_the_documented_path() {
        let base = base();
        let lists = [
            vec![],
            vec![listed("HONK", None)],
            vec![listed(
                "FLASH",
                Some(&format!("/v2/vehicles/{VIN}/commands/blink")),
            )],
        ];
        for list in lists {
            let target = CommandTarget::resolve(&base, &vin(), Command::Honk, &list);
            assert!(!target.follows_href());
            assert_eq!(target.url().as_str(), documented(Command::Honk));
            assert_eq!(target.command(), Command::Honk);
        }
        let second = [
            listed("HONK", Some("https://evil.example/x")),
            listed("HONK", Some(&format!("/v2/vehicles/{VIN}/commands/hoot"))),
        ];
        let target = CommandTarget::resolve(&base, &vin(), Command::Honk, &second);
        assert_eq!(
            target.url().as_str(),
            format!("{BASE}/vehicles/{VIN}/commands/hoot")
        );
    }

    #[test]
    fn a_base_with_a_trailing_slash_or_on_loopback_resolves_the_same_way() {
        let local = Url::parse("http://127.0.0.1:8080/connected-vehicle/v2/").unwrap();
        let href = format!(
            "http://127.0.0.1:8080/connected-vehicle/v2/vehicles/{VIN}/commands/honk-and-flash"
        );
        assert_eq!(
            followed(&local, Command::HonkAndFlash, &href).as_deref(),
            Some(href.as_str())
        );
        let other_port = href.replace(":8080", ":8081");
        assert_eq!(followed(&local, Command::HonkAndFlash, &other_port), None);
        assert_eq!(
            CommandTarget::documented(&local, &vin(), Command::HonkAndFlash)
                .url()
                .as_str(),
            format!(
                "http://127.0.0.1:8080/connected-vehicle/v2/vehicles/{VIN}/commands/honk-flash"
            )
        );
    }

    #[test]
    fn a_target_belongs_only_to_its_own_base() {
        let href = format!("/v2/vehicles/{VIN}/commands/hoot?x=1");
        let target = CommandTarget::resolve(
            &base(),
            &vin(),
            Command::Honk,
            &[listed("HONK", Some(&href))],
        );
        assert!(target.belongs_to(&base()));
        assert!(target.belongs_to(&Url::parse(&format!("{BASE}/")).unwrap()));
        let other = Url::parse("https://evil.example/connected-vehicle/v2").unwrap();
        assert!(!target.belongs_to(&other));
        assert!(CommandTarget::documented(&other, &vin(), Command::Honk).belongs_to(&other));
    }
}
