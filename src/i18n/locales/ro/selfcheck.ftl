# Self-check. Client screens: "tu", short and friendly. Worker screens: polite "dumneavoastră". Never a verdict.

sc-view = Autoevaluare
sc-title = Autoevaluare
sc-intro = Privim împreună 18 domenii ale vieții. Se poate face pe bucăți, în mai multe discuții: totul se salvează imediat.
sc-list-title = Autoevaluări în acest dosar
sc-none = Încă nu există nicio autoevaluare în acest dosar.
sc-start = Începeți o autoevaluare nouă
sc-item-title = Autoevaluarea din { $date }
sc-status-unfinished = Încă neterminată
sc-status-complete = Completată integral
sc-progress-client = Beneficiar: { $answered } din { $total } cu răspuns
sc-progress-skipped =
    { $count ->
        [one] o întrebare sărită
        [few] { $count } întrebări sărite
       *[other] { $count } de întrebări sărite
    }
sc-progress-worker = Asistent social: { $scored } din { $total } evaluate
sc-open = Deschideți
sc-delete = Ștergeți
sc-confirm-delete-title = Ștergeți această autoevaluare?
sc-confirm-delete-body = Autoevaluarea din { $date } va fi ștearsă de pe acest dispozitiv. Acest lucru nu poate fi anulat.
sc-confirm-delete-yes = Da, ștergeți
sc-back-to-list = Toate autoevaluările
sc-mode-nav = Părțile autoevaluării
sc-mode-client = Completează beneficiarul
sc-mode-worker = Evaluarea asistentului social
sc-mode-summary = Rezumat

## Client (informal "tu")
sc-client-progress = Întrebarea { $current } din { $total }
sc-client-answer-label = Răspunsul tău
sc-answer-good = Merge bine
sc-answer-hard = Uneori e greu
sc-answer-big = Acum e o problemă mare
sc-answer-private = Prefer să nu spun
sc-client-help = Aș vrea ajutor cu asta
sc-client-note-label = Vrei să spui ceva despre asta? Cu cuvintele tale. Poate să rămână și gol.
sc-client-skip = Răspund mai târziu
sc-client-back = Înapoi
sc-client-next = Mai departe
sc-client-skipped-note = Ai sărit mai devreme peste această întrebare. Poți să răspunzi acum sau o poți lăsa încă puțin.
sc-client-saved = Totul se salvează imediat. Te poți opri oricând vrei.
sc-client-end-title = Aceasta a fost ultima întrebare. Îți mulțumim!
sc-client-end-body = Vrei să schimbi ceva? Te poți întoarce oricând la o întrebare.
sc-client-end-open =
    { $count ->
        [one] O întrebare a rămas fără răspuns:
        [few] { $count } întrebări au rămas fără răspuns:
       *[other] { $count } de întrebări au rămas fără răspuns:
    }
sc-client-go-to = Către { $domain }

## Questions for the client
sc-q-money = Cum stai cu banii, facturile și datoriile?
sc-q-housing = Cum e cu locuința ta?
sc-q-health = Cum stai cu sănătatea?
sc-q-mind = Cum te-ai simțit în ultima vreme?
sc-q-addiction = Cum stau lucrurile cu alcoolul, drogurile, jocurile de noroc sau pastilele?
sc-q-family = Cum merge îngrijirea copiilor tăi sau a altcuiva?
sc-q-childcare = Cum e cu îngrijirea copiilor tăi la creșă sau de către altcineva?
sc-q-safety = Cât de în siguranță te simți acasă?
sc-q-network = Cum e cu oamenii din jurul tău?
sc-q-structure = Cum merge ritmul tău zilnic: trezitul, mersul la întâlniri?
sc-q-daily = Cum merge cu gătitul, spălatul și treburile casei?
sc-q-dutch = Cum merge cu vorbitul și cititul în neerlandeză?
sc-q-learning = Cum stai cu școala, cursurile și diplomele?
sc-q-work = Cum e cu munca: ce ai lucrat până acum, ce știi să faci?
sc-q-attitude = Cum te simți când te gândești la un pas următor spre muncă sau formare?
sc-q-mobility = Cum te descurci cu deplasarea: autobuz, tren, bicicletă sau mașină?
sc-q-papers = Cum stai cu actele, scrisorile și dreptul tău de ședere?
sc-q-digital = Cum te descurci cu telefonul, calculatorul, e-mailul și itsme?

