# Сообщения ядра: ошибки, поля форм, встроенные справочники, командная строка.

## Ошибки (error-<код>; $field — название поля)
error-name-empty = Укажите название.
error-too-long = Поле «{ $field }» слишком длинное: не более { $max } { $max ->
        [one] символа
       *[other] символов
    }.
error-email-invalid = В поле «{ $field }» указан неверный адрес электронной почты (пример: school4@edu.kz).
error-control-chars = В поле «{ $field }» есть невидимые управляющие символы. Удалите их и повторите.
error-contact-name-empty = У контактного лица № { $index } не указано ФИО.
error-not-found = Не найдено: { $entity } «{ $id }». Возможно, запись изменена в другом месте; обновите список.
error-category-unknown = Неизвестная категория «{ $value }».
error-catalog-name-empty = Укажите название новой записи хотя бы на одном языке.
error-date-invalid = «{ $field }»: «{ $value }» — это не дата.
error-date-order = Дата окончания раньше даты начала.
error-pattern-invalid = Шаблон номера «{ $value }» должен содержать {"{"}n{"}"} — место номера — и год: {"{"}yyyy{"}"} или {"{"}yy{"}"}.
error-already-registered = Договор уже зарегистрирован под № { $number }.
error-already-renewed = Этот договор уже продлён.
error-agreement-terminated = Договор расторгнут, изменить его нельзя.
error-image-invalid = Файл не является изображением PNG или JPEG.
error-image-too-large = Изображение больше { $mb } МБ. Уменьшите его или сохраните с меньшим качеством.
error-file-too-large = Файл больше { $mb } МБ — это не экспорт Partnerdesk. Ничего не изменено.
error-order-unknown = Неизвестный порядок «{ $value }»: укажите by-date (по дате) или by-partner (по партнёрам).
error-export-unreadable = Этот файл не является экспортом Partnerdesk или повреждён. Ничего не изменено.
error-language-unknown = Неизвестный язык документа «{ $value }»: укажите ru, kk, en или kk+ru.
error-viewer-failed = PDF сохранён в «{ $path }», но открыть его не удалось: нет программы для просмотра PDF.
error-out-of-range = «{ $field }»: укажите число от { $min } до { $max }.
error-profile-key-unknown = Неизвестное поле профиля «{ $value }». Поля: { $keys }.
error-partner-ambiguous = Партнёров с названием «{ $value }» несколько; укажите номер (id) партнёра.
error-agreement-ambiguous = Договоров с номером «{ $value }» несколько; укажите номер записи (id).
error-date-outside-term = «{ $field }»: дата вне срока действия договора.
error-scan-invalid = Скан должен быть файлом PDF, PNG или JPEG.
error-import-invalid = Файл нельзя импортировать: { $reason }. Ничего не изменено.
error-format-unknown = Неизвестный формат файла «{ $path }»: укажите имя с расширением .csv или .xlsx.
error-export-failed = Таблицу не удалось записать: { $reason }
error-database-too-new = Эта база данных сохранена более новой версией Partnerdesk (схема { $found }; эта версия знает схемы до { $supported }). Обновите программу; файл не изменён.
error-not-a-database = Файл «{ $path }» не является базой данных Partnerdesk. Он не изменён.
error-database-corrupt = Файл базы данных повреждён. Он не изменён; откройте резервную копию.
error-database-not-empty = В реестре уже есть записи, поэтому ничего не добавлено: демонстрационные данные и импорт из JSON заполняют только пустую базу.
error-read-only = В базу данных нельзя записать: файл или папка доступны только для чтения.
error-disk-full = Диск заполнен: ничего не сохранено. Освободите место и повторите.
error-database-busy = База данных занята другим окном или программой. Повторите через минуту.
error-storage = Ошибка базы данных: { $reason }
error-file = Не удаётся использовать файл «{ $path }»: { $reason }

## Поля
field-name = Название
field-short-name = Краткое название
field-category = Категория
field-address = Адрес
field-phones = Телефоны
field-email = Эл. почта
field-website = Сайт
field-notes = Примечания
field-contact-name = ФИО контактного лица
field-contact-position = Должность
field-contact-phone = Телефон контактного лица
field-contact-email = Эл. почта контактного лица
field-catalog-name = Название записи

field-partner = Партнёр
field-partner-number = Номер партнёра
field-title = Название
field-signed-on = Дата подписания
field-valid-from = Действует с
field-valid-to = Действует по
field-partner-position = Должность подписанта
field-partner-head = ФИО подписанта
field-partner-in-person = В лице
field-head-position = Должность руководителя
field-head-name = ФИО руководителя
field-head-in-person = В лице (для преамбулы)
field-city = Город
field-bin = БИН / ИНН
field-bank-details = Банковские реквизиты
field-number-pattern = Шаблон регистрационного номера
field-start-number = Начальный номер
entity-partner = партнёр
entity-agreement = договор
entity-contact = контактное лицо
entity-direction = направление работы
entity-form = форма взаимодействия
entity-category = категория
entity-backup = резервная копия
entity-clause = пункт договора
field-terminated-on = Дата расторжения
field-clause = Пункт договора
kind-internal = Внутренний
kind-external = Внешний

