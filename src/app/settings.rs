//! App settings kept between runs in eframe's storage (never in the project file): recent
//! files, language, theme, zoom and the theme slides are presented in. eframe keeps the window size itself.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Storage key of the settings.
const KEY: &str = "cx-workbench-settings";
/// Most recent files remembered.
const MAX_RECENT: usize = 10;

/// Theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// egui's name for it.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }

    /// Ours for egui's.
    pub fn from_preference(preference: egui::ThemePreference) -> Self {
        match preference {
            egui::ThemePreference::System => Theme::System,
            egui::ThemePreference::Light => Theme::Light,
            egui::ThemePreference::Dark => Theme::Dark,
        }
    }
}

/// What the app remembers between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// User-interface language; `None` until chosen (then the system locale decides).
    pub language: Option<Lang>,
    /// Theme.
    pub theme: Theme,
    /// Zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// The theme of slides, in the preview and when presenting: light by default, which reads
    /// best on a projector; the app's own theme does not change it.
    pub slide_theme: egui::Theme,
    /// Whether presenting opens the presenter view (notes, next slide, time) in a second window.
    pub presenter_view: bool,
    /// Whether the welcome screen shows at first start and on File → New.
    pub welcome: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent: Vec::new(),
            language: None,
            theme: Theme::System,
            zoom: 1.0,
            slide_theme: egui::Theme::Light,
            presenter_view: true,
            welcome: true,
        }
    }
}

impl Settings {
    /// The settings stored in `storage`, or defaults.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| eframe::get_value::<Settings>(s, KEY))
            .unwrap_or_default()
    }

    /// Stores the settings.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
    }

    /// The language to show: the chosen one, or the system's on first start.
    pub fn language_or_system(&self) -> Lang {
        self.language.unwrap_or_else(|| {
            sys_locale::get_locale()
                .map(|tag| Lang::from_locale(&tag))
                .unwrap_or_default()
        })
    }

    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Drops `path` from the recent files (it could not be opened).
    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slides_are_light_by_default_and_settings_without_the_choice_still_load() {
        assert_eq!(Settings::default().slide_theme, egui::Theme::Light);
        let old = "(recent: [], language: None, theme: Dark, zoom: 1.25)";
        let settings: Settings = ron::from_str(old).expect("older settings load");
        assert_eq!(settings.slide_theme, egui::Theme::Light);
        assert_eq!(settings.theme, Theme::Dark);
        let dark = Settings {
            slide_theme: egui::Theme::Dark,
            ..Settings::default()
        };
        let text = ron::to_string(&dark).expect("writes");
        let back: Settings = ron::from_str(&text).expect("reads");
        assert_eq!(back.slide_theme, egui::Theme::Dark);
    }

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember(Path::new(&format!("/nonexistent/{i}.ron")));
        }
        settings.remember(Path::new("/nonexistent/3.ron"));
        assert_eq!(settings.recent.len(), MAX_RECENT);
        assert_eq!(settings.recent[0], PathBuf::from("/nonexistent/3.ron"));
        assert_eq!(
            settings
                .recent
                .iter()
                .filter(|p| p.ends_with("3.ron"))
                .count(),
            1
        );
    }
}
