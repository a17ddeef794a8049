//! What keeps a team's work safe on disk when things go wrong: recovery copies name the absolute
//! file and one window each, an old `.bak` survives a backup that fails half-way, a read-only
//! file (or one this user may not write) is never replaced, nothing is written through a
//! planted link, backups and recovery copies are as private as the project, and pipes and
//! devices are refused at once instead of hanging.

use cx_workbench::model::Project;
use cx_workbench::store::{self, Fingerprint, LoadError, SaveStep};
use std::fs;
use std::path::Path;
use std::time::Duration;

fn sample_project() -> Project {
    store::embedded_sample().expect("embedded sample")
}

/// Runs `work` on a thread and gives its result, or `None` if it takes longer than a second
/// (the thread is left behind: it is blocked, which is what the test is about).
fn within_a_second<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive.recv_timeout(Duration::from_secs(1)).ok()
}

#[test]
fn a_recovery_copy_names_the_absolute_file_it_belongs_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Tests run in the package folder: a relative path, as typed on a command line there.
    let relative = Path::new("projects/hotel-group.ron");
    let slot = store::RecoverySlot::new(dir.path());
    slot.write(Some(relative), None, &sample_project())
        .expect("written");
    let found = store::find_recoveries(dir.path());
    let expected = fs::canonicalize(relative).expect("the sample exists");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].original.as_deref(), Some(expected.as_path()));
    assert!(expected.is_absolute());
}

#[test]
fn two_windows_on_one_file_keep_two_copies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("shop.ron");
    let (first, second) = (
        store::RecoverySlot::new(dir.path()),
        store::RecoverySlot::new(dir.path()),
    );
    assert_ne!(first, second);
    let mut ours = sample_project();
    ours.meta.name = "Window A".into();
    let mut theirs = sample_project();
    theirs.meta.name = "Window B".into();
    first.write(Some(&original), None, &ours).expect("A");
    second.write(Some(&original), None, &theirs).expect("B");
    assert_eq!(store::find_recoveries(dir.path()).len(), 2);

    // Window A saves: only its own copy goes.
    first.discard();
    let left = store::find_recoveries(dir.path());
    assert_eq!(left.len(), 1);
    let project = store::read_recovery(&left[0]).expect("reads");
    assert_eq!(project.meta.name, "Window B");
}

/// Set by [`an_old_backup_survives_a_backup_that_fails_half_way`] for the child process it
/// starts: there the same test saves instead of checking.
const CHILD_SAVES: &str = "CX_WORKBENCH_TEST_CHILD_SAVES";

/// In the child process (run with a small file-size limit): saves a small project over the
/// file at `path`, and prints the outcome for the parent to check.
fn save_a_small_project_and_say_how_it_went(path: &Path) {
    let mut project = sample_project();
    project.personas.truncate(1);
    project.touchpoints.truncate(1);
    project.meta.description = "new".into();
    match store::save(path, &project) {
        Ok(_) => println!("CHILD: saved"),
        Err(error) => println!("CHILD: failed at {:?}", error.step),
    }
}

