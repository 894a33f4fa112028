# Ядро хабарлары: қателер, пішін өрістері, кірістірілген анықтамалықтар, пәрмен жолы.

## Қателер (error-<код>; $field — өріс атауы)
error-name-empty = Атауын көрсетіңіз.
error-too-long = «{ $field }» өрісі тым ұзын: { $max } таңбадан аспауы керек.
error-email-invalid = «{ $field }» өрісіндегі электрондық пошта мекенжайы дұрыс емес (мысалы: school4@edu.kz).
error-control-chars = «{ $field }» өрісінде көрінбейтін басқару таңбалары бар. Оларды өшіріп, қайталаңыз.
error-contact-name-empty = { $index }-байланыс тұлғасының аты-жөні көрсетілмеген.
error-not-found = Табылмады: { $entity } «{ $id }». Жазба басқа жерде өзгертілген болуы мүмкін; тізімді жаңартыңыз.
error-category-unknown = «{ $value }» санаты белгісіз.
error-catalog-name-empty = Жаңа жазбаның атауын кемінде бір тілде көрсетіңіз.
error-date-invalid = «{ $field }»: «{ $value }» — күн емес.
error-date-order = Аяқталу күні басталу күнінен ерте.
error-pattern-invalid = «{ $value }» нөмір үлгісінде {"{"}n{"}"} — нөмірдің орны — және жыл: {"{"}yyyy{"}"} немесе {"{"}yy{"}"} болуы керек.
error-already-registered = Шарт № { $number } болып тіркелген.
error-already-renewed = Бұл шарт ұзартылған.
error-agreement-terminated = Шарт бұзылған, оны өзгерту мүмкін емес.
error-image-invalid = Файл PNG немесе JPEG суреті емес.
error-image-too-large = Сурет { $mb } МБ-тан үлкен. Оны кішірейтіңіз немесе сапасын төмендетіп сақтаңыз.
error-file-too-large = Файл { $mb } МБ-тан үлкен — бұл Partnerdesk экспорты емес. Ештеңе өзгертілмеді.
error-order-unknown = «{ $value }» реті белгісіз: by-date (күні бойынша) немесе by-partner (серіктестер бойынша) деп көрсетіңіз.
error-export-unreadable = Бұл файл Partnerdesk экспорты емес немесе бүлінген. Ештеңе өзгертілмеді.
error-language-unknown = «{ $value }» құжат тілі белгісіз: ru, kk, en немесе kk+ru көрсетіңіз.
error-viewer-failed = PDF «{ $path }» ішіне сақталды, бірақ оны ашу мүмкін болмады: PDF қарайтын бағдарлама жоқ.
error-out-of-range = «{ $field }»: { $min } мен { $max } аралығындағы санды көрсетіңіз.
error-profile-key-unknown = «{ $value }» профиль өрісі белгісіз. Өрістер: { $keys }.
error-partner-ambiguous = «{ $value }» атауымен бірнеше серіктес бар; серіктестің нөмірін (id) көрсетіңіз.
error-agreement-ambiguous = «{ $value }» нөмірлі шарттар бірнешеу; жазбаның нөмірін (id) көрсетіңіз.
error-date-outside-term = «{ $field }»: күн шарттың қолданылу мерзімінен тыс.
error-scan-invalid = Скан PDF, PNG немесе JPEG файлы болуы керек.
error-import-invalid = Файлды импорттау мүмкін емес: { $reason }. Ештеңе өзгертілмеді.
error-format-unknown = «{ $path }» файлының пішімі белгісіз: атауын .csv немесе .xlsx кеңейтімімен көрсетіңіз.
error-export-failed = Кестені жазу мүмкін болмады: { $reason }
error-database-too-new = Бұл дерекқор Partnerdesk-тің жаңарақ нұсқасымен сақталған (схема { $found }; бұл нұсқа { $supported } схемаға дейін біледі). Бағдарламаны жаңартыңыз; файл өзгертілген жоқ.
error-not-a-database = «{ $path }» файлы Partnerdesk дерекқоры емес. Ол өзгертілген жоқ.
error-database-corrupt = Дерекқор файлы зақымдалған. Ол өзгертілген жоқ; сақтық көшірмені ашыңыз.
error-database-not-empty = Тізілімде жазбалар бар, сондықтан ештеңе қосылмады: демо деректер мен JSON импорты тек бос базаны толтырады.
error-read-only = Дерекқорға жазу мүмкін емес: файл немесе қалта тек оқуға арналған.
error-disk-full = Диск толы: ештеңе сақталмады. Орын босатып, қайталаңыз.
error-database-busy = Дерекқорды басқа терезе немесе бағдарлама пайдаланып жатыр. Сәлден соң қайталаңыз.
error-storage = Дерекқор қатесі: { $reason }
error-file = «{ $path }» файлын пайдалану мүмкін емес: { $reason }

