# Trede: the GPMI, drafted together (Slovak)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = Plán (GPMI)
plan-title = Integračný projekt (GPMI)
plan-intro = Tento plán píšete spolu. Kroky môžete robiť v poradí, ktoré vám vyhovuje, a prestať, kedykoľvek chcete: všetko sa ukladá počas písania a pokračuje sa tam, kde ste prestali.
plan-undo = Vrátiť späť
plan-redo = Zopakovať
plan-steps-label = Kroky plánu
plan-previous = Späť: { $step }
plan-next = Ďalej: { $step }
plan-choose = Vyberte…
plan-unknown = Zatiaľ neznáme
plan-not-set = zatiaľ nevyplnené
plan-not-filled = zatiaľ nevyplnené
plan-no-owner = zatiaľ nikto
plan-no-date = zatiaľ bez dátumu
plan-unnamed-action = úloha bez popisu

## Steps
plan-step-basics = O pláne
plan-step-topics = Tvoj príbeh
plan-step-goals = Ciele
plan-step-actions = Úlohy
plan-step-agreements = Dohody
plan-step-review = Kontrola
plan-step-evaluations = Vyhodnotenia
plan-step-basics-title = Aký plán a kto sa zapája
plan-step-topics-title = Tvojimi vlastnými slovami
plan-step-goals-title = Čo chceš dosiahnuť?
plan-step-actions-title = Kto čo urobí a dokedy?
plan-step-agreements-title = Na čom sa dohodneme
plan-step-review-title = Spolu si to prečítať
plan-step-evaluations-title = Spolu sa pozrieť späť

## Deadline
plan-deadline-by = OCMW musí uzavrieť tento plán najneskôr { $date }. Lehota po rozhodnutí o leefloon je { $months ->
        [one] { $months } mesiac
        [few] { $months } mesiace
        [many] { $months } mesiaca
       *[other] { $months } mesiacov
    }.
plan-deadline-close = OCMW musí uzavrieť tento plán najneskôr { $date }: { $days ->
        [0] to je dnes.
        [one] zostáva ešte jeden deň.
        [few] zostávajú ešte { $days } dni.
        [many] zostáva ešte { $days } dňa.
       *[other] zostáva ešte { $days } dní.
    }
plan-deadline-past = OCMW mal uzavrieť tento plán najneskôr { $date }, { $days ->
        [one] pred jedným dňom.
        [few] pred { $days } dňami.
        [many] pred { $days } dňa.
       *[other] pred { $days } dňami.
    } Táto lehota uplynula: OCMW teraz čo najskôr dokončí plán spolu s klientom.

## Basics
plan-kind-title = Plán
plan-type-label = Druh plánu
plan-type-employment = Zameraný na prácu
plan-type-training = Zameraný na vzdelávanie alebo štúdium
plan-type-activation = Sociálna aktivizácia
plan-decision-label = Dátum rozhodnutia o leefloon (príjme na sociálnu integráciu)
plan-decision-hint = Plán sa podpisuje do 3 mesiacov od tohto dátumu.
plan-start-label = Plán začína
plan-end-label = Plán končí
plan-period = Obdobie
plan-why-title = Prečo je tu plán
plan-birth-label = Dátum narodenia
plan-birth-hint = Len na zistenie, či je plán povinný.
plan-recent-right-label = Mal klient nárok na sociálnu integráciu v období pred rozhodnutím ({ $months ->
        [one] { $months } mesiac
        [few] { $months } mesiace
        [many] { $months } mesiaca
       *[other] { $months } mesiacov
    })?
