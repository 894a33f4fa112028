# The core's messages: errors, form fields, the built-in lists, the CLI.

## Errors (error-<code>; $field is the localized field name)
error-name-empty = Enter the name.
error-too-long = «{ $field }» is too long: at most { $max } characters.
error-email-invalid = «{ $field }» is not a valid e-mail address (example: school4@edu.kz).
error-control-chars = «{ $field }» contains invisible control characters. Remove them and try again.
error-contact-name-empty = Contact person { $index } has no name.
error-not-found = Not found: { $entity } «{ $id }». It may have been changed elsewhere; reload the list.
error-category-unknown = Unknown category «{ $value }».
error-catalog-name-empty = Enter a name for the new entry in at least one language.
error-date-invalid = «{ $field }»: «{ $value }» is not a date.
error-date-order = The end date is before the start date.
error-pattern-invalid = The number pattern «{ $value }» must contain {"{"}n{"}"}, the place of the number, and the year: {"{"}yyyy{"}"} or {"{"}yy{"}"}.
error-already-registered = The agreement is already in the register as № { $number }.
error-already-renewed = This agreement has been renewed already.
error-agreement-terminated = The agreement is terminated and can no longer be changed.
error-image-invalid = The file is not a PNG or JPEG image.
error-image-too-large = The picture is larger than { $mb } MB. Make it smaller or save it at a lower quality.
error-file-too-large = The file is larger than { $mb } MB, so it is not a Partnerdesk export. Nothing was changed.
error-order-unknown = Unknown order «{ $value }»: give by-date or by-partner.
error-export-unreadable = This file is not a Partnerdesk export, or it is damaged. Nothing was changed.
error-language-unknown = Unknown document language «{ $value }»: use ru, kk, en or kk+ru.
error-viewer-failed = The PDF was saved to «{ $path }», but it could not be opened: no PDF viewer was found.
error-out-of-range = «{ $field }»: enter a number from { $min } to { $max }.
error-profile-key-unknown = Unknown profile field «{ $value }». Fields: { $keys }.
error-partner-ambiguous = Several partners are named «{ $value }»; give the partner’s id.
error-agreement-ambiguous = Several agreements have the number «{ $value }»; give the record id.
error-date-outside-term = «{ $field }»: the date is outside the agreement’s term.
error-scan-invalid = A scan must be a PDF, PNG or JPEG file.
error-import-invalid = The file cannot be imported: { $reason }. Nothing was changed.
error-format-unknown = Unknown file format «{ $path }»: give a name ending in .csv or .xlsx.
error-export-failed = The table could not be written: { $reason }
error-database-too-new = This database was saved by a newer version of Partnerdesk (schema { $found }; this version knows up to { $supported }). Update the app; the file was not changed.
error-not-a-database = The file «{ $path }» is not a Partnerdesk database. It was not changed.
error-database-corrupt = The database file is damaged. It was not changed; open a backup.
error-database-not-empty = The register already has records, so nothing was added: demo data and a JSON import fill only an empty database.
error-read-only = The database cannot be written: the file or its folder is read-only.
error-disk-full = The disk is full: nothing was saved. Free some space and try again.
error-database-busy = The database is busy in another window or program. Try again in a moment.
error-storage = The database reported an error: { $reason }
error-file = Cannot use the file «{ $path }»: { $reason }

## Field names
field-name = Name
field-short-name = Short name
field-category = Category
field-address = Address
field-phones = Phones
field-email = E-mail
field-website = Website
field-notes = Notes
field-contact-name = Contact name
field-contact-position = Position
field-contact-phone = Contact phone
field-contact-email = Contact e-mail
field-catalog-name = Entry name

field-partner = Partner
field-partner-number = Partner's number
field-title = Title
field-signed-on = Signing date
field-valid-from = Valid from
field-valid-to = Valid to
field-partner-position = Signatory's position
field-partner-head = Signatory's name
field-partner-in-person = Represented by
field-head-position = Head's position
field-head-name = Head's name
field-head-in-person = Represented by (preamble)
field-city = City
field-bin = BIN / INN
field-bank-details = Bank details
field-number-pattern = Register number pattern
field-start-number = First number
entity-partner = partner
entity-agreement = agreement
entity-contact = contact person
entity-direction = direction of work
entity-form = form of cooperation
entity-category = category
entity-backup = backup
entity-clause = clause
field-terminated-on = Termination date
field-clause = Clause
kind-internal = Internal
kind-external = External

