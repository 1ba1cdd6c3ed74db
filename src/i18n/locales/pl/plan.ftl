# Trede: the GPMI, drafted together (Polish)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = Plan (GPMI)
plan-title = Projekt integracyjny (GPMI)
plan-intro = Piszecie ten plan razem. Kroki można robić w dowolnej kolejności i przerwać w każdej chwili: wszystko zapisuje się podczas pisania, a potem można wrócić do miejsca, w którym rozmowa się skończyła.
plan-undo = Cofnij
plan-redo = Ponów
plan-steps-label = Kroki planu
plan-previous = Wstecz: { $step }
plan-next = Dalej: { $step }
plan-choose = Wybierz…
plan-unknown = Jeszcze nie wiadomo
plan-not-set = jeszcze nie wypełniono
plan-not-filled = jeszcze nie wypełniono
plan-no-owner = jeszcze nikt
plan-no-date = jeszcze bez daty
plan-unnamed-action = działanie bez opisu

## Steps
plan-step-basics = O planie
plan-step-topics = Twoja historia
plan-step-goals = Cele
plan-step-actions = Działania
plan-step-agreements = Ustalenia
plan-step-review = Sprawdzenie
plan-step-evaluations = Oceny postępów
plan-step-basics-title = Jaki plan i kto bierze udział
plan-step-topics-title = Twoimi słowami
plan-step-goals-title = Co chcesz osiągnąć?
plan-step-actions-title = Kto co zrobi i do kiedy?
plan-step-agreements-title = Co ustalamy
plan-step-review-title = Przeczytajmy to razem
plan-step-evaluations-title = Spójrzmy razem wstecz

## Deadline
plan-deadline-by = OCMW musi zawrzeć ten plan najpóźniej { $date }. Termin po decyzji o leefloon wynosi { $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    }.
plan-deadline-close = OCMW musi zawrzeć ten plan najpóźniej { $date }: { $days ->
        [0] to dzisiaj.
        [one] został jeszcze jeden dzień.
        [few] zostały jeszcze { $days } dni.
       *[many] zostało jeszcze { $days } dni.
        [other] zostało jeszcze { $days } dnia.
    }
plan-deadline-past = OCMW musiał zawrzeć ten plan najpóźniej { $date }, { $days ->
        [one] jeden dzień temu.
        [few] { $days } dni temu.
       *[many] { $days } dni temu.
        [other] { $days } dnia temu.
    } Ten termin minął: OCMW kończy teraz plan razem z klientem tak szybko, jak to możliwe.

## Basics
plan-kind-title = Plan
plan-type-label = Rodzaj planu
plan-type-employment = Nastawiony na pracę
plan-type-training = Nastawiony na szkolenie lub naukę
plan-type-activation = Aktywizacja społeczna
plan-decision-label = Data decyzji w sprawie leefloon (dochodu integracyjnego)
plan-decision-hint = Plan podpisuje się w ciągu 3 miesięcy od tej daty.
plan-start-label = Początek planu
plan-end-label = Koniec planu
plan-period = Okres
plan-why-title = Dlaczego jest plan
plan-birth-label = Data urodzenia
plan-birth-hint = Tylko po to, by sprawdzić, czy plan jest obowiązkowy.
plan-recent-right-label = Czy klient miał prawo do integracji społecznej w okresie przed decyzją ({ $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    })?
plan-recent-right-no = Nie, w tym okresie nie miał prawa
plan-recent-right-yes = Tak, w tym okresie miał prawo
plan-asked-client = Prośba o plan wyszła od klienta
plan-asked-ocmw = Prośba o plan wyszła od OCMW
plan-mandate-required = Plan jest obowiązkowy, ponieważ:
plan-mandate-not-required = Według przepisów plan nie jest obowiązkowy. Można go jednak sporządzić na prośbę.
plan-mandate-unknown = Wpisz datę urodzenia i czy klient miał prawo do integracji społecznej w poprzednich miesiącach. Wtedy zobaczysz, czy plan jest obowiązkowy.
plan-ground-under25 = klient ma mniej niż 25 lat
plan-ground-new = klient nie miał prawa do integracji społecznej w poprzednim okresie ({ $months ->
        [one] { $months } miesiąc
        [few] { $months } miesiące
        [many] { $months } miesięcy
       *[other] { $months } miesiąca
    })