plan-recent-right-no = Nie, v tom období nárok nemal
plan-recent-right-yes = Áno, v tom období nárok mal
plan-asked-client = Žiadosť o plán prišla od klienta
plan-asked-ocmw = Žiadosť o plán prišla od OCMW
plan-mandate-required = Plán je povinný, pretože:
plan-mandate-not-required = Podľa pravidiel plán nie je povinný. Na požiadanie ho však možno vypracovať.
plan-mandate-unknown = Vyplň dátum narodenia a či mal klient v predchádzajúcich mesiacoch nárok na sociálnu integráciu. Potom uvidíš, či je plán povinný.
plan-ground-under25 = klient je mladší ako 25 rokov
plan-ground-new = klient v predchádzajúcom období ({ $months ->
        [one] { $months } mesiac
        [few] { $months } mesiace
        [many] { $months } mesiaca
       *[other] { $months } mesiacov
    }) nemal nárok na sociálnu integráciu
plan-ground-client = žiadosť prišla od klienta
plan-ground-ocmw = žiadosť prišla od OCMW
plan-override-label = Úsudok sociálneho pracovníka
plan-override-none = Riadiť sa pravidlami
plan-override-required = Napriek tomu povinný
plan-override-optional = Napriek tomu nepovinný
plan-override-reason = Dôvod tohto úsudku
plan-parties-title = Kto sa zapája
plan-worker-label = Sociálny pracovník
plan-ocmw-label = OCMW
plan-third-legend = Partner { $n }
plan-third-name = Meno alebo názov
plan-third-role = Rola (napríklad dlhový poradca)
plan-third-tasks = Čo tento partner preberá
plan-third-add = Pridať partnera
plan-third-remove = Odobrať tohto partnera
plan-support-label = Niekto po boku klienta
plan-support-none = Nikto
plan-support-interpreter = Tlmočník
plan-support-support = Dôveryhodná osoba
plan-support-name = Meno

## Topics
plan-topics-intro = Zapíšte, čo klient rozpráva, jeho vlastnými slovami. Nič z toho nie je test.
plan-topic-needs = Čo potrebuješ?
plan-topic-needs-hint = Napríklad: pokoj, pokiaľ ide o peniaze, bývanie, opatrovanie detí.
plan-topic-challenges = Čo je pre teba teraz ťažké?
plan-topic-challenges-hint = Veci, ktoré ti stoja v ceste, veľké aj malé.
plan-topic-goals = Čo chceš dosiahnuť alebo čomu sa chceš vyhnúť?
plan-topic-goals-hint = Napríklad: nájsť prácu, žiadne nové dlhy.
plan-topic-future = Ako vidíš svoju budúcnosť?
plan-topic-future-hint = Kde chceš byť o rok alebo o dva?
plan-topic-role = Akú úlohu chceš mať medzi inými ľuďmi?
plan-topic-role-hint = Pre seba aj pre druhých: v práci, v susedstve, doma.

## Goals
plan-goals-intro = Stačí zopár cieľov. Pri každom cieli je napísané, prečo je pre teba dôležitý.
plan-goals-empty = Zatiaľ žiadne ciele. Pridáme prvý?
plan-goal-legend = Cieľ { $n }
plan-goal-title = Cieľ
plan-goal-domain = Oblasť života
plan-goal-from = Od
plan-goal-until = Do
plan-goal-why = Prečo je to pre teba dôležité?
plan-goal-add = Pridať cieľ
plan-goal-remove = Odobrať tento cieľ

## Actions
plan-actions-intro = Malé, konkrétne kroky. Každý krok má niekoho, kto ho preberá, a dátum.
plan-actions-empty = Zatiaľ žiadne úlohy. Pridáme prvú?
plan-action-legend = Úloha { $n }
plan-action-what = Čo sa urobí?
plan-action-owner = Kto to preberá?
plan-action-due = Dokedy?
plan-action-status = Ako to ide?
plan-action-stop-reason = Prečo sa to zastavilo?
plan-action-evidence = Ako uvidíme, že sa to stalo?
plan-action-goal = Pre ktorý cieľ?
plan-action-no-goal = Žiadny konkrétny cieľ
plan-action-add = Pridať úlohu
plan-action-remove = Odobrať túto úlohu
plan-owner-client = Klient
plan-owner-ocmw = OCMW
plan-owner-third = Partner
plan-status-planned = Naplánované
plan-status-busy = Prebieha
plan-status-done = Hotové
plan-status-stopped = Zastavené
plan-origin-free = Napísané spolu
plan-origin-self-check = Zo sebahodnotenia: { $domain }
plan-origin-catalogue = Ponuka: { $offer }

