# Simplified view (easy-read) for the client: short sentences, "ty", one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen ("vy" form).

easy-toggle = Jednoduché zobrazenie pre klienta
easy-toggle-hint = Jedna otázka na obrazovke, väčšie písmo a tlačidlá, krátke vety, čítanie nahlas a holandské slovo pod slovom v jazyku klienta.
easy-badge = Jednoduché zobrazenie
easy-read-aloud = Prečítať nahlas
easy-no-voice = Tento tablet nemá hlas, ktorý by čítal nahlas v tomto jazyku: { $language }.
easy-dutch-label = Po holandsky:
easy-title = Ako sa máš?
easy-intro = Dostaneš 18 otázok. Vždy jednu otázku. Vyberieš si odpoveď. Všetko sa uloží.
easy-progress = Otázka { $current } z { $total }
easy-q-money = Ako to ide s peniazmi?
easy-q-housing = Ako to ide s tvojím bývaním?
easy-q-health = Ako sa má tvoje telo?
easy-q-mind = Ako sa cítiš?
easy-q-addiction = Ako to ide s alkoholom, drogami alebo hazardom?
easy-q-family = Ako to ide so starostlivosťou o deti alebo o rodinu?
easy-q-childcare = Ako to ide so strážením tvojich detí?
easy-q-safety = Ako bezpečne sa cítiš doma?
easy-q-network = Ako to ide s priateľmi a rodinou?
easy-q-structure = Ako ide tvoj deň: vstávanie a stretnutia?
easy-q-daily = Ako to ide s varením, praním a upratovaním?
easy-q-dutch = Ako ti ide holandčina?
easy-q-learning = Ako to ide so školou a kurzami?
easy-q-work = Ako to ide s prácou?
easy-q-attitude = Ako sa cítiš, keď myslíš na prácu alebo kurz?
easy-q-mobility = Ako to ide s autobusom, vlakom alebo bicyklom?
easy-q-papers = Ako to ide s listami a papiermi?
easy-q-digital = Ako to ide s mobilom a počítačom?
easy-help = Chcem pomoc.
easy-note-label = Chceš niečo povedať? Môžeš. Nemusíš.
easy-skip = Neskôr
easy-back = Späť
easy-next = Ďalej
easy-saved = Všetko je uložené. Môžeš prestať.
easy-skipped-note = Túto otázku sme najprv preskočili. To je v poriadku.
easy-end-title = Hotovo! Ďakujeme.
easy-end-body = Vždy sa môžeš vrátiť k otázke.
easy-end-open =
    { $count ->
        [one] Jedna otázka je ešte bez odpovede.
        [few] { $count } otázky sú ešte bez odpovede.
        [many] { $count } otázky je ešte bez odpovede.
       *[other] { $count } otázok je ešte bez odpovede.
    }
easy-go-to = Prejsť na otázku: { $domain }

## changes
easy-changes-title = Toto je nové od { $date }
