# Trede: the GPMI, drafted together (Ukrainian)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = План (GPMI)
plan-title = Проєкт інтеграції (GPMI)
plan-intro = Ви складаєте цей план разом. Кроки можна проходити в будь-якому порядку й зупинятися, коли захочеться: усе зберігається, поки ви пишете, і потім відкривається там, де ви зупинилися.
plan-undo = Скасувати дію
plan-redo = Повторити дію
plan-steps-label = Кроки плану
plan-previous = Назад: { $step }
plan-next = Далі: { $step }
plan-choose = Виберіть…
plan-unknown = Ще невідомо
plan-not-set = ще не вказано
plan-not-filled = ще не заповнено
plan-no-owner = ще ніхто
plan-no-date = ще без дати
plan-unnamed-action = дія без опису

## Steps
plan-step-basics = Про план
plan-step-topics = Ваша історія
plan-step-goals = Цілі
plan-step-actions = Дії
plan-step-agreements = Домовленості
plan-step-review = Перечитати
plan-step-evaluations = Оцінювання
plan-step-basics-title = Який план і хто бере участь
plan-step-topics-title = Вашими словами
plan-step-goals-title = Чого ви хочете досягти?
plan-step-actions-title = Хто що робить і до якого часу?
plan-step-agreements-title = Про що ми домовляємося
plan-step-review-title = Перечитаймо разом
plan-step-evaluations-title = Разом підбиваємо підсумки

## Deadline
plan-deadline-by = OCMW має укласти цей план не пізніше { $date }. Строк після рішення про leefloon становить { $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    }.
plan-deadline-close = OCMW має укласти цей план не пізніше { $date }: { $days ->
        [0] це сьогодні.
        [one] залишився { $days } день.
        [few] залишилося { $days } дні.
        [many] залишилося { $days } днів.
       *[other] залишилося { $days } днів.
    }
plan-deadline-past = OCMW мав укласти цей план не пізніше { $date }, { $days ->
        [one] { $days } день тому.
        [few] { $days } дні тому.
        [many] { $days } днів тому.
       *[other] { $days } днів тому.
    } Цей строк минув: тепер OCMW якнайшвидше завершує план разом із клієнтом.

## Basics
plan-kind-title = План
plan-type-label = Тип плану
plan-type-employment = Спрямований на роботу
plan-type-training = Спрямований на навчання або освіту
plan-type-activation = Соціальна активація
plan-decision-label = Дата рішення про leefloon
plan-decision-hint = План підписують протягом 3 місяців після цієї дати.
plan-start-label = Дата початку плану
plan-end-label = Дата завершення плану
plan-period = Період
plan-why-title = Чому складається план
plan-birth-label = Дата народження
plan-birth-hint = Лише для того, щоб з’ясувати, чи план обов’язковий.
plan-recent-right-label = Чи мав клієнт право на соціальну інтеграцію в період перед рішенням ({ $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    })?
plan-recent-right-no = Ні, у той період права не було
plan-recent-right-yes = Так, у той період право було
plan-asked-client = Клієнт попросив скласти план
plan-asked-ocmw = OCMW попросив скласти план
plan-mandate-required = План обов’язковий, тому що:
plan-mandate-not-required = За правилами план не обов’язковий. Але його можна скласти на прохання.
plan-mandate-unknown = Вкажіть дату народження і чи мав клієнт право на соціальну інтеграцію в попередні місяці. Тоді буде видно, чи план обов’язковий.
plan-ground-under25 = клієнтові менше 25 років
plan-ground-new = клієнт не мав права на соціальну інтеграцію в попередній період ({ $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяця
    })
plan-ground-client = клієнт про це попросив
plan-ground-ocmw = OCMW про це попросив
plan-override-label = Рішення соціального працівника
plan-override-none = Дотримуватися правил
plan-override-required = Усе ж обов’язковий
plan-override-optional = Усе ж не обов’язковий
plan-override-reason = Причина цього рішення
plan-parties-title = Хто бере участь
plan-worker-label = Соціальний працівник
plan-ocmw-label = OCMW
plan-third-legend = Партнер { $n }
plan-third-name = Ім’я або назва
plan-third-role = Роль (наприклад, фахівець із врегулювання боргів)
plan-third-tasks = Що бере на себе цей партнер
plan-third-add = Додати партнера
plan-third-remove = Прибрати цього партнера
plan-support-label = Хтось поруч із клієнтом
plan-support-none = Ніхто
plan-support-interpreter = Перекладач
plan-support-support = Довірена особа
plan-support-name = Ім’я

