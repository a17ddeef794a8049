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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Id;
    use crate::ui::Workspaces;
    use std::collections::HashSet;

    /// One lower-case word (a view name may join words with a hyphen): what a user types after
    /// `--workspace` or `--view`, and what the help prints.
    fn one_word(name: &str, hyphen: bool) -> bool {
        !name.is_empty()
            && !name.starts_with('-')
            && !name.ends_with('-')
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || (hyphen && c == '-'))
    }

    #[test]
    fn each_workspace_is_found_by_its_one_word_name_as_typed() {
        let mut names = HashSet::new();
        for &workspace in Workspace::ALL {
            let name = workspace.name();
            assert!(one_word(name, false), "{name:?}: one lower-case word");
            // Two workspaces of one name: `--workspace` and the links would open the first.
            assert!(names.insert(name), "{name} is registered twice");
            assert_eq!(Workspace::from_name(name), Some(workspace));
            let typed = format!(" {} ", name.to_uppercase());
            assert_eq!(Workspace::from_name(&typed), Some(workspace), "{typed:?}");
        }
        assert_eq!(Workspace::from_name("no-such-workspace"), None);
        assert_eq!(Workspace::from_name(""), None);
    }

    #[test]
    fn the_navigation_labels_differ_and_each_workspace_says_what_it_is_for() {
        for lang in Lang::ALL {
            let mut labels = HashSet::new();
            let mut summaries = HashSet::new();
            for &workspace in Workspace::ALL {
                let label = workspace.label(lang);
                // The navigation is clicked by label (by people and by the UI tests).
                assert!(!label.trim().is_empty(), "{}: a label", workspace.name());
                assert!(
                    labels.insert(label),
                    "{lang:?}: two workspaces labelled {label}"
                );
                let summary = workspace.summary(lang);
                assert!(summary.len() > 20, "{}: a real summary", workspace.name());
                assert!(summaries.insert(summary), "{lang:?}: one summary twice");
            }
        }
    }

    #[test]
    fn every_view_opens_by_its_name_and_is_remembered() {
        let mut all = Workspaces::default();
        for &workspace in Workspace::ALL {
            let mut names = HashSet::new();
            for view in workspace.views() {
                assert!(one_word(view.name, true), "{:?}: one word", view.name);
                assert!(
                    names.insert(view.name),
                    "{}: view {} twice",
                    workspace.name(),
                    view.name
                );
                for lang in Lang::ALL {
                    assert!(
                        !view.label.get(lang).trim().is_empty(),
                        "{}: a label",
                        view.name
                    );
                }
                assert!(
                    all.open_view(workspace, view.name),
                    "{} does not open its view {}",
                    workspace.name(),
                    view.name
                );
                assert_eq!(all.view(workspace), view.name);
            }
            assert!(!all.open_view(workspace, "no-such-view"));
        }
        // What the rendering tests and the benchmark walk: each workspace once per view.
        let walked = Workspace::every_view();
        let expected: usize = Workspace::ALL.iter().map(|w| w.views().len().max(1)).sum();
        assert_eq!(walked.len(), expected);
        for &workspace in Workspace::ALL {
            assert!(
                walked.iter().any(|(w, _)| *w == workspace),
                "{}",
                workspace.name()
            );
        }
    }

    /// The workspaces the README's table describes, by their English label, in its order.
    fn readme_workspaces() -> Vec<String> {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .unwrap_or_default();
        readme
            .lines()
            .skip_while(|line| !line.starts_with("| workspace |"))
            .skip(2)
            .take_while(|line| line.starts_with('|'))
            .filter_map(|line| line.split('|').nth(1))
            .map(|cell| cell.trim().to_string())
            .collect()
    }

    #[test]
    fn the_readme_describes_workspaces_that_exist_in_navigation_order() {
        // The README may describe a new workspace later; what it describes must be there, in
        // the order the navigation shows.
        let labels: Vec<&str> = Workspace::ALL.iter().map(|w| w.label(Lang::En)).collect();
        let described = readme_workspaces();
        assert!(described.len() >= 9, "the table was read: {described:?}");
        let mut rest = labels.iter();
        for name in &described {
            assert!(
                rest.any(|label| label == name),
                "the README's table of workspaces (What is in it) names {name:?}, which is not in the navigation in that place: {labels:?}"
            );
        }
    }

    #[test]
    fn links_find_their_workspace() {
        let mut all = Workspaces::default();
        let persona = Target::Persona(Id::from("p-anna"));
        assert_eq!(Workspace::showing(&persona), Some(Workspace::Personas));
        all.open(Workspace::Personas, &persona);
        assert_eq!(all.personas.selected, Some(Id::from("p-anna")));
        assert_eq!(
            Workspace::of_list(crate::model::edit::ListKind::Scenarios),
            Some(Workspace::Scenarios)
        );
    }

    /// The states that implement [`WorkspaceView`] in `src/ui` (by a source scan).
    fn workspace_states() -> Vec<String> {
        fn scan(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    scan(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    for line in text.lines() {
                        if let Some(rest) = line.trim().strip_prefix("impl WorkspaceView for ") {
                            found.push(rest.trim_end_matches('{').trim().to_string());
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        scan(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")),
            &mut found,
        );
        found
    }

    #[test]
    fn every_workspace_written_is_in_the_list() {
        // A workspace whose line in `workspaces!` (ui/mod.rs) was forgotten would build and
        // never show.
        let list = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui/mod.rs"))
            .unwrap_or_default();
        let list = list.split("workspaces! {").nth(1).unwrap_or_default();
        let list = list.split('}').next().unwrap_or_default();
        let states = workspace_states();
        assert_eq!(states.len(), Workspace::ALL.len(), "{states:?}");
        for state in states {
            assert!(
                list.contains(&format!("::{state},")),
                "{state} implements WorkspaceView but is not in the workspaces! list"
            );
        }
    }
}
