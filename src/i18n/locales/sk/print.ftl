# Trede: signing and printing (Slovak)
# The Dutch text of the plan is the binding one; this is a help translation. Tone: plain words, honest, never threatening.
# Worker screens and the signing pad: "vy" (several people sign on it). Buttons: infinitive. rights-*: the client, "ty".

sign-view = Podpis
print-view = Tlač

## Signing
sign-title = Podpísanie plánu
sign-intro = Najprv si plán spolu prečítajte. Kto sa zapája, podpíše sa tu na tablete, rovnako ako na papieri: prstom, dotykovým perom alebo myšou.
sign-reflection = Chce si to klient najprv premyslieť? Vytlačte mu návrh, ktorý si môže zobrať domov. Podpísať sa dá aj neskôr.
sign-fingerprint = Kontrolný kód tejto verzie
sign-fingerprint-hint = Tento kód patrí presne k tomuto textu. Ak sa v pláne niečo zmení, zmení sa aj kód.
sign-state-unsigned = Túto verziu plánu zatiaľ nikto nepodpísal.
sign-state-partly = Ešte chýba podpis: { $names }
sign-state-complete = Všetci, ktorí majú podpísať, už podpísali.
sign-outdated = Plán sa zmenil po tom, ako bol podpísaný. Tieto podpisy patria k staršej verzii; stále sa dajú prečítať a vytlačiť. Túto verziu treba podpísať znova.
sign-not-ready = Plán ešte nie je celkom pripravený na podpis. Čo ešte chýba, nájdete v kroku „Kontrola“.
sign-go-review = Prejsť na krok „Kontrola“
sign-go-print = Prejsť na ukážku tlače
sign-parties-title = Kto podpisuje
sign-present-title = Ďalší prítomní (podpis nie je povinný)
sign-as-party = Podpisuje ako strana
sign-as-present = Podpisuje ako prítomná osoba, nie ako strana
sign-role-client = Klient
sign-role-worker = Sociálny pracovník za OCMW
sign-role-third = Partner
sign-role-interpreter = Tlmočník
sign-role-support = Dôveryhodná osoba
sign-start = Podpísať
sign-again = Podpísať znova
sign-withdraw = Odstrániť podpis
sign-signed = Podpísané { $date }
sign-signed-at = Podpísané { $date } v { $place }
sign-not-signed = Zatiaľ nepodpísané
sign-earlier-title = Skôr podpísané verzie
sign-earlier-item = Verzia { $fingerprint }, podpisy: { $names }
sign-show-version = Zobraziť túto verziu

## The signing area
pad-area = Pole na podpis
pad-hint = Podpíšte sa do poľa prstom, dotykovým perom alebo myšou.
pad-empty = Pole je zatiaľ prázdne.
pad-drawn = V poli je podpis.
pad-undo = Odstrániť poslednú čiaru
pad-clear = Vymazať všetko
pad-name = Meno
pad-date = Dátum
pad-place = Miesto
pad-save = Uložiť podpis
pad-cancel = Zrušiť
sign-problem-name = Vyplňte meno.
sign-problem-strokes = Najprv sa podpíšte do poľa.
sign-problem-too-long = Tento podpis je príliš dlhý. Vymažte ho a podpíšte sa trochu jednoduchšie.
sign-problem-unknown = Tento partner už v pláne nie je.

## Printing
print-title = Tlač
print-intro = Plán vo formáte A4 na odovzdanie alebo na podpis na papieri. Tlač funguje aj bez internetu; ak chcete súbor, vyberte „Uložiť ako PDF“.
print-version-label = Ktorá verzia
print-version-current = Plán v súčasnej podobe
print-version-round = Podpísaná verzia { $fingerprint }
print-both = Vytlačiť (holandčina + { $lang })
print-client = Vytlačiť kópiu pre klienta (len { $lang })
print-dutch = Vytlačiť (holandčina)
print-mode-label = Čo sa zobrazuje
print-mode-both = Holandčina s pomocným prekladom
print-mode-client = Kópia pre klienta
print-no-translation = Pre jazyk { $lang } zatiaľ nie je preklad. Plán sa vytlačí v holandčine.
print-preview-label = Ukážka tlače

