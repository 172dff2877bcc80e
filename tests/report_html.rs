//! `kumban report --format html`, printed by a real browser: the page is
//! written for a small database built here (a Lao, a Chinese and a
//! hostile head name), printed to PDF by headless Chromium, and the PDF
//! is read back with poppler's tools: every page A4, one page per
//! section, and the names there as text (which they are only when a font
//! drew them). Without Chromium or poppler the browser part says it was
//! skipped and passes; CI (.ci/run) installs both.

mod support;

use kumban::model::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::shared::{kumban_alone, stderr};
use support::store::{TempDb, calf, cow, day, household, pregnancy};

const LAO: &str = "ນາງ ຄຳແພງ ສີສຸວັນ";
const CHINESE: &str = "范锡宁";
const HOSTILE: &str = "<script>alert(1)</script>";
const SKIPPED: &str = "skipped: chromium not installed (apt-get install chromium poppler-utils fonts-lao fonts-noto-cjk)";

fn usd(major: i64) -> Money {
    Money::from_major(major, Currency::Usd)
}

/// BS-01 (Lao head), XL-01 (Chinese head) and BS-02 (a head named like a
/// script tag), two cows and a calf, a pregnancy, income in 2026.
fn small_db() -> TempDb {
    let db = TempDb::new();
    let store = db.open();
    let bs01 = store.insert(household("BS-01")).expect("BS-01");
    let xl01 = store
        .insert(Household {
            head_name: CHINESE.into(),
            village: "Xianglong".into(),
            ..household("XL-01")
        })
        .expect("XL-01");
    let bs02 = store
        .insert(Household {
            head_name: HOSTILE.into(),
            ..household("BS-02")
        })
        .expect("BS-02");
    let c1 = store.insert(cow("C1", bs01, None)).expect("C1");
    let c2 = store.insert(cow("C2", xl01, None)).expect("C2");
    store.insert(calf("K1", c1, bs01)).expect("K1");
    store
        .insert(pregnancy(c2, day(2026, 3, 1)))
        .expect("pregnancy");
    for (h, date, group, flow, major) in [
        (bs01, day(2026, 3, 10), Group::weaving(), Flow::Income, 500),
        (bs01, day(2026, 5, 2), Group::cattle(), Flow::Income, 1200),
        (bs01, day(2026, 5, 20), Group::cattle(), Flow::Expense, 200),
        (xl01, day(2026, 8, 8), Group::cattle(), Flow::Income, 2500),
        (bs02, day(2026, 4, 1), Group::weaving(), Flow::Income, 300),
    ] {
        store
            .insert(IncomeLog {
                household: h,
                date,
                group,
                flow,
                amount: usd(major),
                description: "by hand".into(),
                animal: None,
            })
            .expect("income log");
    }
    drop(store);
    db
}

/// Writes the report to `dir/name` and returns its path and text.
fn write_report(db: &TempDb, dir: &Path, name: &str, args: &[&str]) -> (PathBuf, String) {
    let file = dir.join(name);
    let out = file.to_str().expect("a UTF-8 temp path");
    let mut all = vec!["report", "--format", "html", "--year", "2026", "--out", out];
    all.extend_from_slice(args);
    let o = kumban_alone(&db.path(), &all);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    let html = std::fs::read_to_string(&file).expect("the report file");
    (file, html)
}

#[test]
fn the_page_escapes_names_and_holds_every_report() {
    let db = small_db();
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, html) = write_report(&db, dir.path(), "all.html", &["--by", "all"]);
    assert!(!html.to_lowercase().contains("<script"), "a script got in");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("http"), "the page names a URL");
    for part in [
        LAO,
        CHINESE,
        "<dt>Date</dt><dd>2026-11-28</dd>",
        "Project indicators",
        "Income per month, USD, 2026",
        "Herd size over time, 2026",
        "Income by household, 2026",
        "Income by village, 2026",
        "Income by production group, 2026",
        "Income by month, 2026",
        "Baseline income against 2026",
        "Herd by month, 2026",
        "Calving calendar, 2026",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
    // The database is named in full, as the reader can find it.
    let db_path = std::path::absolute(db.path()).expect("absolute path");
    assert!(html.contains(&db_path.display().to_string()));
    // The cover, the charts, then one section per report.
    assert_eq!(html.matches("<section").count(), 9);

    // One report: the cover, the charts and its table.
    let (_, one) = write_report(&db, dir.path(), "one.html", &["--by", "village"]);
    assert_eq!(one.matches("<section").count(), 3);
    assert!(!one.contains("Income by household"));
}

