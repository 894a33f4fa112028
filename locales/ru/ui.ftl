# Тексты интерфейса (UI). Ошибки, названия полей и справочники — в core.ftl.

## Приложение
app-name = Partnerdesk
app-loading = Загрузка…
app-version = Версия { $version }
app-error-unexpected = Что-то пошло не так: { $reason }

## Боковая панель
nav-label = Разделы
nav-partners = Партнёры
lang-select-label = Язык интерфейса
lang-name-ru = Русский
lang-name-kk = Қазақша
lang-name-en = English

## Диалоги и уведомления
dialog-cancel-button = Отмена
toast-saved = Сохранено
toast-archived = Перенесено в архив
toast-restored = Восстановлено
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
partner-list-hint-move = выбрать
partner-list-hint-open = открыть
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

## Форма партнёра
partner-form-new-title = Новый партнёр
partner-form-edit-title = Изменение партнёра
partner-form-shortcuts-hint = Ctrl+S — сохранить, Esc — отмена
partner-form-save-button = Сохранить
partner-form-saving = Сохранение…
partner-form-cancel-button = Отмена
partner-form-error-summary = Партнёр не сохранён. Исправьте ошибку и сохраните ещё раз.
partner-form-section-main = Основное
partner-form-section-work = Сотрудничество
partner-form-section-reach = Как связаться
partner-form-section-contacts = Контактные лица
partner-form-required = обязательно
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
partner-form-discard-title = Не сохранять изменения?
partner-form-discard-text = Введённые данные ещё не сохранены и будут потеряны.
partner-form-discard-ok = Не сохранять
partner-form-keep-editing = Вернуться к форме

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
