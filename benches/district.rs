//! District-scale figures (issue 6): open, dashboard, first frame,
//! key-to-frame on the household and income lists, a durable save, size on
//! disk against the CSV export, and peak memory of the TUI after visiting
//! every tab; then the same session's figures again through an owner
//! process (how every session but `--local` reaches the database).
//!
//! `cargo bench --bench district` works on `demo --households N` (N from
//! KUMBAN_BENCH_HOUSEHOLDS, default 20,000), generated once into
//! target/bench-data/ and reused; each run adds the few hundred income logs
//! it saves. `cargo bench --bench district -- --test` is CI's smoke run: 50
//! households in a temporary folder, each figure taken once. Nothing here
//! asserts a time: figures go to docs/performance.md.
//! `KUMBAN_BENCH_ONLY=reports` takes the Reports screen's figures alone;
//! `KUMBAN_BENCH_ONLY=dashboard` the dashboard's figures alone, before and
//! after saves (issue 15); `KUMBAN_BENCH_ONLY=screens` key to frame on the
//! screens issue 15 added and on the dashboard entered after a save;
//! `KUMBAN_BENCH_ONLY=forms` the health form's opening and the household
//! warnings on save (the names in use, issue 15); `KUMBAN_BENCH_ONLY=lists`
//! the Households and Income lists alone.

use kumban::model::*;
use kumban::report::Dashboard;
use kumban::store::Store;
use kumban::tui::{Action, App, Tab, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::{Path, PathBuf};
use std::time::Instant;
use support::*;

#[path = "district/forms.rs"]
mod forms;
#[path = "district/screens.rs"]
mod screens;
mod support;

/// Bytes the files of a folder take: (allocated on the disk, as `du`
/// counts them; apparent length). sled's segment files are sparse, so the
/// two differ by about half.
fn dir_size(p: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(p) else {
        return (0, 0);
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => (m.blocks() * 512, m.len()),
            Err(_) => (0, 0),
        })
        .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
}

