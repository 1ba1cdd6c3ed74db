# Trede: the GPMI, drafted together (Bulgarian)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.
# Note: date-long ends in "г.", so sentences never end right after { $date } (avoids "г..").

plan-view = План (GPMI)
plan-title = Планът за интеграция (GPMI)
plan-intro = Пишете този план заедно. Минете през стъпките в удобния за вас ред и спрете, когато пожелаете: всичко се запазва, докато пишете, и продължава оттам, където сте спрели.
plan-undo = Отмени
plan-redo = Повтори
plan-steps-label = Стъпки на плана
plan-previous = Назад: { $step }
plan-next = Напред: { $step }
plan-choose = Изберете…
plan-unknown = Още не е известно
plan-not-set = още не е попълнено
plan-not-filled = още не е попълнено
plan-no-owner = още никой
plan-no-date = още няма дата
plan-unnamed-action = действие без описание

## Steps
plan-step-basics = За плана
plan-step-topics = Твоята история
plan-step-goals = Цели
plan-step-actions = Действия
plan-step-agreements = Договорености
plan-step-review = Преглед
plan-step-evaluations = Оценяване
plan-step-basics-title = Какъв план и кой участва
plan-step-topics-title = С твои думи
plan-step-goals-title = Какво искаш да постигнеш?
plan-step-actions-title = Кой какво прави и до кога?
plan-step-agreements-title = Какво договаряме
plan-step-review-title = Преглеждаме заедно
plan-step-evaluations-title = Заедно поглеждаме назад

## Deadline
plan-deadline-by = OCMW трябва да сключи този план най-късно на { $date }. Срокът след решението за leefloon е { $months ->
        [one] { $months } месец
       *[other] { $months } месеца
    }.
plan-deadline-close = OCMW трябва да сключи този план най-късно на { $date }: { $days ->
        [0] това е днес.
        [one] остава един ден.
       *[other] остават { $days } дни.
    }
plan-deadline-past = OCMW трябваше да сключи този план най-късно на { $date }, { $days ->
        [one] преди един ден.
       *[other] преди { $days } дни.
    } Този срок изтече: OCMW сега завършва плана заедно с клиента възможно най-бързо.

## Basics
plan-kind-title = Планът
plan-type-label = Вид план
plan-type-employment = Насочен към работа
plan-type-training = Насочен към обучение или учене
plan-type-activation = Социална активизация
plan-decision-label = Дата на решението за leefloon (доход за социална интеграция)
plan-decision-hint = Планът се подписва в срок до 3 месеца след тази дата.
plan-start-label = Планът започва на
plan-end-label = Планът завършва на
plan-period = Период
plan-why-title = Защо има план
plan-birth-label = Дата на раждане
plan-birth-hint = Само за да се види дали планът е задължителен.
plan-recent-right-label = Имал ли е клиентът право на социална интеграция в периода преди решението ({ $months ->
        [one] { $months } месец
       *[other] { $months } месеца
    })?
plan-recent-right-no = Не, нямаше право в този период
plan-recent-right-yes = Да, имаше право в този период
plan-asked-client = Клиентът поиска план
plan-asked-ocmw = OCMW поиска план
plan-mandate-required = Планът е задължителен, защото:
plan-mandate-not-required = Според правилата планът не е задължителен. Може да бъде изготвен по желание.
plan-mandate-unknown = Попълни датата на раждане и дали клиентът е имал право на социална интеграция през предходните месеци. Тогава ще видиш дали планът е задължителен.
plan-ground-under25 = клиентът е на по-малко от 25 години
plan-ground-new = клиентът не е имал право на социална интеграция в предходния период ({ $months ->
        [one] { $months } месец
       *[other] { $months } месеца
    })
