# Default catalogue (OCMW Oostende, edition 2024): the texts of each offer.
# Ids: offer-<offer id>-<field>. The Dutch text in the catalogue file is the binding one.
# Les noms d'organisations restent tels quels ; les offres sont décrites en français.

catalogue-name = OCMW Oostende

offer-regulier-werk-name = Un emploi dans le circuit ordinaire
offer-regulier-werk-provider = Employeurs, avec l'aide du VDAB
offer-regulier-werk-description = Un emploi ordinaire chez un employeur ou comme indépendant, sans accompagnement particulier.
offer-regulier-werk-allowance = Un salaire selon la convention collective (CCT) du secteur

offer-eho-begeleiding-name = Accompagnement intensif vers l'emploi
offer-eho-begeleiding-provider = Economisch Huis Oostende (EHO)
offer-eho-begeleiding-description = Chercher du travail ensemble, avec un coaching linguistique pour les personnes issues de l'immigration. Le dossier est revu ensemble après trois mois.
offer-eho-begeleiding-duration = 12 mois maximum

offer-interim-name = Travail intérimaire
offer-interim-provider = Agences d'intérim à Oostende
offer-interim-description = Rencontrer des employeurs par une agence d'intérim ; des fiches de candidat anonymes sont possibles.
offer-interim-allowance = Le salaire de la mission d'intérim

offer-vakbond-loopbaan-name = Conseils de carrière et de mise à niveau
offer-vakbond-loopbaan-provider = Syndicats ACV, ABVV et ACLVB
offer-vakbond-loopbaan-description = Aide pour un plan de recherche d'emploi, votre CV, votre compte VDAB et vos droits, aussi lors d'un retour après une maladie. Ouvert aussi aux non-affiliés.
offer-vakbond-loopbaan-allowance = Gratuit

offer-twe-name = Expérience de travail temporaire (TWE) à l'OCMW
offer-twe-provider = OCMW Oostende, service emploi
offer-twe-description = Un parcours d'expérience de travail : d'abord un mois de BVS, ensuite un contrat « article 60 ».
offer-twe-duration = 24 mois

offer-bvs-name = Stage de découverte d'un métier (BVS)
offer-bvs-provider = OCMW Oostende, service emploi
offer-bvs-description = Un court stage sur le lieu de travail pour découvrir un métier, comme première étape de la TWE.
offer-bvs-allowance = Le leefloon plus 1 € par heure
offer-bvs-duration = 1 mois maximum

offer-artikel-60-name = Mise à l'emploi « article 60 §7 »
offer-artikel-60-provider = OCMW Oostende, service emploi
offer-artikel-60-description = Un emploi payé par l'intermédiaire de l'OCMW, avec l'accompagnement d'un coach sur le lieu de travail, qui fait une évaluation tous les trois mois.
offer-artikel-60-allowance = Un salaire à la place du leefloon
offer-artikel-60-duration = Moins de 36 ans : 1 an ; de 36 à 49 ans : 18 mois ; à partir de 50 ans : 2 ans
offer-artikel-60-conditions = Pour les bénéficiaires de l'OCMW ; une brochure d'accueil un mois avant le début

offer-nazorg-twe-name = Suivi après la TWE
offer-nazorg-twe-provider = OCMW Oostende, service emploi
offer-nazorg-twe-description = Un suivi après un contrat « article 60 », avec un passage de relais personnalisé vers le VDAB, en route vers un emploi ordinaire.

offer-glow-name = GLOW (Groeien en Leren op de Werkvloer : grandir et apprendre sur le lieu de travail)
offer-glow-provider = VDAB (service flamand de l’emploi), avec des partenaires
offer-glow-description = Un trajet intensif d'apprentissage sur le lieu de travail, autour d'un stage WES ou d'une IBO, avec un soutien linguistique en plus. Pour les demandeurs d'emploi ayant un handicap au travail ou plusieurs difficultés à la fois.
offer-glow-duration = 24 mois maximum

