# Self-check. Client screens: "ти", short and friendly. Worker screens: polite "вие". Never a verdict.

self-check-view = Самооценка
self-check-title = Самооценка
self-check-intro = Заедно разглеждаме 18 области от живота. Може на части, в няколко разговора: всичко се запазва веднага.
self-check-list-title = Самооценки в това досие
self-check-none = Все още няма самооценка в това досие.
self-check-start = Започни нова самооценка
self-check-item-title = Самооценка от { $date }
self-check-status-unfinished = Още не е завършена
self-check-status-complete = Попълнена изцяло
self-check-progress-client = Клиент: { $answered } от { $total } с отговор
self-check-progress-skipped =
    { $count ->
        [one] един пропуснат
       *[other] { $count } пропуснати
    }
self-check-progress-worker = Социален работник: { $scored } от { $total } с оценка
self-check-open = Отвори
self-check-delete = Изтрий
self-check-confirm-delete-title = Да се изтрие ли тази самооценка?
self-check-confirm-delete-body = Самооценката от { $date } ще бъде изтрита от това устройство. Това не може да бъде отменено.
self-check-confirm-delete-yes = Да, изтрий
self-check-back-to-list = Всички самооценки
self-check-mode-nav = Части на самооценката
self-check-mode-client = Клиентът попълва
self-check-mode-worker = Преценка на социалния работник
self-check-mode-summary = Обобщение

## Client (informal "ти")
self-check-client-progress = Въпрос { $current } от { $total }
self-check-client-answer-label = Твоят отговор
self-check-answer-good = Върви добре
self-check-answer-hard = Понякога е трудно
self-check-answer-big = Сега е голям проблем
self-check-answer-private = Предпочитам да не казвам
self-check-client-help = Искам помощ за това
self-check-client-note-label = Искаш ли да разкажеш нещо за това? С твои думи. Може и да остане празно.
self-check-client-skip = Ще отговоря по-късно
self-check-client-back = Назад
self-check-client-next = Напред
self-check-client-skipped-note = По-рано пропусна този въпрос. Можеш да отговориш сега или да го оставиш още малко.
self-check-client-saved = Всичко се запазва веднага. Можеш да спреш, когато пожелаеш.
self-check-client-end-title = Това беше последният въпрос. Благодаря ти!
self-check-client-end-body = Искаш ли да промениш нещо? Винаги можеш да се върнеш към някой въпрос.
self-check-client-end-open =
    { $count ->
        [one] Един въпрос още е без отговор:
       *[other] { $count } въпроса още са без отговор:
    }
self-check-client-go-to = Към { $domain }

## Questions for the client
self-check-q-money = Как си с парите, сметките и дълговете?
self-check-q-housing = Как е с жилището ти?
self-check-q-health = Как е здравето ти?
self-check-q-mind = Как се чувстваш напоследък?
self-check-q-addiction = Как е при теб с алкохола, наркотиците, хазарта или хапчетата?
self-check-q-family = Как върви грижата за децата ти или за някой друг?
self-check-q-childcare = Как е с яслата или с гледането на децата ти?
self-check-q-safety = Колко сигурно се чувстваш у дома?
self-check-q-network = Как е с хората около теб?
self-check-q-structure = Как е дневният ти ритъм: ставането сутрин, ходенето на срещи?
self-check-q-daily = Как върви с готвенето, прането и домакинството?
self-check-q-dutch = Как върви с говоренето и четенето на нидерландски?
self-check-q-learning = Как е с училището, курсовете и дипломите?
self-check-q-work = Как е с работата: какъв опит имаш, какво умееш?
self-check-q-attitude = Как се чувстваш, когато мислиш за следваща стъпка към работа или обучение?
self-check-q-mobility = Как е с придвижването: автобус, влак, колело или кола?
self-check-q-papers = Как е с документите, писмата и пребиваването ти?
self-check-q-digital = Как е с телефона, компютъра, имейла и itsme?

