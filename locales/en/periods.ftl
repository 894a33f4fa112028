# Plan periods: months, quarters, «throughout the year», «N times a year».

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
period-year = Throughout the year
period-times = { $count ->
    [one] Once a year
    [2] Twice a year
   *[other] { $count } times a year
}
period-each-quarter = Once a quarter
period-quarters = { $count ->
    [one] Quarter { $list }
   *[other] Quarters { $list }
}
