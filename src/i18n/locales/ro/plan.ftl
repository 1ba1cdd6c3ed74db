# Trede: the GPMI, drafted together (Romanian)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = Plan (GPMI)
plan-title = Planul de integrare (GPMI)
plan-intro = Scrieți acest plan împreună. Parcurgeți pașii în ordinea care vi se potrivește și opriți-vă când doriți: totul se salvează în timp ce scrieți și se deschide de unde ați rămas.
plan-undo = Anulați modificarea
plan-redo = Refaceți modificarea
plan-steps-label = Pașii planului
plan-previous = Înapoi: { $step }
plan-next = Mai departe: { $step }
plan-choose = Alegeți…
plan-unknown = Încă necunoscut
plan-not-set = încă nestabilit
plan-not-filled = încă necompletat
plan-no-owner = încă nimeni
plan-no-date = încă fără dată
plan-unnamed-action = o acțiune fără descriere

## Steps
plan-step-basics = Despre plan
plan-step-topics = Povestea ta
plan-step-goals = Obiective
plan-step-actions = Acțiuni
plan-step-agreements = Înțelegeri
plan-step-review = Recitire
plan-step-evaluations = Evaluări
plan-step-basics-title = Ce fel de plan și cine participă
plan-step-topics-title = Cu cuvintele tale
plan-step-goals-title = Ce vrei să obții?
plan-step-actions-title = Cine ce face și până când?
plan-step-agreements-title = Ce stabilim împreună
plan-step-review-title = Recitim împreună
plan-step-evaluations-title = Privim înapoi împreună

## Deadline
plan-deadline-by = OCMW trebuie să încheie acest plan cel târziu pe { $date }. Termenul după decizia privind leefloon este de { $months ->
        [one] o lună
        [few] { $months } luni
       *[other] { $months } de luni
    }.
plan-deadline-close = OCMW trebuie să încheie acest plan cel târziu pe { $date }: { $days ->
        [0] adică astăzi.
        [one] mai este o zi.
        [few] mai sunt { $days } zile.
       *[other] mai sunt { $days } de zile.
    }
plan-deadline-past = OCMW trebuia să încheie acest plan cel târziu pe { $date }, { $days ->
        [one] acum o zi.
        [few] acum { $days } zile.
       *[other] acum { $days } de zile.
    } Termenul a trecut: acum OCMW finalizează planul împreună cu beneficiarul cât mai repede.

## Basics
plan-kind-title = Planul
plan-type-label = Tipul planului
plan-type-employment = Orientat spre muncă
plan-type-training = Orientat spre formare sau studii
plan-type-activation = Activare socială
plan-decision-label = Data deciziei privind leefloon (venitul de integrare socială)
plan-decision-hint = Planul se semnează în cel mult 3 luni de la această dată.
plan-start-label = Planul începe la
plan-end-label = Planul se încheie la
plan-period = Perioadă
plan-why-title = De ce există un plan
plan-birth-label = Data nașterii
plan-birth-hint = Doar pentru a vedea dacă planul este obligatoriu.
plan-recent-right-label = A avut beneficiarul drept la integrare socială în perioada dinaintea deciziei ({ $months ->
        [one] o lună
        [few] { $months } luni
       *[other] { $months } de luni
    })?
plan-recent-right-no = Nu, niciun drept în acea perioadă
plan-recent-right-yes = Da, a avut drept în acea perioadă
plan-asked-client = Beneficiarul a cerut un plan
plan-asked-ocmw = OCMW a cerut un plan
plan-mandate-required = Un plan este obligatoriu, pentru că:
plan-mandate-not-required = Conform regulilor, un plan nu este obligatoriu. Se poate face totuși, la cerere.
plan-mandate-unknown = Completează data nașterii și dacă beneficiarul a avut drept la integrare socială în lunile dinainte. Atunci vezi dacă planul este obligatoriu.
plan-ground-under25 = beneficiarul are mai puțin de 25 de ani
plan-ground-new = beneficiarul nu a avut drept la integrare socială în perioada anterioară ({ $months ->
        [one] o lună
        [few] { $months } luni
       *[other] { $months } de luni
    })
