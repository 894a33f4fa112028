# Тексты интерфейса (UI). Ошибки, названия полей и справочники — в core.ftl.

## Приложение
app-name = Partnerdesk
app-loading = Загрузка…
app-version = Версия { $version }
app-error-unexpected = Что-то пошло не так: { $reason }

## Боковая панель
nav-label = Разделы
nav-partners = Партнёры
nav-start = Главная
nav-agreements = Договоры
nav-plans = План
nav-events = Мероприятия
nav-calendar = Календарь
nav-reports = Отчёты
nav-awards = Награды
nav-backups = Резервные копии
nav-trash = Корзина
nav-profile = Организация
nav-about = О программе
shortcut-title = { $label } ({ $key })
about-open-title = О программе и сочетания клавиш (F1)
about-title = О программе { $name }
about-description = Реестр социальных партнёров школы: партнёры, договоры, планы работы, проведённые мероприятия, отчёты и награды. Все данные хранятся в одном файле на этом компьютере.
about-version-label = Версия
about-db-label = Файл базы данных
about-license-label = Лицензия
about-license-text = MIT
about-fonts-label = Шрифты документов
about-fonts-text = Liberation Serif — SIL Open Font License 1.1
about-shortcuts-title = Сочетания клавиш
about-close-button = Закрыть
shortcut-search = Перейти к поиску списка (в списке без поиска — к его фильтрам)
shortcut-new = Новая запись на экране списка
shortcut-list = Выбрать строку списка и открыть её
shortcut-edit = Изменить открытую запись
shortcut-save = Сохранить форму
shortcut-escape = Отмена, назад, закрыть окно
shortcut-undo = Отменить последнее изменение
shortcut-calendar = Предыдущий и следующий месяц в календаре
shortcut-sections = Разделы боковой панели по порядку
shortcut-help = Эта справка
lang-select-label = Язык интерфейса
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Диалоги и уведомления
dialog-cancel-button = Отмена
toast-saved = Сохранено
toast-archived = Перенесено в архив
toast-restored = Восстановлено
toast-agreement-registered = Договор зарегистрирован под № { $number }
toast-agreement-renewed = Создан черновик договора на следующий срок
toast-agreement-terminated = Договор расторгнут
toast-scan-attached = Скан прикреплён
toast-pdf-saved = PDF сохранён: { $path }
toast-backup-saved = Копия сохранена: { $path }
toast-backup-restored = База данных восстановлена из копии
toast-export-saved = Сохранено: { $path }
toast-import-everything-done = Данные загружены из файла экспорта
toast-close-label = Закрыть уведомление
toast-plan-created = План создан
toast-plan-carried-over = Создан план на { $period } со всеми строками
toast-plan-deleted = План перемещён в корзину
toast-plan-row-deleted = Строка перемещена в корзину
toast-plan-imported = Импортировано строк плана: { $rows }{ $partners ->
    [0] {""}
   *[other] ; новых партнёров: { $partners }
}
toast-event-deleted = Мероприятие перемещено в корзину
toast-photos-added =
    { $count ->
        [one] Добавлена { $count } фотография
        [few] Добавлены { $count } фотографии
        [many] Добавлено { $count } фотографий
       *[other] Добавлено { $count } фотографии
    }
toast-photo-removed = Фотография убрана
toast-file-saved = Файл сохранён: { $path }
toast-undo-button = Отменить
toast-undone = Изменение отменено
toast-moved = Порядок изменён
toast-clause-reset = Возвращён текст шаблона
toast-image-added = Изображение добавлено
toast-image-removed = Изображение убрано
toast-catalog-added = Добавлено в список: { $name }
toast-trash-restored = Восстановлено из корзины: { $title }
toast-trash-deleted = Удалено насовсем: { $title }
toast-partners-imported = { $count ->
    [one] Добавлен { $count } партнёр
    [few] Добавлено { $count } партнёра
   *[other] Добавлено { $count } партнёров
}
toast-nominees-imported = { $count ->
    [one] Добавлена { $count } номинация
    [few] Добавлены { $count } номинации
    [many] Добавлено { $count } номинаций
   *[other] Добавлено { $count } номинации
}
toast-database-opened = Открыта база данных: { $path }
toast-database-created = Создана новая база данных: { $path }
toast-nominations-approved = { $count ->
    [one] Утверждена { $count } номинация
    [few] Утверждены { $count } номинации
    [many] Утверждено { $count } номинаций
   *[other] Утверждено { $count } номинации
}
toast-nominations-approved-none = Ничего не утверждено: выбранные номинации уже напечатаны и сохраняют свой приказ
toast-nomination-handed = Отмечено: награда вручена
toast-nominations-handed = Отмечено вручение: { $count ->
    [one] { $count } награда
    [few] { $count } награды
    [many] { $count } наград
   *[other] { $count } награды
}
toast-certificates-printed = Напечатано грамот: { $count }. Сохранено: { $path }
toast-certificates-print-stopped = Печать остановлена: напечатано { $count } из { $total }. Сохранено: { $path }
toast-nomination-deleted = Номинация перемещена в корзину
toast-template-reset = Шаблон возвращён к исходному виду
toast-backup-copy-opened = Открыта копия базы данных: { $path }

## Первый запуск
welcome-title = Добро пожаловать в Partnerdesk
welcome-lead = Здесь удобно вести реестр социальных партнёров: контакты, категории, направления и формы сотрудничества — всё в одном месте.
welcome-point-register = Один реестр вместо таблиц в Word и Excel, с поиском по названию, контактам и примечаниям.
welcome-point-offline = Работает без интернета: все данные хранятся в одном файле на этом компьютере.
welcome-point-languages = Интерфейс на русском, казахском и английском языках.
welcome-demo-button = Загрузить демо-данные
welcome-demo-hint = Несколько примеров партнёров, чтобы осмотреться. Их можно изменить или перенести в архив.
welcome-clean-button = Начать с пустого реестра
welcome-clean-hint = Сразу вносить своих партнёров.
welcome-import-button = Импорт из JSON-экспорта
welcome-import-hint = Перенести все данные из файла, сохранённого кнопкой «Всё в JSON…» на странице резервных копий.

## Реестр не открывается
open-error-title = Не удаётся открыть реестр
open-error-path-label = Файл базы данных
open-error-hint = Ничего не изменено. Устраните причину и запустите программу снова — или откройте другой файл базы данных либо начните новую.
open-error-backups-title = Резервные копии этого файла
open-error-backups-hint = Можно открыть копию одной из них: работа продолжится в новом файле рядом с прежним, сама резервная копия останется нетронутой.
open-error-open-copy-button = Открыть копию

## Список партнёров
partner-list-title = Партнёры
partner-list-new-button = Новый партнёр
partner-list-new-shortcut = Новый партнёр (Ctrl+N)
partner-list-import-button = Импорт из таблицы…
partner-list-search-label = Поиск партнёров
partner-list-search-shortcut = Поиск партнёров (Ctrl+F)
partner-list-search-placeholder = Поиск по названию, контактам или примечаниям
partner-list-filter-category-label = Категория
partner-list-filter-category-all = Все категории
partner-list-filter-kind-label = Вид партнёрства
partner-list-filter-kind-all = Все виды
partner-list-filter-kind-internal = Внутренние
partner-list-filter-kind-external = Внешние
partner-list-filter-direction-label = Направление работы
partner-list-filter-direction-all = Все направления
partner-list-filter-archived-label = Архив
partner-list-filter-archived-active = Действующие
partner-list-filter-archived-archived = В архиве
partner-list-filter-archived-all = Действующие и архив
partner-list-count =
    { $count ->
        [one] { $count } партнёр
        [few] { $count } партнёра
        [many] { $count } партнёров
       *[other] { $count } партнёра
    }