#[test]
fn every_report_at_once_is_text_or_html_only() {
    let db = small_db();
    for format in ["csv", "json"] {
        let o = kumban_alone(&db.path(), &["report", "--by", "all", "--format", format]);
        assert_eq!(o.status.code(), Some(2), "{format}");
        assert!(
            stderr(&o).contains("--format text or html"),
            "{}",
            stderr(&o)
        );
    }
    let o = kumban_alone(&db.path(), &["report", "--by", "all", "--year", "2026"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("Income by household, 2026"), "{text}");
    assert!(text.contains("\n\nHerd by month, 2026"), "{text}");
}

#[test]
fn chromium_prints_it_on_a4_with_every_name() {
    let (Some(chromium), Some(_), Some(_)) = (
        tool(&["chromium", "chromium-browser"]),
        tool(&["pdftotext"]),
        tool(&["pdfinfo"]),
    ) else {
        println!("{SKIPPED}");
        return;
    };
    let db = small_db();
    let dir = tempfile::tempdir().expect("temp dir");
    let (page, _) = write_report(&db, dir.path(), "all.html", &["--by", "all"]);
    let pdf = print(&chromium, &page, dir.path());

    // Each of the 9 sections is short here: one A4 page each.
    let sizes = page_sizes(&pdf);
    assert_eq!(sizes.len(), 9, "pages: {sizes:?}");
    for size in &sizes {
        assert!(
            size.0.round() == 595.0 && size.1.round() == 842.0,
            "not A4 portrait: {sizes:?}"
        );
    }

    let text = run("pdftotext", &["-enc", "UTF-8", path_arg(&pdf), "-"]);
    // Table cells may wrap; compare without white space.
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for part in [
        LAO,
        CHINESE,
        HOSTILE,
        "Projectindicators",
        "Herdsizeovertime,2026",
        "Incomebyhousehold,2026",
        "Calving calendar, 2026",
        "2026-11-28",
        "4,500.00",
    ] {
        let part: String = part.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains(&part), "the PDF lacks {part}:\n{text}");
    }
}

#[test]
fn chromium_prints_the_page_in_lao_and_in_chinese() {
    let (Some(chromium), Some(_)) = (
        tool(&["chromium", "chromium-browser"]),
        tool(&["pdftotext"]),
    ) else {
        println!("{SKIPPED}");
        return;
    };
    let db = small_db();
    let dir = tempfile::tempdir().expect("temp dir");
    for (lang, words) in [
        (
            "lo",
            [
                "ຕົວຊີ້ວັດໂຄງການ",
                "ລາຍຮັບຕາມຄົວເຮືອນ, 2026",
                "ຂະໜາດຝູງງົວຕາມເວລາ, 2026",
            ],
        ),
        ("zh", ["项目指标", "各农户收入，2026", "牛群规模变化，2026"]),
    ] {
        let name = format!("{lang}.html");
        let (page, html) = write_report(&db, dir.path(), &name, &["--lang", lang, "--by", "all"]);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        let pdf = print(&chromium, &page, dir.path());
        let text = run("pdftotext", &["-enc", "UTF-8", path_arg(&pdf), "-"]);
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        // The headings in the language, the names as entered, the
        // figures with the same digits and separators.
        for part in words.into_iter().chain([LAO, CHINESE, "4,500.00"]) {
            let part: String = part.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(
                squeezed.contains(&part),
                "{lang}: the PDF lacks {part}:\n{text}"
            );
        }
        assert!(!squeezed.contains("Projectindicators"), "{lang}:\n{text}");
    }
}

/// The first of `names` found on PATH (or as /usr/bin/NAME).
fn tool(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .chain([PathBuf::from("/usr/bin")])
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn path_arg(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temp path")
}

/// Headless Chromium prints `page` to `dir/out.pdf`, with a profile, a
/// home and caches of its own in `dir` (nothing of the user's is read).
fn print(chromium: &Path, page: &Path, dir: &Path) -> PathBuf {
    let pdf = dir.join("out.pdf");
    let profile = dir.join("profile");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let limit = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if Instant::now() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not print the page within 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed: {status}");
    assert!(pdf.is_file(), "chromium wrote no PDF");
    pdf
}

fn run(program: &str, args: &[&str]) -> String {
    let o = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(
        o.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Width and height in points of every page, from `pdfinfo -f 1 -l N`
/// (`Page    1 size: 594.96 x 841.92 pts (A4)`).
fn page_sizes(pdf: &Path) -> Vec<(f64, f64)> {
    let info = run("pdfinfo", &["-f", "1", "-l", "9999", path_arg(pdf)]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count");
    let sizes: Vec<(f64, f64)> = info
        .lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size: "))
        .filter_map(|l| {
            let size = l.split(" size: ").nth(1)?;
            let mut it = size.split_whitespace();
            let w = it.next()?.parse().ok()?;
            let _x = it.next()?;
            let h = it.next()?.parse().ok()?;
            Some((w, h))
        })
        .collect();
    assert_eq!(sizes.len(), pages, "{info}");
    sizes
}

#[test]
fn with_one_currency_the_charts_are_in_it_as_the_tables_are() {
    let db = small_db();
    {
        let store = db.open();
        let bs01 = store
            .household_by_code("BS-01")
            .expect("read")
            .expect("BS-01");
        store
            .insert(IncomeLog {
                household: HouseholdId(bs01.id),
                date: day(2026, 6, 1),
                group: Group::weaving(),
                flow: Flow::Income,
                amount: Money::new(200_000_000, Currency::Lak),
                description: "kip".into(),
                animal: None,
            })
            .expect("a kip log");
        store
            .insert(ExchangeRate {
                date: day(2026, 1, 1),
                currency: Currency::Lak,
                value: RateValue::parse("0.00005").expect("rate"),
                base: Currency::Usd,
                source: String::new(),
            })
            .expect("a rate");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, mixed) = write_report(&db, dir.path(), "mixed.html", &["--by", "village"]);
    assert!(mixed.contains("Income per month, LAK, 2026"), "as recorded");
    let (_, usd) = write_report(
        &db,
        dir.path(),
        "usd.html",
        &["--by", "village", "--currency", "USD"],
    );
    assert!(usd.contains("Income per month, USD, 2026"));
    assert!(
        !usd.contains("Income per month, LAK"),
        "a kip chart beside USD tables"
    );
}