## The printed plan
doc-title = Individualizovaný projekt sociálnej integrácie (GPMI)
doc-subtitle = Dohoda medzi klientom a OCMW
doc-binding-note = Pomocný preklad. Záväzné je znenie v holandčine.
doc-copy-note = Toto je pomocný preklad pre klienta. Záväzné je znenie v holandčine.
doc-draft = NÁVRH
doc-draft-note = Návrh: ešte ho nepodpísali všetci.
doc-earlier-note = Toto je skôr podpísaná verzia. Plán sa potom zmenil.
doc-not-set = nevyplnené
doc-facts = Údaje
doc-ocmw = OCMW
doc-client = Klient
doc-worker = Sociálny pracovník
doc-type = Druh plánu
doc-type-employment = Zameraný na prácu
doc-type-training = Zameraný na vzdelávanie alebo štúdium
doc-type-activation = Sociálna aktivizácia
doc-period = Obdobie
doc-decision = Rozhodnutie o leefloon (príjme na sociálnu integráciu)
doc-partners = Partneri
doc-support = Po boku klienta
doc-topics = Príbeh klienta
doc-topic-needs = Čo klient potrebuje
doc-topic-challenges = Čo je teraz ťažké
doc-topic-goals = Čo chce klient dosiahnuť alebo čomu sa chce vyhnúť
doc-topic-future = Ako klient vidí budúcnosť
doc-topic-role = Akú úlohu chce mať klient medzi inými ľuďmi
doc-goals = Ciele
doc-goal-domain = Oblasť života
doc-goal-period = Obdobie
doc-goal-why = Prečo je to dôležité
doc-actions = Úlohy
doc-col-what = Čo
doc-col-who = Kto
doc-col-due = Dokedy
doc-col-evidence = Ako uvidíme, že sa to stalo
doc-who-client = Klient
doc-who-ocmw = OCMW
doc-who-third = Partner
doc-who-nobody = zatiaľ nikto
doc-origin-catalogue = Ponuka OCMW
doc-questions = Akčný plán
doc-question-client-will-do = Čo urobí klient na dosiahnutie cieľov?
doc-question-client-expects = Čo očakáva klient od OCMW?
doc-question-ocmw-expects = Čo očakáva OCMW od klienta?
doc-means = Čím prispieva každá strana
doc-means-client = Klient
doc-means-ocmw = OCMW
doc-means-others = Partneri
doc-evaluations = Kedy sa spolu pozrieme späť
doc-evaluations-rule = Aspoň { $count }-krát ročne, z toho aspoň { $inperson }-krát osobne.
doc-eval-in-person = osobne
doc-eval-remote = telefonicky alebo cez video
doc-signatures = Podpisy
doc-signatures-intro = Svojím podpisom strany súhlasia s týmto plánom. Tlmočník alebo dôveryhodná osoba podpisuje ako prítomná osoba, nie ako strana.
doc-fingerprint = Kontrolný kód podpísaného textu (SHA-256)
doc-sign-name = Meno
doc-sign-date = Dátum
doc-sign-place = Miesto

## Rights and duties, in plain words
rights-title = Práva a povinnosti
rights-agreement = Tento plán je dohoda medzi tebou a OCMW. Napísali ste ho spolu. Podpisom obe strany sľubujú, že urobia, čo sa v ňom píše.
rights-client = Čo robíš ty: robíš úlohy, ktoré sú v pláne pri tebe, prichádzaš na dohodnuté stretnutia a včas dáš vedieť, keď sa niečo nedarí.
rights-ocmw = Čo robí OCMW: pomáha ti tak, ako je napísané v tomto pláne, a robí úlohy, ktoré sú v pláne pri OCMW. Aspoň { $evaluations ->
        [one] raz
       *[other] { $evaluations }-krát
    } do roka sa s tebou na plán pozrie, z toho aspoň { $in_person ->
        [one] raz
       *[other] { $in_person }-krát
    } pri osobnom rozhovore.
