# Trede: het GPMI, samen opgesteld (Nederlands)
# Toon: uitnodigend, eenvoudige woorden. Sancties eerlijk benoemd, zonder dreiging.

plan-view = Plan (GPMI)
plan-title = Het integratieproject (GPMI)
plan-intro = Jullie schrijven dit plan samen. Doe de stappen in de volgorde die past en stop wanneer je wil: alles wordt bewaard terwijl je typt en gaat verder waar je was.
plan-undo = Ongedaan maken
plan-redo = Opnieuw doen
plan-steps-label = Stappen van het plan
plan-previous = Terug: { $step }
plan-next = Verder: { $step }
plan-choose = Kies…
plan-unknown = Nog niet gekend
plan-not-set = nog niet ingevuld
plan-not-filled = nog niet ingevuld
plan-no-owner = nog niemand
plan-no-date = nog geen datum
plan-unnamed-action = een actie zonder omschrijving

## Steps
plan-step-basics = Over het plan
plan-step-topics = Jouw verhaal
plan-step-goals = Doelen
plan-step-actions = Acties
plan-step-agreements = Afspraken
plan-step-review = Nalezen
plan-step-evaluations = Evaluaties
plan-step-basics-title = Welk plan, en wie doet mee
plan-step-topics-title = In je eigen woorden
plan-step-goals-title = Wat wil je bereiken?
plan-step-actions-title = Wie doet wat, en tegen wanneer?
plan-step-agreements-title = Wat we afspreken
plan-step-review-title = Samen nalezen
plan-step-evaluations-title = Samen terugkijken

## Deadline
plan-deadline-by = Het OCMW moet dit plan afsluiten binnen { $months ->
        [one] één maand
       *[other] { $months } maanden
    } na de beslissing over het leefloon, dus uiterlijk op { $date }.
plan-deadline-close = Het OCMW moet dit plan uiterlijk op { $date } afsluiten: { $days ->
        [0] dat is vandaag.
        [one] nog één dag.
       *[other] nog { $days } dagen.
    }
plan-deadline-past = Het OCMW moest dit plan uiterlijk op { $date } afsluiten, { $days ->
        [one] één dag geleden.
       *[other] { $days } dagen geleden.
    } Die termijn is voorbij: het OCMW werkt het plan nu zo snel mogelijk samen met de cliënt af.

## Basics
plan-kind-title = Het plan
plan-type-label = Soort plan
plan-type-employment = Gericht op werk
plan-type-training = Gericht op opleiding of studie
plan-type-activation = Sociale activering
plan-decision-label = Datum van de beslissing over het leefloon
plan-decision-hint = Het plan wordt getekend binnen 3 maanden na deze datum.
plan-start-label = Het plan begint op
plan-end-label = Het plan eindigt op
plan-period = Periode
plan-why-title = Waarom er een plan is
plan-birth-label = Geboortedatum
plan-birth-hint = Enkel om te zien of het plan verplicht is.
plan-recent-right-label = Had de cliënt recht op maatschappelijke integratie in de { $months ->
        [one] één maand
       *[other] { $months } maanden
    } voor de beslissing?
plan-recent-right-no = Nee, geen recht in die periode
plan-recent-right-yes = Ja, wel recht in die periode
plan-asked-client = De cliënt vroeg om een plan
plan-asked-ocmw = Het OCMW vroeg om een plan
plan-mandate-required = Een plan is verplicht, omdat:
plan-mandate-not-required = Volgens de regels is een plan niet verplicht. Op vraag kan het wel.
plan-mandate-unknown = Vul de geboortedatum in en of de cliënt in de maanden ervoor recht had op maatschappelijke integratie. Dan zie je of een plan verplicht is.
plan-ground-under25 = de cliënt jonger is dan 25
plan-ground-new = de cliënt in de { $months ->
        [one] één maand
       *[other] { $months } maanden
    } ervoor geen recht op maatschappelijke integratie had
