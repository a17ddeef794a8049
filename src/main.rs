//! `cx-workbench`: opens the desktop app, or runs a headless command (see `--help`).

use clap::Parser;
use cx_workbench::cli::{self, Cli, Command};

fn main() {
    let args = Cli::parse();
    let code = match args.command {
        Some(Command::Check { files }) => {
            cli::check(&files, &mut std::io::stdout(), &mut std::io::stderr())
        }
        None => {
            eprintln!("the desktop app is not built yet");
            2
        }
    };
    std::process::exit(code);
}