partner-list-clear-filters-button = Сбросить поиск и фильтры
partner-list-column-name = Название
partner-list-column-category = Категория
partner-list-column-kind = Вид
partner-list-column-contact = Контактное лицо
partner-list-column-phones = Телефоны
partner-list-column-updated = Изменён
partner-list-archived-badge = в архиве
partner-list-contact-more = +{ $count }
partner-list-empty-title = Партнёров пока нет
partner-list-empty-text = Добавьте первого партнёра: школу, библиотеку, музей или родительский комитет.
partner-list-nothing-found-title = Ничего не найдено
partner-list-nothing-found-text = Проверьте написание или сбросьте поиск и фильтры. Партнёры из архива видны при фильтре «В архиве».
partner-list-error-title = Не удалось загрузить список
list-hint-move = выбрать
list-hint-open = открыть
partner-list-hint-search = поиск
partner-list-hint-new = новый партнёр

## Карточка партнёра
partner-page-back-button = Все партнёры
partner-page-edit-button = Изменить
partner-page-archive-button = В архив
partner-page-restore-button = Восстановить
partner-page-archived-banner = Перенесён в архив { $date }. Партнёр скрыт из списка, но ничего не удалено.
partner-page-archive-confirm-title = Перенести в архив?
partner-page-archive-confirm-text = Перенести «{ $name }» в архив? Партнёр будет скрыт из списка, но ничего не удалится; его можно восстановить в любой момент.
partner-page-archive-confirm-ok = В архив
partner-page-about-title = Сотрудничество
partner-page-directions-label = Направления работы
partner-page-forms-label = Формы взаимодействия
partner-page-reach-title = Как связаться
partner-page-address-label = Адрес
partner-page-phones-label = Телефоны
partner-page-email-label = Эл. почта
partner-page-website-label = Сайт
partner-page-notes-label = Примечания
partner-page-contacts-title = Контактные лица
partner-page-contact-name = ФИО
partner-page-contact-position = Должность
partner-page-contact-phone = Телефон
partner-page-contact-email = Эл. почта
partner-page-contacts-empty = Контактные лица не указаны.
partner-page-none = не указано
partner-page-dates = Добавлен { $created } · изменён { $updated }
partner-page-error-title = Не удалось открыть партнёра
partner-page-agreements-title = Договоры
partner-page-agreements-empty = Договоров с этим партнёром пока нет.

## Формы (общее)
edit-shortcuts-hint = Ctrl+S — сохранить, Esc — отмена
edit-save-shortcut-hint = Ctrl+S — сохранить
edit-save-button = Сохранить
edit-saving = Сохранение…
edit-cancel-button = Отмена
edit-required = обязательно
edit-discard-title = Не сохранять изменения?
edit-discard-text = Введённые данные ещё не сохранены и будут потеряны.
edit-discard-ok = Не сохранять
edit-keep-editing = Вернуться к форме

## Форма партнёра
partner-form-new-title = Новый партнёр
partner-form-edit-title = Изменение партнёра
partner-form-error-summary = Партнёр не сохранён. Исправьте ошибку и сохраните ещё раз.
partner-form-section-main = Основное
partner-form-section-work = Сотрудничество
partner-form-section-reach = Как связаться
partner-form-section-contacts = Контактные лица
partner-form-name-label = Название
partner-form-short-name-label = Краткое название
partner-form-category-label = Категория
partner-form-kind-label = Вид партнёрства
partner-form-directions-label = Направления работы
partner-form-forms-label = Формы взаимодействия
partner-form-address-label = Адрес
partner-form-phones-label = Телефоны
partner-form-phones-placeholder = +7 727 123 45 67, +7 701 234 56 78
partner-form-email-label = Эл. почта
partner-form-website-label = Сайт
partner-form-notes-label = Примечания
partner-form-contact-name-label = ФИО
partner-form-contact-position-label = Должность
partner-form-contact-phone-label = Телефон
partner-form-contact-email-label = Эл. почта
partner-form-contact-group = Контактное лицо № { $index }
partner-form-contact-add-button = Добавить контактное лицо
partner-form-contact-remove-button = Удалить контактное лицо № { $index }
partner-form-contacts-empty = Пока никого нет. Добавьте людей, с которыми вы держите связь.
partner-form-similar-warning = Похожие партнёры уже есть:
partner-form-similar-archived = в архиве

## Пополнение справочников из формы
catalog-add-category-button = + Добавить категорию
catalog-add-direction-button = + Добавить направление
catalog-add-form-button = + Добавить форму
catalog-add-category-title = Новая категория
catalog-add-direction-title = Новое направление работы
catalog-add-form-title = Новая форма взаимодействия
catalog-add-name-ru-label = По-русски
catalog-add-name-kk-label = По-казахски
catalog-add-name-en-label = По-английски
catalog-add-internal-label = Обычно это внутренние партнёры
catalog-add-hint = Достаточно названия на одном языке.
catalog-add-save-button = Добавить
catalog-add-cancel-button = Отмена

## Главная
start-title = Главная
start-expiring-title = Договоры, истекающие в ближайшие 30 дней
start-all-agreements-link = Все договоры
start-expiring-empty = В ближайшие 30 дней ни один договор не истекает.
start-expiring-days-left =
    { $count ->
        [0] истекает сегодня
        [one] остался { $count } день
        [few] осталось { $count } дня
        [many] осталось { $count } дней
       *[other] осталось { $count } дня
    }
start-quick-title = Быстрые действия
start-new-partner-hint = Школа, музей, библиотека или родительский комитет.
start-new-agreement-hint = Договор о сотрудничестве с одним из партнёров.
start-overdue-title = Просроченные мероприятия плана
start-overdue-empty = Просроченных мероприятий нет.
start-month-title = В этом месяце по плану
start-month-empty = На этот месяц по плану ничего не осталось: всё проведено или ничего не запланировано.
start-all-plans-link = Планы
start-calendar-link = Календарь
start-due-open-title = Открыть в плане
start-due-plan = План { $period }
start-attention-title = Требует внимания сегодня
start-unprinted-title = Утверждённые награды, ещё не напечатанные
start-unprinted-empty = Всё утверждённое уже напечатано.
start-unprinted-order = Приказ { $order }
start-show-all = Показать все ({ $count })
start-show-fewer = Свернуть
start-year-title = Год в цифрах
start-figure-participants-label = Участников всего
start-chart-month =
    { $month ->
        [1] янв
        [2] фев
        [3] мар
        [4] апр
        [5] май
        [6] июн
        [7] июл
        [8] авг
        [9] сен
        [10] окт
        [11] ноя
       *[12] дек
    }
start-chart-months-title = Мероприятия по месяцам
start-chart-months-summary = По месяцам запланировано мероприятий: { $planned }, проведено: { $held }.
start-chart-categories-title = Партнёры по категориям
start-chart-categories-summary = Активных партнёров: { $count }, категорий: { $categories }.
start-chart-categories-empty = В реестре пока нет активных партнёров.
start-chart-column-partners = Партнёров
start-chart-fulfilment-title = Выполнение плана по категориям
start-chart-fulfilment-summary = План выполнен на { $percent } %: проведено { $held } из { $expected }.
start-chart-fulfilment-no-plan = На этот период плана нет, поэтому выполнять пока нечего.
start-chart-plans-link = Перейти к планам
start-chart-participants-title = Участники мероприятий
start-chart-participants-summary = Участников всего: { $count }.
start-chart-column-kind = Участники
start-chart-column-people = Человек

