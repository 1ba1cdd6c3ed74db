# Trede: the GPMI, drafted together (Russian)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = План (GPMI)
plan-title = Проект интеграции (GPMI)
plan-intro = Вы составляете этот план вместе. Шаги можно проходить в любом порядке и останавливаться, когда захочется: всё сохраняется, пока вы пишете, и потом открывается там, где вы остановились.
plan-undo = Отменить действие
plan-redo = Повторить действие
plan-steps-label = Шаги плана
plan-previous = Назад: { $step }
plan-next = Дальше: { $step }
plan-choose = Выберите…
plan-unknown = Пока неизвестно
plan-not-set = ещё не указано
plan-not-filled = ещё не заполнено
plan-no-owner = пока никто
plan-no-date = пока без даты
plan-unnamed-action = действие без описания

## Steps
plan-step-basics = О плане
plan-step-topics = Ваша история
plan-step-goals = Цели
plan-step-actions = Действия
plan-step-agreements = Договорённости
plan-step-review = Перечитать
plan-step-evaluations = Оценка хода плана
plan-step-basics-title = Какой план и кто участвует
plan-step-topics-title = Своими словами
plan-step-goals-title = Чего вы хотите достичь?
plan-step-actions-title = Кто что делает и к какому сроку?
plan-step-agreements-title = О чём мы договариваемся
plan-step-review-title = Перечитаем вместе
plan-step-evaluations-title = Вместе подводим итоги

## Deadline
plan-deadline-by = OCMW должен заключить этот план не позднее { $date }. Срок после решения о leefloon составляет { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }.
plan-deadline-close = OCMW должен заключить этот план не позднее { $date }: { $days ->
        [0] это сегодня.
        [one] остался { $days } день.
        [few] осталось { $days } дня.
        [many] осталось { $days } дней.
       *[other] осталось { $days } дней.
    }
plan-deadline-past = OCMW должен был заключить этот план не позднее { $date }, { $days ->
        [one] { $days } день назад.
        [few] { $days } дня назад.
        [many] { $days } дней назад.
       *[other] { $days } дней назад.
    } Этот срок прошёл: теперь OCMW как можно скорее завершает план вместе с клиентом.

## Basics
plan-kind-title = План
plan-type-label = Вид плана
plan-type-employment = Направлен на работу
plan-type-training = Направлен на обучение или учёбу
plan-type-activation = Социальная активация
plan-decision-label = Дата решения о leefloon
plan-decision-hint = План подписывают в течение 3 месяцев после этой даты.
plan-start-label = Дата начала плана
plan-end-label = Дата окончания плана
plan-period = Период
plan-why-title = Почему составляется план
plan-birth-label = Дата рождения
plan-birth-hint = Только для того, чтобы понять, обязателен ли план.
plan-recent-right-label = Было ли у клиента право на социальную интеграцию в период перед решением ({ $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    })?
plan-recent-right-no = Нет, в этот период права не было
plan-recent-right-yes = Да, в этот период право было
plan-asked-client = Клиент попросил составить план
plan-asked-ocmw = OCMW попросил составить план
plan-mandate-required = План обязателен, потому что:
plan-mandate-not-required = По правилам план не обязателен. Но его можно составить по просьбе.
plan-mandate-unknown = Укажите дату рождения и было ли у клиента право на социальную интеграцию в предыдущие месяцы. Тогда будет видно, обязателен ли план.
plan-ground-under25 = клиенту меньше 25 лет
plan-ground-new = у клиента не было права на социальную интеграцию в предыдущий период ({ $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    })
plan-ground-client = клиент об этом попросил
plan-ground-ocmw = OCMW об этом попросил
plan-override-label = Решение социального работника
plan-override-none = Следовать правилам
plan-override-required = Всё же обязателен
plan-override-optional = Всё же не обязателен
plan-override-reason = Причина этого решения
plan-parties-title = Кто участвует
plan-worker-label = Социальный работник
plan-ocmw-label = OCMW
plan-third-legend = Партнёр { $n }
plan-third-name = Имя или название
plan-third-role = Роль (например, специалист по урегулированию долгов)
plan-third-tasks = Что берёт на себя этот партнёр
plan-third-add = Добавить партнёра
plan-third-remove = Убрать этого партнёра
plan-support-label = Кто-то рядом с клиентом
plan-support-none = Никто
plan-support-interpreter = Переводчик
plan-support-support = Доверенное лицо
plan-support-name = Имя

