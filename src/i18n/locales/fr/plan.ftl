# Trede : le GPMI (en français : PIIS), rédigé ensemble
# Ton : des invitations, des mots simples. Les sanctions sont dites clairement, sans menace.

plan-view = Plan (GPMI)
plan-title = Le projet d'intégration (GPMI, en français PIIS)
plan-intro = Vous rédigez ce plan ensemble. Faites les étapes dans l'ordre qui vous convient et arrêtez quand vous voulez : tout est enregistré pendant que vous tapez, et vous reprenez là où vous en étiez.
plan-undo = Annuler
plan-redo = Rétablir
plan-steps-label = Étapes du plan
plan-previous = Retour : { $step }
plan-next = Suite : { $step }
plan-choose = Choisir…
plan-unknown = Pas encore connu
plan-not-set = pas encore rempli
plan-not-filled = pas encore rempli
plan-no-owner = encore personne
plan-no-date = pas encore de date
plan-unnamed-action = une action sans description

## Étapes
plan-step-basics = À propos du plan
plan-step-topics = Votre histoire
plan-step-goals = Objectifs
plan-step-actions = Actions
plan-step-agreements = Accords
plan-step-review = Relire
plan-step-evaluations = Évaluations
plan-step-basics-title = Quel plan, et qui y participe
plan-step-topics-title = Avec vos propres mots
plan-step-goals-title = Que voulez-vous atteindre ?
plan-step-actions-title = Qui fait quoi, et pour quand ?
plan-step-agreements-title = Ce que nous convenons
plan-step-review-title = Relire ensemble
plan-step-evaluations-title = Faire le point ensemble

## Délai
plan-deadline-by = L'OCMW doit conclure ce plan dans un délai de { $months ->
        [one] un mois
       *[other] { $months } mois
    } après la décision sur le revenu d'intégration, donc au plus tard le { $date }.
plan-deadline-close = L'OCMW doit conclure ce plan au plus tard le { $date } : { $days ->
        [0] c'est aujourd'hui.
        [one] il reste un jour.
       *[other] il reste { $days } jours.
    }
plan-deadline-past = L'OCMW devait conclure ce plan au plus tard le { $date }, { $days ->
        [one] il y a { $days } jour.
       *[other] il y a { $days } jours.
    } Ce délai est dépassé : l'OCMW termine maintenant le plan avec le bénéficiaire le plus vite possible.

## Base
plan-kind-title = Le plan
plan-type-label = Type de plan
plan-type-employment = Orienté vers l'emploi
plan-type-training = Orienté vers une formation ou des études
plan-type-activation = Activation sociale
plan-decision-label = Date de la décision sur le leefloon (revenu d'intégration)
plan-decision-hint = Le plan est signé dans les 3 mois qui suivent cette date.
plan-start-label = Le plan commence le
plan-end-label = Le plan se termine le
plan-period = Période
plan-why-title = Pourquoi il y a un plan
plan-birth-label = Date de naissance
plan-birth-hint = Uniquement pour voir si le plan est obligatoire.
plan-recent-right-label = Le bénéficiaire avait-il droit à l'intégration sociale durant les { $months ->
        [one] un mois
       *[other] { $months } mois
    } avant la décision ?
plan-recent-right-no = Non, pas de droit durant cette période
plan-recent-right-yes = Oui, un droit durant cette période
plan-asked-client = Le bénéficiaire a demandé un plan
plan-asked-ocmw = L'OCMW a demandé un plan
plan-mandate-required = Un plan est obligatoire, parce que :
plan-mandate-not-required = Selon les règles, un plan n'est pas obligatoire. Il peut quand même être fait sur demande.
plan-mandate-unknown = Remplissez la date de naissance et indiquez si le bénéficiaire avait droit à l'intégration sociale les mois précédents. Vous verrez alors si un plan est obligatoire.
plan-ground-under25 = le bénéficiaire a moins de 25 ans
plan-ground-new = le bénéficiaire n'avait pas droit à l'intégration sociale durant les { $months ->
        [one] un mois
       *[other] { $months } mois
    } précédents
