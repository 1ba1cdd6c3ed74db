# Trede: signing and printing (Romanian)
# The Dutch text of the plan is the binding one; this is a help translation. Tone: plain words, honest, never threatening.
# Worker screens and buttons use the polite "dumneavoastră" forms; the rights-* messages speak to the client with "tu".

sign-view = Semnare
print-view = Tipărire

## Signing
sign-title = Semnarea planului
sign-intro = Citiți mai întâi planul împreună. Cei care participă semnează aici, pe tabletă, la fel ca pe hârtie: cu degetul, cu un creion pentru tabletă sau cu mouse-ul.
sign-reflection = Beneficiarul vrea să se mai gândească? Atunci tipăriți o ciornă pe care să o ia acasă. Se poate semna și mai târziu.
sign-fingerprint = Codul de control al acestei versiuni
sign-fingerprint-hint = Acest cod corespunde exact acestui text. Dacă se schimbă ceva în plan, se schimbă și codul.
sign-state-unsigned = Încă nimeni nu a semnat această versiune a planului.
sign-state-partly = Încă trebuie să semneze: { $names }
sign-state-complete = Toți cei care trebuie să semneze au semnat.
sign-outdated = Planul s-a schimbat după ce a fost semnat. Acele semnături țin de o versiune anterioară; pot fi încă citite și tipărite. Această versiune trebuie semnată din nou.
sign-not-ready = Planul nu este încă pe deplin gata de semnat. La pasul „Recitire” scrie ce mai lipsește.
sign-go-review = Mergeți la „Recitire”
sign-go-print = Mergeți la previzualizarea tipăririi
sign-parties-title = Cine semnează
sign-present-title = Alte persoane prezente (semnătura nu este obligatorie)
sign-as-party = Semnează ca parte
sign-as-present = Semnează ca persoană prezentă, nu ca parte
sign-role-client = Beneficiarul
sign-role-worker = Asistentul social, în numele OCMW
sign-role-third = Partener
sign-role-interpreter = Interpret
sign-role-support = Persoană de încredere
sign-start = Semnați
sign-again = Semnați din nou
sign-withdraw = Eliminați semnătura
sign-signed = Semnat la { $date }
sign-signed-at = Semnat la { $date }, în { $place }
sign-not-signed = Încă nesemnat
sign-earlier-title = Versiuni semnate anterior
sign-earlier-item = Versiunea { $fingerprint }, semnată de { $names }
sign-show-version = Vedeți această versiune

## The signing area
pad-area = Chenar pentru semnătură
pad-hint = Semnați în chenar cu degetul, cu un creion pentru tabletă sau cu mouse-ul.
pad-empty = Chenarul este încă gol.
pad-drawn = În chenar există o semnătură.
pad-undo = Ștergeți ultima linie
pad-clear = Ștergeți tot
pad-name = Nume
pad-date = Data
pad-place = Localitatea
pad-save = Salvați semnătura
pad-cancel = Anulați
sign-problem-name = Completați numele.
sign-problem-strokes = Semnați mai întâi în chenar.
sign-problem-too-long = Această semnătură este prea lungă. Ștergeți-o și semnați puțin mai simplu.
sign-problem-unknown = Acest partener nu mai apare în plan.

## Printing
print-title = Tipărire
print-intro = Planul pe format A4, pentru a fi înmânat sau semnat pe hârtie. Tipărirea funcționează și fără internet; pentru un fișier, alegeți „Salvează ca PDF”.
print-version-label = Ce versiune
print-version-current = Planul așa cum este acum
print-version-round = Versiunea semnată { $fingerprint }
print-both = Tipăriți (neerlandeză + { $lang })
print-client = Tipăriți copia pentru beneficiar (doar { $lang })
print-dutch = Tipăriți (neerlandeză)
print-mode-label = Ce se afișează
print-mode-both = Neerlandeză cu traducere ajutătoare
print-mode-client = Copia pentru beneficiar
print-no-translation = Pentru { $lang } nu există încă o traducere. Planul se tipărește în neerlandeză.
print-preview-label = Previzualizarea tipăririi

