# Simplified view (easy-read) for the client: short sentences, "ти", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen (polite "вие").

easy-toggle = Опростен изглед за клиента
easy-toggle-hint = Един въпрос на екран, по-големи букви и бутони, кратки изречения, четене на глас и нидерландската дума под думата на родния език.
easy-badge = Опростен изглед
easy-read-aloud = Четене на глас
easy-no-voice = Този таблет няма глас, който да чете на глас на този език: { $language }.
easy-dutch-label = На нидерландски:
easy-title = Как си?
easy-intro = Ще видиш 18 въпроса. Всеки път по един въпрос. Избираш отговор. Всичко се запазва.
easy-progress = Въпрос { $current } от { $total }
easy-q-money = Как си с парите?
easy-q-housing = Как е с дома ти?
easy-q-health = Как е тялото ти?
easy-q-mind = Как се чувстваш?
easy-q-addiction = Как си с алкохола, наркотиците или хазарта?
easy-q-family = Как е с грижата за децата или семейството ти?
easy-q-childcare = Как е с гледането на децата ти?
easy-q-safety = Колко сигурно се чувстваш у дома?
easy-q-network = Как е с приятелите и семейството?
easy-q-structure = Как минава денят ти: ставането и срещите?
easy-q-daily = Как е с готвенето, прането и чистенето?
easy-q-dutch = Как е с нидерландския?
easy-q-learning = Как е с училището и курсовете?
easy-q-work = Как е с работата?
easy-q-attitude = Как се чувстваш, като мислиш за работа или обучение?
easy-q-mobility = Как е с автобуса, влака или колелото?
easy-q-papers = Как е с писмата и документите?
easy-q-digital = Как е с телефона и компютъра?
easy-help = Искам помощ.
easy-note-label = Искаш ли да разкажеш нещо? Можеш. Не е задължително.
easy-skip = По-късно
easy-back = Назад
easy-next = Напред
easy-saved = Всичко е запазено. Можеш да спреш.
easy-skipped-note = По-рано пропусна този въпрос. Няма проблем.
easy-end-title = Готово! Благодаря ти.
easy-end-body = Винаги можеш да се върнеш към някой въпрос.
easy-end-open =
    { $count ->
        [one] Един въпрос още е без отговор.
       *[other] { $count } въпроса още са без отговор.
    }
easy-go-to = Към въпроса за { $domain }

## changes
easy-changes-title = Това е ново от { $date }
