# Интерфейс мәтіндері (UI). Қателер, өріс атаулары және анықтамалықтар — core.ftl файлында.

## Бағдарлама
app-name = Partnerdesk
app-loading = Жүктелуде…
app-version = Нұсқасы { $version }
app-error-unexpected = Бірдеңе дұрыс болмады: { $reason }

## Бүйірлік панель
nav-label = Бөлімдер
nav-partners = Серіктестер
nav-start = Басты бет
nav-agreements = Шарттар
nav-plans = Жоспар
nav-events = Іс-шаралар
nav-calendar = Күнтізбе
nav-reports = Есептер
nav-awards = Марапаттау
nav-backups = Сақтық көшірмелер
nav-trash = Себет
nav-profile = Ұйым
nav-about = Бағдарлама туралы
shortcut-title = { $label } ({ $key })
about-open-title = Бағдарлама туралы және пернелер тіркесімдері (F1)
about-title = { $name } бағдарламасы туралы
about-description = Мектептің әлеуметтік серіктестерінің тізілімі: серіктестер, шарттар, жұмыс жоспарлары, өткізілген іс-шаралар, есептер мен марапаттар. Барлық деректер осы компьютердегі бір файлда сақталады.
about-version-label = Нұсқасы
about-db-label = Дерекқор файлы
about-license-label = Лицензия
about-license-text = MIT
about-fonts-label = Құжаттардың қаріптері
about-fonts-text = Liberation Serif — SIL Open Font License 1.1
about-shortcuts-title = Пернелер тіркесімдері
about-close-button = Жабу
shortcut-search = Тізімнің іздеу өрісіне өту (іздеуі жоқ тізімде — сүзгілеріне)
shortcut-new = Тізім экранында жаңа жазба
shortcut-list = Тізім жолын таңдау және ашу
shortcut-edit = Ашық жазбаны өзгерту
shortcut-save = Форманы сақтау
shortcut-escape = Болдырмау, артқа қайту, терезені жабу
shortcut-undo = Соңғы өзгерісті болдырмау
shortcut-calendar = Күнтізбедегі алдыңғы және келесі ай
shortcut-sections = Бүйірлік панельдің бөлімдері ретімен
shortcut-help = Осы анықтама
lang-select-label = Интерфейс тілі
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Диалогтар мен хабарламалар
dialog-cancel-button = Болдырмау
toast-saved = Сақталды
toast-archived = Мұрағатқа жіберілді
toast-restored = Қалпына келтірілді
toast-agreement-registered = Шарт { $number } нөмірімен тіркелді
toast-agreement-renewed = Келесі мерзімге арналған шарттың жобасы жасалды
toast-agreement-terminated = Шарт бұзылды
toast-scan-attached = Скан қосылды
toast-pdf-saved = PDF сақталды: { $path }
toast-backup-saved = Көшірме сақталды: { $path }
toast-backup-restored = Дерекқор көшірмеден қалпына келтірілді
toast-export-saved = Сақталды: { $path }
toast-import-everything-done = Деректер экспорт файлынан жүктелді
toast-close-label = Хабарламаны жабу
toast-plan-created = Жоспар жасалды
toast-plan-carried-over = { $period } жоспары барлық жолдарымен жасалды
toast-plan-deleted = Жоспар себетке жіберілді
toast-plan-row-deleted = Жол себетке жіберілді
toast-plan-imported = Импортталған жоспар жолдары: { $rows }{ $partners ->
    [0] {""}
   *[other] ; жаңа серіктестер: { $partners }
}
toast-event-deleted = Іс-шара себетке жіберілді
toast-photos-added =
    { $count ->
        [one] { $count } фотосурет қосылды
       *[other] { $count } фотосурет қосылды
    }
toast-photo-removed = Фотосурет алынып тасталды
toast-file-saved = Файл сақталды: { $path }
toast-undo-button = Кері қайтару
toast-undone = Өзгеріс кері қайтарылды
toast-moved = Реті өзгертілді
toast-clause-reset = Үлгі мәтіні қайтарылды
toast-image-added = Сурет қосылды
toast-image-removed = Сурет алынып тасталды
toast-catalog-added = Тізімге қосылды: { $name }
toast-trash-restored = Себеттен қалпына келтірілді: { $title }
toast-trash-deleted = Біржола жойылды: { $title }
toast-partners-imported = Қосылған серіктестер: { $count }
toast-nominees-imported = Қосылған номинациялар: { $count }
toast-database-opened = Дерекқор ашылды: { $path }
toast-database-created = Жаңа дерекқор жасалды: { $path }
toast-nominations-approved = Бекітілген номинациялар: { $count }
toast-nominations-approved-none = Ештеңе бекітілмеді: таңдалған номинациялардың мадақтамасы басылып қойған, олардың бұйрығы өзгермейді
toast-nomination-handed = Белгіленді: марапат табыс етілді
toast-nominations-handed = Табыс етілген марапаттар белгіленді: { $count }
toast-certificates-printed = Басылған мадақтамалар: { $count }. Сақталды: { $path }
toast-certificates-print-stopped = Басып шығару тоқтатылды: { $total } мадақтаманың { $count } басылды. Сақталды: { $path }
toast-nomination-deleted = Номинация себетке жіберілді
toast-template-reset = Үлгі бастапқы түріне қайтарылды
toast-backup-copy-opened = Дерекқордың көшірмесі ашылды: { $path }

## Алғашқы іске қосу
welcome-title = Partnerdesk-ке қош келдіңіз
welcome-lead = Мұнда әлеуметтік серіктестер тізілімін жүргізу ыңғайлы: байланыстар, санаттар, жұмыс бағыттары мен ынтымақтастық нысандары — бәрі бір жерде.
welcome-point-register = Word және Excel кестелерінің орнына бір тізілім: атауы, байланыстары және ескертпелері бойынша іздеу.
welcome-point-offline = Интернетсіз жұмыс істейді: барлық деректер осы компьютердегі бір файлда сақталады.
welcome-point-languages = Интерфейс қазақ, орыс және ағылшын тілдерінде.
welcome-demo-button = Демо деректерді жүктеу
welcome-demo-hint = Танысу үшін бірнеше серіктес үлгісі. Оларды өзгертуге немесе мұрағатқа жіберуге болады.
welcome-clean-button = Бос тізілімнен бастау
welcome-clean-hint = Өз серіктестеріңізді бірден енгізіңіз.
welcome-import-button = JSON экспортынан импорттау
welcome-import-hint = Сақтық көшірмелер бетіндегі «Барлығын JSON-ға…» батырмасымен сақталған файлдан барлық деректерді көшіру.

## Тізілім ашылмайды
open-error-title = Тізілімді ашу мүмкін емес
open-error-path-label = Дерекқор файлы
open-error-hint = Ештеңе өзгертілген жоқ. Себебін жойып, бағдарламаны қайта іске қосыңыз — немесе басқа дерекқор файлын ашыңыз не жаңасын бастаңыз.
open-error-backups-title = Осы файлдың сақтық көшірмелері
open-error-backups-hint = Солардың бірінің көшірмесін ашуға болады: жұмыс бұрынғы файлдың жанындағы жаңа файлда жалғасады, сақтық көшірменің өзі өзгермейді.
open-error-open-copy-button = Көшірмесін ашу

## Серіктестер тізімі
partner-list-title = Серіктестер
partner-list-new-button = Жаңа серіктес
partner-list-new-shortcut = Жаңа серіктес (Ctrl+N)
partner-list-import-button = Кестеден импорттау…
partner-list-search-label = Серіктестерді іздеу
partner-list-search-shortcut = Серіктестерді іздеу (Ctrl+F)
partner-list-search-placeholder = Атауы, байланыс тұлғасы немесе ескертпе бойынша іздеу
partner-list-filter-category-label = Санат
partner-list-filter-category-all = Барлық санаттар
partner-list-filter-kind-label = Серіктестік түрі
partner-list-filter-kind-all = Барлық түрлері
partner-list-filter-kind-internal = Ішкі
partner-list-filter-kind-external = Сыртқы
partner-list-filter-direction-label = Жұмыс бағыты
partner-list-filter-direction-all = Барлық бағыттар
partner-list-filter-archived-label = Мұрағат
partner-list-filter-archived-active = Белсенді
partner-list-filter-archived-archived = Мұрағаттағы
partner-list-filter-archived-all = Белсенді және мұрағаттағы
partner-list-count =
    { $count ->
        [one] { $count } серіктес
       *[other] { $count } серіктес
    }