## Topics
plan-topics-intro = Запишіть те, що розповідає клієнт, його власними словами. Тут немає жодного тесту.
plan-topic-needs = Що вам потрібно?
plan-topic-needs-hint = Наприклад: спокій щодо грошей, житло, догляд за дітьми.
plan-topic-challenges = Що зараз для вас складно?
plan-topic-challenges-hint = Те, що заважає, — велике чи мале.
plan-topic-goals = Чого ви хочете досягти або уникнути?
plan-topic-goals-hint = Наприклад: знайти роботу, не мати нових боргів.
plan-topic-future = Яким ви бачите своє майбутнє?
plan-topic-future-hint = Де ви хотіли б бути через рік-два?
plan-topic-role = Яку роль ви хотіли б мати серед інших людей?
plan-topic-role-hint = Для себе та для інших: на роботі, по сусідству, вдома.

## Goals
plan-goals-intro = Кількох цілей достатньо. Біля кожної цілі записано, чому вона для вас важлива.
plan-goals-empty = Цілей ще немає. Додамо першу?
plan-goal-legend = Ціль { $n }
plan-goal-title = Ціль
plan-goal-domain = Сфера життя
plan-goal-from = Від
plan-goal-until = До
plan-goal-why = Чому це для вас важливо?
plan-goal-add = Додати ціль
plan-goal-remove = Прибрати цю ціль

## Actions
plan-actions-intro = Маленькі конкретні кроки. У кожного кроку є людина, яка за нього береться, і дата.
plan-actions-empty = Дій ще немає. Додамо першу?
plan-action-legend = Дія { $n }
plan-action-what = Що буде зроблено?
plan-action-owner = Хто за це береться?
plan-action-due = До якого часу?
plan-action-status = Як просувається справа?
plan-action-stop-reason = Чому це зупинилося?
plan-action-evidence = Як ми побачимо, що це зроблено?
plan-action-goal = Для якої цілі?
plan-action-no-goal = Без конкретної цілі
plan-action-add = Додати дію
plan-action-remove = Прибрати цю дію
plan-owner-client = Клієнт
plan-owner-ocmw = OCMW
plan-owner-third = Партнер
plan-status-planned = Заплановано
plan-status-busy = Триває
plan-status-done = Виконано
plan-status-stopped = Зупинено
plan-origin-free = Написано разом
plan-origin-self-check = З самооцінки: { $domain }
plan-origin-catalogue = Пропозиція: { $offer }

## Agreements
plan-questions-title = План дій
plan-question-client-will-do = Що ви робитимете, щоб досягти своїх цілей?
plan-question-client-expects = Чого ви очікуєте від OCMW?
plan-question-ocmw-expects = Чого OCMW очікує від вас?
plan-means-title = Що вносить кожна сторона
plan-means-intro = Час, гроші, допомога, розмови: що кожна сторона зобов’язується дати.
plan-means-client = Клієнт
plan-means-ocmw = OCMW
plan-means-others = Партнери
plan-rights-title = Ваші права та обов’язки
plan-rights-1 = Цей план — домовленість між вами та OCMW (центром соціальної допомоги). Обидві сторони його підписують, і обидві дотримуються свого слова.
plan-rights-2 = Перш ніж підписати, ви можете попросити { $reflection ->
        [one] { $reflection } день
        [few] { $reflection } дні
        [many] { $reflection } днів
       *[other] { $reflection } дня
    } на роздуми. Ви можете прийти з людиною, яку оберете самі.
plan-rights-3 = Ми разом переглядаємо план щонайменше { $evaluations ->
        [one] { $evaluations } раз
        [few] { $evaluations } рази
        [many] { $evaluations } разів
       *[other] { $evaluations } раза
    } на рік, з них щонайменше { $in_person ->
        [one] { $in_person } раз
        [few] { $in_person } рази
        [many] { $in_person } разів
       *[other] { $in_person } раза
    } — на особистій зустрічі. План може змінюватися разом із вашою ситуацією.