## The printed plan
doc-title = Proiect individualizat de integrare socială (GPMI)
doc-subtitle = O înțelegere între beneficiar și OCMW
doc-binding-note = Traducere ajutătoare. Doar textul în limba neerlandeză are valoare juridică.
doc-copy-note = Aceasta este o traducere ajutătoare pentru beneficiar. Doar textul în limba neerlandeză are valoare juridică.
doc-draft = CIORNĂ
doc-draft-note = Ciornă: încă nu a fost semnată de toți.
doc-earlier-note = Aceasta este o versiune semnată anterior. Planul s-a schimbat după aceea.
doc-not-set = necompletat
doc-facts = Date generale
doc-ocmw = OCMW
doc-client = Beneficiar
doc-worker = Asistent social
doc-type = Tipul planului
doc-type-employment = Orientat spre muncă
doc-type-training = Orientat spre formare sau studii
doc-type-activation = Activare socială
doc-period = Perioada
doc-decision = Decizia privind leefloon (venitul de integrare socială)
doc-partners = Parteneri
doc-support = Alături de beneficiar
doc-topics = Povestea beneficiarului
doc-topic-needs = De ce are nevoie beneficiarul
doc-topic-challenges = Ce este greu acum
doc-topic-goals = Ce vrea beneficiarul să obțină sau să evite
doc-topic-future = Cum își vede beneficiarul viitorul
doc-topic-role = Rolul pe care beneficiarul vrea să îl aibă printre ceilalți oameni
doc-goals = Obiective
doc-goal-domain = Domeniul de viață
doc-goal-period = Perioada
doc-goal-why = De ce contează
doc-actions = Acțiuni
doc-col-what = Ce
doc-col-who = Cine
doc-col-due = Până când
doc-col-evidence = Cum vedem că s-a realizat
doc-who-client = Beneficiarul
doc-who-ocmw = OCMW
doc-who-third = Partener
doc-who-nobody = încă nimeni
doc-origin-catalogue = Ofertă a OCMW
doc-questions = Planul de acțiune
doc-question-client-will-do = Ce face beneficiarul pentru a-și atinge obiectivele?
doc-question-client-expects = Ce așteaptă beneficiarul de la OCMW?
doc-question-ocmw-expects = Ce așteaptă OCMW de la beneficiar?
doc-means = Ce aduce fiecare parte
doc-means-client = Beneficiarul
doc-means-ocmw = OCMW
doc-means-others = Parteneri
doc-evaluations = Când privim înapoi împreună
doc-evaluations-rule = { $count ->
        [one] Cel puțin o dată pe an
        [few] De cel puțin { $count } ori pe an
       *[other] De cel puțin { $count } de ori pe an
    }, dintre care { $inperson ->
        [one] cel puțin o dată
        [few] de cel puțin { $inperson } ori
       *[other] de cel puțin { $inperson } de ori
    } față în față.
doc-eval-in-person = față în față
doc-eval-remote = prin telefon sau video
doc-signatures = Semnături
doc-signatures-intro = Prin semnătură, părțile sunt de acord cu acest plan. Un interpret sau o persoană de încredere semnează ca persoană prezentă, nu ca parte.
doc-fingerprint = Codul de control al textului semnat (SHA-256)
doc-sign-name = Nume
doc-sign-date = Data
doc-sign-place = Localitatea