partner-list-clear-filters-button = Іздеу мен сүзгілерді тазарту
partner-list-column-name = Атауы
partner-list-column-category = Санаты
partner-list-column-kind = Түрі
partner-list-column-contact = Байланыс тұлғасы
partner-list-column-phones = Телефондары
partner-list-column-updated = Өзгертілген
partner-list-archived-badge = мұрағатта
partner-list-contact-more = +{ $count }
partner-list-empty-title = Әзірге серіктестер жоқ
partner-list-empty-text = Алғашқы серіктесті қосыңыз: мектепті, кітапхананы, мұражайды немесе ата-аналар комитетін.
partner-list-nothing-found-title = Ештеңе табылмады
partner-list-nothing-found-text = Жазылуын тексеріңіз немесе іздеу мен сүзгілерді тазартыңыз. Мұрағаттағы серіктестер «Мұрағаттағы» сүзгісімен көрінеді.
partner-list-error-title = Тізімді жүктеу мүмкін болмады
list-hint-move = таңдау
list-hint-open = ашу
partner-list-hint-search = іздеу
partner-list-hint-new = жаңа серіктес

## Серіктес парағы
partner-page-back-button = Барлық серіктестер
partner-page-edit-button = Өзгерту
partner-page-archive-button = Мұрағатқа жіберу
partner-page-restore-button = Қалпына келтіру
partner-page-archived-banner = Мұрағатқа жіберілген күні: { $date }. Серіктес тізімнен жасырылған, бірақ ештеңе жойылмаған.
partner-page-archive-confirm-title = Мұрағатқа жіберу керек пе?
partner-page-archive-confirm-text = «{ $name }» мұрағатқа жіберілсін бе? Ол тізімнен жасырылады, бірақ ештеңе жойылмайды; оны кез келген уақытта қалпына келтіруге болады.
partner-page-archive-confirm-ok = Мұрағатқа жіберу
partner-page-about-title = Ынтымақтастық
partner-page-directions-label = Жұмыс бағыттары
partner-page-forms-label = Өзара іс-қимыл нысандары
partner-page-reach-title = Байланыс
partner-page-address-label = Мекенжайы
partner-page-phones-label = Телефондары
partner-page-email-label = Эл. пошта
partner-page-website-label = Сайты
partner-page-notes-label = Ескертпелер
partner-page-contacts-title = Байланыс тұлғалары
partner-page-contact-name = Аты-жөні
partner-page-contact-position = Лауазымы
partner-page-contact-phone = Телефоны
partner-page-contact-email = Эл. поштасы
partner-page-contacts-empty = Байланыс тұлғалары көрсетілмеген.
partner-page-none = көрсетілмеген
partner-page-dates = Қосылған күні: { $created } · өзгертілген күні: { $updated }
partner-page-error-title = Серіктесті ашу мүмкін болмады
partner-page-agreements-title = Шарттар
partner-page-agreements-empty = Бұл серіктеспен әзірге шарт жоқ.

## Пішіндер (жалпы)
edit-shortcuts-hint = Ctrl+S — сақтау, Esc — болдырмау
edit-save-shortcut-hint = Ctrl+S — сақтау
edit-save-button = Сақтау
edit-saving = Сақталуда…
edit-cancel-button = Болдырмау
edit-required = міндетті
edit-discard-title = Өзгерістерді сақтамау керек пе?
edit-discard-text = Енгізілген деректер әлі сақталған жоқ, олар жоғалады.
edit-discard-ok = Сақтамау
edit-keep-editing = Пішінге оралу

## Серіктес пішіні
partner-form-new-title = Жаңа серіктес
partner-form-edit-title = Серіктесті өзгерту
partner-form-error-summary = Серіктес сақталмады. Қатені түзетіп, қайта сақтаңыз.
partner-form-section-main = Негізгі мәліметтер
partner-form-section-work = Ынтымақтастық
partner-form-section-reach = Байланыс
partner-form-section-contacts = Байланыс тұлғалары
partner-form-name-label = Атауы
partner-form-short-name-label = Қысқаша атауы
partner-form-category-label = Санаты
partner-form-kind-label = Серіктестік түрі
partner-form-directions-label = Жұмыс бағыттары
partner-form-forms-label = Өзара іс-қимыл нысандары
partner-form-address-label = Мекенжайы
partner-form-phones-label = Телефондары
partner-form-phones-placeholder = +7 727 123 45 67, +7 701 234 56 78
partner-form-email-label = Эл. пошта
partner-form-website-label = Сайты
partner-form-notes-label = Ескертпелер
partner-form-contact-name-label = Аты-жөні
partner-form-contact-position-label = Лауазымы
partner-form-contact-phone-label = Телефоны
partner-form-contact-email-label = Эл. поштасы
partner-form-contact-group = { $index }-байланыс тұлғасы
partner-form-contact-add-button = Байланыс тұлғасын қосу
partner-form-contact-remove-button = { $index }-байланыс тұлғасын өшіру
partner-form-contacts-empty = Әзірге ешкім жоқ. Байланыс ұстайтын адамдарды қосыңыз.
partner-form-similar-warning = Ұқсас серіктестер бұрыннан бар:
partner-form-similar-archived = мұрағатта

## Анықтамалықтарды пішіннен толықтыру
catalog-add-category-button = + Санат қосу
catalog-add-direction-button = + Бағыт қосу
catalog-add-form-button = + Нысан қосу
catalog-add-category-title = Жаңа санат
catalog-add-direction-title = Жаңа жұмыс бағыты
catalog-add-form-title = Өзара іс-қимылдың жаңа нысаны
catalog-add-name-ru-label = Орысша
catalog-add-name-kk-label = Қазақша
catalog-add-name-en-label = Ағылшынша
catalog-add-internal-label = Әдетте бұлар ішкі серіктестер
catalog-add-hint = Бір тілдегі атауы жеткілікті.
catalog-add-save-button = Қосу
catalog-add-cancel-button = Болдырмау

## Басты бет
start-title = Басты бет
start-expiring-title = Алдағы 30 күнде мерзімі аяқталатын шарттар
start-all-agreements-link = Барлық шарттар
start-expiring-empty = Алдағы 30 күнде мерзімі аяқталатын шарт жоқ.
start-expiring-days-left =
    { $count ->
        [0] бүгін аяқталады
        [one] { $count } күн қалды
       *[other] { $count } күн қалды
    }
start-quick-title = Жылдам әрекеттер
start-new-partner-hint = Мектеп, мұражай, кітапхана немесе ата-аналар комитеті.
start-new-agreement-hint = Серіктестердің бірімен ынтымақтастық туралы шарт.
start-overdue-title = Жоспардың мерзімі өткен іс-шаралары
start-overdue-empty = Мерзімі өткен іс-шаралар жоқ.
start-month-title = Осы айда жоспар бойынша
start-month-empty = Осы айға жоспар бойынша ештеңе қалмады: бәрі өткізілді немесе ештеңе жоспарланбаған.
start-all-plans-link = Жоспарлар
start-calendar-link = Күнтізбе
start-due-open-title = Жоспардан ашу
start-due-plan = { $period } жоспары
start-attention-title = Бүгін назар аударатын істер
start-unprinted-title = Бекітілген, бірақ әлі басылмаған марапаттар
start-unprinted-empty = Бекітілгендердің бәрі басылып қойған.
start-unprinted-order = Бұйрық { $order }
start-show-all = Барлығын көрсету ({ $count })
start-show-fewer = Жию
start-year-title = Жыл көрсеткіштері
start-figure-participants-label = Барлық қатысушылар
start-chart-month =
    { $month ->
        [1] қаң
        [2] ақп
        [3] нау
        [4] сәу
        [5] мам
        [6] мау
        [7] шіл
        [8] там
        [9] қыр
        [10] қаз
        [11] қар
       *[12] жел
    }
start-chart-months-title = Айлар бойынша іс-шаралар
start-chart-months-summary = Айлар бойынша жоспарланған іс-шаралар: { $planned }, өткізілгені: { $held }.
start-chart-categories-title = Санаттар бойынша серіктестер
start-chart-categories-summary = Белсенді серіктестер: { $count }, санаттар: { $categories }.
start-chart-categories-empty = Тізілімде әзірге белсенді серіктестер жоқ.
start-chart-column-partners = Серіктестер саны
start-chart-fulfilment-title = Санаттар бойынша жоспардың орындалуы
start-chart-fulfilment-summary = Жоспар { $percent } % орындалды: { $expected } іс-шараның { $held } өткізілді.
start-chart-fulfilment-no-plan = Бұл кезеңге жоспар жоқ, сондықтан әзірге орындалатын ештеңе жоқ.
start-chart-plans-link = Жоспарларға өту
start-chart-participants-title = Іс-шараларға қатысушылар
start-chart-participants-summary = Барлық қатысушылар: { $count }.
start-chart-column-kind = Қатысушылар
start-chart-column-people = Адам саны

