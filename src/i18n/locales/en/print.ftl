# Trede: signing and printing (English)
# The Dutch text of the plan is the binding one. Tone: plain words, honest, never threatening.

sign-view = Sign
print-view = Print

## Signing
sign-title = Signing the plan
sign-intro = Read the plan through together first. Everyone taking part signs here on the tablet, just as on paper: with a finger, a pen or the mouse.
sign-reflection = Would the client like time to think first? Print a draft to take home. Signing can wait.
sign-fingerprint = Fingerprint of this version
sign-fingerprint-hint = This code belongs to exactly this text. If anything in the plan changes, the code changes too.
sign-state-unsigned = Nobody has signed this version of the plan yet.
sign-state-partly = Still to sign: { $names }
sign-state-complete = Everyone who needs to sign has signed.
sign-outdated = The plan changed after it was signed. Those signatures belong to an earlier version; you can still read and print it. This version needs to be signed again.
sign-not-ready = The plan is not quite ready to sign. ‘Read through’ shows what is still missing.
sign-go-review = Go to ‘Read through’
sign-go-print = Go to the print preview
sign-parties-title = Who signs
sign-present-title = Also present (signing is optional)
sign-as-party = Signs as a party
sign-as-present = Signs as present, not as a party
sign-role-client = The client
sign-role-worker = The social worker, for the OCMW
sign-role-third = Partner
sign-role-interpreter = Interpreter
sign-role-support = Support person
sign-start = Sign
sign-again = Sign again
sign-withdraw = Remove signature
sign-signed = Signed on { $date }
sign-signed-at = Signed on { $date } in { $place }
sign-not-signed = Not signed yet
sign-earlier-title = Earlier signed versions
sign-earlier-item = Version { $fingerprint }, signed by { $names }
sign-show-version = View this version

## The signing area
pad-area = Area to sign in
pad-hint = Sign in the area with a finger, a pen or the mouse.
pad-empty = Nothing has been drawn yet.
pad-drawn = There is a signature in the area.
pad-undo = Remove last line
pad-clear = Clear all
pad-name = Name
pad-date = Date
pad-place = Place
pad-save = Save signature
pad-cancel = Cancel
sign-problem-name = Please fill in the name.
sign-problem-strokes = Please sign in the area first.
sign-problem-too-long = This signature is too long. Clear it and sign a little more simply.
sign-problem-unknown = This partner is no longer in the plan.

## Printing
print-title = Print
print-intro = The plan on A4, to hand over or to sign on paper. Printing works without internet too; choose ‘Save as PDF’ for a file.
print-version-label = Which version
print-version-current = The plan as it is now
print-version-round = Signed version { $fingerprint }
print-both = Print (Dutch + { $lang })
print-client = Print the client's copy ({ $lang } only)
print-dutch = Print (Dutch)
print-mode-label = What you see
print-mode-both = Dutch with a help translation
print-mode-client = The client's copy
print-no-translation = There is no translation into { $lang } yet. The plan is printed in Dutch.
print-preview-label = Print preview

## The printed plan
doc-title = Individualised project for social integration (GPMI)
doc-subtitle = An agreement between the client and the OCMW
doc-binding-note = Help translation. The Dutch text is the binding one.
doc-copy-note = This is a help translation for the client. The Dutch text is the binding one.
doc-draft = DRAFT
doc-draft-note = Draft: not yet signed by everyone.
doc-earlier-note = This is an earlier signed version. The plan changed afterwards.
doc-not-set = not filled in
doc-facts = Details
doc-ocmw = OCMW
doc-client = Client
doc-worker = Social worker
doc-type = Kind of plan
doc-type-employment = Aimed at work
doc-type-training = Aimed at training or study
doc-type-activation = Social activation
doc-period = Runs
doc-decision = Decision on the integration income
doc-partners = Partners
doc-support = Beside the client
doc-topics = The client's story
doc-topic-needs = What the client needs
doc-topic-challenges = What is hard now
doc-topic-goals = What the client wants to reach or avoid
doc-topic-future = How the client sees the future
doc-topic-role = The role the client wants among other people
doc-goals = Goals
doc-goal-domain = Life area
doc-goal-period = Period
doc-goal-why = Why it matters
doc-actions = Actions
doc-col-what = What
doc-col-who = Who
doc-col-due = By when
doc-col-evidence = How we see it happened
doc-who-client = The client
doc-who-ocmw = The OCMW
doc-who-third = Partner
doc-who-nobody = nobody yet
doc-origin-catalogue = Offer of the OCMW
doc-questions = The action plan
doc-question-client-will-do = What will the client do to reach the goals?
doc-question-client-expects = What does the client expect from the OCMW?
doc-question-ocmw-expects = What does the OCMW expect from the client?
doc-means = What each side brings
doc-means-client = The client
doc-means-ocmw = The OCMW
doc-means-others = Partners
doc-evaluations = When we look back together
doc-evaluations-rule = At least { $count } times a year, of which at least { $inperson } in person.
doc-eval-in-person = in person
doc-eval-remote = by phone or video
doc-signatures = Signatures
doc-signatures-intro = By signing, the parties agree to this plan. An interpreter or support person signs as present, not as a party.
doc-fingerprint = Fingerprint of the signed text (SHA-256)
doc-sign-name = Name
doc-sign-date = Date
doc-sign-place = Place

## Rights and duties, in plain words
rights-title = Rights and duties
rights-agreement = This plan is an agreement between you and the OCMW. You wrote it together. By signing, you both promise to do what it says.
rights-client = What you do: you take the actions that are yours, you come to the appointments, and you let us know in time when something does not work out.
rights-ocmw = What the OCMW does: it helps you as this plan says and takes the actions that are the OCMW's. It looks at the plan together with you at least { $evaluations ->
        [one] once
       *[other] { $evaluations } times
    } a year, at least { $in_person ->
        [one] once
       *[other] { $in_person } times
    } of them in a face-to-face conversation.