## Договоры: статусы, языки документа
agreements-lang-ru = Русский
agreements-lang-kk = Қазақша
agreements-lang-en = English
agreements-lang-kkru = Қазақша + Русский
agreements-draft-number = черновик
agreements-untitled = О сотрудничестве
agreements-valid-to = до { $date }

## Список договоров
agreements-list-title = Договоры
agreements-list-new-button = Новый договор
agreements-list-new-shortcut = Новый договор (Ctrl+N)
agreements-list-filter-status-label = Статус
agreements-list-filter-status-all = Все статусы
agreements-list-filter-year-label = Год
agreements-list-filter-year-all = Все годы
agreements-list-count =
    { $count ->
        [one] { $count } договор
        [few] { $count } договора
        [many] { $count } договоров
       *[other] { $count } договора
    }
agreements-list-clear-filters-button = Сбросить фильтры
agreements-list-column-number = Номер
agreements-list-column-partner = Партнёр
agreements-list-column-title = Название
agreements-list-column-term = Срок действия
agreements-list-column-status = Статус
agreements-list-column-language = Язык
agreements-list-empty-title = Договоров пока нет
agreements-list-empty-text = Создайте первый договор о сотрудничестве: выберите партнёра и срок, а текст программа подставит сама.
agreements-list-nothing-found-title = Ничего не найдено
agreements-list-nothing-found-text = С такими фильтрами договоров нет. Год — это год регистрации договора, у черновика — год начала срока.
agreements-list-error-title = Не удалось загрузить список
agreements-list-hint-new = новый договор

## Карточка договора
agreements-page-back-button = Все договоры
agreements-page-heading = Договор о сотрудничестве
agreements-page-number = № { $number }
agreements-page-no-number = Без номера
agreements-page-draft-note = Это черновик: его можно изменять и печатать. Номер в реестре договор получит при регистрации.
agreements-page-register-button = Зарегистрировать
agreements-page-edit-button = Изменить
agreements-page-renew-button = Продлить
agreements-page-terminate-button = Расторгнуть
agreements-page-facts-title = Сведения о договоре
agreements-page-partner-number-label = Номер у партнёра
agreements-page-signed-on-label = Дата подписания
agreements-page-term-label = Срок действия
agreements-page-term = с { $from } по { $to }
agreements-page-terminated-on-label = Расторгнут
agreements-page-language-label = Язык документа
agreements-page-renewal-label = Продление
agreements-page-previous-link = Предыдущий договор
agreements-page-next-link = Договор на следующий срок
agreements-page-scan-label = Подписанный скан
agreements-page-scan-attached = Прикреплён
agreements-page-scan-none = Не прикреплён
agreements-page-scan-open-button = Открыть
agreements-page-scan-attach-button = Прикрепить…
agreements-page-scan-replace-button = Заменить…
agreements-page-notes-label = Примечания
agreements-page-error-title = Не удалось открыть договор
agreements-terminate-title = Расторгнуть договор?
agreements-terminate-text = Договор будет отмечен как расторгнутый с указанной даты, и изменить его будет нельзя. Запись в реестре сохранится.
agreements-terminate-date-label = Дата расторжения
agreements-terminate-ok = Расторгнуть

## Печать договора
agreements-print-button = Печать
agreements-print-title = Печать договора
agreements-print-lang-label = Язык документа
agreements-print-open-button = Открыть PDF
agreements-print-save-button = Сохранить как…

## Текст договора
agreements-text-title = Текст договора
agreements-text-lang-label = Язык текста
agreements-text-hint = Щёлкните пункт, чтобы изменить его только в этом договоре. Изменённые пункты выделены цветом.
agreements-text-edit-title = Изменить пункт
agreements-text-editor-label = Текст пункта
agreements-text-editor-hint = Сохраняется, когда вы уходите из поля или нажимаете Ctrl+Enter; Esc — отмена. Пустой пункт вернётся к тексту шаблона.
agreements-text-edited = Изменён
agreements-text-reset-button = Вернуть текст шаблона

## Форма договора
agreements-form-new-title = Новый договор
agreements-form-edit-title = Изменение договора
agreements-form-error-summary = Договор не сохранён. Исправьте ошибку и сохраните ещё раз.
agreements-form-section-main = Договор
agreements-form-section-term = Даты
agreements-form-section-signatory = Подписант со стороны партнёра
agreements-form-partner-label = Партнёр
agreements-form-partner-choose = Выберите партнёра
agreements-form-partner-missing = Выберите партнёра, с которым заключается договор.
agreements-form-no-partners = В реестре пока нет партнёров.
agreements-form-partner-number-label = Номер договора у партнёра
agreements-form-partner-number-hint = Если партнёр присвоил договору свой номер, он печатается через косую черту после нашего.
agreements-form-language-label = Язык документа
agreements-form-title-label = Название
agreements-form-title-placeholder = О социальном партнёрстве и сотрудничестве
agreements-form-signed-on-label = Дата подписания
agreements-form-valid-from-label = Действует с
agreements-form-valid-to-label = Действует по
agreements-form-term-hint = Обычно договор заключают на учебный год: с 1 сентября по 31 августа.
agreements-form-partner-position-label = Должность
agreements-form-partner-head-label = ФИО
agreements-form-partner-in-person-label = «В лице …»
agreements-form-signatory-hint = Должность и ФИО печатаются у подписи, а «в лице …» — в преамбуле договора: по-русски в родительном падеже («директора Ивановой Марии Петровны»), по-казахски в именительном («директор Иванова Мария Петровна»).
agreements-form-notes-label = Примечания

## Профиль организации
profile-title = Организация
profile-lead = Эти сведения печатаются в договорах и других документах. Заполните их на тех языках, на которых вы печатаете документы.
profile-error-summary = Сведения не сохранены. Исправьте ошибку и сохраните ещё раз.
profile-section-names = Название
profile-full-name-label = Полное название
profile-short-name-label = Краткое название
profile-section-head = Руководитель
profile-head-position-label = Должность
profile-head-name-label = Имя у подписи
profile-head-in-person-label = «В лице …»
profile-head-hint = Должность и имя печатаются у подписи («Директор», «М. П. Иванова»), а «в лице …» — в преамбуле договора: по-русски в родительном падеже («директора Ивановой Марии Петровны»), по-казахски в именительном.
profile-section-address = Адрес
profile-address-label = Адрес
profile-city-label = Город
profile-section-requisites = Реквизиты
profile-bin-label = БИН / ИНН
profile-phone-label = Телефон
profile-email-label = Эл. почта
profile-bank-details-label = Банковские реквизиты
profile-section-pupils = Воспитанники
profile-pupil-count-label = Число воспитанников (учащихся)
profile-pupil-count-hint = Нужно для показателя «мероприятия, организованные родителями, на 100 воспитанников» в итогах года.
profile-section-register = Реестр договоров
profile-number-pattern-label = Шаблон номера
profile-start-number-label = Начальный номер
profile-number-pattern-hint = {"{"}n{"}"} — порядковый номер, {"{"}yyyy{"}"} — год, {"{"}yy{"}"} — две последние цифры года. Каждый год нумерация начинается с начального номера.
profile-number-example = Например: { $example }
profile-section-certificates = Журнал грамот
profile-certificate-pattern-label = Шаблон номера грамоты
profile-certificate-pattern-hint = {"{"}n{"}"} — порядковый номер, {"{"}yyyy{"}"} — год, {"{"}yy{"}"} — две последние цифры года. Каждый год грамоты нумеруются заново с 1; номер даётся при печати.
profile-section-images = Изображения для документов
profile-images-hint = PNG или JPEG до 5 МБ. Печать и подпись лучше отсканировать на белом или прозрачном фоне.
profile-image-logo = Логотип
profile-image-stamp = Печать
profile-image-signature = Подпись руководителя
profile-image-present = Загружено
profile-image-missing = Не загружено
profile-image-choose-button = Выбрать…
profile-image-clear-button = Убрать

