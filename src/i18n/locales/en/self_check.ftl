# Self-check. Client screens: short, friendly, plain. Never a verdict.

self-check-view = Self-check
self-check-title = Self-check
self-check-intro = Looking together at 18 areas of life. It can be done in parts, over several meetings: everything is saved at once.
self-check-list-title = Self-checks in this dossier
self-check-none = No self-check in this dossier yet.
self-check-start = Start a new self-check
self-check-item-title = Self-check of { $date }
self-check-status-unfinished = Not finished yet
self-check-status-complete = Complete
self-check-progress-client = Client: { $answered } of { $total } answered
self-check-progress-skipped =
    { $count ->
        [one] one skipped
       *[other] { $count } skipped
    }
self-check-progress-worker = Worker: { $scored } of { $total } scored
self-check-open = Open
self-check-delete = Delete
self-check-confirm-delete-title = Delete this self-check?
self-check-confirm-delete-body = The self-check of { $date } will be erased from this device. This cannot be undone.
self-check-confirm-delete-yes = Yes, delete
self-check-back-to-list = All self-checks
self-check-mode-nav = Parts of the self-check
self-check-mode-client = Client's answers
self-check-mode-worker = Worker's view
self-check-mode-summary = Summary

## Client
self-check-client-progress = Question { $current } of { $total }
self-check-client-answer-label = Your answer
self-check-answer-good = Goes well
self-check-answer-hard = Sometimes hard
self-check-answer-big = Big problem now
self-check-answer-private = I'd rather not say
self-check-client-help = I want help with this
self-check-client-note-label = Would you like to say something about it? In your own words; it can stay empty.
self-check-client-skip = Skip for now
self-check-client-back = Back
self-check-client-next = Next
self-check-client-skipped-note = You skipped this question earlier. You can answer it now, or leave it for later.
self-check-client-saved = Everything is saved at once. You can stop whenever you like.
self-check-client-end-title = That was the last question. Thank you!
self-check-client-end-body = Want to change something? You can always go back to a question.
self-check-client-end-open =
    { $count ->
        [one] One question is still open:
       *[other] { $count } questions are still open:
    }
self-check-client-go-to = Go to { $domain }

## Questions for the client
self-check-q-money = How are things with money, bills and debts?
self-check-q-housing = How are things with your home?
self-check-q-health = How is your health?
self-check-q-mind = How have you been feeling lately?
self-check-q-addiction = How are things with alcohol, drugs, gambling or pills?
self-check-q-family = How is caring for your children or for someone else going?
self-check-q-childcare = How are things with care for your children?
self-check-q-safety = How safe do you feel at home?
self-check-q-network = How are things with the people around you?
self-check-q-structure = How is your daily rhythm: getting up, keeping appointments?
self-check-q-daily = How are cooking, washing and housework going?
self-check-q-dutch = How is speaking and reading Dutch going?
self-check-q-learning = How are things with school, courses and diplomas?
self-check-q-work = How about work: what have you done, what can you do?
self-check-q-attitude = How do you feel about a next step towards work or training?
self-check-q-mobility = How is getting around going: bus, train, bike or car?
self-check-q-papers = How are things with papers, letters and your residence?
self-check-q-digital = How are things with your phone, computer, e-mail and itsme?

## Worker
self-check-worker-intro = One score per area, on the HIVA screening scale. With 3 or 4 you can mark what applies. The score is your assessment, next to the client's own.
self-check-score-1 = 1 · No barrier
self-check-score-2 = 2 · A barrier, but work or training is possible with support
self-check-score-3 = 3 · A barrier: work or training is not possible now
self-check-score-4 = 4 · I cannot assess this (yet)
self-check-score-none = Not scored yet
self-check-worker-sub-title = What applies?
self-check-worker-no-subs = For this area, describe the situation in the note.
self-check-worker-note-label = Worker's note
self-check-dutch-level-label = Level of Dutch
self-check-dutch-level-hint = From a certificate of a school or the Huis van het Nederlands, no older than two years.
self-check-dutch-level-none = Not filled in yet
self-check-dutch-level-unknown = Unknown
self-check-dutch-level-below-1-1 = Below 1.1
self-check-dutch-level-1-1 = 1.1
self-check-dutch-level-1-2 = 1.2
self-check-dutch-level-2-1 = 2.1
self-check-dutch-level-2-2 = 2.2
self-check-dutch-level-2-3 = 2.3
self-check-dutch-level-2-4 = 2.4
self-check-dutch-level-learned = Fully learned
self-check-latin-reading = Reading in the Latin script
self-check-latin-writing = Writing in the Latin script
self-check-yes = Yes
self-check-no = No
self-check-not-known = Not known yet

