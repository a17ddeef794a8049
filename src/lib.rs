//! CX Workbench: personas, the 4C and value models, journey touchpoints and loyalty scenarios
//! in one RON project file. The crate's layers, from data to screen: [`model`] (the project as
//! data), [`store`] (files), [`charts`] (what plots show), then [`app`] (the eframe shell) and
//! [`ui`] (workspaces and widgets); [`export`] draws plots headless. `model`, `store`,
//! `charts` and `export` never use egui, so the
//! command line and the tests use them without a window.

pub mod app;
pub mod charts;
pub mod cli;
pub mod engine;
pub mod export;
pub mod i18n;
pub mod model;
pub mod store;
pub mod ui;
