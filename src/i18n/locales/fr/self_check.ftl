# Auto-évaluation. Écrans du bénéficiaire : "vous", court et chaleureux. Écrans de l'assistant social : "vous", neutre. Jamais de jugement.

self-check-view = Auto-évaluation
self-check-title = Auto-évaluation
self-check-intro = Regarder ensemble 18 domaines de la vie. Cela peut se faire en plusieurs fois, sur plusieurs entretiens : tout est enregistré tout de suite.
self-check-list-title = Auto-évaluations dans ce dossier
self-check-none = Pas encore d'auto-évaluation dans ce dossier.
self-check-start = Commencer une nouvelle auto-évaluation
self-check-item-title = Auto-évaluation du { $date }
self-check-status-unfinished = Pas encore terminée
self-check-status-complete = Entièrement remplie
self-check-progress-client = Bénéficiaire : { $answered } réponses sur { $total }
self-check-progress-skipped =
    { $count ->
        [one] { $count } question passée
       *[other] { $count } questions passées
    }
self-check-progress-worker = Assistant social : { $scored } scores sur { $total }
self-check-open = Ouvrir
self-check-delete = Supprimer
self-check-confirm-delete-title = Supprimer cette auto-évaluation ?
self-check-confirm-delete-body = L'auto-évaluation du { $date } sera effacée de cet appareil. Cela ne peut pas être annulé.
self-check-confirm-delete-yes = Oui, supprimer
self-check-back-to-list = Toutes les auto-évaluations
self-check-mode-nav = Parties de l'auto-évaluation
self-check-mode-client = Le bénéficiaire répond
self-check-mode-worker = Avis de l'assistant social
self-check-mode-summary = Résumé

## Bénéficiaire (vouvoiement, ton chaleureux)
self-check-client-progress = Question { $current } sur { $total }
self-check-client-answer-label = Votre réponse
self-check-answer-good = Ça va bien
self-check-answer-hard = Parfois difficile
self-check-answer-big = Un gros problème en ce moment
self-check-answer-private = Je préfère ne pas le dire
self-check-client-help = Je voudrais de l'aide pour ça
self-check-client-note-label = Vous voulez en parler ? Avec vos propres mots. Vous pouvez aussi laisser vide.
self-check-client-skip = Répondre plus tard
self-check-client-back = Précédent
self-check-client-next = Suivant
self-check-client-skipped-note = Vous avez passé cette question tout à l'heure. Vous pouvez y répondre maintenant, ou la laisser encore un peu.
self-check-client-saved = Tout est enregistré tout de suite. Vous pouvez arrêter quand vous voulez.
self-check-client-end-title = C'était la dernière question. Merci beaucoup !
self-check-client-end-body = Vous voulez changer quelque chose ? Vous pouvez toujours revenir à une question.
self-check-client-end-open =
    { $count ->
        [one] Il reste une question sans réponse :
       *[other] Il reste { $count } questions sans réponse :
    }
self-check-client-go-to = Aller à : { $domain }

## Questions au bénéficiaire
self-check-q-money = Comment ça va avec l'argent, les factures et les dettes ?
self-check-q-housing = Comment ça va avec votre logement ?
self-check-q-health = Comment va votre santé ?
self-check-q-mind = Comment vous sentez-vous ces derniers temps ?
self-check-q-addiction = Comment ça va avec l'alcool, la drogue, les jeux d'argent ou les médicaments ?
self-check-q-family = Comment ça va pour vous occuper de vos enfants ou de quelqu'un d'autre ?
self-check-q-childcare = Comment ça va pour faire garder vos enfants ?
self-check-q-safety = Vous sentez-vous en sécurité chez vous ?
self-check-q-network = Comment ça va avec les gens autour de vous ?
self-check-q-structure = Comment ça va avec le rythme de vos journées : vous lever, aller aux rendez-vous ?
self-check-q-daily = Comment ça va pour cuisiner, faire la lessive et le ménage ?
self-check-q-dutch = Comment ça va pour parler et lire le néerlandais ?
self-check-q-learning = Comment ça va avec l'école, les cours et les diplômes ?
self-check-q-work = Et le travail : qu'avez-vous déjà fait, que savez-vous faire ?
self-check-q-attitude = Comment vous sentez-vous à l'idée d'un prochain pas vers un travail ou une formation ?
self-check-q-mobility = Comment ça va pour vous déplacer : bus, train, vélo ou voiture ?
self-check-q-papers = Comment ça va avec les papiers, les lettres et votre séjour en Belgique ?
self-check-q-digital = Comment ça va avec le GSM, l'ordinateur, l'e-mail et itsme ?