## Шарттар: мәртебелер, құжат тілдері
agreements-lang-ru = Русский
agreements-lang-kk = Қазақша
agreements-lang-en = English
agreements-lang-kkru = Қазақша + Русский
agreements-draft-number = жоба
agreements-untitled = Ынтымақтастық туралы
agreements-valid-to = { $date } дейін

## Шарттар тізімі
agreements-list-title = Шарттар
agreements-list-new-button = Жаңа шарт
agreements-list-new-shortcut = Жаңа шарт (Ctrl+N)
agreements-list-filter-status-label = Мәртебесі
agreements-list-filter-status-all = Барлық мәртебелер
agreements-list-filter-year-label = Жылы
agreements-list-filter-year-all = Барлық жылдар
agreements-list-count =
    { $count ->
        [one] { $count } шарт
       *[other] { $count } шарт
    }
agreements-list-clear-filters-button = Сүзгілерді тазарту
agreements-list-column-number = Нөмірі
agreements-list-column-partner = Серіктес
agreements-list-column-title = Атауы
agreements-list-column-term = Қолданылу мерзімі
agreements-list-column-status = Мәртебесі
agreements-list-column-language = Тілі
agreements-list-empty-title = Әзірге шарттар жоқ
agreements-list-empty-text = Алғашқы ынтымақтастық шартын жасаңыз: серіктес пен мерзімді таңдаңыз, ал мәтінін бағдарлама өзі толтырады.
agreements-list-nothing-found-title = Ештеңе табылмады
agreements-list-nothing-found-text = Мұндай сүзгілермен шарт жоқ. Жыл — шарттың тіркелген жылы, ал жобада — мерзімі басталатын жыл.
agreements-list-error-title = Тізімді жүктеу мүмкін болмады
agreements-list-hint-new = жаңа шарт

## Шарт парағы
agreements-page-back-button = Барлық шарттар
agreements-page-heading = Ынтымақтастық туралы шарт
agreements-page-number = № { $number }
agreements-page-no-number = Нөмірі жоқ
agreements-page-draft-note = Бұл — жоба: оны өзгертуге және басып шығаруға болады. Тізілімдегі нөмірін шарт тіркелген кезде алады.
agreements-page-register-button = Тіркеу
agreements-page-edit-button = Өзгерту
agreements-page-renew-button = Ұзарту
agreements-page-terminate-button = Бұзу
agreements-page-facts-title = Шарт туралы мәліметтер
agreements-page-partner-number-label = Серіктестегі нөмірі
agreements-page-signed-on-label = Қол қойылған күні
agreements-page-term-label = Қолданылу мерзімі
agreements-page-term = { $from } – { $to }
agreements-page-terminated-on-label = Бұзылған күні
agreements-page-language-label = Құжат тілі
agreements-page-renewal-label = Ұзарту
agreements-page-previous-link = Алдыңғы шарт
agreements-page-next-link = Келесі мерзімге арналған шарт
agreements-page-scan-label = Қол қойылған скан
agreements-page-scan-attached = Қосылған
agreements-page-scan-none = Қосылмаған
agreements-page-scan-open-button = Ашу
agreements-page-scan-attach-button = Скан қосу…
agreements-page-scan-replace-button = Ауыстыру…
agreements-page-notes-label = Ескертпелер
agreements-page-error-title = Шартты ашу мүмкін болмады
agreements-terminate-title = Шартты бұзу керек пе?
agreements-terminate-text = Шарт көрсетілген күннен бастап бұзылған деп белгіленеді, одан кейін оны өзгертуге болмайды. Тізілімдегі жазба сақталады.
agreements-terminate-date-label = Бұзылған күні
agreements-terminate-ok = Бұзу

## Шартты басып шығару
agreements-print-button = Басып шығару
agreements-print-title = Шартты басып шығару
agreements-print-lang-label = Құжат тілі
agreements-print-open-button = PDF ашу
agreements-print-save-button = Басқаша сақтау…

## Шарттың мәтіні
agreements-text-title = Шарттың мәтіні
agreements-text-lang-label = Мәтін тілі
agreements-text-hint = Тармақты тек осы шартта өзгерту үшін оны басыңыз. Өзгертілген тармақтар түспен белгіленеді.
agreements-text-edit-title = Тармақты өзгерту
agreements-text-editor-label = Тармақтың мәтіні
agreements-text-editor-hint = Өрістен шыққанда немесе Ctrl+Enter басқанда сақталады; Esc — болдырмау. Бос тармақ үлгідегі мәтінге қайтарылады.
agreements-text-edited = Өзгертілген
agreements-text-reset-button = Үлгідегі мәтінді қайтару

## Шарт пішіні
agreements-form-new-title = Жаңа шарт
agreements-form-edit-title = Шартты өзгерту
agreements-form-error-summary = Шарт сақталмады. Қатені түзетіп, қайта сақтаңыз.
agreements-form-section-main = Шарт
agreements-form-section-term = Күндері
agreements-form-section-signatory = Серіктес тарапынан қол қоюшы
agreements-form-partner-label = Серіктес
agreements-form-partner-choose = Серіктесті таңдаңыз
agreements-form-partner-missing = Шарт жасалатын серіктесті таңдаңыз.
agreements-form-no-partners = Тізілімде әзірге серіктестер жоқ.
agreements-form-partner-number-label = Серіктестегі шарт нөмірі
agreements-form-partner-number-hint = Егер серіктес шартқа өз нөмірін берген болса, ол біздің нөмірден кейін қиғаш сызық арқылы басылады.
agreements-form-language-label = Құжат тілі
agreements-form-title-label = Атауы
agreements-form-title-placeholder = Әлеуметтік серіктестік және ынтымақтастық туралы
agreements-form-signed-on-label = Қол қойылған күні
agreements-form-valid-from-label = Басталу күні
agreements-form-valid-to-label = Аяқталу күні
agreements-form-term-hint = Әдетте шарт оқу жылына жасалады: 1 қыркүйектен 31 тамызға дейін.
agreements-form-partner-position-label = Лауазымы
agreements-form-partner-head-label = Аты-жөні
agreements-form-partner-in-person-label = Кіріспедегі атауы
agreements-form-signatory-hint = Лауазымы мен аты-жөні қолтаңба жанында, ал кіріспедегі атауы шарттың кіріспесінде басылады: орысша ілік септігінде («директора Ивановой Марии Петровны»), қазақша атау септігінде («директор Иванова Мария Петровна»).
agreements-form-notes-label = Ескертпелер

## Ұйым профилі
profile-title = Ұйым
profile-lead = Бұл мәліметтер шарттар мен басқа құжаттарда басылады. Оларды құжаттарды басып шығаратын тілдерде толтырыңыз.
profile-error-summary = Мәліметтер сақталмады. Қатені түзетіп, қайта сақтаңыз.
profile-section-names = Атауы
profile-full-name-label = Толық атауы
profile-short-name-label = Қысқаша атауы
profile-section-head = Басшы
profile-head-position-label = Лауазымы
profile-head-name-label = Қолтаңба жанындағы аты-жөні
profile-head-in-person-label = Кіріспедегі атауы
profile-head-hint = Лауазымы мен аты-жөні қолтаңба жанында басылады («Директор», «М. П. Иванова»), ал кіріспедегі атауы — шарттың кіріспесінде: орысша ілік септігінде («директора Ивановой Марии Петровны»), қазақша атау септігінде.
profile-section-address = Мекенжайы
profile-address-label = Мекенжайы
profile-city-label = Қаласы
profile-section-requisites = Деректемелер
profile-bin-label = БСН / ИНН
profile-phone-label = Телефоны
profile-email-label = Эл. пошта
profile-bank-details-label = Банк деректемелері
profile-section-pupils = Тәрбиеленушілер
profile-pupil-count-label = Тәрбиеленушілер (оқушылар) саны
profile-pupil-count-hint = Жыл қорытындысындағы «100 тәрбиеленушіге шаққанда ата-аналар ұйымдастырған іс-шаралар» көрсеткіші үшін қажет.
profile-section-register = Шарттар тізілімі
profile-number-pattern-label = Нөмір үлгісі
profile-start-number-label = Бастапқы нөмір
profile-number-pattern-hint = {"{"}n{"}"} — реттік нөмір, {"{"}yyyy{"}"} — жыл, {"{"}yy{"}"} — жылдың соңғы екі цифры. Әр жылы нөмірлеу бастапқы нөмірден басталады.
profile-number-example = Мысалы: { $example }
profile-section-certificates = Мадақтамалар журналы
profile-certificate-pattern-label = Мадақтама нөмірінің үлгісі
profile-certificate-pattern-hint = {"{"}n{"}"} — реттік нөмір, {"{"}yyyy{"}"} — жыл, {"{"}yy{"}"} — жылдың соңғы екі цифры. Әр жылы мадақтамалар 1-ден бастап қайта нөмірленеді; нөмір басып шығарған кезде беріледі.
profile-section-images = Құжаттарға арналған суреттер
profile-images-hint = 5 МБ-қа дейінгі PNG немесе JPEG. Мөр мен қолтаңбаны ақ немесе мөлдір фонда сканерлеген дұрыс.
profile-image-logo = Логотип
profile-image-stamp = Мөр
profile-image-signature = Басшының қолтаңбасы
profile-image-present = Жүктелген
profile-image-missing = Жүктелмеген
profile-image-choose-button = Таңдау…
profile-image-clear-button = Алып тастау

