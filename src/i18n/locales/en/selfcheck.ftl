# Self-check. Client screens: short, friendly, plain. Never a verdict.

sc-view = Self-check
sc-title = Self-check
sc-intro = Looking together at 18 areas of life. It can be done in parts, over several meetings: everything is saved at once.
sc-list-title = Self-checks in this dossier
sc-none = No self-check in this dossier yet.
sc-start = Start a new self-check
sc-item-title = Self-check of { $date }
sc-status-unfinished = Not finished yet
sc-status-complete = Complete
sc-progress-client = Client: { $answered } of { $total } answered
sc-progress-skipped =
    { $count ->
        [one] one skipped
       *[other] { $count } skipped
    }
sc-progress-worker = Worker: { $scored } of { $total } scored
sc-open = Open
sc-delete = Delete
sc-confirm-delete-title = Delete this self-check?
sc-confirm-delete-body = The self-check of { $date } will be erased from this device. This cannot be undone.
sc-confirm-delete-yes = Yes, delete
sc-back-to-list = All self-checks
sc-mode-nav = Parts of the self-check
sc-mode-client = Client's answers
sc-mode-worker = Worker's view
sc-mode-summary = Summary

## Client
sc-client-progress = Question { $current } of { $total }
sc-client-answer-label = Your answer
sc-answer-good = Goes well
sc-answer-hard = Sometimes hard
sc-answer-big = Big problem now
sc-answer-private = I'd rather not say
sc-client-help = I want help with this
sc-client-note-label = Would you like to say something about it? In your own words; it can stay empty.
sc-client-skip = Skip for now
sc-client-back = Back
sc-client-next = Next
sc-client-skipped-note = You skipped this question earlier. You can answer it now, or leave it for later.
sc-client-saved = Everything is saved at once. You can stop whenever you like.
sc-client-end-title = That was the last question. Thank you!
sc-client-end-body = Want to change something? You can always go back to a question.
sc-client-end-open =
    { $count ->
        [one] One question is still open:
       *[other] { $count } questions are still open:
    }
sc-client-go-to = Go to { $domain }

## Questions for the client
sc-q-money = How are things with money, bills and debts?
sc-q-housing = How are things with your home?
sc-q-health = How is your health?
sc-q-mind = How have you been feeling lately?
sc-q-addiction = How are things with alcohol, drugs, gambling or pills?
sc-q-family = How is caring for your children or for someone else going?
sc-q-childcare = How are things with care for your children?
sc-q-safety = How safe do you feel at home?
sc-q-network = How are things with the people around you?
sc-q-structure = How is your daily rhythm: getting up, keeping appointments?
sc-q-daily = How are cooking, washing and housework going?
sc-q-dutch = How is speaking and reading Dutch going?
sc-q-learning = How are things with school, courses and diplomas?
sc-q-work = How about work: what have you done, what can you do?
sc-q-attitude = How do you feel about a next step towards work or training?
sc-q-mobility = How is getting around going: bus, train, bike or car?
sc-q-papers = How are things with papers, letters and your residence?
sc-q-digital = How are things with your phone, computer, e-mail and itsme?

## Worker
sc-worker-intro = One score per area, on the HIVA screening scale. With 3 or 4 you can mark what applies. The score is your assessment, next to the client's own.
sc-score-1 = 1 · No barrier
sc-score-2 = 2 · A barrier, but work or training is possible with support
sc-score-3 = 3 · A barrier: work or training is not possible now
sc-score-4 = 4 · I cannot assess this (yet)
sc-score-none = Not scored yet
sc-worker-sub-title = What applies?
sc-worker-no-subs = For this area, describe the situation in the note.
sc-worker-note-label = Worker's note
sc-dutch-level-label = Level of Dutch
sc-dutch-level-hint = From a certificate of a school or the Huis van het Nederlands, no older than two years.
sc-dutch-level-none = Not filled in yet
sc-dutch-level-unknown = Unknown
sc-dutch-level-below-1-1 = Below 1.1
sc-dutch-level-1-1 = 1.1
sc-dutch-level-1-2 = 1.2
sc-dutch-level-2-1 = 2.1
sc-dutch-level-2-2 = 2.2
sc-dutch-level-2-3 = 2.3
sc-dutch-level-2-4 = 2.4
sc-dutch-level-learned = Fully learned
sc-latin-reading = Reading in the Latin script
sc-latin-writing = Writing in the Latin script
sc-yes = Yes
sc-no = No
sc-not-known = Not known yet

