# Trede : signer et imprimer (français)
# Le texte néerlandais du plan est le seul qui fait foi. Ton : des mots simples, honnêtes, jamais de menace.
# Le bénéficiaire est vouvoyé, comme dans les autres fichiers.

sign-view = Signer
print-view = Imprimer

## Signer
sign-title = Signer le plan
sign-intro = Relisez d'abord le plan ensemble. Chaque personne qui participe signe ici sur la tablette, comme sur papier : avec le doigt, un stylet ou la souris.
sign-reflection = Le bénéficiaire souhaite d'abord réfléchir ? Imprimez alors un brouillon à emporter à la maison. La signature peut attendre.
sign-fingerprint = Empreinte numérique de cette version
sign-fingerprint-hint = Ce code correspond exactement à ce texte. Si quelque chose change dans le plan, le code change aussi.
sign-state-unsigned = Personne n'a encore signé cette version du plan.
sign-state-partly = Signature encore attendue de : { $names }
sign-state-complete = Toutes les personnes qui doivent signer ont signé.
sign-outdated = Le plan a changé après la signature. Ces signatures appartiennent à une version précédente ; vous pouvez encore la lire et l'imprimer. Cette version doit être signée à nouveau.
sign-not-ready = Le plan n'est pas encore tout à fait prêt à être signé. L'étape « Relire » indique ce qui manque encore.
sign-go-review = Aller à « Relire »
sign-go-print = Aller à l'aperçu avant impression
sign-parties-title = Qui signe
sign-present-title = Également présents (la signature n'est pas obligatoire)
sign-as-party = Signe en tant que partie
sign-as-present = Signe en tant que personne présente, pas en tant que partie
sign-role-client = Le bénéficiaire
sign-role-worker = L'assistant social, au nom de l'OCMW
sign-role-third = Partenaire
sign-role-interpreter = Interprète
sign-role-support = Personne de confiance
sign-start = Signer
sign-again = Signer à nouveau
sign-withdraw = Retirer la signature
sign-signed = Signé le { $date }
sign-signed-at = Signé le { $date } à { $place }
sign-not-signed = Pas encore signé
sign-earlier-title = Versions signées précédemment
sign-earlier-item = Version { $fingerprint }, signée par { $names }
sign-show-version = Voir cette version

## Le cadre de signature
pad-area = Cadre pour signer
pad-hint = Signez dans le cadre avec le doigt, un stylet ou la souris.
pad-empty = Le cadre est encore vide.
pad-drawn = Il y a une signature dans le cadre.
pad-undo = Effacer le dernier trait
pad-clear = Tout effacer
pad-name = Nom
pad-date = Date
pad-place = Lieu
pad-save = Enregistrer la signature
pad-cancel = Annuler
sign-problem-name = Veuillez indiquer le nom.
sign-problem-strokes = Veuillez d'abord signer dans le cadre.
sign-problem-too-long = Cette signature est trop longue. Effacez-la et signez un peu plus simplement.
sign-problem-unknown = Ce partenaire ne figure plus dans le plan.

## Imprimer
print-title = Imprimer
print-intro = Le plan au format A4, à remettre ou à signer sur papier. L'impression fonctionne aussi sans internet ; choisissez « Enregistrer au format PDF » pour obtenir un fichier.
print-version-label = Quelle version
print-version-current = Le plan tel qu'il est maintenant
print-version-round = Version signée { $fingerprint }
print-both = Imprimer (néerlandais + { $lang })
print-client = Imprimer la copie du bénéficiaire ({ $lang } uniquement)
print-dutch = Imprimer (néerlandais)
print-mode-label = Ce que vous voyez
print-mode-both = Néerlandais avec traduction d'aide
print-mode-client = Copie du bénéficiaire
print-no-translation = Il n'y a pas encore de traduction en { $lang }. Le plan est imprimé en néerlandais.
print-preview-label = Aperçu avant impression

## Le plan imprimé
doc-title = Projet individualisé d'intégration sociale (GPMI, en français PIIS)
doc-subtitle = Un accord entre le bénéficiaire et l'OCMW
doc-binding-note = Traduction d'aide. Seul le texte néerlandais fait foi.
doc-copy-note = Ceci est une traduction d'aide pour le bénéficiaire. Seul le texte néerlandais fait foi : c'est le texte officiel.
doc-draft = BROUILLON
doc-draft-note = Brouillon : pas encore signé par tout le monde.
doc-earlier-note = Ceci est une version signée précédemment. Le plan a changé depuis.
doc-not-set = non rempli
doc-facts = Informations
doc-ocmw = OCMW
doc-client = Bénéficiaire
doc-worker = Assistant social
doc-type = Type de plan
doc-type-employment = Orienté vers l'emploi
doc-type-training = Orienté vers une formation ou des études
doc-type-activation = Activation sociale
doc-period = Durée
doc-decision = Décision sur le leefloon (revenu d'intégration)
doc-partners = Partenaires
doc-support = Aux côtés du bénéficiaire
doc-topics = L'histoire du bénéficiaire
doc-topic-needs = Ce dont le bénéficiaire a besoin
doc-topic-challenges = Ce qui est difficile maintenant
doc-topic-goals = Ce que le bénéficiaire veut atteindre ou éviter
doc-topic-future = Comment le bénéficiaire voit l'avenir
doc-topic-role = Le rôle que le bénéficiaire veut avoir parmi les autres
doc-goals = Objectifs
doc-goal-domain = Domaine de vie
doc-goal-period = Période
doc-goal-why = Pourquoi c'est important
doc-actions = Actions
doc-col-what = Quoi
doc-col-who = Qui
doc-col-due = Pour quand
doc-col-evidence = Comment on voit que c'est fait
doc-who-client = Le bénéficiaire
doc-who-ocmw = L'OCMW
doc-who-third = Partenaire
doc-who-nobody = encore personne
doc-origin-catalogue = Offre de l'OCMW
doc-questions = Le plan d'action
doc-question-client-will-do = Que fait le bénéficiaire pour atteindre les objectifs ?
doc-question-client-expects = Qu'attend le bénéficiaire de l'OCMW ?
doc-question-ocmw-expects = Qu'attend l'OCMW du bénéficiaire ?
doc-means = Ce que chaque partie apporte
doc-means-client = Le bénéficiaire
doc-means-ocmw = L'OCMW
doc-means-others = Partenaires
doc-evaluations = Quand nous faisons le point ensemble
doc-evaluations-rule = Au moins { $count } fois par an, dont au moins { $inperson } fois en face à face.
doc-eval-in-person = en face à face
doc-eval-remote = par téléphone ou en vidéo
doc-signatures = Signatures
doc-signatures-intro = Par leur signature, les parties acceptent ce plan. Un interprète ou une personne de confiance signe en tant que personne présente, pas en tant que partie.
doc-fingerprint = Empreinte numérique du texte signé (SHA-256)
doc-sign-name = Nom
doc-sign-date = Date
doc-sign-place = Lieu

## Droits et devoirs, avec des mots simples
rights-title = Droits et devoirs
rights-agreement = Ce plan est un accord entre vous et l'OCMW. Vous l'avez écrit ensemble. En signant, l'OCMW et vous promettez tous les deux de faire ce qui y est écrit.
rights-client = Ce que vous faites : vous faites les actions qui sont à votre nom, vous venez aux rendez-vous, et vous prévenez à temps si quelque chose ne marche pas.
rights-ocmw = Ce que fait l'OCMW : il vous aide comme ce plan le prévoit et fait les actions qui sont au nom de l'OCMW. Il regarde le plan avec vous au moins { $evaluations ->
        [one] une fois
       *[other] { $evaluations } fois
    } par an, dont au moins { $in_person ->
        [one] une fois
       *[other] { $in_person } fois
    } lors d'un entretien en face à face.
rights-change = Le plan peut changer si votre vie change. Vous et l'OCMW pouvez tous les deux demander à tout moment de l'adapter. Un plan modifié est signé à nouveau.
rights-reflection = Avant de signer, vous pouvez demander { $reflection ->
        [one] un jour
       *[other] { $reflection } jours
    } de réflexion et emporter le brouillon à la maison. Vous pouvez venir avec une personne de votre choix.
rights-not-kept = Si un engagement n'est pas respecté sans bonne raison, le leefloon (revenu d'intégration) peut être suspendu en tout ou en partie : pendant { $sanction ->
        [one] un mois
       *[other] { $sanction } mois
    } au maximum, ou { $repeat ->
        [one] un mois
       *[other] { $repeat } mois
    } au maximum si cela se reproduit en moins d'un an. Cela n'arrive jamais sans avertissement : vous recevez d'abord une lettre recommandée.
rights-heard = Vous avez le droit d'être entendu. Avant qu'une décision soit prise, vous pouvez donner votre version, et vous pouvez venir avec quelqu'un pour vous aider.
rights-no-sanction = Il n'y a pas de sanction si vous aviez une bonne raison, ou si l'OCMW n'a pas respecté ses propres engagements de ce plan.
rights-interpreter = Si vous ne comprenez pas bien l'entretien ou ce plan, vous pouvez demander un interprète.
rights-copy = Vous recevez une copie de ce plan. Pour vous aider, vous pouvez aussi la recevoir dans votre langue. Seul le texte néerlandais fait foi (c'est le texte officiel).
rights-appeal = Si vous n'êtes pas d'accord avec une décision de l'OCMW, vous pouvez introduire un recours devant le tribunal du travail. Vous avez { $appeal ->
        [one] un mois
       *[other] { $appeal } mois
    } pour cela, à partir du jour où la décision vous a été notifiée.

pad-typed = Je ne peux pas signer à la main : mon nom tapé tient lieu de signature
pad-typed-hint = Pour les personnes qui ne peuvent pas signer à la main. Le nom indiqué ci-dessous est alors placé dans le cadre prévu pour la signature.

## rules
rights-meeting = Si vous demandez un entretien avec votre assistant social, cet entretien doit avoir lieu dans un délai de { $meeting ->
        [one] un jour ouvrable
       *[other] { $meeting } jours ouvrables
    }.
doc-reflection = Délai de réflexion
doc-reflection-until = court jusqu'au
doc-reflection-waived = le bénéficiaire y a renoncé le
sign-inside-reflection = Le délai de réflexion court jusqu'au { $date } inclus. Qui signe aujourd'hui signe pendant le délai de réflexion. Ce n'est possible que si le bénéficiaire y renonce lui-même : notez-le alors dans le plan.
## evals
doc-eval-written = par écrit
eval-report-title = Rapport d'une évaluation du PIIS
eval-report-kind = Comment
eval-report-present = Présents
eval-report-fulfils = Moment prévu
eval-report-extra = Une évaluation en plus, en dehors des moments prévus
eval-report-rung = Place sur l'échelle de participation
eval-report-rung-same = Pas de changement
eval-report-next = Prochaine évaluation
eval-report-next-none = Pas encore de prochain moment prévu
eval-report-goals = Où en sont les objectifs
eval-report-notes = Ce qui a changé :
eval-report-actions = Les actions et où elles en sont
eval-report-col-status = État
eval-report-changes = Ajouté ou modifié depuis la version précédente
eval-report-no-changes = Aucun objectif ni action ajouté, modifié ou supprimé.
eval-report-change-goal-added = Nouvel objectif
eval-report-change-goal-changed = Objectif modifié
eval-report-change-goal-removed = Objectif supprimé
eval-report-change-action-added = Nouvelle action
eval-report-change-action-changed = Action modifiée
eval-report-change-action-removed = Action supprimée
eval-report-signatures = Signer n'est pas obligatoire. Une signature confirme que ce rapport est exact.
eval-report-fingerprint = Empreinte numérique de ce rapport (SHA-256)
## plan
doc-contract = Ce que le CPAS prend en charge
doc-ocmw-actions = Actions du CPAS
doc-domains = Domaines d'activité
doc-ended = Clôturé
doc-moved = Dossier transmis à
sign-ended = Ce plan est clôturé. Il ne peut plus être signé.

## turn
doc-review-no = La traduction n’a pas encore été relue par une personne de langue maternelle.
doc-review-yes = La traduction a été relue par une personne de langue maternelle.

## turn2
sign-binding-dutch = Texte qui fait foi, en néerlandais :

## changes
changes-title = Qu'est-ce qui a changé depuis la version du { $date } ?
changes-intro = Lisez ceci ensemble avant de signer à nouveau. Seul ce qui figure ici diffère de la version déjà signée.
changes-now = maintenant :
changes-was = avant :
changes-goal-added = Nouvel objectif
changes-goal-removed = Objectif supprimé
changes-goal-changed = Objectif modifié
changes-goal-period = Autre période pour l'objectif
changes-action-added = Nouvelle action
changes-action-removed = Action supprimée
changes-action-what = Action formulée autrement
changes-action-who = Quelqu'un d'autre fait l'action
changes-action-due = Autre date pour l'action
changes-action-changed = Action modifiée
changes-date-decision = Autre date de la décision
changes-date-start = Le plan commence un autre jour
changes-date-end = Le plan se termine un autre jour
changes-evaluation-added = Nouveau moment d'évaluation
changes-evaluation-removed = Moment d'évaluation supprimé
changes-evaluation-changed = Moment d'évaluation sous une autre forme
changes-rung = Nouvel échelon sur l'échelle
changes-part-basics = Modifié : type de plan, OCMW, assistant social ou nom
changes-part-partners = Modifié : les partenaires et leurs tâches
changes-part-present = Modifié : interprète ou personne de confiance
changes-part-topics = Modifié : ce dont nous avons parlé
changes-part-agreements = Modifié : les accords et ce que chacun apporte
changes-part-contract = Modifié : études ou frais payés par le OCMW
changes-part-evaluation-rule = Modifié : nombre d'évaluations par an
changes-part-other = Modifié : une autre partie du plan
doc-changes-title = Annexe : ce qui a changé depuis la version du { $date }
doc-changes-old = Empreinte numérique de la version précédente :
doc-changes-new = Empreinte numérique de cette version :
doc-strength = Force
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Résumé pour le dossier
case-file-intro = Le plan en texte brut en néerlandais, dans l'ordre du formulaire PIIS du SPP IS, à reprendre dans le logiciel d'enregistrement. Seulement ce qui figure dans le plan signé : les notes en dehors n'y sont pas.
case-file-intro-evaluation = Cette évaluation en texte brut en néerlandais, à reprendre dans le logiciel d'enregistrement. Les notes en dehors du plan n'y sont pas.
case-file-show = Afficher le résumé
case-file-hide = Masquer le résumé
case-file-copy = Copier
case-file-preview-label = Résumé, tel qu'il sera copié
case-file-copied = Copié. Collez le texte dans le logiciel d'enregistrement.
case-file-downloaded = Le presse-papiers n'est pas disponible. Le texte a été téléchargé sous { $file }.
