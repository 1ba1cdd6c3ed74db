# Trede: Polish, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Drabina

## The ladder
ladder-title = Drabina uczestnictwa
ladder-intro = Gdzie dziś jest { $name } i jaki byłby dobry następny krok? Po stuknięciu w szczebel widać, jakie oferty są na nim dostępne.
ladder-now-none = Jeszcze brak wpisu. Poniżej możecie razem dodać pierwszy.
ladder-now-rung = Teraz: szczebel { $number }, { $rung }
ladder-now-status = Teraz: { $status } (poza szczeblami)
ladder-language-course-beside = Równolegle trwa kurs językowy.
ladder-rung-button = Szczebel { $number }: { $rung }
ladder-badge-now = teraz
ladder-badge-target = cel
ladder-offer-count =
    { $count ->
        [0] brak ofert
        [one] jedna oferta
        [few] { $count } oferty
       *[many] { $count } ofert
        [other] { $count } oferty
    }
ladder-rungs-label = Sześć szczebli, najwyższy na górze

## Target rung
ladder-target-label = Najwyższy osiągalny szczebel ({ $name })
ladder-target-hint = Cel, który wybieracie razem. Może to być każdy szczebel.
ladder-target-none = Jeszcze nie wybrano
ladder-target-reached = { $name } jest już na docelowym szczeblu. To prawdziwe osiągnięcie.
ladder-target-four = Dla niektórych osób wolontariat lub inna nieodpłatna praca to najwyższy osiągalny szczebel. Dotarcie do niego to sukces, a nie koniec drogi.

## Offers
ladder-offers-title = Oferty na szczeblu { $number }: { $rung }
ladder-offers-none = Katalog nie ma ofert na tym szczeblu.
ladder-offers-close = Zamknij oferty
ladder-offer-provider = Organizator
ladder-offer-duration = Czas trwania
ladder-offer-allowance = Wynagrodzenie
ladder-offer-conditions = Kto może wziąć udział
ladder-offer-pick = Wybierz do planu
ladder-offer-picked = Wybrane do planu
ladder-offer-unpick = Usuń z planu
ladder-picked-title = Oferty wybrane do planu
ladder-picked-none = Jeszcze nic nie wybrano. Oferta wybrana na drabinie może stać się krokiem w planie integracji.
ladder-picked-from = szczebel { $number }, z katalogu { $catalogue } { $edition }

## Placements
ladder-placements-title = Wpisy
ladder-placements-none = Jeszcze brak wpisów.
ladder-add-title = Dodaj wpis
ladder-edit-title = Zmień ten wpis
ladder-date-label = Data
ladder-date-missing = Proszę wybrać datę.
ladder-position-label = Szczebel lub sytuacja
ladder-position-rungs = Szczeble
ladder-position-side = Sytuacje poza drabiną
ladder-status-orientation = Orientacja (teczka młodsza niż cztery miesiące)
ladder-status-exempted = Zwolnienie ze względów zdrowotnych lub ze względów słuszności
ladder-status-studying = Uczy się
ladder-status-care-first = Najpierw opieka
ladder-viewpoint-label = Kto tak to widzi?
ladder-view-client = Tak widzi to klient
ladder-view-worker = Tak widzi to pracownik socjalny
ladder-view-agreed = Ustalone wspólnie
ladder-language-course-label = Równolegle trwa kurs językowy
ladder-note-label = Notatka (może zostać pusta)
ladder-note-hint = W kilku słowach: co się zmieniło i jakie to uczucie?
ladder-error-note-too-long = Ta notatka jest za długa. Liczba znaków: { $actual }, maksymalnie: { $max }.
ladder-save-placement = Zapisz wpis
ladder-edit-button = Zmień
ladder-delete-button = Usuń
ladder-confirm-delete-title = Usunąć ten wpis?
ladder-confirm-delete-body = Wpis z { $date } zniknie z przebiegu. Tej operacji nie można cofnąć.
ladder-confirm-delete-yes = Tak, usuń

## History
ladder-history-title = Przebieg
ladder-history-none = Przebieg pojawi się tutaj, gdy będzie pierwszy wpis.
ladder-history-chart-label = Wykres schodkowy szczebli w czasie. Tabela poniżej zawiera te same dane.
ladder-history-table-caption = Przebieg w formie tabeli
ladder-history-aside-lane = poza drabiną
ladder-col-date = Data
ladder-col-position = Szczebel lub sytuacja
ladder-col-move = Zmiana
ladder-col-view = Kto tak to widzi
ladder-col-note = Notatka
ladder-move-start = Punkt wyjścia
ladder-move-rise = W górę ze szczebla { $from }
ladder-move-fall = Krok wstecz ze szczebla { $from }
ladder-move-level = Ten sam szczebel
ladder-move-aside = Poza drabiną
ladder-fall-label = krok wstecz
ladder-falls-summary =
    { $count ->
        [0] Na razie żadnego kroku wstecz.
        [one] Jeden krok wstecz. Kroki wstecz się zdarzają; są częścią drogi.
        [few] { $count } kroki wstecz. Kroki wstecz się zdarzają; są częścią drogi.
       *[many] { $count } kroków wstecz. Kroki wstecz się zdarzają; są częścią drogi.
        [other] { $count } kroku wstecz. Kroki wstecz się zdarzają; są częścią drogi.
    }