## Partner categories
category-parents = Parents' community
category-own-clubs = The centre's clubs
category-own-departments = The centre's departments
category-own-facilities = The centre's museum and living corner
category-education = Schools and kindergartens
category-culture = Culture
category-sport-health = Sport and health
category-safety = Law enforcement and safety
category-social = Social protection
category-akimat = Akimat departments
category-ngo = Public organisations
category-media = Media
category-business = Businesses and sponsors

## Directions of work
direction-educational = Educational
direction-career-guidance = Career guidance
direction-health = Health
direction-social = Social
direction-sociocultural = Socio-cultural
direction-artistic = Artistic and aesthetic
direction-patriotic = Patriotic
direction-environmental = Environmental

## Forms of cooperation
form-joint-events = Joint events
form-meetings = Meetings with interesting people
form-consultations = Consultations
form-round-tables = Round tables
form-excursions = Excursions
form-specialists = Inviting specialists
form-master-classes = Master classes
form-open-lessons = Open lessons
form-contests = Contests
form-exhibitions = Exhibitions
form-campaigns = Campaigns
form-concerts = Concerts
form-holidays = Holidays
form-parents-meetings = Parents' meetings
form-sponsorship = Sponsorship

## Command line
cli-error = Error
cli-demo-loaded = Demo data loaded: { $count } partners.
cli-similar-warning = Warning: a partner with a very similar name already exists: «{ $name }».
cli-restored = The database was restored from the copy: { $count } partners.
cli-check-ok = The database is fine: schema { $version }, partners: { $partners }, backups: { $backups }.
cli-check-damaged = The database is damaged (schema { $version }). Restore it from a backup.

## Agreement statuses (the interface, the command line, registers)
status-draft = Draft
status-active = Active
status-expiring = Expiring
status-expired = Expired
status-terminated = Terminated
status-renewed = Renewed

## Register tables (CSV, XLSX)
table-partners-title = Partner register
table-partners-name = Name
table-partners-short-name = Short name
table-partners-category = Category
table-partners-kind = Kind
table-partners-address = Address
table-partners-phones = Phones
table-partners-email = E-mail
table-partners-website = Website
table-partners-contacts = Contact people
table-partners-notes = Notes
table-partners-archived = Archived on
table-agreements-title = Agreement register
table-agreements-number = Register number
table-agreements-partner-number = Partner's number
table-agreements-partner = Partner
table-agreements-title-col = Title
table-agreements-signed-on = Signed on
table-agreements-valid-from = Valid from
table-agreements-valid-to = Valid to
table-agreements-status = Status
table-agreements-terminated-on = Terminated on

# The yearly plan as printed
plan-doc-approved = APPROVED
plan-doc-date-blank = «___» ____________ 20___
plan-doc-title-school = Comprehensive plan of work with social partners for the { $period } school year
plan-doc-title-calendar = Comprehensive plan of work with social partners for { $period }
plan-doc-subject = Social partnership
plan-doc-empty = The plan has no rows yet.
plan-file-name = Plan { $period } ({ $lang })
plan-col-partner = Social partner
plan-col-goal = Characteristic / goal of the interaction
plan-col-activities = Forms of interaction (events)
plan-col-period = Period
plan-col-responsible = Responsible
plan-col-social-effect = Expected social effect

# Reports to the education department
report-month-title = Work with social partners in { $month } { $year }
report-month-sheet = Monthly information
report-col-number = No.
report-col-partner = Social partner
report-col-event = Event / form
report-col-date-place = Date, place
report-col-participants = Participants
report-col-responsible = Responsible
report-col-media = Media coverage
report-participants-children = children: { $count }
report-participants-parents = parents: { $count }
report-participants-teachers = teachers: { $count }
report-participants-others = others: { $count }