## Сақтық көшірмелер
backups-title = Сақтық көшірмелер
backups-lead-auto = Бағдарлама дерекқордың көшірмесін өзі жасайды: күн сайын алғаш іске қосылғанда, әр жаңарту алдында және әр қалпына келтіру алдында.
backups-lead-kept = Соңғы 14 күндегі көшірмелер және соңғы 12 айдың әрқайсысынан бір көшірме сақталады. Олар дерекқор файлының жанындағы «backups» қалтасында тұрады.
backups-lead-restore = Қалпына келтіру алдында қазіргі күй де көшірмеге сақталады, сондықтан қалпына келтіруді әрқашан кері қайтаруға болады.
backups-now-button = Көшірме жасау…
backups-restore-file-button = Файлдан қалпына келтіру…
backups-list-title = Сақталған көшірмелер
backups-column-taken = Күні мен уақыты
backups-column-kind = Түрі
backups-column-size = Көлемі
backups-column-actions = Әрекеттер
backups-kind-daily = Күнделікті
backups-kind-migration = Жаңарту алдында
backups-kind-restore = Қалпына келтіру алдында
backups-kind-manual = Қолмен жасалған
backups-size-kb = { $size } КБ
backups-size-mb = { $size } МБ
backups-restore-button = Қалпына келтіру
backups-empty = Әзірге көшірмелер жоқ. Алғашқысын бағдарлама келесі іске қосылғанда өзі жасайды; көшірмені файлға қазір сақтау үшін «Көшірме жасау…» батырмасын басыңыз.
backups-restore-confirm-title = Көшірмеден қалпына келтіру керек пе?
backups-restore-confirm-text = Дерекқорды { $date }, сағат { $time } кезіндегі күйіне қайтарасыз ба? Алдымен қазіргі күйі сақтық көшірмеге сақталады, сондықтан мұны кейін кері қайтаруға болады.
backups-restore-confirm-ok = Қалпына келтіру

## Экспорт
export-title = Экспорт
export-lead = Бөлім кестесі Excel (XLSX) немесе CSV пішімінде, интерфейс тілінде; пішім сақтау терезесінде таңдалады.
export-partners-button = Серіктестер…
export-agreements-button = Шарттар…
export-events-button = Іс-шаралар…
export-certificates-button = Мадақтамалар журналы…
export-everything-lead = Барлық деректер бір JSON файлында — оларды басқа компьютерге көшіру немесе бағдарламадан бөлек сақтау үшін. Мұндай файлды жаңа, бос дерекқорға жүктеуге болады.
export-everything-button = Барлығын JSON-ға…

## Дерекқор файлы
database-title = Дерекқор файлы
database-lead = Бағдарламаның барлық деректері осы файлда сақталады. Partnerdesk-тің басқа дерекқор файлын ашуға немесе жаңа, бос дерекқор бастауға болады; таңдалған файл келесі іске қосқанда да ашылады.
database-open-button = Басқа дерекқорды ашу…
database-new-button = Жаңа дерекқор…

## Себет
trash-title = Себет
trash-lead = Жойылған жоспарлар, жоспар жолдары мен іс-шаралар мұнда 30 күн сақталады, оларды қалпына келтіруге болады. Содан кейін олар біржола жойылады. Серіктестер мұнда түспейді: олар мұрағатқа жіберіледі.
trash-column-what = Не жойылды
trash-column-deleted = Қашан жойылды
trash-column-purge = Сақталу мерзімі
trash-column-actions = Әрекеттер
trash-kind-plan = Жоспар
trash-kind-plan-row = Жоспар жолы
trash-kind-event = Іс-шара
trash-kind-nomination = Номинация
trash-plan-title = { $period } жоспары
trash-row-detail = { $period } жоспарынан
trash-purge-on = { $date } біржола жойылады
trash-restore-button = Қалпына келтіру
trash-delete-button = Біржола жою
trash-empty = Себет бос.
trash-delete-confirm-title = Біржола жойылсын ба?
trash-delete-confirm-text = { $kind }: «{ $title }». Жазба біржола жойылады, оны себеттен қалпына келтіру енді мүмкін болмайды.
trash-delete-confirm-ok = Біржола жою

## Серіктес пен айды таңдау
partner-picker-placeholder = Серіктесті іздеу
partner-picker-list-label = Табылған серіктестер
partner-picker-nothing-found = Ештеңе табылмады
month-picker-previous = Алдыңғы ай
month-picker-next = Келесі ай
month-picker-month-label = Ай
month-picker-year-label = Жыл

## Жоспарлар
plans-title = Серіктестермен жұмыс жоспарлары
plans-lead = Оқу жылына немесе күнтізбелік жылға арналған кешенді жоспар: санаттар бойынша серіктестер, іс-шаралар мен мерзімдер. Орындалуы өткізілген іс-шаралар бойынша есептеледі.
plans-new-button = Жаңа жоспар
plans-new-shortcut = Жаңа жоспар (Ctrl+N)
plans-new-title = Жаңа жоспар
plans-new-kind-label = Жоспар кезеңі
plans-new-year-label = Басталатын жылы
plans-new-school-hint = Оқу жылы: 1 қыркүйектен келесі жылдың 31 тамызына дейін.
plans-new-calendar-hint = Күнтізбелік жыл: 1 қаңтардан 31 желтоқсанға дейін.
plans-new-create-button = Жоспар жасау
plans-import-button = Кестеден импорттау…
plans-column-period = Кезең
plans-column-title = Атауы
plans-column-rows = Жолдар
plans-column-fulfilment = Орындалуы
plans-column-actions = Әрекеттер
plans-carry-over-button = Келесі кезеңге көшіру
plans-carry-over-hint = Келесі кезеңге дәл осы серіктестер мен іс-шаралармен жоспар жасау ({ $period } жоспары өзгермейді)
plans-delete-button = Жою
plans-delete-title = Жоспар жойылсын ба?
plans-delete-text = { $period } жоспары және оның барлық жолдары ({ $rows }) себетке жіберіледі де, онда 30 күн сақталады. Өткізілген іс-шаралар жазылған жоспарды жоюға болмайды.
plans-delete-ok = Жоспарды жою
plans-empty-title = Әзірге жоспарлар жоқ
plans-empty-text = Оқу жылына жоспар жасап, серіктестер мен іс-шараларды енгізіңіз, өткен жылғы жоспарды көшіріңіз — немесе дайын жоспарды кестеден импорттаңыз.
plan-kind-school = Оқу жылы
plan-kind-calendar = Күнтізбелік жыл
plan-title-school = { $period } оқу жылына арналған әлеуметтік серіктестермен жұмыстың кешенді жоспары
plan-title-calendar = { $period } жылға арналған әлеуметтік серіктестермен жұмыстың кешенді жоспары

## Серіктестерді кестеден импорттау
partner-import-title = Серіктестерді кестеден импорттау
partner-import-lead = Әр жолында бір серіктес жазылған CSV немесе XLSX файлы: мысалы, Excel-де жүргізілген тізілім немесе Partnerdesk-тен алынған экспорт. Импортты растамайынша ештеңе жазылмайды.
partner-import-step-file = 1. Файл
partner-import-file-hint = CSV (UTF-8 немесе Windows-1251) немесе XLSX. Байланыс тұлғалары бір ұяшықта нүктелі үтір арқылы жазылады: «Аты-жөні, лауазымы, телефоны; …». Түрі — «ішкі» немесе «сыртқы».
partner-import-field-kind = Түрі (ішкі не сыртқы)
partner-import-field-contacts = Байланыс тұлғалары
partner-import-summary-new-categories = Қосылатын жаңа санаттар ({ $count }):
partner-import-column-name = Серіктес
partner-import-column-category = Санаты
partner-import-column-contacts = Байланыс тұлғалары
partner-import-category-new = жаңа
partner-import-category-new-title = Мұндай санат әлі жоқ — ол қосылады
partner-import-no-rows = Файлдан серіктестер табылмады. Атауы қай бағанда екенін және тақырып жолын тексеріңіз.

