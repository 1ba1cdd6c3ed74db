# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Práca na bežnom trhu práce
offer-regulier-werk-provider = Zamestnávatelia s pomocou VDAB
offer-regulier-werk-description = Bežná práca u zamestnávateľa alebo ako samostatne zárobkovo činná osoba, bez osobitného sprevádzania.
offer-regulier-werk-allowance = Mzda podľa kolektívnej zmluvy v danom odvetví

offer-eho-begeleiding-name = Intenzívne sprevádzanie pri hľadaní práce
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Spoločné hľadanie práce, s jazykovým koučingom pre ľudí s migračným pôvodom. Po troch mesiacoch sa spis spoločne prehodnotí.
offer-eho-begeleiding-duration = Najviac 12 mesiacov

offer-interim-name = Práca cez agentúru
offer-interim-provider = Personálne agentúry v Oostende
offer-interim-description = Zoznámenie sa so zamestnávateľmi cez personálnu agentúru; je možný aj anonymný profil uchádzača.
offer-interim-allowance = Mzda za dané pracovné nasadenie

offer-vakbond-loopbaan-name = Poradenstvo o kariére a o tom, ako držať krok
offer-vakbond-loopbaan-provider = Odbory ACV, ABVV a ACLVB
offer-vakbond-loopbaan-description = Pomoc s plánom hľadania práce, so životopisom, s účtom na VDAB a s tvojimi právami, aj pri návrate po chorobe. Aj pre tých, ktorí nie sú členmi.
offer-vakbond-loopbaan-allowance = Zadarmo

offer-twe-name = Dočasná pracovná skúsenosť (TWE) v OCMW
offer-twe-provider = OCMW Oostende, oddelenie zamestnanosti
offer-twe-description = Program pracovnej skúsenosti: najprv mesiac BVS, potom zmluva podľa článku 60.
offer-twe-duration = 24 mesiacov

offer-bvs-name = Stáž na spoznanie povolania (BVS)
offer-bvs-provider = OCMW Oostende, oddelenie zamestnanosti
offer-bvs-description = Krátka stáž priamo na pracovisku, aby si človek spoznal prácu, ako prvý krok TWE.
offer-bvs-allowance = Leefloon plus 1 € za hodinu
offer-bvs-duration = Najviac 1 mesiac

offer-artikel-60-name = Zamestnanie podľa článku 60 §7
offer-artikel-60-provider = OCMW Oostende, oddelenie zamestnanosti
offer-artikel-60-description = Platená práca cez OCMW so sprevádzaním koučom na pracovisku, ktorý každé tri mesiace robí vyhodnotenie.
offer-artikel-60-allowance = Mzda namiesto leefloon
offer-artikel-60-duration = Pod 36 rokov: 1 rok; 36 až 49 rokov: 18 mesiacov; od 50 rokov: 2 roky
offer-artikel-60-conditions = Pre klientov OCMW; uvítacia brožúra mesiac pred začiatkom

offer-nazorg-twe-name = Následná podpora po TWE
offer-nazorg-twe-provider = OCMW Oostende, oddelenie zamestnanosti
offer-nazorg-twe-description = Podpora po zmluve podľa článku 60, s osobným odovzdaním na VDAB, na ceste k bežnej práci.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: rásť a učiť sa na pracovisku)
offer-glow-provider = VDAB (flámsky úrad práce) s partnermi
offer-glow-description = Intenzívna cesta učenia sa na pracovisku, postavená na stáži WES alebo IBO, s dodatočnou jazykovou podporou. Pre uchádzačov o prácu so zdravotným obmedzením pri práci alebo s viacerými problémami naraz.
offer-glow-duration = Najviac 24 mesiacov

offer-wes-name = Stáž na získanie pracovnej skúsenosti (WES)
offer-wes-provider = VDAB
offer-wes-description = Stáž u zamestnávateľa na získanie pracovnej skúsenosti.
offer-wes-duration = Najviac 6 mesiacov
offer-wes-conditions = Až po zmluve podľa článku 60

