//! Words whose language is chosen where they are shown, not where they are made: an error
//! built deep in a request is read later by a window, the tray or the CLI, each in its own
//! language.

use std::fmt;
use std::sync::Arc;

use crate::Lang;

/// A message that renders in any language, e.g. `Words::new(move |lang| t!(lang, "id",
/// car = name.as_str()))`. Cloning it is cheap.
#[derive(Clone)]
pub struct Words(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Words {
    pub fn new(say: impl Fn(Lang) -> String + Send + Sync + 'static) -> Self {
        Words(Arc::new(say))
    }

    /// Text that reads the same in every language: someone else's words (Volvo's, the
    /// operating system's), passed on as they were said.
    pub fn verbatim(text: impl Into<String>) -> Self {
        let text: String = text.into();
        Words::new(move |_| text.clone())
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

/// English, like every `Display` of an error: what logs and `--json` read.
impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.in_lang(Lang::En), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::t;

    #[test]
    fn words_render_in_the_language_asked_for() {
        let quit = Words::new(|lang| t!(lang, "tray-quit"));
        assert_eq!(quit.in_lang(Lang::De), "Beenden");
        assert_eq!(quit.to_string(), "Quit");
        assert_eq!(Words::verbatim("EOF").in_lang(Lang::Sv), "EOF");
    }
}