plan-ground-client = клиентът го поиска
plan-ground-ocmw = OCMW го поиска
plan-override-label = Преценка на социалния работник
plan-override-none = Според правилата
plan-override-required = Все пак задължителен
plan-override-optional = Все пак не е задължителен
plan-override-reason = Причина за тази преценка
plan-parties-title = Кой участва
plan-worker-label = Социален работник
plan-ocmw-label = OCMW
plan-third-legend = Партньор { $n }
plan-third-name = Име
plan-third-role = Роля (например посредник при дългове)
plan-third-tasks = Какво поема този партньор
plan-third-add = Добави партньор
plan-third-remove = Премахни този партньор
plan-support-label = Човек, който придружава клиента
plan-support-none = Никой
plan-support-interpreter = Преводач
plan-support-support = Доверено лице
plan-support-name = Име

## Topics
plan-topics-intro = Запишете какво разказва клиентът, така както го казва. Нищо тук не е изпит.
plan-topic-needs = От какво имаш нужда?
plan-topic-needs-hint = Например: спокойствие за парите, жилище, място в ясла.
plan-topic-challenges = Какво ти е трудно сега?
plan-topic-challenges-hint = Неща, които ти пречат – големи или малки.
plan-topic-goals = Какво искаш да постигнеш или да избегнеш?
plan-topic-goals-hint = Например: да намериш работа, да нямаш нови дългове.
plan-topic-future = Как виждаш бъдещето си?
plan-topic-future-hint = Къде искаш да бъдеш след година-две?
plan-topic-role = Каква роля искаш да имаш сред другите хора?
plan-topic-role-hint = За себе си и за другите: на работа, в квартала, у дома.

## Goals
plan-goals-intro = Няколко цели са достатъчни. При всяка цел пише защо е важна за теб.
plan-goals-empty = Все още няма цели. Да добавим ли първата?
plan-goal-legend = Цел { $n }
plan-goal-title = Целта
plan-goal-domain = Област от живота
plan-goal-from = От
plan-goal-until = До
plan-goal-why = Защо това е важно за теб?
plan-goal-add = Добави цел
plan-goal-remove = Премахни тази цел

## Actions
plan-actions-intro = Малки, конкретни стъпки. Всяка стъпка има човек, който я поема, и дата.
plan-actions-empty = Все още няма действия. Да добавим ли първото?
plan-action-legend = Действие { $n }
plan-action-what = Какво ще се случи?
plan-action-owner = Кой го поема?
plan-action-due = До кога?
plan-action-status = Как върви?
plan-action-stop-reason = Защо спря?
plan-action-evidence = По какво ще видим, че е направено?
plan-action-goal = За коя цел?
plan-action-no-goal = Без определена цел
plan-action-add = Добави действие
plan-action-remove = Премахни това действие
plan-owner-client = Клиентът
plan-owner-ocmw = OCMW
plan-owner-third = Партньор
plan-status-planned = Планирано
plan-status-busy = В процес
plan-status-done = Готово
plan-status-stopped = Спряно
plan-origin-free = Написано заедно
plan-origin-self-check = От самооценката: { $domain }
plan-origin-catalogue = Предложение: { $offer }

## Agreements
plan-questions-title = Планът за действие
plan-question-client-will-do = Какво ще направиш ти, за да постигнеш целите си?
plan-question-client-expects = Какво очакваш ти от OCMW?
plan-question-ocmw-expects = Какво очаква OCMW от теб?
plan-means-title = Какво дава всяка страна
plan-means-intro = Време, пари, помощ, разговори: за какво се ангажира всяка страна.
plan-means-client = Клиентът
plan-means-ocmw = OCMW
plan-means-others = Партньори
plan-rights-title = Твоите права и задължения
plan-rights-1 = Този план е споразумение между теб и OCMW (общинския център за социална помощ). Двете страни го подписват и двете държат на думата си.
plan-rights-2 = Преди да подпишеш, можеш да поискаш време за размисъл: { $reflection ->
        [one] { $reflection } ден
       *[other] { $reflection } дни
    }. Можеш да доведеш човек, когото сам избереш.
