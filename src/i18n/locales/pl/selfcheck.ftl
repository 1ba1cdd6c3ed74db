# Self-check. Client screens: "ty", short and friendly. Worker screens: impersonal. Never a verdict.

sc-view = Samoocena
sc-title = Samoocena
sc-intro = Razem przyglądamy się 18 obszarom życia. Można to robić po kawałku, podczas kilku rozmów: wszystko zapisuje się od razu.
sc-list-title = Samooceny w tej teczce
sc-none = W tej teczce nie ma jeszcze samooceny.
sc-start = Rozpocznij nową samoocenę
sc-item-title = Samoocena z { $date }
sc-status-unfinished = Jeszcze nieukończona
sc-status-complete = Wypełniona w całości
sc-progress-client = Klient: odpowiedzi { $answered } z { $total }
sc-progress-skipped =
    { $count ->
        [one] jedno pominięte
        [few] { $count } pominięte
       *[many] { $count } pominiętych
        [other] { $count } pominiętego
    }
sc-progress-worker = Pracownik: ocenione { $scored } z { $total }
sc-open = Otwórz
sc-delete = Usuń
sc-confirm-delete-title = Usunąć tę samoocenę?
sc-confirm-delete-body = Samoocena z { $date } zostanie usunięta z tego urządzenia. Tej operacji nie można cofnąć.
sc-confirm-delete-yes = Tak, usuń
sc-back-to-list = Wszystkie samooceny
sc-mode-nav = Części samooceny
sc-mode-client = Wypełnia klient
sc-mode-worker = Ocena pracownika
sc-mode-summary = Podsumowanie

## Client ("ty" form)
sc-client-progress = Pytanie { $current } z { $total }
sc-client-answer-label = Twoja odpowiedź
sc-answer-good = Jest dobrze
sc-answer-hard = Czasem jest trudno
sc-answer-big = Teraz duży problem
sc-answer-private = Wolę nie mówić
sc-client-help = Chcę pomocy w tej sprawie
sc-client-note-label = Chcesz coś o tym powiedzieć? Własnymi słowami. To pole może też zostać puste.
sc-client-skip = Odpowiem później
sc-client-back = Wstecz
sc-client-next = Dalej
sc-client-skipped-note = To pytanie zostało wcześniej pominięte. Możesz odpowiedzieć teraz albo jeszcze je zostawić.
sc-client-saved = Wszystko zapisuje się od razu. Możesz przerwać, kiedy chcesz.
sc-client-end-title = To było ostatnie pytanie. Dziękujemy!
sc-client-end-body = Chcesz coś zmienić? Zawsze możesz wrócić do pytania.
sc-client-end-open =
    { $count ->
        [one] Jedno pytanie czeka jeszcze na odpowiedź:
        [few] { $count } pytania czekają jeszcze na odpowiedź:
       *[many] { $count } pytań czeka jeszcze na odpowiedź:
        [other] { $count } pytania czeka jeszcze na odpowiedź:
    }
sc-client-go-to = Przejdź do: { $domain }

## Questions for the client
sc-q-money = Jak sobie radzisz z pieniędzmi, rachunkami i długami?
sc-q-housing = Jak jest z twoim mieszkaniem?
sc-q-health = Jak twoje zdrowie?
sc-q-mind = Jak się ostatnio czujesz?
sc-q-addiction = Jak jest z alkoholem, narkotykami, hazardem albo tabletkami?
sc-q-family = Jak ci idzie opieka nad dziećmi albo nad kimś innym?
sc-q-childcare = Jak jest ze żłobkiem, przedszkolem albo opieką nad twoimi dziećmi?
sc-q-safety = Czy czujesz się w domu bezpiecznie?
sc-q-network = Jak jest z ludźmi wokół ciebie?
sc-q-structure = Jak wygląda twój rytm dnia: wstawanie, przychodzenie na umówione spotkania?
sc-q-daily = Jak ci idzie gotowanie, pranie i prace domowe?
sc-q-dutch = Jak ci idzie mówienie i czytanie po niderlandzku?
sc-q-learning = Jak jest ze szkołą, kursami i dyplomami?
sc-q-work = Jak jest z pracą: jaką pracę masz już za sobą i co potrafisz?
sc-q-attitude = Jak się czujesz, gdy myślisz o kolejnym kroku w stronę pracy albo nauki?
sc-q-mobility = Jak ci idzie przemieszczanie się: autobus, pociąg, rower albo samochód?
sc-q-papers = Jak jest z dokumentami, listami z urzędów i twoim pobytem?
sc-q-digital = Jak ci idzie z telefonem, komputerem, e-mailem i itsme?