## Topics
plan-topics-intro = Запишите то, что рассказывает клиент, его собственными словами. Здесь нет никакого теста.
plan-topic-needs = Что вам нужно?
plan-topic-needs-hint = Например: спокойствие насчёт денег, жильё, присмотр за детьми.
plan-topic-challenges = Что сейчас для вас трудно?
plan-topic-challenges-hint = То, что мешает, — большое или маленькое.
plan-topic-goals = Чего вы хотите достичь или избежать?
plan-topic-goals-hint = Например: найти работу, не делать новых долгов.
plan-topic-future = Каким вы видите своё будущее?
plan-topic-future-hint = Где вы хотели бы быть через год-два?
plan-topic-role = Какую роль вы хотели бы играть среди других людей?
plan-topic-role-hint = Для себя и для других: на работе, по соседству, дома.

## Goals
plan-goals-intro = Нескольких целей достаточно. У каждой цели записано, почему она важна для вас.
plan-goals-empty = Целей пока нет. Добавим первую?
plan-goal-legend = Цель { $n }
plan-goal-title = Цель
plan-goal-domain = Сфера жизни
plan-goal-from = С
plan-goal-until = По
plan-goal-why = Почему это важно для вас?
plan-goal-add = Добавить цель
plan-goal-remove = Убрать эту цель

## Actions
plan-actions-intro = Маленькие конкретные шаги. У каждого шага есть человек, который за него берётся, и дата.
plan-actions-empty = Действий пока нет. Добавим первое?
plan-action-legend = Действие { $n }
plan-action-what = Что будет сделано?
plan-action-owner = Кто за это берётся?
plan-action-due = К какому сроку?
plan-action-status = Как идут дела?
plan-action-stop-reason = Почему это остановилось?
plan-action-evidence = Как мы увидим, что это сделано?
plan-action-goal = Для какой цели?
plan-action-no-goal = Без определённой цели
plan-action-add = Добавить действие
plan-action-remove = Убрать это действие
plan-owner-client = Клиент
plan-owner-ocmw = OCMW
plan-owner-third = Партнёр
plan-status-planned = Запланировано
plan-status-busy = Выполняется
plan-status-done = Готово
plan-status-stopped = Остановлено
plan-origin-free = Написано вместе
plan-origin-self-check = Из самооценки: { $domain }
plan-origin-catalogue = Предложение: { $offer }

## Agreements
plan-questions-title = План действий
plan-question-client-will-do = Что вы будете делать, чтобы достичь своих целей?
plan-question-client-expects = Чего вы ждёте от OCMW?
plan-question-ocmw-expects = Чего OCMW ждёт от вас?
plan-means-title = Что вносит каждая сторона
plan-means-intro = Время, деньги, помощь, беседы: что каждая сторона обязуется дать.
plan-means-client = Клиент
plan-means-ocmw = OCMW
plan-means-others = Партнёры
plan-rights-title = Ваши права и обязанности
plan-rights-1 = Этот план — договорённость между вами и OCMW (центром социальной помощи). Обе стороны его подписывают, и обе держат своё слово.
plan-rights-2 = Прежде чем подписать, вы можете попросить { $reflection ->
        [one] { $reflection } день
        [few] { $reflection } дня
        [many] { $reflection } дней
       *[other] { $reflection } дня
    } на размышление. Вы можете прийти с человеком, которого выберете сами.
plan-rights-3 = Мы вместе пересматриваем план не реже { $evaluations ->
        [one] { $evaluations } раза
       *[other] { $evaluations } раз
    } в год, из них не меньше { $in_person ->
        [one] { $in_person } раза
       *[other] { $in_person } раз
    } — на личной встрече. План может меняться вместе с вашей ситуацией.
