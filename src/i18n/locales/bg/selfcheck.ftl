# Self-check. Client screens: "ти", short and friendly. Worker screens: polite "вие". Never a verdict.

sc-view = Самооценка
sc-title = Самооценка
sc-intro = Заедно разглеждаме 18 области от живота. Може на части, в няколко разговора: всичко се запазва веднага.
sc-list-title = Самооценки в това досие
sc-none = Все още няма самооценка в това досие.
sc-start = Започни нова самооценка
sc-item-title = Самооценка от { $date }
sc-status-unfinished = Още не е завършена
sc-status-complete = Попълнена изцяло
sc-progress-client = Клиент: { $answered } от { $total } с отговор
sc-progress-skipped =
    { $count ->
        [one] един пропуснат
       *[other] { $count } пропуснати
    }
sc-progress-worker = Социален работник: { $scored } от { $total } с оценка
sc-open = Отвори
sc-delete = Изтрий
sc-confirm-delete-title = Да се изтрие ли тази самооценка?
sc-confirm-delete-body = Самооценката от { $date } ще бъде изтрита от това устройство. Това не може да бъде отменено.
sc-confirm-delete-yes = Да, изтрий
sc-back-to-list = Всички самооценки
sc-mode-nav = Части на самооценката
sc-mode-client = Клиентът попълва
sc-mode-worker = Преценка на социалния работник
sc-mode-summary = Обобщение

## Client (informal "ти")
sc-client-progress = Въпрос { $current } от { $total }
sc-client-answer-label = Твоят отговор
sc-answer-good = Върви добре
sc-answer-hard = Понякога е трудно
sc-answer-big = Сега е голям проблем
sc-answer-private = Предпочитам да не казвам
sc-client-help = Искам помощ за това
sc-client-note-label = Искаш ли да разкажеш нещо за това? С твои думи. Може и да остане празно.
sc-client-skip = Ще отговоря по-късно
sc-client-back = Назад
sc-client-next = Напред
sc-client-skipped-note = По-рано пропусна този въпрос. Можеш да отговориш сега или да го оставиш още малко.
sc-client-saved = Всичко се запазва веднага. Можеш да спреш, когато пожелаеш.
sc-client-end-title = Това беше последният въпрос. Благодаря ти!
sc-client-end-body = Искаш ли да промениш нещо? Винаги можеш да се върнеш към някой въпрос.
sc-client-end-open =
    { $count ->
        [one] Един въпрос още е без отговор:
       *[other] { $count } въпроса още са без отговор:
    }
sc-client-go-to = Към { $domain }

## Questions for the client
sc-q-money = Как си с парите, сметките и дълговете?
sc-q-housing = Как е с жилището ти?
sc-q-health = Как е здравето ти?
sc-q-mind = Как се чувстваш напоследък?
sc-q-addiction = Как е при теб с алкохола, наркотиците, хазарта или хапчетата?
sc-q-family = Как върви грижата за децата ти или за някой друг?
sc-q-childcare = Как е с яслата или с гледането на децата ти?
sc-q-safety = Колко сигурно се чувстваш у дома?
sc-q-network = Как е с хората около теб?
sc-q-structure = Как е дневният ти ритъм: ставането сутрин, ходенето на срещи?
sc-q-daily = Как върви с готвенето, прането и домакинството?
sc-q-dutch = Как върви с говоренето и четенето на нидерландски?
sc-q-learning = Как е с училището, курсовете и дипломите?
sc-q-work = Как е с работата: какъв опит имаш, какво умееш?
sc-q-attitude = Как се чувстваш, когато мислиш за следваща стъпка към работа или обучение?
sc-q-mobility = Как е с придвижването: автобус, влак, колело или кола?
sc-q-papers = Как е с документите, писмата и пребиваването ти?
sc-q-digital = Как е с телефона, компютъра, имейла и itsme?

