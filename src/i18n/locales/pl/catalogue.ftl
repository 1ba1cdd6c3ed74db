# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Praca na otwartym rynku pracy
offer-regulier-werk-provider = Pracodawcy, z pomocą VDAB
offer-regulier-werk-description = Zwykła praca u pracodawcy lub na własny rachunek, bez specjalnego wsparcia.
offer-regulier-werk-allowance = Wynagrodzenie zgodne z układem zbiorowym w danej branży

offer-eho-begeleiding-name = Intensywne wsparcie w szukaniu pracy
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Wspólne szukanie pracy, z coachingiem językowym dla osób z doświadczeniem migracji. Po trzech miesiącach teczka jest wspólnie przeglądana.
offer-eho-begeleiding-duration = Najwyżej 12 miesięcy

offer-interim-name = Praca tymczasowa
offer-interim-provider = Agencje pracy tymczasowej w Oostende
offer-interim-description = Poznawanie pracodawców przez agencję pracy tymczasowej; możliwe są anonimowe profile kandydata.
offer-interim-allowance = Wynagrodzenie za dane zlecenie

offer-vakbond-loopbaan-name = Doradztwo w sprawie kariery i rozwoju zawodowego
offer-vakbond-loopbaan-provider = Związki zawodowe ACV, ABVV i ACLVB
offer-vakbond-loopbaan-description = Pomoc przy planie szukania pracy, CV, koncie w VDAB i w sprawie twoich praw, także przy powrocie do pracy po chorobie. Również dla osób, które nie są członkami.
offer-vakbond-loopbaan-allowance = Bezpłatnie

offer-twe-name = Tymczasowe doświadczenie zawodowe (TWE) w OCMW
offer-twe-provider = OCMW Oostende, dział zatrudnienia
offer-twe-description = Ścieżka zdobywania doświadczenia zawodowego: najpierw miesiąc BVS, potem umowa na podstawie artykułu 60.
offer-twe-duration = 24 miesiące

offer-bvs-name = Staż zapoznawczy z zawodem (BVS)
offer-bvs-provider = OCMW Oostende, dział zatrudnienia
offer-bvs-description = Krótki staż w miejscu pracy, aby poznać zawód, jako pierwszy krok TWE.
offer-bvs-allowance = Leefloon plus 1 € za godzinę
offer-bvs-duration = Najwyżej 1 miesiąc

offer-artikel-60-name = Zatrudnienie na podstawie artykułu 60 §7
offer-artikel-60-provider = OCMW Oostende, dział zatrudnienia
offer-artikel-60-description = Płatna praca przez OCMW, ze wsparciem opiekuna w miejscu pracy, który co trzy miesiące ocenia postępy.
offer-artikel-60-allowance = Wynagrodzenie zamiast leefloon
offer-artikel-60-duration = Poniżej 36 lat: 1 rok; od 36 do 49 lat: 18 miesięcy; od 50 lat: 2 lata
offer-artikel-60-conditions = Dla klientów OCMW; broszura powitalna miesiąc przed rozpoczęciem

offer-nazorg-twe-name = Wsparcie po TWE
offer-nazorg-twe-provider = OCMW Oostende, dział zatrudnienia
offer-nazorg-twe-description = Dalsze wsparcie po umowie z artykułu 60, z osobistym przekazaniem do VDAB, w drodze do zwykłej pracy.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: rozwój i nauka w miejscu pracy)
offer-glow-provider = VDAB (flamandzki urząd pracy) z partnerami
offer-glow-description = Intensywna ścieżka nauki w miejscu pracy, oparta na stażu WES lub IBO, z dodatkowym wsparciem językowym. Dla osób szukających pracy z niepełnosprawnością w pracy lub z kilkoma problemami naraz.
offer-glow-duration = Najwyżej 24 miesiące

offer-wes-name = Staż dla zdobycia doświadczenia zawodowego (WES)
offer-wes-provider = VDAB
offer-wes-description = Staż u pracodawcy, aby zdobyć doświadczenie zawodowe.
offer-wes-duration = Najwyżej 6 miesięcy
offer-wes-conditions = Dopiero po umowie z artykułu 60

offer-ibo-name = Indywidualne szkolenie zawodowe (IBO)
offer-ibo-provider = VDAB
offer-ibo-description = Nauka w miejscu pracy u pracodawcy, który potem cię zatrudni.
offer-ibo-allowance = Premia oraz zwrot kosztów dojazdu i opieki nad dziećmi
offer-ibo-duration = Od 1 do 6 miesięcy
offer-ibo-conditions = Rejestracja w VDAB; poprzednia praca nie została wypowiedziana z własnej woli; brak wcześniejszej pracy u tego pracodawcy

offer-bis-name = Płatny staż zawodowy (BIS)
offer-bis-provider = Pracodawcy, przez VDAB
offer-bis-description = Płatny staż, aby poznać zawód od środka.
offer-bis-allowance = Dodatek stażowy
offer-bis-duration = Najwyżej 6 miesięcy