## Кестеден импорттау (ортақ)
import-choose-button = Файлды таңдау…
import-choose-other-button = Басқа файлды таңдау…
import-reread-button = Файлды қайта оқу
import-reread-hint = Файлды түзеткен болсаңыз, оны қайта оқыңыз — қайта таңдаудың қажеті жоқ.
import-no-file = Файл таңдалмаған
import-step-mapping = 2. Қай бағанда не бар
import-mapping-hint = Әр бағанда не жазылғанын таңдаңыз. Төменде — файлдың алғашқы жолдары; жолдарды тексеру бірден жаңарады.
import-column-label = { $index }-баған
import-header-label = Бірінші жол — баған атаулары (импортталмайды)
import-field-skip = Импорттамау
import-step-preview = 3. Жолдарды тексеру
import-summary-accepted = Импортталатын жолдар: { $count }
import-summary-refused = Қабылданбаған жолдар: { $count }
import-column-line = Жол
import-column-issues = Ескертпелер
import-row-refused = Жол импортталмайды
import-commit-button = { $count } жолды импорттау
import-commit-accepted-button = Тек қабылданған { $count } жолды импорттау
import-cancel-button = Бас тарту және файлды түзету
import-refused-note = Кейбір жолдарды импорттауға болмайды — әрқайсысының себебі көрсетілген. Оларды файлда түзетіп, файлды қайта оқыңыз немесе тек қабылданған жолдарды импорттаңыз.
import-reading = Файл оқылуда…

## Жоспарды кестеден импорттау
plan-import-title = Жоспарды кестеден импорттау
plan-import-lead = Әр жолында серіктес пен оның іс-шаралары жазылған CSV немесе XLSX файлы — Word не Excel-де жүргізілген жоспардағыдай. Импортты растамайынша ештеңе жазылмайды.
plan-import-step-file = 1. Файл және жоспар кезеңі
plan-import-file-hint = CSV (UTF-8 немесе Windows-1251) немесе XLSX. Бөлім (серіктестер санаты) өз серіктестерінің үстінде жеке жолда немесе өз бағанында тұра алады.
plan-import-field-group = Бөлім (санат)
plan-import-field-partner = Серіктес
plan-import-field-goal = Өзара іс-қимылдың мақсаты
plan-import-field-activities = Іс-шаралар
plan-import-field-period = Мерзімі
plan-import-field-responsible = Жауапты
plan-import-field-social-effect = Әлеуметтік нәтиже
plan-import-summary-plan-exists = { $period } жоспары бұрыннан бар: жолдар оның соңына қосылады.
plan-import-summary-plan-new = { $period } жоспары жасалады.
plan-import-summary-new-partners = Тізілімге қосылатын жаңа серіктестер ({ $count }):
plan-import-summary-new-groups = Серіктестер санаты болатын жаңа бөлімдер ({ $count }):
plan-import-column-group = Бөлім
plan-import-column-partner = Серіктес
plan-import-column-activities = Іс-шаралар мен мерзімдер
plan-import-partner-new = жаңа
plan-import-partner-new-title = Бұл серіктес тізілімде жоқ — ол қосылады
plan-import-period-unread = Мерзім танылмады
plan-import-period-none = мерзімі көрсетілмеген
plan-import-no-rows = Файлдан жоспар жолдары табылмады. Серіктес қай бағанда екенін және тақырып жолын тексеріңіз.

## Жоспар
plan-page-back-button = Барлық жоспарлар
plan-page-error-title = Жоспарды ашу мүмкін болмады
plan-page-period = { $period } · { $kind }
plan-fulfilment-title = Жоспардың орындалуы
plan-fulfilment-percent = { $percent } %
plan-fulfilment-held = Өткізілді: { $expected } ішінен { $held }
plan-fulfilment-short = { $expected } ішінен { $held } · { $percent } %
plan-fulfilment-overdue = Мерзімінде өткізілмегені: { $count }
plan-fulfilment-nothing = Жоспарда әзірге іс-шаралар жоқ.
plan-approval-title = Бекіту
plan-approval-edit-button = Өзгерту
plan-approval-title-label = Жоспардың атауы
plan-approval-title-hint = Бос қалдырылса, құжат тіліндегі стандартты атау басылады.
plan-approval-position-label = Бекітушінің лауазымы
plan-approval-name-label = Аты-жөні
plan-approval-date-label = Бекітілген күні
plan-approval-order-label = Бұйрық
plan-approval-order-hint = Мысалы: 28.08.2026 ж. № 45 бұйрық
plan-approval-profile-hint = Лауазымы мен аты-жөні көрсетілмесе, ұйым профиліндегі басшы басылады.
plan-approval-from-profile = ұйым профилінен
plan-approval-not-approved = көрсетілмеген
plan-sheet-title = Жоспар жолдары
plan-sheet-hint = Enter — жолды өзгерту, Alt+↑/↓ — жылжыту, Ctrl+N — жаңа жол
plan-sheet-empty = Жоспарда әзірге жол жоқ. Алғашқы серіктесті қосыңыз.
plan-column-number = №
plan-column-partner = Серіктес
plan-column-goal = Өзара іс-қимылдың мақсаты
plan-column-activities = Іс-шаралар
plan-column-period = Мерзімі
plan-column-responsible = Жауаптылар
plan-column-social-effect = Әлеуметтік нәтиже
plan-column-fulfilment = Орындалуы
plan-column-actions = Әрекеттер
plan-group-up-button = «{ $name }» бөлімін жоғары жылжыту
plan-group-down-button = «{ $name }» бөлімін төмен жылжыту
plan-row-label = { $number }-жол: { $name }
plan-row-edit-label = Жолды өзгерту: { $name }
plan-row-new-label = Жоспардың жаңа жолы
plan-row-add-button = Жол қосу
plan-row-add-shortcut = Жол қосу (Ctrl+N)
plan-row-edit-button = Жолды өзгерту
plan-row-up-button = Жоғары жылжыту
plan-row-down-button = Төмен жылжыту
plan-row-delete-button = Жолды жою
plan-row-delete-title = Жоспар жолы жойылсын ба?
plan-row-delete-text = «{ $name }» жолы мен оның іс-шаралары себетке жіберіледі де, онда 30 күн сақталады. Олар бойынша бірдеңе өткізілген болса, жолды жоюға болмайды.
plan-row-delete-ok = Жолды жою
plan-row-no-activities = Іс-шаралар көрсетілмеген
plan-row-partner-missing = Серіктесті таңдаңыз.
plan-row-save-hint = Сақтау (Ctrl+Enter немесе Ctrl+S)
plan-row-editor-hint = Ctrl+Enter — сақтау, Esc — болдырмау
plan-activity-title-label = { $index }-іс-шара
plan-activity-title-placeholder = Мысалы: «Мамандықтар әлемі» экскурсиясы
plan-activity-form-label = { $index }-іс-шараның нысаны
plan-activity-form-none = Нысаны көрсетілмеген
plan-activity-remove-label = { $index }-іс-шараны алып тастау
plan-activity-remove-held = Бұл іс-шара бойынша өткізілгендері бар — оны алып тастауға болмайды
plan-activity-add-button = + Іс-шара
plan-activity-held = { $held } / { $expected }
plan-activity-held-title = Өткізілгені / жоспарланғаны
plan-activity-event-open = Өткізілген іс-шараны ашу
plan-activity-mark-held-button = Өткізілді деп белгілеу

