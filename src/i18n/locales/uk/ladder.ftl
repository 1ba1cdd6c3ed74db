# Trede: Ukrainian, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Драбина

## The ladder
ladder-title = Драбина участі
ladder-intro = Де { $name } перебуває сьогодні і яким був би добрий наступний крок? Торкніться щабля, щоб побачити, які там є пропозиції.
ladder-now-none = Ще немає жодної позиції. Нижче ви можете разом додати першу.
ladder-now-rung = Зараз: щабель { $number }, { $rung }
ladder-now-status = Зараз: { $status } (не щабель)
ladder-language-course-beside = Паралельно триває мовний курс.
ladder-rung-button = Щабель { $number }: { $rung }
ladder-badge-now = зараз
ladder-badge-target = мета
ladder-offer-count =
    { $count ->
        [0] немає пропозицій
        [one] { $count } пропозиція
        [few] { $count } пропозиції
        [many] { $count } пропозицій
       *[other] { $count } пропозицій
    }
ladder-rungs-label = Шість щаблів, найвищий угорі

## Target rung
ladder-target-label = { $name }: найвищий досяжний щабель
ladder-target-hint = Мета, яку ви обираєте разом. Це може бути будь-який щабель.
ladder-target-none = Ще не вибрано
ladder-target-reached = { $name }: цільового щабля досягнуто. Це справжнє досягнення.
ladder-target-four = Для деяких людей волонтерство чи інша неоплачувана робота — це найвищий досяжний щабель. Досягти його — успіх, а не кінцева точка.

## Offers
ladder-offers-title = Пропозиції на щаблі { $number }: { $rung }
ladder-offers-none = У каталозі немає пропозицій на цьому щаблі.
ladder-offers-close = Закрити пропозиції
ladder-offer-provider = Хто пропонує
ladder-offer-duration = Тривалість
ladder-offer-allowance = Оплата
ladder-offer-conditions = Хто може взяти участь
ladder-offer-pick = Вибрати для плану
ladder-offer-picked = Вибрано для плану
ladder-offer-unpick = Прибрати з плану
ladder-picked-title = Пропозиції, вибрані для плану
ladder-picked-none = Поки нічого не вибрано. Пропозиція, вибрана на драбині, може стати кроком в інтеграційному плані.
ladder-picked-from = щабель { $number }, з каталогу { $catalogue } { $edition }

## Placements
ladder-placements-title = Позиції на драбині
ladder-placements-none = Ще немає жодної позиції.
ladder-add-title = Додати позицію
ladder-edit-title = Змінити цю позицію
ladder-date-label = Дата
ladder-date-missing = Виберіть дату.
ladder-position-label = Щабель або ситуація
ladder-position-rungs = Щаблі
ladder-position-side = Ситуації поза драбиною
ladder-status-orientation = Орієнтація (досьє існує менше чотирьох місяців)
ladder-status-exempted = Звільнення з міркувань здоров’я або справедливості
ladder-status-studying = Навчається
ladder-status-care-first = Спершу турбота про здоров’я та добробут
ladder-viewpoint-label = Чия це думка?
ladder-view-client = Так бачить клієнт
ladder-view-worker = Так бачить соціальний працівник
ladder-view-agreed = Домовилися разом
ladder-language-course-label = Паралельно триває мовний курс
ladder-note-label = Нотатка (можна не заповнювати)
ladder-note-hint = Кількома словами: що змінилося і як ви це відчуваєте?
ladder-error-note-too-long = Ця нотатка має { $actual ->
        [one] { $actual } символ
        [few] { $actual } символи
        [many] { $actual } символів
       *[other] { $actual } символів
    }. Будь ласка, щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символів
    }.
ladder-save-placement = Зберегти позицію
ladder-edit-button = Змінити
ladder-delete-button = Видалити
ladder-confirm-delete-title = Видалити цю позицію?
ladder-confirm-delete-body = Позицію від { $date } буде прибрано з історії. Цю дію не можна скасувати.
ladder-confirm-delete-yes = Так, видалити

