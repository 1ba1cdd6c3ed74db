# Trede: signing and printing (Polish)
# The Dutch text of the plan is the binding one; this is a help translation. Tone: plain words, honest, never threatening.
# Worker screens and the signing pad: impersonal / "proszę" (several people sign on it). rights-*: the client, "ty".
# Plurals: one, few, many, other; default is [many], as in the other Polish files.

sign-view = Podpisanie
print-view = Drukowanie

## Signing
sign-title = Podpisanie planu
sign-intro = Najpierw warto razem przeczytać plan. Każdy, kto bierze udział, podpisuje się tutaj na tablecie, tak jak na papierze: palcem, rysikiem lub myszką.
sign-reflection = Klient chce się najpierw zastanowić? Można wtedy wydrukować wersję roboczą, którą zabierze do domu. Podpisać można później.
sign-fingerprint = Kod kontrolny tej wersji
sign-fingerprint-hint = Ten kod należy dokładnie do tego tekstu. Jeśli w planie coś się zmieni, zmieni się też kod.
sign-state-unsigned = Nikt jeszcze nie podpisał tej wersji planu.
sign-state-partly = Brak jeszcze podpisu: { $names }
sign-state-complete = Są już wszystkie potrzebne podpisy.
sign-outdated = Plan zmienił się po podpisaniu. Te podpisy należą do wcześniejszej wersji; nadal można je przeczytać i wydrukować. Tę wersję trzeba podpisać ponownie.
sign-not-ready = Plan nie jest jeszcze całkiem gotowy do podpisu. W kroku „Sprawdzenie” widać, czego jeszcze brakuje.
sign-go-review = Przejdź do kroku „Sprawdzenie”
sign-go-print = Przejdź do podglądu wydruku
sign-parties-title = Kto podpisuje
sign-present-title = Inne obecne osoby (podpis nie jest obowiązkowy)
sign-as-party = Podpisuje jako strona
sign-as-present = Podpisuje jako osoba obecna, nie jako strona
sign-role-client = Klient
sign-role-worker = Pracownik socjalny w imieniu OCMW
sign-role-third = Partner
sign-role-interpreter = Tłumacz
sign-role-support = Osoba zaufania
sign-start = Podpisz
sign-again = Podpisz ponownie
sign-withdraw = Usuń podpis
sign-signed = Podpisano { $date }
sign-signed-at = Podpisano { $date } w { $place }
sign-not-signed = Jeszcze nie podpisano
sign-earlier-title = Wcześniej podpisane wersje
sign-earlier-item = Wersja { $fingerprint }, podpisy: { $names }
sign-show-version = Pokaż tę wersję

## The signing area
pad-area = Pole do podpisu
pad-hint = Proszę złożyć podpis w polu palcem, rysikiem lub myszką.
pad-empty = Pole jest jeszcze puste.
pad-drawn = W polu jest podpis.
pad-undo = Usuń ostatnią linię
pad-clear = Wyczyść wszystko
pad-name = Imię i nazwisko
pad-date = Data
pad-place = Miejscowość
pad-save = Zapisz podpis
pad-cancel = Anuluj
sign-problem-name = Proszę wpisać imię i nazwisko.
sign-problem-strokes = Proszę najpierw złożyć podpis w polu.
sign-problem-too-long = Ten podpis jest za długi. Proszę go wyczyścić i podpisać się trochę prościej.
sign-problem-unknown = Tego partnera nie ma już w planie.

## Printing
print-title = Drukowanie
print-intro = Plan w formacie A4, do wręczenia lub do podpisania na papierze. Drukowanie działa też bez internetu; aby dostać plik, wystarczy wybrać „Zapisz jako PDF”.
print-version-label = Która wersja
print-version-current = Plan w obecnej postaci
print-version-round = Podpisana wersja { $fingerprint }
print-both = Drukuj (niderlandzki + { $lang })
print-client = Drukuj kopię dla klienta (tylko { $lang })
print-dutch = Drukuj (niderlandzki)
print-mode-label = Co widać
print-mode-both = Niderlandzki z tłumaczeniem pomocniczym
print-mode-client = Kopia dla klienta
print-no-translation = Brak jeszcze tłumaczenia (język: { $lang }). Plan zostanie wydrukowany po niderlandzku.
print-preview-label = Podgląd wydruku