## Worker (impersonal form)
sc-worker-intro = Jedna ocena dla każdego obszaru, według skali przesiewowej HIVA. Przy 3 lub 4 można zaznaczyć, co ma zastosowanie. Ocena to spojrzenie pracownika, obok odpowiedzi klienta.
sc-score-1 = 1 · Brak przeszkód
sc-score-2 = 2 · Przeszkoda, ale praca lub nauka jest możliwa ze wsparciem
sc-score-3 = 3 · Przeszkoda: praca lub nauka nie jest teraz możliwa
sc-score-4 = 4 · Nie potrafię (jeszcze) ocenić
sc-score-none = Jeszcze bez oceny
sc-worker-sub-title = Co ma zastosowanie?
sc-worker-no-subs = W tym obszarze sytuację opisuje się w notatce.
sc-worker-note-label = Notatka pracownika
sc-dutch-level-label = Poziom języka niderlandzkiego
sc-dutch-level-hint = Według zaświadczenia ze szkoły lub z Huis van het Nederlands, nie starszego niż dwa lata.
sc-dutch-level-none = Jeszcze nie wypełniono
sc-dutch-level-unknown = Nieznany
sc-dutch-level-below-1-1 = Poniżej 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Nauka ukończona
sc-latin-reading = Czytanie w alfabecie łacińskim
sc-latin-writing = Pisanie w alfabecie łacińskim
sc-yes = Tak
sc-no = Nie
sc-not-known = Jeszcze nie wiadomo

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Długi
sc-sub-money-mediation = W trakcie mediacji dłużnej (schuldbemiddeling)
sc-sub-money-basic-needs = Za mało na jedzenie, ubrania lub czynsz
sc-sub-housing-no-address = Brak stałego adresu lub nocleg w noclegowni
sc-sub-housing-unhealthy = Poważne problemy z mieszkaniem lub mieszkanie uznane za niezdatne do zamieszkania
sc-sub-housing-must-move = Musi się szybko wyprowadzić lub bardzo często się przeprowadza
sc-sub-housing-transit = Mieszka w mieszkaniu przejściowym
sc-sub-health-illness = Choroba utrudnia pracę lub naukę
sc-sub-health-diagnosis = Rozpoznana choroba, z zaświadczeniami
sc-sub-health-complaints = Dolegliwości zdrowotne
sc-sub-health-pregnancy = Ciąża lub urlop macierzyński
sc-sub-health-disability = Niepełnosprawność
sc-sub-health-work-disability = Uznane ograniczenie zdolności do pracy
sc-sub-family-parenting = Wychowanie dzieci i relacje z nimi
sc-sub-family-child-needs = Dziecko ze szczególnymi potrzebami opiekuńczymi
sc-sub-family-single-parent = Samotny rodzic
sc-sub-family-care-task = Opiekuje się w domu osobą z niepełnosprawnością, w podeszłym wieku lub długotrwale chorą
sc-sub-childcare-waiting-list = Wniosek złożony, ale długa lista oczekujących
sc-sub-childcare-no-informal = Nikt z rodziny ani znajomych nie może zająć się dziećmi
sc-sub-childcare-unknown-options = Nie zna jeszcze możliwości ani sposobu złożenia wniosku
sc-sub-safety-relationship = Napięcia z partnerem, rodziną lub innymi osobami
sc-sub-safety-violence = Przemoc w rodzinie
sc-sub-network-no-social = Mało albo brak przyjaciół i znajomych
sc-sub-network-no-family = Brak rodziny w pobliżu
sc-sub-network-family-against-work = Rodzina nie popiera pracy
sc-sub-network-nobody-works = Nikt w rodzinie ani wśród przyjaciół nie pracuje
sc-sub-structure-no-rhythm = Brak stałego rytmu dnia
sc-sub-structure-missed-appointments = Umówione spotkania czasem nie dochodzą do skutku
sc-sub-structure-documents = Nie przynosi na spotkanie potrzebnych dokumentów
sc-sub-daily-hygiene = Higiena
sc-sub-daily-appearance = Zadbany wygląd
sc-sub-daily-household = Nie radzi sobie z prowadzeniem domu
sc-sub-dutch-express = Trudno wyrazić myśli słowami
sc-sub-dutch-oral = Komunikacja ustna jeszcze się nie udaje
sc-sub-dutch-written = Komunikacja pisemna jeszcze się nie udaje
sc-sub-dutch-illiterate = Nie potrafi czytać ani pisać
sc-sub-learning-inactive = Długie okresy bez pracy lub nauki
sc-sub-learning-no-choices = Jeszcze brak świadomego wyboru kierunku
sc-sub-learning-history = Historię nauki i pracy trudno opisać
sc-sub-learning-recognition = Zagraniczny dyplom jeszcze nieuznany
sc-sub-work-guided-only = Wcześniejsze prace tylko z intensywnym wsparciem
sc-sub-work-unrealistic = Oczekiwania co do pracy, płacy lub miejsca pracy nie pasują do rzeczywistości
sc-sub-work-overestimates = Ocenia własne możliwości wyżej
sc-sub-work-expectations = Nie wie jeszcze dobrze, czego oczekuje się w miejscu pracy
sc-sub-attitude-no-steps = Nie podejmuje jeszcze własnych kroków
sc-sub-attitude-gives-up = Szybko się poddaje po niepowodzeniu
sc-sub-attitude-motivation = Nie widzi teraz powodu, by coś zmieniać
sc-sub-attitude-one-target = Po długim szukaniu trzyma się jednej konkretnej pracy
sc-sub-attitude-interaction = Trudności w kontaktach z innymi lub z przestrzeganiem zasad
sc-sub-mobility-no-transport = Brak własnego środka transportu i brak komunikacji publicznej
sc-sub-mobility-public-know-how = Komunikacja publiczna: nie wie, jak z niej korzystać, albo nie ma na nią pieniędzy
sc-sub-mobility-no-public = Brak komunikacji publicznej w pobliżu
sc-sub-mobility-distance = Nie wiadomo, jak daleko klient może dojeżdżać
sc-sub-papers-not-independent = Nie radzi sobie samodzielnie z dokumentami
sc-sub-papers-obligations = Słaba orientacja w obowiązkach (adres, kasa chorych)
sc-sub-papers-self-employed = Dokumenty z dawnej własnej działalności gospodarczej
sc-sub-papers-work-permit = Brak ważnego zezwolenia na pracę lub prawa pobytu
sc-sub-papers-justice = Kontakt z wymiarem sprawiedliwości
sc-sub-digital-no-device = Brak telefonu, komputera lub internetu
sc-sub-digital-no-email = Brak adresu e-mail
sc-sub-digital-no-eid = Jeszcze nie radzi sobie z itsme lub eID
sc-sub-digital-no-vdab = Brak konta w VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Pójść razem na mediację dłużną
sc-act-money-budget-guidance = Rozpocząć pomoc w zarządzaniu budżetem
sc-act-housing-search-together = Razem szukać mieszkania
sc-act-housing-reference-address = Złożyć wniosek o adres referencyjny
sc-act-health-see-doctor = Umówić się na wizytę u lekarza rodzinnego
sc-act-health-check-limits = Sprawdzić, co jest fizycznie możliwe
sc-act-mind-talk-counsellor = Rozmowa z psychologiem lub doradcą
sc-act-mind-refer-care = Razem poszukać odpowiedniej pomocy
sc-act-addiction-contact-service = Skontaktować się z poradnią leczenia uzależnień
sc-act-addiction-talk-doctor = Porozmawiać o tym z lekarzem rodzinnym
sc-act-family-parenting-support = Poszukać wsparcia w wychowaniu dzieci
sc-act-family-relieve-care = Poszukać kogoś, kto może odciążyć w opiece
sc-act-childcare-find-place = Razem poszukać miejsca w żłobku
sc-act-childcare-informal = Sprawdzić, czy ktoś z rodziny lub znajomych może zająć się dziećmi
sc-act-safety-safe-talk = Bezpieczna rozmowa sam na sam z pracownikiem socjalnym
sc-act-safety-contact-support = Kontakt z telefonem zaufania lub ośrodkiem wsparcia
sc-act-network-meeting-place = Odwiedzić miejsce spotkań w okolicy
sc-act-network-volunteering = Spróbować wolontariatu
sc-act-structure-week-plan = Razem ułożyć plan tygodnia
sc-act-structure-reminders = Ustawić przypomnienia o spotkaniach
sc-act-daily-home-support = Sprawdzić możliwość pomocy w domu
sc-act-daily-practice = Ćwiczyć prowadzenie domu
sc-act-dutch-course = Zapisać się na kurs języka niderlandzkiego
sc-act-dutch-conversation-table = Chodzić na spotkania konwersacyjne (praattafel)
sc-act-learning-diploma-recognition = Złożyć wniosek o uznanie dyplomu (NARIC)
sc-act-learning-training = Wybrać szkolenie lub kurs
sc-act-work-cv = Razem napisać CV
sc-act-work-job-coach = Poznać trenera pracy
sc-act-attitude-small-steps = Ustalić pierwszy mały krok
sc-act-attitude-orientation = Odbyć orientację zawodową lub krótki staż próbny
sc-act-mobility-transport-pass = Złożyć wniosek o bilet okresowy na autobus lub pociąg
sc-act-mobility-bike-or-licence = Nauczyć się jeździć na rowerze lub zrobić prawo jazdy
sc-act-papers-sort-together = Razem uporządkować dokumenty
sc-act-papers-residence-advice = Poprosić o poradę w sprawie pobytu lub zezwolenia na pracę
sc-act-digital-course = Pójść na kurs komputerowy
sc-act-digital-eid-setup = Razem skonfigurować itsme lub czytnik eID