plan-ground-client = le bénéficiaire l'a demandé
plan-ground-ocmw = l'OCMW l'a demandé
plan-override-label = Avis de l'assistant social
plan-override-none = Suivre les règles
plan-override-required = Obligatoire malgré tout
plan-override-optional = Pas obligatoire malgré tout
plan-override-reason = Raison de cet avis
plan-parties-title = Qui participe
plan-worker-label = Assistant social
plan-ocmw-label = OCMW
plan-third-legend = Partenaire { $n }
plan-third-name = Nom
plan-third-role = Rôle (par exemple médiateur de dettes)
plan-third-tasks = Ce que ce partenaire prend en charge
plan-third-add = Ajouter un partenaire
plan-third-remove = Retirer ce partenaire
plan-support-label = Une personne aux côtés du bénéficiaire
plan-support-none = Personne
plan-support-interpreter = Un interprète
plan-support-support = Une personne de confiance
plan-support-name = Nom

## Thèmes
plan-topics-intro = Notez ce que raconte le bénéficiaire, avec ses propres mots. Rien de tout cela n'est un test.
plan-topic-needs = De quoi avez-vous besoin ?
plan-topic-needs-hint = Par exemple : être tranquille côté argent, un logement, une garde pour les enfants.
plan-topic-challenges = Qu'est-ce qui est difficile pour vous en ce moment ?
plan-topic-challenges-hint = Les choses qui bloquent, grandes ou petites.
plan-topic-goals = Que voulez-vous atteindre, ou éviter ?
plan-topic-goals-hint = Par exemple : trouver du travail, ne pas faire de nouvelles dettes.
plan-topic-future = Comment voyez-vous votre avenir ?
plan-topic-future-hint = Où voulez-vous en être dans un an ou deux ?
plan-topic-role = Quel rôle voulez-vous avoir parmi les autres ?
plan-topic-role-hint = Pour vous-même et pour les autres : au travail, dans le quartier, à la maison.

## Objectifs
plan-goals-intro = Quelques objectifs suffisent. Pour chaque objectif, on note pourquoi il compte pour vous.
plan-goals-empty = Pas encore d'objectif. On ajoute le premier ?
plan-goal-legend = Objectif { $n }
plan-goal-title = L'objectif
plan-goal-domain = Domaine de vie
plan-goal-from = Du
plan-goal-until = Au
plan-goal-why = Pourquoi est-ce important pour vous ?
plan-goal-add = Ajouter un objectif
plan-goal-remove = Retirer cet objectif

## Actions
plan-actions-intro = De petites étapes concrètes. Chaque étape a une personne qui s'en charge et une date.
plan-actions-empty = Pas encore d'action. On ajoute la première ?
plan-action-legend = Action { $n }
plan-action-what = Que va-t-il se passer ?
plan-action-owner = Qui s'en charge ?
plan-action-due = Pour quand ?
plan-action-status = Où en est-on ?
plan-action-stop-reason = Pourquoi cela s'est-il arrêté ?
plan-action-evidence = Comment verra-t-on que c'est fait ?
plan-action-goal = Pour quel objectif ?
plan-action-no-goal = Pas d'objectif particulier
plan-action-add = Ajouter une action
plan-action-remove = Retirer cette action
plan-owner-client = Le bénéficiaire
plan-owner-ocmw = L'OCMW
plan-owner-third = Un partenaire
plan-status-planned = Prévue
plan-status-busy = En cours
plan-status-done = Terminée
plan-status-stopped = Arrêtée
plan-origin-free = Écrite ensemble
plan-origin-self-check = De l'auto-évaluation : { $domain }
plan-origin-catalogue = Offre : { $offer }

## Accords
plan-questions-title = Le plan d'action
plan-question-client-will-do = Qu'allez-vous faire pour atteindre vos objectifs ?
plan-question-client-expects = Qu'attendez-vous de l'OCMW ?
plan-question-ocmw-expects = Qu'est-ce que l'OCMW attend de vous ?
plan-means-title = Ce que chaque partie apporte
plan-means-intro = Du temps, de l'argent, de l'aide, des entretiens : ce à quoi chaque partie s'engage.
plan-means-client = Le bénéficiaire
plan-means-ocmw = L'OCMW
plan-means-others = Partenaires
plan-rights-title = Vos droits et vos devoirs
plan-rights-1 = Ce plan est un accord entre vous et l'OCMW (CPAS). Les deux parties le signent et les deux tiennent parole.
plan-rights-2 = Avant de signer, vous pouvez demander { $reflection ->
        [one] un jour
       *[other] { $reflection } jours
    } pour réfléchir. Vous pouvez venir avec une personne de votre choix.
