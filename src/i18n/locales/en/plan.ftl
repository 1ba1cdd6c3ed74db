# Trede: the GPMI, drafted together (English)
# Tone: invitations, plain words. Sanctions are stated plainly, without threat.

plan-view = Plan (GPMI)
plan-title = The integration plan (GPMI)
plan-intro = You write this plan together. Take the steps in any order, stop when you like: it is saved as you type and opens where you left off.
plan-undo = Undo
plan-redo = Redo
plan-steps-label = Steps of the plan
plan-previous = Back: { $step }
plan-next = Next: { $step }
plan-choose = Choose…
plan-unknown = Not known yet
plan-not-set = not set yet
plan-not-filled = not filled in yet
plan-no-owner = nobody yet
plan-no-date = no date yet
plan-unnamed-action = an action without a description

## Steps
plan-step-basics = About the plan
plan-step-topics = Your story
plan-step-goals = Goals
plan-step-actions = Actions
plan-step-agreements = Agreements
plan-step-review = Read through
plan-step-evaluations = Evaluations
plan-step-basics-title = What kind of plan, and who takes part
plan-step-topics-title = In your own words
plan-step-goals-title = What would you like to reach?
plan-step-actions-title = Who does what, and by when?
plan-step-agreements-title = What we agree on
plan-step-review-title = Read it through together
plan-step-evaluations-title = Looking back together

## Deadline
plan-deadline-by = The OCMW must conclude this plan within { $months ->
        [one] one month
       *[other] { $months } months
    } of the leefloon decision, so by { $date } at the latest.
plan-deadline-close = The OCMW must conclude this plan by { $date }: { $days ->
        [0] that is today.
        [one] one day left.
       *[other] { $days } days left.
    }
plan-deadline-past = The OCMW had to conclude this plan by { $date }, { $days ->
        [one] one day ago.
       *[other] { $days } days ago.
    } That term has passed: the OCMW now completes the plan with the client as soon as possible.

## Basics
plan-kind-title = The plan
plan-type-label = Kind of plan
plan-type-employment = Towards work
plan-type-training = Towards training or studies
plan-type-activation = Social activation
plan-decision-label = Date of the leefloon decision
plan-decision-hint = The plan is signed within 3 months of this date.
plan-start-label = Plan starts on
plan-end-label = Plan ends on
plan-period = Period
plan-why-title = Why there is a plan
plan-birth-label = Date of birth
plan-birth-hint = Only used to see whether the plan is required.
plan-recent-right-label = Did the client have a right to social integration in the { $months ->
        [one] one month
       *[other] { $months } months
    } before the decision?
plan-recent-right-no = No, no right in that period
plan-recent-right-yes = Yes, a right in that period
plan-asked-client = The client asked for a plan
plan-asked-ocmw = The OCMW asked for a plan
plan-mandate-required = A plan is required, because:
plan-mandate-not-required = By the rules, a plan is not required. It can still be made on request.
plan-mandate-unknown = Fill in the date of birth and whether the client had a right to social integration in the months before. Then you see whether a plan is required.
plan-ground-under25 = the client is younger than 25
plan-ground-new = the client had no right to social integration in the { $months ->
        [one] one month
       *[other] { $months } months
    } before
plan-ground-client = the client asked for it
plan-ground-ocmw = the OCMW asked for it
plan-override-label = Worker's judgement
plan-override-none = Follow the rules
plan-override-required = Required anyway
plan-override-optional = Not required anyway
plan-override-reason = Reason for this judgement
plan-parties-title = Who takes part
plan-worker-label = Social worker
plan-ocmw-label = OCMW
plan-third-legend = Partner { $n }
plan-third-name = Name
plan-third-role = Role (for example debt mediator)
plan-third-tasks = What this partner takes on
plan-third-add = Add a partner
plan-third-remove = Remove this partner
plan-support-label = Someone alongside the client
plan-support-none = Nobody
plan-support-interpreter = An interpreter
plan-support-support = A person of trust
plan-support-name = Their name

