# Trede: Slovak, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Rebrík

## The ladder
ladder-title = Rebrík participácie
ladder-intro = Kde je { $name } dnes a aký by mohol byť dobrý ďalší krok? Ťuknite na priečku a uvidíte, aká ponuka tam je.
ladder-now-none = Zatiaľ žiadne zaradenie. Nižšie môžete spolu pridať prvé.
ladder-now-rung = Teraz: priečka { $number }, { $rung }
ladder-now-status = Teraz: { $status } (nie je to priečka)
ladder-language-course-beside = Popri tom prebieha jazykový kurz.
ladder-rung-button = Priečka { $number }: { $rung }
ladder-badge-now = teraz
ladder-badge-target = cieľ
ladder-offer-count =
    { $count ->
        [0] žiadna ponuka
        [one] jedna ponuka
        [few] { $count } ponuky
        [many] { $count } ponuky
       *[other] { $count } ponúk
    }
ladder-rungs-label = Šesť priečok, najvyššia hore

## Target rung
ladder-target-label = Najvyššia dosiahnuteľná priečka ({ $name })
ladder-target-hint = Cieľ, ktorý si spolu zvolíte. Môže to byť ktorákoľvek priečka.
ladder-target-none = Zatiaľ nevybraná
ladder-target-reached = { $name } je na cieľovej priečke. To je skutočný úspech.
ladder-target-four = Pre niektorých ľudí je dobrovoľníctvo alebo iná neplatená práca najvyššou dosiahnuteľnou priečkou. Dosiahnuť ju je úspech, nie konečná zastávka.

## Offers
ladder-offers-title = Ponuka na priečke { $number }: { $rung }
ladder-offers-none = Katalóg nemá na tejto priečke žiadnu ponuku.
ladder-offers-close = Zavrieť ponuku
ladder-offer-provider = Poskytovateľ
ladder-offer-duration = Trvanie
ladder-offer-allowance = Odmena
ladder-offer-conditions = Kto sa môže zapojiť
ladder-offer-pick = Vybrať do plánu
ladder-offer-picked = Vybrané do plánu
ladder-offer-unpick = Odstrániť z plánu
ladder-picked-title = Ponuky vybrané do plánu
ladder-picked-none = Zatiaľ nič nie je vybrané. Ponuka vybraná na rebríku sa môže stať krokom v integračnom pláne.
ladder-picked-from = priečka { $number }, z katalógu { $catalogue } { $edition }

## Placements
ladder-placements-title = Zaradenia
ladder-placements-none = Zatiaľ žiadne zaradenia.
ladder-add-title = Pridať zaradenie
ladder-edit-title = Zmeniť toto zaradenie
ladder-date-label = Dátum
ladder-date-missing = Zvoľte dátum.
ladder-position-label = Priečka alebo situácia
ladder-position-rungs = Priečky
ladder-position-side = Situácie mimo rebríka
ladder-status-orientation = Orientácia (spis mladší ako štyri mesiace)
ladder-status-exempted = Oslobodenie zo zdravotných dôvodov alebo z dôvodov spravodlivosti
ladder-status-studying = Študuje
ladder-status-care-first = Najprv starostlivosť
ladder-viewpoint-label = Kto to tak vidí?
ladder-view-client = Tak to vidí klient
ladder-view-worker = Tak to vidí sociálny pracovník
ladder-view-agreed = Dohodnuté spolu
ladder-language-course-label = Popri tom prebieha jazykový kurz
ladder-note-label = Poznámka (môže zostať prázdna)
ladder-note-hint = Pár slovami: čo sa zmenilo a aký je to pocit?
ladder-error-note-too-long = Táto poznámka je príliš dlhá. Počet znakov: { $actual }, najviac: { $max }.
ladder-save-placement = Uložiť zaradenie
ladder-edit-button = Zmeniť
ladder-delete-button = Odstrániť
ladder-confirm-delete-title = Odstrániť toto zaradenie?
ladder-confirm-delete-body = Zaradenie z { $date } zmizne z priebehu. Túto akciu nie je možné vrátiť späť.
ladder-confirm-delete-yes = Áno, odstrániť