rights-change = Plán sa môže zmeniť, keď sa zmení tvoj život. Ty aj OCMW môžete kedykoľvek požiadať o jeho úpravu. Zmenený plán sa podpisuje znova.
rights-reflection = Pred podpisom môžeš požiadať o čas na rozmyslenie ({ $reflection ->
        [one] { $reflection } deň
        [few] { $reflection } dni
        [many] { $reflection } dňa
       *[other] { $reflection } dní
    }) a zobrať si návrh domov. Môžeš si so sebou priviesť niekoho, koho si vyberieš.
rights-not-kept = Ak sa dohoda bez dobrého dôvodu nedodrží, leefloon môžu úplne alebo čiastočne pozastaviť: najviac na { $sanction ->
        [one] { $sanction } mesiac
        [few] { $sanction } mesiace
        [many] { $sanction } mesiaca
       *[other] { $sanction } mesiacov
    }, alebo najviac na { $repeat ->
        [one] { $repeat } mesiac
        [few] { $repeat } mesiace
        [many] { $repeat } mesiaca
       *[other] { $repeat } mesiacov
    }, ak sa to do roka stane znova. Nikdy sa to nestane bez varovania: najprv dostaneš doporučený list.
rights-heard = Máš právo, aby ťa OCMW vypočulo. Predtým, ako padne rozhodnutie, môžeš povedať, ako to vidíš ty, a priviesť si niekoho, kto ti pomôže.
rights-no-sanction = Sankcia nebude, ak na to bol dobrý dôvod, alebo ak OCMW nedodržalo to, k čomu sa v tomto pláne samo zaviazalo.
rights-interpreter = Ak dobre nerozumieš rozhovoru alebo tomuto plánu, môžeš požiadať o tlmočníka.
rights-copy = Dostaneš kópiu tohto plánu. Ako pomoc ju môžeš dostať aj vo svojom jazyku; záväzné je znenie v holandčine.
rights-appeal = Ak nesúhlasíš s rozhodnutím OCMW, môžeš sa odvolať na pracovný súd (arbeidsrechtbank). Máš na to { $appeal ->
        [one] { $appeal } mesiac
        [few] { $appeal } mesiace
        [many] { $appeal } mesiaca
       *[other] { $appeal } mesiacov
    } odo dňa, keď ti rozhodnutie oznámili.

pad-typed = Nemôžem sa podpísať rukou: moje napísané meno platí ako podpis
pad-typed-hint = Pre toho, kto sa nemôže podpísať rukou. Meno uvedené nižšie sa potom zobrazí v poli na podpis.

## rules
rights-meeting = Ak požiadaš o rozhovor so svojím sociálnym pracovníkom, ten rozhovor sa musí uskutočniť v lehote: { $meeting ->
        [one] { $meeting } pracovný deň
        [few] { $meeting } pracovné dni
        [many] { $meeting } pracovného dňa
       *[other] { $meeting } pracovných dní
    }.
doc-reflection = Čas na rozmyslenie
doc-reflection-until = trvá do
doc-reflection-waived = klient sa ho vzdal dňa
sign-inside-reflection = Čas na rozmyslenie trvá do { $date } vrátane. Kto podpisuje dnes, podpisuje počas času na rozmyslenie. Je to možné iba vtedy, ak sa ho klient sám vzdá: potom to zapíš do plánu.
## evals
doc-eval-written = písomne
eval-report-title = Správa o vyhodnotení GPMI
eval-report-kind = Ako
eval-report-present = Prítomní
eval-report-fulfils = Plánovaný termín
eval-report-extra = Vyhodnotenie navyše, mimo plánovaných termínov
eval-report-rung = Miesto na rebríku účasti
eval-report-rung-same = Bez zmeny
eval-report-next = Ďalšie vyhodnotenie
eval-report-next-none = Ďalší termín zatiaľ nie je naplánovaný
eval-report-goals = Ako napredujú ciele
eval-report-notes = Čo sa zmenilo:
eval-report-actions = Úlohy a ako ďaleko sú
eval-report-col-status = Stav
eval-report-changes = Pridané alebo zmenené od predchádzajúcej verzie
eval-report-no-changes = Žiadne ciele ani úlohy neboli pridané, zmenené ani vypustené.
eval-report-change-goal-added = Nový cieľ
eval-report-change-goal-changed = Cieľ zmenený
eval-report-change-goal-removed = Cieľ vypustený
eval-report-change-action-added = Nová úloha
eval-report-change-action-changed = Úloha zmenená
eval-report-change-action-removed = Úloha vypustená
eval-report-signatures = Podpis nie je povinný. Podpis potvrdzuje, že táto správa je správna.
eval-report-fingerprint = Kontrolný kód tejto správy (SHA-256)
## plan
doc-contract = Čo preberá OCMW
doc-ocmw-actions = Akcie OCMW
doc-domains = Oblasti činnosti
doc-ended = Ukončený
doc-moved = Spis odovzdaný
sign-ended = Tento plán je ukončený. Už sa nedá podpísať.

