# Auto-évaluation. Écrans du bénéficiaire : "vous", court et chaleureux. Écrans de l'assistant social : "vous", neutre. Jamais de jugement.

sc-view = Auto-évaluation
sc-title = Auto-évaluation
sc-intro = Regarder ensemble 18 domaines de la vie. Cela peut se faire en plusieurs fois, sur plusieurs entretiens : tout est enregistré tout de suite.
sc-list-title = Auto-évaluations dans ce dossier
sc-none = Pas encore d'auto-évaluation dans ce dossier.
sc-start = Commencer une nouvelle auto-évaluation
sc-item-title = Auto-évaluation du { $date }
sc-status-unfinished = Pas encore terminée
sc-status-complete = Entièrement remplie
sc-progress-client = Bénéficiaire : { $answered } réponses sur { $total }
sc-progress-skipped =
    { $count ->
        [one] { $count } question passée
       *[other] { $count } questions passées
    }
sc-progress-worker = Assistant social : { $scored } scores sur { $total }
sc-open = Ouvrir
sc-delete = Supprimer
sc-confirm-delete-title = Supprimer cette auto-évaluation ?
sc-confirm-delete-body = L'auto-évaluation du { $date } sera effacée de cet appareil. Cela ne peut pas être annulé.
sc-confirm-delete-yes = Oui, supprimer
sc-back-to-list = Toutes les auto-évaluations
sc-mode-nav = Parties de l'auto-évaluation
sc-mode-client = Le bénéficiaire répond
sc-mode-worker = Avis de l'assistant social
sc-mode-summary = Résumé

## Bénéficiaire (vouvoiement, ton chaleureux)
sc-client-progress = Question { $current } sur { $total }
sc-client-answer-label = Votre réponse
sc-answer-good = Ça va bien
sc-answer-hard = Parfois difficile
sc-answer-big = Un gros problème en ce moment
sc-answer-private = Je préfère ne pas le dire
sc-client-help = Je voudrais de l'aide pour ça
sc-client-note-label = Vous voulez en parler ? Avec vos propres mots. Vous pouvez aussi laisser vide.
sc-client-skip = Répondre plus tard
sc-client-back = Précédent
sc-client-next = Suivant
sc-client-skipped-note = Vous avez passé cette question tout à l'heure. Vous pouvez y répondre maintenant, ou la laisser encore un peu.
sc-client-saved = Tout est enregistré tout de suite. Vous pouvez arrêter quand vous voulez.
sc-client-end-title = C'était la dernière question. Merci beaucoup !
sc-client-end-body = Vous voulez changer quelque chose ? Vous pouvez toujours revenir à une question.
sc-client-end-open =
    { $count ->
        [one] Il reste une question sans réponse :
       *[other] Il reste { $count } questions sans réponse :
    }
sc-client-go-to = Aller à : { $domain }

## Questions au bénéficiaire
sc-q-money = Comment ça va avec l'argent, les factures et les dettes ?
sc-q-housing = Comment ça va avec votre logement ?
sc-q-health = Comment va votre santé ?
sc-q-mind = Comment vous sentez-vous ces derniers temps ?
sc-q-addiction = Comment ça va avec l'alcool, la drogue, les jeux d'argent ou les médicaments ?
sc-q-family = Comment ça va pour vous occuper de vos enfants ou de quelqu'un d'autre ?
sc-q-childcare = Comment ça va pour faire garder vos enfants ?
sc-q-safety = Vous sentez-vous en sécurité chez vous ?
sc-q-network = Comment ça va avec les gens autour de vous ?
sc-q-structure = Comment ça va avec le rythme de vos journées : vous lever, aller aux rendez-vous ?
sc-q-daily = Comment ça va pour cuisiner, faire la lessive et le ménage ?
sc-q-dutch = Comment ça va pour parler et lire le néerlandais ?
sc-q-learning = Comment ça va avec l'école, les cours et les diplômes ?
sc-q-work = Et le travail : qu'avez-vous déjà fait, que savez-vous faire ?
sc-q-attitude = Comment vous sentez-vous à l'idée d'un prochain pas vers un travail ou une formation ?
sc-q-mobility = Comment ça va pour vous déplacer : bus, train, vélo ou voiture ?
sc-q-papers = Comment ça va avec les papiers, les lettres et votre séjour en Belgique ?
sc-q-digital = Comment ça va avec le GSM, l'ordinateur, l'e-mail et itsme ?

## Assistant social (vouvoiement)
sc-worker-intro = Un score par domaine, sur l'échelle du screening HIVA. Avec 3 ou 4, vous pouvez indiquer ce qui s'applique. Le score est votre évaluation, à côté de celle du bénéficiaire.
sc-score-1 = 1 · Pas d'obstacle
sc-score-2 = 2 · Obstacle, mais travail ou formation possible avec un accompagnement
sc-score-3 = 3 · Obstacle : travail ou formation impossible pour l'instant
sc-score-4 = 4 · Je ne peux pas (encore) évaluer
sc-score-none = Pas encore évalué
sc-worker-sub-title = Qu'est-ce qui s'applique ?
sc-worker-no-subs = Pour ce domaine, décrivez la situation dans la note.
sc-worker-note-label = Note de l'assistant social
sc-dutch-level-label = Niveau de néerlandais
sc-dutch-level-hint = D'après une attestation d'une école ou du Huis van het Nederlands, datant de moins de deux ans.
sc-dutch-level-none = Pas encore rempli
sc-dutch-level-unknown = Inconnu
sc-dutch-level-below-1-1 = Moins que 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Niveau maximal atteint
sc-latin-reading = Lire l'alphabet latin
sc-latin-writing = Écrire l'alphabet latin
sc-yes = Oui
sc-no = Non
sc-not-known = Pas encore connu