plan-ground-client = prośba wyszła od klienta
plan-ground-ocmw = prośba wyszła od OCMW
plan-override-label = Ocena pracownika socjalnego
plan-override-none = Zgodnie z przepisami
plan-override-required = Mimo to obowiązkowy
plan-override-optional = Mimo to nieobowiązkowy
plan-override-reason = Uzasadnienie tej oceny
plan-parties-title = Kto bierze udział
plan-worker-label = Pracownik socjalny
plan-ocmw-label = OCMW
plan-third-legend = Partner { $n }
plan-third-name = Imię i nazwisko lub nazwa
plan-third-role = Rola (na przykład mediator ds. długów)
plan-third-tasks = Co ten partner bierze na siebie
plan-third-add = Dodaj partnera
plan-third-remove = Usuń tego partnera
plan-support-label = Osoba towarzysząca klientowi
plan-support-none = Nikt
plan-support-interpreter = Tłumacz
plan-support-support = Osoba zaufania
plan-support-name = Imię i nazwisko

## Topics
plan-topics-intro = Proszę zapisać to, co mówi klient, jego własnymi słowami. Nic z tego nie jest testem.
plan-topic-needs = Czego potrzebujesz?
plan-topic-needs-hint = Na przykład: spokój w sprawach pieniędzy, mieszkanie, opieka nad dziećmi.
plan-topic-challenges = Co jest teraz dla ciebie trudne?
plan-topic-challenges-hint = Rzeczy, które stoją na drodze, duże i małe.
plan-topic-goals = Co chcesz osiągnąć albo czego chcesz uniknąć?
plan-topic-goals-hint = Na przykład: znaleźć pracę, nie mieć nowych długów.
plan-topic-future = Jak widzisz swoją przyszłość?
plan-topic-future-hint = Gdzie chcesz być za rok lub dwa?
plan-topic-role = Jaką rolę chcesz mieć wśród innych ludzi?
plan-topic-role-hint = Dla siebie i dla innych: w pracy, w okolicy, w domu.

## Goals
plan-goals-intro = Wystarczy kilka celów. Przy każdym celu jest napisane, dlaczego jest dla ciebie ważny.
plan-goals-empty = Jeszcze brak celów. Dodajemy pierwszy?
plan-goal-legend = Cel { $n }
plan-goal-title = Cel
plan-goal-domain = Obszar życia
plan-goal-from = Od
plan-goal-until = Do
plan-goal-why = Dlaczego to jest dla ciebie ważne?
plan-goal-add = Dodaj cel
plan-goal-remove = Usuń ten cel

## Actions
plan-actions-intro = Małe, konkretne kroki. Każdy krok ma osobę, która się nim zajmie, i datę.
plan-actions-empty = Jeszcze brak działań. Dodajemy pierwsze?
plan-action-legend = Działanie { $n }
plan-action-what = Co trzeba zrobić?
plan-action-owner = Kto się tym zajmie?
plan-action-due = Do kiedy?
plan-action-status = Jak idzie?
plan-action-stop-reason = Dlaczego zostało przerwane?
plan-action-evidence = Po czym poznamy, że to się udało?
plan-action-goal = Dla którego celu?
plan-action-no-goal = Bez konkretnego celu
plan-action-add = Dodaj działanie
plan-action-remove = Usuń to działanie
plan-owner-client = Klient
plan-owner-ocmw = OCMW
plan-owner-third = Partner
plan-status-planned = Zaplanowane
plan-status-busy = W toku
plan-status-done = Zrobione
plan-status-stopped = Przerwane
plan-origin-free = Napisane wspólnie
plan-origin-self-check = Z samooceny: { $domain }
plan-origin-catalogue = Oferta: { $offer }