## Жоспардағы іс-шараның мерзімі
period-kind-year = Жыл бойы
period-kind-times = Жылына бірнеше рет
period-kind-months = Айлар бойынша
period-kind-quarters = Тоқсандар бойынша
period-kind-dates = Белгілі күндері
period-editor-kind-label = Мерзімі
period-editor-times-label = Жылына неше рет
period-editor-months-label = Айлар
period-editor-span-label = { $index }-аралық
period-editor-span-from-label = Алғашқы ай
period-editor-span-to-label = Соңғы ай
period-editor-span-remove-label = { $index }-аралықты алып тастау
period-editor-span-add-button = + Айлар аралығы (мысалы, желтоқсан–қаңтар)
period-editor-quarters-label = Тоқсандар
period-editor-quarter = { $roman } тоқсан
period-editor-quarters-hint-school = Оқу жылында: I — қыркүйек–қараша, II — желтоқсан–ақпан, III — наурыз–мамыр, IV — маусым–тамыз.
period-editor-quarters-hint-calendar = Күнтізбелік жылда: I — қаңтар–наурыз, II — сәуір–маусым, III — шілде–қыркүйек, IV — қазан–желтоқсан.
period-editor-date-label = { $index }-күн
period-editor-date-remove-label = { $index }-күнді алып тастау
period-editor-date-add-button = + Күн

## Жоспарды басып шығару
plan-print-button = Басып шығару
plan-print-title = Жоспарды басып шығару
plan-print-lang-label = Құжат тілі
plan-print-columns-label = Бағандар
plan-print-open-button = PDF ашу
plan-print-save-button = Басқаша сақтау…

## Өткізілген іс-шаралар
events-title = Өткізілген іс-шаралар
events-new-button = Жаңа іс-шара
events-new-shortcut = Жаңа іс-шара (Ctrl+N)
events-hint-new = жаңа іс-шара
events-filter-span-label = Кезең
events-span-month = Ай бойынша
events-span-range = Кезең бойынша
events-span-all = Барлық уақыт
events-filter-month-label = Ай
events-filter-from-label = Басталуы
events-filter-to-label = Аяқталуы
events-filter-partner-label = Серіктес
events-filter-partner-all = Барлық серіктестер
events-count =
    { $count ->
        [one] { $count } іс-шара
       *[other] { $count } іс-шара
    }
events-column-date = Күні
events-column-partner = Серіктес
events-column-title = Іс-шара
events-column-participants = Қатысушылар
events-column-photos = Фото
events-photos = { $count } фото
events-planned-mark = жоспар бойынша
events-planned-title = Жоспар бойынша өткізілді
events-empty-title = Іс-шаралар жоқ
events-empty-text = Таңдалған кезеңде өткізілген іс-шаралар жоқ. Өткізілген іс-шараны осы жерде немесе тікелей жоспарда белгілеңіз.
events-error-title = Тізімді жүктеу мүмкін болмады
events-form-new-title = Жаңа іс-шара
events-form-edit-title = Өткізілген іс-шара
events-form-error-summary = Іс-шара сақталмады. Қатені түзетіп, қайта сақтаңыз.
events-form-section-main = Іс-шара
events-form-held-on-label = Өткізілген күні
events-form-time-label = Уақыты
events-form-time-placeholder = СС:ММ
events-form-time-hint = Мысалы, 14:30. Көрсетпеуге де болады.
events-form-partner-label = Серіктес
events-form-partner-missing = Іс-шара бірге өткізілген серіктесті таңдаңыз.
events-form-activity-label = Жоспардағы іс-шара
events-form-activity-unplanned = Жоспардан тыс
events-form-activity-plan = { $period } жоспары
events-form-activity-hint = Таңдалған жоспардағы іс-шара өткізілді деп есептеледі.
events-form-activity-none-planned = Жоспарларда бұл серіктеспен іс-шаралар жоқ: іс-шара жоспардан тыс жазылады.
events-form-title-label = Атауы
events-form-title-placeholder = Мысалы: Дүниежүзілік жануарларды қорғау күніне орай мұражайға экскурсия
events-form-form-label = Нысаны
events-form-form-none = Көрсетілмеген
events-form-place-label = Өткізілген орны
events-form-section-participants = Қатысушылар
events-form-children-label = Балалар
events-form-parents-label = Ата-аналар
events-form-teachers-label = Педагогтар
events-form-others-label = Басқалар
events-form-ages-label = Балалардың жасы
events-form-ages-placeholder = Мысалы: 7–10 жас
events-form-by-parents-label = Ата-аналар ұйымдастырған
events-form-by-parents-hint = «Ата-аналар ұйымдастырған іс-шаралар» көрсеткішіне есептеледі.
events-form-section-result = Қорытынды
events-form-responsible-label = Жауаптылар
events-form-media-link-label = БАҚ-та жариялану (сілтеме)
events-form-media-link-placeholder = https://
events-form-result-label = Қысқаша нәтижесі
events-form-section-photos = Фотосуреттер
events-form-photos-new-hint = Фотосуреттер сақталған іс-шараға қосылады.
events-form-save-add-photos-button = Сақтап, фото қосу…
events-form-photos-empty = Әзірге фотосурет жоқ.
events-form-add-photos-button = Фото қосу…
events-form-photos-hint = PNG немесе JPEG. Фотосуреттер бағдарлама қалтасына көшіріледі, түпнұсқалары орнында қалады.
events-form-photo-open-button = Ашу
events-form-photo-remove-button = Алып тастау
events-form-photo-remove-label = «{ $name }» фотосуретін алып тастау
events-form-delete-button = Жою
events-delete-title = Іс-шара жойылсын ба?
events-delete-text = «{ $title }» іс-шарасы туралы жазба себетке жіберіледі де, онда 30 күн сақталады; жоспардың орындалуы қайта есептеледі.
events-delete-ok = Жою
events-photo-remove-title = Фотосурет алынып тасталсын ба?
events-photo-remove-text = «{ $name }» фотосуреті іс-шарадан алынып тасталады.
events-photo-remove-ok = Алып тастау
participants-children =
    { $count ->
        [one] { $count } бала
       *[other] { $count } бала
    }
participants-parents =
    { $count ->
        [one] { $count } ата-ана
       *[other] { $count } ата-ана
    }
participants-teachers =
    { $count ->
        [one] { $count } педагог
       *[other] { $count } педагог
    }
participants-others =
    { $count ->
        [one] { $count } басқа қатысушы
       *[other] { $count } басқа қатысушы
    }

## Күнтізбе
calendar-title = Күнтізбе
calendar-month-label = Күнтізбе айы
calendar-month-title = { $month } { $year }
calendar-today-button = Бүгін
calendar-legend-event = өткізілді
calendar-legend-planned = жоспар бойынша
calendar-legend-held = жоспар бойынша өткізілді
calendar-legend-overdue = мерзімі өтті
calendar-weekday-mon = Дс
calendar-weekday-tue = Сс
calendar-weekday-wed = Ср
calendar-weekday-thu = Бс
calendar-weekday-fri = Жм
calendar-weekday-sat = Сн
calendar-weekday-sun = Жс
calendar-event-open-title = Іс-шараны ашу
calendar-planned-open-title = Жоспардағы іс-шараны көрсету
calendar-planned-held-title = Өткізілді — көрсету
calendar-planned-held = өткізілді
calendar-planned-not-held = әлі өткізілмеген
calendar-open-plan-button = Жоспардан ашу
calendar-this-month-title = Осы айда жоспар бойынша
calendar-this-month-empty = Осы айға жоспар бойынша ештеңе жоқ. «Жыл бойы» іс-шаралары күнтізбеде көрсетілмейді.
calendar-hint-month = алдыңғы / келесі ай

