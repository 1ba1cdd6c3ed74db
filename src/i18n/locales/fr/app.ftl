# Trede : français (Belgique). "OCMW" reste tel quel (CPAS en Wallonie/Bruxelles).
# Ton : accueillant et respectueux, jamais d'ordres. Le bénéficiaire est vouvoyé.

app-name = Trede
app-tagline = Regarder ensemble, planifier ensemble
skip-to-content = Aller au contenu
language-label = Langue de l'écran
privacy-line = Tout reste dans ce navigateur, sur cet appareil. Rien n'est envoyé à un serveur.
storage-persistent = Ce navigateur a promis de garder les données, même si l'appareil devient plein.
storage-best-effort = Ce navigateur peut effacer les données si l'appareil devient plein ou si le site n'est pas utilisé pendant longtemps. Une exportation est la copie la plus sûre.
update-ready = Une nouvelle version de Trede est prête. Tout est enregistré.
update-apply = Mettre à jour maintenant
locale-failed = La traduction en { $language } n'a pas pu être chargée. Pour l'instant, ces écrans sont en néerlandais.

## Dates
date-long =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Écran d'accueil
home-title = Dossiers sur cet appareil
home-count =
    { $count ->
        [0] Pas encore de dossier sur cet appareil.
        [one] Un dossier sur cet appareil.
       *[other] { $count } dossiers sur cet appareil.
    }
home-empty-hint = Commencez par un nouveau dossier : seul un nom est nécessaire, vous complétez le reste ensemble.
new-dossier-title = Nouveau dossier
new-dossier-name-label = Nom du bénéficiaire
new-dossier-name-hint = Le nom que la personne souhaite qu'on utilise. Le numéro de registre national n'est pas nécessaire.
new-dossier-button = Créer le dossier
dossier-created-on = Créé le { $date }
dossier-updated-on = Modifié le { $date }
open-button = Ouvrir
rename-button = Renommer
delete-button = Supprimer
save-button = Enregistrer
cancel-button = Annuler
rename-label = Nouveau nom

## Dossier
back-to-list = Tous les dossiers
dossier-heading = Dossier de { $name }
client-lang-label = Langue du bénéficiaire
client-lang-hint = Les écrans que le bénéficiaire remplit lui-même utilisent cette langue.
dossier-dates-title = À propos de ce dossier

view-overview = Vue d'ensemble
dossier-nav-label = Parties du dossier

## Confirmer
confirm-delete-title = Supprimer le dossier ?
confirm-delete-body = Le dossier de { $name } sera effacé de cet appareil. Cela ne peut pas être annulé.
confirm-delete-yes = Oui, supprimer

## Erreurs
error-name-empty = Veuillez indiquer un nom.
error-name-too-long = Ce nom compte { $actual } caractères. Maximum { $max } caractères.
unreadable-notice =
    { $count ->
        [one] Un dossier enregistré n'a pas pu être lu. Il reste intact sur cet appareil.
       *[other] { $count } dossiers enregistrés n'ont pas pu être lus. Ils restent intacts sur cet appareil.
    }
load-error-not-json = Les données sont endommagées ou incomplètes.
load-error-no-version = Les données n'ont pas de numéro de version.
load-error-too-new = Les données viennent d'une version plus récente de Trede.
load-error-migration = Les données n'ont pas pu être converties pour cette version.
load-error-invalid = Les données ne forment pas un dossier valide.
save-error-full = La mémoire de cet appareil est pleine. Les dernières modifications n'ont pas été enregistrées, mais elles restent à l'écran tant que cette page reste ouverte.
save-error-unavailable = Ce navigateur ne permet pas d'enregistrer des données. Les modifications ne restent que tant que cette page est ouverte.
save-error-other = L'enregistrement a échoué. Les modifications sont toujours à l'écran ; nous réessaierons à la prochaine modification.

## Domaines de vie
life-domain-money = Argent et dettes
life-domain-housing = Logement
life-domain-health = Santé physique
life-domain-mind = Bien-être psychique
life-domain-addiction = Dépendances
life-domain-family = Famille et soins aux proches
life-domain-childcare = Garde des enfants
life-domain-safety = Sécurité à la maison
life-domain-network = Les gens autour de moi
life-domain-structure = Rythme de la journée
life-domain-daily = Soins et tâches du quotidien
life-domain-dutch = Néerlandais
life-domain-learning = Formation et diplômes
life-domain-work = Expérience de travail et compétences
life-domain-attitude = Attitude au travail et motivation
life-domain-mobility = Se déplacer
life-domain-papers = Papiers et séjour
life-domain-digital = Compétences numériques