## Резервные копии
backups-title = Резервные копии
backups-lead-auto = Программа сама делает копию базы данных каждый день при первом запуске, а также перед каждым обновлением и перед каждым восстановлением.
backups-lead-kept = Хранятся копии за последние 14 дней и по одной за каждый из последних 12 месяцев. Они лежат в папке «backups» рядом с файлом базы данных.
backups-lead-restore = Перед восстановлением текущее состояние тоже сохраняется в копию, поэтому восстановление всегда можно отменить.
backups-now-button = Создать копию…
backups-restore-file-button = Восстановить из файла…
backups-list-title = Сохранённые копии
backups-column-taken = Дата и время
backups-column-kind = Тип
backups-column-size = Размер
backups-column-actions = Действия
backups-kind-daily = Ежедневная
backups-kind-migration = Перед обновлением
backups-kind-restore = Перед восстановлением
backups-kind-manual = Вручную
backups-size-kb = { $size } КБ
backups-size-mb = { $size } МБ
backups-restore-button = Восстановить
backups-empty = Копий пока нет. Первую программа сделает сама при следующем запуске; сохранить копию в файл можно и сейчас — кнопкой «Создать копию…».
backups-restore-confirm-title = Восстановить из копии?
backups-restore-confirm-text = Восстановить базу данных в том виде, в каком она была { $date } в { $time }? Текущее состояние сначала сохранится в резервную копию, так что это можно будет отменить.
backups-restore-confirm-ok = Восстановить

## Экспорт
export-title = Экспорт
export-lead = Таблица раздела в Excel (XLSX) или CSV на языке интерфейса; формат выбирается в окне сохранения.
export-partners-button = Партнёры…
export-agreements-button = Договоры…
export-events-button = Мероприятия…
export-certificates-button = Журнал грамот…
export-everything-lead = Все данные одним файлом JSON — чтобы перенести их на другой компьютер или хранить отдельно от программы. Такой файл можно загрузить в новую, пустую базу данных.
export-everything-button = Всё в JSON…

## Файл базы данных
database-title = Файл базы данных
database-lead = Все данные программы хранятся в этом файле. Можно открыть другой файл базы данных Partnerdesk или начать новую, пустую базу; выбранный файл откроется и при следующем запуске.
database-open-button = Открыть другую базу данных…
database-new-button = Новая база данных…

## Корзина
trash-title = Корзина
trash-lead = Удалённые планы, строки планов и мероприятия хранятся здесь 30 дней, и их можно восстановить. Потом они удаляются насовсем. Партнёры сюда не попадают: их переносят в архив.
trash-column-what = Что удалено
trash-column-deleted = Когда удалено
trash-column-purge = Срок хранения
trash-column-actions = Действия
trash-kind-plan = План
trash-kind-plan-row = Строка плана
trash-kind-event = Мероприятие
trash-kind-nomination = Номинация
trash-plan-title = План на { $period }
trash-row-detail = Из плана на { $period }
trash-purge-on = Удалится насовсем { $date }
trash-restore-button = Восстановить
trash-delete-button = Удалить насовсем
trash-empty = Корзина пуста.
trash-delete-confirm-title = Удалить насовсем?
trash-delete-confirm-text = { $kind }: «{ $title }». Запись будет удалена насовсем, и восстановить её из корзины будет уже нельзя.
trash-delete-confirm-ok = Удалить насовсем

## Выбор партнёра и месяца
partner-picker-placeholder = Поиск партнёра
partner-picker-list-label = Найденные партнёры
partner-picker-nothing-found = Ничего не найдено
month-picker-previous = Предыдущий месяц
month-picker-next = Следующий месяц
month-picker-month-label = Месяц
month-picker-year-label = Год

## Планы
plans-title = Планы работы с партнёрами
plans-lead = Комплексный план на учебный или календарный год: партнёры по категориям, мероприятия и сроки. Выполнение считается по проведённым мероприятиям.
plans-new-button = Новый план
plans-new-shortcut = Новый план (Ctrl+N)
plans-new-title = Новый план
plans-new-kind-label = Период плана
plans-new-year-label = Год начала
plans-new-school-hint = Учебный год: с 1 сентября по 31 августа следующего года.
plans-new-calendar-hint = Календарный год: с 1 января по 31 декабря.
plans-new-create-button = Создать план
plans-import-button = Импорт из таблицы…
plans-column-period = Период
plans-column-title = Название
plans-column-rows = Строк
plans-column-fulfilment = Выполнение
plans-column-actions = Действия
plans-carry-over-button = Перенести на следующий период
plans-carry-over-hint = Создать план на следующий период с теми же партнёрами и мероприятиями (план на { $period } не изменится)
plans-delete-button = Удалить
plans-delete-title = Удалить план?
plans-delete-text = План на { $period } и все его строки ({ $rows }) будут перемещены в корзину и пролежат там 30 дней. План, по которому уже записаны проведённые мероприятия, удалить нельзя.
plans-delete-ok = Удалить план
plans-empty-title = Планов пока нет
plans-empty-text = Создайте план на учебный год и внесите партнёров и мероприятия, перенесите прошлогодний — или импортируйте готовый план из таблицы.
plan-kind-school = Учебный год
plan-kind-calendar = Календарный год
plan-title-school = Комплексный план работы с социальными партнёрами на { $period } учебный год
plan-title-calendar = Комплексный план работы с социальными партнёрами на { $period } год

## Импорт партнёров из таблицы
partner-import-title = Импорт партнёров из таблицы
partner-import-lead = Файл CSV или XLSX, в котором каждая строка — партнёр: например, реестр, который вели в Excel, или выгрузка из Partnerdesk. Ничего не будет записано, пока вы не подтвердите импорт.
partner-import-step-file = 1. Файл
partner-import-file-hint = CSV (UTF-8 или Windows-1251) или XLSX. Контактные лица — в одной ячейке через точку с запятой: «Имя, должность, телефон; …». Тип — «внутренний» или «внешний».
partner-import-field-kind = Тип (внутренний или внешний)
partner-import-field-contacts = Контактные лица
partner-import-summary-new-categories = Новые категории, которые будут добавлены ({ $count }):
partner-import-column-name = Партнёр
partner-import-column-category = Категория
partner-import-column-contacts = Контактные лица
partner-import-category-new = новая
partner-import-category-new-title = Такой категории ещё нет — она будет добавлена
partner-import-no-rows = В файле не найдено партнёров. Проверьте, в каком столбце название, и строку заголовков.