plan-ground-client = beneficiarul a cerut acest lucru
plan-ground-ocmw = OCMW a cerut acest lucru
plan-override-label = Aprecierea asistentului social
plan-override-none = Conform regulilor
plan-override-required = Totuși obligatoriu
plan-override-optional = Totuși neobligatoriu
plan-override-reason = Motivul acestei aprecieri
plan-parties-title = Cine participă
plan-worker-label = Asistent social
plan-ocmw-label = OCMW
plan-third-legend = Partener { $n }
plan-third-name = Nume
plan-third-role = Rol (de exemplu mediator de datorii)
plan-third-tasks = Ce își asumă acest partener
plan-third-add = Adăugați un partener
plan-third-remove = Eliminați acest partener
plan-support-label = O persoană alături de beneficiar
plan-support-none = Nimeni
plan-support-interpreter = Un interpret
plan-support-support = O persoană de încredere
plan-support-name = Numele persoanei

## Topics
plan-topics-intro = Notați ce povestește beneficiarul, cu propriile sale cuvinte. Nimic de aici nu este un test.
plan-topic-needs = De ce ai nevoie?
plan-topic-needs-hint = De exemplu: liniște în privința banilor, o locuință, un loc la creșă.
plan-topic-challenges = Ce îți este greu acum?
plan-topic-challenges-hint = Lucruri care îți stau în cale, mari sau mici.
plan-topic-goals = Ce vrei să obții sau să eviți?
plan-topic-goals-hint = De exemplu: să găsești de lucru, să nu ai datorii noi.
plan-topic-future = Cum îți vezi viitorul?
plan-topic-future-hint = Unde vrei să fii peste un an sau doi?
plan-topic-role = Ce rol vrei să ai printre ceilalți oameni?
plan-topic-role-hint = Pentru tine și pentru ceilalți: la muncă, în cartier, acasă.

## Goals
plan-goals-intro = Câteva obiective sunt de ajuns. La fiecare obiectiv scrie de ce contează pentru tine.
plan-goals-empty = Încă nu există obiective. Adăugăm primul?
plan-goal-legend = Obiectivul { $n }
plan-goal-title = Obiectivul
plan-goal-domain = Domeniul de viață
plan-goal-from = De la
plan-goal-until = Până la
plan-goal-why = De ce este important pentru tine?
plan-goal-add = Adăugați un obiectiv
plan-goal-remove = Eliminați acest obiectiv

## Actions
plan-actions-intro = Pași mici și concreți. Fiecare pas are pe cineva care și-l asumă și o dată.
plan-actions-empty = Încă nu există acțiuni. Adăugăm prima?
plan-action-legend = Acțiunea { $n }
plan-action-what = Ce se va întâmpla?
plan-action-owner = Cine se ocupă?
plan-action-due = Până când?
plan-action-status = Cum merge?
plan-action-stop-reason = De ce s-a oprit?
plan-action-evidence = Cum vedem că s-a realizat?
plan-action-goal = Pentru ce obiectiv?
plan-action-no-goal = Niciun obiectiv anume
plan-action-add = Adăugați o acțiune
plan-action-remove = Eliminați această acțiune
plan-owner-client = Beneficiarul
plan-owner-ocmw = OCMW
plan-owner-third = Un partener
plan-status-planned = Planificată
plan-status-busy = În curs
plan-status-done = Realizată
plan-status-stopped = Oprită
plan-origin-free = Scrisă împreună
plan-origin-self-check = Din autoevaluare: { $domain }
plan-origin-catalogue = Ofertă: { $offer }

## Agreements
plan-questions-title = Planul de acțiune
plan-question-client-will-do = Ce vei face tu ca să îți atingi obiectivele?
plan-question-client-expects = Ce aștepți tu de la OCMW?
plan-question-ocmw-expects = Ce așteaptă OCMW de la tine?
plan-means-title = Ce aduce fiecare parte
plan-means-intro = Timp, bani, ajutor, discuții: la ce se angajează fiecare parte.
plan-means-client = Beneficiarul
plan-means-ocmw = OCMW
plan-means-others = Parteneri
plan-rights-title = Drepturile și obligațiile tale
plan-rights-1 = Acest plan este o înțelegere între tine și OCMW (centrul public de asistență socială). Ambele părți îl semnează și ambele se țin de cuvânt.
plan-rights-2 = Înainte să semnezi, poți cere timp de gândire: { $reflection ->
        [one] o zi
        [few] { $reflection } zile
       *[other] { $reflection } de zile
    }. Poți aduce cu tine o persoană pe care o alegi tu.