## Catalogue
catalogue-title = Katalog ofert
catalogue-current =
    W użyciu: { $name }, wydanie { $edition }, { $count ->
        [one] { $count } oferta
        [few] { $count } oferty
       *[many] { $count } ofert
        [other] { $count } oferty
    }.
catalogue-builtin = To jest wbudowany katalog.
catalogue-load-label = Wczytaj własny katalog (plik JSON)
catalogue-load-hint = Plik w formacie katalogu Trede. Plik pozostaje na tym urządzeniu. Obecny katalog jest używany, dopóki nie zastąpi go prawidłowy plik.
catalogue-loaded = Nowy katalog jest w użyciu.
catalogue-problems-title =
    { $count ->
        [one] Nie można było użyć tego pliku. Jedna rzecz do poprawienia:
        [few] Nie można było użyć tego pliku. { $count } rzeczy do poprawienia:
       *[many] Nie można było użyć tego pliku. { $count } rzeczy do poprawienia:
        [other] Nie można było użyć tego pliku. { $count } rzeczy do poprawienia:
    }
catalogue-reset = Ponownie użyj wbudowanego katalogu
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Plik
catalogue-place-field = Pole "{ $field }"
catalogue-place-offer = Oferta { $number }
catalogue-place-offer-id = Oferta { $number } ("{ $id }")
catalogue-place-offer-field = Oferta { $number }, pole "{ $field }"
catalogue-place-offer-id-field = Oferta { $number } ("{ $id }"), pole "{ $field }"
catalogue-problem-not-json = to nie jest prawidłowy JSON (wiersz { $line }, kolumna { $column })
catalogue-problem-not-object = to nie jest katalog (oczekiwany jest obiekt z polami "format", "version", "id", "name", "edition" i "offers")
catalogue-problem-format = "{ $found }" to nie "trede-catalogue"
catalogue-problem-version = nie można odczytać wersji { $found } (ta wersja Trede odczytuje wersję 1)
catalogue-problem-missing = brak
catalogue-problem-type =
    { $expected ->
        [text] wymagany jest tekst
        [number] wymagana jest liczba
        [list] wymagana jest lista
        [offer] wymagany jest obiekt z polami oferty
       *[object] wymagany jest obiekt z tekstem dla każdego języka, na przykład "nl" i "en"
    }
catalogue-problem-rung = { $found } to nie szczebel (od 1 do 6)
catalogue-problem-empty = wartość jest pusta
catalogue-problem-too-long =
    { $max ->
        [one] tekst jest dłuższy niż { $max } znak
        [few] tekst jest dłuższy niż { $max } znaki
       *[many] tekst jest dłuższy niż { $max } znaków
        [other] tekst jest dłuższy niż { $max } znaku
    }
catalogue-problem-no-dutch = brak tekstu po niderlandzku ("nl")
catalogue-problem-language = "{ $code }" to nie jest kod języka znany Trede
catalogue-problem-id = "{ $found }" to nieprawidłowe id (małe litery, cyfry i łączniki)
catalogue-problem-duplicate = to id jest już używane przez ofertę { $first }
catalogue-problem-unknown-field = to nie jest znane pole
catalogue-problem-no-offers = lista ofert jest pusta

## rules
ladder-definitions-title = Co oznacza każdy szczebel?
ladder-exempted-decision = Decyzja OCMW z dnia { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = W planie nie ma jeszcze decyzji OCMW o zwolnieniu. Zapisz ją w planie, w pierwszym kroku.
## evals
ladder-from-evaluation = z oceny postępów GPMI
ladder-history-per-view = Wejście wyżej lub krok w tył liczy się osobno dla każdego spojrzenia: klienta z klientem, pracownika socjalnego z pracownikiem socjalnym. Uzgodnione wspólnie liczy się dla obu.
## plan
catalogue-problem-carrier = "{ $found }" to nie "client", "ocmw" ani "partner"
## store
catalogue-problem-too-large = plik jest większy niż { $max } KB, dużo większy niż lista ofert
catalogue-problem-too-many = ponad { $max } ofert na liście