plan-rights-3 = Nous regardons le plan ensemble au moins { $evaluations ->
        [one] une fois
       *[other] { $evaluations } fois
    } par an, dont au moins { $in_person ->
        [one] une fois
       *[other] { $in_person } fois
    } lors d'un entretien en face à face. Le plan peut changer avec votre situation.
plan-rights-4 = Si des engagements ne sont pas respectés sans bonne raison, le leefloon (revenu d'intégration) peut être suspendu en tout ou en partie : pendant { $sanction ->
        [one] un mois
       *[other] { $sanction } mois
    } au maximum, ou { $repeat ->
        [one] un mois
       *[other] { $repeat } mois
    } au maximum si cela se reproduit dans l'année. Vous recevez d'abord une lettre recommandée, et vous avez le droit d'être entendu avant toute décision.
plan-rights-5 = Il n'y a pas de sanction si c'est l'OCMW qui n'a pas respecté ses propres engagements.
plan-rights-6 = Si vous n'êtes pas d'accord avec une décision, vous pouvez introduire un recours devant le tribunal du travail. Vous avez { $appeal ->
        [one] un mois
       *[other] { $appeal } mois
    } pour cela, à partir du jour où la décision vous a été notifiée.

## Relecture
plan-ready-title = Prêt à signer ?
plan-ready-ok = Tout ce qui est nécessaire y est. Le plan est prêt à être signé.
plan-ready-missing = { $count ->
        [one] Il manque encore une chose :
       *[other] Il manque encore { $count } choses :
    }
plan-ready-never-blocks = Tout est déjà enregistré ; vous pouvez terminer plus tard.
plan-missing-type = le type de plan
plan-missing-start = la date de début
plan-missing-worker = le nom de l'assistant social
plan-missing-ocmw = le nom de l'OCMW
plan-missing-third-name = le nom d'un partenaire
plan-missing-goal = au moins un objectif
plan-missing-goal-title = un objectif sans description
plan-missing-action = au moins une action
plan-missing-action-what = une action sans description
plan-missing-action-owner = qui se charge de « { $what } »
plan-missing-action-date = une date pour « { $what } »
plan-missing-evaluation = des moments d'évaluation
plan-missing-evaluation-count = assez de moments d'évaluation : au moins { $total } { $months ->
        [12] par an
        [one] en un mois
       *[other] en { $months } mois
    }, dont { $in_person } en face à face
plan-go-evaluations = Planifier les évaluations
plan-sign-title = Délai de réflexion et signature
plan-reflection-hint = Le bénéficiaire peut prendre { $days } jours ouvrables pour réfléchir avant de signer.
plan-reflection-label = Délai de réflexion demandé le
plan-reflection-until = Le délai de réflexion court jusqu'au { $date }.
plan-signed-label = Signé le
plan-summary-title = Le plan complet

## Évaluations
plan-schedule-title = Moments d'évaluation
plan-schedule-rule = Au moins { $count } par an, dont { $inperson } en face à face.
plan-schedule-needs-start = Remplissez d'abord la date de début ; ensuite, les moments pourront être proposés.
plan-schedule-propose = Proposer des moments d'évaluation
plan-schedule-remove = Retirer
plan-schedule-remove-label = Retirer le moment du { $date }
plan-eval-status-done = a eu lieu
plan-eval-status-due = { $days ->
        [0] aujourd'hui
        [one] dans { $days } jour
       *[other] dans { $days } jours
    }
plan-eval-status-overdue = { $days ->
        [one] { $days } jour de retard
       *[other] { $days } jours de retard
    }