## Agreements
plan-questions-title = Plan działania
plan-question-client-will-do = Co zrobisz, aby osiągnąć swoje cele?
plan-question-client-expects = Czego oczekujesz od OCMW?
plan-question-ocmw-expects = Czego OCMW oczekuje od ciebie?
plan-means-title = Co wnosi każda ze stron
plan-means-intro = Czas, pieniądze, pomoc, rozmowy: do czego zobowiązuje się każda ze stron.
plan-means-client = Klient
plan-means-ocmw = OCMW
plan-means-others = Partnerzy
plan-rights-title = Twoje prawa i obowiązki
plan-rights-1 = Ten plan to umowa między tobą a OCMW. Obie strony go podpisują i obie dotrzymują słowa.
plan-rights-2 = Zanim podpiszesz, możesz poprosić o czas do namysłu: { $reflection ->
        [one] { $reflection } dzień
        [few] { $reflection } dni
        [many] { $reflection } dni
       *[other] { $reflection } dnia
    }. Możesz przyprowadzić wybraną przez siebie osobę.
plan-rights-3 = Razem przeglądamy plan co najmniej { $evaluations ->
        [one] raz
       *[other] { $evaluations } razy
    } w roku, w tym co najmniej { $in_person ->
        [one] raz
       *[other] { $in_person } razy
    } podczas osobistego spotkania. Plan może się zmieniać razem z twoją sytuacją.
plan-rights-4 = Jeśli ustalenia nie są dotrzymane bez ważnego powodu, leefloon może zostać wstrzymany w całości lub w części: najwyżej na { $sanction ->
        [one] { $sanction } miesiąc
        [few] { $sanction } miesiące
        [many] { $sanction } miesięcy
       *[other] { $sanction } miesiąca
    } albo najwyżej na { $repeat ->
        [one] { $repeat } miesiąc
        [few] { $repeat } miesiące
        [many] { $repeat } miesięcy
       *[other] { $repeat } miesiąca
    }, jeśli zdarzy się to znowu w ciągu roku. Najpierw dostaniesz list polecony i masz prawo zostać wysłuchanym, zanim cokolwiek zostanie postanowione.
plan-rights-5 = Nie będzie sankcji, jeśli OCMW nie dotrzymało własnych ustaleń.
plan-rights-6 = Jeśli nie zgadzasz się z decyzją, możesz odwołać się do sądu pracy (arbeidsrechtbank). Masz na to { $appeal ->
        [one] { $appeal } miesiąc
        [few] { $appeal } miesiące
        [many] { $appeal } miesięcy
       *[other] { $appeal } miesiąca
    } od dnia, w którym powiadomiono cię o decyzji.

## Review
plan-ready-title = Gotowe do podpisu?
plan-ready-ok = Jest wszystko, co potrzebne. Plan jest gotowy do podpisu.
plan-ready-missing = { $count ->
        [one] Brakuje jeszcze jednej rzeczy:
        [few] Brakuje jeszcze { $count } rzeczy:
       *[many] Brakuje jeszcze { $count } rzeczy:
        [other] Brakuje jeszcze { $count } rzeczy:
    }
plan-ready-never-blocks = Wszystko i tak jest już zapisane; możesz dokończyć później.
plan-missing-type = rodzaj planu
plan-missing-start = data rozpoczęcia
plan-missing-worker = imię i nazwisko pracownika socjalnego
plan-missing-ocmw = nazwa OCMW
plan-missing-third-name = nazwa partnera
plan-missing-goal = co najmniej jeden cel
plan-missing-goal-title = cel bez opisu
plan-missing-action = co najmniej jedno działanie
plan-missing-action-what = działanie bez opisu
plan-missing-action-owner = osoba odpowiedzialna za „{ $what }”
plan-missing-action-date = data dla „{ $what }”
plan-missing-evaluation = terminy oceny postępów
plan-missing-evaluation-count = wystarczająca liczba terminów oceny postępów: co najmniej { $total } { $months ->
        [12] w roku
        [one] w ciągu miesiąca
       *[other] w ciągu { $months } miesięcy
    }, w tym { $in_person } osobiście