plan-rights-3 = Ne uităm împreună la plan de cel puțin { $evaluations ->
        [one] o dată
        [few] { $evaluations } ori
       *[other] { $evaluations } de ori
    } pe an, dintre care cel puțin { $in_person ->
        [one] o dată
        [few] { $in_person } ori
       *[other] { $in_person } de ori
    } într-o discuție față în față. Planul se poate schimba odată cu situația ta.
plan-rights-4 = Dacă înțelegerile nu sunt respectate fără un motiv întemeiat, leefloon poate fi suspendat total sau parțial: cel mult { $sanction ->
        [one] o lună
        [few] { $sanction } luni
       *[other] { $sanction } de luni
    }, sau cel mult { $repeat ->
        [one] o lună
        [few] { $repeat } luni
       *[other] { $repeat } de luni
    } dacă se întâmplă din nou în decurs de un an. Mai întâi primești o scrisoare recomandată și ai dreptul să fii ascultat înainte să se decidă ceva.
plan-rights-5 = Nu se aplică nicio sancțiune dacă OCMW nu și-a respectat propriile angajamente.
plan-rights-6 = Dacă nu ești de acord cu o decizie, poți face contestație la tribunalul muncii (arbeidsrechtbank). Ai pentru asta { $appeal ->
        [one] o lună
        [few] { $appeal } luni
       *[other] { $appeal } de luni
    } din ziua în care ți s-a comunicat decizia.

## Review
plan-ready-title = Gata de semnat?
plan-ready-ok = Tot ce este necesar este completat. Planul este gata de semnat.
plan-ready-missing = { $count ->
        [one] Mai lipsește un lucru:
        [few] Mai lipsesc { $count } lucruri:
       *[other] Mai lipsesc { $count } de lucruri:
    }
plan-ready-never-blocks = Oricum, totul este salvat; poți termina mai târziu.
plan-missing-type = tipul planului
plan-missing-start = data de început
plan-missing-worker = numele asistentului social
plan-missing-ocmw = numele OCMW-ului
plan-missing-third-name = numele unui partener
plan-missing-goal = cel puțin un obiectiv
plan-missing-goal-title = un obiectiv fără descriere
plan-missing-action = cel puțin o acțiune
plan-missing-action-what = o acțiune fără descriere
plan-missing-action-owner = cine se ocupă de „{ $what }”
plan-missing-action-date = o dată pentru „{ $what }”
plan-missing-evaluation = momente de evaluare
plan-missing-evaluation-count = suficiente momente de evaluare: cel puțin { $total } { $months ->
        [12] pe an
        [one] într-o lună
       *[other] în { $months } luni
    }, dintre care { $in_person } față în față
plan-go-evaluations = Planificați evaluările
plan-sign-title = Timp de gândire și semnare
plan-reflection-hint =
    { $days ->
        [one] Beneficiarul are { $days } zi lucrătoare de gândire înainte de semnare.
        [few] Beneficiarul are { $days } zile lucrătoare de gândire înainte de semnare.
       *[other] Beneficiarul are { $days } de zile lucrătoare de gândire înainte de semnare.
    }
plan-reflection-label = Timp de gândire cerut la
plan-reflection-until = Timpul de gândire durează până la { $date }.
plan-signed-label = Semnat la
plan-summary-title = Planul complet

## Evaluations
plan-schedule-title = Momente de evaluare
plan-schedule-rule = Cel puțin { $count } pe an, dintre care { $inperson } față în față.
plan-schedule-needs-start = Completați mai întâi data de început; apoi momentele pot fi propuse.
plan-schedule-propose = Propuneți momente de evaluare
plan-schedule-remove = Eliminați
plan-schedule-remove-label = Eliminați momentul din { $date }
plan-eval-status-done = a avut loc
plan-eval-status-due = { $days ->
        [0] astăzi
        [one] peste 1 zi
        [few] peste { $days } zile
       *[other] peste { $days } de zile
    }
plan-eval-status-overdue = { $days ->
        [one] 1 zi întârziere
        [few] { $days } zile întârziere
       *[other] { $days } de zile întârziere
    }
