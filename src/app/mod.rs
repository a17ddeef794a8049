//! The eframe shell: the open document, settings, menus, shortcuts, dialogs, toasts, and the
//! one place where actions are applied, edits become undo steps and the unsaved marker lives.

mod dialogs;
mod document;
mod file_chooser;
mod files;
mod handouts;
mod history;
mod list_edit;
mod menus;
mod picture_import;
mod present;
mod screenshot;
mod settings;
pub(crate) mod teamwork;
mod toasts;
mod welcome;

pub use crate::context::{Action, Actions, AppCommand, Results, UncertaintyStatus};
pub use document::{Answer, Dialogs, Document, NativeDialogs, ScriptedDialogs, Source};
pub use history::History;
pub use screenshot::ScreenshotRequest;
pub use settings::{Settings, Theme};

use crate::i18n::{Lang, tr};
use crate::model::{Problem, validate};
use crate::ui::{self, Workspace, Workspaces};
use dialogs::Modal;
use std::path::PathBuf;

/// The application id: eframe's storage folder and the window class.
pub const APP_ID: &str = "cx-workbench";
/// Seconds between recovery copies while there are unsaved changes.
const RECOVERY_INTERVAL_SECS: f64 = 5.0;

/// How the app starts; the desktop and the tests differ only here.
pub struct AppConfig {
    /// The file to open (from the command line).
    pub open: Option<PathBuf>,
    /// Where recovery copies go; `None` disables them.
    pub recovery_dir: Option<PathBuf>,
    /// File dialogs.
    pub dialogs: Box<dyn Dialogs>,
    /// Render, save a picture of the window, and exit.
    pub screenshot: Option<ScreenshotRequest>,
    /// Read and write settings in eframe's storage.
    pub use_storage: bool,
    /// Use this language instead of the stored or system one.
    pub language: Option<Lang>,
    /// Mention `cx-workbench git-setup` when a project opens from a git repository that
    /// merges it as plain text.
    pub git_hint: bool,
    /// Show the welcome screen at first start and on File → New (as the settings say).
    pub welcome: bool,
}

impl AppConfig {
    /// The desktop app: native dialogs, recovery in eframe's storage folder.
    pub fn desktop(open: Option<PathBuf>) -> Self {
        AppConfig {
            open,
            recovery_dir: eframe::storage_dir(APP_ID).map(|dir| dir.join("recovery")),
            dialogs: Box::new(NativeDialogs),
            screenshot: None,
            use_storage: true,
            language: None,
            git_hint: true,
            welcome: true,
        }
    }

    /// For tests: scripted dialogs, recovery in `recovery_dir`, English, no stored settings.
    pub fn for_tests(recovery_dir: Option<PathBuf>, dialogs: ScriptedDialogs) -> Self {
        AppConfig {
            open: None,
            recovery_dir,
            dialogs: Box::new(dialogs),
            screenshot: None,
            use_storage: false,
            language: Some(Lang::En),
            git_hint: false,
            welcome: false,
        }
    }
}

/// The running app.
pub struct WorkbenchApp {
    /// The open project.
    pub doc: Document,
    /// Settings kept between runs.
    pub settings: Settings,
    /// The workspaces' state (selection, views) and which one is shown.
    pub ui: Workspaces,
    config: AppConfig,
    actions: Actions,
    /// A project was opened in place of another: forget the views' scroll positions at the
    /// start of the next frame.
    fresh_views: bool,
    /// Messages in the corner.
    pub toasts: toasts::Toasts,
    modal: Option<Modal>,
    problems: Vec<Problem>,
    problems_checked_at: Option<(u64, f64)>,
    textures: ui::avatar::Textures,
    /// Scenario results and their uncertainty.
    pub results: Results,
    /// Moves whenever the project may have changed (input, an action, [`Self::project_mut`]),
    /// so caches compare the project only then.
    revision: u64,
    recovery: files::RecoveryWriter,
    picture_import: Option<picture_import::PictureImport>,
    handouts: Option<handouts::HandoutsJob>,
    title: String,
    applied_look: Option<(Theme, u32)>,
    allow_close: bool,
    screenshot: screenshot::ScreenshotState,
    /// The presentation under way, if presenting.
    pub show: Option<ui::present::Show>,
    /// File → Compare with… and the conflicts to resolve.
    pub(crate) teamwork: teamwork::TeamworkState,
}