plan-ground-client = de cliënt erom vroeg
plan-ground-ocmw = het OCMW erom vroeg
plan-override-label = Oordeel van de maatschappelijk werker
plan-override-none = De regels volgen
plan-override-required = Toch verplicht
plan-override-optional = Toch niet verplicht
plan-override-reason = Reden voor dit oordeel
plan-parties-title = Wie doet mee
plan-worker-label = Maatschappelijk werker
plan-ocmw-label = OCMW
plan-third-legend = Partner { $n }
plan-third-name = Naam
plan-third-role = Rol (bijvoorbeeld schuldbemiddelaar)
plan-third-tasks = Wat deze partner op zich neemt
plan-third-add = Partner toevoegen
plan-third-remove = Deze partner weghalen
plan-support-label = Iemand naast de cliënt
plan-support-none = Niemand
plan-support-interpreter = Een tolk
plan-support-support = Een vertrouwenspersoon
plan-support-name = Naam

## Topics
plan-topics-intro = Schrijf op wat de cliënt vertelt, in eigen woorden. Niets hiervan is een test.
plan-topic-needs = Wat heb je nodig?
plan-topic-needs-hint = Bijvoorbeeld: rust over geld, een woning, kinderopvang.
plan-topic-challenges = Wat is nu moeilijk voor jou?
plan-topic-challenges-hint = Dingen die in de weg staan, groot of klein.
plan-topic-goals = Wat wil je bereiken, of vermijden?
plan-topic-goals-hint = Bijvoorbeeld: werk vinden, geen nieuwe schulden.
plan-topic-future = Hoe zie je je toekomst?
plan-topic-future-hint = Waar wil je over een jaar of twee staan?
plan-topic-role = Welke rol wil je hebben tussen andere mensen?
plan-topic-role-hint = Voor jezelf en voor anderen: op het werk, in de buurt, thuis.

## Goals
plan-goals-intro = Een paar doelen is genoeg. Bij elk doel staat waarom het voor jou telt.
plan-goals-empty = Nog geen doelen. Zullen we het eerste toevoegen?
plan-goal-legend = Doel { $n }
plan-goal-title = Het doel
plan-goal-domain = Levensdomein
plan-goal-from = Van
plan-goal-until = Tot
plan-goal-why = Waarom is dit belangrijk voor jou?
plan-goal-add = Doel toevoegen
plan-goal-remove = Dit doel weghalen

## Actions
plan-actions-intro = Kleine, concrete stappen. Elke stap heeft iemand die hem opneemt en een datum.
plan-actions-empty = Nog geen acties. Zullen we de eerste toevoegen?
plan-action-legend = Actie { $n }
plan-action-what = Wat gebeurt er?
plan-action-owner = Wie neemt het op?
plan-action-due = Tegen wanneer?
plan-action-status = Hoe loopt het?
plan-action-stop-reason = Waarom is het gestopt?
plan-action-evidence = Hoe zien we dat het gebeurd is?
plan-action-goal = Voor welk doel?
plan-action-no-goal = Geen bepaald doel
plan-action-add = Actie toevoegen
plan-action-remove = Deze actie weghalen
plan-owner-client = De cliënt
plan-owner-ocmw = Het OCMW
plan-owner-third = Een partner
plan-status-planned = Gepland
plan-status-busy = Bezig
plan-status-done = Klaar
plan-status-stopped = Gestopt
plan-origin-free = Samen geschreven
plan-origin-self-check = Uit de zelfscan: { $domain }
plan-origin-catalogue = Aanbod: { $offer }

## Agreements
plan-questions-title = Het actieplan
plan-question-client-will-do = Wat ga jij doen om je doelen te bereiken?
plan-question-client-expects = Wat verwacht jij van het OCMW?
plan-question-ocmw-expects = Wat verwacht het OCMW van jou?
plan-means-title = Wat elke kant inbrengt
plan-means-intro = Tijd, geld, hulp, gesprekken: waar elke kant zich toe verbindt.
plan-means-client = De cliënt
plan-means-ocmw = Het OCMW
plan-means-others = Partners
plan-rights-title = Jouw rechten en plichten
plan-rights-1 = Dit plan is een afspraak tussen jou en het OCMW. Beide kanten tekenen het en beide houden woord.
plan-rights-2 = Voor je tekent, mag je { $reflection ->
        [one] één dag
       *[other] { $reflection } dagen
    } bedenktijd vragen. Je mag iemand meebrengen die je zelf kiest.
