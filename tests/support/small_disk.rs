//! A small disk for the tests of a full one: a tmpfs mounted in a mount
//! namespace of the test's own (`unshare --mount`), so that nothing outside
//! the test sees it. The test binary runs one of its own tests again in
//! that namespace. Mounting needs root (CI runs as root); elsewhere the
//! test says it was skipped.

use std::path::Path;
use std::process::Command;

const PASSED: &str = "SMALL-DISK-SCENARIO-PASSED";
const SKIPPED: &str = "SMALL-DISK-SCENARIO-SKIPPED";

/// Runs the test `child` of this test binary again under `unshare
/// --mount`, with `vars` set, and asserts that its scenario ran to its end;
/// says why and returns where it cannot run here.
pub fn run_child(child: &str, vars: &[(&str, &Path)]) {
    if !super::shared::is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root (CI runs as root)");
        return;
    }
    let mut cmd = Command::new("unshare");
    cmd.args(["--mount", "--propagation", "private"])
        .arg(std::env::current_exe().expect("test binary"))
        .args(["--exact", child, "--nocapture", "--test-threads=1"]);
    for (name, value) in vars {
        cmd.env(name, value);
    }
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: cannot run unshare ({e})");
            return;
        }
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if text.contains(SKIPPED) && out.status.success() {
        eprintln!("skipped: {text}");
        return;
    }
    assert!(
        out.status.success(),
        "the scenario of {child} failed:\n{text}"
    );
    assert!(
        text.contains(PASSED),
        "the scenario of {child} did not run:\n{text}"
    );
}

/// In the child: mounts a tmpfs of `size` (mount's `size=`, such as
/// "8m") on `dir`; false, and said as skipped, where it cannot.
pub fn mount(dir: &Path, size: &str) -> bool {
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .status();
    let ok = mounted.is_ok_and(|s| s.success());
    if !ok {
        println!("{SKIPPED}: cannot mount a tmpfs here");
    }
    ok
}

/// In the child, last: tells `run_child` the scenario ran to its end.
pub fn passed() {
    println!("{PASSED}");
}
