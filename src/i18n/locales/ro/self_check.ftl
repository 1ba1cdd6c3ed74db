# Self-check. Client screens: "tu", short and friendly. Worker screens: polite "dumneavoastră". Never a verdict.

self-check-view = Autoevaluare
self-check-title = Autoevaluare
self-check-intro = Privim împreună 18 domenii ale vieții. Se poate face pe bucăți, în mai multe discuții: totul se salvează imediat.
self-check-list-title = Autoevaluări în acest dosar
self-check-none = Încă nu există nicio autoevaluare în acest dosar.
self-check-start = Începeți o autoevaluare nouă
self-check-item-title = Autoevaluarea din { $date }
self-check-status-unfinished = Încă neterminată
self-check-status-complete = Completată integral
self-check-progress-client = Beneficiar: { $answered } din { $total } cu răspuns
self-check-progress-skipped =
    { $count ->
        [one] o întrebare sărită
        [few] { $count } întrebări sărite
       *[other] { $count } de întrebări sărite
    }
self-check-progress-worker = Asistent social: { $scored } din { $total } evaluate
self-check-open = Deschideți
self-check-delete = Ștergeți
self-check-confirm-delete-title = Ștergeți această autoevaluare?
self-check-confirm-delete-body = Autoevaluarea din { $date } va fi ștearsă de pe acest dispozitiv. Acest lucru nu poate fi anulat.
self-check-confirm-delete-yes = Da, ștergeți
self-check-back-to-list = Toate autoevaluările
self-check-mode-nav = Părțile autoevaluării
self-check-mode-client = Completează beneficiarul
self-check-mode-worker = Evaluarea asistentului social
self-check-mode-summary = Rezumat

## Client (informal "tu")
self-check-client-progress = Întrebarea { $current } din { $total }
self-check-client-answer-label = Răspunsul tău
self-check-answer-good = Merge bine
self-check-answer-hard = Uneori e greu
self-check-answer-big = Acum e o problemă mare
self-check-answer-private = Prefer să nu spun
self-check-client-help = Aș vrea ajutor cu asta
self-check-client-note-label = Vrei să spui ceva despre asta? Cu cuvintele tale. Poate să rămână și gol.
self-check-client-skip = Răspund mai târziu
self-check-client-back = Înapoi
self-check-client-next = Mai departe
self-check-client-skipped-note = Ai sărit mai devreme peste această întrebare. Poți să răspunzi acum sau o poți lăsa încă puțin.
self-check-client-saved = Totul se salvează imediat. Te poți opri oricând vrei.
self-check-client-end-title = Aceasta a fost ultima întrebare. Îți mulțumim!
self-check-client-end-body = Vrei să schimbi ceva? Te poți întoarce oricând la o întrebare.
self-check-client-end-open =
    { $count ->
        [one] O întrebare a rămas fără răspuns:
        [few] { $count } întrebări au rămas fără răspuns:
       *[other] { $count } de întrebări au rămas fără răspuns:
    }
self-check-client-go-to = Către { $domain }

## Questions for the client
self-check-q-money = Cum stai cu banii, facturile și datoriile?
self-check-q-housing = Cum e cu locuința ta?
self-check-q-health = Cum stai cu sănătatea?
self-check-q-mind = Cum te-ai simțit în ultima vreme?
self-check-q-addiction = Cum stau lucrurile cu alcoolul, drogurile, jocurile de noroc sau pastilele?
self-check-q-family = Cum merge îngrijirea copiilor tăi sau a altcuiva?
self-check-q-childcare = Cum e cu îngrijirea copiilor tăi la creșă sau de către altcineva?
self-check-q-safety = Cât de în siguranță te simți acasă?
self-check-q-network = Cum e cu oamenii din jurul tău?
self-check-q-structure = Cum merge ritmul tău zilnic: trezitul, mersul la întâlniri?
self-check-q-daily = Cum merge cu gătitul, spălatul și treburile casei?
self-check-q-dutch = Cum merge cu vorbitul și cititul în neerlandeză?
self-check-q-learning = Cum stai cu școala, cursurile și diplomele?
self-check-q-work = Cum e cu munca: ce ai lucrat până acum, ce știi să faci?
self-check-q-attitude = Cum te simți când te gândești la un pas următor spre muncă sau formare?
self-check-q-mobility = Cum te descurci cu deplasarea: autobuz, tren, bicicletă sau mașină?
self-check-q-papers = Cum stai cu actele, scrisorile și dreptul tău de ședere?
self-check-q-digital = Cum te descurci cu telefonul, calculatorul, e-mailul și itsme?

