//! Every user-facing string, in English and Dutch. A string is a [`Text`] with both languages as
//! required fields, so a missing translation is a compile error rather than a blank label.
//!
//! A text that holds values names them: `{title}` is a placeholder that [`Text::fill`] replaces,
//! so each language writes its own sentence around the same arguments, and the arguments are
//! given once for both.

use serde::{Deserialize, Serialize};
use std::fmt::{self, Write as _};

pub mod numbers;
pub mod tr;

/// A user-interface or content language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch (Nederlands).
    Nl,
}

impl Lang {
    /// Both languages, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's own name, as shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// Dutch for a `nl*` locale tag (`nl-NL`, `nl_BE.UTF-8`), English otherwise.
    pub fn from_locale(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }
}

/// A string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Dutch.
    pub nl: &'static str,
}

impl Text {
    /// The string in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Nl => self.nl,
        }
    }

    /// The string in `lang` with every `{name}` placeholder replaced by the argument called
    /// `name`: `t("Saved {file}", "{file} bewaard").fill(lang, &[("file", &path.display())])`.
    ///
    /// A placeholder is `{` + a lower-case snake_case name + `}`; any other brace is text. Both
    /// languages must name the same placeholders and `args` must fill exactly those: a debug
    /// build panics otherwise (tests find the mistake), and a release build leaves a placeholder
    /// without an argument as written rather than hide it.
    pub fn fill(&self, lang: Lang, args: &[(&str, &dyn fmt::Display)]) -> String {
        #[cfg(debug_assertions)]
        self.check_args(args);
        let mut rest = self.get(lang);
        let mut out = String::with_capacity(rest.len() + 16 * args.len());
        while let Some((before, name, after)) = next_placeholder(rest) {
            out.push_str(before);
            match args.iter().find(|(arg, _)| *arg == name) {
                // Writing into a String cannot fail.
                Some((_, value)) => {
                    let _ = write!(out, "{value}");
                }
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// [`Self::fill`] from a larger set of arguments: those the text names are used (one
    /// sentence of several chosen at run time, each naming some of the same numbers).
    pub fn fill_from(&self, lang: Lang, args: &[(&str, &dyn fmt::Display)]) -> String {
        let named: Vec<&str> = placeholders(self.en).collect();
        let used: Vec<(&str, &dyn fmt::Display)> = args
            .iter()
            .filter(|(name, _)| named.contains(name))
            .copied()
            .collect();
        self.fill(lang, &used)
    }

    /// Panics when the two languages name different placeholders, or when `args` leaves one
    /// unfilled or names one that neither language has.
    #[cfg(debug_assertions)]
    fn check_args(&self, args: &[(&str, &dyn fmt::Display)]) {
        let (en, nl) = (placeholder_set(self.en), placeholder_set(self.nl));
        assert_eq!(
            en, nl,
            "the English and Dutch of {:?} name different placeholders",
            self.en
        );
        let mut given: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
        given.sort_unstable();
        assert_eq!(
            en, given,
            "the arguments do not fill the placeholders of {:?}",
            self.en
        );
    }
}

/// The placeholder names of `template`, in order of appearance (a name may repeat).
pub fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    let mut rest = template;
    std::iter::from_fn(move || {
        let (_, name, after) = next_placeholder(rest)?;
        rest = after;
        Some(name)
    })
}

/// The distinct placeholder names of `template`, sorted.
#[cfg(any(debug_assertions, test))]
fn placeholder_set(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = placeholders(template).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The first placeholder of `text`: the text before it, its name, and the text after it.
fn next_placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let tail = &text[open + 1..];
        let len = tail
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        let starts_well = tail.bytes().next().is_some_and(|b| !b.is_ascii_digit());
        if len > 0 && starts_well && tail.as_bytes().get(len) == Some(&b'}') {
            return Some((&text[..open], &tail[..len], &tail[len + 1..]));
        }
        from = open + 1;
    }
    None
}

/// Shorthand for a [`Text`] literal: `t("File", "Bestand")`.
pub const fn t(en: &'static str, nl: &'static str) -> Text {
    Text { en, nl }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_choose_the_language() {
        assert_eq!(Lang::from_locale("nl-NL"), Lang::Nl);
        assert_eq!(Lang::from_locale("NL_be.UTF-8"), Lang::Nl);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de-DE"), Lang::En);
        assert_eq!(t("File", "Bestand").get(Lang::Nl), "Bestand");
    }

    #[test]
    fn fill_puts_each_argument_where_its_language_names_it() {
        let text = t(
            "Copied {what} of “{title}”",
            "Een {what} van “{title}” gekopieerd",
        );
        let args: [(&str, &dyn fmt::Display); 2] = [("title", &"NPS"), ("what", &"picture")];
        assert_eq!(text.fill(Lang::En, &args), "Copied picture of “NPS”");
        assert_eq!(
            text.fill(Lang::Nl, &args),
            "Een picture van “NPS” gekopieerd"
        );
        // A name may come back; numbers and other `Display` values are written as they print.
        let twice = t("{n} × {n} = {square}", "{n} × {n} = {square}");
        assert_eq!(
            twice.fill(Lang::En, &[("n", &3), ("square", &9)]),
            "3 × 3 = 9"
        );
        // A value is written as it is, never read for placeholders: a name a user typed with
        // braces in it stays as typed.
        let saved = t("Saved {file}", "{file} bewaard");
        assert_eq!(
            saved.fill(Lang::Nl, &[("file", &"{file}")]),
            "{file} bewaard"
        );
    }

    #[test]
    fn braces_that_are_no_placeholder_stay_text() {
        let text = t("{ x } {Big} {1st} {} {", "{ x } {Big} {1st} {} {");
        assert_eq!(placeholders(text.en).count(), 0);
        assert_eq!(text.fill(Lang::Nl, &[]), text.nl);
        assert_eq!(
            placeholders("a {b_2} {c}} {{d}").collect::<Vec<_>>(),
            ["b_2", "c", "d"]
        );
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "do not fill the placeholders")]
    fn a_placeholder_left_unfilled_is_caught() {
        // Written as a struct, not with `t`, so the source scan does not count the mistake.
        let text = Text {
            en: "Saved {file}",
            nl: "{file} bewaard",
        };
        text.fill(Lang::En, &[]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "do not fill the placeholders")]
    fn an_argument_that_names_no_placeholder_is_caught() {
        let text = Text {
            en: "Saved {file}",
            nl: "{file} bewaard",
        };
        text.fill(Lang::En, &[("file", &"a"), ("path", &"b")]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "name different placeholders")]
    fn languages_that_name_different_placeholders_are_caught() {
        let text = Text {
            en: "Saved {file}",
            nl: "{path} bewaard",
        };
        text.fill(Lang::En, &[("file", &"a")]);
    }
}

#[cfg(test)]
#[path = "source_tests.rs"]
mod source_tests;
