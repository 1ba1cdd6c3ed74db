# Simplified view (easy-read) for the client: short sentences, polite "ви", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = Спрощений вигляд для клієнта
easy-toggle-hint = Одне питання на екрані, більші літери й кнопки, короткі речення, читання вголос, а під словом рідною мовою — нідерландське слово.
easy-badge = Спрощений вигляд
easy-read-aloud = Прочитати вголос
easy-no-voice = На цьому планшеті немає голосу, щоб читати вголос цією мовою: { $language }.
easy-dutch-label = Нідерландською:
easy-title = Як ваші справи?
easy-intro = Тут 18 питань. Щоразу одне питання. Ви вибираєте відповідь. Усе зберігається.
easy-progress = Питання { $current } з { $total }
easy-q-money = Як справи з грошима?
easy-q-housing = Як справи з вашим житлом?
easy-q-health = Як почувається ваше тіло?
easy-q-mind = Як ви почуваєтеся?
easy-q-addiction = Як справи з алкоголем, наркотиками чи азартними іграми?
easy-q-family = Як вам вдається піклуватися про дітей чи родину?
easy-q-childcare = Як справи з доглядом за вашими дітьми?
easy-q-safety = Наскільки безпечно ви почуваєтеся вдома?
easy-q-network = Як справи з друзями та родиною?
easy-q-structure = Як минає ваш день: вставати, приходити на зустрічі?
easy-q-daily = Як справи з готуванням їжі, пранням і прибиранням?
easy-q-dutch = Як справи з нідерландською мовою?
easy-q-learning = Як справи зі школою та курсами?
easy-q-work = Як справи з роботою?
easy-q-attitude = Що ви відчуваєте, коли думаєте про роботу чи навчання?
easy-q-mobility = Як справи з автобусом, поїздом чи велосипедом?
easy-q-papers = Як справи з листами й документами?
easy-q-digital = Як справи з телефоном і комп’ютером?
easy-help = Я хочу допомоги.
easy-note-label = Хочете щось розповісти? Можна. Але не обов’язково.
easy-skip = Пізніше
easy-back = Назад
easy-next = Далі
easy-saved = Усе збережено. Можна зупинитися.
easy-skipped-note = Ви пропустили це питання раніше. Це нічого.
easy-end-title = Готово! Дякуємо.
easy-end-body = Ви завжди можете повернутися до питання.
easy-end-open =
    { $count ->
        [one] Ще без відповіді { $count } питання.
        [few] Ще без відповіді { $count } питання.
        [many] Ще без відповіді { $count } питань.
       *[other] Ще без відповіді { $count } питань.
    }
easy-go-to = До питання про: { $domain }

## changes
easy-changes-title = Це нове з { $date }