plan-go-evaluations = Zaplanuj oceny postępów
plan-sign-title = Czas do namysłu i podpisanie
plan-reflection-hint =
    Klient może przed podpisaniem wziąć { $days ->
        [one] { $days } dzień roboczy
        [few] { $days } dni robocze
       *[many] { $days } dni roboczych
        [other] { $days } dnia roboczego
    } do namysłu.
plan-reflection-label = Data prośby o czas do namysłu
plan-reflection-until = Czas do namysłu trwa do { $date }.
plan-signed-label = Data podpisania
plan-summary-title = Cały plan

## Evaluations
plan-schedule-title = Terminy oceny postępów
plan-schedule-rule = Co najmniej { $count } w roku, w tym { $inperson } osobiście.
plan-schedule-needs-start = Najpierw proszę wpisać datę rozpoczęcia; wtedy można zaproponować terminy.
plan-schedule-propose = Zaproponuj terminy oceny postępów
plan-schedule-remove = Usuń
plan-schedule-remove-label = Usuń termin z { $date }
plan-eval-status-done = przeprowadzona
plan-eval-status-due = { $days ->
        [0] dzisiaj
        [one] za 1 dzień
        [few] za { $days } dni
       *[many] za { $days } dni
        [other] za { $days } dnia
    }
plan-eval-status-overdue = { $days ->
        [one] 1 dzień po terminie
        [few] { $days } dni po terminie
       *[many] { $days } dni po terminie
        [other] { $days } dnia po terminie
    }
plan-eval-status-later = później
plan-record-title = Zapisz ocenę postępów
plan-eval-date = Data
plan-eval-date-missing = Proszę wpisać datę oceny postępów.
plan-eval-present = Kto był obecny
plan-eval-goal = Jak idzie: „{ $goal }”?
plan-progress-not-started = Jeszcze nierozpoczęte
plan-progress-on-track = Zgodnie z planem
plan-progress-reached = Osiągnięte
plan-progress-adjusted = Skorygowane
plan-progress-stopped = Przerwane
plan-eval-changes = Co się zmieniło
plan-eval-changes-hint = Na przykład dodatkowe ustalenie albo na razie inny priorytet.
plan-eval-rung = Obecne miejsce na drabinie
plan-eval-rung-same = Bez zmian
plan-eval-save = Zapisz ocenę postępów
plan-history-title = Dotychczasowe oceny postępów
plan-history-empty = Jeszcze brak ocen postępów.
plan-eval-new-rung = Nowe miejsce na drabinie: { $rung }
plan-eval-version = Plan w tamtym momencie

plan-reflection-hint-calendar =
    Klient może przed podpisaniem wziąć { $days ->
        [one] { $days } dzień kalendarzowy
        [few] { $days } dni kalendarzowe
       *[many] { $days } dni kalendarzowych
        [other] { $days } dnia kalendarzowego
    } do namysłu.
plan-reflection-count-label = Liczyć czas do namysłu w
plan-reflection-count-working = dniach roboczych (od poniedziałku do piątku)
plan-reflection-count-calendar = dniach kalendarzowych

## rules
plan-rights-meeting = Jeśli poprosisz o rozmowę ze swoim pracownikiem socjalnym, rozmowa ta musi się odbyć w terminie: { $meeting ->
        [one] { $meeting } dzień roboczy
        [few] { $meeting } dni robocze
        [many] { $meeting } dni roboczych
       *[other] { $meeting } dnia roboczego
    }.