## Worker (polite "вие")
self-check-worker-intro = По една оценка за всяка област, по скалата на скрининга HIVA. При 3 или 4 можете да отбележите какво се отнася. Оценката е вашата преценка, редом с тази на клиента.
self-check-score-1 = 1 · Няма пречка
self-check-score-2 = 2 · Има пречка, но работа или обучение е възможно с подкрепа
self-check-score-3 = 3 · Има пречка: работа или обучение засега не е възможно
self-check-score-4 = 4 · Не мога (все още) да преценя
self-check-score-none = Още няма оценка
self-check-worker-sub-title = Какво се отнася?
self-check-worker-no-subs = За тази област опишете ситуацията в бележката.
self-check-worker-note-label = Бележка на социалния работник
self-check-dutch-level-label = Ниво на нидерландски
self-check-dutch-level-hint = Според удостоверение от училище или от Huis van het Nederlands, не по-старо от две години.
self-check-dutch-level-none = Още не е попълнено
self-check-dutch-level-unknown = Неизвестно
self-check-dutch-level-below-1-1 = Под 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Напълно усвоен
self-check-latin-reading = Четене на латиница
self-check-latin-writing = Писане на латиница
self-check-yes = Да
self-check-no = Не
self-check-not-known = Още не е известно

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Дългове
self-check-sub-money-mediation = В процедура за уреждане на дългове (посредничество)
self-check-sub-money-basic-needs = Парите не стигат за храна, дрехи или наем
self-check-sub-housing-no-address = Няма постоянен адрес или нощува в приют
self-check-sub-housing-unhealthy = Сериозни проблеми с жилището или то е обявено за негодно за живеене
self-check-sub-housing-must-move = Трябва скоро да напусне жилището или се мести много често
self-check-sub-housing-transit = Живее във временно (преходно) жилище
self-check-sub-health-illness = Заболяване затруднява работата или обучението
self-check-sub-health-diagnosis = Известно заболяване, с медицински документи
self-check-sub-health-complaints = Здравословни оплаквания
self-check-sub-health-pregnancy = Бременност или отпуск по майчинство
self-check-sub-health-disability = Увреждане
self-check-sub-health-work-disability = Официално призната намалена работоспособност
self-check-sub-family-parenting = Възпитание на децата и отношения с тях
self-check-sub-family-child-needs = Дете със специални потребности от грижа
self-check-sub-family-single-parent = Самотен родител
self-check-sub-family-care-task = Полага грижи у дома за човек с увреждане, в напреднала възраст или с продължително заболяване
self-check-sub-childcare-waiting-list = Подадено заявление, но дълъг списък на чакащите
self-check-sub-childcare-no-informal = Няма кой от близките да гледа децата
self-check-sub-childcare-unknown-options = Още не знае възможностите и как се кандидатства
self-check-sub-safety-relationship = Напрежение с партньора, семейството или други хора
self-check-sub-safety-violence = Насилие в семейството
self-check-sub-network-no-social = Малко или никакви приятели и познати
self-check-sub-network-no-family = Няма роднини наблизо
self-check-sub-network-family-against-work = Семейството не подкрепя идеята за работа
self-check-sub-network-nobody-works = Никой в семейството или сред приятелите не работи
self-check-sub-structure-no-rhythm = Няма постоянен дневен ритъм
self-check-sub-structure-missed-appointments = Понякога срещите се пропускат или объркват
self-check-sub-structure-documents = Нужните документи не стигат до срещата
self-check-sub-daily-hygiene = Хигиена
self-check-sub-daily-appearance = Спретнат външен вид
self-check-sub-daily-household = Трудно се справя с домакинството
self-check-sub-dutch-express = Трудно изразява мислите си с думи
self-check-sub-dutch-oral = Устното общуване още не се получава
self-check-sub-dutch-written = Писменото общуване още не се получава
self-check-sub-dutch-illiterate = Не може да чете и пише
self-check-sub-learning-inactive = Дълги периоди без работа или обучение
self-check-sub-learning-no-choices = Още няма осъзнат избор на посока
self-check-sub-learning-history = Училищният и трудовият път са трудни за описване
self-check-sub-learning-recognition = Чуждестранната диплома още не е призната
self-check-sub-work-guided-only = Предишните работи – само с интензивна подкрепа
self-check-sub-work-unrealistic = Очакванията за работата, заплатата или работното място не отговарят на реалността
self-check-sub-work-overestimates = Оценява възможностите си по-високо, отколкото са
self-check-sub-work-expectations = Още не знае добре какво се очаква на работното място
self-check-sub-attitude-no-steps = Още не предприема собствени стъпки
self-check-sub-attitude-gives-up = Бързо се отказва при неуспех
self-check-sub-attitude-motivation = Засега не вижда причина нещо да се промени
self-check-sub-attitude-one-target = Държи на една определена работа след дълго търсене
self-check-sub-attitude-interaction = Трудности в отношенията с другите или със спазването на правила
self-check-sub-mobility-no-transport = Няма собствен транспорт и няма обществен транспорт
self-check-sub-mobility-public-know-how = Обществен транспорт: не знае как или няма средства
self-check-sub-mobility-no-public = Няма обществен транспорт наблизо
self-check-sub-mobility-distance = Не е ясно колко далеч може да пътува клиентът
self-check-sub-papers-not-independent = Не се справя самостоятелно с документите
self-check-sub-papers-obligations = Слабо познава задълженията си (адрес, здравна каса)
self-check-sub-papers-self-employed = Документи от предишна собствена фирма
self-check-sub-papers-work-permit = Няма валидно разрешение за работа или за пребиваване
self-check-sub-papers-justice = Контакт с правосъдието
self-check-sub-digital-no-device = Няма телефон, компютър или интернет
self-check-sub-digital-no-email = Няма имейл адрес
self-check-sub-digital-no-eid = Още не може да използва itsme или eID
self-check-sub-digital-no-vdab = Няма профил във VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Заедно посещение в служба за уреждане на дългове
self-check-act-money-budget-guidance = Започване на помощ за управление на бюджета
self-check-act-housing-search-together = Заедно търсене на жилище
self-check-act-housing-reference-address = Заявяване на референтен адрес
self-check-act-health-see-doctor = Записване на час при личния лекар
self-check-act-health-check-limits = Проверка какво е физически по силите
self-check-act-mind-talk-counsellor = Разговор с психолог или консултант
self-check-act-mind-refer-care = Заедно търсене на подходяща помощ
self-check-act-addiction-contact-service = Връзка със служба за помощ при зависимости
self-check-act-addiction-talk-doctor = Разговор за това с личния лекар
self-check-act-family-parenting-support = Търсене на подкрепа при възпитанието на децата
self-check-act-family-relieve-care = Търсене на някой, който да облекчи грижата за близкия
self-check-act-childcare-find-place = Заедно търсене на място в ясла
self-check-act-childcare-informal = Търсене на някой от близките, който да гледа децата
self-check-act-safety-safe-talk = Разговор насаме със социалния работник, на сигурно място
self-check-act-safety-contact-support = Връзка с телефонна линия за помощ или център за подкрепа
self-check-act-network-meeting-place = Посещение на място за срещи в квартала
self-check-act-network-volunteering = Опит с доброволческа работа
self-check-act-structure-week-plan = Заедно изготвяне на седмичен план
self-check-act-structure-reminders = Настройване на напомняния за срещи
self-check-act-daily-home-support = Проверка на възможностите за помощ в дома
self-check-act-daily-practice = Упражняване на домакинската работа
self-check-act-dutch-course = Записване в курс по нидерландски
self-check-act-dutch-conversation-table = Посещаване на разговорна група
self-check-act-learning-diploma-recognition = Признаване на дипломата (NARIC)
self-check-act-learning-training = Избор на обучение
self-check-act-work-cv = Заедно изготвяне на CV (автобиография)
self-check-act-work-job-coach = Запознаване с трудов наставник (jobcoach)
self-check-act-attitude-small-steps = Договаряне на първа малка стъпка
self-check-act-attitude-orientation = Ориентиране или кратък пробен стаж
self-check-act-mobility-transport-pass = Заявяване на карта за автобус или влак
self-check-act-mobility-bike-or-licence = Учене на каране на колело или вземане на шофьорска книжка
self-check-act-papers-sort-together = Заедно подреждане на документите
self-check-act-papers-residence-advice = Съвет относно пребиваването или разрешението за работа
self-check-act-digital-course = Курс за работа с компютър
self-check-act-digital-eid-setup = Заедно настройване на itsme или на четеца за eID

