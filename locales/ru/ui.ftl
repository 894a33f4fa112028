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
nav-backups = Резервные копии
nav-profile = Организация
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
toast-close-label = Закрыть уведомление

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

## Реестр не открывается
open-error-title = Не удаётся открыть реестр
open-error-path-label = Файл базы данных
open-error-hint = Ничего не изменено. Закройте Partnerdesk, устраните причину и запустите программу снова.

## Список партнёров
partner-list-title = Партнёры
partner-list-new-button = Новый партнёр
partner-list-new-shortcut = Новый партнёр (Ctrl+N)
partner-list-search-label = Поиск партнёров
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
profile-section-register = Реестр договоров
profile-number-pattern-label = Шаблон номера
profile-start-number-label = Начальный номер
profile-number-pattern-hint = {"{"}n{"}"} — порядковый номер, {"{"}yyyy{"}"} — год, {"{"}yy{"}"} — две последние цифры года. Каждый год нумерация начинается с начального номера.
profile-number-example = Например: { $example }
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
