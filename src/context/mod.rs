//! What the shell ([`crate::app`]) and the workspaces ([`crate::ui`]) share, below both: the
//! actions a workspace asks for, the app's commands, and the cache of scenario results.
//! Workspaces see this and their [`crate::ui::Env`], never the shell.

pub mod action;
pub mod command;
pub mod results;

pub use action::{Action, Actions, CompareWith, PictureAction, PictureRequest, Resolution};
pub use command::AppCommand;
pub use results::{Results, UncertaintyStatus};