impl WorkbenchApp {
    /// Creates the app: settings from storage, then the file asked for, the most recent file,
    /// or the embedded sample; offers recovery copies left by a crash.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let mut settings = if config.use_storage {
            Settings::load(cc.storage)
        } else {
            Settings::default()
        };
        if let Some(lang) = config.language {
            settings.language = Some(lang);
        }
        cc.egui_ctx.options_mut(|o| o.quit_shortcuts.clear());
        ui::style::install(&cc.egui_ctx);
        let screenshot = screenshot::ScreenshotState::new(config.screenshot.clone());
        let mut app = WorkbenchApp {
            doc: files::sample_document(),
            settings,
            ui: Workspaces::default(),
            config,
            actions: Actions::default(),
            fresh_views: false,
            toasts: toasts::Toasts::default(),
            modal: None,
            problems: Vec::new(),
            problems_checked_at: None,
            textures: ui::avatar::Textures::default(),
            results: Results::default(),
            revision: 0,
            recovery: files::RecoveryWriter::default(),
            picture_import: None,
            handouts: None,
            title: String::new(),
            applied_look: None,
            allow_close: false,
            screenshot,
            show: None,
            teamwork: teamwork::TeamworkState::default(),
        };
        app.open_at_start();
        if let Some(request) = app.config.screenshot.clone() {
            request.apply(&mut app.ui);
            if let Some(index) = request.present {
                let count = app.doc.project.slides.len();
                app.show = Some(ui::present::Show::new(index, count, false));
                // A picture of a slide is 16:9, as on a projector.
                let size = egui::vec2(1600.0, 900.0);
                cc.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            }
        }
        app
    }

    /// The open project, to change it from code (not through the widgets): caches see the
    /// change. Edits made this way become undo steps at the next frame with input.
    pub fn project_mut(&mut self) -> &mut crate::model::Project {
        self.next_revision();
        &mut self.doc.project
    }

    fn next_revision(&mut self) {
        self.revision += 1;
        self.results.set_revision(self.revision);
    }

    /// Whether this frame's input may change the project (anything but pointer moves).
    fn input_may_edit(ctx: &egui::Context) -> bool {
        ctx.input(|i| {
            i.pointer.any_down()
                || i.events.iter().any(|e| {
                    !matches!(
                        e,
                        egui::Event::PointerMoved(_)
                            | egui::Event::MouseMoved(_)
                            | egui::Event::PointerGone
                    )
                })
        })
    }

    /// The user-interface language.
    pub fn lang(&self) -> Lang {
        self.settings.language_or_system()
    }

    /// The validation problems of the open project.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Whether a dialog is open (for tests).
    pub fn modal_title(&self) -> Option<&'static str> {
        self.modal.as_ref().map(|m| m.title(self.lang()))
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.zoom.to_bits());
        if self.applied_look != Some(look) {
            ctx.set_theme(self.settings.theme.preference());
            if (ctx.zoom_factor() - self.settings.zoom).abs() > f32::EPSILON {
                ctx.set_zoom_factor(self.settings.zoom.clamp(0.5, 3.0));
            }
            self.applied_look = Some(look);
        }
    }

    /// Turns this frame's key presses into commands, only those of the scope that is active:
    /// while presenting only the present keys, while typing only the global ones.
    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        // A dialog open (here, or the presenter view's list of keys) takes the keys: Esc
        // closes it.
        if self.modal.is_some() || self.show.as_ref().is_some_and(|s| s.keys) {
            return;
        }
        let presenting = self.show.is_some();
        if let Some(show) = &mut self.show
            && show.blank
            && show.asking.is_none()
        {
            // Any key shows the slide again (and does nothing else).
            let pressed = ctx.input_mut(|i| {
                let any = i
                    .events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }));
                if any {
                    i.events.retain(|e| !matches!(e, egui::Event::Key { .. }));
                }
                any
            });
            if pressed {
                show.blank = false;
                return;
            }
        }
        for command in AppCommand::consume(ctx, presenting, ctx.text_edit_focused()) {
            self.actions.push(Action::Command(command));
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .filter(|f| !f.path().as_os_str().is_empty())
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.actions.push(Action::OpenPath(path));
            } else {
                self.toasts.error(tr::TOAST_NOT_RON.get(self.lang()));
            }
        }
        let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
        if hovering {
            ui::drop_overlay(ctx, tr::DROP_TO_OPEN.get(self.lang()));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.allow_close || self.screenshot.is_active() {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(files::Intent::Quit));
        } else {
            self.discard_recovery();
        }
    }

    /// Runs the actions collected during the frame.
    fn run_actions(&mut self, ctx: &egui::Context) {
        for action in self.actions.take() {
            self.run(action, ctx);
        }
    }

    fn run(&mut self, action: Action, ctx: &egui::Context) {
        let lang = self.lang();
        match action {
            Action::Command(command) => self.run_command(command, ctx),
            Action::OpenPath(path) => self.ask_then(files::Intent::Open(Some(path)), ctx),
            Action::OpenSample => self.ask_then(files::Intent::OpenSample, ctx),
            Action::ClearRecent => self.settings.recent.clear(),
            Action::SetLanguage(lang) => self.settings.language = Some(lang),
            Action::SetTheme(preference) => {
                self.settings.theme = Theme::from_preference(preference);
            }
            Action::Goto(name) => {
                if let Some(workspace) = Workspace::from_name(name) {
                    self.ui.workspace = workspace;
                }
            }
            Action::Show(target) => {
                if let Some(workspace) = Workspace::showing(&target) {
                    self.ui.workspace = workspace;
                    self.ui.open(workspace, &target);
                }
            }
            Action::List(kind, edit) => {
                self.doc.history.flush(&self.doc.project);
                list_edit::apply(self, kind, edit, lang);
                self.doc.history.flush(&self.doc.project);
            }
            Action::SetChannels(id, channels) => {
                self.doc.history.flush(&self.doc.project);
                if let Some(persona) = self.doc.project.personas.iter_mut().find(|p| p.id == id) {
                    persona.preferred_channels = channels;
                }
                self.doc.history.flush(&self.doc.project);
            }
            Action::Notify(message) => self.toasts.info(message),
            Action::ExportGrid => self.export_grid(),
            Action::ImportGrid => self.import_grid(),
            Action::Compare(with) => self.compare_with(with),
            Action::Resolve(index, how) => self.resolve(index, how),
            Action::ChooseSurveyCsv => match self.config.dialogs.open_csv() {
                document::Answer::Picked(path) => self.read_survey_csv(&path),
                document::Answer::Cancelled => {}
                document::Answer::Unavailable => {
                    self.choose_file(file_chooser::Purpose::SurveyCsv, String::new());
                }
            },
            Action::Edits(kind, edits) => {
                self.doc.history.flush(&self.doc.project);
                for edit in edits {
                    list_edit::apply(self, kind, edit, lang);
                }
                self.doc.history.flush(&self.doc.project);
            }
            Action::Present(index) => self.start_presenting(index, ctx),
            Action::AddToDeck(spec, title) => self.add_to_deck(spec, title),
            Action::Picture(request) => self.deliver_picture(request, ctx),
            Action::SetSlideTheme(theme) => self.settings.slide_theme = theme,
            Action::KeepWhatIf {
                based_on,
                values,
                name,
            } => self.keep_what_if(based_on, values, name),
            Action::ImportPicture(id) => match self.config.dialogs.open_picture() {
                document::Answer::Picked(path) => self.import_picture(&id, &path),
                document::Answer::Cancelled => {}
                document::Answer::Unavailable => {
                    self.choose_file(file_chooser::Purpose::Picture(id), String::new());
                }
            },
        }
    }

    fn run_command(&mut self, command: AppCommand, ctx: &egui::Context) {
        let lang = self.lang();
        match command {
            AppCommand::New => self.ask_then(files::Intent::New, ctx),
            AppCommand::Open => self.ask_then(files::Intent::Open(None), ctx),
            AppCommand::Save => {
                self.save(false, None, false, ctx);
            }
            AppCommand::SaveAs => {
                self.save(true, None, false, ctx);
            }
            AppCommand::Quit => self.ask_then(files::Intent::Quit, ctx),
            AppCommand::Undo => match self.doc.history.undo(&self.doc.project) {
                Some(project) => self.doc.project = project,
                None => self.toasts.info(tr::TOAST_NOTHING_TO_UNDO.get(lang)),
            },
            AppCommand::Redo => match self.doc.history.redo(&self.doc.project) {
                Some(project) => self.doc.project = project,
                None => self.toasts.info(tr::TOAST_NOTHING_TO_REDO.get(lang)),
            },
            AppCommand::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            AppCommand::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            AppCommand::ZoomReset => ctx.set_zoom_factor(1.0),
            AppCommand::Shortcuts => match &mut self.show {
                // With the presenter view open, the list shows there, not to the room.
                Some(show) if show.presenter => show.keys = true,
                _ => self.modal = Some(Modal::Shortcuts),
            },
            AppCommand::About => self.modal = Some(Modal::About),
            AppCommand::Welcome => {
                self.modal = Some(Modal::Welcome(welcome::Welcome::new(lang, false)));
            }
            AppCommand::Workspace1
            | AppCommand::Workspace2
            | AppCommand::Workspace3
            | AppCommand::Workspace4
            | AppCommand::Workspace5
            | AppCommand::Workspace6
            | AppCommand::Workspace7
            | AppCommand::Workspace8
            | AppCommand::Workspace9 => {
                let number = command.workspace_number().unwrap_or(1);
                if let Some(workspace) = Workspace::ALL.get(number - 1) {
                    self.ui.workspace = *workspace;
                }
            }
            AppCommand::Present => {
                if self.show.is_none() {
                    self.start_presenting(0, ctx);
                }
            }
            AppCommand::PresentFromHere => {
                let selected = self.ui.slides.selected_index(&self.doc.project);
                self.start_presenting(selected.unwrap_or(0), ctx);
            }
            AppCommand::NextSlide
            | AppCommand::PreviousSlide
            | AppCommand::FirstSlide
            | AppCommand::LastSlide
            | AppCommand::GoToTypedSlide
            | AppCommand::BlankScreen
            | AppCommand::PresenterView
            | AppCommand::StopPresenting => {
                let count = self.doc.project.slides.len();
                if let Some(show) = &mut self.show {
                    show.run(command, count, &self.doc.project, lang);
                    if command == AppCommand::PresenterView {
                        self.settings.presenter_view = show.presenter;
                    }
                }
            }
        }
    }

    /// A press, Tab or an accessibility action starts a new gesture: edits made before it (a
    /// burst of typing) become their own undo step. Runs before the widgets, so nothing of
    /// this frame is in that step.
    fn close_step_on_new_gesture(&mut self, ctx: &egui::Context) {
        let new_gesture = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::PointerButton { pressed: true, .. }
                        | egui::Event::AccessKitActionRequest(_)
                        | egui::Event::Key {
                            key: egui::Key::Tab,
                            pressed: true,
                            ..
                        }
                )
            })
        });
        if new_gesture && self.doc.history.is_pending() {
            self.doc.history.flush(&self.doc.project);
        }
    }

    /// Turns this frame's edits into undo steps and keeps the problem list current. A release
    /// ends a gesture after the widgets have seen it, so a drag whose last move arrives with
    /// the release is still one step.
    fn observe_edits(&mut self, ctx: &egui::Context, acted: bool) {
        let (now, maybe_changed, gesture, released) = ctx.input(|i| {
            let typed_or_clicked = i
                .events
                .iter()
                .any(|e| !matches!(e, egui::Event::PointerMoved(_) | egui::Event::MouseMoved(_)));
            (
                i.time,
                typed_or_clicked || i.pointer.any_down(),
                i.pointer.any_down(),
                i.pointer.any_released(),
            )
        });
        let mut pending =
            self.doc
                .history
                .observe(now, &self.doc.project, maybe_changed || acted, gesture);
        if pending && released && !gesture {
            self.doc.history.flush(&self.doc.project);
            pending = false;
        }
        if pending {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(history::STABLE_SECS));
        }
        // Validate when the project may have changed, at most four times a second while typing.
        let version = self.doc.history.version();
        let due = match self.problems_checked_at {
            None => true,
            Some((checked, at)) => {
                checked != version || (pending && maybe_changed && now - at > 0.25)
            }
        };
        if due {
            self.problems = validate(&self.doc.project);
            self.problems_checked_at = Some((version, now));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let name = if self.doc.project.meta.name.trim().is_empty() {
            tr::UNTITLED.get(lang).to_string()
        } else {
            self.doc.project.meta.name.clone()
        };
        let file = match &self.doc.source {
            Source::File(path) => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Source::Sample => tr::SAMPLE_PROJECT.get(lang).to_string(),
            Source::New => tr::NOT_SAVED_YET.get(lang).to_string(),
        };
        let marker = if self.doc.is_dirty() { "● " } else { "" };
        let title = format!("{marker}{name} — {file} — CX Workbench");
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The window title as last set (for tests).
    pub fn title(&self) -> &str {
        &self.title
    }

    fn workspace_ui(&mut self, ui: &mut egui::Ui) {
        // A tornado asked for while a slider is dragged is the last one, until the drag ends.
        self.results.set_busy(ui.input(|i| i.pointer.any_down()));
        let mut env = ui::Env {
            lang: self.lang(),
            actions: &mut self.actions,
            textures: &mut self.textures,
            problems: &self.problems,
            results: &mut self.results,
            slide_theme: self.settings.slide_theme,
        };
        self.ui.ui(ui, &mut self.doc.project, &mut env);
    }
}