plan-rights-3 = Преглеждаме плана заедно поне { $evaluations ->
        [one] веднъж
       *[other] { $evaluations } пъти
    } годишно, от които поне { $in_person ->
        [one] веднъж
       *[other] { $in_person } пъти
    } в разговор лице в лице. Планът може да се променя заедно с твоето положение.
plan-rights-4 = Ако договореностите не се спазват без основателна причина, leefloon може да бъде спрян изцяло или частично: най-много за { $sanction ->
        [one] { $sanction } месец
       *[other] { $sanction } месеца
    }, или най-много за { $repeat ->
        [one] { $repeat } месец
       *[other] { $repeat } месеца
    }, ако това се случи отново до една година. Първо получаваш препоръчано писмо и имаш право да бъдеш изслушан, преди да се реши нещо.
plan-rights-5 = Няма санкция, ако OCMW не е спазил своите договорености.
plan-rights-6 = Ако не си съгласен с решение, можеш да го обжалваш пред трудовия съд (arbeidsrechtbank). Имаш { $appeal ->
        [one] { $appeal } месец
       *[other] { $appeal } месеца
    } за това, от деня, в който са ти съобщили решението.

## Review
plan-ready-title = Готово ли е за подписване?
plan-ready-ok = Всичко необходимо е попълнено. Планът е готов за подписване.
plan-ready-missing = { $count ->
        [one] Липсва още едно нещо:
       *[other] Липсват още { $count } неща:
    }
plan-ready-never-blocks = Всичко така или иначе е запазено; можеш да го довършиш по-късно.
plan-missing-type = видът на плана
plan-missing-start = началната дата
plan-missing-worker = името на социалния работник
plan-missing-ocmw = името на OCMW
plan-missing-third-name = името на партньор
plan-missing-goal = поне една цел
plan-missing-goal-title = цел без описание
plan-missing-action = поне едно действие
plan-missing-action-what = действие без описание
plan-missing-action-owner = кой поема „{ $what }“
plan-missing-action-date = дата за „{ $what }“
plan-missing-evaluation = срещи за оценка
plan-missing-evaluation-count = достатъчно срещи за оценка: поне { $total } { $months ->
        [12] годишно
        [one] за един месец
       *[other] за { $months } месеца
    }, от тях { $in_person } лице в лице
plan-go-evaluations = Планирай срещите за оценка
plan-sign-title = Време за размисъл и подписване
plan-reflection-hint =
    { $days ->
        [one] Клиентът може да размисли { $days } работен ден, преди да подпише.
       *[other] Клиентът може да размисли { $days } работни дни, преди да подпише.
    }
plan-reflection-label = Време за размисъл, поискано на
plan-reflection-until = Времето за размисъл е до { $date }
plan-signed-label = Подписан на
plan-summary-title = Целият план

## Evaluations
plan-schedule-title = Срещи за оценка
plan-schedule-rule = Поне { $count } годишно, от които { $inperson } лице в лице.
plan-schedule-needs-start = Първо попълнете началната дата; тогава срещите могат да бъдат предложени.
plan-schedule-propose = Предложи срещи за оценка
plan-schedule-remove = Премахни
plan-schedule-remove-label = Премахни срещата на { $date }
plan-eval-status-done = проведена
plan-eval-status-due = { $days ->
        [0] днес
        [one] след 1 ден
       *[other] след { $days } дни
    }
plan-eval-status-overdue = { $days ->
        [one] 1 ден закъснение
       *[other] { $days } дни закъснение
    }