## Категории партнёров
category-parents = Родительская общественность
category-own-clubs = Объединения центра
category-own-departments = Отделы центра
category-own-facilities = Музей и живой уголок центра
category-education = Образовательные организации
category-culture = Учреждения культуры
category-sport-health = Спорт и здравоохранение
category-safety = Правоохранительные органы и службы безопасности
category-social = Социальная защита
category-akimat = Отделы акимата
category-ngo = Общественные организации
category-media = СМИ
category-business = Бизнес и спонсоры

## Направления работы
direction-educational = Образовательное
direction-career-guidance = Профориентационное
direction-health = Здоровьесберегающее
direction-social = Социальное
direction-sociocultural = Социокультурное
direction-artistic = Художественно-эстетическое
direction-patriotic = Патриотическое
direction-environmental = Экологическое

## Формы взаимодействия
form-joint-events = Совместные мероприятия
form-meetings = Встречи с интересными людьми
form-consultations = Консультации
form-round-tables = Круглые столы
form-excursions = Экскурсии
form-specialists = Приглашение специалистов
form-master-classes = Мастер-классы
form-open-lessons = Открытые занятия
form-contests = Конкурсы
form-exhibitions = Выставки
form-campaigns = Акции
form-concerts = Концерты
form-holidays = Праздники
form-parents-meetings = Родительские собрания
form-sponsorship = Спонсорская помощь

## Командная строка
cli-error = Ошибка
cli-demo-loaded = Демонстрационные данные загружены: { $count ->
        [one] { $count } партнёр
        [few] { $count } партнёра
       *[many] { $count } партнёров
    }.
cli-similar-warning = Внимание: партнёр с очень похожим названием уже есть: «{ $name }».
cli-restored = База данных восстановлена из копии: { $count ->
        [one] { $count } партнёр
        [few] { $count } партнёра
       *[many] { $count } партнёров
    }.
cli-check-ok = База данных в порядке: схема { $version }, партнёров: { $partners }, резервных копий: { $backups }.
cli-check-damaged = База данных повреждена (схема { $version }). Восстановите её из резервной копии.

## Agreement statuses (the interface, the command line, registers)
status-draft = Черновик
status-active = Действует
status-expiring = Истекает
status-expired = Истёк
status-terminated = Расторгнут
status-renewed = Продлён

## Таблицы реестров (CSV, XLSX)
table-partners-title = Реестр партнёров
table-partners-name = Название
table-partners-short-name = Краткое название
table-partners-category = Категория
table-partners-kind = Вид
table-partners-address = Адрес
table-partners-phones = Телефоны
table-partners-email = Эл. почта
table-partners-website = Сайт
table-partners-contacts = Контактные лица
table-partners-notes = Примечания
table-partners-archived = В архиве с
table-agreements-title = Реестр договоров
table-agreements-number = Рег. номер
table-agreements-partner-number = Номер партнёра
table-agreements-partner = Партнёр
table-agreements-title-col = Название
table-agreements-signed-on = Дата подписания
table-agreements-valid-from = Действует с
table-agreements-valid-to = Действует по
table-agreements-status = Статус
table-agreements-terminated-on = Расторгнут

# The yearly plan as printed
plan-doc-approved = УТВЕРЖДАЮ
plan-doc-date-blank = «___» ____________ 20___ г.
plan-doc-title-school = Комплексный план работы с социальными партнёрами на { $period } учебный год
plan-doc-title-calendar = Комплексный план работы с социальными партнёрами на { $period } год
plan-doc-subject = Социальное партнёрство
plan-doc-empty = В плане пока нет строк.
plan-file-name = План { $period } ({ $lang })
plan-col-partner = Социальный партнёр
plan-col-goal = Характеристика / цель взаимодействия
plan-col-activities = Формы взаимодействия (мероприятия)
plan-col-period = Сроки
plan-col-responsible = Ответственные
plan-col-social-effect = Ожидаемый социальный эффект

# Reports to the education department
report-month-title = Информация о работе с социальными партнёрами за { $month } { $year } года
report-month-sheet = Информация за месяц
report-col-number = №
report-col-partner = Социальный партнёр
report-col-event = Мероприятие / форма
report-col-date-place = Дата, место
report-col-participants = Участники
report-col-responsible = Ответственный
report-col-media = Освещение в СМИ
report-participants-children = дети: { $count }
report-participants-parents = родители: { $count }
report-participants-teachers = педагоги: { $count }
report-participants-others = другие: { $count }