## Assistant social (vouvoiement)
self-check-worker-intro = Un score par domaine, sur l'échelle du screening HIVA. Avec 3 ou 4, vous pouvez indiquer ce qui s'applique. Le score est votre évaluation, à côté de celle du bénéficiaire.
self-check-score-1 = 1 · Pas d'obstacle
self-check-score-2 = 2 · Obstacle, mais travail ou formation possible avec un accompagnement
self-check-score-3 = 3 · Obstacle : travail ou formation impossible pour l'instant
self-check-score-4 = 4 · Je ne peux pas (encore) évaluer
self-check-score-none = Pas encore évalué
self-check-worker-sub-title = Qu'est-ce qui s'applique ?
self-check-worker-no-subs = Pour ce domaine, décrivez la situation dans la note.
self-check-worker-note-label = Note de l'assistant social
self-check-dutch-level-label = Niveau de néerlandais
self-check-dutch-level-hint = D'après une attestation d'une école ou du Huis van het Nederlands, datant de moins de deux ans.
self-check-dutch-level-none = Pas encore rempli
self-check-dutch-level-unknown = Inconnu
self-check-dutch-level-below-1-1 = Moins que 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Niveau maximal atteint
self-check-latin-reading = Lire l'alphabet latin
self-check-latin-writing = Écrire l'alphabet latin
self-check-yes = Oui
self-check-no = Non
self-check-not-known = Pas encore connu