plan-rights-4 = Якщо домовленостей не дотримано без поважної причини, leefloon можуть призупинити повністю або частково: щонайбільше на { $sanction ->
        [one] { $sanction } місяць
        [few] { $sanction } місяці
        [many] { $sanction } місяців
       *[other] { $sanction } місяця
    }, або щонайбільше на { $repeat ->
        [one] { $repeat } місяць
        [few] { $repeat } місяці
        [many] { $repeat } місяців
       *[other] { $repeat } місяця
    }, якщо це повториться протягом року. Спочатку ви отримаєте рекомендований лист і маєте право бути вислуханими, перш ніж щось вирішать.
plan-rights-5 = Санкції не буде, якщо OCMW сам не виконав своїх домовленостей.
plan-rights-6 = Якщо ви не згодні з рішенням, ви можете оскаржити його в суді з трудових спорів (arbeidsrechtbank). На це у вас є { $appeal ->
        [one] { $appeal } місяць
        [few] { $appeal } місяці
        [many] { $appeal } місяців
       *[other] { $appeal } місяця
    } від дня, коли вам повідомили рішення.

## Review
plan-ready-title = Готові підписати?
plan-ready-ok = Усе потрібне є. План готовий до підписання.
plan-ready-missing = { $count ->
        [one] Залишилося доповнити { $count } пункт:
        [few] Залишилося доповнити { $count } пункти:
        [many] Залишилося доповнити { $count } пунктів:
       *[other] Залишилося доповнити { $count } пунктів:
    }
plan-ready-never-blocks = Усе й так уже збережено; завершити можна пізніше.
plan-missing-type = тип плану
plan-missing-start = дата початку
plan-missing-worker = ім’я соціального працівника
plan-missing-ocmw = назва OCMW
plan-missing-third-name = ім’я або назва партнера
plan-missing-goal = щонайменше одна ціль
plan-missing-goal-title = ціль без опису
plan-missing-action = щонайменше одна дія
plan-missing-action-what = дія без опису
plan-missing-action-owner = хто береться за «{ $what }»
plan-missing-action-date = дата для «{ $what }»
plan-missing-evaluation = зустрічі для оцінювання
plan-missing-evaluation-count = достатньо зустрічей для оцінювання: щонайменше { $total } { $months ->
        [12] на рік
        [one] за { $months } місяць
        [few] за { $months } місяці
        [many] за { $months } місяців
       *[other] за { $months } місяця
    }, з них { $in_person } особисто
plan-go-evaluations = Запланувати оцінювання
plan-sign-title = Час на роздуми та підписання
plan-reflection-hint = { $days ->
        [one] Клієнт може взяти { $days } робочий день на роздуми перед підписанням.
        [few] Клієнт може взяти { $days } робочі дні на роздуми перед підписанням.
        [many] Клієнт може взяти { $days } робочих днів на роздуми перед підписанням.
       *[other] Клієнт може взяти { $days } робочих днів на роздуми перед підписанням.
    }
plan-reflection-label = Дата, коли попросили час на роздуми
plan-reflection-until = Час на роздуми триває до { $date }.
plan-signed-label = Дата підписання
plan-summary-title = Увесь план

## Evaluations
plan-schedule-title = Зустрічі для оцінювання
plan-schedule-rule = Зустрічей на рік: щонайменше { $count }, з них особисто: { $inperson }.
plan-schedule-needs-start = Спочатку вкажіть дату початку — тоді можна буде запропонувати дати зустрічей.
plan-schedule-propose = Запропонувати зустрічі для оцінювання
plan-schedule-remove = Прибрати
plan-schedule-remove-label = Прибрати зустріч від { $date }
plan-eval-status-done = відбулася
plan-eval-status-due = { $days ->
        [0] сьогодні
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } днів
    }
plan-eval-status-overdue = { $days ->
        [one] прострочено на { $days } день
        [few] прострочено на { $days } дні
        [many] прострочено на { $days } днів
       *[other] прострочено на { $days } днів
    }