plan-eval-status-later = mai târziu
plan-record-title = Înregistrați o evaluare
plan-eval-date = Data
plan-eval-date-missing = Completați data evaluării.
plan-eval-present = Cine a fost prezent
plan-eval-goal = Cum merge „{ $goal }”?
plan-progress-not-started = Încă neînceput
plan-progress-on-track = Conform planului
plan-progress-reached = Atins
plan-progress-adjusted = Ajustat
plan-progress-stopped = Oprit
plan-eval-changes = Ce s-a schimbat
plan-eval-changes-hint = De exemplu o înțelegere în plus sau, deocamdată, alt accent.
plan-eval-rung = Locul pe scară acum
plan-eval-rung-same = Nicio schimbare
plan-eval-save = Salvați evaluarea
plan-history-title = Evaluările de până acum
plan-history-empty = Încă nu există evaluări.
plan-eval-new-rung = Loc nou pe scară: { $rung }
plan-eval-version = Planul la acel moment

plan-reflection-hint-calendar =
    { $days ->
        [one] Beneficiarul are { $days } zi calendaristică de gândire înainte de semnare.
        [few] Beneficiarul are { $days } zile calendaristice de gândire înainte de semnare.
       *[other] Beneficiarul are { $days } de zile calendaristice de gândire înainte de semnare.
    }
plan-reflection-count-label = Timpul de gândire se numără în
plan-reflection-count-working = zile lucrătoare (de luni până vineri)
plan-reflection-count-calendar = zile calendaristice

## rules
plan-rights-meeting = Dacă ceri o discuție cu asistentul tău social, discuția trebuie să aibă loc în termen de { $meeting ->
        [one] o zi lucrătoare
        [few] { $meeting } zile lucrătoare
       *[other] { $meeting } de zile lucrătoare
    }.
