//! What a workspace is ([`WorkspaceView`]) and how the list of them is declared
//! ([`workspaces!`]). Each workspace is a file (or folder) whose state implements the trait;
//! its line in the list in `ui/mod.rs` makes it part of the navigation, the
//! `--screenshot --workspace NAME` names, the help, and the links from validation problems.

use super::{Env, Workspace};
use crate::i18n::Text;
use crate::model::{Project, Target};

/// A named view (tab) of a workspace.
#[derive(Clone, Copy, Debug)]
pub struct View {
    /// Its name on the command line (`--view NAME`).
    pub name: &'static str,
    /// Its label.
    pub label: Text,
}

/// What a workspace is: its names, how it draws, and how others point into it.
pub trait WorkspaceView: Default {
    /// The name on the command line (`--workspace NAME`): lower case, one word.
    const NAME: &'static str;
    /// The label in the navigation.
    const LABEL: Text;
    /// One line on what a user does there, for the help.
    const SUMMARY: Text;
    /// Its named views (tabs), if it has several.
    const VIEWS: &'static [View] = &[];

    /// Draws the workspace.
    fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env);

    /// Whether links to `target` (from a problem, another workspace) go here.
    fn shows(_target: &Target) -> bool {
        false
    }

    /// Shows `target` (selects the item it names). Called only when [`Self::shows`] is true.
    fn open(&mut self, _target: &Target) {}

    /// Shows the view named `name`; false when there is none of that name.
    fn open_view(&mut self, _name: &str) -> bool {
        false
    }

    /// The name of the view shown (each view keeps its own scroll position).
    fn view(&self) -> &'static str {
        Self::VIEWS.first().map_or("", |v| v.name)
    }

    /// A new item of this workspace's list was made: show it, ready to be named.
    fn added(&mut self, _id: &crate::model::Id) {}
}

/// Declares the workspaces: `Variant => field: State,` per workspace, in navigation order.
/// Makes the `Workspace` enum, the `Workspaces` state holder and their dispatch. The list is in
/// `ui/mod.rs`, beside the workspaces' modules, so a new workspace is one file and two lines
/// there.
macro_rules! workspaces {
    ($($variant:ident => $field:ident: $state:ty,)+) => {
        /// A workspace in the navigation.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Workspace {
            #[default]
            $(
                #[doc = concat!("See [`", stringify!($state), "`].")]
                $variant,
            )+
        }

        impl Workspace {
            /// Every workspace, in navigation order.
            pub const ALL: &'static [Workspace] = &[$(Workspace::$variant,)+];

            /// The name on the command line.
            pub fn name(self) -> &'static str {
                match self { $(Workspace::$variant => <$state>::NAME,)+ }
            }

            /// The label in the navigation.
            pub fn label(self, lang: Lang) -> &'static str {
                match self { $(Workspace::$variant => <$state>::LABEL.get(lang),)+ }
            }

            /// One line on what a user does there.
            pub fn summary(self, lang: Lang) -> &'static str {
                match self { $(Workspace::$variant => <$state>::SUMMARY.get(lang),)+ }
            }

            /// Its named views.
            pub fn views(self) -> &'static [View] {
                match self { $(Workspace::$variant => <$state>::VIEWS,)+ }
            }

            /// Whether links to `target` go to this workspace.
            pub fn shows(self, target: &Target) -> bool {
                match self { $(Workspace::$variant => <$state>::shows(target),)+ }
            }
        }

        /// The state of every workspace, and which one is shown.
        #[derive(Default)]
        pub struct Workspaces {
            /// The workspace shown.
            pub workspace: Workspace,
            $(
                #[doc = concat!("The ", stringify!($variant), " workspace.")]
                pub $field: $state,
            )+
        }

        impl Workspaces {
            /// Draws the workspace shown, with its own ids (and so its own scroll
            /// positions) per workspace and view.
            pub fn ui(&mut self, ui: &mut egui::Ui, project: &mut Project, env: &mut Env) {
                let key = (self.workspace.name(), self.view(self.workspace));
                ui.push_id(key, |ui| match self.workspace {
                    $(Workspace::$variant => self.$field.ui(ui, project, env),)+
                });
            }

            /// Shows `target` in `workspace`.
            pub fn open(&mut self, workspace: Workspace, target: &Target) {
                match workspace { $(Workspace::$variant => self.$field.open(target),)+ }
            }

            /// Shows the view `name` of `workspace`; false when it has none of that name.
            pub fn open_view(&mut self, workspace: Workspace, name: &str) -> bool {
                match workspace { $(Workspace::$variant => self.$field.open_view(name),)+ }
            }

            /// The view of `workspace` shown.
            pub fn view(&self, workspace: Workspace) -> &'static str {
                match workspace { $(Workspace::$variant => self.$field.view(),)+ }
            }

            /// Tells `workspace` that a new item `id` of its list was made.
            pub fn added(&mut self, workspace: Workspace, id: &crate::model::Id) {
                match workspace { $(Workspace::$variant => self.$field.added(id),)+ }
            }
        }
    };
}

