//! The desktop shell: opens the database named by `--db`/`PARTNERDESK_DB` (or the default in
//! the app-data folder) and serves the UI's commands. All logic is in the `partnerdesk` core.

mod commands;
mod error;
mod state;

use std::path::PathBuf;

use tauri::{Builder, Manager, Runtime};

/// The app with its state and commands, generic over the runtime so tests can mock it. The
/// database at `db_path` is opened in setup, after the plugins: a second launch on the same
/// file hands over to the running window before it touches the file.
pub fn app<R: Runtime>(builder: Builder<R>, db_path: PathBuf) -> Builder<R> {
    use commands::{agreements::*, app::*, awards::*, backups::*, dashboard::*, events::*, imports::*, partners::*, plans::*, trash::*};
    builder
        .plugin(single_instance(&db_path))
        .plugin(tauri_plugin_dialog::init())
        // The window opens where and as large as it was left (not hidden or undecorated,
        // whatever state it was closed in).
        .plugin(tauri_plugin_window_state::Builder::default().with_state_flags(WINDOW_STATE).build())
        .on_window_event(remember_window_state)
        .setup(move |app| {
            app.manage(state::Db::open(db_path));
            Ok(())
        })
        .manage(commands::imports::ImportFile::default())
        .manage(commands::awards::PrintRun::default())
        .invoke_handler(tauri::generate_handler![
        get_app_state,
        set_language,
        load_demo,
        start_clean,
        list_catalogs,
        add_catalog_entry,
        list_partners,
        get_partner,
        create_partner,
        update_partner,
        archive_partner,
        restore_partner,
        find_similar_partners,
        get_organisation,
        update_organisation,
        get_number_example,
        choose_profile_image,
        clear_profile_image,
        list_agreements,
        get_agreement,
        create_agreement,
        update_agreement,
        register_agreement,
        renew_agreement,
        terminate_agreement,
        get_agreement_text,
        set_agreement_clause,
        attach_agreement_scan,
        open_agreement_scan,
        print_agreement,
        list_backups,
        backup_now,
        restore_backup,
        restore_from_file,
        list_plans,
        get_plan_sheet,
        create_plan,
        update_plan,
        delete_plan,
        carry_over_plan,
        add_plan_row,
        update_plan_row,
        delete_plan_row,
        move_plan_row,
        move_plan_group,
        list_activities_due,
        get_dashboard,
        get_calendar_month,
        print_plan,
        list_events,
        get_event,
        create_event,
        update_event,
        delete_event,
        add_event_photos,
        remove_event_photo,
        open_event_photo,
        get_month_report,
        get_year_summary,
        print_month_report,
        print_year_summary,
        print_album,
        choose_import_file,
        preview_plan_import,
        import_plan,
        list_trash,
        restore_from_trash,
        delete_forever,
        can_undo,
        undo_last_change,
        commands::files::open_database,
        commands::files::new_database,
        preview_partner_import,
        import_partners,
        open_backup_copy,
        list_award_catalogs,
        add_nomination_title,
        list_nominations,
        get_nomination,
        create_nomination,
        update_nomination,
        delete_nomination,
        decline_name,
        approve_nominations,
        hand_over_nomination,
        get_certificate_template,
        save_certificate_template,
        reset_certificate_template,
        choose_template_background,
        preview_template,
        preview_certificate,
        cancel_print,
        print_certificates,
        list_certificate_register,
        print_certificate_register,
        check_certificate,
        add_award_kind,
        preview_nominee_import,
        import_nominees,
        export_register,
        export_everything,
        import_everything,
    ])
}

/// What of the window is remembered between runs.
const WINDOW_STATE: tauri_plugin_window_state::StateFlags = tauri_plugin_window_state::StateFlags::SIZE
    .union(tauri_plugin_window_state::StateFlags::POSITION)
    .union(tauri_plugin_window_state::StateFlags::MAXIMIZED);

/// Notes the window's size and place half a second after it last moved or changed size (the
/// plugin alone notes them only when the app closes normally, which a laptop that dies or a
/// killed process never does).
fn remember_window_state<R: Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    use std::sync::atomic::{AtomicU64, Ordering};
    use tauri_plugin_window_state::AppHandleExt;
    static LAST_CHANGE: AtomicU64 = AtomicU64::new(0);
    if !matches!(event, tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_)) {
        return;
    }
    let change = LAST_CHANGE.fetch_add(1, Ordering::SeqCst) + 1;
    let app = window.app_handle().clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(500));
        if LAST_CHANGE.load(Ordering::SeqCst) == change {
            // Not being able to note it only means the window opens at its default place.
            let _ = app.save_window_state(WINDOW_STATE);
        }
    });
}

/// One window per database file: launching the app again on a file that is open brings the
/// open window to the front instead (on Linux through a D-Bus name made from the file's path;
/// without a session bus the app simply starts).
fn single_instance<R: Runtime>(db_path: &std::path::Path) -> tauri::plugin::TauriPlugin<R> {
    use std::hash::{Hash, Hasher};
    let canonical = std::fs::canonicalize(db_path).unwrap_or_else(|_| db_path.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(format!("kz.partnerdesk.app.db{:016x}", hasher.finish()))
        .callback(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        })
        .build()
}

pub fn run() {
    let db_path = state::db_path_from_args(std::env::args().skip(1));
    app(tauri::Builder::default(), db_path)
        .run(tauri::generate_context!())
        .expect("error while running Partnerdesk");
}