## Есептер
reports-title = Есептер
reports-tab-month = Айлық есеп
reports-tab-year = Жыл қорытындысы
reports-month-lead = Әлеуметтік серіктестермен жұмыс туралы айлық ақпарат — білім бөліміне жіберілетін түрде.
reports-month-label = Есеп айы
reports-lang-label = Құжат тілі
reports-print-pdf-button = PDF ашу
reports-save-pdf-button = PDF сақтау…
reports-save-xlsx-button = XLSX сақтау…
reports-busy = Құжат дайындалуда…
reports-month-empty = Бұл айда өткізілген іс-шаралар жоқ.
reports-column-number = №
reports-column-partner = Серіктес
reports-column-event = Іс-шара / нысаны
reports-column-date-place = Күні, орны
reports-column-participants = Қатысушылар
reports-column-responsible = Жауаптылар
reports-column-media = БАҚ-та жариялану
reports-ages = жасы: { $ages }
reports-total = Барлық іс-шаралар: { $count }
reports-total-participants = Барлық қатысушылар: { $count }
reports-year-lead = Жоспар кезеңінің көрсеткіштері: жоспардың орындалуы, ата-аналардың қатысуы, айлар мен серіктестер бойынша іс-шаралар.
reports-year-period-label = Кезең
reports-year-fulfilment-label = Жоспардың орындалуы
reports-year-no-plan = Бұл кезеңге жоспар жоқ немесе онда іс-шаралар жоқ.
reports-year-events-label = Өткізілген іс-шаралар
reports-year-participants = Қатысушылар: { $count }
reports-year-parents-label = Ата-аналардың қатысуы
reports-year-parents-note = Ата-аналар қатысқан іс-шаралар: { $total } ішінен { $events }; барлық ата-аналар: { $parents }
reports-year-by-parents-label = Ата-аналар ұйымдастырған
reports-year-per-100 = 100 тәрбиеленушіге шаққанда { NUMBER($value, maximumFractionDigits: 1) } (барлық тәрбиеленушілер: { $pupils })
reports-year-no-pupils = 100 тәрбиеленушіге шаққандағы көрсеткіш есептелмейді: ұйым профилінде тәрбиеленушілер саны көрсетілмеген.
reports-year-profile-link = Көрсету
reports-year-months-title = Айлар бойынша
reports-year-months-hint = «Жоспарланды» — мерзімі осы айға келетін іс-шаралар; «жыл бойы» және «жылына N рет» іс-шаралары айларға бөлінбейді.
reports-year-column-month = Ай
reports-year-column-planned = Жоспарланды
reports-year-column-held = Өткізілді
reports-year-partners-title = Серіктестер бойынша
reports-year-column-partner = Серіктес
reports-year-column-category = Санаты
reports-year-column-fulfilment = Жоспардың орындалуы
reports-year-partners-empty = Бұл кезеңде серіктестермен іс-шаралар жоқ.
reports-album-title = Ынтымақтастық альбомы
reports-album-lead = { $period } кезеңінде өткізілген іс-шаралар фотосуреттерімен — бір PDF файлында.
reports-album-order-label = Реті
reports-album-order-by-date = Күні бойынша
reports-album-order-by-partner = Серіктестер бойынша

## Марапаттау
awards-list-title = Марапаттау
awards-list-new-button = Жаңа номинация
awards-list-new-shortcut = Жаңа номинация (Ctrl+N)
awards-list-key-space = Бос орын
awards-list-hint-tick = белгілеу
awards-list-hint-new = жаңа номинация
awards-templates-button = Мадақтама үлгілері
awards-register-button = Мадақтамалар журналы
awards-import-button = Кестеден импорттау…
awards-list-filter-year-label = Жыл
awards-list-filter-status-label = Күйі
awards-list-filter-status-all = Барлық күйлер
awards-list-filter-title-label = Номинация
awards-list-filter-title-all = Барлық номинациялар
awards-list-check-all = Барлығын белгілеу
awards-list-count = { $count } номинация
awards-list-clear-filters-button = Сүзгілерді тазарту
awards-list-column-nominee = Кім марапатталады
awards-list-column-title = Номинация
awards-list-column-award = Марапат
awards-list-column-status = Күйі
awards-list-column-number = Мадақтама №
awards-list-tick = Белгілеу: { $name }
awards-list-error-title = Номинацияларды жүктеу мүмкін болмады
awards-list-nothing-found-title = Ештеңе табылмады
awards-list-nothing-found-text = Мұндай сүзгілермен номинация жоқ. Жылдың барлық номинацияларын көру үшін сүзгілерді тазартыңыз.
awards-list-empty-title = { $year } жылға номинациялар әзірге жоқ
awards-list-empty-text = Жыл соңында мұнда марапатқа ұсынылғандардың бәрі енгізіледі: педагогтар, ата-аналар, отбасылар, серіктестер және тәрбиеленушілер.
awards-selection-label = Белгіленгендермен әрекеттер
awards-selection-count = Белгіленді: { $count }
awards-selection-clear = Белгілерді алу
awards-approve-button = Бұйрықпен бекіту…
awards-print-button = Мадақтамаларды басып шығару…
awards-hand-over-button = Табыс етуді белгілеу…

awards-approve-title = { $count } номинацияны директордың бұйрығымен бекіту
awards-approve-number-label = Бұйрық нөмірі
awards-approve-number-placeholder = мысалы, 45-Ж
awards-approve-date-label = Бұйрық күні
awards-approve-submit = Бекіту
awards-approve-hint = Мадақтамасы басылып қойғандардың бұйрығы өзгермейді.

awards-hand-over-title = { $count } марапаттың табыс етілгенін белгілеу
awards-hand-over-date-label = Табыс етілген күні
awards-hand-over-submit = Белгілеу
awards-hand-over-skipped = Белгіленгендердің ішіндегі әлі мадақтамасы жоқ { $count } номинация белгіленбейді.

awards-print-title = { $count } мадақтаманы басып шығару
awards-print-how-label = Қалай басып шығару керек
awards-print-one-file = Бір PDF файлымен
awards-print-per-file = Әр мадақтаманы бөлек файлмен қалтаға
awards-print-lang-label = Мадақтамалардың тілі
awards-print-start = Басып шығару…
awards-print-cancel = Тоқтату
awards-print-stopping = Тоқтатылуда…
awards-print-one-file-hint = Барлық мадақтама бір PDF файлында: принтерге жіберуге ыңғайлы. Журналдағы нөмірлер бәріне бірден беріледі — ал бірдеңе болмай қалса, ешқайсысына берілмейді.
awards-print-per-file-hint = Әр мадақтамаға бөлек файл. Басып шығаруды тоқтатуға болады: басылғандары нөмірін сақтайды, қалғандарына нөмір берілмейді.
awards-print-skipped = Белгіленгендердің ішіндегі әлі бұйрықпен бекітілмеген { $count } номинация басып шығарылмайды.
awards-print-progress = { $total } мадақтаманың { $done } басылды
awards-print-waiting-file = Файл дайындалып, қарау бағдарламасында ашылады…
awards-print-waiting-folder = Мадақтамаларға арналған қалтаны таңдаңыз…

awards-nominee-kind-person = Адам
awards-nominee-kind-family = Отбасы
awards-nominee-kind-collective = Ұжым
awards-nominee-kind-organisation = Ұйым
awards-role-teacher = Педагог
awards-role-partner = Серіктестің өкілі
awards-role-parent = Ата-ана
awards-role-pupil = Тәрбиеленуші
awards-role-other = Басқа
awards-gender-female = Әйел
awards-gender-male = Ер
awards-gender-unknown = Көрсетілмеген
awards-case-nominative = Атау септік (кім?)
awards-case-dative = Барыс септік (кімге?)
awards-case-genitive = Ілік септік (кімнің?)
awards-border-classic = Классикалық қос жиек
awards-border-ornament = Ою-өрнек
awards-border-laurel = Лавр бұтағы
awards-border-ribbon = Таспа
awards-border-simple = Қарапайым сызық
awards-order = { $date } № { $number }
awards-order-no-date = № { $number }
awards-preview-loading = Мадақтама дайындалып жатыр…
awards-preview-failed = Мадақтаманы көрсету мүмкін болмады. { $reason }
awards-preview-lang-label = Мадақтаманың тілі

awards-title-add-button = + Номинация қосу
awards-title-add-title = Ережедегі жаңа номинация
awards-title-add-kind-label = Осы номинацияның әдеттегі марапаты

awards-kind-add-button = + Марапат түрін қосу
awards-kind-add-title = Марапаттың жаңа түрі
awards-kind-add-prints-label = Мадақтама басылады

nominee-import-title = Номинацияларды кестеден импорттау
nominee-import-lead = Әр жолында бір марапатталушы жазылған CSV немесе XLSX файлы: мысалы, Excel-де жасалған номинациялар тізімі. Номинациялар ұсынылған ретінде қосылады. Импортты растамайынша ештеңе жазылмайды.
nominee-import-step-file = 1. Файл, жыл және тіл
nominee-import-file-hint = CSV (UTF-8 немесе Windows-1251) немесе XLSX. Жынысы — «ер» немесе «әйел» («м» немесе «ж»); көрсетілмесе, есімнен анықталады. Тізімде жоқ номинациялар қосылады.
nominee-import-year-label = Марапаттау жылы
nominee-import-reason-lang-label = «Не үшін» жазылған тіл
nominee-import-field-surname = Тегі
nominee-import-field-given-name = Аты
nominee-import-field-patronymic = Әкесінің аты
nominee-import-field-gender = Жынысы
nominee-import-field-role = Ұйымға кім болып келеді
nominee-import-field-title = Номинация
nominee-import-field-reason = Не үшін
nominee-import-summary-new-titles = Тізімге қосылатын жаңа номинациялар ({ $count }):
nominee-import-column-nominee = Кім марапатталады
nominee-import-column-dative = Кімге (барыс септік)
nominee-import-column-title = Номинация
nominee-import-title-new = жаңа
nominee-import-title-new-title = Мұндай номинация әлі жоқ — ол қосылады
nominee-import-no-rows = Файлдан марапатталушылар табылмады. Тегі қай бағанда екенін және тақырып жолын тексеріңіз.