plan-eval-status-later = по-късно
plan-record-title = Записване на оценка
plan-eval-date = Дата
plan-eval-date-missing = Попълнете датата на оценката.
plan-eval-present = Кой присъстваше
plan-eval-goal = Как върви „{ $goal }“?
plan-progress-not-started = Още не е започнато
plan-progress-on-track = По план
plan-progress-reached = Постигнато
plan-progress-adjusted = Коригирано
plan-progress-stopped = Спряно
plan-eval-changes = Какво се промени
plan-eval-changes-hint = Например допълнителна договореност или засега друг фокус.
plan-eval-rung = Място на стълбицата сега
plan-eval-rung-same = Без промяна
plan-eval-save = Запази оценката
plan-history-title = Досегашни оценки
plan-history-empty = Все още няма оценки.
plan-eval-new-rung = Ново място на стълбицата: { $rung }
plan-eval-version = Планът към онзи момент

plan-reflection-hint-calendar =
    { $days ->
        [one] Клиентът може да размисли { $days } календарен ден, преди да подпише.
       *[other] Клиентът може да размисли { $days } календарни дни, преди да подпише.
    }
plan-reflection-count-label = Времето за размисъл се брои в
plan-reflection-count-working = работни дни (от понеделник до петък)
plan-reflection-count-calendar = календарни дни

## rules
plan-rights-meeting = Ако поискаш разговор със социалния си работник, този разговор трябва да се проведе в срок от { $meeting ->
        [one] { $meeting } работен ден
       *[other] { $meeting } работни дни
    }.
