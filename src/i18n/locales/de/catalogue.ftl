# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Namen von Organisationen bleiben unverändert; die Angebote werden auf Deutsch beschrieben.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Arbeit auf dem regulären Arbeitsmarkt
offer-regulier-werk-provider = Arbeitgeber, mit Hilfe des VDAB
offer-regulier-werk-description = Eine normale Stelle bei einem Arbeitgeber oder als Selbstständige/r, ohne besondere Begleitung.
offer-regulier-werk-allowance = Ein Lohn nach dem Tarifvertrag der Branche

offer-eho-begeleiding-name = Intensive Begleitung bei der Arbeitssuche
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Gemeinsam Arbeit suchen, mit Sprachcoaching für Menschen mit Migrationshintergrund. Nach drei Monaten wird die Akte gemeinsam angeschaut.
offer-eho-begeleiding-duration = Höchstens 12 Monate

offer-interim-name = Zeitarbeit
offer-interim-provider = Zeitarbeitsfirmen in Oostende
offer-interim-description = Über eine Zeitarbeitsfirma Arbeitgeber kennenlernen; anonyme Bewerberprofile sind möglich.
offer-interim-allowance = Lohn für den Zeitarbeitseinsatz

offer-vakbond-loopbaan-name = Beratung zu Laufbahn und Weiterbildung
offer-vakbond-loopbaan-provider = Gewerkschaften ACV, ABVV und ACLVB
offer-vakbond-loopbaan-description = Hilfe bei einem Suchplan, beim Lebenslauf, beim VDAB-Konto und bei Ihren Rechten, auch bei der Rückkehr nach einer Krankheit. Auch für Nichtmitglieder.
offer-vakbond-loopbaan-allowance = Kostenlos

offer-twe-name = Befristete Arbeitserfahrung (TWE) beim OCMW
offer-twe-provider = OCMW Oostende, Beschäftigungsdienst
offer-twe-description = Ein Weg zur Arbeitserfahrung: zuerst ein Monat BVS, danach ein Vertrag nach Artikel 60.
offer-twe-duration = 24 Monate

offer-bvs-name = Praktikum zum Kennenlernen eines Berufs (BVS)
offer-bvs-provider = OCMW Oostende, Beschäftigungsdienst
offer-bvs-description = Ein kurzes Praktikum am Arbeitsplatz, um einen Beruf kennenzulernen, als erster Schritt der TWE.
offer-bvs-allowance = Leefloon plus 1 € pro Stunde
offer-bvs-duration = Höchstens 1 Monat

offer-artikel-60-name = Beschäftigung nach Artikel 60 §7
offer-artikel-60-provider = OCMW Oostende, Beschäftigungsdienst
offer-artikel-60-description = Eine bezahlte Stelle über das OCMW, mit Begleitung durch einen Coach am Arbeitsplatz, der alle drei Monate eine Auswertung macht.
offer-artikel-60-allowance = Ein Lohn statt des Leefloon
offer-artikel-60-duration = Unter 36 Jahren: 1 Jahr; 36 bis 49 Jahre: 18 Monate; ab 50 Jahren: 2 Jahre
offer-artikel-60-conditions = Für Klientinnen und Klienten des OCMW; eine Willkommensbroschüre einen Monat vor Beginn

offer-nazorg-twe-name = Nachbetreuung nach der TWE
offer-nazorg-twe-provider = OCMW Oostende, Beschäftigungsdienst
offer-nazorg-twe-description = Begleitung nach einem Vertrag nach Artikel 60, mit einer persönlichen Übergabe an den VDAB, auf dem Weg zu einer normalen Arbeit.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer: Wachsen und Lernen am Arbeitsplatz)
offer-glow-provider = VDAB (flämischer Arbeitsvermittlungsdienst), mit Partnern
offer-glow-description = Ein intensiver Weg des Lernens am Arbeitsplatz, rund um ein WES-Praktikum oder eine IBO, mit zusätzlicher Sprachunterstützung. Für Arbeitsuchende mit einer Arbeitsbehinderung oder mit mehreren Problemen zugleich.
offer-glow-duration = Höchstens 24 Monate