## Agreements
plan-questions-title = Akčný plán
plan-question-client-will-do = Čo urobíš ty, aby sa tvoje ciele splnili?
plan-question-client-expects = Čo očakávaš od OCMW?
plan-question-ocmw-expects = Čo očakáva OCMW od teba?
plan-means-title = Čím prispieva každá strana
plan-means-intro = Čas, peniaze, pomoc, rozhovory: k čomu sa každá strana zaväzuje.
plan-means-client = Klient
plan-means-ocmw = OCMW
plan-means-others = Partneri
plan-rights-title = Tvoje práva a povinnosti
plan-rights-1 = Tento plán je dohoda medzi tebou a OCMW. Obe strany ho podpisujú a obe dodržia slovo.
plan-rights-2 = Pred podpisom môžeš požiadať o čas na rozmyslenie: { $reflection ->
        [one] { $reflection } deň
        [few] { $reflection } dni
        [many] { $reflection } dňa
       *[other] { $reflection } dní
    }. Môžeš si so sebou priviesť niekoho, koho si vyberieš.
plan-rights-3 = Plán si spolu prejdeme aspoň { $evaluations ->
        [one] raz
       *[other] { $evaluations }-krát
    } do roka, z toho aspoň { $in_person ->
        [one] raz
       *[other] { $in_person }-krát
    } pri osobnom stretnutí. Plán sa môže meniť spolu s tvojou situáciou.
plan-rights-4 = Ak sa dohody bez dobrého dôvodu nedodržia, leefloon môžu úplne alebo čiastočne pozastaviť: najviac na { $sanction ->
        [one] { $sanction } mesiac
        [few] { $sanction } mesiace
        [many] { $sanction } mesiaca
       *[other] { $sanction } mesiacov
    }, alebo najviac na { $repeat ->
        [one] { $repeat } mesiac
        [few] { $repeat } mesiace
        [many] { $repeat } mesiaca
       *[other] { $repeat } mesiacov
    }, ak sa to do roka stane znova. Najprv dostaneš doporučený list a máš právo byť vypočutý, skôr než sa niečo rozhodne.
plan-rights-5 = Ak OCMW nedodržalo svoje vlastné dohody, sankcia nebude.
plan-rights-6 = Ak nesúhlasíš s rozhodnutím, môžeš sa odvolať na pracovný súd (arbeidsrechtbank). Máš na to { $appeal ->
        [one] { $appeal } mesiac
        [few] { $appeal } mesiace
        [many] { $appeal } mesiaca
       *[other] { $appeal } mesiacov
    } odo dňa, keď ti rozhodnutie oznámili.

## Review
plan-ready-title = Pripravené na podpis?
plan-ready-ok = Je tam všetko potrebné. Plán je pripravený na podpis.
plan-ready-missing = { $count ->
        [one] Ešte chýba jedna vec:
        [few] Ešte chýbajú { $count } veci:
        [many] Ešte chýba { $count } veci:
       *[other] Ešte chýba { $count } vecí:
    }
plan-ready-never-blocks = Všetko je aj tak už uložené; môžeš to dokončiť neskôr.
plan-missing-type = druh plánu
plan-missing-start = dátum začiatku
plan-missing-worker = meno sociálneho pracovníka
plan-missing-ocmw = názov OCMW
plan-missing-third-name = meno alebo názov partnera
plan-missing-goal = aspoň jeden cieľ
plan-missing-goal-title = cieľ bez popisu
plan-missing-action = aspoň jedna úloha
plan-missing-action-what = úloha bez popisu
plan-missing-action-owner = kto preberá úlohu „{ $what }“
plan-missing-action-date = dátum pre úlohu „{ $what }“
plan-missing-evaluation = termíny vyhodnotenia
plan-missing-evaluation-count = dosť termínov vyhodnotenia: aspoň { $total } { $months ->
        [12] ročne
        [one] za jeden mesiac
        [few] za { $months } mesiace
       *[other] za { $months } mesiacov
    }, z toho { $in_person } osobne