## Échelle de participation
rung-1 = Contacts limités au cercle familial
rung-2 = Contacts sociaux hors de la maison
rung-3 = Activités proches du travail
rung-4 = Travail non rémunéré
rung-5 = Travail rémunéré avec accompagnement
rung-6 = Travail rémunéré

## Fichiers et fin de l'entretien
device-tools-title = Fichiers et cet appareil
export-button = Exporter
import-button = Importer un dossier
import-hint = Choisissez un fichier exporté avec Trede (.json). Les dossiers de cet appareil restent tels quels.
import-done = Le dossier de { $name } a été importé.
import-done-copy = Le dossier de { $name } a été importé comme copie : le même dossier se trouvait déjà sur cet appareil et reste inchangé.
import-failed = { $file } n'a pas pu être importé. Rien n'a changé dans les dossiers de cet appareil.
import-where = ligne { $line }, colonne { $column }
import-error-not-json = Ce fichier est endommagé ou incomplet : ce n'est pas du JSON valide.
import-error-too-deep = Ce fichier est trop profondément imbriqué pour être un dossier.
import-error-too-large = Ce fichier dépasse { $detail } Mo. Un dossier est beaucoup plus petit.
import-error-not-trede = Ce n'est pas un fichier de dossier Trede.
import-error-encrypted = Ce fichier est chiffré avec une phrase secrète.
import-error-file-version = Ce fichier est en version { $detail }, que cette version de Trede ne connaît pas.
import-error-too-new = Ce dossier vient d'une version plus récente de Trede (schéma { $detail }). Veuillez d'abord mettre Trede à jour.
import-error-missing-field = Le champ « { $field } » manque.
import-error-unknown-value = La valeur « { $detail } » est inconnue.
import-error-wrong-type = Un champ contient un mauvais type de valeur, par exemple un nombre là où il faut du texte.
import-error-invalid = Le dossier de ce fichier n'est pas valide : { $detail }
import-error-bad-name = Le nom du bénéficiaire dans ce fichier est vide ou trop long.
import-error-bad-id = La clé du dossier dans ce fichier n'est pas valide.
import-error-unreadable = Le fichier n'a pas pu être lu.
wipe-button = Fin de l'entretien : tout effacer
wipe-title = Effacer tous les dossiers de cet appareil ?
wipe-body =
    { $count ->
        [one] Le dossier ci-dessous sera effacé de cet appareil.
       *[other] Les { $count } dossiers ci-dessous seront effacés de cet appareil.
    } Cela ne peut pas être annulé. Voulez-vous d'abord faire une exportation ?
wipe-confirm = Tout effacer

## Phrases secrètes et chiffrement
passphrase-label = Phrase secrète
passphrase-repeat-label = Répéter la phrase secrète
passphrase-cannot-recover = Retenez bien cette phrase secrète : si elle est oubliée, plus personne ne pourra ouvrir les données. Pas même l'OCMW.
passphrase-encrypt-choice = Chiffrer avec une phrase secrète (recommandé)
passphrase-too-short = Choisissez une phrase secrète d'au moins 12 caractères. Trois ou quatre mots sans lien se retiennent facilement, par exemple : « vélo bleu phare soupe ».
passphrase-empty = Veuillez saisir la phrase secrète.
passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
passphrase-working = Un instant…
export-title = Exporter le dossier
export-intro = Vous créez un fichier avec ce dossier. Avec une phrase secrète, seules les personnes qui la connaissent peuvent ouvrir le fichier.
export-make-file = Créer le fichier
import-passphrase-title = Ouvrir un fichier chiffré
import-passphrase-intro = { $file } est chiffré. Saisissez la phrase secrète utilisée pour le créer.
import-passphrase-open = Ouvrir
crypto-error-wrong-passphrase = Cette phrase secrète n'est pas correcte. Veuillez réessayer.
crypto-error-tampered = La phrase secrète est correcte, mais le fichier a été modifié ou est endommagé. Il ne sera pas ouvert.
crypto-error-unavailable = Ce navigateur ne peut pas chiffrer ici. Ouvrez Trede via https ou directement sur cet appareil.
crypto-error-malformed = Ce fichier chiffré est incomplet ou endommagé.