## Sous-éléments (avec un score de 3 ou 4)
self-check-sub-money-debts = Dettes
self-check-sub-money-mediation = En médiation de dettes
self-check-sub-money-basic-needs = Pas assez pour la nourriture, les vêtements ou le loyer
self-check-sub-housing-no-address = Pas d'adresse fixe, ou en abri de nuit
self-check-sub-housing-unhealthy = Graves problèmes de logement, ou logement déclaré inhabitable
self-check-sub-housing-must-move = Doit bientôt quitter son logement, ou déménage très souvent
self-check-sub-housing-transit = Vit dans un logement de transit
self-check-sub-health-illness = Une maladie rend le travail ou la formation difficile
self-check-sub-health-diagnosis = Maladie connue, avec attestations
self-check-sub-health-complaints = Problèmes de santé
self-check-sub-health-pregnancy = Grossesse ou repos de maternité
self-check-sub-health-disability = Handicap
self-check-sub-health-work-disability = Handicap professionnel reconnu
self-check-sub-family-parenting = Éducation des enfants et relation avec eux
self-check-sub-family-child-needs = Enfant avec un besoin de soins particulier
self-check-sub-family-single-parent = Parent seul
self-check-sub-family-care-task = S'occupe à la maison d'une personne handicapée, âgée ou malade depuis longtemps
self-check-sub-childcare-waiting-list = Demande faite, mais longue liste d'attente
self-check-sub-childcare-no-informal = Pas de garde possible dans l'entourage
self-check-sub-childcare-unknown-options = Ne connaît pas encore les possibilités ni la façon de faire la demande
self-check-sub-safety-relationship = Tensions avec le partenaire, la famille ou d'autres personnes
self-check-sub-safety-violence = Violence dans la famille
self-check-sub-network-no-social = Peu ou pas d'amis ou de connaissances
self-check-sub-network-no-family = Pas de famille à proximité
self-check-sub-network-family-against-work = La famille ne soutient pas l'idée de travailler
self-check-sub-network-nobody-works = Personne ne travaille dans la famille ou parmi les amis
self-check-sub-structure-no-rhythm = Pas de rythme quotidien régulier
self-check-sub-structure-missed-appointments = Les rendez-vous ne se passent pas toujours comme prévu
self-check-sub-structure-documents = Les documents ne sont pas apportés au rendez-vous
self-check-sub-daily-hygiene = Hygiène
self-check-sub-daily-appearance = Présentation soignée
self-check-sub-daily-household = Difficultés à tenir le ménage
self-check-sub-dutch-express = Difficultés à exprimer ses pensées avec des mots
self-check-sub-dutch-oral = La communication orale ne fonctionne pas encore
self-check-sub-dutch-written = La communication écrite ne fonctionne pas encore
self-check-sub-dutch-illiterate = Ne sait pas lire ni écrire
self-check-sub-learning-inactive = Longues périodes sans travail ni formation
self-check-sub-learning-no-choices = Pas encore de choix réfléchi d'une orientation
self-check-sub-learning-history = Le parcours scolaire et professionnel est difficile à décrire
self-check-sub-learning-recognition = Diplôme étranger pas encore reconnu
self-check-sub-work-guided-only = Emplois précédents uniquement avec un accompagnement intensif
self-check-sub-work-unrealistic = Les attentes sur l'emploi, le salaire ou le lieu de travail ne correspondent pas à la réalité
self-check-sub-work-overestimates = Surestime ses propres possibilités
self-check-sub-work-expectations = Ne sait pas encore bien ce qu'on attend sur un lieu de travail
self-check-sub-attitude-no-steps = Ne fait pas encore de démarches de sa propre initiative
self-check-sub-attitude-gives-up = Abandonne vite en cas de difficulté
self-check-sub-attitude-motivation = Ne voit pas de raison de changer quoi que ce soit pour l'instant
self-check-sub-attitude-one-target = Reste fixé sur un seul emploi après une longue recherche
self-check-sub-attitude-interaction = Difficultés dans les relations avec les autres ou avec les règles
self-check-sub-mobility-no-transport = Pas de moyen de transport personnel ni de transports en commun
self-check-sub-mobility-public-know-how = Transports en commun : ne sait pas comment faire ou n'en a pas les moyens
self-check-sub-mobility-no-public = Pas de transports en commun à proximité
self-check-sub-mobility-distance = On ne sait pas bien jusqu'où la personne peut se déplacer
self-check-sub-papers-not-independent = Ne gère pas les papiers de façon autonome
self-check-sub-papers-obligations = Peu de vue sur ses obligations (adresse, mutuelle)
self-check-sub-papers-self-employed = Papiers d'une ancienne activité d'indépendant
self-check-sub-papers-work-permit = Pas de permis de travail ou de titre de séjour valable
self-check-sub-papers-justice = Contacts avec la justice
self-check-sub-digital-no-device = Pas de GSM, d'ordinateur ni d'internet
self-check-sub-digital-no-email = Pas d'adresse e-mail
self-check-sub-digital-no-eid = N'arrive pas encore à utiliser itsme ou l'eID
self-check-sub-digital-no-vdab = Pas de compte VDAB