report-empty = За этот период мероприятий не записано.
report-file-name = Отчёт о работе с партнёрами { $month } ({ $lang })
report-year-title-school = Итоги работы с социальными партнёрами за { $period } учебный год
report-year-title-calendar = Итоги работы с социальными партнёрами за { $period } год
report-col-month = Месяц
report-col-planned = Запланировано
report-col-held = Проведено
report-col-category = Категория
report-col-fulfilment = Выполнение плана
report-year-sheet = Итоги года
report-year-file-name = Итоги года { $period } ({ $lang })
report-col-indicator = Показатель
report-col-value = Значение
report-ind-events = Проведено мероприятий
report-ind-fulfilment = Выполнение плана
report-ind-participants = Участники
report-ind-with-parents = Мероприятия с участием родителей
report-ind-by-parents = Мероприятия, организованные родителями
report-ind-per-100 = Мероприятий, организованных родителями, на 100 воспитанников
report-pupils = воспитанников
report-no-pupils = не указано число воспитанников в профиле организации
report-by-month = По месяцам
report-planned-held = запланировано / проведено
report-by-partner = По партнёрам
report-held-fulfilment = проведено / выполнение плана

error-period-invalid = «{ $field }» мероприятия «{ $value }» не подходит. Выберите месяцы, кварталы, «в течение года», «N раз в год» (от 1 до 366) или даты внутри периода плана.
error-plan-exists = План на { $value } уже есть. Откройте его или перенесите на следующий период.
error-has-events = По нему уже записаны проведённые мероприятия ({ $count }); история плана сохраняется, поэтому удалить нельзя.
error-activity-other-partner = Выбранное мероприятие плана относится к другому партнёру.
error-month-invalid = «{ $value }» — не месяц (ГГГГ-ММ) и не период плана (2026 или 2026-2027).
error-required = Заполните поле «{ $field }».
field-period = Сроки
field-goal = Цель взаимодействия
field-activity = Мероприятие
field-responsible = Ответственные
field-social-effect = Социальный эффект
field-held-on = Дата проведения
field-time = Время
field-place = Место
field-ages = Возраст участников
field-result = Результат
field-media-link = Ссылка на публикацию
field-approver-position = Должность утверждающего
field-approver-name = Утверждающий
field-approved-on = Дата утверждения
field-approval-order = Приказ
field-pupil-count = Число воспитанников
field-participants = Участники
field-year = Год
entity-plan = план
entity-plan-row = строка плана
entity-event = мероприятие
entity-activity = мероприятие плана
entity-photo = фотография

# Where a planned activity stands
activity-status-done = Выполнено
activity-status-overdue = Просрочено
activity-status-due = В этом месяце
activity-status-planned = Запланировано
report-total = Всего мероприятий: { $count }. Участники — { $participants }.

# Importing a plan from CSV or XLSX
error-import-refused = { $count ->
    [one] { $count } строку нельзя импортировать
    [few] { $count } строки нельзя импортировать
   *[other] { $count } строк нельзя импортировать
}; ничего не импортировано. Исправьте их в файле или импортируйте только принятые строки.
import-issue-partner-empty = Не указан партнёр.
import-issue-text-invalid = Текст нельзя принять: { $reason }
import-issue-cell-too-long = Ячейка длиннее { $max } символов.
import-issue-partner-similar = Похож на партнёра «{ $name }», который уже есть; будет добавлен новый.
import-issue-period-unread = Срок «{ $value }» не распознан; записан как «В течение года».
import-group-other = Прочие партнёры
import-no-partner-column = Укажите, в каком столбце партнёр.
cli-import-line = строка { $line }
cli-plan-imported = Импортировано строк плана: { $count }; новых партнёров: { $partners }; не принято строк: { $refused }.

# The trash and undo
error-in-trash = План на { $value } лежит в корзине. Восстановите его из корзины.
error-nothing-to-undo = Отменять нечего: последнее изменение уже отменено.
import-issue-partner-exists = «{ $name }» уже есть в реестре.
import-issue-partner-repeated = «{ $name }» уже встречается выше в этом файле.
import-no-name-column = Укажите, в каком столбце название партнёра.
cli-partners-imported = Импортировано партнёров: { $count }; не принято строк: { $refused }.

# The register of events held, as a table
table-events-title = Проведённые мероприятия
table-events-date = Дата
table-events-time = Время
table-events-partner = Партнёр
table-events-title-col = Мероприятие
table-events-form = Форма
table-events-place = Место
table-events-children = Дети
table-events-parents = Родители
table-events-teachers = Педагоги
table-events-others = Другие
table-events-ages = Возраст
table-events-by-parents = Организовано родителями
table-events-responsible = Ответственный
table-events-result = Результат
table-events-media = Публикация
table-events-activity = Мероприятие плана
table-yes = да
table-no = нет