## Topics
plan-topics-intro = Write down what the client says, in their words. Nothing here is a test.
plan-topic-needs = What do you need?
plan-topic-needs-hint = For example: calm about money, a place to live, childcare.
plan-topic-challenges = What is hard for you right now?
plan-topic-challenges-hint = Things that stand in the way, big or small.
plan-topic-goals = What would you like to reach, or avoid?
plan-topic-goals-hint = For example: find work, no new debts.
plan-topic-future = How do you see your future?
plan-topic-future-hint = Where would you like to be in a year or two?
plan-topic-role = What role would you like to have among other people?
plan-topic-role-hint = For yourself and for others: at work, in the neighbourhood, at home.

## Goals
plan-goals-intro = A few goals are enough. Each one says why it matters to you.
plan-goals-empty = No goals yet. Shall we add the first one?
plan-goal-legend = Goal { $n }
plan-goal-title = The goal
plan-goal-domain = Life domain
plan-goal-from = From
plan-goal-until = Until
plan-goal-why = Why does this matter to you?
plan-goal-add = Add a goal
plan-goal-remove = Remove this goal

## Actions
plan-actions-intro = Small, concrete steps. Each step has someone who takes it on and a date.
plan-actions-empty = No actions yet. Shall we add the first one?
plan-action-legend = Action { $n }
plan-action-what = What will happen?
plan-action-owner = Who takes it on?
plan-action-due = By when?
plan-action-status = How is it going?
plan-action-stop-reason = Why did it stop?
plan-action-evidence = How will we see it happened?
plan-action-goal = For which goal?
plan-action-no-goal = No particular goal
plan-action-add = Add an action
plan-action-remove = Remove this action
plan-owner-client = The client
plan-owner-ocmw = The OCMW
plan-owner-third = A partner
plan-status-planned = Planned
plan-status-busy = Under way
plan-status-done = Done
plan-status-stopped = Stopped
plan-origin-free = Written together
plan-origin-self-check = From the self-check: { $domain }
plan-origin-catalogue = Offer: { $offer }

## Agreements
plan-questions-title = The action plan
plan-question-client-will-do = What will you do to reach your goals?
plan-question-client-expects = What do you expect from the OCMW?
plan-question-ocmw-expects = What does the OCMW expect from you?
plan-means-title = What each side puts in
plan-means-intro = Time, money, help, meetings: what each side commits to.
plan-means-client = The client
plan-means-ocmw = The OCMW
plan-means-others = Partners
plan-rights-title = Your rights and duties
plan-rights-1 = This plan is an agreement between you and the OCMW. Both sides sign it and both keep their word.
plan-rights-2 = Before signing, you may ask for { $reflection ->
        [one] one day
       *[other] { $reflection } days
    } to think it over. You may bring a person of your choice.
plan-rights-3 = The plan is looked at together at least { $evaluations ->
        [one] once
       *[other] { $evaluations } times
    } a year, at least { $in_person ->
        [one] once
       *[other] { $in_person } times
    } face to face. It can change when your situation changes.
plan-rights-4 = If agreements are not kept without a good reason, the leefloon can be suspended in full or in part: for at most { $sanction ->
        [one] one month
       *[other] { $sanction } months
    }, or at most { $repeat ->
        [one] one month
       *[other] { $repeat } months
    } if it happens again within a year. First you get a registered letter, and you have the right to be heard before anything is decided.
plan-rights-5 = There is no sanction if the OCMW did not keep its own agreements.
plan-rights-6 = If you disagree with a decision, you can appeal to the labour court. You have { $appeal ->
        [one] one month
       *[other] { $appeal } months
    } for this, from the day you were told of the decision.

## Review
plan-ready-title = Ready to sign?
plan-ready-ok = Everything needed is there. The plan is ready to sign.
plan-ready-missing = { $count ->
        [one] One thing is still missing:
       *[other] { $count } things are still missing:
    }
plan-ready-never-blocks = Everything is saved anyway; you can finish it later.
plan-missing-type = the kind of plan
plan-missing-start = the start date
plan-missing-worker = the social worker's name
plan-missing-ocmw = the OCMW's name
plan-missing-third-name = the name of a partner
plan-missing-goal = at least one goal
plan-missing-goal-title = a goal without a description
plan-missing-action = at least one action
plan-missing-action-what = an action without a description
plan-missing-action-owner = who takes on “{ $what }”
plan-missing-action-date = a date for “{ $what }”
plan-missing-evaluation = evaluation moments
plan-missing-evaluation-count = enough evaluation moments: at least { $total } { $months ->
        [12] a year
        [one] in one month
       *[other] in { $months } months
    }, { $in_person } of them face to face