## Өрістер
field-name = Атауы
field-short-name = Қысқаша атауы
field-category = Санаты
field-address = Мекенжайы
field-phones = Телефондары
field-email = Эл. пошта
field-website = Сайты
field-notes = Ескертпелер
field-contact-name = Байланыс тұлғасының аты-жөні
field-contact-position = Лауазымы
field-contact-phone = Байланыс тұлғасының телефоны
field-contact-email = Байланыс тұлғасының эл. поштасы
field-catalog-name = Жазба атауы

field-partner = Серіктес
field-partner-number = Серіктестің нөмірі
field-title = Атауы
field-signed-on = Қол қойылған күні
field-valid-from = Басталу күні
field-valid-to = Аяқталу күні
field-partner-position = Қол қоюшының лауазымы
field-partner-head = Қол қоюшының аты-жөні
field-partner-in-person = Атынан
field-head-position = Басшының лауазымы
field-head-name = Басшының аты-жөні
field-head-in-person = Атынан (кіріспе үшін)
field-city = Қала
field-bin = БСН / ЖСН
field-bank-details = Банк деректемелері
field-number-pattern = Тіркеу нөмірінің үлгісі
field-start-number = Бастапқы нөмір
entity-partner = серіктес
entity-agreement = шарт
entity-contact = байланыс тұлғасы
entity-direction = жұмыс бағыты
entity-form = өзара іс-қимыл нысаны
entity-category = санат
entity-backup = сақтық көшірме
entity-clause = шарт тармағы
field-terminated-on = Бұзылған күні
field-clause = Шарттың тармағы
kind-internal = Ішкі
kind-external = Сыртқы

## Серіктестер санаттары
category-parents = Ата-аналар қауымдастығы
category-own-clubs = Орталықтың бірлестіктері
category-own-departments = Орталықтың бөлімдері
category-own-facilities = Орталықтың мұражайы мен тірі бұрышы
category-education = Білім беру ұйымдары
category-culture = Мәдениет мекемелері
category-sport-health = Спорт және денсаулық сақтау
category-safety = Құқық қорғау органдары және қауіпсіздік қызметтері
category-social = Әлеуметтік қорғау
category-akimat = Әкімдік бөлімдері
category-ngo = Қоғамдық ұйымдар
category-media = БАҚ
category-business = Бизнес және демеушілер

## Жұмыс бағыттары
direction-educational = Білім беру
direction-career-guidance = Кәсіптік бағдар беру
direction-health = Денсаулық сақтау
direction-social = Әлеуметтік
direction-sociocultural = Әлеуметтік-мәдени
direction-artistic = Көркемдік-эстетикалық
direction-patriotic = Патриоттық
direction-environmental = Экологиялық

## Өзара іс-қимыл нысандары
form-joint-events = Бірлескен іс-шаралар
form-meetings = Қызықты адамдармен кездесулер
form-consultations = Кеңес беру
form-round-tables = Дөңгелек үстелдер
form-excursions = Экскурсиялар
form-specialists = Мамандарды шақыру
form-master-classes = Шеберлік сабақтары
form-open-lessons = Ашық сабақтар
form-contests = Байқаулар
form-exhibitions = Көрмелер
form-campaigns = Акциялар
form-concerts = Концерттер
form-holidays = Мерекелер
form-parents-meetings = Ата-аналар жиналыстары
form-sponsorship = Демеушілік көмек

## Пәрмен жолы
cli-error = Қате
cli-demo-loaded = Демо деректер жүктелді: { $count } серіктес.
cli-similar-warning = Назар аударыңыз: атауы өте ұқсас серіктес бар: «{ $name }».
cli-restored = Дерекқор көшірмеден қалпына келтірілді: { $count } серіктес.
cli-check-ok = Дерекқор дұрыс: схема { $version }, серіктестер: { $partners }, сақтық көшірмелер: { $backups }.
cli-check-damaged = Дерекқор зақымдалған (схема { $version }). Оны сақтық көшірмеден қалпына келтіріңіз.

## Agreement statuses (the interface, the command line, registers)
status-draft = Жоба
status-active = Қолданыста
status-expiring = Мерзімі аяқталуда
status-expired = Мерзімі өткен
status-terminated = Бұзылған
status-renewed = Ұзартылған