# Awards
award-kind-gramota = Грамота
award-kind-thanks = Благодарственное письмо
award-kind-diploma = Диплом
award-kind-prize = Ценный приз
nomination-title-best-parents-committee = Лучший родительский комитет
nomination-title-most-active-parent = Самый активный родитель
nomination-title-friendly-family = Дружная семья
nomination-title-best-parents-collective = Лучший коллектив родителей
nomination-title-parents-methodist = Методист по работе с родителями
nomination-title-best-partner = Лучший социальный партнёр
nomination-title-book-of-honour = Книга почёта
nomination-status-proposed = Предложена
nomination-status-approved = Утверждена
nomination-status-printed = Напечатана
nomination-status-handed = Вручена
error-not-approved = Номинация ещё не утверждена приказом.
field-surname = Фамилия
field-given-name = Имя
field-patronymic = Отчество
field-name-dative = Кому (дательный падеж)
field-name-genitive = Кого (родительный падеж)
field-reason = За что
field-proposed-by = Кем предложено
entity-nomination = номинация
entity-nomination-title = номинация из положения
entity-award-kind = вид награды
entity-certificate = грамота
import-issue-gender-unknown = Пол не указан и не угадывается по имени: имя не будет склоняться, пока его не укажут.
import-no-surname-column = Укажите, в каком столбце фамилия.
cli-nominees-imported = Импортировано номинаций: { $count }; не принято строк: { $refused }.
cli-nominations-approved = Утверждено номинаций: { $count }.
cli-certificate-found = № { $number }: { $nominee }, выдана { $issued }.
cli-certificate-mismatch = № { $number } есть в журнале ({ $nominee }, { $issued }), но код не совпадает: грамота могла быть изменена.
cli-case-dative = Кому
cli-case-genitive = Кого
error-code-mismatch = Код грамоты не совпадает с журналом: грамота могла быть изменена.

# The journal of issued certificates
table-certificates-title = Журнал учёта выданных грамот
table-certificates-number = №
table-certificates-nominee = Кому выдана
table-certificates-title-col = Номинация
table-certificates-award = Вид награды
table-certificates-order = Приказ
table-certificates-issued-on = Дата выдачи
table-certificates-order-value = № { $number } от { $date }
table-certificates-file-name = Журнал грамот { $year } ({ $lang })

# Certificates
error-colour-invalid = «{ $value }» — не цвет: укажите его как #RRGGBB.
certificate-gramota-title = ГРАМОТА
certificate-gramota-lead = награждается
certificate-gramota-closing = { "" }
certificate-thanks-title = БЛАГОДАРСТВЕННОЕ ПИСЬМО
certificate-thanks-lead = выражает благодарность
certificate-thanks-closing = { "" }
certificate-diploma-title = ДИПЛОМ
certificate-diploma-lead = награждается
certificate-diploma-closing = { "" }
certificate-prize-title = ЦЕННЫЙ ПРИЗ
certificate-prize-lead = вручается
certificate-prize-closing = { "" }
certificate-stamp = М.П.
certificate-number = № { $number }
certificate-place-date = { $city }, { $date }
certificate-sample-nominee = Иванова Мария Петровна
certificate-sample-reason = за активное участие в жизни организации
certificate-file-name = { $number } { $nominee }
error-nothing-to-print = Печатать нечего: среди выбранных нет наград с грамотой (ценный приз не печатается). Ничего не изменено.
error-register-no-undo = Это изменение нельзя отменить: оно выдало номер в журнале, а номера не отзываются и не используются повторно.
error-no-file-chosen = Сначала выберите файл для импорта.
field-certificate-pattern = Шаблон номера грамот
error-table-too-large = Таблица слишком велика: не больше { $max } строк и { $mb } МБ. Разделите её на части.
error-table-empty = В книге нет ни одного листа.
error-file-exists = Файл «{ $path }» уже есть. Выберите новое имя: существующий файл не перезаписывается.
certificate-combined-file-name = Грамоты { $date }

## The album of cooperation
album-title = Альбом сотрудничества с социальными партнёрами
album-period-school = { $period } учебный год
album-period-calendar = { $period } год
album-summary = Мероприятий: { $events } · Партнёров: { $partners } · Участников: { $participants }
album-participants = Участники — { $participants }
album-date-time = { $date }, { $time }
album-when-where = { $when } · { $place }
album-photo-unread = Фото «{ $name }» не удалось прочитать.
album-photos-more = Ещё фото: { $count }
album-empty = За этот период не отмечено ни одного проведённого мероприятия.
album-file-name = Альбом сотрудничества { $period } ({ $lang })