offer-wes-name = Praktikum für Arbeitserfahrung (WES)
offer-wes-provider = VDAB (flämischer Arbeitsvermittlungsdienst)
offer-wes-description = Ein Praktikum bei einem Arbeitgeber, um Arbeitserfahrung zu sammeln.
offer-wes-duration = Höchstens 6 Monate
offer-wes-conditions = Erst nach einem Vertrag nach Artikel 60

offer-ibo-name = Individuelle Berufsausbildung (IBO)
offer-ibo-provider = VDAB (flämischer Arbeitsvermittlungsdienst)
offer-ibo-description = Am Arbeitsplatz lernen bei einem Arbeitgeber, der Sie danach einstellt.
offer-ibo-allowance = Eine Prämie und eine Vergütung für Fahrtkosten und Kinderbetreuung
offer-ibo-duration = 1 bis 6 Monate
offer-ibo-conditions = Beim VDAB eingeschrieben, die letzte Stelle nicht selbst gekündigt, noch nie bei diesem Arbeitgeber gearbeitet

offer-bis-name = Bezahltes Praktikum im Beruf (BIS)
offer-bis-provider = Arbeitgeber, über den VDAB
offer-bis-description = Ein bezahltes Praktikum, um einen Beruf von innen kennenzulernen.
offer-bis-allowance = Eine Praktikumsvergütung
offer-bis-duration = Höchstens 6 Monate

offer-individueel-maatwerk-name = Angepasste Arbeit bei einem normalen Arbeitgeber
offer-individueel-maatwerk-provider = Arbeitgeber, mit Unterstützung der flämischen Regierung
offer-individueel-maatwerk-description = Eine Stelle bei einem normalen Arbeitgeber, der Unterstützung für die zusätzliche Begleitung bekommt.
offer-individueel-maatwerk-allowance = Ein Lohn

offer-collectief-maatwerk-name = Angepasste Arbeit in einem Sozialbetrieb
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Arbeit in einem Betrieb der Sozialwirtschaft, mit Begleitung nach Maß.
offer-collectief-maatwerk-allowance = Ein Lohn
offer-collectief-maatwerk-conditions = Für Menschen mit einer Arbeitsbehinderung

offer-btom-name = Arbeit mit besonderer Unterstützung (BTOM)
offer-btom-provider = VDAB (flämischer Arbeitsvermittlungsdienst)
offer-btom-description = Unterstützung bei einer normalen Stelle: ein Gebärdendolmetscher, ein angepasster Arbeitsplatz, Arbeitsmittel oder Fahrtkosten.