## turn
doc-review-no = Preklad ešte neskontroloval rodený hovoriaci.
doc-review-yes = Preklad skontroloval rodený hovoriaci.

## turn2
sign-binding-dutch = Záväzný text, v holandčine:

## changes
changes-title = Čo sa zmenilo od verzie z { $date }?
changes-intro = Prečítajte si to spolu, kým znova podpíšete. Od už podpísanej verzie sa líši iba to, čo je napísané tu.
changes-now = teraz:
changes-was = predtým:
changes-goal-added = Nový cieľ
changes-goal-removed = Cieľ odstránený
changes-goal-changed = Cieľ zmenený
changes-goal-period = Iné obdobie pre cieľ
changes-action-added = Nová činnosť
changes-action-removed = Činnosť odstránená
changes-action-what = Činnosť inak sformulovaná
changes-action-who = Činnosť robí niekto iný
changes-action-due = Iný dátum pre činnosť
changes-action-changed = Činnosť zmenená
changes-date-decision = Iný dátum rozhodnutia
changes-date-start = Plán sa začína v iný deň
changes-date-end = Plán sa končí v iný deň
changes-evaluation-added = Nový termín hodnotenia
changes-evaluation-removed = Termín hodnotenia odstránený
changes-evaluation-changed = Hodnotenie v inej forme
changes-rung = Nová priečka na rebríku
changes-part-basics = Zmenené: druh plánu, OCMW, sociálny pracovník alebo meno
changes-part-partners = Zmenené: partneri a ich úlohy
changes-part-present = Zmenené: tlmočník alebo dôverník
changes-part-topics = Zmenené: o čom sme hovorili
changes-part-agreements = Zmenené: dohody a čo prináša každá strana
changes-part-contract = Zmenené: štúdium alebo náklady, ktoré platí OCMW
changes-part-evaluation-rule = Zmenené: koľko hodnotení za rok
changes-part-other = Zmenené: iná časť plánu
doc-changes-title = Príloha: čo sa zmenilo od verzie z { $date }
doc-changes-old = Digitálny odtlačok predchádzajúcej verzie:
doc-changes-new = Digitálny odtlačok tejto verzie:
doc-strength = Sila
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Zhrnutie pre spis
case-file-intro = Plán ako obyčajný text v holandčine, v poradí formulára GPMI od POD MI, na prepísanie do registračného softvéru. Len to, čo je v podpísanom pláne: poznámky mimo neho sa neuvádzajú.
case-file-intro-evaluation = Toto hodnotenie ako obyčajný text v holandčine, na prepísanie do registračného softvéru. Poznámky mimo plánu sa neuvádzajú.
case-file-show = Zobraziť zhrnutie
case-file-hide = Skryť zhrnutie
case-file-copy = Kopírovať
case-file-preview-label = Zhrnutie tak, ako sa skopíruje
case-file-copied = Skopírované. Vložte text do registračného softvéru.
case-file-downloaded = Schránka nie je k dispozícii. Text sa stiahol ako { $file }.