## Импорт из таблицы (общее)
import-choose-button = Выбрать файл…
import-choose-other-button = Выбрать другой файл…
import-reread-button = Прочитать файл заново
import-reread-hint = Если вы исправили файл, прочитайте его заново — выбирать его ещё раз не нужно.
import-no-file = Файл не выбран
import-step-mapping = 2. Что в каком столбце
import-mapping-hint = Для каждого столбца выберите, что в нём записано. Ниже — первые строки файла; проверка строк обновляется сразу.
import-column-label = Столбец { $index }
import-header-label = Первая строка — заголовки столбцов (не импортируется)
import-field-skip = Не импортировать
import-step-preview = 3. Проверка строк
import-summary-accepted = Будет импортировано строк: { $count }
import-summary-refused = Не принято строк: { $count }
import-column-line = Строка
import-column-issues = Замечания
import-row-refused = Строка не будет импортирована
import-commit-button = { $count ->
    [one] Импортировать { $count } строку
    [few] Импортировать { $count } строки
   *[other] Импортировать { $count } строк
}
import-commit-accepted-button = { $count ->
    [one] Импортировать только { $count } принятую строку
    [few] Импортировать только { $count } принятые строки
   *[other] Импортировать только { $count } принятых строк
}
import-cancel-button = Отменить и исправить файл
import-refused-note = Некоторые строки импортировать нельзя — у каждой указана причина. Исправьте их в файле и прочитайте его заново или импортируйте только принятые строки.
import-reading = Чтение файла…

## Импорт плана из таблицы
plan-import-title = Импорт плана из таблицы
plan-import-lead = Файл CSV или XLSX, в котором каждая строка — партнёр со своими мероприятиями, как в плане, который вели в Word или Excel. Ничего не будет записано, пока вы не подтвердите импорт.
plan-import-step-file = 1. Файл и период плана
plan-import-file-hint = CSV (UTF-8 или Windows-1251) или XLSX. Раздел (категория партнёров) может стоять отдельной строкой над своими партнёрами или в своём столбце.
plan-import-field-group = Раздел (категория)
plan-import-field-partner = Партнёр
plan-import-field-goal = Цель взаимодействия
plan-import-field-activities = Мероприятия
plan-import-field-period = Сроки
plan-import-field-responsible = Ответственный
plan-import-field-social-effect = Социальный эффект
plan-import-summary-plan-exists = План на { $period } уже есть: строки будут добавлены в его конец.
plan-import-summary-plan-new = Будет создан план на { $period }.
plan-import-summary-new-partners = Новые партнёры, которые будут добавлены в реестр ({ $count }):
plan-import-summary-new-groups = Новые разделы, которые станут категориями партнёров ({ $count }):
plan-import-column-group = Раздел
plan-import-column-partner = Партнёр
plan-import-column-activities = Мероприятия и сроки
plan-import-partner-new = новый
plan-import-partner-new-title = Такого партнёра нет в реестре — он будет добавлен
plan-import-period-unread = Срок не распознан
plan-import-period-none = срок не указан
plan-import-no-rows = В файле не найдено строк плана. Проверьте, в каком столбце партнёр, и строку заголовков.

## План
plan-page-back-button = Все планы
plan-page-error-title = Не удалось открыть план
plan-page-period = { $period } · { $kind }
plan-fulfilment-title = Выполнение плана
plan-fulfilment-percent = { $percent } %
plan-fulfilment-held = Проведено { $held } из { $expected }
plan-fulfilment-short = { $held } из { $expected } · { $percent } %
plan-fulfilment-overdue = Не проведено в срок: { $count }
plan-fulfilment-nothing = В плане пока нет мероприятий.
plan-approval-title = Утверждение
plan-approval-edit-button = Изменить
plan-approval-title-label = Название плана
plan-approval-title-hint = Если оставить пустым, печатается стандартное название на языке документа.
plan-approval-position-label = Должность утверждающего
plan-approval-name-label = И. О. Фамилия
plan-approval-date-label = Дата утверждения
plan-approval-order-label = Приказ
plan-approval-order-hint = Например: Приказ № 45 от 28.08.2026
plan-approval-profile-hint = Если должность и имя не указаны, печатается руководитель из профиля организации.
plan-approval-from-profile = из профиля организации
plan-approval-not-approved = не указана
plan-sheet-title = Строки плана
plan-sheet-hint = Enter — изменить строку, Alt+↑/↓ — переместить, Ctrl+N — новая строка
plan-sheet-empty = В плане пока нет строк. Добавьте первого партнёра.
plan-column-number = №
plan-column-partner = Партнёр
plan-column-goal = Цель взаимодействия
plan-column-activities = Мероприятия
plan-column-period = Сроки
plan-column-responsible = Ответственный
plan-column-social-effect = Социальный эффект
plan-column-fulfilment = Выполнение
plan-column-actions = Действия
plan-group-up-button = Поднять раздел «{ $name }»
plan-group-down-button = Опустить раздел «{ $name }»
plan-row-label = Строка { $number }: { $name }
plan-row-edit-label = Изменение строки: { $name }
plan-row-new-label = Новая строка плана
plan-row-add-button = Добавить строку
plan-row-add-shortcut = Добавить строку (Ctrl+N)
plan-row-edit-button = Изменить строку
plan-row-up-button = Переместить выше
plan-row-down-button = Переместить ниже
plan-row-delete-button = Удалить строку
plan-row-delete-title = Удалить строку плана?
plan-row-delete-text = Строка «{ $name }» и её мероприятия будут перемещены в корзину и пролежат там 30 дней. Если по ним уже что-то проведено, удалить строку нельзя.
plan-row-delete-ok = Удалить строку
plan-row-no-activities = Мероприятия не указаны
plan-row-partner-missing = Выберите партнёра.
plan-row-save-hint = Сохранить (Ctrl+Enter или Ctrl+S)
plan-row-editor-hint = Ctrl+Enter — сохранить, Esc — отмена
plan-activity-title-label = Мероприятие { $index }
plan-activity-title-placeholder = Например: экскурсия «Мир профессий»
plan-activity-form-label = Форма мероприятия { $index }
plan-activity-form-none = Форма не указана
plan-activity-remove-label = Убрать мероприятие { $index }
plan-activity-remove-held = По этому мероприятию уже есть проведённые — убрать его нельзя
plan-activity-add-button = + Мероприятие
plan-activity-held = { $held } / { $expected }
plan-activity-held-title = Проведено / запланировано
plan-activity-event-open = Открыть проведённое мероприятие
plan-activity-mark-held-button = Отметить проведённым

## Сроки мероприятия плана
period-kind-year = В течение года
period-kind-times = Несколько раз в год
period-kind-months = По месяцам
period-kind-quarters = По кварталам
period-kind-dates = В определённые дни
period-editor-kind-label = Сроки
period-editor-times-label = Сколько раз за год
period-editor-months-label = Месяцы
period-editor-span-label = Промежуток { $index }
period-editor-span-from-label = Первый месяц
period-editor-span-to-label = Последний месяц
period-editor-span-remove-label = Убрать промежуток { $index }
period-editor-span-add-button = + Промежуток месяцев (например, декабрь–январь)
period-editor-quarters-label = Кварталы
period-editor-quarter = { $roman } квартал
period-editor-quarters-hint-school = В учебном году: I — сентябрь–ноябрь, II — декабрь–февраль, III — март–май, IV — июнь–август.
period-editor-quarters-hint-calendar = В календарном году: I — январь–март, II — апрель–июнь, III — июль–сентябрь, IV — октябрь–декабрь.
period-editor-date-label = Дата { $index }
period-editor-date-remove-label = Убрать дату { $index }
period-editor-date-add-button = + Дата

