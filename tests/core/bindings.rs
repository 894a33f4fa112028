//! The TypeScript types of IPC payloads are generated from the Rust types and never stale.

use std::path::Path;

#[test]
fn bindings_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(partnerdesk::bindings::PATH);
    let want = partnerdesk::bindings::typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale: run `UPDATE_BINDINGS=1 cargo test bindings` and commit it",
        partnerdesk::bindings::PATH
    );
}