## Sub-items (with score 3 or 4)
self-check-sub-money-debts = Debts
self-check-sub-money-mediation = In debt mediation
self-check-sub-money-basic-needs = Not enough for food, clothes or rent
self-check-sub-housing-no-address = No fixed address, or in a night shelter
self-check-sub-housing-unhealthy = Serious problems with the home, or declared unfit to live in
self-check-sub-housing-must-move = Must leave soon, or moves very often
self-check-sub-housing-transit = Lives in a transit dwelling
self-check-sub-health-illness = Illness makes work or training hard
self-check-sub-health-diagnosis = Known illness, with certificates
self-check-sub-health-complaints = Health complaints
self-check-sub-health-pregnancy = Pregnancy or maternity rest
self-check-sub-health-disability = Disability
self-check-sub-health-work-disability = Recognised work disability
self-check-sub-family-parenting = Raising and getting on with the children
self-check-sub-family-child-needs = A child with special care needs
self-check-sub-family-single-parent = Single parent
self-check-sub-family-care-task = Cares at home for someone disabled, very old or long-term ill
self-check-sub-childcare-waiting-list = Applied, but a long waiting list
self-check-sub-childcare-no-informal = No care available among family or friends
self-check-sub-childcare-unknown-options = Does not know the options and how to apply yet
self-check-sub-safety-relationship = Tension with a partner, family or others
self-check-sub-safety-violence = Violence in the family
self-check-sub-network-no-social = Few or no friends or acquaintances
self-check-sub-network-no-family = No family nearby
self-check-sub-network-family-against-work = Family does not support working
self-check-sub-network-nobody-works = Nobody in the household or circle of friends works
self-check-sub-structure-no-rhythm = No regular daily rhythm
self-check-sub-structure-missed-appointments = Appointments sometimes go wrong
self-check-sub-structure-documents = Documents do not make it to the appointment
self-check-sub-daily-hygiene = Hygiene
self-check-sub-daily-appearance = Neat appearance
self-check-sub-daily-household = Running the household does not work out
self-check-sub-dutch-express = Putting thoughts into words is hard
self-check-sub-dutch-oral = Speaking with others does not work yet
self-check-sub-dutch-written = Written communication does not work yet
self-check-sub-dutch-illiterate = Cannot read or write
self-check-sub-learning-inactive = Long periods without work or training
self-check-sub-learning-no-choices = No conscious choice of a direction yet
self-check-sub-learning-history = School and work history are hard to describe
self-check-sub-learning-recognition = Foreign diploma not recognised yet
self-check-sub-work-guided-only = Past jobs came only with intensive guidance
self-check-sub-work-unrealistic = Expectations of job, wage or workplace do not match
self-check-sub-work-overestimates = Sees own possibilities as larger
self-check-sub-work-expectations = Not yet sure what a workplace expects
self-check-sub-attitude-no-steps = Takes no own steps yet
self-check-sub-attitude-gives-up = Gives up quickly after a setback
self-check-sub-attitude-motivation = Sees no reason to change anything now
self-check-sub-attitude-one-target = Holds on to one job after a long search
self-check-sub-attitude-interaction = Dealing with others or with rules is hard
self-check-sub-mobility-no-transport = No own transport and no public transport
self-check-sub-mobility-public-know-how = Public transport: does not know how, or lacks the means
self-check-sub-mobility-no-public = No public transport nearby
self-check-sub-mobility-distance = Unclear how far the client can travel
self-check-sub-papers-not-independent = Cannot handle paperwork alone
self-check-sub-papers-obligations = Little view of obligations (address, health fund)
self-check-sub-papers-self-employed = Paperwork from a former own business
self-check-sub-papers-work-permit = No valid work permit or residence
self-check-sub-papers-justice = Contact with the justice system
self-check-sub-digital-no-device = No phone, computer or internet
self-check-sub-digital-no-email = No e-mail address
self-check-sub-digital-no-eid = itsme or the eID does not work yet
self-check-sub-digital-no-vdab = No VDAB account

