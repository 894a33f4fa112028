# Interface texts (UI). Errors, field names and the built-in lists live in core.ftl.

## App
app-name = Partnerdesk
app-loading = Loading…
app-version = Version { $version }
app-error-unexpected = Something went wrong: { $reason }

## Sidebar
nav-label = Sections
nav-partners = Partners
lang-select-label = Interface language
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Dialogs and notifications
dialog-cancel-button = Cancel
toast-saved = Saved
toast-archived = Archived
toast-restored = Restored
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
partner-list-hint-move = select
partner-list-hint-open = open
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

## Partner form
partner-form-new-title = New partner
partner-form-edit-title = Edit partner
partner-form-shortcuts-hint = Ctrl+S to save, Esc to cancel
partner-form-save-button = Save
partner-form-saving = Saving…
partner-form-cancel-button = Cancel
partner-form-error-summary = The partner was not saved. Correct the error and save again.
partner-form-section-main = Main details
partner-form-section-work = Cooperation
partner-form-section-reach = How to reach
partner-form-section-contacts = Contact people
partner-form-required = required
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
partner-form-discard-title = Discard your changes?
partner-form-discard-text = What you entered has not been saved and will be lost.
partner-form-discard-ok = Discard
partner-form-keep-editing = Keep editing

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
