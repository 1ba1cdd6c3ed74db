# Eenvoudige weergave (easy-read) voor de cliënt: korte zinnen, "je", één idee per zin, nooit een bevel.
# easy-toggle en easy-toggle-hint staan op een werkerscherm (u-vorm).

easy-toggle = Eenvoudige weergave voor de cliënt
easy-toggle-hint = Eén vraag per scherm, grotere letters en knoppen, korte zinnen, voorlezen, en het Nederlandse woord onder het woord in de eigen taal.
easy-badge = Eenvoudige weergave
easy-read-aloud = Voorlezen
easy-no-voice = Deze tablet heeft geen stem om voor te lezen in deze taal: { $language }.
easy-dutch-label = In het Nederlands:
easy-title = Hoe gaat het met jou?
easy-intro = Je krijgt 18 vragen. Telkens één vraag. Je kiest een antwoord. Alles wordt bewaard.
easy-progress = Vraag { $current } van { $total }
easy-q-money = Hoe gaat het met geld?
easy-q-housing = Hoe gaat het met je huis?
easy-q-health = Hoe gaat het met je lichaam?
easy-q-mind = Hoe voel je je?
easy-q-addiction = Hoe gaat het met alcohol, drugs of gokken?
easy-q-family = Hoe gaat het met zorgen voor je kinderen of je familie?
easy-q-childcare = Hoe gaat het met opvang voor je kinderen?
easy-q-safety = Hoe veilig voel je je thuis?
easy-q-network = Hoe gaat het met vrienden en familie?
easy-q-structure = Hoe gaat het met je dag: opstaan en afspraken?
easy-q-daily = Hoe gaat het met koken, wassen en poetsen?
easy-q-dutch = Hoe gaat het met Nederlands?
easy-q-learning = Hoe gaat het met school en cursussen?
easy-q-work = Hoe gaat het met werk?
easy-q-attitude = Hoe voel je je over werk of een opleiding?
easy-q-mobility = Hoe gaat het met bus, trein of fiets?
easy-q-papers = Hoe gaat het met brieven en papieren?
easy-q-digital = Hoe gaat het met gsm en computer?
easy-help = Ik wil hulp.
easy-note-label = Wil je iets vertellen? Dat mag. Het hoeft niet.
easy-skip = Later
easy-back = Terug
easy-next = Verder
easy-saved = Alles is bewaard. Je mag stoppen.
easy-skipped-note = Deze vraag was je eerst overgeslagen. Dat is goed.
easy-end-title = Klaar! Dank je wel.
easy-end-body = Je kan altijd terug naar een vraag.
easy-end-open =
    { $count ->
        [one] Eén vraag is nog open.
       *[other] { $count } vragen zijn nog open.
    }
easy-go-to = Naar de vraag over { $domain }

## changes
easy-changes-title = Dit is nieuw sinds { $date }