plan-go-evaluations = Naplánovať vyhodnotenia
plan-sign-title = Čas na rozmyslenie a podpis
plan-reflection-hint =
    Klient si pred podpisom môže vziať { $days ->
        [one] { $days } pracovný deň
        [few] { $days } pracovné dni
        [many] { $days } pracovného dňa
       *[other] { $days } pracovných dní
    } na rozmyslenie.
plan-reflection-label = Čas na rozmyslenie vyžiadaný dňa
plan-reflection-until = Čas na rozmyslenie trvá do { $date }.
plan-signed-label = Podpísané dňa
plan-summary-title = Celý plán

## Evaluations
plan-schedule-title = Termíny vyhodnotenia
plan-schedule-rule = Aspoň { $count } ročne, z toho { $inperson } osobne.
plan-schedule-needs-start = Najprv vyplňte dátum začiatku; potom je možné navrhnúť termíny.
plan-schedule-propose = Navrhnúť termíny vyhodnotenia
plan-schedule-remove = Odobrať
plan-schedule-remove-label = Odobrať termín z { $date }
plan-eval-status-done = uskutočnené
plan-eval-status-due = { $days ->
        [0] dnes
        [one] o 1 deň
        [few] o { $days } dni
        [many] o { $days } dňa
       *[other] o { $days } dní
    }
plan-eval-status-overdue = { $days ->
        [one] 1 deň po termíne
        [few] { $days } dni po termíne
        [many] { $days } dňa po termíne
       *[other] { $days } dní po termíne
    }
plan-eval-status-later = neskôr
plan-record-title = Zapísať vyhodnotenie
plan-eval-date = Dátum
plan-eval-date-missing = Vyplňte dátum vyhodnotenia.
plan-eval-present = Kto bol prítomný
plan-eval-goal = Ako napreduje „{ $goal }“?
plan-progress-not-started = Ešte nezačaté
plan-progress-on-track = Podľa plánu
plan-progress-reached = Dosiahnuté
plan-progress-adjusted = Upravené
plan-progress-stopped = Zastavené
plan-eval-changes = Čo sa zmenilo
plan-eval-changes-hint = Napríklad ďalšia dohoda alebo dočasne iné zameranie.
plan-eval-rung = Miesto na rebríku teraz
plan-eval-rung-same = Bez zmeny
plan-eval-save = Uložiť vyhodnotenie
plan-history-title = Doterajšie vyhodnotenia
plan-history-empty = Zatiaľ žiadne vyhodnotenia.
plan-eval-new-rung = Nové miesto na rebríku: { $rung }
plan-eval-version = Plán v tom čase

plan-reflection-hint-calendar =
    Klient si pred podpisom môže vziať { $days ->
        [one] { $days } kalendárny deň
        [few] { $days } kalendárne dni
        [many] { $days } kalendárneho dňa
       *[other] { $days } kalendárnych dní
    } na rozmyslenie.
plan-reflection-count-label = Čas na rozmyslenie počítať v
plan-reflection-count-working = pracovných dňoch (pondelok až piatok)
plan-reflection-count-calendar = kalendárnych dňoch

## rules
plan-rights-meeting = Ak požiadaš o rozhovor so svojím sociálnym pracovníkom, ten rozhovor sa musí uskutočniť v lehote: { $meeting ->
        [one] { $meeting } pracovný deň
        [few] { $meeting } pracovné dni
        [many] { $meeting } pracovného dňa
       *[other] { $meeting } pracovných dní
    }.
