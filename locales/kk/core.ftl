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
error-image-invalid = Файл PNG немесе JPEG суреті емес (немесе 5 МБ-тан үлкен).
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
error-database-not-empty = Тізілімде серіктестер бар, сондықтан демо деректер қосылмады.
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
field-title = Шарттың атауы
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