## Suggested actions (for the plan)
self-check-act-money-debt-mediation = Go to debt mediation together
self-check-act-money-budget-guidance = Start budget guidance
self-check-act-housing-search-together = Look for a home together
self-check-act-housing-reference-address = Apply for a reference address
self-check-act-health-see-doctor = Make an appointment with the GP
self-check-act-health-check-limits = Have a look at what is physically possible
self-check-act-mind-talk-counsellor = A talk with a psychologist or counsellor
self-check-act-mind-refer-care = Look together for the right care
self-check-act-addiction-contact-service = Contact an addiction service
self-check-act-addiction-talk-doctor = Talk about it with the GP
self-check-act-family-parenting-support = Find support with parenting
self-check-act-family-relieve-care = Find who can lighten the care task
self-check-act-childcare-find-place = Look together for a childcare place
self-check-act-childcare-informal = Look at care among family and friends
self-check-act-safety-safe-talk = A safe talk alone with the social worker
self-check-act-safety-contact-support = Contact a helpline or a support centre
self-check-act-network-meeting-place = Visit a meeting place nearby
self-check-act-network-volunteering = Try volunteering
self-check-act-structure-week-plan = Make a weekly plan together
self-check-act-structure-reminders = Set reminders for appointments
self-check-act-daily-home-support = Look at help at home
self-check-act-daily-practice = Practise housework
self-check-act-dutch-course = Sign up for a Dutch course
self-check-act-dutch-conversation-table = Go to a conversation table
self-check-act-learning-diploma-recognition = Have the diploma recognised (NARIC)
self-check-act-learning-training = Choose a training
self-check-act-work-cv = Write a CV together
self-check-act-work-job-coach = Meet a job coach
self-check-act-attitude-small-steps = Agree on a first small step
self-check-act-attitude-orientation = Do an orientation or a short try-out placement
self-check-act-mobility-transport-pass = Apply for a bus or train pass
self-check-act-mobility-bike-or-licence = Learn to cycle or get a driving licence
self-check-act-papers-sort-together = Sort the papers together
self-check-act-papers-residence-advice = Ask for advice on residence or work permit
self-check-act-digital-course = Take a computer course
self-check-act-digital-eid-setup = Set up itsme or the eID reader together

## Summary
self-check-summary-chart-title = Both voices side by side
self-check-summary-chart-hint = For each area, the client's answer and the worker's score. A ≠ shows where they differ: that is a good place to start talking.
self-check-summary-table-caption = Answers per area
self-check-col-domain = Area
self-check-col-client = Client
self-check-col-worker = Worker
self-check-col-marks = Notable
self-check-diff = Difference
self-check-precondition = Precondition
self-check-not-answered = Not answered yet
self-check-skipped = Skipped
self-check-wants-help = Wants help
self-check-summary-diff-title = Where the answers differ
self-check-summary-diff-none = No differences between the two answers yet.
self-check-summary-pre-title = Preconditions
self-check-summary-pre-hint = Scored 3 by the worker. Most OCMWs work on these first.
self-check-summary-pre-none = No preconditions marked.
self-check-summary-help-title = The client wants help with
self-check-summary-help-none = No request for help marked yet.
self-check-summary-actions = Possible actions
self-check-summary-client-note = In their own words
self-check-summary-changes-title = What changed since the self-check of { $date }
self-check-summary-changes-none = Nothing moved since the previous self-check.
self-check-summary-first = This is the first self-check: there is nothing to compare with yet.
self-check-voice-client = client
self-check-voice-worker = worker
self-check-change-eased = lighter
self-check-change-harder = heavier
self-check-change-line = { $domain } ({ $voice }): { $from } → { $to }

self-check-add-to-plan = Add to the plan
self-check-add-to-plan-named = Add “{ $action }” to the plan
self-check-in-plan = In the plan

## rules
self-check-sub-money-unemployment-trap = Risk of an unemployment trap: working brings in little or nothing more