fn database(households: usize) -> (PathBuf, Option<tempfile::TempDir>) {
    if smoke() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let path = tmp.path().join("db");
        let store = Store::open(&path, "bench").expect("open");
        kumban::demo::district::fill(&store, today(), households, |_| {}).expect("generate");
        return (path, Some(tmp));
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-data")
        .join(format!("district-{households}"));
    if !path.join("ready").exists() {
        let _ = std::fs::remove_dir_all(&path);
        let store = Store::open(&path, "bench").expect("open");
        let t = Instant::now();
        kumban::demo::district::fill(&store, today(), households, |done| {
            if done % 1000 == 0 {
                eprint!("\rgenerating: {done} of {households} households");
            }
        })
        .expect("generate");
        eprintln!(
            "\rgenerated {households} households in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        drop(store);
        std::fs::write(path.join("ready"), b"").expect("mark ready");
    }
    (path, None)
}

fn first_household(store: &Store) -> HouseholdId {
    store
        .all::<Household>()
        .next()
        .and_then(Result::ok)
        .map(|h| HouseholdId(h.id))
        .expect("a household")
}

/// The `k`th income log a benchmark saves.
fn bench_log(hh: HouseholdId, k: i64) -> IncomeLog {
    IncomeLog {
        household: hh,
        date: today(),
        group: Group::weaving(),
        flow: Flow::Income,
        amount: Money::new(6_500 + k, Currency::Usd),
        description: "benchmark save".into(),
        animal: None,
    }
}

/// The fertility counted from every record (what each entry to the
/// dashboard cost before issue 15), then the dashboard as the clerk enters
/// it after a save: a save, untimed, before each figure.
fn dashboard_after_saves(store: &Store, n: usize) {
    let full = repeat(n, || {
        timed(|| {
            std::hint::black_box(
                kumban::report::fertility::Fertility::recount(store, today()).expect("fertility"),
            );
        })
    });
    report("fertility counted from every record", &full);
    let kept = repeat(n, || {
        timed(|| {
            std::hint::black_box(
                kumban::report::fertility::Fertility::compute(store, today()).expect("fertility"),
            );
        })
    });
    report("fertility kept with the store", &kept);
    if let Some(local) = store.local() {
        let counted = repeat(n, || {
            timed(|| {
                std::hint::black_box(local.health_figures_counted(today(), 10).expect("health"));
            })
        });
        report("health figures counted (the due tree's ranges)", &counted);
        let kept = repeat(n, || {
            timed(|| {
                std::hint::black_box(local.health_figures(today(), 10).expect("health"));
            })
        });
        report("health figures kept in memory", &kept);
    }
    let hh = first_household(store);
    let mut k = 1_000;
    let after = repeat(n, || {
        k += 1;
        store.insert(bench_log(hh, k)).expect("save");
        timed(|| {
            std::hint::black_box(Dashboard::compute(store, today()).expect("dashboard"));
        })
    });
    report("dashboard figures after a save", &after);
}

/// `n` durable saves of one income log each, timed one by one.
fn saves(store: &Store, hh: HouseholdId, n: usize) -> Stats {
    let mut k = 0;
    repeat(n, || {
        k += 1;
        let log = bench_log(hh, k);
        timed(|| {
            store.insert(log).expect("save");
        })
    })
}

fn peak_memory(pid: &str) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Run in a child process (a fresh heap): the TUI state after visiting
/// every tab, and the peak resident memory that took; with `remote`, the
/// TUI is a client and the owner's peak is given too.
fn tui_memory_child(path: &Path, remote: bool) {
    let store = if remote {
        connect(path)
    } else {
        Store::open(path, "bench").expect("open")
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let mut app = App::new(store, today());
    for tab in [
        Tab::Dashboard,
        Tab::Households,
        Tab::Pens,
        Tab::Cattle,
        Tab::Breeding,
        Tab::Income,
        Tab::History,
    ] {
        update(&mut app, Action::GoTab(tab));
        wait_loaded(&mut app);
        terminal.draw(|f| draw::draw(f, &app)).expect("draw");
    }
    if remote {
        let owner = kumban::store::holder::read(path)
            .map(|h| peak_memory(&h.pid.to_string()))
            .unwrap_or_else(|| "unknown".into());
        println!("TUI {}, owner {owner}", peak_memory("self"));
    } else {
        println!("{}", peak_memory("self"));
    }
}

fn main() {
    if let Some(path) = std::env::var_os("KUMBAN_BENCH_TUI_MEMORY") {
        let remote = std::env::var_os("KUMBAN_BENCH_REMOTE").is_some();
        tui_memory_child(Path::new(&path), remote);
        return;
    }
    let households = if smoke() {
        50
    } else {
        std::env::var("KUMBAN_BENCH_HOUSEHOLDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000)
    };
    let runs = |n: usize| if smoke() { 1 } else { n };
    let (path, _tmp) = database(households);
    println!(
        "district benchmark: {households} households, database {}",
        path.display()
    );

    let open = repeat(runs(5), || {
        timed(|| drop(Store::open(&path, "bench").expect("open")))
    });
    report("open the database", &open);

    let store = Store::open(&path, "bench").expect("open");
    // `KUMBAN_BENCH_ONLY=forms`: the forms' reads alone (issue 15).
    if std::env::var("KUMBAN_BENCH_ONLY").is_ok_and(|v| v == "forms") {
        forms::figures(&store, runs);
        return;
    }
    let dash = repeat(runs(101), || {
        timed(|| {
            std::hint::black_box(Dashboard::compute(&store, today()).expect("dashboard"));
        })
    });
    report("dashboard figures", &dash);
    // `KUMBAN_BENCH_ONLY=dashboard`: the dashboard alone (issue 15).
    if std::env::var("KUMBAN_BENCH_ONLY").is_ok_and(|v| v == "dashboard") {
        dashboard_after_saves(&store, runs(51));
        return;
    }

    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let mut app = None;
    let first = timed(|| {
        let a = App::new(store.clone(), today());
        terminal.draw(|f| draw::draw(f, &a)).expect("draw");
        app = Some(a);
    });
    println!(
        "{:<46} {}",
        "first frame (App::new + draw, database open)",
        ms(first)
    );
    let Some(mut app) = app else { return };
    // `KUMBAN_BENCH_ONLY=screens`: the screens of issue 15 and the
    // dashboard entered after a save, alone.
    let only_screens = std::env::var("KUMBAN_BENCH_ONLY").is_ok_and(|v| v == "screens");
    // `KUMBAN_BENCH_ONLY=reports`: the Reports screen's figures alone
    // (issue 14), without the lists, saves, export and owner figures.
    let only_reports = std::env::var("KUMBAN_BENCH_ONLY").is_ok_and(|v| v == "reports");

    let mut step = |app: &mut App, a: Action| {
        timed(|| {
            update(app, a);
            terminal.draw(|f| draw::draw(f, app)).expect("draw");
        })
    };
    if only_reports {
        reports_keys(&mut app, &mut step, runs(201));
        return;
    }
    // `KUMBAN_BENCH_ONLY=lists`: the Households and Income lists alone.
    let only_lists = std::env::var("KUMBAN_BENCH_ONLY").is_ok_and(|v| v == "lists");
    for (tab, word) in screens::NEW_SCREENS.into_iter().filter(|_| !only_lists) {
        screens::list_keys(&mut app, &mut step, tab, word, runs);
    }
    if !only_lists {
        for health in [false, true] {
            screens::dashboard_after_save(&mut app, &mut step, &store, health, runs(51));
        }
        screens::attendee_list(&mut app, &mut step, runs(11));
    }
    if only_screens {
        return;
    }
    for (tab, word) in [(Tab::Households, "somsack"), (Tab::Income, "weaving")] {
        screens::list_keys(&mut app, &mut step, tab, word, runs);
    }
    if only_lists {
        return;
    }

    reports_keys(&mut app, &mut step, runs(201));
    forms::figures(&store, runs);

    let hh = first_household(&store);
    let saves = saves(&store, hh, runs(501));
    report("durable save of one income log", &saves);

    let csv = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    kumban::interchange::export::to_dir(
        &store,
        kumban::interchange::export::Format::Csv,
        csv.path(),
    )
    .expect("export");
    let export_time = t.elapsed();
    // The daily backups kept beside the database are not the database.
    let (all, all_apparent) = dir_size(&path);
    let (kept, kept_apparent) = dir_size(&path.join("backups"));
    let (db_bytes, db_apparent) = (all - kept, all_apparent - kept_apparent);
    let (_, csv_bytes) = dir_size(csv.path());
    println!(
        "{:<46} {:.1} MB allocated ({:.1} MB apparent), CSV export {:.1} MB ({:.2}x allocated), export took {:.1} s",
        "size on disk",
        db_bytes as f64 / 1e6,
        db_apparent as f64 / 1e6,
        csv_bytes as f64 / 1e6,
        db_bytes as f64 / csv_bytes.max(1) as f64,
        export_time.as_secs_f64()
    );
    drop(app);
    drop(store);

    let child = std::process::Command::new(std::env::current_exe().expect("bench binary"))
        .env("KUMBAN_BENCH_TUI_MEMORY", &path)
        .output()
        .expect("memory child");
    println!(
        "{:<46} {}",
        "TUI peak memory after visiting every tab",
        String::from_utf8_lossy(&child.stdout).trim()
    );

    through_the_owner(&path, runs(101));
}

/// The Reports tab: building each report once (behind the screen), then
/// key to frame once every table is kept: moving a row, and switching
/// report (`t`), which comes back to a kept table (issue 14: p99 under
/// 16 ms).
fn reports_keys(
    app: &mut App,
    step: &mut impl FnMut(&mut App, Action) -> std::time::Duration,
    n: usize,
) {
    use kumban::tui::action::ReportKey;
    let t = Instant::now();
    step(app, Action::GoTab(Tab::Reports));
    for _ in 0..7 {
        wait_loaded(app);
        step(app, Action::Report(ReportKey::NextKind));
    }
    wait_loaded(app);
    println!(
        "{:<46} {}",
        "Reports: every report built once",
        ms(t.elapsed())
    );
    report(
        "Reports: row move (key to frame)",
        &repeat(n, || step(app, Action::Down)),
    );
    report(
        "Reports: switch report, kept (key to frame)",
        &repeat(n, || step(app, Action::Report(ReportKey::NextKind))),
    );
}

/// The figures a session sees as a client of an owner process.
fn through_the_owner(path: &Path, n: usize) {
    println!("-- through an owner process --");
    let t = Instant::now();
    let store = connect(path);
    println!("{:<46} {}", "connect (owner started)", ms(t.elapsed()));
    report(
        "dashboard figures",
        &repeat(n, || {
            timed(|| {
                std::hint::black_box(Dashboard::compute(&store, today()).expect("dashboard"));
            })
        }),
    );
    let hh = first_household(&store);
    report(
        "read one household",
        &repeat(n, || {
            timed(|| {
                std::hint::black_box(store.get::<Household>(hh).expect("read"));
            })
        }),
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("backend");
    let mut app = None;
    let first = timed(|| {
        let a = App::new(store.clone(), today());
        terminal.draw(|f| draw::draw(f, &a)).expect("draw");
        app = Some(a);
    });
    println!("{:<46} {}", "first frame (App::new + draw)", ms(first));
    let Some(mut app) = app else { return };
    for tab in [Tab::Households, Tab::Income] {
        let t = Instant::now();
        update(&mut app, Action::GoTab(tab));
        terminal.draw(|f| draw::draw(f, &app)).expect("draw");
        let drawn = t.elapsed();
        println!(
            "{:<46} {}",
            format!(
                "{}: first entry ({} rows drawn)",
                tab.title(),
                app.list().rows.len()
            ),
            ms(drawn)
        );
        if !app.loading.is_empty() {
            wait_loaded(&mut app);
            println!(
                "{:<46} {}",
                format!(
                    "{}: every row loaded ({} rows)",
                    tab.title(),
                    app.list().rows.len()
                ),
                ms(t.elapsed())
            );
        }
    }
    report("durable save of one income log", &saves(&store, hh, n));
    drop(app);
    drop(store);
    // Let the owner go, so the memory child starts one of its own.
    let _ = kumban::store::remote::stop_idle_owner(path);
    let child = std::process::Command::new(std::env::current_exe().expect("bench binary"))
        .env("KUMBAN_BENCH_TUI_MEMORY", path)
        .env("KUMBAN_BENCH_REMOTE", "1")
        .output()
        .expect("memory child");
    println!(
        "{:<46} {}",
        "peak memory after visiting every tab",
        String::from_utf8_lossy(&child.stdout).trim()
    );
    let _ = kumban::store::remote::stop_idle_owner(path);
}