## Verrouillage
lock-title = Verrouillage
lock-off = Ce dossier n'est pas verrouillé. Avec une phrase secrète, il est enregistré uniquement sous forme chiffrée, et seule une personne qui connaît la phrase secrète peut l'ouvrir.
lock-on = Ce dossier est verrouillé : il est enregistré sur cet appareil uniquement sous forme chiffrée.
lock-set = Verrouiller avec une phrase secrète
lock-intro = Choisissez une phrase secrète pour ce dossier. Sans elle, plus personne ne pourra l'ouvrir sur cet appareil.
lock-now = Verrouiller maintenant
lock-remove = Retirer le verrouillage
lock-idle-label = Verrouiller automatiquement après
lock-idle-minutes = { $minutes } minutes sans utilisation
locked-dossier-name = Dossier verrouillé { $number }
locked-dossier-hint = Le nom et le contenu sont chiffrés. Déverrouillez avec la phrase secrète.
unlock-button = Déverrouiller
unlock-title = Déverrouiller le dossier
unlock-intro = Saisissez la phrase secrète de ce dossier.

tab-conflict = Le dossier de { $name } a été modifié en même temps dans une autre fenêtre. Rien n'est perdu : la version de l'autre fenêtre se trouve maintenant dans la liste, comme dossier séparé.
notice-understood = Compris
save-error-export = Exporter ce dossier maintenant
save-error-export-hint = Ouvrez un dossier et exportez-le pour le conserver.

## rules
rung-1-definition = Les contacts sociaux comptent, mais ils ont lieu surtout à la maison et dans l'entourage proche : le ménage, la famille proche, les aidants et soignants, aussi dans une institution de soins ou d'aide où la personne vit.
rung-2-definition = Des contacts hors de la maison et la participation à des activités organisées, par exemple dans une association, un centre de services ou une association de lutte contre la pauvreté : rencontrer des gens et faire quelque chose qui a du sens.
rung-3-definition = Des tâches proches du travail, sous encadrement, avec un soutien pour le bien-être et les soins. Un travail rémunéré ne semble pas encore possible à moyen terme.
rung-4-definition = Une étape temporaire sans contrat de travail : acquérir de l'expérience et des compétences, avec un accompagnement pour le travail, le bien-être et les soins, pour passer plus tard à l'échelon 5 ou 6.
rung-5-definition = Un travail rémunéré avec un soutien personnel, parce que quelque chose empêche encore de travailler de façon tout à fait autonome. L'employeur reçoit une compensation pour ce soutien supplémentaire.
rung-6-definition = Un travail dans l'économie ordinaire, sans soutien ni accompagnement particulier. La plupart des salariés et des indépendants se trouvent ici.
## guard
import-error-implausible = Le dossier de ce fichier contient une valeur qu'aucun vrai dossier n'a (dans « { $field } ») : le fichier est endommagé ou n'a pas été créé par Trede. Rien n'a été ajouté.
load-error-implausible = Les données contiennent une valeur qu'aucun vrai dossier n'a : elles sont endommagées ou n'ont pas été écrites par Trede.
wipe-cannot-erase = Trede ne peut pas effacer ce qui a déjà quitté l'application : les fichiers exportés, les pages imprimées et les PDF restent dans Téléchargements, à l'imprimante ou là où ils ont été partagés. Supprimez-les vous-même.
wipe-done = Tout ce que Trede conservait sur cet appareil est effacé. Vérifié : il ne reste rien.
wipe-incomplete = Tout n'a pas pu être effacé. Voici ce qui reste. Fermez toutes les fenêtres de Trede et effacez les données de ce site dans les paramètres du navigateur.
lock-when-hidden = Sur cet appareil, fermer tout dossier verrouillé dès que l'onglet est masqué ou que l'écran s'éteint

## turn
turn-start = Donner la tablette au bénéficiaire
turn-nav-label = Vos écrans
turn-plan = Lire le plan
turn-print-copy = Imprimer ma copie
turn-hold-return = Assistant social : maintenir 2 secondes pour reprendre la tablette
turn-returned = La tablette est de retour chez vous. Tout ce que le bénéficiaire a rempli est conservé.
turn-note-unreviewed = Ceci est une traduction d’aide. Aucune personne de langue maternelle ne l’a encore relue. Seul le texte néerlandais fait foi.
turn-note-reviewed = Ceci est une traduction d’aide, relue par une personne de langue maternelle. Seul le texte néerlandais fait foi.
home-search-label = Rechercher par nom
home-sort-label = Ordre
home-sort-newest = Les plus récents d’abord
home-sort-name = Nom (A–Z)
home-sort-changed = Derniers modifiés d’abord
home-search-none = Aucun dossier à ce nom.
## store
save-status-saving = Enregistrement…
save-status-saved = Tout est enregistré sur cet appareil.
storage-room = { $used } utilisés sur cet appareil, encore { $free } libres.
## The example on the home screen
plan-example-title = Voir un exemple
plan-example-text = Un bénéficiaire inventé, avec un plan terminé et une évaluation. Rien n'y est réel.
plan-example-button = Voir l'exemple
plan-example-badge = Exemple : pas une vraie personne
