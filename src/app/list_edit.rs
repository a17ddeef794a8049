//! Runs a list edit ([`crate::model::edit`]) as one undo step, then keeps the selection
//! sensible: the new item or copy is shown (a new one ready to be named), a deleted item's
//! neighbour takes its place, and the user hears what a delete took with it.

use super::WorkbenchApp;
use crate::context::action::texts;
use crate::i18n::{Lang, numbers};
use crate::model::edit::{self, ListEdit, ListKind};
use crate::ui::Workspace;

/// Applies `edit` to the list `kind`.
pub fn apply(app: &mut WorkbenchApp, kind: ListKind, edit: ListEdit, lang: Lang) {
    let deleting = matches!(edit, ListEdit::Delete(_));
    let keeping = matches!(edit, ListEdit::DeleteStageKeeping { .. });
    let Some(outcome) = edit::apply(&mut app.doc.project, kind, edit) else {
        return;
    };
    let workspace = Workspace::of_list(kind);
    if let (Some(workspace), Some(id)) = (workspace, &outcome.select) {
        if outcome.added {
            app.ui.added(workspace, id);
        } else {
            app.ui.open(workspace, &edit::target(kind, id.clone()));
        }
    }
    if deleting {
        let mut message = texts(kind).deleted.get(lang).to_string();
        if outcome.touchpoints_removed > 0 {
            let count = numbers::grouped(outcome.touchpoints_removed as f64, 0, lang);
            // "touchpoints" is the word in both languages.
            message = format!("{message} ({count} touchpoints)");
        }
        app.toasts.info(message);
    }
    if keeping {
        app.toasts.info(
            crate::i18n::t(
                "Stage deleted, its touchpoints moved — Ctrl+Z brings it back",
                "Fase verwijderd, haar touchpoints verplaatst — Ctrl+Z haalt haar terug",
            )
            .get(lang),
        );
    }
}