## Actions proposées (pour le plan)
self-check-act-money-debt-mediation = Aller ensemble au service de médiation de dettes
self-check-act-money-budget-guidance = Commencer une guidance budgétaire
self-check-act-housing-search-together = Chercher un logement ensemble
self-check-act-housing-reference-address = Demander une adresse de référence
self-check-act-health-see-doctor = Prendre rendez-vous chez le médecin généraliste
self-check-act-health-check-limits = Faire examiner ce qui est possible physiquement
self-check-act-mind-talk-counsellor = Un entretien avec un psychologue ou un intervenant
self-check-act-mind-refer-care = Chercher ensemble une aide adaptée
self-check-act-addiction-contact-service = Contacter un service d'aide pour les dépendances
self-check-act-addiction-talk-doctor = En parler avec le médecin généraliste
self-check-act-family-parenting-support = Chercher un soutien pour l'éducation des enfants
self-check-act-family-relieve-care = Chercher qui peut alléger la charge des soins
self-check-act-childcare-find-place = Chercher ensemble une place en crèche ou en garderie
self-check-act-childcare-informal = Voir si une garde est possible dans l'entourage
self-check-act-safety-safe-talk = Un entretien en sécurité, seul avec l'assistant social
self-check-act-safety-contact-support = Contacter une ligne d'écoute ou un centre d'aide
self-check-act-network-meeting-place = Aller dans un lieu de rencontre du quartier
self-check-act-network-volunteering = Essayer le volontariat
self-check-act-structure-week-plan = Faire ensemble un planning de la semaine
self-check-act-structure-reminders = Mettre des rappels pour les rendez-vous
self-check-act-daily-home-support = Envisager une aide à domicile
self-check-act-daily-practice = S'exercer aux tâches ménagères
self-check-act-dutch-course = S'inscrire à un cours de néerlandais
self-check-act-dutch-conversation-table = Aller à une table de conversation
self-check-act-learning-diploma-recognition = Faire reconnaître le diplôme (NARIC)
self-check-act-learning-training = Choisir une formation
self-check-act-work-cv = Faire un CV ensemble
self-check-act-work-job-coach = Rencontrer un job coach
self-check-act-attitude-small-steps = Convenir d'un premier petit pas
self-check-act-attitude-orientation = Faire une orientation ou un stage de découverte
self-check-act-mobility-transport-pass = Demander un abonnement de bus ou de train
self-check-act-mobility-bike-or-licence = Apprendre à faire du vélo ou passer le permis de conduire
self-check-act-papers-sort-together = Trier les papiers ensemble
self-check-act-papers-residence-advice = Demander conseil sur le séjour ou le permis de travail
self-check-act-digital-course = Suivre un cours d'informatique
self-check-act-digital-eid-setup = Installer ensemble itsme ou le lecteur de carte eID

## Résumé
self-check-summary-chart-title = Les deux voix côte à côte
self-check-summary-chart-hint = Pour chaque domaine, la réponse du bénéficiaire et le score de l'assistant social. Un ≠ montre où ils diffèrent : c'est un bon point de départ pour en parler.
self-check-summary-table-caption = Réponses par domaine
self-check-col-domain = Domaine
self-check-col-client = Bénéficiaire
self-check-col-worker = Assistant social
self-check-col-marks = À noter
self-check-diff = Différence
self-check-precondition = Condition préalable
self-check-not-answered = Pas encore de réponse
self-check-skipped = Passée
self-check-wants-help = Souhaite de l'aide
self-check-summary-diff-title = Là où les réponses diffèrent
self-check-summary-diff-none = Pas encore de différence entre les deux réponses.
self-check-summary-pre-title = Conditions préalables
self-check-summary-pre-hint = Score 3 donné par l'assistant social. La plupart des OCMW s'en occupent en premier.
self-check-summary-pre-none = Aucune condition préalable indiquée.
self-check-summary-help-title = Le bénéficiaire souhaite de l'aide pour
self-check-summary-help-none = Pas encore de demande d'aide indiquée.
self-check-summary-actions = Actions possibles
self-check-summary-client-note = Avec ses propres mots
self-check-summary-changes-title = Ce qui a changé depuis l'auto-évaluation du { $date }
self-check-summary-changes-none = Aucun changement depuis l'auto-évaluation précédente.
self-check-summary-first = C'est la première auto-évaluation : il n'y a encore rien à comparer.
self-check-voice-client = bénéficiaire
self-check-voice-worker = assistant social
self-check-change-eased = plus léger
self-check-change-harder = plus lourd
self-check-change-line = { $domain } ({ $voice }) : { $from } → { $to }

self-check-add-to-plan = Mettre dans le plan
self-check-add-to-plan-named = Mettre « { $action } » dans le plan
self-check-in-plan = Dans le plan

## rules
self-check-sub-money-unemployment-trap = Risque de piège à l’emploi : travailler ne rapporte que peu ou rien de plus
