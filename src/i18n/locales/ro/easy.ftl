# Simplified view (easy-read) for the client: short sentences, "tu", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen (polite "dumneavoastră").

easy-toggle = Afișare simplă pentru beneficiar
easy-toggle-hint = O întrebare pe ecran, litere și butoane mai mari, propoziții scurte, citire cu voce tare și cuvântul în neerlandeză sub cuvântul din limba proprie.
easy-badge = Afișare simplă
easy-read-aloud = Citire cu voce tare
easy-no-voice = Această tabletă nu are o voce care să citească în această limbă: { $language }.
easy-dutch-label = În neerlandeză:
easy-title = Ce mai faci?
easy-intro = Vei primi 18 întrebări. Câte o întrebare o dată. Alegi un răspuns. Totul se salvează.
easy-progress = Întrebarea { $current } din { $total }
easy-q-money = Cum stai cu banii?
easy-q-housing = Cum e cu casa ta?
easy-q-health = Cum se simte corpul tău?
easy-q-mind = Cum te simți?
easy-q-addiction = Cum stai cu alcoolul, drogurile sau jocurile de noroc?
easy-q-family = Cum merge grija pentru copiii tăi sau pentru familie?
easy-q-childcare = Cum e cu creșa sau bona pentru copiii tăi?
easy-q-safety = Cât de în siguranță te simți acasă?
easy-q-network = Cum e cu prietenii și familia?
easy-q-structure = Cum merge ziua ta: trezitul și întâlnirile?
easy-q-daily = Cum merge cu gătitul, spălatul și curățenia?
easy-q-dutch = Cum merge cu neerlandeza?
easy-q-learning = Cum merge cu școala și cursurile?
easy-q-work = Cum merge cu munca?
easy-q-attitude = Cum te simți când te gândești la muncă sau la un curs?
easy-q-mobility = Cum te descurci cu autobuzul, trenul sau bicicleta?
easy-q-papers = Cum stai cu scrisorile și actele?
easy-q-digital = Cum te descurci cu telefonul și calculatorul?
easy-help = Vreau ajutor.
easy-note-label = Vrei să spui ceva? Poți. Nu e obligatoriu.
easy-skip = Mai târziu
easy-back = Înapoi
easy-next = Mai departe
easy-saved = Totul este salvat. Te poți opri.
easy-skipped-note = La început ai sărit peste această întrebare. E în regulă.
easy-end-title = Gata! Îți mulțumim.
easy-end-body = Te poți întoarce oricând la o întrebare.
easy-end-open =
    { $count ->
        [one] O întrebare a rămas fără răspuns.
        [few] { $count } întrebări au rămas fără răspuns.
       *[other] { $count } de întrebări au rămas fără răspuns.
    }
easy-go-to = La întrebarea despre { $domain }

## changes
easy-changes-title = Acesta e nou din { $date }