plan-rights-change = Poți cere oricând ca planul să fie schimbat.
plan-part-time-top-up = Lucrează cu normă parțială și primește un leefloon complementar
plan-part-time-rule-label = Regula acestui OCMW pentru munca cu normă parțială și leefloon complementar
plan-part-time-rule-required = Planul este obligatoriu (ca la OCMW Ostende)
plan-part-time-rule-optional = Plan doar la cerere (ca în ghidurile din Bruxelles)
plan-ground-part-time = beneficiarul lucrează cu normă parțială și primește un leefloon complementar
plan-ground-studies = beneficiarul studiază cu normă întreagă, cu acordul OCMW
plan-mandate-exempted = OCMW a decis o scutire din motive de sănătate sau de echitate. Un plan este totuși posibil dacă beneficiarul îl cere.
plan-exemption-label = Scutire acordată de OCMW
plan-exemption-none = Fără scutire
plan-exemption-health = Din motive de sănătate
plan-exemption-equity = Din motive de echitate
plan-exemption-date = Data deciziei
plan-exemption-reason = Motivarea deciziei
plan-exemption-date-missing = Data deciziei lipsește încă.
plan-exemption-reason-missing = Motivarea deciziei lipsește încă.
plan-exemption-ladder = Scara arată această decizie la situația „scutire”.
plan-reflection-waived-label = Beneficiarul a renunțat la timpul de gândire pe
plan-reflection-waived-hint = Completează doar dacă beneficiarul a ales singur să semneze mai devreme.
plan-signed-inside-reflection = Planul a fost semnat în timpul de gândire și nu scrie că beneficiarul a renunțat la el. Întreabă și notează, sau semnați din nou după timpul de gândire.
## evals
plan-eval-kind-in-person = față în față
plan-eval-kind-written = în scris
plan-eval-kind-phone-or-video = prin telefon sau video
plan-eval-kind-label = Cum a avut loc evaluarea
plan-eval-link = Ce moment planificat este acesta
plan-eval-link-none = Niciun moment planificat: o evaluare în plus
plan-eval-kind-mismatch = Planificată { $planned }, ținută { $held }. Se socotește { $held }.
plan-eval-date-future = Această dată este după azi. Alegeți ziua în care a avut loc evaluarea.
plan-eval-rung-to-ladder = Un loc nou apare și pe scară, cu data acestei evaluări.
plan-year-line = Anul { $year } ({ $from } – { $until }): { $held } ținute ({ $heldinperson } față în față), încă { $planned } planificate ({ $plannedinperson } față în față). Necesar: { $total }, dintre care { $inperson } față în față.
plan-year-met = În regulă.
plan-year-on-track = Posibil cu ce este planificat.
plan-year-short = Cu ce este planificat acum, acest an nu atinge minimul. Planificați încă un moment.
plan-year-missed = Acest an s-a încheiat și nu a atins minimul.
plan-eval-print = Tipăriți raportul
plan-rules-evals-title = Setările evaluărilor
plan-rules-link-margin = O evaluare se socotește pentru un moment planificat cu cel mult atâtea zile mai târziu
plan-rules-link-margin-error = Alegeți un număr de la 0 la { $max }.
plan-rules-short-year = Minimul pentru un plan sau o parte de an mai scurte de douăsprezece luni
plan-rules-short-year-proportional = proporțional cu lunile (rotunjit în sus)
plan-rules-short-year-full-year = minimul anual întreg
## plan
plan-type-studies = Studii cu normă întreagă (GPMI pentru student)
plan-orientations-label = Orientat spre (unul sau mai multe)
plan-present-name-interpreter = Numele interpretului
plan-present-name-support = Numele persoanei de încredere
plan-studies-title = Studii
plan-studies-intro = Cine studiază cu normă întreagă cu acordul OCMW are întotdeauna un GPMI. Completați școala, specializarea și durata, și ce promite fiecare parte.
plan-studies-school = Școală sau facultate
plan-studies-direction = Specializarea
plan-studies-duration = Durata studiilor
plan-studies-student = Studentul promite să
plan-student-attend = participe la cursuri
plan-student-exams = susțină examenele
plan-student-results = dea rezultatele la OCMW
plan-student-holiday-job = fie disponibil pentru un job de student în vacanțe, în măsura în care studiile permit
plan-studies-other = Alte înțelegeri pentru student
plan-studies-ocmw = Ce promite OCMW (de exemplu ce costuri școlare plătește)
plan-costs-title = Costuri plătite de OCMW
plan-costs-intro = Pentru o formare sau activitate: ce costuri preia OCMW?
plan-cost-registration = taxa de înscriere
plan-cost-insurance = asigurare
plan-cost-work-clothes = haine de lucru
plan-cost-travel = costuri de transport
plan-costs-other = Alte costuri
plan-costs-none = Nu se aplică niciun cost
plan-explained-title = Explicația pentru client
plan-explained-on = Conținutul, importanța și consecințele au fost explicate pe { $date }
plan-explained-record = Am explicat planul astăzi
plan-end-title = Încheierea planului
plan-end-intro = Un plan încheiat poate fi încă citit și tipărit, dar nu mai poate fi modificat sau semnat.
plan-end-kind = Cum se încheie planul
plan-end-successful = Reușit: obiectivele au fost atinse
plan-end-early = Oprit mai devreme
plan-end-right-ended = Dreptul la integrare socială s-a încheiat
plan-end-date = Data încheierii
plan-end-reason = Motivul
plan-end-confirm = Încheie planul
plan-end-need-kind = Alegeți cum se încheie planul.
plan-end-need-date = Completați data încheierii.
plan-end-need-reason = Scrieți de ce planul se oprește mai devreme.
plan-ended = Acest plan s-a încheiat pe { $date }: { $kind }.
plan-ended-hint = Puteți încă citi și tipări planul. Nu mai poate fi modificat sau semnat.
plan-move-title = Mutare la alt OCMW
plan-move-ocmw = Noul OCMW
plan-move-consent = Clientul a fost de acord cu transmiterea dosarului pe
plan-move-export = Exportă dosarul pentru noul OCMW
plan-move-needs-consent = Completați noul OCMW și data acordului. Fără acord nu transmiteți dosarul.
plan-missing-studies = școala, specializarea și durata studiilor
plan-missing-end = data de încheiere
plan-missing-end-order = o dată de încheiere după data de început
plan-missing-domain = domeniul de viață al obiectivelor
plan-missing-ocmw-commitment = ce promite OCMW (o acțiune a OCMW sau ce aduce OCMW)
plan-missing-costs = ce costuri plătește OCMW, sau că nu există
plan-missing-explained = data la care ați explicat conținutul, importanța și consecințele
plan-missing-explained-again = planul s-a schimbat după explicație: explicați-l din nou
plan-origin-catalogue-from = Ofertă: { $offer } (din { $catalogue }, ediția { $edition })

## strength
plan-strength-label = Cine duce asta în principal? (busola puterilor)
plan-strength-client = Mai ales beneficiarul însuși
plan-strength-network = Cu ajutorul apropiaților
plan-strength-professional = Cu ajutor profesional