report-empty = No events are recorded for this period.
report-file-name = Partners report { $month } ({ $lang })
report-year-title-school = Work with social partners: summary of the { $period } school year
report-year-title-calendar = Work with social partners: summary of { $period }
report-col-month = Month
report-col-planned = Planned
report-col-held = Held
report-col-category = Category
report-col-fulfilment = Plan fulfilment
report-year-sheet = Year summary
report-year-file-name = Year summary { $period } ({ $lang })
report-col-indicator = Indicator
report-col-value = Value
report-ind-events = Events held
report-ind-fulfilment = Plan fulfilment
report-ind-participants = Participants
report-ind-with-parents = Events with parents taking part
report-ind-by-parents = Events organised by parents
report-ind-per-100 = Events organised by parents per 100 pupils
report-pupils = pupils
report-no-pupils = the pupil count is not set in the organisation profile
report-by-month = By month
report-planned-held = planned / held
report-by-partner = By partner
report-held-fulfilment = held / plan fulfilment

error-period-invalid = The «{ $field }» of «{ $value }» does not fit. Choose months, quarters, «throughout the year», «N times a year» (1 to 366) or dates within the plan's period.
error-plan-exists = There is a plan for { $value } already. Open it, or carry it over to the next period.
error-has-events = Events held are recorded for it ({ $count }); the plan keeps its history, so it cannot be removed.
error-activity-other-partner = The planned activity chosen belongs to another partner.
error-month-invalid = «{ $value }» is neither a month (YYYY-MM) nor a plan period (2026 or 2026-2027).
error-required = Fill in «{ $field }».
field-period = Period
field-goal = Goal of the interaction
field-activity = Activity
field-responsible = Responsible
field-social-effect = Social effect
field-held-on = Date held
field-time = Time
field-place = Place
field-ages = Participants' ages
field-result = Result
field-media-link = Link to the publication
field-approver-position = Approver's position
field-approver-name = Approved by
field-approved-on = Approval date
field-approval-order = Order
field-pupil-count = Number of pupils
field-participants = Participants
field-year = Year
entity-plan = plan
entity-plan-row = plan row
entity-event = event
entity-activity = planned activity
entity-photo = photo

# Where a planned activity stands
activity-status-done = Done
activity-status-overdue = Overdue
activity-status-due = This month
activity-status-planned = Planned
report-total = Events in all: { $count }. Participants — { $participants }.

# Importing a plan from CSV or XLSX
error-import-refused = { $count ->
    [one] { $count } row cannot be imported
   *[other] { $count } rows cannot be imported
}; nothing was imported. Fix them in the file, or import only the accepted rows.
import-issue-partner-empty = No partner is given.
import-issue-text-invalid = The text cannot be accepted: { $reason }
import-issue-cell-too-long = A cell is longer than { $max } characters.
import-issue-partner-similar = Similar to the partner «{ $name }» already in the register; a new one will be added.
import-issue-period-unread = The period «{ $value }» was not understood; it is recorded as «Throughout the year».
import-group-other = Other partners
import-no-partner-column = Say which column holds the partner.
cli-import-line = row { $line }
cli-plan-imported = Plan rows imported: { $count }; new partners: { $partners }; rows not accepted: { $refused }.

# The trash and undo
error-in-trash = The plan for { $value } is in the trash. Restore it from the trash.
error-nothing-to-undo = There is nothing to undo: the last change has been undone already.
import-issue-partner-exists = «{ $name }» is in the register already.
import-issue-partner-repeated = «{ $name }» appears earlier in this file.
import-no-name-column = Say which column holds the partner's name.
cli-partners-imported = Partners imported: { $count }; rows not accepted: { $refused }.

# The register of events held, as a table
table-events-title = Events held
table-events-date = Date
table-events-time = Time
table-events-partner = Partner
table-events-title-col = Event
table-events-form = Form
table-events-place = Place
table-events-children = Children
table-events-parents = Parents
table-events-teachers = Teachers
table-events-others = Others
table-events-ages = Ages
table-events-by-parents = Organised by parents
table-events-responsible = Responsible
table-events-result = Result
table-events-media = Publication
table-events-activity = Planned activity
table-yes = yes
table-no = no

