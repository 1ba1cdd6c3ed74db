# Trede : français, échelle de participation et catalogue de l'offre.
# Ton : des invitations, jamais des ordres. Chaque pas compte ; un pas en arrière fait aussi partie du chemin.

view-ladder = Échelle

## L'échelle
ladder-title = L'échelle de participation
ladder-intro = Où en est { $name } aujourd'hui, et quel serait un bon prochain pas ? Touchez un échelon pour voir l'offre qui existe.
ladder-now-none = Pas encore de positionnement. Vous pouvez ajouter le premier ensemble, ci-dessous.
ladder-now-rung = Maintenant : échelon { $number }, { $rung }
ladder-now-status = Maintenant : { $status } (pas un échelon)
ladder-language-course-beside = Un cours de langue a lieu en parallèle.
ladder-rung-button = Échelon { $number } : { $rung }
ladder-badge-now = maintenant
ladder-badge-target = objectif
ladder-offer-count =
    { $count ->
        [0] aucune offre
        [one] une offre
       *[other] { $count } offres
    }
ladder-rungs-label = Les six échelons, le plus haut en premier

## Échelon visé
ladder-target-label = Échelon le plus haut possible pour { $name }
ladder-target-hint = L'objectif que vous choisissez ensemble. Tous les échelons sont possibles.
ladder-target-none = Pas encore choisi
ladder-target-reached = { $name } a atteint l'échelon visé. C'est une vraie réussite.
ladder-target-four = Pour certaines personnes, le volontariat ou un autre travail non rémunéré est l'échelon le plus haut possible. L'atteindre est une réussite, pas un point final.

## Offre
ladder-offers-title = Offre à l'échelon { $number } : { $rung }
ladder-offers-none = Le catalogue n'a pas d'offre à cet échelon.
ladder-offers-close = Fermer l'offre
ladder-offer-provider = Par
ladder-offer-duration = Durée
ladder-offer-allowance = Indemnité
ladder-offer-conditions = Qui peut participer
ladder-offer-pick = Choisir pour le plan
ladder-offer-picked = Choisi pour le plan
ladder-offer-unpick = Retirer du plan
ladder-picked-title = Offres choisies pour le plan
ladder-picked-none = Rien n'a encore été choisi. Une offre choisie sur l'échelle peut devenir une étape du projet d'intégration.
ladder-picked-from = échelon { $number }, tiré de { $catalogue } { $edition }

## Positionnements
ladder-placements-title = Positionnements
ladder-placements-none = Pas encore de positionnement.
ladder-add-title = Ajouter un positionnement
ladder-edit-title = Modifier ce positionnement
ladder-date-label = Date
ladder-date-missing = Choisissez une date.
ladder-position-label = Échelon ou situation
ladder-position-rungs = Échelons
ladder-position-side = Situations à côté de l'échelle
ladder-status-orientation = Orientation (dossier de moins de quatre mois)
ladder-status-exempted = Dispense pour raisons de santé ou d'équité
ladder-status-studying = Fait des études
ladder-status-care-first = D'abord les soins et le bien-être
ladder-viewpoint-label = Qui voit les choses ainsi ?
ladder-view-client = Le point de vue du bénéficiaire
ladder-view-worker = Le point de vue de l'assistant social
ladder-view-agreed = Convenu ensemble
ladder-language-course-label = Un cours de langue a lieu en parallèle
ladder-note-label = Note (facultative)
ladder-note-hint = En quelques mots : qu'est-ce qui a changé, et comment est-ce vécu ?
ladder-error-note-too-long = Cette note compte { $actual } caractères. Maximum { $max } caractères, s'il vous plaît.
ladder-save-placement = Enregistrer le positionnement
ladder-edit-button = Modifier
ladder-delete-button = Supprimer
ladder-confirm-delete-title = Supprimer ce positionnement ?
ladder-confirm-delete-body = Le positionnement du { $date } disparaîtra du parcours. Cela ne peut pas être annulé.
ladder-confirm-delete-yes = Oui, supprimer