## Worker (polite "вие")
sc-worker-intro = По една оценка за всяка област, по скалата на скрининга HIVA. При 3 или 4 можете да отбележите какво се отнася. Оценката е вашата преценка, редом с тази на клиента.
sc-score-1 = 1 · Няма пречка
sc-score-2 = 2 · Има пречка, но работа или обучение е възможно с подкрепа
sc-score-3 = 3 · Има пречка: работа или обучение засега не е възможно
sc-score-4 = 4 · Не мога (все още) да преценя
sc-score-none = Още няма оценка
sc-worker-sub-title = Какво се отнася?
sc-worker-no-subs = За тази област опишете ситуацията в бележката.
sc-worker-note-label = Бележка на социалния работник
sc-dutch-level-label = Ниво на нидерландски
sc-dutch-level-hint = Според удостоверение от училище или от Huis van het Nederlands, не по-старо от две години.
sc-dutch-level-none = Още не е попълнено
sc-dutch-level-unknown = Неизвестно
sc-dutch-level-below-1-1 = Под 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Напълно усвоен
sc-latin-reading = Четене на латиница
sc-latin-writing = Писане на латиница
sc-yes = Да
sc-no = Не
sc-not-known = Още не е известно

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Дългове
sc-sub-money-mediation = В процедура за уреждане на дългове (посредничество)
sc-sub-money-basic-needs = Парите не стигат за храна, дрехи или наем
sc-sub-housing-no-address = Няма постоянен адрес или нощува в приют
sc-sub-housing-unhealthy = Сериозни проблеми с жилището или то е обявено за негодно за живеене
sc-sub-housing-must-move = Трябва скоро да напусне жилището или се мести много често
sc-sub-housing-transit = Живее във временно (преходно) жилище
sc-sub-health-illness = Заболяване затруднява работата или обучението
sc-sub-health-diagnosis = Известно заболяване, с медицински документи
sc-sub-health-complaints = Здравословни оплаквания
sc-sub-health-pregnancy = Бременност или отпуск по майчинство
sc-sub-health-disability = Увреждане
sc-sub-health-work-disability = Официално призната намалена работоспособност
sc-sub-family-parenting = Възпитание на децата и отношения с тях
sc-sub-family-child-needs = Дете със специални потребности от грижа
sc-sub-family-single-parent = Самотен родител
sc-sub-family-care-task = Полага грижи у дома за човек с увреждане, в напреднала възраст или с продължително заболяване
sc-sub-childcare-waiting-list = Подадено заявление, но дълъг списък на чакащите
sc-sub-childcare-no-informal = Няма кой от близките да гледа децата
sc-sub-childcare-unknown-options = Още не знае възможностите и как се кандидатства
sc-sub-safety-relationship = Напрежение с партньора, семейството или други хора
sc-sub-safety-violence = Насилие в семейството
sc-sub-network-no-social = Малко или никакви приятели и познати
sc-sub-network-no-family = Няма роднини наблизо
sc-sub-network-family-against-work = Семейството не подкрепя идеята за работа
sc-sub-network-nobody-works = Никой в семейството или сред приятелите не работи
sc-sub-structure-no-rhythm = Няма постоянен дневен ритъм
sc-sub-structure-missed-appointments = Понякога срещите се пропускат или объркват
sc-sub-structure-documents = Нужните документи не стигат до срещата
sc-sub-daily-hygiene = Хигиена
sc-sub-daily-appearance = Спретнат външен вид
sc-sub-daily-household = Трудно се справя с домакинството
sc-sub-dutch-express = Трудно изразява мислите си с думи
sc-sub-dutch-oral = Устното общуване още не се получава
sc-sub-dutch-written = Писменото общуване още не се получава
sc-sub-dutch-illiterate = Не може да чете и пише
sc-sub-learning-inactive = Дълги периоди без работа или обучение
sc-sub-learning-no-choices = Още няма осъзнат избор на посока
sc-sub-learning-history = Училищният и трудовият път са трудни за описване
sc-sub-learning-recognition = Чуждестранната диплома още не е призната
sc-sub-work-guided-only = Предишните работи – само с интензивна подкрепа
sc-sub-work-unrealistic = Очакванията за работата, заплатата или работното място не отговарят на реалността
sc-sub-work-overestimates = Оценява възможностите си по-високо, отколкото са
sc-sub-work-expectations = Още не знае добре какво се очаква на работното място
sc-sub-attitude-no-steps = Още не предприема собствени стъпки
sc-sub-attitude-gives-up = Бързо се отказва при неуспех
sc-sub-attitude-motivation = Засега не вижда причина нещо да се промени
sc-sub-attitude-one-target = Държи на една определена работа след дълго търсене
sc-sub-attitude-interaction = Трудности в отношенията с другите или със спазването на правила
sc-sub-mobility-no-transport = Няма собствен транспорт и няма обществен транспорт
sc-sub-mobility-public-know-how = Обществен транспорт: не знае как или няма средства
sc-sub-mobility-no-public = Няма обществен транспорт наблизо
sc-sub-mobility-distance = Не е ясно колко далеч може да пътува клиентът
sc-sub-papers-not-independent = Не се справя самостоятелно с документите
sc-sub-papers-obligations = Слабо познава задълженията си (адрес, здравна каса)
sc-sub-papers-self-employed = Документи от предишна собствена фирма
sc-sub-papers-work-permit = Няма валидно разрешение за работа или за пребиваване
sc-sub-papers-justice = Контакт с правосъдието
sc-sub-digital-no-device = Няма телефон, компютър или интернет
sc-sub-digital-no-email = Няма имейл адрес
sc-sub-digital-no-eid = Още не може да използва itsme или eID
sc-sub-digital-no-vdab = Няма профил във VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Заедно посещение в служба за уреждане на дългове
sc-act-money-budget-guidance = Започване на помощ за управление на бюджета
sc-act-housing-search-together = Заедно търсене на жилище
sc-act-housing-reference-address = Заявяване на референтен адрес
sc-act-health-see-doctor = Записване на час при личния лекар
sc-act-health-check-limits = Проверка какво е физически по силите
sc-act-mind-talk-counsellor = Разговор с психолог или консултант
sc-act-mind-refer-care = Заедно търсене на подходяща помощ
sc-act-addiction-contact-service = Връзка със служба за помощ при зависимости
sc-act-addiction-talk-doctor = Разговор за това с личния лекар
sc-act-family-parenting-support = Търсене на подкрепа при възпитанието на децата
sc-act-family-relieve-care = Търсене на някой, който да облекчи грижата за близкия
sc-act-childcare-find-place = Заедно търсене на място в ясла
sc-act-childcare-informal = Търсене на някой от близките, който да гледа децата
sc-act-safety-safe-talk = Разговор насаме със социалния работник, на сигурно място
sc-act-safety-contact-support = Връзка с телефонна линия за помощ или център за подкрепа
sc-act-network-meeting-place = Посещение на място за срещи в квартала
sc-act-network-volunteering = Опит с доброволческа работа
sc-act-structure-week-plan = Заедно изготвяне на седмичен план
sc-act-structure-reminders = Настройване на напомняния за срещи
sc-act-daily-home-support = Проверка на възможностите за помощ в дома
sc-act-daily-practice = Упражняване на домакинската работа
sc-act-dutch-course = Записване в курс по нидерландски
sc-act-dutch-conversation-table = Посещаване на разговорна група
sc-act-learning-diploma-recognition = Признаване на дипломата (NARIC)
sc-act-learning-training = Избор на обучение
sc-act-work-cv = Заедно изготвяне на CV (автобиография)
sc-act-work-job-coach = Запознаване с трудов наставник (jobcoach)
sc-act-attitude-small-steps = Договаряне на първа малка стъпка
sc-act-attitude-orientation = Ориентиране или кратък пробен стаж
sc-act-mobility-transport-pass = Заявяване на карта за автобус или влак
sc-act-mobility-bike-or-licence = Учене на каране на колело или вземане на шофьорска книжка
sc-act-papers-sort-together = Заедно подреждане на документите
sc-act-papers-residence-advice = Съвет относно пребиваването или разрешението за работа
sc-act-digital-course = Курс за работа с компютър
sc-act-digital-eid-setup = Заедно настройване на itsme или на четеца за eID