## The printed plan
doc-title = Zindywidualizowany projekt integracji społecznej (GPMI)
doc-subtitle = Umowa między klientem a OCMW
doc-binding-note = Tłumaczenie pomocnicze. Obowiązuje tekst w języku niderlandzkim.
doc-copy-note = To jest tłumaczenie pomocnicze dla klienta. Obowiązuje tekst w języku niderlandzkim.
doc-draft = WERSJA ROBOCZA
doc-draft-note = Wersja robocza: jeszcze niepodpisana przez wszystkich.
doc-earlier-note = To jest wcześniej podpisana wersja. Później plan się zmienił.
doc-not-set = nie wypełniono
doc-facts = Dane
doc-ocmw = OCMW
doc-client = Klient
doc-worker = Pracownik socjalny
doc-type = Rodzaj planu
doc-type-employment = Nastawiony na pracę
doc-type-training = Nastawiony na szkolenie lub naukę
doc-type-activation = Aktywizacja społeczna
doc-period = Okres obowiązywania
doc-decision = Decyzja w sprawie leefloon (dochodu integracyjnego)
doc-partners = Partnerzy
doc-support = Osoba towarzysząca klientowi
doc-topics = Historia klienta
doc-topic-needs = Czego potrzebuje klient
doc-topic-challenges = Co jest teraz trudne
doc-topic-goals = Co klient chce osiągnąć albo czego chce uniknąć
doc-topic-future = Jak klient widzi przyszłość
doc-topic-role = Jaką rolę klient chce mieć wśród innych ludzi
doc-goals = Cele
doc-goal-domain = Obszar życia
doc-goal-period = Okres
doc-goal-why = Dlaczego to ważne
doc-actions = Działania
doc-col-what = Co
doc-col-who = Kto
doc-col-due = Do kiedy
doc-col-evidence = Po czym poznamy, że to zostało zrobione
doc-who-client = Klient
doc-who-ocmw = OCMW
doc-who-third = Partner
doc-who-nobody = jeszcze nikt
doc-origin-catalogue = Oferta OCMW
doc-questions = Plan działania
doc-question-client-will-do = Co zrobi klient, aby osiągnąć cele?
doc-question-client-expects = Czego klient oczekuje od OCMW?
doc-question-ocmw-expects = Czego OCMW oczekuje od klienta?
doc-means = Co wnosi każda ze stron
doc-means-client = Klient
doc-means-ocmw = OCMW
doc-means-others = Partnerzy
doc-evaluations = Kiedy razem oceniamy postępy
doc-evaluations-rule = Co najmniej { $count ->
        [one] { $count } raz
        [few] { $count } razy
       *[many] { $count } razy
        [other] { $count } razy
    } w roku, w tym co najmniej { $inperson ->
        [one] { $inperson } raz
        [few] { $inperson } razy
       *[many] { $inperson } razy
        [other] { $inperson } razy
    } osobiście.
doc-eval-in-person = osobiście
doc-eval-remote = telefonicznie lub przez wideo
doc-signatures = Podpisy
doc-signatures-intro = Swoim podpisem strony wyrażają zgodę na ten plan. Tłumacz lub osoba zaufania podpisuje jako osoba obecna, nie jako strona.
doc-fingerprint = Kod kontrolny podpisanego tekstu (SHA-256)
doc-sign-name = Imię i nazwisko
doc-sign-date = Data
doc-sign-place = Miejscowość

## Rights and duties, in plain words
rights-title = Prawa i obowiązki
rights-agreement = Ten plan to umowa między tobą a OCMW. Napisaliście go razem. Podpisując go, obie strony obiecują zrobić to, co jest w nim zapisane.
rights-client = Co robisz ty: wykonujesz działania zapisane przy tobie, przychodzisz na umówione spotkania i na czas dajesz znać, jeśli coś się nie udaje.
rights-ocmw = Co robi OCMW: pomaga ci tak, jak jest zapisane w tym planie, i wykonuje działania zapisane przy OCMW. Co najmniej { $evaluations ->
        [one] raz
       *[other] { $evaluations } razy
    } w roku przegląda z tobą plan, w tym co najmniej { $in_person ->
        [one] raz
       *[other] { $in_person } razy
    } podczas osobistej rozmowy.
