# Trede: English, participation ladder and offer catalogue.
# Tone: invitations, never commands. Every step counts, also a step back is part of the road.

view-ladder = Ladder

## The ladder
ladder-title = The participation ladder
ladder-intro = Where does { $name } stand today, and what would be a good next step? Tap a rung to see what is on offer there.
ladder-now-none = No placement yet. You can add the first one below, together.
ladder-now-rung = Now: rung { $number }, { $rung }
ladder-now-status = Now: { $status } (not a rung)
ladder-language-course-beside = A language course runs alongside.
ladder-rung-button = Rung { $number }: { $rung }
ladder-badge-now = now
ladder-badge-target = goal
ladder-offer-count =
    { $count ->
        [0] no offers
        [one] one offer
       *[other] { $count } offers
    }
ladder-rungs-label = The six rungs, highest first

## Target rung
ladder-target-label = Highest achievable rung for { $name }
ladder-target-hint = The goal you choose together. It can be any rung.
ladder-target-none = Not chosen yet
ladder-target-reached = { $name } has reached the goal rung. That is a real achievement.
ladder-target-four = For some people, volunteering or other unpaid work is the highest achievable rung. Reaching it is a success, not a stopping point.

## Offers
ladder-offers-title = On offer on rung { $number }: { $rung }
ladder-offers-none = The catalogue has no offers on this rung.
ladder-offers-close = Close the offers
ladder-offer-provider = By
ladder-offer-duration = Duration
ladder-offer-allowance = Allowance
ladder-offer-conditions = Who can join
ladder-offer-pick = Choose for the plan
ladder-offer-picked = Chosen for the plan
ladder-offer-unpick = Remove from the plan
ladder-picked-title = Offers chosen for the plan
ladder-picked-none = Nothing chosen yet. An offer chosen on the ladder can become a step in the integration plan.
ladder-picked-from = rung { $number }, from { $catalogue } { $edition }

## Placements
ladder-placements-title = Placements
ladder-placements-none = No placements yet.
ladder-add-title = Add a placement
ladder-edit-title = Change this placement
ladder-date-label = Date
ladder-date-missing = Please choose a date.
ladder-position-label = Rung or situation
ladder-position-rungs = Rungs
ladder-position-side = Situations beside the ladder
ladder-status-orientation = Orientation (file younger than four months)
ladder-status-exempted = Exempted for health or equity reasons
ladder-status-studying = Studying
ladder-status-care-first = Care comes first
ladder-viewpoint-label = Whose view is this?
ladder-view-client = The client's view
ladder-view-worker = The social worker's view
ladder-view-agreed = Agreed together
ladder-language-course-label = A language course runs alongside
ladder-note-label = Note (optional)
ladder-note-hint = In a few words: what has changed, and how does it feel?
ladder-error-note-too-long = This note is { $actual } characters long. At most { $max } characters, please.
ladder-save-placement = Save placement
ladder-edit-button = Change
ladder-delete-button = Delete
ladder-confirm-delete-title = Delete this placement?
ladder-confirm-delete-body = The placement of { $date } will be removed from the history. This cannot be undone.
ladder-confirm-delete-yes = Yes, delete

## History
ladder-history-title = How it went
ladder-history-none = The history appears here once there is a placement.
ladder-history-chart-label = Step chart of the rungs over time. The table below holds the same information.
ladder-history-table-caption = The history as a table
ladder-history-aside-lane = beside the ladder
ladder-col-date = Date
ladder-col-position = Rung or situation
ladder-col-move = Change
ladder-col-view = Whose view
ladder-col-note = Note
ladder-move-start = Starting point
ladder-move-rise = Up from rung { $from }
ladder-move-fall = Step back from rung { $from }
ladder-move-level = Same rung
ladder-move-aside = Beside the ladder
ladder-fall-label = step back
ladder-falls-summary =
    { $count ->
        [0] No steps back so far.
        [one] One step back. Steps back happen; they are part of the road.
       *[other] { $count } steps back. Steps back happen; they are part of the road.
    }

## Catalogue
catalogue-title = Offer catalogue
catalogue-current = In use: { $name }, edition { $edition }, { $count } offers.
catalogue-builtin = This is the built-in catalogue.
catalogue-load-label = Load your own catalogue (JSON file)
catalogue-load-hint = A file in the Trede catalogue format. The file stays on this device. The current catalogue stays in use until a valid file replaces it.
catalogue-loaded = The new catalogue is in use.
catalogue-problems-title =
    { $count ->
        [one] This file could not be used. One thing to fix:
       *[other] This file could not be used. { $count } things to fix:
    }
catalogue-reset = Use the built-in catalogue again
catalogue-problem-line = { $place }: { $problem }
catalogue-place-file = The file
catalogue-place-field = Field "{ $field }"
catalogue-place-offer = Offer { $number }
catalogue-place-offer-id = Offer { $number } ("{ $id }")
catalogue-place-offer-field = Offer { $number }, field "{ $field }"
catalogue-place-offer-id-field = Offer { $number } ("{ $id }"), field "{ $field }"
catalogue-problem-not-json = this is not valid JSON (line { $line }, column { $column })
catalogue-problem-not-object = this is not a catalogue (an object with "format", "version", "id", "name", "edition" and "offers" is expected)
catalogue-problem-format = "{ $found }" is not "trede-catalogue"
catalogue-problem-version = version { $found } cannot be read (this Trede reads version 1)
catalogue-problem-missing = is missing
catalogue-problem-type =
    { $expected ->
        [text] should be a text
        [number] should be a number
        [list] should be a list
        [offer] should be an object with the fields of an offer
       *[object] should be an object with a text per language, such as "nl" and "en"
    }
catalogue-problem-rung = { $found } is not a rung (1 to 6)
catalogue-problem-empty = is empty
catalogue-problem-too-long = is longer than { $max } characters
catalogue-problem-no-dutch = has no Dutch text ("nl")
catalogue-problem-language = "{ $code }" is not a language code Trede knows
catalogue-problem-id = "{ $found }" is not a valid id (lowercase letters, digits and hyphens)
catalogue-problem-duplicate = this id is already used by offer { $first }
catalogue-problem-unknown-field = is not a known field
catalogue-problem-no-offers = the list of offers is empty

## rules
ladder-definitions-title = What does each rung mean?
ladder-exempted-decision = Decision of the OCMW of { $date }: { $ground }. { $reason }
ladder-exempted-no-decision = The plan holds no exemption decision of the OCMW yet. Record it in the plan, in the first step.
## evals
ladder-from-evaluation = from an evaluation of the GPMI
ladder-history-per-view = Up or back is counted per view: the client's against the client's, the social worker's against the social worker's. Agreed together counts for both.
## plan
catalogue-problem-carrier = "{ $found }" is not "client", "ocmw" or "partner"
## store
catalogue-problem-too-large = the file is larger than { $max } KB, far larger than a list of offers
catalogue-problem-too-many = more than { $max } offers in the list