offer-individueel-maatwerk-name = Indywidualna praca dopasowana (maatwerk)
offer-individueel-maatwerk-provider = Pracodawcy, ze wsparciem rządu flamandzkiego
offer-individueel-maatwerk-description = Praca u zwykłego pracodawcy, który dostaje wsparcie na dodatkową opiekę nad pracownikiem.
offer-individueel-maatwerk-allowance = Wynagrodzenie

offer-collectief-maatwerk-name = Zbiorowa praca dopasowana (maatwerk)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Praca w przedsiębiorstwie ekonomii społecznej (maatwerkbedrijf), ze wsparciem dopasowanym do osoby.
offer-collectief-maatwerk-allowance = Wynagrodzenie
offer-collectief-maatwerk-conditions = Dla osób z niepełnosprawnością utrudniającą pracę

offer-btom-name = Praca ze specjalnym wsparciem (BTOM)
offer-btom-provider = VDAB
offer-btom-description = Wsparcie w zwykłej pracy: tłumacz języka migowego, dostosowane stanowisko pracy, narzędzia pracy lub koszty dojazdu.

offer-wijk-werken-name = Wijk-werken (praca w okolicy)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Drobne prace dla mieszkańców, szkół lub stowarzyszeń w okolicy, aby zdobyć doświadczenie. Co sześć miesięcy wspólna ocena.
offer-wijk-werken-allowance = 4,10 € za godzinę, bez podatku; najwyżej 60 godzin miesięcznie i 630 godzin rocznie
offer-wijk-werken-duration = Najwyżej 12 miesięcy
offer-wijk-werken-conditions = Dla klientów VDAB, OCMW lub GTB

offer-vrijwilligerswerk-name = Wolontariat
offer-vrijwilligerswerk-provider = FMDO i vzw Perspectief
offer-vrijwilligerswerk-description = Dobrowolna pomoc w organizacji: poznawać ludzi, robić coś ważnego i zdobywać doświadczenie.
offer-vrijwilligerswerk-allowance = Zasadniczo bez wynagrodzenia; czasem zwrot kosztów, który zależy od organizacji (vzw Perspectief: 4,10 € za godzinę)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Nowo przybyłe osoby trafiają do organizacji, w której ćwiczą niderlandzki i pracują jako wolontariusze.
offer-8400-talenten-conditions = Niderlandzki na poziomie 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Mentor-wolontariusz pomaga w nauce słów potrzebnych w pracy oraz w szukaniu pracy lub stażu.
offer-team-up-duration = 6 miesięcy

offer-zoekhulp-name = Pomoc w szukaniu pracy
offer-zoekhulp-provider = FMDO i VDAB
offer-zoekhulp-description = Wspólne przeglądanie ofert pracy, pisanie CV i listu motywacyjnego, szukanie stażu lub szkolenia.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende i FMDO
offer-women-at-work-description = Program dla kobiet, które chcą zrobić krok w stronę pracy.

offer-module-solliciteren-name = Moduł: ubieganie się o pracę
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Nauka ubiegania się o pracę po niderlandzku: czytanie ogłoszeń, telefonowanie, ćwiczenie rozmowy kwalifikacyjnej.
offer-module-solliciteren-conditions = Od poziomu 1.1; w ramach wsparcia po TWE, pod koniec umowy z artykułu 60 lub w fazie orientacji

offer-taallessen-artikel-60-name = Lekcje języka w czasie umowy z artykułu 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Nauka niderlandzkiego w miejscu pracy, obok umowy z artykułu 60.
offer-taallessen-artikel-60-conditions = Z umową z artykułu 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Rano niderlandzki, po południu orientacja zawodowa, otwarte centrum nauki i informatyka. Moduły można robić osobno; kto znajdzie pracę, może przerwać.
offer-bootcamp2work-duration = 5 tygodni

offer-sollicitatietraining-name = Trening ubiegania się o pracę
offer-sollicitatietraining-provider = OCMW Oostende, dział zatrudnienia
offer-sollicitatietraining-description = Ćwiczenie ubiegania się o pracę w małej grupie.
offer-sollicitatietraining-duration = 4 razy po pół dnia

offer-rijbewijs-b-name = Pomoc w zdobyciu prawa jazdy kat. B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala i KTA
offer-rijbewijs-b-description = Lekcje teorii i ćwiczenia na symulatorze jazdy, aby praca dalej od domu stała się osiągalna.

offer-heftruck-name = Kurs operatora wózka widłowego
offer-heftruck-provider = Economisch Huis Oostende i VDAB
offer-heftruck-description = Teoria w Economisch Huis, praktyka w VDAB w Rekkem.
offer-heftruck-duration = 10 dni teorii i 20 dni praktyki

offer-horeca-forma-name = Kurs barmana lub barmanki
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Krótki kurs pracy za barem.

offer-sdv-zoekhulp-name = Pomoc w szukaniu pracy dla osób mówiących w innych językach
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Pomoc przy teczce kariery, wgrywaniu CV, czytaniu ofert pracy i szukaniu szkoleń, także dla osób z niewielkim wykształceniem.

offer-computer-basis-name = Podstawowy kurs komputerowy
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Nauka obsługi komputera, na koniec zaświadczenie.
offer-computer-basis-duration = 5 lekcji