plan-go-evaluations = Plan the evaluations
plan-sign-title = Thinking time and signing
plan-reflection-hint = The client may take { $days } working days to think before signing.
plan-reflection-label = Thinking time asked on
plan-reflection-until = Thinking time runs until { $date }.
plan-signed-label = Signed on
plan-summary-title = The whole plan

## Evaluations
plan-schedule-title = Evaluation moments
plan-schedule-rule = At least { $count } a year, of which { $inperson } face to face.
plan-schedule-needs-start = Fill in the start date first; then the moments can be proposed.
plan-schedule-propose = Propose evaluation moments
plan-schedule-remove = Remove
plan-schedule-remove-label = Remove the moment of { $date }
plan-eval-status-done = held
plan-eval-status-due = coming up in { $days ->
        [0] today
        [one] 1 day
       *[other] { $days } days
    }
plan-eval-status-overdue = { $days ->
        [one] 1 day late
       *[other] { $days } days late
    }
plan-eval-status-later = later
plan-record-title = Record an evaluation
plan-eval-date = Date
plan-eval-date-missing = Please fill in the date of the evaluation.
plan-eval-present = Who was there
plan-eval-goal = How is “{ $goal }” going?
plan-progress-not-started = Not started yet
plan-progress-on-track = On track
plan-progress-reached = Reached
plan-progress-adjusted = Adjusted
plan-progress-stopped = Stopped
plan-eval-changes = What changed
plan-eval-changes-hint = For example an extra agreement, or another focus for now.
plan-eval-rung = Place on the ladder now
plan-eval-rung-same = No change
plan-eval-save = Save the evaluation
plan-history-title = Evaluations so far
plan-history-empty = No evaluations yet.
plan-eval-new-rung = New place on the ladder: { $rung }
plan-eval-version = The plan at that time

plan-reflection-hint-calendar = The client may take { $days } calendar days to think before signing.
plan-reflection-count-label = Count the reflection time in
plan-reflection-count-working = working days (Monday to Friday)
plan-reflection-count-calendar = calendar days

## rules
plan-rights-meeting = If you ask for a meeting with your social worker, that meeting must take place within { $meeting ->
        [one] one working day
       *[other] { $meeting } working days
    }.