plan-rights-4 = Если договорённости не выполняются без уважительной причины, leefloon могут приостановить полностью или частично: максимум на { $sanction ->
        [one] { $sanction } месяц
        [few] { $sanction } месяца
        [many] { $sanction } месяцев
       *[other] { $sanction } месяца
    }, или максимум на { $repeat ->
        [one] { $repeat } месяц
        [few] { $repeat } месяца
        [many] { $repeat } месяцев
       *[other] { $repeat } месяца
    }, если это повторится в течение года. Сначала вы получите заказное письмо, и у вас есть право быть выслушанным, прежде чем что-то решат.
plan-rights-5 = Санкций не будет, если OCMW сам не выполнил своих договорённостей.
plan-rights-6 = Если вы не согласны с решением, вы можете обжаловать его в суде по трудовым спорам (arbeidsrechtbank). На это у вас есть { $appeal ->
        [one] { $appeal } месяц
        [few] { $appeal } месяца
        [many] { $appeal } месяцев
       *[other] { $appeal } месяца
    } со дня, когда вам сообщили о решении.

## Review
plan-ready-title = Готовы подписать?
plan-ready-ok = Всё нужное есть. План готов к подписанию.
plan-ready-missing = { $count ->
        [one] Осталось дополнить { $count } пункт:
        [few] Осталось дополнить { $count } пункта:
        [many] Осталось дополнить { $count } пунктов:
       *[other] Осталось дополнить { $count } пунктов:
    }
plan-ready-never-blocks = Всё и так уже сохранено; закончить можно позже.
plan-missing-type = вид плана
plan-missing-start = дата начала
plan-missing-worker = имя социального работника
plan-missing-ocmw = название OCMW
plan-missing-third-name = имя или название партнёра
plan-missing-goal = хотя бы одна цель
plan-missing-goal-title = цель без описания
plan-missing-action = хотя бы одно действие
plan-missing-action-what = действие без описания
plan-missing-action-owner = кто берётся за «{ $what }»
plan-missing-action-date = дата для «{ $what }»
plan-missing-evaluation = встречи для оценки
plan-missing-evaluation-count = достаточно встреч для оценки: не меньше { $total } { $months ->
        [12] в год
        [one] за { $months } месяц
        [few] за { $months } месяца
        [many] за { $months } месяцев
       *[other] за { $months } месяца
    }, из них { $in_person } лично
plan-go-evaluations = Запланировать встречи для оценки
plan-sign-title = Время на размышление и подписание
plan-reflection-hint = { $days ->
        [one] Клиент может взять { $days } рабочий день на размышление перед подписанием.
        [few] Клиент может взять { $days } рабочих дня на размышление перед подписанием.
        [many] Клиент может взять { $days } рабочих дней на размышление перед подписанием.
       *[other] Клиент может взять { $days } рабочих дней на размышление перед подписанием.
    }
plan-reflection-label = Дата, когда попросили время на размышление
plan-reflection-until = Время на размышление — до { $date }.
plan-signed-label = Дата подписания
plan-summary-title = Весь план

## Evaluations
plan-schedule-title = Встречи для оценки
plan-schedule-rule = Встреч в год: не меньше { $count }, из них лично: { $inperson }.
plan-schedule-needs-start = Сначала укажите дату начала — тогда можно будет предложить даты встреч.
plan-schedule-propose = Предложить встречи для оценки
plan-schedule-remove = Убрать
plan-schedule-remove-label = Убрать встречу от { $date }
plan-eval-status-done = состоялась
plan-eval-status-due = { $days ->
        [0] сегодня
        [one] через { $days } день
        [few] через { $days } дня
        [many] через { $days } дней
       *[other] через { $days } дней
    }
plan-eval-status-overdue = { $days ->
        [one] просрочено на { $days } день
        [few] просрочено на { $days } дня
        [many] просрочено на { $days } дней
       *[other] просрочено на { $days } дней
    }
