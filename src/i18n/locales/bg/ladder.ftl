# Trede: Bulgarian, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Стълбица

## The ladder
ladder-title = Стълбицата на участието
ladder-intro = Къде се намира { $name } днес и каква би била добра следваща стъпка? Докоснете стъпало, за да видите какви предложения има на него.
ladder-now-none = Все още няма отбелязана позиция. По-долу можете заедно да добавите първата.
ladder-now-rung = Сега: стъпало { $number }, { $rung }
ladder-now-status = Сега: { $status } (извън стъпалата)
ladder-language-course-beside = Успоредно с това тече езиков курс.
ladder-rung-button = Стъпало { $number }: { $rung }
ladder-badge-now = сега
ladder-badge-target = цел
ladder-offer-count =
    { $count ->
        [0] няма предложения
        [one] едно предложение
       *[other] { $count } предложения
    }
ladder-rungs-label = Шестте стъпала, най-високото е най-горе

## Target rung
ladder-target-label = Най-високото постижимо стъпало за { $name }
ladder-target-hint = Целта, която избирате заедно. Всяко стъпало може да бъде цел.
ladder-target-none = Още не е избрано
ladder-target-reached = { $name } достигна целевото стъпало. Това е истинско постижение.
ladder-target-four = За някои хора доброволческата или друга неплатена работа е най-високото постижимо стъпало. Достигането му е успех, а не край на пътя.

## Offers
ladder-offers-title = Предложения на стъпало { $number }: { $rung }
ladder-offers-none = Каталогът няма предложения на това стъпало.
ladder-offers-close = Затвори предложенията
ladder-offer-provider = Организатор
ladder-offer-duration = Продължителност
ladder-offer-allowance = Възнаграждение
ladder-offer-conditions = Кой може да участва
ladder-offer-pick = Избери за плана
ladder-offer-picked = Избрано за плана
ladder-offer-unpick = Махни от плана
ladder-picked-title = Предложения, избрани за плана
ladder-picked-none = Все още нищо не е избрано. Предложение, избрано на стълбицата, може да стане стъпка в плана за интеграция.
ladder-picked-from = стъпало { $number }, от { $catalogue } { $edition }

## Placements
ladder-placements-title = Позиции на стълбицата
ladder-placements-none = Все още няма позиции.
ladder-add-title = Добавяне на позиция
ladder-edit-title = Промяна на тази позиция
ladder-date-label = Дата
ladder-date-missing = Изберете дата.
ladder-position-label = Стъпало или ситуация
ladder-position-rungs = Стъпала
ladder-position-side = Ситуации извън стълбицата
ladder-status-orientation = Ориентиране (досие, открито преди по-малко от четири месеца)
ladder-status-exempted = Освобождаване по здравословни причини или от съображения за справедливост
ladder-status-studying = Учи
ladder-status-care-first = Първо грижа
ladder-viewpoint-label = Чия е тази гледна точка?
ladder-view-client = Така го вижда клиентът
ladder-view-worker = Така го вижда социалният работник
ladder-view-agreed = Договорено заедно
ladder-language-course-label = Успоредно тече езиков курс
ladder-note-label = Бележка (може да остане празна)
ladder-note-hint = С няколко думи: какво се промени и какво е усещането от това?
ladder-error-note-too-long = Тази бележка е дълга { $actual } знака. Моля, най-много { $max } знака.
ladder-save-placement = Запази позицията
ladder-edit-button = Промени
ladder-delete-button = Изтрий
ladder-confirm-delete-title = Да се изтрие ли тази позиция?
ladder-confirm-delete-body = Позицията от { $date } ще изчезне от развитието. Това не може да бъде отменено.
ladder-confirm-delete-yes = Да, изтрий

