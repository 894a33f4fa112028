# Интерфейс мәтіндері (UI). Қателер, өріс атаулары және анықтамалықтар — core.ftl файлында.

## Бағдарлама
app-name = Partnerdesk
app-loading = Жүктелуде…
app-version = Нұсқасы { $version }
app-error-unexpected = Бірдеңе дұрыс болмады: { $reason }

## Бүйірлік панель
nav-label = Бөлімдер
nav-partners = Серіктестер
lang-select-label = Интерфейс тілі
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Диалогтар мен хабарламалар
dialog-cancel-button = Болдырмау
toast-saved = Сақталды
toast-archived = Мұрағатқа жіберілді
toast-restored = Қалпына келтірілді
toast-close-label = Хабарламаны жабу

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

## Тізілім ашылмайды
open-error-title = Тізілімді ашу мүмкін емес
open-error-path-label = Дерекқор файлы
open-error-hint = Ештеңе өзгертілген жоқ. Partnerdesk-ті жауып, себебін жойыңыз да, бағдарламаны қайта іске қосыңыз.

## Серіктестер тізімі
partner-list-title = Серіктестер
partner-list-new-button = Жаңа серіктес
partner-list-new-shortcut = Жаңа серіктес (Ctrl+N)
partner-list-search-label = Серіктестерді іздеу
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
partner-list-hint-move = таңдау
partner-list-hint-open = ашу
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

## Серіктес пішіні
partner-form-new-title = Жаңа серіктес
partner-form-edit-title = Серіктесті өзгерту
partner-form-shortcuts-hint = Ctrl+S — сақтау, Esc — болдырмау
partner-form-save-button = Сақтау
partner-form-saving = Сақталуда…
partner-form-cancel-button = Болдырмау
partner-form-error-summary = Серіктес сақталмады. Қатені түзетіп, қайта сақтаңыз.
partner-form-section-main = Негізгі мәліметтер
partner-form-section-work = Ынтымақтастық
partner-form-section-reach = Байланыс
partner-form-section-contacts = Байланыс тұлғалары
partner-form-required = міндетті
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
partner-form-discard-title = Өзгерістерді сақтамау керек пе?
partner-form-discard-text = Енгізілген деректер әлі сақталған жоқ, олар жоғалады.
partner-form-discard-ok = Сақтамау
partner-form-keep-editing = Пішінге оралу

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
