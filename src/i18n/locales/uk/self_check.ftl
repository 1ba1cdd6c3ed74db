# Self-check. Client screens: short, friendly, polite "ви". Worker screens: neutral. Never a verdict.

self-check-view = Самооцінка
self-check-title = Самооцінка
self-check-intro = Разом переглядаємо 18 сфер життя. Це можна робити частинами, за кілька зустрічей: усе зберігається одразу.
self-check-list-title = Самооцінки в цьому досьє
self-check-none = У цьому досьє ще немає самооцінки.
self-check-start = Почати нову самооцінку
self-check-item-title = Самооцінка від { $date }
self-check-status-unfinished = Ще не завершено
self-check-status-complete = Заповнено повністю
self-check-progress-client = Клієнт: відповіді на { $answered } з { $total }
self-check-progress-skipped =
    { $count ->
        [one] пропущено { $count } питання
        [few] пропущено { $count } питання
        [many] пропущено { $count } питань
       *[other] пропущено { $count } питань
    }
self-check-progress-worker = Соцпрацівник: оцінено { $scored } з { $total }
self-check-open = Відкрити
self-check-delete = Видалити
self-check-confirm-delete-title = Видалити цю самооцінку?
self-check-confirm-delete-body = Самооцінку від { $date } буде стерто з цього пристрою. Цю дію не можна скасувати.
self-check-confirm-delete-yes = Так, видалити
self-check-back-to-list = Усі самооцінки
self-check-mode-nav = Частини самооцінки
self-check-mode-client = Заповнює клієнт
self-check-mode-worker = Оцінка соцпрацівника
self-check-mode-summary = Підсумок

## Client (polite "ви")
self-check-client-progress = Питання { $current } з { $total }
self-check-client-answer-label = Ваша відповідь
self-check-answer-good = Усе добре
self-check-answer-hard = Іноді важко
self-check-answer-big = Зараз це велика проблема
self-check-answer-private = Волію не казати
self-check-client-help = Я хочу допомоги з цим
self-check-client-note-label = Хочете щось про це розповісти? Своїми словами. Можна й нічого не писати.
self-check-client-skip = Відповісти пізніше
self-check-client-back = Назад
self-check-client-next = Далі
self-check-client-skipped-note = Ви раніше пропустили це питання. Можете відповісти зараз або ще трохи почекати.
self-check-client-saved = Усе зберігається одразу. Ви можете зупинитися, коли захочете.
self-check-client-end-title = Це було останнє питання. Щиро дякуємо!
self-check-client-end-body = Хочете щось змінити? Ви завжди можете повернутися до будь-якого питання.
self-check-client-end-open =
    { $count ->
        [one] Ще без відповіді { $count } питання:
        [few] Ще без відповіді { $count } питання:
        [many] Ще без відповіді { $count } питань:
       *[other] Ще без відповіді { $count } питань:
    }
self-check-client-go-to = Перейти до: { $domain }

## Questions for the client
self-check-q-money = Як у вас справи з грошима, рахунками та боргами?
self-check-q-housing = Як справи з вашим житлом?
self-check-q-health = Як ваше здоров’я?
self-check-q-mind = Як ви почуваєтеся останнім часом?
self-check-q-addiction = Як у вас справи з алкоголем, наркотиками, азартними іграми чи таблетками?
self-check-q-family = Як вам вдається піклуватися про дітей або про когось іншого?
self-check-q-childcare = Як справи з доглядом за дітьми, коли ви зайняті: ясла, садок, хтось із близьких?
self-check-q-safety = Наскільки безпечно ви почуваєтеся вдома?
self-check-q-network = Як справи з людьми навколо вас?
self-check-q-structure = Як із вашим розпорядком дня: вчасно вставати, приходити на зустрічі?
self-check-q-daily = Як вам вдається готувати їжу, прати й вести господарство?
self-check-q-dutch = Як вам вдається говорити й читати нідерландською?
self-check-q-learning = Як справи зі школою, курсами та дипломами?
self-check-q-work = Як щодо роботи: що ви вже робили, що вмієте?
self-check-q-attitude = Як ви ставитеся до наступного кроку — до роботи чи навчання?
self-check-q-mobility = Як вам вдається пересуватися: автобусом, поїздом, велосипедом чи автомобілем?
self-check-q-papers = Як справи з документами, листами та вашим правом на перебування?
self-check-q-digital = Як вам вдається користуватися телефоном, комп’ютером, електронною поштою та itsme?

