# Жоспар мерзімдері: айлар, тоқсандар, «жыл бойы», «жылына N рет».

month-1 = Қаңтар
month-2 = Ақпан
month-3 = Наурыз
month-4 = Сәуір
month-5 = Мамыр
month-6 = Маусым
month-7 = Шілде
month-8 = Тамыз
month-9 = Қыркүйек
month-10 = Қазан
month-11 = Қараша
month-12 = Желтоқсан
period-year = Жыл бойы
period-times = Жылына { $count } рет
period-each-quarter = Тоқсанына бір рет
period-quarters = { $list } тоқсан
