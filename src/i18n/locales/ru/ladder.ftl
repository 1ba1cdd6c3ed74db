# Trede: Russian, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Лестница

## The ladder
ladder-title = Лестница участия
ladder-intro = Где { $name } находится сегодня и каким был бы хороший следующий шаг? Нажмите на ступень, чтобы увидеть, какие там есть предложения.
ladder-now-none = Пока нет ни одной позиции. Ниже вы можете вместе добавить первую.
ladder-now-rung = Сейчас: ступень { $number }, { $rung }
ladder-now-status = Сейчас: { $status } (не ступень)
ladder-language-course-beside = Параллельно идёт языковой курс.
ladder-rung-button = Ступень { $number }: { $rung }
ladder-badge-now = сейчас
ladder-badge-target = цель
ladder-offer-count =
    { $count ->
        [0] нет предложений
        [one] { $count } предложение
        [few] { $count } предложения
        [many] { $count } предложений
       *[other] { $count } предложений
    }
ladder-rungs-label = Шесть ступеней, самая высокая наверху

## Target rung
ladder-target-label = { $name }: самая высокая достижимая ступень
ladder-target-hint = Цель, которую вы выбираете вместе. Это может быть любая ступень.
ladder-target-none = Ещё не выбрана
ladder-target-reached = { $name }: целевая ступень достигнута. Это настоящее достижение.
ladder-target-four = Для некоторых людей волонтёрство или другая неоплачиваемая работа — самая высокая достижимая ступень. Достичь её — это успех, а не конечная точка.

## Offers
ladder-offers-title = Предложения на ступени { $number }: { $rung }
ladder-offers-none = В каталоге нет предложений на этой ступени.
ladder-offers-close = Закрыть предложения
ladder-offer-provider = Кто предлагает
ladder-offer-duration = Продолжительность
ladder-offer-allowance = Оплата
ladder-offer-conditions = Кто может участвовать
ladder-offer-pick = Выбрать для плана
ladder-offer-picked = Выбрано для плана
ladder-offer-unpick = Убрать из плана
ladder-picked-title = Предложения, выбранные для плана
ladder-picked-none = Пока ничего не выбрано. Предложение, выбранное на лестнице, может стать шагом в плане интеграции.
ladder-picked-from = ступень { $number }, из каталога { $catalogue } { $edition }

## Placements
ladder-placements-title = Позиции на лестнице
ladder-placements-none = Пока нет ни одной позиции.
ladder-add-title = Добавить позицию
ladder-edit-title = Изменить эту позицию
ladder-date-label = Дата
ladder-date-missing = Выберите дату.
ladder-position-label = Ступень или ситуация
ladder-position-rungs = Ступени
ladder-position-side = Ситуации вне лестницы
ladder-status-orientation = Ориентация (досье существует меньше четырёх месяцев)
ladder-status-exempted = Освобождение по состоянию здоровья или из соображений справедливости
ladder-status-studying = Учится
ladder-status-care-first = Сначала забота о здоровье и благополучии
ladder-viewpoint-label = Чьё это мнение?
ladder-view-client = Так видит клиент
ladder-view-worker = Так видит социальный работник
ladder-view-agreed = Договорились вместе
ladder-language-course-label = Параллельно идёт языковой курс
ladder-note-label = Заметка (можно не заполнять)
ladder-note-hint = В нескольких словах: что изменилось и как вы это ощущаете?
ladder-error-note-too-long = В этой заметке { $actual ->
        [one] { $actual } символ
        [few] { $actual } символа
        [many] { $actual } символов
       *[other] { $actual } символов
    }. Пожалуйста, не больше { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символов
    }.
ladder-save-placement = Сохранить позицию
ladder-edit-button = Изменить
ladder-delete-button = Удалить
ladder-confirm-delete-title = Удалить эту позицию?
ladder-confirm-delete-body = Позиция от { $date } будет убрана из истории. Это действие нельзя отменить.
ladder-confirm-delete-yes = Да, удалить