# Awards
award-kind-gramota = Certificate of honour
award-kind-thanks = Letter of thanks
award-kind-diploma = Diploma
award-kind-prize = Valuable prize
nomination-title-best-parents-committee = Best parents' committee
nomination-title-most-active-parent = Most active parent
nomination-title-friendly-family = Friendly family
nomination-title-best-parents-collective = Best team of parents
nomination-title-parents-methodist = Methodist for work with parents
nomination-title-best-partner = Best social partner
nomination-title-book-of-honour = Book of Honour
nomination-status-proposed = Proposed
nomination-status-approved = Approved
nomination-status-printed = Printed
nomination-status-handed = Handed over
error-not-approved = The nomination is not approved by an order yet.
field-surname = Surname
field-given-name = Given name
field-patronymic = Patronymic
field-name-dative = To whom (dative)
field-name-genitive = Of whom (genitive)
field-reason = For what
field-proposed-by = Proposed by
entity-nomination = nomination
entity-nomination-title = nomination title
entity-award-kind = kind of award
entity-certificate = certificate
import-issue-gender-unknown = The gender is not given and cannot be told from the name: the name will not be declined until it is set.
import-no-surname-column = Say which column holds the surname.
cli-nominees-imported = Nominations imported: { $count }; rows not accepted: { $refused }.
cli-nominations-approved = Nominations approved: { $count }.
cli-certificate-found = No. { $number }: { $nominee }, issued { $issued }.
cli-certificate-mismatch = No. { $number } is in the register ({ $nominee }, { $issued }), but the code does not match: the certificate may have been altered.
cli-case-dative = Dative
cli-case-genitive = Genitive
error-code-mismatch = The certificate's code does not match the register: it may have been altered.

# The journal of issued certificates
table-certificates-title = Register of issued certificates
table-certificates-number = No.
table-certificates-nominee = Issued to
table-certificates-title-col = Nomination
table-certificates-award = Award
table-certificates-order = Order
table-certificates-issued-on = Issued on
table-certificates-order-value = No. { $number } of { $date }
table-certificates-file-name = Certificate register { $year } ({ $lang })

# Certificates
error-colour-invalid = «{ $value }» is not a colour: give it as #RRGGBB.
certificate-gramota-title = CERTIFICATE OF HONOUR
certificate-gramota-lead = is awarded to
certificate-gramota-closing = { "" }
certificate-thanks-title = LETTER OF THANKS
certificate-thanks-lead = expresses its gratitude to
certificate-thanks-closing = { "" }
certificate-diploma-title = DIPLOMA
certificate-diploma-lead = is awarded to
certificate-diploma-closing = { "" }
certificate-prize-title = VALUABLE PRIZE
certificate-prize-lead = is presented to
certificate-prize-closing = { "" }
certificate-stamp = L.S.
certificate-number = No. { $number }
certificate-place-date = { $city }, { $date }
certificate-sample-nominee = Maria Ivanova
certificate-sample-reason = for taking an active part in the life of the organisation
certificate-file-name = { $number } { $nominee }
error-nothing-to-print = Nothing to print: none of the chosen awards has a certificate (a valuable prize is not printed). Nothing was changed.
error-register-no-undo = This change cannot be undone: it gave out a register number, and numbers are never taken back or reused.
error-no-file-chosen = Choose a file to import first.
field-certificate-pattern = Certificate number pattern
error-table-too-large = The table is too large: at most { $max } rows and { $mb } MB. Split it into parts.
error-table-empty = The workbook has no sheets.
error-file-exists = The file «{ $path }» exists already. Choose a new name: an existing file is never overwritten.
certificate-combined-file-name = Certificates { $date }

## The album of cooperation
album-title = Album of cooperation with social partners
album-period-school = { $period } school year
album-period-calendar = { $period }
album-summary = Events: { $events } · Partners: { $partners } · Participants: { $participants }
album-participants = Participants — { $participants }
album-date-time = { $date }, { $time }
album-when-where = { $when } · { $place }
album-photo-unread = The photo «{ $name }» could not be read.
album-photos-more = More photos: { $count }
album-empty = No events held are recorded for this period.
album-file-name = Album of cooperation { $period } ({ $lang })