## Печать плана
plan-print-button = Печать
plan-print-title = Печать плана
plan-print-lang-label = Язык документа
plan-print-columns-label = Столбцы
plan-print-open-button = Открыть PDF
plan-print-save-button = Сохранить как…

## Проведённые мероприятия
events-title = Проведённые мероприятия
events-new-button = Новое мероприятие
events-new-shortcut = Новое мероприятие (Ctrl+N)
events-hint-new = новое мероприятие
events-filter-span-label = Период
events-span-month = За месяц
events-span-range = За период
events-span-all = За всё время
events-filter-month-label = Месяц
events-filter-from-label = С
events-filter-to-label = По
events-filter-partner-label = Партнёр
events-filter-partner-all = Все партнёры
events-count =
    { $count ->
        [one] { $count } мероприятие
        [few] { $count } мероприятия
        [many] { $count } мероприятий
       *[other] { $count } мероприятия
    }
events-column-date = Дата
events-column-partner = Партнёр
events-column-title = Мероприятие
events-column-participants = Участников
events-column-photos = Фото
events-photos = { $count } фото
events-planned-mark = по плану
events-planned-title = Проведено по плану
events-empty-title = Мероприятий нет
events-empty-text = За выбранный период проведённых мероприятий нет. Отметьте проведённое мероприятие здесь или прямо в плане.
events-error-title = Не удалось загрузить список
events-form-new-title = Новое мероприятие
events-form-edit-title = Проведённое мероприятие
events-form-error-summary = Мероприятие не сохранено. Исправьте ошибку и сохраните ещё раз.
events-form-section-main = Мероприятие
events-form-held-on-label = Дата проведения
events-form-time-label = Время
events-form-time-placeholder = ЧЧ:ММ
events-form-time-hint = Например, 14:30. Можно не указывать.
events-form-partner-label = Партнёр
events-form-partner-missing = Выберите партнёра, с которым проведено мероприятие.
events-form-activity-label = Мероприятие плана
events-form-activity-unplanned = Вне плана
events-form-activity-plan = План на { $period }
events-form-activity-hint = Выбранное мероприятие плана засчитывается как проведённое.
events-form-activity-none-planned = В планах у этого партнёра мероприятий нет: мероприятие будет записано вне плана.
events-form-title-label = Название
events-form-title-placeholder = Например: экскурсия в музей ко Всемирному дню защиты животных
events-form-form-label = Форма
events-form-form-none = Не указана
events-form-place-label = Место проведения
events-form-section-participants = Участники
events-form-children-label = Дети
events-form-parents-label = Родители
events-form-teachers-label = Педагоги
events-form-others-label = Другие
events-form-ages-label = Возраст детей
events-form-ages-placeholder = Например: 7–10 лет
events-form-by-parents-label = Организовано родителями
events-form-by-parents-hint = Учитывается в показателе «мероприятия, организованные родителями».
events-form-section-result = Итоги
events-form-responsible-label = Ответственный
events-form-media-link-label = Освещение в СМИ (ссылка)
events-form-media-link-placeholder = https://
events-form-result-label = Краткий результат
events-form-section-photos = Фотографии
events-form-photos-new-hint = Фотографии добавляются к сохранённому мероприятию.
events-form-save-add-photos-button = Сохранить и добавить фото…
events-form-photos-empty = Фотографий пока нет.
events-form-add-photos-button = Добавить фото…
events-form-photos-hint = PNG или JPEG. Фотографии копируются в папку программы, оригиналы остаются на месте.
events-form-photo-open-button = Открыть
events-form-photo-remove-button = Убрать
events-form-photo-remove-label = Убрать фотографию «{ $name }»
events-form-delete-button = Удалить
events-delete-title = Удалить мероприятие?
events-delete-text = Запись о мероприятии «{ $title }» будет перемещена в корзину и пролежит там 30 дней; выполнение плана пересчитается.
events-delete-ok = Удалить
events-photo-remove-title = Убрать фотографию?
events-photo-remove-text = Фотография «{ $name }» будет убрана из мероприятия.
events-photo-remove-ok = Убрать
participants-children =
    { $count ->
        [one] { $count } ребёнок
        [few] { $count } ребёнка
        [many] { $count } детей
       *[other] { $count } ребёнка
    }
participants-parents =
    { $count ->
        [one] { $count } родитель
        [few] { $count } родителя
        [many] { $count } родителей
       *[other] { $count } родителя
    }
participants-teachers =
    { $count ->
        [one] { $count } педагог
        [few] { $count } педагога
        [many] { $count } педагогов
       *[other] { $count } педагога
    }
participants-others =
    { $count ->
        [one] { $count } другой участник
        [few] { $count } других участника
        [many] { $count } других участников
       *[other] { $count } другого участника
    }

## Календарь
calendar-title = Календарь
calendar-month-label = Месяц календаря
calendar-month-title = { $month } { $year }
calendar-today-button = Сегодня
calendar-legend-event = проведено
calendar-legend-planned = по плану
calendar-legend-held = по плану, проведено
calendar-legend-overdue = просрочено
calendar-weekday-mon = Пн
calendar-weekday-tue = Вт
calendar-weekday-wed = Ср
calendar-weekday-thu = Чт
calendar-weekday-fri = Пт
calendar-weekday-sat = Сб
calendar-weekday-sun = Вс
calendar-event-open-title = Открыть мероприятие
calendar-planned-open-title = Показать мероприятие плана
calendar-planned-held-title = Проведено — показать
calendar-planned-held = проведено
calendar-planned-not-held = ещё не проведено
calendar-open-plan-button = Открыть в плане
calendar-this-month-title = В этом месяце по плану
calendar-this-month-empty = На этот месяц по плану ничего не приходится. Мероприятия «в течение года» в календаре не показываются.
calendar-hint-month = предыдущий / следующий месяц

## Отчёты
reports-title = Отчёты
reports-tab-month = Отчёт за месяц
reports-tab-year = Итоги года
reports-month-lead = Информация о работе с социальными партнёрами за месяц — в том виде, в каком её отправляют в отдел образования.
reports-month-label = Месяц отчёта
reports-lang-label = Язык документа
reports-print-pdf-button = Открыть PDF
reports-save-pdf-button = Сохранить PDF…
reports-save-xlsx-button = Сохранить XLSX…
reports-busy = Готовится документ…
reports-month-empty = В этом месяце проведённых мероприятий нет.
reports-column-number = №
reports-column-partner = Партнёр
reports-column-event = Мероприятие / форма
reports-column-date-place = Дата, место
reports-column-participants = Участники
reports-column-responsible = Ответственный
reports-column-media = Освещение в СМИ
reports-ages = возраст: { $ages }
reports-total = Всего мероприятий: { $count }
reports-total-participants = Всего участников: { $count }
reports-year-lead = Показатели за период плана: выполнение плана, участие родителей, мероприятия по месяцам и по партнёрам.
reports-year-period-label = Период
reports-year-fulfilment-label = Выполнение плана
reports-year-no-plan = На этот период нет плана или в нём нет мероприятий.
reports-year-events-label = Проведено мероприятий
reports-year-participants = Участников: { $count }
reports-year-parents-label = Участие родителей
reports-year-parents-note = Родители участвовали в { $events } из { $total } мероприятий; всего родителей: { $parents }
reports-year-by-parents-label = Организовано родителями
reports-year-per-100 = { NUMBER($value, maximumFractionDigits: 1) } на 100 воспитанников (всего воспитанников: { $pupils })
reports-year-no-pupils = Показатель на 100 воспитанников не считается: в профиле организации не указано число воспитанников.
reports-year-profile-link = Указать
reports-year-months-title = По месяцам
reports-year-months-hint = «Запланировано» — мероприятия, срок которых приходится на этот месяц; мероприятия «в течение года» и «N раз в год» по месяцам не распределяются.
reports-year-column-month = Месяц
reports-year-column-planned = Запланировано
reports-year-column-held = Проведено
reports-year-partners-title = По партнёрам
reports-year-column-partner = Партнёр
reports-year-column-category = Категория
reports-year-column-fulfilment = Выполнение плана
reports-year-partners-empty = За этот период мероприятий с партнёрами нет.
reports-album-title = Альбом сотрудничества
reports-album-lead = Мероприятия, проведённые за { $period }, с фотографиями — одним PDF.
reports-album-order-label = Порядок
reports-album-order-by-date = По датам
reports-album-order-by-partner = По партнёрам