plan-rights-3 = We bekijken het plan minstens { $evaluations ->
        [one] één keer
       *[other] { $evaluations } keer
    } per jaar samen, waarvan minstens { $in_person ->
        [one] één keer
       *[other] { $in_person } keer
    } in een gesprek van persoon tot persoon. Het plan kan mee veranderen met jouw situatie.
plan-rights-4 = Als afspraken zonder goede reden niet gebeuren, kan het leefloon helemaal of voor een deel geschorst worden: hoogstens { $sanction ->
        [one] één maand
       *[other] { $sanction } maanden
    }, of hoogstens { $repeat ->
        [one] één maand
       *[other] { $repeat } maanden
    } als het binnen een jaar opnieuw gebeurt. Eerst krijg je een aangetekende brief, en je hebt het recht om gehoord te worden voor er iets beslist wordt.
plan-rights-5 = Er komt geen sanctie als het OCMW zijn eigen afspraken niet nakwam.
plan-rights-6 = Ben je het niet eens met een beslissing, dan kan je in beroep gaan bij de arbeidsrechtbank. Daarvoor heb je { $appeal ->
        [one] één maand
       *[other] { $appeal } maanden
    } vanaf de dag dat de beslissing je meegedeeld werd.

## Review
plan-ready-title = Klaar om te tekenen?
plan-ready-ok = Alles wat nodig is, staat erin. Het plan is klaar om te tekenen.
plan-ready-missing = { $count ->
        [one] Er ontbreekt nog één ding:
       *[other] Er ontbreken nog { $count } dingen:
    }
plan-ready-never-blocks = Alles is toch al bewaard; je kan het later afwerken.
plan-missing-type = het soort plan
plan-missing-start = de begindatum
plan-missing-worker = de naam van de maatschappelijk werker
plan-missing-ocmw = de naam van het OCMW
plan-missing-third-name = de naam van een partner
plan-missing-goal = minstens één doel
plan-missing-goal-title = een doel zonder omschrijving
plan-missing-action = minstens één actie
plan-missing-action-what = een actie zonder omschrijving
plan-missing-action-owner = wie „{ $what }” opneemt
plan-missing-action-date = een datum voor „{ $what }”
plan-missing-evaluation = evaluatiemomenten
plan-missing-evaluation-count = genoeg evaluatiemomenten: minstens { $total } { $months ->
        [12] per jaar
        [one] in één maand
       *[other] in { $months } maanden
    }, waarvan { $in_person } van persoon tot persoon
plan-go-evaluations = De evaluaties plannen
plan-sign-title = Bedenktijd en ondertekenen
plan-reflection-hint = De cliënt mag { $days } werkdagen nadenken voor het tekenen.
plan-reflection-label = Bedenktijd gevraagd op
plan-reflection-until = De bedenktijd loopt tot { $date }.
plan-signed-label = Getekend op
plan-summary-title = Het hele plan

## Evaluations
plan-schedule-title = Evaluatiemomenten
plan-schedule-rule = Minstens { $count } per jaar, waarvan { $inperson } van persoon tot persoon.
plan-schedule-needs-start = Vul eerst de begindatum in; dan kunnen de momenten voorgesteld worden.
plan-schedule-propose = Evaluatiemomenten voorstellen
plan-schedule-remove = Weghalen
plan-schedule-remove-label = Weghalen: het moment van { $date }
plan-eval-status-done = gehouden
plan-eval-status-due = { $days ->
        [0] vandaag
        [one] binnen 1 dag
       *[other] binnen { $days } dagen
    }
plan-eval-status-overdue = { $days ->
        [one] 1 dag te laat
       *[other] { $days } dagen te laat
    }
plan-eval-status-later = later
plan-record-title = Een evaluatie noteren
plan-eval-date = Datum
plan-eval-date-missing = Vul de datum van de evaluatie in.
plan-eval-present = Wie was erbij
plan-eval-goal = Hoe loopt „{ $goal }”?
plan-progress-not-started = Nog niet begonnen
plan-progress-on-track = Op schema
plan-progress-reached = Bereikt
plan-progress-adjusted = Bijgestuurd
plan-progress-stopped = Gestopt
plan-eval-changes = Wat veranderde
plan-eval-changes-hint = Bijvoorbeeld een extra afspraak, of voorlopig een andere focus.
plan-eval-rung = Plaats op de ladder nu
plan-eval-rung-same = Geen verandering
plan-eval-save = Evaluatie bewaren
plan-history-title = Evaluaties tot nu
plan-history-empty = Nog geen evaluaties.
plan-eval-new-rung = Nieuwe plaats op de ladder: { $rung }
plan-eval-version = Het plan op dat moment

