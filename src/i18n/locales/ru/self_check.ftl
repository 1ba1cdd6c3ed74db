# Self-check. Client screens: short, friendly, polite "вы". Worker screens: neutral. Never a verdict.

self-check-view = Самооценка
self-check-title = Самооценка
self-check-intro = Вместе смотрим на 18 сфер жизни. Это можно делать по частям, за несколько встреч: всё сохраняется сразу.
self-check-list-title = Самооценки в этом досье
self-check-none = В этом досье пока нет самооценки.
self-check-start = Начать новую самооценку
self-check-item-title = Самооценка от { $date }
self-check-status-unfinished = Ещё не завершена
self-check-status-complete = Заполнена полностью
self-check-progress-client = Клиент: ответы на { $answered } из { $total }
self-check-progress-skipped =
    { $count ->
        [one] пропущен { $count } вопрос
        [few] пропущено { $count } вопроса
        [many] пропущено { $count } вопросов
       *[other] пропущено { $count } вопросов
    }
self-check-progress-worker = Соцработник: оценено { $scored } из { $total }
self-check-open = Открыть
self-check-delete = Удалить
self-check-confirm-delete-title = Удалить эту самооценку?
self-check-confirm-delete-body = Самооценка от { $date } будет удалена с этого устройства. Это действие нельзя отменить.
self-check-confirm-delete-yes = Да, удалить
self-check-back-to-list = Все самооценки
self-check-mode-nav = Части самооценки
self-check-mode-client = Заполняет клиент
self-check-mode-worker = Оценка соцработника
self-check-mode-summary = Итоги

## Client (polite "вы")
self-check-client-progress = Вопрос { $current } из { $total }
self-check-client-answer-label = Ваш ответ
self-check-answer-good = Всё хорошо
self-check-answer-hard = Иногда трудно
self-check-answer-big = Сейчас это большая проблема
self-check-answer-private = Предпочитаю не говорить
self-check-client-help = Я хочу помощи с этим
self-check-client-note-label = Хотите что-нибудь рассказать об этом? Своими словами. Можно и ничего не писать.
self-check-client-skip = Ответить позже
self-check-client-back = Назад
self-check-client-next = Дальше
self-check-client-skipped-note = Вы раньше пропустили этот вопрос. Можно ответить сейчас или ещё немного подождать.
self-check-client-saved = Всё сохраняется сразу. Вы можете остановиться, когда захотите.
self-check-client-end-title = Это был последний вопрос. Большое спасибо!
self-check-client-end-body = Хотите что-то изменить? Вы всегда можете вернуться к любому вопросу.
self-check-client-end-open =
    { $count ->
        [one] Ещё без ответа { $count } вопрос:
        [few] Ещё без ответа { $count } вопроса:
        [many] Ещё без ответа { $count } вопросов:
       *[other] Ещё без ответа { $count } вопросов:
    }
self-check-client-go-to = Перейти к теме: { $domain }

## Questions for the client
self-check-q-money = Как у вас дела с деньгами, счетами и долгами?
self-check-q-housing = Как дела с вашим жильём?
self-check-q-health = Как ваше здоровье?
self-check-q-mind = Как вы себя чувствуете в последнее время?
self-check-q-addiction = Как у вас обстоят дела с алкоголем, наркотиками, азартными играми или таблетками?
self-check-q-family = Как вам удаётся заботиться о детях или о ком-то другом?
self-check-q-childcare = Как дела с присмотром за детьми, когда вы заняты: ясли, садик, кто-то из близких?
self-check-q-safety = Насколько безопасно вы чувствуете себя дома?
self-check-q-network = Как дела с людьми вокруг вас?
self-check-q-structure = Как с вашим распорядком дня: вовремя вставать, приходить на встречи?
self-check-q-daily = Как вам удаётся готовить еду, стирать и вести хозяйство?
self-check-q-dutch = Как вам удаётся говорить и читать по-нидерландски?
self-check-q-learning = Как дела со школой, курсами и дипломами?
self-check-q-work = Как насчёт работы: чем вы уже занимались, что вы умеете?
self-check-q-attitude = Как вы относитесь к следующему шагу — к работе или учёбе?
self-check-q-mobility = Как вам удаётся передвигаться: на автобусе, поезде, велосипеде или машине?
self-check-q-papers = Как дела с документами, письмами и вашим правом на пребывание?
self-check-q-digital = Как вам удаётся пользоваться телефоном, компьютером, электронной почтой и itsme?