## History
ladder-history-title = Развитието
ladder-history-none = Развитието ще се появи тук, щом има позиция.
ladder-history-chart-label = Стъпаловидна графика на стъпалата във времето. Таблицата по-долу съдържа същите данни.
ladder-history-table-caption = Развитието като таблица
ladder-history-aside-lane = извън стълбицата
ladder-col-date = Дата
ladder-col-position = Стъпало или ситуация
ladder-col-move = Промяна
ladder-col-view = Чия гледна точка
ladder-col-note = Бележка
ladder-move-start = Начална точка
ladder-move-rise = Нагоре от стъпало { $from }
ladder-move-fall = Стъпка назад от стъпало { $from }
ladder-move-level = Същото стъпало
ladder-move-aside = Извън стълбицата
ladder-fall-label = стъпка назад
ladder-falls-summary =
    { $count ->
        [0] Все още няма стъпки назад.
        [one] Една стъпка назад. Стъпките назад се случват; те са част от пътя.
       *[other] { $count } стъпки назад. Стъпките назад се случват; те са част от пътя.
    }

## Catalogue
catalogue-title = Каталог с предложения
catalogue-current = В употреба: { $name }, издание { $edition }, брой предложения: { $count }.
catalogue-builtin = Това е вграденият каталог.
catalogue-load-label = Зареждане на собствен каталог (JSON файл)
catalogue-load-hint = Файл във формата за каталози на Trede. Файлът остава на това устройство. Настоящият каталог остава в употреба, докато валиден файл не го замени.
catalogue-loaded = Новият каталог е в употреба.
catalogue-problems-title =
    { $count ->
        [one] Този файл не можа да бъде използван. Едно нещо за поправяне:
       *[other] Този файл не можа да бъде използван. { $count } неща за поправяне:
    }
catalogue-reset = Използвай отново вградения каталог
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Файлът
catalogue-place-field = Поле "{ $field }"
catalogue-place-offer = Предложение { $number }
catalogue-place-offer-id = Предложение { $number } ("{ $id }")
catalogue-place-offer-field = Предложение { $number }, поле "{ $field }"
catalogue-place-offer-id-field = Предложение { $number } ("{ $id }"), поле "{ $field }"
catalogue-problem-not-json = това не е валиден JSON (ред { $line }, колона { $column })
catalogue-problem-not-object = това не е каталог (очаква се обект с "format", "version", "id", "name", "edition" и "offers")
catalogue-problem-format = "{ $found }" не е "trede-catalogue"
catalogue-problem-version = версия { $found } не може да бъде прочетена (тази версия на Trede чете версия 1)
catalogue-problem-missing = липсва
catalogue-problem-type =
    { $expected ->
        [text] трябва да е текст
        [number] трябва да е число
        [list] трябва да е списък
        [offer] трябва да е обект с полетата на предложение
       *[object] трябва да е обект с текст за всеки език, например "nl" и "en"
    }
catalogue-problem-rung = { $found } не е стъпало (от 1 до 6)
catalogue-problem-empty = е празно
catalogue-problem-too-long = е по-дълго от { $max } знака
catalogue-problem-no-dutch = няма текст на нидерландски ("nl")
catalogue-problem-language = "{ $code }" не е код на език, който Trede познава
catalogue-problem-id = "{ $found }" не е валиден id (малки букви, цифри и тирета)
catalogue-problem-duplicate = този id вече се използва от предложение { $first }
catalogue-problem-unknown-field = не е познато поле
catalogue-problem-no-offers = списъкът с предложения е празен

## rules
ladder-definitions-title = Какво означава всяко стъпало?
ladder-exempted-decision = Решение на OCMW от { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = В плана още няма решение на OCMW за освобождаване. Запиши го в плана, в първата стъпка.
## evals
ladder-from-evaluation = от оценка на GPMI
ladder-history-per-view = Изкачване или стъпка назад се брои за всеки поглед поотделно: погледът на клиента с погледа на клиента, погледът на социалния работник с погледа на социалния работник. Договореното заедно се брои и за двамата.
## plan
catalogue-problem-carrier = "{ $found }" не е "client", "ocmw" или "partner"
## store
catalogue-problem-too-large = файлът е по-голям от { $max } KB, много по-голям от списък с предложения
catalogue-problem-too-many = повече от { $max } предложения в списъка