## Sub-items (with score 3 or 4)
sc-sub-money-debts = Debts
sc-sub-money-mediation = In debt mediation
sc-sub-money-basic-needs = Not enough for food, clothes or rent
sc-sub-housing-no-address = No fixed address, or in a night shelter
sc-sub-housing-unhealthy = Serious problems with the home, or declared unfit to live in
sc-sub-housing-must-move = Must leave soon, or moves very often
sc-sub-housing-transit = Lives in a transit dwelling
sc-sub-health-illness = Illness makes work or training hard
sc-sub-health-diagnosis = Known illness, with certificates
sc-sub-health-complaints = Health complaints
sc-sub-health-pregnancy = Pregnancy or maternity rest
sc-sub-health-disability = Disability
sc-sub-health-work-disability = Recognised work disability
sc-sub-family-parenting = Raising and getting on with the children
sc-sub-family-child-needs = A child with special care needs
sc-sub-family-single-parent = Single parent
sc-sub-family-care-task = Cares at home for someone disabled, very old or long-term ill
sc-sub-childcare-waiting-list = Applied, but a long waiting list
sc-sub-childcare-no-informal = No care available among family or friends
sc-sub-childcare-unknown-options = Does not know the options and how to apply yet
sc-sub-safety-relationship = Tension with a partner, family or others
sc-sub-safety-violence = Violence in the family
sc-sub-network-no-social = Few or no friends or acquaintances
sc-sub-network-no-family = No family nearby
sc-sub-network-family-against-work = Family does not support working
sc-sub-network-nobody-works = Nobody in the household or circle of friends works
sc-sub-structure-no-rhythm = No regular daily rhythm
sc-sub-structure-missed-appointments = Appointments sometimes go wrong
sc-sub-structure-documents = Documents do not make it to the appointment
sc-sub-daily-hygiene = Hygiene
sc-sub-daily-appearance = Neat appearance
sc-sub-daily-household = Running the household does not work out
sc-sub-dutch-express = Putting thoughts into words is hard
sc-sub-dutch-oral = Speaking with others does not work yet
sc-sub-dutch-written = Written communication does not work yet
sc-sub-dutch-illiterate = Cannot read or write
sc-sub-learning-inactive = Long periods without work or training
sc-sub-learning-no-choices = No conscious choice of a direction yet
sc-sub-learning-history = School and work history are hard to describe
sc-sub-learning-recognition = Foreign diploma not recognised yet
sc-sub-work-guided-only = Past jobs came only with intensive guidance
sc-sub-work-unrealistic = Expectations of job, wage or workplace do not match
sc-sub-work-overestimates = Sees own possibilities as larger
sc-sub-work-expectations = Not yet sure what a workplace expects
sc-sub-attitude-no-steps = Takes no own steps yet
sc-sub-attitude-gives-up = Gives up quickly after a setback
sc-sub-attitude-motivation = Sees no reason to change anything now
sc-sub-attitude-one-target = Holds on to one job after a long search
sc-sub-attitude-interaction = Dealing with others or with rules is hard
sc-sub-mobility-no-transport = No own transport and no public transport
sc-sub-mobility-public-know-how = Public transport: does not know how, or lacks the means
sc-sub-mobility-no-public = No public transport nearby
sc-sub-mobility-distance = Unclear how far the client can travel
sc-sub-papers-not-independent = Cannot handle paperwork alone
sc-sub-papers-obligations = Little view of obligations (address, health fund)
sc-sub-papers-self-employed = Paperwork from a former own business
sc-sub-papers-work-permit = No valid work permit or residence
sc-sub-papers-justice = Contact with the justice system
sc-sub-digital-no-device = No phone, computer or internet
sc-sub-digital-no-email = No e-mail address
sc-sub-digital-no-eid = itsme or the eID does not work yet
sc-sub-digital-no-vdab = No VDAB account