## Worker
self-check-worker-intro = Одна оценка для каждой сферы, по шкале скрининга HIVA. При оценке 3 или 4 можно отметить, что именно относится к клиенту. Оценка — это ваше мнение, наряду с мнением самого клиента.
self-check-score-1 = 1 · Препятствий нет
self-check-score-2 = 2 · Есть препятствие, но работа или учёба возможны с поддержкой
self-check-score-3 = 3 · Препятствие: работа или учёба сейчас невозможны
self-check-score-4 = 4 · Пока не могу оценить
self-check-score-none = Ещё не оценено
self-check-worker-sub-title = Что из этого относится к клиенту?
self-check-worker-no-subs = Для этой сферы опишите ситуацию в заметке.
self-check-worker-note-label = Заметка соцработника
self-check-dutch-level-label = Уровень нидерландского
self-check-dutch-level-hint = По справке из школы или из Huis van het Nederlands, выданной не более двух лет назад.
self-check-dutch-level-none = Ещё не заполнено
self-check-dutch-level-unknown = Неизвестно
self-check-dutch-level-below-1-1 = Ниже 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Обучение завершено
self-check-latin-reading = Чтение на латинице
self-check-latin-writing = Письмо на латинице
self-check-yes = Да
self-check-no = Нет
self-check-not-known = Пока неизвестно

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Долги
self-check-sub-money-mediation = Проходит процедуру урегулирования долгов
self-check-sub-money-basic-needs = Не хватает на еду, одежду или аренду
self-check-sub-housing-no-address = Нет постоянного адреса или ночует в ночном приюте
self-check-sub-housing-unhealthy = Серьёзные проблемы с жильём или жильё признано непригодным
self-check-sub-housing-must-move = Скоро придётся съехать или очень часто переезжает
self-check-sub-housing-transit = Живёт во временном (транзитном) жилье
self-check-sub-health-illness = Болезнь мешает работе или учёбе
self-check-sub-health-diagnosis = Известное заболевание, есть медицинские справки
self-check-sub-health-complaints = Жалобы на здоровье
self-check-sub-health-pregnancy = Беременность или декретный отпуск
self-check-sub-health-disability = Инвалидность
self-check-sub-health-work-disability = Признанное ограничение трудоспособности
self-check-sub-family-parenting = Воспитание детей и отношения с ними
self-check-sub-family-child-needs = Ребёнок с особыми потребностями в уходе
self-check-sub-family-single-parent = Родитель-одиночка
self-check-sub-family-care-task = Ухаживает дома за человеком с инвалидностью, пожилым или долго болеющим
self-check-sub-childcare-waiting-list = Заявка подана, но очередь длинная
self-check-sub-childcare-no-informal = Некому присмотреть за детьми среди родных и знакомых
self-check-sub-childcare-unknown-options = Пока не знает о возможностях и о том, как подать заявку
self-check-sub-safety-relationship = Напряжённые отношения с партнёром, семьёй или другими людьми
self-check-sub-safety-violence = Насилие в семье
self-check-sub-network-no-social = Мало или совсем нет друзей и знакомых
self-check-sub-network-no-family = Нет родственников поблизости
self-check-sub-network-family-against-work = Семья не поддерживает работу
self-check-sub-network-nobody-works = Никто в семье или среди друзей не работает
self-check-sub-structure-no-rhythm = Нет постоянного распорядка дня
self-check-sub-structure-missed-appointments = Встречи иногда срываются
self-check-sub-structure-documents = Нужные документы не попадают на встречу
self-check-sub-daily-hygiene = Гигиена
self-check-sub-daily-appearance = Опрятный внешний вид
self-check-sub-daily-household = Не получается вести хозяйство
self-check-sub-dutch-express = Трудно выражать мысли словами
self-check-sub-dutch-oral = Устное общение пока не получается
self-check-sub-dutch-written = Письменное общение пока не получается
self-check-sub-dutch-illiterate = Не умеет читать или писать
self-check-sub-learning-inactive = Долгие периоды без работы или учёбы
self-check-sub-learning-no-choices = Пока нет осознанного выбора направления
self-check-sub-learning-history = Школьный и трудовой опыт трудно описать
self-check-sub-learning-recognition = Иностранный диплом ещё не признан
self-check-sub-work-guided-only = Прежняя работа была только при интенсивном сопровождении
self-check-sub-work-unrealistic = Ожидания насчёт работы, зарплаты или рабочего места не совпадают с реальностью
self-check-sub-work-overestimates = Оценивает свои возможности выше, чем они есть
self-check-sub-work-expectations = Пока плохо представляет, чего ждут на рабочем месте
self-check-sub-attitude-no-steps = Пока не делает собственных шагов
self-check-sub-attitude-gives-up = Быстро сдаётся после неудачи
self-check-sub-attitude-motivation = Сейчас не видит причин что-то менять
self-check-sub-attitude-one-target = После долгих поисков держится только за одну работу
self-check-sub-attitude-interaction = Трудно ладить с другими людьми или соблюдать правила
self-check-sub-mobility-no-transport = Нет ни своего транспорта, ни общественного
self-check-sub-mobility-public-know-how = Общественный транспорт: не знает, как им пользоваться, или нет средств
self-check-sub-mobility-no-public = Поблизости нет общественного транспорта
self-check-sub-mobility-distance = Неясно, насколько далеко клиент может ездить
self-check-sub-papers-not-independent = Не справляется с документами самостоятельно
self-check-sub-papers-obligations = Плохо понимает свои обязанности (адрес, больничная касса)
self-check-sub-papers-self-employed = Документы по прежнему собственному делу (как предпринимателя)
self-check-sub-papers-work-permit = Нет действующего разрешения на работу или права на пребывание
self-check-sub-papers-justice = Дела с полицией или судом
self-check-sub-digital-no-device = Нет телефона, компьютера или интернета
self-check-sub-digital-no-email = Нет адреса электронной почты
self-check-sub-digital-no-eid = Пока не получается пользоваться itsme или eID
self-check-sub-digital-no-vdab = Нет учётной записи в VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Вместе обратиться в службу урегулирования долгов
self-check-act-money-budget-guidance = Начать сопровождение в ведении бюджета
self-check-act-housing-search-together = Вместе искать жильё
self-check-act-housing-reference-address = Подать заявление на referentieadres (официальный адрес для регистрации)
self-check-act-health-see-doctor = Записаться к семейному врачу
self-check-act-health-check-limits = Выяснить, что физически по силам
self-check-act-mind-talk-counsellor = Разговор с психологом или консультантом
self-check-act-mind-refer-care = Вместе найти подходящую помощь
self-check-act-addiction-contact-service = Обратиться в службу помощи при зависимостях
self-check-act-addiction-talk-doctor = Поговорить об этом с семейным врачом
self-check-act-family-parenting-support = Найти поддержку в воспитании детей
self-check-act-family-relieve-care = Найти, кто может облегчить уход за близким
self-check-act-childcare-find-place = Вместе искать место в яслях или садике
self-check-act-childcare-informal = Подумать, кто из родных и знакомых может присмотреть за детьми
self-check-act-safety-safe-talk = Безопасный разговор наедине с социальным работником
self-check-act-safety-contact-support = Обратиться на горячую линию или в центр поддержки
self-check-act-network-meeting-place = Сходить в место встреч поблизости
self-check-act-network-volunteering = Попробовать волонтёрство
self-check-act-structure-week-plan = Вместе составить план на неделю
self-check-act-structure-reminders = Настроить напоминания о встречах
self-check-act-daily-home-support = Рассмотреть помощь на дому
self-check-act-daily-practice = Потренироваться вести хозяйство
self-check-act-dutch-course = Записаться на курс нидерландского
self-check-act-dutch-conversation-table = Ходить в разговорный клуб
self-check-act-learning-diploma-recognition = Подать диплом на признание (NARIC)
self-check-act-learning-training = Выбрать обучение
self-check-act-work-cv = Вместе составить резюме
self-check-act-work-job-coach = Познакомиться с коучем по трудоустройству
self-check-act-attitude-small-steps = Договориться о первом маленьком шаге
self-check-act-attitude-orientation = Пройти ориентацию или короткую ознакомительную стажировку
self-check-act-mobility-transport-pass = Оформить проездной на автобус или поезд
self-check-act-mobility-bike-or-licence = Научиться ездить на велосипеде или получить водительские права
self-check-act-papers-sort-together = Вместе разобрать документы
self-check-act-papers-residence-advice = Получить консультацию о праве на пребывание или разрешении на работу
self-check-act-digital-course = Пройти компьютерный курс
self-check-act-digital-eid-setup = Вместе настроить itsme или считыватель eID