plan-rights-change = Kedykoľvek môžeš požiadať o zmenu plánu.
plan-part-time-top-up = Pracuje na čiastočný úväzok a dostáva doplatok leefloon
plan-part-time-rule-label = Pravidlo tohto OCMW pri práci na čiastočný úväzok s doplatkom leefloon
plan-part-time-rule-required = Plán je povinný (ako v OCMW Ostende)
plan-part-time-rule-optional = Plán iba na požiadanie (ako v bruselských príručkách)
plan-ground-part-time = klient pracuje na čiastočný úväzok a dostáva doplatok leefloon
plan-ground-studies = klient so súhlasom OCMW študuje denne
plan-mandate-exempted = OCMW rozhodlo o oslobodení zo zdravotných dôvodov alebo z dôvodov spravodlivosti. Plán je stále možný, ak oň klient požiada.
plan-exemption-label = Oslobodenie od OCMW
plan-exemption-none = Bez oslobodenia
plan-exemption-health = Zo zdravotných dôvodov
plan-exemption-equity = Z dôvodov spravodlivosti
plan-exemption-date = Dátum rozhodnutia
plan-exemption-reason = Odôvodnenie rozhodnutia
plan-exemption-date-missing = Dátum rozhodnutia ešte chýba.
plan-exemption-reason-missing = Odôvodnenie rozhodnutia ešte chýba.
plan-exemption-ladder = Rebrík ukazuje toto rozhodnutie pri stave „oslobodenie“.
plan-reflection-waived-label = Klient sa vzdal času na rozmyslenie dňa
plan-reflection-waived-hint = Vyplň iba vtedy, ak sa klient sám rozhodol podpísať skôr.
plan-signed-inside-reflection = Plán bol podpísaný počas času na rozmyslenie a nie je zapísané, že sa ho klient vzdal. Opýtaj sa a zapíš to, alebo podpíšte znova po čase na rozmyslenie.
## evals
plan-eval-kind-in-person = osobne
plan-eval-kind-written = písomne
plan-eval-kind-phone-or-video = telefonicky alebo cez video
plan-eval-kind-label = Ako prebehlo vyhodnotenie
plan-eval-link = Ktorý plánovaný termín to je
plan-eval-link-none = Bez plánovaného termínu: vyhodnotenie navyše
plan-eval-kind-mismatch = Plánované: { $planned }, uskutočnené: { $held }. Počíta sa ako { $held }.
plan-eval-date-future = Tento dátum je po dnešku. Vyberte deň, keď sa vyhodnotenie uskutočnilo.
plan-eval-rung-to-ladder = Nové miesto pribudne aj na rebríku, s dátumom tohto vyhodnotenia.
plan-year-line = Rok { $year } ({ $from } – { $until }): uskutočnené { $held } (osobne: { $heldinperson }), ešte naplánované { $planned } (osobne: { $plannedinperson }). Treba: { $total }, z toho osobne: { $inperson }.
plan-year-met = V poriadku.
plan-year-on-track = Dosiahnuteľné s tým, čo je naplánované.
plan-year-short = S tým, čo je naplánované teraz, tento rok nedosiahne minimum. Naplánujte ešte jeden termín.
plan-year-missed = Tento rok skončil a nedosiahol minimum.
plan-eval-print = Vytlačiť správu
plan-rules-evals-title = Nastavenia vyhodnotení
plan-rules-link-margin = Vyhodnotenie sa počíta pre plánovaný termín najviac o toľkoto dní neskôr
plan-rules-link-margin-error = Vyberte číslo od 0 do { $max }.
plan-rules-short-year = Minimum pre plán alebo časť roka kratšie ako dvanásť mesiacov
plan-rules-short-year-proportional = pomerne k mesiacom (zaokrúhlené nahor)
plan-rules-short-year-full-year = celé ročné minimum
## plan
plan-type-studies = Denné štúdium (GPMI študenta)
plan-orientations-label = Zameraný na (jedno alebo viac)
plan-present-name-interpreter = Meno tlmočníka
plan-present-name-support = Meno dôveryhodnej osoby
plan-studies-title = Štúdium
plan-studies-intro = Kto so súhlasom OCMW študuje denne, má vždy GPMI. Vyplňte školu, odbor a dĺžku, a čo sľubuje každá strana.
plan-studies-school = Škola alebo vysoká škola
plan-studies-direction = Študijný odbor
plan-studies-duration = Dĺžka štúdia
plan-studies-student = Študent sľubuje
plan-student-attend = chodiť na vyučovanie
plan-student-exams = robiť skúšky
plan-student-results = odovzdávať výsledky OCMW
plan-student-holiday-job = byť k dispozícii na študentskú prácu počas prázdnin, pokiaľ to štúdium dovolí
plan-studies-other = Iné dohody pre študenta
plan-studies-ocmw = Čo sľubuje OCMW (napríklad ktoré školské náklady platí)
plan-costs-title = Náklady, ktoré platí OCMW
plan-costs-intro = Pre vzdelávanie alebo aktivitu: ktoré náklady preberá OCMW?
plan-cost-registration = zápisné
plan-cost-insurance = poistenie
plan-cost-work-clothes = pracovné oblečenie
plan-cost-travel = cestovné náklady
plan-costs-other = Iné náklady
plan-costs-none = Žiadne náklady sa netýkajú
plan-explained-title = Vysvetlenie klientovi
plan-explained-on = Obsah, dosah a dôsledky vysvetlené dňa { $date }
plan-explained-record = Dnes som plán vysvetlil(a)
plan-end-title = Ukončenie plánu
plan-end-intro = Ukončený plán sa dá stále čítať a tlačiť, ale už nie meniť ani podpísať.
plan-end-kind = Ako sa plán končí
plan-end-successful = Úspešne: ciele sa dosiahli
plan-end-early = Zastavený skôr
plan-end-right-ended = Právo na sociálnu integráciu skončilo
plan-end-date = Dátum ukončenia
plan-end-reason = Dôvod
plan-end-confirm = Ukončiť plán
plan-end-need-kind = Vyberte, ako sa plán končí.
plan-end-need-date = Vyplňte dátum ukončenia.
plan-end-need-reason = Napíšte, prečo sa plán končí skôr.
plan-ended = Tento plán bol ukončený dňa { $date }: { $kind }.
plan-ended-hint = Plán môžete stále čítať a tlačiť. Meniť ani podpísať ho už nemožno.
plan-move-title = Presťahovanie do iného OCMW
plan-move-ocmw = Nové OCMW
plan-move-consent = Klient súhlasil s odovzdaním spisu dňa
plan-move-export = Exportovať spis pre nové OCMW
plan-move-needs-consent = Vyplňte nové OCMW a dátum súhlasu. Bez súhlasu spis neodovzdávajte.
plan-missing-studies = škola, odbor a dĺžka štúdia
plan-missing-end = dátum ukončenia
plan-missing-end-order = dátum ukončenia po dátume začiatku
plan-missing-domain = životná oblasť cieľov
plan-missing-ocmw-commitment = čo sľubuje OCMW (akcia OCMW alebo čo OCMW prináša)
plan-missing-costs = ktoré náklady platí OCMW, alebo že žiadne nie sú
plan-missing-explained = dátum, keď ste vysvetlili obsah, dosah a dôsledky
plan-missing-explained-again = plán sa po vysvetlení zmenil: vysvetlite ho znova
plan-origin-catalogue-from = Ponuka: { $offer } (z { $catalogue }, vydanie { $edition })

## strength
plan-strength-label = Kto to hlavne nesie? (kompas síl)
plan-strength-client = Hlavne sám klient
plan-strength-network = S pomocou blízkych
plan-strength-professional = S odbornou pomocou
