# Interface texts (UI). Errors, field names and the built-in lists live in core.ftl.

## App
app-name = Partnerdesk
app-loading = Loading…
app-version = Version { $version }
app-error-unexpected = Something went wrong: { $reason }

## Sidebar
nav-label = Sections
nav-partners = Partners
nav-start = Start
nav-agreements = Agreements
nav-plans = Plan
nav-events = Events
nav-calendar = Calendar
nav-reports = Reports
nav-awards = Awards
nav-backups = Backups
nav-trash = Trash
nav-profile = Organisation
nav-about = About
shortcut-title = { $label } ({ $key })
about-open-title = About and keyboard shortcuts (F1)
about-title = About { $name }
about-description = A register of a school's social partners: partners, agreements, work plans, events held, reports and awards. All the data is kept in one file on this computer.
about-version-label = Version
about-db-label = Database file
about-license-label = Licence
about-license-text = MIT
about-fonts-label = Document fonts
about-fonts-text = Liberation Serif — SIL Open Font License 1.1
about-shortcuts-title = Keyboard shortcuts
about-close-button = Close
shortcut-search = Go to the list's search (on a list without one, to its filters)
shortcut-new = A new record on a list screen
shortcut-list = Move through a list and open a row
shortcut-edit = Edit the record that is open
shortcut-save = Save the form
shortcut-escape = Cancel, go back, close a window
shortcut-undo = Undo the last change
shortcut-calendar = The previous and next month in the calendar
shortcut-sections = The sidebar's sections in order
shortcut-help = This help
lang-select-label = Interface language
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Dialogs and notifications
dialog-cancel-button = Cancel
toast-saved = Saved
toast-archived = Archived
toast-restored = Restored
toast-agreement-registered = Registered as No. { $number }
toast-agreement-renewed = A draft for the next term has been created
toast-agreement-terminated = The agreement has been terminated
toast-scan-attached = Scan attached
toast-pdf-saved = PDF saved: { $path }
toast-backup-saved = Backup saved: { $path }
toast-backup-restored = The database has been restored from the backup
toast-export-saved = Saved: { $path }
toast-import-everything-done = The data has been loaded from the export file
toast-close-label = Close the notification
toast-plan-created = Plan created
toast-plan-carried-over = The plan for { $period } was created with every row
toast-plan-deleted = Plan moved to the trash
toast-plan-row-deleted = Row moved to the trash
toast-plan-imported = Plan rows imported: { $rows }{ $partners ->
    [0] {""}
   *[other] ; new partners: { $partners }
}
toast-event-deleted = Event moved to the trash
toast-photos-added =
    { $count ->
        [one] { $count } photo added
       *[other] { $count } photos added
    }
toast-photo-removed = Photo removed
toast-file-saved = File saved: { $path }
toast-undo-button = Undo
toast-undone = Change undone
toast-moved = Order changed
toast-clause-reset = Template text restored
toast-image-added = Image added
toast-image-removed = Image removed
toast-catalog-added = Added to the list: { $name }
toast-trash-restored = Restored from the trash: { $title }
toast-trash-deleted = Deleted for good: { $title }
toast-partners-imported = { $count ->
    [one] { $count } partner added
   *[other] { $count } partners added
}
toast-nominees-imported = { $count ->
    [one] { $count } nomination added
   *[other] { $count } nominations added
}
toast-database-opened = Database opened: { $path }
toast-database-created = New database created: { $path }
toast-nominations-approved = { $count ->
    [one] { $count } nomination approved
   *[other] { $count } nominations approved
}
toast-nominations-approved-none = Nothing approved: the chosen nominations are printed already and keep their order
toast-nomination-handed = Marked as handed over
toast-nominations-handed = { $count ->
    [one] { $count } award marked as handed over
   *[other] { $count } awards marked as handed over
}
toast-certificates-printed = Certificates printed: { $count }. Saved to { $path }
toast-certificates-print-stopped = Printing stopped: { $count } of { $total } printed. Saved to { $path }
toast-nomination-deleted = Nomination moved to the trash
toast-template-reset = Template back to its defaults
toast-backup-copy-opened = Opened a copy of the database: { $path }

## First run
welcome-title = Welcome to Partnerdesk
welcome-lead = Keep the register of your social partners in one place: contacts, categories, directions and forms of cooperation.
welcome-point-register = One register instead of Word and Excel tables, searchable by name, contacts and notes.
welcome-point-offline = Works offline: all the data stays in one file on this computer.
welcome-point-languages = The interface speaks Russian, Kazakh and English.
welcome-demo-button = Load demo data
welcome-demo-hint = A few sample partners to look around. You can edit them or archive them.
welcome-clean-button = Start with an empty register
welcome-clean-hint = Enter your own partners right away.
welcome-import-button = Import from a JSON export
welcome-import-hint = Bring in all the data from a file saved with «Everything to JSON…» on the backups page.

## The register cannot be opened
open-error-title = The register cannot be opened
open-error-path-label = Database file
open-error-hint = Nothing has been changed. Fix the cause and start Partnerdesk again — or open another database file, or start a new one.
open-error-backups-title = Backups of this file
open-error-backups-hint = You can open a copy of one of them: work goes on in a new file beside the old one, and the backup itself stays as it is.
open-error-open-copy-button = Open a copy

## Partner list
partner-list-title = Partners
partner-list-new-button = New partner
partner-list-new-shortcut = New partner (Ctrl+N)
partner-list-import-button = Import from a table…
partner-list-search-label = Search partners
partner-list-search-shortcut = Search partners (Ctrl+F)
partner-list-search-placeholder = Search by name, contact or notes
partner-list-filter-category-label = Category
partner-list-filter-category-all = All categories
partner-list-filter-kind-label = Kind of partnership
partner-list-filter-kind-all = All kinds
partner-list-filter-kind-internal = Internal
partner-list-filter-kind-external = External
partner-list-filter-direction-label = Direction of work
partner-list-filter-direction-all = All directions
partner-list-filter-archived-label = Archive
partner-list-filter-archived-active = Active
partner-list-filter-archived-archived = Archived
partner-list-filter-archived-all = Active and archived
partner-list-count =
    { $count ->
        [one] { $count } partner
       *[other] { $count } partners
    }