## Sous-éléments (avec un score de 3 ou 4)
sc-sub-money-debts = Dettes
sc-sub-money-mediation = En médiation de dettes
sc-sub-money-basic-needs = Pas assez pour la nourriture, les vêtements ou le loyer
sc-sub-housing-no-address = Pas d'adresse fixe, ou en abri de nuit
sc-sub-housing-unhealthy = Graves problèmes de logement, ou logement déclaré inhabitable
sc-sub-housing-must-move = Doit bientôt quitter son logement, ou déménage très souvent
sc-sub-housing-transit = Vit dans un logement de transit
sc-sub-health-illness = Une maladie rend le travail ou la formation difficile
sc-sub-health-diagnosis = Maladie connue, avec attestations
sc-sub-health-complaints = Problèmes de santé
sc-sub-health-pregnancy = Grossesse ou repos de maternité
sc-sub-health-disability = Handicap
sc-sub-health-work-disability = Handicap professionnel reconnu
sc-sub-family-parenting = Éducation des enfants et relation avec eux
sc-sub-family-child-needs = Enfant avec un besoin de soins particulier
sc-sub-family-single-parent = Parent seul
sc-sub-family-care-task = S'occupe à la maison d'une personne handicapée, âgée ou malade depuis longtemps
sc-sub-childcare-waiting-list = Demande faite, mais longue liste d'attente
sc-sub-childcare-no-informal = Pas de garde possible dans l'entourage
sc-sub-childcare-unknown-options = Ne connaît pas encore les possibilités ni la façon de faire la demande
sc-sub-safety-relationship = Tensions avec le partenaire, la famille ou d'autres personnes
sc-sub-safety-violence = Violence dans la famille
sc-sub-network-no-social = Peu ou pas d'amis ou de connaissances
sc-sub-network-no-family = Pas de famille à proximité
sc-sub-network-family-against-work = La famille ne soutient pas l'idée de travailler
sc-sub-network-nobody-works = Personne ne travaille dans la famille ou parmi les amis
sc-sub-structure-no-rhythm = Pas de rythme quotidien régulier
sc-sub-structure-missed-appointments = Les rendez-vous ne se passent pas toujours comme prévu
sc-sub-structure-documents = Les documents ne sont pas apportés au rendez-vous
sc-sub-daily-hygiene = Hygiène
sc-sub-daily-appearance = Présentation soignée
sc-sub-daily-household = Difficultés à tenir le ménage
sc-sub-dutch-express = Difficultés à exprimer ses pensées avec des mots
sc-sub-dutch-oral = La communication orale ne fonctionne pas encore
sc-sub-dutch-written = La communication écrite ne fonctionne pas encore
sc-sub-dutch-illiterate = Ne sait pas lire ni écrire
sc-sub-learning-inactive = Longues périodes sans travail ni formation
sc-sub-learning-no-choices = Pas encore de choix réfléchi d'une orientation
sc-sub-learning-history = Le parcours scolaire et professionnel est difficile à décrire
sc-sub-learning-recognition = Diplôme étranger pas encore reconnu
sc-sub-work-guided-only = Emplois précédents uniquement avec un accompagnement intensif
sc-sub-work-unrealistic = Les attentes sur l'emploi, le salaire ou le lieu de travail ne correspondent pas à la réalité
sc-sub-work-overestimates = Surestime ses propres possibilités
sc-sub-work-expectations = Ne sait pas encore bien ce qu'on attend sur un lieu de travail
sc-sub-attitude-no-steps = Ne fait pas encore de démarches de sa propre initiative
sc-sub-attitude-gives-up = Abandonne vite en cas de difficulté
sc-sub-attitude-motivation = Ne voit pas de raison de changer quoi que ce soit pour l'instant
sc-sub-attitude-one-target = Reste fixé sur un seul emploi après une longue recherche
sc-sub-attitude-interaction = Difficultés dans les relations avec les autres ou avec les règles
sc-sub-mobility-no-transport = Pas de moyen de transport personnel ni de transports en commun
sc-sub-mobility-public-know-how = Transports en commun : ne sait pas comment faire ou n'en a pas les moyens
sc-sub-mobility-no-public = Pas de transports en commun à proximité
sc-sub-mobility-distance = On ne sait pas bien jusqu'où la personne peut se déplacer
sc-sub-papers-not-independent = Ne gère pas les papiers de façon autonome
sc-sub-papers-obligations = Peu de vue sur ses obligations (adresse, mutuelle)
sc-sub-papers-self-employed = Papiers d'une ancienne activité d'indépendant
sc-sub-papers-work-permit = Pas de permis de travail ou de titre de séjour valable
sc-sub-papers-justice = Contacts avec la justice
sc-sub-digital-no-device = Pas de GSM, d'ordinateur ni d'internet
sc-sub-digital-no-email = Pas d'adresse e-mail
sc-sub-digital-no-eid = N'arrive pas encore à utiliser itsme ou l'eID
sc-sub-digital-no-vdab = Pas de compte VDAB

