//! The workspaces and widgets: one file per workspace and per widget. UI code reads and edits
//! the project and asks for structural changes through [`Actions`]; the app applies them.

pub mod avatar;
pub mod costs;
pub mod effects;
pub mod how_computed;
pub mod impact;
pub mod initiatives;
pub mod item_list;
pub mod overview;
pub mod persona_card;
pub mod persona_chips;
pub mod personas;
pub mod picture;
pub mod plots;
pub mod scenario_results;
pub mod scenarios;
pub mod style;
pub mod touches;
pub mod widgets;

use crate::app::Actions;
use crate::i18n::{Lang, Text, tr};
use crate::model::Problem;

/// What a workspace gets besides the project.
pub struct Env<'a> {
    /// The user-interface language.
    pub lang: Lang,
    /// Where to ask for actions.
    pub actions: &'a mut Actions,
    /// Textures of embedded pictures.
    pub textures: &'a mut avatar::Textures,
    /// The project's validation problems.
    pub problems: &'a [Problem],
    /// Scenario results, computed on demand.
    pub results: &'a mut crate::app::Results,
}

/// The workspaces in the left navigation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Workspace {
    /// Project details, counts and problems.
    #[default]
    Overview,
    /// Personas: list, editor and card.
    Personas,
    /// Initiatives: improvements with costs and effects on touchpoints.
    Initiatives,
    /// Scenarios: initiatives and assumptions, results and plots.
    Scenarios,
}

impl Workspace {
    /// Every workspace, in navigation order.
    pub const ALL: [Workspace; 4] = [
        Workspace::Overview,
        Workspace::Personas,
        Workspace::Initiatives,
        Workspace::Scenarios,
    ];

    fn text(self) -> Text {
        match self {
            Workspace::Overview => tr::WS_OVERVIEW,
            Workspace::Personas => tr::WS_PERSONAS,
            Workspace::Initiatives => tr::WS_INITIATIVES,
            Workspace::Scenarios => tr::WS_SCENARIOS,
        }
    }

    /// The label in the navigation.
    pub fn label(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// The workspace with this (English, lower-case) name, for the command line.
    pub fn from_name(name: &str) -> Option<Workspace> {
        Workspace::ALL
            .into_iter()
            .find(|w| w.label(Lang::En).eq_ignore_ascii_case(name))
    }
}

/// A translucent layer saying that dropping a file opens it.
pub fn drop_overlay(ctx: &egui::Context, text: &str) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(180));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}