impl Workspace {
    /// The workspace with this command-line name.
    pub fn from_name(name: &str) -> Option<Workspace> {
        Workspace::ALL
            .iter()
            .copied()
            .find(|w| w.name().eq_ignore_ascii_case(name.trim()))
    }

    /// Every workspace with each of its views (`None` for a workspace without named views),
    /// in navigation order: what a test or a benchmark walks.
    pub fn every_view() -> Vec<(Workspace, Option<&'static str>)> {
        Workspace::ALL
            .iter()
            .flat_map(|&w| {
                let views = w.views().iter().map(move |v| (w, Some(v.name)));
                let plain = w.views().is_empty().then_some((w, None));
                plain.into_iter().chain(views)
            })
            .collect()
    }

    /// The first workspace that shows `target`.
    pub fn showing(target: &Target) -> Option<Workspace> {
        Workspace::ALL.iter().copied().find(|w| w.shows(target))
    }

    /// The workspace whose list is `kind`.
    pub fn of_list(kind: crate::model::edit::ListKind) -> Option<Workspace> {
        let any_item = crate::model::edit::target(kind, crate::model::Id::from(""));
        Workspace::showing(&any_item)
    }
}

/// The command-line names of the workspaces this wave of the product has (PRODUCT.md),
/// whether built yet or not: every registered workspace must use one of them.
pub const PLANNED_NAMES: [&str; 9] = [
    "overview",
    "personas",
    "journey",
    "fourc",
    "value",
    "metrics",
    "initiatives",
    "scenarios",
    "slides",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Id;
    use crate::ui::Workspaces;

    #[test]
    fn every_workspace_has_a_planned_name_labels_and_a_summary() {
        let mut names = std::collections::HashSet::new();
        for workspace in Workspace::ALL {
            let name = workspace.name();
            assert!(
                PLANNED_NAMES.contains(&name),
                "{name} is not a planned name"
            );
            assert!(names.insert(name), "{name} is registered twice");
            assert_eq!(Workspace::from_name(name), Some(*workspace));
            for lang in Lang::ALL {
                assert!(!workspace.label(lang).is_empty());
                assert!(workspace.summary(lang).len() > 20, "{name}: a real summary");
            }
            let mut views = std::collections::HashSet::new();
            for view in workspace.views() {
                assert!(views.insert(view.name), "{name}: view {} twice", view.name);
            }
        }
        // Every variant is listed: this match stops compiling when one is added, until the
        // test lists it too, and the assertion then checks the registry has it.
        for workspace in [
            Workspace::Overview,
            Workspace::Personas,
            Workspace::Journey,
            Workspace::FourC,
            Workspace::Value,
            Workspace::Metrics,
            Workspace::Initiatives,
            Workspace::Scenarios,
            Workspace::Slides,
        ] {
            match workspace {
                Workspace::Overview
                | Workspace::Personas
                | Workspace::Journey
                | Workspace::FourC
                | Workspace::Value
                | Workspace::Metrics
                | Workspace::Initiatives
                | Workspace::Scenarios
                | Workspace::Slides => assert!(Workspace::ALL.contains(&workspace)),
            }
        }
    }

    #[test]
    fn views_open_by_name_and_links_find_their_workspace() {
        let mut all = Workspaces::default();
        for workspace in Workspace::ALL {
            for view in workspace.views() {
                assert!(all.open_view(*workspace, view.name));
                assert_eq!(all.view(*workspace), view.name);
            }
            assert!(!all.open_view(*workspace, "no-such-view"));
        }
        let persona = Target::Persona(Id::from("p-anna"));
        assert_eq!(Workspace::showing(&persona), Some(Workspace::Personas));
        all.open(Workspace::Personas, &persona);
        assert_eq!(all.personas.selected, Some(Id::from("p-anna")));
        assert_eq!(
            Workspace::of_list(crate::model::edit::ListKind::Scenarios),
            Some(Workspace::Scenarios)
        );
    }
}
