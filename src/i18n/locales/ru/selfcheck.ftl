# Self-check. Client screens: short, friendly, polite "вы". Worker screens: neutral. Never a verdict.

sc-view = Самооценка
sc-title = Самооценка
sc-intro = Вместе смотрим на 18 сфер жизни. Это можно делать по частям, за несколько встреч: всё сохраняется сразу.
sc-list-title = Самооценки в этом досье
sc-none = В этом досье пока нет самооценки.
sc-start = Начать новую самооценку
sc-item-title = Самооценка от { $date }
sc-status-unfinished = Ещё не завершена
sc-status-complete = Заполнена полностью
sc-progress-client = Клиент: ответы на { $answered } из { $total }
sc-progress-skipped =
    { $count ->
        [one] пропущен { $count } вопрос
        [few] пропущено { $count } вопроса
        [many] пропущено { $count } вопросов
       *[other] пропущено { $count } вопросов
    }
sc-progress-worker = Соцработник: оценено { $scored } из { $total }
sc-open = Открыть
sc-delete = Удалить
sc-confirm-delete-title = Удалить эту самооценку?
sc-confirm-delete-body = Самооценка от { $date } будет удалена с этого устройства. Это действие нельзя отменить.
sc-confirm-delete-yes = Да, удалить
sc-back-to-list = Все самооценки
sc-mode-nav = Части самооценки
sc-mode-client = Заполняет клиент
sc-mode-worker = Оценка соцработника
sc-mode-summary = Итоги

## Client (polite "вы")
sc-client-progress = Вопрос { $current } из { $total }
sc-client-answer-label = Ваш ответ
sc-answer-good = Всё хорошо
sc-answer-hard = Иногда трудно
sc-answer-big = Сейчас это большая проблема
sc-answer-private = Предпочитаю не говорить
sc-client-help = Я хочу помощи с этим
sc-client-note-label = Хотите что-нибудь рассказать об этом? Своими словами. Можно и ничего не писать.
sc-client-skip = Ответить позже
sc-client-back = Назад
sc-client-next = Дальше
sc-client-skipped-note = Вы раньше пропустили этот вопрос. Можно ответить сейчас или ещё немного подождать.
sc-client-saved = Всё сохраняется сразу. Вы можете остановиться, когда захотите.
sc-client-end-title = Это был последний вопрос. Большое спасибо!
sc-client-end-body = Хотите что-то изменить? Вы всегда можете вернуться к любому вопросу.
sc-client-end-open =
    { $count ->
        [one] Ещё без ответа { $count } вопрос:
        [few] Ещё без ответа { $count } вопроса:
        [many] Ещё без ответа { $count } вопросов:
       *[other] Ещё без ответа { $count } вопросов:
    }
sc-client-go-to = Перейти к теме: { $domain }

## Questions for the client
sc-q-money = Как у вас дела с деньгами, счетами и долгами?
sc-q-housing = Как дела с вашим жильём?
sc-q-health = Как ваше здоровье?
sc-q-mind = Как вы себя чувствуете в последнее время?
sc-q-addiction = Как у вас обстоят дела с алкоголем, наркотиками, азартными играми или таблетками?
sc-q-family = Как вам удаётся заботиться о детях или о ком-то другом?
sc-q-childcare = Как дела с присмотром за детьми, когда вы заняты: ясли, садик, кто-то из близких?
sc-q-safety = Насколько безопасно вы чувствуете себя дома?
sc-q-network = Как дела с людьми вокруг вас?
sc-q-structure = Как с вашим распорядком дня: вовремя вставать, приходить на встречи?
sc-q-daily = Как вам удаётся готовить еду, стирать и вести хозяйство?
sc-q-dutch = Как вам удаётся говорить и читать по-нидерландски?
sc-q-learning = Как дела со школой, курсами и дипломами?
sc-q-work = Как насчёт работы: чем вы уже занимались, что вы умеете?
sc-q-attitude = Как вы относитесь к следующему шагу — к работе или учёбе?
sc-q-mobility = Как вам удаётся передвигаться: на автобусе, поезде, велосипеде или машине?
sc-q-papers = Как дела с документами, письмами и вашим правом на пребывание?
sc-q-digital = Как вам удаётся пользоваться телефоном, компьютером, электронной почтой и itsme?

