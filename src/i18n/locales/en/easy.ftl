# Simplified view (easy-read) for the client: short sentences, one idea per sentence, never an order.
# easy-toggle and easy-toggle-hint are on a worker screen.

easy-toggle = Simplified view for the client
easy-toggle-hint = One question per screen, larger text and buttons, short sentences, read-aloud, and the Dutch word under the word in the client's language.
easy-badge = Simplified view
easy-read-aloud = Read aloud
easy-no-voice = This tablet has no voice to read aloud in this language: { $language }.
easy-dutch-label = In Dutch:
easy-title = How are you doing?
easy-intro = There are 18 questions. One question at a time. You choose an answer. Everything is saved.
easy-progress = Question { $current } of { $total }
easy-q-money = How is it going with money?
easy-q-housing = How is it going with your home?
easy-q-health = How is your body doing?
easy-q-mind = How do you feel?
easy-q-addiction = How is it going with alcohol, drugs or gambling?
easy-q-family = How is it going with caring for your children or your family?
easy-q-childcare = How is it going with childcare?
easy-q-safety = How safe do you feel at home?
easy-q-network = How is it going with friends and family?
easy-q-structure = How is your day going: getting up and appointments?
easy-q-daily = How is it going with cooking, washing and cleaning?
easy-q-dutch = How is it going with Dutch?
easy-q-learning = How is it going with school and courses?
easy-q-work = How is it going with work?
easy-q-attitude = How do you feel about work or training?
easy-q-mobility = How is it going with the bus, the train or a bike?
easy-q-papers = How is it going with letters and papers?
easy-q-digital = How is it going with a phone and a computer?
easy-help = I would like help.
easy-note-label = Do you want to tell something? You may. You don't have to.
easy-skip = Later
easy-back = Back
easy-next = Next
easy-saved = Everything is saved. You can stop.
easy-skipped-note = You skipped this question before. That is fine.
easy-end-title = Done! Thank you.
easy-end-body = You can always go back to a question.
easy-end-open =
    { $count ->
        [one] One question is still open.
       *[other] { $count } questions are still open.
    }
easy-go-to = To the question about { $domain }

## changes
easy-changes-title = This is new since { $date }