## Worker
self-check-worker-intro = Одна оцінка для кожної сфери, за шкалою скринінгу HIVA. При оцінці 3 або 4 можна позначити, що саме стосується клієнта. Оцінка — це ваша думка, поряд із думкою самого клієнта.
self-check-score-1 = 1 · Перешкод немає
self-check-score-2 = 2 · Є перешкода, але робота чи навчання можливі з підтримкою
self-check-score-3 = 3 · Перешкода: робота чи навчання зараз неможливі
self-check-score-4 = 4 · Поки що не можу оцінити
self-check-score-none = Ще не оцінено
self-check-worker-sub-title = Що з цього стосується клієнта?
self-check-worker-no-subs = Для цієї сфери опишіть ситуацію в нотатці.
self-check-worker-note-label = Нотатка соцпрацівника
self-check-dutch-level-label = Рівень нідерландської
self-check-dutch-level-hint = За свідоцтвом зі школи або з Huis van het Nederlands, виданим не більше двох років тому.
self-check-dutch-level-none = Ще не заповнено
self-check-dutch-level-unknown = Невідомо
self-check-dutch-level-below-1-1 = Нижче 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Навчання завершено
self-check-latin-reading = Читання латиницею
self-check-latin-writing = Письмо латиницею
self-check-yes = Так
self-check-no = Ні
self-check-not-known = Ще невідомо

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Борги
self-check-sub-money-mediation = Проходить процедуру врегулювання боргів
self-check-sub-money-basic-needs = Не вистачає на їжу, одяг чи оренду
self-check-sub-housing-no-address = Немає постійної адреси або ночує в нічному притулку
self-check-sub-housing-unhealthy = Серйозні проблеми з житлом або житло визнано непридатним
self-check-sub-housing-must-move = Мусить швидко виїхати або дуже часто переїжджає
self-check-sub-housing-transit = Живе в тимчасовому (транзитному) житлі
self-check-sub-health-illness = Хвороба ускладнює роботу чи навчання
self-check-sub-health-diagnosis = Відома хвороба, є медичні довідки
self-check-sub-health-complaints = Скарги на здоров’я
self-check-sub-health-pregnancy = Вагітність або декретна відпустка
self-check-sub-health-disability = Інвалідність
self-check-sub-health-work-disability = Визнане обмеження працездатності
self-check-sub-family-parenting = Виховання дітей і стосунки з ними
self-check-sub-family-child-needs = Дитина з особливими потребами в догляді
self-check-sub-family-single-parent = Самотній батько чи самотня мати
self-check-sub-family-care-task = Доглядає вдома людину з інвалідністю, літню або тривало хвору
self-check-sub-childcare-waiting-list = Заявку подано, але черга довга
self-check-sub-childcare-no-informal = Немає кому доглянути дітей серед рідних і знайомих
self-check-sub-childcare-unknown-options = Ще не знає можливостей і того, як подати заявку
self-check-sub-safety-relationship = Напруження з партнером, родиною чи іншими людьми
self-check-sub-safety-violence = Насильство в сім’ї
self-check-sub-network-no-social = Мало або зовсім немає друзів чи знайомих
self-check-sub-network-no-family = Немає родини поблизу
self-check-sub-network-family-against-work = Родина не підтримує роботу
self-check-sub-network-nobody-works = Ніхто в сім’ї чи серед друзів не працює
self-check-sub-structure-no-rhythm = Немає сталого розпорядку дня
self-check-sub-structure-missed-appointments = Зустрічі іноді зриваються
self-check-sub-structure-documents = Потрібні документи не потрапляють на зустріч
self-check-sub-daily-hygiene = Гігієна
self-check-sub-daily-appearance = Охайний вигляд
self-check-sub-daily-household = Не вдається вести господарство
self-check-sub-dutch-express = Важко висловлювати думки словами
self-check-sub-dutch-oral = Усне спілкування поки не вдається
self-check-sub-dutch-written = Письмове спілкування поки не вдається
self-check-sub-dutch-illiterate = Не вміє читати або писати
self-check-sub-learning-inactive = Тривалі періоди без роботи чи навчання
self-check-sub-learning-no-choices = Ще немає усвідомленого вибору напряму
self-check-sub-learning-history = Шкільний і трудовий досвід важко описати
self-check-sub-learning-recognition = Іноземний диплом ще не визнано
self-check-sub-work-guided-only = Попередня робота була лише з інтенсивним супроводом
self-check-sub-work-unrealistic = Очікування щодо роботи, зарплати чи робочого місця не відповідають реальності
self-check-sub-work-overestimates = Оцінює свої можливості вище, ніж вони є
self-check-sub-work-expectations = Ще не зовсім знає, чого очікують на робочому місці
self-check-sub-attitude-no-steps = Ще не робить власних кроків
self-check-sub-attitude-gives-up = Швидко здається після невдачі
self-check-sub-attitude-motivation = Зараз не бачить причин щось змінювати
self-check-sub-attitude-one-target = Після довгих пошуків тримається лише за одну роботу
self-check-sub-attitude-interaction = Важко ладнати з іншими людьми або дотримуватися правил
self-check-sub-mobility-no-transport = Немає ні власного транспорту, ні громадського
self-check-sub-mobility-public-know-how = Громадський транспорт: не знає, як ним користуватися, або не має коштів
self-check-sub-mobility-no-public = Поблизу немає громадського транспорту
self-check-sub-mobility-distance = Незрозуміло, наскільки далеко клієнт може їздити
self-check-sub-papers-not-independent = Не справляється з документами самостійно
self-check-sub-papers-obligations = Погано розуміє свої обов’язки (адреса, лікарняна каса)
self-check-sub-papers-self-employed = Документи від колишньої власної справи (як підприємця)
self-check-sub-papers-work-permit = Немає дійсного дозволу на роботу або права на перебування
self-check-sub-papers-justice = Справи з поліцією чи судом
self-check-sub-digital-no-device = Немає телефону, комп’ютера чи інтернету
self-check-sub-digital-no-email = Немає адреси електронної пошти
self-check-sub-digital-no-eid = Поки не вдається користуватися itsme або eID
self-check-sub-digital-no-vdab = Немає облікового запису у VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Разом звернутися до служби врегулювання боргів
self-check-act-money-budget-guidance = Розпочати супровід у веденні бюджету
self-check-act-housing-search-together = Разом шукати житло
self-check-act-housing-reference-address = Подати заяву на referentieadres (офіційну адресу для реєстрації)
self-check-act-health-see-doctor = Записатися до сімейного лікаря
self-check-act-health-check-limits = З’ясувати, що фізично під силу
self-check-act-mind-talk-counsellor = Розмова з психологом або консультантом
self-check-act-mind-refer-care = Разом шукати відповідну допомогу
self-check-act-addiction-contact-service = Звернутися до служби допомоги при залежностях
self-check-act-addiction-talk-doctor = Поговорити про це із сімейним лікарем
self-check-act-family-parenting-support = Знайти підтримку у вихованні дітей
self-check-act-family-relieve-care = Знайти, хто може полегшити догляд за близькими
self-check-act-childcare-find-place = Разом шукати місце в яслах або садку
self-check-act-childcare-informal = Подумати, хто з рідних і знайомих може доглянути дітей
self-check-act-safety-safe-talk = Безпечна розмова наодинці із соціальним працівником
self-check-act-safety-contact-support = Звернутися на гарячу лінію або до центру підтримки
self-check-act-network-meeting-place = Відвідати місце зустрічей поблизу
self-check-act-network-volunteering = Спробувати волонтерство
self-check-act-structure-week-plan = Разом скласти план на тиждень
self-check-act-structure-reminders = Налаштувати нагадування про зустрічі
self-check-act-daily-home-support = Розглянути допомогу вдома
self-check-act-daily-practice = Потренуватися вести господарство
self-check-act-dutch-course = Записатися на курс нідерландської
self-check-act-dutch-conversation-table = Ходити до розмовного клубу
self-check-act-learning-diploma-recognition = Подати диплом на визнання (NARIC)
self-check-act-learning-training = Вибрати навчання
self-check-act-work-cv = Разом скласти резюме
self-check-act-work-job-coach = Познайомитися з коучем із працевлаштування
self-check-act-attitude-small-steps = Домовитися про перший маленький крок
self-check-act-attitude-orientation = Пройти орієнтацію або коротке ознайомче стажування
self-check-act-mobility-transport-pass = Оформити проїзний на автобус або поїзд
self-check-act-mobility-bike-or-licence = Навчитися їздити на велосипеді або отримати водійські права
self-check-act-papers-sort-together = Разом упорядкувати документи
self-check-act-papers-residence-advice = Отримати консультацію щодо права на перебування чи дозволу на роботу
self-check-act-digital-course = Пройти комп’ютерний курс
self-check-act-digital-eid-setup = Разом налаштувати itsme або зчитувач eID