## Rights and duties, in plain words
rights-title = Drepturi și obligații
rights-agreement = Acest plan este o înțelegere între tine și OCMW. L-ați scris împreună. Prin semnătură, amândouă părțile promit să facă ce scrie în el.
rights-client = Ce faci tu: faci acțiunile trecute în dreptul tău, vii la întâlnirile stabilite și anunți din timp dacă ceva nu merge.
rights-ocmw = Ce face OCMW: te ajută așa cum scrie în acest plan și face acțiunile trecute în dreptul OCMW. Se uită la plan împreună cu tine de cel puțin { $evaluations ->
        [one] o dată
        [few] { $evaluations } ori
       *[other] { $evaluations } de ori
    } pe an, dintre care de cel puțin { $in_person ->
        [one] o dată
        [few] { $in_person } ori
       *[other] { $in_person } de ori
    } într-o discuție față în față.
rights-change = Planul se poate schimba când viața ta se schimbă. Tu și OCMW puteți cere oricând să fie adaptat. Un plan schimbat se semnează din nou.
rights-reflection = Înainte să semnezi, poți cere timp de gândire ({ $reflection ->
        [one] o zi
        [few] { $reflection } zile
       *[other] { $reflection } de zile
    }) și poți lua proiectul acasă. Poți aduce cu tine o persoană pe care o alegi tu.
rights-not-kept = Dacă o înțelegere nu este respectată fără un motiv întemeiat, leefloon poate fi suspendat total sau parțial: cel mult { $sanction ->
        [one] o lună
        [few] { $sanction } luni
       *[other] { $sanction } de luni
    }, sau cel mult { $repeat ->
        [one] o lună
        [few] { $repeat } luni
       *[other] { $repeat } de luni
    } dacă se întâmplă din nou în decurs de un an. Asta nu se întâmplă niciodată fără avertisment: mai întâi primești o scrisoare recomandată.
rights-heard = Ai dreptul ca OCMW să te asculte. Înainte să se ia o decizie, îți poți spune povestea și poți aduce pe cineva care să te ajute.
rights-no-sanction = Nu se aplică nicio sancțiune dacă ai avut un motiv întemeiat sau dacă OCMW nu a respectat ce și-a asumat în acest plan.
rights-interpreter = Dacă nu înțelegi bine discuția sau acest plan, poți cere un interpret.
rights-copy = Primești o copie a acestui plan. Ca ajutor, o poți primi și în limba ta; doar textul în limba neerlandeză are valoare juridică.
rights-appeal = Dacă nu ești de acord cu o decizie a OCMW, poți face contestație la tribunalul muncii (arbeidsrechtbank). Ai pentru asta { $appeal ->
        [one] o lună
        [few] { $appeal } luni
       *[other] { $appeal } de luni
    } din ziua în care ți s-a comunicat decizia.

pad-typed = Nu pot semna de mână: numele meu tastat ține loc de semnătură
pad-typed-hint = Pentru persoanele care nu pot semna de mână. Numele de mai jos apare atunci în chenarul pentru semnătură.

## rules
rights-meeting = Dacă ceri o discuție cu asistentul tău social, discuția trebuie să aibă loc în termen de { $meeting ->
        [one] o zi lucrătoare
        [few] { $meeting } zile lucrătoare
       *[other] { $meeting } de zile lucrătoare
    }.
doc-reflection = Timp de gândire
doc-reflection-until = durează până la
doc-reflection-waived = beneficiarul a renunțat la el pe
sign-inside-reflection = Timpul de gândire durează până la { $date } inclusiv. Cine semnează azi semnează în timpul de gândire. Se poate doar dacă beneficiarul renunță singur la el: atunci notează asta în plan.
## evals
doc-eval-written = în scris
eval-report-title = Raportul unei evaluări a GPMI
eval-report-kind = Cum
eval-report-present = Prezenți
eval-report-fulfils = Moment planificat
eval-report-extra = O evaluare în plus, în afara momentelor planificate
eval-report-rung = Locul pe scara participării
eval-report-rung-same = Nicio schimbare
eval-report-next = Următoarea evaluare
eval-report-next-none = Încă niciun moment următor planificat
eval-report-goals = Cum merg obiectivele
eval-report-notes = Ce s-a schimbat:
eval-report-actions = Acțiunile și cât au avansat
eval-report-col-status = Stare
eval-report-changes = Adăugat sau schimbat de la versiunea anterioară
eval-report-no-changes = Niciun obiectiv sau acțiune adăugat, schimbat sau șters.
eval-report-change-goal-added = Obiectiv nou
eval-report-change-goal-changed = Obiectiv schimbat
eval-report-change-goal-removed = Obiectiv șters
eval-report-change-action-added = Acțiune nouă
eval-report-change-action-changed = Acțiune schimbată
eval-report-change-action-removed = Acțiune ștearsă
eval-report-signatures = Semnarea nu este obligatorie. O semnătură confirmă că acest raport este corect.
eval-report-fingerprint = Codul de control al acestui raport (SHA-256)
## plan
doc-contract = Ce preia OCMW
doc-ocmw-actions = Acțiunile OCMW
doc-domains = Domenii de activitate
doc-ended = Încheiat
doc-moved = Dosar transmis către
sign-ended = Acest plan s-a încheiat. Nu mai poate fi semnat.