## Награды
awards-list-title = Награды
awards-list-new-button = Новая номинация
awards-list-new-shortcut = Новая номинация (Ctrl+N)
awards-list-key-space = Пробел
awards-list-hint-tick = отметить
awards-list-hint-new = новая номинация
awards-templates-button = Шаблоны грамот
awards-register-button = Журнал грамот
awards-import-button = Импорт из таблицы…
awards-list-filter-year-label = Год
awards-list-filter-status-label = Статус
awards-list-filter-status-all = Все статусы
awards-list-filter-title-label = Номинация
awards-list-filter-title-all = Все номинации
awards-list-check-all = Отметить все
awards-list-count = { $count ->
    [one] { $count } номинация
    [few] { $count } номинации
    [many] { $count } номинаций
   *[other] { $count } номинации
}
awards-list-clear-filters-button = Сбросить фильтры
awards-list-column-nominee = Кого награждают
awards-list-column-title = Номинация
awards-list-column-award = Награда
awards-list-column-status = Статус
awards-list-column-number = № грамоты
awards-list-tick = Отметить: { $name }
awards-list-error-title = Не удалось загрузить номинации
awards-list-nothing-found-title = Ничего не найдено
awards-list-nothing-found-text = С такими фильтрами номинаций нет. Сбросьте фильтры, чтобы увидеть все номинации года.
awards-list-empty-title = Номинаций на { $year } год пока нет
awards-list-empty-text = В конце года сюда вносят всех, кого предлагают наградить: педагогов, родителей, семьи, партнёров и воспитанников.
awards-selection-label = Действия с отмеченными
awards-selection-count = Отмечено: { $count }
awards-selection-clear = Снять отметки
awards-approve-button = Утвердить приказом…
awards-print-button = Печать грамот…
awards-hand-over-button = Отметить вручение…

awards-approve-title = { $count ->
    [one] Утвердить { $count } номинацию приказом директора
    [few] Утвердить { $count } номинации приказом директора
   *[other] Утвердить { $count } номинаций приказом директора
}
awards-approve-number-label = Номер приказа
awards-approve-number-placeholder = например, 45-П
awards-approve-date-label = Дата приказа
awards-approve-submit = Утвердить
awards-approve-hint = Уже напечатанные грамоты сохраняют свой приказ.

awards-hand-over-title = { $count ->
    [one] Отметить вручение { $count } награды
   *[other] Отметить вручение { $count } наград
}
awards-hand-over-date-label = Дата вручения
awards-hand-over-submit = Отметить
awards-hand-over-skipped = { $count ->
    [one] { $count } отмеченная номинация ещё без грамоты — она пропущена.
    [few] { $count } отмеченные номинации ещё без грамоты — они пропущены.
   *[other] { $count } отмеченных номинаций ещё без грамоты — они пропущены.
}

awards-print-title = { $count ->
    [one] Печать { $count } грамоты
   *[other] Печать { $count } грамот
}
awards-print-how-label = Как печатать
awards-print-one-file = Одним файлом PDF
awards-print-per-file = Каждую грамоту отдельным файлом в папку
awards-print-lang-label = Язык грамот
awards-print-start = Печатать…
awards-print-cancel = Остановить
awards-print-stopping = Останавливается…
awards-print-one-file-hint = Все грамоты в одном PDF: удобно отправить на принтер. Номера в журнале даются всем сразу — или никому, если что-то не получилось.
awards-print-per-file-hint = Файл на каждую грамоту. Печать можно остановить: напечатанные сохранят свои номера, остальные номеров не получат.
awards-print-skipped = { $count ->
    [one] { $count } отмеченная номинация ещё не утверждена приказом — она пропущена.
    [few] { $count } отмеченные номинации ещё не утверждены приказом — они пропущены.
   *[other] { $count } отмеченных номинаций ещё не утверждены приказом — они пропущены.
}
awards-print-progress = Напечатано { $done } из { $total }
awards-print-waiting-file = Готовим файл и открываем его в программе просмотра…
awards-print-waiting-folder = Выберите папку для грамот…

awards-nominee-kind-person = Человек
awards-nominee-kind-family = Семья
awards-nominee-kind-collective = Коллектив
awards-nominee-kind-organisation = Организация
awards-role-teacher = Педагог
awards-role-partner = Представитель партнёра
awards-role-parent = Родитель
awards-role-pupil = Воспитанник
awards-role-other = Другое
awards-gender-female = Женский
awards-gender-male = Мужской
awards-gender-unknown = Не указан
awards-case-nominative = Именительный (кто?)
awards-case-dative = Дательный (кому?)
awards-case-genitive = Родительный (кого?)
awards-border-classic = Классическая двойная рамка
awards-border-ornament = Орнамент
awards-border-laurel = Лавровая ветвь
awards-border-ribbon = Лента
awards-border-simple = Простая линия
awards-order = № { $number } от { $date }
awards-order-no-date = № { $number }
awards-preview-loading = Грамота готовится…
awards-preview-failed = Не удалось показать грамоту. { $reason }
awards-preview-lang-label = Язык грамоты

awards-title-add-button = + Добавить номинацию
awards-title-add-title = Новая номинация из положения
awards-title-add-kind-label = Обычная награда в этой номинации

awards-kind-add-button = + Добавить вид награды
awards-kind-add-title = Новый вид награды
awards-kind-add-prints-label = Печатается грамота

nominee-import-title = Импорт номинаций из таблицы
nominee-import-lead = Файл CSV или XLSX, в котором каждая строка — награждаемый: например, список номинаций, составленный в Excel. Номинации будут добавлены как предложенные. Ничего не будет записано, пока вы не подтвердите импорт.
nominee-import-step-file = 1. Файл, год и язык
nominee-import-file-hint = CSV (UTF-8 или Windows-1251) или XLSX. Пол — «м» или «ж»; если его нет, он определяется по имени. Номинации, которых ещё нет в списке, будут добавлены.
nominee-import-year-label = Год награждения
nominee-import-reason-lang-label = Язык, на котором написано «за что»
nominee-import-field-surname = Фамилия
nominee-import-field-given-name = Имя
nominee-import-field-patronymic = Отчество
nominee-import-field-gender = Пол
nominee-import-field-role = Кем приходится организации
nominee-import-field-title = Номинация
nominee-import-field-reason = За что
nominee-import-summary-new-titles = Новые номинации, которые будут добавлены в список ({ $count }):
nominee-import-column-nominee = Кого награждают
nominee-import-column-dative = Кому (дательный падеж)
nominee-import-column-title = Номинация
nominee-import-title-new = новая
nominee-import-title-new-title = Такой номинации ещё нет — она будет добавлена
nominee-import-no-rows = В файле не найдено награждаемых. Проверьте, в каком столбце фамилия, и строку заголовков.

