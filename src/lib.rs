//! CX Workbench: personas, the 4C and value models, journey touchpoints and loyalty scenarios
//! in one RON project file. The crate's layers, from data to screen: [`model`] (the project as
//! data), [`store`] (files), [`engine`] (the loyalty model), [`charts`] (what plots show),
//! [`context`] (what workspaces and the shell share: actions, commands, cached results), then
//! [`ui`] (the workspaces, listed once in [`ui::registry`]) and [`app`] (the eframe shell).
//! [`layout`] is the page below the pictures: its light and dark themes, text measured and
//! wrapped in the app's font, and where a plot's parts go; [`slides`] lays out a slide of the
//! workshop deck once for present mode and the handouts; [`export`] draws plots and slides
//! headless (SVG, PNG, PDF, CSV) for the command line and the app; [`cli`] is the command line.
//! `model`, `store`, `engine`, `charts`, `layout`, `slides` and `export` never use egui, so the
//! command line and the tests use them without a window; no layer names one above it
//! (`tests/layers.rs`).

pub mod app;
pub mod charts;
pub mod cli;
pub mod context;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod slides;
pub mod store;
pub mod ui;
