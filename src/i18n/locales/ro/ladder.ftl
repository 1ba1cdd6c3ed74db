# Trede: Romanian, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Scara

## The ladder
ladder-title = Scara participării
ladder-intro = Unde se află { $name } astăzi și care ar fi un pas următor bun? Atingeți o treaptă pentru a vedea ce oferte există acolo.
ladder-now-none = Încă nu există nicio poziție. Mai jos puteți adăuga împreună prima poziție.
ladder-now-rung = Acum: treapta { $number }, { $rung }
ladder-now-status = Acum: { $status } (nu este o treaptă)
ladder-language-course-beside = În paralel se desfășoară un curs de limbă.
ladder-rung-button = Treapta { $number }: { $rung }
ladder-badge-now = acum
ladder-badge-target = obiectiv
ladder-offer-count =
    { $count ->
        [0] nicio ofertă
        [one] o ofertă
        [few] { $count } oferte
       *[other] { $count } de oferte
    }
ladder-rungs-label = Cele șase trepte, cea mai înaltă sus

## Target rung
ladder-target-label = Cea mai înaltă treaptă posibilă pentru { $name }
ladder-target-hint = Obiectivul pe care îl alegeți împreună. Poate fi oricare treaptă.
ladder-target-none = Încă nealeasă
ladder-target-reached = { $name } a ajuns la treapta-obiectiv. Este o realizare adevărată.
ladder-target-four = Pentru unii oameni, voluntariatul sau altă muncă neplătită este cea mai înaltă treaptă posibilă. A ajunge acolo este un succes, nu un punct final.

## Offers
ladder-offers-title = Oferte pe treapta { $number }: { $rung }
ladder-offers-none = Catalogul nu are oferte pe această treaptă.
ladder-offers-close = Închideți ofertele
ladder-offer-provider = Oferit de
ladder-offer-duration = Durată
ladder-offer-allowance = Indemnizație
ladder-offer-conditions = Cine poate participa
ladder-offer-pick = Alegeți pentru plan
ladder-offer-picked = Ales pentru plan
ladder-offer-unpick = Scoateți din plan
ladder-picked-title = Oferte alese pentru plan
ladder-picked-none = Încă nu este nimic ales. O ofertă aleasă pe scară poate deveni un pas în planul de integrare.
ladder-picked-from = treapta { $number }, din { $catalogue } { $edition }

## Placements
ladder-placements-title = Poziții pe scară
ladder-placements-none = Încă nu există poziții.
ladder-add-title = Adăugați o poziție
ladder-edit-title = Modificați această poziție
ladder-date-label = Data
ladder-date-missing = Alegeți o dată.
ladder-position-label = Treaptă sau situație
ladder-position-rungs = Trepte
ladder-position-side = Situații în afara scării
ladder-status-orientation = Orientare (dosar deschis de mai puțin de patru luni)
ladder-status-exempted = Scutire din motive de sănătate sau de echitate
ladder-status-studying = Studiază
ladder-status-care-first = Mai întâi îngrijirea
ladder-viewpoint-label = Cine vede lucrurile așa?
ladder-view-client = Așa vede beneficiarul
ladder-view-worker = Așa vede asistentul social
ladder-view-agreed = Stabilit împreună
ladder-language-course-label = În paralel se desfășoară un curs de limbă
ladder-note-label = Notă (poate rămâne goală)
ladder-note-hint = În câteva cuvinte: ce s-a schimbat și cum este resimțită schimbarea?
ladder-error-note-too-long = Această notă are prea multe caractere ({ $actual }). Vă rugăm să folosiți cel mult { $max }.
ladder-save-placement = Salvați poziția
ladder-edit-button = Modificați
ladder-delete-button = Ștergeți
ladder-confirm-delete-title = Ștergeți această poziție?
ladder-confirm-delete-body = Poziția din { $date } va dispărea din evoluție. Acest lucru nu poate fi anulat.
ladder-confirm-delete-yes = Da, ștergeți

