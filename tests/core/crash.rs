//! Crash safety, proven: a writer process is killed with SIGKILL at a random moment while it
//! adds partners one transaction at a time, 20 times over. After each kill the database
//! opens, `PRAGMA integrity_check` is ok, and every write the writer acknowledged is there.
//!
//! The writer is this very test binary, started again with `PARTNERDESK_CRASH_WRITER` set:
//! it acknowledges each committed write on stdout.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use partnerdesk::{PartnerQuery, Store};

const RUNS: usize = 20;
const WRITES: usize = 1000;

/// The writer process of `acknowledged_writes_survive_sigkill` (not a test of its own, so
/// ignored in a plain run): adds up to WRITES partners, printing «ack N» after each commit.
#[test]
#[ignore = "the writer process started by acknowledged_writes_survive_sigkill"]
fn writer_role() {
    let path = std::env::var("PARTNERDESK_CRASH_WRITER").expect("started by the crash harness");
    let store = Store::open(std::path::Path::new(&path)).unwrap();
    let start: usize = std::env::var("PARTNERDESK_CRASH_FROM").unwrap().parse().unwrap();
    let mut out = std::io::stdout().lock();
    for i in start..start + WRITES {
        let mut p = super::partner(&store, &format!("Запись {i}"));
        p.notes = "ә".repeat(i % 300);
        store.create_partner(&p).unwrap();
        writeln!(out, "ack {i}").unwrap();
        out.flush().unwrap();
    }
}

/// A small deterministic generator, seeded from the clock (the seed is printed on failure).
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite3");
    drop(Store::open(&db).unwrap());
    let mut seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let first_seed = seed;
    let mut acked: Vec<usize> = Vec::new();
    let mut total_written = 0;
    for run in 0..RUNS {
        let from = run * WRITES;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "core::crash::writer_role", "--ignored", "--nocapture", "--test-threads=1"])
            .env("PARTNERDESK_CRASH_WRITER", &db)
            .env("PARTNERDESK_CRASH_FROM", from.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill after a random number of acknowledged writes, at a random moment after it.
        let kill_after = (next(&mut seed) % WRITES as u64) as usize;
        let reader = BufReader::new(child.stdout.take().unwrap());
        let mut seen = 0;
        let started = Instant::now();
        for line in reader.lines() {
            let Ok(line) = line else { break };
            if let Some(n) = line.strip_prefix("ack ") {
                acked.push(n.trim().parse().unwrap());
                seen += 1;
                if seen > kill_after {
                    std::thread::sleep(Duration::from_micros(next(&mut seed) % 3000));
                    break;
                }
            }
            assert!(started.elapsed() < Duration::from_secs(300), "the writer hangs");
        }
        // SIGKILL (what `Child::kill` sends on Unix): no destructor, no flush, no checkpoint.
        // The writer may have finished its writes and exited already; that is fine too.
        let _ = child.kill();
        let _ = child.wait();
        total_written += seen;

        let store = Store::open(&db).unwrap_or_else(|e| panic!("run {run} (seed {first_seed}): the database does not open: {e}"));
        assert!(store.integrity_ok().unwrap(), "run {run} (seed {first_seed}): integrity_check failed");
        let names: std::collections::HashSet<String> =
            store.list_partners(&PartnerQuery::default()).unwrap().into_iter().map(|p| p.name).collect();
        for i in &acked {
            assert!(names.contains(&format!("Запись {i}")), "run {run} (seed {first_seed}): acknowledged write {i} was lost");
        }
    }
    assert!(total_written >= RUNS, "the writers wrote almost nothing ({total_written})");
    println!("crash harness: {RUNS} runs, {total_written} acknowledged writes, 0 lost (seed {first_seed})");
}