## Summary
self-check-summary-chart-title = Оба взгляда рядом
self-check-summary-chart-hint = Для каждой сферы — ответ клиента и оценка соцработника. Знак ≠ показывает, где они расходятся: об этом стоит поговорить.
self-check-summary-table-caption = Ответы по сферам
self-check-col-domain = Сфера
self-check-col-client = Клиент
self-check-col-worker = Соцработник
self-check-col-marks = Стоит внимания
self-check-diff = Расхождение
self-check-precondition = Базовое условие
self-check-not-answered = Пока без ответа
self-check-skipped = Пропущено
self-check-wants-help = Хочет помощи
self-check-summary-diff-title = Где ответы расходятся
self-check-summary-diff-none = Пока нет расхождений между двумя ответами.
self-check-summary-pre-title = Базовые условия
self-check-summary-pre-hint = Оценка соцработника — 3. Большинство OCMW сначала занимаются именно этим.
self-check-summary-pre-none = Базовые условия не отмечены.
self-check-summary-help-title = С этим клиент хочет помощи
self-check-summary-help-none = Запрос на помощь пока не отмечен.
self-check-summary-actions = Возможные действия
self-check-summary-client-note = Своими словами
self-check-summary-changes-title = Что изменилось после самооценки от { $date }
self-check-summary-changes-none = С предыдущей самооценки ничего не изменилось.
self-check-summary-first = Это первая самооценка: сравнивать пока не с чем.
self-check-voice-client = клиент
self-check-voice-worker = соцработник
self-check-change-eased = легче
self-check-change-harder = тяжелее
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Добавить в план
self-check-add-to-plan-named = Добавить «{ $action }» в план
self-check-in-plan = Уже в плане

## rules
self-check-sub-money-unemployment-trap = Риск ловушки безработицы: работа приносит мало или ничего сверх пособия