plan-eval-status-later = пізніше
plan-record-title = Записати оцінювання
plan-eval-date = Дата
plan-eval-date-missing = Вкажіть дату оцінювання.
plan-eval-present = Хто був присутній
plan-eval-goal = Як просувається «{ $goal }»?
plan-progress-not-started = Ще не розпочато
plan-progress-on-track = За планом
plan-progress-reached = Досягнуто
plan-progress-adjusted = Скориговано
plan-progress-stopped = Зупинено
plan-eval-changes = Що змінилося
plan-eval-changes-hint = Наприклад, додаткова домовленість або тимчасово інший фокус.
plan-eval-rung = Місце на драбині зараз
plan-eval-rung-same = Без змін
plan-eval-save = Зберегти оцінювання
plan-history-title = Попередні оцінювання
plan-history-empty = Оцінювань ще не було.
plan-eval-new-rung = Нове місце на драбині: { $rung }
plan-eval-version = План на той момент

plan-reflection-hint-calendar = { $days ->
        [one] Клієнт може взяти { $days } календарний день на роздуми перед підписанням.
        [few] Клієнт може взяти { $days } календарні дні на роздуми перед підписанням.
        [many] Клієнт може взяти { $days } календарних днів на роздуми перед підписанням.
       *[other] Клієнт може взяти { $days } календарних днів на роздуми перед підписанням.
    }
plan-reflection-count-label = Рахувати час на роздуми в
plan-reflection-count-working = робочих днях (з понеділка по п’ятницю)
plan-reflection-count-calendar = календарних днях

## rules
plan-rights-meeting = Якщо ви попросите про розмову з вашим соціальним працівником, ця розмова має відбутися не пізніше ніж за { $meeting ->
        [one] { $meeting } робочий день
        [few] { $meeting } робочі дні
        [many] { $meeting } робочих днів
       *[other] { $meeting } робочого дня
    }.