## Worker
sc-worker-intro = Одна оценка для каждой сферы, по шкале скрининга HIVA. При оценке 3 или 4 можно отметить, что именно относится к клиенту. Оценка — это ваше мнение, наряду с мнением самого клиента.
sc-score-1 = 1 · Препятствий нет
sc-score-2 = 2 · Есть препятствие, но работа или учёба возможны с поддержкой
sc-score-3 = 3 · Препятствие: работа или учёба сейчас невозможны
sc-score-4 = 4 · Пока не могу оценить
sc-score-none = Ещё не оценено
sc-worker-sub-title = Что из этого относится к клиенту?
sc-worker-no-subs = Для этой сферы опишите ситуацию в заметке.
sc-worker-note-label = Заметка соцработника
sc-dutch-level-label = Уровень нидерландского
sc-dutch-level-hint = По справке из школы или из Huis van het Nederlands, выданной не более двух лет назад.
sc-dutch-level-none = Ещё не заполнено
sc-dutch-level-unknown = Неизвестно
sc-dutch-level-below-1-1 = Ниже 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Обучение завершено
sc-latin-reading = Чтение на латинице
sc-latin-writing = Письмо на латинице
sc-yes = Да
sc-no = Нет
sc-not-known = Пока неизвестно

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Долги
sc-sub-money-mediation = Проходит процедуру урегулирования долгов
sc-sub-money-basic-needs = Не хватает на еду, одежду или аренду
sc-sub-housing-no-address = Нет постоянного адреса или ночует в ночном приюте
sc-sub-housing-unhealthy = Серьёзные проблемы с жильём или жильё признано непригодным
sc-sub-housing-must-move = Скоро придётся съехать или очень часто переезжает
sc-sub-housing-transit = Живёт во временном (транзитном) жилье
sc-sub-health-illness = Болезнь мешает работе или учёбе
sc-sub-health-diagnosis = Известное заболевание, есть медицинские справки
sc-sub-health-complaints = Жалобы на здоровье
sc-sub-health-pregnancy = Беременность или декретный отпуск
sc-sub-health-disability = Инвалидность
sc-sub-health-work-disability = Признанное ограничение трудоспособности
sc-sub-family-parenting = Воспитание детей и отношения с ними
sc-sub-family-child-needs = Ребёнок с особыми потребностями в уходе
sc-sub-family-single-parent = Родитель-одиночка
sc-sub-family-care-task = Ухаживает дома за человеком с инвалидностью, пожилым или долго болеющим
sc-sub-childcare-waiting-list = Заявка подана, но очередь длинная
sc-sub-childcare-no-informal = Некому присмотреть за детьми среди родных и знакомых
sc-sub-childcare-unknown-options = Пока не знает о возможностях и о том, как подать заявку
sc-sub-safety-relationship = Напряжённые отношения с партнёром, семьёй или другими людьми
sc-sub-safety-violence = Насилие в семье
sc-sub-network-no-social = Мало или совсем нет друзей и знакомых
sc-sub-network-no-family = Нет родственников поблизости
sc-sub-network-family-against-work = Семья не поддерживает работу
sc-sub-network-nobody-works = Никто в семье или среди друзей не работает
sc-sub-structure-no-rhythm = Нет постоянного распорядка дня
sc-sub-structure-missed-appointments = Встречи иногда срываются
sc-sub-structure-documents = Нужные документы не попадают на встречу
sc-sub-daily-hygiene = Гигиена
sc-sub-daily-appearance = Опрятный внешний вид
sc-sub-daily-household = Не получается вести хозяйство
sc-sub-dutch-express = Трудно выражать мысли словами
sc-sub-dutch-oral = Устное общение пока не получается
sc-sub-dutch-written = Письменное общение пока не получается
sc-sub-dutch-illiterate = Не умеет читать или писать
sc-sub-learning-inactive = Долгие периоды без работы или учёбы
sc-sub-learning-no-choices = Пока нет осознанного выбора направления
sc-sub-learning-history = Школьный и трудовой опыт трудно описать
sc-sub-learning-recognition = Иностранный диплом ещё не признан
sc-sub-work-guided-only = Прежняя работа была только при интенсивном сопровождении
sc-sub-work-unrealistic = Ожидания насчёт работы, зарплаты или рабочего места не совпадают с реальностью
sc-sub-work-overestimates = Оценивает свои возможности выше, чем они есть
sc-sub-work-expectations = Пока плохо представляет, чего ждут на рабочем месте
sc-sub-attitude-no-steps = Пока не делает собственных шагов
sc-sub-attitude-gives-up = Быстро сдаётся после неудачи
sc-sub-attitude-motivation = Сейчас не видит причин что-то менять
sc-sub-attitude-one-target = После долгих поисков держится только за одну работу
sc-sub-attitude-interaction = Трудно ладить с другими людьми или соблюдать правила
sc-sub-mobility-no-transport = Нет ни своего транспорта, ни общественного
sc-sub-mobility-public-know-how = Общественный транспорт: не знает, как им пользоваться, или нет средств
sc-sub-mobility-no-public = Поблизости нет общественного транспорта
sc-sub-mobility-distance = Неясно, насколько далеко клиент может ездить
sc-sub-papers-not-independent = Не справляется с документами самостоятельно
sc-sub-papers-obligations = Плохо понимает свои обязанности (адрес, больничная касса)
sc-sub-papers-self-employed = Документы по прежнему собственному делу (как предпринимателя)
sc-sub-papers-work-permit = Нет действующего разрешения на работу или права на пребывание
sc-sub-papers-justice = Дела с полицией или судом
sc-sub-digital-no-device = Нет телефона, компьютера или интернета
sc-sub-digital-no-email = Нет адреса электронной почты
sc-sub-digital-no-eid = Пока не получается пользоваться itsme или eID
sc-sub-digital-no-vdab = Нет учётной записи в VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Вместе обратиться в службу урегулирования долгов
sc-act-money-budget-guidance = Начать сопровождение в ведении бюджета
sc-act-housing-search-together = Вместе искать жильё
sc-act-housing-reference-address = Подать заявление на referentieadres (официальный адрес для регистрации)
sc-act-health-see-doctor = Записаться к семейному врачу
sc-act-health-check-limits = Выяснить, что физически по силам
sc-act-mind-talk-counsellor = Разговор с психологом или консультантом
sc-act-mind-refer-care = Вместе найти подходящую помощь
sc-act-addiction-contact-service = Обратиться в службу помощи при зависимостях
sc-act-addiction-talk-doctor = Поговорить об этом с семейным врачом
sc-act-family-parenting-support = Найти поддержку в воспитании детей
sc-act-family-relieve-care = Найти, кто может облегчить уход за близким
sc-act-childcare-find-place = Вместе искать место в яслях или садике
sc-act-childcare-informal = Подумать, кто из родных и знакомых может присмотреть за детьми
sc-act-safety-safe-talk = Безопасный разговор наедине с социальным работником
sc-act-safety-contact-support = Обратиться на горячую линию или в центр поддержки
sc-act-network-meeting-place = Сходить в место встреч поблизости
sc-act-network-volunteering = Попробовать волонтёрство
sc-act-structure-week-plan = Вместе составить план на неделю
sc-act-structure-reminders = Настроить напоминания о встречах
sc-act-daily-home-support = Рассмотреть помощь на дому
sc-act-daily-practice = Потренироваться вести хозяйство
sc-act-dutch-course = Записаться на курс нидерландского
sc-act-dutch-conversation-table = Ходить в разговорный клуб
sc-act-learning-diploma-recognition = Подать диплом на признание (NARIC)
sc-act-learning-training = Выбрать обучение
sc-act-work-cv = Вместе составить резюме
sc-act-work-job-coach = Познакомиться с коучем по трудоустройству
sc-act-attitude-small-steps = Договориться о первом маленьком шаге
sc-act-attitude-orientation = Пройти ориентацию или короткую ознакомительную стажировку
sc-act-mobility-transport-pass = Оформить проездной на автобус или поезд
sc-act-mobility-bike-or-licence = Научиться ездить на велосипеде или получить водительские права
sc-act-papers-sort-together = Вместе разобрать документы
sc-act-papers-residence-advice = Получить консультацию о праве на пребывание или разрешении на работу
sc-act-digital-course = Пройти компьютерный курс
sc-act-digital-eid-setup = Вместе настроить itsme или считыватель eID