/// One test in two roles: run by the test suite it starts itself again as a child process with
/// a file-size limit and checks what the child's save left on disk; in that child (the
/// variable set) it only saves. So no test passes without checking anything.
#[cfg(target_os = "linux")]
#[test]
fn an_old_backup_survives_a_backup_that_fails_half_way() {
    use std::os::unix::process::CommandExt;
    if let Some(path) = std::env::var_os(CHILD_SAVES) {
        save_a_small_project_and_say_how_it_went(Path::new(&path));
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    // The file being replaced is large (a long description), the new version small: the disk
    // "fills up" while the old file is copied to `.bak`, after the new one was written.
    let mut large = sample_project();
    large.meta.description = "x".repeat(400_000);
    store::save(&path, &large).expect("first save");
    let old_backup = b"// the backup of yesterday\n".repeat(100);
    fs::write(store::backup_path(&path), &old_backup).expect("old backup");
    let before = fs::read(&path).expect("written");

    let limit_bytes: u64 = 200_000;
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"));
    child
        .args([
            "--exact",
            "an_old_backup_survives_a_backup_that_fails_half_way",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_SAVES, &path);
    // SAFETY: between fork and exec, only async-signal-safe calls: setrlimit and signal.
    unsafe {
        child.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: limit_bytes,
                rlim_max: limit_bytes,
            };
            libc::setrlimit(libc::RLIMIT_FSIZE, &limit);
            // A write past the limit fails with EFBIG, as on a full disk, instead of killing.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let output = child.output().expect("child runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("CHILD: failed at Backup"),
        "the backup step failed: {said}"
    );
    assert_eq!(
        fs::read(store::backup_path(&path)).expect("backup"),
        old_backup,
        "the previous .bak is intact"
    );
    assert_eq!(fs::read(&path).expect("file"), before, "the file is intact");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_read_only_project_file_is_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    store::save(&path, &sample_project()).expect("first save");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = fs::read(&path).expect("written");

    let mut changed = sample_project();
    changed.meta.name = "Changed".into();
    let error = store::save(&path, &changed).expect_err("a read-only file is not replaced");
    assert_eq!(error.step, SaveStep::ReadOnly);
    assert!(error.to_string().contains("Save As"), "{error}");
    assert_eq!(fs::read(&path).expect("file"), before);
    assert!(!store::backup_path(&path).exists(), "no .bak made");
}

#[cfg(unix)]
#[test]
fn a_read_only_backup_never_blocks_saving() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    let backup = store::backup_path(&path);
    store::save(&path, &sample_project()).expect("first save");
    fs::write(&backup, "old").expect("backup");
    fs::set_permissions(&backup, fs::Permissions::from_mode(0o444)).expect("chmod");
    let previous = fs::read(&path).expect("written");
    // As a normal user (root may write into any file, which would hide the problem), in a
    // folder that user may write in, on a project that user may write.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("chmod");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).expect("chmod");

    let mut changed = sample_project();
    changed.meta.name = "Changed".into();
    let result = std::thread::spawn(move || {
        #[cfg(target_os = "linux")]
        // SAFETY: setfsuid only changes this thread's file-system user id.
        unsafe {
            libc::setfsuid(65534);
        }
        store::save(&path, &changed).map(|_| ())
    });
    let saved = result.join().expect("thread");
    saved.expect("saves although the old .bak is read-only");
    assert_eq!(fs::read(&backup).expect("backup"), previous);
}

#[cfg(unix)]
fn make_fifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("no NUL");
    // SAFETY: a valid C string; mkfifo only creates a file.
    let made = unsafe { libc::mkfifo(name.as_ptr(), 0o644) };
    assert_eq!(made, 0, "mkfifo");
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_within_a_second() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("project.ron");
    make_fifo(&fifo);
    let path = fifo.clone();
    let loaded = within_a_second(move || store::load(&path).map(|_| ()));
    let error = loaded.expect("load returns").expect_err("refused");
    assert_eq!(error.error, LoadError::NotAFile);
    assert!(error.to_string().contains("not a regular file"), "{error}");

    let path = fifo.clone();
    let changed = within_a_second(move || store::changed_on_disk(&path, Fingerprint(1)));
    assert_eq!(changed, Some(true), "a pipe counts as changed, at once");

    // Saving over a pipe (the project file was replaced by one) replaces it with the file.
    let path = fifo.clone();
    let saved = within_a_second(move || store::save(&path, &sample_project()).map(|_| ()));
    assert!(matches!(saved, Some(Ok(()))), "{saved:?}");
    assert!(store::load(&fifo).is_ok());

    let recovery_dir = dir.path().join("recovery");
    fs::create_dir(&recovery_dir).expect("dir");
    make_fifo(&recovery_dir.join("recovery-1-0-0.ron"));
    let found = within_a_second(move || store::find_recoveries(&recovery_dir).len());
    assert_eq!(
        found,
        Some(0),
        "a pipe named like a recovery copy is skipped"
    );

    let zero = dir.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).expect("link");
    let path = zero.clone();
    let changed = within_a_second(move || store::changed_on_disk(&path, Fingerprint(1)));
    assert_eq!(changed, Some(true), "a device is not read");
    let loaded = within_a_second(move || store::load(&zero).map(|_| ()));
    assert!(matches!(loaded, Some(Err(_))));
}

