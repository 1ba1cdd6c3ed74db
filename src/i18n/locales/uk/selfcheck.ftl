# Self-check. Client screens: short, friendly, polite "ви". Worker screens: neutral. Never a verdict.

sc-view = Самооцінка
sc-title = Самооцінка
sc-intro = Разом переглядаємо 18 сфер життя. Це можна робити частинами, за кілька зустрічей: усе зберігається одразу.
sc-list-title = Самооцінки в цьому досьє
sc-none = У цьому досьє ще немає самооцінки.
sc-start = Почати нову самооцінку
sc-item-title = Самооцінка від { $date }
sc-status-unfinished = Ще не завершено
sc-status-complete = Заповнено повністю
sc-progress-client = Клієнт: відповіді на { $answered } з { $total }
sc-progress-skipped =
    { $count ->
        [one] пропущено { $count } питання
        [few] пропущено { $count } питання
        [many] пропущено { $count } питань
       *[other] пропущено { $count } питань
    }
sc-progress-worker = Соцпрацівник: оцінено { $scored } з { $total }
sc-open = Відкрити
sc-delete = Видалити
sc-confirm-delete-title = Видалити цю самооцінку?
sc-confirm-delete-body = Самооцінку від { $date } буде стерто з цього пристрою. Цю дію не можна скасувати.
sc-confirm-delete-yes = Так, видалити
sc-back-to-list = Усі самооцінки
sc-mode-nav = Частини самооцінки
sc-mode-client = Заповнює клієнт
sc-mode-worker = Оцінка соцпрацівника
sc-mode-summary = Підсумок

## Client (polite "ви")
sc-client-progress = Питання { $current } з { $total }
sc-client-answer-label = Ваша відповідь
sc-answer-good = Усе добре
sc-answer-hard = Іноді важко
sc-answer-big = Зараз це велика проблема
sc-answer-private = Волію не казати
sc-client-help = Я хочу допомоги з цим
sc-client-note-label = Хочете щось про це розповісти? Своїми словами. Можна й нічого не писати.
sc-client-skip = Відповісти пізніше
sc-client-back = Назад
sc-client-next = Далі
sc-client-skipped-note = Ви раніше пропустили це питання. Можете відповісти зараз або ще трохи почекати.
sc-client-saved = Усе зберігається одразу. Ви можете зупинитися, коли захочете.
sc-client-end-title = Це було останнє питання. Щиро дякуємо!
sc-client-end-body = Хочете щось змінити? Ви завжди можете повернутися до будь-якого питання.
sc-client-end-open =
    { $count ->
        [one] Ще без відповіді { $count } питання:
        [few] Ще без відповіді { $count } питання:
        [many] Ще без відповіді { $count } питань:
       *[other] Ще без відповіді { $count } питань:
    }
sc-client-go-to = Перейти до: { $domain }

## Questions for the client
sc-q-money = Як у вас справи з грошима, рахунками та боргами?
sc-q-housing = Як справи з вашим житлом?
sc-q-health = Як ваше здоров’я?
sc-q-mind = Як ви почуваєтеся останнім часом?
sc-q-addiction = Як у вас справи з алкоголем, наркотиками, азартними іграми чи таблетками?
sc-q-family = Як вам вдається піклуватися про дітей або про когось іншого?
sc-q-childcare = Як справи з доглядом за дітьми, коли ви зайняті: ясла, садок, хтось із близьких?
sc-q-safety = Наскільки безпечно ви почуваєтеся вдома?
sc-q-network = Як справи з людьми навколо вас?
sc-q-structure = Як із вашим розпорядком дня: вчасно вставати, приходити на зустрічі?
sc-q-daily = Як вам вдається готувати їжу, прати й вести господарство?
sc-q-dutch = Як вам вдається говорити й читати нідерландською?
sc-q-learning = Як справи зі школою, курсами та дипломами?
sc-q-work = Як щодо роботи: що ви вже робили, що вмієте?
sc-q-attitude = Як ви ставитеся до наступного кроку — до роботи чи навчання?
sc-q-mobility = Як вам вдається пересуватися: автобусом, поїздом, велосипедом чи автомобілем?
sc-q-papers = Як справи з документами, листами та вашим правом на перебування?
sc-q-digital = Як вам вдається користуватися телефоном, комп’ютером, електронною поштою та itsme?

