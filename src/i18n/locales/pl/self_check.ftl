# Self-check. Client screens: "ty", short and friendly. Worker screens: impersonal. Never a verdict.

self-check-view = Samoocena
self-check-title = Samoocena
self-check-intro = Razem przyglądamy się 18 obszarom życia. Można to robić po kawałku, podczas kilku rozmów: wszystko zapisuje się od razu.
self-check-list-title = Samooceny w tej teczce
self-check-none = W tej teczce nie ma jeszcze samooceny.
self-check-start = Rozpocznij nową samoocenę
self-check-item-title = Samoocena z { $date }
self-check-status-unfinished = Jeszcze nieukończona
self-check-status-complete = Wypełniona w całości
self-check-progress-client = Klient: odpowiedzi { $answered } z { $total }
self-check-progress-skipped =
    { $count ->
        [one] jedno pominięte
        [few] { $count } pominięte
       *[many] { $count } pominiętych
        [other] { $count } pominiętego
    }
self-check-progress-worker = Pracownik: ocenione { $scored } z { $total }
self-check-open = Otwórz
self-check-delete = Usuń
self-check-confirm-delete-title = Usunąć tę samoocenę?
self-check-confirm-delete-body = Samoocena z { $date } zostanie usunięta z tego urządzenia. Tej operacji nie można cofnąć.
self-check-confirm-delete-yes = Tak, usuń
self-check-back-to-list = Wszystkie samooceny
self-check-mode-nav = Części samooceny
self-check-mode-client = Wypełnia klient
self-check-mode-worker = Ocena pracownika
self-check-mode-summary = Podsumowanie

## Client ("ty" form)
self-check-client-progress = Pytanie { $current } z { $total }
self-check-client-answer-label = Twoja odpowiedź
self-check-answer-good = Jest dobrze
self-check-answer-hard = Czasem jest trudno
self-check-answer-big = Teraz duży problem
self-check-answer-private = Wolę nie mówić
self-check-client-help = Chcę pomocy w tej sprawie
self-check-client-note-label = Chcesz coś o tym powiedzieć? Własnymi słowami. To pole może też zostać puste.
self-check-client-skip = Odpowiem później
self-check-client-back = Wstecz
self-check-client-next = Dalej
self-check-client-skipped-note = To pytanie zostało wcześniej pominięte. Możesz odpowiedzieć teraz albo jeszcze je zostawić.
self-check-client-saved = Wszystko zapisuje się od razu. Możesz przerwać, kiedy chcesz.
self-check-client-end-title = To było ostatnie pytanie. Dziękujemy!
self-check-client-end-body = Chcesz coś zmienić? Zawsze możesz wrócić do pytania.
self-check-client-end-open =
    { $count ->
        [one] Jedno pytanie czeka jeszcze na odpowiedź:
        [few] { $count } pytania czekają jeszcze na odpowiedź:
       *[many] { $count } pytań czeka jeszcze na odpowiedź:
        [other] { $count } pytania czeka jeszcze na odpowiedź:
    }
self-check-client-go-to = Przejdź do: { $domain }

## Questions for the client
self-check-q-money = Jak sobie radzisz z pieniędzmi, rachunkami i długami?
self-check-q-housing = Jak jest z twoim mieszkaniem?
self-check-q-health = Jak twoje zdrowie?
self-check-q-mind = Jak się ostatnio czujesz?
self-check-q-addiction = Jak jest z alkoholem, narkotykami, hazardem albo tabletkami?
self-check-q-family = Jak ci idzie opieka nad dziećmi albo nad kimś innym?
self-check-q-childcare = Jak jest ze żłobkiem, przedszkolem albo opieką nad twoimi dziećmi?
self-check-q-safety = Czy czujesz się w domu bezpiecznie?
self-check-q-network = Jak jest z ludźmi wokół ciebie?
self-check-q-structure = Jak wygląda twój rytm dnia: wstawanie, przychodzenie na umówione spotkania?
self-check-q-daily = Jak ci idzie gotowanie, pranie i prace domowe?
self-check-q-dutch = Jak ci idzie mówienie i czytanie po niderlandzku?
self-check-q-learning = Jak jest ze szkołą, kursami i dyplomami?
self-check-q-work = Jak jest z pracą: jaką pracę masz już za sobą i co potrafisz?
self-check-q-attitude = Jak się czujesz, gdy myślisz o kolejnym kroku w stronę pracy albo nauki?
self-check-q-mobility = Jak ci idzie przemieszczanie się: autobus, pociąg, rower albo samochód?
self-check-q-papers = Jak jest z dokumentami, listami z urzędów i twoim pobytem?
self-check-q-digital = Jak ci idzie z telefonem, komputerem, e-mailem i itsme?

