# Simplified view (easy-read) for the client: short sentences, polite "вы", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = Упрощённый вид для клиента
easy-toggle-hint = Один вопрос на экране, крупнее буквы и кнопки, короткие предложения, чтение вслух, а под словом на родном языке — нидерландское слово.
easy-badge = Упрощённый вид
easy-read-aloud = Прочитать вслух
easy-no-voice = На этом планшете нет голоса, чтобы читать вслух на этом языке: { $language }.
easy-dutch-label = По-нидерландски:
easy-title = Как ваши дела?
easy-intro = Здесь 18 вопросов. Каждый раз один вопрос. Вы выбираете ответ. Всё сохраняется.
easy-progress = Вопрос { $current } из { $total }
easy-q-money = Как дела с деньгами?
easy-q-housing = Как дела с вашим жильём?
easy-q-health = Как себя чувствует ваше тело?
easy-q-mind = Как вы себя чувствуете?
easy-q-addiction = Как дела с алкоголем, наркотиками или азартными играми?
easy-q-family = Как вам удаётся заботиться о детях или о семье?
easy-q-childcare = Кто присматривает за вашими детьми, когда вы заняты?
easy-q-safety = Насколько безопасно вы чувствуете себя дома?
easy-q-network = Как дела с друзьями и семьёй?
easy-q-structure = Как проходит ваш день: вставать, приходить на встречи?
easy-q-daily = Как дела с готовкой, стиркой и уборкой?
easy-q-dutch = Как дела с нидерландским языком?
easy-q-learning = Как дела со школой и курсами?
easy-q-work = Как дела с работой?
easy-q-attitude = Что вы чувствуете, когда думаете о работе или учёбе?
easy-q-mobility = Как дела с автобусом, поездом или велосипедом?
easy-q-papers = Как дела с письмами и документами?
easy-q-digital = Как дела с телефоном и компьютером?
easy-help = Я хочу помощи.
easy-note-label = Хотите что-то рассказать? Можно. Но не обязательно.
easy-skip = Позже
easy-back = Назад
easy-next = Дальше
easy-saved = Всё сохранено. Можно остановиться.
easy-skipped-note = Вы пропустили этот вопрос раньше. Это ничего.
easy-end-title = Готово! Спасибо.
easy-end-body = Вы всегда можете вернуться к вопросу.
easy-end-open =
    { $count ->
        [one] Ещё без ответа { $count } вопрос.
        [few] Ещё без ответа { $count } вопроса.
        [many] Ещё без ответа { $count } вопросов.
       *[other] Ещё без ответа { $count } вопросов.
    }
easy-go-to = К вопросу о теме: { $domain }

## changes
easy-changes-title = Это новое с { $date }