awards-form-new-title = Новая номинация
awards-form-edit-title = Изменение номинации
awards-form-error-summary = Номинация не сохранена. Исправьте ошибку и сохраните ещё раз.
awards-form-section-main = Номинация
awards-form-title-label = Номинация по положению
awards-form-title-choose = Выберите номинацию
awards-form-title-missing = Выберите номинацию из списка или добавьте свою.
awards-form-award-kind-label = Вид награды
awards-form-award-kind-of-title = Как в номинации: { $kind }
awards-form-award-kind-of-title-none = Как в номинации
awards-form-year-label = Год
awards-form-section-nominee = Кого награждают
awards-form-nominee-kind-label = Кто это
awards-form-role-label = Кем приходится организации
awards-form-surname-label = Фамилия
awards-form-given-name-label = Имя
awards-form-patronymic-label = Отчество
awards-form-gender-label = Пол
awards-form-name-label = Название
awards-form-name-placeholder-family = Семья Нурлановых
awards-form-name-placeholder-collective = Родительский комитет 3 «А» класса
awards-form-name-placeholder-organisation = Детская библиотека № 2
awards-form-declined-label = Так имя будет напечатано
awards-form-gender-guessed = Пол определён по имени: { $gender }. Если неверно, укажите его.
awards-form-gender-not-guessed = Пол по имени не определяется — имя не склоняется. Укажите пол или исправьте формы вручную.
awards-form-by-hand-label = Исправить вручную
awards-form-by-hand-hint = Пустое поле — форма, составленная программой.
awards-form-partner-label = Партнёр
awards-form-partner-clear = Убрать
awards-form-section-reason = За что
awards-form-reason-placeholder = за активное участие в жизни организации
awards-form-reason-hint = Печатается после имени. Заполните на тех языках, на которых печатаете грамоты; если языка нет, берётся первый заполненный.
awards-form-proposed-by-label = Кем предложено
awards-form-proposed-by-placeholder = например, методический совет
awards-form-notes-label = Примечания

awards-page-back-button = Награды
awards-page-error-title = Номинация не открывается
awards-page-year = { $year } год
awards-page-print-button = Печать грамоты…
awards-page-hand-over-button = Отметить вручение…
awards-page-edit-button = Изменить
awards-page-delete-button = Удалить
awards-page-facts-title = Сведения о номинации
awards-page-nominee-kind-label = Кто
awards-page-by-hand = исправлено вручную
awards-page-partner-label = Партнёр
awards-page-reason-label = За что
awards-page-proposed-by-label = Кем предложено
awards-page-order-label = Приказ
awards-page-not-approved = ещё не утверждена
awards-page-number-label = Грамота
awards-page-number = № { $number }
awards-page-issued-on = выдана { $date }
awards-page-no-number = номер будет дан при печати
awards-page-handed-on-label = Вручена
awards-page-notes-label = Примечания
awards-page-certificate-title = Грамота
awards-page-preview-button = Показать грамоту
awards-page-preview-lead = Грамота в том виде, в каком она будет напечатана сейчас. Просмотр ничего не меняет и номера не даёт.
awards-page-preview-hint = Так грамота будет напечатана сейчас; номер она получит при печати.
awards-page-preview-hint-numbered = Так грамота напечатается снова — под тем же номером.
awards-page-preview-label = Грамота: { $name }
awards-page-no-page = Этот вид награды не печатается: при «печати» ему только даётся номер в журнале.
awards-delete-title = Удалить номинацию?
awards-delete-text = Номинация «{ $name }» будет перемещена в корзину; её можно будет восстановить в течение 30 дней. Номинацию с напечатанной грамотой удалить нельзя.
awards-delete-ok = Удалить

awards-templates-title = Шаблоны грамот
awards-templates-error-summary = Шаблон не сохранён. Исправьте ошибку и сохраните ещё раз.
awards-templates-reset-button = Вернуть исходный вид
awards-templates-no-kinds = Нет видов награды, для которых печатается грамота.
awards-templates-which-label = Какой шаблон
awards-templates-kind-label = Вид награды
awards-templates-lang-label = Язык
awards-templates-state-edited = Шаблон изменён вами.
awards-templates-state-default = Исходный шаблон: он используется, пока вы его не сохраните.
awards-templates-section-words = Текст
awards-templates-title-label = Заголовок
awards-templates-lead-label = Перед именем
awards-templates-name-case-hint = «Награждается Иванова Мария Петровна» — именительный; «выражает благодарность Ивановой Марии Петровне» — дательный. Казахские имена не склоняются.
awards-templates-name-case-label = Падеж имени
awards-templates-closing-label = После «за что»
awards-templates-placeholders-lead = В тексте можно использовать подстановки:
awards-templates-placeholder-organisation = полное название организации
awards-templates-placeholder-nominee = кого награждают, в выбранном падеже
awards-templates-placeholder-reason = за что
awards-templates-placeholder-date = дата выдачи
awards-templates-placeholder-number = номер грамоты в журнале
awards-templates-placeholder-signer = руководитель, подписывающий грамоту
awards-templates-section-look = Оформление
awards-templates-border-label = Рамка
awards-templates-primary-label = Основной цвет
awards-templates-accent-label = Цвет украшений
awards-templates-landscape-label = Альбомная ориентация
awards-templates-show-logo-label = Логотип
awards-templates-show-signature-label = Подпись руководителя
awards-templates-show-stamp-label = Печать
awards-templates-images-hint = Логотип, подпись и печать берутся из профиля организации.
awards-templates-background-label = Фоновый рисунок
awards-templates-preview-title = Как будет напечатано
awards-templates-preview-label = Образец грамоты
awards-templates-preview-hint = Образец с условным награждаемым и номером; обновляется при каждом изменении.

awards-register-title = Журнал учёта выданных грамот
awards-register-lead = Номер грамоте даётся при печати, по порядку в пределах года, без пропусков; номера не переиспользуются.
awards-register-list-title = Выданные грамоты
awards-register-year-label = Год журнала
awards-register-all-years = Все годы
awards-register-column-number = №
awards-register-column-nominee = Кому выдана
awards-register-column-title = Номинация
awards-register-column-award = Вид награды
awards-register-column-order = Приказ
awards-register-column-issued = Дата выдачи
awards-register-empty = За этот год грамоты ещё не выдавались.
awards-check-title = Проверить грамоту
awards-check-label = Номер грамоты или текст QR-кода
awards-check-placeholder = 12/2026 или PDSK:12/2026:…
awards-check-button = Проверить
awards-check-hint = Введите номер с грамоты или вставьте текст её QR-кода (он начинается с PDSK:) — по коду видно, не изменена ли грамота.
awards-check-genuine = Грамота подлинная: код совпадает с журналом.
awards-check-mismatch = Номер есть в журнале, но код не совпадает: грамота могла быть изменена.
awards-check-number-only = Номер есть в журнале. Код не проверялся: для проверки вставьте текст QR-кода.
awards-check-not-found = Грамоты с таким номером в журнале нет.
awards-check-entry = № { $number }: { $nominee }, выдана { $date }
awards-check-open = Открыть номинацию