plan-eval-status-later = plus tard
plan-record-title = Noter une évaluation
plan-eval-date = Date
plan-eval-date-missing = Indiquez la date de l'évaluation.
plan-eval-present = Qui était présent
plan-eval-goal = Où en est « { $goal } » ?
plan-progress-not-started = Pas encore commencé
plan-progress-on-track = En bonne voie
plan-progress-reached = Atteint
plan-progress-adjusted = Ajusté
plan-progress-stopped = Arrêté
plan-eval-changes = Ce qui a changé
plan-eval-changes-hint = Par exemple un accord en plus, ou une autre priorité pour l'instant.
plan-eval-rung = Place sur l'échelle maintenant
plan-eval-rung-same = Pas de changement
plan-eval-save = Enregistrer l'évaluation
plan-history-title = Évaluations jusqu'ici
plan-history-empty = Pas encore d'évaluation.
plan-eval-new-rung = Nouvelle place sur l'échelle : { $rung }
plan-eval-version = Le plan à ce moment-là

plan-reflection-hint-calendar = Le bénéficiaire peut prendre { $days } jours calendrier pour réfléchir avant de signer.
plan-reflection-count-label = Compter le délai de réflexion en
plan-reflection-count-working = jours ouvrables (du lundi au vendredi)
plan-reflection-count-calendar = jours calendrier

## rules
plan-rights-meeting = Si vous demandez un entretien avec votre assistant social, cet entretien doit avoir lieu dans un délai de { $meeting ->
        [one] un jour ouvrable
       *[other] { $meeting } jours ouvrables
    }.