## Worker (polite "dumneavoastră")
self-check-worker-intro = Un scor pentru fiecare domeniu, pe scala de screening HIVA. La 3 sau 4 puteți marca ce se aplică. Scorul este aprecierea dumneavoastră, alături de cea a beneficiarului.
self-check-score-1 = 1 · Niciun obstacol
self-check-score-2 = 2 · Obstacol, dar munca sau formarea sunt posibile cu sprijin
self-check-score-3 = 3 · Obstacol: munca sau formarea nu sunt posibile acum
self-check-score-4 = 4 · Nu pot aprecia (încă)
self-check-score-none = Încă neevaluat
self-check-worker-sub-title = Ce se aplică?
self-check-worker-no-subs = Pentru acest domeniu, descrieți situația în notă.
self-check-worker-note-label = Nota asistentului social
self-check-dutch-level-label = Nivelul de neerlandeză
self-check-dutch-level-hint = Conform unui certificat de la școală sau de la Huis van het Nederlands, nu mai vechi de doi ani.
self-check-dutch-level-none = Încă necompletat
self-check-dutch-level-unknown = Necunoscut
self-check-dutch-level-below-1-1 = Sub 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Învățat complet
self-check-latin-reading = Citire în alfabetul latin
self-check-latin-writing = Scriere în alfabetul latin
self-check-yes = Da
self-check-no = Nu
self-check-not-known = Încă nu se știe

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Datorii
self-check-sub-money-mediation = În procedură de mediere a datoriilor
self-check-sub-money-basic-needs = Banii nu ajung pentru mâncare, haine sau chirie
self-check-sub-housing-no-address = Fără adresă fixă sau în adăpost de noapte
self-check-sub-housing-unhealthy = Probleme grave cu locuința sau locuință declarată nelocuibilă
self-check-sub-housing-must-move = Trebuie să plece curând sau se mută foarte des
self-check-sub-housing-transit = Locuiește într-o locuință de tranzit
self-check-sub-health-illness = Boala îngreunează munca sau formarea
self-check-sub-health-diagnosis = Boală cunoscută, cu certificate medicale
self-check-sub-health-complaints = Probleme de sănătate
self-check-sub-health-pregnancy = Sarcină sau concediu de maternitate
self-check-sub-health-disability = Dizabilitate
self-check-sub-health-work-disability = Capacitate de muncă redusă, recunoscută oficial
self-check-sub-family-parenting = Creșterea copiilor și relația cu ei
self-check-sub-family-child-needs = Copil cu nevoi speciale de îngrijire
self-check-sub-family-single-parent = Părinte singur
self-check-sub-family-care-task = Îngrijește acasă o persoană cu dizabilitate, în vârstă sau bolnavă de mult timp
self-check-sub-childcare-waiting-list = Cerere depusă, dar listă lungă de așteptare
self-check-sub-childcare-no-informal = Nimeni din familie sau dintre prieteni nu poate avea grijă de copii
self-check-sub-childcare-unknown-options = Încă nu cunoaște posibilitățile și cum se face cererea
self-check-sub-safety-relationship = Tensiuni cu partenerul, familia sau alte persoane
self-check-sub-safety-violence = Violență în familie
self-check-sub-network-no-social = Puțini prieteni sau cunoscuți, ori deloc
self-check-sub-network-no-family = Nicio rudă în apropiere
self-check-sub-network-family-against-work = Familia nu susține ideea de a lucra
self-check-sub-network-nobody-works = Nimeni din familie sau din cercul de prieteni nu lucrează
self-check-sub-structure-no-rhythm = Fără un ritm zilnic stabil
self-check-sub-structure-missed-appointments = Uneori întâlnirile sunt ratate sau încurcate
self-check-sub-structure-documents = Documentele necesare nu ajung la întâlnire
self-check-sub-daily-hygiene = Igienă
self-check-sub-daily-appearance = Aspect îngrijit
self-check-sub-daily-household = Nu se descurcă cu treburile casei
self-check-sub-dutch-express = Îi este greu să își exprime gândurile în cuvinte
self-check-sub-dutch-oral = Comunicarea orală nu merge încă
self-check-sub-dutch-written = Comunicarea scrisă nu merge încă
self-check-sub-dutch-illiterate = Nu știe să citească sau să scrie
self-check-sub-learning-inactive = Perioade lungi fără muncă sau formare
self-check-sub-learning-no-choices = Încă nu a ales în mod conștient o direcție
self-check-sub-learning-history = Parcursul școlar și profesional este greu de descris
self-check-sub-learning-recognition = Diplomă din străinătate încă nerecunoscută
self-check-sub-work-guided-only = Locurile de muncă anterioare doar cu însoțire intensivă
self-check-sub-work-unrealistic = Așteptările privind postul, salariul sau locul de muncă nu corespund realității
self-check-sub-work-overestimates = Își apreciază posibilitățile mai mult decât sunt
self-check-sub-work-expectations = Încă nu știe bine ce se așteaptă la un loc de muncă
self-check-sub-attitude-no-steps = Încă nu face pași din proprie inițiativă
self-check-sub-attitude-gives-up = Renunță repede când întâmpină un eșec
self-check-sub-attitude-motivation = Acum nu vede niciun motiv să schimbe ceva
self-check-sub-attitude-one-target = Se ține de un singur tip de post după o căutare lungă
self-check-sub-attitude-interaction = Relația cu ceilalți sau cu regulile este dificilă
self-check-sub-mobility-no-transport = Fără mijloc de transport propriu și fără transport public
self-check-sub-mobility-public-know-how = Transport public: nu știe cum sau nu are mijloacele
self-check-sub-mobility-no-public = Niciun transport public în apropiere
self-check-sub-mobility-distance = Nu este clar cât de departe poate călători beneficiarul
self-check-sub-papers-not-independent = Nu se descurcă independent cu actele
self-check-sub-papers-obligations = Cunoaște puțin obligațiile (adresă, mutualitate)
self-check-sub-papers-self-employed = Acte de la o fostă afacere proprie
self-check-sub-papers-work-permit = Fără permis de muncă sau drept de ședere valabil
self-check-sub-papers-justice = Contact cu justiția
self-check-sub-digital-no-device = Fără telefon, calculator sau internet
self-check-sub-digital-no-email = Fără adresă de e-mail
self-check-sub-digital-no-eid = Nu poate folosi încă itsme sau eID
self-check-sub-digital-no-vdab = Fără cont VDAB

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Mers împreună la serviciul de mediere a datoriilor
self-check-act-money-budget-guidance = Începerea consilierii pentru gestionarea bugetului
self-check-act-housing-search-together = Căutarea împreună a unei locuințe
self-check-act-housing-reference-address = Cerere pentru o adresă de referință
self-check-act-health-see-doctor = Programare la medicul de familie
self-check-act-health-check-limits = Verificarea a ceea ce este posibil din punct de vedere fizic
self-check-act-mind-talk-counsellor = O discuție cu un psiholog sau un consilier
self-check-act-mind-refer-care = Căutarea împreună a îngrijirii potrivite
self-check-act-addiction-contact-service = Contact cu un serviciu pentru dependențe
self-check-act-addiction-talk-doctor = O discuție despre asta cu medicul de familie
self-check-act-family-parenting-support = Căutarea de sprijin în creșterea copiilor
self-check-act-family-relieve-care = Căutarea cuiva care să ușureze sarcina de îngrijire
self-check-act-childcare-find-place = Căutarea împreună a unui loc la creșă
self-check-act-childcare-informal = Găsirea cuiva apropiat care să aibă grijă de copii
self-check-act-safety-safe-talk = O discuție în siguranță, doar cu asistentul social
self-check-act-safety-contact-support = Contact cu o linie de ajutor sau cu un centru de sprijin
self-check-act-network-meeting-place = Vizitarea unui loc de întâlnire din cartier
self-check-act-network-volunteering = Încercarea unei activități de voluntariat
self-check-act-structure-week-plan = Realizarea împreună a unui plan săptămânal
self-check-act-structure-reminders = Setarea unor mementouri pentru întâlniri
self-check-act-daily-home-support = Verificarea posibilităților de ajutor la domiciliu
self-check-act-daily-practice = Exersarea treburilor casei
self-check-act-dutch-course = Înscrierea la un curs de neerlandeză
self-check-act-dutch-conversation-table = Participarea la un grup de conversație
self-check-act-learning-diploma-recognition = Recunoașterea diplomei (NARIC)
self-check-act-learning-training = Alegerea unei formări
self-check-act-work-cv = Realizarea împreună a unui CV
self-check-act-work-job-coach = Cunoașterea unui job coach (consilier la locul de muncă)
self-check-act-attitude-small-steps = Stabilirea unui prim pas mic
self-check-act-attitude-orientation = O orientare sau un scurt stagiu de probă
self-check-act-mobility-transport-pass = Cerere pentru un abonament de autobuz sau de tren
self-check-act-mobility-bike-or-licence = Învățarea mersului pe bicicletă sau obținerea permisului de conducere
self-check-act-papers-sort-together = Ordonarea împreună a actelor
self-check-act-papers-residence-advice = Cerere de consiliere privind șederea sau permisul de muncă
self-check-act-digital-course = Un curs de calculator
self-check-act-digital-eid-setup = Configurarea împreună a itsme sau a cititorului de eID