#[test]
fn a_file_just_over_the_limit_says_by_how_much() {
    let error = LoadError::TooLarge {
        bytes: store::MAX_FILE_BYTES + 1,
        limit: store::MAX_FILE_BYTES,
    };
    let text = error.to_string();
    assert!(
        text.contains("67108865 bytes, more than the 64 MiB limit"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn check_and_report_refuse_a_pipe_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("project.ron");
    make_fifo(&fifo);
    for command in ["check", "report"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cx-workbench"))
            .arg(command)
            .arg(&fifo)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        let started = std::time::Instant::now();
        while child.try_wait().expect("waits").is_none() && started.elapsed().as_secs() < 5 {
            std::thread::sleep(Duration::from_millis(10));
        }
        if child.try_wait().expect("waits").is_none() {
            let _ = child.kill();
            panic!("`{command}` hangs on a pipe");
        }
        let output = child.wait_with_output().expect("output");
        assert_eq!(output.status.code(), Some(2), "{command}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("not a regular file"), "{command}: {said}");
    }
}

/// Runs `work` on a thread whose file accesses are those of a normal user (uid 65534), so a
/// test means the same when the suite runs as root.
#[cfg(target_os = "linux")]
fn as_another_user<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(move || {
        // SAFETY: setfsuid only changes this thread's file-system user id.
        unsafe {
            libc::setfsuid(65534);
        }
        work()
    })
    .join()
    .expect("thread")
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_this_user_may_not_write_is_not_replaced_even_with_a_write_bit() {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    store::save(&path, &sample_project()).expect("first save");
    // Another user's file (here: root's, 0644) in a folder this user may write in.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("chmod");
    let before = fs::read(&path).expect("written");
    let owner = fs::metadata(&path).expect("meta").uid();
    let mut changed = sample_project();
    changed.meta.name = "Changed".into();
    let target = path.clone();
    let result = as_another_user(move || store::save(&target, &changed).map(|_| ()));
    let error = result.expect_err("refused");
    assert_eq!(error.step, SaveStep::ReadOnly, "{error}");
    assert_eq!(fs::read(&path).expect("still there"), before);
    assert_eq!(
        fs::metadata(&path).expect("meta").uid(),
        owner,
        "still the other user's"
    );
}

#[cfg(unix)]
#[test]
fn backups_and_recovery_copies_are_as_private_as_the_project() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("private.ron");
    store::save(&path, &sample_project()).expect("first save");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut changed = sample_project();
    changed.meta.name = "Changed".into();
    store::save(&path, &changed).expect("second save");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(
        mode(&store::backup_path(&path)),
        0o600,
        "the backup is as private"
    );

    let recovery_dir = dir.path().join("recovery");
    let copy = store::RecoverySlot::new(&recovery_dir);
    copy.write(Some(&path), None, &changed).expect("a copy");
    assert_eq!(mode(copy.path()), 0o600);
    assert_eq!(mode(&recovery_dir), 0o700);
    // An older copy made readable by others becomes private again on the next write.
    fs::set_permissions(copy.path(), fs::Permissions::from_mode(0o644)).expect("chmod");
    copy.write(Some(&path), None, &changed).expect("a copy");
    assert_eq!(mode(copy.path()), 0o600);
}

/// Every name the old writer would have picked for a temporary file of `name`, and a few
/// more, as links to `victim`.
#[cfg(unix)]
fn plant_links(dir: &Path, name: &str, victim: &Path) {
    let pid = std::process::id();
    let mut names = vec![format!(".{name}.part-{pid}")];
    names.extend((0..64).map(|n| format!(".{name}.{pid}-{n}.tmp")));
    for planted in names {
        std::os::unix::fs::symlink(victim, dir.join(planted)).expect("a link");
    }
}

#[cfg(unix)]
#[test]
fn no_file_is_written_through_a_planted_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let private = dir.path().join("private.txt");
    fs::write(&private, "secret").expect("victim");
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).expect("shared");
    for name in [
        "index.html",
        "project.ron",
        "project.ron.bak",
        "slide-01.png",
    ] {
        plant_links(&shared, name, &private);
    }
    // The writer behind every export, plot and picture: unpredictable names, and a link at
    // the name is never opened.
    for _ in 0..50 {
        store::write_through_temporary(&shared, "index.html", b"handout").expect("written");
    }
    // A link at the final name is replaced by the file, not written through.
    std::os::unix::fs::symlink(&private, shared.join("plot.svg")).expect("a link");
    store::write_through_temporary(&shared, "plot.svg", b"<svg/>").expect("written");
    assert!(
        !fs::symlink_metadata(shared.join("plot.svg"))
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    // The project's save and its backup.
    let project = shared.join("project.ron");
    store::save(&project, &sample_project()).expect("saved");
    store::save(&project, &sample_project()).expect("saved again, with a backup");
    assert_eq!(fs::read_to_string(&private).expect("victim"), "secret");
    // A planted link where the deck's folder goes is refused, not followed.
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir(&elsewhere).expect("elsewhere");
    std::os::unix::fs::symlink(&elsewhere, shared.join("deck")).expect("a link");
    let error = store::create_own_folder(&shared.join("deck")).expect_err("refused");
    assert!(error.to_string().contains("is a link"), "{error}");
    assert_eq!(fs::read_dir(&elsewhere).expect("elsewhere").count(), 0);
}

#[cfg(unix)]
#[test]
fn a_temporary_file_left_by_a_killed_save_is_removed_by_the_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("project.ron");
    let left = dir.path().join(".project.ron.abcdefgh.tmp");
    let recent = dir.path().join(".project.ron.ijklmnop.tmp");
    let other = dir.path().join(".notes.txt.abcdefgh.tmp");
    for file in [&left, &recent, &other] {
        fs::write(file, "half").expect("left behind");
    }
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for file in [&left, &other] {
        fs::File::options()
            .write(true)
            .open(file)
            .and_then(|f| f.set_modified(old))
            .expect("aged");
    }
    store::save(&path, &sample_project()).expect("saved");
    assert!(!left.exists(), "our own stale temporary file is removed");
    assert!(recent.exists(), "one another window may be writing is kept");
    assert!(other.exists(), "another file's is not ours");
}

#[cfg(target_os = "linux")]
#[test]
fn a_link_another_user_planted_at_the_project_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().expect("temp dir");
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "secret").expect("victim");
    let path = dir.path().join("plan.ron");
    std::os::unix::fs::symlink(&victim, &path).expect("a link");
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("no NUL");
    // SAFETY: a valid C string; lchown changes only the link's owner (the suite runs as root
    // on CI; as another user it fails and the link stays this user's, which is not the case
    // tested).
    let planted = unsafe { libc::lchown(name.as_ptr(), 65534, 65534) } == 0;
    if !planted {
        return;
    }
    store::save(&path, &sample_project()).expect("saved");
    assert_eq!(fs::read_to_string(&victim).expect("victim"), "secret");
    assert!(
        fs::symlink_metadata(&path).expect("meta").is_file(),
        "the link was replaced"
    );
}
