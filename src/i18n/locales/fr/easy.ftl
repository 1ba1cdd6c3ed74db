# Affichage simple (facile à lire) pour le bénéficiaire : phrases courtes, "vous", une idée par phrase, jamais d'ordre.
# easy-toggle et easy-toggle-hint sont sur un écran de l'assistant social.

easy-toggle = Affichage simple pour le bénéficiaire
easy-toggle-hint = Une question par écran, des lettres et des boutons plus grands, des phrases courtes, la lecture à voix haute, et le mot néerlandais sous le mot dans la langue de la personne.
easy-badge = Affichage simple
easy-read-aloud = Lire à voix haute
easy-no-voice = Cette tablette n'a pas de voix pour lire à voix haute dans cette langue : { $language }.
easy-dutch-label = En néerlandais :
easy-title = Comment allez-vous ?
easy-intro = Il y a 18 questions. Une question à la fois. Vous choisissez une réponse. Tout est enregistré.
easy-progress = Question { $current } sur { $total }
easy-q-money = Comment ça va avec l'argent ?
easy-q-housing = Comment ça va avec votre logement ?
easy-q-health = Comment va votre corps ?
easy-q-mind = Comment vous sentez-vous ?
easy-q-addiction = Comment ça va avec l'alcool, la drogue ou les jeux d'argent ?
easy-q-family = Comment ça va pour vous occuper de vos enfants ou de votre famille ?
easy-q-childcare = Comment ça va pour faire garder vos enfants ?
easy-q-safety = À quel point vous sentez-vous en sécurité à la maison ?
easy-q-network = Comment ça va avec vos amis et votre famille ?
easy-q-structure = Comment se passe votre journée : vous lever, les rendez-vous ?
easy-q-daily = Comment ça va pour cuisiner, laver et nettoyer ?
easy-q-dutch = Comment ça va avec le néerlandais ?
easy-q-learning = Comment ça va avec l'école et les cours ?
easy-q-work = Comment ça va avec le travail ?
easy-q-attitude = Comment vous sentez-vous quand vous pensez au travail ou à une formation ?
easy-q-mobility = Comment ça va avec le bus, le train ou le vélo ?
easy-q-papers = Comment ça va avec les lettres et les papiers ?
easy-q-digital = Comment ça va avec le GSM et l'ordinateur ?
easy-help = Je voudrais de l'aide.
easy-note-label = Vous voulez dire quelque chose ? Vous pouvez. Ce n'est pas obligatoire.
easy-skip = Plus tard
easy-back = Retour
easy-next = Suivant
easy-saved = Tout est enregistré. Vous pouvez arrêter.
easy-skipped-note = Vous aviez passé cette question. Ce n'est pas grave.
easy-end-title = C'est fini ! Merci beaucoup.
easy-end-body = Vous pouvez toujours revenir à une question.
easy-end-open =
    { $count ->
        [one] Il reste une question.
       *[other] Il reste { $count } questions.
    }
easy-go-to = Aller à la question : { $domain }

## changes
easy-changes-title = Voici ce qui est nouveau depuis le { $date }