partner-list-clear-filters-button = Clear search and filters
partner-list-column-name = Name
partner-list-column-category = Category
partner-list-column-kind = Kind
partner-list-column-contact = Contact
partner-list-column-phones = Phones
partner-list-column-updated = Updated
partner-list-archived-badge = archived
partner-list-contact-more = +{ $count }
partner-list-empty-title = No partners yet
partner-list-empty-text = Add your first partner: a school, a library, a museum or the parents' committee.
partner-list-nothing-found-title = Nothing found
partner-list-nothing-found-text = Check the spelling, or clear the search and filters. Archived partners show up with the «Archived» filter.
partner-list-error-title = The list could not be loaded
list-hint-move = select
list-hint-open = open
partner-list-hint-search = search
partner-list-hint-new = new partner

## Partner page
partner-page-back-button = All partners
partner-page-edit-button = Edit
partner-page-archive-button = Archive
partner-page-restore-button = Restore
partner-page-archived-banner = Archived on { $date }. The partner is hidden from the list, but nothing was deleted.
partner-page-archive-confirm-title = Archive this partner?
partner-page-archive-confirm-text = Archive «{ $name }»? It will be hidden from the list but nothing is deleted; you can restore it any time.
partner-page-archive-confirm-ok = Archive
partner-page-about-title = Cooperation
partner-page-directions-label = Directions of work
partner-page-forms-label = Forms of cooperation
partner-page-reach-title = How to reach
partner-page-address-label = Address
partner-page-phones-label = Phones
partner-page-email-label = E-mail
partner-page-website-label = Website
partner-page-notes-label = Notes
partner-page-contacts-title = Contact people
partner-page-contact-name = Name
partner-page-contact-position = Position
partner-page-contact-phone = Phone
partner-page-contact-email = E-mail
partner-page-contacts-empty = No contact people yet.
partner-page-none = not given
partner-page-dates = Added { $created } · updated { $updated }
partner-page-error-title = The partner could not be opened
partner-page-agreements-title = Agreements
partner-page-agreements-empty = No agreements with this partner yet.

## Forms (shared)
edit-shortcuts-hint = Ctrl+S to save, Esc to cancel
edit-save-shortcut-hint = Ctrl+S to save
edit-save-button = Save
edit-saving = Saving…
edit-cancel-button = Cancel
edit-required = required
edit-discard-title = Discard your changes?
edit-discard-text = What you entered has not been saved and will be lost.
edit-discard-ok = Discard
edit-keep-editing = Keep editing

## Partner form
partner-form-new-title = New partner
partner-form-edit-title = Edit partner
partner-form-error-summary = The partner was not saved. Correct the error and save again.
partner-form-section-main = Main details
partner-form-section-work = Cooperation
partner-form-section-reach = How to reach
partner-form-section-contacts = Contact people
partner-form-name-label = Name
partner-form-short-name-label = Short name
partner-form-category-label = Category
partner-form-kind-label = Kind of partnership
partner-form-directions-label = Directions of work
partner-form-forms-label = Forms of cooperation
partner-form-address-label = Address
partner-form-phones-label = Phones
partner-form-phones-placeholder = +7 727 123 45 67, +7 701 234 56 78
partner-form-email-label = E-mail
partner-form-website-label = Website
partner-form-notes-label = Notes
partner-form-contact-name-label = Name
partner-form-contact-position-label = Position
partner-form-contact-phone-label = Phone
partner-form-contact-email-label = E-mail
partner-form-contact-group = Contact person { $index }
partner-form-contact-add-button = Add contact
partner-form-contact-remove-button = Remove contact person { $index }
partner-form-contacts-empty = Nobody yet. Add the people you keep in touch with.
partner-form-similar-warning = Similar partners already exist:
partner-form-similar-archived = archived

## Extending the lists from the form
catalog-add-category-button = + Add category
catalog-add-direction-button = + Add direction
catalog-add-form-button = + Add form
catalog-add-category-title = New category
catalog-add-direction-title = New direction of work
catalog-add-form-title = New form of cooperation
catalog-add-name-ru-label = In Russian
catalog-add-name-kk-label = In Kazakh
catalog-add-name-en-label = In English
catalog-add-internal-label = Usually internal partners
catalog-add-hint = A name in one language is enough.
catalog-add-save-button = Add
catalog-add-cancel-button = Cancel

## Start page
start-title = Start
start-expiring-title = Agreements expiring within 30 days
start-all-agreements-link = All agreements
start-expiring-empty = No agreement expires in the next 30 days.
start-expiring-days-left =
    { $count ->
        [0] ends today
        [one] { $count } day left
       *[other] { $count } days left
    }