## Summary
self-check-summary-chart-title = Обидва погляди поруч
self-check-summary-chart-hint = Для кожної сфери — відповідь клієнта й оцінка соцпрацівника. Знак ≠ показує, де вони різняться: про це варто поговорити.
self-check-summary-table-caption = Відповіді за сферами
self-check-col-domain = Сфера
self-check-col-client = Клієнт
self-check-col-worker = Соцпрацівник
self-check-col-marks = Варто уваги
self-check-diff = Розбіжність
self-check-precondition = Базова умова
self-check-not-answered = Ще без відповіді
self-check-skipped = Пропущено
self-check-wants-help = Хоче допомоги
self-check-summary-diff-title = Де відповіді різняться
self-check-summary-diff-none = Поки немає розбіжностей між двома відповідями.
self-check-summary-pre-title = Базові умови
self-check-summary-pre-hint = Оцінка соцпрацівника — 3. Більшість OCMW спершу займаються саме цим.
self-check-summary-pre-none = Базових умов не позначено.
self-check-summary-help-title = З цим клієнт хоче допомоги
self-check-summary-help-none = Запиту на допомогу ще не позначено.
self-check-summary-actions = Можливі дії
self-check-summary-client-note = Своїми словами
self-check-summary-changes-title = Що змінилося після самооцінки від { $date }
self-check-summary-changes-none = Від попередньої самооцінки нічого не змінилося.
self-check-summary-first = Це перша самооцінка: порівнювати поки немає з чим.
self-check-voice-client = клієнт
self-check-voice-worker = соцпрацівник
self-check-change-eased = легше
self-check-change-harder = важче
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Додати до плану
self-check-add-to-plan-named = Додати «{ $action }» до плану
self-check-in-plan = Уже в плані

## rules
self-check-sub-money-unemployment-trap = Ризик пастки безробіття: робота дає мало або нічого більше