plan-rights-change = Можеш по всяко време да поискаш планът да бъде променен.
plan-part-time-top-up = Работи на непълно работно време и получава допълващ leefloon
plan-part-time-rule-label = Правило на този OCMW при работа на непълно работно време с допълващ leefloon
plan-part-time-rule-required = Планът е задължителен (както в OCMW Остенде)
plan-part-time-rule-optional = План само по желание (както в брюкселските наръчници)
plan-ground-part-time = клиентът работи на непълно работно време с допълващ leefloon
plan-ground-studies = клиентът учи редовно със съгласието на OCMW
plan-mandate-exempted = OCMW реши освобождаване по здравословни причини или от съображения за справедливост. План все пак е възможен, ако клиентът поиска.
plan-exemption-label = Освобождаване от OCMW
plan-exemption-none = Без освобождаване
plan-exemption-health = По здравословни причини
plan-exemption-equity = От съображения за справедливост
plan-exemption-date = Дата на решението
plan-exemption-reason = Мотиви на решението
plan-exemption-date-missing = Датата на решението още липсва.
plan-exemption-reason-missing = Мотивите на решението още липсват.
plan-exemption-ladder = Стълбата показва това решение при статуса „освобождаване“.
plan-reflection-waived-label = Клиентът се отказа от времето за размисъл на
plan-reflection-waived-hint = Попълни само ако клиентът сам е избрал да подпише по-рано.
plan-signed-inside-reflection = Планът е подписан по време на времето за размисъл и не е записано, че клиентът се е отказал от него. Попитай и го запиши или подпишете отново след времето за размисъл.
## evals
plan-eval-kind-in-person = лице в лице
plan-eval-kind-written = писмено
plan-eval-kind-phone-or-video = по телефона или с видео
plan-eval-kind-label = Как се проведе оценката
plan-eval-link = Кой планиран момент е това
plan-eval-link-none = Без планиран момент: допълнителна оценка
plan-eval-kind-mismatch = Планирана: { $planned }, проведена: { $held }. Брои се като { $held }.
plan-eval-date-future = Тази дата е след днес. Изберете деня, в който се проведе оценката.
plan-eval-rung-to-ladder = Ново място се добавя и на стълбицата, с датата на тази оценка.
plan-year-line = Година { $year } ({ $from } – { $until }): проведени { $held } (лице в лице: { $heldinperson }), още планирани { $planned } (лице в лице: { $plannedinperson }). Нужни: { $total }, от тях лице в лице: { $inperson }.
plan-year-met = Наред е.
plan-year-on-track = Постижимо с планираното.
plan-year-short = С планираното сега тази година не достига минимума. Планирайте още един момент.
plan-year-missed = Тази година свърши и не достигна минимума.
plan-eval-print = Отпечатване на отчета
plan-rules-evals-title = Настройки на оценяването
plan-rules-link-margin = Оценката се брои за планиран момент, който е най-много толкова дни по-късно
plan-rules-link-margin-error = Изберете число от 0 до { $max }.
plan-rules-short-year = Минимум за план или част от година, по-кратки от дванадесет месеца
plan-rules-short-year-proportional = пропорционално на месеците (закръглено нагоре)
plan-rules-short-year-full-year = пълният годишен минимум
## plan
plan-type-studies = Редовно обучение (GPMI за студент)
plan-orientations-label = Насочен към (едно или повече)
plan-present-name-interpreter = Име на преводача
plan-present-name-support = Име на довереното лице
plan-studies-title = Обучение
plan-studies-intro = Който с разрешение на OCMW учи редовно, винаги има GPMI. Попълнете училището, специалността и продължителността, и какво обещава всяка страна.
plan-studies-school = Училище или висше училище
plan-studies-direction = Специалност
plan-studies-duration = Продължителност на обучението
plan-studies-student = Студентът обещава да
plan-student-attend = посещава занятията
plan-student-exams = се явява на изпитите
plan-student-results = предава резултатите на OCMW
plan-student-holiday-job = е на разположение за студентска работа през ваканциите, доколкото обучението позволява
plan-studies-other = Други договорености за студента
plan-studies-ocmw = Какво обещава OCMW (например кои училищни разходи плаща)
plan-costs-title = Разходи, които плаща OCMW
plan-costs-intro = За обучение или дейност: кои разходи поема OCMW?
plan-cost-registration = такса за записване
plan-cost-insurance = застраховка
plan-cost-work-clothes = работно облекло
plan-cost-travel = пътни разходи
plan-costs-other = Други разходи
plan-costs-none = Няма приложими разходи
plan-explained-title = Обяснение на клиента
plan-explained-on = Съдържанието, обхватът и последиците са обяснени на { $date }
plan-explained-record = Днес обясних плана
plan-end-title = Приключване на плана
plan-end-intro = Приключен план може да се чете и печата, но вече не може да се променя или подписва.
plan-end-kind = Как приключва планът
plan-end-successful = Успешно: целите са постигнати
plan-end-early = Спрян по-рано
plan-end-right-ended = Правото на социална интеграция е прекратено
plan-end-date = Дата на приключване
plan-end-reason = Причина
plan-end-confirm = Приключи плана
plan-end-need-kind = Изберете как приключва планът.
plan-end-need-date = Попълнете датата на приключване.
plan-end-need-reason = Напишете защо планът спира по-рано.
plan-ended = Този план е приключен на { $date }: { $kind }.
plan-ended-hint = Все още можете да четете и печатате плана. Вече не може да се променя или подписва.
plan-move-title = Преместване в друг OCMW
plan-move-ocmw = Новият OCMW
plan-move-consent = Клиентът се съгласи досието да бъде предадено на
plan-move-export = Експортиране на досието за новия OCMW
plan-move-needs-consent = Попълнете новия OCMW и датата на съгласието. Без съгласие не предавайте досието.
plan-missing-studies = училището, специалността и продължителността на обучението
plan-missing-end = крайната дата
plan-missing-end-order = крайна дата след началната дата
plan-missing-domain = житейската област на целите
plan-missing-ocmw-commitment = какво обещава OCMW (действие на OCMW или какво влага OCMW)
plan-missing-costs = кои разходи плаща OCMW, или че няма такива
plan-missing-explained = датата, на която обяснихте съдържанието, обхвата и последиците
plan-missing-explained-again = планът се промени след обяснението: обяснете го отново
plan-origin-catalogue-from = Предложение: { $offer } (от { $catalogue }, издание { $edition })

## strength
plan-strength-label = Кой основно носи това? (компас на силите)
plan-strength-client = Основно самият клиент
plan-strength-network = С помощта на близките
plan-strength-professional = С професионална помощ