## Suggested actions (for the plan)
sc-act-money-debt-mediation = Go to debt mediation together
sc-act-money-budget-guidance = Start budget guidance
sc-act-housing-search-together = Look for a home together
sc-act-housing-reference-address = Apply for a reference address
sc-act-health-see-doctor = Make an appointment with the GP
sc-act-health-check-limits = Have a look at what is physically possible
sc-act-mind-talk-counsellor = A talk with a psychologist or counsellor
sc-act-mind-refer-care = Look together for the right care
sc-act-addiction-contact-service = Contact an addiction service
sc-act-addiction-talk-doctor = Talk about it with the GP
sc-act-family-parenting-support = Find support with parenting
sc-act-family-relieve-care = Find who can lighten the care task
sc-act-childcare-find-place = Look together for a childcare place
sc-act-childcare-informal = Look at care among family and friends
sc-act-safety-safe-talk = A safe talk alone with the social worker
sc-act-safety-contact-support = Contact a helpline or a support centre
sc-act-network-meeting-place = Visit a meeting place nearby
sc-act-network-volunteering = Try volunteering
sc-act-structure-week-plan = Make a weekly plan together
sc-act-structure-reminders = Set reminders for appointments
sc-act-daily-home-support = Look at help at home
sc-act-daily-practice = Practise housework
sc-act-dutch-course = Sign up for a Dutch course
sc-act-dutch-conversation-table = Go to a conversation table
sc-act-learning-diploma-recognition = Have the diploma recognised (NARIC)
sc-act-learning-training = Choose a training
sc-act-work-cv = Write a CV together
sc-act-work-job-coach = Meet a job coach
sc-act-attitude-small-steps = Agree on a first small step
sc-act-attitude-orientation = Do an orientation or a short try-out placement
sc-act-mobility-transport-pass = Apply for a bus or train pass
sc-act-mobility-bike-or-licence = Learn to cycle or get a driving licence
sc-act-papers-sort-together = Sort the papers together
sc-act-papers-residence-advice = Ask for advice on residence or work permit
sc-act-digital-course = Take a computer course
sc-act-digital-eid-setup = Set up itsme or the eID reader together

## Summary
sc-summary-chart-title = Both voices side by side
sc-summary-chart-hint = For each area, the client's answer and the worker's score. A ≠ shows where they differ: that is a good place to start talking.
sc-summary-table-caption = Answers per area
sc-col-domain = Area
sc-col-client = Client
sc-col-worker = Worker
sc-col-marks = Notable
sc-diff = Difference
sc-precondition = Precondition
sc-not-answered = Not answered yet
sc-skipped = Skipped
sc-wants-help = Wants help
sc-summary-diff-title = Where the answers differ
sc-summary-diff-none = No differences between the two answers yet.
sc-summary-pre-title = Preconditions
sc-summary-pre-hint = Scored 3 by the worker. Most OCMWs work on these first.
sc-summary-pre-none = No preconditions marked.
sc-summary-help-title = The client wants help with
sc-summary-help-none = No request for help marked yet.
sc-summary-actions = Possible actions
sc-summary-client-note = In their own words
sc-summary-changes-title = What changed since the self-check of { $date }
sc-summary-changes-none = Nothing moved since the previous self-check.
sc-summary-first = This is the first self-check: there is nothing to compare with yet.
sc-voice-client = client
sc-voice-worker = worker
sc-change-eased = lighter
sc-change-harder = heavier
sc-change-line = { $domain } ({ $voice }): { $from } → { $to }

sc-add-to-plan = Add to the plan
sc-add-to-plan-named = Add “{ $action }” to the plan
sc-in-plan = In the plan