## Summary
self-check-summary-chart-title = Двата гласа един до друг
self-check-summary-chart-hint = За всяка област: отговорът на клиента и оценката на социалния работник. Знакът ≠ показва къде се различават: за това може да се говори в разговора.
self-check-summary-table-caption = Отговори по области
self-check-col-domain = Област
self-check-col-client = Клиент
self-check-col-worker = Социален работник
self-check-col-marks = Особености
self-check-diff = Разлика
self-check-precondition = Предварително условие
self-check-not-answered = Още без отговор
self-check-skipped = Пропуснат
self-check-wants-help = Иска помощ
self-check-summary-diff-title = Къде отговорите се различават
self-check-summary-diff-none = Все още няма разлики между двата отговора.
self-check-summary-pre-title = Предварителни условия
self-check-summary-pre-hint = С оценка 3 от социалния работник. Повечето OCMW се занимават първо с тях.
self-check-summary-pre-none = Не са отбелязани предварителни условия.
self-check-summary-help-title = За това клиентът иска помощ
self-check-summary-help-none = Все още не е отбелязана молба за помощ.
self-check-summary-actions = Възможни действия
self-check-summary-client-note = Със собствени думи
self-check-summary-changes-title = Какво се промени след самооценката от { $date }
self-check-summary-changes-none = Няма промени след предишната самооценка.
self-check-summary-first = Това е първата самооценка: все още няма с какво да се сравни.
self-check-voice-client = клиент
self-check-voice-worker = социален работник
self-check-change-eased = по-леко
self-check-change-harder = по-тежко
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Добави в плана
self-check-add-to-plan-named = Добави „{ $action }“ в плана
self-check-in-plan = Вече е в плана

## rules
self-check-sub-money-unemployment-trap = Риск от капан на безработицата: работата носи малко или нищо повече
