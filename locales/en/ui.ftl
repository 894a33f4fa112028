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
nav-backups = Backups
nav-profile = Organisation
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
toast-close-label = Close the notification

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

## The register cannot be opened
open-error-title = The register cannot be opened
open-error-path-label = Database file
open-error-hint = Nothing has been changed. Close Partnerdesk, fix the cause and start it again.

## Partner list
partner-list-title = Partners
partner-list-new-button = New partner
partner-list-new-shortcut = New partner (Ctrl+N)
partner-list-search-label = Search partners
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
profile-section-register = Agreement register
profile-number-pattern-label = Number pattern
profile-start-number-label = Start number
profile-number-pattern-hint = {"{"}n{"}"} is the number, {"{"}yyyy{"}"} the year, {"{"}yy{"}"} its last two digits. Each year the numbering starts again from the start number.
profile-number-example = For example: { $example }
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