## History
ladder-history-title = Evoluția
ladder-history-none = Evoluția apare aici imediat ce există o poziție.
ladder-history-chart-label = Grafic în trepte al pozițiilor pe scară în timp. Tabelul de mai jos conține aceleași date.
ladder-history-table-caption = Evoluția sub formă de tabel
ladder-history-aside-lane = în afara scării
ladder-col-date = Data
ladder-col-position = Treaptă sau situație
ladder-col-move = Schimbare
ladder-col-view = Cine vede așa
ladder-col-note = Notă
ladder-move-start = Punct de plecare
ladder-move-rise = În sus de la treapta { $from }
ladder-move-fall = Pas înapoi de la treapta { $from }
ladder-move-level = Aceeași treaptă
ladder-move-aside = În afara scării
ladder-fall-label = pas înapoi
ladder-falls-summary =
    { $count ->
        [0] Încă niciun pas înapoi.
        [one] Un pas înapoi. Pașii înapoi se întâmplă; fac parte din drum.
        [few] { $count } pași înapoi. Pașii înapoi se întâmplă; fac parte din drum.
       *[other] { $count } de pași înapoi. Pașii înapoi se întâmplă; fac parte din drum.
    }

## Catalogue
catalogue-title = Catalogul de oferte
catalogue-current = În uz: { $name }, ediția { $edition }, număr de oferte: { $count }.
catalogue-builtin = Acesta este catalogul integrat.
catalogue-load-label = Încărcați un catalog propriu (fișier JSON)
catalogue-load-hint = Un fișier în formatul de catalog Trede. Fișierul rămâne pe acest dispozitiv. Catalogul actual rămâne în uz până când un fișier valid îl înlocuiește.
catalogue-loaded = Noul catalog este în uz.
catalogue-problems-title =
    { $count ->
        [one] Acest fișier nu a putut fi folosit. Un lucru de corectat:
        [few] Acest fișier nu a putut fi folosit. { $count } lucruri de corectat:
       *[other] Acest fișier nu a putut fi folosit. { $count } de lucruri de corectat:
    }
catalogue-reset = Folosiți din nou catalogul integrat
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = Fișierul
catalogue-place-field = Câmpul "{ $field }"
catalogue-place-offer = Oferta { $number }
catalogue-place-offer-id = Oferta { $number } ("{ $id }")
catalogue-place-offer-field = Oferta { $number }, câmpul "{ $field }"
catalogue-place-offer-id-field = Oferta { $number } ("{ $id }"), câmpul "{ $field }"
catalogue-problem-not-json = acesta nu este JSON valid (rândul { $line }, coloana { $column })
catalogue-problem-not-object = acesta nu este un catalog (se așteaptă un obiect cu "format", "version", "id", "name", "edition" și "offers")
catalogue-problem-format = "{ $found }" nu este "trede-catalogue"
catalogue-problem-version = versiunea { $found } nu poate fi citită (această versiune a Trede citește versiunea 1)
catalogue-problem-missing = lipsește
catalogue-problem-type =
    { $expected ->
        [text] trebuie să fie un text
        [number] trebuie să fie un număr
        [list] trebuie să fie o listă
        [offer] trebuie să fie un obiect cu câmpurile unei oferte
       *[object] trebuie să fie un obiect cu un text pentru fiecare limbă, de exemplu "nl" și "en"
    }
catalogue-problem-rung = { $found } nu este o treaptă (de la 1 la 6)
catalogue-problem-empty = este gol
catalogue-problem-too-long = depășește numărul maxim de caractere ({ $max })
catalogue-problem-no-dutch = nu are text în neerlandeză ("nl")
catalogue-problem-language = "{ $code }" nu este un cod de limbă cunoscut de Trede
catalogue-problem-id = "{ $found }" nu este un id valid (litere mici, cifre și cratime)
catalogue-problem-duplicate = acest id este deja folosit de oferta { $first }
catalogue-problem-unknown-field = nu este un câmp cunoscut
catalogue-problem-no-offers = lista de oferte este goală

## rules
ladder-definitions-title = Ce înseamnă fiecare treaptă?
ladder-exempted-decision = Decizia OCMW din { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = În plan nu există încă o decizie de scutire a OCMW. Noteaz-o în plan, la primul pas.
## evals
ladder-from-evaluation = dintr-o evaluare a GPMI
ladder-history-per-view = Urcarea sau pasul înapoi se socotește pe fiecare punct de vedere: al clientului cu al clientului, al asistentului social cu al asistentului social. Ce s-a convenit împreună se socotește pentru amândoi.
## plan
catalogue-problem-carrier = "{ $found }" nu este "client", "ocmw" sau "partner"
## store
catalogue-problem-too-large = fișierul este mai mare de { $max } KB, mult mai mare decât o listă de oferte
catalogue-problem-too-many = peste { $max } oferte în listă
