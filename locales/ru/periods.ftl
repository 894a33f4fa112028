# Сроки плана: месяцы, кварталы, «в течение года», «N раз в год».

month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь
period-year = В течение года
period-times = { $count ->
    [one] { $count } раз в год
    [few] { $count } раза в год
   *[other] { $count } раз в год
}
period-each-quarter = Один раз в квартал
period-quarters = { $list } { $count ->
    [one] квартал
   *[other] кварталы
}
