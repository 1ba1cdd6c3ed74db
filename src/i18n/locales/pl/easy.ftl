# Simplified view (easy-read) for the client: short sentences, "ty", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen (impersonal form).

easy-toggle = Widok uproszczony dla klienta
easy-toggle-hint = Jedno pytanie na ekranie, większe litery i przyciski, krótkie zdania, czytanie na głos, a pod słowem w języku klienta to samo słowo po niderlandzku.
easy-badge = Widok uproszczony
easy-read-aloud = Przeczytaj na głos
easy-no-voice = Ten tablet nie ma głosu, który czyta na głos w tym języku: { $language }.
easy-dutch-label = Po niderlandzku:
easy-title = Jak się masz?
easy-intro = Dostaniesz 18 pytań. Zawsze jedno pytanie. Wybierasz odpowiedź. Wszystko się zapisuje.
easy-progress = Pytanie { $current } z { $total }
easy-q-money = Jak jest z pieniędzmi?
easy-q-housing = Jak jest z twoim mieszkaniem?
easy-q-health = Jak się czuje twoje ciało?
easy-q-mind = Jak się czujesz?
easy-q-addiction = Jak jest z alkoholem, narkotykami albo hazardem?
easy-q-family = Jak ci idzie dbanie o dzieci albo o rodzinę?
easy-q-childcare = Jak jest ze żłobkiem albo przedszkolem dla twoich dzieci?
easy-q-safety = Jak bezpiecznie czujesz się w domu?
easy-q-network = Jak jest z przyjaciółmi i rodziną?
easy-q-structure = Jak mija twój dzień: wstawanie i spotkania?
easy-q-daily = Jak ci idzie gotowanie, pranie i sprzątanie?
easy-q-dutch = Jak ci idzie niderlandzki?
easy-q-learning = Jak jest ze szkołą i kursami?
easy-q-work = Jak jest z pracą?
easy-q-attitude = Co czujesz, gdy myślisz o pracy albo o kursie?
easy-q-mobility = Jak jest z autobusem, pociągiem albo rowerem?
easy-q-papers = Jak jest z listami i dokumentami?
easy-q-digital = Jak jest z telefonem i komputerem?
easy-help = Chcę pomocy.
easy-note-label = Chcesz coś powiedzieć? Możesz. Nie musisz.
easy-skip = Później
easy-back = Wstecz
easy-next = Dalej
easy-saved = Wszystko jest zapisane. Możesz przerwać.
easy-skipped-note = To pytanie było wcześniej pominięte. To w porządku.
easy-end-title = Gotowe! Dziękujemy.
easy-end-body = Zawsze możesz wrócić do pytania.
easy-end-open =
    { $count ->
        [one] Jedno pytanie czeka jeszcze na odpowiedź.
        [few] { $count } pytania czekają jeszcze na odpowiedź.
       *[many] { $count } pytań czeka jeszcze na odpowiedź.
        [other] { $count } pytania czeka jeszcze na odpowiedź.
    }
easy-go-to = Do pytania: { $domain }

## changes
easy-changes-title = To jest nowe od { $date }