plan-eval-status-later = позже
plan-record-title = Записать встречу для оценки
plan-eval-date = Дата
plan-eval-date-missing = Укажите дату встречи для оценки.
plan-eval-present = Кто присутствовал
plan-eval-goal = Как продвигается «{ $goal }»?
plan-progress-not-started = Ещё не начато
plan-progress-on-track = По плану
plan-progress-reached = Достигнуто
plan-progress-adjusted = Скорректировано
plan-progress-stopped = Остановлено
plan-eval-changes = Что изменилось
plan-eval-changes-hint = Например, дополнительная договорённость или временно другой фокус.
plan-eval-rung = Место на лестнице сейчас
plan-eval-rung-same = Без изменений
plan-eval-save = Сохранить оценку
plan-history-title = Прошедшие встречи для оценки
plan-history-empty = Встреч для оценки пока не было.
plan-eval-new-rung = Новое место на лестнице: { $rung }
plan-eval-version = План на тот момент

plan-reflection-hint-calendar = { $days ->
        [one] Клиент может взять { $days } календарный день на размышление перед подписанием.
        [few] Клиент может взять { $days } календарных дня на размышление перед подписанием.
        [many] Клиент может взять { $days } календарных дней на размышление перед подписанием.
       *[other] Клиент может взять { $days } календарных дней на размышление перед подписанием.
    }
plan-reflection-count-label = Считать время на размышление в
plan-reflection-count-working = рабочих днях (с понедельника по пятницу)
plan-reflection-count-calendar = календарных днях

## rules
plan-rights-meeting = Если вы попросите о встрече со своим социальным работником, эта встреча должна состояться в срок { $meeting ->
        [one] { $meeting } рабочий день
        [few] { $meeting } рабочих дня
        [many] { $meeting } рабочих дней
       *[other] { $meeting } рабочего дня
    }.