## Тізілім кестелері (CSV, XLSX)
table-partners-title = Серіктестер тізілімі
table-partners-name = Атауы
table-partners-short-name = Қысқаша атауы
table-partners-category = Санаты
table-partners-kind = Түрі
table-partners-address = Мекенжайы
table-partners-phones = Телефондары
table-partners-email = Эл. пошта
table-partners-website = Сайты
table-partners-contacts = Байланыс тұлғалары
table-partners-notes = Ескертпелер
table-partners-archived = Мұрағатта
table-agreements-title = Шарттар тізілімі
table-agreements-number = Тіркеу нөмірі
table-agreements-partner-number = Серіктестің нөмірі
table-agreements-partner = Серіктес
table-agreements-title-col = Атауы
table-agreements-signed-on = Қол қойылған күні
table-agreements-valid-from = Басталу күні
table-agreements-valid-to = Аяқталу күні
table-agreements-status = Мәртебесі
table-agreements-terminated-on = Бұзылған күні

# Басылған жылдық жоспар
plan-doc-approved = БЕКІТЕМІН
plan-doc-date-blank = 20___ жылғы «___» ____________
plan-doc-title-school = { $period } оқу жылына арналған әлеуметтік серіктестермен жұмыстың кешенді жоспары
plan-doc-title-calendar = { $period } жылға арналған әлеуметтік серіктестермен жұмыстың кешенді жоспары
plan-doc-subject = Әлеуметтік серіктестік
plan-doc-empty = Жоспарда әзірге жол жоқ.
plan-file-name = Жоспар { $period } ({ $lang })
plan-col-partner = Әлеуметтік серіктес
plan-col-goal = Өзара іс-қимылдың сипаттамасы / мақсаты
plan-col-activities = Өзара іс-қимыл түрлері (іс-шаралар)
plan-col-period = Мерзімі
plan-col-responsible = Жауаптылар
plan-col-social-effect = Күтілетін әлеуметтік нәтиже

# Білім бөліміне есептер
report-month-title = { $year } жылғы { $month } айындағы әлеуметтік серіктестермен жұмыс туралы ақпарат
report-month-sheet = Айлық ақпарат
report-col-number = №
report-col-partner = Әлеуметтік серіктес
report-col-event = Іс-шара / түрі
report-col-date-place = Күні, өтетін орны
report-col-participants = Қатысушылар
report-col-responsible = Жауапты
report-col-media = БАҚ-та жариялануы
report-participants-children = балалар: { $count }
report-participants-parents = ата-аналар: { $count }
report-participants-teachers = педагогтер: { $count }
report-participants-others = басқалар: { $count }

report-empty = Бұл кезеңде іс-шаралар жазылмаған.
report-file-name = Серіктестермен жұмыс туралы есеп { $month } ({ $lang })
report-year-title-school = { $period } оқу жылындағы әлеуметтік серіктестермен жұмыстың қорытындысы
report-year-title-calendar = { $period } жылғы әлеуметтік серіктестермен жұмыстың қорытындысы
report-col-month = Ай
report-col-planned = Жоспарланды
report-col-held = Өткізілді
report-col-category = Санаты
report-col-fulfilment = Жоспардың орындалуы
report-year-sheet = Жыл қорытындысы
report-year-file-name = Жыл қорытындысы { $period } ({ $lang })
report-col-indicator = Көрсеткіш
report-col-value = Мәні
report-ind-events = Өткізілген іс-шаралар
report-ind-fulfilment = Жоспардың орындалуы
report-ind-participants = Қатысушылар
report-ind-with-parents = Ата-аналар қатысқан іс-шаралар
report-ind-by-parents = Ата-аналар ұйымдастырған іс-шаралар
report-ind-per-100 = 100 тәрбиеленушіге шаққанда ата-аналар ұйымдастырған іс-шаралар
report-pupils = тәрбиеленуші
report-no-pupils = ұйым профилінде тәрбиеленушілер саны көрсетілмеген
report-by-month = Айлар бойынша
report-planned-held = жоспарланды / өткізілді
report-by-partner = Серіктестер бойынша
report-held-fulfilment = өткізілді / жоспардың орындалуы