## Worker (polite "dumneavoastră")
sc-worker-intro = Un scor pentru fiecare domeniu, pe scala de screening HIVA. La 3 sau 4 puteți marca ce se aplică. Scorul este aprecierea dumneavoastră, alături de cea a beneficiarului.
sc-score-1 = 1 · Niciun obstacol
sc-score-2 = 2 · Obstacol, dar munca sau formarea sunt posibile cu sprijin
sc-score-3 = 3 · Obstacol: munca sau formarea nu sunt posibile acum
sc-score-4 = 4 · Nu pot aprecia (încă)
sc-score-none = Încă neevaluat
sc-worker-sub-title = Ce se aplică?
sc-worker-no-subs = Pentru acest domeniu, descrieți situația în notă.
sc-worker-note-label = Nota asistentului social
sc-dutch-level-label = Nivelul de neerlandeză
sc-dutch-level-hint = Conform unui certificat de la școală sau de la Huis van het Nederlands, nu mai vechi de doi ani.
sc-dutch-level-none = Încă necompletat
sc-dutch-level-unknown = Necunoscut
sc-dutch-level-below-1-1 = Sub 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Învățat complet
sc-latin-reading = Citire în alfabetul latin
sc-latin-writing = Scriere în alfabetul latin
sc-yes = Da
sc-no = Nu
sc-not-known = Încă nu se știe

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Datorii
sc-sub-money-mediation = În procedură de mediere a datoriilor
sc-sub-money-basic-needs = Banii nu ajung pentru mâncare, haine sau chirie
sc-sub-housing-no-address = Fără adresă fixă sau în adăpost de noapte
sc-sub-housing-unhealthy = Probleme grave cu locuința sau locuință declarată nelocuibilă
sc-sub-housing-must-move = Trebuie să plece curând sau se mută foarte des
sc-sub-housing-transit = Locuiește într-o locuință de tranzit
sc-sub-health-illness = Boala îngreunează munca sau formarea
sc-sub-health-diagnosis = Boală cunoscută, cu certificate medicale
sc-sub-health-complaints = Probleme de sănătate
sc-sub-health-pregnancy = Sarcină sau concediu de maternitate
sc-sub-health-disability = Dizabilitate
sc-sub-health-work-disability = Capacitate de muncă redusă, recunoscută oficial
sc-sub-family-parenting = Creșterea copiilor și relația cu ei
sc-sub-family-child-needs = Copil cu nevoi speciale de îngrijire
sc-sub-family-single-parent = Părinte singur
sc-sub-family-care-task = Îngrijește acasă o persoană cu dizabilitate, în vârstă sau bolnavă de mult timp
sc-sub-childcare-waiting-list = Cerere depusă, dar listă lungă de așteptare
sc-sub-childcare-no-informal = Nimeni din familie sau dintre prieteni nu poate avea grijă de copii
sc-sub-childcare-unknown-options = Încă nu cunoaște posibilitățile și cum se face cererea
sc-sub-safety-relationship = Tensiuni cu partenerul, familia sau alte persoane
sc-sub-safety-violence = Violență în familie
sc-sub-network-no-social = Puțini prieteni sau cunoscuți, ori deloc
sc-sub-network-no-family = Nicio rudă în apropiere
sc-sub-network-family-against-work = Familia nu susține ideea de a lucra
sc-sub-network-nobody-works = Nimeni din familie sau din cercul de prieteni nu lucrează
sc-sub-structure-no-rhythm = Fără un ritm zilnic stabil
sc-sub-structure-missed-appointments = Uneori întâlnirile sunt ratate sau încurcate
sc-sub-structure-documents = Documentele necesare nu ajung la întâlnire
sc-sub-daily-hygiene = Igienă
sc-sub-daily-appearance = Aspect îngrijit
sc-sub-daily-household = Nu se descurcă cu treburile casei
sc-sub-dutch-express = Îi este greu să își exprime gândurile în cuvinte
sc-sub-dutch-oral = Comunicarea orală nu merge încă
sc-sub-dutch-written = Comunicarea scrisă nu merge încă
sc-sub-dutch-illiterate = Nu știe să citească sau să scrie
sc-sub-learning-inactive = Perioade lungi fără muncă sau formare
sc-sub-learning-no-choices = Încă nu a ales în mod conștient o direcție
sc-sub-learning-history = Parcursul școlar și profesional este greu de descris
sc-sub-learning-recognition = Diplomă din străinătate încă nerecunoscută
sc-sub-work-guided-only = Locurile de muncă anterioare doar cu însoțire intensivă
sc-sub-work-unrealistic = Așteptările privind postul, salariul sau locul de muncă nu corespund realității
sc-sub-work-overestimates = Își apreciază posibilitățile mai mult decât sunt
sc-sub-work-expectations = Încă nu știe bine ce se așteaptă la un loc de muncă
sc-sub-attitude-no-steps = Încă nu face pași din proprie inițiativă
sc-sub-attitude-gives-up = Renunță repede când întâmpină un eșec
sc-sub-attitude-motivation = Acum nu vede niciun motiv să schimbe ceva
sc-sub-attitude-one-target = Se ține de un singur tip de post după o căutare lungă
sc-sub-attitude-interaction = Relația cu ceilalți sau cu regulile este dificilă
sc-sub-mobility-no-transport = Fără mijloc de transport propriu și fără transport public
sc-sub-mobility-public-know-how = Transport public: nu știe cum sau nu are mijloacele
sc-sub-mobility-no-public = Niciun transport public în apropiere
sc-sub-mobility-distance = Nu este clar cât de departe poate călători beneficiarul
sc-sub-papers-not-independent = Nu se descurcă independent cu actele
sc-sub-papers-obligations = Cunoaște puțin obligațiile (adresă, mutualitate)
sc-sub-papers-self-employed = Acte de la o fostă afacere proprie
sc-sub-papers-work-permit = Fără permis de muncă sau drept de ședere valabil
sc-sub-papers-justice = Contact cu justiția
sc-sub-digital-no-device = Fără telefon, calculator sau internet
sc-sub-digital-no-email = Fără adresă de e-mail
sc-sub-digital-no-eid = Nu poate folosi încă itsme sau eID
sc-sub-digital-no-vdab = Fără cont VDAB

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Mers împreună la serviciul de mediere a datoriilor
sc-act-money-budget-guidance = Începerea consilierii pentru gestionarea bugetului
sc-act-housing-search-together = Căutarea împreună a unei locuințe
sc-act-housing-reference-address = Cerere pentru o adresă de referință
sc-act-health-see-doctor = Programare la medicul de familie
sc-act-health-check-limits = Verificarea a ceea ce este posibil din punct de vedere fizic
sc-act-mind-talk-counsellor = O discuție cu un psiholog sau un consilier
sc-act-mind-refer-care = Căutarea împreună a îngrijirii potrivite
sc-act-addiction-contact-service = Contact cu un serviciu pentru dependențe
sc-act-addiction-talk-doctor = O discuție despre asta cu medicul de familie
sc-act-family-parenting-support = Căutarea de sprijin în creșterea copiilor
sc-act-family-relieve-care = Căutarea cuiva care să ușureze sarcina de îngrijire
sc-act-childcare-find-place = Căutarea împreună a unui loc la creșă
sc-act-childcare-informal = Găsirea cuiva apropiat care să aibă grijă de copii
sc-act-safety-safe-talk = O discuție în siguranță, doar cu asistentul social
sc-act-safety-contact-support = Contact cu o linie de ajutor sau cu un centru de sprijin
sc-act-network-meeting-place = Vizitarea unui loc de întâlnire din cartier
sc-act-network-volunteering = Încercarea unei activități de voluntariat
sc-act-structure-week-plan = Realizarea împreună a unui plan săptămânal
sc-act-structure-reminders = Setarea unor mementouri pentru întâlniri
sc-act-daily-home-support = Verificarea posibilităților de ajutor la domiciliu
sc-act-daily-practice = Exersarea treburilor casei
sc-act-dutch-course = Înscrierea la un curs de neerlandeză
sc-act-dutch-conversation-table = Participarea la un grup de conversație
sc-act-learning-diploma-recognition = Recunoașterea diplomei (NARIC)
sc-act-learning-training = Alegerea unei formări
sc-act-work-cv = Realizarea împreună a unui CV
sc-act-work-job-coach = Cunoașterea unui job coach (consilier la locul de muncă)
sc-act-attitude-small-steps = Stabilirea unui prim pas mic
sc-act-attitude-orientation = O orientare sau un scurt stagiu de probă
sc-act-mobility-transport-pass = Cerere pentru un abonament de autobuz sau de tren
sc-act-mobility-bike-or-licence = Învățarea mersului pe bicicletă sau obținerea permisului de conducere
sc-act-papers-sort-together = Ordonarea împreună a actelor
sc-act-papers-residence-advice = Cerere de consiliere privind șederea sau permisul de muncă
sc-act-digital-course = Un curs de calculator
sc-act-digital-eid-setup = Configurarea împreună a itsme sau a cititorului de eID

