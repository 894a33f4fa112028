fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}

/// Every IPC command of the app. Each needs its `allow-<command>` grant in
/// capabilities/default.json; a command not granted there is refused at run time.
const COMMANDS: &[&str] = &[
    "get_app_state",
    "set_language",
    "load_demo",
    "start_clean",
    "list_catalogs",
    "add_catalog_entry",
    "list_partners",
    "get_partner",
    "create_partner",
    "update_partner",
    "archive_partner",
    "restore_partner",
    "find_similar_partners",
    "get_organisation",
    "update_organisation",
    "choose_profile_image",
    "clear_profile_image",
    "list_agreements",
    "get_agreement",
    "create_agreement",
    "update_agreement",
    "register_agreement",
    "renew_agreement",
    "terminate_agreement",
    "get_agreement_text",
    "set_agreement_clause",
    "attach_agreement_scan",
    "open_agreement_scan",
    "print_agreement",
    "list_backups",
    "backup_now",
    "restore_backup",
    "restore_from_file",
];