## History
ladder-history-title = Історія змін
ladder-history-none = Історія з’явиться тут, щойно буде перша позиція.
ladder-history-chart-label = Ступінчастий графік щаблів у часі. Таблиця нижче містить ті самі дані.
ladder-history-table-caption = Історія у вигляді таблиці
ladder-history-aside-lane = поза драбиною
ladder-col-date = Дата
ladder-col-position = Щабель або ситуація
ladder-col-move = Зміна
ladder-col-view = Чия думка
ladder-col-note = Нотатка
ladder-move-start = Відправна точка
ladder-move-rise = Вгору зі щабля { $from }
ladder-move-fall = Крок назад зі щабля { $from }
ladder-move-level = Той самий щабель
ladder-move-aside = Поза драбиною
ladder-fall-label = крок назад
ladder-falls-summary =
    { $count ->
        [0] Поки що жодного кроку назад.
        [one] { $count } крок назад. Кроки назад бувають — це частина шляху.
        [few] { $count } кроки назад. Кроки назад бувають — це частина шляху.
        [many] { $count } кроків назад. Кроки назад бувають — це частина шляху.
       *[other] { $count } кроків назад. Кроки назад бувають — це частина шляху.
    }

## Catalogue
catalogue-title = Каталог пропозицій
catalogue-current = Використовується: { $name }, видання { $edition }, кількість пропозицій: { $count }.
catalogue-builtin = Це вбудований каталог.
catalogue-load-label = Завантажити власний каталог (файл JSON)
catalogue-load-hint = Файл у форматі каталогу Trede. Файл залишається на цьому пристрої. Поточний каталог використовується, доки його не замінить дійсний файл.
catalogue-loaded = Тепер використовується новий каталог.
catalogue-problems-title =
    { $count ->
        [one] Цей файл не вдалося використати. Потрібно виправити { $count } пункт:
        [few] Цей файл не вдалося використати. Потрібно виправити { $count } пункти:
        [many] Цей файл не вдалося використати. Потрібно виправити { $count } пунктів:
       *[other] Цей файл не вдалося використати. Потрібно виправити { $count } пунктів:
    }
catalogue-reset = Знову використовувати вбудований каталог
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Файл
catalogue-place-field = Поле "{ $field }"
catalogue-place-offer = Пропозиція { $number }
catalogue-place-offer-id = Пропозиція { $number } ("{ $id }")
catalogue-place-offer-field = Пропозиція { $number }, поле "{ $field }"
catalogue-place-offer-id-field = Пропозиція { $number } ("{ $id }"), поле "{ $field }"
catalogue-problem-not-json = це не дійсний JSON (рядок { $line }, стовпець { $column })
catalogue-problem-not-object = це не каталог (очікується об’єкт із полями "format", "version", "id", "name", "edition" і "offers")
catalogue-problem-format = "{ $found }" — це не "trede-catalogue"
catalogue-problem-version = версію { $found } неможливо прочитати (ця версія Trede читає версію 1)
catalogue-problem-missing = не знайдено
catalogue-problem-type =
    { $expected ->
        [text] має бути текстом
        [number] має бути числом
        [list] має бути списком
        [offer] має бути об’єктом із полями пропозиції
       *[object] має бути об’єктом із текстом для кожної мови, наприклад "nl" і "en"
    }
catalogue-problem-rung = { $found } — це не щабель (від 1 до 6)
catalogue-problem-empty = не заповнено
catalogue-problem-too-long = довше за { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символів
    }
catalogue-problem-no-dutch = немає нідерландського тексту ("nl")
catalogue-problem-language = "{ $code }" — Trede не знає такого коду мови
catalogue-problem-id = "{ $found }" — недійсний id (малі літери, цифри та дефіси)
catalogue-problem-duplicate = цей id уже використовує пропозиція { $first }
catalogue-problem-unknown-field = це невідоме поле
catalogue-problem-no-offers = список пропозицій порожній

## rules
ladder-definitions-title = Що означає кожен щабель?
ladder-exempted-decision = Рішення OCMW від { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = У плані ще немає рішення OCMW про звільнення. Запишіть його в плані, на першому кроці.
## evals
ladder-from-evaluation = з оцінювання GPMI
ladder-history-per-view = Підйом чи крок назад рахується для кожного погляду окремо: погляд клієнта з поглядом клієнта, погляд соціального працівника з поглядом соціального працівника. Спільно погоджене рахується для обох.
## plan
catalogue-problem-carrier = "{ $found }" не є "client", "ocmw" або "partner"
## store
catalogue-problem-too-large = файл більший за { $max } КБ, набагато більший за список пропозицій
catalogue-problem-too-many = понад { $max } пропозицій у списку