## turn
doc-review-no = Traducerea nu a fost încă verificată de un vorbitor nativ.
doc-review-yes = Traducerea a fost verificată de un vorbitor nativ.

## turn2
sign-binding-dutch = Textul obligatoriu, în neerlandeză:

## changes
changes-title = Ce s-a schimbat de la versiunea din { $date }?
changes-intro = Citiți asta împreună înainte de a semna din nou. Doar ce scrie aici diferă de versiunea deja semnată.
changes-now = acum:
changes-was = înainte:
changes-goal-added = Obiectiv nou
changes-goal-removed = Obiectiv eliminat
changes-goal-changed = Obiectiv modificat
changes-goal-period = Altă perioadă pentru obiectiv
changes-action-added = Acțiune nouă
changes-action-removed = Acțiune eliminată
changes-action-what = Acțiune formulată altfel
changes-action-who = Altcineva face acțiunea
changes-action-due = Altă dată pentru acțiune
changes-action-changed = Acțiune modificată
changes-date-decision = Altă dată a deciziei
changes-date-start = Planul începe în altă zi
changes-date-end = Planul se termină în altă zi
changes-evaluation-added = Moment nou de evaluare
changes-evaluation-removed = Moment de evaluare eliminat
changes-evaluation-changed = Moment de evaluare în altă formă
changes-rung = Treaptă nouă pe scară
changes-part-basics = Modificat: tipul planului, OCMW, asistentul social sau numele
changes-part-partners = Modificat: partenerii și sarcinile lor
changes-part-present = Modificat: interpretul sau persoana de încredere
changes-part-topics = Modificat: ce am discutat
changes-part-agreements = Modificat: acordurile și ce aduce fiecare parte
changes-part-contract = Modificat: studii sau costuri plătite de OCMW
changes-part-evaluation-rule = Modificat: câte evaluări pe an
changes-part-other = Modificat: altă parte a planului
doc-changes-title = Anexă: ce s-a schimbat de la versiunea din { $date }
doc-changes-old = Amprenta digitală a versiunii anterioare:
doc-changes-new = Amprenta digitală a acestei versiuni:
doc-strength = Putere
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Rezumat pentru dosar
case-file-intro = Planul ca text simplu în neerlandeză, în ordinea formularului GPMI al POD MI, pentru a fi introdus în programul de înregistrare. Doar ce este în planul semnat: notițele din afara lui nu apar.
case-file-intro-evaluation = Această evaluare ca text simplu în neerlandeză, pentru a fi introdusă în programul de înregistrare. Notițele din afara planului nu apar.
case-file-show = Arată rezumatul
case-file-hide = Ascunde rezumatul
case-file-copy = Copiază
case-file-preview-label = Rezumatul, așa cum va fi copiat
case-file-copied = Copiat. Lipește textul în programul de înregistrare.
case-file-downloaded = Clipboardul nu este disponibil. Textul a fost descărcat ca { $file }.
