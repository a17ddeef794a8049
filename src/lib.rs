//! CX Workbench: personas, the 4C and value models, journey touchpoints and loyalty scenarios
//! in one RON project file. The crate's layers, from data to screen: [`model`] (the project as
//! data), [`store`] (files), then the app. `model` and `store` never use egui, so the command
//! line and the tests use them without a window.

pub mod cli;
pub mod engine;
pub mod i18n;
pub mod model;
pub mod store;