plan-rights-change = Вы можете в любой момент попросить изменить план.
plan-part-time-top-up = Работает неполный день и получает доплату leefloon
plan-part-time-rule-label = Правило этого OCMW для работы неполный день с доплатой leefloon
plan-part-time-rule-required = План обязателен (как в OCMW Остенде)
plan-part-time-rule-optional = План только по просьбе (как в брюссельских руководствах)
plan-ground-part-time = клиент работает неполный день и получает доплату leefloon
plan-ground-studies = клиент учится на дневной форме с согласия OCMW
plan-mandate-exempted = OCMW приняло решение об освобождении по соображениям здоровья или справедливости. План всё же возможен, если клиент о нём попросит.
plan-exemption-label = Освобождение от OCMW
plan-exemption-none = Без освобождения
plan-exemption-health = По соображениям здоровья
plan-exemption-equity = По соображениям справедливости
plan-exemption-date = Дата решения
plan-exemption-reason = Обоснование решения
plan-exemption-date-missing = Дата решения ещё не указана.
plan-exemption-reason-missing = Обоснование решения ещё не указано.
plan-exemption-ladder = Лестница показывает это решение рядом со статусом «освобождение».
plan-reflection-waived-label = Клиент отказался от времени на размышление
plan-reflection-waived-hint = Заполняйте, только если клиент сам решил подписать раньше.
plan-signed-inside-reflection = План подписан во время срока на размышление, и не записано, что клиент от него отказался. Спросите и запишите это или подпишите заново после срока на размышление.
## evals
plan-eval-kind-in-person = лично
plan-eval-kind-written = письменно
plan-eval-kind-phone-or-video = по телефону или видеосвязи
plan-eval-kind-label = Как прошла встреча для оценки
plan-eval-link = Какой это запланированный момент
plan-eval-link-none = Без запланированного момента: дополнительная оценка
plan-eval-kind-mismatch = Запланировано: { $planned }, проведено: { $held }. Засчитывается как { $held }.
plan-eval-date-future = Эта дата позже сегодняшней. Выберите день, когда прошла оценка.
plan-eval-rung-to-ladder = Новое место также появится на лестнице, с датой этой оценки.
plan-year-line = Год { $year } ({ $from } – { $until }): проведено { $held } (лично: { $heldinperson }), ещё запланировано { $planned } (лично: { $plannedinperson }). Нужно: { $total }, из них лично: { $inperson }.
plan-year-met = Всё в порядке.
plan-year-on-track = Достижимо с тем, что запланировано.
plan-year-short = С тем, что запланировано сейчас, этот год не достигает минимума. Запланируйте ещё один момент.
plan-year-missed = Этот год закончился и не достиг минимума.
plan-eval-print = Напечатать отчёт
plan-rules-evals-title = Настройки оценок
plan-rules-link-margin = Оценка засчитывается запланированному моменту, наступающему не позже чем через столько дней
plan-rules-link-margin-error = Выберите число от 0 до { $max }.
plan-rules-short-year = Минимум для плана или части года короче двенадцати месяцев
plan-rules-short-year-proportional = пропорционально месяцам (с округлением вверх)
plan-rules-short-year-full-year = полный годовой минимум
## plan
plan-type-studies = Очное обучение (GPMI студента)
plan-orientations-label = Направлен на (одно или несколько)
plan-present-name-interpreter = Имя переводчика
plan-present-name-support = Имя доверенного лица
plan-studies-title = Учёба
plan-studies-intro = Тот, кому OCMW разрешает учиться очно, всегда имеет GPMI. Укажите учебное заведение, специальность и срок, а также что обещает каждая сторона.
plan-studies-school = Школа или высшее учебное заведение
plan-studies-direction = Специальность
plan-studies-duration = Срок обучения
plan-studies-student = Студент обещает
plan-student-attend = посещать занятия
plan-student-exams = сдавать экзамены
plan-student-results = передавать результаты в OCMW
plan-student-holiday-job = быть доступным для студенческой работы на каникулах, насколько позволяет учёба
plan-studies-other = Другие договорённости для студента
plan-studies-ocmw = Что обещает OCMW (например, какие школьные расходы он оплачивает)
plan-costs-title = Расходы, которые оплачивает OCMW
plan-costs-intro = Для обучения или деятельности: какие расходы берёт на себя OCMW?
plan-cost-registration = регистрационный взнос
plan-cost-insurance = страховка
plan-cost-work-clothes = рабочая одежда
plan-cost-travel = транспортные расходы
plan-costs-other = Другие расходы
plan-costs-none = Расходов нет
plan-explained-title = Объяснение клиенту
plan-explained-on = Содержание, значение и последствия объяснены { $date }
plan-explained-record = Я объяснил(а) план сегодня
plan-end-title = Завершить план
plan-end-intro = Завершённый план можно читать и печатать, но нельзя изменять или подписывать.
plan-end-kind = Как завершается план
plan-end-successful = Успешно: цели достигнуты
plan-end-early = Остановлен раньше
plan-end-right-ended = Право на социальную интеграцию прекратилось
plan-end-date = Дата завершения
plan-end-reason = Причина
plan-end-confirm = Завершить план
plan-end-need-kind = Выберите, как завершается план.
plan-end-need-date = Укажите дату завершения.
plan-end-need-reason = Напишите, почему план останавливается раньше.
plan-ended = Этот план завершён { $date }: { $kind }.
plan-ended-hint = Вы ещё можете читать и печатать план. Изменять или подписывать его больше нельзя.
plan-move-title = Переезд в другой OCMW
plan-move-ocmw = Новый OCMW
plan-move-consent = Клиент согласился на передачу дела
plan-move-export = Экспортировать дело для нового OCMW
plan-move-needs-consent = Укажите новый OCMW и дату согласия. Без согласия не передавайте дело.
plan-missing-studies = учебное заведение, специальность и срок обучения
plan-missing-end = дата завершения
plan-missing-end-order = дата завершения после даты начала
plan-missing-domain = сфера жизни целей
plan-missing-ocmw-commitment = что обещает OCMW (действие OCMW или то, что вносит OCMW)
plan-missing-costs = какие расходы оплачивает OCMW, или что их нет
plan-missing-explained = дата, когда вы объяснили содержание, значение и последствия
plan-missing-explained-again = план изменился после объяснения: объясните снова
plan-origin-catalogue-from = Предложение: { $offer } (из { $catalogue }, издание { $edition })

## strength
plan-strength-label = Кто в основном это несёт? (компас сил)
plan-strength-client = В основном сам клиент
plan-strength-network = С помощью близких
plan-strength-professional = С профессиональной помощью