## Parcours
ladder-history-title = Le parcours
ladder-history-none = Le parcours apparaîtra ici dès qu'il y aura un positionnement.
ladder-history-chart-label = Graphique en escalier des échelons au fil du temps. Le tableau ci-dessous contient les mêmes données.
ladder-history-table-caption = Le parcours sous forme de tableau
ladder-history-aside-lane = à côté de l'échelle
ladder-col-date = Date
ladder-col-position = Échelon ou situation
ladder-col-move = Changement
ladder-col-view = Qui voit ainsi
ladder-col-note = Note
ladder-move-start = Point de départ
ladder-move-rise = Monté depuis l'échelon { $from }
ladder-move-fall = Pas en arrière depuis l'échelon { $from }
ladder-move-level = Même échelon
ladder-move-aside = À côté de l'échelle
ladder-fall-label = pas en arrière
ladder-falls-summary =
    { $count ->
        [0] Pas encore de pas en arrière.
        [one] Un pas en arrière. Les pas en arrière, ça arrive ; ils font partie du chemin.
       *[other] { $count } pas en arrière. Les pas en arrière, ça arrive ; ils font partie du chemin.
    }

## Catalogue
catalogue-title = Catalogue de l'offre
catalogue-current = En usage : { $name }, édition { $edition }, { $count } offres.
catalogue-builtin = C'est le catalogue intégré.
catalogue-load-label = Charger votre propre catalogue (fichier JSON)
catalogue-load-hint = Un fichier au format de catalogue de Trede. Le fichier reste sur cet appareil. Le catalogue actuel reste en usage jusqu'à ce qu'un fichier valide le remplace.
catalogue-loaded = Le nouveau catalogue est en usage.
catalogue-problems-title =
    { $count ->
        [one] Ce fichier n'a pas pu être utilisé. Une chose à corriger :
       *[other] Ce fichier n'a pas pu être utilisé. { $count } choses à corriger :
    }
catalogue-reset = Utiliser à nouveau le catalogue intégré
catalogue-problem-line = { $place } : { $problem }
catalogue-place-file = Le fichier
catalogue-place-field = Champ "{ $field }"
catalogue-place-offer = Offre { $number }
catalogue-place-offer-id = Offre { $number } ("{ $id }")
catalogue-place-offer-field = Offre { $number }, champ "{ $field }"
catalogue-place-offer-id-field = Offre { $number } ("{ $id }"), champ "{ $field }"
catalogue-problem-not-json = ce n'est pas du JSON valide (ligne { $line }, colonne { $column })
catalogue-problem-not-object = ce n'est pas un catalogue (attendu : un objet avec "format", "version", "id", "name", "edition" et "offers")
catalogue-problem-format = "{ $found }" n'est pas "trede-catalogue"
catalogue-problem-version = la version { $found } ne peut pas être lue (cette version de Trede lit la version 1)
catalogue-problem-missing = manque
catalogue-problem-type =
    { $expected ->
        [text] doit être un texte
        [number] doit être un nombre
        [list] doit être une liste
        [offer] doit être un objet avec les champs d'une offre
       *[object] doit être un objet avec un texte par langue, comme "nl" et "en"
    }
catalogue-problem-rung = { $found } n'est pas un échelon (1 à 6)
catalogue-problem-empty = est vide
catalogue-problem-too-long = dépasse { $max } caractères
catalogue-problem-no-dutch = n'a pas de texte en néerlandais ("nl")
catalogue-problem-language = "{ $code }" n'est pas un code de langue connu de Trede
catalogue-problem-id = "{ $found }" n'est pas un id valide (lettres minuscules, chiffres et traits d'union)
catalogue-problem-duplicate = cet id est déjà utilisé par l'offre { $first }
catalogue-problem-unknown-field = n'est pas un champ connu
catalogue-problem-no-offers = la liste des offres est vide

## rules
ladder-definitions-title = Que signifie chaque échelon ?
ladder-exempted-decision = Décision de l'OCMW du { $date } : { $ground }. { $reason }
ladder-exempted-no-decision = Le plan ne contient pas encore de décision de dispense de l'OCMW. Notez-la dans le plan, à la première étape.
## evals
ladder-from-evaluation = issue d’une évaluation du PIIS
ladder-history-per-view = Monter ou descendre se compte par point de vue : celui du client avec celui du client, celui du travailleur social avec celui du travailleur social. Convenu ensemble compte pour les deux.
## plan
catalogue-problem-carrier = "{ $found }" n'est pas "client", "ocmw" ou "partner"
## store
catalogue-problem-too-large = le fichier dépasse { $max } Ko, bien plus qu'une liste d'offres
catalogue-problem-too-many = plus de { $max } offres dans la liste