error-period-invalid = «{ $value }» іс-шарасының «{ $field }» жарамсыз. Айларды, тоқсандарды, «жыл бойы», «жылына N рет» (1-ден 366-ға дейін) немесе жоспар кезеңіндегі күндерді таңдаңыз.
error-plan-exists = { $value } жоспары бар. Соны ашыңыз немесе келесі кезеңге көшіріңіз.
error-has-events = Ол бойынша өткізілген іс-шаралар жазылған ({ $count }); жоспар тарихы сақталады, сондықтан жоюға болмайды.
error-activity-other-partner = Таңдалған жоспар іс-шарасы басқа серіктеске тиесілі.
error-month-invalid = «{ $value }» — ай да (ЖЖЖЖ-АА), жоспар кезеңі де (2026 немесе 2026-2027) емес.
error-required = «{ $field }» өрісін толтырыңыз.
field-period = Мерзімі
field-goal = Өзара іс-қимыл мақсаты
field-activity = Іс-шара
field-responsible = Жауаптылар
field-social-effect = Әлеуметтік нәтиже
field-held-on = Өткізілген күні
field-time = Уақыты
field-place = Өтетін орны
field-ages = Қатысушылардың жасы
field-result = Нәтижесі
field-media-link = Жарияланымға сілтеме
field-approver-position = Бекітушінің лауазымы
field-approver-name = Бекітуші
field-approved-on = Бекітілген күні
field-approval-order = Бұйрық
field-pupil-count = Тәрбиеленушілер саны
field-participants = Қатысушылар
field-year = Жыл
entity-plan = жоспар
entity-plan-row = жоспар жолы
entity-event = іс-шара
entity-activity = жоспар іс-шарасы
entity-photo = фотосурет

# Where a planned activity stands
activity-status-done = Орындалды
activity-status-overdue = Мерзімі өтті
activity-status-due = Осы айда
activity-status-planned = Жоспарланған
report-total = Барлық іс-шаралар: { $count }. Қатысушылар — { $participants }.

# Жоспарды CSV немесе XLSX файлынан импорттау
error-import-refused = { $count } жолды импорттауға болмайды; ештеңе импортталмады. Оларды файлда түзетіңіз немесе тек қабылданған жолдарды импорттаңыз.
import-issue-partner-empty = Серіктес көрсетілмеген.
import-issue-text-invalid = Мәтінді қабылдауға болмайды: { $reason }
import-issue-cell-too-long = Ұяшық { $max } таңбадан ұзын.
import-issue-partner-similar = Бұрыннан бар «{ $name }» серіктесіне ұқсайды; жаңа серіктес қосылады.
import-issue-period-unread = «{ $value }» мерзімі танылмады; «Жыл бойы» деп жазылды.
import-group-other = Басқа серіктестер
import-no-partner-column = Серіктес қай бағанда екенін көрсетіңіз.
cli-import-line = { $line }-жол
cli-plan-imported = Жоспардың импортталған жолдары: { $count }; жаңа серіктестер: { $partners }; қабылданбаған жолдар: { $refused }.

# Себет және болдырмау
error-in-trash = { $value } жоспары себетте жатыр. Оны себеттен қалпына келтіріңіз.
error-nothing-to-undo = Болдырмайтын ештеңе жоқ: соңғы өзгеріс болдырылған.
import-issue-partner-exists = «{ $name }» тізілімде бар.
import-issue-partner-repeated = «{ $name }» осы файлда жоғарыда кездеседі.
import-no-name-column = Серіктестің атауы қай бағанда екенін көрсетіңіз.
cli-partners-imported = Импортталған серіктестер: { $count }; қабылданбаған жолдар: { $refused }.

# Өткізілген іс-шаралар кестесі
table-events-title = Өткізілген іс-шаралар
table-events-date = Күні
table-events-time = Уақыты
table-events-partner = Серіктес
table-events-title-col = Іс-шара
table-events-form = Түрі
table-events-place = Орны
table-events-children = Балалар
table-events-parents = Ата-аналар
table-events-teachers = Педагогтер
table-events-others = Басқалар
table-events-ages = Жасы
table-events-by-parents = Ата-аналар ұйымдастырды
table-events-responsible = Жауапты
table-events-result = Нәтижесі
table-events-media = Жарияланым
table-events-activity = Жоспар іс-шарасы
table-yes = иә
table-no = жоқ