awards-form-new-title = Жаңа номинация
awards-form-edit-title = Номинацияны өзгерту
awards-form-error-summary = Номинация сақталмады. Қатені түзетіп, қайта сақтаңыз.
awards-form-section-main = Номинация
awards-form-title-label = Ереже бойынша номинация
awards-form-title-choose = Номинацияны таңдаңыз
awards-form-title-missing = Тізімнен номинацияны таңдаңыз немесе өзіңіздікін қосыңыз.
awards-form-award-kind-label = Марапат түрі
awards-form-award-kind-of-title = Номинациядағыдай: { $kind }
awards-form-award-kind-of-title-none = Номинациядағыдай
awards-form-year-label = Жыл
awards-form-section-nominee = Кім марапатталады
awards-form-nominee-kind-label = Кім
awards-form-role-label = Ұйымға кім болып келеді
awards-form-surname-label = Тегі
awards-form-given-name-label = Аты
awards-form-patronymic-label = Әкесінің аты
awards-form-gender-label = Жынысы
awards-form-name-label = Атауы
awards-form-name-placeholder-family = Нұрлановтар отбасы
awards-form-name-placeholder-collective = 3 «А» сыныбының ата-аналар комитеті
awards-form-name-placeholder-organisation = № 2 балалар кітапханасы
awards-form-declined-label = Есім осылай басылады
awards-form-gender-guessed = Жынысы есім бойынша анықталды: { $gender }. Қате болса, көрсетіңіз.
awards-form-gender-not-guessed = Жынысы есім бойынша анықталмайды — есім септелмейді. Жынысын көрсетіңіз немесе түрлерін қолмен түзетіңіз.
awards-form-by-hand-label = Қолмен түзету
awards-form-by-hand-hint = Бос өріс — бағдарлама құрастырған түрі.
awards-form-partner-label = Серіктес
awards-form-partner-clear = Алып тастау
awards-form-section-reason = Не үшін
awards-form-reason-placeholder = ұйымның өміріне белсене қатысқаны үшін
awards-form-reason-hint = Есімнен кейін басылады. Мадақтамаларды басатын тілдерде толтырыңыз; тіл толтырылмаса, алғашқы толтырылғаны алынады.
awards-form-proposed-by-label = Кім ұсынды
awards-form-proposed-by-placeholder = мысалы, әдістемелік кеңес
awards-form-notes-label = Ескертпелер

awards-page-back-button = Марапаттау
awards-page-error-title = Номинация ашылмайды
awards-page-year = { $year } жыл
awards-page-print-button = Мадақтаманы басып шығару…
awards-page-hand-over-button = Табыс етуді белгілеу…
awards-page-edit-button = Өзгерту
awards-page-delete-button = Жою
awards-page-facts-title = Номинация туралы мәліметтер
awards-page-nominee-kind-label = Кім
awards-page-by-hand = қолмен түзетілген
awards-page-partner-label = Серіктес
awards-page-reason-label = Не үшін
awards-page-proposed-by-label = Кім ұсынды
awards-page-order-label = Бұйрық
awards-page-not-approved = әлі бекітілмеген
awards-page-number-label = Мадақтама
awards-page-number = № { $number }
awards-page-issued-on = { $date } берілді
awards-page-no-number = нөмір басып шығарғанда беріледі
awards-page-handed-on-label = Табыс етілді
awards-page-notes-label = Ескертпелер
awards-page-certificate-title = Мадақтама
awards-page-preview-button = Мадақтаманы көрсету
awards-page-preview-lead = Мадақтама қазір қалай басылатын болса, дәл солай көрсетіледі. Қарау ештеңені өзгертпейді және нөмір бермейді.
awards-page-preview-hint = Мадақтама қазір осылай басылады; нөмірді басып шығарғанда алады.
awards-page-preview-hint-numbered = Мадақтама қайта осылай басылады — сол нөмірмен.
awards-page-preview-label = Мадақтама: { $name }
awards-page-no-page = Марапаттың бұл түрі басылмайды: «басып шығарғанда» оған журналдағы нөмір ғана беріледі.
awards-delete-title = Номинацияны жою керек пе?
awards-delete-text = «{ $name }» номинациясы себетке жіберіледі; оны 30 күн ішінде қалпына келтіруге болады. Мадақтамасы басылған номинацияны жоюға болмайды.
awards-delete-ok = Жою

awards-templates-title = Мадақтама үлгілері
awards-templates-error-summary = Үлгі сақталмады. Қатені түзетіп, қайта сақтаңыз.
awards-templates-reset-button = Бастапқы түріне қайтару
awards-templates-no-kinds = Мадақтамасы басылатын марапат түрлері жоқ.
awards-templates-which-label = Қай үлгі
awards-templates-kind-label = Марапат түрі
awards-templates-lang-label = Тілі
awards-templates-state-edited = Үлгіні сіз өзгерттіңіз.
awards-templates-state-default = Бастапқы үлгі: сіз оны сақтағанша осы қолданылады.
awards-templates-section-words = Мәтін
awards-templates-title-label = Тақырып
awards-templates-lead-label = Есімнің алдында
awards-templates-name-case-hint = Орыс тіліндегі есімдер үшін: «Награждается Иванова Мария Петровна» — атау септік; «выражает благодарность Ивановой Марии Петровне» — барыс септік. Қазақ есімдері септелмейді.
awards-templates-name-case-label = Есімнің септігі
awards-templates-closing-label = «Не үшін» дегеннен кейін
awards-templates-placeholders-lead = Мәтінде мына қойылымдарды қолдануға болады:
awards-templates-placeholder-organisation = ұйымның толық атауы
awards-templates-placeholder-nominee = кім марапатталады, таңдалған септікте
awards-templates-placeholder-reason = не үшін
awards-templates-placeholder-date = берілген күні
awards-templates-placeholder-number = журналдағы мадақтама нөмірі
awards-templates-placeholder-signer = мадақтамаға қол қоятын басшы
awards-templates-section-look = Безендіру
awards-templates-border-label = Жиек
awards-templates-primary-label = Негізгі түс
awards-templates-accent-label = Әшекей түсі
awards-templates-landscape-label = Альбомдық бағдар
awards-templates-show-logo-label = Логотип
awards-templates-show-signature-label = Басшының қолы
awards-templates-show-stamp-label = Мөр
awards-templates-images-hint = Логотип, қолтаңба және мөр ұйымның профилінен алынады.
awards-templates-background-label = Фондық сурет
awards-templates-preview-title = Қалай басылады
awards-templates-preview-label = Мадақтама үлгісі
awards-templates-preview-hint = Шартты марапатталушы мен нөмірі бар үлгі; әр өзгерістен кейін жаңарады.

awards-register-title = Берілген мадақтамаларды есепке алу журналы
awards-register-lead = Мадақтамаға нөмір басып шығарған кезде беріледі, жыл ішінде ретімен, үзіліссіз; нөмірлер қайта қолданылмайды.
awards-register-list-title = Берілген мадақтамалар
awards-register-year-label = Журналдың жылы
awards-register-all-years = Барлық жылдар
awards-register-column-number = №
awards-register-column-nominee = Кімге берілді
awards-register-column-title = Номинация
awards-register-column-award = Марапат түрі
awards-register-column-order = Бұйрық
awards-register-column-issued = Берілген күні
awards-register-empty = Бұл жылы мадақтамалар әлі берілмеген.
awards-check-title = Мадақтаманы тексеру
awards-check-label = Мадақтама нөмірі немесе QR-кодтың мәтіні
awards-check-placeholder = 12/2026 немесе PDSK:12/2026:…
awards-check-button = Тексеру
awards-check-hint = Мадақтамадағы нөмірді енгізіңіз немесе оның QR-кодының мәтінін қойыңыз (ол PDSK: деп басталады) — код бойынша мадақтаманың өзгертілмегені көрінеді.
awards-check-genuine = Мадақтама түпнұсқа: коды журналмен сәйкес келеді.
awards-check-mismatch = Нөмір журналда бар, бірақ коды сәйкес келмейді: мадақтама өзгертілген болуы мүмкін.
awards-check-number-only = Нөмір журналда бар. Код тексерілмеді: тексеру үшін QR-кодтың мәтінін қойыңыз.
awards-check-not-found = Мұндай нөмірлі мадақтама журналда жоқ.
awards-check-entry = № { $number }: { $nominee }, { $date } берілді
awards-check-open = Номинацияны ашу