offer-ibo-name = Individuálna odborná príprava (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = Učenie sa priamo na pracovisku u zamestnávateľa, ktorý ťa potom zamestná.
offer-ibo-allowance = Prémia a príspevok na cestovné a opatrovanie detí
offer-ibo-duration = 1 až 6 mesiacov
offer-ibo-conditions = Registrácia na VDAB; predchádzajúca práca neukončená z vlastného rozhodnutia; žiadna skoršia práca u tohto zamestnávateľa

offer-bis-name = Platená stáž na spoznanie povolania (BIS)
offer-bis-provider = Zamestnávatelia cez VDAB
offer-bis-description = Platená stáž, počas ktorej sa dá povolanie spoznať zvnútra.
offer-bis-allowance = Odmena za stáž
offer-bis-duration = Najviac 6 mesiacov

offer-individueel-maatwerk-name = Individuálna práca na mieru
offer-individueel-maatwerk-provider = Zamestnávatelia s podporou flámskej vlády
offer-individueel-maatwerk-description = Práca u bežného zamestnávateľa, ktorý dostáva podporu na sprevádzanie navyše.
offer-individueel-maatwerk-allowance = Mzda

offer-collectief-maatwerk-name = Kolektívna práca na mieru
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Práca v sociálnom podniku (maatwerkbedrijf) so sprevádzaním na mieru.
offer-collectief-maatwerk-allowance = Mzda
offer-collectief-maatwerk-conditions = Pre ľudí so zdravotným znevýhodnením v práci

offer-btom-name = Práca s osobitnou podporou (BTOM)
offer-btom-provider = VDAB
offer-btom-description = Podpora pri bežnej práci: tlmočník do posunkovej reči, prispôsobené pracovné miesto, pracovné pomôcky alebo cestovné náklady.

offer-wijk-werken-name = Wijk-werken (práca v susedstve)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Drobné práce pre ľudí, školy alebo spolky v okolí, na získanie skúseností. Každých šesť mesiacov sa spoločne vyhodnotí.
offer-wijk-werken-allowance = 4,10 € za hodinu, bez dane; najviac 60 hodín mesačne a 630 hodín ročne
offer-wijk-werken-duration = Najviac 12 mesiacov
offer-wijk-werken-conditions = Pre klientov VDAB, OCMW alebo GTB

offer-vrijwilligerswerk-name = Dobrovoľníctvo
offer-vrijwilligerswerk-provider = FMDO a vzw Perspectief
offer-vrijwilligerswerk-description = Dobrovoľná pomoc v organizácii: stretávať ľudí, robiť niečo užitočné a získať skúsenosti.
offer-vrijwilligerswerk-allowance = V zásade neplatené; niekedy náhrada výdavkov, ktorá sa líši podľa organizácie (vzw Perspectief: 4,10 € za hodinu)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Novoprisťahovaní ľudia sa spoja s organizáciou, kde môžu precvičovať holandčinu a robiť dobrovoľnícku prácu.
offer-8400-talenten-conditions = Holandčina na úrovni 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Dobrovoľný mentor pomáha so slovíčkami potrebnými v práci a s hľadaním práce alebo stáže.
offer-team-up-duration = 6 mesiacov

offer-zoekhulp-name = Pomoc pri hľadaní práce
offer-zoekhulp-provider = FMDO a VDAB
offer-zoekhulp-description = Spolu prezerať voľné pracovné miesta, napísať životopis a motivačný list, nájsť stáž alebo kurz.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende a FMDO
offer-women-at-work-description = Program pre ženy, ktoré chcú urobiť krok k práci.

offer-module-solliciteren-name = Modul: ako sa uchádzať o prácu
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Naučiť sa uchádzať o prácu v holandčine: čítať inzeráty, telefonovať, precvičiť si pohovor.
offer-module-solliciteren-conditions = Od úrovne 1.1; pre následnú podporu po TWE, koniec zmluvy podľa článku 60 alebo orientačnú fázu

offer-taallessen-artikel-60-name = Jazykové kurzy počas článku 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Učiť sa holandčinu na pracovisku popri zmluve podľa článku 60.
offer-taallessen-artikel-60-conditions = So zmluvou podľa článku 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Ráno holandčina, popoludní orientácia, otvorené vzdelávacie centrum a informatika. Moduly sa dajú absolvovať aj samostatne; kto nájde prácu, môže skončiť.
offer-bootcamp2work-duration = 5 týždňov

offer-sollicitatietraining-name = Tréning uchádzania sa o prácu
offer-sollicitatietraining-provider = OCMW Oostende, oddelenie zamestnanosti
offer-sollicitatietraining-description = Nácvik uchádzania sa o prácu v malej skupine.
offer-sollicitatietraining-duration = 4 poldni

offer-rijbewijs-b-name = Pomoc s vodičským preukazom B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala a KTA
offer-rijbewijs-b-description = Teoretické hodiny a cvičenie na trenažéri jazdy, aby bola dostupná aj práca ďalej od domova.

offer-heftruck-name = Kurz vodiča vysokozdvižného vozíka
offer-heftruck-provider = Economisch Huis Oostende a VDAB
offer-heftruck-description = Teória v Economisch Huis a prax vo VDAB v meste Rekkem.
offer-heftruck-duration = 10 dní teórie a 20 dní praxe

offer-horeca-forma-name = Kurz pre barmanov a barmanky
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Krátky kurz na prácu za barom.

offer-sdv-zoekhulp-name = Pomoc pri hľadaní práce pre ľudí, ktorí hovoria iným jazykom
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Pomoc s kariérnym spisom, s nahraním životopisu, s čítaním inzerátov a s hľadaním kurzov, aj pri nízkom vzdelaní.

offer-computer-basis-name = Základný kurz práce s počítačom
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Naučiť sa pracovať s počítačom, na konci s osvedčením.
offer-computer-basis-duration = 5 lekcií

offer-ama-name = Aktivita podobná práci (AMA)
offer-ama-provider = OCMW Oostende, oddelenie zamestnanosti
offer-ama-description = Niekoľko hodín týždenne zmysluplnej činnosti so sprevádzaním: pravidelný režim, kontakt s inými a osobný rozvoj.
offer-ama-allowance = Malá odmena za hodinu
offer-ama-conditions = Pre ľudí so zdravotnými, psychickými alebo sociálnymi prekážkami

offer-spuitenpatrouille-name = Spuitenpatrouille (zbieranie injekčných striekačiek)
offer-spuitenpatrouille-provider = OCMW Oostende, oddelenie zamestnanosti
offer-spuitenpatrouille-description = Bezpečné zbieranie pohodených injekčných striekačiek v meste, v stálom tíme.
offer-spuitenpatrouille-allowance = 8 € za poldeň
offer-spuitenpatrouille-duration = 2-krát 2 hodiny týždenne
offer-spuitenpatrouille-conditions = Pre ľudí, ktorí (pravdepodobne) užívajú drogy alebo sa zo závislosti zotavujú

offer-ama-sociale-economie-name = AMA v sociálnej ekonomike
offer-ama-sociale-economie-provider = GTB spolu s OCMW
offer-ama-sociale-economie-description = Aktivita podobná práci v podniku sociálnej ekonomiky.
offer-ama-sociale-economie-conditions = Po vstupnom pohovore v GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, oddelenie zamestnanosti
offer-werklabo-description = Osem druhov úloh, pri ktorých spolu zistíme, čo človek vie a čo ho baví.

offer-ama-zwerfvuil-name = AMA: zbieranie odpadkov
offer-ama-zwerfvuil-provider = OCMW Oostende, oddelenie zamestnanosti
offer-ama-zwerfvuil-description = Zbieranie pohodených odpadkov v okolí, v malom tíme.

offer-ama-poetsen-name = AMA: upratovanie
offer-ama-poetsen-provider = OCMW Oostende, oddelenie zamestnanosti
offer-ama-poetsen-description = Upratovacie práce so sprevádzaním, v pravidelnom rytme.

offer-taaltraject-scala-name = Holandčina v CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Kurzy holandčiny ako druhého jazyka, na rôznych úrovniach.

offer-taaltraject-miras-name = Holandčina v CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Kurzy holandčiny ako druhého jazyka, aj so zameraním na prácu.

offer-taaltraject-ligo-name = Holandčina v Ligo
offer-taaltraject-ligo-provider = Ligo, centrum základného vzdelávania
offer-taaltraject-ligo-description = Učiť sa holandčinu v pokojnom tempe, pre tých, ktorí chodili do školy málo alebo vôbec.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Každý týždeň rozhovory v malej skupine s dobrovoľníkmi na precvičenie holandčiny.
offer-babbelbox-duration = Každý týždeň, podľa školského kalendára
offer-babbelbox-conditions = Holandčina na úrovni 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Stretnutia a rozhovory každý týždeň, pre ženy s migračným pôvodom.
offer-vrouwenklap-duration = Každý týždeň

offer-praattafels-name = Konverzačné stretnutia (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Precvičovanie holandčiny pri stole s ostatnými.

offer-hardop-lezen-name = Čítanie nahlas
offer-hardop-lezen-provider = Openbare bibliotheek Oostende (verejná knižnica)
offer-hardop-lezen-description = Spoločné čítanie nahlas v knižnici.

offer-samen-lezen-nt2-name = Spoločné čítanie pre tých, ktorí sa učia holandčinu (NT2)
offer-samen-lezen-nt2-provider = Openbare bibliotheek Oostende (verejná knižnica)
offer-samen-lezen-nt2-description = Čitateľská skupina pre tých, ktorí sa učia holandčinu ako druhý jazyk.

offer-maatschappelijke-orientatie-name = Kurz spoločenskej orientácie
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Naučiť sa, ako funguje spoločnosť vo Flámsku, vo vlastnom jazyku, s testom na konci.
offer-maatschappelijke-orientatie-duration = 60 hodín

offer-participatietraject-name = Participačný program integrácie (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = Zoznamovacie stáže, buddy (sprievodca) alebo dobrovoľníctvo, aby sa dali spoznať ľudia.
offer-participatietraject-duration = 40 hodín

offer-zorg-eerst-name = Najprv starostlivosť a pohoda
offer-zorg-eerst-provider = OCMW Oostende, sociálna práca
offer-zorg-eerst-description = Zatiaľ bez sprevádzania k práci: najprv spolu pracovať na zdraví, bývaní alebo iných starostiach.

offer-thuisbezoek-name = Kontakt doma
offer-thuisbezoek-provider = OCMW Oostende, sociálna práca
offer-thuisbezoek-description = Sociálny pracovník príde na návštevu a udržiava kontakt, vo vlastnom tempe človeka.