## Worker
sc-worker-intro = Одна оцінка для кожної сфери, за шкалою скринінгу HIVA. При оцінці 3 або 4 можна позначити, що саме стосується клієнта. Оцінка — це ваша думка, поряд із думкою самого клієнта.
sc-score-1 = 1 · Перешкод немає
sc-score-2 = 2 · Є перешкода, але робота чи навчання можливі з підтримкою
sc-score-3 = 3 · Перешкода: робота чи навчання зараз неможливі
sc-score-4 = 4 · Поки що не можу оцінити
sc-score-none = Ще не оцінено
sc-worker-sub-title = Що з цього стосується клієнта?
sc-worker-no-subs = Для цієї сфери опишіть ситуацію в нотатці.
sc-worker-note-label = Нотатка соцпрацівника
sc-dutch-level-label = Рівень нідерландської
sc-dutch-level-hint = За свідоцтвом зі школи або з Huis van het Nederlands, виданим не більше двох років тому.
sc-dutch-level-none = Ще не заповнено
sc-dutch-level-unknown = Невідомо
sc-dutch-level-below-1-1 = Нижче 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Навчання завершено
sc-latin-reading = Читання латиницею
sc-latin-writing = Письмо латиницею
sc-yes = Так
sc-no = Ні
sc-not-known = Ще невідомо

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Борги
sc-sub-money-mediation = Проходить процедуру врегулювання боргів
sc-sub-money-basic-needs = Не вистачає на їжу, одяг чи оренду
sc-sub-housing-no-address = Немає постійної адреси або ночує в нічному притулку
sc-sub-housing-unhealthy = Серйозні проблеми з житлом або житло визнано непридатним
sc-sub-housing-must-move = Мусить швидко виїхати або дуже часто переїжджає
sc-sub-housing-transit = Живе в тимчасовому (транзитному) житлі
sc-sub-health-illness = Хвороба ускладнює роботу чи навчання
sc-sub-health-diagnosis = Відома хвороба, є медичні довідки
sc-sub-health-complaints = Скарги на здоров’я
sc-sub-health-pregnancy = Вагітність або декретна відпустка
sc-sub-health-disability = Інвалідність
sc-sub-health-work-disability = Визнане обмеження працездатності
sc-sub-family-parenting = Виховання дітей і стосунки з ними
sc-sub-family-child-needs = Дитина з особливими потребами в догляді
sc-sub-family-single-parent = Самотній батько чи самотня мати
sc-sub-family-care-task = Доглядає вдома людину з інвалідністю, літню або тривало хвору
sc-sub-childcare-waiting-list = Заявку подано, але черга довга
sc-sub-childcare-no-informal = Немає кому доглянути дітей серед рідних і знайомих
sc-sub-childcare-unknown-options = Ще не знає можливостей і того, як подати заявку
sc-sub-safety-relationship = Напруження з партнером, родиною чи іншими людьми
sc-sub-safety-violence = Насильство в сім’ї
sc-sub-network-no-social = Мало або зовсім немає друзів чи знайомих
sc-sub-network-no-family = Немає родини поблизу
sc-sub-network-family-against-work = Родина не підтримує роботу
sc-sub-network-nobody-works = Ніхто в сім’ї чи серед друзів не працює
sc-sub-structure-no-rhythm = Немає сталого розпорядку дня
sc-sub-structure-missed-appointments = Зустрічі іноді зриваються
sc-sub-structure-documents = Потрібні документи не потрапляють на зустріч
sc-sub-daily-hygiene = Гігієна
sc-sub-daily-appearance = Охайний вигляд
sc-sub-daily-household = Не вдається вести господарство
sc-sub-dutch-express = Важко висловлювати думки словами
sc-sub-dutch-oral = Усне спілкування поки не вдається
sc-sub-dutch-written = Письмове спілкування поки не вдається
sc-sub-dutch-illiterate = Не вміє читати або писати
sc-sub-learning-inactive = Тривалі періоди без роботи чи навчання
sc-sub-learning-no-choices = Ще немає усвідомленого вибору напряму
sc-sub-learning-history = Шкільний і трудовий досвід важко описати
sc-sub-learning-recognition = Іноземний диплом ще не визнано
sc-sub-work-guided-only = Попередня робота була лише з інтенсивним супроводом
sc-sub-work-unrealistic = Очікування щодо роботи, зарплати чи робочого місця не відповідають реальності
sc-sub-work-overestimates = Оцінює свої можливості вище, ніж вони є
sc-sub-work-expectations = Ще не зовсім знає, чого очікують на робочому місці
sc-sub-attitude-no-steps = Ще не робить власних кроків
sc-sub-attitude-gives-up = Швидко здається після невдачі
sc-sub-attitude-motivation = Зараз не бачить причин щось змінювати
sc-sub-attitude-one-target = Після довгих пошуків тримається лише за одну роботу
sc-sub-attitude-interaction = Важко ладнати з іншими людьми або дотримуватися правил
sc-sub-mobility-no-transport = Немає ні власного транспорту, ні громадського
sc-sub-mobility-public-know-how = Громадський транспорт: не знає, як ним користуватися, або не має коштів
sc-sub-mobility-no-public = Поблизу немає громадського транспорту
sc-sub-mobility-distance = Незрозуміло, наскільки далеко клієнт може їздити
sc-sub-papers-not-independent = Не справляється з документами самостійно
sc-sub-papers-obligations = Погано розуміє свої обов’язки (адреса, лікарняна каса)
sc-sub-papers-self-employed = Документи від колишньої власної справи (як підприємця)
sc-sub-papers-work-permit = Немає дійсного дозволу на роботу або права на перебування
sc-sub-papers-justice = Справи з поліцією чи судом
sc-sub-digital-no-device = Немає телефону, комп’ютера чи інтернету
sc-sub-digital-no-email = Немає адреси електронної пошти
sc-sub-digital-no-eid = Поки не вдається користуватися itsme або eID
sc-sub-digital-no-vdab = Немає облікового запису у VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Разом звернутися до служби врегулювання боргів
sc-act-money-budget-guidance = Розпочати супровід у веденні бюджету
sc-act-housing-search-together = Разом шукати житло
sc-act-housing-reference-address = Подати заяву на referentieadres (офіційну адресу для реєстрації)
sc-act-health-see-doctor = Записатися до сімейного лікаря
sc-act-health-check-limits = З’ясувати, що фізично під силу
sc-act-mind-talk-counsellor = Розмова з психологом або консультантом
sc-act-mind-refer-care = Разом шукати відповідну допомогу
sc-act-addiction-contact-service = Звернутися до служби допомоги при залежностях
sc-act-addiction-talk-doctor = Поговорити про це із сімейним лікарем
sc-act-family-parenting-support = Знайти підтримку у вихованні дітей
sc-act-family-relieve-care = Знайти, хто може полегшити догляд за близькими
sc-act-childcare-find-place = Разом шукати місце в яслах або садку
sc-act-childcare-informal = Подумати, хто з рідних і знайомих може доглянути дітей
sc-act-safety-safe-talk = Безпечна розмова наодинці із соціальним працівником
sc-act-safety-contact-support = Звернутися на гарячу лінію або до центру підтримки
sc-act-network-meeting-place = Відвідати місце зустрічей поблизу
sc-act-network-volunteering = Спробувати волонтерство
sc-act-structure-week-plan = Разом скласти план на тиждень
sc-act-structure-reminders = Налаштувати нагадування про зустрічі
sc-act-daily-home-support = Розглянути допомогу вдома
sc-act-daily-practice = Потренуватися вести господарство
sc-act-dutch-course = Записатися на курс нідерландської
sc-act-dutch-conversation-table = Ходити до розмовного клубу
sc-act-learning-diploma-recognition = Подати диплом на визнання (NARIC)
sc-act-learning-training = Вибрати навчання
sc-act-work-cv = Разом скласти резюме
sc-act-work-job-coach = Познайомитися з коучем із працевлаштування
sc-act-attitude-small-steps = Домовитися про перший маленький крок
sc-act-attitude-orientation = Пройти орієнтацію або коротке ознайомче стажування
sc-act-mobility-transport-pass = Оформити проїзний на автобус або поїзд
sc-act-mobility-bike-or-licence = Навчитися їздити на велосипеді або отримати водійські права
sc-act-papers-sort-together = Разом упорядкувати документи
sc-act-papers-residence-advice = Отримати консультацію щодо права на перебування чи дозволу на роботу
sc-act-digital-course = Пройти комп’ютерний курс
sc-act-digital-eid-setup = Разом налаштувати itsme або зчитувач eID

