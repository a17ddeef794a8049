//! `cx-workbench`: opens the desktop app, or runs a headless command (see `--help`).

use clap::Parser;
use cx_workbench::app::{self, AppConfig, ScreenshotRequest};
use cx_workbench::cli::{self, Cli, Command};
use cx_workbench::i18n::Lang;
use cx_workbench::ui::Workspace;

fn main() {
    let mut args = Cli::parse();
    let code = match args.command.take() {
        Some(Command::Check { files }) => {
            cli::check(&files, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Some(Command::Report {
            file,
            scenario,
            json,
        }) => cli::report(
            &file,
            scenario.as_deref(),
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Import {
            file,
            touchpoints: Some(grid),
            ..
        }) => cli::import_touchpoints(&file, &grid, &mut std::io::stdout(), &mut std::io::stderr()),
        Some(Command::Import {
            file,
            survey,
            touchpoints: None,
            nps,
            ces,
            csat,
            persona,
            header_rows,
            label,
            period,
            skip_bad,
        }) => cli::import_survey(
            &file,
            &cli::SurveyImport {
                csv: survey.unwrap_or_default(),
                columns: [nps, ces, csat, persona],
                header_rows,
                label,
                period,
                skip_bad,
            },
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Export {
            file,
            out,
            format,
            lang,
            scenario,
            theme,
            scale,
            deck,
            notes,
        }) => {
            let mut options = cli::export_options(&format, lang, scenario, theme, scale);
            options.deck = deck.then(|| notes.place());
            cli::export(
                &file,
                &out,
                &options,
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            )
        }
        Some(Command::New {
            file,
            template,
            lang,
            list,
        }) => cli::new_project(
            file.as_deref(),
            template.as_deref(),
            lang,
            list,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            name,
        }) => cli::teamwork::merge_files(
            &base,
            &ours,
            &theirs,
            output.as_deref(),
            name.as_deref(),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Diff { old, new, json }) => cli::teamwork::diff_files(
            &old,
            &new,
            json,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::GitSetup { global }) => cli::teamwork::git_setup(
            global,
            &std::env::current_dir().unwrap_or_default(),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::GitDiff { args }) => {
            cli::teamwork::git_external_diff(&args, &mut std::io::stdout())
        }
        Some(Command::GitTextconv { file }) => {
            cli::teamwork::git_textconv(&file, &mut std::io::stdout(), &mut std::io::stderr())
        }
        None => run_app(args),
    };
    std::process::exit(code);
}

fn run_app(args: Cli) -> i32 {
    if args.list_workspaces {
        for workspace in Workspace::ALL {
            println!("{}", workspace.name());
        }
        return 0;
    }
    let mut config = AppConfig::desktop(args.file);
    config.language = args.lang.as_deref().map(Lang::from_locale);
    if let Some(path) = args.screenshot {
        let Some(workspace) = Workspace::from_name(&args.workspace) else {
            let names: Vec<&str> = Workspace::ALL.iter().map(|w| w.name()).collect();
            eprintln!(
                "cx-workbench: unknown workspace {:?}; the workspaces are {}",
                args.workspace,
                names.join(", ")
            );
            return 2;
        };
        if let Some(view) = &args.view
            && !workspace.views().iter().any(|v| v.name == view)
        {
            let names: Vec<&str> = workspace.views().iter().map(|v| v.name).collect();
            eprintln!(
                "cx-workbench: the {} workspace has no view {view:?}; its views are: {}",
                workspace.name(),
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            );
            return 2;
        }
        config.screenshot = Some(ScreenshotRequest {
            path,
            workspace,
            view: args.view,
            select: args.select.map(cx_workbench::model::Id::new),
            present: args.present.map(|n| n.saturating_sub(1)),
        });
        config.recovery_dir = None;
        config.use_storage = false;
    }
    let taking_screenshot = config.screenshot.is_some();
    if let Err(error) = app::run(config) {
        eprintln!("cx-workbench: could not start the window: {error}");
        return 2;
    }
    if taking_screenshot {
        return match app::screenshot_outcome() {
            Some(Ok(())) => 0,
            Some(Err(reason)) => {
                eprintln!("cx-workbench: screenshot failed: {reason}");
                1
            }
            None => {
                eprintln!("cx-workbench: the window closed before the screenshot was taken");
                1
            }
        };
    }
    0
}