## History
ladder-history-title = История изменений
ladder-history-none = История появится здесь, как только будет первая позиция.
ladder-history-chart-label = Ступенчатый график ступеней во времени. В таблице ниже те же данные.
ladder-history-table-caption = История в виде таблицы
ladder-history-aside-lane = вне лестницы
ladder-col-date = Дата
ladder-col-position = Ступень или ситуация
ladder-col-move = Изменение
ladder-col-view = Чьё мнение
ladder-col-note = Заметка
ladder-move-start = Отправная точка
ladder-move-rise = Вверх со ступени { $from }
ladder-move-fall = Шаг назад со ступени { $from }
ladder-move-level = Та же ступень
ladder-move-aside = Вне лестницы
ladder-fall-label = шаг назад
ladder-falls-summary =
    { $count ->
        [0] Пока ни одного шага назад.
        [one] { $count } шаг назад. Шаги назад случаются — это часть пути.
        [few] { $count } шага назад. Шаги назад случаются — это часть пути.
        [many] { $count } шагов назад. Шаги назад случаются — это часть пути.
       *[other] { $count } шагов назад. Шаги назад случаются — это часть пути.
    }

## Catalogue
catalogue-title = Каталог предложений
catalogue-current = Используется: { $name }, издание { $edition }, количество предложений: { $count }.
catalogue-builtin = Это встроенный каталог.
catalogue-load-label = Загрузить свой каталог (файл JSON)
catalogue-load-hint = Файл в формате каталога Trede. Файл остаётся на этом устройстве. Текущий каталог используется, пока его не заменит корректный файл.
catalogue-loaded = Теперь используется новый каталог.
catalogue-problems-title =
    { $count ->
        [one] Этот файл не удалось использовать. Нужно исправить { $count } пункт:
        [few] Этот файл не удалось использовать. Нужно исправить { $count } пункта:
        [many] Этот файл не удалось использовать. Нужно исправить { $count } пунктов:
       *[other] Этот файл не удалось использовать. Нужно исправить { $count } пунктов:
    }
catalogue-reset = Снова использовать встроенный каталог
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Файл
catalogue-place-field = Поле "{ $field }"
catalogue-place-offer = Предложение { $number }
catalogue-place-offer-id = Предложение { $number } ("{ $id }")
catalogue-place-offer-field = Предложение { $number }, поле "{ $field }"
catalogue-place-offer-id-field = Предложение { $number } ("{ $id }"), поле "{ $field }"
catalogue-problem-not-json = это не корректный JSON (строка { $line }, столбец { $column })
catalogue-problem-not-object = это не каталог (ожидается объект с полями "format", "version", "id", "name", "edition" и "offers")
catalogue-problem-format = "{ $found }" — это не "trede-catalogue"
catalogue-problem-version = версию { $found } невозможно прочитать (эта версия Trede читает версию 1)
catalogue-problem-missing = отсутствует
catalogue-problem-type =
    { $expected ->
        [text] должно быть текстом
        [number] должно быть числом
        [list] должно быть списком
        [offer] должно быть объектом с полями предложения
       *[object] должно быть объектом с текстом для каждого языка, например "nl" и "en"
    }
catalogue-problem-rung = { $found } — это не ступень (от 1 до 6)
catalogue-problem-empty = не заполнено
catalogue-problem-too-long = длиннее { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символов
    }
catalogue-problem-no-dutch = нет нидерландского текста ("nl")
catalogue-problem-language = "{ $code }" — Trede не знает такого кода языка
catalogue-problem-id = "{ $found }" — недействительный id (строчные буквы, цифры и дефисы)
catalogue-problem-duplicate = этот id уже использует предложение { $first }
catalogue-problem-unknown-field = это неизвестное поле
catalogue-problem-no-offers = список предложений пуст

## rules
ladder-definitions-title = Что означает каждая ступень?
ladder-exempted-decision = Решение OCMW от { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = В плане ещё нет решения OCMW об освобождении. Запишите его в плане, на первом шаге.
## evals
ladder-from-evaluation = из оценки GPMI
ladder-history-per-view = Подъём или шаг назад считается для каждого взгляда отдельно: взгляд клиента с взглядом клиента, взгляд социального работника с взглядом социального работника. Согласованное вместе считается для обоих.
## plan
catalogue-problem-carrier = "{ $found }" не является "client", "ocmw" или "partner"
## store
catalogue-problem-too-large = файл больше { $max } КБ, намного больше списка предложений
catalogue-problem-too-many = более { $max } предложений в списке