## Summary
sc-summary-chart-title = Двата гласа един до друг
sc-summary-chart-hint = За всяка област: отговорът на клиента и оценката на социалния работник. Знакът ≠ показва къде се различават: за това може да се говори в разговора.
sc-summary-table-caption = Отговори по области
sc-col-domain = Област
sc-col-client = Клиент
sc-col-worker = Социален работник
sc-col-marks = Особености
sc-diff = Разлика
sc-precondition = Предварително условие
sc-not-answered = Още без отговор
sc-skipped = Пропуснат
sc-wants-help = Иска помощ
sc-summary-diff-title = Къде отговорите се различават
sc-summary-diff-none = Все още няма разлики между двата отговора.
sc-summary-pre-title = Предварителни условия
sc-summary-pre-hint = С оценка 3 от социалния работник. Повечето OCMW се занимават първо с тях.
sc-summary-pre-none = Не са отбелязани предварителни условия.
sc-summary-help-title = За това клиентът иска помощ
sc-summary-help-none = Все още не е отбелязана молба за помощ.
sc-summary-actions = Възможни действия
sc-summary-client-note = Със собствени думи
sc-summary-changes-title = Какво се промени след самооценката от { $date }
sc-summary-changes-none = Няма промени след предишната самооценка.
sc-summary-first = Това е първата самооценка: все още няма с какво да се сравни.
sc-voice-client = клиент
sc-voice-worker = социален работник
sc-change-eased = по-леко
sc-change-harder = по-тежко
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Добави в плана
sc-add-to-plan-named = Добави „{ $action }“ в плана
sc-in-plan = Вече е в плана