offer-wijk-werken-name = Arbeit im Stadtviertel (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Kleine Arbeiten für Menschen, Schulen oder Vereine in der Nachbarschaft, um Erfahrung zu sammeln. Alle sechs Monate gemeinsam ausgewertet.
offer-wijk-werken-allowance = 4,10 € pro Stunde, steuerfrei; höchstens 60 Stunden im Monat und 630 Stunden im Jahr
offer-wijk-werken-duration = Höchstens 12 Monate
offer-wijk-werken-conditions = Für Klientinnen und Klienten von VDAB, OCMW oder GTB

offer-vrijwilligerswerk-name = Freiwilligenarbeit
offer-vrijwilligerswerk-provider = FMDO und vzw Perspectief
offer-vrijwilligerswerk-description = Freiwillig in einer Organisation mitarbeiten: Menschen treffen, etwas Sinnvolles tun und Erfahrung sammeln.
offer-vrijwilligerswerk-allowance = Grundsätzlich unbezahlt; manchmal eine Aufwandsentschädigung, die je nach Organisation verschieden ist (vzw Perspectief: 4,10 € pro Stunde)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Neu angekommene Menschen werden mit einer Organisation zusammengebracht, um Niederländisch zu üben und freiwillig zu arbeiten.
offer-8400-talenten-conditions = Niederländisch auf Niveau 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Ein freiwilliger Mentor hilft mit Wörtern für die Arbeit und bei der Suche nach einer Stelle oder einem Praktikum.
offer-team-up-duration = 6 Monate

offer-zoekhulp-name = Hilfe bei der Arbeitssuche
offer-zoekhulp-provider = FMDO und VDAB
offer-zoekhulp-description = Gemeinsam Stellenangebote anschauen, einen Lebenslauf und ein Bewerbungsschreiben machen, ein Praktikum oder eine Ausbildung finden.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende und FMDO
offer-women-at-work-description = Ein Weg für Frauen, die den Schritt in die Arbeit machen möchten.

offer-module-solliciteren-name = Modul „Bewerben“
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Lernen, sich auf Niederländisch zu bewerben: Stellenangebote lesen, telefonieren, ein Vorstellungsgespräch üben.
offer-module-solliciteren-conditions = Ab Niveau 1.1; für die Nachbetreuung nach der TWE, das Ende eines Vertrags nach Artikel 60 oder die Orientierungsphase

offer-taallessen-artikel-60-name = Sprachunterricht während Artikel 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Niederländisch am Arbeitsplatz lernen, neben einem Vertrag nach Artikel 60.
offer-taallessen-artikel-60-conditions = Mit einem Vertrag nach Artikel 60

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Morgens Niederländisch, nachmittags Orientierung, ein offenes Lernzentrum und Computerkenntnisse. Module gehen auch einzeln; wer Arbeit findet, darf aufhören.
offer-bootcamp2work-duration = 5 Wochen

offer-sollicitatietraining-name = Bewerbungstraining
offer-sollicitatietraining-provider = OCMW Oostende, Beschäftigungsdienst
offer-sollicitatietraining-description = Das Bewerben in einer kleinen Gruppe üben.
offer-sollicitatietraining-duration = 4 halbe Tage

offer-rijbewijs-b-name = Hilfe beim Führerschein Klasse B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala und KTA
offer-rijbewijs-b-description = Theorieunterricht und Üben an einem Fahrsimulator, damit auch Arbeit weiter weg erreichbar wird.

offer-heftruck-name = Ausbildung Gabelstapler
offer-heftruck-provider = Economisch Huis Oostende und VDAB
offer-heftruck-description = Theorie beim Economisch Huis und Praxis beim VDAB in Rekkem.
offer-heftruck-duration = 10 Tage Theorie und 20 Tage Praxis

offer-horeca-forma-name = Ausbildung zum Barkeeper oder zur Barkeeperin
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Eine kurze Ausbildung, um hinter einer Bar zu arbeiten.

offer-sdv-zoekhulp-name = Hilfe bei der Arbeitssuche für Menschen mit anderer Muttersprache
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Hilfe bei einer Laufbahnakte, beim Hochladen eines Lebenslaufs, beim Lesen von Stellenangeboten und beim Finden von Ausbildungen, auch für Menschen mit wenig Schulbildung.

offer-computer-basis-name = Computer-Grundkurs
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Lernen, mit einem Computer zu arbeiten, mit einer Bescheinigung am Ende.
offer-computer-basis-duration = 5 Kursstunden

offer-ama-name = Arbeitsähnliche Tätigkeit (AMA)
offer-ama-provider = OCMW Oostende, Beschäftigungsdienst
offer-ama-description = Ein paar Stunden pro Woche sinnvoll beschäftigt sein, mit Begleitung: Struktur, Kontakt mit anderen und sich selbst weiterentwickeln.
offer-ama-allowance = Eine kleine Vergütung pro Stunde
offer-ama-conditions = Für Menschen mit medizinischen, psychischen oder sozialen Hürden

offer-spuitenpatrouille-name = Spritzen-Patrouille (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, Beschäftigungsdienst
offer-spuitenpatrouille-description = Weggeworfene Spritzen in der Stadt sicher einsammeln, in einem festen Team.
offer-spuitenpatrouille-allowance = 8 € pro halben Tag
offer-spuitenpatrouille-duration = 2-mal 2 Stunden pro Woche
offer-spuitenpatrouille-conditions = Für Menschen, die (vermutlich) Drogen nehmen oder sich davon erholen

offer-ama-sociale-economie-name = AMA in der Sozialwirtschaft
offer-ama-sociale-economie-provider = GTB, mit dem OCMW
offer-ama-sociale-economie-description = Arbeitsähnliche Tätigkeit in einem Betrieb der Sozialwirtschaft.
offer-ama-sociale-economie-conditions = Nach einem Aufnahmegespräch bei GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, Beschäftigungsdienst
offer-werklabo-description = Acht Arten von Aufgaben, um gemeinsam herauszufinden, was jemand kann und gern tut.

offer-ama-zwerfvuil-name = AMA Müll sammeln
offer-ama-zwerfvuil-provider = OCMW Oostende, Beschäftigungsdienst
offer-ama-zwerfvuil-description = Weggeworfenen Müll in der Nachbarschaft aufräumen, in einem kleinen Team.

offer-ama-poetsen-name = AMA Putzen
offer-ama-poetsen-provider = OCMW Oostende, Beschäftigungsdienst
offer-ama-poetsen-description = Putzarbeiten mit Begleitung, in einem festen Rhythmus.

offer-taaltraject-scala-name = Niederländisch lernen beim CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Unterricht in Niederländisch als Zweitsprache, auf verschiedenen Niveaus.

offer-taaltraject-miras-name = Niederländisch lernen beim CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Unterricht in Niederländisch als Zweitsprache, auch mit Blick auf die Arbeit.

offer-taaltraject-ligo-name = Niederländisch lernen bei Ligo
offer-taaltraject-ligo-provider = Ligo, Zentrum für Grundbildung
offer-taaltraject-ligo-description = Niederländisch lernen in einem ruhigen Tempo, für Menschen, die wenig oder nicht zur Schule gegangen sind.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Jede Woche in einer kleinen Gruppe mit Freiwilligen sprechen, um Niederländisch zu üben.
offer-babbelbox-duration = Jede Woche, nach dem Schulkalender
offer-babbelbox-conditions = Niederländisch auf Niveau 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Sich jede Woche treffen und reden, für Frauen mit Migrationshintergrund.
offer-vrouwenklap-duration = Jede Woche

offer-praattafels-name = Gesprächsrunden (Praattafels)
offer-praattafels-provider = Antenne
offer-praattafels-description = Am Tisch mit anderen Niederländisch üben.

offer-hardop-lezen-name = Laut vorlesen
offer-hardop-lezen-provider = Öffentliche Bibliothek Oostende
offer-hardop-lezen-description = Gemeinsam in der Bibliothek laut lesen.

offer-samen-lezen-nt2-name = Gemeinsam lesen, für Menschen, die Niederländisch lernen
offer-samen-lezen-nt2-provider = Öffentliche Bibliothek Oostende
offer-samen-lezen-nt2-description = Eine Lesegruppe für Menschen, die Niederländisch als Zweitsprache lernen.

offer-maatschappelijke-orientatie-name = Kurs gesellschaftliche Orientierung
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (flämische Agentur für Integration)
offer-maatschappelijke-orientatie-description = Lernen, wie die Gesellschaft in Flandern funktioniert, in der eigenen Sprache, mit einem Test am Ende.
offer-maatschappelijke-orientatie-duration = 60 Stunden

offer-participatietraject-name = Teilhabe-Programm der Integration (Inburgering)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (flämische Agentur für Integration)
offer-participatietraject-description = Schnupperpraktika, ein Buddy oder Freiwilligenarbeit, um Menschen kennenzulernen.
offer-participatietraject-duration = 40 Stunden

offer-zorg-eerst-name = Zuerst Gesundheit und Wohlbefinden
offer-zorg-eerst-provider = OCMW Oostende, Sozialdienst
offer-zorg-eerst-description = Noch keine Begleitung zur Arbeit: zuerst gemeinsam an Gesundheit, Wohnen oder anderen Sorgen arbeiten.

offer-thuisbezoek-name = Kontakt zu Hause
offer-thuisbezoek-provider = OCMW Oostende, Sozialdienst
offer-thuisbezoek-description = Die Sozialarbeiterin oder der Sozialarbeiter kommt zu Besuch und hält Kontakt, im eigenen Tempo der Person.
