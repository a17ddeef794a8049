//! The workspaces and widgets: one file per workspace and per widget, the workspaces listed
//! once below ([`registry`] says what a workspace is). UI code reads and edits the project and asks for structural changes
//! through [`Actions`]; the app applies them.

pub mod avatar;
pub mod costs;
pub mod effects;
pub mod four_c;
pub mod impact;
pub mod initiatives;
pub mod item_list;
pub mod journey;
pub mod metrics;
pub mod overview;
pub mod persona_card;
pub mod persona_chips;
pub mod persona_pick;
pub mod personas;
pub mod picture;
pub mod plots;
#[macro_use]
pub mod registry;
pub mod present;
pub mod scenarios;
pub mod slides;
pub mod style;
pub mod touches;
pub mod value;
pub mod widgets;

use crate::context::{Action, Actions, Results};
use crate::i18n::Lang;
use crate::model::{Problem, Project, Target};

pub use registry::{View, WorkspaceView};

// The workspaces, in navigation order: `Variant => field: State`. A line here (and the
// module above) is all a new workspace needs to be in the navigation, the help, the links from
// problems and `--screenshot --workspace NAME`.
workspaces! {
    Overview => overview: overview::OverviewState,
    Personas => personas: personas::PersonasState,
    Journey => journey: journey::JourneyState,
    FourC => four_c: four_c::FourCState,
    Value => value: value::ValueState,
    Metrics => metrics: metrics::MetricsState,
    Initiatives => initiatives: initiatives::InitiativesState,
    Scenarios => scenarios: scenarios::ScenariosState,
    Slides => slides: slides::SlidesState,
}

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
    pub results: &'a mut Results,
    /// The theme slides are shown in (the projector's: light unless the user chose dark).
    pub slide_theme: egui::Theme,
}

impl Env<'_> {
    /// Says `message` briefly in the corner (a confirmation such as "Copied …").
    pub fn notify(&mut self, message: impl Into<String>) {
        self.actions.push(Action::Notify(message.into()));
    }

    /// The plot `spec` of `project` in the user-interface language, its engine results from
    /// the app's cache (computed first where its kind needs them); `None` when it cannot be
    /// drawn.
    pub fn plot(
        &mut self,
        project: &crate::model::Project,
        spec: &crate::model::PlotSpec,
    ) -> Option<crate::charts::plot::Plot> {
        crate::charts::describe::describe_from(project, spec, self.results, self.lang)
    }
}

/// Below this width (in points, after zoom) the navigation becomes a row of tabs at the top
/// and the item lists fold, so a workspace keeps its room on a projector at a large zoom.
pub const NARROW_WIDTH: f32 = 1000.0;

/// Whether the window is narrow (see [`NARROW_WIDTH`]).
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW_WIDTH
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