## History
ladder-history-title = Priebeh
ladder-history-none = Priebeh sa tu zobrazí, keď bude existovať prvé zaradenie.
ladder-history-chart-label = Schodovitý graf priečok v čase. Tabuľka nižšie obsahuje rovnaké údaje.
ladder-history-table-caption = Priebeh ako tabuľka
ladder-history-aside-lane = mimo rebríka
ladder-col-date = Dátum
ladder-col-position = Priečka alebo situácia
ladder-col-move = Zmena
ladder-col-view = Kto to tak vidí
ladder-col-note = Poznámka
ladder-move-start = Východiskový bod
ladder-move-rise = Hore z priečky { $from }
ladder-move-fall = Krok späť z priečky { $from }
ladder-move-level = Rovnaká priečka
ladder-move-aside = Mimo rebríka
ladder-fall-label = krok späť
ladder-falls-summary =
    { $count ->
        [0] Zatiaľ žiadny krok späť.
        [one] Jeden krok späť. Kroky späť sa stávajú; patria k ceste.
        [few] { $count } kroky späť. Kroky späť sa stávajú; patria k ceste.
        [many] { $count } kroku späť. Kroky späť sa stávajú; patria k ceste.
       *[other] { $count } krokov späť. Kroky späť sa stávajú; patria k ceste.
    }

## Catalogue
catalogue-title = Katalóg ponúk
catalogue-current =
    Používa sa: { $name }, vydanie { $edition }, { $count ->
        [one] { $count } ponuka
        [few] { $count } ponuky
        [many] { $count } ponuky
       *[other] { $count } ponúk
    }.
catalogue-builtin = Toto je zabudovaný katalóg.
catalogue-load-label = Načítať vlastný katalóg (súbor JSON)
catalogue-load-hint = Súbor vo formáte katalógu Trede. Súbor zostáva na tomto zariadení. Súčasný katalóg sa používa dovtedy, kým ho nenahradí platný súbor.
catalogue-loaded = Nový katalóg sa používa.
catalogue-problems-title =
    { $count ->
        [one] Tento súbor sa nedal použiť. Treba upraviť jednu vec:
        [few] Tento súbor sa nedal použiť. Treba upraviť { $count } veci:
        [many] Tento súbor sa nedal použiť. Treba upraviť { $count } veci:
       *[other] Tento súbor sa nedal použiť. Treba upraviť { $count } vecí:
    }
catalogue-reset = Znova použiť zabudovaný katalóg
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Súbor
catalogue-place-field = Pole "{ $field }"
catalogue-place-offer = Ponuka { $number }
catalogue-place-offer-id = Ponuka { $number } ("{ $id }")
catalogue-place-offer-field = Ponuka { $number }, pole "{ $field }"
catalogue-place-offer-id-field = Ponuka { $number } ("{ $id }"), pole "{ $field }"
catalogue-problem-not-json = toto nie je platný JSON (riadok { $line }, stĺpec { $column })
catalogue-problem-not-object = toto nie je katalóg (očakáva sa objekt s "format", "version", "id", "name", "edition" a "offers")
catalogue-problem-format = "{ $found }" nie je "trede-catalogue"
catalogue-problem-version = verziu { $found } nie je možné prečítať (táto verzia Trede číta verziu 1)
catalogue-problem-missing = chýba
catalogue-problem-type =
    { $expected ->
        [text] musí byť text
        [number] musí byť číslo
        [list] musí byť zoznam
        [offer] musí byť objekt s poľami ponuky
       *[object] musí byť objekt s textom pre každý jazyk, napríklad "nl" a "en"
    }
catalogue-problem-rung = { $found } nie je priečka (1 až 6)
catalogue-problem-empty = hodnota je prázdna
catalogue-problem-too-long =
    { $max ->
        [one] text je dlhší ako { $max } znak
        [few] text je dlhší ako { $max } znaky
        [many] text je dlhší ako { $max } znaku
       *[other] text je dlhší ako { $max } znakov
    }
catalogue-problem-no-dutch = nemá holandský text ("nl")
catalogue-problem-language = "{ $code }" nie je kód jazyka, ktorý Trede pozná
catalogue-problem-id = "{ $found }" nie je platné id (malé písmená, číslice a spojovníky)
catalogue-problem-duplicate = toto id už používa ponuka { $first }
catalogue-problem-unknown-field = nie je známe pole
catalogue-problem-no-offers = zoznam ponúk je prázdny

## rules
ladder-definitions-title = Čo znamená každá priečka?
ladder-exempted-decision = Rozhodnutie OCMW zo dňa { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = V pláne ešte nie je rozhodnutie OCMW o oslobodení. Zapíš ho do plánu, v prvom kroku.
## evals
ladder-from-evaluation = z vyhodnotenia GPMI
ladder-history-per-view = Posun hore alebo krok späť sa počíta pre každý pohľad zvlášť: pohľad klienta s pohľadom klienta, pohľad sociálneho pracovníka s pohľadom sociálneho pracovníka. Spoločne dohodnuté sa počíta pre oboch.
## plan
catalogue-problem-carrier = "{ $found }" nie je "client", "ocmw" ani "partner"
## store
catalogue-problem-too-large = súbor je väčší ako { $max } KB, oveľa väčší ako zoznam ponúk
catalogue-problem-too-many = viac ako { $max } ponúk v zozname