rights-change = Plan może się zmienić, gdy zmienia się twoje życie. Ty i OCMW możecie w każdej chwili poprosić o jego dostosowanie. Zmieniony plan podpisuje się ponownie.
rights-reflection = Zanim podpiszesz, możesz poprosić o czas do namysłu ({ $reflection ->
        [one] { $reflection } dzień
        [few] { $reflection } dni
        [many] { $reflection } dni
       *[other] { $reflection } dnia
    }) i zabrać projekt do domu. Możesz przyprowadzić wybraną przez siebie osobę.
rights-not-kept = Jeśli ustalenie nie jest dotrzymane bez ważnego powodu, leefloon może zostać wstrzymany w całości lub w części: najwyżej na { $sanction ->
        [one] { $sanction } miesiąc
        [few] { $sanction } miesiące
        [many] { $sanction } miesięcy
       *[other] { $sanction } miesiąca
    } albo najwyżej na { $repeat ->
        [one] { $repeat } miesiąc
        [few] { $repeat } miesiące
        [many] { $repeat } miesięcy
       *[other] { $repeat } miesiąca
    }, jeśli zdarzy się to znowu w ciągu roku. Nigdy nie dzieje się to bez ostrzeżenia: najpierw dostaniesz list polecony.
rights-heard = Masz prawo do tego, żeby OCMW cię wysłuchało. Zanim zapadnie decyzja, możesz przedstawić swoją wersję i przyprowadzić kogoś, kto ci pomoże.
rights-no-sanction = Nie będzie sankcji, jeśli był ważny powód albo jeśli OCMW nie dotrzymało własnych ustaleń z tego planu.
rights-interpreter = Jeśli nie rozumiesz dobrze rozmowy albo tego planu, możesz poprosić o tłumacza.
rights-copy = Dostaniesz kopię tego planu. Jako pomoc możesz ją dostać także w swoim języku; obowiązuje tekst w języku niderlandzkim.
rights-appeal = Jeśli nie zgadzasz się z decyzją OCMW, możesz odwołać się do sądu pracy (arbeidsrechtbank). Masz na to { $appeal ->
        [one] { $appeal } miesiąc
        [few] { $appeal } miesiące
        [many] { $appeal } miesięcy
       *[other] { $appeal } miesiąca
    } od dnia, w którym powiadomiono cię o decyzji.

pad-typed = Nie mogę podpisać się odręcznie: wpisane przeze mnie imię i nazwisko liczy się jako podpis
pad-typed-hint = Dla osób, które nie mogą podpisać się odręcznie. Imię i nazwisko wpisane poniżej pojawi się wtedy w polu do podpisu.

## rules
rights-meeting = Jeśli poprosisz o rozmowę ze swoim pracownikiem socjalnym, rozmowa ta musi się odbyć w terminie: { $meeting ->
        [one] { $meeting } dzień roboczy
        [few] { $meeting } dni robocze
        [many] { $meeting } dni roboczych
       *[other] { $meeting } dnia roboczego
    }.
