//! `--screenshot PATH`: render the first frames of a project in a workspace, save a PNG of the
//! window and exit; how CI and developers see the app as a person would.

use crate::ui::{Workspace, Workspaces};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// What to show and where to save the picture.
#[derive(Clone, Debug)]
pub struct ScreenshotRequest {
    /// The PNG to write.
    pub path: PathBuf,
    /// The workspace to show.
    pub workspace: Workspace,
    /// A view (tab) of the workspace, by its command-line name.
    pub view: Option<String>,
    /// The persona, initiative or scenario to show, by id.
    pub select: Option<crate::model::Id>,
    /// Present the deck from this slide (0 is the first) instead of showing a workspace.
    pub present: Option<usize>,
}

impl ScreenshotRequest {
    /// Sets up the workspace state for the picture: the workspace, its view, the item.
    pub fn apply(&self, ui: &mut Workspaces) {
        ui.workspace = self.workspace;
        if let Some(view) = &self.view {
            ui.open_view(self.workspace, view);
        }
        if let Some(id) = &self.select {
            for kind in crate::model::edit::ListKind::ALL {
                if Workspace::of_list(kind) == Some(self.workspace) {
                    ui.open(
                        self.workspace,
                        &crate::model::edit::target(kind, id.clone()),
                    );
                }
            }
        }
    }
}

/// Frames to render before the picture, so layout and fonts have settled.
const SETTLE_FRAMES: u32 = 6;

/// Progress of a screenshot run.
#[derive(Default)]
pub struct ScreenshotState {
    request: Option<ScreenshotRequest>,
    frames: u32,
    requested: bool,
    result: Arc<Mutex<Option<Result<(), String>>>>,
}

/// Exit status of a screenshot run: `None` while it is not finished.
pub static OUTCOME: Mutex<Option<Result<(), String>>> = Mutex::new(None);

impl ScreenshotState {
    /// A run for `request` (none: the normal app).
    pub fn new(request: Option<ScreenshotRequest>) -> Self {
        ScreenshotState {
            request,
            ..ScreenshotState::default()
        }
    }

    /// Whether the app is taking a screenshot (and will exit by itself).
    pub fn is_active(&self) -> bool {
        self.request.is_some()
    }

    /// Called at the end of every frame.
    pub fn step(&mut self, ctx: &egui::Context) {
        let Some(request) = &self.request else {
            return;
        };
        let finished = self.result.lock().ok().and_then(|mut r| r.take());
        if let Some(outcome) = finished {
            if let Ok(mut global) = OUTCOME.lock() {
                *global = Some(outcome);
            }
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        self.frames += 1;
        if self.frames >= SETTLE_FRAMES && !self.requested {
            self.requested = true;
            let path = request.path.clone();
            let result = Arc::clone(&self.result);
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                let outcome = save_png(&image, &path);
                if let Ok(mut slot) = result.lock() {
                    *slot = Some(outcome);
                }
                repaint.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

/// Writes the window picture as PNG; refuses a blank (single-colour) picture.
pub(super) fn save_png(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [width, height] = image.size;
    let first = image.pixels.first().copied();
    if width == 0 || height == 0 || image.pixels.iter().all(|p| Some(*p) == first) {
        return Err(format!("the window picture is blank ({width}×{height})"));
    }
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or_else(|| "the window picture has the wrong size".to_string())?;
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