## Summary
self-check-summary-chart-title = Ambele voci, una lângă alta
self-check-summary-chart-hint = Pentru fiecare domeniu: răspunsul beneficiarului și scorul asistentului social. Semnul ≠ arată unde diferă: despre asta poate fi discuția.
self-check-summary-table-caption = Răspunsuri pe domenii
self-check-col-domain = Domeniu
self-check-col-client = Beneficiar
self-check-col-worker = Asistent social
self-check-col-marks = De remarcat
self-check-diff = Diferență
self-check-precondition = Condiție prealabilă
self-check-not-answered = Încă fără răspuns
self-check-skipped = Sărită
self-check-wants-help = Vrea ajutor
self-check-summary-diff-title = Unde diferă răspunsurile
self-check-summary-diff-none = Încă nu există diferențe între cele două răspunsuri.
self-check-summary-pre-title = Condiții prealabile
self-check-summary-pre-hint = Evaluate cu 3 de asistentul social. Majoritatea OCMW-urilor se ocupă mai întâi de acestea.
self-check-summary-pre-none = Nu este marcată nicio condiție prealabilă.
self-check-summary-help-title = Aici beneficiarul vrea ajutor
self-check-summary-help-none = Încă nu este marcată nicio cerere de ajutor.
self-check-summary-actions = Acțiuni posibile
self-check-summary-client-note = Cu propriile cuvinte
self-check-summary-changes-title = Ce s-a schimbat de la autoevaluarea din { $date }
self-check-summary-changes-none = Nicio schimbare de la autoevaluarea anterioară.
self-check-summary-first = Aceasta este prima autoevaluare: încă nu există nimic cu care să fie comparată.
self-check-voice-client = beneficiar
self-check-voice-worker = asistent social
self-check-change-eased = mai ușor
self-check-change-harder = mai greu
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Adăugați în plan
self-check-add-to-plan-named = Adăugați „{ $action }” în plan
self-check-in-plan = Este în plan

## rules
self-check-sub-money-unemployment-trap = Risc de capcană a șomajului: munca aduce puțin sau nimic în plus