doc-reflection = Czas do namysłu
doc-reflection-until = trwa do
doc-reflection-waived = klient zrezygnował z niego dnia
sign-inside-reflection = Czas do namysłu trwa do { $date } włącznie. Kto podpisuje dzisiaj, podpisuje w czasie do namysłu. Można tak tylko wtedy, gdy klient sam z niego rezygnuje: zapisz to wtedy w planie.
## evals
doc-eval-written = pisemnie
eval-report-title = Sprawozdanie z oceny postępów GPMI
eval-report-kind = Jak
eval-report-present = Obecni
eval-report-fulfils = Zaplanowany termin
eval-report-extra = Dodatkowa ocena, poza zaplanowanymi terminami
eval-report-rung = Miejsce na drabinie uczestnictwa
eval-report-rung-same = Bez zmian
eval-report-next = Następna ocena
eval-report-next-none = Nie zaplanowano jeszcze następnego terminu
eval-report-goals = Jak idzie z celami
eval-report-notes = Co się zmieniło:
eval-report-actions = Działania i na jakim są etapie
eval-report-col-status = Stan
eval-report-changes = Dodane lub zmienione od poprzedniej wersji
eval-report-no-changes = Żadne cele ani działania nie zostały dodane, zmienione ani usunięte.
eval-report-change-goal-added = Nowy cel
eval-report-change-goal-changed = Zmieniony cel
eval-report-change-goal-removed = Usunięty cel
eval-report-change-action-added = Nowe działanie
eval-report-change-action-changed = Zmienione działanie
eval-report-change-action-removed = Usunięte działanie
eval-report-signatures = Podpis nie jest obowiązkowy. Podpis potwierdza, że to sprawozdanie jest zgodne z prawdą.
eval-report-fingerprint = Kod kontrolny tego sprawozdania (SHA-256)
## plan
doc-contract = Co bierze na siebie OCMW
doc-ocmw-actions = Działania OCMW
doc-domains = Dziedziny działań
doc-ended = Zakończony
doc-moved = Akta przekazano do
sign-ended = Ten plan jest zakończony. Nie można go już podpisać.

## turn
doc-review-no = Tłumaczenia nie sprawdził jeszcze rodzimy użytkownik języka.
doc-review-yes = Tłumaczenie sprawdził rodzimy użytkownik języka.

## turn2
sign-binding-dutch = Tekst wiążący, po niderlandzku:

## changes
changes-title = Co się zmieniło od wersji z { $date }?
changes-intro = Przeczytajcie to razem, zanim podpiszecie ponownie. Od już podpisanej wersji różni się tylko to, co jest tu napisane.
changes-now = teraz:
changes-was = wcześniej:
changes-goal-added = Nowy cel
changes-goal-removed = Cel usunięty
changes-goal-changed = Cel zmieniony
changes-goal-period = Inny okres dla celu
changes-action-added = Nowe działanie
changes-action-removed = Działanie usunięte
changes-action-what = Działanie inaczej sformułowane
changes-action-who = Działanie wykonuje ktoś inny
changes-action-due = Inna data dla działania
changes-action-changed = Działanie zmienione
changes-date-decision = Inna data decyzji
changes-date-start = Plan zaczyna się innego dnia
changes-date-end = Plan kończy się innego dnia
changes-evaluation-added = Nowy termin oceny
changes-evaluation-removed = Termin oceny usunięty
changes-evaluation-changed = Ocena w innej formie
changes-rung = Nowy szczebel na drabinie
changes-part-basics = Zmienione: rodzaj planu, OCMW, pracownik socjalny lub imię
changes-part-partners = Zmienione: partnerzy i ich zadania
changes-part-present = Zmienione: tłumacz lub osoba zaufana
changes-part-topics = Zmienione: to, o czym rozmawialiśmy
changes-part-agreements = Zmienione: ustalenia i wkład każdej strony
changes-part-contract = Zmienione: nauka lub koszty, które płaci OCMW
changes-part-evaluation-rule = Zmienione: ile ocen w roku
changes-part-other = Zmienione: inna część planu
doc-changes-title = Załącznik: co się zmieniło od wersji z { $date }
doc-changes-old = Cyfrowy odcisk poprzedniej wersji:
doc-changes-new = Cyfrowy odcisk tej wersji:
doc-strength = Siła
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Podsumowanie do teczki
case-file-intro = Plan jako zwykły tekst po niderlandzku, w kolejności formularza GPMI POD MI, do wpisania w programie rejestracyjnym. Tylko to, co jest w podpisanym planie: notatki spoza niego nie są dołączane.
case-file-intro-evaluation = Ta ocena jako zwykły tekst po niderlandzku, do wpisania w programie rejestracyjnym. Notatki spoza planu nie są dołączane.
case-file-show = Pokaż podsumowanie
case-file-hide = Ukryj podsumowanie
case-file-copy = Kopiuj
case-file-preview-label = Podsumowanie w takiej postaci, w jakiej zostanie skopiowane
case-file-copied = Skopiowano. Wklej tekst do programu rejestracyjnego.
case-file-downloaded = Schowek jest niedostępny. Tekst został pobrany jako { $file }.
