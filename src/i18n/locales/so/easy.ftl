# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = Muuqaal fudud oo macmiilka loogu talagalay
easy-toggle-hint = Hal su'aal shaashaddiiba, xarfo iyo badhamo waaweyn, jumlado gaagaaban, kor u akhris, iyo ereyga Af-Holandiiska oo ka hooseeya ereyga luqadda macmiilka.
easy-badge = Muuqaal fudud
easy-read-aloud = Kor u akhris
easy-no-voice = Tablet-kan ma laha cod wax ugu akhriya luqaddan: { $language }.
easy-dutch-label = Af-Holandiis:
easy-title = Sidee tahay?
easy-intro = Waxaa jira 18 su'aalood. Hal su'aal mar kasta. Adiga ayaa jawaab dooranaya. Wax walba waa la kaydiyaa.
easy-progress = Su'aasha { $current } ka mid ah { $total }
easy-q-money = Lacagta, xaalku sidee yahay?
easy-q-housing = Gurigaaga, xaalku sidee yahay?
easy-q-health = Jidhkaagu sidee yahay?
easy-q-mind = Sidee isku dareemaysaa?
easy-q-addiction = Khamriga, daroogada ama khamaarka, xaalku sidee yahay?
easy-q-family = Daryeelka carruurtaada ama qoyskaaga, xaalku sidee yahay?
easy-q-childcare = Xannaanada carruurtaada, xaalku sidee yahay?
easy-q-safety = Intee in le’eg ayaad guriga ku dareentaa ammaan?
easy-q-network = Saaxiibadaada iyo qoyskaaga, xaalku sidee yahay?
easy-q-structure = Maalintaadu sidee tahay: kicidda iyo ballamaha?
easy-q-daily = Karinta, dhaqidda iyo nadiifinta, xaalku sidee yahay?
easy-q-dutch = Af-Holandiiska, xaalku sidee yahay?
easy-q-learning = Dugsiga iyo koorsooyinka, xaalku sidee yahay?
easy-q-work = Shaqada, xaalku sidee yahay?
easy-q-attitude = Sidee u dareemaysaa shaqo ama waxbarasho?
easy-q-mobility = Baska, tareenka ama baaskiilka, xaalku sidee yahay?
easy-q-papers = Warqadaha iyo dukumentiyada, xaalku sidee yahay?
easy-q-digital = Taleefanka iyo kombiyuutarka, xaalku sidee yahay?
easy-help = Waxaan rabaa caawimaad.
easy-note-label = Ma rabtaa inaad wax sheegto? Waad sheegi kartaa. Qasab ma aha.
easy-skip = Hadhow
easy-back = Dib
easy-next = Xiga
easy-saved = Wax walba waa la kaydiyay. Waad joojin kartaa.
easy-skipped-note = Su'aashan hore ayaad ka boodday. Taasi waa caadi.
easy-end-title = Waa dhammaatay! Mahadsanid.
easy-end-body = Mar walba waad dib ugu noqon kartaa su'aal.
easy-end-open =
    { $count ->
        [one] Hal su'aal ayaa weli furan.
       *[other] { $count } su'aalood ayaa weli furan.
    }
easy-go-to = U gudub su'aasha ku saabsan { $domain }

## changes
easy-changes-title = Tani waa cusub tan iyo { $date }