/// Typed and pasted text without control characters, before any field sees it: a soft line
/// break pasted from a slide program (U+000B) or a form feed becomes a space, and the rest
/// (NUL, escape, …) is dropped. Line breaks and tabs stay in a paste: fields of several lines
/// keep their lines, and the scoring grid reads a spreadsheet's rows and cells from them.
fn drop_control_characters(ctx: &egui::Context) {
    let clean = |text: &str, keep: &[char]| -> String {
        text.replace("\r\n", "\n")
            .chars()
            .filter_map(|c| match c {
                c if keep.contains(&c) => Some(c),
                '\u{b}' | '\u{c}' | '\r' | '\t' | '\n' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect()
    };
    ctx.input_mut(|input| {
        for event in &mut input.events {
            match event {
                egui::Event::Paste(text) if text.chars().any(|c| c.is_control()) => {
                    *text = clean(text, &['\n', '\t']);
                }
                egui::Event::Text(text) if text.chars().any(|c| c.is_control()) => {
                    *text = clean(text, &[]);
                }
                _ => {}
            }
        }
    });
}

impl eframe::App for WorkbenchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        drop_control_characters(&ctx);
        if std::mem::take(&mut self.fresh_views) {
            ctx.data_mut(|d| d.remove_by_type::<egui::containers::scroll_area::State>());
        }
        let may_edit = Self::input_may_edit(&ctx);
        if may_edit {
            self.next_revision();
        }
        self.close_step_on_new_gesture(&ctx);
        self.apply_look(&ctx);
        self.handle_shortcuts(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_close_request(&ctx);

        if self.show.is_some() {
            // No editing chrome: the slide, and the presenter view; F1's list of keys over it.
            self.present_ui(ui, &ctx);
            if matches!(self.modal, Some(Modal::Shortcuts)) {
                dialogs::modal_ui(self, &ctx);
            }
        } else {
            menus::menu_bar(self, ui);
            menus::status_bar(self, ui);
            menus::navigation(self, ui);
            teamwork::side_panel(self, ui);
            egui::CentralPanel::default().show(ui, |ui| self.workspace_ui(ui));

            dialogs::modal_ui(self, &ctx);
            self.offer_recoveries_later();
            if let Some(action) = self.toasts.ui(&ctx, tr::CLOSE.get(self.lang())) {
                self.actions.push(action);
            }
        }

        let acted = !self.actions.is_empty();
        self.run_actions(&ctx);
        if acted || may_edit {
            // Edits after the caches were read this frame, or by the actions, are seen in the
            // next frame, which comes now rather than at the next mouse move.
            self.next_revision();
            ctx.request_repaint();
        }
        self.observe_edits(&ctx, acted);
        self.update_title(&ctx);
        self.write_recovery_if_due(&ctx);
        self.finish_picture_import(&ctx);
        self.finish_handouts(&ctx);
        self.settings.zoom = ctx.zoom_factor();
        self.screenshot.step(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.config.use_storage {
            self.settings.store(storage);
        }
    }

    fn on_exit(&mut self) {
        if !self.doc.is_dirty() {
            self.discard_recovery();
        }
    }
}

/// Opens the window and runs the app until it closes.
pub fn run(config: AppConfig) -> eframe::Result {
    let persist = config.use_storage;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("CX Workbench")
            .with_app_id(APP_ID)
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([960.0, 600.0])
            .with_drag_and_drop(true)
            .with_icon(icon()),
        persist_window: persist,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(|cc| Ok(Box::new(WorkbenchApp::new(cc, config)))),
    )
}

/// How a `--screenshot` run ended, once the window has closed.
pub fn screenshot_outcome() -> Option<Result<(), String>> {
    screenshot::OUTCOME.lock().ok().and_then(|mut o| o.take())
}

/// The window icon: a rising emotion curve on a rounded square, drawn at start.
fn icon() -> egui::IconData {
    const SIZE: u32 = 64;
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (fx, fy) = (x as f32 / SIZE as f32, y as f32 / SIZE as f32);
            let corner = 0.18;
            let dx = (corner - fx).max(fx - (1.0 - corner)).max(0.0);
            let dy = (corner - fy).max(fy - (1.0 - corner)).max(0.0);
            let inside = dx * dx + dy * dy <= corner * corner;
            let curve = 0.72 - 0.42 * fx - 0.12 * (fx * 9.0).sin();
            let on_curve = (fy - curve).abs() < 0.06 && (0.12..0.88).contains(&fx);
            let pixel = match (inside, on_curve) {
                (false, _) => [0, 0, 0, 0],
                (true, true) => [0xE6, 0x9F, 0x00, 255],
                (true, false) => [0x00, 0x72, 0xB2, 255],
            };
            rgba.extend_from_slice(&pixel);
        }
    }
    egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    }
}