plan-rights-change = Ви можете будь-коли попросити змінити план.
plan-part-time-top-up = Працює неповний час і отримує доплату leefloon
plan-part-time-rule-label = Правило цього OCMW для роботи на неповний час із доплатою leefloon
plan-part-time-rule-required = План обов’язковий (як в OCMW Остенде)
plan-part-time-rule-optional = План лише на прохання (як у брюссельських посібниках)
plan-ground-part-time = клієнт працює неповний час і отримує доплату leefloon
plan-ground-studies = клієнт навчається на денній формі за згодою OCMW
plan-mandate-exempted = OCMW ухвалив рішення про звільнення з міркувань здоров’я або справедливості. План усе ще можливий, якщо клієнт про нього попросить.
plan-exemption-label = Звільнення від OCMW
plan-exemption-none = Без звільнення
plan-exemption-health = З міркувань здоров’я
plan-exemption-equity = З міркувань справедливості
plan-exemption-date = Дата рішення
plan-exemption-reason = Обґрунтування рішення
plan-exemption-date-missing = Дати рішення ще немає.
plan-exemption-reason-missing = Обґрунтування рішення ще немає.
plan-exemption-ladder = Драбина показує це рішення біля статусу «звільнення».
plan-reflection-waived-label = Клієнт відмовився від часу на роздуми
plan-reflection-waived-hint = Заповнюйте, лише якщо клієнт сам вирішив підписати раніше.
plan-signed-inside-reflection = План підписали під час часу на роздуми, і не записано, що клієнт від нього відмовився. Запитайте й запишіть це або підпишіть знову після часу на роздуми.
## evals
plan-eval-kind-in-person = особисто
plan-eval-kind-written = письмово
plan-eval-kind-phone-or-video = телефоном або відеозв’язком
plan-eval-kind-label = Як відбулося оцінювання
plan-eval-link = Який це запланований момент
plan-eval-link-none = Без запланованого моменту: додаткове оцінювання
plan-eval-kind-mismatch = Заплановано: { $planned }, проведено: { $held }. Рахується як { $held }.
plan-eval-date-future = Ця дата пізніша за сьогодні. Виберіть день, коли відбулося оцінювання.
plan-eval-rung-to-ladder = Нове місце також з’явиться на драбині, з датою цього оцінювання.
plan-year-line = Рік { $year } ({ $from } – { $until }): проведено { $held } (особисто: { $heldinperson }), ще заплановано { $planned } (особисто: { $plannedinperson }). Потрібно: { $total }, з них особисто: { $inperson }.
plan-year-met = Усе гаразд.
plan-year-on-track = Можливо з тим, що заплановано.
plan-year-short = З тим, що заплановано зараз, цей рік не досягає мінімуму. Заплануйте ще один момент.
plan-year-missed = Цей рік минув і не досяг мінімуму.
plan-eval-print = Надрукувати звіт
plan-rules-evals-title = Налаштування оцінювань
plan-rules-link-margin = Оцінювання зараховується запланованому моменту, що настає не пізніше ніж через стільки днів
plan-rules-link-margin-error = Виберіть число від 0 до { $max }.
plan-rules-short-year = Мінімум для плану або частини року, коротших за дванадцять місяців
plan-rules-short-year-proportional = пропорційно до місяців (з округленням угору)
plan-rules-short-year-full-year = повний річний мінімум
## plan
plan-type-studies = Навчання на денній формі (GPMI студента)
plan-orientations-label = Спрямований на (одне або кілька)
plan-present-name-interpreter = Ім'я перекладача
plan-present-name-support = Ім'я довіреної особи
plan-studies-title = Навчання
plan-studies-intro = Хто з дозволу OCMW навчається на денній формі, завжди має GPMI. Вкажіть навчальний заклад, спеціальність і тривалість, а також що обіцяє кожна сторона.
plan-studies-school = Школа або вищий навчальний заклад
plan-studies-direction = Спеціальність
plan-studies-duration = Тривалість навчання
plan-studies-student = Студент обіцяє
plan-student-attend = відвідувати заняття
plan-student-exams = складати іспити
plan-student-results = передавати результати до OCMW
plan-student-holiday-job = бути доступним для студентської роботи на канікулах, наскільки дозволяє навчання
plan-studies-other = Інші домовленості для студента
plan-studies-ocmw = Що обіцяє OCMW (наприклад, які шкільні витрати він оплачує)
plan-costs-title = Витрати, які оплачує OCMW
plan-costs-intro = Для навчання або діяльності: які витрати бере на себе OCMW?
plan-cost-registration = реєстраційний внесок
plan-cost-insurance = страхування
plan-cost-work-clothes = робочий одяг
plan-cost-travel = транспортні витрати
plan-costs-other = Інші витрати
plan-costs-none = Витрат немає
plan-explained-title = Пояснення клієнту
plan-explained-on = Зміст, значення і наслідки пояснено { $date }
plan-explained-record = Я пояснив(-ла) план сьогодні
plan-end-title = Завершити план
plan-end-intro = Завершений план можна читати й друкувати, але не змінювати чи підписувати.
plan-end-kind = Як завершується план
plan-end-successful = Успішно: цілей досягнуто
plan-end-early = Зупинено раніше
plan-end-right-ended = Право на соціальну інтеграцію припинилося
plan-end-date = Дата завершення
plan-end-reason = Причина
plan-end-confirm = Завершити план
plan-end-need-kind = Виберіть, як завершується план.
plan-end-need-date = Вкажіть дату завершення.
plan-end-need-reason = Напишіть, чому план зупиняється раніше.
plan-ended = Цей план завершено { $date }: { $kind }.
plan-ended-hint = Ви ще можете читати й друкувати план. Змінювати чи підписувати його вже не можна.
plan-move-title = Переїзд до іншого OCMW
plan-move-ocmw = Новий OCMW
plan-move-consent = Клієнт погодився на передачу справи
plan-move-export = Експортувати справу для нового OCMW
plan-move-needs-consent = Вкажіть новий OCMW і дату згоди. Без згоди не передавайте справу.
plan-missing-studies = навчальний заклад, спеціальність і тривалість навчання
plan-missing-end = дата завершення
plan-missing-end-order = дата завершення після дати початку
plan-missing-domain = сфера життя цілей
plan-missing-ocmw-commitment = що обіцяє OCMW (дія OCMW або те, що вносить OCMW)
plan-missing-costs = які витрати оплачує OCMW, або що їх немає
plan-missing-explained = дата, коли ви пояснили зміст, значення і наслідки
plan-missing-explained-again = план змінився після пояснення: поясніть знову
plan-origin-catalogue-from = Пропозиція: { $offer } (з { $catalogue }, видання { $edition })

## strength
plan-strength-label = Хто здебільшого це несе? (компас сил)
plan-strength-client = Здебільшого сам клієнт
plan-strength-network = З допомогою близьких
plan-strength-professional = З професійною допомогою