plan-reflection-hint-calendar = De cliënt mag { $days } kalenderdagen nadenken voor het tekenen.
plan-reflection-count-label = Bedenktijd tellen in
plan-reflection-count-working = werkdagen (maandag tot vrijdag)
plan-reflection-count-calendar = kalenderdagen

## rules
plan-rights-meeting = Vraag je een gesprek met je maatschappelijk werker, dan moet dat gesprek er komen binnen { $meeting ->
        [one] één werkdag
       *[other] { $meeting } werkdagen
    }.
plan-rights-change = Je mag op elk moment vragen om het plan aan te passen.
plan-part-time-top-up = Werkt deeltijds en krijgt een aanvullend leefloon
plan-part-time-rule-label = Regel van dit OCMW bij deeltijds werk met aanvullend leefloon
plan-part-time-rule-required = Een plan is verplicht (zoals bij OCMW Oostende)
plan-part-time-rule-optional = Een plan enkel op vraag (zoals in de Brusselse gidsen)
plan-ground-part-time = de cliënt deeltijds werkt met een aanvullend leefloon
plan-ground-studies = de cliënt met akkoord van het OCMW voltijds studeert
plan-mandate-exempted = Het OCMW besliste tot vrijstelling om redenen van gezondheid of billijkheid. Een plan kan nog, als de cliënt erom vraagt.
plan-exemption-label = Vrijstelling door het OCMW
plan-exemption-none = Geen vrijstelling
plan-exemption-health = Om redenen van gezondheid
plan-exemption-equity = Om redenen van billijkheid
plan-exemption-date = Datum van de beslissing
plan-exemption-reason = Motivering van de beslissing
plan-exemption-date-missing = De datum van de beslissing ontbreekt nog.
plan-exemption-reason-missing = De motivering van de beslissing ontbreekt nog.
plan-exemption-ladder = De ladder toont deze beslissing bij de situatie vrijgesteld.
plan-reflection-waived-label = De cliënt zag af van de bedenktijd op
plan-reflection-waived-hint = Enkel invullen als de cliënt zelf koos om eerder te tekenen.
plan-signed-inside-reflection = Het plan werd getekend binnen de bedenktijd, en er staat niet dat de cliënt daarvan afzag. Vraag het na en noteer het, of teken opnieuw na de bedenktijd.
## evals
plan-eval-kind-in-person = van persoon tot persoon
plan-eval-kind-written = schriftelijk
plan-eval-kind-phone-or-video = telefonisch of met video
plan-eval-kind-label = Hoe vond de evaluatie plaats
plan-eval-link = Welk gepland moment is dit
plan-eval-link-none = Geen gepland moment: een extra evaluatie
plan-eval-kind-mismatch = Gepland als { $planned }, gehouden als { $held }. Ze telt als { $held }.
plan-eval-date-future = Deze datum ligt na vandaag. Kies de dag waarop de evaluatie plaatsvond.
plan-eval-rung-to-ladder = Een nieuwe plaats komt ook op de ladder, met de datum van deze evaluatie.
plan-year-line = Jaar { $year } ({ $from } – { $until }): { $held } gehouden ({ $heldinperson } van persoon tot persoon), nog { $planned } gepland ({ $plannedinperson } van persoon tot persoon). Nodig: { $total }, waarvan { $inperson } van persoon tot persoon.
plan-year-met = In orde.
plan-year-on-track = Haalbaar met wat gepland is.
plan-year-short = Met wat nu gepland is, haalt dit jaar het minimum niet. Plan een moment bij.
plan-year-missed = Dit jaar is voorbij en haalde het minimum niet.
plan-eval-print = Verslag afdrukken
plan-rules-evals-title = Instellingen van de evaluaties
plan-rules-link-margin = Een evaluatie telt voor een gepland moment tot zoveel dagen later
plan-rules-link-margin-error = Kies een getal van 0 tot { $max }.
plan-rules-short-year = Minimum voor een plan of een deel van een jaar korter dan twaalf maanden
plan-rules-short-year-proportional = in verhouding tot de maanden (naar boven afgerond)
plan-rules-short-year-full-year = het volledige jaarminimum
## plan
plan-type-studies = Voltijds studeren (studenten-GPMI)
plan-orientations-label = Gericht op (één of meer)
plan-present-name-interpreter = Naam van de tolk
plan-present-name-support = Naam van de vertrouwenspersoon
plan-studies-title = Studies
plan-studies-intro = Wie met toestemming van het OCMW voltijds studeert, heeft altijd een GPMI. Vul de school, de richting en de duur in, en wat elke kant belooft.
plan-studies-school = School of hogeschool
plan-studies-direction = Studierichting
plan-studies-duration = Duur van de studies
plan-studies-student = De student belooft
plan-student-attend = de lessen volgen
plan-student-exams = de examens afleggen
plan-student-results = de resultaten aan het OCMW bezorgen
plan-student-holiday-job = in de vakanties beschikbaar zijn voor een studentenjob, voor zover de studies dat toelaten
plan-studies-other = Andere afspraken voor de student
plan-studies-ocmw = Wat het OCMW belooft (bijvoorbeeld welke schoolkosten het betaalt)
plan-costs-title = Kosten die het OCMW betaalt
plan-costs-intro = Voor een opleiding of activiteit: welke kosten neemt het OCMW op zich?
plan-cost-registration = inschrijvingsgeld
plan-cost-insurance = verzekering
plan-cost-work-clothes = werkkledij
plan-cost-travel = verplaatsingskosten
plan-costs-other = Andere kosten
plan-costs-none = Er zijn geen kosten van toepassing
plan-explained-title = Uitleg aan de cliënt
plan-explained-on = Inhoud, draagwijdte en gevolgen uitgelegd op { $date }
plan-explained-record = Ik heb het plan vandaag uitgelegd
plan-end-title = Het plan afsluiten
plan-end-intro = Een afgesloten plan kan je nog lezen en afdrukken, maar niet meer wijzigen of tekenen.
plan-end-kind = Hoe het plan eindigt
plan-end-successful = Geslaagd: de doelen zijn bereikt
plan-end-early = Vroeger gestopt
plan-end-right-ended = Het recht op maatschappelijke integratie is beëindigd
plan-end-date = Datum van het einde
plan-end-reason = Reden
plan-end-confirm = Plan afsluiten
plan-end-need-kind = Kies hoe het plan eindigt.
plan-end-need-date = Vul de datum van het einde in.
plan-end-need-reason = Schrijf waarom het plan vroeger stopt.
plan-ended = Dit plan is afgesloten op { $date }: { $kind }.
plan-ended-hint = Je kan het plan nog lezen en afdrukken. Wijzigen of tekenen kan niet meer.
plan-move-title = Verhuis naar een ander OCMW
plan-move-ocmw = Het nieuwe OCMW
plan-move-consent = De cliënt gaf toestemming om het dossier door te geven op
plan-move-export = Dossier exporteren voor het nieuwe OCMW
plan-move-needs-consent = Vul het nieuwe OCMW en de datum van de toestemming in. Zonder toestemming geef je het dossier niet door.
plan-missing-studies = de school, de richting en de duur van de studies
plan-missing-end = de einddatum
plan-missing-end-order = een einddatum na de begindatum
plan-missing-domain = het levensdomein van de doelen
plan-missing-ocmw-commitment = wat het OCMW belooft (een actie van het OCMW of wat het OCMW inbrengt)
plan-missing-costs = welke kosten het OCMW betaalt, of dat er geen zijn
plan-missing-explained = de datum waarop je inhoud, draagwijdte en gevolgen uitlegde
plan-missing-explained-again = het plan veranderde na de uitleg: leg het opnieuw uit
plan-origin-catalogue-from = Aanbod: { $offer } (uit { $catalogue }, editie { $edition })

## strength
plan-strength-label = Wie draagt dit vooral? (Krachtenwijzer)
plan-strength-client = Vooral de cliënt zelf
plan-strength-network = Met hulp van het netwerk
plan-strength-professional = Met professionele hulp