## Summary
sc-summary-chart-title = Ambele voci, una lângă alta
sc-summary-chart-hint = Pentru fiecare domeniu: răspunsul beneficiarului și scorul asistentului social. Semnul ≠ arată unde diferă: despre asta poate fi discuția.
sc-summary-table-caption = Răspunsuri pe domenii
sc-col-domain = Domeniu
sc-col-client = Beneficiar
sc-col-worker = Asistent social
sc-col-marks = De remarcat
sc-diff = Diferență
sc-precondition = Condiție prealabilă
sc-not-answered = Încă fără răspuns
sc-skipped = Sărită
sc-wants-help = Vrea ajutor
sc-summary-diff-title = Unde diferă răspunsurile
sc-summary-diff-none = Încă nu există diferențe între cele două răspunsuri.
sc-summary-pre-title = Condiții prealabile
sc-summary-pre-hint = Evaluate cu 3 de asistentul social. Majoritatea OCMW-urilor se ocupă mai întâi de acestea.
sc-summary-pre-none = Nu este marcată nicio condiție prealabilă.
sc-summary-help-title = Aici beneficiarul vrea ajutor
sc-summary-help-none = Încă nu este marcată nicio cerere de ajutor.
sc-summary-actions = Acțiuni posibile
sc-summary-client-note = Cu propriile cuvinte
sc-summary-changes-title = Ce s-a schimbat de la autoevaluarea din { $date }
sc-summary-changes-none = Nicio schimbare de la autoevaluarea anterioară.
sc-summary-first = Aceasta este prima autoevaluare: încă nu există nimic cu care să fie comparată.
sc-voice-client = beneficiar
sc-voice-worker = asistent social
sc-change-eased = mai ușor
sc-change-harder = mai greu
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Adăugați în plan
sc-add-to-plan-named = Adăugați „{ $action }” în plan
sc-in-plan = Este în plan