start-quick-title = Quick actions
start-new-partner-hint = A school, museum, library or parents' committee.
start-new-agreement-hint = A cooperation agreement with one of your partners.
start-overdue-title = Overdue planned events
start-overdue-empty = Nothing planned is overdue.
start-month-title = Planned for this month
start-month-empty = Nothing is left for this month: everything was held, or nothing is planned.
start-all-plans-link = Plans
start-calendar-link = Calendar
start-due-open-title = Open in the plan
start-due-plan = Plan { $period }
start-attention-title = Needs attention today
start-unprinted-title = Approved awards not yet printed
start-unprinted-empty = Everything approved has been printed.
start-unprinted-order = Order { $order }
start-show-all = Show all ({ $count })
start-show-fewer = Show fewer
start-year-title = The year at a glance
start-figure-participants-label = Participants in all
start-chart-month =
    { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
start-chart-months-title = Events by month
start-chart-months-summary = Planned by month: { $planned } events; held: { $held }.
start-chart-categories-title = Partners by category
start-chart-categories-summary = Active partners: { $count }, categories: { $categories }.
start-chart-categories-empty = There are no active partners in the register yet.
start-chart-column-partners = Partners
start-chart-fulfilment-title = Plan fulfilment by category
start-chart-fulfilment-summary = The plan is { $percent }% fulfilled: { $held } of { $expected } held.
start-chart-fulfilment-no-plan = There is no plan for this period, so nothing is expected yet.
start-chart-plans-link = Go to plans
start-chart-participants-title = Who took part
start-chart-participants-summary = Participants in all: { $count }.
start-chart-column-kind = Participants
start-chart-column-people = People

## Agreements: statuses, document languages
agreements-lang-ru = Русский
agreements-lang-kk = Қазақша
agreements-lang-en = English
agreements-lang-kkru = Қазақша + Русский
agreements-draft-number = draft
agreements-untitled = On cooperation
agreements-valid-to = until { $date }

## Agreement list
agreements-list-title = Agreements
agreements-list-new-button = New agreement
agreements-list-new-shortcut = New agreement (Ctrl+N)
agreements-list-filter-status-label = Status
agreements-list-filter-status-all = All statuses
agreements-list-filter-year-label = Year
agreements-list-filter-year-all = All years
agreements-list-count =
    { $count ->
        [one] { $count } agreement
       *[other] { $count } agreements
    }
agreements-list-clear-filters-button = Clear filters
agreements-list-column-number = Number
agreements-list-column-partner = Partner
agreements-list-column-title = Title
agreements-list-column-term = Term
agreements-list-column-status = Status
agreements-list-column-language = Language
agreements-list-empty-title = No agreements yet
agreements-list-empty-text = Create your first cooperation agreement: choose a partner and a term, and the text is filled in for you.
agreements-list-nothing-found-title = Nothing found
agreements-list-nothing-found-text = No agreements match these filters. The year is the year of registration; for a draft, the year its term starts.
agreements-list-error-title = The list could not be loaded
agreements-list-hint-new = new agreement

## Agreement page
agreements-page-back-button = All agreements
agreements-page-heading = Cooperation agreement
agreements-page-number = No. { $number }
agreements-page-no-number = No number yet
agreements-page-draft-note = This is a draft: you can edit and print it. It gets its number in the register when you register it.
agreements-page-register-button = Register
agreements-page-edit-button = Edit
agreements-page-renew-button = Renew
agreements-page-terminate-button = Terminate
agreements-page-facts-title = About the agreement
agreements-page-partner-number-label = Partner's number
agreements-page-signed-on-label = Signed on
agreements-page-term-label = Term
agreements-page-term = { $from } to { $to }
agreements-page-terminated-on-label = Terminated on
agreements-page-language-label = Document language
agreements-page-renewal-label = Renewal
agreements-page-previous-link = Previous agreement
agreements-page-next-link = Agreement for the next term
agreements-page-scan-label = Signed scan
agreements-page-scan-attached = Attached
agreements-page-scan-none = Not attached
agreements-page-scan-open-button = Open
agreements-page-scan-attach-button = Attach…
agreements-page-scan-replace-button = Replace…
agreements-page-notes-label = Notes
agreements-page-error-title = The agreement could not be opened
agreements-terminate-title = Terminate the agreement?
agreements-terminate-text = The agreement will be marked as terminated from the date below and can no longer be edited. Its entry in the register stays.
agreements-terminate-date-label = Terminated on
agreements-terminate-ok = Terminate

## Printing an agreement
agreements-print-button = Print
agreements-print-title = Print the agreement
agreements-print-lang-label = Document language
agreements-print-open-button = Open PDF
agreements-print-save-button = Save as…

## Agreement text
agreements-text-title = Text of the agreement
agreements-text-lang-label = Language of the text
agreements-text-hint = Click a clause to change it in this agreement only. Changed clauses are highlighted.
agreements-text-edit-title = Edit the clause
agreements-text-editor-label = Text of the clause
agreements-text-editor-hint = Saved when you leave the field or press Ctrl+Enter; Esc cancels. An empty clause goes back to the template's text.
agreements-text-edited = Changed
agreements-text-reset-button = Restore the template text

## Agreement form
agreements-form-new-title = New agreement
agreements-form-edit-title = Edit agreement
agreements-form-error-summary = The agreement was not saved. Correct the error and save again.
agreements-form-section-main = Agreement
agreements-form-section-term = Dates
agreements-form-section-signatory = Signatory for the partner
agreements-form-partner-label = Partner
agreements-form-partner-choose = Choose a partner
agreements-form-partner-missing = Choose the partner the agreement is with.
agreements-form-no-partners = There are no partners in the register yet.
agreements-form-partner-number-label = Partner's own number
agreements-form-partner-number-hint = If the partner gave the agreement a number of its own, it is printed after ours, with a slash.
agreements-form-language-label = Document language
agreements-form-title-label = Title
agreements-form-title-placeholder = On social partnership and cooperation
agreements-form-signed-on-label = Signed on
agreements-form-valid-from-label = Valid from
agreements-form-valid-to-label = Valid to
agreements-form-term-hint = An agreement usually runs for a school year: from 1 September to 31 August.
agreements-form-partner-position-label = Position
agreements-form-partner-head-label = Name
agreements-form-partner-in-person-label = In the preamble
agreements-form-signatory-hint = The position and name are printed by the signature; the preamble names the person as a sentence needs: in Russian in the genitive («директора Ивановой Марии Петровны»), in Kazakh in the nominative («директор Иванова Мария Петровна»).
agreements-form-notes-label = Notes

## Organisation profile
profile-title = Organisation
profile-lead = These details are printed on agreements and other documents. Fill them in for the languages you print in.
profile-error-summary = The details were not saved. Correct the error and save again.
profile-section-names = Name
profile-full-name-label = Full name
profile-short-name-label = Short name
profile-section-head = Head
profile-head-position-label = Position
profile-head-name-label = Name by the signature
profile-head-in-person-label = In the preamble
profile-head-hint = The position and name are printed by the signature («Director», «M. P. Ivanova»); the preamble names the head as a sentence needs: in Russian in the genitive («директора Ивановой Марии Петровны»), in Kazakh in the nominative.
profile-section-address = Address
profile-address-label = Address
profile-city-label = City
profile-section-requisites = Requisites
profile-bin-label = BIN / INN
profile-phone-label = Phone
profile-email-label = E-mail
profile-bank-details-label = Bank details
profile-section-pupils = Pupils
profile-pupil-count-label = Number of pupils
profile-pupil-count-hint = Needed for the year summary's «events organised by parents per 100 pupils».
profile-section-register = Agreement register
profile-number-pattern-label = Number pattern
profile-start-number-label = Start number
profile-number-pattern-hint = {"{"}n{"}"} is the number, {"{"}yyyy{"}"} the year, {"{"}yy{"}"} its last two digits. Each year the numbering starts again from the start number.
profile-number-example = For example: { $example }
profile-section-certificates = Certificate register
profile-certificate-pattern-label = Certificate number pattern
profile-certificate-pattern-hint = {"{"}n{"}"} is the number, {"{"}yyyy{"}"} the year, {"{"}yy{"}"} its last two digits. Each year certificates are numbered again from 1; a certificate gets its number when it is printed.
profile-section-images = Images for documents
profile-images-hint = PNG or JPEG up to 5 MB. Scan the stamp and the signature on a white or transparent background.
profile-image-logo = Logo
profile-image-stamp = Stamp
profile-image-signature = Head's signature
profile-image-present = Uploaded
profile-image-missing = Not uploaded
profile-image-choose-button = Choose…
profile-image-clear-button = Remove

## Backups
backups-title = Backups
backups-lead-auto = Partnerdesk copies the database by itself every day it starts, before every update and before every restore.
backups-lead-kept = The copies of the last 14 days and one for each of the last 12 months are kept, in the «backups» folder next to the database file.
backups-lead-restore = A restore first saves the current state as a copy too, so it can always be undone.
backups-now-button = Back up now…
backups-restore-file-button = Restore from a file…
backups-list-title = Saved copies
backups-column-taken = Date and time
backups-column-kind = Type
backups-column-size = Size
backups-column-actions = Actions
backups-kind-daily = Daily
backups-kind-migration = Before an update
backups-kind-restore = Before a restore
backups-kind-manual = Manual
backups-size-kb = { $size } KB
backups-size-mb = { $size } MB
backups-restore-button = Restore
backups-empty = No backups yet. Partnerdesk makes the first one by itself the next time it starts; to save a copy to a file now, use «Back up now…».
backups-restore-confirm-title = Restore from the backup?
backups-restore-confirm-text = Restore the database as it was on { $date } at { $time }? The current state is saved as a backup first, so this can be undone.
backups-restore-confirm-ok = Restore

## Export
export-title = Export
export-lead = A section as a table, Excel (XLSX) or CSV, in the language of the interface; the format is chosen in the save dialog.
export-partners-button = Partners…
export-agreements-button = Agreements…
export-events-button = Events…
export-certificates-button = Certificate register…
export-everything-lead = All the data in one JSON file: to move it to another computer or to keep it apart from the app. Such a file can be loaded into a new, empty database.
export-everything-button = Everything to JSON…

## Database file
database-title = Database file
database-lead = All of Partnerdesk's data is kept in this file. You can open another Partnerdesk database file or start a new, empty one; the file chosen is opened at the next start too.
database-open-button = Open another database…
database-new-button = New database…

## Trash
trash-title = Trash
trash-lead = Deleted plans, plan rows and events are kept here for 30 days and can be restored. After that they are deleted for good. Partners never come here: they are archived.
trash-column-what = What was deleted
trash-column-deleted = Deleted
trash-column-purge = Kept in the trash
trash-column-actions = Actions
trash-kind-plan = Plan
trash-kind-plan-row = Plan row
trash-kind-event = Event
trash-kind-nomination = Nomination
trash-plan-title = Plan for { $period }
trash-row-detail = From the plan for { $period }
trash-purge-on = Deleted for good on { $date }
trash-restore-button = Restore
trash-delete-button = Delete for good
trash-empty = The trash is empty.
trash-delete-confirm-title = Delete for good?
trash-delete-confirm-text = { $kind }: «{ $title }». It will be deleted for good and can no longer be restored from the trash.
trash-delete-confirm-ok = Delete for good

## Choosing a partner or a month
partner-picker-placeholder = Find a partner
partner-picker-list-label = Partners found
partner-picker-nothing-found = Nothing found
month-picker-previous = Previous month
month-picker-next = Next month
month-picker-month-label = Month
month-picker-year-label = Year

## Plans
plans-title = Plans of work with partners
plans-lead = The comprehensive plan for a school or a calendar year: partners by category, events and when they are due. Fulfilment is counted from the events held.
plans-new-button = New plan
plans-new-shortcut = New plan (Ctrl+N)
plans-new-title = New plan
plans-new-kind-label = Plan period
plans-new-year-label = First year
plans-new-school-hint = A school year: from 1 September to 31 August of the next year.
plans-new-calendar-hint = A calendar year: from 1 January to 31 December.
plans-new-create-button = Create the plan
plans-import-button = Import from a table…
plans-column-period = Period
plans-column-title = Title
plans-column-rows = Rows
plans-column-fulfilment = Fulfilment
plans-column-actions = Actions
plans-carry-over-button = Carry over to the next period
plans-carry-over-hint = Create the next period's plan with the same partners and events (the plan for { $period } stays as it is)
plans-delete-button = Delete
plans-delete-title = Delete the plan?
plans-delete-text = The plan for { $period } and all its rows ({ $rows }) will be moved to the trash, where they are kept for 30 days. A plan with events held recorded against it cannot be deleted.
plans-delete-ok = Delete the plan
plans-empty-title = No plans yet
plans-empty-text = Create a plan for the school year and add partners and events, carry over last year's — or import a ready plan from a table.
plan-kind-school = School year
plan-kind-calendar = Calendar year
plan-title-school = Comprehensive plan of work with social partners for the { $period } school year
plan-title-calendar = Comprehensive plan of work with social partners for { $period }

## Importing partners from a table
partner-import-title = Import partners from a table
partner-import-lead = A CSV or XLSX file with one partner per row: a register kept in Excel, say, or an export from Partnerdesk. Nothing is written until you confirm the import.
partner-import-step-file = 1. The file
partner-import-file-hint = CSV (UTF-8 or Windows-1251) or XLSX. Contact people go in one cell, separated by semicolons: «Name, position, phone; …». The kind is «internal» or «external».
partner-import-field-kind = Kind (internal or external)
partner-import-field-contacts = Contact people
partner-import-summary-new-categories = New categories that will be added ({ $count }):
partner-import-column-name = Partner
partner-import-column-category = Category
partner-import-column-contacts = Contact people
partner-import-category-new = new
partner-import-category-new-title = There is no such category yet — it will be added
partner-import-no-rows = No partners were found in the file. Check which column holds the name, and the header row.

## Importing from a table (shared)
import-choose-button = Choose a file…
import-choose-other-button = Choose another file…
import-reread-button = Read the file again
import-reread-hint = If you have fixed the file, read it again — there is no need to choose it again.
import-no-file = No file chosen
import-step-mapping = 2. What each column holds
import-mapping-hint = Choose what is written in each column. Below are the first rows of the file; the check of the rows follows at once.
import-column-label = Column { $index }
import-header-label = The first row holds column titles (not imported)
import-field-skip = Do not import
import-step-preview = 3. Checking the rows
import-summary-accepted = Rows to import: { $count }
import-summary-refused = Rows refused: { $count }
import-column-line = Row
import-column-issues = Remarks
import-row-refused = This row will not be imported
import-commit-button = { $count ->
    [one] Import { $count } row
   *[other] Import { $count } rows
}
import-commit-accepted-button = { $count ->
    [one] Import only the { $count } accepted row
   *[other] Import only the { $count } accepted rows
}
import-cancel-button = Cancel, fix the file
import-refused-note = Some rows cannot be imported — each says why. Fix them in the file and read it again, or import only the accepted rows.
import-reading = Reading the file…

## Importing a plan from a table
plan-import-title = Import a plan from a table
plan-import-lead = A CSV or XLSX file in which each row is a partner with its events, as in a plan kept in Word or Excel. Nothing is written until you confirm the import.
plan-import-step-file = 1. The file and the plan period
plan-import-file-hint = CSV (UTF-8 or Windows-1251) or XLSX. A section (a partner category) may stand on a row of its own above its partners, or in a column of its own.
plan-import-field-group = Section (category)
plan-import-field-partner = Partner
plan-import-field-goal = Goal of the cooperation
plan-import-field-activities = Events
plan-import-field-period = When
plan-import-field-responsible = Responsible
plan-import-field-social-effect = Social effect
plan-import-summary-plan-exists = The plan for { $period } already exists: the rows will be added to its end.
plan-import-summary-plan-new = A plan for { $period } will be created.
plan-import-summary-new-partners = New partners to be added to the register ({ $count }):
plan-import-summary-new-groups = New sections to become partner categories ({ $count }):
plan-import-column-group = Section
plan-import-column-partner = Partner
plan-import-column-activities = Events and when
plan-import-partner-new = new
plan-import-partner-new-title = This partner is not in the register — it will be added
plan-import-period-unread = Period not understood
plan-import-period-none = no period given
plan-import-no-rows = No plan rows were found in the file. Check which column holds the partner, and the header row.

## Plan
plan-page-back-button = All plans
plan-page-error-title = The plan could not be opened
plan-page-period = { $period } · { $kind }
plan-fulfilment-title = Plan fulfilment
plan-fulfilment-percent = { $percent }%
plan-fulfilment-held = { $held } of { $expected } held
plan-fulfilment-short = { $held } of { $expected } · { $percent }%
plan-fulfilment-overdue = Not held in time: { $count }
plan-fulfilment-nothing = The plan has no events yet.
plan-approval-title = Approval
plan-approval-edit-button = Edit
plan-approval-title-label = Plan title
plan-approval-title-hint = Left empty, the standard title in the document's language is printed.
plan-approval-position-label = Approver's position
plan-approval-name-label = Approver's name
plan-approval-date-label = Approval date
plan-approval-order-label = Order
plan-approval-order-hint = For example: Order No. 45 of 28.08.2026
plan-approval-profile-hint = When the position and the name are empty, the head from the organisation's profile is printed.
plan-approval-from-profile = from the organisation's profile
plan-approval-not-approved = not given
plan-sheet-title = Plan rows
plan-sheet-hint = Enter — edit a row, Alt+↑/↓ — move it, Ctrl+N — new row
plan-sheet-empty = The plan has no rows yet. Add the first partner.
plan-column-number = No.
plan-column-partner = Partner
plan-column-goal = Goal of the cooperation
plan-column-activities = Events
plan-column-period = When
plan-column-responsible = Responsible
plan-column-social-effect = Social effect
plan-column-fulfilment = Fulfilment
plan-column-actions = Actions
plan-group-up-button = Move the section «{ $name }» up
plan-group-down-button = Move the section «{ $name }» down
plan-row-label = Row { $number }: { $name }
plan-row-edit-label = Editing the row: { $name }
plan-row-new-label = New plan row
plan-row-add-button = Add a row
plan-row-add-shortcut = Add a row (Ctrl+N)
plan-row-edit-button = Edit the row
plan-row-up-button = Move up
plan-row-down-button = Move down
plan-row-delete-button = Delete the row
plan-row-delete-title = Delete the plan row?
plan-row-delete-text = The row «{ $name }» and its events will be moved to the trash, where they are kept for 30 days. If anything was held for them, the row cannot be deleted.
plan-row-delete-ok = Delete the row
plan-row-no-activities = No events given
plan-row-partner-missing = Choose a partner.
plan-row-save-hint = Save (Ctrl+Enter or Ctrl+S)
plan-row-editor-hint = Ctrl+Enter — save, Esc — cancel
plan-activity-title-label = Event { $index }
plan-activity-title-placeholder = For example: the «World of professions» excursion
plan-activity-form-label = Form of event { $index }
plan-activity-form-none = No form given
plan-activity-remove-label = Remove event { $index }
plan-activity-remove-held = Events were held for it, so it cannot be removed
plan-activity-add-button = + Event
plan-activity-held = { $held } / { $expected }
plan-activity-held-title = Held / planned
plan-activity-event-open = Open the event held
plan-activity-mark-held-button = Mark as held

## When a planned event is due
period-kind-year = Throughout the year
period-kind-times = Several times a year
period-kind-months = In given months
period-kind-quarters = In given quarters
period-kind-dates = On given days
period-editor-kind-label = When
period-editor-times-label = How many times a year
period-editor-months-label = Months
period-editor-span-label = Span { $index }
period-editor-span-from-label = First month
period-editor-span-to-label = Last month
period-editor-span-remove-label = Remove span { $index }
period-editor-span-add-button = + A span of months (say, December–January)
period-editor-quarters-label = Quarters
period-editor-quarter = Quarter { $roman }
period-editor-quarters-hint-school = In a school year: I — September–November, II — December–February, III — March–May, IV — June–August.
period-editor-quarters-hint-calendar = In a calendar year: I — January–March, II — April–June, III — July–September, IV — October–December.
period-editor-date-label = Date { $index }
period-editor-date-remove-label = Remove date { $index }
period-editor-date-add-button = + Date

## Printing the plan
plan-print-button = Print
plan-print-title = Print the plan
plan-print-lang-label = Document language
plan-print-columns-label = Columns
plan-print-open-button = Open PDF
plan-print-save-button = Save as…

## Events held
events-title = Events held
events-new-button = New event
events-new-shortcut = New event (Ctrl+N)
events-hint-new = new event
events-filter-span-label = Period
events-span-month = One month
events-span-range = Between dates
events-span-all = All time
events-filter-month-label = Month
events-filter-from-label = From
events-filter-to-label = To
events-filter-partner-label = Partner
events-filter-partner-all = All partners
events-count =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
events-column-date = Date
events-column-partner = Partner
events-column-title = Event
events-column-participants = Participants
events-column-photos = Photos
events-photos =
    { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }
events-planned-mark = planned
events-planned-title = Held as planned
events-empty-title = No events
events-empty-text = No events were held in the chosen period. Record one here, or mark it as held right in the plan.
events-error-title = The list could not be loaded
events-form-new-title = New event
events-form-edit-title = Event held
events-form-error-summary = The event was not saved. Correct the error and save again.
events-form-section-main = Event
events-form-held-on-label = Date held
events-form-time-label = Time
events-form-time-placeholder = HH:MM
events-form-time-hint = For example, 14:30. May be left empty.
events-form-partner-label = Partner
events-form-partner-missing = Choose the partner the event was held with.
events-form-activity-label = Planned event
events-form-activity-unplanned = Not in the plan
events-form-activity-plan = Plan for { $period }
events-form-activity-hint = The planned event chosen counts as held.
events-form-activity-none-planned = The plans have no events with this partner: the event is recorded outside the plan.
events-form-title-label = Title
events-form-title-placeholder = For example: a museum excursion for World Animal Day
events-form-form-label = Form
events-form-form-none = Not given
events-form-place-label = Place
events-form-section-participants = Participants
events-form-children-label = Children
events-form-parents-label = Parents
events-form-teachers-label = Teachers
events-form-others-label = Others
events-form-ages-label = Children's ages
events-form-ages-placeholder = For example: 7–10 years
events-form-by-parents-label = Organised by parents
events-form-by-parents-hint = Counts towards «events organised by parents».
events-form-section-result = Outcome
events-form-responsible-label = Responsible
events-form-media-link-label = Media coverage (link)
events-form-media-link-placeholder = https://
events-form-result-label = Short result
events-form-section-photos = Photos
events-form-photos-new-hint = Photos are added to a saved event.
events-form-save-add-photos-button = Save and add photos…
events-form-photos-empty = No photos yet.
events-form-add-photos-button = Add photos…
events-form-photos-hint = PNG or JPEG. The photos are copied into the program's folder; the originals stay where they are.
events-form-photo-open-button = Open
events-form-photo-remove-button = Remove
events-form-photo-remove-label = Remove the photo «{ $name }»
events-form-delete-button = Delete
events-delete-title = Delete the event?
events-delete-text = The record of «{ $title }» will be moved to the trash, where it is kept for 30 days, and the plan's fulfilment counted again.
events-delete-ok = Delete
events-photo-remove-title = Remove the photo?
events-photo-remove-text = The photo «{ $name }» will be removed from the event.
events-photo-remove-ok = Remove
participants-children =
    { $count ->
        [one] { $count } child
       *[other] { $count } children
    }
participants-parents =
    { $count ->
        [one] { $count } parent
       *[other] { $count } parents
    }
participants-teachers =
    { $count ->
        [one] { $count } teacher
       *[other] { $count } teachers
    }
participants-others =
    { $count ->
        [one] { $count } other
       *[other] { $count } others
    }

## Calendar
calendar-title = Calendar
calendar-month-label = Calendar month
calendar-month-title = { $month } { $year }
calendar-today-button = Today
calendar-legend-event = held
calendar-legend-planned = planned
calendar-legend-held = planned, held
calendar-legend-overdue = overdue
calendar-weekday-mon = Mon
calendar-weekday-tue = Tue
calendar-weekday-wed = Wed
calendar-weekday-thu = Thu
calendar-weekday-fri = Fri
calendar-weekday-sat = Sat
calendar-weekday-sun = Sun
calendar-event-open-title = Open the event
calendar-planned-open-title = Show the planned event
calendar-planned-held-title = Held — show it
calendar-planned-held = held
calendar-planned-not-held = not held yet
calendar-open-plan-button = Open in the plan
calendar-this-month-title = Planned this month
calendar-this-month-empty = Nothing in the plan falls in this month. Events planned «throughout the year» are not shown in the calendar.
calendar-hint-month = previous / next month

## Reports
reports-title = Reports
reports-tab-month = Monthly report
reports-tab-year = Year summary
reports-month-lead = The month's information on the work with social partners, as the education department receives it.
reports-month-label = Report month
reports-lang-label = Document language
reports-print-pdf-button = Open PDF
reports-save-pdf-button = Save PDF…
reports-save-xlsx-button = Save XLSX…
reports-busy = Preparing the document…
reports-month-empty = No events were held this month.
reports-column-number = No.
reports-column-partner = Partner
reports-column-event = Event / form
reports-column-date-place = Date, place
reports-column-participants = Participants
reports-column-responsible = Responsible
reports-column-media = Media coverage
reports-ages = ages: { $ages }
reports-total = Events in all: { $count }
reports-total-participants = Participants in all: { $count }
reports-year-lead = The indicators of a plan period: plan fulfilment, parents' participation, events by month and by partner.
reports-year-period-label = Period
reports-year-fulfilment-label = Plan fulfilment
reports-year-no-plan = There is no plan for this period, or it has no events.
reports-year-events-label = Events held
reports-year-participants = Participants: { $count }
reports-year-parents-label = Parents' participation
reports-year-parents-note = Parents took part in { $events } of { $total } events; { $parents } parents in all
reports-year-by-parents-label = Organised by parents
reports-year-per-100 = { NUMBER($value, maximumFractionDigits: 1) } per 100 pupils ({ $pupils } pupils)
reports-year-no-pupils = The figure per 100 pupils is not counted: the organisation's profile has no number of pupils.
reports-year-profile-link = Set it
reports-year-months-title = By month
reports-year-months-hint = «Planned» counts the events due in that month; events «throughout the year» and «N times a year» are not spread over months.
reports-year-column-month = Month
reports-year-column-planned = Planned
reports-year-column-held = Held
reports-year-partners-title = By partner
reports-year-column-partner = Partner
reports-year-column-category = Category
reports-year-column-fulfilment = Plan fulfilment
reports-year-partners-empty = No events with partners in this period.
reports-album-title = Album of cooperation
reports-album-lead = The events held in { $period }, with their photos, in one PDF.
reports-album-order-label = Order
reports-album-order-by-date = By date
reports-album-order-by-partner = Grouped by partner

## Awards
awards-list-title = Awards
awards-list-new-button = New nomination
awards-list-new-shortcut = New nomination (Ctrl+N)
awards-list-key-space = Space
awards-list-hint-tick = tick
awards-list-hint-new = new nomination
awards-templates-button = Certificate templates
awards-register-button = Certificate register
awards-import-button = Import from a table…
awards-list-filter-year-label = Year
awards-list-filter-status-label = Status
awards-list-filter-status-all = All statuses
awards-list-filter-title-label = Nomination
awards-list-filter-title-all = All nominations
awards-list-check-all = Tick all
awards-list-count = { $count ->
    [one] { $count } nomination
   *[other] { $count } nominations
}
awards-list-clear-filters-button = Clear filters
awards-list-column-nominee = Nominee
awards-list-column-title = Nomination
awards-list-column-award = Award
awards-list-column-status = Status
awards-list-column-number = Certificate no.
awards-list-tick = Tick: { $name }
awards-list-error-title = The nominations could not be loaded
awards-list-nothing-found-title = Nothing found
awards-list-nothing-found-text = No nomination matches these filters. Clear them to see all the year's nominations.
awards-list-empty-title = No nominations for { $year } yet
awards-list-empty-text = At the end of the year, enter here everyone proposed for an award: teachers, parents, families, partners and pupils.
awards-selection-label = Actions on the ticked rows
awards-selection-count = Ticked: { $count }
awards-selection-clear = Untick all
awards-approve-button = Approve by order…
awards-print-button = Print certificates…
awards-hand-over-button = Mark handed over…

awards-approve-title = { $count ->
    [one] Approve { $count } nomination by the director's order
   *[other] Approve { $count } nominations by the director's order
}
awards-approve-number-label = Order number
awards-approve-number-placeholder = e.g. 45-P
awards-approve-date-label = Order date
awards-approve-submit = Approve
awards-approve-hint = Certificates already printed keep their order.

awards-hand-over-title = { $count ->
    [one] Mark { $count } award as handed over
   *[other] Mark { $count } awards as handed over
}
awards-hand-over-date-label = Handed over on
awards-hand-over-submit = Mark
awards-hand-over-skipped = { $count ->
    [one] { $count } ticked nomination has no certificate yet and is left out.
   *[other] { $count } ticked nominations have no certificate yet and are left out.
}

awards-print-title = { $count ->
    [one] Print { $count } certificate
   *[other] Print { $count } certificates
}
awards-print-how-label = How to print
awards-print-one-file = One PDF file
awards-print-per-file = One file per certificate, into a folder
awards-print-lang-label = Language of the certificates
awards-print-start = Print…
awards-print-cancel = Stop
awards-print-stopping = Stopping…
awards-print-one-file-hint = All certificates in one PDF, easy to send to the printer. They all take their register numbers at once — or none does if anything fails.
awards-print-per-file-hint = A file for each certificate. Printing can be stopped: those printed keep their numbers, the rest take none.
awards-print-skipped = { $count ->
    [one] { $count } ticked nomination is not approved by an order yet and is left out.
   *[other] { $count } ticked nominations are not approved by an order yet and are left out.
}
awards-print-progress = { $done } of { $total } printed
awards-print-waiting-file = Preparing the file and opening it in the viewer…
awards-print-waiting-folder = Choose a folder for the certificates…

awards-nominee-kind-person = Person
awards-nominee-kind-family = Family
awards-nominee-kind-collective = Group
awards-nominee-kind-organisation = Organisation
awards-role-teacher = Teacher
awards-role-partner = Partner's representative
awards-role-parent = Parent
awards-role-pupil = Pupil
awards-role-other = Other
awards-gender-female = Female
awards-gender-male = Male
awards-gender-unknown = Not given
awards-case-nominative = Nominative (who?)
awards-case-dative = Dative (to whom?)
awards-case-genitive = Genitive (of whom?)
awards-border-classic = Classic double frame
awards-border-ornament = Ornament
awards-border-laurel = Laurel branch
awards-border-ribbon = Ribbon
awards-border-simple = Plain line
awards-order = No. { $number } of { $date }
awards-order-no-date = No. { $number }
awards-preview-loading = Preparing the certificate…
awards-preview-failed = The certificate cannot be shown. { $reason }
awards-preview-lang-label = Language of the certificate

awards-title-add-button = + Add a nomination title
awards-title-add-title = New nomination title from the regulations
awards-title-add-kind-label = Usual award for this title

awards-kind-add-button = + Add a kind of award
awards-kind-add-title = New kind of award
awards-kind-add-prints-label = A certificate is printed

nominee-import-title = Import nominations from a table
nominee-import-lead = A CSV or XLSX file with one nominee per row: a list of nominations drawn up in Excel, say. The nominations are added as proposed. Nothing is written until you confirm the import.
nominee-import-step-file = 1. The file, the year and the language
nominee-import-file-hint = CSV (UTF-8 or Windows-1251) or XLSX. The gender is «m» or «f»; when it is missing, it is told from the name. Nomination titles not yet in the list will be added.
nominee-import-year-label = Year of the awards
nominee-import-reason-lang-label = Language the reasons are written in
nominee-import-field-surname = Surname
nominee-import-field-given-name = Given name
nominee-import-field-patronymic = Patronymic
nominee-import-field-gender = Gender
nominee-import-field-role = Relation to the organisation
nominee-import-field-title = Nomination title
nominee-import-field-reason = Reason for the award
nominee-import-summary-new-titles = New nomination titles that will be added to the list ({ $count }):
nominee-import-column-nominee = Nominee
nominee-import-column-dative = Dative form
nominee-import-column-title = Nomination title
nominee-import-title-new = new
nominee-import-title-new-title = There is no such nomination title yet — it will be added
nominee-import-no-rows = No nominees were found in the file. Check which column holds the surname, and the header row.

awards-form-new-title = New nomination
awards-form-edit-title = Edit nomination
awards-form-error-summary = The nomination was not saved. Fix the error and save again.
awards-form-section-main = Nomination
awards-form-title-label = Nomination title (regulations)
awards-form-title-choose = Choose a title
awards-form-title-missing = Choose a nomination title from the list or add your own.
awards-form-award-kind-label = Kind of award
awards-form-award-kind-of-title = As the title's: { $kind }
awards-form-award-kind-of-title-none = As the title's
awards-form-year-label = Year
awards-form-section-nominee = Nominee
awards-form-nominee-kind-label = Who
awards-form-role-label = Relation to the organisation
awards-form-surname-label = Surname
awards-form-given-name-label = Given name
awards-form-patronymic-label = Patronymic
awards-form-gender-label = Gender
awards-form-name-label = Name
awards-form-name-placeholder-family = The Nurlanov family
awards-form-name-placeholder-collective = Parents' committee of class 3A
awards-form-name-placeholder-organisation = Children's Library No. 2
awards-form-declined-label = The name as it will print
awards-form-gender-guessed = Gender guessed from the name: { $gender }. If it is wrong, set it.
awards-form-gender-not-guessed = The gender cannot be told from the name, so the name is not declined. Set the gender or correct the forms by hand.
awards-form-by-hand-label = Correct by hand
awards-form-by-hand-hint = Left empty, the form made by the program is used.
awards-form-partner-label = Partner
awards-form-partner-clear = Remove
awards-form-section-reason = Reason
awards-form-reason-placeholder = for active participation in the life of the organisation
awards-form-reason-hint = Printed after the name. Fill it in for the languages you print certificates in; where one is missing, the first one filled in is used.
awards-form-proposed-by-label = Proposed by
awards-form-proposed-by-placeholder = e.g. the methodical council
awards-form-notes-label = Notes

awards-page-back-button = Awards
awards-page-error-title = The nomination cannot be opened
awards-page-year = { $year }
awards-page-print-button = Print certificate…
awards-page-hand-over-button = Mark handed over…
awards-page-edit-button = Edit
awards-page-delete-button = Delete
awards-page-facts-title = About the nomination
awards-page-nominee-kind-label = Who
awards-page-by-hand = corrected by hand
awards-page-partner-label = Partner
awards-page-reason-label = Reason
awards-page-proposed-by-label = Proposed by
awards-page-order-label = Order
awards-page-not-approved = not approved yet
awards-page-number-label = Certificate
awards-page-number = No. { $number }
awards-page-issued-on = issued { $date }
awards-page-no-number = gets its number when printed
awards-page-handed-on-label = Handed over
awards-page-notes-label = Notes
awards-page-certificate-title = Certificate
awards-page-preview-button = Preview certificate
awards-page-preview-lead = The certificate as it would print now. Previewing changes nothing and takes no number.
awards-page-preview-hint = This is how the certificate would print now; it gets its number when printed.
awards-page-preview-hint-numbered = This is how the certificate would print again, under the same number.
awards-page-preview-label = Certificate: { $name }
awards-page-no-page = This kind of award is not printed: «printing» only gives it a number in the register.
awards-delete-title = Delete the nomination?
awards-delete-text = The nomination «{ $name }» will go to the trash, where it can be restored within 30 days. A nomination whose certificate was printed cannot be deleted.
awards-delete-ok = Delete

awards-templates-title = Certificate templates
awards-templates-error-summary = The template was not saved. Fix the error and save again.
awards-templates-reset-button = Back to defaults
awards-templates-no-kinds = No kind of award prints a certificate.
awards-templates-which-label = Which template
awards-templates-kind-label = Kind of award
awards-templates-lang-label = Language
awards-templates-state-edited = You have changed this template.
awards-templates-state-default = The default template: it is used until you save your own.
awards-templates-section-words = Wording
awards-templates-title-label = Title
awards-templates-lead-label = Before the name
awards-templates-name-case-hint = For Russian names: «Награждается Иванова Мария Петровна» is nominative; «выражает благодарность Ивановой Марии Петровне» is dative. Kazakh names are not declined.
awards-templates-name-case-label = Case of the name
awards-templates-closing-label = After the reason
awards-templates-placeholders-lead = The texts may use these placeholders:
awards-templates-placeholder-organisation = the organisation's full name
awards-templates-placeholder-nominee = the nominee, in the chosen case
awards-templates-placeholder-reason = the reason
awards-templates-placeholder-date = the date of issue
awards-templates-placeholder-number = the certificate's number in the register
awards-templates-placeholder-signer = the head who signs the certificate
awards-templates-section-look = Look
awards-templates-border-label = Border
awards-templates-primary-label = Main colour
awards-templates-accent-label = Ornament colour
awards-templates-landscape-label = Landscape
awards-templates-show-logo-label = Logo
awards-templates-show-signature-label = Head's signature
awards-templates-show-stamp-label = Stamp
awards-templates-images-hint = The logo, signature and stamp come from the organisation's profile.
awards-templates-background-label = Background picture
awards-templates-preview-title = As it will print
awards-templates-preview-label = Sample certificate
awards-templates-preview-hint = A sample with a made-up nominee and number, renewed after every change.

awards-register-title = Register of issued certificates
awards-register-lead = A certificate gets its number when it is printed: in order within the year, without gaps; numbers are never reused.
awards-register-list-title = Issued certificates
awards-register-year-label = Year of the register
awards-register-all-years = All years
awards-register-column-number = No.
awards-register-column-nominee = Issued to
awards-register-column-title = Nomination
awards-register-column-award = Kind of award
awards-register-column-order = Order
awards-register-column-issued = Issued on
awards-register-empty = No certificates issued this year yet.
awards-check-title = Check a certificate
awards-check-label = Certificate number or QR code text
awards-check-placeholder = 12/2026 or PDSK:12/2026:…
awards-check-button = Check
awards-check-hint = Type the number from the certificate or paste the text of its QR code (it starts with PDSK:) — the code tells whether the certificate was altered.
awards-check-genuine = Genuine: the code matches the register.
awards-check-mismatch = The number is in the register, but the code does not match: the certificate may have been altered.
awards-check-number-only = The number is in the register. The code was not checked: paste the QR code text to check it.
awards-check-not-found = No certificate with this number in the register.
awards-check-entry = No. { $number }: { $nominee }, issued { $date }
awards-check-open = Open the nomination