rights-change = The plan can change when your life changes. You and the OCMW may both ask at any time to adjust it. A changed plan is signed again.
rights-reflection = Before you sign, you may ask for { $reflection ->
        [one] one day
       *[other] { $reflection } days
    } to think and take the draft home. You may bring someone of your own choice.
rights-not-kept = If an agreement is not kept without a good reason, the integration income can be suspended in full or in part: for at most { $sanction ->
        [one] one month
       *[other] { $sanction } months
    }, or at most { $repeat ->
        [one] one month
       *[other] { $repeat } months
    } if it happens again within a year. This never happens without warning: first you receive a registered letter.
rights-heard = You have the right to be heard. Before a decision is made, you may tell your side of the story, and you may bring someone to help you.
rights-no-sanction = There is no sanction if you had a good reason, or if the OCMW did not keep its own agreements in this plan.
rights-interpreter = If you do not understand the conversation or this plan well, you may ask for an interpreter.
rights-copy = You receive a copy of this plan. As a help, you can also get it in your own language; the Dutch text is the binding one.
rights-appeal = If you disagree with a decision of the OCMW, you can appeal to the labour court. You have { $appeal ->
        [one] one month
       *[other] { $appeal } months
    } for this, from the day you were told of the decision.

pad-typed = I cannot draw: my typed name counts as my signature
pad-typed-hint = For someone who cannot sign by hand. The name below then goes in the signature box.

## rules
rights-meeting = If you ask for a meeting with your social worker, that meeting must take place within { $meeting ->
        [one] one working day
       *[other] { $meeting } working days
    }.
doc-reflection = Reflection time
doc-reflection-until = runs until
doc-reflection-waived = the client waived it on
sign-inside-reflection = The reflection time runs until { $date }. Whoever signs today signs within the reflection time. That is only right if the client chooses to waive it: then write that down in the plan.
## evals
doc-eval-written = in writing
eval-report-title = Report of a GPMI evaluation
eval-report-kind = How
eval-report-present = Present
eval-report-fulfils = Planned moment
eval-report-extra = An extra evaluation, outside the planned moments
eval-report-rung = Place on the participation ladder
eval-report-rung-same = No change
eval-report-next = Next evaluation
eval-report-next-none = No next moment planned yet
eval-report-goals = How the goals are going
eval-report-notes = What changed:
eval-report-actions = The actions and how far they are
eval-report-col-status = Status
eval-report-changes = Added or changed since the previous version
eval-report-no-changes = No goals or actions added, changed or removed.
eval-report-change-goal-added = New goal
eval-report-change-goal-changed = Goal changed
eval-report-change-goal-removed = Goal removed
eval-report-change-action-added = New action
eval-report-change-action-changed = Action changed
eval-report-change-action-removed = Action removed
eval-report-signatures = Signing is not required. A signature confirms that this report is correct.
eval-report-fingerprint = Fingerprint of this report (SHA-256)
## plan
doc-contract = What the OCMW takes on
doc-ocmw-actions = Actions of the OCMW
doc-domains = Activity domains
doc-ended = Ended
doc-moved = File passed on to
sign-ended = This plan has ended. It can no longer be signed.

## turn
doc-review-no = The translation has not yet been checked by a native speaker.
doc-review-yes = The translation has been checked by a native speaker.

## turn2
sign-binding-dutch = Binding text, in Dutch:

## changes
changes-title = What changed since the version of { $date }?
changes-intro = Read this together before signing again. Only what is listed here differs from the version already signed.
changes-now = now:
changes-was = before:
changes-goal-added = New goal
changes-goal-removed = Goal removed
changes-goal-changed = Goal changed
changes-goal-period = Different period for the goal
changes-action-added = New action
changes-action-removed = Action removed
changes-action-what = Action worded differently
changes-action-who = Someone else does the action
changes-action-due = Different date for the action
changes-action-changed = Action changed
changes-date-decision = Different decision date
changes-date-start = The plan starts on another day
changes-date-end = The plan ends on another day
changes-evaluation-added = New evaluation moment
changes-evaluation-removed = Evaluation moment removed
changes-evaluation-changed = Evaluation moment in another form
changes-rung = New rung on the ladder
changes-part-basics = Changed: kind of plan, OCMW, social worker or name
changes-part-partners = Changed: the partners and their tasks
changes-part-present = Changed: interpreter or support person
changes-part-topics = Changed: what we talked about
changes-part-agreements = Changed: the agreements and what each side brings
changes-part-contract = Changed: studies or costs the OCMW pays
changes-part-evaluation-rule = Changed: how many evaluations a year
changes-part-other = Changed: another part of the plan
doc-changes-title = Annex: what changed since the version of { $date }
doc-changes-old = Fingerprint of the previous version:
doc-changes-new = Fingerprint of this version:
doc-strength = Strength
## case file: the plain Dutch summary for the OCMW's registration software (issue #18)
case-file-title = Summary for the case file
case-file-intro = The plan as plain text in Dutch, in the order of POD MI's GPMI form, to enter in the registration software. Only what is in the signed plan: notes outside it stay out.
case-file-intro-evaluation = This evaluation as plain text in Dutch, to enter in the registration software. Notes outside the plan stay out.
case-file-show = Show summary
case-file-hide = Hide summary
case-file-copy = Copy
case-file-preview-label = Summary, as it will be copied
case-file-copied = Copied. Paste the text into the registration software.
case-file-downloaded = The clipboard is not available. The text was downloaded as { $file }.
