fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&partnerdesk_commands())),
    )
    .expect("failed to run tauri-build");
}

/// Every IPC command of the app; each must be granted in capabilities/default.json.
fn partnerdesk_commands() -> [&'static str; 0] {
    []
}