plan-rights-change = Vous pouvez demander à tout moment de modifier le plan.
plan-part-time-top-up = Travaille à temps partiel et reçoit un revenu d'intégration complémentaire
plan-part-time-rule-label = Règle de cet OCMW pour le travail à temps partiel avec revenu d'intégration complémentaire
plan-part-time-rule-required = Un plan est obligatoire (comme à l'OCMW d'Ostende)
plan-part-time-rule-optional = Un plan seulement sur demande (comme dans les guides bruxellois)
plan-ground-part-time = le bénéficiaire travaille à temps partiel avec un revenu d'intégration complémentaire
plan-ground-studies = le bénéficiaire étudie à temps plein avec l'accord de l'OCMW
plan-mandate-exempted = L'OCMW a décidé une dispense pour des raisons de santé ou d'équité. Un plan reste possible si le bénéficiaire le demande.
plan-exemption-label = Dispense accordée par l'OCMW
plan-exemption-none = Pas de dispense
plan-exemption-health = Pour des raisons de santé
plan-exemption-equity = Pour des raisons d'équité
plan-exemption-date = Date de la décision
plan-exemption-reason = Motivation de la décision
plan-exemption-date-missing = La date de la décision manque encore.
plan-exemption-reason-missing = La motivation de la décision manque encore.
plan-exemption-ladder = L'échelle montre cette décision avec la situation dispensé.
plan-reflection-waived-label = Le bénéficiaire a renoncé au délai de réflexion le
plan-reflection-waived-hint = À remplir seulement si le bénéficiaire a choisi lui-même de signer plus tôt.
plan-signed-inside-reflection = Le plan a été signé pendant le délai de réflexion, et rien n'indique que le bénéficiaire y a renoncé. Demandez-le et notez-le, ou faites signer à nouveau après le délai de réflexion.
## evals
plan-eval-kind-in-person = en face à face
plan-eval-kind-written = par écrit
plan-eval-kind-phone-or-video = par téléphone ou en vidéo
plan-eval-kind-label = Comment l'évaluation a-t-elle eu lieu
plan-eval-link = Quel moment prévu est-ce
plan-eval-link-none = Aucun moment prévu : une évaluation en plus
plan-eval-kind-mismatch = Prévue { $planned }, tenue { $held }. Elle compte comme { $held }.
plan-eval-date-future = Cette date est après aujourd'hui. Choisissez le jour où l'évaluation a eu lieu.
plan-eval-rung-to-ladder = Une nouvelle place est aussi ajoutée sur l'échelle, à la date de cette évaluation.
plan-year-line = Année { $year } ({ $from } – { $until }) : { $held } tenues ({ $heldinperson } en face à face), encore { $planned } prévues ({ $plannedinperson } en face à face). Nécessaire : { $total }, dont { $inperson } en face à face.
plan-year-met = En ordre.
plan-year-on-track = Possible avec ce qui est prévu.
plan-year-short = Avec ce qui est prévu maintenant, cette année n'atteint pas le minimum. Prévoyez un moment de plus.
plan-year-missed = Cette année est terminée et n'a pas atteint le minimum.
plan-eval-print = Imprimer le rapport
plan-rules-evals-title = Réglages des évaluations
plan-rules-link-margin = Une évaluation compte pour un moment prévu jusqu'à ce nombre de jours plus tard
plan-rules-link-margin-error = Choisissez un nombre de 0 à { $max }.
plan-rules-short-year = Minimum pour un plan ou une partie d'année de moins de douze mois
plan-rules-short-year-proportional = en proportion des mois (arrondi vers le haut)
plan-rules-short-year-full-year = le minimum annuel complet
## plan
plan-type-studies = Études à temps plein (PIIS étudiant)
plan-orientations-label = Orienté vers (un ou plusieurs)
plan-present-name-interpreter = Nom de l'interprète
plan-present-name-support = Nom de la personne de confiance
plan-studies-title = Études
plan-studies-intro = Une personne que le CPAS autorise à étudier à temps plein a toujours un PIIS. Indiquez l'école, l'orientation et la durée, et ce que chaque partie promet.
plan-studies-school = École ou haute école
plan-studies-direction = Orientation des études
plan-studies-duration = Durée des études
plan-studies-student = L'étudiant promet de
plan-student-attend = suivre les cours
plan-student-exams = présenter les examens
plan-student-results = transmettre les résultats au CPAS
plan-student-holiday-job = être disponible pour un job étudiant pendant les vacances, dans la mesure où les études le permettent
plan-studies-other = Autres accords pour l'étudiant
plan-studies-ocmw = Ce que le CPAS promet (par exemple les frais scolaires qu'il paie)
plan-costs-title = Frais payés par le CPAS
plan-costs-intro = Pour une formation ou une activité : quels frais le CPAS prend-il en charge ?
plan-cost-registration = frais d'inscription
plan-cost-insurance = assurance
plan-cost-work-clothes = vêtements de travail
plan-cost-travel = frais de déplacement
plan-costs-other = Autres frais
plan-costs-none = Aucun frais ne s'applique
plan-explained-title = Explication au client
plan-explained-on = Contenu, portée et conséquences expliqués le { $date }
plan-explained-record = J'ai expliqué le plan aujourd'hui
plan-end-title = Clôturer le plan
plan-end-intro = Un plan clôturé peut encore être lu et imprimé, mais plus modifié ni signé.
plan-end-kind = Comment le plan se termine
plan-end-successful = Réussi : les objectifs sont atteints
plan-end-early = Arrêté plus tôt
plan-end-right-ended = Le droit à l'intégration sociale a pris fin
plan-end-date = Date de la fin
plan-end-reason = Raison
plan-end-confirm = Clôturer le plan
plan-end-need-kind = Choisissez comment le plan se termine.
plan-end-need-date = Indiquez la date de la fin.
plan-end-need-reason = Écrivez pourquoi le plan s'arrête plus tôt.
plan-ended = Ce plan a été clôturé le { $date } : { $kind }.
plan-ended-hint = Vous pouvez encore lire et imprimer le plan. Il ne peut plus être modifié ni signé.
plan-move-title = Déménagement vers un autre CPAS
plan-move-ocmw = Le nouveau CPAS
plan-move-consent = Le client a accepté de transmettre le dossier le
plan-move-export = Exporter le dossier pour le nouveau CPAS
plan-move-needs-consent = Indiquez le nouveau CPAS et la date du consentement. Sans consentement, ne transmettez pas le dossier.
plan-missing-studies = l'école, l'orientation et la durée des études
plan-missing-end = la date de fin
plan-missing-end-order = une date de fin après la date de début
plan-missing-domain = le domaine de vie des objectifs
plan-missing-ocmw-commitment = ce que le CPAS promet (une action du CPAS ou ce que le CPAS apporte)
plan-missing-costs = les frais que le CPAS paie, ou qu'il n'y en a pas
plan-missing-explained = la date à laquelle vous avez expliqué contenu, portée et conséquences
plan-missing-explained-again = le plan a changé après l'explication : expliquez-le à nouveau
plan-origin-catalogue-from = Offre : { $offer } (de { $catalogue }, édition { $edition })

## strength
plan-strength-label = Qui porte surtout cette action ? (boussole des forces)
plan-strength-client = Surtout le bénéficiaire lui-même
plan-strength-network = Avec l'aide de son entourage
plan-strength-professional = Avec une aide professionnelle