## Summary
sc-summary-chart-title = Oba głosy obok siebie
sc-summary-chart-hint = Dla każdego obszaru odpowiedź klienta i ocena pracownika. Znak ≠ pokazuje, gdzie się różnią: od tego można zacząć rozmowę.
sc-summary-table-caption = Odpowiedzi według obszarów
sc-col-domain = Obszar
sc-col-client = Klient
sc-col-worker = Pracownik
sc-col-marks = Warte uwagi
sc-diff = Różnica
sc-precondition = Warunek wstępny
sc-not-answered = Jeszcze bez odpowiedzi
sc-skipped = Pominięte
sc-wants-help = Chce pomocy
sc-summary-diff-title = Gdzie odpowiedzi się różnią
sc-summary-diff-none = Na razie brak różnic między obiema odpowiedziami.
sc-summary-pre-title = Warunki wstępne
sc-summary-pre-hint = Ocena pracownika: 3. Większość OCMW zajmuje się nimi w pierwszej kolejności.
sc-summary-pre-none = Nie zaznaczono warunków wstępnych.
sc-summary-help-title = W tym klient chce pomocy
sc-summary-help-none = Nie zaznaczono jeszcze prośby o pomoc.
sc-summary-actions = Możliwe działania
sc-summary-client-note = Własnymi słowami
sc-summary-changes-title = Co się zmieniło od samooceny z { $date }
sc-summary-changes-none = Od poprzedniej samooceny nic się nie zmieniło.
sc-summary-first = To pierwsza samoocena: nie ma jeszcze z czym porównać.
sc-voice-client = klient
sc-voice-worker = pracownik
sc-change-eased = lżej
sc-change-harder = trudniej
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Dodaj do planu
sc-add-to-plan-named = Dodaj „{ $action }” do planu
sc-in-plan = Jest w planie