## Summary
sc-summary-chart-title = Обидва погляди поруч
sc-summary-chart-hint = Для кожної сфери — відповідь клієнта й оцінка соцпрацівника. Знак ≠ показує, де вони різняться: про це варто поговорити.
sc-summary-table-caption = Відповіді за сферами
sc-col-domain = Сфера
sc-col-client = Клієнт
sc-col-worker = Соцпрацівник
sc-col-marks = Варто уваги
sc-diff = Розбіжність
sc-precondition = Базова умова
sc-not-answered = Ще без відповіді
sc-skipped = Пропущено
sc-wants-help = Хоче допомоги
sc-summary-diff-title = Де відповіді різняться
sc-summary-diff-none = Поки немає розбіжностей між двома відповідями.
sc-summary-pre-title = Базові умови
sc-summary-pre-hint = Оцінка соцпрацівника — 3. Більшість OCMW спершу займаються саме цим.
sc-summary-pre-none = Базових умов не позначено.
sc-summary-help-title = З цим клієнт хоче допомоги
sc-summary-help-none = Запиту на допомогу ще не позначено.
sc-summary-actions = Можливі дії
sc-summary-client-note = Своїми словами
sc-summary-changes-title = Що змінилося після самооцінки від { $date }
sc-summary-changes-none = Від попередньої самооцінки нічого не змінилося.
sc-summary-first = Це перша самооцінка: порівнювати поки немає з чим.
sc-voice-client = клієнт
sc-voice-worker = соцпрацівник
sc-change-eased = легше
sc-change-harder = важче
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Додати до плану
sc-add-to-plan-named = Додати «{ $action }» до плану
sc-in-plan = Уже в плані