## Worker (impersonal form)
self-check-worker-intro = Jedna ocena dla każdego obszaru, według skali przesiewowej HIVA. Przy 3 lub 4 można zaznaczyć, co ma zastosowanie. Ocena to spojrzenie pracownika, obok odpowiedzi klienta.
self-check-score-1 = 1 · Brak przeszkód
self-check-score-2 = 2 · Przeszkoda, ale praca lub nauka jest możliwa ze wsparciem
self-check-score-3 = 3 · Przeszkoda: praca lub nauka nie jest teraz możliwa
self-check-score-4 = 4 · Nie potrafię (jeszcze) ocenić
self-check-score-none = Jeszcze bez oceny
self-check-worker-sub-title = Co ma zastosowanie?
self-check-worker-no-subs = W tym obszarze sytuację opisuje się w notatce.
self-check-worker-note-label = Notatka pracownika
self-check-dutch-level-label = Poziom języka niderlandzkiego
self-check-dutch-level-hint = Według zaświadczenia ze szkoły lub z Huis van het Nederlands, nie starszego niż dwa lata.
self-check-dutch-level-none = Jeszcze nie wypełniono
self-check-dutch-level-unknown = Nieznany
self-check-dutch-level-below-1-1 = Poniżej 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Nauka ukończona
self-check-latin-reading = Czytanie w alfabecie łacińskim
self-check-latin-writing = Pisanie w alfabecie łacińskim
self-check-yes = Tak
self-check-no = Nie
self-check-not-known = Jeszcze nie wiadomo

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Długi
self-check-sub-money-mediation = W trakcie mediacji dłużnej (schuldbemiddeling)
self-check-sub-money-basic-needs = Za mało na jedzenie, ubrania lub czynsz
self-check-sub-housing-no-address = Brak stałego adresu lub nocleg w noclegowni
self-check-sub-housing-unhealthy = Poważne problemy z mieszkaniem lub mieszkanie uznane za niezdatne do zamieszkania
self-check-sub-housing-must-move = Musi się szybko wyprowadzić lub bardzo często się przeprowadza
self-check-sub-housing-transit = Mieszka w mieszkaniu przejściowym
self-check-sub-health-illness = Choroba utrudnia pracę lub naukę
self-check-sub-health-diagnosis = Rozpoznana choroba, z zaświadczeniami
self-check-sub-health-complaints = Dolegliwości zdrowotne
self-check-sub-health-pregnancy = Ciąża lub urlop macierzyński
self-check-sub-health-disability = Niepełnosprawność
self-check-sub-health-work-disability = Uznane ograniczenie zdolności do pracy
self-check-sub-family-parenting = Wychowanie dzieci i relacje z nimi
self-check-sub-family-child-needs = Dziecko ze szczególnymi potrzebami opiekuńczymi
self-check-sub-family-single-parent = Samotny rodzic
self-check-sub-family-care-task = Opiekuje się w domu osobą z niepełnosprawnością, w podeszłym wieku lub długotrwale chorą
self-check-sub-childcare-waiting-list = Wniosek złożony, ale długa lista oczekujących
self-check-sub-childcare-no-informal = Nikt z rodziny ani znajomych nie może zająć się dziećmi
self-check-sub-childcare-unknown-options = Nie zna jeszcze możliwości ani sposobu złożenia wniosku
self-check-sub-safety-relationship = Napięcia z partnerem, rodziną lub innymi osobami
self-check-sub-safety-violence = Przemoc w rodzinie
self-check-sub-network-no-social = Mało albo brak przyjaciół i znajomych
self-check-sub-network-no-family = Brak rodziny w pobliżu
self-check-sub-network-family-against-work = Rodzina nie popiera pracy
self-check-sub-network-nobody-works = Nikt w rodzinie ani wśród przyjaciół nie pracuje
self-check-sub-structure-no-rhythm = Brak stałego rytmu dnia
self-check-sub-structure-missed-appointments = Umówione spotkania czasem nie dochodzą do skutku
self-check-sub-structure-documents = Nie przynosi na spotkanie potrzebnych dokumentów
self-check-sub-daily-hygiene = Higiena
self-check-sub-daily-appearance = Zadbany wygląd
self-check-sub-daily-household = Nie radzi sobie z prowadzeniem domu
self-check-sub-dutch-express = Trudno wyrazić myśli słowami
self-check-sub-dutch-oral = Komunikacja ustna jeszcze się nie udaje
self-check-sub-dutch-written = Komunikacja pisemna jeszcze się nie udaje
self-check-sub-dutch-illiterate = Nie potrafi czytać ani pisać
self-check-sub-learning-inactive = Długie okresy bez pracy lub nauki
self-check-sub-learning-no-choices = Jeszcze brak świadomego wyboru kierunku
self-check-sub-learning-history = Historię nauki i pracy trudno opisać
self-check-sub-learning-recognition = Zagraniczny dyplom jeszcze nieuznany
self-check-sub-work-guided-only = Wcześniejsze prace tylko z intensywnym wsparciem
self-check-sub-work-unrealistic = Oczekiwania co do pracy, płacy lub miejsca pracy nie pasują do rzeczywistości
self-check-sub-work-overestimates = Ocenia własne możliwości wyżej
self-check-sub-work-expectations = Nie wie jeszcze dobrze, czego oczekuje się w miejscu pracy
self-check-sub-attitude-no-steps = Nie podejmuje jeszcze własnych kroków
self-check-sub-attitude-gives-up = Szybko się poddaje po niepowodzeniu
self-check-sub-attitude-motivation = Nie widzi teraz powodu, by coś zmieniać
self-check-sub-attitude-one-target = Po długim szukaniu trzyma się jednej konkretnej pracy
self-check-sub-attitude-interaction = Trudności w kontaktach z innymi lub z przestrzeganiem zasad
self-check-sub-mobility-no-transport = Brak własnego środka transportu i brak komunikacji publicznej
self-check-sub-mobility-public-know-how = Komunikacja publiczna: nie wie, jak z niej korzystać, albo nie ma na nią pieniędzy
self-check-sub-mobility-no-public = Brak komunikacji publicznej w pobliżu
self-check-sub-mobility-distance = Nie wiadomo, jak daleko klient może dojeżdżać
self-check-sub-papers-not-independent = Nie radzi sobie samodzielnie z dokumentami
self-check-sub-papers-obligations = Słaba orientacja w obowiązkach (adres, kasa chorych)
self-check-sub-papers-self-employed = Dokumenty z dawnej własnej działalności gospodarczej
self-check-sub-papers-work-permit = Brak ważnego zezwolenia na pracę lub prawa pobytu
self-check-sub-papers-justice = Kontakt z wymiarem sprawiedliwości
self-check-sub-digital-no-device = Brak telefonu, komputera lub internetu
self-check-sub-digital-no-email = Brak adresu e-mail
self-check-sub-digital-no-eid = Jeszcze nie radzi sobie z itsme lub eID
self-check-sub-digital-no-vdab = Brak konta w VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Pójść razem na mediację dłużną
self-check-act-money-budget-guidance = Rozpocząć pomoc w zarządzaniu budżetem
self-check-act-housing-search-together = Razem szukać mieszkania
self-check-act-housing-reference-address = Złożyć wniosek o adres referencyjny
self-check-act-health-see-doctor = Umówić się na wizytę u lekarza rodzinnego
self-check-act-health-check-limits = Sprawdzić, co jest fizycznie możliwe
self-check-act-mind-talk-counsellor = Rozmowa z psychologiem lub doradcą
self-check-act-mind-refer-care = Razem poszukać odpowiedniej pomocy
self-check-act-addiction-contact-service = Skontaktować się z poradnią leczenia uzależnień
self-check-act-addiction-talk-doctor = Porozmawiać o tym z lekarzem rodzinnym
self-check-act-family-parenting-support = Poszukać wsparcia w wychowaniu dzieci
self-check-act-family-relieve-care = Poszukać kogoś, kto może odciążyć w opiece
self-check-act-childcare-find-place = Razem poszukać miejsca w żłobku
self-check-act-childcare-informal = Sprawdzić, czy ktoś z rodziny lub znajomych może zająć się dziećmi
self-check-act-safety-safe-talk = Bezpieczna rozmowa sam na sam z pracownikiem socjalnym
self-check-act-safety-contact-support = Kontakt z telefonem zaufania lub ośrodkiem wsparcia
self-check-act-network-meeting-place = Odwiedzić miejsce spotkań w okolicy
self-check-act-network-volunteering = Spróbować wolontariatu
self-check-act-structure-week-plan = Razem ułożyć plan tygodnia
self-check-act-structure-reminders = Ustawić przypomnienia o spotkaniach
self-check-act-daily-home-support = Sprawdzić możliwość pomocy w domu
self-check-act-daily-practice = Ćwiczyć prowadzenie domu
self-check-act-dutch-course = Zapisać się na kurs języka niderlandzkiego
self-check-act-dutch-conversation-table = Chodzić na spotkania konwersacyjne (praattafel)
self-check-act-learning-diploma-recognition = Złożyć wniosek o uznanie dyplomu (NARIC)
self-check-act-learning-training = Wybrać szkolenie lub kurs
self-check-act-work-cv = Razem napisać CV
self-check-act-work-job-coach = Poznać trenera pracy
self-check-act-attitude-small-steps = Ustalić pierwszy mały krok
self-check-act-attitude-orientation = Odbyć orientację zawodową lub krótki staż próbny
self-check-act-mobility-transport-pass = Złożyć wniosek o bilet okresowy na autobus lub pociąg
self-check-act-mobility-bike-or-licence = Nauczyć się jeździć na rowerze lub zrobić prawo jazdy
self-check-act-papers-sort-together = Razem uporządkować dokumenty
self-check-act-papers-residence-advice = Poprosić o poradę w sprawie pobytu lub zezwolenia na pracę
self-check-act-digital-course = Pójść na kurs komputerowy
self-check-act-digital-eid-setup = Razem skonfigurować itsme lub czytnik eID