## Summary
sc-summary-chart-title = Оба взгляда рядом
sc-summary-chart-hint = Для каждой сферы — ответ клиента и оценка соцработника. Знак ≠ показывает, где они расходятся: об этом стоит поговорить.
sc-summary-table-caption = Ответы по сферам
sc-col-domain = Сфера
sc-col-client = Клиент
sc-col-worker = Соцработник
sc-col-marks = Стоит внимания
sc-diff = Расхождение
sc-precondition = Базовое условие
sc-not-answered = Пока без ответа
sc-skipped = Пропущено
sc-wants-help = Хочет помощи
sc-summary-diff-title = Где ответы расходятся
sc-summary-diff-none = Пока нет расхождений между двумя ответами.
sc-summary-pre-title = Базовые условия
sc-summary-pre-hint = Оценка соцработника — 3. Большинство OCMW сначала занимаются именно этим.
sc-summary-pre-none = Базовые условия не отмечены.
sc-summary-help-title = С этим клиент хочет помощи
sc-summary-help-none = Запрос на помощь пока не отмечен.
sc-summary-actions = Возможные действия
sc-summary-client-note = Своими словами
sc-summary-changes-title = Что изменилось после самооценки от { $date }
sc-summary-changes-none = С предыдущей самооценки ничего не изменилось.
sc-summary-first = Это первая самооценка: сравнивать пока не с чем.
sc-voice-client = клиент
sc-voice-worker = соцработник
sc-change-eased = легче
sc-change-harder = тяжелее
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Добавить в план
sc-add-to-plan-named = Добавить «{ $action }» в план
sc-in-plan = Уже в плане