offer-ama-name = Zajęcia podobne do pracy (AMA)
offer-ama-provider = OCMW Oostende, dział zatrudnienia
offer-ama-description = Kilka godzin w tygodniu sensownego zajęcia pod opieką: stały rytm, kontakt z innymi i rozwój osobisty.
offer-ama-allowance = Niewielkie wynagrodzenie za godzinę
offer-ama-conditions = Dla osób z barierami zdrowotnymi, psychicznymi lub społecznymi

offer-spuitenpatrouille-name = Spuitenpatrouille (zbieranie strzykawek)
offer-spuitenpatrouille-provider = OCMW Oostende, dział zatrudnienia
offer-spuitenpatrouille-description = Bezpieczne zbieranie wyrzuconych strzykawek w mieście, w stałym zespole.
offer-spuitenpatrouille-allowance = 8 € za pół dnia
offer-spuitenpatrouille-duration = 2 razy po 2 godziny w tygodniu
offer-spuitenpatrouille-conditions = Dla osób, które (prawdopodobnie) używają substancji lub wychodzą z uzależnienia

offer-ama-sociale-economie-name = AMA w ekonomii społecznej
offer-ama-sociale-economie-provider = GTB, razem z OCMW
offer-ama-sociale-economie-description = Zajęcia podobne do pracy w przedsiębiorstwie ekonomii społecznej.
offer-ama-sociale-economie-conditions = Po rozmowie wstępnej w GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, dział zatrudnienia
offer-werklabo-description = Osiem rodzajów zadań, aby razem odkryć, co ktoś potrafi i co lubi robić.

offer-ama-zwerfvuil-name = AMA: zbieranie śmieci
offer-ama-zwerfvuil-provider = OCMW Oostende, dział zatrudnienia
offer-ama-zwerfvuil-description = Zbieranie porzuconych śmieci w okolicy, w małym zespole.

offer-ama-poetsen-name = AMA: sprzątanie
offer-ama-poetsen-provider = OCMW Oostende, dział zatrudnienia
offer-ama-poetsen-description = Prace porządkowe pod opieką, w stałym rytmie.

offer-taaltraject-scala-name = Nauka niderlandzkiego w CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Lekcje niderlandzkiego jako drugiego języka, na różnych poziomach.

offer-taaltraject-miras-name = Nauka niderlandzkiego w CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Lekcje niderlandzkiego jako drugiego języka, także z myślą o pracy.

offer-taaltraject-ligo-name = Nauka niderlandzkiego w Ligo
offer-taaltraject-ligo-provider = Ligo, centrum edukacji podstawowej
offer-taaltraject-ligo-description = Nauka niderlandzkiego w spokojnym tempie, dla osób, które mało lub wcale nie chodziły do szkoły.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Co tydzień rozmowy w małej grupie z wolontariuszami, aby ćwiczyć niderlandzki.
offer-babbelbox-duration = Co tydzień, według kalendarza szkolnego
offer-babbelbox-conditions = Niderlandzki na poziomie 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Cotygodniowe spotkania i rozmowy dla kobiet z doświadczeniem migracji.
offer-vrouwenklap-duration = Co tydzień

offer-praattafels-name = Stoliki konwersacyjne (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Ćwiczenie niderlandzkiego przy stole z innymi.

offer-hardop-lezen-name = Czytanie na głos
offer-hardop-lezen-provider = Openbare bibliotheek Oostende (biblioteka publiczna)
offer-hardop-lezen-description = Wspólne czytanie na głos w bibliotece.

offer-samen-lezen-nt2-name = Wspólne czytanie dla uczących się niderlandzkiego (NT2)
offer-samen-lezen-nt2-provider = Openbare bibliotheek Oostende (biblioteka publiczna)
offer-samen-lezen-nt2-description = Grupa czytelnicza dla osób, które uczą się niderlandzkiego jako drugiego języka.

offer-maatschappelijke-orientatie-name = Kurs orientacji społecznej
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering
offer-maatschappelijke-orientatie-description = Nauka o tym, jak działa społeczeństwo we Flandrii, we własnym języku, z testem na koniec.
offer-maatschappelijke-orientatie-duration = 60 godzin

offer-participatietraject-name = Ścieżka uczestnictwa w ramach integracji (inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering
offer-participatietraject-description = Staże zapoznawcze, buddy (osoba towarzysząca) lub wolontariat, aby poznać ludzi.
offer-participatietraject-duration = 40 godzin

offer-zorg-eerst-name = Najpierw opieka i dobre samopoczucie
offer-zorg-eerst-provider = OCMW Oostende, praca socjalna
offer-zorg-eerst-description = Jeszcze bez wsparcia w drodze do pracy: najpierw wspólna praca nad zdrowiem, mieszkaniem lub innymi troskami.

offer-thuisbezoek-name = Kontakt w domu
offer-thuisbezoek-provider = OCMW Oostende, praca socjalna
offer-thuisbezoek-description = Pracownik socjalny przychodzi z wizytą i utrzymuje kontakt, w tempie dogodnym dla danej osoby.