## Summary
self-check-summary-chart-title = Oba głosy obok siebie
self-check-summary-chart-hint = Dla każdego obszaru odpowiedź klienta i ocena pracownika. Znak ≠ pokazuje, gdzie się różnią: od tego można zacząć rozmowę.
self-check-summary-table-caption = Odpowiedzi według obszarów
self-check-col-domain = Obszar
self-check-col-client = Klient
self-check-col-worker = Pracownik
self-check-col-marks = Warte uwagi
self-check-diff = Różnica
self-check-precondition = Warunek wstępny
self-check-not-answered = Jeszcze bez odpowiedzi
self-check-skipped = Pominięte
self-check-wants-help = Chce pomocy
self-check-summary-diff-title = Gdzie odpowiedzi się różnią
self-check-summary-diff-none = Na razie brak różnic między obiema odpowiedziami.
self-check-summary-pre-title = Warunki wstępne
self-check-summary-pre-hint = Ocena pracownika: 3. Większość OCMW zajmuje się nimi w pierwszej kolejności.
self-check-summary-pre-none = Nie zaznaczono warunków wstępnych.
self-check-summary-help-title = W tym klient chce pomocy
self-check-summary-help-none = Nie zaznaczono jeszcze prośby o pomoc.
self-check-summary-actions = Możliwe działania
self-check-summary-client-note = Własnymi słowami
self-check-summary-changes-title = Co się zmieniło od samooceny z { $date }
self-check-summary-changes-none = Od poprzedniej samooceny nic się nie zmieniło.
self-check-summary-first = To pierwsza samoocena: nie ma jeszcze z czym porównać.
self-check-voice-client = klient
self-check-voice-worker = pracownik
self-check-change-eased = lżej
self-check-change-harder = trudniej
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Dodaj do planu
self-check-add-to-plan-named = Dodaj „{ $action }” do planu
self-check-in-plan = Jest w planie

## rules
self-check-sub-money-unemployment-trap = Ryzyko pułapki bezrobocia: praca daje niewiele albo nic więcej
