//! The yearly plan, its rows and activities, the calendar, and printing the plan.

use partnerdesk::{
    docs, ActivityDue, CalendarMonth, Lang, Plan, PlanColumn, PlanInput, PlanRow, PlanRowInput, PlanSheet,
};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::error::CommandResult;
use crate::state::Db;

fn today() -> chrono::NaiveDate {
    partnerdesk::today()
}

#[tauri::command(async)]
pub fn list_plans(db: State<'_, Db>) -> CommandResult<Vec<Plan>> {
    db.with(|s| s.plans(today()))
}

#[tauri::command(async)]
pub fn get_plan_sheet(db: State<'_, Db>, id: i64) -> CommandResult<PlanSheet> {
    db.with(|s| s.plan_sheet(id, today()))
}

#[tauri::command(async)]
pub fn create_plan(db: State<'_, Db>, input: PlanInput) -> CommandResult<Plan> {
    db.with(|s| s.create_plan(&input, today()))
}

#[tauri::command(async)]
pub fn update_plan(db: State<'_, Db>, id: i64, input: PlanInput) -> CommandResult<Plan> {
    db.with(|s| s.update_plan(id, &input, today()))
}

#[tauri::command(async)]
pub fn delete_plan(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_plan(id))
}

#[tauri::command(async)]
pub fn carry_over_plan(db: State<'_, Db>, id: i64) -> CommandResult<Plan> {
    db.with(|s| s.carry_over_plan(id, today()))
}

#[tauri::command(async)]
pub fn add_plan_row(db: State<'_, Db>, plan_id: i64, input: PlanRowInput) -> CommandResult<PlanRow> {
    db.with(|s| s.add_plan_row(plan_id, &input, today()))
}

#[tauri::command(async)]
pub fn update_plan_row(db: State<'_, Db>, id: i64, input: PlanRowInput) -> CommandResult<PlanRow> {
    db.with(|s| s.update_plan_row(id, &input, today()))
}

#[tauri::command(async)]
pub fn delete_plan_row(db: State<'_, Db>, id: i64) -> CommandResult<()> {
    db.with(|s| s.delete_plan_row(id))
}

#[tauri::command(async)]
pub fn move_plan_row(db: State<'_, Db>, id: i64, delta: i64) -> CommandResult<()> {
    db.with(|s| s.move_plan_row(id, delta))
}

#[tauri::command(async)]
pub fn move_plan_group(db: State<'_, Db>, plan_id: i64, group_id: i64, delta: i64) -> CommandResult<()> {
    db.with(|s| s.move_plan_group(plan_id, group_id, delta))
}

#[tauri::command(async)]
pub fn list_activities_due(db: State<'_, Db>) -> CommandResult<Vec<ActivityDue>> {
    db.with(|s| s.activities_due(today()))
}

#[tauri::command(async)]
pub fn get_calendar_month(db: State<'_, Db>, year: i32, month: u32) -> CommandResult<CalendarMonth> {
    db.with(|s| s.calendar_month(year, month, today()))
}

/// Prints the plan in `lang` with the chosen columns; see `files::deliver`.
#[tauri::command]
pub async fn print_plan<R: Runtime>(
    app: AppHandle<R>,
    id: i64,
    lang: Lang,
    columns: Vec<PlanColumn>,
    save: bool,
) -> CommandResult<Option<String>> {
    let db = app.state::<Db>();
    let (bytes, name) = db.with(|s| {
        let sheet = s.plan_sheet(id, today())?;
        Ok((docs::plan::render(s, &sheet, lang, &columns)?, docs::plan::file_name(&sheet.plan, lang)))
    })?;
    super::files::deliver(&app, bytes, &name, save)
}