offer-wes-name = Stage d'expérience professionnelle (WES)
offer-wes-provider = VDAB (service flamand de l'emploi)
offer-wes-description = Un stage pour acquérir de l'expérience de travail chez un employeur.
offer-wes-duration = 6 mois maximum
offer-wes-conditions = Seulement après un contrat « article 60 »

offer-ibo-name = Formation professionnelle individuelle (IBO)
offer-ibo-provider = VDAB (service flamand de l'emploi)
offer-ibo-description = Apprendre sur le lieu de travail chez un employeur qui vous engage ensuite.
offer-ibo-allowance = Une prime et une indemnité pour les déplacements et la garde des enfants
offer-ibo-duration = 1 à 6 mois
offer-ibo-conditions = Inscrit au VDAB, ne pas avoir démissionné soi-même de l'emploi précédent, n'avoir jamais travaillé chez cet employeur

offer-bis-name = Stage d'immersion professionnelle (BIS)
offer-bis-provider = Employeurs, via le VDAB
offer-bis-description = Un stage payé pour apprendre un métier de l'intérieur.
offer-bis-allowance = Une indemnité de stage
offer-bis-duration = 6 mois maximum

offer-individueel-maatwerk-name = Emploi sur mesure individuel
offer-individueel-maatwerk-provider = Employeurs, avec le soutien du gouvernement flamand
offer-individueel-maatwerk-description = Un emploi chez un employeur ordinaire, qui reçoit une aide pour l'accompagnement supplémentaire.
offer-individueel-maatwerk-allowance = Un salaire

offer-collectief-maatwerk-name = Emploi sur mesure collectif (entreprise de travail adapté)
offer-collectief-maatwerk-provider = Oesterbank, vzw De Duinenwacht, Kringwinkel, Groep Intro
offer-collectief-maatwerk-description = Un travail dans une entreprise de travail adapté de l'économie sociale, avec un accompagnement sur mesure.
offer-collectief-maatwerk-allowance = Un salaire
offer-collectief-maatwerk-conditions = Pour les personnes avec un handicap au travail

offer-btom-name = Travail avec mesures de soutien particulières (BTOM)
offer-btom-provider = VDAB (service flamand de l'emploi)
offer-btom-description = Un soutien dans un emploi ordinaire : un interprète en langue des signes, un poste de travail adapté, des outils de travail ou des frais de déplacement.

offer-wijk-werken-name = Travail de quartier (wijk-werken)
offer-wijk-werken-provider = vzw Perspectief
offer-wijk-werken-description = Des petits travaux chez des particuliers, dans des écoles ou des associations du quartier, pour acquérir de l'expérience. Évalué ensemble tous les six mois.
offer-wijk-werken-allowance = 4,10 € par heure, sans impôts ; au maximum 60 heures par mois et 630 heures par an
offer-wijk-werken-duration = 12 mois maximum
offer-wijk-werken-conditions = Pour les clients du VDAB, de l'OCMW ou du GTB

offer-vrijwilligerswerk-name = Volontariat
offer-vrijwilligerswerk-provider = FMDO et vzw Perspectief
offer-vrijwilligerswerk-description = Aider bénévolement dans une organisation : rencontrer des gens, être utile et acquérir de l'expérience.
offer-vrijwilligerswerk-allowance = En principe non rémunéré ; parfois un défraiement qui varie selon l'organisation (asbl Perspectief : 4,10 € de l'heure)

offer-8400-talenten-name = 8400 Talenten
offer-8400-talenten-provider = FMDO
offer-8400-talenten-description = Les nouveaux arrivants sont mis en contact avec une organisation pour pratiquer le néerlandais et faire du volontariat.
offer-8400-talenten-conditions = Néerlandais au niveau 1.1

offer-team-up-name = Team Up
offer-team-up-provider = FMDO
offer-team-up-description = Un mentor volontaire aide avec le vocabulaire du travail et à trouver un emploi ou un stage.
offer-team-up-duration = 6 mois

offer-zoekhulp-name = Aide pour chercher du travail
offer-zoekhulp-provider = FMDO et VDAB
offer-zoekhulp-description = Regarder ensemble les offres d'emploi, faire un CV et une lettre de motivation, trouver un stage ou une formation.

offer-women-at-work-name = Women@Work
offer-women-at-work-provider = Economisch Huis Oostende et FMDO
offer-women-at-work-description = Un parcours pour les femmes qui veulent faire le pas vers le travail.

offer-module-solliciteren-name = Module « postuler »
offer-module-solliciteren-provider = CVO Miras
offer-module-solliciteren-description = Apprendre à postuler en néerlandais : lire des offres d'emploi, téléphoner, s'exercer à l'entretien d'embauche.
offer-module-solliciteren-conditions = À partir du niveau 1.1 ; pour le suivi après la TWE, la fin d'un contrat « article 60 » ou la phase d'orientation

offer-taallessen-artikel-60-name = Cours de langue pendant l'article 60
offer-taallessen-artikel-60-provider = CVO Miras
offer-taallessen-artikel-60-description = Apprendre le néerlandais sur le lieu de travail, en parallèle d'un contrat « article 60 ».
offer-taallessen-artikel-60-conditions = Avec un contrat « article 60 »

offer-bootcamp2work-name = Bootcamp2Work
offer-bootcamp2work-provider = Economisch Huis Oostende (EHO)
offer-bootcamp2work-description = Le matin, du néerlandais ; l'après-midi, de l'orientation, un centre d'apprentissage ouvert et de l'informatique. Les modules peuvent se suivre séparément ; qui trouve du travail peut arrêter.
offer-bootcamp2work-duration = 5 semaines

offer-sollicitatietraining-name = Entraînement à la recherche d'emploi
offer-sollicitatietraining-provider = OCMW Oostende, service emploi
offer-sollicitatietraining-description = S'exercer à postuler en petit groupe.
offer-sollicitatietraining-duration = 4 demi-journées

offer-rijbewijs-b-name = Aide pour le permis de conduire B
offer-rijbewijs-b-provider = Economisch Huis Oostende, CVO Scala et KTA
offer-rijbewijs-b-description = Des cours de théorie et des exercices sur un simulateur de conduite, pour pouvoir atteindre un travail plus éloigné.

offer-heftruck-name = Formation de cariste (chariot élévateur)
offer-heftruck-provider = Economisch Huis Oostende et VDAB
offer-heftruck-description = La théorie à l'Economisch Huis et la pratique au VDAB à Rekkem.
offer-heftruck-duration = 10 jours de théorie et 20 jours de pratique

offer-horeca-forma-name = Formation de barman ou barmaid
offer-horeca-forma-provider = Horeca Forma
offer-horeca-forma-description = Une courte formation pour travailler derrière un bar.

offer-sdv-zoekhulp-name = Aide à la recherche d'emploi pour les personnes qui ne parlent pas néerlandais
offer-sdv-zoekhulp-provider = Samen Divers
offer-sdv-zoekhulp-description = Aide pour un dossier de carrière, pour mettre un CV en ligne, lire des offres d'emploi et trouver des formations, aussi pour les personnes peu scolarisées.

offer-computer-basis-name = Cours d'informatique de base
offer-computer-basis-provider = Samen Divers
offer-computer-basis-description = Apprendre à utiliser un ordinateur, avec un certificat à la fin.
offer-computer-basis-duration = 5 cours

offer-ama-name = Activité proche du travail (AMA)
offer-ama-provider = OCMW Oostende, service emploi
offer-ama-description = Quelques heures par semaine d'activité utile, avec un accompagnement : de la structure, des contacts avec d'autres et l'occasion de se développer.
offer-ama-allowance = Une petite indemnité par heure
offer-ama-conditions = Pour les personnes qui rencontrent des obstacles médicaux, psychiques ou sociaux

offer-spuitenpatrouille-name = Patrouille seringues (Spuitenpatrouille)
offer-spuitenpatrouille-provider = OCMW Oostende, service emploi
offer-spuitenpatrouille-description = Ramasser en toute sécurité les seringues jetées dans la ville, dans une équipe fixe.
offer-spuitenpatrouille-allowance = 8 € par demi-journée
offer-spuitenpatrouille-duration = 2 fois 2 heures par semaine
offer-spuitenpatrouille-conditions = Pour les personnes qui consomment (probablement) des drogues ou qui sont en rétablissement

offer-ama-sociale-economie-name = AMA dans l'économie sociale
offer-ama-sociale-economie-provider = GTB, avec l'OCMW
offer-ama-sociale-economie-description = Une activité proche du travail dans une entreprise de l'économie sociale.
offer-ama-sociale-economie-conditions = Après un entretien d'accueil au GTB

offer-werklabo-name = WerkLabo
offer-werklabo-provider = OCMW Oostende, service emploi
offer-werklabo-description = Huit sortes de tâches pour découvrir ensemble ce que la personne sait faire et aime faire.

offer-ama-zwerfvuil-name = AMA ramassage de déchets
offer-ama-zwerfvuil-provider = OCMW Oostende, service emploi
offer-ama-zwerfvuil-description = Ramasser les déchets abandonnés dans le quartier, en petite équipe.

offer-ama-poetsen-name = AMA nettoyage
offer-ama-poetsen-provider = OCMW Oostende, service emploi
offer-ama-poetsen-description = Des tâches de nettoyage avec un accompagnement, à un rythme régulier.

offer-taaltraject-scala-name = Apprendre le néerlandais au CVO Scala
offer-taaltraject-scala-provider = CVO Scala
offer-taaltraject-scala-description = Des cours de néerlandais langue seconde, à différents niveaux.

offer-taaltraject-miras-name = Apprendre le néerlandais au CVO Miras
offer-taaltraject-miras-provider = CVO Miras
offer-taaltraject-miras-description = Des cours de néerlandais langue seconde, aussi orientés vers le travail.

offer-taaltraject-ligo-name = Apprendre le néerlandais chez Ligo
offer-taaltraject-ligo-provider = Ligo, centre d'éducation de base
offer-taaltraject-ligo-description = Apprendre le néerlandais à un rythme calme, pour les personnes qui sont peu ou pas allées à l'école.

offer-babbelbox-name = Babbelbox
offer-babbelbox-provider = Samen Divers
offer-babbelbox-description = Parler chaque semaine en petit groupe avec des volontaires, pour pratiquer le néerlandais.
offer-babbelbox-duration = Chaque semaine, selon le calendrier scolaire
offer-babbelbox-conditions = Néerlandais au niveau 1.1

offer-vrouwenklap-name = Vrouwenklap
offer-vrouwenklap-provider = FMDO
offer-vrouwenklap-description = Se retrouver et parler chaque semaine, pour les femmes issues de l'immigration.
offer-vrouwenklap-duration = Chaque semaine

offer-praattafels-name = Tables de conversation
offer-praattafels-provider = Antenne
offer-praattafels-description = Pratiquer le néerlandais autour d'une table avec d'autres personnes.

offer-hardop-lezen-name = Lire à voix haute
offer-hardop-lezen-provider = Bibliothèque publique d'Oostende
offer-hardop-lezen-description = Lire ensemble à voix haute à la bibliothèque.

offer-samen-lezen-nt2-name = Lire ensemble, pour les personnes qui apprennent le néerlandais
offer-samen-lezen-nt2-provider = Bibliothèque publique d'Oostende
offer-samen-lezen-nt2-description = Un groupe de lecture pour les personnes qui apprennent le néerlandais comme deuxième langue.

offer-maatschappelijke-orientatie-name = Cours d'orientation sociale
offer-maatschappelijke-orientatie-provider = Agentschap Integratie en Inburgering (agence flamande pour l'intégration)
offer-maatschappelijke-orientatie-description = Apprendre comment fonctionne la société en Flandre, dans votre propre langue, avec un test à la fin.
offer-maatschappelijke-orientatie-duration = 60 heures

offer-participatietraject-name = Parcours de participation (intégration civique)
offer-participatietraject-provider = Agentschap Integratie en Inburgering (agence flamande pour l'intégration)
offer-participatietraject-description = Des stages de découverte, un parrain ou une marraine (buddy) ou du volontariat pour rencontrer des gens.
offer-participatietraject-duration = 40 heures

offer-zorg-eerst-name = D'abord les soins et le bien-être
offer-zorg-eerst-provider = OCMW Oostende, service social
offer-zorg-eerst-description = Pas encore d'accompagnement vers le travail : d'abord travailler ensemble sur la santé, le logement ou d'autres soucis.

offer-thuisbezoek-name = Contact à domicile
offer-thuisbezoek-provider = OCMW Oostende, service social
offer-thuisbezoek-description = L'assistant social vient en visite et garde le contact, au rythme de la personne.