plan-rights-change = W każdej chwili możesz poprosić o zmianę planu.
plan-part-time-top-up = Pracuje w niepełnym wymiarze i dostaje uzupełniający leefloon
plan-part-time-rule-label = Zasada tego OCMW przy pracy w niepełnym wymiarze z uzupełniającym leefloon
plan-part-time-rule-required = Plan jest obowiązkowy (jak w OCMW Ostenda)
plan-part-time-rule-optional = Plan tylko na prośbę (jak w przewodnikach brukselskich)
plan-ground-part-time = klient pracuje w niepełnym wymiarze i dostaje uzupełniający leefloon
plan-ground-studies = klient studiuje w pełnym wymiarze za zgodą OCMW
plan-mandate-exempted = OCMW zdecydował o zwolnieniu ze względów zdrowotnych lub ze względów słuszności. Plan jest nadal możliwy, jeśli klient o niego poprosi.
plan-exemption-label = Zwolnienie przez OCMW
plan-exemption-none = Bez zwolnienia
plan-exemption-health = Ze względów zdrowotnych
plan-exemption-equity = Ze względów słuszności
plan-exemption-date = Data decyzji
plan-exemption-reason = Uzasadnienie decyzji
plan-exemption-date-missing = Brakuje jeszcze daty decyzji.
plan-exemption-reason-missing = Brakuje jeszcze uzasadnienia decyzji.
plan-exemption-ladder = Drabina pokazuje tę decyzję przy statusie „zwolnienie”.
plan-reflection-waived-label = Klient zrezygnował z czasu do namysłu dnia
plan-reflection-waived-hint = Wypełnij tylko wtedy, gdy klient sam wybrał wcześniejsze podpisanie.
plan-signed-inside-reflection = Plan podpisano w czasie do namysłu i nie zapisano, że klient z niego zrezygnował. Zapytaj i zapisz to albo podpiszcie ponownie po czasie do namysłu.
## evals
plan-eval-kind-in-person = osobiście
plan-eval-kind-written = pisemnie
plan-eval-kind-phone-or-video = telefonicznie lub przez wideo
plan-eval-kind-label = Jak odbyła się ocena postępów
plan-eval-link = Który to zaplanowany termin
plan-eval-link-none = Bez zaplanowanego terminu: dodatkowa ocena
plan-eval-kind-mismatch = Zaplanowano: { $planned }, odbyła się: { $held }. Liczy się jako { $held }.
plan-eval-date-future = Ta data jest późniejsza niż dziś. Wybierz dzień, w którym odbyła się ocena.
plan-eval-rung-to-ladder = Nowe miejsce pojawi się też na drabinie, z datą tej oceny.
plan-year-line = Rok { $year } ({ $from } – { $until }): odbyło się { $held } (osobiście: { $heldinperson }), zaplanowano jeszcze { $planned } (osobiście: { $plannedinperson }). Potrzeba: { $total }, w tym osobiście: { $inperson }.
plan-year-met = W porządku.
plan-year-on-track = Możliwe z tym, co zaplanowano.
plan-year-short = Z tym, co zaplanowano teraz, ten rok nie osiąga minimum. Zaplanuj jeszcze jeden termin.
plan-year-missed = Ten rok się skończył i nie osiągnął minimum.
plan-eval-print = Wydrukuj sprawozdanie
plan-rules-evals-title = Ustawienia ocen postępów
plan-rules-link-margin = Ocena liczy się dla zaplanowanego terminu najwyżej tyle dni później
plan-rules-link-margin-error = Wybierz liczbę od 0 do { $max }.
plan-rules-short-year = Minimum dla planu lub części roku krótszych niż dwanaście miesięcy
plan-rules-short-year-proportional = proporcjonalnie do miesięcy (w górę)
plan-rules-short-year-full-year = pełne roczne minimum
## plan
plan-type-studies = Studia w pełnym wymiarze (GPMI studenta)
plan-orientations-label = Nastawiony na (jedno lub więcej)
plan-present-name-interpreter = Imię i nazwisko tłumacza
plan-present-name-support = Imię i nazwisko osoby zaufania
plan-studies-title = Studia
plan-studies-intro = Kto za zgodą OCMW studiuje w pełnym wymiarze, zawsze ma GPMI. Wpisz szkołę, kierunek i czas trwania oraz co obiecuje każda strona.
plan-studies-school = Szkoła lub uczelnia
plan-studies-direction = Kierunek studiów
plan-studies-duration = Czas trwania studiów
plan-studies-student = Student obiecuje
plan-student-attend = chodzić na zajęcia
plan-student-exams = zdawać egzaminy
plan-student-results = przekazywać wyniki do OCMW
plan-student-holiday-job = być dostępnym do pracy studenckiej w wakacje, o ile studia na to pozwalają
plan-studies-other = Inne ustalenia dla studenta
plan-studies-ocmw = Co obiecuje OCMW (na przykład które koszty szkolne pokrywa)
plan-costs-title = Koszty pokrywane przez OCMW
plan-costs-intro = Dla szkolenia lub zajęć: które koszty pokrywa OCMW?
plan-cost-registration = opłata za zapis
plan-cost-insurance = ubezpieczenie
plan-cost-work-clothes = odzież robocza
plan-cost-travel = koszty dojazdu
plan-costs-other = Inne koszty
plan-costs-none = Nie ma żadnych kosztów
plan-explained-title = Wyjaśnienie klientowi
plan-explained-on = Treść, zakres i skutki wyjaśniono dnia { $date }
plan-explained-record = Wyjaśniłem(-am) plan dzisiaj
plan-end-title = Zakończenie planu
plan-end-intro = Zakończony plan można nadal czytać i drukować, ale nie można go już zmieniać ani podpisywać.
plan-end-kind = Jak kończy się plan
plan-end-successful = Sukces: cele zostały osiągnięte
plan-end-early = Zatrzymany wcześniej
plan-end-right-ended = Prawo do integracji społecznej wygasło
plan-end-date = Data zakończenia
plan-end-reason = Powód
plan-end-confirm = Zakończ plan
plan-end-need-kind = Wybierz, jak kończy się plan.
plan-end-need-date = Wpisz datę zakończenia.
plan-end-need-reason = Napisz, dlaczego plan kończy się wcześniej.
plan-ended = Ten plan zakończono dnia { $date }: { $kind }.
plan-ended-hint = Nadal możesz czytać i drukować plan. Nie można go już zmieniać ani podpisywać.
plan-move-title = Przeprowadzka do innego OCMW
plan-move-ocmw = Nowy OCMW
plan-move-consent = Klient zgodził się na przekazanie akt dnia
plan-move-export = Eksportuj akta dla nowego OCMW
plan-move-needs-consent = Wpisz nowy OCMW i datę zgody. Bez zgody nie przekazuj akt.
plan-missing-studies = szkoła, kierunek i czas trwania studiów
plan-missing-end = data zakończenia
plan-missing-end-order = data zakończenia po dacie rozpoczęcia
plan-missing-domain = dziedzina życia celów
plan-missing-ocmw-commitment = co obiecuje OCMW (działanie OCMW lub to, co wnosi OCMW)
plan-missing-costs = które koszty pokrywa OCMW, albo że ich nie ma
plan-missing-explained = data, kiedy wyjaśniono treść, zakres i skutki
plan-missing-explained-again = plan zmienił się po wyjaśnieniu: wyjaśnij go ponownie
plan-origin-catalogue-from = Oferta: { $offer } (z { $catalogue }, wydanie { $edition })

## strength
plan-strength-label = Kto głównie to niesie? (kompas sił)
plan-strength-client = Głównie sam klient
plan-strength-network = Z pomocą bliskich
plan-strength-professional = Z pomocą profesjonalną