## Actions proposées (pour le plan)
sc-act-money-debt-mediation = Aller ensemble au service de médiation de dettes
sc-act-money-budget-guidance = Commencer une guidance budgétaire
sc-act-housing-search-together = Chercher un logement ensemble
sc-act-housing-reference-address = Demander une adresse de référence
sc-act-health-see-doctor = Prendre rendez-vous chez le médecin généraliste
sc-act-health-check-limits = Faire examiner ce qui est possible physiquement
sc-act-mind-talk-counsellor = Un entretien avec un psychologue ou un intervenant
sc-act-mind-refer-care = Chercher ensemble une aide adaptée
sc-act-addiction-contact-service = Contacter un service d'aide pour les dépendances
sc-act-addiction-talk-doctor = En parler avec le médecin généraliste
sc-act-family-parenting-support = Chercher un soutien pour l'éducation des enfants
sc-act-family-relieve-care = Chercher qui peut alléger la charge des soins
sc-act-childcare-find-place = Chercher ensemble une place en crèche ou en garderie
sc-act-childcare-informal = Voir si une garde est possible dans l'entourage
sc-act-safety-safe-talk = Un entretien en sécurité, seul avec l'assistant social
sc-act-safety-contact-support = Contacter une ligne d'écoute ou un centre d'aide
sc-act-network-meeting-place = Aller dans un lieu de rencontre du quartier
sc-act-network-volunteering = Essayer le volontariat
sc-act-structure-week-plan = Faire ensemble un planning de la semaine
sc-act-structure-reminders = Mettre des rappels pour les rendez-vous
sc-act-daily-home-support = Envisager une aide à domicile
sc-act-daily-practice = S'exercer aux tâches ménagères
sc-act-dutch-course = S'inscrire à un cours de néerlandais
sc-act-dutch-conversation-table = Aller à une table de conversation
sc-act-learning-diploma-recognition = Faire reconnaître le diplôme (NARIC)
sc-act-learning-training = Choisir une formation
sc-act-work-cv = Faire un CV ensemble
sc-act-work-job-coach = Rencontrer un job coach
sc-act-attitude-small-steps = Convenir d'un premier petit pas
sc-act-attitude-orientation = Faire une orientation ou un stage de découverte
sc-act-mobility-transport-pass = Demander un abonnement de bus ou de train
sc-act-mobility-bike-or-licence = Apprendre à faire du vélo ou passer le permis de conduire
sc-act-papers-sort-together = Trier les papiers ensemble
sc-act-papers-residence-advice = Demander conseil sur le séjour ou le permis de travail
sc-act-digital-course = Suivre un cours d'informatique
sc-act-digital-eid-setup = Installer ensemble itsme ou le lecteur de carte eID

## Résumé
sc-summary-chart-title = Les deux voix côte à côte
sc-summary-chart-hint = Pour chaque domaine, la réponse du bénéficiaire et le score de l'assistant social. Un ≠ montre où ils diffèrent : c'est un bon point de départ pour en parler.
sc-summary-table-caption = Réponses par domaine
sc-col-domain = Domaine
sc-col-client = Bénéficiaire
sc-col-worker = Assistant social
sc-col-marks = À noter
sc-diff = Différence
sc-precondition = Condition préalable
sc-not-answered = Pas encore de réponse
sc-skipped = Passée
sc-wants-help = Souhaite de l'aide
sc-summary-diff-title = Là où les réponses diffèrent
sc-summary-diff-none = Pas encore de différence entre les deux réponses.
sc-summary-pre-title = Conditions préalables
sc-summary-pre-hint = Score 3 donné par l'assistant social. La plupart des OCMW s'en occupent en premier.
sc-summary-pre-none = Aucune condition préalable indiquée.
sc-summary-help-title = Le bénéficiaire souhaite de l'aide pour
sc-summary-help-none = Pas encore de demande d'aide indiquée.
sc-summary-actions = Actions possibles
sc-summary-client-note = Avec ses propres mots
sc-summary-changes-title = Ce qui a changé depuis l'auto-évaluation du { $date }
sc-summary-changes-none = Aucun changement depuis l'auto-évaluation précédente.
sc-summary-first = C'est la première auto-évaluation : il n'y a encore rien à comparer.
sc-voice-client = bénéficiaire
sc-voice-worker = assistant social
sc-change-eased = plus léger
sc-change-harder = plus lourd
sc-change-line = { $domain } ({ $voice }) : { $from } → { $to }

sc-add-to-plan = Mettre dans le plan
sc-add-to-plan-named = Mettre « { $action } » dans le plan
sc-in-plan = Dans le plan