# Марапаттау
award-kind-gramota = Мадақтама
award-kind-thanks = Алғыс хат
award-kind-diploma = Диплом
award-kind-prize = Бағалы сыйлық
nomination-title-best-parents-committee = Үздік ата-аналар комитеті
nomination-title-most-active-parent = Ең белсенді ата-ана
nomination-title-friendly-family = Тату отбасы
nomination-title-best-parents-collective = Үздік ата-аналар ұжымы
nomination-title-parents-methodist = Ата-аналармен жұмыс жөніндегі әдіскер
nomination-title-best-partner = Үздік әлеуметтік серіктес
nomination-title-book-of-honour = Құрмет кітабы
nomination-status-proposed = Ұсынылды
nomination-status-approved = Бекітілді
nomination-status-printed = Басылды
nomination-status-handed = Табысталды
error-not-approved = Номинация әлі бұйрықпен бекітілмеген.
field-surname = Тегі
field-given-name = Аты
field-patronymic = Әкесінің аты
field-name-dative = Кімге (барыс септік)
field-name-genitive = Кімнің (ілік септік)
field-reason = Не үшін
field-proposed-by = Кім ұсынды
entity-nomination = номинация
entity-nomination-title = ереже бойынша номинация
entity-award-kind = марапат түрі
entity-certificate = мадақтама
import-issue-gender-unknown = Жынысы көрсетілмеген және есімнен анықталмайды: көрсетілгенше есім септелмейді.
import-no-surname-column = Тегі қай бағанда екенін көрсетіңіз.
cli-nominees-imported = Импортталған номинациялар: { $count }; қабылданбаған жолдар: { $refused }.
cli-nominations-approved = Бекітілген номинациялар: { $count }.
cli-certificate-found = № { $number }: { $nominee }, { $issued } берілді.
cli-certificate-mismatch = № { $number } журналда бар ({ $nominee }, { $issued }), бірақ коды сәйкес емес: мадақтама өзгертілген болуы мүмкін.
cli-case-dative = Кімге
cli-case-genitive = Кімнің
error-code-mismatch = Мадақтаманың коды журналмен сәйкес емес: ол өзгертілген болуы мүмкін.

# Берілген мадақтамалар журналы
table-certificates-title = Берілген мадақтамаларды есепке алу журналы
table-certificates-number = №
table-certificates-nominee = Кімге берілді
table-certificates-title-col = Номинация
table-certificates-award = Марапат түрі
table-certificates-order = Бұйрық
table-certificates-issued-on = Берілген күні
table-certificates-order-value = { $date } № { $number }
table-certificates-file-name = Мадақтамалар журналы { $year } ({ $lang })

# Certificates
error-colour-invalid = «{ $value }» — түс емес: оны #RRGGBB түрінде көрсетіңіз.
certificate-gramota-title = МАДАҚТАМА
certificate-gramota-lead = { "" }
certificate-gramota-closing = марапатталады
certificate-thanks-title = АЛҒЫС ХАТ
certificate-thanks-lead = Құрметті
certificate-thanks-closing = алғыс білдіреміз
certificate-diploma-title = ДИПЛОМ
certificate-diploma-lead = { "" }
certificate-diploma-closing = марапатталады
certificate-prize-title = БАҒАЛЫ СЫЙЛЫҚ
certificate-prize-lead = { "" }
certificate-prize-closing = табысталады
certificate-stamp = М.О.
certificate-number = № { $number }
certificate-place-date = { $city }, { $date }
certificate-sample-nominee = Сейтқали Айгерім Болатқызы
certificate-sample-reason = ұйым өміріне белсене қатысқаны үшін
certificate-file-name = { $number } { $nominee }
error-nothing-to-print = Басатын ештеңе жоқ: таңдалғандардың ішінде мадақтамасы бар марапат жоқ (бағалы сыйлық басылмайды). Ештеңе өзгертілмеді.
error-register-no-undo = Бұл өзгерісті болдырмауға болмайды: ол журналда нөмір берді, ал нөмірлер қайтарылмайды және қайта қолданылмайды.
error-no-file-chosen = Алдымен импорттайтын файлды таңдаңыз.
field-certificate-pattern = Мадақтама нөмірінің үлгісі
error-table-too-large = Кесте тым үлкен: { $max } жолдан және { $mb } МБ-тан аспауы керек. Оны бөліктерге бөліңіз.
error-table-empty = Кітапта бірде-бір парақ жоқ.
error-file-exists = «{ $path }» файлы бар. Жаңа атау таңдаңыз: бар файлдың үстіне жазылмайды.
certificate-combined-file-name = Мадақтамалар { $date }

## The album of cooperation
album-title = Әлеуметтік серіктестермен ынтымақтастық альбомы
album-period-school = { $period } оқу жылы
album-period-calendar = { $period } жыл
album-summary = Іс-шаралар: { $events } · Серіктестер: { $partners } · Қатысушылар: { $participants }
album-participants = Қатысушылар — { $participants }
album-date-time = { $date }, { $time }
album-when-where = { $when } · { $place }
album-photo-unread = «{ $name }» фотосуретін оқу мүмкін болмады.
album-photos-more = Тағы фото: { $count }
album-empty = Бұл кезеңде өткізілген бірде-бір іс-шара белгіленбеген.
album-file-name = Ынтымақтастық альбомы { $period } ({ $lang })