plan-rights-change = You may ask at any time to change the plan.
plan-part-time-top-up = Works part-time and gets a top-up leefloon
plan-part-time-rule-label = This OCMW's rule for part-time work with a top-up leefloon
plan-part-time-rule-required = A plan is required (as at OCMW Oostende)
plan-part-time-rule-optional = A plan only on request (as in the Brussels guides)
plan-ground-part-time = the client works part-time with a top-up leefloon
plan-ground-studies = the client studies full-time with the OCMW's agreement
plan-mandate-exempted = The OCMW decided on an exemption for health or equity reasons. A plan is still possible if the client asks for one.
plan-exemption-label = Exemption by the OCMW
plan-exemption-none = No exemption
plan-exemption-health = For health reasons
plan-exemption-equity = For equity reasons
plan-exemption-date = Date of the decision
plan-exemption-reason = Grounds for the decision
plan-exemption-date-missing = The date of the decision is still missing.
plan-exemption-reason-missing = The grounds for the decision are still missing.
plan-exemption-ladder = The ladder shows this decision with the status exempted.
plan-reflection-waived-label = The client waived the reflection time on
plan-reflection-waived-hint = Fill in only if the client chose to sign earlier.
plan-signed-inside-reflection = The plan was signed within the reflection time, and it does not say that the client waived it. Ask and write it down, or sign again after the reflection time.
## evals
plan-eval-kind-in-person = in person
plan-eval-kind-written = in writing
plan-eval-kind-phone-or-video = by phone or video
plan-eval-kind-label = How did the evaluation take place
plan-eval-link = Which planned moment is this
plan-eval-link-none = No planned moment: an extra evaluation
plan-eval-kind-mismatch = Planned as { $planned }, held as { $held }. It counts as { $held }.
plan-eval-date-future = This date is after today. Choose the day the evaluation took place.
plan-eval-rung-to-ladder = A new place also goes on the ladder, with the date of this evaluation.
plan-year-line = Year { $year } ({ $from } – { $until }): { $held } held ({ $heldinperson } in person), { $planned } still planned ({ $plannedinperson } in person). Needed: { $total }, of which { $inperson } in person.
plan-year-met = In order.
plan-year-on-track = Possible with what is planned.
plan-year-short = With what is planned now, this year does not reach the minimum. Plan another moment.
plan-year-missed = This year is over and did not reach the minimum.
plan-eval-print = Print the report
plan-rules-evals-title = Evaluation settings
plan-rules-link-margin = An evaluation counts for a planned moment up to this many days later
plan-rules-link-margin-error = Choose a number from 0 to { $max }.
plan-rules-short-year = Minimum for a plan or part of a year shorter than twelve months
plan-rules-short-year-proportional = in proportion to the months (rounded up)
plan-rules-short-year-full-year = the full yearly minimum
## plan
plan-type-studies = Full-time studies (student GPMI)
plan-orientations-label = Aimed at (one or more)
plan-present-name-interpreter = Interpreter's name
plan-present-name-support = Support person's name
plan-studies-title = Studies
plan-studies-intro = Someone the OCMW allows to study full-time always has a GPMI. Fill in the school, the course and its length, and what each side promises.
plan-studies-school = School or college
plan-studies-direction = Course of study
plan-studies-duration = Length of the studies
plan-studies-student = The student promises to
plan-student-attend = attend classes
plan-student-exams = sit the exams
plan-student-results = give the results to the OCMW
plan-student-holiday-job = be available for a student job in the holidays, as far as the studies allow
plan-studies-other = Other agreements for the student
plan-studies-ocmw = What the OCMW promises (for example which school costs it pays)
plan-costs-title = Costs the OCMW pays
plan-costs-intro = For a training or activity: which costs does the OCMW cover?
plan-cost-registration = registration fee
plan-cost-insurance = insurance
plan-cost-work-clothes = work clothes
plan-cost-travel = travel costs
plan-costs-other = Other costs
plan-costs-none = No costs apply
plan-explained-title = Explaining to the client
plan-explained-on = Content, scope and consequences explained on { $date }
plan-explained-record = I explained the plan today
plan-end-title = Ending the plan
plan-end-intro = An ended plan can still be read and printed, but no longer changed or signed.
plan-end-kind = How the plan ends
plan-end-successful = Successful: the goals were reached
plan-end-early = Stopped early
plan-end-right-ended = The right to social integration ended
plan-end-date = Date of the end
plan-end-reason = Reason
plan-end-confirm = End the plan
plan-end-need-kind = Choose how the plan ends.
plan-end-need-date = Fill in the date of the end.
plan-end-need-reason = Write why the plan stops early.
plan-ended = This plan ended on { $date }: { $kind }.
plan-ended-hint = You can still read and print the plan. It can no longer be changed or signed.
plan-move-title = Moving to another OCMW
plan-move-ocmw = The new OCMW
plan-move-consent = The client agreed to pass on the file on
plan-move-export = Export the file for the new OCMW
plan-move-needs-consent = Fill in the new OCMW and the date of the consent. Without consent, do not pass on the file.
plan-missing-studies = the school, the course and the length of the studies
plan-missing-end = the end date
plan-missing-end-order = an end date after the start date
plan-missing-domain = the life domain of the goals
plan-missing-ocmw-commitment = what the OCMW promises (an action of the OCMW or what the OCMW puts in)
plan-missing-costs = which costs the OCMW pays, or that there are none
plan-missing-explained = the date you explained content, scope and consequences
plan-missing-explained-again = the plan changed after the explanation: explain it again
plan-origin-catalogue-from = Offer: { $offer } (from { $catalogue }, edition { $edition })

## strength
plan-strength-label = Who carries this mostly? (strengths compass)
plan-strength-client = Mostly the client themselves
plan-strength-network = With help from their network
plan-strength-professional = With professional help
